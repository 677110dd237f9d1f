// suara — the numbers printed on a DPR or DPRD ballot and results sheet: the party's number and
// a candidate's nomor urut, and how many of them a ballot can hold.
// Distributed under the Boost Software License, Version 1.0.
//
// In the form layer because both the ballot (suara/tally/legislative_ballot.hpp) and the
// legislative results sheet (suara/form/legislative_sheet.hpp) name parties and candidates.
#ifndef SUARA_FORM_BALLOT_NUMBER_HPP
#define SUARA_FORM_BALLOT_NUMBER_HPP

#include <cstddef>
#include <cstdint>

namespace suara {

/// Highest party number a ballot may print. An upper bound: Pemilu 2024 numbered its national
/// parties and the Aceh local parties together, and no number went beyond 24.
inline constexpr std::size_t max_ballot_parties = 24;
/// Most candidates of one party on one ballot: a list has at most as many candidates as the
/// dapil has seats, and no DPR or DPRD dapil has more than 12.
inline constexpr std::size_t max_party_candidates = 12;

/// Tags of the two numbers printed on a legislative ballot.
struct party_tag {};
/// The candidate's tag (nomor urut on the party's list).
struct candidate_tag {};

/// A number printed on a ballot, 1 for the first, 0 for none. One type per Tag, so that a party
/// number and a candidate's nomor urut never take each other's place.
template <class Tag>
class ballot_number {
public:
    /// None (0).
    constexpr ballot_number() noexcept = default;
    /// The number `n` as printed.
    explicit constexpr ballot_number(std::uint8_t n) noexcept : n_(n) {}
    /// The number as printed.
    [[nodiscard]] constexpr std::uint8_t value() const noexcept { return n_; }
    /// Equal when the numbers are.
    friend constexpr bool operator==(ballot_number, ballot_number) noexcept = default;

private:
    std::uint8_t n_ = 0;
};

/// A party's number on the ballot (nomor urut partai); 0 is no party.
using party_number = ballot_number<party_tag>;
/// A candidate's nomor urut on the party's list; 0 is no candidate.
using candidate_number = ballot_number<candidate_tag>;

}  // namespace suara

#endif  // SUARA_FORM_BALLOT_NUMBER_HPP
