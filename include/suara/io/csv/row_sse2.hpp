// suara — internal: the baseline fast row path (SSE2 on x86-64; plain loops elsewhere).
// Distributed under the Boost Software License, Version 1.0.
//
// First every comma of the line is located (16 bytes per step with SSE2), then each cell is
// parsed from its known bounds: cells do not wait on each other, so the CPU overlaps them. Both
// loops avoid data-dependent branches (measured: mispredicted branches, not loads, were the
// cost): the comma positions of a 16-byte step are written unconditionally, and numeric cells are
// checked eight bytes at a time with their faults collected into one flag. Each value is stored
// straight into its batch column.
#ifndef SUARA_IO_CSV_ROW_SSE2_HPP
#define SUARA_IO_CSV_ROW_SSE2_HPP

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <suara/core/kontes.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/io/csv/layout.hpp>
#include <suara/io/csv/row_fast.hpp>

namespace suara::io::detail {

/// For each byte of a 16-bit comma mask (row: half * 256 + byte), the offsets in the 16-byte
/// step of its set bits, then padding (4 KiB).
inline constexpr auto comma_offsets = [] {
    std::array<std::array<std::uint8_t, 8>, 512> t{};
    for (unsigned half = 0; half < 2; ++half)
        for (unsigned b = 0; b < 256; ++b) {
            unsigned k = 0;
            for (unsigned bit = 0; bit < 8; ++bit)
                if ((b >> bit) & 1U) t[half * 256 + b][k++] = static_cast<std::uint8_t>(bit + 8 * half);
        }
    return t;
}();

/// Bits set in a 16-bit mask, without a library call where the target lacks POPCNT (two lookups
/// in a 256-byte table).
[[nodiscard]] inline std::size_t popcount16(unsigned m) noexcept {
#if defined(__POPCNT__)
    return static_cast<std::size_t>(std::popcount(m));
#else
    static constexpr auto bits = [] {
        std::array<std::uint8_t, 256> t{};
        for (unsigned i = 0; i < 256; ++i) t[i] = static_cast<std::uint8_t>(std::popcount(i));
        return t;
    }();
    return std::size_t{bits[m & 0xFFU]} + bits[(m >> 8) & 0xFFU];
#endif
}

/// The common row of `line` into `out`, its code and contest; false at the first irregularity
/// (the general path then names it).
inline bool parse_row_sse2(const csv_layout& layout, std::string_view line, const row_columns& out,
                           std::optional<tps_code>& code, std::optional<kontes>& contest) noexcept {
    const std::size_t ncols = layout.columns.size();
    if (ncols > max_fast_columns) return false;
    const char* const s = line.data();
    const std::size_t n = line.size();
    const std::size_t row = out.row;
    // Slack: a 16-byte step writes up to 16 positions before the count is checked.
    // bounds[c] is the comma before cell c (bounds[0]: "-1"), bounds[c + 1] the end of cell c.
    std::array<std::uint32_t, max_fast_columns + 2 + 16> bounds;
    bounds[0] = std::numeric_limits<std::uint32_t>::max();
    std::uint32_t* const ends = bounds.data() + 1;
    std::size_t cells = 0;
    std::size_t i = 0;
    // Bytes of the line that are neither digits nor commas (text_cells_fast).
    std::size_t others = 0;
#if defined(__SSE2__)
    const __m128i comma = _mm_set1_epi8(',');
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i below_zero = _mm_set1_epi8('0' - 1);
    const __m128i above_nine = _mm_set1_epi8('9' + 1);
    const __m128i one = _mm_set1_epi8(1);
    const __m128i zero = _mm_setzero_si128();
    __m128i other_bytes = zero;
    for (; i + 16 <= n; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
        if (_mm_movemask_epi8(_mm_cmpeq_epi8(v, quote)) != 0) return false;
        const __m128i is_comma = _mm_cmpeq_epi8(v, comma);
        const __m128i is_digit = _mm_and_si128(_mm_cmpgt_epi8(v, below_zero), _mm_cmplt_epi8(v, above_nine));
        // Counted in the vector (one sum of absolute differences per step), not bit by bit.
        other_bytes = _mm_add_epi64(other_bytes, _mm_sad_epu8(_mm_andnot_si128(_mm_or_si128(is_comma, is_digit), one), zero));
        const auto m = static_cast<unsigned>(_mm_movemask_epi8(is_comma));
        // The comma positions of each 8-byte half from a table (the offsets of the set bits of a
        // byte), widened to 32 bits and stored eight at a time whatever the count (those beyond
        // it are overwritten by the next step).
        const __m128i base = _mm_set1_epi32(static_cast<int>(i));
        for (unsigned half = 0; half < 2; ++half) {
            const unsigned bits = (m >> (8 * half)) & 0xFFU;
            const __m128i at = _mm_unpacklo_epi8(
                _mm_loadl_epi64(reinterpret_cast<const __m128i*>(comma_offsets[half * 256 + bits].data())), zero);
            std::uint32_t* const to = ends + cells;
            _mm_storeu_si128(reinterpret_cast<__m128i*>(to), _mm_add_epi32(_mm_unpacklo_epi16(at, zero), base));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(to + 4), _mm_add_epi32(_mm_unpackhi_epi16(at, zero), base));
            cells += popcount16(bits);
        }
        if (cells > ncols) return false;
    }
    others += static_cast<std::size_t>(_mm_cvtsi128_si32(other_bytes)) +
              static_cast<std::size_t>(_mm_cvtsi128_si32(_mm_unpackhi_epi64(other_bytes, other_bytes)));
#endif
    for (; i < n; ++i) {
        if (s[i] == '"') return false;
        if (s[i] == ',') {
            if (cells >= ncols) return false;
            ends[cells++] = static_cast<std::uint32_t>(i);
        } else if (static_cast<unsigned char>(s[i]) - unsigned{'0'} > 9) {
            ++others;
        }
    }
    if (cells + 1 != ncols) return false;
    ends[cells] = static_cast<std::uint32_t>(n);

