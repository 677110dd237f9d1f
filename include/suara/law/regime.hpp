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

/// Every member a regime supplies, listed once, in the order of docs/regimes.md. The list calls
/// `CITED(member, T, what)` for a value with its legal basis (`suara::cited<T>`),
/// `BASIS(member, what)` for a basis alone (a rule suara applies in every regime, cited per
/// regime) and `PATH(member, what)` for the path after a decision (`suara::decision_path`);
/// `what` says in words what the member is. check_regime and the printer of
/// docs/regimes.md (examples/regimes/print_regimes.cpp) are made from it, so a member added
/// here is checked and documented at once. Besides these, a regime has a `name`, the
/// article of each incident ground (`incident_law`) and its incident conditions
/// (`incident_conditions`, checked by check_conditions in suara/law/condition_set.hpp).
#define SUARA_REGIME_MEMBERS(CITED, BASIS, PATH)                                                                      \
    CITED(labels, ::suara::list_labels, "printed labels of DPT, DPTb, DPK")                                           \
    CITED(kontes_held, ::suara::kontes_set, "contests held at a TPS")                                                 \
    CITED(tps_capacity, ::suara::count_rep, "most registered DPT voters per TPS")                                     \
    CITED(ballot_reserve, ::suara::reserve_rate, "reserve ballots as a share of DPT")                                 \
    CITED(reserve_rounding, ::suara::rounding, "rounding of the per-TPS reserve")                                     \
    CITED(allocation_includes_dptb, bool, "whether the per-TPS ballot allocation adds the moved-in list")             \
    CITED(voting_hours, ::suara::time_window, "voting hours")                                                         \
    CITED(dpt_window, ::suara::time_window, "when DPT voters may vote")                                               \
    CITED(dptb_window, ::suara::time_window, "when moved-in voters may vote")                                         \
    CITED(dptb_window_kind, ::suara::window_kind, "whether the moved-in window binds or is advice")                   \
    CITED(dpk_window, ::suara::time_window, "when unregistered voters may vote")                                      \
    CITED(closing_queue_rule, bool, "whether voters already queuing at closing time may still vote")                  \
    CITED(identity_documents, ::suara::document_set, "documents that prove identity for DPT and DPTb voters")         \
    CITED(dpk_address_documents, ::suara::document_set, "documents whose address entitles an unregistered voter")     \
    CITED(dpk_area, ::suara::dpk_area_rule,                                                                           \
          "where an unregistered voter may vote: own RT/RW, or also the nearest TPS of the village")                  \
    CITED(contest_areas, ::suara::electoral_areas,                                                                    \
          "the electoral area of each contest, which decides a moved voter's ballots")                                \
    CITED(replacement_ballots_per_voter, ::suara::count_rep, "replacement ballots a voter may receive")               \
    CITED(psu_ballots_destroyed_threshold, ::suara::count_rep, "used ballots destroyed by KPPS that force a PSU")     \
    CITED(psu_multiple_voting_threshold, ::suara::count_rep, "persons voting more than once that force a PSU")        \
    CITED(psu_unregistered_voting_threshold, ::suara::count_rep, "persons not entitled who voted that force a PSU")   \
    CITED(psu_procedural_mandatory, bool, "whether the procedural PSU grounds oblige (wajib) or permit (dapat)")      \
    CITED(psu_disturbance_mandatory, bool, "whether a disturbance PSU is obliged or permitted")                       \
    CITED(psu_disturbance_causes, ::suara::gangguan_set, "the disturbances the law names as a cause of a PSU")        \
    CITED(votes_vs_voters_outcome, ::suara::outcome, "what a valid+invalid vs voters mismatch leads to")              \
    CITED(copied_row_min_registered, ::suara::count_rep,                                                              \
          "registered voters from which 100 % DPT turnout is suspicious")                                             \
    CITED(voting_day, ::suara::civil_date, "voting day, on which ages are reckoned")                                  \
    CITED(minimum_age, int, "age on voting day from which a person may vote")                                         \
    CITED(married_may_vote, bool, "whether a married (or once married) person under that age may vote")               \
    CITED(several_marks_in_one_column, bool, "whether several marks inside one column count for it")                  \
    CITED(several_candidates_of_one_party, bool,                                                                      \
          "whether marks on several candidates of one party count for the party (DPR, DPRD ballots)")                 \
    BASIS(written_ballot_invalid_basis, "basis of a ballot with writing on it being invalid")                         \
    BASIS(ballot_validity_basis, "basis of the rules that make a ballot valid or invalid")                            \
    BASIS(single_candidate_ballot_basis,                                                                              \
          "basis of the ballot of a single pair beside its blank column (kolom kosong)")                              \
    BASIS(legislative_ballot_validity_basis, "basis of the rules that make a DPR or DPRD ballot valid or invalid")   \
    BASIS(legislative_vote_basis,                                                                                     \
          "basis of whom a DPR or DPRD ballot counts for: the party, or one of its candidates")                       \
    BASIS(struck_candidate_basis,                                                                                     \
          "basis of a mark on a deceased or disqualified candidate counting for the party")                           \
    BASIS(registered_tps_basis, "basis of voting only at the TPS where one is registered")                            \
    BASIS(dpk_while_ballots_remain_basis, "basis of serving unregistered voters only while ballots remain")           \
    BASIS(multiple_voting_prohibition,                                                                                \
          "the prohibition of voting more than once (the PSU article is its consequence)")                            \
    BASIS(registered_ballots_run_out_basis, "what the KPPS does when ballots run out for a registered voter")         \
    BASIS(moved_beyond_entitlement_basis, "why a ballot beyond a moved voter's Form A entitlement is a finding")      \
    BASIS(nik_shape_finding_basis, "why a NIK that fails the shape check is a data-entry finding, not a refusal")     \
    CITED(recount_mandatory, bool, "whether the recount grounds oblige (wajib) or permit (dapat)")                    \
    CITED(continuation_mandatory, bool, "whether continued and follow-up voting are obliged or permitted")            \
    PATH(psu_path, "the path of a re-vote")                                                                           \
    PATH(recount_path, "the path of a recount")                                                                       \
    PATH(continued_path, "the path of a continued vote")                                                              \
    PATH(follow_up_path, "the path of a follow-up vote")

