// suara — a regime's incident conditions as a Boost.Hana sequence, checked at compile time,
// and what they make of an incident report.
// Distributed under the Boost Software License, Version 1.0.
//
// A regime's member `R::incident_conditions` is a `boost::hana::tuple_t<C...>` of condition
// types (suara/law/conditions.hpp). Pilkada 2024 and Pemilu 2024 differ: only Pilkada has
// recount.inconsistent_validity (Perpu 1/2014 Pasal 113 (2) g), only Pemilu has recount.riot
// (UU 7/2017 Pasal 374 (2) a). A regime derived from another inherits its set, or extends it:
//
//     struct pilkada_2029 : suara::pilkada_2024 {
//         static constexpr auto incident_conditions =
//             boost::hana::append(suara::pilkada_2024::incident_conditions, boost::hana::type_c<my_condition>);
//     };
//
// Every entry point checks the set with `check_conditions<R>()`: each condition has an
// identifier, an outcome other than `none`, a non-empty citation under R and a `holds` that is
// false on the empty report and on the report where nothing happened (every flag and count 0);
// no two conditions share an identifier. A condition holds only on something reported as having
// happened; the bulk path relies on it to skip sheets whose kejadian fields are all 0 or missing. A set that breaks one of these does not compile, and the
// message names the problem. Evaluation is constexpr:
//
//     constexpr incident_report one_double_voter{.memilih_ganda = 1};
//     static_assert(!requires_psu<pilkada_2024>(one_double_voter));   // "lebih dari seorang"
//     static_assert(requires_psu<pemilu_2024>(one_double_voter));
#ifndef SUARA_LAW_CONDITION_SET_HPP
#define SUARA_LAW_CONDITION_SET_HPP

#include <array>
#include <concepts>
#include <cstddef>
#include <optional>
#include <type_traits>

#include <boost/hana/tuple.hpp>
#include <boost/hana/type.hpp>
#include <boost/hana/unpack.hpp>

#include <suara/core/citation.hpp>
#include <suara/core/outcome.hpp>
#include <suara/detail/meta.hpp>
#include <suara/law/conditions.hpp>
#include <suara/form/incident_report.hpp>
#include <suara/law/regime.hpp>
#include <suara/form/rule_id.hpp>

namespace suara {

/// A plain pack of the condition types, for code that iterates without Hana.
template <class... C>
struct condition_list {};

namespace detail {

template <class R, class C>
consteval bool check_condition() {
    if constexpr (!requires { C::id; }) {
        static_assert(dependent_false<C>, "suara: incident condition lacks an identifier: declare "
                                          "`static constexpr suara::rule_id id`");
    } else if constexpr (!std::is_same_v<std::remove_cvref_t<decltype(C::id)>, rule_id>) {
        static_assert(dependent_false<C>, "suara: incident condition identifier `id` must be a suara::rule_id");
    } else if constexpr (!is_incident_ground(C::id)) {
        static_assert(dependent_false<C>, "suara: incident condition identifier must be an incident ground "
                                          "(rule catalogue section B, incident_grounds)");
    } else if constexpr (!requires { C::result; }) {
        static_assert(dependent_false<C>, "suara: incident condition lacks an outcome: declare "
                                          "`static constexpr suara::outcome result`");
    } else if constexpr (!std::is_same_v<std::remove_cvref_t<decltype(C::result)>, outcome>) {
        static_assert(dependent_false<C>, "suara: incident condition outcome `result` must be a suara::outcome");
    } else if constexpr (C::result == outcome::none) {
        static_assert(dependent_false<C>, "suara: incident condition has outcome none: say what the law makes of it");
    } else if constexpr (!requires {
                             { C::template basis<R>() } -> std::same_as<citation>;
                         }) {
        static_assert(dependent_false<C>, "suara: incident condition lacks a citation: declare "
                                          "`template <class R> static constexpr suara::citation basis()`");
    } else if constexpr (C::template basis<R>().empty()) {
        static_assert(dependent_false<C>, "suara: incident condition has no citation under this regime: "
                                          "basis<R>() names no law (add the ground to R::incident_law?)");
    } else if constexpr (!requires(const incident_report& r) {
                             { C::template holds<R>(r) } -> std::same_as<bool>;
                         }) {
        static_assert(dependent_false<C>, "suara: incident condition lacks "
                                          "`template <class R> static constexpr bool holds(const incident_report&)`");
    } else if constexpr (C::template holds<R>(incident_report{}) || C::template holds<R>(nothing_happened())) {
        // A ground needs something reported as having happened: a set flag, a count above zero,
        // a disturbance. Not reported, or reported as nothing, is never a ground.
        static_assert(dependent_false<C>, "suara: incident condition holds on a report where nothing happened");
    }
    return true;
}

template <std::size_t N>
consteval bool distinct_ids(const std::array<rule_id, N>& ids) {
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = i + 1; j < N; ++j)
            if (ids[i] == ids[j]) return false;
    return true;
}

template <class R>
using condition_list_t = decltype(boost::hana::unpack(R::incident_conditions, [](auto... t) {
    return condition_list<typename decltype(t)::type...>{};
}));

template <class R, class... C>
consteval bool check_condition_list(condition_list<C...>) {
    if constexpr ((check_condition<R, C>() && ... && true)) {
        static_assert(distinct_ids(std::array<rule_id, sizeof...(C)>{C::id...}),
                      "suara: two incident conditions of the regime share an identifier");
    }
    return true;
}

}  // namespace detail

