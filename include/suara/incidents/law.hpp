// suara — where each incident ground sits in a regime's law (reference §5, §6).
// Distributed under the Boost Software License, Version 1.0.
//
// The incident conditions are the same facts in both regimes, but their articles differ
// (spec/rules.md section B). `incident_law<R>::basis(id)` gives the article under regime R; a
// user adding a regime specialises `incident_law` next to `conditions_of`
// (suara/incidents/condition_set.hpp). A ground the regime does not have returns an empty
// citation, which the condition-set check rejects at compile time.
#ifndef SUARA_INCIDENTS_LAW_HPP
#define SUARA_INCIDENTS_LAW_HPP

#include <suara/core/citation.hpp>
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>
#include <suara/tally/rule_id.hpp>

namespace suara {

/// Specialise for a new regime: `static constexpr citation basis(rule_id)`.
template <class R>
struct incident_law {};

template <>
struct incident_law<pilkada_2024> {
    // §5.1: Pasal 112 as transcribed by Bawaslu (secondary); §6.1: Pasal 113 read (primary);
    // §6.3: Pasal 120/121 reported by Kompas via lampung.tribunnews (secondary).
    [[nodiscard]] static constexpr citation basis(rule_id id) noexcept {
        constexpr std::string_view psu_law = "UU 1/2015";
        constexpr std::string_view recount_law = "Perpu 1/2014 (UU 1/2015)";
        constexpr std::string_view bawaslu = "Bawaslu transcription";
        switch (id) {
        case rule_id::psu_ballot_box_opened: return {psu_law, "Pasal 112", "ayat (2)", "huruf a", confidence::secondary, bawaslu};
        case rule_id::psu_voter_marked_ballot: return {psu_law, "Pasal 112", "ayat (2)", "huruf b", confidence::secondary, bawaslu};
        case rule_id::psu_ballots_destroyed: return {psu_law, "Pasal 112", "ayat (2)", "huruf c", confidence::secondary, bawaslu};
        case rule_id::psu_multiple_voting: return {psu_law, "Pasal 112", "ayat (2)", "huruf d", confidence::secondary, bawaslu};
        case rule_id::psu_unregistered_voting: return {psu_law, "Pasal 112", "ayat (2)", "huruf e", confidence::secondary, bawaslu};
        case rule_id::psu_disturbance: return {psu_law, "Pasal 112", "ayat (1)", "", confidence::secondary, bawaslu};
        case rule_id::recount_closed: return {recount_law, "Pasal 113", "ayat (2)", "huruf a", confidence::primary, ""};
        case rule_id::recount_dim_light: return {recount_law, "Pasal 113", "ayat (2)", "huruf b", confidence::primary, ""};
        case rule_id::recount_unclear_voice: return {recount_law, "Pasal 113", "ayat (2)", "huruf c", confidence::primary, ""};
        case rule_id::recount_unclear_writing: return {recount_law, "Pasal 113", "ayat (2)", "huruf d", confidence::primary, ""};
        case rule_id::recount_not_observable: return {recount_law, "Pasal 113", "ayat (2)", "huruf e", confidence::primary, ""};
        case rule_id::recount_other_place_time: return {recount_law, "Pasal 113", "ayat (2)", "huruf f", confidence::primary, ""};
        case rule_id::recount_inconsistent_validity: return {recount_law, "Pasal 113", "ayat (2)", "huruf g", confidence::primary, ""};
        case rule_id::continued_partial: return {psu_law, "Pasal 120", "", "", confidence::secondary, "Kompas via lampung.tribunnews"};
        case rule_id::follow_up_all: return {psu_law, "Pasal 121", "", "", confidence::secondary, "Kompas via lampung.tribunnews"};
        default: return {};  // recount.riot is not a Pilkada ground (Pasal 113 has no riot letter)
        }
    }
};

template <>
struct incident_law<pemilu_2024> {
    // §5.2: Pasal 372 quoted (secondary), PKPU 25/2023 Pasal 80 (3) quoted (secondary);
    // §6.2: Pasal 374 read on an OCR scan (primary); §6.3: Pasal 431/432 per tirto (secondary).
    [[nodiscard]] static constexpr citation basis(rule_id id) noexcept {
        constexpr std::string_view uu = "UU 7/2017";
        switch (id) {
        case rule_id::psu_ballot_box_opened: return {uu, "Pasal 372", "ayat (2)", "huruf a", confidence::secondary, ""};
        case rule_id::psu_voter_marked_ballot: return {uu, "Pasal 372", "ayat (2)", "huruf b", confidence::secondary, ""};
        case rule_id::psu_ballots_destroyed: return {uu, "Pasal 372", "ayat (2)", "huruf c", confidence::secondary, ""};
        case rule_id::psu_multiple_voting: return {"PKPU 25/2023", "Pasal 80", "ayat (3)", "", confidence::secondary, ""};
        case rule_id::psu_unregistered_voting: return {uu, "Pasal 372", "ayat (2)", "huruf d", confidence::secondary, ""};
        case rule_id::psu_disturbance: return {uu, "Pasal 372", "ayat (1)", "", confidence::secondary, ""};
        case rule_id::recount_riot: return {uu, "Pasal 374", "ayat (2)", "huruf a", confidence::primary, "OCR scan"};
        case rule_id::recount_closed: return {uu, "Pasal 374", "ayat (2)", "huruf b", confidence::primary, "OCR scan"};
        case rule_id::recount_dim_light: return {uu, "Pasal 374", "ayat (2)", "huruf c", confidence::primary, "OCR scan"};
        case rule_id::recount_unclear_voice: return {uu, "Pasal 374", "ayat (2)", "huruf d", confidence::primary, "OCR scan"};
        case rule_id::recount_unclear_writing: return {uu, "Pasal 374", "ayat (2)", "huruf e", confidence::primary, "OCR scan"};
        case rule_id::recount_not_observable: return {uu, "Pasal 374", "ayat (2)", "huruf f", confidence::primary, "OCR scan"};
        case rule_id::recount_other_place_time: return {uu, "Pasal 374", "ayat (2)", "huruf g", confidence::primary, "OCR scan"};
        case rule_id::continued_partial: return {uu, "Pasal 431", "", "", confidence::secondary, "tirto"};
        case rule_id::follow_up_all: return {uu, "Pasal 432", "", "", confidence::secondary, "tirto"};
        default: return {};  // recount.inconsistent_validity is not a Pemilu ground in Pasal 374 (2)
        }
    }
};

}  // namespace suara

#endif  // SUARA_INCIDENTS_LAW_HPP
