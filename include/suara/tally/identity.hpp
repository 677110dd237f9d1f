// suara — an arithmetic identity of the results sheet, as data (docs/sources.md#sheet-identities).
// Distributed under the Boost Software License, Version 1.0.
//
// Each identity is "sum of the left figures  =  (or ≤)  sum of the right figures". The rules
// that are made of identities (voters.sex_sum, ballots.balance, votes.valid_sum, ...) hold
// them in their definitions (suara/tally/sheet_rules.hpp); suara/tally/identities.hpp lines
// them up in one table, which check_sheet, record.digit_slip and the column screen read.
//
// Figures are raw (`missing_figure` where not written). An identity is evaluated only when
// every figure it names is known; otherwise its figures go to record.incomplete, except for an
// identity marked `optional_rhs` whose right side is missing: voters.registered_turnout applies
// only "where the sheet has" a registered count (Sirekap publishes none).
#ifndef SUARA_TALLY_IDENTITY_HPP
#define SUARA_TALLY_IDENTITY_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <suara/form/field.hpp>
#include <suara/tally/labels.hpp>
#include <suara/form/rule_id.hpp>
#include <suara/form/sheet.hpp>
#include <suara/form/sheet_like.hpp>

namespace suara {

/// A figure of a sheet as the identities name it: a field, or the sum of the candidate columns
/// (the blank column included).
using figure_ref = std::uint8_t;
inline constexpr figure_ref no_figure = 0xFF;
inline constexpr figure_ref candidate_sum_ref = 0xFE;
[[nodiscard]] constexpr figure_ref ref(field f) noexcept { return static_cast<figure_ref>(index(f)); }

/// How the two sides of an identity relate: equal, or the left at most the right.
enum class relation : std::uint8_t { equal, at_most };

/// One identity: its rule, how its two sides relate, the figures of each side (at most three,
/// `no_figure` where fewer) and the names its finding gives the two sides.
struct identity {
    rule_id rule;  ///< The catalogue rule it checks.
    relation rel;  ///< Equal, or at most.
    std::array<figure_ref, 3> lhs;  ///< The figures summed on the left (no_figure for an unused slot).
    std::array<figure_ref, 3> rhs;  ///< The figures summed on the right.
    std::string_view lhs_name;  ///< As the finding names the left side.
    std::string_view rhs_name;  ///< As the finding names the right side.
    bool optional_rhs = false;  ///< a missing right side means "does not apply", not "incomplete"
};

namespace detail {
constexpr std::array<figure_ref, 3> one(field a) noexcept { return {ref(a), no_figure, no_figure}; }
constexpr std::array<figure_ref, 3> two(field a, field b) noexcept { return {ref(a), ref(b), no_figure}; }
constexpr std::array<figure_ref, 3> three(field a, field b, field c) noexcept { return {ref(a), ref(b), ref(c)}; }
/// J = L + P on one row of the form; `lp` names the right side.
constexpr identity sex_sum(field l, field p, field j, std::string_view lp) noexcept {
    return {rule_id::voters_sex_sum, relation::equal, one(j), two(l, p), field_names[index(j)], lp};
}
}  // namespace detail

}  // namespace suara

#endif  // SUARA_TALLY_IDENTITY_HPP
