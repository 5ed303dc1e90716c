#!/usr/bin/env bash
# Set-up command 2: installs what is missing, builds, and runs every test with ctest,
# inside a private D-Bus session with an unlocked gnome-keyring (for the real keychain test).
set -euo pipefail
cd "$(dirname "$0")/.."
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
  ctest --test-dir build --output-on-failure --timeout 300 -j2
'
