#!/usr/bin/env python3
"""CTest example.national_generator_sirekap_forms and example.national_generator_sirekap_audit:
the generator's Sirekap forms hold the same records, and suara-audit finds the same in each.

Records: each NDJSON line is a JSON object whose first keys are `kode_tps` (13 digits, a string)
and `kontes`; without them it equals, key for key and in order, the folder tree's file
`hhcw/<kontes>/<PP>/<PPKK>/<PPKKCC>/<PPKKCCDDDD>/<kode_tps>.json`; the tree holds no other file;
there are as many records as the CSV has rows; and each --archive (zip, tar, tar.gz) holds
exactly the tree's files, as members named by their path below the tree's root, byte for byte,
regular files only.

Findings (--audit SUARA_AUDIT): suara-audit's jsonl of every form equals the folder tree's record
for record, in order, once the fields that necessarily differ are left out (the header, which
names the input and its digest, and each record's `source`, which names the file, member or
line); and each run's summary says read = validated + rejected, with read = the CSV's rows.

    check_sirekap_forms.py TREE NDJSON CSV [--archive FILE]... [--audit SUARA_AUDIT]
"""
import json
import os
import subprocess
import sys
import tarfile
import zipfile

args = sys.argv[1:]
archives, audit = [], None
while "--archive" in args:
    i = args.index("--archive")
    archives.append(args[i + 1])
    del args[i:i + 2]
if "--audit" in args:
    i = args.index("--audit")
    audit = args[i + 1]
    del args[i:i + 2]
tree, ndjson, csv = args[:3]

files = set()
for d, _, names in os.walk(tree):
    files.update(os.path.join(d, n) for n in names)
all_files = sorted(files)
seen = 0
with open(ndjson, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        rec = json.loads(line)
        keys = list(rec)
        assert keys[:2] == ["kode_tps", "kontes"], f"line {n}: {keys[:2]}"
        code, kontes = rec.pop("kode_tps"), rec.pop("kontes")
        assert isinstance(code, str) and len(code) == 13 and code.isdigit(), f"line {n}: {code!r}"
        path = os.path.join(tree, "hhcw", kontes, code[:2], code[:4], code[:6], code[:10], code + ".json")
        assert path in files, f"line {n}: no file {path}"
        with open(path, encoding="utf-8") as g:
            text = g.read()
        assert "\n" not in text.strip(), path
        other = json.loads(text)
        assert list(other.items()) == list(rec.items()), f"line {n}: differs from {path}"
        files.discard(path)
        seen += 1
assert not files, f"files without an NDJSON line: {sorted(files)[:3]}"
with open(csv, encoding="utf-8") as f:
    rows = sum(1 for _ in f) - 1
assert rows == seen, f"{seen} records, {rows} CSV rows"
print(f"{seen} records: NDJSON and folder tree agree")


def members(path):
    """(name, bytes) of every member of a zip or tar(.gz), in archive order; regular files only."""
    out = []
    if path.endswith(".zip"):
        with zipfile.ZipFile(path) as z:
            for info in z.infolist():
                assert not info.is_dir(), f"{path}: directory member {info.filename}"
                out.append((info.filename, z.read(info)))
    else:
        with tarfile.open(path) as t:
            for m in t:
                assert m.isreg(), f"{path}: {m.name} is not a regular file"
                out.append((m.name, t.extractfile(m).read()))
    return out


for a in archives:
    got = members(a)
    names = [name for name, _ in got]
    want = [os.path.relpath(p, tree).replace(os.sep, "/") for p in all_files]
    assert sorted(names) == want, f"{a}: members differ from the tree ({len(names)} members, {len(want)} files)"
    for name, data in got:
        with open(os.path.join(tree, name), "rb") as g:
            assert g.read() == data, f"{a}:{name} differs from the tree's file"
    print(f"{a}: {len(got)} members, the folder tree's files byte for byte")

if audit:
    def findings(path):
        p = subprocess.run([audit, "--output", "jsonl", "--quiet", path], capture_output=True,
                           env=dict(os.environ, SOURCE_DATE_EPOCH="0"))
        assert p.returncode in (0, 1), f"suara-audit {path}: exit {p.returncode}: {p.stderr.decode()[:400]}"
        recs = [json.loads(line) for line in p.stdout.splitlines()]
        assert recs and recs[0]["type"] == "header", f"{path}: no header"
        out = []
        for r in recs[1:]:
            r.pop("source", None)  # names the file, member or line: differs by form
            out.append(r)
        s = out[-1]
        assert s["type"] == "summary", f"{path}: the last record is {s['type']}"
        assert s["read"] == s["validated"] + s["rejected"], f"{path}: read {s['read']} != validated + rejected"
        assert s["read"] == rows, f"{path}: read {s['read']}, the CSV has {rows} rows"
        return out

    base = findings(tree)
    kinds = sorted({r["type"] for r in base})
    n_findings = sum(1 for r in base if r["type"] == "finding")
    assert n_findings > 0, "the tree gives no finding: nothing compared"
    for form in [ndjson] + archives:
        other = findings(form)
        assert len(other) == len(base), f"{form}: {len(other)} records, the tree {len(base)}"
        for i, (x, y) in enumerate(zip(base, other)):
            assert x == y, f"{form}: record {i + 2} differs from the tree's:\n  {json.dumps(y)[:300]}\n  {json.dumps(x)[:300]}"
    print(f"suara-audit: {len(base)} records ({n_findings} findings; {', '.join(kinds)}) identical over "
          f"{2 + len(archives)} forms; read = validated + rejected = {base[-1]['read']}")