namespace detail {
/// A regime's name is how the command line and the reports call it: lower-case letters, digits
/// and '-', not empty, and not "auto" (which asks for the regime of each sheet's contest).
consteval bool is_regime_name(std::string_view s) noexcept {
    if (s.empty() || s == "auto") return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}
}  // namespace detail

/// Checks a regime at compile time; every library entry point taking a regime calls it.
/// Returns true so that it can sit in a `static_assert` or a variable template.
template <class R>
consteval bool check_regime() {
    if constexpr (!requires { R::name; }) {
        static_assert(detail::dependent_false<R>,
                      "suara: regime lacks member `name`: declare `static constexpr std::string_view name`");
    } else if constexpr (!std::is_convertible_v<decltype(R::name), std::string_view>) {
        static_assert(detail::dependent_false<R>, "suara: regime member `name` must be a std::string_view");
    } else {
        static_assert(detail::is_regime_name(R::name),
                      "suara: regime member `name` must be lower-case letters, digits and '-' (\"pilkada-2029\"), "
                      "and not \"auto\"");
    }
#define SUARA_DETAIL_CHECK_CITED(member, T, what) SUARA_DETAIL_CHECK_REGIME_MEMBER(R, member, T, what)
#define SUARA_DETAIL_CHECK_BASIS(member, what) SUARA_DETAIL_CHECK_REGIME_BASIS(R, member, what)
#define SUARA_DETAIL_CHECK_PATH(member, what) SUARA_DETAIL_CHECK_REGIME_PATH(R, member, what)
    SUARA_REGIME_MEMBERS(SUARA_DETAIL_CHECK_CITED, SUARA_DETAIL_CHECK_BASIS, SUARA_DETAIL_CHECK_PATH)
#undef SUARA_DETAIL_CHECK_CITED
#undef SUARA_DETAIL_CHECK_BASIS
#undef SUARA_DETAIL_CHECK_PATH
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
    if constexpr (requires {
                      { R::contest_areas.value } -> std::convertible_to<electoral_areas>;
                      { R::kontes_held.value } -> std::convertible_to<kontes_set>;
                  }) {
        static_assert(R::contest_areas.value.held() == R::kontes_held.value,
                      "suara: regime member `contest_areas` must give an electoral area to every contest of "
                      "`kontes_held` and to no other");
    }
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
    case outcome::none:
    case outcome::review:
    case outcome::correction: break;
    }
    return std::nullopt;
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
