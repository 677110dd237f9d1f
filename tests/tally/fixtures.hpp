// Sheets and reports shared by the tally tests: one consistent TPS per regime, and the KPU
// Kaltim recap (docs/sources.md#sheet-identities).
#ifndef SUARA_TESTS_TALLY_FIXTURES_HPP
#define SUARA_TESTS_TALLY_FIXTURES_HPP

#include <suara/core/kontes.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/form/incident_report.hpp>
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>
#include <suara/form/field.hpp>
#include <suara/form/legislative_sheet.hpp>
#include <suara/form/sheet.hpp>

#include <cstddef>
#include <type_traits>

#include <suara_synthetic/sheet.hpp>

namespace suara::fixtures {

inline constexpr tps_code code = *tps_code::parse("6471011001001");

/// A consistent TPS, every field written, nothing reported: no rule fires. DPT 201 (103/98),
/// DPTb 3, DPK 16; 151 voted; 2 pairs, 17 + 133 valid, 1 invalid. Ballots received follow the
/// regime's allocation: 201 + 3 + ceil(2.5 % x 201) = 210 (Pilkada), + ceil(2 % x 201) = 209 (Pemilu).
template <class R>
constexpr sheet consistent() {
    synthetic::tps_counts t;
    t.contest = std::is_same_v<R, pilkada_2024> ? kontes::pkwkk : kontes::ppwp;
    t.dpt_l = 103, t.dpt_p = 98, t.dptb_l = 2, t.dptb_p = 1, t.dpk_l = 11, t.dpk_p = 5;
    t.voted_dpt_l = 62, t.voted_dpt_p = 73, t.voted_dpk_l = 11, t.voted_dpk_p = 5;
    t.dis_l = 2, t.dis_p = 1, t.voted_dis_l = 1, t.voted_dis_p = 1;
    t.returned = 2;
    t.invalid = 1;
    t.candidates = 2;
    t.votes[0] = 17, t.votes[1] = 133;
    return synthetic::sheet_of<R>(t, code);
}

template <class R, class F>
constexpr sheet consistent_with(F change) {
    sheet s = consistent<R>();
    change(s);
    return s;
}

/// A legislative sheet of contest `k` whose administration section is `admin`'s (its vote
/// columns left out), no party or DPD candidate yet.
constexpr legislative_sheet legislative_with_admin(const sheet& admin, kontes k) {
    auto s = legislative_sheet::empty(admin.tps, k, dapil_code{"KALTIM-1"});
    s.admin.figures = admin.figures;
    return s;
}

/// A consistent DPR (or DPRD) sheet: the administration of consistent<pemilu_2024>() (150 valid
/// votes) and parties 1, 2 and 5: party 1 20 + (30, 10, 5) = 65; party 2 40 + (25, 15) = 80;
/// party 5 5, no candidate on this dapil's list. No rule fires.
constexpr legislative_sheet consistent_dpr(kontes k = kontes::pdpr) {
    auto s = legislative_with_admin(consistent<pemilu_2024>(), k);
    const auto p1 = s.add_party(party_number{1}, 3), p2 = s.add_party(party_number{2}, 2), p5 = s.add_party(party_number{5}, 0);
    s.set_party_votes(p1, 20).set_candidate_votes(p1, 0, 30).set_candidate_votes(p1, 1, 10).set_candidate_votes(p1, 2, 5);
    s.set_party_total(p1, 65);
    s.set_party_votes(p2, 40).set_candidate_votes(p2, 0, 25).set_candidate_votes(p2, 1, 15).set_party_total(p2, 80);
    s.set_party_votes(p5, 5).set_party_total(p5, 5);
    return s;
}

/// A consistent DPD sheet of 40 candidates (more than a PPWP sheet's max_candidates): 39 with 3
/// votes, the last with 33; 150 valid votes. No rule fires.
constexpr legislative_sheet consistent_dpd() {
    auto s = legislative_with_admin(consistent<pemilu_2024>(), kontes::pdpd);
    s.set_dpd_candidates(40);
    for (std::size_t c = 0; c < 39; ++c) s.set_dpd_votes(c, 3);
    s.set_dpd_votes(39, 33);
    return s;
}

/// The administration of consistent<pemilu_2024>() as the sheet of contest `k`.
constexpr sheet consistent_admin_of(kontes k) {
    sheet s = sheet::empty(code, k, 0);
    s.figures = consistent<pemilu_2024>().figures;
    return s;
}

/// The KPU Kaltim provincial recap of the 2024 governor election (docs/sources.md) written as one
/// sheet. On the Pilkada form the moved-in list (DPPh, "pindahan") is our dptb and the
/// unregistered list ("tambahan") our dpk. What was not published stays missing.
constexpr sheet kaltim() {
    auto s = sheet::empty(*tps_code::parse("6400000000000"), kontes::pkwkp, 2);
    s.set(fields::pemilih_dpt_l, 1456666).set(fields::pemilih_dpt_p, 1364536).set(fields::pemilih_dpt_j, 2821202);
    s.set(fields::pengguna_dpt_l, 904026).set(fields::pengguna_dpt_p, 949272).set(fields::pengguna_dpt_j, 1853298);
    s.set(fields::pengguna_dptb_l, 3913).set(fields::pengguna_dptb_p, 2863).set(fields::pengguna_dptb_j, 6776);
    s.set(fields::pengguna_dpk_l, 12013).set(fields::pengguna_dpk_p, 10304).set(fields::pengguna_dpk_j, 22317);
    s.set(fields::pengguna_total_l, 919952).set(fields::pengguna_total_p, 962439).set(fields::pengguna_total_j, 1882391);
    s.set(fields::surat_diterima, 2896473).set(fields::surat_digunakan, 1882391);
    s.set(fields::surat_dikembalikan, 1542).set(fields::surat_tidak_digunakan, 1012540);
    s.set_candidate_votes(0, 793793).set_candidate_votes(1, 996399);
    s.set(fields::suara_sah, 1790192).set(fields::suara_tidak_sah, 92199).set(fields::suara_total, 1882391);
    return s;
}

}  // namespace suara::fixtures

#endif  // SUARA_TESTS_TALLY_FIXTURES_HPP
