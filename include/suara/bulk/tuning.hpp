// suara — tuning the rule catalogue for a run: rules switched off, severities changed, a
// tolerance on the identities between figures, and a lowest severity reported (docs/cli.md,
// suara-audit's --rules, --ignore, --min-severity and --rules-file).
// Distributed under the Boost Software License, Version 1.0.
//
// The tuning is a filter over the findings the catalogue makes, never a change to the rules: the
// whole catalogue still runs, and a finding is dropped (a rule switched off, a difference within
// its tolerance, a severity below the lowest reported) or has its severity changed. So a rule
// switched off removes its own findings and nothing else (record.incomplete and record.digit_slip,
// which read what every rule needs, are unchanged), and the column screen (bulk/screen.hpp) stays
// exact: a row it clears has no finding at all, so none after a filter either.
#ifndef SUARA_BULK_TUNING_HPP
#define SUARA_BULK_TUNING_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <suara/bulk/validator.hpp>
#include <suara/core/outcome.hpp>
#include <suara/form/finding.hpp>
#include <suara/form/rule_id.hpp>
#include <suara/form/sheet_like.hpp>
#include <suara/tally/identities.hpp>

namespace suara {

/// How far the two sides of an identity may differ and still hold: an absolute number of votes,
/// voters or ballots, or parts per million of the larger side (1 % = 10000).
struct rule_tolerance {
    std::uint64_t amount = 0;  ///< the absolute difference allowed, or parts per million
    bool relative = false;     ///< true: `amount` is parts per million of the larger side

    /// True when sides `a` and `b` are within the tolerance.
    [[nodiscard]] constexpr bool allows(std::uint64_t a, std::uint64_t b) const noexcept {
        const std::uint64_t diff = a > b ? a - b : b - a;
        if (!relative) return diff <= amount;
        const std::uint64_t big = a > b ? a : b;
        // floor(big * amount / 1e6) without overflow (amount <= 1e6)
        const std::uint64_t limit = big / 1'000'000 * amount + big % 1'000'000 * amount / 1'000'000;
        return diff <= limit;
    }
    /// "2" or "1.5%".
    [[nodiscard]] std::string text() const {
        if (!relative) return std::to_string(amount);
        std::string out = std::to_string(amount / 10000);
        if (std::uint64_t frac = amount % 10000; frac != 0) {
            std::string digits = std::to_string(frac);
            digits.insert(0, 4 - digits.size(), '0');
            while (digits.back() == '0') digits.pop_back();
            out += '.';
            out += digits;
        }
        out += '%';
        return out;
    }
    /// Equal when amount and kind are.
    friend constexpr bool operator==(const rule_tolerance&, const rule_tolerance&) = default;
};

/// The largest absolute tolerance: 10^12 votes, voters or ballots, far above any figure of a
/// sheet or a national sum (about 2 * 10^8 voters), so that no real tolerance is refused, while
/// every tolerance accepted, from a string or a JSON number, reads back from its own text.
/// A bound of this library, not of the law.
inline constexpr std::uint64_t max_absolute_tolerance = 1'000'000'000'000ULL;

/// An absolute tolerance of `amount` votes, voters or ballots; nullopt above
/// `max_absolute_tolerance`. The one check of the bound, for the string form and for a number
/// given as such (a JSON number in a rules file).
[[nodiscard]] constexpr std::optional<rule_tolerance> rule_tolerance_from_count(std::uint64_t amount) noexcept {
    if (amount > max_absolute_tolerance) return std::nullopt;
    return rule_tolerance{amount, false};
}

/// A tolerance as written: a whole number ("2", at most `max_absolute_tolerance`) or a percentage
/// with up to four decimals ("1%", "0.5%", at most 100%); nullopt for anything else.
[[nodiscard]] constexpr std::optional<rule_tolerance> rule_tolerance_from_string(std::string_view s) noexcept {
    if (s.empty()) return std::nullopt;
    const bool percent = s.back() == '%';
    if (percent) s.remove_suffix(1);
    std::uint64_t whole = 0, frac = 0;
    int frac_digits = -1;  // -1: no point
    for (char c : s) {
        if (c == '.' && percent && frac_digits < 0) {
            frac_digits = 0;
            continue;
        }
        if (c < '0' || c > '9') return std::nullopt;
        if (frac_digits >= 0) {
            if (++frac_digits > 4) return std::nullopt;
            frac = frac * 10 + static_cast<std::uint64_t>(c - '0');
        } else {
            whole = whole * 10 + static_cast<std::uint64_t>(c - '0');
            if (whole > max_absolute_tolerance) return std::nullopt;  // checked per digit: no overflow
        }
    }
    if (s.empty() || s.front() == '.' || frac_digits == 0) return std::nullopt;  // "", ".5", "1."
    if (!percent) return rule_tolerance_from_count(whole);
    for (int i = frac_digits < 0 ? 0 : frac_digits; i < 4; ++i) frac *= 10;
    const std::uint64_t ppm = whole * 10000 + frac;
    if (whole > 100 || ppm > 1'000'000) return std::nullopt;
    return rule_tolerance{ppm, true};
}

/// Where the two sides of a finding of rule `r` stand among its figures, when a tolerance makes
/// sense for it: the identities between figures (section A, `lhs` then `rhs`, first) and
/// recap.mismatch (the recap figure and the sum of its TPS, third and fourth). nullopt: a rule
/// with no two sides to compare (a threshold, an incident, a missing input).
[[nodiscard]] constexpr std::optional<std::pair<std::uint8_t, std::uint8_t>> tolerance_sides(rule_id r) noexcept {
    if (r == rule_id::recap_mismatch) return std::pair<std::uint8_t, std::uint8_t>{2, 3};
    for (const identity& i : identities)
        if (i.rule == r) return std::pair<std::uint8_t, std::uint8_t>{0, 1};
    return std::nullopt;
}

/// What a run changes about one rule.
struct rule_adjustment {
    std::optional<severity> level;            ///< its findings' severity instead of the catalogue's
    std::optional<rule_tolerance> tolerance;  ///< sides within it: no finding
    /// Equal when every member is.
    friend constexpr bool operator==(const rule_adjustment&, const rule_adjustment&) = default;
};

/// The tuning of a run: the rules applied, per rule a severity or a tolerance, and the lowest
/// severity reported. The default changes nothing.
struct rule_tuning {
    rule_set enabled = rule_set::all();           ///< the rules whose findings are kept
    std::array<rule_adjustment, rule_count> rules{};  ///< by rule_id
    severity min_level = severity::info;            ///< findings below it (after `rules`) are dropped

