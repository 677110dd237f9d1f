// suara — checking a legislative results sheet (DPR, DPRD Provinsi, DPRD Kab/Kota, DPD) and the
// sheets of one TPS against each other (docs/rules.md section A).
// Distributed under the Boost Software License, Version 1.0.
//
//     check_legislative<pemilu_2024>(dpr_sheet, [](const finding& f) { ... });
//     check_tps_contests<pemilu_2024>(std::array{ppwp, dpr.admin, dpd.admin, ...}, sink);
//
// check_legislative, exactly:
//  - the administration section and Σ party totals = suara_sah are the rules of the results
//    sheet (check_sheet) run on `legislative_sheet_view`, which shows the party totals (DPR,
//    DPRD) or the DPD candidates as the sheet's vote columns: votes.valid_sum is "Σ party totals
//    = suara_sah", and every other rule of the sheet reads the administration as on any sheet;
//    no rule is copied here. Their findings name a party total `partai_N.total` (N the party's
//    number), not the column `suara_i`;
//  - votes.party_sum, per party in ballot order: total = party-only votes + Σ its candidates'
//    votes, evaluated only when all of them are written; a finding carries `partai_N.total`,
//    `partai_N.jumlah` (party-only + candidates), `partai_N.partai` and as many
//    `partai_N.caleg_C` (C the nomor urut) as fit in a finding;
//  - record.incomplete: one finding per sheet; beside the missing fields it names, as figures,
//    the party and candidate figures an enabled rule could not read (at most max_finding_values;
//    their value is `missing_figure`, "not written", never a count);
//  - record.digit_slip: one finding per sheet; beside the slips of the sheet's identities (a
//    party total's slip kept only when it also mends or leaves holding votes.party_sum), a
//    failing votes.party_sum that one figure with one decimal digit deleted mends: the total
//    when it is the larger side (and Σ party totals = suara_sah, where evaluable, then holds),
//    else the first of party-only, candidate 1, 2, ... that can drop the difference
//    (suara/tally/digit_slip.hpp's digit deletion);
//  - findings come in this order: the sheet rules other than record.* and the incident
//    grounds, votes.party_sum, record.incomplete, record.digit_slip, the incident grounds.
// A DPD sheet has no party: it is checked as a results sheet with its candidates as columns
// (findings name the first 24 candidates suara_1 ... suara_24; a digit slip is searched among
// them only).
//
// check_tps_contests takes the sheets of one TPS (any sheet_like: a `sheet`, a legislative
// sheet's `admin`, a batch row), each contest at most once, and reports per sheet:
//  - tps.dpt_across_contests: pemilih_dpt_l, _p or _j differs from the reference, the PPWP
//    sheet (Pilkada: the governor's) where it has the figure, else the value most sheets have
//    (the first such sheet in the order given on a tie);
//  - tps.voters_across_contests: pengguna_dpt_j or pengguna_dpk_j differs from the reference
//    (every DPT and DPK voter holds every ballot of the TPS); pengguna_dptb_j above the moved
//    voters of a contest whose ballot every moved voter of this one also holds (PPWP over all;
//    DPD over DPR and DPRD; the governor over the regent or mayor); and, where a row is missing
//    on either sheet, pengguna_total_j above the reference's or below it minus its moved voters.
// Each finding carries the sheet's figure and the reference's, named `<kontes>.<field>`
// (`ppwp.pengguna_dpt_j`). A comparison with a missing figure is not made (missing is never
// zero; check_sheet's record.incomplete names the field on its own sheet).
#ifndef SUARA_TALLY_LEGISLATIVE_RULES_HPP
#define SUARA_TALLY_LEGISLATIVE_RULES_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <ranges>
#include <stdexcept>
#include <string_view>

#include <suara/core/kontes.hpp>
#include <suara/core/outcome.hpp>
#include <suara/form/ballot_number.hpp>
#include <suara/form/field.hpp>
#include <suara/form/finding.hpp>
#include <suara/form/legislative_sheet.hpp>
#include <suara/form/rule_id.hpp>
#include <suara/form/sheet.hpp>
#include <suara/form/sheet_like.hpp>
#include <suara/law/regime.hpp>
#include <suara/tally/catalogue.hpp>
#include <suara/tally/digit_slip.hpp>
#include <suara/tally/legislative_rule_table.hpp>
#include <suara/tally/rules.hpp>

