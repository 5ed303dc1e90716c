#!/usr/bin/env bash
# appstreamcli validate (no network) passes, and the newest release is the project's version, so a
# version bump without release notes fails here.
# Usage: check_appstream.sh <source dir> <project version>
source "$(dirname "$0")/common.sh"
require appstreamcli appstream
file="$1/dist/linux/leadbridge.metainfo.xml"
out=$(appstreamcli validate --no-net --no-color "$file" 2>&1) || fail "appstreamcli validate: $out"
echo "$out"
newest=$(grep -o '<release version="[^"]*"' "$file" | head -n1 | sed 's/.*"\(.*\)"/\1/')
[ "$newest" = "$2" ] || fail "newest <release> in the metainfo is '$newest', the project is $2: add release notes"
grep -q '<screenshot type="default">' "$file" || fail "no default screenshot"
echo "metainfo OK"
