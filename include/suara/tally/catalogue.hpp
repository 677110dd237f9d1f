// suara — the rule catalogue as data: every identifier with its severity, outcome, legal basis
// and title in Indonesian and English (docs/rules.md).
// Distributed under the Boost Software License, Version 1.0.
//
// `catalogue` holds what does not depend on the election; `describe<R>(id)` completes it for a
// regime: votes.vs_voters takes its outcome from R::votes_vs_voters_outcome (and, when that is a
// recount, R::recount_mandatory: "dapat" under Pemilu 2024), tps.capacity,
// ballots.allocation and voters.copied_row cite the regime constant they use, and a section B
// ground takes outcome, basis and "wajib"/"dapat" from the regime's incident condition set
// (suara/law/condition_set.hpp); a ground the regime does not have is described with
// `applies == false` and outcome `none`.
//
// Arithmetic rules (section A) rest on the form and on practice, not on an article: they cite
// the catalogue itself with the identity of the results sheet they encode, tagged `derived`,
// and its entry in docs/sources.md.
//
// Titles are templates (suara/core/list_labels.hpp) rendered for each regime at compile time:
// the list labels ({dpt} {dptb} {dpk}: "DPT + DPPh + DPTb" under Pilkada 2024), the contest's
// kind of votes ({votes}: "suara paslon", on DPR and DPRD sheets "suara partai dan calon", on
// DPD sheets "suara calon"), and the causes of a disturbance re-vote the regime's law names
// ({psu_cause}: Pilkada "gangguan keamanan", Pemilu "bencana alam dan/atau kerusuhan").
// `describe<R>(id, kontes)` gives the title for one contest; `describe<R>(id)` the one for the
// regime's contests (the neutral wording where they differ in kind).
#ifndef SUARA_TALLY_CATALOGUE_HPP
#define SUARA_TALLY_CATALOGUE_HPP

#include <array>
#include <cstddef>
#include <stdexcept>
#include <string_view>

#include <suara/core/citation.hpp>
#include <suara/core/kontes.hpp>
#include <suara/core/list_labels.hpp>
#include <suara/core/outcome.hpp>
#include <suara/core/text.hpp>
#include <suara/law/condition_set.hpp>
#include <suara/law/regime.hpp>
#include <suara/tally/labels.hpp>
#include <suara/form/rule_id.hpp>

