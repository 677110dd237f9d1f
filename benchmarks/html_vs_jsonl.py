#!/usr/bin/env python3
# suara benchmarks — issue 14 item 6: `suara-audit --output html` against `--output jsonl` on the
# same file, runs interleaved (jsonl, html, jsonl, html, ...) so that a slow spell of a shared
# machine falls on both; medians, output sizes and the ratio html / jsonl written as JSON.
# Distributed under the Boost Software License, Version 1.0.
#
# usage: html_vs_jsonl.py SUARA_AUDIT CSV WORKDIR RUNS OUT.json
import json
import os
import subprocess
import sys
import time


def main():
    exe, csv, work, runs, out = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
    env = dict(os.environ, SOURCE_DATE_EPOCH="0")
    times = {"jsonl": [], "html": []}
    paths = {"jsonl": os.path.join(work, "findings.jsonl"), "html": os.path.join(work, "report.html")}
    for _ in range(runs):
        for fmt in ("jsonl", "html"):
            t0 = time.perf_counter()
            p = subprocess.run([exe, "--output", fmt, "--quiet", "-o", paths[fmt], csv], env=env)
            times[fmt].append(time.perf_counter() - t0)
            if p.returncode not in (0, 1):
                sys.exit(f"suara-audit --output {fmt} failed with exit status {p.returncode}")
    res = {}
    for fmt, t in times.items():
        t.sort()
        res[fmt] = {"seconds": t, "median_seconds": t[len(t) // 2], "best_seconds": t[0],
                    "output_bytes": os.path.getsize(paths[fmt])}
    res["ratio"] = res["html"]["median_seconds"] / res["jsonl"]["median_seconds"]
    res["csv_bytes"] = os.path.getsize(csv)
    json.dump(res, open(out, "w"), indent=1)
    print(f"jsonl median {res['jsonl']['median_seconds']:.3f} s, html median {res['html']['median_seconds']:.3f} s "
          f"({res['html']['output_bytes'] / 1e6:.1f} MB), ratio {res['ratio']:.2f}")


if __name__ == "__main__":
    main()
