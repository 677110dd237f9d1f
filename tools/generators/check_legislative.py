#!/usr/bin/env python3
"""CTest example.national_generator_legislative_check: `national --contests all` writes what it
says (docs/formats.md, docs/sources.md#legislative-sheets), read independently of the C++ library.

    check_legislative.py TREE NDJSON TRUTH [LISTS]   (LISTS: the --lists-dir, default TREE;
                                                      TREE "-": no folder tree to compare)

- shapes: each NDJSON line starts with `kode_tps`, `kontes`; ppwp and pdpd records have a
  per-candidate `chart`, pdpr/pdprdp/pdprdk a per-party `chart` of {jml_suara_total,
  jml_suara_partai}, a `caleg` per party per candidate id, and `kode_dapil`; every record has
  the 18 `administrasi` keys, `images`, `psu`, `ts`, `status_suara`, `status_adm`; the folder
  tree holds the same records, one file each, and nothing else under hhcw/;
- every TPS has the five contests; candidate ids and counts are those of the dapil's list in
  caleg/partai/<kode_dapil>.json (caleg/dpd/<PP>.json), at most the dapil's seats
  (dapil.csv), parties 1..18 as partai.json;
- on every sheet the truth does not name, every identity holds (per party total = party-only +
  Σ candidates; Σ totals = suara_sah; sah + tidak_sah = suara_total = pengguna_total_j; each
  total row = DPT + DPTb + DPK voters; L + P = J; DPT voters <= DPT), and across one TPS: the
  same DPT, DPT voters and DPK voters on every sheet, DPTb of DPR/DPRD <= DPD <= PPWP;
- every planted defect is there: the identity its rule checks fails on that sheet.
"""
import csv
import json
import os
import sys

tree, ndjson, truth_path = sys.argv[1:4]
lists = sys.argv[4] if len(sys.argv) > 4 else tree
CONTESTS = ["ppwp", "pdpr", "pdprdp", "pdprdk", "pdpd"]
PARTY = {"pdpr", "pdprdp", "pdprdk"}
ADMIN = ["suara_sah", "suara_total", "pemilih_dpt_j", "pemilih_dpt_l", "pemilih_dpt_p", "pengguna_dpt_j",
         "pengguna_dpt_l", "pengguna_dpt_p", "pengguna_dptb_j", "pengguna_dptb_l", "pengguna_dptb_p",
         "suara_tidak_sah", "pengguna_total_j", "pengguna_total_l", "pengguna_total_p", "pengguna_non_dpt_j",
         "pengguna_non_dpt_l", "pengguna_non_dpt_p"]
TAIL = ["images", "administrasi", "psu", "ts", "status_suara", "status_adm"]
RULES = {"votes.party_sum", "votes.valid_sum", "record.digit_slip", "record.incomplete",
         "tps.dpt_across_contests", "tps.voters_across_contests"}

with open(os.path.join(lists, "partai.json"), encoding="utf-8") as f:
    partai = json.load(f)
assert list(partai) == [str(p) for p in range(1, 19)], list(partai)
for p, v in partai.items():
    assert v == {"nama": f"Partai {p}", "nomor_urut": int(p)}, v
seats = {}
with open(os.path.join(lists, "dapil.csv"), encoding="utf-8") as f:
    for row in csv.DictReader(f):
        seats[(row["kontes"], row["kode_dapil"])] = int(row["kursi"])
candidate_lists = {}


def candidate_list(kontes, dapil):
    key = (kontes, dapil)
    if key not in candidate_lists:
        sub = os.path.join("caleg", "partai", dapil + ".json") if kontes in PARTY else \
            os.path.join("caleg", "dpd", dapil + ".json")
        with open(os.path.join(lists, sub), encoding="utf-8") as f:
            candidate_lists[key] = json.load(f)
        c = candidate_lists[key]
        people = [v for party in c.values() for v in party.values()] if kontes in PARTY else list(c.values())
        for v in people:
            assert list(v) == ["nama", "nomor_urut", "jenis_kelamin", "tempat_tinggal"], v
            assert v["jenis_kelamin"] in ("L", "P") and isinstance(v["nama"], str) and v["nama"], v
    return candidate_lists[key]


