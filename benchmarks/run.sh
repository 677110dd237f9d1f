#!/usr/bin/env bash
# suara benchmarks: build Release, generate the national CSV, run every benchmark, and write
# benchmarks/results/latest.json and benchmarks/results/latest.png.
#
#   benchmarks/run.sh                 # everything
#   SUARA_BENCH_TPS=100000 benchmarks/run.sh   # a smaller national file (quick look)
#   SUARA_BENCH_LEGISLATIVE_TPS=100000 benchmarks/run.sh   # a smaller five-contest NDJSON (the
#                                   # national one is 4.1 million records, about 9.8 GB)
#   SUARA_BENCH_SIREKAP_TPS=50000 benchmarks/run.sh   # a smaller Sirekap scrape (the full one is a
#                                   # folder tree of 820,161 files, about 3.3 GB on disk, and its NDJSON)
#
# Runs in a fresh clone with nothing beside it: the national file is generated on the real TPS
# codes of data/wilayah/tps-codes.txt.gz, which the generator reads itself (zlib).
#
# Needs: cmake, ninja, a C++20 compiler, Google Benchmark, python3 (standard library: it merges
# the JSON and times the end-to-end run), gnuplot (Debian gnuplot-nox) for the chart.
# The peers, each run where installed (else skipped with a message): DuckDB through node and the
# npm package @duckdb/node-api (installed into the build folder with npm when missing and npm is
# present), and pandas (Debian python3-pandas). Both run the checks of benchmarks/peers/checks.py
# over the same CSV; benchmarks/end_to_end.py times them interleaved with suara-audit and checks
# that they flag the same TPS per rule family.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${SUARA_BENCH_BUILD:-$ROOT/build-bench}
OUT=$ROOT/benchmarks/results
WORK=${SUARA_BENCH_WORK:-$BUILD/bench-data}
TPS=${SUARA_BENCH_TPS:-820161}
RUNS=${SUARA_BENCH_RUNS:-9}
mkdir -p "$OUT" "$WORK"

echo "== build (Release) in $BUILD"
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSUARA_BUILD_BENCHMARKS=ON \
      -DSUARA_BUILD_TESTS=OFF -DSUARA_BUILD_EXAMPLES=ON >/dev/null
cmake --build "$BUILD" --target bench_validate bench_io suara-audit national_generator -j"$(nproc)"

CSV=$WORK/national-$TPS.csv
TRUTH=$WORK/national-$TPS.truth.csv
if [[ ! -s $CSV ]]; then
  echo "== generating the national CSV ($TPS TPS)"
  "$BUILD/tools/generators/national_generator" --codes "$ROOT/data/wilayah/tps-codes.txt.gz" --tps "$TPS" \
    --out "$CSV" --truth "$TRUTH"
fi
echo "   $(du -h "$CSV" | cut -f1) $CSV"

# Medians of 9 repetitions, interleaved at random between the benchmarks of a program: on a shared
# machine a slow spell then falls on validation and on its floor alike instead of on one of them.
echo "== in-memory validation vs. memory floor"
SUARA_NATIONAL_CSV=$CSV "$BUILD/benchmarks/bench_validate" --benchmark_repetitions=9 \
  --benchmark_enable_random_interleaving=true \
  --benchmark_report_aggregates_only=true --benchmark_out="$WORK/validate.json" --benchmark_out_format=json
echo "== input parsing (CSV, Sirekap JSON) and the SHA-256 of the input"
SUARA_NATIONAL_CSV=$CSV "$BUILD/benchmarks/bench_io" --benchmark_repetitions=9 \
  --benchmark_enable_random_interleaving=true \
  --benchmark_report_aggregates_only=true --benchmark_out="$WORK/io.json" --benchmark_out_format=json

