// suara — what a rule shows the column screen: the tests a sheet passes when the rule cannot
// fire on it.
// Distributed under the Boost Software License, Version 1.0.
//
// The bulk validator screens blocks of rows column by column (suara/bulk/screen.hpp) and sends
// to the full rules only the rows that may fire one. It knows no rule by name: each rule
// definition (suara/tally/sheet_rules.hpp, or a user rule) shows it a *face*, a few tests in the
// vocabulary below, each a necessary condition for the rule to stay silent. An identity is its
// own face; a rule that depends on the regime names the regime figure it compares with
// (`face_limit`, one per contest). The screen then clears a row only when every face of every
// rule passes, and it keeps every row of a table that has a rule without a face.
//
// A face test passes on a row only when every figure it names is written and small enough for
// exact 32-bit sums (the screen checks that itself), except `zero_or_missing`, which passes on a
// figure not written.
#ifndef SUARA_TALLY_SCREEN_FACE_HPP
#define SUARA_TALLY_SCREEN_FACE_HPP

#include <array>
#include <cstddef>
#include <cstdint>

#include <suara/core/count.hpp>
#include <suara/form/field.hpp>
#include <suara/law/regime.hpp>
#include <suara/tally/identity.hpp>

namespace suara {

/// What one face test checks.
enum class face_kind : std::uint8_t {
    equal,             ///< the sum of `lhs` equals the sum of `rhs`
    at_most,           ///< the sum of `lhs` is at most the sum of `rhs`
    zero_or_missing,   ///< the figure `lhs[0]` is 0 or not written
    all_read_present,  ///< every figure the rules of the screened table read is written (record.incomplete)
    identities_hold,   ///< nothing beyond the identities of the table (a rule that fires only where one fails)
    at_most_limit,     ///< `lhs[0]` is at most the regime figure `face_limit::value`
    differs_or_below,  ///< `lhs[0]` differs from `rhs[0]`, or `rhs[0]` is below `face_limit::value`
    allocation,        ///< `lhs[0]` equals the ballots `rhs[0]` (DPT) and `rhs[1]` (DPTb) call for at the regime's rate
};

/// Whether a test of kind `k` compares with a regime figure (`face_limit`).
[[nodiscard]] constexpr bool uses_limit(face_kind k) noexcept {
    return k == face_kind::at_most_limit || k == face_kind::differs_or_below || k == face_kind::allocation;
}

/// One test of a face. `slot` picks, for a test that uses a limit, the rule's `face_limit` (the
/// index into what its `screen_limits<R>()` returns).
struct face_test {
    face_kind kind = face_kind::all_read_present;  ///< What the test compares.
    std::array<figure_ref, 3> lhs{no_figure, no_figure, no_figure};  ///< The figures summed on the left.
    std::array<figure_ref, 3> rhs{no_figure, no_figure, no_figure};  ///< The figures summed on the right.
    std::uint8_t slot = 0;  ///< Which of the rule's limits the test uses, if any.
};

/// The regime figures a test compares with, for one contest.
struct face_limit {
    count_rep value = 0;                    ///< at_most_limit: the ceiling; differs_or_below: the threshold
    reserve_rate rate{0, 1};                ///< allocation: the reserve rate
    rounding reserve_rounding = rounding::up;  ///< allocation: how the reserve is rounded
    bool with_dptb = false;                 ///< allocation: whether DPTb is allocated for
};

/// Builders of face tests.
namespace face {
/// The sum of `l` (at most three figures) equals the sum of `r`.
[[nodiscard]] constexpr face_test equal(std::array<figure_ref, 3> l, std::array<figure_ref, 3> r) noexcept {
    return {face_kind::equal, l, r};
}
/// The sum of `l` is at most the sum of `r`.
[[nodiscard]] constexpr face_test at_most(std::array<figure_ref, 3> l, std::array<figure_ref, 3> r) noexcept {
    return {face_kind::at_most, l, r};
}
/// `a` at most `b`, one figure each (a field or `candidate_sum_ref`).
[[nodiscard]] constexpr face_test at_most(figure_ref a, figure_ref b) noexcept {
    return at_most({a, no_figure, no_figure}, {b, no_figure, no_figure});
}
/// `f` is 0 or not written.
[[nodiscard]] constexpr face_test zero_or_missing(field f) noexcept {
    return {face_kind::zero_or_missing, {ref(f), no_figure, no_figure}};
}
/// Every figure the screened rules read is written.
[[nodiscard]] constexpr face_test all_read_present() noexcept { return {face_kind::all_read_present}; }
/// The identities of the screened rules hold (and nothing more is needed).
[[nodiscard]] constexpr face_test identities_hold() noexcept { return {face_kind::identities_hold}; }
/// `f` at most the rule's limit `slot`.
[[nodiscard]] constexpr face_test at_most_limit(field f, std::uint8_t slot = 0) noexcept {
    return {face_kind::at_most_limit, {ref(f), no_figure, no_figure}, {no_figure, no_figure, no_figure}, slot};
}
/// `a` differs from `b`, or `b` is below the rule's limit `slot`.
[[nodiscard]] constexpr face_test differs_or_below(field a, field b, std::uint8_t slot = 0) noexcept {
    return {face_kind::differs_or_below, {ref(a), no_figure, no_figure}, {ref(b), no_figure, no_figure}, slot};
}
/// `received` equals what `dpt` and `dptb` call for under the rule's limit `slot`.
[[nodiscard]] constexpr face_test allocation(field received, field dpt, field dptb, std::uint8_t slot = 0) noexcept {
    return {face_kind::allocation, {ref(received), no_figure, no_figure}, {ref(dpt), ref(dptb), no_figure}, slot};
}
}  // namespace face

/// The face an identity shows: itself.
[[nodiscard]] constexpr face_test face_of(const identity& id) noexcept {
    return {id.rel == relation::equal ? face_kind::equal : face_kind::at_most, id.lhs, id.rhs};
}

}  // namespace suara

#endif  // SUARA_TALLY_SCREEN_FACE_HPP
