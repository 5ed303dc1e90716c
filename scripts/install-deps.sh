#!/usr/bin/env bash
# Installs the Debian 12 packages LeadBridge needs to build, test, run and package (only what is missing).
# libqt6svg6: the SVG icon plug-in Qt loads at run time for the window and tray icons.
set -euo pipefail
packages=(
  cmake g++ ninja-build
  qt6-base-dev qt6-tools-dev qt6-l10n-tools qtkeychain-qt6-dev libqt6sql6-sqlite
  qt6-charts-dev libqt6opengl6-dev qt6-translations-l10n
  libphonenumber-dev
  gnome-keyring dbus xauth fonts-dejavu-core
  libqt6svg6
  # packaging and service checks (tests/dist): the .deb, the desktop entry, AppStream, systemd, man
  dpkg-dev file desktop-file-utils appstream systemd groff-base man-db
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "All build packages are installed."
  exit 0
fi
echo "Installing: ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
