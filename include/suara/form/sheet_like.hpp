// suara — what the rules read: anything that looks like one results sheet.
// Distributed under the Boost Software License, Version 1.0.
//
// `suara::sheet` and a row of the columnar `suara::sheet_batch` both model `sheet_like`, so the
// rule catalogue is written once and runs on a single sheet at compile time and on a national
// batch at run time. Figures are raw: `missing_figure` where nothing was written.
#ifndef SUARA_FORM_SHEET_LIKE_HPP
#define SUARA_FORM_SHEET_LIKE_HPP

#include <concepts>
#include <cstddef>
#include <cstdint>

#include <suara/form/sheet.hpp>

namespace suara {

template <class S>
concept sheet_like = requires(const S& s, field f, std::size_t i) {
    { s.figure(f) } -> std::convertible_to<std::uint32_t>;
    { s.candidate_count() } -> std::convertible_to<std::size_t>;
    { s.candidate_figure(i) } -> std::convertible_to<std::uint32_t>;
    { s.has_blank() } -> std::convertible_to<bool>;
    { s.blank_figure() } -> std::convertible_to<std::uint32_t>;
    { s.code() } -> std::convertible_to<tps_code>;
    { s.kontes_code() } -> std::convertible_to<kontes>;
};

static_assert(sheet_like<sheet>);

/// Copies any sheet_like row into a `sheet` (for reporting a flagged batch row in full).
template <sheet_like S>
[[nodiscard]] constexpr sheet to_sheet(const S& row) {
    auto out = sheet::empty(row.code(), row.kontes_code(), static_cast<std::uint8_t>(row.candidate_count()),
                            row.has_blank());
    for (std::size_t i = 0; i < field_count; ++i) out.figures[i] = row.figure(static_cast<field>(i));
    for (std::size_t i = 0; i < row.candidate_count(); ++i) out.votes[i] = row.candidate_figure(i);
    out.blank_votes = row.blank_figure();
    return out;
}

}  // namespace suara

#endif  // SUARA_FORM_SHEET_LIKE_HPP
