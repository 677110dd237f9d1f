// suara — is one DPR or DPRD ballot valid, and for whom: the party or one of its candidates
// (docs/sources.md#legislative-ballots); counting a stack of such ballots.
// Distributed under the Boost Software License, Version 1.0.
//
// A DPR, DPRD Provinsi or DPRD Kabupaten/Kota ballot has one column per party: the party's
// number, symbol and name, and below them its candidates by nomor urut. PKPU 25/2023 Pasal 53
// ayat (2) (valid), Pasal 54 (for whom) and Pasal 55 (invalid) were read only through news and
// KPU summaries (secondary); the letters of Pasal 54 were not read. Every basis is a member of
// the regime: `R::legislative_ballot_validity_basis`, `R::legislative_vote_basis`,
// `R::struck_candidate_basis`, `R::written_ballot_invalid_basis`, and two cited constants whose
// readings conflict (`R::several_marks_in_one_column`, `R::several_candidates_of_one_party`).
//
// Decided in this order, the first that applies wins:
//  0. a layout of a contest the regime does not hold -> rejected (a caller error);
//  1. not signed by the KPPS chair -> invalid (Pasal 53 ayat (2));
//  2. torn/holed -> invalid; written or scribbled on -> invalid (R::written_ballot_invalid_basis);
//  3. not punched with the provided tool -> invalid;
//  4. no mark -> invalid;
//  5. a mark on a party or candidate the layout does not have -> rejected: a caller error, not a
//     decision on the ballot;
//  6. a mark outside every party's column or on the line between two parties' columns -> invalid;
//  7. marks for two parties (on the parties or on candidates of two parties) -> invalid;
//  8. the same spot punched more than once counts once when R::several_marks_in_one_column
//     says so (Pemilu 2024: yes, unverified), else the ballot is invalid;
//  9. marks on two or more candidates of the party -> the party when
//     R::several_candidates_of_one_party says so (Pemilu 2024: yes, unverified), else invalid;
// 10. a mark on the line between two candidates of the party -> the party;
// 11. one candidate, deceased or disqualified (the caller's input) -> the party;
// 12. one candidate, with or without a mark on its party -> the candidate;
// 13. the party only -> the party.
#ifndef SUARA_TALLY_LEGISLATIVE_BALLOT_HPP
#define SUARA_TALLY_LEGISLATIVE_BALLOT_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

#include <suara/core/citation.hpp>
#include <suara/core/kontes.hpp>
#include <suara/core/text.hpp>
#include <suara/form/ballot_number.hpp>
#include <suara/law/regime.hpp>
#include <suara/tally/ballot_paper.hpp>

