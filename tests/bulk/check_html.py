#!/usr/bin/env python3
# suara — the HTML report of suara-audit (docs/cli.md, --output html) as a browser shows it: the
# page is opened in headless Chromium, its DOM dumped and compared with the jsonl of the same
# run (summary counts; one drill-down path province → regency/city → district → village → TPS
# with its findings), and a screenshot taken. Run on the real Sirekap sample and on the embedded
# data set. Exit 77 (CTest SKIP_RETURN_CODE) only when Chromium is absent.
# Distributed under the Boost Software License, Version 1.0.
#
# usage: check_html.py SUARA_AUDIT SCREENSHOT.png [INPUT...]   (no INPUT: the embedded data set)
import html.parser
import json
import os
import shutil
import subprocess
import sys
import tempfile

RANK = {"none": 0, "review": 1, "correction": 2, "continued": 3, "follow_up": 4, "recount": 5, "psu": 6}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def fail(msg):
    sys.exit("check_html: " + msg)


def run(exe, args):
    env = dict(os.environ, SOURCE_DATE_EPOCH="1732665600")
    r = subprocess.run([exe, "--quiet"] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    if r.returncode not in (0, 1):
        fail("suara-audit %s exited %d: %s" % (" ".join(args), r.returncode, r.stderr.decode()))
    return r.stdout


class Dom(html.parser.HTMLParser):
    """Elements with an id, each with its attributes and the ids of its <details> ancestors."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # (tag, attrs)
        self.by_id = {}
        self.articles = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            chain = [dict(x[1]) for x in self.stack if x[0] == "details"]
            self.by_id[a["id"]] = (tag, a, chain)
        if tag not in VOID:
            self.stack.append((tag, attrs))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                return


def main():
    exe, shot, inputs = sys.argv[1], sys.argv[2], sys.argv[3:]
    chromium = shutil.which("chromium") or (os.path.exists("/usr/bin/chromium") and "/usr/bin/chromium")
    if not chromium:
        print("check_html: chromium is not installed (scripts/setup.sh installs it): skipped")
        sys.exit(77)
    records = [json.loads(l) for l in run(exe, ["--output", "jsonl", "--lang", "en"] + inputs).decode("utf-8").splitlines() if l]
    summary = records[-1]
    findings = [r for r in records if r["type"] == "finding"]
    with tempfile.TemporaryDirectory() as tmp:
        page = os.path.join(tmp, "report.html")
        run(exe, ["--output", "html", "--lang", "en", "-o", page] + inputs)
        with open(page, encoding="utf-8") as f:
            source = f.read()
        # Nothing is loaded from the network: no external script, style sheet, image or frame.
        for bad in ("<link", "<img", "<iframe", " src=", "@import", "url("):
            if bad in source:
                fail("the page loads something (%r found)" % bad)
        base = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--user-data-dir=" + os.path.join(tmp, "profile"), "--window-size=1280,2400"]
        r = subprocess.run(base + ["--dump-dom", "file://" + page], stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
        if r.returncode != 0 or not r.stdout:
            fail("chromium --dump-dom exited %d: %s" % (r.returncode, r.stderr.decode()[-2000:]))
        dom = Dom()
        dom.feed(r.stdout.decode("utf-8"))
        r = subprocess.run(base + ["--screenshot=" + os.path.abspath(shot), "file://" + page],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120, cwd=tmp)
        if r.returncode != 0 or not os.path.exists(shot) or os.path.getsize(shot) < 10000:
            fail("chromium --screenshot gave no image: %s" % r.stderr.decode()[-2000:])

    def value(elem_id):
        if elem_id not in dom.by_id:
            fail("no element #%s in the DOM" % elem_id)
        return int(dom.by_id[elem_id][1]["data-value"])

    # ---- the summary equals the jsonl summary of the same run ----
    for key in ("read", "validated", "rejected", "flagged", "findings"):
        if value("sum-" + key) != summary[key]:
            fail("#sum-%s is %d, the jsonl summary says %d" % (key, value("sum-" + key), summary[key]))
    for sev, n in summary["by_severity"].items():
        if value("sev-" + sev) != n:
            fail("#sev-%s is %d, the jsonl summary says %d" % (sev, value("sev-" + sev), n))
    for cons, n in summary["by_consequence"].items():
        if value("cons-" + cons) != n:
            fail("#cons-%s is %d, the jsonl summary says %d" % (cons, value("cons-" + cons), n))
    actions = {(f["kode_tps"], f["kontes"]) for f in findings
               if f["kode_tps"] and f["consequence"] in ("continued", "follow_up", "recount", "psu")}
    if value("actions-count") != len(actions):
        fail("#actions-count is %d, the jsonl has %d TPS with a recount or re-vote" % (value("actions-count"), len(actions)))

    # ---- one drill-down path: the TPS with the strongest consequence, down from its province ----
    sheet_findings = [f for f in findings if f["kode_tps"] and f["rule"] != "recap.missing_tps"]
    if not sheet_findings:
        fail("no finding on a sheet to follow")
    top = max(sheet_findings, key=lambda f: RANK[f["consequence"]])
    tps, kontes = top["kode_tps"], top["kontes"]
    anchor = "tps-%s-%s" % (tps, kontes)
    if anchor not in dom.by_id:
        fail("no TPS card #%s" % anchor)
    tag, attrs, chain = dom.by_id[anchor]
    mine = [f for f in sheet_findings if f["kode_tps"] == tps and f["kontes"] == kontes]
    if int(attrs["data-findings"]) != len(mine):
        fail("#%s shows %s findings, the jsonl has %d" % (anchor, attrs["data-findings"], len(mine)))
    strongest = max(mine, key=lambda f: RANK[f["consequence"]])["consequence"]
    if attrs["data-consequence"] != strongest:
        fail("#%s says %s, the jsonl's strongest is %s" % (anchor, attrs["data-consequence"], strongest))
    path = [d.get("data-code") for d in chain]
    want = [str(int(top[k])) for k in ("kode_provinsi", "kode_kabkota", "kode_kecamatan", "kode_desa")]
    if path != want:
        fail("#%s sits under %s, expected %s" % (anchor, path, want))
    for d, key in zip(chain, ("kode_provinsi", "kode_kabkota", "kode_kecamatan", "kode_desa")):
        n = sum(1 for f in findings if f["kode_tps"] and f["kontes"] == kontes and f[key] == top[key])
        if int(d["data-findings"]) != n:
            fail("region %s shows %s findings, the jsonl has %d" % (d["data-code"], d["data-findings"], n))
    print("check_html: %d sheets, %d findings, path %s > %s agree with the jsonl; screenshot %s"
          % (summary["read"], summary["findings"], " > ".join(path), tps, shot))


if __name__ == "__main__":
    main()
