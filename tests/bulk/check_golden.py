#!/usr/bin/env python3
# suara — the reports of suara-audit byte for byte against the golden files in tests/bulk/golden/
# (the large ones gzipped):
# the writers (include/suara/bulk/report.hpp) are tuned for speed, and a change of their internals
# must not change one byte of what they write. Each case runs suara-audit in one output format over
# the real Sirekap sample or the embedded data set; the sample is named relatively and the build folder
# (where the region names are found) by a placeholder so that the files hold in any checkout.
# Distributed under the Boost Software License, Version 1.0.
#
# usage: check_golden.py SUARA_AUDIT SIREKAP_DIR GOLDEN_DIR [--update]
#   --update rewrites the golden files (after a deliberate change of the outputs; review the diff).
import gzip
import os
import subprocess
import sys

CASES = [  # (golden file, arguments; "SIREKAP" is the sample folder)
    ("sirekap.jsonl.gz", ["--output", "jsonl", "SIREKAP"]),
    ("sirekap.csv.gz", ["--output", "csv", "SIREKAP"]),
    ("sirekap.txt.gz", ["--output", "text", "SIREKAP"]),
    ("embedded.jsonl", ["--output", "jsonl"]),
    ("embedded.csv", ["--output", "csv"]),
    ("embedded.txt", ["--output", "text"]),
]


def run(exe, sirekap, args):
    env = dict(os.environ, SOURCE_DATE_EPOCH="1732665600", LC_ALL="C")
    # Run beside the sample and name it relatively: the reports then name "sirekap/..." in any checkout.
    args = [os.path.basename(os.path.abspath(sirekap)) if a == "SIREKAP" else a for a in args]
    r = subprocess.run([os.path.abspath(exe), "--quiet", "--threads", "2"] + args, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, env=env, cwd=os.path.dirname(os.path.abspath(sirekap)))
    if r.returncode not in (0, 1):
        sys.exit("check_golden: suara-audit %s exited %d: %s" % (" ".join(args), r.returncode, r.stderr.decode()))
    # The region names are found beside the executable, in the build folder.
    build = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(exe))))
    return r.stdout.replace(build.encode(), b"<build>")


def main():
    exe, sirekap, golden = sys.argv[1], sys.argv[2], sys.argv[3]
    update = "--update" in sys.argv[4:]
    failed = []
    for name, args in CASES:
        got = run(exe, sirekap, args)
        path = os.path.join(golden, name)
        if update:
            with open(path, "wb") as f:
                f.write(gzip.compress(got, 9, mtime=0) if name.endswith(".gz") else got)
            continue
        with open(path, "rb") as f:
            want = f.read()
        if name.endswith(".gz"):
            want = gzip.decompress(want)
        if got != want:
            at = next((i for i, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))
            line = want[:at].count(b"\n") + 1
            failed.append("%s: differs at byte %d (line %d): got %r, golden %r" %
                          (name, at, line, got[max(0, at - 40):at + 40], want[max(0, at - 40):at + 40]))
    if failed:
        sys.exit("check_golden: the output changed (a deliberate change: rerun with --update and review the diff)\n  " +
                 "\n  ".join(failed))
    print("check_golden: %d outputs byte-identical to %s" % (len(CASES), golden))


main()
