// suara — the verdict for a TPS: findings and incidents combined into the strongest outcome,
// with every reason. The outcome a Sirekap `psu` status stands for, to compare a verdict with,
// is form/psu_status.hpp's (included here).
// Distributed under the Boost Software License, Version 1.0.
//
// Order: psu > recount > follow_up > continued > correction > review (suara/core/outcome.hpp).
// The law sometimes permits ("dapat") rather than obliges ("wajib"): a disturbance PSU in both
// regimes, the procedural PSU grounds under Pilkada 2024 (modal verb unverified), a recount under
// Pemilu 2024. Such a reason is kept, never dropped: `result` is the strongest outcome of any
// reason, `mandatory` says whether some reason obliges that outcome, and `obliged` is the
// strongest outcome the law obliges.
#ifndef SUARA_TALLY_VERDICT_HPP
#define SUARA_TALLY_VERDICT_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <suara/core/outcome.hpp>
#include <suara/law/condition_set.hpp>
#include <suara/form/incident_report.hpp>
#include <suara/form/psu_status.hpp>
#include <suara/tally/catalogue.hpp>
#include <suara/form/finding.hpp>
#include <suara/form/rule_id.hpp>
#include <suara/tally/rules.hpp>
#include <suara/form/sheet_like.hpp>

namespace suara {

/// One ground of a verdict: a rule or user rule that fired, what it leads to, and whether the
/// law obliges it.
struct verdict_reason {
    std::string_view key;  ///< catalogue identifier or user rule key
    outcome result = outcome::none;  ///< What it leads to.
    bool mandatory = true;  ///< True when the law obliges ("wajib") rather than permits ("dapat") it.
    /// Equal when every member is.
    friend constexpr bool operator==(const verdict_reason&, const verdict_reason&) = default;
};

inline constexpr std::size_t max_verdict_reasons = 64;

/// What a sheet's findings or an incident report lead to: the strongest outcome, whether the
/// law obliges it, and every ground that holds.
struct verdict {
    outcome result = outcome::none;   ///< strongest outcome of any reason
    bool mandatory = true;            ///< some reason obliges `result` (false: the law only permits it)
    outcome obliged = outcome::none;  ///< strongest outcome some reason obliges
    std::array<verdict_reason, max_verdict_reasons> reasons{};  ///< The grounds; the first `count` are used.
    std::size_t count = 0;  ///< Number of grounds.

    /// Adds one reason (duplicates of a key are kept once, with the stronger outcome).
    constexpr verdict& add(std::string_view key, outcome o, bool must) noexcept {
        for (std::size_t i = 0; i < count; ++i)
            if (reasons[i].key == key) {
                reasons[i].result = strongest(reasons[i].result, o);
                reasons[i].mandatory = reasons[i].mandatory || must;
                return settle(o, must);
            }
        if (count < max_verdict_reasons) reasons[count++] = {key, o, must};
        return settle(o, must);
    }
    /// True when the ground with this key holds.
    [[nodiscard]] constexpr bool has(std::string_view key) const noexcept {
        for (std::size_t i = 0; i < count; ++i)
            if (reasons[i].key == key) return true;
        return false;
    }
    /// First ground.
    [[nodiscard]] constexpr const verdict_reason* begin() const noexcept { return reasons.data(); }
    /// One past the last ground.
    [[nodiscard]] constexpr const verdict_reason* end() const noexcept { return reasons.data() + count; }

private:
    constexpr verdict& settle(outcome o, bool must) noexcept {
        if (rank(o) > rank(result)) {
            result = o;
            mandatory = must;
        } else if (o == result) {
            mandatory = mandatory || must;
        }
        if (must) obliged = strongest(obliged, o);
        return *this;
    }
};

/// Adds a finding to a verdict; "wajib"/"dapat" from the rule under R.
template <regime R>
constexpr verdict& add_finding(verdict& v, const finding& f) {
    const bool must = f.user_key.empty() ? describe<R>(f.rule).mandatory : true;
    return v.add(f.key(), f.result, must);
}

/// The verdict of an incident report alone.
template <regime R>
[[nodiscard]] constexpr verdict judge(const incident_report& report) {
    verdict v;
    for_each_condition<R>([&]<class C>() {
        if (C::template holds<R>(report)) v.add(to_string(C::id), C::result, condition_mandatory<C, R>());
    });
    return v;
}

/// The verdict of a sheet: every finding of sections A and B (its kejadian_* fields).
template <regime R, sheet_like S>
[[nodiscard]] constexpr verdict judge(const S& s, rule_set enabled = rule_set::all()) {
    verdict v;
    check_sheet<R>(s, [&](const finding& f) { add_finding<R>(v, f); }, enabled);
    return v;
}

}  // namespace suara

#endif  // SUARA_TALLY_VERDICT_HPP