namespace suara {

namespace detail {
/// Fixed-width names in static storage (the figure keys of legislative findings).
template <std::size_t N, std::size_t W>
struct name_table {
    std::array<std::array<char, W>, N> bytes{};
    std::array<std::uint8_t, N> sizes{};
    constexpr void put(std::size_t i, std::initializer_list<std::string_view> parts) {
        std::size_t n = 0;
        for (std::string_view p : parts)
            for (char c : p) {
                if (n >= W) throw "suara: a figure key does not fit its table";
                bytes[i][n++] = c;
            }
        sizes[i] = static_cast<std::uint8_t>(n);
    }
    [[nodiscard]] constexpr std::string_view operator[](std::size_t i) const noexcept { return {bytes[i].data(), sizes[i]}; }
};
/// "1" ... "99" (enough for party and candidate numbers).
struct small_number {
    std::array<char, 2> d{};
    std::size_t n = 0;
    constexpr explicit small_number(std::size_t v) noexcept {
        if (v >= 10) d[n++] = static_cast<char>('0' + v / 10);
        d[n++] = static_cast<char>('0' + v % 10);
    }
    [[nodiscard]] constexpr std::string_view view() const noexcept { return {d.data(), n}; }
};
/// Per party: total, party-only, jumlah, then its candidates.
inline constexpr std::size_t names_per_party = 3 + max_party_candidates;
inline constexpr auto party_keys = [] {
    name_table<max_ballot_parties * names_per_party, 20> t;
    for (std::size_t p = 0; p < max_ballot_parties; ++p) {
        const small_number n{p + 1};
        t.put(p * names_per_party + 0, {"partai_", n.view(), ".total"});
        t.put(p * names_per_party + 1, {"partai_", n.view(), ".partai"});
        t.put(p * names_per_party + 2, {"partai_", n.view(), ".jumlah"});
        for (std::size_t c = 0; c < max_party_candidates; ++c)
            t.put(p * names_per_party + 3 + c, {"partai_", n.view(), ".caleg_", small_number{c + 1}.view()});
    }
    return t;
}();
/// The figures the cross-contest rules compare.
inline constexpr std::array<field, 7> compared_fields{field::pemilih_dpt_l,   field::pemilih_dpt_p,   field::pemilih_dpt_j,
                                                      field::pengguna_dpt_j,  field::pengguna_dptb_j, field::pengguna_dpk_j,
                                                      field::pengguna_total_j};
inline constexpr auto contest_keys = [] {
    name_table<kontes_count * compared_fields.size(), 32> t;
    for (std::size_t k = 0; k < kontes_count; ++k)
        for (std::size_t f = 0; f < compared_fields.size(); ++f)
            t.put(k * compared_fields.size() + f, {to_string(static_cast<kontes>(k)), ".", field_names[index(compared_fields[f])]});
    return t;
}();
constexpr std::size_t party_key_at(party_number p, std::size_t which) noexcept {
    return (static_cast<std::size_t>(p.value()) - 1) * names_per_party + which;
}
constexpr bool is_party_key_number(party_number p) noexcept { return p.value() >= 1 && p.value() <= max_ballot_parties; }
}  // namespace detail

/// "partai_3.total": the key of party 3's total in findings; "" for a number outside 1..24.
[[nodiscard]] constexpr std::string_view party_total_key(party_number p) noexcept {
    return detail::is_party_key_number(p) ? detail::party_keys[detail::party_key_at(p, 0)] : std::string_view{};
}
/// "partai_3.partai": the key of party 3's party-only votes; "" outside 1..24.
[[nodiscard]] constexpr std::string_view party_votes_key(party_number p) noexcept {
    return detail::is_party_key_number(p) ? detail::party_keys[detail::party_key_at(p, 1)] : std::string_view{};
}
/// "partai_3.jumlah": the key of party 3's party-only votes + its candidates' votes (derived); "" outside 1..24.
[[nodiscard]] constexpr std::string_view party_sum_key(party_number p) noexcept {
    return detail::is_party_key_number(p) ? detail::party_keys[detail::party_key_at(p, 2)] : std::string_view{};
}
/// "partai_3.caleg_2": the key of the votes of party 3's candidate with nomor urut 2; "" outside
/// 1..24 or 1..12.
[[nodiscard]] constexpr std::string_view candidate_key(party_number p, candidate_number c) noexcept {
    if (!detail::is_party_key_number(p) || c.value() == 0 || c.value() > max_party_candidates) return {};
    return detail::party_keys[detail::party_key_at(p, 2U + c.value())];
}
/// "ppwp.pemilih_dpt_j": the key of another sheet's figure in a cross-contest finding; "" for a
/// field the cross-contest rules do not compare.
[[nodiscard]] constexpr std::string_view contest_figure_key(kontes k, field f) noexcept {
    for (std::size_t i = 0; i < detail::compared_fields.size(); ++i)
        if (detail::compared_fields[i] == f) return detail::contest_keys[static_cast<std::size_t>(k) * detail::compared_fields.size() + i];
    return {};
}

/// A legislative sheet as the rules of the results sheet read it: its administration section,
/// and as vote columns the party totals (DPR, DPRD) or the DPD candidates; no blank column.
template <legislative_like L>
struct legislative_sheet_view {
    const L& s;  ///< The sheet or row viewed.
    /// The stored figure of an administration field; `sheet_like`.
    [[nodiscard]] constexpr std::uint32_t figure(field f) const noexcept { return s.figure(f); }
    /// Parties (DPR, DPRD) or DPD candidates; `sheet_like`.
    [[nodiscard]] constexpr std::size_t candidate_count() const noexcept {
        return is_party_contest(s.kontes_code()) ? s.party_count() : s.candidate_count();
    }
    /// Party i's total (DPR, DPRD) or DPD candidate i's votes; `sheet_like`.
    [[nodiscard]] constexpr std::uint32_t candidate_figure(std::size_t i) const noexcept {
        return is_party_contest(s.kontes_code()) ? s.party_total(i) : s.candidate_figure(i);
    }
    /// No blank column; `sheet_like`.
    [[nodiscard]] constexpr bool has_blank() const noexcept { return false; }
    /// No blank column; `sheet_like`.
    [[nodiscard]] constexpr std::uint32_t blank_figure() const noexcept { return missing_figure; }
    /// The TPS code; `sheet_like`.
    [[nodiscard]] constexpr tps_code code() const noexcept { return s.code(); }
    /// The contest; `sheet_like`.
    [[nodiscard]] constexpr kontes kontes_code() const noexcept { return s.kontes_code(); }
};

namespace detail {

template <class R>
constexpr finding start_legislative_finding(tps_code tps, kontes k, rule_id id) {
    const rule_info info = describe<R>(id);
    finding f;
    f.tps = tps;
    f.contest = k;
    f.rule = id;
    f.level = info.level;
    f.result = info.result;
    return f;
}

/// One party's votes.party_sum, evaluated.
struct party_sum_value {
    std::uint64_t total = 0;
    std::uint64_t sum = 0;
    bool known = false;
    [[nodiscard]] constexpr bool fails() const noexcept { return known && total != sum; }
};

template <legislative_like L>
constexpr party_sum_value party_sum_of(const L& s, std::size_t p) noexcept {
    party_sum_value v;
    const std::uint32_t total = s.party_total(p), own = s.party_figure(p);
    v.known = total != missing_figure && own != missing_figure;
    v.total = total;
    v.sum = own;
    for (std::size_t c = 0; c < s.party_candidate_count(p); ++c) {
        const std::uint32_t x = s.party_candidate_figure(p, c);
        v.known &= x != missing_figure;
        v.sum += x;
    }
    return v;
}

/// Names (figure keys) kept once each, at most max_finding_values.
struct key_list {
    std::array<std::string_view, max_finding_values> keys{};
    std::size_t count = 0;
    constexpr void add(std::string_view k) noexcept {
        for (std::size_t i = 0; i < count; ++i)
            if (keys[i] == k) return;
        if (count < keys.size()) keys[count++] = k;
    }
};

/// The party key for a column name of the view ("suara_2" -> "partai_<number of column 1>.total").
template <legislative_like L>
constexpr std::string_view party_name_for(const L& s, std::string_view name) noexcept {
    for (std::size_t i = 0; i < s.party_count() && i < candidate_column_names.size(); ++i)
        if (candidate_column_names[i] == name) return party_total_key(s.party_at(i));
    return name;
}

/// The column index of a view name "suara_i", or party_count() when it is none.
template <legislative_like L>
constexpr std::size_t party_column_of(const L& s, std::string_view name) noexcept {
    for (std::size_t i = 0; i < s.party_count() && i < candidate_column_names.size(); ++i)
        if (candidate_column_names[i] == name) return i;
    return s.party_count();
}

}  // namespace detail

/// Checks a legislative sheet or batch row under regime R (see the top of this header) and
/// calls `sink(const finding&)` for each finding.
template <regime R, legislative_like L, finding_sink Sink>
constexpr void check_legislative(const L& s, Sink&& sink, rule_set enabled = rule_set::all()) {
    const legislative_sheet_view<L> view{s};
    if (!is_party_contest(s.kontes_code())) {
        check_sheet<R>(view, sink, enabled);
        return;
    }
    const kontes k = s.kontes_code();
    const std::size_t parties = s.party_count();

    // ---- votes.party_sum ----
    const bool party_on = enabled.contains(rule_id::votes_party_sum);
    std::array<detail::party_sum_value, max_ballot_parties> sums{};
    finding_list<max_ballot_parties> party_findings;
    detail::key_list missing;
    for (std::size_t p = 0; p < parties; ++p) {
        sums[p] = detail::party_sum_of(s, p);
        if (!party_on) continue;
        const party_number n = s.party_at(p);
        if (!sums[p].known) {
            if (s.party_total(p) == missing_figure) missing.add(party_total_key(n));
            if (s.party_figure(p) == missing_figure) missing.add(party_votes_key(n));
            for (std::size_t c = 0; c < s.party_candidate_count(p); ++c)
                if (s.party_candidate_figure(p, c) == missing_figure)
                    missing.add(candidate_key(n, candidate_number{static_cast<std::uint8_t>(c + 1)}));
        } else if (sums[p].fails()) {
            finding f = detail::start_legislative_finding<R>(s.code(), k, rule_id::votes_party_sum);
            f.add(party_total_key(n), sums[p].total).add(party_sum_key(n), sums[p].sum).add(party_votes_key(n), s.party_figure(p));
            for (std::size_t c = 0; c < s.party_candidate_count(p); ++c)
                f.add(candidate_key(n, candidate_number{static_cast<std::uint8_t>(c + 1)}), s.party_candidate_figure(p, c));
            party_findings(f);
        }
    }

    // ---- the rules of the results sheet, on the view ----
    finding_list<64> sheet_findings;
    check_sheet<R>(view, sheet_findings, enabled);

    // ---- record.digit_slip of votes.party_sum ----
    digit_slips own;
    std::array<std::string_view, max_digit_slips> own_names{};  // the figure of each own slip
    if (enabled.contains(rule_id::record_digit_slip)) {
        std::uint64_t all_totals = 0;
        bool totals_known = parties > 0;
        for (std::size_t p = 0; p < parties; ++p) {
            totals_known &= s.party_total(p) != missing_figure;
            all_totals += s.party_total(p);
        }
        const std::uint32_t sah = s.figure(field::suara_sah);
        const bool valid_sum_evaluable = totals_known && sah != missing_figure;
        auto keep = [&](std::string_view name, std::uint32_t read, std::uint64_t likely) {
            own_names[own.count] = name;
            own.slips[own.count++] = {no_slot, read, static_cast<std::uint32_t>(likely)};
        };
        for (std::size_t p = 0; p < parties && own.count < max_digit_slips; ++p) {
            if (!sums[p].fails()) continue;
            const party_number n = s.party_at(p);
            if (sums[p].total > sums[p].sum) {  // the total is the larger side: it alone can drop a digit
                const auto read = static_cast<std::uint32_t>(sums[p].total);
                const std::uint64_t likely = sums[p].sum;
                if (read >= 10 && detail::is_digit_deletion(read, likely) &&
                    (!valid_sum_evaluable || all_totals - read + likely == sah))
                    keep(party_total_key(n), read, likely);
                continue;
            }
            const std::uint64_t excess = sums[p].sum - sums[p].total;
            auto mends = [&](std::uint32_t read) {
                return read != missing_figure && read >= 10 && read >= excess && detail::is_digit_deletion(read, read - excess);
            };
            if (mends(s.party_figure(p))) {
                keep(party_votes_key(n), s.party_figure(p), s.party_figure(p) - excess);
                continue;
            }
            for (std::size_t c = 0; c < s.party_candidate_count(p); ++c) {
                const std::uint32_t read = s.party_candidate_figure(p, c);
                if (!mends(read)) continue;
                keep(candidate_key(n, candidate_number{static_cast<std::uint8_t>(c + 1)}), read, read - excess);
                break;
            }
        }
    }

    // ---- emit, in order ----
    auto renamed = [&](finding f) {
        for (std::size_t i = 0; i < f.value_count; ++i) f.values[i].name = detail::party_name_for(s, f.values[i].name);
        return f;
    };
    auto late = [](rule_id r) { return r == rule_id::record_incomplete || r == rule_id::record_digit_slip || is_incident_ground(r); };
    for (const finding& f : sheet_findings)
        if (!f.user_key.empty() || !late(f.rule)) {
            const finding g = renamed(f);
            sink(g);
        }
    for (const finding& f : party_findings) sink(f);

    const finding* sheet_incomplete = sheet_findings.first(rule_id::record_incomplete);
    if (enabled.contains(rule_id::record_incomplete) && (sheet_incomplete || missing.count > 0)) {
        finding f = sheet_incomplete ? *sheet_incomplete
                                     : detail::start_legislative_finding<R>(s.code(), k, rule_id::record_incomplete);
        detail::key_list names;
        if (f.missing_candidates)  // a sheet rule could not read a party total
            for (std::size_t p = 0; p < parties; ++p)
                if (s.party_total(p) == missing_figure) names.add(party_total_key(s.party_at(p)));
        for (std::size_t i = 0; i < missing.count; ++i) names.add(missing.keys[i]);
        f.missing_candidates |= missing.count > 0;
        f.value_count = 0;
        for (std::size_t i = 0; i < names.count; ++i) f.add(names.keys[i], missing_figure);
        sink(std::as_const(f));
    }

    const finding* sheet_slip = sheet_findings.first(rule_id::record_digit_slip);
    if (sheet_slip || own.count > 0) {
        finding f = sheet_slip ? *sheet_slip : detail::start_legislative_finding<R>(s.code(), k, rule_id::record_digit_slip);
        f.value_count = 0;
        if (sheet_slip) {
            for (std::size_t i = 0; i + 1 < sheet_slip->value_count; i += 2) {
                const figure_value read = sheet_slip->values[i], likely = sheet_slip->values[i + 1];
                const std::size_t col = detail::party_column_of(s, read.name);
                // a party total's slip must not break a votes.party_sum that holds
                if (col < parties && sums[col].known && sums[col].sum != likely.value) continue;
                f.add(detail::party_name_for(s, read.name), read.value).add(likely.name, likely.value);
            }
        }
        for (std::size_t i = 0; i < own.count; ++i) {
            bool dup = false;
            for (std::size_t j = 0; j < f.value_count; ++j) dup |= f.values[j].name == own_names[i];
            if (!dup && !own_names[i].empty()) f.add(own_names[i], own.slips[i].read).add(likely_value_name, own.slips[i].likely);
        }
        if (f.value_count > 0) sink(std::as_const(f));
    }
    for (const finding& f : sheet_findings)
        if (f.user_key.empty() && is_incident_ground(f.rule)) sink(f);
}

/// Which rules fire on a legislative sheet or row: exactly the rules of the findings
/// check_legislative reports.
template <regime R, legislative_like L>
[[nodiscard]] constexpr rule_set fired_legislative_rules(const L& s, rule_set enabled = rule_set::all()) {
    rule_set out;
    check_legislative<R>(s, [&](const finding& f) { out.insert(f.rule); }, enabled);
    return out;
}

/// All findings of a legislative sheet, collected (at most 64; `dropped` counts the rest).
template <regime R, legislative_like L>
[[nodiscard]] constexpr finding_list<64> legislative_findings_of(const L& s, rule_set enabled = rule_set::all()) {
    finding_list<64> out;
    check_legislative<R>(s, out, enabled);
    return out;
}

namespace detail {
/// The contests whose ballot every moved voter of contest `k` also holds (reference: moved
/// voters receive the presidential ballot always, DPD within the province, a DPR or DPRD ballot
/// only within its dapil, which lies within the province; Pilkada: the governor's within the
/// province, the regent's or mayor's within the regency).
constexpr kontes_set wider_contests(kontes k) noexcept {
    switch (k) {
    case kontes::ppwp: return {};
    case kontes::pdpd: return {kontes::ppwp};
    case kontes::pdpr:
    case kontes::pdprdp:
    case kontes::pdprdk: return {kontes::ppwp, kontes::pdpd};
    case kontes::pkwkp: return {};
    case kontes::pkwkk: return {kontes::pkwkp};
    }
    return {};
}

/// The reference of a compared figure: the reference sheet's value where written, else the value
/// most sheets have (the first such sheet on a tie). `at` is the sheet it was taken from.
struct reference_value {
    std::uint32_t value = missing_figure;
    std::size_t at = 0;
};
template <class Sheets>
constexpr reference_value reference_of(const Sheets& sheets, std::size_t ref_sheet, field f) noexcept {
    const std::size_t n = static_cast<std::size_t>(std::ranges::size(sheets));
    if (ref_sheet < n && sheets[ref_sheet].figure(f) != missing_figure) return {sheets[ref_sheet].figure(f), ref_sheet};
    reference_value best;
    std::size_t best_count = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t v = sheets[i].figure(f);
        if (v == missing_figure) continue;
        std::size_t count = 0;
        for (std::size_t j = 0; j < n; ++j) count += sheets[j].figure(f) == v ? 1U : 0U;
        if (count > best_count) {
            best = {v, i};
            best_count = count;
        }
    }
    return best;
}
}  // namespace detail

