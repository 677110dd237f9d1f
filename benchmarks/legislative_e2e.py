#!/usr/bin/env python3
"""The five contests end to end, for benchmarks/run.sh (issue 13): the national generator's
five-contest Sirekap scrape (ppwp, pdpr, pdprdp, pdprdk, pdpd per TPS, one NDJSON record a line,
synthetic dapils and candidates, planted defects with ground truth) audited by suara-audit
--output jsonl; the time (median of RUNS), records and bytes per second, the peak RSS, and the
planted defects found against the ground truth.

    legislative_e2e.py BUILD ROOT WORK TPS RUNS OUT.json

A folder tree of five records per TPS would be 4.1 million files nationally: the NDJSON form is
timed (benchmarks/sirekap_e2e.py times the three forms of the PPWP scrape).
"""
import collections
import json
import os
import statistics
import subprocess
import sys
import time

build, root, work, tps, runs, out = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
audit = os.path.join(build, "tools", "audit", "suara-audit")
generator = os.path.join(build, "tools", "generators", "national_generator")
ndjson = os.path.join(work, f"legislative-{tps}.ndjson")
truth_file = os.path.join(work, f"legislative-{tps}.truth.csv")
lists = os.path.join(work, f"legislative-{tps}-lists")

if not (os.path.exists(ndjson) and os.path.getsize(ndjson) > 0 and os.path.exists(truth_file)):
    print(f"   generating the five contests of {tps} TPS as NDJSON", flush=True)
    subprocess.run([generator, "--codes", os.path.join(root, "data", "wilayah", "tps-codes.txt.gz"), "--tps", str(tps),
                    "--contests", "all", "--sirekap-ndjson", ndjson, "--truth", truth_file, "--lists-dir", lists],
                   check=True)
size = os.path.getsize(ndjson)
findings_file = os.path.join(work, "legislative-findings.jsonl")


def run_once():
    """One suara-audit run: seconds, exit status, its own peak RSS (wait4) in KiB."""
    with open(findings_file, "wb") as f:
        t0 = time.perf_counter()
        p = subprocess.Popen([audit, "--output", "jsonl", "--quiet", ndjson], stdout=f, stderr=subprocess.DEVNULL,
                             env=dict(os.environ, SOURCE_DATE_EPOCH="0"))
        _, status, usage = os.wait4(p.pid, 0)
        t = time.perf_counter() - t0
    return t, os.waitstatus_to_exitcode(status), usage.ru_maxrss


times, rss, status = [], [], None
for i in range(runs):
    t, status, kib = run_once()
    times.append(t)
    rss.append(kib)
    print(f"   run {i + 1}/{runs}: {t:.2f} s, exit {status}, peak RSS {kib / 1024:.0f} MiB", flush=True)

# The last run's findings against the ground truth: every planted (TPS, contest, rule) found, and
# which rules fired on sheets where nothing was planted.
truth = set()
with open(truth_file) as f:
    next(f)
    for line in f:
        code, kontes, rule = line.strip().split(",")
        truth.add((code, kontes, rule))
found, summary = set(), None
with open(findings_file) as f:
    for line in f:
        r = json.loads(line)
        # record.incomplete and record.digit_slip are info, and planted as the others are
        if (r.get("type") == "finding" and r.get("kode_tps")
                and (r.get("severity") != "info" or r.get("rule") in ("record.incomplete", "record.digit_slip"))):
            found.add((r["kode_tps"], r["kontes"], r["rule"]))
        elif r.get("type") == "summary":
            summary = r
planted_sheets = {(c, k) for c, k, _ in truth}
extra = collections.Counter(rule for c, k, rule in found - truth if (c, k) not in planted_sheets)
missed = sorted(truth - found)
records = summary["read"] if summary else None
median = statistics.median(times)
result = {
    "tps": tps,
    "records": records,
    "validated": summary.get("validated") if summary else None,
    "rejected": summary.get("rejected") if summary else None,
    "bytes": size,
    "seconds": times,
    "median_seconds": median,
    "records_per_second": records / median if records else None,
    "bytes_per_second": size / median,
    "peak_rss_kib": max(rss),
    "exit_status": status,
    "planted": len(truth),
    "planted_found": len(truth) - len(missed),
    "missed_examples": [list(m) for m in missed[:10]],
    "findings_on_clean_sheets_by_rule": dict(extra),
}
json.dump(result, open(out, "w"), indent=2)
print(f"   {records} records, {size / 1e9:.2f} GB: median {median:.2f} s "
      f"({(records or 0) / median:,.0f} records/s, {size / median / 1e9:.2f} GB/s), peak RSS {max(rss) / 1024:.0f} MiB; "
      f"planted defects found {len(truth) - len(missed)}/{len(truth)}; findings on clean sheets: {dict(extra) or 'none'}")
