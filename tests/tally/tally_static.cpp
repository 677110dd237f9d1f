// Compile-time tests of the rule catalogue, the incident conditions, the verdict and ballot
// validity. Building this file is the test: every rule of sections A and B fires here on a
// constexpr sheet, stays silent on another, and is not evaluated when its inputs are missing.
#include <suara/law/condition_set.hpp>
#include <suara/tally/ballot_validity.hpp>
#include <suara/tally/catalogue.hpp>
#include <suara/tally/legislative_ballot.hpp>
#include <suara/tally/legislative_rules.hpp>
#include <suara/tally/rules.hpp>
#include <suara/tally/verdict.hpp>

#include <array>

#include "fixtures.hpp"
#include "laws.hpp"

namespace {
using namespace suara;
using fixtures::consistent;
using fixtures::consistent_with;
using pk = pilkada_2024;
using pm = pemilu_2024;

template <class R>
constexpr rule_set fired(const sheet& s, rule_set on = rule_set::all()) {
    return fired_rules<R>(s, on);
}
template <class R>
constexpr std::uint64_t missing_of(const sheet& s, rule_set on = rule_set::all()) {
    const auto fl = findings_of<R>(s, on);
    const finding* f = fl.first(rule_id::record_incomplete);
    return f ? f->missing_fields : 0;
}
constexpr std::uint64_t bit(field f) { return std::uint64_t{1} << index(f); }
constexpr rule_set only(rule_id r) { return rule_set{r, rule_id::record_incomplete}; }

// ---- the consistent sheets fire nothing, under both regimes ----
static_assert(fired<pk>(consistent<pk>()).empty());
static_assert(fired<pm>(consistent<pm>()).empty());
static_assert(findings_of<pk>(consistent<pk>()).size() == 0);

// ---- the KPU Kaltim recap (docs/sources.md#sheet-identities): every identity holds. tps.capacity fires because a
// province is not a TPS (2,821,202 registered); record.incomplete because the recap publishes no
// registered DPTb/DPK and no disability rows. ballots.allocation is a per-TPS notion too: it is
// not evaluated (registered DPTb missing). With those per-TPS rules off, nothing fires.
static_assert(fired<pk>(fixtures::kaltim()) == rule_set{rule_id::tps_capacity, rule_id::record_incomplete});
static_assert((missing_of<pk>(fixtures::kaltim()) & bit(field::pemilih_dptb_j)) != 0);
static_assert((missing_of<pk>(fixtures::kaltim()) & bit(field::pemilih_disabilitas_j)) != 0);
constexpr rule_set per_tps_off = [] {
    rule_set s = rule_set::all();
    s.erase(rule_id::tps_capacity);
    s.erase(rule_id::ballots_allocation);
    s.erase(rule_id::record_incomplete);
    return s;
}();
static_assert(fired<pk>(fixtures::kaltim(), per_tps_off).empty());
static_assert(fired<pm>(fixtures::kaltim(), per_tps_off).empty());

// ---- voters.sex_sum ----
constexpr sheet sex_sum_bad = consistent_with<pk>([](sheet& s) { s.set(fields::pengguna_disabilitas_j, 3); });
static_assert(fired<pk>(sex_sum_bad) == rule_set{rule_id::voters_sex_sum});
static_assert(findings_of<pk>(sex_sum_bad).first(rule_id::voters_sex_sum)->values[0] ==
              figure_value{"pengguna_disabilitas_j", 3});
static_assert(findings_of<pk>(sex_sum_bad).first(rule_id::voters_sex_sum)->values[1] ==
              figure_value{"pengguna_disabilitas_l + pengguna_disabilitas_p", 2});
constexpr sheet sex_sum_missing = consistent_with<pk>([](sheet& s) {
    s.set(fields::pengguna_disabilitas_j, 3).clear(field::pengguna_disabilitas_l);
});
static_assert(!fired<pk>(sex_sum_missing).contains(rule_id::voters_sex_sum));
static_assert(missing_of<pk>(sex_sum_missing) == bit(field::pengguna_disabilitas_l));

// ---- voters.category_sum ----
constexpr sheet category_bad = consistent_with<pk>([](sheet& s) {
    s.set(fields::pengguna_dptb_l, 1).set(fields::pengguna_dptb_j, 1);
});
static_assert(fired<pk>(category_bad, only(rule_id::voters_category_sum)) == rule_set{rule_id::voters_category_sum});
static_assert(!fired<pk>(consistent<pk>(), only(rule_id::voters_category_sum)).contains(rule_id::voters_category_sum));
constexpr sheet category_missing = consistent_with<pk>([](sheet& s) {
    s.set(fields::pengguna_dptb_l, 1).set(fields::pengguna_dptb_j, 1).clear(field::pengguna_total_l).clear(field::pengguna_total_j);
});
static_assert(fired<pk>(category_missing, only(rule_id::voters_category_sum)) == rule_set{rule_id::record_incomplete});
static_assert(missing_of<pk>(category_missing, only(rule_id::voters_category_sum)) ==
              (bit(field::pengguna_total_l) | bit(field::pengguna_total_j)));

// ---- voters.dpt_turnout ----
constexpr sheet turnout_bad = consistent_with<pk>([](sheet& s) {
    s.set(fields::pemilih_dpt_l, 60).set(fields::pemilih_dpt_j, 158);
});
static_assert(fired<pk>(turnout_bad).contains(rule_id::voters_dpt_turnout));
static_assert(!fired<pk>(consistent<pk>()).contains(rule_id::voters_dpt_turnout));
constexpr sheet turnout_missing = consistent_with<pk>([](sheet& s) {
    s.set(fields::pemilih_dpt_l, 60).set(fields::pemilih_dpt_j, 158).clear(field::pengguna_dpt_l);
});
static_assert(!fired<pk>(turnout_missing, only(rule_id::voters_dpt_turnout)).contains(rule_id::voters_dpt_turnout));
static_assert(missing_of<pk>(turnout_missing, only(rule_id::voters_dpt_turnout)) == bit(field::pengguna_dpt_l));

// ---- voters.registered_turnout: only where the sheet has a registered count ----
constexpr sheet registered_bad = consistent_with<pk>([](sheet& s) {
    s.set(fields::pemilih_dpk_l, 10).set(fields::pemilih_dpk_j, 15);
});
static_assert(fired<pk>(registered_bad) == rule_set{rule_id::voters_registered_turnout});
static_assert(!fired<pk>(consistent<pk>()).contains(rule_id::voters_registered_turnout));
constexpr sheet registered_unlisted = consistent_with<pk>([](sheet& s) {
    for (auto f : {field::pemilih_dpk_l, field::pemilih_dpk_p, field::pemilih_dpk_j, field::pemilih_dptb_l,
                   field::pemilih_dptb_p, field::pemilih_dptb_j})
        s.clear(f);
});
static_assert(fired<pk>(registered_unlisted, only(rule_id::voters_registered_turnout)).empty());  // not incomplete
constexpr sheet registered_missing = consistent_with<pk>([](sheet& s) { s.clear(field::pengguna_dpk_l); });
static_assert(fired<pk>(registered_missing, only(rule_id::voters_registered_turnout)) ==
              rule_set{rule_id::record_incomplete});
static_assert(missing_of<pk>(registered_missing, only(rule_id::voters_registered_turnout)) == bit(field::pengguna_dpk_l));

// ---- voters.copied_row: 100 % DPT turnout from R::copied_row_min_registered (50) ----
constexpr auto copied = [](std::uint32_t l, std::uint32_t p) {
    return consistent_with<pk>([=](sheet& s) {
        s.set(fields::pemilih_dpt_l, l).set(fields::pemilih_dpt_p, p).set(fields::pemilih_dpt_j, l + p);
        s.set(fields::pengguna_dpt_l, l).set(fields::pengguna_dpt_p, p).set(fields::pengguna_dpt_j, l + p);
    });
};
static_assert(fired<pk>(copied(103, 98), only(rule_id::voters_copied_row)) == rule_set{rule_id::voters_copied_row});
static_assert(fired<pk>(copied(20, 20), only(rule_id::voters_copied_row)).empty());  // 40 < 50 registered
static_assert(fired<pk>(copied(25, 25), only(rule_id::voters_copied_row)) == rule_set{rule_id::voters_copied_row});
static_assert(fired<pk>(consistent<pk>(), only(rule_id::voters_copied_row)).empty());
static_assert(missing_of<pk>(consistent_with<pk>([](sheet& s) { s.clear(field::pengguna_dpt_p); }),
                             only(rule_id::voters_copied_row)) == bit(field::pengguna_dpt_p));

// ---- ballots.balance ----
constexpr sheet balance_bad = consistent_with<pk>([](sheet& s) { s.set(fields::surat_dikembalikan, 3); });
static_assert(fired<pk>(balance_bad) == rule_set{rule_id::ballots_balance});
static_assert(missing_of<pk>(consistent_with<pk>([](sheet& s) { s.clear(field::surat_dikembalikan); }),
                             only(rule_id::ballots_balance)) == bit(field::surat_dikembalikan));

// ---- ballots.used_vs_voters ----
constexpr sheet used_bad = consistent_with<pk>([](sheet& s) {
    s.set(fields::surat_digunakan, 150).set(fields::surat_tidak_digunakan, 58);
});
static_assert(fired<pk>(used_bad) == rule_set{rule_id::ballots_used_vs_voters});
static_assert(!fired<pk>(consistent<pk>()).contains(rule_id::ballots_used_vs_voters));
static_assert(missing_of<pk>(consistent_with<pk>([](sheet& s) { s.clear(field::surat_digunakan); }),
                             only(rule_id::ballots_used_vs_voters)) == bit(field::surat_digunakan));

// ---- ballots.allocation: 2.5 % Pilkada vs 2 % Pemilu ----
constexpr sheet received_210 = consistent_with<pm>([](sheet& s) {
    s.set(fields::surat_diterima, 210).set(fields::surat_tidak_digunakan, 57);
});
static_assert(fired<pm>(received_210) == rule_set{rule_id::ballots_allocation});  // Pemilu expects 209
static_assert(fired<pk>(received_210).empty());                                   // Pilkada expects 210
static_assert(findings_of<pm>(received_210).first(rule_id::ballots_allocation)->values[1] ==
              figure_value{expected_ballots_name, 209});
static_assert(missing_of<pk>(consistent_with<pk>([](sheet& s) { s.clear(field::pemilih_dptb_j); }),
                             only(rule_id::ballots_allocation)) == bit(field::pemilih_dptb_j));

// ---- votes.valid_sum (the blank column included) ----
constexpr sheet valid_bad = consistent_with<pk>([](sheet& s) { s.set_candidate_votes(0, 18); });
static_assert(fired<pk>(valid_bad) == rule_set{rule_id::votes_valid_sum});
constexpr sheet single_candidate = [] {
    sheet s = consistent<pk>();
    sheet t = sheet::empty(s.tps, s.contest, 1, true);
    t.figures = s.figures;
    t.set_candidate_votes(0, 100);
    t.blank_votes = 50;
    return t;
}();
static_assert(fired<pk>(single_candidate).empty());
static_assert(fired<pk>([] { sheet s = single_candidate; s.blank_votes = 49; return s; }()) ==
              rule_set{rule_id::votes_valid_sum});
constexpr sheet blank_missing = [] { sheet s = single_candidate; s.blank_votes = missing_figure; return s; }();
static_assert(fired<pk>(blank_missing) == rule_set{rule_id::record_incomplete});
static_assert(findings_of<pk>(blank_missing).first(rule_id::record_incomplete)->missing_candidates);

// ---- votes.total_sum ----
constexpr sheet total_bad = consistent_with<pk>([](sheet& s) { s.set(fields::suara_total, 152); });
static_assert(fired<pk>(total_bad) == rule_set{rule_id::votes_total_sum});
static_assert(missing_of<pk>(consistent_with<pk>([](sheet& s) { s.clear(field::suara_tidak_sah); }),
                             rule_set{rule_id::votes_total_sum, rule_id::record_incomplete}) == bit(field::suara_tidak_sah));

// ---- votes.vs_voters: recount under Pemilu 2024, correction under Pilkada 2024 ----
constexpr auto vs_voters_bad = [](auto r) {
    return consistent_with<decltype(r)>([](sheet& s) { s.set(fields::suara_tidak_sah, 2).set(fields::suara_total, 152); });
};
static_assert(fired<pk>(vs_voters_bad(pk{})) == rule_set{rule_id::votes_vs_voters});
static_assert(fired<pm>(vs_voters_bad(pm{})) == rule_set{rule_id::votes_vs_voters});
static_assert(findings_of<pk>(vs_voters_bad(pk{})).first(rule_id::votes_vs_voters)->result == outcome::correction);
static_assert(findings_of<pm>(vs_voters_bad(pm{})).first(rule_id::votes_vs_voters)->result == outcome::recount);
static_assert(describe<pm>(rule_id::votes_vs_voters).basis.letter == "huruf h");
static_assert(!describe<pm>(rule_id::votes_vs_voters).mandatory);  // Pasal 374 (2): "dapat diulang"
static_assert(describe<pk>(rule_id::votes_vs_voters).mandatory);
static_assert(missing_of<pk>(consistent_with<pk>([](sheet& s) { s.clear(field::pengguna_total_j); }),
                             only(rule_id::votes_vs_voters)) == bit(field::pengguna_total_j));

// ---- votes.over_supply and record.digit_slip: 17 read as 170 ----
constexpr sheet slipped = consistent_with<pk>([](sheet& s) { s.set_candidate_votes(0, 170); });
static_assert(fired<pk>(slipped) ==
              rule_set{rule_id::votes_valid_sum, rule_id::votes_over_supply, rule_id::record_digit_slip});
static_assert(findings_of<pk>(slipped).first(rule_id::record_digit_slip)->values[0] == figure_value{"suara_1", 170});
static_assert(findings_of<pk>(slipped).first(rule_id::record_digit_slip)->values[1] ==
              figure_value{likely_value_name, 17});
static_assert(findings_of<pk>(slipped).first(rule_id::votes_over_supply)->values[0] ==
              figure_value{candidate_sum_name, 303});
// 64 read as 641 (the 2024 case), on a vote figure: suara_sah
constexpr sheet sah_641 = consistent_with<pk>([](sheet& s) {
    s.set_candidate_votes(0, 30).set_candidate_votes(1, 34).set(fields::suara_sah, 641);
    s.set(fields::suara_tidak_sah, 87);
});
static_assert(fired<pk>(sah_641).contains(rule_id::record_digit_slip));
static_assert(findings_of<pk>(sah_641).first(rule_id::record_digit_slip)->values[0] == figure_value{"suara_sah", 641});
static_assert(findings_of<pk>(sah_641).first(rule_id::record_digit_slip)->values[1] == figure_value{likely_value_name, 64});
// inputs missing: with suara_sah unknown the failing identity cannot be evaluated, so no slip
static_assert(!fired<pk>(consistent_with<pk>([](sheet& s) { s.set_candidate_votes(0, 170).clear(field::suara_sah); }))
                   .contains(rule_id::record_digit_slip));
// a mismatch no dropped digit explains: no digit slip
static_assert(!fired<pk>(valid_bad).contains(rule_id::record_digit_slip));
static_assert(!fired<pk>(consistent<pk>()).contains(rule_id::record_digit_slip));
// over_supply without surat_diterima: DPT + DPTb + ceil(2.5 % DPT) = 210
constexpr sheet no_received = consistent_with<pk>([](sheet& s) {
    s.clear(field::surat_diterima).set(fields::suara_tidak_sah, 61).set(fields::suara_total, 211);
});
static_assert(fired<pk>(no_received, only(rule_id::votes_over_supply)) == rule_set{rule_id::votes_over_supply});
static_assert(findings_of<pk>(no_received).first(rule_id::votes_over_supply)->values[1] ==
              figure_value{ballot_supply_name, 210});
static_assert(fired<pk>(consistent<pk>(), only(rule_id::votes_over_supply)).empty());
constexpr sheet supply_unknown = consistent_with<pk>([](sheet& s) {
    s.clear(field::surat_diterima).clear(field::pemilih_dpt_j);
});
static_assert(missing_of<pk>(supply_unknown, only(rule_id::votes_over_supply)) ==
              (bit(field::surat_diterima) | bit(field::pemilih_dpt_j)));

// ---- tps.capacity: 600 Pilkada vs 300 Pemilu ----
constexpr auto dpt_450 = [](auto r) {
    return consistent_with<decltype(r)>([](sheet& s) {
        s.set(fields::pemilih_dpt_l, 250).set(fields::pemilih_dpt_p, 200).set(fields::pemilih_dpt_j, 450);
    });
};
static_assert(fired<pm>(dpt_450(pm{}), only(rule_id::tps_capacity)) == rule_set{rule_id::tps_capacity});
static_assert(fired<pk>(dpt_450(pk{}), only(rule_id::tps_capacity)).empty());
static_assert(missing_of<pk>(consistent_with<pk>([](sheet& s) { s.clear(field::pemilih_dpt_j); }),
                             only(rule_id::tps_capacity)) == bit(field::pemilih_dpt_j));

// ---- record.incomplete: silent on a full sheet, lists what is missing ----
static_assert(!fired<pk>(consistent<pk>()).contains(rule_id::record_incomplete));
static_assert(!fired<pk>(consistent_with<pk>([](sheet& s) { s.clear(field::surat_diterima); }),
                         rule_set::all()).contains(rule_id::ballots_balance));
// missing kejadian fields mean "not reported": never incomplete
static_assert(fired<pk>(consistent_with<pk>([](sheet& s) {
                  for (auto i = index(first_incident_field); i < field_count; ++i) s.clear(static_cast<field>(i));
              })).empty());
// no candidate columns at all
static_assert(findings_of<pk>([] {
                  sheet t = sheet::empty(fixtures::code, kontes::pkwkk, 0);
                  t.figures = consistent<pk>().figures;
                  return t;
              }()).first(rule_id::record_incomplete)->missing_candidates);

// ---- section B from the sheet's kejadian_* fields ----
template <class R>
constexpr rule_set incident_fires(field f, std::uint32_t v) {
    return fired<R>(consistent_with<R>([=](sheet& s) { s.set_raw(f, v); }));
}
template <class R>
constexpr rule_set incident_unreported(field f) {
    return fired<R>(consistent_with<R>([=](sheet& s) { s.clear(f); }));
}
// thresholds from the regime: "lebih dari seorang" (Pilkada) against one person (Pemilu)
static_assert(incident_fires<pk>(field::kejadian_memilih_ganda, 1).empty());
static_assert(incident_fires<pm>(field::kejadian_memilih_ganda, 1) == rule_set{rule_id::psu_multiple_voting});
static_assert(incident_fires<pk>(field::kejadian_memilih_ganda, 2) == rule_set{rule_id::psu_multiple_voting});
static_assert(incident_fires<pk>(field::kejadian_tidak_terdaftar, 1).empty());
static_assert(incident_fires<pm>(field::kejadian_tidak_terdaftar, 1) == rule_set{rule_id::psu_unregistered_voting});
static_assert(incident_fires<pk>(field::kejadian_tidak_terdaftar, 2) == rule_set{rule_id::psu_unregistered_voting});
static_assert(incident_fires<pk>(field::kejadian_surat_dirusak, 1).empty());
static_assert(incident_fires<pm>(field::kejadian_surat_dirusak, 1).empty());
static_assert(incident_fires<pm>(field::kejadian_surat_dirusak, 2) == rule_set{rule_id::psu_ballots_destroyed});
static_assert(incident_fires<pk>(field::kejadian_kotak_dibuka, 1) == rule_set{rule_id::psu_ballot_box_opened});
static_assert(incident_fires<pk>(field::kejadian_tanda_khusus, 1) == rule_set{rule_id::psu_voter_marked_ballot});
static_assert(incident_fires<pm>(field::kejadian_tanda_khusus, 1) == rule_set{rule_id::psu_voter_marked_ballot});
// A disturbance that stopped nothing, and did nothing to the count or the results, is no ground
// (on main every reported disturbance was psu.disturbance, and every riot recount.riot).
static_assert(incident_fires<pk>(field::kejadian_gangguan, 3).empty());
static_assert(incident_fires<pm>(field::kejadian_gangguan, 1).empty());
static_assert(incident_fires<pm>(field::kejadian_gangguan, 2).empty());
static_assert(incident_fires<pk>(field::kejadian_gangguan, 2).empty());
// ... nor are the effects without a disturbance reported
static_assert(incident_fires<pm>(field::kejadian_hasil_tidak_dapat_digunakan, 1).empty());
static_assert(incident_fires<pm>(field::kejadian_hitung_tidak_dapat_dilanjutkan, 1).empty());
static_assert(incident_fires<pk>(field::kejadian_hitung_tidak_dapat_dilakukan, 1).empty());
template <class R>
constexpr rule_set disturbed(std::uint32_t jenis, field effect, std::uint32_t tahap = 0) {
    return fired<R>(consistent_with<R>([=](sheet& s) {
        s.set_raw(field::kejadian_gangguan, jenis).set_raw(effect, 1).set_raw(field::kejadian_gangguan_tahap, tahap);
    }));
}
// PSU for a disturbance: a cause the regime's law names, and results unusable or the count
// impossible. Pilkada names "gangguan keamanan" (3); Pemilu "bencana alam dan/atau kerusuhan" (1, 2).
static_assert(disturbed<pk>(3, field::kejadian_hasil_tidak_dapat_digunakan) == rule_set{rule_id::psu_disturbance});
static_assert(disturbed<pk>(3, field::kejadian_hitung_tidak_dapat_dilakukan) == rule_set{rule_id::psu_disturbance});
static_assert(disturbed<pk>(1, field::kejadian_hasil_tidak_dapat_digunakan).empty());
static_assert(disturbed<pk>(2, field::kejadian_hasil_tidak_dapat_digunakan).empty());
static_assert(disturbed<pm>(1, field::kejadian_hasil_tidak_dapat_digunakan) == rule_set{rule_id::psu_disturbance});
static_assert(disturbed<pm>(2, field::kejadian_hitung_tidak_dapat_dilakukan) == rule_set{rule_id::psu_disturbance});
static_assert(disturbed<pm>(3, field::kejadian_hasil_tidak_dapat_digunakan).empty());
// "the count could not go on" is not "the count cannot be done": no PSU from it
static_assert(disturbed<pk>(3, field::kejadian_hitung_tidak_dapat_dilanjutkan).empty());
// a riot: a recount ground (Pemilu only) when the count could not go on
static_assert(disturbed<pm>(2, field::kejadian_hitung_tidak_dapat_dilanjutkan) == rule_set{rule_id::recount_riot});
static_assert(disturbed<pk>(2, field::kejadian_hitung_tidak_dapat_dilanjutkan).empty());
static_assert(disturbed<pm>(1, field::kejadian_hitung_tidak_dapat_dilanjutkan).empty());  // a disaster is no riot
// ... and with part of the stages stopped, the vote also continues from there
static_assert(disturbed<pm>(2, field::kejadian_hitung_tidak_dapat_dilanjutkan, 1) ==
              rule_set{rule_id::recount_riot, rule_id::continued_partial});
// a riot that stopped every stage: a follow-up vote (PSS), no recount and no PSU
static_assert(disturbed<pm>(2, field::kejadian_hitung_tidak_dapat_dilanjutkan, 2) == rule_set{rule_id::follow_up_all});
static_assert(disturbed<pm>(2, field::kejadian_hasil_tidak_dapat_digunakan, 2) == rule_set{rule_id::follow_up_all});
static_assert(disturbed<pk>(3, field::kejadian_hasil_tidak_dapat_digunakan, 2) == rule_set{rule_id::follow_up_all});
// the findings carry what the disturbance did
static_assert(findings_of<pm>(consistent_with<pm>([](sheet& s) {
                  s.set_raw(field::kejadian_gangguan, 2).set_raw(field::kejadian_hitung_tidak_dapat_dilanjutkan, 1);
              })).first(rule_id::recount_riot)->values[1] == figure_value{"kejadian_hitung_tidak_dapat_dilanjutkan", 1});
static_assert(incident_fires<pk>(field::kejadian_hitung_tertutup, 1) == rule_set{rule_id::recount_closed});
static_assert(incident_fires<pm>(field::kejadian_kurang_terang, 1) == rule_set{rule_id::recount_dim_light});
static_assert(incident_fires<pk>(field::kejadian_suara_tidak_jelas, 1) == rule_set{rule_id::recount_unclear_voice});
static_assert(incident_fires<pm>(field::kejadian_tulisan_tidak_jelas, 1) == rule_set{rule_id::recount_unclear_writing});
static_assert(incident_fires<pk>(field::kejadian_tidak_dapat_disaksikan, 1) == rule_set{rule_id::recount_not_observable});
static_assert(incident_fires<pm>(field::kejadian_tempat_waktu_lain, 1) == rule_set{rule_id::recount_other_place_time});
// inconsistent validity decisions: a recount ground under Pilkada only
static_assert(incident_fires<pk>(field::kejadian_sah_tidak_konsisten, 1) == rule_set{rule_id::recount_inconsistent_validity});
static_assert(incident_fires<pm>(field::kejadian_sah_tidak_konsisten, 1).empty());
// stages stopped: continued (part) or follow-up (all), instead of the disturbance PSU
constexpr sheet stopped_sheet(std::uint32_t tahap) {
    return consistent_with<pk>([=](sheet& s) {
        s.set_raw(field::kejadian_gangguan, 1).set_raw(field::kejadian_gangguan_tahap, tahap);
    });
}
constexpr rule_set stopped(std::uint32_t tahap) { return fired<pk>(stopped_sheet(tahap)); }
static_assert(stopped(1) == rule_set{rule_id::continued_partial});
static_assert(stopped(2) == rule_set{rule_id::follow_up_all});
static_assert(stopped(0).empty());  // a disaster that stopped nothing
static_assert(incident_fires<pm>(field::kejadian_gangguan_tahap, 2) == rule_set{rule_id::follow_up_all});
// not reported (missing) is silent, and flags at 0 are silent
static_assert(incident_unreported<pm>(field::kejadian_memilih_ganda).empty());
static_assert(incident_unreported<pk>(field::kejadian_gangguan).empty());
static_assert(fired<pm>(consistent<pm>()).empty());
constexpr bool every_unreported_incident_is_silent() {
    for (auto i = index(first_incident_field); i < field_count; ++i) {
        if (!incident_unreported<pk>(static_cast<field>(i)).empty()) return false;
        if (!incident_unreported<pm>(static_cast<field>(i)).empty()) return false;
    }
    return true;
}
static_assert(every_unreported_incident_is_silent());
// every section B identifier is a ground in at least one regime
static_assert([] {
    rule_set both = incident_rules<pk>();
    both |= incident_rules<pm>();
    return both == rules_of(rule_section::incidents);
}());
// findings carry the figure and the threshold
static_assert(findings_of<pm>(consistent_with<pm>([](sheet& s) { s.set_raw(field::kejadian_memilih_ganda, 1); }))
                  .first(rule_id::psu_multiple_voting)
                  ->values[1] == figure_value{threshold_name, 1});

// ---- incident reports directly: constexpr, as users write them ----
constexpr incident_report one_double_voter{.memilih_ganda = 1};
constexpr incident_report two_double_voters{.memilih_ganda = 2};
static_assert(!requires_psu<pk>(one_double_voter));
static_assert(requires_psu<pm>(one_double_voter));
static_assert(requires_psu<pk>(two_double_voters));
static_assert(obliges<pm>(one_double_voter, outcome::psu));         // Pemilu: "wajib"
static_assert(!obliges<pk>(two_double_voters, outcome::psu));       // Pilkada: "dapat" (unverified)
static_assert(!requires_psu<pm>(incident_report{}));                // nothing reported
static_assert(!requires_psu<pm>(incident_report{.memilih_ganda = 0, .tidak_terdaftar = 0}));
static_assert(requires_recount<pk>(incident_report{.sah_tidak_konsisten = true}));
static_assert(!requires_recount<pm>(incident_report{.sah_tidak_konsisten = true}));
static_assert(!requires_recount<pm>(incident_report{.gangguan_jenis = gangguan::kerusuhan}));
static_assert(requires_recount<pm>(incident_report{.gangguan_jenis = gangguan::kerusuhan, .hitung_tidak_dapat_dilanjutkan = true}));
static_assert(!requires_recount<pk>(incident_report{.gangguan_jenis = gangguan::kerusuhan, .hitung_tidak_dapat_dilanjutkan = true}));
// not reported is not "no" and not "yes": a riot whose effect on the count is not reported is no ground
static_assert(!requires_recount<pm>(incident_report{.gangguan_jenis = gangguan::kerusuhan,
                                                    .hitung_tidak_dapat_dilanjutkan = std::nullopt}));
static_assert(!requires_recount<pm>(incident_report{.gangguan_jenis = gangguan::kerusuhan, .hitung_tidak_dapat_dilanjutkan = false}));
// the riot that stopped everything
constexpr incident_report riot_stopped_everything{.gangguan_jenis = gangguan::kerusuhan,
                                                  .gangguan_tahap_terhenti = gangguan_tahap::seluruh,
                                                  .hitung_tidak_dapat_dilanjutkan = true};
static_assert(requires_follow_up<pm>(riot_stopped_everything) && !requires_recount<pm>(riot_stopped_everything));
static_assert(!requires_psu<pm>(riot_stopped_everything));
static_assert(judge<pm>(riot_stopped_everything).result == outcome::follow_up);
static_assert(judge<pm>(riot_stopped_everything).count == 1);
static_assert(requires_continued<pk>(incident_report{.gangguan_tahap_terhenti = gangguan_tahap::sebagian}));
static_assert(requires_follow_up<pm>(incident_report{.gangguan_tahap_terhenti = gangguan_tahap::seluruh}));
static_assert(!requires_follow_up<pm>(incident_report{.gangguan_tahap_terhenti = gangguan_tahap::sebagian}));
constexpr incident_report flood_spoiled_results{.gangguan_jenis = gangguan::bencana, .hasil_tidak_dapat_digunakan = true};
static_assert(!obliges<pm>(flood_spoiled_results, outcome::psu));  // "dapat"
static_assert(requires_psu<pm>(flood_spoiled_results));
static_assert(!requires_psu<pk>(flood_spoiled_results));  // Pilkada names only "gangguan keamanan"
static_assert(!requires_psu<pm>(incident_report{.gangguan_jenis = gangguan::bencana}));  // stopped nothing
static_assert(requires_psu<pk>(incident_report{.gangguan_jenis = gangguan::keamanan, .hitung_tidak_dapat_dilakukan = true}));
static_assert(!requires_psu<pk>(incident_report{.gangguan_jenis = gangguan::keamanan, .hitung_tidak_dapat_dilakukan = false}));
static_assert(assess<pm>(incident_report{.kotak_dibuka = true, .hitung_tertutup = true}).strongest == outcome::psu);
static_assert(incident_report_of(consistent_with<pm>([](sheet& s) { s.set_raw(field::kejadian_memilih_ganda, 1); })) ==
              incident_report{.kotak_dibuka = false, .tanda_khusus = false, .surat_dirusak = 0, .memilih_ganda = 1,
                              .tidak_terdaftar = 0, .gangguan_jenis = gangguan::none,
                              .gangguan_tahap_terhenti = gangguan_tahap::none,
                              .hitung_tidak_dapat_dilanjutkan = false, .hitung_tidak_dapat_dilakukan = false,
                              .hasil_tidak_dapat_digunakan = false, .hitung_tertutup = false,
                              .kurang_terang = false, .suara_tidak_jelas = false, .tulisan_tidak_jelas = false,
                              .tidak_dapat_disaksikan = false, .tempat_waktu_lain = false,
                              .sah_tidak_konsisten = false});

// a report written into a sheet reads back the same (not reported stays not reported)
constexpr incident_report riot_report{.memilih_ganda = 3, .gangguan_jenis = gangguan::kerusuhan,
                                      .hitung_tidak_dapat_dilanjutkan = true, .hasil_tidak_dapat_digunakan = false,
                                      .hitung_tertutup = false};
static_assert(incident_report_of([] {
                  sheet s = sheet::empty(fixtures::code, kontes::ppwp, 3);
                  write_incidents(s, riot_report);
                  return s;
              }()) == riot_report);
static_assert(incident_report_of(sheet::empty(fixtures::code, kontes::ppwp, 3)) == incident_report{});

// ---- condition sets: the regime differences, the checks ----
static_assert(check_conditions<pk>() && check_conditions<pm>());
static_assert(incident_rules<pk>().contains(rule_id::recount_inconsistent_validity));
static_assert(!incident_rules<pk>().contains(rule_id::recount_riot));
static_assert(incident_rules<pm>().contains(rule_id::recount_riot));
static_assert(!incident_rules<pm>().contains(rule_id::recount_inconsistent_validity));
static_assert(describe<pk>(rule_id::psu_multiple_voting).basis.article == "Pasal 112");
static_assert(describe<pm>(rule_id::psu_multiple_voting).basis.law == "PKPU 25/2023");
static_assert(!describe<pm>(rule_id::recount_inconsistent_validity).applies);
static_assert(describe<pk>(rule_id::psu_disturbance).result == outcome::psu);
static_assert(!describe<pk>(rule_id::psu_disturbance).mandatory);
static_assert(describe<pm>(rule_id::psu_ballot_box_opened).mandatory);
static_assert(!describe<pk>(rule_id::psu_ballot_box_opened).mandatory);
static_assert(describe<pk>(rule_id::tps_capacity).basis == pk::tps_capacity.basis);
static_assert(describe<pm>(rule_id::ballots_allocation).basis == pm::ballot_reserve.basis);
static_assert(describe<pk>(rule_id::votes_valid_sum).key == "votes.valid_sum");

// every rule of sections A and B has a title in both languages, a basis (where it applies)
// and an outcome
template <class R>
constexpr bool catalogue_complete() {
    for (std::size_t i = 0; i < rule_count; ++i) {
        const rule_info r = describe<R>(static_cast<rule_id>(i));
        if (r.title.id.empty() || r.title.en.empty()) return false;
        if (r.applies && (r.basis.empty() || r.result == outcome::none)) return false;
    }
    return true;
}
static_assert(catalogue_complete<pk>() && catalogue_complete<pm>());
static_assert(rules_of(rule_section::incidents).contains(rule_id::follow_up_all));
static_assert(!rules_of(rule_section::sheet).contains(rule_id::follow_up_all));
static_assert(rules_at_least(severity::error).contains(rule_id::votes_valid_sum));
static_assert(!rules_at_least(severity::error).contains(rule_id::tps_capacity));

// ---- the verdict ----
constexpr verdict mixed = judge<pk>(consistent_with<pk>([](sheet& s) {
    s.set_raw(field::kejadian_gangguan, 3).set_raw(field::kejadian_hasil_tidak_dapat_digunakan, 1);
    s.set_raw(field::kejadian_hitung_tertutup, 1).set_candidate_votes(0, 18);
}));
static_assert(mixed.result == outcome::psu);          // the disturbance PSU ...
static_assert(!mixed.mandatory);                      // ... is "dapat", not dropped
static_assert(mixed.obliged == outcome::recount);     // Pilkada recount: "dilakukan seketika itu juga"
static_assert(mixed.has("votes.valid_sum") && mixed.has("recount.closed") && mixed.has("psu.disturbance"));
static_assert(mixed.count == 3);
static_assert(judge<pm>(consistent<pm>()).result == outcome::none);
static_assert(judge<pm>(vs_voters_bad(pm{})).result == outcome::recount);
static_assert(!judge<pm>(vs_voters_bad(pm{})).mandatory && judge<pm>(vs_voters_bad(pm{})).obliged == outcome::none);
static_assert(judge<pk>(vs_voters_bad(pk{})).result == outcome::correction);
static_assert(judge<pm>(one_double_voter).result == outcome::psu && judge<pm>(one_double_voter).mandatory);
static_assert(judge<pk>(one_double_voter).result == outcome::none);
static_assert(judge<pk>(incident_report{.gangguan_tahap_terhenti = gangguan_tahap::sebagian,
                                        .sah_tidak_konsisten = true})
                  .result == outcome::recount);
static_assert(judge<pk>(sex_sum_missing).result == outcome::review);  // record.incomplete alone

// ---- Sirekap psu statuses ----
static_assert(psu_from_string("Pemungutan Suara Ulang") == psu_status::pemungutan_suara_ulang);
static_assert(psu_from_string("pemungutan suara ulang") == psu_status::other);  // exact spelling only
static_assert(psu_from_string("") == psu_status::other);  // JSON null is read before a string is
static_assert(to_outcome(psu_status::none) == outcome::none);
static_assert(to_outcome(psu_status::reguler) == outcome::none);
static_assert(to_outcome(psu_status::other) == outcome::none);
static_assert(to_outcome(psu_status::penghitungan_suara_ulang) == outcome::recount);
static_assert(to_outcome(psu_status::penghitungan_suara_susulan) == outcome::follow_up);
static_assert(to_outcome(psu_status::pemungutan_suara_lanjutan) == outcome::continued);
static_assert(psu_status_of(outcome::correction) == psu_status::reguler);
static_assert(psu_status_of(outcome::review) == psu_status::reguler);
constexpr bool sirekap_round_trip() {
    for (auto p : {psu_status::reguler, psu_status::penghitungan_suara_ulang, psu_status::pemungutan_suara_ulang,
                   psu_status::pemungutan_suara_susulan, psu_status::pemungutan_suara_lanjutan})
        if (psu_status_of(to_outcome(p)) != p || psu_from_string(to_string(p)) != p) return false;
    return true;
}
static_assert(sirekap_round_trip());

// ---- ballot validity ----
constexpr ballot marked(mark_place p, std::uint8_t col) { return ballot{}.punch(p, col); }
static_assert(judge_ballot<pk>(ballot_type::pilkada, marked(mark_place::pair_column, 1), 3).valid);
static_assert(judge_ballot<pk>(ballot_type::pilkada, marked(mark_place::pair_column, 1), 3).column == 1);
static_assert(judge_ballot<pm>(ballot_type::pemilu_ppwp, marked(mark_place::party_symbol, 2), 3).column == 2);
static_assert(judge_ballot<pk>(ballot_type::pilkada, marked(mark_place::column_edge, 0), 2).valid);
static_assert(judge_ballot<pk>(ballot_type::pilkada, marked(mark_place::between_columns, 0), 2).fault ==
              ballot_fault::between_columns);
static_assert(judge_ballot<pm>(ballot_type::pemilu_ppwp, marked(mark_place::outside_columns, 0), 3).fault ==
              ballot_fault::outside_columns);
static_assert(judge_ballot<pm>(ballot_type::pemilu_ppwp, ballot{}, 3).fault == ballot_fault::unmarked);
static_assert(judge_ballot<pm>(ballot_type::pemilu_ppwp,
                               ballot{}.punch(mark_place::pair_column, 0).punch(mark_place::pair_column, 1), 3)
                  .fault == ballot_fault::several_columns);
static_assert(judge_ballot<pm>(ballot_type::pemilu_ppwp,
                               ballot{}.punch(mark_place::pair_column, 0).punch(mark_place::outside_columns, 0), 3)
                  .fault == ballot_fault::outside_columns);
static_assert(judge_ballot<pk>(ballot_type::pilkada,
                               ballot{}.punch(mark_place::pair_column, 0).punch(mark_place::party_symbol, 0), 2)
                  .valid);  // several marks in one column
// ... because the regime says so, with its (unverified) basis; a regime that says otherwise
// makes the same ballot invalid.
constexpr ballot two_marks_one_column = ballot{}.punch(mark_place::pair_column, 0).punch(mark_place::party_symbol, 0);
static_assert(judge_ballot<pk>(ballot_type::pilkada, two_marks_one_column, 2).basis ==
              pilkada_2024::several_marks_in_one_column.basis);
static_assert(pilkada_2024::several_marks_in_one_column.basis.level == confidence::unverified);
struct strict_marks_regime : pilkada_2024 {
    static constexpr cited<bool> several_marks_in_one_column{
        false, {.law = "test regime", .level = confidence::derived, .note = "one mark per ballot"}};
};
static_assert(!judge_ballot<strict_marks_regime>(ballot_type::pilkada, two_marks_one_column, 2).valid);
static_assert(judge_ballot<strict_marks_regime>(ballot_type::pilkada, two_marks_one_column, 2).fault ==
              ballot_fault::several_columns);
static_assert(judge_ballot<strict_marks_regime>(ballot_type::pilkada, marked(mark_place::pair_column, 0), 2).valid);
static_assert(judge_ballot<pk>(ballot_type::pilkada, [] { auto b = marked(mark_place::pair_column, 0); b.signed_by_chair = false; return b; }(), 2)
                  .fault == ballot_fault::not_signed);
static_assert(judge_ballot<pk>(ballot_type::pilkada, [] { auto b = marked(mark_place::pair_column, 0); b.damaged = true; return b; }(), 2)
                  .fault == ballot_fault::damaged);
static_assert(judge_ballot<pm>(ballot_type::pemilu_ppwp, [] { auto b = marked(mark_place::pair_column, 0); b.written_on = true; return b; }(), 3)
                  .fault == ballot_fault::written_on);
static_assert(judge_ballot<pm>(ballot_type::pemilu_ppwp, [] { auto b = marked(mark_place::pair_column, 0); b.provided_tool = false; return b; }(), 3)
                  .fault == ballot_fault::not_provided_tool);
// single-candidate: the blank column is a valid choice; a punch on its line counts for it
static_assert(judge_ballot<pk>(ballot_type::pilkada_single_candidate, marked(mark_place::pair_column, 1), 1).blank_column);
static_assert(judge_ballot<pk>(ballot_type::pilkada_single_candidate, marked(mark_place::column_edge, 1), 1).blank_column);
static_assert(!judge_ballot<pk>(ballot_type::pilkada_single_candidate, marked(mark_place::pair_column, 0), 1).blank_column);
static_assert(judge_ballot<pk>(ballot_type::pilkada_single_candidate, marked(mark_place::between_columns, 0), 1).fault ==
              ballot_fault::between_columns);
static_assert(judge_ballot<pk>(ballot_type::pilkada, marked(mark_place::pair_column, 1), 1).fault ==
              ballot_fault::no_such_column);  // no blank column on a multi-pair ballot
static_assert(judge_ballot<pm>(ballot_type::pemilu_ppwp, marked(mark_place::pair_column, 0), 3).basis.law == "PKPU 25/2023");
// Every basis is the regime's own member: the rules of a valid ballot, the single-candidate
// ballot's; a regime that cites another law for them makes its decisions cite it.
static_assert(judge_ballot<pk>(ballot_type::pilkada, marked(mark_place::pair_column, 0), 2).basis == pk::ballot_validity_basis);
static_assert(judge_ballot<pk>(ballot_type::pilkada, ballot{}, 2).basis == pk::ballot_validity_basis);
static_assert(judge_ballot<pm>(ballot_type::pemilu_ppwp, ballot{}, 3).basis == pm::ballot_validity_basis);
static_assert(judge_ballot<pk>(ballot_type::pilkada_single_candidate, marked(mark_place::pair_column, 1), 1).basis ==
              pk::single_candidate_ballot_basis);
static_assert(pk::single_candidate_ballot_basis.law == "UU 10/2016" && pk::single_candidate_ballot_basis.article == "Pasal 54C");
static_assert(pm::single_candidate_ballot_basis.level == confidence::unverified);  // no such ballot found for Pemilu
struct other_ballot_law : pilkada_2024 {
    static constexpr citation ballot_validity_basis{"test regime", "Pasal 1", "", "", confidence::derived, "a test"};
};
static_assert(judge_ballot<other_ballot_law>(ballot_type::pilkada, marked(mark_place::pair_column, 0), 2).basis.law ==
              "test regime");
static_assert(judge_ballot<other_ballot_law>(ballot_type::pilkada, ballot{}, 2).basis.law == "test regime");
static_assert(judge_ballot<other_ballot_law>(ballot_type::pilkada_single_candidate, ballot{}, 1).basis.law == "UU 10/2016");

// counting a stack fills the vote section, and the sheet then passes the vote rules
constexpr sheet counted_single = [] {
    std::array<ballot, 6> stack{marked(mark_place::pair_column, 0), marked(mark_place::pair_column, 0),
                                marked(mark_place::pair_column, 1), marked(mark_place::column_edge, 1),
                                marked(mark_place::outside_columns, 0), ballot{}};
    sheet s = sheet::empty(fixtures::code, kontes::pkwkk, 1, true);
    fill_votes(s, count_ballots<pk>(ballot_type::pilkada_single_candidate, 1, stack));
    s.set(fields::pengguna_total_j, 6);
    return s;
}();
static_assert(counted_single.votes[0] == 2 && counted_single.blank_votes == 2);
static_assert(counted_single.figure(field::suara_sah) == 4 && counted_single.figure(field::suara_tidak_sah) == 2);
static_assert(!fired<pk>(counted_single).contains(rule_id::votes_valid_sum));
static_assert(!fired<pk>(counted_single).contains(rule_id::votes_total_sum));
static_assert(!fired<pk>(counted_single).contains(rule_id::votes_vs_voters));

// ---- the path after each decision: regime constants, constexpr ----
// Pemilu 2024: KPPS proposes, PPK passes on, KPU Kabupaten/Kota decides, at most 10 days after
// voting day (UU 7/2017 Pasal 373 ayat (3)): 14 February + 10 = 24 February 2024.
static_assert(pm::psu_path.proposed_by.value == body_set{body::kpps});
static_assert(pm::psu_path.passed_on_by.value == body_set{body::ppk});
static_assert(pm::psu_path.decided_by.value == body_set{body::kpu_kab_kota});
static_assert(pm::psu_path.held_at.value == place{venue::tps});
static_assert(pm::psu_path.deadline.value == time_limit::within_days(10));
static_assert(pm::psu_path.deadline.basis.article == "Pasal 373" && pm::psu_path.deadline.basis.paragraph == "ayat (3)");
static_assert(pm::psu_path.deadline.value.last_day(pm::voting_day.value) == civil_date{2024, 2, 24});
static_assert(decision_path_of<pm>(outcome::psu)->deadline.value.last_day(pm::voting_day.value) == civil_date{2024, 2, 24});
// a PSU decided on day 3 is within the limit; one held on day 11 is not
static_assert(*pm::psu_path.deadline.value.allows(pm::voting_day.value, days_after(pm::voting_day.value, 3)));
static_assert(!*pm::psu_path.deadline.value.allows(pm::voting_day.value, {2024, 2, 25}));
// KPU applied the same 10 days to PSL and PSS in 2024
static_assert(pm::continued_path.deadline.value == time_limit::within_days(10));
static_assert(pm::follow_up_path.deadline.value.last_day(pm::voting_day.value) == civil_date{2024, 2, 24});
static_assert(pm::follow_up_path.deadline.basis.level == confidence::secondary);
// Pilkada 2024 recount: a witness or the PPL proposes, at the TPS or else the PPS, finished on
// voting day (Perpu 1/2014 Pasal 113 ayat (3)-(5), primary)
static_assert(pk::recount_path.proposed_by.value.contains(body::saksi) && pk::recount_path.proposed_by.value.contains(body::ppl));
static_assert(!pk::recount_path.proposed_by.value.contains(body::kpps));
static_assert(pk::recount_path.held_at.value == place{venue::tps, venue::pps});
static_assert(pk::recount_path.deadline.value == time_limit::on_voting_day());
static_assert(pk::recount_path.deadline.value.last_day(pk::voting_day.value) == pk::voting_day.value);
static_assert(pk::recount_path.deadline.basis.level == confidence::primary);
static_assert(pk::recount_path.held_at.basis.paragraph == "ayat (4)");
// Pilkada 2024 PSU: on a recommendation of Panwaslu Kecamatan (PKPU 17/2024 Pasal 50), decided
// by the KPU Kabupaten/Kota; the deadline is unknown and says so (no made-up number)
static_assert(pk::psu_path.proposed_by.value == body_set{body::panwaslu_kecamatan});
static_assert(pk::psu_path.proposed_by.basis.article == "Pasal 50");
static_assert(!pk::psu_path.passed_on_by.value.known());
static_assert(!pk::psu_path.deadline.value.known());
static_assert(!pk::psu_path.deadline.value.last_day(pk::voting_day.value).has_value());
static_assert(!pk::psu_path.deadline.value.allows(pk::voting_day.value, pk::voting_day.value).has_value());
static_assert(pk::psu_path.deadline.basis.level == confidence::unverified);
static_assert(!pk::continued_path.deadline.value.known() && !pk::follow_up_path.deadline.value.known());
static_assert(!decision_path_of<pk>(outcome::correction).has_value());
// a derived regime that learns the deadline changes it in one place
struct pilkada_2029 : pilkada_2024 {
    static constexpr std::string_view name = "pilkada-2029";
    static constexpr decision_path psu_path{pilkada_2024::psu_path.proposed_by, pilkada_2024::psu_path.passed_on_by,
                                            pilkada_2024::psu_path.decided_by, pilkada_2024::psu_path.held_at,
                                            {time_limit::within_days(4), {.law = "UU x/2029", .article = "Pasal 1",
                                                                          .level = confidence::derived,
                                                                          .note = "test"}}};
};
static_assert(pilkada_2029::psu_path.deadline.value.last_day({2029, 11, 28}) == civil_date{2029, 12, 2});
static_assert(decision_path_of<pilkada_2029>(outcome::psu)->deadline.value.days() == 4);

// ---- tags raised by the second reading (docs/changes.md), and the consequence cited as such ----
static_assert(pk::psu_procedural_mandatory.basis.level == confidence::secondary);  // "dapat", was unverified
static_assert(!pk::psu_procedural_mandatory.value);
static_assert(pk::psu_procedural_mandatory.basis.note.find("Pasal 50") != std::string_view::npos);
static_assert(describe<pm>(rule_id::recount_riot).basis.note.find("UU 8/2012 Pasal 223") != std::string_view::npos);
static_assert(describe<pm>(rule_id::psu_multiple_voting).basis.note.find("consequence") != std::string_view::npos);
static_assert(describe<pk>(rule_id::psu_multiple_voting).basis.note.find("consequence") != std::string_view::npos);
static_assert(pk::psu_disturbance_causes.value == gangguan_set{gangguan::keamanan});
static_assert(pm::psu_disturbance_causes.value == gangguan_set{gangguan::bencana, gangguan::kerusuhan});
static_assert(pk::labels.basis.article == "Pasal 95" && pk::labels.basis.paragraph == "ayat (4)");

// ---- titles in the regime's own labels and the contest's own votes ----
static_assert(describe<pk>(rule_id::voters_category_sum).title.id == "Jumlah pengguna hak pilih tidak sama dengan DPT + DPPh + DPTb");
static_assert(describe<pm>(rule_id::voters_category_sum).title.en == "Voters who voted differ from DPT + DPTb + DPK");
static_assert(describe<pk>(rule_id::voters_registered_turnout).title.id == "Pengguna hak pilih DPPh/DPTb melebihi yang tercatat");
static_assert(describe<pk>(rule_id::votes_valid_sum).title.id == "Suara sah tidak sama dengan jumlah suara paslon");
static_assert(describe<pm>(rule_id::votes_valid_sum, kontes::ppwp).title.id == "Suara sah tidak sama dengan jumlah suara paslon");
static_assert(describe<pm>(rule_id::votes_valid_sum, kontes::pdpr).title.id ==
              "Suara sah tidak sama dengan jumlah suara partai dan calon");
static_assert(describe<pm>(rule_id::votes_valid_sum, kontes::pdprdk).title.en ==
              "Valid votes differ from the sum of party and candidate votes");
static_assert(describe<pm>(rule_id::votes_valid_sum, kontes::pdpd).title.id == "Suara sah tidak sama dengan jumlah suara calon");
static_assert(describe<pm>(rule_id::votes_valid_sum).title.id ==
              "Suara sah tidak sama dengan jumlah perolehan suara peserta");  // the five contests together
static_assert(describe<pk>(rule_id::psu_disturbance).title.id ==
              "Hasil tidak dapat digunakan atau penghitungan tidak dapat dilakukan karena gangguan keamanan");
static_assert(describe<pm>(rule_id::psu_disturbance).title.en ==
              "Results unusable or the count impossible because of a natural disaster and/or a riot");
static_assert(field_label<pk>(field::pengguna_dpk_j, lang::id) == "pengguna DPTb");
static_assert(field_label<pm>(field::pengguna_dpk_j, lang::id) == "pengguna DPK");
static_assert(field_label<pk>(field::pemilih_dptb_j, lang::en) == "registered moved-in (DPPh)");
static_assert(figure_label<pm>(candidate_sum_name, lang::id, vote_kind::parties_and_candidates) ==
              "jumlah suara partai dan calon");
static_assert(vote_kind_of(pk::kontes_held.value) == vote_kind::pairs);
static_assert(vote_kind_of(pm::kontes_held.value) == vote_kind::mixed);
// every template names the lists by tokens only
constexpr bool templates_name_no_list() {
    for (const auto& d : catalogue)
        for (const auto& l : {pk::labels.value, pm::labels.value})
            if (names_a_list_literally(d.title.id, l) || names_a_list_literally(d.title.en, l)) return false;
    for (const auto& t : field_label_templates)
        for (const auto& l : {pk::labels.value, pm::labels.value})
            if (names_a_list_literally(t.id, l) || names_a_list_literally(t.en, l)) return false;
    return true;
}
static_assert(templates_name_no_list());

// ---- writing on a Pilkada ballot: the statute itself ----
constexpr ballot written_ballot = [] { auto b = marked(mark_place::pair_column, 0); b.written_on = true; return b; }();
static_assert(judge_ballot<pk>(ballot_type::pilkada, written_ballot, 2).fault == ballot_fault::written_on);
static_assert(judge_ballot<pk>(ballot_type::pilkada, written_ballot, 2).basis ==
              citation{"Perpu 1/2014 (UU 1/2015)", "Pasal 96", "ayat (2)", "", confidence::primary, "statutory text as read"});
static_assert(judge_ballot<pk>(ballot_type::pilkada_single_candidate, written_ballot, 1).basis.level == confidence::primary);
static_assert(judge_ballot<pm>(ballot_type::pemilu_ppwp, written_ballot, 3).basis.article == "Pasal 55");
static_assert(pk::several_marks_in_one_column.basis.level == confidence::unverified);
static_assert(pk::several_marks_in_one_column.basis.note.find("kompas.tv") != std::string_view::npos);

// ---- laws (tests/support/laws.hpp): fired_rules agrees with check_sheet; missing is not zero ----
static_assert(laws::fired_agrees_with_findings<pk>(consistent<pk>()));
static_assert(laws::fired_agrees_with_findings<pk>(slipped));
static_assert(laws::fired_agrees_with_findings<pm>(vs_voters_bad(pm{})));
static_assert(laws::fired_agrees_with_findings<pk>(stopped_sheet(1)));
static_assert(laws::missing_is_not_zero_for_rules<pk>(slipped, field::suara_sah));
static_assert(laws::missing_is_not_zero_for_rules<pm>(consistent<pm>(), field::pemilih_dpt_j));

struct strict_marks_regime_pm : pemilu_2024 {
    static constexpr cited<bool> several_marks_in_one_column{
        false, {.law = "test regime", .level = confidence::derived, .note = "one mark per spot"}};
};
// ---- legislative ballots (DPR, DPRD): for the party or one of its candidates ----
// A DPR ballot of three parties: party 1 with 3 candidates, party 2 with 2, party 4 with 3 (party
// 3 is not on this ballot); candidate 2 of party 4 is known deceased.
constexpr party_number p1{1}, p2{2}, p3{3}, p4{4};
constexpr candidate_number c1{1}, c2{2}, c3{3};
constexpr legislative_ballot_layout dpr_layout =
    legislative_ballot_layout{kontes::pdpr}.party(p1, 3).party(p2, 2).party(p4, 3).strike(p4, c2);
constexpr legislative_decision judged(const legislative_ballot& b, const legislative_ballot_layout& l = dpr_layout) {
    return judge_legislative_ballot<pm>(b, l);
}
static_assert(dpr_layout.has_party(p1) && !dpr_layout.has_party(p3) && dpr_layout.candidates(p2) == 2);
static_assert(dpr_layout.is_struck(p4, c2) && !dpr_layout.is_struck(p4, c1) && !dpr_layout.is_struck(p1, c2));
// party only -> the party
static_assert(judged(legislative_ballot{}.punch_party(p2)).valid);
static_assert(judged(legislative_ballot{}.punch_party(p2)).party == p2);
static_assert(judged(legislative_ballot{}.punch_party(p2)).candidate == candidate_number{});
static_assert(judged(legislative_ballot{}.punch_party(p2)).rule == legislative_rule::party_only);
static_assert(judged(legislative_ballot{}.punch_party(p2)).basis == pm::legislative_vote_basis);
// a candidate only -> the candidate
static_assert(judged(legislative_ballot{}.punch_candidate(p1, c3)).candidate == c3);
static_assert(judged(legislative_ballot{}.punch_candidate(p1, c3)).party == p1);
static_assert(judged(legislative_ballot{}.punch_candidate(p1, c3)).rule == legislative_rule::candidate_only);
static_assert(judged(legislative_ballot{}.punch_candidate(p1, c3)).for_candidate());
static_assert(!judged(legislative_ballot{}.punch_party(p1)).for_candidate());
// the party and a candidate of the same party -> the candidate, in either order
static_assert(judged(legislative_ballot{}.punch_party(p1).punch_candidate(p1, c2)).candidate == c2);
static_assert(judged(legislative_ballot{}.punch_candidate(p1, c2).punch_party(p1)).rule ==
              legislative_rule::party_and_candidate);
// several candidates of one party -> the party, on the regime's (unverified) constant
constexpr legislative_ballot two_candidates = legislative_ballot{}.punch_candidate(p1, c1).punch_candidate(p1, c3);
static_assert(judged(two_candidates).valid && judged(two_candidates).party == p1);
static_assert(judged(two_candidates).candidate == candidate_number{});
static_assert(judged(two_candidates).rule == legislative_rule::several_candidates);
static_assert(judged(two_candidates).basis == pm::several_candidates_of_one_party.basis);
static_assert(pm::several_candidates_of_one_party.basis.level == confidence::unverified);
static_assert(judged(legislative_ballot{}.punch_party(p1).punch_candidate(p1, c1).punch_candidate(p1, c2)).rule ==
              legislative_rule::several_candidates);
// ... a regime that reads Pasal 55 the other way makes the same ballot invalid
struct one_candidate_regime : pemilu_2024 {
    static constexpr cited<bool> several_candidates_of_one_party{
        false, {.law = "test regime", .level = confidence::derived, .note = "several marks on one ballot: invalid"}};
};
static_assert(!judge_legislative_ballot<one_candidate_regime>(two_candidates, dpr_layout).valid);
static_assert(judge_legislative_ballot<one_candidate_regime>(two_candidates, dpr_layout).fault ==
              legislative_fault::several_candidates);
static_assert(judge_legislative_ballot<one_candidate_regime>(two_candidates, dpr_layout).basis.law == "test regime");
static_assert(judge_legislative_ballot<one_candidate_regime>(legislative_ballot{}.punch_candidate(p1, c1), dpr_layout).valid);
// the line between two candidates of one party -> the party
static_assert(judged(legislative_ballot{}.punch(legislative_mark::between_candidates(p4))).rule ==
              legislative_rule::between_candidates);
static_assert(judged(legislative_ballot{}.punch(legislative_mark::between_candidates(p4))).party == p4);
static_assert(judge_legislative_ballot<one_candidate_regime>(legislative_ballot{}.punch(legislative_mark::between_candidates(p4)),
                                                             dpr_layout)
                  .valid);  // not a mark on two candidates
// a deceased or disqualified candidate -> the party (alone or with the party's mark); a live one
// of the same party is the candidate's
static_assert(judged(legislative_ballot{}.punch_candidate(p4, c2)).rule == legislative_rule::struck_candidate);
static_assert(judged(legislative_ballot{}.punch_candidate(p4, c2)).candidate == candidate_number{});
static_assert(judged(legislative_ballot{}.punch_candidate(p4, c2)).basis == pm::struck_candidate_basis);
static_assert(judged(legislative_ballot{}.punch_party(p4).punch_candidate(p4, c2)).rule == legislative_rule::struck_candidate);
static_assert(judged(legislative_ballot{}.punch_candidate(p4, c3)).candidate == c3);
// several marks on the same candidate: that candidate, on the regime's unverified constant
constexpr legislative_ballot same_candidate_twice = legislative_ballot{}.punch_candidate(p2, c1).punch_candidate(p2, c1);
static_assert(judged(same_candidate_twice).candidate == c1);
static_assert(judged(same_candidate_twice).basis == pm::several_marks_in_one_column.basis);
static_assert(judged(legislative_ballot{}.punch_party(p2).punch_party(p2)).rule == legislative_rule::party_only);
static_assert(!judge_legislative_ballot<strict_marks_regime_pm>(same_candidate_twice, dpr_layout).valid);
static_assert(judge_legislative_ballot<strict_marks_regime_pm>(same_candidate_twice, dpr_layout).fault ==
              legislative_fault::several_marks);
static_assert(judge_legislative_ballot<strict_marks_regime_pm>(legislative_ballot{}.punch_party(p2).punch_candidate(p2, c1),
                                                               dpr_layout)
                  .valid);  // the party and its candidate are two spots, not one punched twice
// marks for two parties (or candidates of two parties) -> invalid
static_assert(judged(legislative_ballot{}.punch_party(p1).punch_party(p2)).fault == legislative_fault::several_parties);
static_assert(judged(legislative_ballot{}.punch_candidate(p1, c1).punch_candidate(p2, c1)).fault ==
              legislative_fault::several_parties);
static_assert(judged(legislative_ballot{}.punch_party(p1).punch_candidate(p2, c1)).fault == legislative_fault::several_parties);
static_assert(judged(legislative_ballot{}.punch_party(p1).punch_party(p2)).basis == pm::legislative_ballot_validity_basis);
// no mark, and the ballot's own state -> invalid
static_assert(judged(legislative_ballot{}).fault == legislative_fault::unmarked);
static_assert(judged(legislative_ballot{}).basis == pm::legislative_ballot_validity_basis);
static_assert(pm::legislative_ballot_validity_basis.article == "Pasal 53" &&
              pm::legislative_ballot_validity_basis.paragraph == "ayat (2)");
static_assert(judged(legislative_ballot{}.punch(legislative_mark::outside_columns())).fault == legislative_fault::outside_columns);
static_assert(judged(legislative_ballot{}.punch_party(p1).punch(legislative_mark::between_parties())).fault ==
              legislative_fault::between_parties);
static_assert(judged([] { auto b = legislative_ballot{}.punch_party(p1); b.signed_by_chair = false; return b; }()).fault ==
              legislative_fault::not_signed);
static_assert(judged([] { auto b = legislative_ballot{}.punch_party(p1); b.damaged = true; return b; }()).fault ==
              legislative_fault::damaged);
static_assert(judged([] { auto b = legislative_ballot{}.punch_party(p1); b.written_on = true; return b; }()).basis ==
              pm::written_ballot_invalid_basis);
static_assert(judged([] { auto b = legislative_ballot{}.punch_party(p1); b.provided_tool = false; return b; }()).fault ==
              legislative_fault::not_provided_tool);
// caller errors: rejected, whatever else is on the ballot
static_assert(judged(legislative_ballot{}.punch_party(p3)).fault == legislative_fault::no_such_party);
static_assert(judged(legislative_ballot{}.punch_candidate(p2, c3)).fault == legislative_fault::no_such_candidate);
static_assert(judged(legislative_ballot{}.punch(legislative_mark::outside_columns()).punch_party(p3)).rejected());
static_assert(!judged(legislative_ballot{}.punch_party(p1)).rejected() && !judged(legislative_ballot{}).rejected());
// a contest the regime holds but the layout names a DPRD one: judged alike
static_assert(judged(legislative_ballot{}.punch_candidate(p1, c1),
                     legislative_ballot_layout{kontes::pdprdk}.party(p1, 1))
                  .for_candidate());
// a regime that holds only DPR ballots rejects a DPRD layout
struct dpr_only_regime : pemilu_2024 {
    static constexpr std::string_view name = "dpr-only";
    static constexpr cited<kontes_set> kontes_held{{kontes::pdpr}, {.law = "test regime", .level = confidence::derived}};
    static constexpr cited<electoral_areas> contest_areas{{{kontes::pdpr, electoral_area::dapil_within_province}},
                                                          {.law = "test regime", .level = confidence::derived}};
};
static_assert(judge_legislative_ballot<dpr_only_regime>(legislative_ballot{}.punch_party(p1),
                                                        legislative_ballot_layout{kontes::pdprdp}.party(p1, 1))
                  .fault == legislative_fault::contest_not_held);
static_assert(judge_legislative_ballot<dpr_only_regime>(legislative_ballot{}.punch_party(p1), dpr_layout).valid);

// counting a stack: per party the party-only votes, the candidates' votes and the total, and the
// form's identities hold by construction (total = party-only + Σ candidates; Σ totals = sah)
constexpr legislative_count counted_dpr = [] {
    std::array<legislative_ballot, 10> stack{
        legislative_ballot{}.punch_party(p1),                          // party 1
        legislative_ballot{}.punch_candidate(p1, c2),                  // party 1, candidate 2
        legislative_ballot{}.punch_party(p1).punch_candidate(p1, c2),  // party 1, candidate 2
        two_candidates,                                                // party 1
        legislative_ballot{}.punch_candidate(p4, c2),                  // party 4 (deceased candidate)
        legislative_ballot{}.punch_candidate(p4, c3),                  // party 4, candidate 3
        legislative_ballot{}.punch_party(p1).punch_party(p2),          // invalid
        legislative_ballot{},                                          // invalid
        legislative_ballot{}.punch_party(p3),                          // rejected: not on this ballot
        legislative_ballot{}.punch(legislative_mark::between_candidates(p2)),  // party 2
    };
    return count_legislative_ballots<pm>(dpr_layout, stack);
}();
static_assert(counted_dpr.party(p1).party_only == 2 && counted_dpr.party(p1).candidate(c2) == 2);
static_assert(counted_dpr.party(p1).total == 4 && counted_dpr.party(p1).adds_up());
static_assert(counted_dpr.party(p4).party_only == 1 && counted_dpr.party(p4).candidate(c3) == 1);
static_assert(counted_dpr.party(p4).candidate(c2) == 0);
static_assert(counted_dpr.party(p2).total == 1 && counted_dpr.party(p2).party_only == 1);
static_assert(counted_dpr.party(p3).total == 0);
static_assert(counted_dpr.valid == 7 && counted_dpr.invalid == 2 && counted_dpr.rejected == 1);
static_assert(counted_dpr.party_total_sum() == counted_dpr.valid && counted_dpr.consistent());
// ... and the check can fail: a tally whose total does not add up
static_assert([] {
    legislative_count c = counted_dpr;
    ++c.parties[0].total;
    return !c.parties[0].adds_up() && !c.consistent();
}());
static_assert([] {
    legislative_count c = counted_dpr;
    ++c.valid;
    return c.parties[0].adds_up() && !c.consistent();
}());

// ---- legislative sheets (votes.party_sum; the sheet rules on the party totals) ----
using fixtures::consistent_dpd;
using fixtures::consistent_dpr;
template <class F>
constexpr legislative_sheet dpr_with(F change) {
    legislative_sheet s = consistent_dpr();
    change(s);
    return s;
}
constexpr rule_set fired_leg(const legislative_sheet& s, rule_set on = rule_set::all()) {
    return fired_legislative_rules<pm>(s, on);
}
constexpr bool has_value(const finding& f, std::string_view name, std::uint64_t v) {
    for (const figure_value& x : f)
        if (x.name == name && x.value == v) return true;
    return false;
}
// consistent DPR, DPRD Provinsi, DPRD Kab/Kota and DPD (40 candidates) sheets fire nothing
static_assert(fired_leg(consistent_dpr()).empty());
static_assert(fired_leg(consistent_dpr(kontes::pdprdp)).empty() && fired_leg(consistent_dpr(kontes::pdprdk)).empty());
static_assert(fired_leg(consistent_dpd()).empty() && consistent_dpd().candidate_count() == 40);
static_assert(max_dpd_candidates > max_candidates);
// the keys of the figures
static_assert(party_total_key(party_number{3}) == "partai_3.total" && party_votes_key(party_number{3}) == "partai_3.partai");
static_assert(party_sum_key(party_number{12}) == "partai_12.jumlah");
static_assert(candidate_key(party_number{24}, candidate_number{12}) == "partai_24.caleg_12");
static_assert(candidate_key(party_number{25}, candidate_number{1}).empty() && candidate_key(party_number{1}, candidate_number{13}).empty());
static_assert(contest_figure_key(kontes::ppwp, field::pengguna_dptb_j) == "ppwp.pengguna_dptb_j");
static_assert(contest_figure_key(kontes::ppwp, field::suara_sah).empty());
// votes.party_sum fires on a party-only figure one off, and nothing else does (the totals still add up)
constexpr legislative_sheet party_off = dpr_with([](legislative_sheet& s) { s.set_party_votes(0, 21); });
static_assert(fired_leg(party_off) == rule_set{rule_id::votes_party_sum});
static_assert([] {
    const auto fl = legislative_findings_of<pm>(party_off);
    const finding* f = fl.first(rule_id::votes_party_sum);
    return fl.size() == 1 && f && f->contest == kontes::pdpr && has_value(*f, "partai_1.total", 65) &&
           has_value(*f, "partai_1.jumlah", 66) && has_value(*f, "partai_1.partai", 21) && has_value(*f, "partai_1.caleg_1", 30) &&
           f->level == severity::error && f->result == outcome::correction;
}());
// ... and is silent when disabled
static_assert(fired_leg(party_off, rule_set{rule_id::votes_valid_sum}).empty());
// Σ party totals = suara_sah is votes.valid_sum, and names the party total, not the column
constexpr legislative_sheet total_off = dpr_with([](legislative_sheet& s) { s.set_party_total(1, 81); });
static_assert(fired_leg(total_off) == rule_set{rule_id::votes_party_sum, rule_id::votes_valid_sum});
static_assert([] {
    const auto fl = legislative_findings_of<pm>(total_off);
    const finding* f = fl.first(rule_id::votes_valid_sum);
    return f && has_value(*f, "suara_sah", 150) && has_value(*f, "partai_2.total", 81) && has_value(*f, "partai_5.total", 5);
}());
// the administration identities run as on any sheet
static_assert(fired_leg(dpr_with([](legislative_sheet& s) { s.admin.set(fields::suara_total, 150); }))
                  .contains(rule_id::votes_total_sum));
// missing is never zero: a missing candidate figure is named by record.incomplete, nothing else fires
constexpr legislative_sheet cand_missing = dpr_with([](legislative_sheet& s) { s.set_candidate_votes(0, 1, missing_figure); });
static_assert(fired_leg(cand_missing) == rule_set{rule_id::record_incomplete});
static_assert([] {
    const auto fl = legislative_findings_of<pm>(cand_missing);
    const finding* f = fl.first(rule_id::record_incomplete);
    return fl.size() == 1 && f && f->missing_candidates && f->missing_fields == 0 && f->size() == 1 &&
           f->values[0].name == "partai_1.caleg_2" && f->values[0].value == missing_figure;
}());
static_assert(fired_leg(dpr_with([](legislative_sheet& s) { s.set_candidate_votes(0, 1, 0); })) ==
              rule_set{rule_id::votes_party_sum});
// a missing party total: votes.party_sum and votes.valid_sum are not evaluated; it is named once
constexpr legislative_sheet total_missing = dpr_with([](legislative_sheet& s) { s.set_party_total(2, missing_figure); });
static_assert(fired_leg(total_missing) == rule_set{rule_id::record_incomplete});
static_assert([] {
    const auto fl = legislative_findings_of<pm>(total_missing);
    const finding* f = fl.first(rule_id::record_incomplete);
    return f && f->size() == 1 && f->values[0].name == "partai_5.total";
}());
// ... and with votes.party_sum off, only votes.valid_sum's need names it
static_assert(legislative_findings_of<pm>(total_missing, rule_set{rule_id::votes_valid_sum, rule_id::record_incomplete})
                  .first(rule_id::record_incomplete)
                  ->size() == 1);
static_assert(fired_leg(total_missing, rule_set{rule_id::tps_capacity}).empty());
// record.digit_slip: a candidate read with a digit too many (30 read as 300)
constexpr legislative_sheet cand_slip = dpr_with([](legislative_sheet& s) { s.set_candidate_votes(0, 0, 300); });
static_assert(fired_leg(cand_slip) == rule_set{rule_id::votes_party_sum, rule_id::record_digit_slip});
static_assert([] {
    const auto fl = legislative_findings_of<pm>(cand_slip);  // held: a pointer into a temporary would dangle
    const finding* f = fl.first(rule_id::record_digit_slip);
    return f && f->size() == 2 && f->values[0].name == "partai_1.caleg_1" && f->values[0].value == 300 &&
           f->values[1].value == 30;
}());
// ... a party total read as 665 for 65: one slip, found by both identities, named once
constexpr legislative_sheet total_slip = dpr_with([](legislative_sheet& s) { s.set_party_total(0, 665); });
static_assert(fired_leg(total_slip) == rule_set{rule_id::votes_party_sum, rule_id::votes_valid_sum, rule_id::votes_over_supply,
                                                rule_id::record_digit_slip});
static_assert([] {
    const auto fl = legislative_findings_of<pm>(total_slip);  // held: a pointer into a temporary would dangle
    const finding* f = fl.first(rule_id::record_digit_slip);
    return f && f->size() == 2 && f->values[0].name == "partai_1.total" && f->values[0].value == 665 && f->values[1].value == 65;
}());
// ... no slip where no deleted digit mends the party (one off), or when the rule is off
static_assert(!fired_leg(party_off).contains(rule_id::record_digit_slip));
static_assert(!fired_leg(cand_slip, [] {
                   rule_set on = rule_set::all();
                   on.erase(rule_id::record_digit_slip);
                   return on;
               }()).contains(rule_id::record_digit_slip));
// the order: sheet rules, votes.party_sum, record.incomplete, record.digit_slip
static_assert([] {
    const auto fl = legislative_findings_of<pm>(total_slip);
    return fl.size() == 4 && fl.items[0].rule == rule_id::votes_valid_sum && fl.items[1].rule == rule_id::votes_over_supply &&
           fl.items[2].rule == rule_id::votes_party_sum && fl.items[3].rule == rule_id::record_digit_slip;
}());
// a DPD sheet is a sheet of candidates: a candidate off breaks votes.valid_sum
static_assert([] {
    legislative_sheet s = consistent_dpd();
    s.set_dpd_votes(39, 34);
    return fired_leg(s) == rule_set{rule_id::votes_valid_sum};
}());
static_assert([] {
    legislative_sheet s = consistent_dpd();
    s.set_dpd_votes(30, missing_figure);
    const auto fl = legislative_findings_of<pm>(s);
    return fl.size() == 1 && fl.items[0].rule == rule_id::record_incomplete && fl.items[0].missing_candidates;
}());
// the catalogue
static_assert(describe<pm>(rule_id::votes_party_sum).key == "votes.party_sum");
static_assert(describe<pm>(rule_id::votes_party_sum).section == rule_section::sheet);
static_assert(describe<pm>(rule_id::tps_dpt_across_contests).basis.level == confidence::derived);
static_assert(describe<pm>(rule_id::tps_voters_across_contests).result == outcome::review);
static_assert(rule_from_string("tps.voters_across_contests") == rule_id::tps_voters_across_contests);

// ---- the sheets of one TPS ----
using fixtures::consistent_admin_of;
template <std::size_t N>
constexpr finding_list<16> tps_findings(const std::array<sheet, N>& sheets, rule_set on = rule_set::all()) {
    finding_list<16> out;
    check_tps_contests<pm>(sheets, out, on);
    return out;
}
constexpr std::array<sheet, 5> five{consistent_admin_of(kontes::ppwp), consistent_admin_of(kontes::pdpr),
                                    consistent_admin_of(kontes::pdpd), consistent_admin_of(kontes::pdprdp),
                                    consistent_admin_of(kontes::pdprdk)};
static_assert(tps_findings(five).size() == 0);
// DPT differs on the DPR sheet
static_assert([] {
    auto s = five;
    s[1].set(fields::pemilih_dpt_j, 202);
    const auto fl = tps_findings(s);
    return fl.size() == 1 && fl.items[0].rule == rule_id::tps_dpt_across_contests && fl.items[0].contest == kontes::pdpr &&
           has_value(fl.items[0], "pemilih_dpt_j", 202) && has_value(fl.items[0], "ppwp.pemilih_dpt_j", 201);
}());
// ... and without a PPWP sheet the value most sheets have is the reference
static_assert([] {
    std::array<sheet, 3> s{five[1], five[2], five[3]};
    s[0].set(fields::pemilih_dpt_l, 104);
    const auto fl = tps_findings(s);
    return fl.size() == 1 && fl.items[0].contest == kontes::pdpr && has_value(fl.items[0], "pdpd.pemilih_dpt_l", 103);
}());
// ... a missing DPT is not compared (never zero), and the rule can be disabled
static_assert([] {
    auto s = five;
    s[1].clear(fields::pemilih_dpt_j);
    return tps_findings(s).size() == 0;
}());
static_assert([] {
    auto s = five;
    s[1].set(fields::pemilih_dpt_j, 202);
    return tps_findings(s, rule_set{rule_id::tps_voters_across_contests}).size() == 0;
}());
// moved voters may hold fewer ballots: fewer DPTb voters on the DPR sheet fire nothing ...
constexpr std::array<sheet, 3> fewer_moved = [] {
    std::array<sheet, 3> s{five[0], five[2], five[1]};  // PPWP, DPD, DPR
    // (each sheet's own identities are not this rule's: only the DPTb rows are changed)
    s[0].set(fields::pengguna_dptb_j, 2);
    s[1].set(fields::pengguna_dptb_j, 2);
    s[2].set(fields::pengguna_dptb_j, 1);
    return s;
}();
static_assert(tps_findings(fewer_moved).size() == 0);
// ... more than on the DPD sheet fire
static_assert([] {
    auto s = fewer_moved;
    s[1].set(fields::pengguna_dptb_j, 1);
    s[2].set(fields::pengguna_dptb_j, 2);
    const auto fl = tps_findings(s);
    return fl.size() == 1 && fl.items[0].rule == rule_id::tps_voters_across_contests && fl.items[0].contest == kontes::pdpr &&
           fl.items[0].size() == 2 && has_value(fl.items[0], "pengguna_dptb_j", 2) && has_value(fl.items[0], "pdpd.pengguna_dptb_j", 1);
}());
// a DPT voter more on one sheet fires; the same figure missing does not
static_assert([] {
    auto s = five;
    s[4].set(fields::pengguna_dpt_j, 136);
    const auto fl = tps_findings(s);
    return fl.size() == 1 && fl.items[0].contest == kontes::pdprdk && has_value(fl.items[0], "ppwp.pengguna_dpt_j", 135);
}());
// with a row missing, the total is bounded: at most the PPWP's, at least it less its moved voters
static_assert([] {
    auto s = five;
    s[1].clear(fields::pengguna_dpt_j).set(fields::pengguna_total_j, 152);
    const auto fl = tps_findings(s);
    return fl.size() == 1 && has_value(fl.items[0], "pengguna_total_j", 152) && has_value(fl.items[0], "ppwp.pengguna_total_j", 151);
}());
static_assert([] {
    auto s = five;
    s[1].clear(fields::pengguna_dpt_j).set(fields::pengguna_total_j, 151);
    return tps_findings(s).size() == 0;
}());

}  // namespace