echo "== the peers"
PEERS=()
if command -v node >/dev/null; then
  if [[ ! -d $BUILD/node_modules/@duckdb/node-api ]] && command -v npm >/dev/null; then
    echo "   installing @duckdb/node-api into $BUILD with npm"
    npm install --prefix "$BUILD" --no-save --no-audit --no-fund @duckdb/node-api >/dev/null 2>&1 ||
      echo "   npm could not install @duckdb/node-api (offline?)"
  fi
  if [[ -d $BUILD/node_modules/@duckdb/node-api ]]; then PEERS+=(--duckdb "$BUILD/node_modules")
  else echo "   DuckDB skipped: no @duckdb/node-api in $BUILD/node_modules and no npm to install it"; fi
else
  echo "   DuckDB skipped: no node"
fi
# Debian's python3 first: a pyenv or venv python3 on PATH may lack Debian's pandas.
PANDAS_PY=
for py in /usr/bin/python3 python3; do
  if "$py" -c "import pandas" 2>/dev/null; then PANDAS_PY=$(command -v "$py"); break; fi
done
if [[ -n $PANDAS_PY ]]; then PEERS+=(--pandas "$PANDAS_PY"); else echo "   pandas skipped: no python3 imports it (Debian: python3-pandas)"; fi

echo "== end to end: suara-audit --output jsonl on the national CSV beside its peers ($RUNS interleaved rounds)"
python3 "$ROOT/benchmarks/end_to_end.py" "$BUILD/tools/audit/suara-audit" "$CSV" "$WORK" "$RUNS" "$WORK/e2e.json" "${PEERS[@]}" ||
  echo "   WARNING: see above (a peer failed or found other TPS)"

SIREKAP_TPS=${SUARA_BENCH_SIREKAP_TPS:-$TPS}
echo "== Sirekap JSON end to end: suara-audit beside a Python json loop, per input form ($SIREKAP_TPS TPS)"
python3 "$ROOT/benchmarks/sirekap_e2e.py" "$BUILD" "$ROOT" "$WORK" "$SIREKAP_TPS" "${SUARA_BENCH_SIREKAP_RUNS:-3}" "$WORK/sirekap.json" ||
  echo "   WARNING: see above (the Sirekap input forms gave different findings)"

LEGIS_TPS=${SUARA_BENCH_LEGISLATIVE_TPS:-$TPS}
echo "== the five contests end to end: suara-audit on the five-contest NDJSON ($LEGIS_TPS TPS)"
python3 "$ROOT/benchmarks/legislative_e2e.py" "$BUILD" "$ROOT" "$WORK" "$LEGIS_TPS" "${SUARA_BENCH_LEGISLATIVE_RUNS:-3}" "$WORK/legislative.json" ||
  echo "   WARNING: see above"

# Issue 14 item 6: the HTML page of the same file, against the jsonl run (goal: under 2x).
echo "== suara-audit --output html vs --output jsonl on the national CSV ($RUNS runs each, interleaved)"
python3 "$ROOT/benchmarks/html_vs_jsonl.py" "$BUILD/tools/audit/suara-audit" "$CSV" "$WORK" "$RUNS" "$WORK/html.json"

echo "== compile time of each umbrella header (g++ -O0, one translation unit)"
python3 "$ROOT/benchmarks/compile_time.py" "$ROOT/include" "$WORK/compile.json" 5

echo "== results"
python3 - "$WORK" "$OUT/latest.json" "$WORK" "$TPS" <<'PY'
import json, os, platform, subprocess, sys, datetime
work, out, chart_dir, tps = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
def bench(path):
    d = json.load(open(path))
    res = {}
    for b in d["benchmarks"]:
        if b.get("aggregate_name", "mean") != "median":
            continue
        res[b["run_name"]] = b
    return d["context"], res
ctx, val = bench(os.path.join(work, "validate.json"))
_, io = bench(os.path.join(work, "io.json"))
e2e = json.load(open(os.path.join(work, "e2e.json")))
su = e2e["programs"]["suara"]
su1 = e2e["programs"]["suara, 1 thread"]
compile_times = json.load(open(os.path.join(work, "compile.json")))
html_run = json.load(open(os.path.join(work, "html.json"))) if os.path.exists(os.path.join(work, "html.json")) else None
cpu = "unknown"
for line in open("/proc/cpuinfo"):
    if line.startswith("model name"):
        cpu = line.split(":", 1)[1].strip()
        break
