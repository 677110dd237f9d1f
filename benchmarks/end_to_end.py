#!/usr/bin/env python3
# suara benchmarks — the national CSV end to end, suara beside its peers, in one run: RUNS rounds,
# each running suara-audit --output jsonl (every core), suara-audit --threads 1, and each peer that
# is installed (DuckDB through node, pandas), so that a slow spell of a shared machine falls on all
# of them alike. Then checks that the peers flag the same TPS as suara per rule family they
# implement (peers/compare.py) and writes OUT.json: per program the seconds, best, median and peak
# RSS, the ratios to suara, and whether the findings agree.
# usage: end_to_end.py SUARA_AUDIT CSV WORK RUNS OUT.json [--duckdb NODE_MODULES] [--pandas PYTHON]
# Distributed under the Boost Software License, Version 1.0.
import argparse
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "peers"))
import checks  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("exe")
ap.add_argument("csv")
ap.add_argument("work")
ap.add_argument("runs", type=int)
ap.add_argument("out")
ap.add_argument("--duckdb", help="node_modules folder holding @duckdb/node-api")
ap.add_argument("--pandas", help="a Python interpreter that imports pandas")
a = ap.parse_args()
with open(a.csv, encoding="utf-8") as f:
    header = f.readline().rstrip("\r\n").split(",")


def timed(cmd, stdout_path, env=None):
    """Wall seconds, peak RSS (KiB) and exit status of one process, and its inner timing if it prints one."""
    with open(stdout_path, "wb") as out:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out, env=env)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
    return wall, usage.ru_maxrss, os.waitstatus_to_exitcode(status)


env = dict(os.environ, SOURCE_DATE_EPOCH="0")
findings = os.path.join(a.work, "findings.jsonl")
programs = {  # name: (command, stdout file, inner timing printed as {"seconds": [...]} on stdout)
    "suara": ([a.exe, "--output", "jsonl", "--quiet", a.csv], findings, False),
    "suara, 1 thread": ([a.exe, "--output", "jsonl", "--quiet", "--threads", "1", a.csv], os.path.join(a.work, "findings-1.jsonl"), False),
}
peer_out = {}
if a.duckdb:
    sql_file = os.path.join(a.work, "duckdb_checks.sql")
    peer_out["duckdb"] = os.path.join(a.work, "duckdb-findings.csv")
    with open(sql_file, "w", encoding="utf-8") as f:
        f.write(checks.sql(os.path.abspath(a.csv), header, peer_out["duckdb"]))
    programs["DuckDB"] = (["node", os.path.join(HERE, "peers", "duckdb_checks.mjs"), sql_file, "1"],
                          os.path.join(a.work, "duckdb.json"), True)
if a.pandas:
    peer_out["pandas"] = os.path.join(a.work, "pandas-findings.csv")
    programs["pandas"] = ([a.pandas, os.path.join(HERE, "peers", "pandas_checks.py"), a.csv, peer_out["pandas"], "1"],
                          os.path.join(a.work, "pandas.json"), True)

res = {n: {"wall_seconds": [], "seconds": [], "peak_rss_kib": 0} for n in programs}
for _ in range(a.runs):
    for name, (cmd, path, inner) in programs.items():
        wall, rss, code = timed(cmd, path, env=dict(env, NODE_PATH=a.duckdb or ""))
        if code not in ((0, 1) if name.startswith("suara") else (0,)):
            sys.exit(f"end_to_end: {name} failed with exit status {code}")
        r = res[name]
        r["wall_seconds"].append(wall)
        # A peer's own figure leaves out the start of node or Python and the module import.
        r["seconds"].append(json.load(open(path))["seconds"][0] if inner else wall)
        r["peak_rss_kib"] = max(r["peak_rss_kib"], rss)
for name, r in res.items():
    s = sorted(r["seconds"])
    r.update(best_seconds=s[0], median_seconds=s[len(s) // 2], median_wall_seconds=sorted(r["wall_seconds"])[len(s) // 2])
    r["gb_per_second"] = os.path.getsize(a.csv) / r["median_seconds"] / 1e9
last = None
lines = 0
with open(findings, "rb") as f:
    for line in f:
        lines += 1
        last = line
out = {"csv_bytes": os.path.getsize(a.csv), "output_bytes": os.path.getsize(findings), "output_lines": lines,
       "summary": json.loads(last), "programs": res}
base = res["suara"]["median_seconds"]
out["ratios"] = {n: r["median_seconds"] / base for n, r in res.items() if n != "suara"}
out["ratios_best"] = {n: r["best_seconds"] / res["suara"]["best_seconds"] for n, r in res.items() if n != "suara"}
if peer_out:
    cmp_json = os.path.join(a.work, "compare.json")
    p = subprocess.run([sys.executable, os.path.join(HERE, "peers", "compare.py"), a.csv, findings] +
                       [f"{n}={p}" for n, p in peer_out.items()], env=dict(os.environ, SUARA_COMPARE_OUT=cmp_json))
    out["compare"] = json.load(open(cmp_json))
    if p.returncode != 0:
        print("end_to_end: the peers do NOT find what suara finds (above)", file=sys.stderr)
json.dump(out, open(a.out, "w"), indent=1)
for n, r in res.items():
    ratio = "" if n == "suara" else f", {out['ratios'][n]:.2f}x suara's time"
    print(f"  {n}: median {r['median_seconds']:.3f} s, best {r['best_seconds']:.3f} s, "
          f"peak RSS {r['peak_rss_kib'] / 1024:.0f} MiB{ratio}")
sys.exit(0 if not peer_out or out["compare"]["same_findings"] else 1)
