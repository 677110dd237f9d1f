// suara — internal: what the two fast row paths (io/csv/row_sse2.hpp, io/csv/row_avx512.hpp)
// share: where a row's cells go, the text cells, and digits read without a branch per digit.
// Distributed under the Boost Software License, Version 1.0.
//
// A fast path takes the common row only (no quotes, every cell well formed) and returns false at
// the first irregularity; the general path (io/csv/row_general.hpp) then re-reads the row and
// names the problem. A fast path may have written some cells of a row it gives up: whoever reads
// the row next writes every one of them again.
#ifndef SUARA_IO_CSV_ROW_FAST_HPP
#define SUARA_IO_CSV_ROW_FAST_HPP

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>

#include <suara/core/kontes.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/io/csv/layout.hpp>
#include <suara/form/sheet.hpp>

namespace suara::io::detail {

/// Where one row's cells go: row `row` of the batch column of each numeric cell (in
/// csv_layout::numeric_columns order) and of each present field (csv_layout::fields_present).
struct row_columns {
    std::uint32_t* const* numeric;
    std::uint32_t* const* fields;
    std::size_t row;
};

/// Eight digit bytes (little-endian: the first digit in the lowest byte; leading bytes that are
/// zero count as 0) as their number: pairs, then quads, then the eight, each step one multiply
/// that weights the higher part by 10, 100, 10,000.
[[nodiscard]] constexpr std::uint64_t eight_digits(std::uint64_t w) noexcept {
    w = ((w & 0x0F0F0F0F0F0F0F0FULL) * 2561) >> 8;
    w = ((w & 0x00FF00FF00FF00FFULL) * 6553601) >> 16;
    return ((w & 0x0000FFFF0000FFFFULL) * 42949672960001ULL) >> 32;
}

/// A numeric cell read digit by digit (long numbers): false when it is not a fast-path cell.
[[nodiscard]] inline bool cell_one_by_one(std::string_view text, std::uint64_t max, std::uint32_t& out) noexcept {
    if (text.empty()) {
        out = missing_figure;
        return true;
    }
    if (text.size() > 10) return false;
    std::uint64_t v = 0;
    for (const char ch : text) {
        const unsigned d = static_cast<unsigned char>(ch) - unsigned{'0'};
        if (d > 9) return false;
        v = v * 10 + d;
    }
    if (v > max) return false;
    out = static_cast<std::uint32_t>(v);
    return true;
}

/// The text cells of a fast-path row: the code (13 digits, read unchecked: a byte that is not a
/// digit stays counted in `others` and sends the row to the general path), the contest (its
/// letters taken off `others`) and empty incident words (words take the general path).
/// `cell(column)` gives a cell's text; the line ends at `line_end`. `others` counts the line's
/// bytes that are neither digits nor commas: when they all lie in the kontes cell, every numeric
/// cell is digits only and needs no check of its own. Inlined into each fast path: as a call
/// per row it measured slower.
template <class Cell>
[[gnu::always_inline]] inline bool text_cells_fast(const csv_layout& layout, const Cell& cell, const char* line_end, std::uint32_t* const* fields,
                     std::size_t row, std::optional<tps_code>& code, std::optional<kontes>& contest,
                     std::size_t& others) noexcept {
    for (const auto& sc : layout.text_columns) {
        const std::string_view text = cell(sc.column);
        if (sc.kind == csv_column_kind::code) {
            if (text.size() != 13) return false;
            const char* const p = text.data();
            // Digits 1-8 and 6-13 as two eight-byte numbers.
            if constexpr (std::endian::native == std::endian::little) {
                auto eight = [](const char* q) {
                    std::uint64_t w;
                    std::memcpy(&w, q, 8);
                    return eight_digits(w);
                };
                code = tps_code::from_number(eight(p) / 1000 * 100'000'000 + eight(p + 5));
            } else {
                std::uint64_t v = 0;
                for (std::size_t k = 0; k < 13; ++k) v = v * 10 + (static_cast<unsigned char>(p[k]) & 0x0FU);
                code = tps_code::from_number(v);
            }
        } else if (sc.kind == csv_column_kind::contest) {
            // One eight-byte load where the line has the bytes (no byte-by-byte word).
            if (std::endian::native == std::endian::little && text.size() <= 7 && text.data() + 8 <= line_end) {
                std::uint64_t bytes;
                std::memcpy(&bytes, text.data(), 8);
                contest = suara::detail::kontes_from_word(suara::detail::kontes_word(bytes, text.size()));
            } else {
                contest = kontes_from_string(text);
            }
            if (!contest) return false;
            others -= text.size();  // a contest code is letters only
        } else {
            if (!text.empty()) return false;
            fields[sc.present][row] = missing_figure;
        }
    }
    return others == 0;  // else a stray byte in some numeric cell: the general path names it
}

}  // namespace suara::io::detail

#endif  // SUARA_IO_CSV_ROW_FAST_HPP