namespace suara {

/// Most punches recorded on one legislative ballot; more are recorded as the last one repeated.
inline constexpr std::size_t max_legislative_marks = 8;

namespace detail {
/// Throws std::out_of_range naming the layout's bad value ("party number 25 outside 1..24").
[[noreturn]] inline void throw_layout_error(const char* what, unsigned value, const char* allowed) {
    throw std::out_of_range(std::string{"suara::legislative_ballot_layout: "} + what + ' ' + std::to_string(value) +
                            ' ' + allowed);
}
}  // namespace detail

namespace misuse {
/// A mark on a candidate given without the candidate's party: a nomor urut alone names no one,
/// every party's list starts at 1. Write `legislative_mark::on_candidate(party, candidate)`.
struct candidate_mark_needs_its_party {};
}  // namespace misuse

/// Where a punch sits on a legislative ballot.
enum class legislative_mark_place : std::uint8_t {
    party,               ///< on the party's number, symbol or name
    candidate,           ///< on a candidate's nomor urut or name
    between_candidates,  ///< exactly on the line between two candidates of the same party
    between_parties,     ///< on the line between two parties' columns
    outside_columns,     ///< outside every party's column
};

/// One punch on a DPR or DPRD ballot. Made only by its named constructors, so that a mark on a
/// candidate always names the candidate's party.
class legislative_mark {
public:
    /// A mark outside every column (what an unused slot holds).
    constexpr legislative_mark() noexcept = default;
    /// On party `p`'s number, symbol or name.
    [[nodiscard]] static constexpr legislative_mark on_party(party_number p) noexcept {
        return {legislative_mark_place::party, p, {}};
    }
    /// On candidate `c` (nomor urut) of party `p`.
    [[nodiscard]] static constexpr legislative_mark on_candidate(party_number p, candidate_number c) noexcept {
        return {legislative_mark_place::candidate, p, c};
    }
    /// A candidate without a party does not compile; the message names
    /// `misuse::candidate_mark_needs_its_party`.
    template <class Why = misuse::candidate_mark_needs_its_party>
    static legislative_mark on_candidate(candidate_number) = delete;
    /// Exactly on the line between two candidates of party `p`.
    [[nodiscard]] static constexpr legislative_mark between_candidates(party_number p) noexcept {
        return {legislative_mark_place::between_candidates, p, {}};
    }
    /// On the line between two parties' columns.
    [[nodiscard]] static constexpr legislative_mark between_parties() noexcept {
        return {legislative_mark_place::between_parties, {}, {}};
    }
    /// Outside every party's column.
    [[nodiscard]] static constexpr legislative_mark outside_columns() noexcept { return {}; }

    /// Where it is.
    [[nodiscard]] constexpr legislative_mark_place place() const noexcept { return place_; }
    /// The party whose column it is in (no party outside the columns or between two parties).
    [[nodiscard]] constexpr party_number party() const noexcept { return party_; }
    /// The candidate it is on (no candidate unless place() is `candidate`).
    [[nodiscard]] constexpr candidate_number candidate() const noexcept { return candidate_; }
    /// Equal when place, party and candidate are.
    friend constexpr bool operator==(const legislative_mark&, const legislative_mark&) noexcept = default;

private:
    constexpr legislative_mark(legislative_mark_place where, party_number p, candidate_number c) noexcept
        : place_(where), party_(p), candidate_(c) {}
    legislative_mark_place place_ = legislative_mark_place::outside_columns;
    party_number party_{};
    candidate_number candidate_{};
};

/// What is printed on one dapil's ballot of one legislative contest, and which candidates are
/// known deceased or disqualified: the caller's input (the KPU's announcement posted at the TPS),
/// never guessed.
class legislative_ballot_layout {
public:
    /// An empty layout of contest `k`: DPR, DPRD Provinsi or DPRD Kabupaten/Kota. Any other
    /// contest throws std::invalid_argument (its ballot has no party columns).
    explicit constexpr legislative_ballot_layout(kontes k) : contest_(k) {
        if (k != kontes::pdpr && k != kontes::pdprdp && k != kontes::pdprdk)
            throw std::invalid_argument("suara::legislative_ballot_layout: not a DPR or DPRD contest");
    }
    /// Adds party `p` with `candidates` candidates (nomor urut 1 to `candidates`). A number
    /// outside 1..max_ballot_parties or more than max_party_candidates throws std::out_of_range.
    constexpr legislative_ballot_layout& party(party_number p, std::uint8_t candidates) {
        if (p.value() == 0 || p.value() > max_ballot_parties)
            detail::throw_layout_error("party number", p.value(), "outside 1..24");
        if (candidates > max_party_candidates)
            detail::throw_layout_error("candidates of one party:", candidates, "is more than 12");
        on_ballot_ |= std::uint32_t{1} << (p.value() - 1);
        candidates_[p.value() - 1] = candidates;
        return *this;
    }
    /// Records candidate `c` of party `p` as deceased or disqualified. A candidate the layout
    /// does not have throws std::out_of_range.
    constexpr legislative_ballot_layout& strike(party_number p, candidate_number c) {
        if (!has_candidate(p, c)) detail::throw_layout_error("no candidate to strike: nomor urut", c.value(), "of that party");
        struck_[p.value() - 1] = static_cast<std::uint16_t>(struck_[p.value() - 1] | (1U << (c.value() - 1)));
        return *this;
    }
    /// The contest.
    [[nodiscard]] constexpr kontes contest() const noexcept { return contest_; }
    /// Whether party `p` is on the ballot.
    [[nodiscard]] constexpr bool has_party(party_number p) const noexcept {
        return p.value() >= 1 && p.value() <= max_ballot_parties && ((on_ballot_ >> (p.value() - 1)) & 1U) != 0;
    }
    /// Number of candidates of party `p` (0 for a party not on the ballot).
    [[nodiscard]] constexpr std::uint8_t candidates(party_number p) const noexcept {
        return has_party(p) ? candidates_[p.value() - 1] : std::uint8_t{0};
    }
    /// Whether party `p` has a candidate with nomor urut `c`.
    [[nodiscard]] constexpr bool has_candidate(party_number p, candidate_number c) const noexcept {
        return c.value() >= 1 && c.value() <= candidates(p);
    }
    /// Whether candidate `c` of party `p` is deceased or disqualified.
    [[nodiscard]] constexpr bool is_struck(party_number p, candidate_number c) const noexcept {
        return has_candidate(p, c) && ((struck_[p.value() - 1] >> (c.value() - 1)) & 1U) != 0;
    }

private:
    kontes contest_;
    std::uint32_t on_ballot_ = 0;
    std::array<std::uint8_t, max_ballot_parties> candidates_{};
    std::array<std::uint16_t, max_ballot_parties> struck_{};
};

/// One DPR or DPRD ballot paper as the KPPS holds it up at the count: its state and its punches.
struct legislative_ballot : ballot_paper {
    std::array<legislative_mark, max_legislative_marks> marks{};  ///< The punches; the first `mark_count` are used.
    std::uint8_t mark_count = 0;  ///< Number of punches.

