#!/usr/bin/env python3
# suara — the machine-readable outputs of suara-audit as a pipeline takes them (docs/cli.md):
# every jsonl record of a run validates against docs/suara-audit.schema.json, and the csv of the
# same run, loaded with Python's csv module (and DuckDB when installed), holds the same findings
# with the same figures. Run on the real Sirekap sample and on the embedded data set.
# Distributed under the Boost Software License, Version 1.0.
#
# usage: check_outputs.py SUARA_AUDIT SCHEMA [INPUT...]   (no INPUT: the embedded data set)
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError:
    # scripts/setup.sh installs python3-jsonschema: its absence is a broken setup, not a skip.
    sys.exit("check_outputs: the Python module jsonschema is missing (Debian: python3-jsonschema; scripts/setup.sh installs it)")

FIXED = ["kode_tps", "kode_provinsi", "kode_kabkota", "kode_kecamatan", "kode_desa", "kontes", "regime", "rule", "severity",
         "consequence", "mandatory", "source_file", "source_line", "ts", "message", "basis"]


def run(exe, args):
    env = dict(os.environ, SOURCE_DATE_EPOCH="1732665600")
    r = subprocess.run([exe, "--quiet"] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    if r.returncode not in (0, 1):
        sys.exit("check_outputs: suara-audit %s exited %d: %s" % (" ".join(args), r.returncode, r.stderr.decode()))
    return r.stdout


def fail(msg):
    sys.exit("check_outputs: " + msg)


ACTION_OUTCOMES = {"recount", "psu", "continued", "follow_up"}


def check_actions_and_rollups(exe, inputs, records, verdicts, summary):
    """The action list and the roll-up (issue 14): the jsonl records agree with the verdicts and
    the summary, and the --actions / --rollup csv files hold the same rows."""
    if [r["type"] for r in records].count("not_run") > 1:
        fail("the checks not run are said more than once")
    actions = [r for r in records if r["type"] == "action"]
    rollups = [r for r in records if r["type"] == "rollup"]
    # A TPS is on the list exactly when its verdict's strongest consequence is an action, and then
    # with that consequence.
    want = {(v["kode_tps"], v["kontes"]): v["consequence"] for v in verdicts if v["consequence"] in ACTION_OUTCOMES}
    got = {(a["kode_tps"], a["kontes"]): a["consequence"] for a in actions}
    if got != want:
        fail("action records %d, verdicts with a recount/re-vote consequence %d" % (len(got), len(want)))
    if len(got) != len(actions):
        fail("an action record is repeated")
    for a in actions:
        if [r["code"] for r in a["regions"]] != [a["kode_tps"][:n] for n in (2, 4, 6, 10)]:
            fail("action regions are not the prefixes of its TPS: %s" % a["kode_tps"])
    # Each contest's provinces count every validated sheet once; a level's votes add up to the level above.
    if sum(r["tps_counted"] for r in rollups if r["level"] == "province") != summary["validated"]:
        fail("the provinces' tps_counted do not add up to the sheets validated")
    width = {"province": 2, "regency": 4, "district": 6, "village": 10}
    parents = {(r["kontes"], r["level"], r["code"]): r for r in rollups}
    for lower, upper in (("regency", "province"), ("district", "regency"), ("village", "district")):
        sums = {}
        for r in rollups:
            if r["level"] != lower:
                continue
            key = (r["kontes"], upper, r["code"][:width[upper]])
            s = sums.setdefault(key, [0, 0, []])
            s[0] += r["tps_counted"]
            s[1] += r["tps_flagged"]
            s[2] = [a + b for a, b in zip(s[2] + [0] * (len(r["votes"]) - len(s[2])), r["votes"] + [0] * (len(s[2]) - len(r["votes"])))]
        for key, (counted, flagged, votes) in sums.items():
            p = parents.get(key)
            if p is None or p["tps_counted"] != counted or p["tps_flagged"] != flagged or p["votes"] != votes:
                fail("%s %s: the %s below do not add up" % (key[1], key[2], lower))
    for r in rollups:
        m = r["materiality"]
        if m["verdict"] == "cannot_change" and not (m["margin"] > 2 * m["stake_votes"] + m["missing_dpt"]):
            fail("%s %s: cannot_change without margin > 2 x stake + missing DPT" % (r["level"], r["code"]))
        if m["verdict"] == "could_change" and m["margin"] is None:
            fail("%s %s: could_change without a margin" % (r["level"], r["code"]))
    # The csv files of the same run hold the same rows.
    with tempfile.TemporaryDirectory() as d:
        apath, rpath = os.path.join(d, "actions.csv"), os.path.join(d, "rollup.csv")
        run(exe, ["--output", "jsonl", "--actions", apath, "--rollup", rpath] + inputs)
        with open(apath, encoding="utf-8", newline="") as f:
            arows = list(csv.DictReader(f))
        with open(rpath, encoding="utf-8", newline="") as f:
            rrows = list(csv.DictReader(f))
    if [(r["kode_tps"], r["kontes"], r["consequence"], r["mandatory"], r["rules"]) for r in arows] != \
            [(a["kode_tps"], a["kontes"], a["consequence"], "true" if a["mandatory"] else "false",
              " ".join(x["rule"] for x in a["reasons"])) for a in actions]:
        fail("the --actions csv differs from the action records")
    if len(rrows) != len(rollups):
        fail("the --rollup csv has %d rows, jsonl %d rollup records" % (len(rrows), len(rollups)))
    for row, r in zip(rrows, rollups):
        votes = [int(row["suara_%d" % (i + 1)]) for i in range(len(r["votes"]))]
        cells = (row["kontes"], row["level"], row["code"], int(row["tps_counted"]), int(row["tps_flagged"]), votes,
                 row["verdict"], row["margin"])
        want = (r["kontes"], r["level"], r["code"], r["tps_counted"], r["tps_flagged"], r["votes"], r["materiality"]["verdict"],
                "" if r["materiality"]["margin"] is None else str(r["materiality"]["margin"]))
        if cells != want:
            fail("--rollup csv row %s differs from its record: %s, %s" % (r["code"], cells, want))


def main():
    exe, schema_path, inputs = sys.argv[1], sys.argv[2], sys.argv[3:]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema)

    # ---- jsonl: every record valid, one header first, one summary last ----
    records = [json.loads(l) for l in run(exe, ["--output", "jsonl"] + inputs).decode("utf-8").splitlines() if l]
    for i, r in enumerate(records):
        errors = sorted(validator.iter_errors(r), key=lambda e: list(e.path))
        if errors:
            fail("record %d (%s) does not match the schema: %s" % (i + 1, r.get("type"), errors[0].message))
    types = [r["type"] for r in records]
    if types[0] != "header" or types[-1] != "summary" or types.count("header") != 1 or types.count("summary") != 1:
        fail("expected one header first and one summary last, got %s ... %s" % (types[:2], types[-2:]))
    findings = [r for r in records if r["type"] == "finding"]
    summary = records[-1]
    if len(findings) != summary["findings"] or not findings:
        fail("%d finding records, the summary says %d" % (len(findings), summary["findings"]))
    if sum(summary["by_consequence"].values()) != len(findings):
        fail("by_consequence does not add up to the findings")
    sheets = {(f["kode_tps"], f["kontes"]) for f in findings if f["kode_tps"] is not None}
    verdicts = [r for r in records if r["type"] == "verdict"]
    if {(v["kode_tps"], v["kontes"]) for v in verdicts} != sheets:
        fail("verdicts are not one per TPS and contest with findings")
    for f in findings:
        if f["message"].startswith(f["rule"]):
            fail("a message repeats its rule id: " + f["message"])
        if f["kode_tps"] and not f["kode_tps"].startswith(f["kode_desa"]):
            fail("region codes are not prefixes of kode_tps")

    # ---- csv: the same findings, the same figures, one value per cell ----
    text = run(exe, ["--output", "csv"] + inputs).decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    head, body = rows[0], rows[1:]
    if head[:len(FIXED)] != FIXED:
        fail("csv fixed columns differ: %s" % head[:len(FIXED)])
    figure_columns = head[len(FIXED):]
    if len(body) != len(findings):
        fail("%d csv rows, %d jsonl findings" % (len(body), len(findings)))
    for n, (row, f) in enumerate(zip(body, findings), start=2):
        if len(row) != len(head):
            fail("csv line %d has %d cells, the header %d" % (n, len(row), len(head)))
        cell = dict(zip(head, row))
        for k in ["kode_tps", "kode_provinsi", "kode_kabkota", "kode_kecamatan", "kode_desa", "kontes", "regime", "rule",
                  "severity", "consequence", "message", "basis", "ts"]:
            want = "" if f[k] is None else f[k]
            if cell[k] != want:
                fail("csv line %d, %s: %r, jsonl %r" % (n, k, cell[k], want))
        if cell["mandatory"] != ("true" if f["mandatory"] else "false"):
            fail("csv line %d: mandatory differs" % n)
        if cell["source_file"] != (f["source"]["file"] or "") or cell["source_line"] != str(f["source"]["line"] or ""):
            fail("csv line %d: source differs" % n)
        got = {k: int(cell[k]) for k in figure_columns if cell[k] != ""}
        want = {k: v for k, v in f["figures"].items() if k in figure_columns}
        if got != want:
            fail("csv line %d: figures %s, jsonl %s" % (n, got, f["figures"]))
    # ---- the summary csv: the jsonl summary's counts and the header's effective settings ----
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "summary.csv")
        run(exe, ["--output", "csv", "--summary", path] + inputs)
        with open(path, encoding="utf-8", newline="") as f:
            srows = list(csv.reader(f))
    if len(srows) != 2:
        fail("the summary csv has %d rows, expected a header and one row" % len(srows))
    srow = dict(zip(srows[0], srows[1]))
    for k in ["read", "validated", "rejected", "flagged", "findings"]:
        if int(srow[k]) != summary[k]:
            fail("summary csv %s = %s, jsonl %s" % (k, srow[k], summary[k]))
    settings = ";".join("%s=%s" % kv for kv in records[0]["settings"].items())
    if srow.get("settings") != settings:
        fail("summary csv settings %r, jsonl header %r" % (srow.get("settings"), settings))
    check_actions_and_rollups(exe, inputs, records, verdicts, summary)
    print("check_outputs: %d records valid, %d findings equal in jsonl and csv" % (len(records), len(findings)))

    # ---- DuckDB, when installed: the csv loads as it is, with typed figure columns ----
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "findings.csv")
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        query = ("SELECT count(*), count(suara_sah), typeof(any_value(source_line)), typeof(any_value(mandatory)) "
                 "FROM read_csv_auto('%s')" % path)
        result = None
        try:
            import duckdb  # noqa: F401
            result = duckdb.sql(query).fetchone()
        except ImportError:
            if shutil.which("duckdb"):
                out = subprocess.run(["duckdb", "-csv", "-noheader", "-c", query], stdout=subprocess.PIPE, check=True)
                result = next(csv.reader(io.StringIO(out.stdout.decode())))
        if result is None:
            print("check_outputs: DuckDB not installed, its part skipped")
            return
        count = int(result[0])
        with_sah = sum(1 for f in findings if "suara_sah" in f["figures"])
        if count != len(findings) or int(result[1]) != with_sah:
            fail("DuckDB read %s rows (%s with suara_sah), jsonl has %d (%d)" % (result[0], result[1], len(findings), with_sah))
        print("check_outputs: DuckDB read %d rows; source_line %s, mandatory %s" % (count, result[2], result[3]))


if __name__ == "__main__":
    main()
