#!/usr/bin/env bash
# The man page renders without a warning, and documents every option the binary offers, every exit
# status it uses and every environment variable it reads.
# Usage: check_manpage.sh <configured man page> <leadbridge binary> <source dir>
source "$(dirname "$0")/common.sh"
require groff groff-base
require man man-db
page="$1"
make_temp_home
warnings=$(groff -man -ww -z "$page" 2>&1) || fail "groff: $warnings"
[ -z "$warnings" ] || fail "groff warnings: $warnings"
warnings=$(MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null) || fail "man: $warnings"
[ -z "$warnings" ] || fail "man warnings: $warnings"
grep -q '^\.TH LEADBRIDGE 1 .*LeadBridge [0-9]' "$page" || fail "the .TH line has no version"

# Plain text, long lines, no hyphenation: every name appears whole.
rendered=$(groff -man -Tascii -rHY=0 -rLL=300n -P-c -P-b -P-o -P-u "$page")
options=$("$2" --help | grep -oE -- '--[a-z][a-z-]*' | sort -u)
[ -n "$options" ] || fail "leadbridge --help listed no options"
for option in $options; do
    grep -qF -- "$option" <<<"$rendered" || fail "the man page does not document $option"
done
for code in 0 1 2; do
    grep -qE "^[[:space:]]+$code[[:space:]]" <<<"$rendered" || fail "the man page does not document exit status $code"
done
variables=$(grep -rhoE 'LEADBRIDGE_[A-Z_]+' "$3/core" "$3/app" | grep -v LEADBRIDGE_VERSION | sort -u)
for variable in $variables; do
    grep -qF -- "$variable" <<<"$rendered" || fail "the man page does not document $variable"
done
echo "man page OK: options $(echo $options), variables $(echo $variables)"
