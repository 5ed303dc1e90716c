# CPack: the Debian package (cpack -G DEB in the build folder). Included last by the top-level
# CMakeLists.txt, after every install() rule.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "leadbridge")
set(CPACK_PACKAGE_VENDOR "LeadBridge")
set(CPACK_PACKAGE_CONTACT "LeadBridge maintainers <packages@leadbridge.example>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Calltouch and retailCRM integration")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://leadbridge.example/")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
string(CONCAT CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "LeadBridge turns the calls, website requests and chats that Calltouch\n"
    "records into retailCRM orders with their UTM tags, and sends the revenue\n"
    "of retailCRM orders back to Calltouch as deals. It runs on the desktop\n"
    "with a tray icon, or headless on a server as the systemd template service\n"
    "leadbridge-headless@.service, one instance per account.")
# Shared libraries from dpkg-shlibdeps; plug-ins Qt loads at run time are invisible to it: the SVG
# icon engine (tray and window icons) and the SQLite driver (the database).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libqt6sql6-sqlite")
# QtKeychain loads libsecret at run time and needs a Secret Service (or KWallet) for the desktop.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "libsecret-1-0, gnome-keyring | kwalletmanager, qt6-translations-l10n, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${PROJECT_SOURCE_DIR}/dist/linux/debian/postinst;${PROJECT_SOURCE_DIR}/dist/linux/debian/prerm;${PROJECT_SOURCE_DIR}/dist/linux/debian/postrm")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
