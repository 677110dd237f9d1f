# suara benchmarks — pandas (Debian's python3-pandas) over the national C.Hasil CSV with the checks
# of benchmarks/peers/checks.py: reads the CSV (the columns the checks use), evaluates the
# identities column-wise, writes the flagged (kode_tps, rule) rows to OUT.csv. Prints
# {"seconds": [...]} for RUNS runs in one process (the interpreter start and the import not counted).
# usage: python3 pandas_checks.py CSV OUT.csv RUNS
# Distributed under the Boost Software License, Version 1.0.
import json
import os
import sys
import time

import pandas as pd

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checks  # noqa: E402

csv_path, out_path, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(csv_path, encoding="utf-8") as f:
    header = f.readline().rstrip("\r\n").split(",")
table = checks.rules(header)
used = sorted({c for _, ids in table for _, l, r in ids for c in l + r} | {"kode_tps"})
seconds = []
for _ in range(runs):
    t0 = time.perf_counter()
    df = pd.read_csv(csv_path, usecols=used, dtype={"kode_tps": str}, engine="c")
    frames = []
    for rule, ids in table:
        fired = None
        for rel, left, right in ids:
            cols = left + right
            present = df[cols].notna().all(axis=1)
            l, r = df[left].sum(axis=1, min_count=1), df[right].sum(axis=1, min_count=1)
            bad = present & ((l > r) if rel == "at_most" else (l != r))
            fired = bad if fired is None else (fired | bad)
        frames.append(pd.DataFrame({"kode_tps": df.loc[fired, "kode_tps"], "rule": rule}))
    pd.concat(frames).to_csv(out_path, index=False)
    seconds.append(time.perf_counter() - t0)
print(json.dumps({"seconds": seconds, "threads": 1}))
