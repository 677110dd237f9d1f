// suara — the action list, the roll-ups with materiality and the checks not run, as the
// machine-readable outputs of suara-audit write them (issue 14 items 2 to 5): jsonl records
// ("type": "action", "rollup", "not_run"; docs/suara-audit.schema.json) and csv rows
// (--actions FILE, --rollup FILE; docs/cli.md), and the "not run" line of the text summary.
// Distributed under the Boost Software License, Version 1.0.
//
// The text forms of the list and the table are render_action_row (bulk/action_list.hpp) and
// render_rollup_table (bulk/rollup_table.hpp); this header only adds the other formats, so that
// each line of every format comes from the same row and the same arithmetic.
#ifndef SUARA_BULK_ACTION_RECORDS_HPP
#define SUARA_BULK_ACTION_RECORDS_HPP

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <suara/bulk/action_list.hpp>
#include <suara/bulk/provenance.hpp>
#include <suara/bulk/report.hpp>
#include <suara/bulk/rollup_table.hpp>
#include <suara/bulk/summary.hpp>
#include <suara/core/kontes.hpp>
#include <suara/core/outcome.hpp>
#include <suara/core/text.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/form/field.hpp>
#include <suara/form/rule_id.hpp>
#include <suara/incidents/describe.hpp>
#include <suara/law/regime.hpp>
#include <suara/tally/catalogue.hpp>
#include <suara/tally/rules.hpp>

