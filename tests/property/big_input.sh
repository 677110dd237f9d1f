#!/usr/bin/env bash
# The multi-gigabyte row of docs/errors.md, run by hand (CTest streams 256 MB, in seconds):
# streams a generated C.Hasil CSV of the given size through the reader, without storing it,
# and checks that every row is accounted for and that peak resident memory stays bounded.
#   bash tests/property/big_input.sh <build-dir> [gigabytes]        (default 4)
# <build-dir> is a configured test build (e.g. build, or build-sanitize); error_table_test is
# built there first. Prints the streamed size, the rows and the peak RSS growth.
set -euo pipefail
build=${1:?usage: big_input.sh <build-dir> [gigabytes]}
gb=${2:-4}
cmake --build "$build" --target error_table_test
SUARA_BIG_INPUT_MB=$((gb * 1024)) /usr/bin/time -v "$build/tests/property/error_table_test" \
  --run_test=error_table/csv_multi_gigabyte_input --log_level=message 2>&1 |
  grep -E 'streamed|error|Maximum resident|Elapsed|No errors|failure'