    /// Adds a punch; more than `max_legislative_marks` punches are recorded as the last one
    /// repeated, which cannot change a decision that already has several marks.
    constexpr legislative_ballot& punch(legislative_mark m) noexcept {
        marks[mark_count < max_legislative_marks ? mark_count : max_legislative_marks - 1] = m;
        if (mark_count < max_legislative_marks) ++mark_count;
        return *this;
    }
    /// Adds a punch on party `p`.
    constexpr legislative_ballot& punch_party(party_number p) noexcept { return punch(legislative_mark::on_party(p)); }
    /// Adds a punch on candidate `c` of party `p`.
    constexpr legislative_ballot& punch_candidate(party_number p, candidate_number c) noexcept {
        return punch(legislative_mark::on_candidate(p, c));
    }
    /// A candidate without a party does not compile (`misuse::candidate_mark_needs_its_party`).
    template <class Why = misuse::candidate_mark_needs_its_party>
    legislative_ballot& punch_candidate(candidate_number) = delete;
};

/// Why a legislative ballot is invalid or rejected.
enum class legislative_fault : std::uint8_t {
    none,                ///< valid
    not_signed,          ///< not signed by the KPPS chair
    damaged,             ///< torn or holed
    written_on,          ///< writing or scribbles
    not_provided_tool,   ///< not punched with the provided tool
    unmarked,            ///< no mark
    outside_columns,     ///< a mark outside every party's column
    between_parties,     ///< a mark on the line between two parties' columns
    several_parties,     ///< marks for two or more parties
    several_marks,       ///< one spot punched more than once, and the regime counts only one mark
    several_candidates,  ///< two or more candidates of one party, and the regime does not give it to the party
    no_such_party,       ///< caller error: a mark on a party the layout does not have
    no_such_candidate,   ///< caller error: a mark on a candidate the layout does not have
    contest_not_held,    ///< caller error: the regime holds no such contest
};
static_assert(starts_with_paper_faults<legislative_fault>());

/// The rule that gave a valid ballot to the party or to a candidate (steps 9 to 13 above).
enum class legislative_rule : std::uint8_t {
    none,                 ///< invalid or rejected
    party_only,           ///< the party only -> the party
    candidate_only,       ///< one candidate only -> the candidate
    party_and_candidate,  ///< the party and one of its candidates -> the candidate
    several_candidates,   ///< several candidates of one party -> the party
    between_candidates,   ///< on the line between two of its candidates -> the party
    struck_candidate,     ///< a deceased or disqualified candidate -> the party
};

/// Whether one legislative ballot is valid and for whom, with the reason and its basis.
struct legislative_decision {
    bool valid = false;         ///< True when the ballot counts as a vote.
    party_number party{};       ///< the party it counts for, when valid
    candidate_number candidate{};  ///< the candidate it counts for; none when it is the party's vote
    legislative_fault fault = legislative_fault::none;  ///< Why it is invalid or rejected.
    legislative_rule rule = legislative_rule::none;     ///< The rule that gave it, when valid.
    bilingual reason{};  ///< The decision in Indonesian and English.
    citation basis{};    ///< Its legal basis.

