// suara — rule engines for the bulk validator: one regime, or the regime chosen by contest.
// Distributed under the Boost Software License, Version 1.0.
//
// docs/cli.md: the default regime follows the contest (Pemilu contests `ppwp`, `pdpr`, ... take
// Pemilu 2024; `pkwkp` and `pkwkk` take Pilkada 2024), so one batch may mix both.
#ifndef SUARA_BULK_ENGINE_HPP
#define SUARA_BULK_ENGINE_HPP

#include <optional>
#include <string_view>
#include <utility>

#include <suara/bulk/screen.hpp>
#include <suara/bulk/validator.hpp>
#include <suara/core/kontes.hpp>
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>
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

/// Which regime applies: fixed by the user, or by each sheet's contest.
enum class regime_choice : unsigned char { by_contest, pilkada_2024, pemilu_2024 };

[[nodiscard]] constexpr std::optional<regime_choice> regime_choice_from_string(std::string_view s) noexcept {
    if (s == "pilkada-2024") return regime_choice::pilkada_2024;
    if (s == "pemilu-2024") return regime_choice::pemilu_2024;
    if (s == "auto") return regime_choice::by_contest;
    return std::nullopt;
}

/// Calls `fn.template operator()<R>()` with the regime that applies to contest `k`.
template <class Fn>
decltype(auto) visit_regime(regime_choice choice, kontes k, Fn&& fn) {
    const bool pemilu = choice == regime_choice::pemilu_2024 || (choice == regime_choice::by_contest && is_pemilu(k));
    if (pemilu) return std::forward<Fn>(fn).template operator()<pemilu_2024>();
    return std::forward<Fn>(fn).template operator()<pilkada_2024>();
}

/// The catalogue with the regime chosen per row.
struct contest_engine {
    regime_choice choice = regime_choice::by_contest;  ///< Fixed regime, or by each row's contest.

    /// The rules that fire on `row` under its contest's regime.
    template <sheet_like S>
    [[nodiscard]] rule_set fired(const S& row, rule_set rules) const {
        return visit_regime(choice, row.kontes_code(), [&]<class R>() { return fired_rules<R>(row, rules); });
    }
    /// Reports the findings of `row` under its contest's regime to `sink`.
    template <sheet_like S, class Sink>
    void check(const S& row, Sink&& sink, rule_set rules) const {
        visit_regime(choice, row.kontes_code(), [&]<class R>() { check_sheet<R>(row, sink, rules); });
    }
    /// The thresholds of the regime of each contest, for the column screen.
    [[nodiscard]] screen_table screen_limits() const noexcept {
        screen_table t{};
        for (auto k : all_kontes)
            t[static_cast<std::size_t>(k)] = visit_regime(choice, k, []<class R>() { return suara::screen_limits_of<R>(); });
        return t;
    }
};

static_assert(rule_engine<regime_engine<pemilu_2024>>);
static_assert(rule_engine<contest_engine>);

/// Validates a whole batch under regime R; identical results for any thread count.
template <regime R>
[[nodiscard]] validation_result validate(const sheet_batch& batch, validate_options options = {}) {
    return validate_with(batch, regime_engine<R>{}, options);
}

/// Validates a whole batch with the regime chosen per contest (or forced by `choice`).
[[nodiscard]] inline validation_result validate(const sheet_batch& batch, regime_choice choice,
                                                validate_options options = {}) {
    return validate_with(batch, contest_engine{choice}, options);
}

}  // namespace suara

#endif  // SUARA_BULK_ENGINE_HPP
