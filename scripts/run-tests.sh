#!/usr/bin/env bash
# Set-up command 2: installs what is missing, builds, and runs every test with ctest,
# inside a private D-Bus session with an unlocked gnome-keyring (for the real keychain test).
#   --sanitize   build into ./build-asan with AddressSanitizer + UndefinedBehaviorSanitizer (Debug) and run
#                the same suite there; any finding fails its test.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=build
if [ "${1:-}" = "--sanitize" ]; then
  build_dir=build-asan
  export BUILD_DIR=build-asan BUILD_TYPE="${BUILD_TYPE:-Debug}"
  export CMAKE_ARGS="${CMAKE_ARGS:-} -DLEADBRIDGE_SANITIZE=ON"
  export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1}"
  export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
elif [ -n "${1:-}" ]; then
  echo "usage: $0 [--sanitize]" >&2
  exit 2
fi
export LEADBRIDGE_TEST_BUILD_DIR="$build_dir"
scripts/install-deps.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
export LEADBRIDGE_REQUIRE_KEYCHAIN=1
XDG_RUNTIME_DIR=$(mktemp -d); chmod 700 "$XDG_RUNTIME_DIR"; export XDG_RUNTIME_DIR
XDG_DATA_HOME=$(mktemp -d); export XDG_DATA_HOME
XDG_CONFIG_HOME=$(mktemp -d); export XDG_CONFIG_HOME
trap 'rm -rf "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"' EXIT
dbus-run-session -- sh -c '
  echo "" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  ctest --test-dir "$LEADBRIDGE_TEST_BUILD_DIR" --output-on-failure --timeout 300 -j2
'
