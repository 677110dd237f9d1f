// suara — the incident conditions of rule catalogue section B, one type each.
// Distributed under the Boost Software License, Version 1.0.
//
// A condition is a type with
//   static constexpr rule_id id;                       // its catalogue identifier
//   static constexpr outcome result;                   // psu, recount, continued or follow_up
//   template <class R> static constexpr citation basis();            // its article under R
//   template <class R> static constexpr bool holds(const incident_report&);
//   template <class R> static constexpr bool mandatory();  // optional: "wajib" (true) or "dapat"
//   template <class R> static constexpr count_rep threshold();  // optional: shown in its findings
// The catalogue's own conditions take identifier, outcome and the report member they read from
// the ground's row (incident_grounds, suara/form/rule_id.hpp); a ground that is one reported
// flag needs no more than that row (`detail::flag_ground`).
// Everything that depends on the election comes from the regime, never from the condition:
// thresholds (R::psu_*_threshold: Pilkada 2024 needs "lebih dari seorang", two or more persons,
// where Pemilu 2024 needs one), articles (R::incident_law, or the threshold's own basis), and
// whether a ground obliges (R::psu_procedural_mandatory, R::psu_disturbance_mandatory,
// R::recount_mandatory, R::continuation_mandatory). So a regime derived from another, changing
// one constant, changes what every condition reads. A regime's set of conditions is its
// Boost.Hana sequence `R::incident_conditions` (checked in suara/law/condition_set.hpp);
// this header is free of Hana so that it stays cheap.
//
// How the disturbance fields are read (docs/sources.md#disturbances):
//  - `continued.partial`: a disturbance stopped part of the stages (kejadian_gangguan_tahap
//    sebagian): the vote resumes from the stage that stopped (PSL);
//  - `follow_up.all`: it stopped all stages (seluruh): all stages are held later (PSS). Nothing
//    was held, so there is nothing to re-vote or recount: no PSU and no recount follow from it;
//  - `psu.disturbance`: only a disturbance of a cause the regime's law names
//    (R::psu_disturbance_causes: Pilkada "gangguan keamanan", UU 1/2015 Pasal 112 ayat (1);
//    Pemilu "bencana alam dan/atau kerusuhan", UU 7/2017 Pasal 372 ayat (1)) that made the
//    results unusable or the count impossible (kejadian_hasil_tidak_dapat_digunakan,
//    kejadian_hitung_tidak_dapat_dilakukan). A disturbance that stopped nothing is no ground.
//    The law says "dapat" (may);
//  - `recount.riot` (Pemilu, UU 7/2017 Pasal 374 ayat (2) huruf a): only a riot (kerusuhan)
//    after which the count could not go on (kejadian_hitung_tidak_dapat_dilanjutkan).
// Not reported is never "no": a ground needs the fact reported as having happened.
#ifndef SUARA_LAW_CONDITIONS_HPP
#define SUARA_LAW_CONDITIONS_HPP

#include <suara/core/citation.hpp>
#include <suara/core/outcome.hpp>
#include <suara/form/incident_report.hpp>
#include <suara/form/field.hpp>
#include <suara/form/rule_id.hpp>