/// Checks a regime's condition set at compile time (and the regime itself). Returns true so that
/// it can sit in a static_assert.
template <class R>
consteval bool check_conditions() {
    static_assert(is_checked_regime_v<R>);
    if constexpr (!requires { R::incident_conditions; }) {
        static_assert(detail::dependent_false<R>,
                      "suara: regime lacks member `incident_conditions` (its incident grounds): declare "
                      "`static constexpr auto incident_conditions = boost::hana::tuple_t<...>;`");
        return false;
    } else {
        return detail::check_condition_list<R>(detail::condition_list_t<R>{});
    }
}

template <class R>
inline constexpr bool is_checked_condition_set_v = check_conditions<R>();

/// Calls `f.template operator()<C>()` for every condition of R, in set order.
template <class R, class F>
constexpr void for_each_condition(F&& f) {
    static_assert(is_checked_condition_set_v<R>, "suara: the regime's incident condition set is not valid (see above)");
    if constexpr (requires { R::incident_conditions; })
        [&]<class... C>(condition_list<C...>) { (f.template operator()<C>(), ...); }(detail::condition_list_t<R>{});
}

/// The catalogue identifiers that are grounds under R.
template <regime R>
[[nodiscard]] constexpr rule_set incident_rules() {
    rule_set s;
    for_each_condition<R>([&]<class C>() { s.insert(C::id); });
    return s;
}

/// What one condition is under R: for listing and for the verdict.
struct condition_info {
    rule_id id = rule_id::psu_disturbance;  ///< The condition's catalogue identifier.
    outcome result = outcome::none;  ///< What it leads to: psu, recount, continued or follow_up.
    bool mandatory = true;  ///< True when the law obliges ("wajib") rather than permits ("dapat") it under R.
    citation basis{};  ///< Its article under R.
    /// Equal when every member is.
    friend constexpr bool operator==(const condition_info&, const condition_info&) = default;
};

template <regime R>
[[nodiscard]] constexpr std::optional<condition_info> condition_info_of(rule_id id) {
    std::optional<condition_info> out;
    for_each_condition<R>([&]<class C>() {
        if (C::id == id && !out) out = condition_info{C::id, C::result, condition_mandatory<C, R>(), C::template basis<R>()};
    });
    return out;
}

/// Every ground of R that holds in the report.
struct incident_assessment {
    rule_set grounds;            ///< conditions that hold
    rule_set mandatory_grounds;  ///< those the law obliges ("wajib"); the rest permit ("dapat")
    outcome strongest = outcome::none;            ///< strongest outcome of any ground
    outcome strongest_mandatory = outcome::none;  ///< strongest outcome of an obliging ground
    /// Equal when the same grounds hold.
    friend constexpr bool operator==(const incident_assessment&, const incident_assessment&) = default;
};

template <regime R>
[[nodiscard]] constexpr incident_assessment assess(const incident_report& report) {
    incident_assessment a;
    for_each_condition<R>([&]<class C>() {
        if (C::template holds<R>(report)) {
            a.grounds.insert(C::id);
            a.strongest = strongest(a.strongest, C::result);
            if (condition_mandatory<C, R>()) {
                a.mandatory_grounds.insert(C::id);
                a.strongest_mandatory = strongest(a.strongest_mandatory, C::result);
            }
        }
    });
    return a;
}

/// True when a ground with this outcome holds under R, whether the law obliges it ("wajib") or
/// permits it ("dapat"); `obliges` below tells the two apart.
template <regime R>
[[nodiscard]] constexpr bool has_ground(const incident_report& report, outcome o) {
    bool found = false;
    for_each_condition<R>([&]<class C>() { found = found || (C::result == o && C::template holds<R>(report)); });
    return found;
}
/// True when an obliging ("wajib") ground with this outcome holds under R.
template <regime R>
[[nodiscard]] constexpr bool obliges(const incident_report& report, outcome o) {
    bool found = false;
    for_each_condition<R>([&]<class C>() {
        found = found || (C::result == o && condition_mandatory<C, R>() && C::template holds<R>(report));
    });
    return found;
}

template <regime R>
[[nodiscard]] constexpr bool requires_psu(const incident_report& r) { return has_ground<R>(r, outcome::psu); }
template <regime R>
[[nodiscard]] constexpr bool requires_recount(const incident_report& r) { return has_ground<R>(r, outcome::recount); }
template <regime R>
[[nodiscard]] constexpr bool requires_continued(const incident_report& r) { return has_ground<R>(r, outcome::continued); }
template <regime R>
[[nodiscard]] constexpr bool requires_follow_up(const incident_report& r) { return has_ground<R>(r, outcome::follow_up); }

}  // namespace suara

#endif  // SUARA_LAW_CONDITION_SET_HPP