    /// True for a caller error (a mark the layout does not have, a contest the regime does not
    /// hold): counted nowhere.
    [[nodiscard]] constexpr bool rejected() const noexcept {
        return fault == legislative_fault::no_such_party || fault == legislative_fault::no_such_candidate ||
               fault == legislative_fault::contest_not_held;
    }
    /// True when valid for a candidate rather than for the party alone.
    [[nodiscard]] constexpr bool for_candidate() const noexcept { return valid && candidate.value() != 0; }
};

/// Whether regime R holds a DPR or DPRD contest, so that a legislative ballot can be judged under it.
template <class R>
[[nodiscard]] consteval bool holds_legislative_contest() noexcept {
    return R::kontes_held.value.contains(kontes::pdpr) || R::kontes_held.value.contains(kontes::pdprdp) ||
           R::kontes_held.value.contains(kontes::pdprdk);
}

/// Decides one DPR or DPRD ballot under regime R, against the ballot's layout (its parties,
/// their candidates, and who is struck). A regime that holds no legislative contest (Pilkada)
/// does not compile here.
template <regime R>
[[nodiscard]] constexpr legislative_decision judge_legislative_ballot(const legislative_ballot& b,
                                                                      const legislative_ballot_layout& layout) noexcept {
    static_assert(check_regime<R>());
    static_assert(holds_legislative_contest<R>(),
                  "suara: the regime holds no DPR or DPRD contest: a legislative ballot is not judged under it");
    auto invalid = [](legislative_fault f, bilingual why, citation basis) {
        legislative_decision d;
        d.fault = f;
        d.reason = why;
        d.basis = basis;
        return d;
    };
    const citation validity = R::legislative_ballot_validity_basis;
    if (!R::kontes_held.value.contains(layout.contest()))
        return invalid(legislative_fault::contest_not_held,
                       {"kontes ini tidak diselenggarakan dalam rezim ini", "the regime holds no such contest"},
                       R::kontes_held.basis);
    if (const paper_check paper = check_paper(b); paper.fault != paper_fault::none)
        return invalid(static_cast<legislative_fault>(paper.fault), paper.reason,
                       paper.fault == paper_fault::written_on ? R::written_ballot_invalid_basis : validity);
    if (b.mark_count == 0) return invalid(legislative_fault::unmarked, {"tidak dicoblos", "not marked"}, validity);
    // Caller errors first, whatever else is on the ballot: a description the layout contradicts
    // is not a decision on the ballot.
    for (std::size_t i = 0; i < b.mark_count; ++i) {
        const legislative_mark m = b.marks[i];
        const auto where = m.place();
        if (where == legislative_mark_place::outside_columns || where == legislative_mark_place::between_parties) continue;
        if (!layout.has_party(m.party()))
            return invalid(legislative_fault::no_such_party,
                           {"partai tidak ada pada surat suara", "no such party on the ballot"}, validity);
        if (where == legislative_mark_place::candidate && !layout.has_candidate(m.party(), m.candidate()))
            return invalid(legislative_fault::no_such_candidate,
                           {"calon tidak ada dalam daftar partai", "no such candidate on the party's list"}, validity);
    }
    party_number party{};
    std::uint16_t candidates = 0;  // bit n-1: candidate n marked
    std::uint8_t distinct = 0;
    bool party_marked = false, between = false, repeated = false;
    for (std::size_t i = 0; i < b.mark_count; ++i) {
        const legislative_mark m = b.marks[i];
        switch (m.place()) {
        case legislative_mark_place::outside_columns:
            return invalid(legislative_fault::outside_columns,
                           {"dicoblos di luar kolom partai", "marked outside every party's column"}, validity);
        case legislative_mark_place::between_parties:
            return invalid(legislative_fault::between_parties,
                           {"dicoblos pada garis di antara dua kolom partai", "marked on the line between two parties' columns"},
                           validity);
        case legislative_mark_place::party:
        case legislative_mark_place::candidate:
        case legislative_mark_place::between_candidates: break;
        }
        if (party.value() != 0 && party != m.party())
            return invalid(legislative_fault::several_parties,
                           {"dicoblos untuk lebih dari satu partai", "marked for more than one party"}, validity);
        party = m.party();
        switch (m.place()) {
        case legislative_mark_place::party:
            repeated = repeated || party_marked;
            party_marked = true;
            break;
        case legislative_mark_place::candidate: {
            const auto bit = static_cast<std::uint16_t>(1U << (m.candidate().value() - 1));
            if ((candidates & bit) != 0) repeated = true;
            else ++distinct;
            candidates = static_cast<std::uint16_t>(candidates | bit);
            break;
        }
        case legislative_mark_place::between_candidates: between = true; break;
        case legislative_mark_place::outside_columns:
        case legislative_mark_place::between_parties: break;
        }
    }
    if (repeated && !R::several_marks_in_one_column.value)
        return invalid(legislative_fault::several_marks, {"lebih dari satu coblosan", "more than one mark"},
                       R::several_marks_in_one_column.basis);
    legislative_decision d;
    d.valid = true;
    d.party = party;
    auto for_party = [&](legislative_rule r, bilingual why, citation basis) {
        d.rule = r;
        d.reason = why;
        d.basis = basis;
        return d;
    };
    if (distinct >= 2) {
        if (!R::several_candidates_of_one_party.value)
            return invalid(legislative_fault::several_candidates,
                           {"dicoblos pada lebih dari satu calon", "marked on more than one candidate"},
                           R::several_candidates_of_one_party.basis);
        return for_party(legislative_rule::several_candidates,
                         {"sah untuk partai: lebih dari satu calon partai yang sama dicoblos",
                          "valid for the party: more than one candidate of the same party marked"},
                         R::several_candidates_of_one_party.basis);
    }
    if (between)
        return for_party(legislative_rule::between_candidates,
                         {"sah untuk partai: dicoblos pada garis di antara dua calon partai yang sama",
                          "valid for the party: marked on the line between two candidates of the same party"},
                         R::legislative_vote_basis);
    if (distinct == 1) {
        std::uint8_t n = 1;
        while (((candidates >> (n - 1)) & 1U) == 0) ++n;
        const candidate_number c{n};
        if (layout.is_struck(party, c))
            return for_party(legislative_rule::struck_candidate,
                             {"sah untuk partai: calon yang dicoblos meninggal dunia atau tidak lagi memenuhi syarat",
                              "valid for the party: the candidate marked died or no longer qualifies"},
                             R::struck_candidate_basis);
        d.candidate = c;
        const citation basis = repeated ? R::several_marks_in_one_column.basis : R::legislative_vote_basis;
        if (party_marked)
            return for_party(legislative_rule::party_and_candidate,
                             {"sah untuk calon: partai dan calon dari partai yang sama dicoblos",
                              "valid for the candidate: the party and a candidate of the same party marked"},
                             basis);
        return for_party(legislative_rule::candidate_only, {"sah untuk calon", "valid for the candidate"}, basis);
    }
    return for_party(legislative_rule::party_only, {"sah untuk partai", "valid for the party"},
                     repeated ? R::several_marks_in_one_column.basis : R::legislative_vote_basis);
}

/// One party's votes from a stack of ballots, in the form's own layout: the party-only votes, its
/// candidates' votes and its total, each counted on its own so that the form's identity (total =
/// party-only + Σ candidates) is a check, not a definition.
struct party_tally {
    std::uint32_t party_only = 0;  ///< Ballots valid for the party alone.
    std::array<std::uint32_t, max_party_candidates> candidates{};  ///< Per nomor urut - 1.
    std::uint32_t total = 0;  ///< Ballots valid for the party or any of its candidates.

