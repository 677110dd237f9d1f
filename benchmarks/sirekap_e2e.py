#!/usr/bin/env python3
"""Sirekap JSON end to end, for benchmarks/run.sh: each input form of the national Sirekap shape
(folder tree, NDJSON, zip, tar.gz: the same records, tools/generators/national.cpp) audited by
suara-audit beside a plain Python `json` loop (benchmarks/sirekap_python.py), in one run,
interleaved (suara, Python, next form, ...) so that a slow spell of a shared machine falls on
both; plus the instructions per byte of the reader (callgrind), which no load disturbs. Before
timing, suara-audit's jsonl of every form is checked equal to the folder tree's, record for
record, without the fields that name the input (the header, each record's `source`): the forms
are one scrape, so their findings must be one too (`findings_identical` in OUT.json).

    sirekap_e2e.py BUILD ROOT WORK TPS RUNS OUT.json
"""
import json
import os
import re
import shutil
import subprocess
import sys
import time

build, root, work, tps, runs, out = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
audit = os.path.join(build, "tools", "audit", "suara-audit")
generator = os.path.join(build, "tools", "generators", "national_generator")
bench_io = os.path.join(build, "benchmarks", "bench_io")
peer = os.path.join(root, "benchmarks", "sirekap_python.py")
tree = os.path.join(work, f"sirekap-{tps}")
ndjson = os.path.join(work, f"sirekap-{tps}.ndjson")
zip_file = os.path.join(work, f"sirekap-{tps}.zip")
tar_gz = os.path.join(work, f"sirekap-{tps}.tar.gz")
codes = os.path.join(root, "data", "wilayah", "tps-codes.txt.gz")


def present(path):
    return os.path.exists(path) and os.path.getsize(path) > 0


if not (os.path.isdir(tree) and present(ndjson) and present(zip_file)):
    print(f"   generating the national Sirekap shape ({tps} TPS): folder tree, NDJSON and zip", flush=True)
    shutil.rmtree(tree, ignore_errors=True)
    subprocess.run([generator, "--codes", codes, "--tps", str(tps), "--out", os.path.join(work, f"sirekap-{tps}.csv"),
                    "--sirekap-dir", tree, "--sirekap-ndjson", ndjson, "--sirekap-archive", zip_file], check=True)
if not present(tar_gz):
    # the same seed, so the same records (the generator writes one archive a run)
    print(f"   generating the national Sirekap shape ({tps} TPS): tar.gz", flush=True)
    subprocess.run([generator, "--codes", codes, "--tps", str(tps), "--out", os.devnull, "--sirekap-archive", tar_gz],
                   check=True)


def du(path):
    if os.path.isfile(path):
        return os.path.getsize(path)
    total = 0
    for d, _, names in os.walk(path):
        total += sum(os.path.getsize(os.path.join(d, n)) for n in names)
    return total


def run_suara(path, out_file=os.path.join(work, "sirekap-findings.jsonl")):
    with open(out_file, "wb") as f:
        t0 = time.perf_counter()
        p = subprocess.run([audit, "--output", "jsonl", "--quiet", path], stdout=f, stderr=subprocess.DEVNULL,
                           env=dict(os.environ, SOURCE_DATE_EPOCH="0"))
        t = time.perf_counter() - t0
    summary = None
    with open(out_file, "rb") as f:
        for line in f:
            last = line
        summary = json.loads(last)
    return t, p.returncode, summary


def run_python(path):
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, peer, path], capture_output=True, check=True)
    return time.perf_counter() - t0, json.loads(p.stdout)


def findings_of(jsonl):
    """suara-audit's records without the fields that name the input: the header, each `source`."""
    out = []
    with open(jsonl, "rb") as f:
        for n, line in enumerate(f):
            if n == 0:
                continue
            r = json.loads(line)
            r.pop("source", None)
            out.append(r)
    return out


forms = {"folder tree": tree, "ndjson": ndjson, "zip": zip_file, "tar.gz": tar_gz}
res = {"tps": tps, "runs": runs, "forms": {}}
for name, path in forms.items():
    res["forms"][name] = {"path": os.path.basename(path), "bytes": du(path), "suara_seconds": [], "python_seconds": []}
# The forms suara-audit reads: NDJSON only once the ingest work is in (otherwise it is one
# rejected record, which is no measurement).
base = None
for name, path in forms.items():
    jsonl = os.path.join(work, "sirekap-findings-form.jsonl")
    _, code, summary = run_suara(path, jsonl)
    f = res["forms"][name]
    f["suara_reads_it"] = code in (0, 1) and summary.get("read") == tps
    f["suara_summary"] = {k: summary.get(k) for k in ("read", "validated", "rejected", "flagged", "findings")}
    f["read_is_validated_plus_rejected"] = summary.get("read") == (summary.get("validated") or 0) + (summary.get("rejected") or 0)
    found = findings_of(jsonl) if f["suara_reads_it"] else None
    if base is None:
        base = found
    f["findings_identical"] = found is not None and found == base
    os.remove(jsonl)
for i in range(runs):
    for name, path in forms.items():
        f = res["forms"][name]
        if f["suara_reads_it"]:
            f["suara_seconds"].append(run_suara(path)[0])
        t, py = run_python(path)
        f["python_seconds"].append(t)
        f["python_summary"] = py
for f in res["forms"].values():
    for k in ("suara", "python"):
        s = sorted(f[k + "_seconds"])
        f[k + "_best"] = s[0] if s else None
        f[k + "_median"] = s[len(s) // 2] if s else None
    f["python_over_suara_median"] = (f["python_median"] / f["suara_median"]
                                     if f["suara_median"] and f["python_median"] else None)
    f["suara_bytes_per_second_best"] = f["bytes"] / f["suara_best"] if f["suara_best"] else None

# Instructions per byte of one pass of the reader over the 1,000 real records (callgrind counts
# instructions, not time: the same on a loaded machine as on an idle one).
res["instructions_per_byte"] = {}
if shutil.which("valgrind") and os.path.exists(bench_io):
    for kind in ("reader", "boost_dom"):
        cg = os.path.join(work, f"callgrind-{kind}.out")
        p = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={cg}",
                            "--toggle-collect=*sirekap_pass_once*", bench_io, "--sirekap-pass", kind],
                           capture_output=True, text=True)
        m = re.search(r"Collected : (\d+)", p.stderr)
        if p.returncode == 0 and m:
            info = json.loads(p.stdout)
            res["instructions_per_byte"][kind] = int(m.group(1)) / info["bytes"]
res["load_average_1min_at_end"] = os.getloadavg()[0]
json.dump(res, open(out, "w"), indent=1)
for name, f in res["forms"].items():
    if not f["findings_identical"] or not f["read_is_validated_plus_rejected"]:
        print(f"   WARNING: {name}: suara-audit's findings differ from the folder tree's, or read != validated + rejected")
    if f["suara_reads_it"]:
        print(f"   {name}: suara-audit {f['suara_median']:.3f} s median ({f['suara_best']:.3f} best), "
              f"Python json {f['python_median']:.3f} s: {f['python_over_suara_median']:.1f}x")
    else:
        print(f"   {name}: suara-audit does not read this form (yet); Python json {f['python_median']:.3f} s")
for kind, ipb in res["instructions_per_byte"].items():
    print(f"   instructions per byte, {kind}: {ipb:.1f}")
# The forms are one scrape: findings that differ between them are a fault, reported as one.
if not all(f["findings_identical"] and f["read_is_validated_plus_rejected"] for f in res["forms"].values()):
    sys.exit("sirekap_e2e: the input forms gave different findings (see OUT.json, findings_identical)")
