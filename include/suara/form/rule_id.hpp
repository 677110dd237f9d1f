// suara — the stable identifiers of the rule catalogue (docs/rules.md).
// Distributed under the Boost Software License, Version 1.0.
//
// Identifiers are part of the public contract: tools key on the strings, so a string never
// changes meaning once released. New rules get new enumerators appended at the end.
#ifndef SUARA_FORM_RULE_ID_HPP
#define SUARA_FORM_RULE_ID_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string_view>

namespace suara {

enum class rule_id : std::uint8_t {
    // A. results-sheet arithmetic
    voters_sex_sum, voters_category_sum, voters_dpt_turnout, voters_registered_turnout, voters_copied_row,
    ballots_balance, ballots_used_vs_voters, ballots_allocation,
    votes_valid_sum, votes_total_sum, votes_vs_voters, votes_over_supply,
    tps_capacity, record_incomplete, record_digit_slip,
    // B. incidents
    psu_ballot_box_opened, psu_voter_marked_ballot, psu_ballots_destroyed, psu_multiple_voting,
    psu_unregistered_voting, psu_disturbance,
    recount_closed, recount_dim_light, recount_unclear_voice, recount_unclear_writing, recount_not_observable,
    recount_other_place_time, recount_inconsistent_validity, recount_riot,
    continued_partial, follow_up_all,
    // C. roll-up
    recap_mismatch, recap_missing_tps,
};

inline constexpr std::size_t rule_count = static_cast<std::size_t>(rule_id::recap_missing_tps) + 1;

inline constexpr std::array<std::string_view, rule_count> rule_keys{
    "voters.sex_sum", "voters.category_sum", "voters.dpt_turnout", "voters.registered_turnout", "voters.copied_row",
    "ballots.balance", "ballots.used_vs_voters", "ballots.allocation",
    "votes.valid_sum", "votes.total_sum", "votes.vs_voters", "votes.over_supply",
    "tps.capacity", "record.incomplete", "record.digit_slip",
    "psu.ballot_box_opened", "psu.voter_marked_ballot", "psu.ballots_destroyed", "psu.multiple_voting",
    "psu.unregistered_voting", "psu.disturbance",
    "recount.closed", "recount.dim_light", "recount.unclear_voice", "recount.unclear_writing", "recount.not_observable",
    "recount.other_place_time", "recount.inconsistent_validity", "recount.riot",
    "continued.partial", "follow_up.all",
    "recap.mismatch", "recap.missing_tps",
};

/// "votes.valid_sum".
[[nodiscard]] constexpr std::string_view to_string(rule_id r) noexcept {
    return rule_keys[static_cast<std::size_t>(r)];
}

[[nodiscard]] constexpr std::optional<rule_id> rule_from_string(std::string_view s) noexcept {
    for (std::size_t i = 0; i < rule_count; ++i)
        if (rule_keys[i] == s) return static_cast<rule_id>(i);
    return std::nullopt;
}

/// A set of rules as a bit mask (which rules fired on a sheet, which a user selected).
class rule_set {
public:
    constexpr rule_set() noexcept = default;
    /// The rules listed.
    constexpr rule_set(std::initializer_list<rule_id> rs) noexcept {
        for (auto r : rs) insert(r);
    }
    /// Every rule of the catalogue.
    [[nodiscard]] static constexpr rule_set all() noexcept {
        rule_set s;
        s.bits_ = (std::uint64_t{1} << rule_count) - 1;
        return s;
    }
    /// Adds a rule.
    constexpr void insert(rule_id r) noexcept { bits_ |= bit(r); }
    /// Removes a rule.
    constexpr void erase(rule_id r) noexcept { bits_ &= ~bit(r); }
    /// True when the set holds `r`.
    [[nodiscard]] constexpr bool contains(rule_id r) const noexcept { return (bits_ & bit(r)) != 0; }
    /// True when the set holds no rule.
    [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
    /// The set as a bit mask, bit i for rule_id i.
    [[nodiscard]] constexpr std::uint64_t bits() const noexcept { return bits_; }
    /// Adds every rule of `o`.
    constexpr rule_set& operator|=(rule_set o) noexcept {
        bits_ |= o.bits_;
        return *this;
    }
    /// Equal when they hold the same rules.
    friend constexpr bool operator==(rule_set, rule_set) noexcept = default;

private:
    static constexpr std::uint64_t bit(rule_id r) noexcept { return std::uint64_t{1} << static_cast<unsigned>(r); }
    std::uint64_t bits_ = 0;
};
static_assert(rule_count <= 64, "rule_set holds at most 64 rules");

}  // namespace suara

#endif  // SUARA_FORM_RULE_ID_HPP
