#!/usr/bin/env bash
# systemd-analyze verify accepts the template unit (an instance of it, with ExecStart pointing at the
# built binary and the built man page for Documentation=) without a single remark; the offline
# security analysis rates it OK; the service-manager contract of the issue is in the unit.
# Usage: check_systemd.sh <configured unit> <leadbridge binary> <configured man page>
source "$(dirname "$0")/common.sh"
require systemd-analyze systemd
unit="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed "s#^ExecStart=/[^ ]*/bin/leadbridge #ExecStart=$2 #" "$unit" >"$work/leadbridge-headless@.service"
grep -q "^ExecStart=$2 " "$work/leadbridge-headless@.service" || fail "ExecStart does not start the installed leadbridge"
mkdir -p "$work/man/man1"
cp "$3" "$work/man/man1/leadbridge.1"
for name in "leadbridge-headless@.service" "leadbridge-headless@shop1.service"; do
    out=$(cd "$work" && MANPATH="$work/man" SYSTEMD_LOG_COLOR=0 systemd-analyze verify "$work/$name" 2>&1) ||
        fail "systemd-analyze verify $name: $out"
    [ -z "$out" ] || fail "systemd-analyze verify $name has remarks: $out"
done
# Exposure 0 (hardened) .. 10 (unprotected); --threshold is in tenths.
security=$(systemd-analyze security --offline=yes --threshold=25 --no-pager "$work/leadbridge-headless@.service" 2>&1) ||
    fail "exposure above 2.5: $(tail -n 3 <<<"$security")"
grep -o 'Overall exposure level.*' <<<"$security"

for line in 'RestartPreventExitStatus=2' 'Restart=on-failure' 'KillSignal=SIGTERM' 'DynamicUser=yes' \
    'ProtectSystem=strict' 'ProtectHome=yes' 'NoNewPrivileges=yes' 'PrivateTmp=yes' \
    'StateDirectory=leadbridge' 'EnvironmentFile=/etc/leadbridge/%i.env'; do
    grep -qx -- "$line" "$unit" || fail "the unit lacks $line"
done
grep -qE -- '--config /etc/leadbridge/%i\.ini( |$)' "$unit" || fail "the unit does not read /etc/leadbridge/%i.ini"
grep -qE -- '--db /var/lib/leadbridge/%i\.db( |$)' "$unit" || fail "the unit does not use /var/lib/leadbridge/%i.db"
grep -qE -- '--headless( |$)' "$unit" || fail "the unit does not run --headless"
echo "systemd unit OK"
