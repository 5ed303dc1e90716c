#!/usr/bin/env bash
# desktop-file-validate accepts the desktop entry without a single remark (hints included).
# Usage: check_desktop.sh <source dir>
source "$(dirname "$0")/common.sh"
require desktop-file-validate desktop-file-utils
file="$1/dist/linux/leadbridge.desktop"
out=$(desktop-file-validate "$file" 2>&1) || fail "desktop-file-validate: $out"
[ -z "$out" ] || fail "desktop-file-validate has remarks: $out"
grep -qx 'Exec=leadbridge' "$file" || fail "Exec must start the installed binary"
grep -qx 'Icon=leadbridge' "$file" || fail "Icon must name the installed hicolor icon"
echo "desktop entry OK"
