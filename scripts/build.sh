#!/usr/bin/env bash
# Configures and builds LeadBridge into ./build (or BUILD_DIR), Release with debug info unless BUILD_TYPE
# is set; CMAKE_ARGS are passed to the configure step.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${BUILD_DIR:-build}"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" ${CMAKE_ARGS:-}
cmake --build "$build_dir" --parallel "$(nproc)"