namespace suara {

enum class rule_section : unsigned char { sheet = 'A', incidents = 'B', rollup = 'C' };

/// The regime-independent part of one rule.
struct rule_descriptor {
    rule_id id;
    rule_section section;
    severity level;
    outcome result;  ///< section A/C outcome; section B and votes.vs_voters come from the regime
    bilingual title;  ///< a template: rendered per regime and contest by describe<R>
    citation basis;   ///< section A/C basis; section B comes from the regime
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

namespace detail {
/// Sections A and C, in rule_id order; section B's rows are made from incident_grounds.
inline constexpr auto sheet_and_rollup_rules = std::to_array<rule_descriptor>({
    {rule_id::voters_sex_sum, rule_section::sheet, severity::error, outcome::correction,
     {"Jumlah (J) tidak sama dengan L + P", "Total (J) differs from men + women"},
     detail::catalogue_basis("voters.sex_sum", "identity 1: J = L + P on every row (form layout); docs/sources.md#identity-1")},
    {rule_id::voters_category_sum, rule_section::sheet, severity::error, outcome::correction,
     {"Jumlah pengguna hak pilih tidak sama dengan {dpt} + {dptb} + {dpk}", "Voters who voted differ from {dpt} + {dptb} + {dpk}"},
     detail::catalogue_basis("voters.category_sum", "identity 2 (Sirekap, public validators, KPU Kaltim recap); docs/sources.md#identity-2")},
    {rule_id::voters_dpt_turnout, rule_section::sheet, severity::error, outcome::correction,
     {"Pengguna hak pilih {dpt} melebihi pemilih {dpt}", "{dpt} voters who voted exceed registered {dpt}"},
     detail::catalogue_basis("voters.dpt_turnout", "identity 3 (Sirekap); docs/sources.md#identity-3")},
    {rule_id::voters_registered_turnout, rule_section::sheet, severity::error, outcome::correction,
     {"Pengguna hak pilih {dptb}/{dpk} melebihi yang tercatat", "{dptb}/{dpk} voters who voted exceed those listed"},
     detail::catalogue_basis("voters.registered_turnout", "identity 3 applied to the moved-in and unregistered lists; docs/sources.md#identity-3")},
    {rule_id::voters_copied_row, rule_section::sheet, severity::warning, outcome::review,
     {"Kehadiran {dpt} 100 %: baris pemilih mungkin tersalin", "100 % {dpt} turnout: the voter row may have been copied"},
     detail::catalogue_basis("voters.copied_row", "heuristic; threshold from the regime")},
    {rule_id::ballots_balance, rule_section::sheet, severity::error, outcome::correction,
     {"Surat suara diterima tidak sama dengan digunakan + dikembalikan + tidak digunakan",
      "Ballots received differ from used + returned + unused"},
     detail::catalogue_basis("ballots.balance", "identity 4 (Sirekap, KPU Kaltim recap); docs/sources.md#identity-4")},
    {rule_id::ballots_used_vs_voters, rule_section::sheet, severity::error, outcome::correction,
     {"Surat suara digunakan tidak sama dengan pengguna hak pilih", "Ballots used differ from voters who voted"},
     detail::catalogue_basis("ballots.used_vs_voters", "identity 5 (Sirekap); docs/sources.md#identity-5")},
    {rule_id::ballots_allocation, rule_section::sheet, severity::warning, outcome::review,
     {"Surat suara diterima tidak sama dengan alokasi TPS (pemilih terdaftar + cadangan)",
      "Ballots received differ from the TPS allocation (registered voters + reserve)"},
     detail::catalogue_basis("ballots.allocation", "identity 10; rate from the regime; docs/sources.md#identity-10")},
    {rule_id::votes_valid_sum, rule_section::sheet, severity::error, outcome::correction,
     {"Suara sah tidak sama dengan jumlah {votes}", "Valid votes differ from the sum of {votes}"},
     detail::catalogue_basis("votes.valid_sum", "identity 8, the blank column included; docs/sources.md#identity-8")},
    {rule_id::votes_total_sum, rule_section::sheet, severity::error, outcome::correction,
     {"Jumlah suara tidak sama dengan sah + tidak sah", "Total votes differ from valid + invalid"},
     detail::catalogue_basis("votes.total_sum", "identity 7; docs/sources.md#identity-7")},
    {rule_id::votes_vs_voters, rule_section::sheet, severity::error, outcome::correction,
     {"Suara sah + tidak sah tidak sama dengan pengguna hak pilih", "Valid + invalid votes differ from voters who voted"},
     detail::catalogue_basis("votes.vs_voters", "identity 9; outcome from the regime; docs/sources.md#identity-9")},
    {rule_id::votes_over_supply, rule_section::sheet, severity::error, outcome::correction,
     {"Suara atau pemilih melebihi surat suara yang mungkin ada", "Votes or voters exceed the ballots the TPS could have had"},
     detail::catalogue_basis("votes.over_supply", "identities 10 and 11; reserve from the regime; docs/sources.md#identity-10")},
    {rule_id::tps_capacity, rule_section::sheet, severity::warning, outcome::review,
     {"Pemilih {dpt} melebihi batas per TPS", "Registered {dpt} above the per-TPS ceiling"},
     detail::catalogue_basis("tps.capacity", "identity 12; ceiling from the regime; docs/sources.md#identity-12")},
    {rule_id::record_incomplete, rule_section::sheet, severity::info, outcome::review,
     {"Data tidak lengkap", "Record incomplete"},
     detail::catalogue_basis("record.incomplete", "missing is never read as zero")},
    {rule_id::record_digit_slip, rule_section::sheet, severity::info, outcome::correction,
     {"Kemungkinan salah baca satu angka", "Likely misread digit"},
     detail::catalogue_basis("record.digit_slip", "OCR misreads of 2024 (e.g. 64 read as 641); docs/sources.md#digit-slips")},
    // section C: evaluated by the roll-up (suara/bulk)
    {rule_id::recap_mismatch, rule_section::rollup, severity::error, outcome::correction,
     {"Rekapitulasi berbeda dari jumlah TPS", "Recap differs from the sum of its TPS"},
     detail::catalogue_basis("recap.mismatch", "a recap equals the sum of its TPS; docs/sources.md#sheet-identities")},
    {rule_id::recap_missing_tps, rule_section::rollup, severity::info, outcome::review,
     {"TPS tanpa lembar hasil", "TPS without a results sheet"},
     catalogue_basis("recap.missing_tps", "region tree")},
});
}  // namespace detail

/// Every rule, by rule_id: sections A and C as written above, section B from incident_grounds
/// (warnings; outcome and basis under a regime come from its incident condition set).
inline constexpr auto catalogue = [] {
    std::array<rule_descriptor, rule_count> out{};
    for (const rule_descriptor& d : detail::sheet_and_rollup_rules) out[static_cast<std::size_t>(d.id)] = d;
    for (const incident_ground& g : incident_grounds)
        out[static_cast<std::size_t>(g.id)] = {g.id, rule_section::incidents, severity::warning, g.result, g.title, {}};
    return out;
}();

namespace detail {
consteval bool catalogue_complete() {
    std::array<int, rule_count> rows{};
    for (const rule_descriptor& d : sheet_and_rollup_rules) {
        if (d.section == rule_section::incidents || is_incident_ground(d.id)) return false;
        ++rows[static_cast<std::size_t>(d.id)];
    }
    for (const incident_ground& g : incident_grounds) ++rows[static_cast<std::size_t>(g.id)];
    for (int n : rows)
        if (n != 1) return false;
    for (std::size_t i = 1; i < sheet_and_rollup_rules.size(); ++i)
        if (sheet_and_rollup_rules[i - 1].id >= sheet_and_rollup_rules[i].id) return false;
    return true;
}
static_assert(catalogue_complete(), "suara: every rule of sections A and C needs one row in sheet_and_rollup_rules, "
                                    "in rule_id order (section B's rows come from incident_grounds)");
}  // namespace detail

namespace detail {
inline constexpr std::size_t title_bytes = 160;

/// The causes of a disturbance re-vote R's law names, as words: "gangguan keamanan",
/// "bencana alam dan/atau kerusuhan".
template <class R>
constexpr fixed_bilingual<96> psu_cause_words() {
    fixed_bilingual<96> out;
    bool first = true;
    auto add = [](fixed_text<96>& t, std::string_view piece) {
        if (t.size + piece.size() > 96) throw std::length_error("suara: disturbance causes do not fit");
        for (char c : piece) t.bytes[t.size++] = c;
    };
    for (gangguan g : all_gangguan) {
        if (!R::psu_disturbance_causes.value.contains(g)) continue;
        if (!first) {
            add(out.id, " dan/atau ");
            add(out.en, " and/or ");
        }
        add(out.id, name_of(g).id);
        add(out.en, name_of(g).en);
        first = false;
    }
    if (first) {  // a regime naming no cause: the title still reads
        add(out.id, "gangguan");
        add(out.en, "a disturbance");
    }
    return out;
}

/// Every title rendered for R and one kind of votes, at compile time.
template <class R, vote_kind V>
inline constexpr auto rendered_titles = [] {
    std::array<fixed_bilingual<title_bytes>, rule_count> out{};
    const fixed_bilingual<96> cause = psu_cause_words<R>();
    const vote_words words = words_for(V);
    for (std::size_t i = 0; i < rule_count; ++i) {
        const bilingual& t = catalogue[i].title;
        out[i].id = render_labels<title_bytes>(
            t.id, R::labels.value, std::array{text_token{"{votes}", words.votes.id}, text_token{"{psu_cause}", cause.id.view()}});
        out[i].en = render_labels<title_bytes>(
            t.en, R::labels.value, std::array{text_token{"{votes}", words.votes.en}, text_token{"{psu_cause}", cause.en.view()}});
    }
    return out;
}();

template <class R>
constexpr bilingual title_of(rule_id id, vote_kind v) noexcept {
    const std::size_t i = static_cast<std::size_t>(id);
    switch (v) {
    case vote_kind::pairs: return rendered_titles<R, vote_kind::pairs>[i].view();
    case vote_kind::parties_and_candidates: return rendered_titles<R, vote_kind::parties_and_candidates>[i].view();
    case vote_kind::candidates: return rendered_titles<R, vote_kind::candidates>[i].view();
    case vote_kind::mixed: break;
    }
    return rendered_titles<R, vote_kind::mixed>[i].view();
}

template <class R>
constexpr rule_info describe_with_title(rule_id id, bilingual title);
}  // namespace detail

/// The rule under regime R, titled for a sheet of contest `k`.
template <class R>
[[nodiscard]] constexpr rule_info describe(rule_id id, kontes k) {
    return detail::describe_with_title<R>(id, detail::title_of<R>(id, vote_kind_of(k)));
}

/// The rule under regime R, titled for the regime's contests (the neutral wording where their
/// votes differ in kind, as Pemilu 2024's do).
template <class R>
[[nodiscard]] constexpr rule_info describe(rule_id id) {
    return detail::describe_with_title<R>(id, detail::title_of<R>(id, vote_kind_of(R::kontes_held.value)));
}

namespace detail {
template <class R>
constexpr rule_info describe_with_title(rule_id id, bilingual title) {
    static_assert(is_checked_condition_set_v<R>);
    const rule_descriptor& d = catalogue[static_cast<std::size_t>(id)];
    rule_info info{d.id, to_string(d.id), d.section, d.level, d.result, true, true, d.basis, title};
    // the four rules of section A that read a regime constant cite it
    if (id == rule_id::votes_vs_voters) {
        info.result = R::votes_vs_voters_outcome.value;
        info.basis = R::votes_vs_voters_outcome.basis;
        // a recount on this ground is as binding as the regime's other recount grounds
        // (Pemilu: UU 7/2017 Pasal 374 (2) "dapat diulang")
        if (info.result == outcome::recount) info.mandatory = R::recount_mandatory.value;
    } else if (id == rule_id::tps_capacity) {
        info.basis = R::tps_capacity.basis;
    } else if (id == rule_id::ballots_allocation) {
        info.basis = R::ballot_reserve.basis;
    } else if (id == rule_id::voters_copied_row) {
        info.basis = R::copied_row_min_registered.basis;
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
}  // namespace detail

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
