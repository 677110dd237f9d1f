# suara benchmarks — the peers find what suara finds: per rule family the peers implement
# (checks.py), the set of TPS flagged by suara-audit's jsonl findings, by DuckDB and by pandas
# must be the same. Prints one line per rule; exits 1 on any difference.
# usage: python3 compare.py HEADER_CSV SUARA.jsonl NAME=OUT.csv...
# Distributed under the Boost Software License, Version 1.0.
import csv
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checks  # noqa: E402

with open(sys.argv[1], encoding="utf-8") as f:
    header = f.readline().rstrip("\r\n").split(",")
rules = [r for r, _ in checks.rules(header)]
sets = {"suara": {r: set() for r in rules}}
with open(sys.argv[2], encoding="utf-8") as f:
    for line in f:
        rec = json.loads(line)
        if rec.get("type") == "finding" and rec.get("rule") in sets["suara"]:
            sets["suara"][rec["rule"]].add(rec["kode_tps"])
for arg in sys.argv[3:]:
    name, path = arg.split("=", 1)
    sets[name] = {r: set() for r in rules}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            sets[name][row["rule"]].add(row["kode_tps"])
bad = 0
for r in rules:
    ref = sets["suara"][r]
    diff = [f"{n}: {len(s[r] - ref)} more, {len(ref - s[r])} fewer" for n, s in sets.items() if n != "suara" and s[r] != ref]
    bad += bool(diff)
    print(f"  {r}: {len(ref)} TPS" + ("" if not diff else "  DIFFERS (" + "; ".join(diff) + ")"))
print(json.dumps({"rules": {r: len(sets["suara"][r]) for r in rules}, "peers": sorted(n for n in sets if n != "suara"),
                  "same_findings": bad == 0}), file=open(os.environ.get("SUARA_COMPARE_OUT", os.devnull), "w"))
sys.exit(1 if bad else 0)
