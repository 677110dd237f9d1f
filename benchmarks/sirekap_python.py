#!/usr/bin/env python3
"""A plain Python `json` loop over a Sirekap scrape: the peer of suara-audit in benchmarks/run.sh.

    sirekap_python.py TREE_OR_NDJSON_OR_ARCHIVE [OUT.json]

Reads a folder tree (`.../<kode_tps>.json`, sorted, as suara-audit reads it), NDJSON (one record
a line, `kode_tps` and `kontes` fields) or a zip, tar or tar.gz of the tree's files (its `.json`
members in archive order, as suara-audit streams them), with the standard library only, and does the checks a
Sirekap record allows without a rule engine: the reader's rejections (not an object, a figure that
is not an integer, negative or above 2^31 - 1, a chart id not in the Pemilu 2024 table) and the
identities of docs/rules.md that Sirekap's fields carry (voters.sex_sum, voters.category_sum,
voters.dpt_turnout, votes.valid_sum, votes.total_sum, votes.vs_voters, tps.capacity at 300,
record.incomplete). Writes the counts per rule as JSON (to OUT.json or standard output). It
is a time peer, not a second implementation of suara's rules: suara-audit runs more rules
(digit slips, over-supply) on the same records.
"""
import json
import os
import sys
import tarfile
import zipfile

MAX_FIGURE = 2**31 - 1
CANDIDATES = {"100025": 0, "100026": 1, "100027": 2}
ADMIN = ("suara_sah", "suara_total", "pemilih_dpt_j", "pemilih_dpt_l", "pemilih_dpt_p",
         "pengguna_dpt_j", "pengguna_dpt_l", "pengguna_dpt_p", "pengguna_dptb_j", "pengguna_dptb_l",
         "pengguna_dptb_p", "suara_tidak_sah", "pengguna_total_j", "pengguna_total_l",
         "pengguna_total_p", "pengguna_non_dpt_j", "pengguna_non_dpt_l", "pengguna_non_dpt_p")


def figure(v):
    """The figure, None when missing; raises ValueError for what the reader rejects."""
    if v is None:
        return None
    if type(v) is not int or v < 0 or v > MAX_FIGURE:
        raise ValueError(v)
    return v


def check(rec, counts):
    if not isinstance(rec, dict):
        raise ValueError("not an object")
    body = rec.get("tungsura", rec) or {}
    chart = body.get("chart") or {}
    adm = body.get("administrasi") or {}
    if not isinstance(chart, dict) or not isinstance(adm, dict):
        raise ValueError("not an object")
    votes = [None, None, None]
    for k, v in chart.items():
        if k == "null":
            continue
        if k not in CANDIDATES:
            raise ValueError(k)
        votes[CANDIDATES[k]] = figure(v)
    a = {k: figure(adm.get(k)) for k in ADMIN}
    found = []
    if any(v is None for v in a.values()) or any(v is None for v in votes):
        found.append("record.incomplete")

    def eq(x, y):  # an identity is checked only when both sides are written
        return x is None or y is None or x == y

    def add(*xs):
        return None if any(x is None for x in xs) else sum(xs)

    for group in ("pemilih_dpt", "pengguna_dpt", "pengguna_dptb", "pengguna_non_dpt", "pengguna_total"):
        if not eq(a[group + "_j"], add(a[group + "_l"], a[group + "_p"])):
            found.append("voters.sex_sum")
            break
    for s in ("j", "l", "p"):
        if not eq(a["pengguna_total_" + s], add(a["pengguna_dpt_" + s], a["pengguna_dptb_" + s], a["pengguna_non_dpt_" + s])):
            found.append("voters.category_sum")
            break
    if a["pengguna_dpt_j"] is not None and a["pemilih_dpt_j"] is not None and a["pengguna_dpt_j"] > a["pemilih_dpt_j"]:
        found.append("voters.dpt_turnout")
    if not eq(a["suara_sah"], add(*votes)):
        found.append("votes.valid_sum")
    if not eq(a["suara_total"], add(a["suara_sah"], a["suara_tidak_sah"])):
        found.append("votes.total_sum")
    if not eq(a["pengguna_total_j"], add(a["suara_sah"], a["suara_tidak_sah"])):
        found.append("votes.vs_voters")
    if a["pemilih_dpt_j"] is not None and a["pemilih_dpt_j"] > 300:
        found.append("tps.capacity")
    for r in found:
        counts[r] = counts.get(r, 0) + 1
    return bool(found)


def records(path):
    if os.path.isdir(path):
        files = []
        for d, _, names in os.walk(path):
            files.extend(os.path.join(d, n) for n in names if n.endswith(".json"))
        files.sort()
        for f in files:
            with open(f, "rb") as h:
                yield f, h.read()
    elif path.endswith(".zip"):
        with zipfile.ZipFile(path) as z:
            for info in z.infolist():
                if not info.is_dir() and info.filename.endswith(".json"):
                    yield info.filename, z.read(info)
    elif path.endswith((".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz")):
        with tarfile.open(path, "r|*") as t:  # a stream, member by member, as suara-audit reads it
            for m in t:
                if m.isreg() and m.name.endswith(".json"):
                    yield m.name, t.extractfile(m).read()
    else:
        with open(path, "rb") as h:
            for n, line in enumerate(h, 1):
                if line.strip():
                    yield n, line


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    counts, read, rejected, flagged = {}, 0, 0, 0
    for _, text in records(sys.argv[1]):
        read += 1
        try:
            flagged += check(json.loads(text), counts)
        except ValueError:  # json.JSONDecodeError is a ValueError
            rejected += 1
    out = {"read": read, "rejected": rejected, "flagged": flagged, "by_rule": dict(sorted(counts.items()))}
    if len(sys.argv) == 3:
        with open(sys.argv[2], "w") as h:
            json.dump(out, h, indent=1)
    else:
        json.dump(out, sys.stdout, indent=1)
        print()


if __name__ == "__main__":
    main()
