// suara — the state of a ballot paper, whatever ballot it is: the checks that come before any
// mark is looked at (docs/sources.md#ballot-validity).
// Distributed under the Boost Software License, Version 1.0.
//
// Every ballot of 2024 (Pilkada, PPWP, DPD, DPR and DPRD) is first invalid when it is not
// signed by the KPPS chair, torn or holed, written on, or not punched with the provided tool,
// in that order. The judges of tally/ballot_validity.hpp and tally/legislative_ballot.hpp both
// start here, so the order and the wording are written once.
#ifndef SUARA_TALLY_BALLOT_PAPER_HPP
#define SUARA_TALLY_BALLOT_PAPER_HPP

#include <cstdint>

#include <suara/core/text.hpp>

namespace suara {

/// The paper as the KPPS holds it up at the count, before its punches are looked at.
struct ballot_paper {
    bool signed_by_chair = true;  ///< the KPPS chair's signature is on it
    bool damaged = false;         ///< torn or holed
    bool written_on = false;      ///< writing, notes or scribbles
    bool provided_tool = true;    ///< punched with the tool provided at the booth
};

/// What is wrong with the paper itself. The fault enums of every ballot begin with these five
/// values in this order (checked where they are declared), so a paper fault converts to them.
enum class paper_fault : std::uint8_t {
    none,               ///< the paper is in order
    not_signed,         ///< not signed by the KPPS chair
    damaged,            ///< torn or holed
    written_on,         ///< writing or scribbles (its basis is the regime's written-ballot rule)
    not_provided_tool,  ///< not punched with the provided tool
};

/// The first fault of the paper, with its wording; `fault == paper_fault::none` when none.
struct paper_check {
    paper_fault fault = paper_fault::none;  ///< The first fault found.
    bilingual reason{};  ///< The fault in Indonesian and English.
};

/// Checks the paper in the order both 2024 regimes decide it: signature, damage, writing, tool.
[[nodiscard]] constexpr paper_check check_paper(const ballot_paper& p) noexcept {
    if (!p.signed_by_chair) return {paper_fault::not_signed, {"tidak ditandatangani ketua KPPS", "not signed by the KPPS chair"}};
    if (p.damaged) return {paper_fault::damaged, {"rusak atau berlubang", "torn or holed"}};
    if (p.written_on) return {paper_fault::written_on, {"ada tulisan atau coretan", "written or scribbled on"}};
    if (!p.provided_tool)
        return {paper_fault::not_provided_tool, {"tidak dicoblos dengan alat yang disediakan", "not punched with the provided tool"}};
    return {};
}

/// True when the five first values of fault enum F are paper_fault's, in order.
template <class F>
[[nodiscard]] consteval bool starts_with_paper_faults() noexcept {
    return static_cast<int>(F::none) == 0 && static_cast<int>(F::not_signed) == 1 && static_cast<int>(F::damaged) == 2 &&
           static_cast<int>(F::written_on) == 3 && static_cast<int>(F::not_provided_tool) == 4;
}

}  // namespace suara

#endif  // SUARA_TALLY_BALLOT_PAPER_HPP
