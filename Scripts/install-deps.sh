#!/usr/bin/env bash
# Installs the system packages StrategyCircle needs on Debian/Ubuntu, if they are missing:
#   libgraphviz-dev     Graphviz's C libraries (in-process layout and rendering)
#   libicu-dev          ICU's sentence breaks (circle draft)
#   libstemmer-dev      the Snowball stemmers (circle draft)
#   pkg-config          so the Swift package manager finds them
#   fonts-dejavu-core   a font with ä, ö, ü, ß for PNG/PDF labels
# With --report also what the report check needs (make check-report):
#   chromium            headless, to open the report
#   tidy                to validate its HTML
# Safe to run repeatedly: it does nothing when everything is there.
set -euo pipefail

missing=()
pkg-config --version >/dev/null 2>&1 || missing+=(pkg-config)
pkg-config --exists libgvc 2>/dev/null || missing+=(libgraphviz-dev)
pkg-config --exists icu-uc 2>/dev/null || missing+=(libicu-dev)
[ -e /usr/include/libstemmer.h ] || missing+=(libstemmer-dev)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
if [ "${1:-}" = "--report" ]; then
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v tidy >/dev/null 2>&1 || missing+=(tidy)
fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "install-deps: run as root, or install: apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