namespace suara {

namespace detail {
/// Common part of the catalogue's own conditions: identifier and outcome from the ground's row,
/// basis from the regime's incident_law table (empty when the regime has none: the condition-set
/// check says so).
template <rule_id Id>
struct incident_condition {
    static_assert(is_incident_ground(Id), "suara: an incident condition's identifier must be an incident ground");
    static constexpr rule_id id = Id;
    static constexpr outcome result = ground_of(Id)->result;
    template <class R>
    [[nodiscard]] static constexpr citation basis() noexcept {
        if constexpr (requires { R::incident_law.basis(Id); }) return R::incident_law.basis(Id);
        else return citation{};
    }
};

/// The report member the ground `Id` is read from (its row's column).
template <rule_id Id>
constexpr const auto& ground_value(const incident_report& r) noexcept {
    return incident_value<ground_of(Id)->column>(r);
}

/// A ground that is one fact reported as having happened: its flag is set.
template <rule_id Id>
struct flag_ground : incident_condition<Id> {
    static_assert(form_of(ground_of(Id)->column) == field_form::flag, "suara: a flag ground is read from a 0/1 field");
    template <class R>
    static constexpr bool holds(const incident_report& r) noexcept { return reported(ground_value<Id>(r)); }
};

/// The disturbance stopped every stage (reported so): a follow-up vote, nothing to repeat.
constexpr bool stopped_all_stages(const incident_report& r) noexcept {
    return r.gangguan_tahap_terhenti.has_value() && *r.gangguan_tahap_terhenti == gangguan_tahap::seluruh;
}

template <class R>
constexpr bool procedural_psu_mandatory() noexcept { return R::psu_procedural_mandatory.value; }

/// A regime's PSU threshold; zero persons would make every report a ground, so it is refused.
template <const auto& Threshold>
constexpr count_rep psu_threshold() noexcept {
    static_assert(Threshold.value >= 1, "suara: a PSU threshold in the regime must be at least one");
    return Threshold.value;
}

/// A procedural PSU ground: as binding as the regime's procedural grounds.
template <rule_id Id>
struct procedural_psu : incident_condition<Id> {
    template <class R>
    static constexpr bool mandatory() noexcept { return procedural_psu_mandatory<R>(); }
};
template <rule_id Id>
struct procedural_psu_flag : flag_ground<Id> {
    template <class R>
    static constexpr bool mandatory() noexcept { return procedural_psu_mandatory<R>(); }
};
}  // namespace detail

namespace conditions {

// ---- PSU (re-vote): docs/sources.md#psu ----
/// The ballot box or the election documents were opened against procedure (kotak_dibuka).
struct ballot_box_opened : detail::procedural_psu_flag<rule_id::psu_ballot_box_opened> {};
/// The KPPS asked a voter to mark, sign or write on a used ballot (tanda_khusus).
struct voter_marked_ballot : detail::procedural_psu_flag<rule_id::psu_voter_marked_ballot> {};
/// "merusak lebih dari satu surat suara": R::psu_ballots_destroyed_threshold (2 in both regimes).
struct ballots_destroyed : detail::procedural_psu<rule_id::psu_ballots_destroyed> {
    // cited by the threshold that decides it
    /// The basis of R's threshold.
    template <class R>
    static constexpr citation basis() noexcept { return R::psu_ballots_destroyed_threshold.basis; }
    /// R's threshold (at least one), shown in the finding.
    template <class R>
    static constexpr count_rep threshold() { return detail::psu_threshold<R::psu_ballots_destroyed_threshold>(); }
    /// True when at least R's threshold of used ballots were reported destroyed.
    template <class R>
    static constexpr bool holds(const incident_report& r) {
        return reported_at_least(detail::ground_value<id>(r), threshold<R>());
    }
};
/// Pilkada "lebih dari seorang" (2), Pemilu one person: R::psu_multiple_voting_threshold.
struct multiple_voting : detail::procedural_psu<rule_id::psu_multiple_voting> {
    // cited by the threshold that decides it
    /// The basis of R's threshold.
    template <class R>
    static constexpr citation basis() noexcept { return R::psu_multiple_voting_threshold.basis; }
    /// R's threshold (at least one), shown in the finding.
    template <class R>
    static constexpr count_rep threshold() { return detail::psu_threshold<R::psu_multiple_voting_threshold>(); }
    /// True when at least R's threshold of persons were reported voting more than once.
    template <class R>
    static constexpr bool holds(const incident_report& r) {
        return reported_at_least(detail::ground_value<id>(r), threshold<R>());
    }
};
/// Pilkada "lebih dari seorang" (2), Pemilu one person: R::psu_unregistered_voting_threshold.
struct unregistered_voting : detail::procedural_psu<rule_id::psu_unregistered_voting> {
    // cited by the threshold that decides it
    /// The basis of R's threshold.
    template <class R>
    static constexpr citation basis() noexcept { return R::psu_unregistered_voting_threshold.basis; }
    /// R's threshold (at least one), shown in the finding.
    template <class R>
    static constexpr count_rep threshold() { return detail::psu_threshold<R::psu_unregistered_voting_threshold>(); }
    /// True when at least R's threshold of persons not entitled were reported voting.
    template <class R>
    static constexpr bool holds(const incident_report& r) {
        return reported_at_least(detail::ground_value<id>(r), threshold<R>());
    }
};
/// "dapat diulang jika terjadi <cause> yang mengakibatkan hasil pemungutan suara tidak dapat
/// digunakan atau penghitungan suara tidak dapat dilakukan": a cause the regime names
/// (R::psu_disturbance_causes), with one of the two effects reported. Permitted, never obliged
/// (R::psu_disturbance_mandatory). A disturbance that stopped every stage is a follow-up vote.
struct disturbance : detail::incident_condition<rule_id::psu_disturbance> {
    /// True for a cause R names with one of the two effects, short of stopping every stage.
    template <class R>
    static constexpr bool holds(const incident_report& r) noexcept {
        const bool named_cause = r.gangguan_jenis.has_value() && R::psu_disturbance_causes.value.contains(*r.gangguan_jenis);
        const bool effect = reported(r.hasil_tidak_dapat_digunakan) || reported(r.hitung_tidak_dapat_dilakukan);
        return named_cause && effect && !detail::stopped_all_stages(r);
    }
    /// "dapat" in both regimes: R::psu_disturbance_mandatory.
    template <class R>
    static constexpr bool mandatory() noexcept { return R::psu_disturbance_mandatory.value; }
};

// ---- recount: docs/sources.md#recount ----
namespace detail_recount {
template <rule_id Id>
struct flag_recount : detail::flag_ground<Id> {
    template <class R>
    static constexpr bool mandatory() noexcept { return R::recount_mandatory.value; }
};
}  // namespace detail_recount

/// The count was held behind closed doors (hitung_tertutup).
struct closed_count : detail_recount::flag_recount<rule_id::recount_closed> {};
/// The count was held in poor light (kurang_terang).
struct dim_light : detail_recount::flag_recount<rule_id::recount_dim_light> {};
/// The ballots were not read out loud enough (suara_tidak_jelas).
struct unclear_voice : detail_recount::flag_recount<rule_id::recount_unclear_voice> {};
/// The results were not written clearly (tulisan_tidak_jelas).
struct unclear_writing : detail_recount::flag_recount<rule_id::recount_unclear_writing> {};
/// Witnesses, supervisors or the public could not watch the count (tidak_dapat_disaksikan).
struct not_observable : detail_recount::flag_recount<rule_id::recount_not_observable> {};
/// The count was held at another place or time than set (tempat_waktu_lain).
struct other_place_time : detail_recount::flag_recount<rule_id::recount_other_place_time> {};
/// Pilkada only (Perpu 1/2014 Pasal 113 (2) g).
struct inconsistent_validity : detail_recount::flag_recount<rule_id::recount_inconsistent_validity> {};
/// Pemilu only (UU 7/2017 Pasal 374 ayat (2) huruf a): "kerusuhan yang mengakibatkan
/// penghitungan suara tidak dapat dilanjutkan". A riot after which the count could go on is no
/// ground; one that stopped every stage is a follow-up vote, not a recount.
struct riot : detail::incident_condition<rule_id::recount_riot> {
    /// True for a riot after which the count could not go on, short of stopping every stage.
    template <class R>
    static constexpr bool holds(const incident_report& r) noexcept {
        return r.gangguan_jenis.has_value() && *r.gangguan_jenis == gangguan::kerusuhan &&
               reported(r.hitung_tidak_dapat_dilanjutkan) && !detail::stopped_all_stages(r);
    }
    /// As binding as R's other recount grounds (R::recount_mandatory).
    template <class R>
    static constexpr bool mandatory() noexcept { return R::recount_mandatory.value; }
};

// ---- continued and follow-up voting: docs/sources.md#continued-and-follow-up ----
/// A disturbance stopped part of the stages: the vote resumes from the stage that stopped (PSL).
struct continued_partial : detail::incident_condition<rule_id::continued_partial> {
    /// True when the report says part of the stages stopped (sebagian).
    template <class R>
    static constexpr bool holds(const incident_report& r) noexcept {
        return r.gangguan_tahap_terhenti.has_value() && *r.gangguan_tahap_terhenti == gangguan_tahap::sebagian;
    }
    /// Whether the law obliges it under R (R::continuation_mandatory).
    template <class R>
    static constexpr bool mandatory() noexcept { return R::continuation_mandatory.value; }
};
/// A disturbance stopped every stage: all of them are held later (PSS).
struct follow_up_all : detail::incident_condition<rule_id::follow_up_all> {
    /// True when the report says every stage stopped (seluruh).
    template <class R>
    static constexpr bool holds(const incident_report& r) noexcept {
        return r.gangguan_tahap_terhenti.has_value() && *r.gangguan_tahap_terhenti == gangguan_tahap::seluruh;
    }
    /// Whether the law obliges it under R (R::continuation_mandatory).
    template <class R>
    static constexpr bool mandatory() noexcept { return R::continuation_mandatory.value; }
};

}  // namespace conditions

/// "must" unless the condition says otherwise.
template <class C, class R>
[[nodiscard]] constexpr bool condition_mandatory() noexcept {
    if constexpr (requires { C::template mandatory<R>(); }) return C::template mandatory<R>();
    else return true;
}

}  // namespace suara

#endif  // SUARA_LAW_CONDITIONS_HPP