truth = {}
with open(truth_path, encoding="utf-8") as f:
    for row in csv.DictReader(f):
        assert row["kontes"] in CONTESTS and row["rule"] in RULES, row
        truth.setdefault((row["kode_tps"], row["kontes"]), set()).add(row["rule"])
tps_with = {}
for (code, kontes), rules in truth.items():
    for r in rules:
        tps_with.setdefault(code, set()).add(r)

files = set()
for d, _, names in os.walk(os.path.join(tree, "hhcw")) if tree != "-" else ():
    files.update(os.path.join(d, n) for n in names)

by_tps = {}
order = []
with open(ndjson, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        rec = json.loads(line)
        keys = list(rec)
        assert keys[:2] == ["kode_tps", "kontes"], f"line {n}: {keys[:2]}"
        code, kontes = rec.pop("kode_tps"), rec.pop("kontes")
        assert isinstance(code, str) and len(code) == 13 and code.isdigit(), f"line {n}: {code!r}"
        assert kontes in CONTESTS, f"line {n}: {kontes}"
        if tree != "-":
            path = os.path.join(tree, "hhcw", kontes, code[:2], code[:4], code[:6], code[:10], code + ".json")
            assert path in files, f"line {n}: no file {path}"
            with open(path, encoding="utf-8") as g:
                assert list(json.load(g).items()) == list(rec.items()), f"line {n}: differs from {path}"
            files.discard(path)
        want = ["chart", "caleg"] + TAIL[:2] + ["kode_dapil"] + TAIL[2:] if kontes in PARTY else ["chart"] + TAIL
        assert list(rec) == want, f"line {n}: keys {list(rec)}"
        assert list(rec["administrasi"]) == ADMIN, f"line {n}"
        assert all(v is None or (isinstance(v, int) and v >= 0) for v in rec["administrasi"].values()), f"line {n}"
        assert len(rec["images"]) == 3 and rec["psu"] is None, f"line {n}"
        if code not in by_tps:
            by_tps[code] = {}
            order.append(code)
        assert kontes not in by_tps[code], f"line {n}: {kontes} twice at {code}"
        by_tps[code][kontes] = (n, rec)
assert not files, f"files without an NDJSON line: {sorted(files)[:3]}"
assert order == sorted(order), "TPS out of order"


def party_sums(rec):
    """per party: (total, party-only + Σ candidates or None when a figure is null)"""
    out = {}
    for p, c in rec["chart"].items():
        cands = rec["caleg"][p].values()
        s = None if c["jml_suara_partai"] is None or any(v is None for v in cands) else \
            c["jml_suara_partai"] + sum(cands)
        out[p] = (c["jml_suara_total"], s)
    return out


checked = planted = 0
for code in order:
    sheets = by_tps[code]
    assert list(sheets) == CONTESTS, f"{code}: contests {list(sheets)}"
    a = {k: sheets[k][1]["administrasi"] for k in CONTESTS}
    for kontes in CONTESTS:
        n, rec = sheets[kontes]
        ad = a[kontes]
        rules = truth.get((code, kontes), set())
        where = f"line {n} ({code} {kontes})"
        # ---- shape and candidate list ----
        if kontes in PARTY:
            dapil = rec["kode_dapil"]
            lst = candidate_list(kontes, dapil)
            assert list(rec["chart"]) == list(partai) == list(rec["caleg"]), where
            for p, c in rec["chart"].items():
                assert list(c) == ["jml_suara_total", "jml_suara_partai"], where
                assert list(rec["caleg"][p]) == list(lst[p]), f"{where}: party {p} ids"
                assert 1 <= len(lst[p]) <= seats[(kontes, dapil)], f"{where}: party {p}"
                assert [v["nomor_urut"] for v in lst[p].values()] == list(range(1, len(lst[p]) + 1)), where
        elif kontes == "pdpd":
            lst = candidate_list("pdpd", code[:2])
            assert list(rec["chart"]) == list(lst) and 10 <= len(lst) <= 50, where
        # ---- identities of the sheet ----
        votes_known = True
        if kontes in PARTY:
            sums = party_sums(rec)
            party_ok = all(s is None or t == s for t, s in sums.values())
            votes_known = all(s is not None for t, s in sums.values())
            valid_ok = sum(t for t, _ in sums.values()) == ad["suara_sah"]
            slip = any(s is not None and t != s and any(
                v >= 10 and t == s - v + v // 10 for v in rec["caleg"][p].values()) for p, (t, s) in sums.items())
        else:
            cv = [v for k, v in rec["chart"].items() if k != "null"]
            votes_known = all(v is not None for v in cv)
            party_ok, slip = True, False
            valid_ok = sum(cv) == ad["suara_sah"]
        admin_ok = all(v is not None for v in ad.values()) and \
            ad["suara_sah"] + ad["suara_tidak_sah"] == ad["suara_total"] == ad["pengguna_total_j"] and \
            all(ad[f"pengguna_total_{x}"] == ad[f"pengguna_dpt_{x}"] + ad[f"pengguna_dptb_{x}"] + ad[f"pengguna_non_dpt_{x}"]
                for x in "jlp") and \
            all(ad[f"{row}_l"] + ad[f"{row}_p"] == ad[f"{row}_j"]
                for row in ("pemilih_dpt", "pengguna_dpt", "pengguna_dptb", "pengguna_non_dpt", "pengguna_total")) and \
            all(ad[f"pengguna_dpt_{x}"] <= ad[f"pemilih_dpt_{x}"] for x in "jlp")
        dpt_same = all(ad[f] == a["ppwp"][f] for f in ("pemilih_dpt_l", "pemilih_dpt_p", "pemilih_dpt_j"))
        voters_same = all(ad[f] == a["ppwp"][f] for f in ("pengguna_dpt_j", "pengguna_non_dpt_j"))
        dptb = ad["pengguna_dptb_j"]
        dptb_ok = dptb <= a["ppwp"]["pengguna_dptb_j"] and (kontes not in PARTY or dptb <= a["pdpd"]["pengguna_dptb_j"])
        if not rules:
            checked += 1
            assert votes_known and party_ok and valid_ok and admin_ok and voters_same and dptb_ok, where
            assert dpt_same, where
            continue
        planted += 1
        if "votes.party_sum" in rules:
            assert not party_ok, f"{where}: no party total off"
        if "record.digit_slip" in rules:
            assert slip, f"{where}: no candidate figure that one deleted digit mends"
        if "votes.valid_sum" in rules:
            assert party_ok and not valid_ok, f"{where}: Σ party totals = suara_sah"
        if "record.incomplete" in rules:
            assert not votes_known, f"{where}: no null candidate"
        if "tps.dpt_across_contests" in rules:
            assert not dpt_same, f"{where}: DPT as on the PPWP sheet"
        if "tps.voters_across_contests" in rules:
            assert kontes == "pdpr" and not dptb_ok and admin_ok and party_ok and valid_ok, f"{where}: DPTb"
assert set(c for c, _ in truth) <= set(order), "truth names a TPS without records"
assert planted == len(truth), f"{planted} planted sheets, {len(truth)} in the truth"
kinds = {r for rules in truth.values() for r in rules}
assert kinds == RULES, f"defect kinds present: {sorted(kinds)}"
print(f"{len(order)} TPS x 5 contests: {checked} sheets hold every identity, {planted} carry their planted defect")
