#!/usr/bin/env bash
# Installs what the report check needs on Debian/Ubuntu, if missing: headless Chromium and
# tidy (HTML5 validation). Safe to run repeatedly.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v tidy >/dev/null 2>&1 || missing+=(tidy)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "report/install-deps: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "report/install-deps: run as root, or install: apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}" >/dev/null
