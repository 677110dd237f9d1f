#!/usr/bin/env bash
# Builds and runs suara's whole test suite on Debian 12, installing what is missing first:
#   1. AddressSanitizer + UndefinedBehaviorSanitizer build of every test (clang 14),
#   2. ThreadSanitizer build of the tests of the threaded parts (CSV reader, bulk validator,
#      suara-audit, the digest beside the parsing) (clang 14),
#   3. every libFuzzer target for a bounded time (clang 14),
#   4. the main build (g++ 12, warnings as errors) and its CTest run.
# Every stage reports and continues; the script fails if any stage failed. The last lines it
# prints are CTest's summary of the main build and then one line per stage (passed / FAILED), so
# that the tail of a CI log says which stage failed.
#
# It first copies the checkout (the files git tracks, and untracked ones it does not ignore; no
# build folders) into an empty temporary folder and runs there, so that anything that reaches
# outside the checkout (a sibling folder, a stale build tree) fails here as in a user's fresh
# clone. The copy is removed when every stage passed and kept for inspection otherwise.
# SUARA_TESTS_IN_PLACE=1 runs in the checkout itself (keeps the build folders between runs).
set -uo pipefail
cd "$(dirname "$0")/.."
if [ -z "${SUARA_TESTS_IN_PLACE:-}" ]; then
  bash scripts/setup.sh || exit 1
  scratch=$(mktemp -d "${TMPDIR:-/tmp}/suara-tests.XXXXXX") || exit 1
  copy="$scratch/suara"
  mkdir "$copy" || exit 1
  if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files -z --cached --others --exclude-standard |
      while IFS= read -r -d '' f; do [ -f "$f" ] && printf '%s\0' "$f"; done |
      tar --null -T - -cf - | tar -xf - -C "$copy" || { echo "run-tests: copying the checkout failed"; exit 1; }
  else
    tar --exclude='./build*' --exclude='./.git' -cf - . | tar -xf - -C "$copy" ||
      { echo "run-tests: copying the checkout failed"; exit 1; }
  fi
  echo "run-tests: running in a copy of the checkout with nothing beside it: $copy"
  SUARA_TESTS_IN_PLACE=1 SUARA_SETUP_DONE=1 bash "$copy/scripts/run-tests.sh"
  status=$?
  if [ "$status" -eq 0 ]; then
    rm -rf "$scratch"
  else
    echo "run-tests: failed; the copy and its build folders are kept in $copy"
  fi
  exit "$status"
fi
[ -n "${SUARA_SETUP_DONE:-}" ] || bash scripts/setup.sh || exit 1
jobs=$(nproc)
status=0
fuzz_seconds=${SUARA_FUZZ_SECONDS:-60}
verdicts=()
# The closing table reads these; a kept build folder (SUARA_TESTS_IN_PLACE) must not show an
# earlier run's failures under a stage that failed to build this time.
rm -f build-sanitize/Testing/Temporary/LastTestsFailed.log build-tsan/Testing/Temporary/LastTestsFailed.log \
      build/Testing/Temporary/LastTestsFailed.log build-fuzz/fuzz-summary.txt

stage() { printf '\n==== %s ====\n' "$*"; stage_name="$*"; stage_before=$status; status=0; }
stage_end() {  # stage_end [ctest-build-dir]: records the verdict (with CTest's failed tests)
  if [ "$status" -eq 0 ]; then
    verdicts+=("passed  $stage_name")
  else
    verdicts+=("FAILED  $stage_name")
    local failed="${1:-}/Testing/Temporary/LastTestsFailed.log"
    if [ -n "${1:-}" ] && [ -s "$failed" ]; then
      while IFS= read -r t; do verdicts+=("          failed test: $t"); done < "$failed"
    fi
    if [ -n "${1:-}" ] && [ -s "${1}/fuzz-summary.txt" ]; then
      while IFS= read -r t; do verdicts+=("          $t"); done < <(grep -v ' ok$' "${1}/fuzz-summary.txt")
    fi
  fi
  [ "$stage_before" -ne 0 ] && status=1
}

stage "1/4 sanitizers: clang 14, -fsanitize=address,undefined"
san_flags="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
if cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++-14 \
      -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" -DCMAKE_CXX_FLAGS="$san_flags" \
      -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" -DSUARA_WERROR=ON >/dev/null &&
   cmake --build build-sanitize -j"$jobs"; then
  ASAN_OPTIONS=detect_leaks=1:halt_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-sanitize -j"$jobs" --output-on-failure || status=1
else
  echo "sanitizer build failed"; status=1
fi

stage_end build-sanitize

stage "2/4 threads: clang 14, -fsanitize=thread, the threaded reader, validator, audit and digest"
if cmake -S . -B build-tsan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++-14 \
      -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" -DCMAKE_CXX_FLAGS="-fsanitize=thread" \
      -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=thread" -DSUARA_WERROR=ON >/dev/null &&
   cmake --build build-tsan -j"$jobs" --target io_test bulk_test bulk_cli_test provenance_test national_generator; then
  TSAN_OPTIONS=halt_on_error=1 ctest --test-dir build-tsan -j"$jobs" --output-on-failure \
    -R '^(io_test|bulk_test|bulk_cli_test|provenance_test)$' || status=1
else
  echo "thread sanitizer build failed"; status=1
fi

stage_end build-tsan

stage "3/4 fuzzing: libFuzzer, ${fuzz_seconds} s per target"
if [ -f tests/fuzz/CMakeLists.txt ]; then
  if cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++-14 \
        -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" -DSUARA_BUILD_TESTS=OFF -DSUARA_BUILD_EXAMPLES=OFF \
        -DSUARA_BUILD_FUZZERS=ON >/dev/null &&
     cmake --build build-fuzz -j"$jobs"; then
    bash tests/fuzz/run-all.sh build-fuzz "$fuzz_seconds" || status=1
  else
    echo "fuzz build failed"; status=1
  fi
else
  echo "no fuzz targets yet"
fi

stage_end build-fuzz

stage "4/4 main build: g++ 12, -Wall -Wextra -Wpedantic -Werror"
if cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DSUARA_WERROR=ON >/dev/null &&
   cmake --build build -j"$jobs"; then
  [ "$stage_before" -ne 0 ] && echo "note: an earlier stage failed (see above); the suite fails as a whole"
  ctest --test-dir build -j"$jobs" --output-on-failure || status=1
else
  echo "main build failed"; status=1
fi
stage_end build
printf '\n==== stages ====\n'
printf '%s\n' "${verdicts[@]}"
exit "$status"
