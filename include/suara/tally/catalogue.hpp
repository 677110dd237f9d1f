// suara — the rule catalogue as data: every identifier with its severity, outcome, legal basis
// and title in Indonesian and English (spec/rules.md).
// Distributed under the Boost Software License, Version 1.0.
//
// `catalogue` holds what does not depend on the election; `describe<R>(id)` completes it for a
// regime: votes.vs_voters takes its outcome from R::votes_vs_voters_outcome (and, when that is a
// recount, R::recount_mandatory: "dapat" under Pemilu 2024), tps.capacity,
// ballots.allocation and voters.copied_row cite the regime constant they use, and a section B
// ground takes outcome, basis and "wajib"/"dapat" from the regime's incident condition set
// (suara/incidents/condition_set.hpp); a ground the regime does not have is described with
// `applies == false` and outcome `none`.
//
// Arithmetic rules (section A) rest on the form and on practice, not on an article: they cite
// the catalogue itself with the identity of reference §2.5 they encode, tagged `derived`.
#ifndef SUARA_TALLY_CATALOGUE_HPP
#define SUARA_TALLY_CATALOGUE_HPP

#include <array>
#include <cstddef>
#include <string_view>

#include <suara/core/citation.hpp>
#include <suara/core/outcome.hpp>
#include <suara/core/text.hpp>
#include <suara/incidents/condition_set.hpp>
#include <suara/regimes/regime.hpp>
#include <suara/tally/rule_id.hpp>

