// suara — is one ballot valid, and for whom (docs/sources.md#ballot-validity); counting a stack
// of ballots.
// Distributed under the Boost Software License, Version 1.0.
//
// Three ballots: the Pilkada 2024 ballot of two or more pairs, the Pilkada single-candidate
// ballot (the pair's column and the blank column, kolom kosong), and the Pemilu 2024
// presidential ballot (PPWP). The rules are the same in substance, mostly SECONDARY: PKPU
// 17/2024 and 25/2023 were read only through news and KPU summaries. Every basis is a member of
// the regime the ballot is judged under: `R::ballot_validity_basis` (the rules of a valid
// ballot), `R::single_candidate_ballot_basis` (the ballot with the blank column) and
// `R::written_ballot_invalid_basis`, the one read in the statute for Pilkada (Perpu 1/2014
// Pasal 96 ayat (2)).
//
// Decided in this order, the first that applies wins:
//  1. not signed by the KPPS chair -> invalid (Pemilu Pasal 53 (1); Pilkada per KPU Melawi);
//  2. torn/holed -> invalid; written or scribbled on -> invalid (R::written_ballot_invalid_basis:
//     Pilkada Perpu 1/2014 Pasal 96 ayat (2), primary; Pemilu PKPU 25/2023 Pasal 55 as reported);
//  3. not punched with the provided tool -> invalid;
//  4. no mark -> invalid;
//  5. any mark outside every column, or on the line between two columns -> invalid (a mark
//     outside the columns; marks in more than one pair's column);
//  6. marks in more than one column -> invalid;
//  7. otherwise valid for the one column marked: on the pair's photo, number or name, on the
//     symbol of its nominating parties, or on that column's own frame line (single-candidate
//     guidance, docs/sources.md#single-candidate, applied to every ballot). Several marks
//     inside the same column count for it as the regime says: `R::several_marks_in_one_column`
//     (both 2024 regimes: yes, read for DPR ballots only, PKPU 25/2023 Pasal 54, by analogy
//     here, UNVERIFIED: the kompas.tv report of Pasal 55 lists several marks on one ballot as
//     invalid).
#ifndef SUARA_TALLY_BALLOT_VALIDITY_HPP
#define SUARA_TALLY_BALLOT_VALIDITY_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <stdexcept>

#include <suara/core/citation.hpp>
#include <suara/core/text.hpp>
#include <suara/tally/ballot_paper.hpp>
#include <suara/law/regime.hpp>
#include <suara/form/field.hpp>
#include <suara/form/sheet.hpp>

namespace suara {

enum class ballot_type : std::uint8_t { pilkada, pilkada_single_candidate, pemilu_ppwp };

/// Where a punch sits. `column` is the 0-based pair (ballot order); on the single-candidate
/// ballot column 0 is the pair and column 1 the blank column.
enum class mark_place : std::uint8_t {
    pair_column,      ///< inside a column: the pair's photo, number or name
    party_symbol,     ///< on the symbol of a party or coalition nominating that pair
    column_edge,      ///< exactly on that column's own frame line
    between_columns,  ///< on the line shared by two columns
    outside_columns,  ///< outside every column
};

/// One punch (coblos) on a ballot: where it is, and in which column.
struct mark {
    mark_place place = mark_place::outside_columns;  ///< Where the punch is.
    std::uint8_t column = 0;  ///< The column (ballot order, 0-based) it is in or on.
    /// Equal when place and column are.
    friend constexpr bool operator==(const mark&, const mark&) = default;
};

inline constexpr std::size_t max_marks = 8;

/// One ballot paper as the KPPS holds it up at the count: its state and its punches.
struct ballot : ballot_paper {
    std::array<mark, max_marks> marks{};  ///< The punches; the first `mark_count` are used.
    std::uint8_t mark_count = 0;  ///< Number of punches.