nproc = os.cpu_count()
def get(res, name, key):
    return res[name][key] if name in res else None
r = {
    "date": datetime.datetime.utcnow().isoformat(timespec="seconds") + "Z",
    "machine": {"cpu": cpu, "nproc": nproc, "host": platform.node(), "kernel": platform.release()},
    "national_tps": tps,
    "load_average_1min_at_end": os.getloadavg()[0],
    "validate": {
        "one_thread": {"sheets_per_second": get(val, "BM_validate/1/real_time", "items_per_second"),
                       "bytes_per_second": get(val, "BM_validate/1/real_time", "bytes_per_second"),
                       "ms": get(val, "BM_validate/1/real_time", "real_time"),
                       "cpu_ms": get(val, "BM_validate/1/real_time", "cpu_time")},
        "all_threads": {"sheets_per_second": get(val, "BM_validate/0/real_time", "items_per_second"),
                        "bytes_per_second": get(val, "BM_validate/0/real_time", "bytes_per_second"),
                        "ms": get(val, "BM_validate/0/real_time", "real_time"),
                       "cpu_ms": get(val, "BM_validate/0/real_time", "cpu_time")},
        "floor_one_thread": {"sheets_per_second": get(val, "BM_floor/1/real_time", "items_per_second"),
                             "bytes_per_second": get(val, "BM_floor/1/real_time", "bytes_per_second"),
                             "ms": get(val, "BM_floor/1/real_time", "real_time"),
                       "cpu_ms": get(val, "BM_floor/1/real_time", "cpu_time")},
        "floor_all_threads": {"sheets_per_second": get(val, "BM_floor/0/real_time", "items_per_second"),
                              "bytes_per_second": get(val, "BM_floor/0/real_time", "bytes_per_second"),
                              "ms": get(val, "BM_floor/0/real_time", "real_time"),
                       "cpu_ms": get(val, "BM_floor/0/real_time", "cpu_time")},
        # legislative sheets (pdpr, pdprdp, pdprdk, pdpd of every TPS; synthetic, in memory):
        # check_legislative per row and check_tps_contests over the five contests of each TPS
        "legislative_one_thread": {"sheets_per_second": get(val, "BM_validate_legislative/1/real_time", "items_per_second"),
                                   "sheets": get(val, "BM_validate_legislative/1/real_time", "sheets"),
                                   "ms": get(val, "BM_validate_legislative/1/real_time", "real_time"),
                                   "cpu_ms": get(val, "BM_validate_legislative/1/real_time", "cpu_time")},
        "legislative_all_threads": {"sheets_per_second": get(val, "BM_validate_legislative/0/real_time", "items_per_second"),
                                    "sheets": get(val, "BM_validate_legislative/0/real_time", "sheets"),
                                    "ms": get(val, "BM_validate_legislative/0/real_time", "real_time"),
                                    "cpu_ms": get(val, "BM_validate_legislative/0/real_time", "cpu_time")},
    },
    "csv_parse": {"row_parser": ("AVX-512" if get(io, "BM_csv_parse/real_time", "avx512") else "baseline (SSE2)"),
                  "bytes_per_second": get(io, "BM_csv_parse/real_time", "bytes_per_second"),
                  "rows_per_second": get(io, "BM_csv_parse/real_time", "items_per_second"),
                  "ms": get(io, "BM_csv_parse/real_time", "real_time")},
    "csv_parse_baseline": {"bytes_per_second": get(io, "BM_csv_parse_baseline/real_time", "bytes_per_second"),
                           "rows_per_second": get(io, "BM_csv_parse_baseline/real_time", "items_per_second"),
                           "ms": get(io, "BM_csv_parse_baseline/real_time", "real_time")},
    "csv_parse_all_cores": {"bytes_per_second": get(io, "BM_csv_parse_all_cores/real_time", "bytes_per_second"),
                            "rows_per_second": get(io, "BM_csv_parse_all_cores/real_time", "items_per_second"),
                            "ms": get(io, "BM_csv_parse_all_cores/real_time", "real_time")},
    "sha256": {"bytes_per_second": get(io, "BM_sha256/real_time", "bytes_per_second"),
               "ms": get(io, "BM_sha256/real_time", "real_time")},
    "audit_in_process": {"without_digest_ms": get(io, "BM_audit_national/0/real_time", "real_time"),
                         "with_sha256_ms": get(io, "BM_audit_national/1/real_time", "real_time")},
    "sirekap_parse": {"bytes_per_second": get(io, "BM_sirekap_parse/real_time", "bytes_per_second"),
                      "files_per_second": get(io, "BM_sirekap_parse/real_time", "items_per_second"),
                      "cpu_ms": get(io, "BM_sirekap_parse/real_time", "cpu_time"),
                      "ms": get(io, "BM_sirekap_parse/real_time", "real_time")},
    "sirekap_parse_boost_dom": {"bytes_per_second": get(io, "BM_sirekap_parse_boost_dom/real_time", "bytes_per_second"),
                                "cpu_ms": get(io, "BM_sirekap_parse_boost_dom/real_time", "cpu_time"),
                                "ms": get(io, "BM_sirekap_parse_boost_dom/real_time", "real_time")},
    "sirekap_simdjson_floor": {"bytes_per_second": get(io, "BM_sirekap_simdjson_floor/real_time", "bytes_per_second"),
                               "ms": get(io, "BM_sirekap_simdjson_floor/real_time", "real_time")},
    "sirekap_end_to_end": json.load(open(os.path.join(work, "sirekap.json"))),
    "legislative_end_to_end": (json.load(open(os.path.join(work, "legislative.json")))
                               if os.path.exists(os.path.join(work, "legislative.json")) else None),
    "end_to_end": e2e,
    "compile": compile_times,
    "google_benchmark_context": ctx,
}
a = r["audit_in_process"]
a["digest_cost_ms"] = (a["with_sha256_ms"] - a["without_digest_ms"]
                       if a["with_sha256_ms"] is not None and a["without_digest_ms"] is not None else None)
