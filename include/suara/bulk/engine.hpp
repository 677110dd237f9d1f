// suara — rule engines for the bulk validator: one regime, or one of a list of regimes chosen
// by name or by each sheet's contest.
// Distributed under the Boost Software License, Version 1.0.
//
// The default regime follows the contest (docs/cli.md): each sheet takes the first regime of
// the list that holds its contest, so with suara's own regimes (known_regimes) Pemilu contests
// (`ppwp`, `pdpr`, ...) take Pemilu 2024 and `pkwkp`, `pkwkk` Pilkada 2024, and one batch may mix
// both. A user regime joins the list in one line (`known_regimes_with<pilkada_2029>`) and is
// chosen by its name.
#ifndef SUARA_BULK_ENGINE_HPP
#define SUARA_BULK_ENGINE_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include <suara/bulk/screen.hpp>
#include <suara/bulk/validator.hpp>
#include <suara/core/kontes.hpp>
#include <suara/law/regime_list.hpp>
#include <suara/regimes/known.hpp>
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/tally/rules.hpp>

namespace suara {

/// The whole catalogue under one regime R.
template <regime R>
struct regime_engine {
    static_assert(check_regime<R>());
    /// The rules that fire on `row` under R.
    template <sheet_like S>
    [[nodiscard]] rule_set fired(const S& row, rule_set rules) const {
        return fired_rules<R>(row, rules);
    }
    /// Reports the findings of `row` under R to `sink`.
    template <sheet_like S, class Sink>
    void check(const S& row, Sink&& sink, rule_set rules) const {
        check_sheet<R>(row, std::forward<Sink>(sink), rules);
    }
    /// The regime's thresholds for the column screen (bulk/screen.hpp).
    [[nodiscard]] static constexpr screen_table screen_limits() noexcept {
        screen_table t{};
        t.fill(suara::screen_limits_of<R>());
        return t;
    }
};

/// The choice `s` names: "auto" (by contest) or the name of a regime of List.
template <regime_list_type List = known_regimes>
[[nodiscard]] constexpr std::optional<regime_choice> regime_choice_from_string(std::string_view s) noexcept {
    if (s == "auto") return regime_choice::by_contest;
    if (const auto i = List::find(s)) return regime_choice::named(List::names[*i]);
    return std::nullopt;
}

/// Calls `fn.template operator()<R>()` with the regime of List that `choice` applies to contest
/// `k`. Throws std::invalid_argument when the choice names no regime of List.
template <regime_list_type List = known_regimes, class Fn>
decltype(auto) visit_regime(regime_choice choice, kontes k, Fn&& fn) {
    static_assert(List::holds_every_contest(), "suara: by contest, every contest needs a regime of the list that holds it");
    const auto i = chosen_regime<List>(choice, k);
    if (!i) throw std::invalid_argument("suara: no regime of the list is called '" + std::string{choice.name} + "'");
    return List::visit(*i, std::forward<Fn>(fn));
}

/// The catalogue with the regime of List chosen per row (by its contest, or the one named),
/// resolved once per contest when the engine is made.
template <regime_list_type List>
class regime_list_engine {
    static_assert(List::holds_every_contest(), "suara: by contest, every contest needs a regime of the list that holds it");

public:
    /// The regimes the engine chooses from.
    using regimes = List;

    /// Throws std::invalid_argument when `choice` names no regime of List.
    explicit regime_list_engine(regime_choice choice = regime_choice::by_contest) : choice_{choice} {
        for (kontes k : all_kontes) {
            const auto i = chosen_regime<List>(choice, k);
            if (!i) throw std::invalid_argument("suara: no regime of the list is called '" + std::string{choice.name} + "'");
            of_contest_[static_cast<std::size_t>(k)] = static_cast<std::uint8_t>(*i);
        }
    }

    /// The choice the engine was made with.
    [[nodiscard]] regime_choice choice() const noexcept { return choice_; }

    /// Calls `fn.template operator()<R>()` with the regime of contest `k`.
    template <class Fn>
    decltype(auto) visit(kontes k, Fn&& fn) const {
        return List::visit(of_contest_[static_cast<std::size_t>(k)], std::forward<Fn>(fn));
    }

    /// The rules of `rules` that fire on `row` under its regime.
    template <sheet_like S>
    [[nodiscard]] rule_set fired(const S& row, rule_set rules) const {
        return visit(row.kontes_code(), [&]<class R>() { return fired_rules<R>(row, rules); });
    }
    /// Sends the findings of `row` under its regime to `sink`.
    template <sheet_like S, class Sink>
    void check(const S& row, Sink&& sink, rule_set rules) const {
        visit(row.kontes_code(), [&]<class R>() { check_sheet<R>(row, sink, rules); });
    }
    /// The thresholds of the regime of each contest, for the column screen.
    [[nodiscard]] screen_table screen_limits() const noexcept {
        screen_table t{};
        for (auto k : all_kontes)
            t[static_cast<std::size_t>(k)] = visit(k, []<class R>() { return suara::screen_limits_of<R>(); });
        return t;
    }

private:
    regime_choice choice_;
    std::array<std::uint8_t, kontes_count> of_contest_{};
};

/// The catalogue with the regime of suara's own regimes chosen per row.
using contest_engine = regime_list_engine<known_regimes>;

static_assert(rule_engine<regime_engine<pemilu_2024>>);
static_assert(rule_engine<contest_engine>);

/// Validates a whole batch under regime R; identical results for any thread count.
template <regime R>
[[nodiscard]] validation_result validate(const sheet_batch& batch, validate_options options = {}) {
    return validate_with(batch, regime_engine<R>{}, options);
}

/// Validates a whole batch with the regime of List chosen per contest (or the one `choice`
/// names; std::invalid_argument when List has none of that name).
template <regime_list_type List = known_regimes>
[[nodiscard]] validation_result validate(const sheet_batch& batch, regime_choice choice, validate_options options = {}) {
    return validate_with(batch, regime_list_engine<List>{choice}, options);
}

}  // namespace suara

#endif  // SUARA_BULK_ENGINE_HPP