    /// Adds a punch; more than `max_marks` punches are recorded as the last one repeated, which
    /// cannot change a decision that already has several marks.
    constexpr ballot& punch(mark_place p, std::uint8_t column = 0) noexcept {
        marks[mark_count < max_marks ? mark_count : max_marks - 1] = {p, column};
        if (mark_count < max_marks) ++mark_count;
        return *this;
    }
};

enum class ballot_fault : std::uint8_t {
    none, not_signed, damaged, written_on, not_provided_tool, unmarked, outside_columns, between_columns,
    several_columns, no_such_column,
};
static_assert(starts_with_paper_faults<ballot_fault>());

/// Whether one ballot is valid and for whom, with the reason and its basis under the regime.
struct ballot_decision {
    bool valid = false;  ///< True when the ballot counts as a vote.
    std::uint8_t column = 0;   ///< for whom, when valid (ballot order, 0-based)
    bool blank_column = false; ///< valid for the blank column (single-candidate ballot)
    ballot_fault fault = ballot_fault::none;  ///< Why it is invalid (ballot_fault::none when valid).
    bilingual reason{};  ///< The decision in Indonesian and English.
    citation basis{};  ///< Its legal basis.
};

/// The basis of a decision on a ballot of type `t` under R: the single-candidate ballot's own
/// (`R::single_candidate_ballot_basis`), or R's rules of a valid ballot (`R::ballot_validity_basis`).
template <class R>
[[nodiscard]] constexpr citation validity_basis(ballot_type t) noexcept {
    static_assert(check_regime<R>());
    return t == ballot_type::pilkada_single_candidate ? R::single_candidate_ballot_basis : R::ballot_validity_basis;
}

namespace detail {
template <class R>
constexpr ballot_decision invalid(ballot_type t, ballot_fault f, bilingual why) noexcept {
    return {false, 0, false, f, why, validity_basis<R>(t)};
}
}  // namespace detail

/// Decides one ballot under regime R. `candidates` is the number of pairs on it (1 for the
/// single-candidate ballot, whose blank column is column 1). A column beyond the ballot is a
/// caller error, reported as `no_such_column` rather than guessed.
template <regime R>
[[nodiscard]] constexpr ballot_decision judge_ballot(ballot_type t, const ballot& b, std::uint8_t candidates) noexcept {
    static_assert(check_regime<R>());
    auto invalid = [t](ballot_fault f, bilingual why) { return detail::invalid<R>(t, f, why); };
    const std::uint8_t columns = t == ballot_type::pilkada_single_candidate ? 2 : candidates;
    if (const paper_check paper = check_paper(b); paper.fault != paper_fault::none) {
        ballot_decision d = invalid(static_cast<ballot_fault>(paper.fault), paper.reason);
        if (paper.fault == paper_fault::written_on) d.basis = R::written_ballot_invalid_basis;
        return d;
    }
    if (b.mark_count == 0) return invalid(ballot_fault::unmarked, {"tidak dicoblos", "not marked"});
    int column = -1;
    for (std::size_t i = 0; i < b.mark_count; ++i) {
        const mark m = b.marks[i];
        if (m.place == mark_place::outside_columns)
            return invalid(ballot_fault::outside_columns, {"dicoblos di luar kolom", "marked outside every column"});
        if (m.place == mark_place::between_columns)
            return invalid(ballot_fault::between_columns,
                           {"dicoblos pada garis di antara dua kolom", "marked on the line between two columns"});
        if (m.column >= columns)
            return invalid(ballot_fault::no_such_column, {"kolom tidak ada pada surat suara", "no such column on the ballot"});
        if (m.place == mark_place::party_symbol && t == ballot_type::pilkada_single_candidate && m.column == 1)
            return invalid(ballot_fault::no_such_column,
                           {"kolom kosong tidak memuat lambang partai", "the blank column has no party symbol"});
        if (column >= 0 && column != m.column)
            return invalid(ballot_fault::several_columns,
                           {"dicoblos di lebih dari satu kolom", "marked in more than one column"});
        if (column >= 0 && !R::several_marks_in_one_column.value)
            return invalid(ballot_fault::several_columns, {"lebih dari satu coblosan", "more than one mark"});
        column = m.column;
    }
    ballot_decision d;
    d.valid = true;
    d.column = static_cast<std::uint8_t>(column);
    d.blank_column = t == ballot_type::pilkada_single_candidate && column == 1;
    d.reason = d.blank_column ? bilingual{"sah untuk kolom kosong", "valid for the blank column"}
                              : bilingual{"sah untuk pasangan calon", "valid for the pair"};
    d.basis = validity_basis<R>(t);
    if (b.mark_count > 1) d.basis = R::several_marks_in_one_column.basis;
    return d;
}

/// The vote section a stack of ballots gives.
struct ballot_count {
    std::array<std::uint32_t, max_candidates> votes{};  ///< per pair, ballot order
    std::uint32_t blank = 0;                            ///< blank column (single-candidate ballot)
    std::uint32_t valid = 0;  ///< Valid ballots.
    std::uint32_t invalid = 0;  ///< Invalid ballots.
    std::uint32_t rejected = 0;  ///< caller errors (no_such_column): counted nowhere, reported here
};

/// Counts a stack (any range of `ballot`) under regime R.
template <class R, class Range>
[[nodiscard]] constexpr ballot_count count_ballots(ballot_type t, std::uint8_t candidates, const Range& stack) {
    if (candidates > max_candidates) throw std::length_error("suara::count_ballots: too many candidate columns");
    if (t == ballot_type::pilkada_single_candidate && candidates != 1)
        throw std::invalid_argument("suara::count_ballots: a single-candidate ballot has exactly one pair");
    ballot_count c;
    for (const ballot& b : stack) {
        const ballot_decision d = judge_ballot<R>(t, b, candidates);
        if (d.fault == ballot_fault::no_such_column) ++c.rejected;
        else if (!d.valid) ++c.invalid;
        else {
            ++c.valid;
            if (d.blank_column) ++c.blank;
            else ++c.votes[d.column];
        }
    }
    return c;
}

/// Fills a sheet's vote section (candidate columns, blank column, suara_sah, suara_tidak_sah,
/// suara_total) from a count. The sheet must have the ballot's columns.
constexpr void fill_votes(sheet& s, const ballot_count& c) {
    for (std::size_t i = 0; i < s.candidates; ++i) s.set_candidate_votes(i, c.votes[i]);
    if (s.has_blank_column) s.blank_votes = c.blank;
    else if (c.blank != 0) throw std::invalid_argument("suara::fill_votes: blank-column votes on a sheet without one");
    s.set(fields::suara_sah, c.valid).set(fields::suara_tidak_sah, c.invalid).set(fields::suara_total, c.valid + c.invalid);
}

}  // namespace suara

#endif  // SUARA_TALLY_BALLOT_VALIDITY_HPP
