#!/usr/bin/env bash
# Installs what suara's build, tests and tools need on Debian 12, and nothing that is already
# there. Run as root (or through sudo). Used by run-main.sh and run-tests.sh.
set -euo pipefail

packages=(
  ca-certificates cmake ninja-build g++ make gzip
  libboost1.81-dev libboost-test1.81-dev libboost-json1.81-dev libbenchmark-dev
  clang-14 libclang-rt-14-dev librapidcheck-dev
  libssl-dev zlib1g-dev libcli11-dev
  libarchive-dev
  groff-base
  doxygen
  python3 python3-jsonschema
  libsimdjson-dev libarchive-dev
  chromium  # the --output html test opens the page in headless Chromium (tests/bulk/check_html.py)
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "suara setup: installing ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