    /// Σ of the candidates' votes.
    [[nodiscard]] constexpr std::uint32_t candidate_sum() const noexcept {
        std::uint32_t n = 0;
        for (std::uint32_t v : candidates) n += v;
        return n;
    }
    /// Votes of candidate `c` (0 for a number beyond the list).
    [[nodiscard]] constexpr std::uint32_t candidate(candidate_number c) const noexcept {
        return c.value() >= 1 && c.value() <= max_party_candidates ? candidates[c.value() - 1] : 0;
    }
    /// The form's identity: total = party-only + Σ candidates.
    [[nodiscard]] constexpr bool adds_up() const noexcept { return total == party_only + candidate_sum(); }
};

/// The vote section a stack of DPR or DPRD ballots gives.
struct legislative_count {
    std::array<party_tally, max_ballot_parties> parties{};  ///< Per party number - 1.
    std::uint32_t valid = 0;     ///< Valid ballots (suara sah).
    std::uint32_t invalid = 0;   ///< Invalid ballots (suara tidak sah).
    std::uint32_t rejected = 0;  ///< caller errors (a mark the layout does not have): counted nowhere, reported here

    /// Party `p`'s votes (an empty tally for a number beyond the ballot).
    [[nodiscard]] constexpr party_tally party(party_number p) const noexcept {
        return p.value() >= 1 && p.value() <= max_ballot_parties ? parties[p.value() - 1] : party_tally{};
    }
    /// Σ of the party totals.
    [[nodiscard]] constexpr std::uint32_t party_total_sum() const noexcept {
        std::uint32_t n = 0;
        for (const party_tally& t : parties) n += t.total;
        return n;
    }
    /// The sheet's identities: every party adds up, and Σ party totals = suara sah.
    [[nodiscard]] constexpr bool consistent() const noexcept {
        for (const party_tally& t : parties)
            if (!t.adds_up()) return false;
        return party_total_sum() == valid;
    }
};

/// Counts a stack (any range of `legislative_ballot`) of one dapil's ballots under regime R.
template <regime R, class Range>
[[nodiscard]] constexpr legislative_count count_legislative_ballots(const legislative_ballot_layout& layout,
                                                                    const Range& stack) {
    legislative_count c;
    for (const legislative_ballot& b : stack) {
        const legislative_decision d = judge_legislative_ballot<R>(b, layout);
        if (d.rejected()) ++c.rejected;
        else if (!d.valid) ++c.invalid;
        else {
            ++c.valid;
            party_tally& t = c.parties[d.party.value() - 1];
            ++t.total;
            if (d.for_candidate()) ++t.candidates[d.candidate.value() - 1];
            else ++t.party_only;
        }
    }
    return c;
}

}  // namespace suara

#endif  // SUARA_TALLY_LEGISLATIVE_BALLOT_HPP
