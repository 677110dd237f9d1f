// RapidCheck generators of results sheets for suara's property tests.
//  - consistent_counts<R>() and consistent_sheet<R>(): the counts of a TPS, and its sheet (the one
//    builder of tools/synthetic): a complete sheet that satisfies every identity of docs/rules.md §A
//    under regime R (sex sums, category sums, turnout within each list, ballot balance, ballots
//    used = participants, the regime's allocation, candidate votes summing to the valid votes,
//    valid + invalid = total = participants, DPT within the regime's ceiling, no 100 % DPT
//    turnout at a TPS from the regime's copied-row threshold), no incident reported.
//  - any_sheet(): any sheet the CSV format can carry (every figure missing or 0..max_figure,
//    incident fields in their forms), for round trips.
// Generators shrink (RapidCheck's gen::exec), so a failure is reported on a small sheet.
#ifndef SUARA_TESTS_PROPERTY_GENERATORS_HPP
#define SUARA_TESTS_PROPERTY_GENERATORS_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <rapidcheck.h>

#include <suara/core/kontes.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/law/regime.hpp>
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/form/field.hpp>
#include <suara/form/legislative_sheet.hpp>
#include <suara/form/sheet.hpp>

#include <suara_synthetic/sheet.hpp>

namespace suara::prop {

/// A value in [lo, hi] (inclusive; lo <= hi).
inline std::uint32_t in(std::uint32_t lo, std::uint32_t hi) {
    return *rc::gen::inRange<std::uint32_t>(lo, hi + 1);
}

/// A TPS code; from a small pool, so that duplicates are common where a test wants them.
inline rc::Gen<tps_code> gen_tps_code() {
    return rc::gen::map(rc::gen::inRange<std::uint64_t>(1'101'011'001'001ULL, 9'999'999'999'999ULL),
                        [](std::uint64_t v) { return *tps_code::from_number(v); });
}

/// A contest the regime holds.
template <class R>
rc::Gen<kontes> gen_kontes() {
    std::vector<kontes> held;
    for (auto k : all_kontes)
        if (R::kontes_held.value.contains(k)) held.push_back(k);
    return rc::gen::elementOf(held);
}

/// Splits `total` into `parts` random non-negative parts.
inline std::vector<std::uint32_t> split(std::uint32_t total, std::size_t parts) {
    std::vector<std::uint32_t> out(parts, 0);
    if (parts == 0) return out;
    std::uint32_t left = total;
    for (std::size_t i = 0; i + 1 < parts; ++i) {
        out[i] = in(0, left);
        left -= out[i];
    }
    out[parts - 1] = left;
    return out;
}

/// The counts of a consistent TPS under R (tools/synthetic writes the rest of its sheet): each
/// list's voters within its registered count, all of them within the ballots received, no 100 %
/// DPT turnout from the regime's copied-row threshold, the valid votes shared over the columns.
template <class R>
rc::Gen<synthetic::tps_counts> consistent_counts() {
    return rc::gen::exec([] {
        synthetic::tps_counts t;
        t.contest = *gen_kontes<R>();
        // Pilkada may have a single candidate (then the ballot has the blank column).
        t.candidates = static_cast<std::uint8_t>(in(is_pemilu(t.contest) ? 2 : 1, 5));
        t.blank_column = t.candidates == 1;
        const auto cap = static_cast<std::uint32_t>(R::tps_capacity.value);
        // Registered.
        t.dpt_l = in(0, cap / 2), t.dpt_p = in(0, cap - cap / 2);
        t.dptb_l = in(0, 20), t.dptb_p = in(0, 20);
        t.dpk_l = in(0, 20), t.dpk_p = in(0, 20);
        const auto received = static_cast<std::uint32_t>(expected_ballots<R>(t.dpt_l + t.dpt_p, t.dptb_l + t.dptb_p));
        // Voters: each list within its registered count, all within the ballots received.
        t.voted_dpt_l = in(0, t.dpt_l), t.voted_dpt_p = in(0, t.dpt_p);
        if (t.dpt_l + t.dpt_p >= R::copied_row_min_registered.value && t.voted_dpt_l == t.dpt_l && t.voted_dpt_p == t.dpt_p) {
            // 100 % DPT turnout is the copied-row warning; a consistent sheet stays below it.
            if (t.voted_dpt_l > 0) --t.voted_dpt_l;
            else --t.voted_dpt_p;
        }
        std::uint32_t room = received - (t.voted_dpt_l + t.voted_dpt_p);
        auto take = [&](std::uint32_t registered) {
            const std::uint32_t v = in(0, std::min(registered, room));
            room -= v;
            return v;
        };
        t.voted_dptb_l = take(t.dptb_l), t.voted_dptb_p = take(t.dptb_p);
        t.voted_dpk_l = take(t.dpk_l), t.voted_dpk_p = take(t.dpk_p);
        // Voters with disabilities: registered ones among the registered, voters among those.
        t.dis_l = in(0, std::min(t.dpt_l, 5U)), t.dis_p = in(0, std::min(t.dpt_p, 5U));
        t.voted_dis_l = in(0, std::min(t.dis_l, synthetic::voted_l(t)));
        t.voted_dis_p = in(0, std::min(t.dis_p, synthetic::voted_p(t)));
        // Ballots and votes.
        const std::uint32_t total = synthetic::voted(t);
        t.returned = in(0, received - total);
        t.invalid = in(0, total);
        const auto parts = split(synthetic::valid_votes(t), t.candidates + (t.blank_column ? 1U : 0U));
        for (std::size_t i = 0; i < t.candidates; ++i) t.votes[i] = parts[i];
        if (t.blank_column) t.blank_votes = parts[t.candidates];
        return t;
    });
}

/// A consistent sheet under R (docs/rules.md section A holds), nothing reported.
template <class R>
rc::Gen<sheet> consistent_sheet() {
    return rc::gen::exec([] {
        const synthetic::tps_counts t = *consistent_counts<R>();
        return synthetic::sheet_of<R>(t, *gen_tps_code());
    });
}

/// A legislative sheet of contest `k` consistent by construction: the administration of a
/// consistent Pemilu TPS, its valid votes shared over random parties (ascending numbers in
/// 1..max_ballot_parties, 0..max_party_candidates candidates each; party-only and candidates'
/// votes adding up to each total), or over 1..max_dpd_candidates DPD candidates.
inline rc::Gen<legislative_sheet> consistent_legislative(kontes k) {
    return rc::gen::exec([k] {
        synthetic::tps_counts t = *consistent_counts<pemilu_2024>();
        t.contest = kontes::ppwp;
        const sheet admin = synthetic::sheet_of<pemilu_2024>(t, *gen_tps_code());
        auto s = legislative_sheet::empty(admin.tps, k, dapil_code{"DAPIL-" + std::to_string(in(1, 12))});
        s.admin.figures = admin.figures;
        const std::uint32_t valid = admin.figure(field::suara_sah);
        if (k == kontes::pdpd) {
            const auto n = in(1, static_cast<std::uint32_t>(max_dpd_candidates));
            s.set_dpd_candidates(n);
            const auto parts = split(valid, n);
            for (std::size_t c = 0; c < n; ++c) s.set_dpd_votes(c, parts[c]);
            return s;
        }
        std::vector<std::uint8_t> numbers;
        for (std::uint8_t p = 1; p <= max_ballot_parties; ++p)
            if (in(0, 2) == 0) numbers.push_back(p);
        if (numbers.empty()) numbers.push_back(static_cast<std::uint8_t>(in(1, static_cast<std::uint32_t>(max_ballot_parties))));
        const auto totals = split(valid, numbers.size());
        for (std::size_t i = 0; i < numbers.size(); ++i) {
            const auto n = in(0, static_cast<std::uint32_t>(max_party_candidates));
            const std::size_t j = s.add_party(party_number{numbers[i]}, n);
            const auto parts = split(totals[i], n + 1);
            s.set_party_total(j, totals[i]).set_party_votes(j, parts[0]);
            for (std::size_t c = 0; c < n; ++c) s.set_candidate_votes(j, c, parts[c + 1]);
        }
        return s;
    });
}

/// A figure as the CSV can carry it: missing, small, or anywhere up to max_figure.
inline std::uint32_t any_figure() {
    switch (in(0, 9)) {
    case 0: return missing_figure;
    case 1: return in(0, max_figure);
    case 2: return max_figure;
    default: return in(0, 999);
    }
}

/// A cell of `f` in its form: counts any figure, flags 0/1, disturbance codes in range.
inline std::uint32_t any_value_of(field f) {
    if (in(0, 5) == 0) return missing_figure;
    switch (form_of(f)) {
    case field_form::flag: return in(0, 1);
    case field_form::gangguan: return in(0, 3);
    case field_form::gangguan_tahap: return in(0, 2);
    case field_form::count: break;
    }
    return any_figure();
}

/// Any sheet with `n` candidate columns (and the blank column when asked): what one CSV file
/// can hold, since its header fixes the candidate columns of every row.
inline sheet any_sheet(tps_code code, kontes k, std::uint8_t n, bool blank) {
    sheet s = sheet::empty(code, k, n, blank);
    for (std::size_t f = 0; f < field_count; ++f) s.figures[f] = any_value_of(static_cast<field>(f));
    for (std::size_t i = 0; i < n; ++i) s.votes[i] = any_figure();
    if (blank) s.blank_votes = any_figure();
    return s;
}

/// Any legislative sheet of contest `k` at `code`, as the legislative CSV can hold it: every
/// figure missing, 0 or anything up to max_figure; a party sheet with any parties (none too),
/// 0..max_party_candidates candidates each; a DPD sheet with 0..max_dpd_candidates candidates;
/// a dapil code empty, plain, with a comma (quoted in the file) or of the longest length. The
/// disturbance codes have no cell for 0 ("none": the empty cell, which reads as missing).
inline legislative_sheet any_legislative(tps_code code, kontes k) {
    static constexpr std::string_view dapils[] = {"", "6401", "KALTIM-1", "KT,1", "ABCDEFGHIJKLMNO"};
    auto s = legislative_sheet::empty(code, k, dapil_code{dapils[in(0, 4)]});
    for (std::size_t f = 0; f < field_count; ++f) s.admin.figures[f] = any_value_of(static_cast<field>(f));
    for (field f : {field::kejadian_gangguan, field::kejadian_gangguan_tahap})
        if (s.admin.figure(f) == 0U) s.admin.figures[index(f)] = missing_figure;
    if (k == kontes::pdpd) {
        const auto n = in(0, 3) == 0 ? in(0, static_cast<std::uint32_t>(max_dpd_candidates)) : in(0, 8);
        s.set_dpd_candidates(n);
        for (std::size_t c = 0; c < n; ++c) s.set_dpd_votes(c, any_figure());
        return s;
    }
    const auto density = in(0, 3);  // 0: no party at all
    for (std::uint8_t p = 1; p <= max_ballot_parties; ++p) {
        if (density == 0 || in(0, 4) >= density) continue;
        const auto n = in(0, static_cast<std::uint32_t>(max_party_candidates));
        const std::size_t j = s.add_party(party_number{p}, n);
        s.set_party_votes(j, any_figure()).set_party_total(j, any_figure());
        for (std::size_t c = 0; c < n; ++c) s.set_candidate_votes(j, c, any_figure());
    }
    return s;
}

}  // namespace suara::prop

#endif  // SUARA_TESTS_PROPERTY_GENERATORS_HPP
