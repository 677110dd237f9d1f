// suara — the rule catalogue as data: every identifier with its severity, outcome, legal basis
// and title in Indonesian and English (docs/rules.md).
// Distributed under the Boost Software License, Version 1.0.
//
// `catalogue` holds what does not depend on the election; `describe<R>(id)` completes it for a
// regime. Section A comes from the rule definitions of suara/tally/sheet_rules.hpp, which say
// themselves what the regime decides (votes.vs_voters takes its outcome from
// R::votes_vs_voters_outcome and, when that is a recount, R::recount_mandatory: "dapat" under
// Pemilu 2024; tps.capacity, ballots.allocation and voters.copied_row cite the regime constant
// they use). A section B ground takes outcome, basis and "wajib"/"dapat" from the regime's
// incident condition set (suara/law/condition_set.hpp); a ground the regime does not have is
// described with `applies == false` and outcome `none`.
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
#include <suara/tally/legislative_rule_table.hpp>
#include <suara/tally/sheet_rules.hpp>

namespace suara {

enum class rule_section : unsigned char { sheet = 'A', incidents = 'B', rollup = 'C' };

/// The regime-independent part of one rule.
struct rule_descriptor {
    rule_id id;  ///< The rule.
    rule_section section;  ///< Its catalogue section: A (the sheet), B (incidents), C (roll-ups).
    severity level;  ///< Its severity.
    outcome result;  ///< section A/C outcome; section B and votes.vs_voters come from the regime
    bilingual title;  ///< a template: rendered per regime and contest by describe<R>
    citation basis;   ///< section A/C basis; section B comes from the regime
};

/// A rule as it stands under one regime.
struct rule_info {
    rule_id id = rule_id::record_incomplete;  ///< The rule.
    std::string_view key;  ///< Its stable key ("votes.valid_sum").
    rule_section section = rule_section::sheet;  ///< Its catalogue section.
    severity level = severity::info;  ///< Its severity.
    outcome result = outcome::none;  ///< What it leads to under the regime.
    bool mandatory = true;  ///< the law obliges ("wajib") rather than permits ("dapat") the outcome
    bool applies = true;    ///< false for a section B ground the regime does not have
    citation basis{};  ///< Its legal basis under the regime.
    bilingual title{};  ///< Its title, rendered with the regime's labels and the contest's words.
    /// How sure the source of its basis is.
    [[nodiscard]] constexpr confidence level_of_basis() const noexcept { return basis.level; }
};

namespace detail {
/// Section C; section A is made from the rule definitions (suara/tally/sheet_rules.hpp),
/// section B from the incident grounds (incident_grounds, suara/form/rule_id.hpp).
inline constexpr std::array<rule_descriptor, rule_count - sheet_rule_table::size - legislative_rule_table::size -
                                                 incident_grounds.size()>
    other_descriptors{{
    // section C: evaluated by the roll-up (suara/bulk)
    {rule_id::recap_mismatch, rule_section::rollup, severity::error, outcome::correction,
     {"Rekapitulasi berbeda dari jumlah TPS", "Recap differs from the sum of its TPS"},
     detail::catalogue_basis("recap.mismatch", "a recap equals the sum of its TPS; docs/sources.md#sheet-identities")},
    {rule_id::recap_missing_tps, rule_section::rollup, severity::info, outcome::review,
     {"TPS tanpa lembar hasil", "TPS without a results sheet"},
     detail::catalogue_basis("recap.missing_tps", "region tree")},
}};

template <class... Rules, class... Legislative>
consteval std::array<rule_descriptor, rule_count> make_catalogue(rule_table<Rules...>, rule_table<Legislative...>) {
    std::array<rule_descriptor, rule_count> out{};
    std::array<bool, rule_count> filled{};
    auto put = [&](const rule_descriptor& d) {
        const auto i = static_cast<std::size_t>(d.id);
        if (i >= rule_count || filled[i]) throw "suara: a rule is described twice";
        filled[i] = true;
        out[i] = d;
    };
    (put({Rules::id, rule_section::sheet, Rules::level, Rules::result, Rules::title, Rules::basis}), ...);
    (put({Legislative::id, rule_section::sheet, Legislative::level, Legislative::result, Legislative::title,
          Legislative::basis}),
     ...);
    // section B: warnings; outcome and basis under a regime come from its incident condition set
    for (const incident_ground& g : incident_grounds) put({g.id, rule_section::incidents, severity::warning, g.result, g.title, {}});
    for (const auto& d : other_descriptors) put(d);
    for (bool f : filled)
        if (!f) throw "suara: a rule has no description";
    return out;
}
}  // namespace detail

/// Every rule, by rule_id: section A from its definition (the results sheet, legislative sheets
/// and the sheets of one TPS), B from incident_grounds, C as listed above.
inline constexpr std::array<rule_descriptor, rule_count> catalogue = detail::make_catalogue(sheet_rule_table{}, legislative_rule_table{});

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
template <regime R>
[[nodiscard]] constexpr rule_info describe(rule_id id, kontes k) {
    return detail::describe_with_title<R>(id, detail::title_of<R>(id, vote_kind_of(k)));
}

/// The rule under regime R, titled for the regime's contests (the neutral wording where their
/// votes differ in kind, as Pemilu 2024's do).
template <regime R>
[[nodiscard]] constexpr rule_info describe(rule_id id) {
    return detail::describe_with_title<R>(id, detail::title_of<R>(id, vote_kind_of(R::kontes_held.value)));
}

namespace detail {
template <class R>
constexpr rule_info describe_with_title(rule_id id, bilingual title) {
    static_assert(is_checked_condition_set_v<R>);
    const rule_descriptor& d = catalogue[static_cast<std::size_t>(id)];
    rule_info info{d.id, to_string(d.id), d.section, d.level, d.result, true, true, d.basis, title};
    if (d.section == rule_section::sheet) {
        // what the regime decides of a sheet rule, as its definition says
        for_each_rule(sheet_rule_table{}, [&]<class D>() {
            if (D::id != id) return;
            info.result = result_under<D, R>();
            info.basis = basis_under<D, R>();
            info.mandatory = mandatory_under<D, R>();
        });
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
template <regime R>
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