    auto cell = [&](std::size_t col) { return std::string_view{s + (bounds[col] + 1U), ends[col] - (bounds[col] + 1U)}; };
    if (!text_cells_fast(layout, cell, s + n, out.fields, row, code, contest, others)) return false;
    // The numeric columns: one uniform loop, no dispatch per cell, each value stored straight into
    // its batch column (a row that leaves the fast path half way is overwritten by the general
    // path, or by the next row when rejected).
    std::uint64_t fault = 0;
    const std::size_t count = layout.numeric_columns.size();
    const numeric_column* const nc = layout.numeric_columns.data();
    std::uint32_t* const* const dst = out.numeric;
    // One cell: up to four digits four bytes at a time, up to eight eight at a time (no branch
    // per digit or per empty cell), the rest (the line's last cells, long numbers) byte by byte.
    // False: not a fast-path cell (the general path names the problem).
    auto one_cell = [&](std::size_t k) -> bool {
        const std::uint32_t b = bounds[nc[k].column] + 1U;
        const std::uint32_t len = bounds[nc[k].column + 1] - b;
        const char* const p = s + b;
        std::uint64_t v = 0;
        if (std::endian::native == std::endian::little && len <= 4 && b + 4 <= n) {
            std::uint32_t w4;
            std::memcpy(&w4, p, 4);
            v = (std::uint64_t{w4} << (32 - 8 * len)) & 0xFFFFFFFFULL;  // len 0: 0
            v = ((v & 0x0F0F0F0FULL) * 2561) >> 8;
            v = (((v & 0x00FF00FFULL) * 6553601) >> 16) & 0xFFFFULL;
            fault |= static_cast<std::uint64_t>(v > nc[k].max);  // flags: 1; counts: max_figure
            dst[k][row] = len == 0 ? missing_figure : static_cast<std::uint32_t>(v);
            return true;
        }
        if (std::endian::native == std::endian::little && len <= 8 && b + 8 <= n) {
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            v = eight_digits(w << (64 - 8 * len));  // len >= 5 here: the cell right-aligned
            fault |= static_cast<std::uint64_t>(v > nc[k].max);
            dst[k][row] = static_cast<std::uint32_t>(v);
            return true;
        }
        return cell_one_by_one(std::string_view{p, len}, nc[k].max, dst[k][row]);
    };
    std::size_t k = 0;
#if defined(__SSE2__)
    // Four cells of up to four digits at a time (every cell of a real sheet): each cell's last
    // four bytes are loaded (the cell right-aligned), the bytes before the cell masked off, and
    // the digits weighted 1000/100/10/1 by one multiply-add for all four cells. `others == 0`
    // above means the bytes in numeric cells are digits. A group of cells that are not adjacent
    // columns, or with a longer cell, is read cell by cell.
    {
        const __m128i zero = _mm_setzero_si128();
        const __m128i byte_index = _mm_set1_epi32(0x03020100);
        const __m128i three = _mm_set1_epi8(3);
        const __m128i low_nibble = _mm_set1_epi8(0x0F);
        const __m128i weights = _mm_set_epi16(1, 10, 100, 1000, 1, 10, 100, 1000);
        __m128i faults = zero;
        const __m128i four = _mm_set1_epi32(4);
        for (; k + 4 <= count; k += 4) {
            // Adjacent columns (csv_layout::numeric_group): the group's bounds are two overlapping
            // loads; other groups (cells around a text column) gather them one by one.
            const std::uint32_t c = layout.numeric_group[k / 4];
            std::uint32_t end_of[4];
            __m128i ends;
            __m128i begins;
            if (c != no_group) {
                ends = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bounds.data() + c + 1));
                begins = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bounds.data() + c));
                for (std::size_t j = 0; j < 4; ++j) end_of[j] = bounds[c + 1 + j];
            } else {
                std::uint32_t begin_of[4];
                for (std::size_t j = 0; j < 4; ++j) {
                    begin_of[j] = bounds[nc[k + j].column];
                    end_of[j] = bounds[nc[k + j].column + 1];
                }
                ends = _mm_loadu_si128(reinterpret_cast<const __m128i*>(end_of));
                begins = _mm_loadu_si128(reinterpret_cast<const __m128i*>(begin_of));
            }
            const __m128i lens = _mm_sub_epi32(_mm_sub_epi32(ends, begins), _mm_set1_epi32(1));
            // Up to four digits, and four bytes before each end within the line.
            if (_mm_movemask_epi8(_mm_or_si128(_mm_cmpgt_epi32(lens, four), _mm_cmplt_epi32(ends, four))) != 0) {
                for (std::size_t j = 0; j < 4; ++j)
                    if (!one_cell(k + j)) return false;
                continue;
            }
            std::uint32_t w[4];
            for (std::size_t j = 0; j < 4; ++j) std::memcpy(&w[j], s + end_of[j] - 4, 4);
            const __m128i words = _mm_set_epi32(static_cast<int>(w[3]), static_cast<int>(w[2]), static_cast<int>(w[1]),
                                                static_cast<int>(w[0]));
            __m128i len_bytes = _mm_or_si128(lens, _mm_slli_epi32(lens, 8));
            len_bytes = _mm_or_si128(len_bytes, _mm_slli_epi32(len_bytes, 16));
            // Byte j of a window belongs to the cell when j + len > 3.
            const __m128i in_cell = _mm_cmpgt_epi8(_mm_add_epi8(byte_index, len_bytes), three);
            const __m128i digits = _mm_and_si128(_mm_and_si128(words, in_cell), low_nibble);
            __m128i lo = _mm_madd_epi16(_mm_unpacklo_epi8(digits, zero), weights);  // cells 0, 1
            __m128i hi = _mm_madd_epi16(_mm_unpackhi_epi8(digits, zero), weights);  // cells 2, 3
            lo = _mm_add_epi32(lo, _mm_srli_epi64(lo, 32));
            hi = _mm_add_epi32(hi, _mm_srli_epi64(hi, 32));
            __m128i values = _mm_castps_si128(_mm_shuffle_ps(_mm_castsi128_ps(lo), _mm_castsi128_ps(hi), _MM_SHUFFLE(2, 0, 2, 0)));
            const __m128i limit = _mm_loadu_si128(reinterpret_cast<const __m128i*>(layout.numeric_limit.data() + k));
            faults = _mm_or_si128(faults, _mm_cmpgt_epi32(values, limit));  // flags: 1; counts: far above
            values = _mm_or_si128(values, _mm_cmpeq_epi32(lens, zero));      // an empty cell: missing (all ones)
            alignas(16) std::uint32_t value_of[4];
            _mm_store_si128(reinterpret_cast<__m128i*>(value_of), values);
            for (std::size_t j = 0; j < 4; ++j) dst[k + j][row] = value_of[j];
        }
        fault |= static_cast<std::uint64_t>(_mm_movemask_epi8(faults) != 0);
    }
#endif
    for (; k < count; ++k)
        if (!one_cell(k)) return false;
    return fault == 0 && code && contest;
}

}  // namespace suara::io::detail

#endif  // SUARA_IO_CSV_ROW_SSE2_HPP
