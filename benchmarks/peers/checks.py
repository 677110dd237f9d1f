# suara benchmarks — the checks the peers run, in one place: which rule families of suara the
# DuckDB and pandas programs implement, each as identities over the columns of the C.Hasil CSV
# (docs/rules.md, include/suara/tally/sheet_rules.hpp). An identity fires when all its figures are
# present and the sides differ (or, for "at_most", the left side exceeds the right); an empty cell
# is missing, never zero, as in suara.
# Distributed under the Boost Software License, Version 1.0.
SEX_ROWS = ["pemilih_dpt", "pemilih_dptb", "pemilih_dpk", "pengguna_dpt", "pengguna_dptb", "pengguna_dpk",
            "pengguna_total", "pemilih_disabilitas", "pengguna_disabilitas"]


def rules(header):
    """[(rule, [(relation, left columns, right columns)])] for a CSV with this header."""
    votes = [c for c in header if c.startswith("suara_") and c[6:].isdigit()]
    return [
        ("voters.sex_sum", [("equal", [r + "_j"], [r + "_l", r + "_p"]) for r in SEX_ROWS]),
        ("voters.category_sum", [("equal", ["pengguna_total_" + s], ["pengguna_dpt_" + s, "pengguna_dptb_" + s, "pengguna_dpk_" + s])
                                 for s in "lpj"]),
        ("voters.dpt_turnout", [("at_most", ["pengguna_dpt_" + s], ["pemilih_dpt_" + s]) for s in "lpj"]),
        ("ballots.balance", [("equal", ["surat_diterima"], ["surat_digunakan", "surat_dikembalikan", "surat_tidak_digunakan"])]),
        ("ballots.used_vs_voters", [("equal", ["surat_digunakan"], ["pengguna_total_j"])]),
        ("votes.valid_sum", [("equal", ["suara_sah"], votes)]),
        ("votes.total_sum", [("equal", ["suara_total"], ["suara_sah", "suara_tidak_sah"])]),
    ]


def sql(csv_path, header, out_path):
    """One DuckDB statement: read the CSV, evaluate every identity, write (kode_tps, rule) rows."""
    def cond(rel, left, right):
        l, r = " + ".join(left), " + ".join(right)
        return f"({l}) > ({r})" if rel == "at_most" else f"({l}) <> ({r})"
    parts = []
    for rule, ids in rules(header):
        where = " OR ".join(cond(*i) for i in ids)
        parts.append(f"SELECT kode_tps, '{rule}' AS rule FROM s WHERE {where}")
    path = csv_path.replace("'", "''")
    return (f"COPY (WITH s AS (SELECT * FROM read_csv('{path}', header = true, types = {{'kode_tps': 'VARCHAR'}})) "
            + " UNION ALL ".join(parts) + f") TO '{out_path}' (HEADER, DELIMITER ',')")
