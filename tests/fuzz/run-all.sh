#!/usr/bin/env bash
# Runs every suara libFuzzer target for a bounded time on a seed corpus built afresh.
#   bash tests/fuzz/run-all.sh <build-dir> [seconds-per-target]      (default 60 s)
# <build-dir> was configured with -DSUARA_BUILD_FUZZERS=ON (see scripts/run-tests.sh) and built.
# Seeds: tests/fuzz/seeds/<target>/ (committed), tests/fuzz/regressions/<target>/ (every crasher
# ever found), the real Sirekap records of data/sirekap (sirekap), and the embedded Balikpapan
# 2024 data written as CSV by fuzz_seed_csv (csv). The corpus lives in a scratch directory; new
# crashers are saved under <build-dir>/fuzz-artifacts/<target>/ — copy each into
# tests/fuzz/regressions/<target>/ so it is replayed by CTest (fuzz_regression.<target>).
# Exit status: 0 only if every declared target was built, ran its time and reported nothing
# (no crash, leak, timeout, out-of-memory or sanitizer report).
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(git -C "$here" rev-parse --show-toplevel 2>/dev/null || (cd "$here/../.." && pwd))
build=${1:?usage: run-all.sh <build-dir> [seconds-per-target]}
seconds=${2:-60}
[[ "$build" = /* ]] || build="$root/$build"
data="$root/data"  # the repository's own data (data/README.md)
fuzzdir="$build/tests/fuzz"
manifest="$fuzzdir/fuzz-targets.txt"

if [ ! -f "$manifest" ]; then
  echo "run-all: no $manifest: configure $build with -DSUARA_BUILD_FUZZERS=ON and build it" >&2
  exit 1
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/suara-fuzz.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

# Per-target options: input size bound (the parsers' interesting structure is small; bigger
# inputs only slow the search) and the data it is seeded with.
max_len() {
  case "$1" in
    csv) echo 16384 ;; legislative_csv) echo 16384 ;; sirekap) echo 16384 ;; sirekap_ndjson) echo 16384 ;; sirekap_legislative) echo 16384 ;; sirekap_archive) echo 65536 ;; nik) echo 64 ;; admission) echo 512 ;; rules_file) echo 2048 ;; *) echo 4096 ;;
  esac
}

seed() {  # seed <target> <corpus-dir>
  local t=$1 dir=$2
  mkdir -p "$dir"
  for src in "$here/seeds/$t" "$here/regressions/$t"; do
    [ -d "$src" ] && find "$src" -maxdepth 1 -type f ! -name 'README*' ! -name '.*' -exec cp -t "$dir" {} +
  done
  case "$t" in
    sirekap)
      if [ -d "$data/sirekap" ]; then
        # Flattened: file names are unique TPS codes.
        find "$data/sirekap" -name '*.json' -exec cp -t "$dir" {} +
      else
        echo "run-all: $data/sirekap not found: the checkout is incomplete" >&2
        return 1
      fi ;;
    csv)
      if [ -x "$fuzzdir/fuzz_seed_csv" ]; then
        "$fuzzdir/fuzz_seed_csv" "$dir" || echo "run-all: warning: fuzz_seed_csv failed"
      fi ;;
  esac
}

status=0
summary=()
while read -r name extra; do
  [ -z "$name" ] && continue
  if [ -n "${extra:-}" ]; then
    summary+=("$(printf '%-10s NOT BUILT (%s)' "$name" "$extra")")
    status=1
    continue
  fi
  bin="$fuzzdir/fuzz_$name"
  if [ ! -x "$bin" ]; then
    summary+=("$(printf '%-10s NOT BUILT (no %s)' "$name" "$bin")")
    status=1
    continue
  fi
  corpus="$scratch/corpus-$name"
  if ! seed "$name" "$corpus"; then
    summary+=("$(printf '%-10s NOT RUN (its seeds are missing)' "$name")")
    status=1
    continue
  fi
  nseeds=$(find "$corpus" -type f | wc -l)
  artifacts="$build/fuzz-artifacts/$name"
  rm -rf "$artifacts"
  mkdir -p "$artifacts"
  log="$build/fuzz-$name.log"
  echo "---- fuzz_$name: ${seconds} s, $nseeds seeds"
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1} \
  UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
    "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$(max_len "$name")" \
      -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" >"$log" 2>&1
  rc=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  eps=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  if [ "$rc" -eq 0 ] && ! grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|SUMMARY: ' "$log"; then
    result=ok
  else
    result="FAILED (exit $rc; log $log; input in $artifacts/)"
    # A kept regression input that still fails is an open bug, not a new find: say which.
    for a in "$artifacts"/*; do
      [ -f "$a" ] || continue
      for r in "$here/regressions/$name"/*; do
        [ -f "$r" ] && cmp -s "$a" "$r" && result="FAILED (open bug: regression input $(basename "$r") still fails; log $log)"
      done
    done
    status=1
    echo "---- fuzz_$name failed; end of its log:"
    tail -n 60 "$log"
    # A CI machine is thrown away with its artifacts: print each small input, so that the log
    # alone lets anyone recreate it (base64 -d) and keep it under tests/fuzz/regressions/.
    for a in "$artifacts"/*; do
      [ -f "$a" ] || continue
      if [ "$(stat -c %s "$a")" -le 8192 ]; then
        echo "---- fuzz_$name input $(basename "$a") (base64 -d to recreate it):"
        base64 -w 100 "$a"
      fi
    done
  fi
  summary+=("$(printf '%-10s runs %-10s execs/s %-8s %s' "$name" "${runs:-?}" "${eps:-?}" "$result")")
done <"$manifest"

echo
echo "==== fuzz summary (${seconds} s per target)"
printf '%s\n' "${summary[@]}"
printf '%s\n' "${summary[@]}" >"$build/fuzz-summary.txt"
exit "$status"