    /// True when it changes nothing.
    [[nodiscard]] constexpr bool neutral() const noexcept {
        if (enabled != rule_set::all() || min_level != severity::info) return false;
        for (const auto& a : rules)
            if (a.level || a.tolerance) return false;
        return true;
    }
    /// Applies the tuning to `f`: false when it is dropped, else true with its severity as tuned.
    [[nodiscard]] constexpr bool apply(finding& f) const noexcept {
        if (!f.user_key.empty()) return f.level >= min_level;  // a user rule: only the lowest severity applies
        if (!enabled.contains(f.rule)) return false;
        const rule_adjustment& a = rules[static_cast<std::size_t>(f.rule)];
        if (a.tolerance) {
            if (const auto sides = tolerance_sides(f.rule); sides && f.value_count > sides->second &&
                                                            a.tolerance->allows(f.values[sides->first].value, f.values[sides->second].value))
                return false;
        }
        if (a.level) f.level = *a.level;
        return f.level >= min_level;
    }
    /// Equal when every member is.
    friend constexpr bool operator==(const rule_tuning&, const rule_tuning&) = default;
};

/// The rules a pattern names: a rule's key ("votes.valid_sum"), a family ("votes.*": every rule
/// whose key starts with "votes."), or "*" (all). Empty when it names none.
[[nodiscard]] constexpr rule_set rules_matching(std::string_view pattern) noexcept {
    rule_set out;
    const bool family = pattern.size() >= 2 && pattern.substr(pattern.size() - 2) == ".*";
    const std::string_view prefix = family ? pattern.substr(0, pattern.size() - 1) : std::string_view{};  // "votes."
    for (std::size_t i = 0; i < rule_count; ++i) {
        const std::string_view key = rule_keys[i];
        if (pattern == "*" || key == pattern || (family && key.substr(0, prefix.size()) == prefix))
            out.insert(static_cast<rule_id>(i));
    }
    return out;
}

/// The catalogue of engine E with a tuning applied to its findings. fired() and the column
/// screen are E's own (a superset of what is kept, which is all the validator needs of them).
template <rule_engine E>
class tuned_engine {
public:
    /// E's rules, tuned by `t`.
    explicit tuned_engine(E inner = {}, rule_tuning t = {}) : inner_{std::move(inner)}, tuning_{t} {}

    /// The rules that may fire on `row` (E's cheap pass).
    template <sheet_like S>
    [[nodiscard]] rule_set fired(const S& row, rule_set rules) const {
        return inner_.fired(row, rules);
    }
    /// Sends the findings of `row` that the tuning keeps, as tuned, to `sink`.
    template <sheet_like S, class Sink>
    void check(const S& row, Sink&& sink, rule_set rules) const {
        inner_.check(
            row,
            [&](const finding& f) {
                finding g = f;
                if (tuning_.apply(g)) sink(std::as_const(g));
            },
            rules);
    }
    /// E's column screen thresholds, when E has them.
    [[nodiscard]] auto screen_limits() const
        requires requires(const E& e) { e.screen_limits(); }
    {
        return inner_.screen_limits();
    }
    /// The engine tuned.
    [[nodiscard]] const E& inner() const noexcept { return inner_; }
    /// The tuning.
    [[nodiscard]] const rule_tuning& tuning() const noexcept { return tuning_; }

private:
    E inner_;
    rule_tuning tuning_;
};

}  // namespace suara

#endif  // SUARA_BULK_TUNING_HPP
