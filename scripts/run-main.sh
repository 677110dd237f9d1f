#!/usr/bin/env bash
# The main job: build suara-audit and audit the embedded Balikpapan Pilkada 2024 data set
# (996 TPS x 2 contests; synthetic sheets on real TPS codes, as the report says at its top),
# printing the report. Installs what is missing first (Debian 12).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build --target suara-audit -j"$(nproc)"
set +e
build/tools/audit/suara-audit "$@"
rc=$?
set -e
# suara-audit exits 1 when some finding has severity error (docs/cli.md); the embedded data set
# carries deliberate defects, so 1 is the expected, successful outcome of the demonstration.
if [ "$rc" -eq 1 ] && [ "$#" -eq 0 ]; then
  echo "(suara-audit: exit status 1 = findings of severity error were reported, as the data set intends)" >&2
  exit 0
fi
exit "$rc"
