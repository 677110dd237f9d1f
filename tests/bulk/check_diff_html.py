#!/usr/bin/env python3
# suara — `suara-audit diff OLD NEW --output html` (docs/cli.md) as a browser shows it: the real
# Sirekap sample against a copy with planted changes (votes moved with and without breaking a
# rule, a planted defect corrected, TPS vanished, appeared and unreadable), the page opened in
# headless Chromium, its DOM dumped and compared with the jsonl of the same diff: the counts,
# every TPS with its figures old → new, ts before/after and the rules fixed and broke, every
# candidate's net votes and sign-test p-value, every region's row, the caveat in both languages;
# and a screenshot. Exit 77 (CTest SKIP_RETURN_CODE) only when Chromium is absent.
# Distributed under the Boost Software License, Version 1.0.
#
# usage: check_diff_html.py SUARA_AUDIT SCREENSHOT.png SIREKAP_DIR
import html.parser
import json
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile

IDS = {"100025": "suara_1", "100026": "suara_2", "100027": "suara_3"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def fail(msg):
    sys.exit("check_diff_html: " + msg)


class Dom(html.parser.HTMLParser):
    """Elements with an id (tag, attributes, text); per TPS article its figure rows, its rules
    by list class, and the text of its ts spans."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # (tag, attrs)
        self.by_id, self.text_of = {}, {}
        self.articles = {}
        self.open_ids = []  # (id, depth) whose text is being gathered
        self.lang = None

    def _article(self):
        for tag, a in reversed(self.stack):
            if tag == "article":
                return self.articles[a["id"]]
        return None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if "id" in a:
            self.by_id[a["id"]] = (tag, a)
            self.text_of[a["id"]] = ""
            self.open_ids.append((a["id"], len(self.stack)))
        art = self._article()
        if tag == "article":
            self.articles[a["id"]] = {"attrs": a, "figures": [], "rules": {}, "ts": {}}
        elif art is not None and tag == "tr" and "data-figure" in a:
            art["figures"].append(a)
        elif art is not None and tag == "li" and "data-rule" in a:
            ul = next(x for t, x in reversed(self.stack) if t == "ul")
            art["rules"].setdefault(ul["class"], []).append(a["data-rule"])
        elif art is not None and tag == "span" and a.get("class") in ("ts-before", "ts-after"):
            art["ts"][a["class"]] = ""
            self.ts_span = (art, a["class"], len(self.stack))
        if tag not in VOID:
            self.stack.append((tag, a))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        self.open_ids = [(i, d) for i, d in self.open_ids if d < len(self.stack)]
        if getattr(self, "ts_span", None) and self.ts_span[2] >= len(self.stack):
            self.ts_span = None

    def handle_data(self, data):
        for i, _ in self.open_ids:
            self.text_of[i] += data
        if getattr(self, "ts_span", None):
            art, cls, _ = self.ts_span
            art["ts"][cls] += data


def plant(sample, tmp):
    # named as scrapes are (the day of each), since the page shows the names
    old, new = os.path.join(tmp, "scrape-0216"), os.path.join(tmp, "scrape-0301")
    shutil.copytree(sample, old)
    shutil.copytree(sample, new)
    rel = sorted(os.path.relpath(os.path.join(d, n), new) for d, _, ns in os.walk(new) for n in ns if n.endswith(".json"))
    def has_votes(p):
        with open(os.path.join(new, p), encoding="utf-8") as h:
            return any(isinstance(v, int) for k, v in (json.load(h).get("chart") or {}).items() if k in IDS)

    rng = random.Random(163)
    voted = [p for p in rel if has_votes(p)]
    picked = rng.sample(voted, 30)  # to change
    picked += rng.sample(sorted(set(rel) - set(picked)), 13)  # to vanish, appear, break
    plan = {"changed": set(), "vanished": set(), "appeared": set(), "broken": set(), "fixed": set()}

    def edit(root, path, f):
        full = os.path.join(root, path)
        with open(full, encoding="utf-8") as h:
            rec = json.load(h)
        if not f(rec):
            return False
        with open(full, "w", encoding="utf-8") as h:
            json.dump(rec, h)
        return True

    def stamp(rec):
        rec["ts"] = "2024-03-01 12:00:00"
        return True

    def move(d, restamp=True):
        def f(rec):
            chart = rec.get("chart") or {}
            keys = [k for k in IDS if isinstance(chart.get(k), int) and chart[k] + d >= 0]
            if not keys:
                return False
            chart[sorted(keys)[0] if d > 0 else sorted(keys)[-1]] += d
            return stamp(rec) if restamp else True
        return f

    # 20: one pair's votes moved in the new scrape (the valid-vote sum breaks where it held)
    for p in picked[:20]:
        if edit(new, p, move(rng.choice([-4, -1, 3, 6, 9]))):
            plan["changed"].add(p)
    # 10: a defect planted in the old scrape, the new one corrected (votes.valid_sum fixed)
    for p in picked[20:30]:
        if edit(old, p, move(rng.choice([5, 11]), restamp=False)) and edit(new, p, stamp):
            plan["changed"].add(p)
            plan["fixed"].add(p)
    for p in picked[30:36]:  # 6 vanish
        os.remove(os.path.join(new, p))
        plan["vanished"].add(p)
    for p in picked[36:40]:  # 4 appear
        os.remove(os.path.join(old, p))
        plan["appeared"].add(p)
    for p in picked[40:43]:  # 3 unreadable in the new scrape
        with open(os.path.join(new, p), "w", encoding="utf-8") as h:
            h.write('{"chart": ')
        plan["broken"].add(p)
    code = lambda p: os.path.basename(p)[:-5]
    return old, new, {k: {code(p) for p in v} for k, v in plan.items()}


def main():
    exe, shot, sample = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3]
    chromium = shutil.which("chromium") or (os.path.exists("/usr/bin/chromium") and "/usr/bin/chromium")
    if not chromium:
        print("check_diff_html: chromium is not installed (scripts/setup.sh installs it): skipped")
        sys.exit(77)
    tmp = tempfile.mkdtemp(prefix="suara-check-diff-html-")
    try:
        old, new, plan = plant(sample, tmp)
        env = dict(os.environ, SOURCE_DATE_EPOCH="1732665600")

        def run(*args):
            r = subprocess.run([exe, "diff", *args, os.path.basename(old), os.path.basename(new)], capture_output=True, env=env,
                               cwd=tmp)
            if r.returncode != 1:
                fail("suara-audit diff %s exited %d: %s" % (" ".join(args), r.returncode, r.stderr.decode()[-1500:]))
            return r.stdout.decode("utf-8")

        records = [json.loads(line) for line in run("--output", "jsonl", "--lang", "en").splitlines()]
        tps = [r for r in records if r["type"] == "diff_tps"]
        cands = [r for r in records if r["type"] == "diff_candidate"]
        regions = [r for r in records if r["type"] == "diff_region"]
        summary = records[-1]
        # the plan as the jsonl sees it, so that the page is checked against a right diff
        got = lambda c: {r["kode_tps"] for r in tps if r["change"] == c}
        if got("changed") != plan["changed"] or got("appeared") != plan["appeared"] or got("vanished") != plan["vanished"] | plan["broken"]:
            fail("the jsonl diff does not find the planted changes")
        # some real records lack a figure of the identity (it cannot fire there): not all of them
        if not any("votes.valid_sum" in r["fixed"] for r in tps if r["kode_tps"] in plan["fixed"]) or not summary["tps_broke"]:
            fail("no planted defect corrected is reported fixed, or no change broke a rule")

        doms = {}
        for lang in ("en", "id"):
            page = os.path.join(tmp, "diff-%s.html" % lang)
            run("--output", "html", "--lang", lang, "-o", page)
            with open(page, encoding="utf-8") as f:
                source = f.read()
            for bad in ("<link", "<img", "<iframe", " src=", "@import", "url("):
                if bad in source:
                    fail("the page loads something (%r found)" % bad)
            base = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    "--user-data-dir=" + os.path.join(tmp, "profile"), "--window-size=1280,2000"]
            r = subprocess.run(base + ["--dump-dom", "file://" + page], capture_output=True, timeout=120)
            if r.returncode != 0 or not r.stdout:
                fail("chromium --dump-dom exited %d: %s" % (r.returncode, r.stderr.decode()[-2000:]))
            dom = Dom()
            dom.feed(r.stdout.decode("utf-8"))
            doms[lang] = dom
            if lang == "en":
                r = subprocess.run(base + ["--screenshot=" + os.path.abspath(shot), "file://" + page],
                                   capture_output=True, timeout=120, cwd=tmp)
                if r.returncode != 0 or not os.path.exists(shot) or os.path.getsize(shot) < 10000:
                    fail("chromium --screenshot gave no image: %s" % r.stderr.decode()[-2000:])

        for lang, dom in doms.items():
            if dom.lang != lang:
                fail("<html lang=%r>, asked for %s" % (dom.lang, lang))

            def attr(elem_id, name):
                if elem_id not in dom.by_id:
                    fail("[%s] no element #%s" % (lang, elem_id))
                return dom.by_id[elem_id][1][name]

            for key, elem in (("tps_before", "before"), ("tps_after", "after"), ("changed", "changed"),
                              ("appeared", "appeared"), ("vanished", "vanished"), ("unchanged", "unchanged"),
                              ("restamped", "restamped"), ("rejected_before", "rejected-before"),
                              ("rejected_after", "rejected-after"), ("duplicates_before", "duplicates-before"),
                              ("duplicates_after", "duplicates-after"), ("tps_fixed", "tps-fixed"), ("tps_broke", "tps-broke")):
                if int(attr("diff-" + elem, "data-value")) != summary[key]:
                    fail("[%s] #diff-%s is %s, the jsonl says %d" % (lang, elem, attr("diff-" + elem, "data-value"), summary[key]))
            for rule in set(summary["fixed"]) | set(summary["broke"]):
                for k in ("fixed", "broke"):
                    if int(attr("rule-" + rule, "data-" + k)) != summary[k].get(rule, 0):
                        fail("[%s] #rule-%s %s differs from the jsonl" % (lang, rule, k))
            for c in cands:
                e = "cand-%s-%s" % (c["kontes"], c["figure"])
                if int(attr(e, "data-net")) != c["net"] or int(attr(e, "data-increased")) != c["increased_tps"] \
                        or int(attr(e, "data-decreased")) != c["decreased_tps"]:
                    fail("[%s] #%s differs from the jsonl %s" % (lang, e, c))
                p = attr(e, "data-p")
                if (c["p_value"] is None) != (p == "") or (p and not math.isclose(float(p), c["p_value"], rel_tol=1e-5)):
                    fail("[%s] #%s p = %r, the jsonl says %r" % (lang, e, p, c["p_value"]))
            for r in regions:
                e = "reg-%s-%s-%s" % (r["kontes"], r["tingkat"], r["kode_wilayah"])
                for k in ("changed", "appeared", "vanished"):
                    if int(attr(e, "data-" + k)) != r[k + "_tps"]:
                        fail("[%s] #%s %s differs from the jsonl" % (lang, e, k))
                for col, v in r["net"].items():
                    if int(attr(e, "data-net-" + col)) != v:
                        fail("[%s] #%s net %s differs from the jsonl" % (lang, e, col))
            for cid, key in (("caveat-id", "caveat_id"), ("caveat-en", "caveat_en")):
                if dom.text_of.get(cid, "").strip() != summary[key]:
                    fail("[%s] #%s does not hold the caveat %r" % (lang, cid, summary[key]))
            if len(dom.articles) != len(tps):
                fail("[%s] %d TPS articles, the jsonl has %d TPS" % (lang, len(dom.articles), len(tps)))
            for t in tps:
                e = "d-%s-%s" % (t["kode_tps"], t["kontes"])
                art = dom.articles.get(e)
                if art is None:
                    fail("[%s] no article #%s" % (lang, e))
                if art["attrs"]["data-change"] != t["change"]:
                    fail("[%s] #%s says %s, the jsonl %s" % (lang, e, art["attrs"]["data-change"], t["change"]))
                if art["attrs"]["data-other-side-rejected"] != ("true" if t["other_side_rejected"] else "false"):
                    fail("[%s] #%s: other side rejected differs" % (lang, e))
                figs = [(a["data-figure"], a["data-before"], a["data-after"]) for a in art["figures"]]
                want = [(f["figure"], "" if f["before"] is None else str(f["before"]), "" if f["after"] is None else str(f["after"]))
                        for f in t["figures"]]
                if figs != want:
                    fail("[%s] #%s figures %s, the jsonl %s" % (lang, e, figs[:3], want[:3]))
                for k in ("fixed", "broke"):
                    if art["rules"].get(k, []) != t[k]:
                        fail("[%s] #%s %s %s, the jsonl %s" % (lang, e, k, art["rules"].get(k), t[k]))
                for cls, key in (("ts-before", "ts_before"), ("ts-after", "ts_after")):
                    if art["ts"].get(cls, "").strip() != (t[key] or "—"):
                        fail("[%s] #%s %s %r, the jsonl %r" % (lang, e, cls, art["ts"].get(cls), t[key]))
        print("check_diff_html: %d TPS (%d changed, %d appeared, %d vanished), %d candidate and %d region rows, "
              "the caveat in both languages: the page (en, id) agrees with the jsonl; screenshot %s"
              % (len(tps), summary["changed"], summary["appeared"], summary["vanished"], len(cands), len(regions), shot))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
