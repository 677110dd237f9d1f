// suara — what a regime (a body of election law for one election) must supply, checked at
// compile time.
// Distributed under the Boost Software License, Version 1.0.
//
// A regime is a policy type: a struct of `static constexpr` members, each a `suara::cited<T>`,
// i.e. a value with its legal basis (or, for a rule that holds in every regime, a `citation`
// alone). Every constant the library uses lives here, none in a trait specialised per regime,
// so that a new regime can inherit what does not change:
//
//     struct pilkada_2029 : suara::pilkada_2024 {
//         static constexpr std::string_view name = "pilkada-2029";
//         static constexpr suara::cited<suara::count_rep> tps_capacity{500, {.law = "PKPU x/2029", ...}};
//     };
//
// A regime that lacks a member, gives it the wrong type, or leaves its citation empty fails to
// compile with a message naming the member: every entry point of the library instantiates
// `suara::check_regime<R>()`. The incident condition set (`incident_conditions`, a Boost.Hana
// sequence) is checked by `check_conditions<R>()` (suara/law/condition_set.hpp), so that
// this header stays free of Hana.
#ifndef SUARA_LAW_REGIME_HPP
#define SUARA_LAW_REGIME_HPP

#include <concepts>
#include <optional>
#include <string_view>
#include <type_traits>

#include <suara/core/citation.hpp>
#include <suara/core/civil_date.hpp>
#include <suara/core/clock.hpp>
#include <suara/core/count.hpp>
#include <suara/core/dapil.hpp>
#include <suara/core/decision_path.hpp>
#include <suara/core/document.hpp>
#include <suara/core/kontes.hpp>
#include <suara/core/list_labels.hpp>
#include <suara/core/outcome.hpp>
#include <suara/detail/meta.hpp>
#include <suara/law/incident_law.hpp>
#include <suara/form/field.hpp>