/// Checks the sheets of one TPS against each other under regime R (see the top of this
/// header) and calls `sink(const finding&)` for each finding: tps.dpt_across_contests for every
/// sheet that deviates, then tps.voters_across_contests. Throws std::invalid_argument when the
/// sheets are of different TPS, of both elections, or hold one contest twice.
template <regime R, std::ranges::random_access_range Sheets, finding_sink Sink>
    requires sheet_like<std::ranges::range_value_t<Sheets>>
constexpr void check_tps_contests(const Sheets& sheets, Sink&& sink, rule_set enabled = rule_set::all()) {
    const std::size_t n = static_cast<std::size_t>(std::ranges::size(sheets));
    if (n < 2) return;
    kontes_set seen;
    const bool pemilu = is_pemilu(sheets[0].kontes_code());
    for (std::size_t i = 0; i < n; ++i) {
        const auto& s = sheets[i];
        if (s.code() != sheets[0].code())
            throw std::invalid_argument("suara::check_tps_contests: sheets of different TPS (" + to_string(sheets[0].code()) +
                                        ", " + to_string(s.code()) + ")");
        if (is_pemilu(s.kontes_code()) != pemilu)
            throw std::invalid_argument("suara::check_tps_contests: sheets of two elections at TPS " + to_string(s.code()));
        if (seen.contains(s.kontes_code()))
            throw std::invalid_argument("suara::check_tps_contests: contest " + std::string{to_string(s.kontes_code())} +
                                        " twice at TPS " + to_string(s.code()));
        seen.insert(s.kontes_code());
    }
    const kontes widest = pemilu ? kontes::ppwp : kontes::pkwkp;
    std::size_t ref = n;
    for (std::size_t i = 0; i < n; ++i)
        if (sheets[i].kontes_code() == widest) ref = i;

    auto start = [&](std::size_t i, rule_id id) {
        return detail::start_legislative_finding<R>(sheets[i].code(), sheets[i].kontes_code(), id);
    };
    auto deviates = [&](finding& f, std::size_t i, field fl, const detail::reference_value& r) {
        const std::uint32_t v = sheets[i].figure(fl);
        if (v == missing_figure || r.value == missing_figure || v == r.value) return false;
        f.add(field_names[index(fl)], v).add(contest_figure_key(sheets[r.at].kontes_code(), fl), r.value);
        return true;
    };

    if (enabled.contains(rule_id::tps_dpt_across_contests)) {
        constexpr std::array<field, 3> dpt{field::pemilih_dpt_l, field::pemilih_dpt_p, field::pemilih_dpt_j};
        std::array<detail::reference_value, 3> refs{};
        for (std::size_t j = 0; j < dpt.size(); ++j) refs[j] = detail::reference_of(sheets, ref, dpt[j]);
        for (std::size_t i = 0; i < n; ++i) {
            finding f = start(i, rule_id::tps_dpt_across_contests);
            bool any = false;
            for (std::size_t j = 0; j < dpt.size(); ++j) any |= deviates(f, i, dpt[j], refs[j]);
            if (any) sink(std::as_const(f));
        }
    }
    if (enabled.contains(rule_id::tps_voters_across_contests)) {
        const detail::reference_value ref_dpt = detail::reference_of(sheets, ref, field::pengguna_dpt_j);
        const detail::reference_value ref_dpk = detail::reference_of(sheets, ref, field::pengguna_dpk_j);
        for (std::size_t i = 0; i < n; ++i) {
            const auto& s = sheets[i];
            finding f = start(i, rule_id::tps_voters_across_contests);
            bool any = deviates(f, i, field::pengguna_dpt_j, ref_dpt);
            any |= deviates(f, i, field::pengguna_dpk_j, ref_dpk);
            const std::uint32_t dptb = s.figure(field::pengguna_dptb_j);
            for (std::size_t w = 0; w < n; ++w) {
                if (!detail::wider_contests(s.kontes_code()).contains(sheets[w].kontes_code())) continue;
                const std::uint32_t wider = sheets[w].figure(field::pengguna_dptb_j);
                if (dptb == missing_figure || wider == missing_figure || dptb <= wider) continue;
                f.add("pengguna_dptb_j", dptb).add(contest_figure_key(sheets[w].kontes_code(), field::pengguna_dptb_j), wider);
                any = true;
            }
            if (ref < n && i != ref) {
                const auto& r = sheets[ref];
                bool rows_read = true;
                for (field fl : {field::pengguna_dpt_j, field::pengguna_dptb_j, field::pengguna_dpk_j})
                    rows_read &= s.figure(fl) != missing_figure && r.figure(fl) != missing_figure;
                const std::uint32_t total = s.figure(field::pengguna_total_j), rt = r.figure(field::pengguna_total_j);
                const std::uint32_t rb = r.figure(field::pengguna_dptb_j);
                if (!rows_read && total != missing_figure && rt != missing_figure &&
                    (total > rt || (rb != missing_figure && std::uint64_t{total} + rb < rt))) {
                    f.add("pengguna_total_j", total).add(contest_figure_key(r.kontes_code(), field::pengguna_total_j), rt);
                    if (rb != missing_figure) f.add(contest_figure_key(r.kontes_code(), field::pengguna_dptb_j), rb);
                    any = true;
                }
            }
            if (any) sink(std::as_const(f));
        }
    }
}

}  // namespace suara

#endif  // SUARA_TALLY_LEGISLATIVE_RULES_HPP
