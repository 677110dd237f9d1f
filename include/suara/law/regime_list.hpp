// suara — a compile-time list of regimes, each known by its name and by the contests it holds.
// Distributed under the Boost Software License, Version 1.0.
//
// Code that must pick a regime at run time (the bulk engine, suara-audit's `--regime NAME`)
// walks such a list instead of naming regimes itself, so that a user regime runs wherever the
// library's own do once it is on the list:
//
//     struct pilkada_2029 : suara::pilkada_2024 {
//         static constexpr std::string_view name = "pilkada-2029";
//         static constexpr suara::cited<suara::count_rep> tps_capacity{500, {"PKPU x/2029", ...}};
//     };
//     using my_regimes = suara::known_regimes_with<pilkada_2029>;   // suara/regimes/known.hpp
//
// A regime is found by its name (`find`) or by a contest (`holding`: the first regime of the
// list that holds it, so the library's regimes, listed first, stay the default for their
// contests and a user regime is chosen by name; a list that puts a regime first makes it the
// default). The list is checked when it is formed: every regime passes check_regime, and no
// two share a name.
#ifndef SUARA_LAW_REGIME_LIST_HPP
#define SUARA_LAW_REGIME_LIST_HPP

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include <suara/core/kontes.hpp>
#include <suara/detail/meta.hpp>
#include <suara/law/regime.hpp>

namespace suara {

namespace detail {
template <std::size_t N>
consteval bool distinct_names(const std::array<std::string_view, N>& names) {
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = i + 1; j < N; ++j)
            if (names[i] == names[j]) return false;
    return true;
}
}  // namespace detail

/// A list of regimes R..., in order of preference for the contests they share.
template <class... R>
struct regime_list {
    static_assert(sizeof...(R) > 0, "suara: a regime list names at least one regime");
    static_assert((is_checked_regime_v<R> && ...));

    /// How many regimes the list holds.
    static constexpr std::size_t size = sizeof...(R);
    /// Their names, in list order.
    static constexpr std::array<std::string_view, size> names{std::string_view{R::name}...};
    static_assert(detail::distinct_names(names), "suara: two regimes of a list share a name");
    /// The contests each holds (R::kontes_held), in list order.
    static constexpr std::array<kontes_set, size> contests{R::kontes_held.value...};

    /// The same list with U... appended.
    template <class... U>
    using with = regime_list<R..., U...>;

    /// The position of the regime called `name`, if the list has one.
    [[nodiscard]] static constexpr std::optional<std::size_t> find(std::string_view name) noexcept {
        for (std::size_t i = 0; i < size; ++i)
            if (names[i] == name) return i;
        return std::nullopt;
    }
    /// The position of the first regime holding contest `k`, if any.
    [[nodiscard]] static constexpr std::optional<std::size_t> holding(kontes k) noexcept {
        for (std::size_t i = 0; i < size; ++i)
            if (contests[i].contains(k)) return i;
        return std::nullopt;
    }
    /// True when every contest is held by some regime of the list (so that each sheet has a
    /// regime by its contest).
    [[nodiscard]] static constexpr bool holds_every_contest() noexcept {
        for (kontes k : all_kontes)
            if (!holding(k)) return false;
        return true;
    }

    /// Calls `fn.template operator()<Ri>()` for the regime at position `i` (< size) and returns
    /// what it returns; every call must return the same type.
    template <class Fn>
    static constexpr decltype(auto) visit(std::size_t i, Fn&& fn) {
        return visit_from<0, R...>(i, fn);
    }
    /// Calls `fn.template operator()<Ri>()` for every regime, in list order.
    template <class Fn>
    static constexpr void for_each(Fn&& fn) {
        (fn.template operator()<R>(), ...);
    }

private:
    template <std::size_t I, class First, class... Rest, class Fn>
    static constexpr decltype(auto) visit_from(std::size_t i, Fn& fn) {
        if constexpr (sizeof...(Rest) == 0) {
            return fn.template operator()<First>();
        } else {
            if (i == I) return fn.template operator()<First>();
            return visit_from<I + 1, Rest...>(i, fn);
        }
    }
};

namespace detail {
template <class T>
inline constexpr bool is_regime_list = false;
template <class... R>
inline constexpr bool is_regime_list<regime_list<R...>> = true;
}  // namespace detail

/// A `regime_list<R...>`.
template <class T>
concept regime_list_type = detail::is_regime_list<T>;

/// Which regime applies to a sheet: the regime of a list called `name` (`--regime NAME`), or,
/// when `name` is empty, the regime of the sheet's contest, the first of the list holding it
/// (`--regime auto`, the default).
struct regime_choice {
    std::string_view name{};  ///< a regime's name; empty: by contest

    /// The regime of each sheet's contest.
    static const regime_choice by_contest;
    /// The regime called `n`.
    [[nodiscard]] static constexpr regime_choice named(std::string_view n) noexcept { return {n}; }
    /// Regime R.
    template <class R>
    [[nodiscard]] static constexpr regime_choice of() noexcept {
        return {R::name};
    }
    /// True for the choice by contest.
    [[nodiscard]] constexpr bool is_by_contest() const noexcept { return name.empty(); }
    /// Equal when they name the same regime, or are both by contest.
    friend constexpr bool operator==(const regime_choice&, const regime_choice&) = default;
};
inline constexpr regime_choice regime_choice::by_contest{};

/// The position in List of the regime `choice` applies to a sheet of contest `k`; empty when the
/// choice names no regime of the list, or, by contest, when no regime of the list holds `k`.
template <regime_list_type List>
[[nodiscard]] constexpr std::optional<std::size_t> chosen_regime(regime_choice choice, kontes k) noexcept {
    return choice.is_by_contest() ? List::holding(k) : List::find(choice.name);
}

/// The names of a list's regimes as the usage text writes them: "pilkada-2024 | pemilu-2024".
template <regime_list_type List>
[[nodiscard]] std::string regime_names_text(std::string_view separator = " | ") {
    std::string out;
    for (std::size_t i = 0; i < List::size; ++i) {
        if (i) out += separator;
        out += List::names[i];
    }
    return out;
}

/// The names as a sentence lists them, "a, b atau c" / "a, b or c": `last` joins the last two.
template <regime_list_type List>
[[nodiscard]] std::string regime_names_listed(std::string_view last) {
    std::string out;
    for (std::size_t i = 0; i < List::size; ++i) {
        if (i) out += i + 1 == List::size ? last : std::string_view{", "};
        out += List::names[i];
    }
    return out;
}

}  // namespace suara

#endif  // SUARA_LAW_REGIME_LIST_HPP