namespace suara {

/// Reserve ballots (surat suara cadangan) as a fraction of DPT: 25/1000 = 2.5 %.
struct reserve_rate {
    count_rep numerator;  ///< Reserve ballots per `denominator` DPT voters.
    count_rep denominator;  ///< The base of the rate (1000 for 2.5 %).
    /// Equal when both parts are.
    friend constexpr bool operator==(const reserve_rate&, const reserve_rate&) = default;
};

/// How a fractional reserve is rounded per TPS. Practice is "up" (Makassar 2020), but no
/// regulation was read that says so (`docs/sources.md#ballot-supply`), hence a regime constant.
enum class rounding : unsigned char { up, down, nearest };

/// Where an unregistered (DPK) voter may vote. Pemilu 2024: at the TPS of the RT/RW of the
/// address, or, when that RT/RW has no TPS, at the nearest TPS of the village. Pilkada 2024: only
/// at a TPS located in the RT/RW of the address.
enum class dpk_area_rule : unsigned char { own_rt_rw, own_rt_rw_or_nearest_in_village };

/// reserve = round(rate × dpt) per TPS, with the regime's rounding. Checked arithmetic.
[[nodiscard]] constexpr count_rep apply_rate(count_rep dpt, reserve_rate rate, rounding r) {
    if (rate.denominator == 0) throw std::domain_error("suara::reserve_rate with zero denominator");
    count_rep product = 0;
    if (__builtin_mul_overflow(dpt, rate.numerator, &product)) throw std::overflow_error("suara reserve overflow");
    switch (r) {
    case rounding::up: return product / rate.denominator + (product % rate.denominator != 0 ? 1 : 0);
    case rounding::down: return product / rate.denominator;
    case rounding::nearest: return (product + rate.denominator / 2) / rate.denominator;
    }
    return product / rate.denominator;
}

// One check per member: present, of type cited<T>, citation not empty. The message names the
// member so that a user defining a regime knows what to add.
#define SUARA_DETAIL_CHECK_REGIME_MEMBER(R, member, T, what)                                           \
    if constexpr (!requires { R::member; }) {                                                          \
        static_assert(::suara::detail::dependent_false<R>,                                             \
                      "suara: regime lacks member `" #member "` (" what                                \
                      "): declare `static constexpr suara::cited<" #T "> " #member "{value, basis};`"); \
    } else if constexpr (!std::is_same_v<std::remove_cvref_t<decltype(R::member)>, ::suara::cited<T>>) { \
        static_assert(::suara::detail::dependent_false<R>,                                             \
                      "suara: regime member `" #member "` must be suara::cited<" #T                    \
                      ">: a value together with its legal basis");                                     \
    } else {                                                                                           \
        static_assert(!R::member.basis.empty(),                                                        \
                      "suara: regime member `" #member "` has no citation: name at least the law");     \
    }

// A member that is a basis alone (a rule suara applies in every regime, cited per regime).
// A member that is a decision_path: present, of that type, and every step cited (the message
// names the step). An unknown deadline is still cited: the source that fails to state it.
#define SUARA_DETAIL_CHECK_REGIME_PATH(R, member, what)                                                 \
    if constexpr (!requires { R::member; }) {                                                          \
        static_assert(::suara::detail::dependent_false<R>,                                             \
                      "suara: regime lacks member `" #member "` (" what                                \
                      "): declare `static constexpr suara::decision_path " #member "{...};`");           \
    } else if constexpr (!std::is_same_v<std::remove_cvref_t<decltype(R::member)>, ::suara::decision_path>) { \
        static_assert(::suara::detail::dependent_false<R>,                                             \
                      "suara: regime member `" #member "` must be a suara::decision_path");             \
    } else {                                                                                           \
        static_assert(!R::member.proposed_by.basis.empty(),                                            \
                      "suara: regime member `" #member "` has no citation for who proposes it");       \
        static_assert(!R::member.passed_on_by.basis.empty(),                                           \
                      "suara: regime member `" #member "` has no citation for who passes it on");      \
        static_assert(!R::member.decided_by.basis.empty(),                                             \
                      "suara: regime member `" #member "` has no citation for who decides");           \
        static_assert(!R::member.held_at.basis.empty(),                                                \
                      "suara: regime member `" #member "` has no citation for where it is held");      \
        static_assert(!R::member.deadline.basis.empty(),                                               \
                      "suara: regime member `" #member "` has no citation for its deadline");          \
    }

#define SUARA_DETAIL_CHECK_REGIME_BASIS(R, member, what)                                                \
    if constexpr (!requires { R::member; }) {                                                          \
        static_assert(::suara::detail::dependent_false<R>,                                             \
                      "suara: regime lacks member `" #member "` (" what                                \
                      "): declare `static constexpr suara::citation " #member "{law, ...};`");           \
    } else if constexpr (!std::is_same_v<std::remove_cvref_t<decltype(R::member)>, ::suara::citation>) { \
        static_assert(::suara::detail::dependent_false<R>,                                             \
                      "suara: regime member `" #member "` must be a suara::citation");                  \
    } else {                                                                                           \
        static_assert(!R::member.empty(),                                                              \
                      "suara: regime member `" #member "` has no citation: name at least the law");     \
    }

/// Checks a regime at compile time; every library entry point taking a regime calls it.
/// Returns true so that it can sit in a `static_assert` or a variable template.
template <class R>
consteval bool check_regime() {
    if constexpr (!requires { R::name; }) {
        static_assert(detail::dependent_false<R>,
                      "suara: regime lacks member `name`: declare `static constexpr std::string_view name`");
    }
    SUARA_DETAIL_CHECK_REGIME_MEMBER(R, labels, ::suara::list_labels, "printed labels of DPT, DPTb, DPK")
    SUARA_DETAIL_CHECK_REGIME_MEMBER(R, kontes_held, ::suara::kontes_set, "contests held at a TPS")
    SUARA_DETAIL_CHECK_REGIME_MEMBER(R, tps_capacity, ::suara::count_rep, "most registered DPT voters per TPS")
    SUARA_DETAIL_CHECK_REGIME_MEMBER(R, ballot_reserve, ::suara::reserve_rate, "reserve ballots as a share of DPT")
    SUARA_DETAIL_CHECK_REGIME_MEMBER(R, reserve_rounding, ::suara::rounding, "rounding of the per-TPS reserve")
    SUARA_DETAIL_CHECK_REGIME_MEMBER(R, allocation_includes_dptb, bool,
                                     "whether the per-TPS ballot allocation adds the moved-in list")
    SUARA_DETAIL_CHECK_REGIME_MEMBER(R, voting_hours, ::suara::time_window, "voting hours")
    SUARA_DETAIL_CHECK_REGIME_MEMBER(R, dpt_window, ::suara::time_window, "when DPT voters may vote")
    SUARA_DETAIL_CHECK_REGIME_MEMBER(R, dptb_window, ::suara::time_window, "when moved-in voters may vote")
    SUARA_DETAIL_CHECK_REGIME_MEMBER(R, dptb_window_kind, ::suara::window_kind,
                                     "whether the moved-in window binds or is advice")
    SUARA_DETAIL_CHECK_REGIME_MEMBER(R, dpk_window, ::suara::time_window, "when unregistered voters may vote")
    SUARA_DETAIL_CHECK_REGIME_MEMBER(R, closing_queue_rule, bool,
                                     "whether voters already queuing at closing time may still vote")
    SUARA_DETAIL_CHECK_REGIME_MEMBER(R, identity_documents, ::suara::document_set,
                                     "documents that prove identity for DPT and DPTb voters")
    SUARA_DETAIL_CHECK_REGIME_MEMBER(R, dpk_address_documents, ::suara::document_set,
                                     "documents whose address entitles an unregistered voter")
    // A registered voter is never asked for more than an unregistered one: whatever document
    // lets a person on no list vote must let a person on the list vote too.
    if constexpr (requires {
                      { R::identity_documents.value } -> std::convertible_to<document_set>;
                      { R::dpk_address_documents.value } -> std::convertible_to<document_set>;
                  }) {
        static_assert(R::identity_documents.value.includes(R::dpk_address_documents.value),
                      "suara: regime member `identity_documents` must include every document of "
                      "`dpk_address_documents`: a registered voter is never asked for more than an unregistered one");
    }
    SUARA_DETAIL_CHECK_REGIME_MEMBER(R, dpk_area, ::suara::dpk_area_rule,
                                     "where an unregistered voter may vote: own RT/RW, or also the nearest TPS of the village")
    SUARA_DETAIL_CHECK_REGIME_MEMBER(R, contest_areas, ::suara::electoral_areas,
                                     "the electoral area of each contest, which decides a moved voter's ballots")
    if constexpr (requires {
                      { R::contest_areas.value } -> std::convertible_to<electoral_areas>;
                      { R::kontes_held.value } -> std::convertible_to<kontes_set>;
                  }) {
        static_assert(R::contest_areas.value.held() == R::kontes_held.value,
                      "suara: regime member `contest_areas` must give an electoral area to every contest of "
                      "`kontes_held` and to no other");
    }
    SUARA_DETAIL_CHECK_REGIME_MEMBER(R, replacement_ballots_per_voter, ::suara::count_rep,
                                     "replacement ballots a voter may receive")
    SUARA_DETAIL_CHECK_REGIME_MEMBER(R, psu_ballots_destroyed_threshold, ::suara::count_rep,
                                     "used ballots destroyed by KPPS that force a PSU")
    SUARA_DETAIL_CHECK_REGIME_MEMBER(R, psu_multiple_voting_threshold, ::suara::count_rep,
                                     "persons voting more than once that force a PSU")
    SUARA_DETAIL_CHECK_REGIME_MEMBER(R, psu_unregistered_voting_threshold, ::suara::count_rep,
                                     "persons not entitled who voted that force a PSU")
    SUARA_DETAIL_CHECK_REGIME_MEMBER(R, psu_procedural_mandatory, bool,
                                     "whether the procedural PSU grounds oblige (wajib) or permit (dapat)")
    SUARA_DETAIL_CHECK_REGIME_MEMBER(R, psu_disturbance_mandatory, bool,
                                     "whether a disturbance PSU is obliged or permitted")
    SUARA_DETAIL_CHECK_REGIME_MEMBER(R, psu_disturbance_causes, ::suara::gangguan_set,
                                     "the disturbances the law names as a cause of a PSU")
    SUARA_DETAIL_CHECK_REGIME_MEMBER(R, votes_vs_voters_outcome, ::suara::outcome,
                                     "what a valid+invalid vs voters mismatch leads to")
    SUARA_DETAIL_CHECK_REGIME_MEMBER(R, copied_row_min_registered, ::suara::count_rep,
                                     "registered voters from which 100 % DPT turnout is suspicious")
    // voters: the voting day, who is old enough, and the bases of two rules of every regime
    SUARA_DETAIL_CHECK_REGIME_MEMBER(R, voting_day, ::suara::civil_date, "voting day, on which ages are reckoned")
    SUARA_DETAIL_CHECK_REGIME_MEMBER(R, minimum_age, int, "age on voting day from which a person may vote")
    SUARA_DETAIL_CHECK_REGIME_MEMBER(R, married_may_vote, bool,
                                     "whether a married (or once married) person under that age may vote")
    // ballots: how several marks in one column are read
    SUARA_DETAIL_CHECK_REGIME_MEMBER(R, several_marks_in_one_column, bool,
                                     "whether several marks inside one column count for it")
    SUARA_DETAIL_CHECK_REGIME_BASIS(R, written_ballot_invalid_basis,
                                    "basis of a ballot with writing on it being invalid")
    SUARA_DETAIL_CHECK_REGIME_BASIS(R, ballot_validity_basis,
                                    "basis of the rules that make a ballot valid or invalid")
    SUARA_DETAIL_CHECK_REGIME_BASIS(R, single_candidate_ballot_basis,
                                    "basis of the ballot of a single pair beside its blank column (kolom kosong)")
    SUARA_DETAIL_CHECK_REGIME_BASIS(R, registered_tps_basis,
                                    "basis of voting only at the TPS where one is registered")
    SUARA_DETAIL_CHECK_REGIME_BASIS(R, dpk_while_ballots_remain_basis,
                                    "basis of serving unregistered voters only while ballots remain")
    SUARA_DETAIL_CHECK_REGIME_BASIS(R, multiple_voting_prohibition,
                                    "the prohibition of voting more than once (the PSU article is its consequence)")
    SUARA_DETAIL_CHECK_REGIME_BASIS(R, registered_ballots_run_out_basis,
                                    "what the KPPS does when ballots run out for a registered voter")
    SUARA_DETAIL_CHECK_REGIME_BASIS(R, moved_beyond_entitlement_basis,
                                    "why a ballot beyond a moved voter's Form A entitlement is a finding")
    SUARA_DETAIL_CHECK_REGIME_BASIS(R, nik_shape_finding_basis,
                                    "why a NIK that fails the shape check is a data-entry finding, not a refusal")
    // incidents: how binding recount and continuation grounds are, and the article of each ground
    SUARA_DETAIL_CHECK_REGIME_MEMBER(R, recount_mandatory, bool,
                                     "whether the recount grounds oblige (wajib) or permit (dapat)")
    SUARA_DETAIL_CHECK_REGIME_MEMBER(R, continuation_mandatory, bool,
                                     "whether continued and follow-up voting are obliged or permitted")
    // the path after each decision: who proposes, passes on, decides, where, by when
    SUARA_DETAIL_CHECK_REGIME_PATH(R, psu_path, "the path of a re-vote")
    SUARA_DETAIL_CHECK_REGIME_PATH(R, recount_path, "the path of a recount")
    SUARA_DETAIL_CHECK_REGIME_PATH(R, continued_path, "the path of a continued vote")
    SUARA_DETAIL_CHECK_REGIME_PATH(R, follow_up_path, "the path of a follow-up vote")
    if constexpr (!requires { R::incident_law; }) {
        static_assert(detail::dependent_false<R>,
                      "suara: regime lacks member `incident_law` (the article of each incident ground): declare "
                      "`static constexpr suara::incident_law_table incident_law{{rule_id, citation}, ...};`");
    } else if constexpr (!std::is_same_v<std::remove_cvref_t<decltype(R::incident_law)>, incident_law_table>) {
        static_assert(detail::dependent_false<R>, "suara: regime member `incident_law` must be a suara::incident_law_table");
    }
    return true;
}

#undef SUARA_DETAIL_CHECK_REGIME_MEMBER
#undef SUARA_DETAIL_CHECK_REGIME_PATH
#undef SUARA_DETAIL_CHECK_REGIME_BASIS

/// True for a regime that passes every check (and a hard compile error, naming the problem,
/// for one that does not).
template <class R>
inline constexpr bool is_checked_regime_v = check_regime<R>();

/// What the library's entry points take as a regime: a class that names itself (`static
/// constexpr std::string_view name`). Anything else (an int, a sheet, a forgotten template
/// argument) fails on the caller's line as "regime<R> not satisfied" instead of deep inside the
/// rules. Every other member is then checked by check_regime<R>(), whose messages name the
/// member that is missing or uncited.
template <class R>
concept regime = std::is_class_v<R> && requires {
    { R::name } -> std::convertible_to<std::string_view>;
};

/// The path that follows an outcome under R: psu, recount, continued or follow_up; empty for
/// the others (a correction or a review has no path in the law).
template <regime R>
[[nodiscard]] constexpr std::optional<decision_path> decision_path_of(outcome o) noexcept {
    static_assert(is_checked_regime_v<R>);
    switch (o) {
    case outcome::psu: return R::psu_path;
    case outcome::recount: return R::recount_path;
    case outcome::continued: return R::continued_path;
    case outcome::follow_up: return R::follow_up_path;
    default: return std::nullopt;
    }
}

/// Ballots a TPS should receive: DPT + DPTb (where the regime allocates for it) + the rounded
/// reserve (identity 10 of the results sheet, `docs/sources.md#sheet-identities`).
template <regime R>
[[nodiscard]] constexpr count_rep expected_ballots(count_rep dpt_registered, count_rep dptb_registered) {
    static_assert(is_checked_regime_v<R>);
    count_rep reserve = apply_rate(dpt_registered, R::ballot_reserve.value, R::reserve_rounding.value);
    count_rep total = dpt_registered;
    if (__builtin_add_overflow(total, reserve, &total)) throw std::overflow_error("suara ballots overflow");
    if (R::allocation_includes_dptb.value &&
        __builtin_add_overflow(total, dptb_registered, &total))
        throw std::overflow_error("suara ballots overflow");
    return total;
}

}  // namespace suara

#endif  // SUARA_LAW_REGIME_HPP
