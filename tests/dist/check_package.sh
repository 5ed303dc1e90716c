#!/usr/bin/env bash
# Builds the .deb with cpack from the current build into a temporary folder, checks its control data
# and contents with dpkg-deb, then extracts it into a throw-away root and runs the packaged binary:
# --version, and one sandbox cycle (--sandbox --once) with a temporary HOME; both must exit 0.
# apt-get's simulation checks that "apt install ./leadbridge_*.deb" finds every dependency.
# Usage: check_package.sh <build dir> <project version>
source "$(dirname "$0")/common.sh"
require cpack cmake
require dpkg-deb dpkg
require dpkg-shlibdeps dpkg-dev
require file file
build="$1"
version="$2"
make_temp_home
work="$TEST_HOME/package"
mkdir -p "$work"

cpack -G DEB -B "$work" --config "$build/CPackConfig.cmake" >"$work/cpack.log" 2>&1 ||
    fail "cpack: $(cat "$work/cpack.log")"
deb=$(ls "$work"/leadbridge_"$version"-*_*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || fail "no leadbridge_${version}-*.deb: $(ls "$work")"
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

# Control data.
[ "$(dpkg-deb -f "$deb" Package)" = leadbridge ] || fail "package name"
dpkg-deb -f "$deb" Version | grep -q "^$version-" || fail "package version $(dpkg-deb -f "$deb" Version)"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for package in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6keychain1 \
    libqt6svg6 libqt6sql6-sqlite; do
    grep -qE "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package"
done
for script in postinst prerm postrm; do
    dpkg-deb -I "$deb" "$script" >/dev/null 2>&1 || fail "no $script maintainer script"
done

# Contents.
contents=$(dpkg-deb -c "$deb" | awk '{print $NF}')
expected=(
    ./usr/bin/leadbridge
    ./usr/share/applications/leadbridge.desktop
    ./usr/share/metainfo/example.leadbridge.LeadBridge.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/leadbridge.svg
    ./usr/share/man/man1/leadbridge.1.gz
    ./usr/lib/systemd/system/leadbridge-headless@.service
    ./usr/share/doc/leadbridge/examples/leadbridge-headless.env.example
    ./usr/share/doc/leadbridge/examples/leadbridge-headless.ini.example
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/leadbridge.png")
done
for path in "${expected[@]}"; do
    grep -qxF -- "$path" <<<"$contents" || fail "the package lacks $path"
done
if grep -q 'leadbridge/resources\|/tests/\|tst_' <<<"$contents"; then fail "test or source files packaged"; fi

# What "apt install ./leadbridge_*.deb" would do on this system: every dependency resolvable.
if command -v apt-get >/dev/null; then
    simulation=$(apt-get install -s --no-install-recommends "$deb" 2>&1) || fail "apt-get install -s: $simulation"
    grep -q '^Inst leadbridge ' <<<"$simulation" || fail "apt would not install the package: $simulation"
    grep -q '^Conf leadbridge ' <<<"$simulation" || fail "apt would not configure the package: $simulation"
fi

# Extract and check what an installation would hold.
root="$work/root"
dpkg-deb -x "$deb" "$root"
for size in 16 22 24 32 48 64 128 256; do
    file "$root/usr/share/icons/hicolor/${size}x${size}/apps/leadbridge.png" | grep -q "PNG image data, $size x $size" ||
        fail "the ${size}x${size} icon is not a ${size}x${size} PNG"
done
missing=$(ldd "$root/usr/bin/leadbridge" | grep 'not found' || true)
[ -z "$missing" ] || fail "unresolved libraries: $missing"
if command -v appstreamcli >/dev/null; then
    out=$(appstreamcli validate-tree --no-net --no-color "$root" 2>&1) || fail "appstreamcli validate-tree: $out"
fi
grep -q '^ExecStart=/usr/bin/leadbridge --headless ' "$root/usr/lib/systemd/system/leadbridge-headless@.service" ||
    fail "the packaged unit does not start /usr/bin/leadbridge"
zcat "$root/usr/share/man/man1/leadbridge.1.gz" | grep -q "^\.TH LEADBRIDGE 1 .*LeadBridge $version\"" ||
    fail "the packaged man page is not for $version"

# Run the packaged binary.
cd "$TEST_HOME"
out=$("$root/usr/bin/leadbridge" --version 2>&1) || fail "--version: $out"
[ "$out" = "leadbridge $version" ] || fail "--version printed: $out"
code=0
"$root/usr/bin/leadbridge" --sandbox --once >"$work/once.out" 2>"$work/once.err" </dev/null || code=$?
[ "$code" -eq 0 ] || fail "--sandbox --once exited with $code: $(cat "$work/once.out" "$work/once.err")"
grep -q 'orders created' "$work/once.out" || fail "no sync summary: $(cat "$work/once.out")"
cat "$work/once.out"
echo "package OK"
