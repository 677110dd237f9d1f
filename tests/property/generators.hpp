// RapidCheck generators of results sheets for suara's property tests.
//  - consistent_sheet<R>(): a complete sheet that satisfies every identity of docs/rules.md section A
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
#include <vector>

#include <rapidcheck.h>

#include <suara/core/kontes.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/law/regime.hpp>
#include <suara/form/field.hpp>
#include <suara/form/sheet.hpp>

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

template <class R>
rc::Gen<sheet> consistent_sheet() {
    return rc::gen::exec([] {
        const kontes k = *gen_kontes<R>();
        // Pilkada may have a single candidate (then the ballot has the blank column).
        const auto n = static_cast<std::uint8_t>(in(is_pemilu(k) ? 2 : 1, 5));
        const bool blank = n == 1;
        sheet s = sheet::empty(*gen_tps_code(), k, n, blank);
        auto set3 = [&](field l, std::uint32_t vl, std::uint32_t vp) {
            s.set_raw(l, vl);
            s.set_raw(static_cast<field>(index(l) + 1), vp);
            s.set_raw(static_cast<field>(index(l) + 2), vl + vp);
        };
        const auto cap = static_cast<std::uint32_t>(R::tps_capacity.value);
        // Registered.
        const std::uint32_t dpt_l = in(0, cap / 2), dpt_p = in(0, cap - cap / 2);
        const std::uint32_t dptb_l = in(0, 20), dptb_p = in(0, 20);
        const std::uint32_t dpk_l = in(0, 20), dpk_p = in(0, 20);
        set3(field::pemilih_dpt_l, dpt_l, dpt_p);
        set3(field::pemilih_dptb_l, dptb_l, dptb_p);
        set3(field::pemilih_dpk_l, dpk_l, dpk_p);
        const auto received = static_cast<std::uint32_t>(expected_ballots<R>(dpt_l + dpt_p, dptb_l + dptb_p));
        // Participants: each list within its registered count, all within the ballots received.
        std::uint32_t u_dpt_l = in(0, dpt_l), u_dpt_p = in(0, dpt_p);
        if (dpt_l + dpt_p >= R::copied_row_min_registered.value && u_dpt_l == dpt_l && u_dpt_p == dpt_p) {
            // 100 % DPT turnout is the copied-row warning; a consistent sheet stays below it.
            if (u_dpt_l > 0) --u_dpt_l;
            else --u_dpt_p;
        }
        std::uint32_t room = received - (u_dpt_l + u_dpt_p);
        auto take = [&](std::uint32_t registered) {
            const std::uint32_t v = in(0, std::min(registered, room));
            room -= v;
            return v;
        };
        const std::uint32_t u_dptb_l = take(dptb_l), u_dptb_p = take(dptb_p);
        const std::uint32_t u_dpk_l = take(dpk_l), u_dpk_p = take(dpk_p);
        set3(field::pengguna_dpt_l, u_dpt_l, u_dpt_p);
        set3(field::pengguna_dptb_l, u_dptb_l, u_dptb_p);
        set3(field::pengguna_dpk_l, u_dpk_l, u_dpk_p);
        const std::uint32_t total_l = u_dpt_l + u_dptb_l + u_dpk_l, total_p = u_dpt_p + u_dptb_p + u_dpk_p;
        const std::uint32_t total = total_l + total_p;
        set3(field::pengguna_total_l, total_l, total_p);
        // Voters with disabilities: registered ones among the registered, voters among those.
        const std::uint32_t dis_l = in(0, std::min(dpt_l, 5U)), dis_p = in(0, std::min(dpt_p, 5U));
        set3(field::pemilih_disabilitas_l, dis_l, dis_p);
        set3(field::pengguna_disabilitas_l, in(0, std::min(dis_l, total_l)), in(0, std::min(dis_p, total_p)));
        // Ballots.
        const std::uint32_t returned = in(0, received - total);
        s.set(fields::surat_diterima, received);
        s.set(fields::surat_digunakan, total);
        s.set(fields::surat_dikembalikan, returned);
        s.set(fields::surat_tidak_digunakan, received - total - returned);
        // Votes.
        const std::uint32_t invalid = in(0, total);
        const std::uint32_t valid = total - invalid;
        s.set(fields::suara_sah, valid);
        s.set(fields::suara_tidak_sah, invalid);
        s.set(fields::suara_total, total);
        const auto parts = split(valid, n + (blank ? 1U : 0U));
        for (std::size_t i = 0; i < n; ++i) s.set_candidate_votes(i, parts[i]);
        if (blank) s.blank_votes = parts[n];
        // No incident.
        for (std::size_t f = index(first_incident_field); f < field_count; ++f) s.set_raw(static_cast<field>(f), 0);
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

}  // namespace suara::prop

#endif  // SUARA_TESTS_PROPERTY_GENERATORS_HPP