a["digest_cost_percent"] = (100 * a["digest_cost_ms"] / a["without_digest_ms"]
                            if a["digest_cost_ms"] is not None and a["without_digest_ms"] else None)
v = r["validate"]
def ratio(a, b):
    return a["ms"] / b["ms"] if a["ms"] and b["ms"] else None
v["ratio_to_floor_one_thread"] = ratio(v["one_thread"], v["floor_one_thread"])
v["ratio_to_floor_all_threads"] = ratio(v["all_threads"], v["floor_all_threads"])
# One thread: CPU time too, which other jobs on a shared machine disturb less than wall time.
v["ratio_to_floor_one_thread_cpu"] = (v["one_thread"]["cpu_ms"] / v["floor_one_thread"]["cpu_ms"]
                                      if v["one_thread"]["cpu_ms"] and v["floor_one_thread"]["cpu_ms"] else None)
# The three targets of issue #5 on this 2-core machine, each with its measured figure.
def target(what, goal, measured, met):
    return {"target": what, "goal": goal, "measured": measured, "met": None if measured is None else met(measured)}
r["targets"] = [
    target("in-memory validation within 2x of the memory floor (1 thread, wall time)", 2.0,
           v["ratio_to_floor_one_thread"], lambda x: x <= 2.0),
    target("CSV parsing at 1 GB/s or more per core", 1.0,
           r["csv_parse"]["bytes_per_second"] and r["csv_parse"]["bytes_per_second"] / 1e9, lambda x: x >= 1.0),
    target("Sirekap JSON records read at 1 GB/s or more per core (the reader, wall time)", 1.0,
           r["sirekap_parse"]["bytes_per_second"] and r["sirekap_parse"]["bytes_per_second"] / 1e9, lambda x: x >= 1.0),
    target("national CSV audited end to end, findings written, in under 0.2 s (median)", 0.2,
           su["median_seconds"], lambda x: x < 0.2),
    # Issue 16: DuckDB's time over suara's with the same checks, both every core, medians.
    target("national CSV end to end, jsonl findings, 20x DuckDB or more (same checks)", 20.0,
           e2e["ratios"].get("DuckDB"), lambda x: x >= 20.0),
    # One thread end to end (digest and output included) over the floor "parse + validate, no
    # output": the one-core CSV parse plus the one-thread validation of bench_io and bench_validate.
    target("national CSV end to end, 1 thread, within 1.5x of parse + validate (no output)", 1.5,
           (su1["median_seconds"] * 1e3 / (r["csv_parse"]["ms"] + v["one_thread"]["ms"])
            if r["csv_parse"]["ms"] and v["one_thread"]["ms"] else None), lambda x: x <= 1.5),
    target("national HTML report written in under 2x the time of the jsonl run (median)", 2.0,
           html_run and html_run["ratio"], lambda x: x < 2.0),
    target("<suara/suara.hpp> compiles in 1.5 s or less (g++ -O0, median)", 1.5,
           compile_times["umbrellas"]["suara/suara.hpp"]["median_seconds"], lambda x: x <= 1.5),
]
r["html_vs_jsonl"] = html_run
json.dump(r, open(out, "w"), indent=1)
# The chart's three panels (benchmarks/chart.gp): label, value, 0 for suara or 1 for a peer.
def panel(name, bars):
    with open(os.path.join(chart_dir, f"chart-{name}.tsv"), "w") as f:
        for label, value, peer in bars:
            if value is not None:
                f.write(f"{label}\t{value}\t{1 if peer else 0}\n")
