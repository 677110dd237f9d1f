#!/usr/bin/env python3
"""suara-audit diff on the real Sirekap sample against a perturbed copy of it, as a journalist
would run it: every jsonl record valid against docs/suara-audit-diff.schema.json, the planted
changes found and nothing else, the votes moved per candidate equal to an independent count
made here from the JSON files, and the csv equal to the jsonl.

usage: check_diff.py SUARA_AUDIT SCHEMA SIREKAP_DIR
"""
import csv
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

import jsonschema

IDS = {"100025": "suara_1", "100026": "suara_2", "100027": "suara_3"}


def main():
    exe, schema_path, sample = sys.argv[1:4]
    with open(schema_path, encoding="utf-8") as f:
        validator = jsonschema.Draft202012Validator(json.load(f))
    tmp = tempfile.mkdtemp(prefix="suara-check-diff-")
    try:
        old, new = os.path.join(tmp, "old"), os.path.join(tmp, "new")
        shutil.copytree(sample, old)
        shutil.copytree(sample, new)
        files = sorted(os.path.join(d, n) for d, _, ns in os.walk(new) for n in ns if n.endswith(".json"))
        rng = random.Random(16)
        picked = rng.sample(files, 40)
        changed, net = set(), {}
        # 30 records: votes of one pair moved up or down (with a new ts); the counts differ by chance.
        for path in picked[:30]:
            with open(path, encoding="utf-8") as f:
                rec = json.load(f)
            chart = rec.get("chart") or {}
            keys = [k for k in IDS if isinstance(chart.get(k), int)]
            if not keys:
                continue
            k = rng.choice(keys)
            d = rng.choice([-3, -1, 2, 5, 7])
            if chart[k] + d < 0:
                d = -chart[k]
            if d == 0:
                continue
            chart[k] += d
            rec["ts"] = "2024-03-01 12:00:00"
            with open(path, "w", encoding="utf-8") as f:
                json.dump(rec, f)
            changed.add(os.path.basename(path)[:-5])
            net[IDS[k]] = net.get(IDS[k], 0) + d
        # 5 vanish, 5 are unreadable in the new scrape.
        vanished = {os.path.basename(p)[:-5] for p in picked[30:35]}
        for p in picked[30:35]:
            os.remove(p)
        broken = {os.path.basename(p)[:-5] for p in picked[35:40]}
        for p in picked[35:40]:
            with open(p, "w", encoding="utf-8") as f:
                f.write('{"chart": ')
        env = dict(os.environ, SOURCE_DATE_EPOCH="1732665600")

        def run(*args):
            r = subprocess.run([exe, "diff", *args, old, new], capture_output=True, text=True, env=env, check=False)
            assert r.returncode == 1, (args, r.returncode, r.stderr)
            return r.stdout

        records = [json.loads(line) for line in run("--output", "jsonl").splitlines()]
        for r in records:
            validator.validate(r)
        tps = [r for r in records if r["type"] == "diff_tps"]
        summary = records[-1]
        assert summary["type"] == "diff_summary"
        got_changed = {r["kode_tps"] for r in tps if r["change"] == "changed"}
        got_vanished = {r["kode_tps"] for r in tps if r["change"] == "vanished"}
        assert got_changed == changed, (sorted(got_changed ^ changed))
        assert got_vanished == vanished | broken, sorted(got_vanished ^ (vanished | broken))
        assert {r["kode_tps"] for r in tps if r["other_side_rejected"]} == broken
        assert not [r for r in tps if r["change"] == "appeared"]
        assert summary["changed"] == len(changed) and summary["vanished"] == 10 and summary["rejected_after"] == 5
        assert summary["unchanged"] == 1000 - len(changed) - 10
        for r in tps:
            if r["change"] == "changed":
                assert len(r["figures"]) == 1 and r["ts_after"] == "2024-03-01 12:00:00"
        cands = {r["figure"]: r for r in records if r["type"] == "diff_candidate"}
        for name, moved in net.items():
            assert cands[name]["net"] == moved, (name, cands[name]["net"], moved)
        # The province holds every change: its net equals the candidates'.
        provinces = [r for r in records if r["type"] == "diff_region" and r["tingkat"] == "province"]
        assert sum(p["changed_tps"] for p in provinces) == len(changed)
        for name, moved in net.items():
            assert sum(p["net"].get(name, 0) for p in provinces) == moved
        # The csv: the same TPS figures, candidates and regions.
        rows = list(csv.DictReader(io.StringIO(run("--output", "csv"))))
        tps_rows = [r for r in rows if r["record"] == "tps"]
        assert len(tps_rows) == sum(len(r["figures"]) for r in tps)
        for r in rows:
            if r["record"] == "candidate":
                assert int(r["delta"]) == cands[r["figure"]]["net"]
        assert len([r for r in rows if r["record"] == "region"]) == sum(
            len(r["net"]) for r in records if r["type"] == "diff_region")
        print(f"diff: {len(changed)} changed, 10 vanished (5 unreadable), {len(records)} jsonl records, {len(rows)} csv rows")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
