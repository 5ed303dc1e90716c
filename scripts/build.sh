#!/usr/bin/env bash
# Configures and builds LeadBridge into ./build (Release with debug info unless BUILD_TYPE is set).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" ${CMAKE_ARGS:-}
cmake --build build --parallel "$(nproc)"
