#!/usr/bin/env bash
# What a service manager sees from the real binary in the sandbox:
#  - --headless stopped by SIGTERM in the middle of its first cycle finishes that cycle's phase in
#    flight, logs exactly one summary line at info level, prints no other summary and exits 0;
#  - no ANSI colour code anywhere when the output is not a terminal;
#  - with JOURNAL_STREAM naming stderr (as systemd sets it), lines carry the journal's priority
#    prefix (<6> info) instead of a time stamp; a JOURNAL_STREAM that names another stream is ignored
#    (time-stamped lines).
# Usage: check_logging.sh <leadbridge binary>
source "$(dirname "$0")/common.sh"
binary="$1"
make_temp_home
cd "$TEST_HOME"
esc=$(printf '\033')

# 1. Headless, SIGTERM during the first cycle (the sandbox's first cycle reads for several seconds).
# A JOURNAL_STREAM inherited from elsewhere (naming another stream) must change nothing.
JOURNAL_STREAM="1:1" "$binary" --sandbox --headless >out.txt 2>err.txt &
pid=$!
for _ in $(seq 1 100); do
    grep -q 'migrated to schema' err.txt && break
    sleep 0.1
done
grep -q 'migrated to schema' err.txt || { kill "$pid"; fail "headless did not start: $(cat err.txt)"; }
sleep 1
kill -TERM "$pid"
start=$(date +%s)
code=0
wait "$pid" || code=$?
elapsed=$(($(date +%s) - start))
[ "$code" -eq 0 ] || fail "headless exited with $code after SIGTERM: $(cat err.txt)"
[ "$elapsed" -le 30 ] || fail "headless took ${elapsed}s to stop"
summaries=$(grep -cE '^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9:.]+ I leadbridge.sync: cycle finished' err.txt || true)
[ "$summaries" -eq 1 ] || fail "expected one summary line for the one cycle, got $summaries: $(cat err.txt)"
if grep -q 'Sync cycle' out.txt; then fail "--headless printed a second summary: $(cat out.txt)"; fi
if grep -q "$esc" out.txt err.txt; then fail "colour codes in the output"; fi
echo "headless: stopped ${elapsed}s after SIGTERM, exit 0, one summary line"

# 2. --once with stderr in a file that JOURNAL_STREAM names.
exec 3>journal.txt
stream=$(stat -L -c '%d:%i' journal.txt)
code=0
JOURNAL_STREAM="$stream" "$binary" --sandbox --once >once.txt 2>&3 || code=$?
exec 3>&-
[ "$code" -eq 0 ] || fail "--once exited with $code: $(cat journal.txt)"
grep -q '^<6>leadbridge.sync: cycle finished' journal.txt || fail "no <6> prefix for the journal: $(cat journal.txt)"
if grep -vq '^<[0-7]>' journal.txt; then fail "a journal line without priority prefix: $(cat journal.txt)"; fi
[ "$(grep -c 'cycle finished' journal.txt)" -eq 1 ] || fail "expected one summary line: $(cat journal.txt)"
if grep -q "$esc" once.txt journal.txt; then fail "colour codes in the output"; fi
grep -q 'orders created' once.txt || fail "--once printed no result: $(cat once.txt)"
echo "journal: priority prefixes, one summary line"

echo "logging OK"
