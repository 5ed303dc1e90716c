# Shared helpers of the dist tests (sourced). Every check prints what it found when it fails.
set -euo pipefail

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# require <command> <Debian package>: the tools come from scripts/install-deps.sh.
require() {
    command -v "$1" >/dev/null 2>&1 || fail "$1 is missing: install the Debian package $2 (scripts/install-deps.sh)"
}

# A fresh HOME and XDG folders, removed on exit, so that no run touches the user's files.
make_temp_home() {
    TEST_HOME=$(mktemp -d)
    trap 'rm -rf "$TEST_HOME"' EXIT
    mkdir -p "$TEST_HOME/config" "$TEST_HOME/data" "$TEST_HOME/cache" "$TEST_HOME/runtime"
    chmod 700 "$TEST_HOME/runtime"
    export HOME="$TEST_HOME" XDG_CONFIG_HOME="$TEST_HOME/config" XDG_DATA_HOME="$TEST_HOME/data"
    export XDG_CACHE_HOME="$TEST_HOME/cache" XDG_RUNTIME_DIR="$TEST_HOME/runtime"
    export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
    unset JOURNAL_STREAM
}