progs = e2e["programs"]
peers = [n for n in progs if not n.startswith("suara")]
panel("time", [(f"suara, {nproc} threads", su["median_seconds"], False), ("suara, 1 thread", su1["median_seconds"], False)]
      + [(f"{n} (same checks)", progs[n]["median_seconds"], True) for n in peers])
gb = lambda x: x and x / 1e9  # input bytes (the validation's GB/s of in-memory columns would dwarf them)
panel("gbps", [("CSV parse, 1 core", gb(r["csv_parse"]["bytes_per_second"]), False),
               (f"CSV parse, {nproc} cores", gb(r["csv_parse_all_cores"]["bytes_per_second"]), False),
               ("SHA-256, 1 core", gb(r["sha256"]["bytes_per_second"]), False),
               ("Sirekap JSON parse", gb(r["sirekap_parse"]["bytes_per_second"]), False),
               ("end to end, suara", su["gb_per_second"], False)]
      + [(f"end to end, {n}", progs[n]["gb_per_second"], True) for n in peers])
panel("mib", [("suara", su["peak_rss_kib"] / 1024, False), ("suara, 1 thread", su1["peak_rss_kib"] / 1024, False)]
      + [(n, progs[n]["peak_rss_kib"] / 1024, True) for n in peers])
def fmt(x, scale=1, nd=2):
    return "n/a" if x is None else f"{x / scale:.{nd}f}"
print(f"machine: {cpu}, nproc {nproc}, load average at the end {os.getloadavg()[0]:.2f}")
print(f"validate: 1 thread {fmt(v['one_thread']['sheets_per_second'], 1e6)} M sheets/s "
      f"({fmt(v['one_thread']['bytes_per_second'], 1e9)} GB/s), ratio to floor {fmt(v['ratio_to_floor_one_thread'])} "
      f"(CPU time: {fmt(v['ratio_to_floor_one_thread_cpu'])})")
print(f"validate: {nproc} threads {fmt(v['all_threads']['sheets_per_second'], 1e6)} M sheets/s "
      f"({fmt(v['all_threads']['bytes_per_second'], 1e9)} GB/s), ratio to floor {fmt(v['ratio_to_floor_all_threads'])}")