namespace suara {

// ---- checks not run: fields the source never publishes (item 5) ----

/// The fields of `mask` by name, ", " between ("surat_diterima, surat_digunakan").
[[nodiscard]] inline std::string field_list_text(std::uint64_t mask) {
    std::string out;
    for (std::size_t i = 0; i < field_count; ++i) {
        if (((mask >> i) & 1U) == 0) continue;
        if (!out.empty()) out += ", ";
        out += field_names[i];
    }
    return out;
}

/// The rules of `rs` by key, ", " between.
[[nodiscard]] inline std::string rule_list_text(rule_set rs) {
    std::string out;
    for (std::size_t i = 0; i < rule_count; ++i) {
        if (!rs.contains(static_cast<rule_id>(i))) continue;
        if (!out.empty()) out += ", ";
        out += rule_keys[i];
    }
    return out;
}

namespace detail {
// The rules of `enabled` that read some of `fields`.
[[nodiscard]] inline rule_set enabled_rules_reading(std::uint64_t fields, rule_set enabled) noexcept {
    rule_set out;
    const rule_set reading = rules_reading(fields);
    for (std::size_t i = 0; i < rule_count; ++i)
        if (reading.contains(static_cast<rule_id>(i)) && enabled.contains(static_cast<rule_id>(i))) out.insert(static_cast<rule_id>(i));
    return out;
}
}  // namespace detail

/// The checks a run could not make because a source never publishes their figures, as one
/// paragraph for people ending in '\n' (Indonesian or English by `l`): the fields, who does not
/// publish them, and the rules of `enabled` that read them; "" when every input publishes every
/// field. Said once per run, instead of a record.incomplete on every sheet.
[[nodiscard]] inline std::string render_not_run(const audit_summary& s, lang l, rule_set enabled = rule_set::all()) {
    if (s.unpublished_fields == 0) return {};
    const bool id = l == lang::id;
    const std::string by = s.unpublished_by.empty() ? std::string{id ? "sumbernya" : "the source"} : std::string{s.unpublished_by};
    std::string out = id ? "Tidak dijalankan: pemeriksaan yang memerlukan " : "Not run: the checks that need ";
    out += field_list_text(s.unpublished_fields);
    out += id ? ", yang tidak diterbitkan " : ", which ";
    out += by;
    out += id ? " (" : " does not publish (";
    out += detail::grouped(s.unpublished_sheets, id ? lang::id : lang::en);
    out += id ? " lembar): " : " sheets): ";
    out += rule_list_text(detail::enabled_rules_reading(s.unpublished_fields, enabled));
    out += id ? " (seluruhnya atau sebagian); record.incomplete tidak mencantumkan angka tersebut.\n"
              : " (in whole or in part); record.incomplete does not list those figures.\n";
    return out;
}

/// The jsonl record of the checks not run ({"type": "not_run", ...}, one line with '\n'; the
/// rules as render_not_run); "" when every input publishes every field.
[[nodiscard]] inline std::string not_run_jsonl(const audit_summary& s, lang l, rule_set enabled = rule_set::all()) {
    if (s.unpublished_fields == 0) return {};
    std::string o = "{\"type\": \"not_run\", \"source\": ";
    detail::append_json_string(o, s.unpublished_by);
    o += ", \"sheets\": ";
    detail::append_number(o, s.unpublished_sheets);
    o += ", \"fields\": [";
    bool first = true;
    for (std::size_t i = 0; i < field_count; ++i) {
        if (((s.unpublished_fields >> i) & 1U) == 0) continue;
        if (!first) o += ", ";
        first = false;
        detail::append_json_string(o, field_names[i]);
    }
    o += "], \"rules\": [";
    first = true;
    const rule_set rs = detail::enabled_rules_reading(s.unpublished_fields, enabled);
    for (std::size_t i = 0; i < rule_count; ++i) {
        if (!rs.contains(static_cast<rule_id>(i))) continue;
        if (!first) o += ", ";
        first = false;
        detail::append_json_string(o, rule_keys[i]);
    }
    o += "], \"message\": ";
    std::string text = render_not_run(s, l, enabled);
    text.pop_back();
    detail::append_json_string(o, text);
    o += "}\n";
    return o;
}

// ---- the action list (item 2) ----

namespace detail {
inline constexpr std::array<region_level, 4> named_levels{region_level::province, region_level::regency, region_level::district,
                                                          region_level::village};
[[nodiscard]] inline std::string_view name_in(const region_names* names, std::uint64_t code) {
    if (names == nullptr) return {};
    auto it = names->find(code);
    return it == names->end() ? std::string_view{} : std::string_view{it->second};
}
inline void json_name(std::string& o, std::string_view name) {
    if (name.empty()) o += "null";
    else append_json_string(o, name);
}
}  // namespace detail

/// The columns of the action list csv (--actions FILE), one row per TPS and contest.
inline constexpr std::array<std::string_view, 17> action_csv_columns{
    "kode_tps",   "kode_provinsi", "nama_provinsi", "kode_kabkota", "nama_kabkota", "kode_kecamatan",
    "nama_kecamatan", "kode_desa",  "nama_desa",     "kontes",       "regime",       "consequence",
    "mandatory",  "rules",         "reasons",       "deadline",     "deadline_basis"};

namespace detail {
// The reasons of a row for people: "votes.vs_voters: penghitungan ulang (dapat); dasar hukum: ..."
// joined by " | ".
template <regime R>
[[nodiscard]] std::string action_reasons_text(const action_row& row, lang l) {
    const bool id = l == lang::id;
    std::string out;
    for (const verdict_reason& r : row.v) {
        if (!out.empty()) out += " | ";
        out += r.key;
        out += ": ";
        out += name_of(r.result).in(l);
        out += r.mandatory ? (id ? " (wajib)" : " (must)") : (id ? " (dapat)" : " (may)");
        if (const auto rule = rule_from_string(r.key)) {
            out += id ? "; dasar hukum: " : "; basis: ";
            out += basis_text(describe<R>(*rule).basis);
        } else {
            out += id ? "; aturan pengguna" : "; user rule";
        }
    }
    return out;
}
}  // namespace detail

/// One csv row of the action list (action_csv_columns; with '\n'): the regions with their names
/// (empty when unknown), the consequence, must/may, the rule keys (' ' between), the reasons with
/// their basis, and the deadline of the consequence's path under R with its basis (empty where
/// the regime states none).
template <regime R>
[[nodiscard]] std::string action_csv_row(const action_row& row, const region_names* names, lang l) {
    std::string o = to_string(row.tps);
    for (auto level : detail::named_levels) {
        o += ',';
        o += region_code_string(row.tps.region(level), static_cast<int>(level));
        o += ',';
        detail::append_csv_cell(o, detail::name_in(names, row.tps.region(level)));
    }
    o += ',';
    o += to_string(row.contest);
    o += ',';
    o += R::name;
    o += ',';
    o += to_string(row.v.result);
    o += row.v.mandatory ? ",true," : ",false,";
    std::string keys;
    for (const verdict_reason& r : row.v) (keys.empty() ? keys : keys += ' ') += r.key;
    detail::append_csv_cell(o, keys);
    o += ',';
    detail::append_csv_cell(o, detail::action_reasons_text<R>(row, l));
    o += ',';
    if (const auto path = decision_path_of<R>(row.v.result)) {
        detail::append_csv_cell(o, describe(path->deadline.value, R::voting_day.value, l));
        o += ',';
        detail::append_csv_cell(o, basis_text(path->deadline.basis));
    } else {
        o += ',';
    }
    o += '\n';
    return o;
}

/// The jsonl record of one action row ({"type": "action", ...}, one line with '\n'): the TPS and
/// its regions with names (null when unknown), the contest and regime, the consequence, must/may,
/// each reason with its own consequence, must/may and basis, and the deadline ({"text", "basis"},
/// null where the regime states none).
template <regime R>
[[nodiscard]] std::string action_jsonl(const action_row& row, const region_names* names, lang l) {
    std::string o = "{\"type\": \"action\", \"kode_tps\": ";
    detail::append_json_string(o, to_string(row.tps));
    o += ", \"regions\": [";
    bool first = true;
    for (auto level : detail::named_levels) {
        if (!first) o += ", ";
        first = false;
        o += "{\"level\": ";
        detail::append_json_string(o, region_level_name(static_cast<int>(level)));
        o += ", \"code\": ";
        detail::append_json_string(o, region_code_string(row.tps.region(level), static_cast<int>(level)));
        o += ", \"name\": ";
        detail::json_name(o, detail::name_in(names, row.tps.region(level)));
        o += '}';
    }
    o += "], \"kontes\": ";
    detail::append_json_string(o, to_string(row.contest));
    o += ", \"regime\": ";
    detail::append_json_string(o, R::name);
    o += ", \"consequence\": ";
    detail::append_json_string(o, to_string(row.v.result));
    o += row.v.mandatory ? ", \"mandatory\": true" : ", \"mandatory\": false";
    o += ", \"reasons\": [";
    first = true;
    for (const verdict_reason& r : row.v) {
        if (!first) o += ", ";
        first = false;
        o += "{\"rule\": ";
        detail::append_json_string(o, r.key);
        o += ", \"consequence\": ";
        detail::append_json_string(o, to_string(r.result));
        o += r.mandatory ? ", \"mandatory\": true" : ", \"mandatory\": false";
        o += ", \"basis\": ";
        if (const auto rule = rule_from_string(r.key)) detail::append_json_string(o, basis_text(describe<R>(*rule).basis));
        else o += "null";
        o += '}';
    }
    o += "], \"deadline\": ";
    if (const auto path = decision_path_of<R>(row.v.result)) {
        o += "{\"text\": ";
        detail::append_json_string(o, describe(path->deadline.value, R::voting_day.value, l));
        o += ", \"basis\": ";
        detail::append_json_string(o, basis_text(path->deadline.basis));
        o += '}';
    } else {
        o += "null";
    }
    o += "}\n";
    return o;
}

// ---- roll-ups and materiality (items 3 and 4) ----

/// The most candidate columns of any total (the width of the roll-up csv's vote columns).
[[nodiscard]] inline std::size_t rollup_candidate_columns(std::span<const region_total> totals) noexcept {
    std::size_t n = 0;
    for (const auto& t : totals) n = std::max(n, t.candidates);
    return n;
}

/// The header row of the roll-up csv (--rollup FILE) for `candidates` vote columns (with '\n'):
/// kontes, level, code, name, TPS counted / expected / missing / flagged, the votes at stake and
/// the DPT of the missing TPS, suara_1..suara_N with the TPS missing each, then the materiality
/// (first and second by ballot number, margin, verdict and its arithmetic).
[[nodiscard]] inline std::string rollup_csv_header(std::size_t candidates) {
    std::string o = "kontes,level,code,name,tps_counted,tps_expected,tps_missing,tps_flagged,stake_tps,stake_votes,"
                    "stake_tps_without_suara_sah,missing_dpt,missing_tps_without_dpt";
    for (std::size_t c = 0; c < candidates; ++c) {
        o += ",suara_";
        o += std::to_string(c + 1);
    }
    for (std::size_t c = 0; c < candidates; ++c) {
        o += ",tps_without_suara_";
        o += std::to_string(c + 1);
    }
    o += ",first,second,margin,verdict,arithmetic\n";
    return o;
}

/// One roll-up csv row (rollup_csv_header's columns for `candidates`; with '\n'). An unknown
/// figure (expected without --regions, a margin over a missing vote) is an empty cell.
[[nodiscard]] inline std::string rollup_csv_row(const region_total& t, std::size_t candidates, const region_names* names, lang l) {
    const materiality m = assess_materiality(t);
    std::string o{to_string(t.contest)};
    auto num = [&](std::uint64_t v) {
        o += ',';
        detail::append_number(o, v);
    };
    auto opt = [&](const std::optional<std::uint64_t>& v) {
        o += ',';
        if (v) detail::append_number(o, *v);
    };
    o += ',';
    o += region_level_name(static_cast<int>(t.level));
    o += ',';
    o += region_code_string(t.code, static_cast<int>(t.level));
    o += ',';
    detail::append_csv_cell(o, detail::name_in(names, t.code));
    num(t.counted);
    opt(t.expected);
    opt(t.expected ? std::optional<std::uint64_t>{t.missing} : std::nullopt);
    num(t.flagged);
    num(t.stake_tps);
    num(t.stake_votes);
    num(t.stake_missing);
    opt(t.expected ? std::optional<std::uint64_t>{t.missing_dpt} : std::nullopt);
    opt(t.expected ? std::optional<std::uint64_t>{t.missing_dpt_unknown} : std::nullopt);
    for (std::size_t c = 0; c < candidates; ++c) {
        o += ',';
        if (c < t.candidates) detail::append_number(o, t.votes[c]);
    }
    for (std::size_t c = 0; c < candidates; ++c) {
        o += ',';
        if (c < t.candidates) detail::append_number(o, t.votes_missing[c]);
    }
    opt(m.first ? std::optional<std::uint64_t>{*m.first + 1} : std::nullopt);
    opt(m.second ? std::optional<std::uint64_t>{*m.second + 1} : std::nullopt);
    opt(m.margin);
    o += ',';
    o += to_string(m.verdict);
    o += ',';
    detail::append_csv_cell(o, explain_materiality(m, l));
    o += '\n';
    return o;
}

/// The jsonl record of one region total ({"type": "rollup", ...}, one line with '\n'): level,
/// code and name, TPS counted / expected / missing / flagged, votes per candidate (ballot order)
/// with the TPS missing each, what is at stake, and the materiality with its arithmetic.
[[nodiscard]] inline std::string rollup_jsonl(const region_total& t, const region_names* names, lang l) {
    const materiality m = assess_materiality(t);
    std::string o = "{\"type\": \"rollup\", \"kontes\": ";
    auto opt = [&](const std::optional<std::uint64_t>& v) {
        if (v) detail::append_number(o, *v);
        else o += "null";
    };
    detail::append_json_string(o, to_string(t.contest));
    o += ", \"level\": ";
    detail::append_json_string(o, region_level_name(static_cast<int>(t.level)));
    o += ", \"code\": ";
    detail::append_json_string(o, region_code_string(t.code, static_cast<int>(t.level)));
    o += ", \"name\": ";
    detail::json_name(o, detail::name_in(names, t.code));
    o += ", \"tps_counted\": ";
    detail::append_number(o, t.counted);
    o += ", \"tps_expected\": ";
    opt(t.expected);
    o += ", \"tps_missing\": ";
    opt(t.expected ? std::optional<std::uint64_t>{t.missing} : std::nullopt);
    o += ", \"tps_flagged\": ";
    detail::append_number(o, t.flagged);
    o += ", \"votes\": [";
    for (std::size_t c = 0; c < t.candidates; ++c) {
        if (c != 0) o += ", ";
        detail::append_number(o, t.votes[c]);
    }
    o += "], \"tps_without_votes\": [";
    for (std::size_t c = 0; c < t.candidates; ++c) {
        if (c != 0) o += ", ";
        detail::append_number(o, t.votes_missing[c]);
    }
    o += "], \"stake_tps\": ";
    detail::append_number(o, t.stake_tps);
    o += ", \"materiality\": {\"first\": ";
    opt(m.first ? std::optional<std::uint64_t>{*m.first + 1} : std::nullopt);
    o += ", \"second\": ";
    opt(m.second ? std::optional<std::uint64_t>{*m.second + 1} : std::nullopt);
    o += ", \"margin\": ";
    opt(m.margin);
    o += ", \"stake_votes\": ";
    opt(m.stake_votes);
    o += ", \"missing_dpt\": ";
    opt(m.missing_dpt);
    o += ", \"verdict\": ";
    detail::append_json_string(o, to_string(m.verdict));
    o += ", \"text\": ";
    detail::append_json_string(o, explain_materiality(m, l));
    o += "}}\n";
    return o;
}

}  // namespace suara

#endif  // SUARA_BULK_ACTION_RECORDS_HPP