namespace suara {

enum class rule_section : unsigned char { sheet = 'A', incidents = 'B', rollup = 'C' };

/// The regime-independent part of one rule.
struct rule_descriptor {
    rule_id id;
    rule_section section;
    severity level;
    outcome result;  ///< section A/C outcome; section B and votes.vs_voters come from the regime
    bilingual title;
    citation basis;  ///< section A/C basis; section B comes from the regime
};

/// A rule as it stands under one regime.
struct rule_info {
    rule_id id = rule_id::record_incomplete;
    std::string_view key;
    rule_section section = rule_section::sheet;
    severity level = severity::info;
    outcome result = outcome::none;
    bool mandatory = true;  ///< the law obliges ("wajib") rather than permits ("dapat") the outcome
    bool applies = true;    ///< false for a section B ground the regime does not have
    citation basis{};
    bilingual title{};
    [[nodiscard]] constexpr confidence level_of_basis() const noexcept { return basis.level; }
};

namespace detail {
constexpr citation catalogue_basis(std::string_view key, std::string_view note) noexcept {
    return {"suara rule catalogue", key, "", "", confidence::derived, note};
}
}  // namespace detail

inline constexpr std::array<rule_descriptor, rule_count> catalogue{{
    {rule_id::voters_sex_sum, rule_section::sheet, severity::error, outcome::correction,
     {"Jumlah (J) tidak sama dengan L + P", "Total (J) differs from men + women"},
     detail::catalogue_basis("voters.sex_sum", "reference §2.5 identity 1 (form layout)")},
    {rule_id::voters_category_sum, rule_section::sheet, severity::error, outcome::correction,
     {"Jumlah pengguna hak pilih tidak sama dengan DPT + DPTb + DPK", "Voters who voted differ from DPT + DPTb + DPK"},
     detail::catalogue_basis("voters.category_sum", "reference §2.5 identity 2 (Sirekap, validators, KPU Kaltim recap)")},
    {rule_id::voters_dpt_turnout, rule_section::sheet, severity::error, outcome::correction,
     {"Pengguna hak pilih DPT melebihi pemilih DPT", "DPT voters who voted exceed registered DPT"},
     detail::catalogue_basis("voters.dpt_turnout", "reference §2.5 identity 3 (Sirekap)")},
    {rule_id::voters_registered_turnout, rule_section::sheet, severity::error, outcome::correction,
     {"Pengguna hak pilih DPTb/DPK melebihi yang tercatat", "DPTb/DPK voters who voted exceed those listed"},
     detail::catalogue_basis("voters.registered_turnout", "identity 3 of reference §2.5 applied to DPTb and DPK")},
    {rule_id::voters_copied_row, rule_section::sheet, severity::warning, outcome::review,
     {"Kehadiran DPT 100 %: baris pemilih mungkin tersalin", "100 % DPT turnout: the voter row may have been copied"},
     detail::catalogue_basis("voters.copied_row", "heuristic; threshold from the regime")},
    {rule_id::ballots_balance, rule_section::sheet, severity::error, outcome::correction,
     {"Surat suara diterima tidak sama dengan digunakan + dikembalikan + tidak digunakan",
      "Ballots received differ from used + returned + unused"},
     detail::catalogue_basis("ballots.balance", "reference §2.5 identity 4 (Sirekap, KPU Kaltim recap)")},
    {rule_id::ballots_used_vs_voters, rule_section::sheet, severity::error, outcome::correction,
     {"Surat suara digunakan tidak sama dengan pengguna hak pilih", "Ballots used differ from voters who voted"},
     detail::catalogue_basis("ballots.used_vs_voters", "reference §2.5 identity 5 (Sirekap)")},
    {rule_id::ballots_allocation, rule_section::sheet, severity::warning, outcome::review,
     {"Surat suara diterima tidak sama dengan DPT + cadangan", "Ballots received differ from DPT + reserve"},
     detail::catalogue_basis("ballots.allocation", "reference §2.5 identity 10; rate from the regime")},
    {rule_id::votes_valid_sum, rule_section::sheet, severity::error, outcome::correction,
     {"Suara sah tidak sama dengan jumlah suara paslon", "Valid votes differ from the sum of the candidates"},
     detail::catalogue_basis("votes.valid_sum", "reference §2.5 identity 8 (blank column included, §4.3)")},
    {rule_id::votes_total_sum, rule_section::sheet, severity::error, outcome::correction,
     {"Jumlah suara tidak sama dengan sah + tidak sah", "Total votes differ from valid + invalid"},
     detail::catalogue_basis("votes.total_sum", "reference §2.5 identity 7")},
    {rule_id::votes_vs_voters, rule_section::sheet, severity::error, outcome::correction,
     {"Suara sah + tidak sah tidak sama dengan pengguna hak pilih", "Valid + invalid votes differ from voters who voted"},
     detail::catalogue_basis("votes.vs_voters", "reference §2.5 identity 9; outcome from the regime")},
    {rule_id::votes_over_supply, rule_section::sheet, severity::error, outcome::correction,
     {"Suara atau pemilih melebihi surat suara yang mungkin ada", "Votes or voters exceed the ballots the TPS could have had"},
     detail::catalogue_basis("votes.over_supply", "reference §2.5 identities 10-11; reserve from the regime")},
    {rule_id::tps_capacity, rule_section::sheet, severity::warning, outcome::review,
     {"Pemilih DPT melebihi batas per TPS", "Registered DPT above the per-TPS ceiling"},
     detail::catalogue_basis("tps.capacity", "reference §2.5 identity 12; ceiling from the regime")},
    {rule_id::record_incomplete, rule_section::sheet, severity::info, outcome::review,
     {"Data tidak lengkap", "Record incomplete"},
     detail::catalogue_basis("record.incomplete", "missing is never read as zero")},
    {rule_id::record_digit_slip, rule_section::sheet, severity::info, outcome::correction,
     {"Kemungkinan salah baca satu angka", "Likely misread digit"},
     detail::catalogue_basis("record.digit_slip", "OCR misreads of 2024 (e.g. 64 read as 641)")},
    // section B: outcome and basis under a regime come from its incident condition set
    {rule_id::psu_ballot_box_opened, rule_section::incidents, severity::warning, outcome::psu,
     {"Kotak suara atau berkas dibuka tidak sesuai tata cara", "Ballot box or documents opened against procedure"}, {}},
    {rule_id::psu_voter_marked_ballot, rule_section::incidents, severity::warning, outcome::psu,
     {"KPPS meminta pemilih memberi tanda khusus pada surat suara", "KPPS asked a voter to mark a used ballot"}, {}},
    {rule_id::psu_ballots_destroyed, rule_section::incidents, severity::warning, outcome::psu,
     {"KPPS merusak lebih dari satu surat suara", "KPPS destroyed more than one used ballot"}, {}},
    {rule_id::psu_multiple_voting, rule_section::incidents, severity::warning, outcome::psu,
     {"Pemilih menggunakan hak pilih lebih dari satu kali", "Persons voted more than once"}, {}},
    {rule_id::psu_unregistered_voting, rule_section::incidents, severity::warning, outcome::psu,
     {"Pemilih tidak berhak memberikan suara", "Persons not entitled voted"}, {}},
    {rule_id::psu_disturbance, rule_section::incidents, severity::warning, outcome::psu,
     {"Bencana, kerusuhan atau gangguan keamanan", "Disaster, riot or security disturbance"}, {}},
    {rule_id::recount_closed, rule_section::incidents, severity::warning, outcome::recount,
     {"Penghitungan secara tertutup", "Counted behind closed doors"}, {}},
    {rule_id::recount_dim_light, rule_section::incidents, severity::warning, outcome::recount,
     {"Penghitungan di tempat kurang terang", "Counted in insufficient light"}, {}},
    {rule_id::recount_unclear_voice, rule_section::incidents, severity::warning, outcome::recount,
     {"Hasil dibacakan dengan suara kurang jelas", "Results announced unclearly"}, {}},
    {rule_id::recount_unclear_writing, rule_section::incidents, severity::warning, outcome::recount,
     {"Hasil dicatat dengan tulisan kurang jelas", "Results written illegibly"}, {}},
    {rule_id::recount_not_observable, rule_section::incidents, severity::warning, outcome::recount,
     {"Saksi, pengawas atau warga tidak dapat menyaksikan dengan jelas", "Witnesses, supervisors or public could not watch"}, {}},
    {rule_id::recount_other_place_time, rule_section::incidents, severity::warning, outcome::recount,
     {"Penghitungan di tempat atau waktu lain", "Counted at another place or time"}, {}},
    {rule_id::recount_inconsistent_validity, rule_section::incidents, severity::warning, outcome::recount,
     {"Penentuan sah/tidak sah tidak konsisten", "Validity decided inconsistently"}, {}},
    {rule_id::recount_riot, rule_section::incidents, severity::warning, outcome::recount,
     {"Kerusuhan menghentikan penghitungan", "A riot stopped the count"}, {}},
    {rule_id::continued_partial, rule_section::incidents, severity::warning, outcome::continued,
     {"Gangguan menghentikan sebagian tahapan", "A disturbance stopped part of the stages"}, {}},
    {rule_id::follow_up_all, rule_section::incidents, severity::warning, outcome::follow_up,
     {"Gangguan menghentikan seluruh tahapan", "A disturbance stopped all stages"}, {}},
    // section C: evaluated by the roll-up (suara/bulk)
    {rule_id::recap_mismatch, rule_section::rollup, severity::error, outcome::correction,
     {"Rekapitulasi berbeda dari jumlah TPS", "Recap differs from the sum of its TPS"},
     detail::catalogue_basis("recap.mismatch", "reference §2.5")},
    {rule_id::recap_missing_tps, rule_section::rollup, severity::info, outcome::review,
     {"TPS tanpa lembar hasil", "TPS without a results sheet"},
     detail::catalogue_basis("recap.missing_tps", "region tree")},
}};

namespace detail {
consteval bool catalogue_in_order() {
    for (std::size_t i = 0; i < rule_count; ++i)
        if (static_cast<std::size_t>(catalogue[i].id) != i) return false;
    return true;
}
static_assert(catalogue_in_order(), "suara: the catalogue table must list the rules in rule_id order");
}  // namespace detail

/// The rule under regime R.
template <class R>
[[nodiscard]] constexpr rule_info describe(rule_id id) {
    static_assert(is_checked_condition_set_v<R>);
    const rule_descriptor& d = catalogue[static_cast<std::size_t>(id)];
    rule_info info{d.id, to_string(d.id), d.section, d.level, d.result, true, true, d.basis, d.title};
    switch (id) {
    case rule_id::votes_vs_voters:
        info.result = R::votes_vs_voters_outcome.value;
        info.basis = R::votes_vs_voters_outcome.basis;
        // a recount on this ground is as binding as the regime's other recount grounds
        // (Pemilu: UU 7/2017 Pasal 374 (2) "dapat diulang")
        if (info.result == outcome::recount) info.mandatory = R::recount_mandatory.value;
        break;
    case rule_id::tps_capacity: info.basis = R::tps_capacity.basis; break;
    case rule_id::ballots_allocation: info.basis = R::ballot_reserve.basis; break;
    case rule_id::voters_copied_row: info.basis = R::copied_row_min_registered.basis; break;
    default: break;
    }
    if (d.section == rule_section::incidents) {
        if (auto c = condition_info_of<R>(id)) {
            info.result = c->result;
            info.mandatory = c->mandatory;
            info.basis = c->basis;
        } else {
            info.applies = false;
            info.result = outcome::none;
            info.basis = {};
        }
    }
    return info;
}

/// The rules that apply under R (the section B grounds of its condition set, all of A and C).
template <class R>
[[nodiscard]] constexpr rule_set applicable_rules() {
    rule_set s;
    for (std::size_t i = 0; i < rule_count; ++i)
        if (describe<R>(static_cast<rule_id>(i)).applies) s.insert(static_cast<rule_id>(i));
    return s;
}

/// Rules of one section; for filtering (`rule_set` is the filter the checks take).
[[nodiscard]] constexpr rule_set rules_of(rule_section section) noexcept {
    rule_set s;
    for (const auto& d : catalogue)
        if (d.section == section) s.insert(d.id);
    return s;
}
/// Rules of at least this severity (section B rules are warnings).
[[nodiscard]] constexpr rule_set rules_at_least(severity level) noexcept {
    rule_set s;
    for (const auto& d : catalogue)
        if (static_cast<int>(d.level) >= static_cast<int>(level)) s.insert(d.id);
    return s;
}

}  // namespace suara

#endif  // SUARA_TALLY_CATALOGUE_HPP
