// suara synthetic data — the one builder of consistent results sheets, for the generators, the
// tests and the benchmarks.
// Distributed under the Boost Software License, Version 1.0.
//
// A TPS is described by the figures a KPPS counts (registered and voting per list and sex,
// voters with disabilities, ballots returned, invalid votes, the votes of each column);
// `sheet_of<R>` writes every other figure of its sheet from them: the J totals, the voters who
// voted, the ballots received (the regime's allocation unless given), used and unused, the
// valid and total votes. The sheet then satisfies every identity of docs/rules.md section A
// when the counts do: each list's voters within its registered count, the votes of the columns
// adding up to the voters less the invalid votes (`valid_votes`), the ballots covering them.
#ifndef SUARA_SYNTHETIC_SHEET_HPP
#define SUARA_SYNTHETIC_SHEET_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>

#include <suara/core/kontes.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/form/field.hpp>
#include <suara/form/sheet.hpp>
#include <suara/law/regime.hpp>

namespace suara::synthetic {

/// The counted figures of one TPS and one contest.
struct tps_counts {
    kontes contest = kontes::ppwp;
    /// Registered (pemilih) per list, men and women.
    std::uint32_t dpt_l = 0, dpt_p = 0, dptb_l = 0, dptb_p = 0, dpk_l = 0, dpk_p = 0;
    /// Voters who voted (pengguna hak pilih) per list, men and women.
    std::uint32_t voted_dpt_l = 0, voted_dpt_p = 0, voted_dptb_l = 0, voted_dptb_p = 0, voted_dpk_l = 0, voted_dpk_p = 0;
    /// Voters with disabilities: registered, and who voted.
    std::uint32_t dis_l = 0, dis_p = 0, voted_dis_l = 0, voted_dis_p = 0;
    /// Ballots returned damaged or mis-marked (surat_dikembalikan).
    std::uint32_t returned = 0;
    /// Ballots received; empty: the regime's allocation for the registered DPT and DPTb.
    std::optional<std::uint32_t> received{};
    /// Invalid votes (suara_tidak_sah).
    std::uint32_t invalid = 0;
    /// The vote columns of the ballot (suara_1 ... in ballot order), and the blank column of a
    /// single-candidate contest.
    std::uint8_t candidates = 0;
    std::array<std::uint32_t, max_candidates> votes{};
    bool blank_column = false;
    std::uint32_t blank_votes = 0;
    /// The kejadian_* fields written as 0 (nothing happened), or left unwritten (not reported).
    bool incidents_written = true;
};

/// Voters who voted, men.
[[nodiscard]] constexpr std::uint32_t voted_l(const tps_counts& t) noexcept {
    return t.voted_dpt_l + t.voted_dptb_l + t.voted_dpk_l;
}
/// Voters who voted, women.
[[nodiscard]] constexpr std::uint32_t voted_p(const tps_counts& t) noexcept {
    return t.voted_dpt_p + t.voted_dptb_p + t.voted_dpk_p;
}
/// Voters who voted, all.
[[nodiscard]] constexpr std::uint32_t voted(const tps_counts& t) noexcept { return voted_l(t) + voted_p(t); }

/// The valid votes the counts leave to the vote columns: the voters less the invalid votes.
[[nodiscard]] constexpr std::uint32_t valid_votes(const tps_counts& t) noexcept {
    return t.invalid <= voted(t) ? voted(t) - t.invalid : 0;
}

/// The sheet of `t` at TPS `code` under regime R: consistent wherever `t` is (an explicit
/// `received` below the ballots used and returned leaves 0 ballots unused).
template <class R>
[[nodiscard]] constexpr sheet sheet_of(const tps_counts& t, tps_code code) {
    sheet s = sheet::empty(code, t.contest, t.candidates, t.blank_column);
    auto triple = [&](field l, std::uint32_t vl, std::uint32_t vp) {
        s.set_raw(l, vl).set_raw(static_cast<field>(index(l) + 1), vp).set_raw(static_cast<field>(index(l) + 2), vl + vp);
    };
    triple(field::pemilih_dpt_l, t.dpt_l, t.dpt_p);
    triple(field::pemilih_dptb_l, t.dptb_l, t.dptb_p);
    triple(field::pemilih_dpk_l, t.dpk_l, t.dpk_p);
    triple(field::pengguna_dpt_l, t.voted_dpt_l, t.voted_dpt_p);
    triple(field::pengguna_dptb_l, t.voted_dptb_l, t.voted_dptb_p);
    triple(field::pengguna_dpk_l, t.voted_dpk_l, t.voted_dpk_p);
    triple(field::pengguna_total_l, voted_l(t), voted_p(t));
    triple(field::pemilih_disabilitas_l, t.dis_l, t.dis_p);
    triple(field::pengguna_disabilitas_l, t.voted_dis_l, t.voted_dis_p);
    const std::uint32_t used = voted(t);
    const std::uint32_t received =
        t.received ? *t.received : static_cast<std::uint32_t>(expected_ballots<R>(t.dpt_l + t.dpt_p, t.dptb_l + t.dptb_p));
    s.set_raw(field::surat_diterima, received).set_raw(field::surat_digunakan, used).set_raw(field::surat_dikembalikan, t.returned);
    s.set_raw(field::surat_tidak_digunakan, received >= used + t.returned ? received - used - t.returned : 0);
    std::uint32_t valid = 0;
    for (std::size_t c = 0; c < t.candidates; ++c) {
        s.set_candidate_votes(c, t.votes[c]);
        valid += t.votes[c];
    }
    if (t.blank_column) {
        s.blank_votes = t.blank_votes;
        valid += t.blank_votes;
    }
    s.set_raw(field::suara_sah, valid).set_raw(field::suara_tidak_sah, t.invalid).set_raw(field::suara_total, valid + t.invalid);
    if (t.incidents_written)
        for (std::size_t f = index(first_incident_field); f < field_count; ++f) s.set_raw(static_cast<field>(f), 0);
    return s;
}

}  // namespace suara::synthetic

#endif  // SUARA_SYNTHETIC_SHEET_HPP
