#!/usr/bin/env bash
# Renders the built-in circle 200 times in one process and shows whether memory grows.
# Usage: Scripts/render-soak.sh [RENDERS]
set -euo pipefail
cd "$(dirname "$0")/render-soak"
swift build -c release --scratch-path ../../.build-soak >&2
../../.build-soak/release/render-soak "${1:-200}"
