#!/usr/bin/env python3
"""CTest example.national_generator_sirekap_forms: the generator's two Sirekap forms hold the same
records. Each NDJSON line is a JSON object whose first keys are `kode_tps` (13 digits, a string)
and `kontes`; without them it equals, key for key and in order, the folder tree's file
`hhcw/<kontes>/<PP>/<PPKK>/<PPKKCC>/<PPKKCCDDDD>/<kode_tps>.json`; the tree holds no other file;
and there are as many records as the CSV has rows.

    check_sirekap_forms.py TREE NDJSON CSV
"""
import json
import os
import sys

tree, ndjson, csv = sys.argv[1:4]
files = set()
for d, _, names in os.walk(tree):
    files.update(os.path.join(d, n) for n in names)
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