print(f"CSV parse: {fmt(r['csv_parse']['bytes_per_second'], 1e9)} GB/s on one core, "
      f"{fmt(r['csv_parse']['rows_per_second'], 1e6)} M rows/s, row parser {r['csv_parse']['row_parser']}; "
      f"baseline row parser {fmt(r['csv_parse_baseline']['bytes_per_second'], 1e9)} GB/s")
print(f"CSV parse on {nproc} cores: {fmt(r['csv_parse_all_cores']['bytes_per_second'], 1e9)} GB/s")
print(f"SHA-256 (OpenSSL) of the national CSV: {fmt(r['sha256']['bytes_per_second'], 1e9)} GB/s on one core "
      f"({fmt(r['sha256']['ms'], 1, 1)} ms); audited in process {fmt(a['without_digest_ms'], 1, 1)} ms without it, "
      f"{fmt(a['with_sha256_ms'], 1, 1)} ms with it: the digest costs {fmt(a['digest_cost_ms'], 1, 1)} ms "
      f"({fmt(a['digest_cost_percent'], 1, 0)} %)")
print(f"Sirekap JSON: {fmt(r['sirekap_parse']['files_per_second'], 1e3)} k files/s, "
      f"{fmt(r['sirekap_parse']['bytes_per_second'], 1e6)} MB/s")
print(f"Sirekap JSON, Boost.JSON DOM path: {fmt(r['sirekap_parse_boost_dom']['bytes_per_second'], 1e6)} MB/s; "
      f"simdjson parse alone (floor): {fmt(r['sirekap_simdjson_floor']['bytes_per_second'], 1e6)} MB/s")
for name, f in r["sirekap_end_to_end"]["forms"].items():
    print(f"Sirekap end to end, {name}: suara-audit {fmt(f['suara_median'], 1, 3)} s, Python json {fmt(f['python_median'], 1, 3)} s, "
          f"ratio {fmt(f['python_over_suara_median'], 1, 1)}x")
for kind, ipb in r["sirekap_end_to_end"]["instructions_per_byte"].items():
    print(f"Sirekap instructions per byte, {kind}: {ipb:.1f}")
print(f"end to end ({tps} TPS, {e2e['csv_bytes'] / 1e6:.0f} MB CSV, jsonl findings written): median "
      f"{su['median_seconds']:.3f} s, best {su['best_seconds']:.3f} s, peak RSS {su['peak_rss_kib'] / 1024:.0f} MiB, "
      f"{e2e['summary']['findings'] if 'findings' in e2e['summary'] else '?'} findings")
for n in peers:
    print(f"  {n}, same checks: median {progs[n]['median_seconds']:.3f} s: suara {e2e['ratios'][n]:.2f}x faster "
          f"(best against best {e2e['ratios_best'][n]:.2f}x)")
if "compare" in e2e:
    print("  the peers flag the same TPS per rule family: " + ("yes" if e2e["compare"]["same_findings"] else "NO"))
if html_run:
    print(f"html vs jsonl ({tps} TPS): html median {html_run['html']['median_seconds']:.3f} s "
          f"({html_run['html']['output_bytes'] / 1e6:.1f} MB page), jsonl median {html_run['jsonl']['median_seconds']:.3f} s: "
          f"ratio {html_run['ratio']:.2f}")
for h, c in compile_times["umbrellas"].items():
    print(f"compile <{h}>: {c['median_seconds']:.2f} s median (g++ -O0), {c['peak_rss_mib']:.0f} MiB")
print("targets:")
for t in r["targets"]:
    state = "n/a" if t["met"] is None else ("met" if t["met"] else "MISSED")
    print(f"  {t['target']}: measured {fmt(t['measured'], 1, 3)} (goal {t['goal']}): {state}")
PY
if command -v gnuplot >/dev/null; then
  gnuplot -e "dir='$WORK'; out='$OUT/latest.png'; title='suara benchmarks - $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores, $TPS TPS'" \
    "$ROOT/benchmarks/chart.gp"
  echo "wrote $OUT/latest.json and $OUT/latest.png"
else
  echo "wrote $OUT/latest.json (no gnuplot: no chart; Debian gnuplot-nox)"
fi
