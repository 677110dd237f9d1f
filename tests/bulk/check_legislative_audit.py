#!/usr/bin/env python3
"""The five contests audited end to end (issue 13): the national generator's five-contest scrape
of a few hundred TPS (ppwp, pdpr, pdprdp, pdprdk, pdpd; planted legislative defects with ground
truth) in its three forms (Sirekap folder tree, NDJSON, and the legislative CSV of the four
legislative sheets), audited by suara-audit --output jsonl, with and without the candidate lists.

    check_legislative_audit.py NATIONAL_GENERATOR SUARA_AUDIT WORK_DIR [SCHEMA.json]

Checks, each failing the test with a message:
- every record is read: read = validated + rejected = 5 x TPS (folder, NDJSON), 4 x TPS (CSV);
- every planted (TPS, contest, rule) is found, and no warning or error fires on a sheet where
  nothing was planted;
- the three forms give the same legislative findings (rule, severity, TPS, contest, dapil,
  figures), apart from the cross-contest findings that compare with the PPWP sheet, which the
  CSV (legislative sheets only) cannot carry;
- a missing figure is null in the jsonl, never a number;
- with --caleg the messages name parties and candidates as the lists do ("Partai 3, nomor urut
  2, <nama>"), and the candidate lists are an input of role "caleg" in the header;
- every record validates against the JSON Schema (when python3-jsonschema is installed).
"""
import json
import os
import shutil
import subprocess
import sys

generator, audit, work = sys.argv[1], sys.argv[2], sys.argv[3]
schema_path = sys.argv[4] if len(sys.argv) > 4 else None
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TPS = 300
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
tree, ndjson, csv = os.path.join(work, "tree"), os.path.join(work, "leg.ndjson"), os.path.join(work, "leg.csv")
truth_file, lists = os.path.join(work, "truth.csv"), os.path.join(work, "lists")
subprocess.run([generator, "--codes", os.path.join(root, "data", "wilayah", "tps-codes.txt.gz"), "--tps", str(TPS),
                "--contests", "all", "--defect-rate", "0.2", "--sirekap-dir", tree, "--sirekap-ndjson", ndjson,
                "--out", csv, "--truth", truth_file, "--lists-dir", lists], check=True, stderr=subprocess.DEVNULL)

failures = []


def check(ok, what):
    if not ok:
        failures.append(what)


def run(*args):
    p = subprocess.run([audit, "--output", "jsonl", "--quiet", *args], capture_output=True,
                       env=dict(os.environ, SOURCE_DATE_EPOCH="0"))
    check(p.returncode in (0, 1), f"suara-audit {' '.join(args)}: exit {p.returncode}: {p.stderr.decode()[:400]}")
    return [json.loads(line) for line in p.stdout.decode().splitlines()]


truth = set()
with open(truth_file) as f:
    next(f)
    for line in f:
        code, kontes, rule = line.strip().split(",")
        truth.add((code, kontes, rule))
planted_sheets = {(c, k) for c, k, _ in truth}
check(len(truth) > 20, f"too few planted defects ({len(truth)})")

LEGISLATIVE = {"pdpr", "pdprdp", "pdprdk", "pdpd"}
runs = {"tree": run(tree), "ndjson": run(ndjson), "csv": run(csv), "tree+caleg": run("--caleg", lists, tree)}
expected_read = {"tree": 5 * TPS, "ndjson": 5 * TPS, "csv": 4 * TPS, "tree+caleg": 5 * TPS}

schema = None
if schema_path:
    try:
        import jsonschema
        schema = json.load(open(schema_path))
        validator = jsonschema.validators.validator_for(schema)(schema)  # compiled once
    except ImportError:  # scripts/setup.sh installs it: its absence is a failure, as in check_outputs.py
        failures.append("python3-jsonschema is not installed: the records cannot be checked against the schema")


def figures_have_no_sentinel(r):
    return all(v is None or v < 4294967295 for v in r.get("figures", {}).values())


def key(r):
    return (r["kode_tps"], r["kontes"], r.get("dapil"), r["rule"], r["severity"], json.dumps(r["figures"], sort_keys=True))


findings = {}
for name, records in runs.items():
    summary = [r for r in records if r["type"] == "summary"]
    check(len(summary) == 1, f"{name}: one summary record")
    if summary:
        s = summary[0]
        check(s["read"] == expected_read[name] and s["read"] == s["validated"] + s["rejected"] and s["rejected"] == 0,
              f"{name}: read {s['read']}, validated {s['validated']}, rejected {s['rejected']} (expected {expected_read[name]} read)")
    got = [r for r in records if r["type"] == "finding"]
    found = {(r["kode_tps"], r["kontes"], r["rule"]) for r in got if r["severity"] != "info"}
    found |= {(r["kode_tps"], r["kontes"], r["rule"]) for r in got if r["rule"] in ("record.incomplete", "record.digit_slip")}
    # the CSV carries no PPWP sheet: a deviation measured against it is not in that form
    wanted = truth if name != "csv" else {t for t in truth if not t[2].startswith("tps.")}
    missed = sorted(wanted - found)
    check(not missed, f"{name}: planted defects not found: {missed[:5]}")
    stray = sorted({(c, k, rule) for c, k, rule in found if (c, k) not in planted_sheets and rule != "record.incomplete"})
    check(not stray, f"{name}: findings on sheets with nothing planted: {stray[:5]}")
    check(all(figures_have_no_sentinel(r) for r in got), f"{name}: a missing figure written as a number")
    findings[name] = {key(r) for r in got if r["kontes"] in LEGISLATIVE and not r["rule"].startswith("tps.")}
    if schema is not None:
        for r in records:
            error = next(validator.iter_errors(r), None)
            if error is not None:
                check(False, f"{name}: a {r['type']} record does not fit the schema: {error.message}")
                break

check(findings["tree"] == findings["ndjson"], "tree and NDJSON give different legislative findings")
check(findings["tree"] == findings["csv"],
      f"tree and CSV give different legislative findings: {sorted(findings['tree'] ^ findings['csv'])[:3]}")
check(findings["tree"] == findings["tree+caleg"], "the candidate lists changed the findings (not only their words)")

# the names of the lists in the lines for people
partai = json.load(open(os.path.join(lists, "partai.json")))
named = [r["message"] for r in runs["tree+caleg"] if r["type"] == "finding" and r["rule"] == "votes.party_sum"]
check(named and all(any(p["nama"] in m for p in partai.values()) for m in named),
      f"--caleg: party names missing from the votes.party_sum messages: {named[:2]}")
plain = [r["message"] for r in runs["tree"] if r["type"] == "finding" and r["rule"] == "votes.party_sum"]
check(plain and all("partai " in m or "party " in m for m in plain), f"without --caleg parties are named by number: {plain[:2]}")
header = [r for r in runs["tree+caleg"] if r["type"] == "header"]
check(header and any(i["role"] == "caleg" for i in header[0]["inputs"]), "--caleg: no input of role caleg in the header")

if failures:
    for f in failures:
        print("FAIL:", f)
    sys.exit(1)
print(f"check_legislative_audit: {TPS} TPS x 5 contests in three forms, {len(truth)} planted defects found, "
      f"{len(findings['tree'])} legislative findings identical across forms, names from the lists")
