// suara — the identity table: every identity of the sheet's identity rules, in one array.
// Distributed under the Boost Software License, Version 1.0.
//
// The identities are written in the rules they belong to (suara/tally/sheet_rules.hpp); this
// table lines them up in report order, so that check_sheet can unroll them, record.digit_slip
// can search them and masks can name them by position (bit i = identities[i]).
#ifndef SUARA_TALLY_IDENTITIES_HPP
#define SUARA_TALLY_IDENTITIES_HPP

#include <array>
#include <cstddef>
#include <cstdint>

#include <suara/tally/identity.hpp>
#include <suara/tally/sheet_rules.hpp>

namespace suara {

namespace detail {
template <class... Rules>
consteval std::size_t identity_count(rule_table<Rules...>) {
    std::size_t n = 0;
    ([&] {
        if constexpr (is_identity_rule_v<Rules>) n += Rules::identities.size();
    }(), ...);
    return n;
}
template <std::size_t N, class... Rules>
consteval std::array<identity, N> identities_of(rule_table<Rules...>) {
    std::array<identity, N> out{};
    std::size_t n = 0;
    bool identity_rules_first = true, seen_other = false;
    ([&] {
        if constexpr (is_identity_rule_v<Rules>) {
            static_assert(identities_belong<Rules>(),
                          "suara: every identity of a rule names that rule and relates its sides as the others do");
            identity_rules_first &= !seen_other;
            for (const identity& i : Rules::identities) out[n++] = i;
        } else {
            seen_other = true;
        }
    }(), ...);
    if (!identity_rules_first) throw "suara: the identity rules come first in sheet_rule_table (they report first)";
    return out;
}
}  // namespace detail

/// The identity table. Order is the order findings are reported in.
inline constexpr auto identities =
    detail::identities_of<detail::identity_count(sheet_rule_table{})>(sheet_rule_table{});
static_assert(identities.size() <= 32, "suara: identity masks are 32-bit");

}  // namespace suara

#endif  // SUARA_TALLY_IDENTITIES_HPP
