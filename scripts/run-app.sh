#!/usr/bin/env bash
# Set-up command 1: installs what is missing, builds, and starts LeadBridge.
# Without a configured account it starts in sandbox mode (simulated retailCRM and Calltouch on 127.0.0.1).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
args=("$@")
if ! grep -qs '^setupFinished=true' "${XDG_CONFIG_HOME:-$HOME/.config}/LeadBridge/leadbridge.ini"; then
  if ./build/app/leadbridge --help | grep -q -- '--sandbox'; then
    args=(--sandbox "${args[@]}")
  fi
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: starting with QT_QPA_PLATFORM=offscreen (use --headless for a server)." >&2
  export QT_QPA_PLATFORM=offscreen
fi
exec ./build/app/leadbridge "${args[@]}"
