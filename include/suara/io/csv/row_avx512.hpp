// suara — internal: the AVX-512 fast row path (BW, VBMI, VBMI2: Ice Lake, Zen 4 and later),
// for lines of up to 255 bytes in layouts of up to max_wide_columns columns (every national row).
// Distributed under the Boost Software License, Version 1.0.
//
// The only code that includes <immintrin.h>; compiled with SUARA_AVX512_TARGET beside the
// baseline and chosen at run time (io/csv/rows.hpp, csv_options::isa, detail/cpu.hpp).
// The line is held in four 64-byte registers; the comma positions, one byte each, are compressed
// into one register (`bounds`), so that any cell's ends are one byte permute away. Sixteen
// numeric cells of up to four digits are then converted at once: each cell's last four bytes
// are permuted out of the line (right-aligned, 64 bytes = 16 windows), the bytes before the cell
// masked off, and the digits weighted 10/1 then 100/1 by two multiply-adds. The cells go to a
// stage of sixteen rows (one 64-byte store per sixteen cells) and reach the batch columns sixteen
// rows at a time, by a transposition: a 64-byte store per column instead of a 4-byte store per
// cell. The same checks as the SSE2 path decide when a row must take the general path.
#ifndef SUARA_IO_CSV_ROW_AVX512_HPP
#define SUARA_IO_CSV_ROW_AVX512_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include <suara/detail/cpu.hpp>
#if defined(SUARA_HAS_AVX512_BODIES)
#include <immintrin.h>
#endif

#include <suara/core/kontes.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/io/csv/layout.hpp>
#include <suara/io/csv/row_fast.hpp>

namespace suara::io::detail {

/// Rows staged before their transposition into the batch columns.
inline constexpr std::size_t stage_rows = 16;
/// The longest line the AVX-512 path reads (the comma positions are bytes).
inline constexpr std::size_t max_wide_line = 255;

/// One staged row: its numeric cells, by csv_layout::numeric_columns index (at most 63 of them).
struct alignas(64) staged_row {
    std::array<std::uint32_t, 64> cells;
};

#if defined(SUARA_HAS_AVX512_BODIES)

/// 0, 1, ..., 63: the offset of each byte of a 64-byte step.
inline constexpr auto byte_offsets = [] {
    std::array<std::uint8_t, 64> t{};
    for (std::size_t i = 0; i < 64; ++i) t[i] = static_cast<std::uint8_t>(i);
    return t;
}();

#if defined(__GNUC__) && !defined(__clang__)
// GCC 12 warns inside its own AVX-512 intrinsics (their "undefined" pass-through operand).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

/// The common row of `line` (at most max_wide_line bytes; the layout has wide_groups) into the
/// staged row `staged`, its empty incident words into row `row` of `fields`, its code and
/// contest; false at the first irregularity (the general path then names it).
SUARA_AVX512_TARGET inline bool parse_row_avx512(const csv_layout& layout, std::string_view line, std::uint32_t* staged,
                                                 std::uint32_t* const* fields, std::size_t row,
                                                 std::optional<tps_code>& code, std::optional<kontes>& contest) noexcept {
    const std::size_t n = line.size();
    const std::size_t ncols = layout.columns.size();
    const char* const s = line.data();
    // bounds[0] is "-1" (the comma before the first cell), bounds[c + 1] the end of cell c;
    // byte arithmetic wraps, so a cell begins at bounds[c] + 1 for every c.
    alignas(64) std::uint8_t bounds[128];
    bounds[0] = 0xFF;
    std::size_t commas = 0;
    std::size_t others = 0;  // bytes neither digit nor comma (text_cells_fast)
    const __m512i comma = _mm512_set1_epi8(',');
    const __m512i quote = _mm512_set1_epi8('"');
    const __m512i zero_char = _mm512_set1_epi8('0');
    const __m512i ten = _mm512_set1_epi8(10);
    const __m512i offsets = _mm512_loadu_si512(byte_offsets.data());
    __m512i text[4];
    for (std::size_t c = 0; c < 4; ++c) {
        const std::size_t at = 64 * c;
        // Masked loads read nothing beyond the line (masked-off bytes cannot fault).
        const __mmask64 valid = at >= n ? 0 : n - at >= 64 ? ~__mmask64{0} : _bzhi_u64(~std::uint64_t{0}, static_cast<unsigned>(n - at));
        text[c] = _mm512_maskz_loadu_epi8(valid, s + at);
        const __mmask64 is_comma = _mm512_cmpeq_epi8_mask(text[c], comma);
        const __mmask64 is_digit = _mm512_cmplt_epu8_mask(_mm512_sub_epi8(text[c], zero_char), ten);
        if (_mm512_cmpeq_epi8_mask(text[c], quote) != 0) return false;
        others += static_cast<std::size_t>(_mm_popcnt_u64(valid & ~(is_comma | is_digit)));
        _mm512_storeu_si512(bounds + 1 + commas,
                            _mm512_maskz_compress_epi8(is_comma, _mm512_add_epi8(offsets, _mm512_set1_epi8(static_cast<char>(at)))));
        commas += static_cast<std::size_t>(_mm_popcnt_u64(is_comma));
        if (commas >= ncols) return false;  // more cells than the header (and bounds stays within 128 bytes)
    }
    if (commas + 1 != ncols) return false;
    bounds[ncols] = static_cast<std::uint8_t>(n);
    auto cell = [&](std::size_t col) {
        const std::uint8_t b = static_cast<std::uint8_t>(bounds[col] + 1U);
        return std::string_view{s + b, static_cast<std::size_t>(bounds[col + 1] - b)};
    };
    if (!text_cells_fast(layout, cell, s + n, fields, row, code, contest, others)) return false;

    const __m512i ends_of = _mm512_load_si512(bounds);
    const __m512i one = _mm512_set1_epi8(1);
    const __m512i three = _mm512_set1_epi8(3);
    const __m512i four = _mm512_set1_epi8(4);
    const __m512i window_index = _mm512_set1_epi32(0x03020100);
    const __m512i window_start = _mm512_set1_epi32(static_cast<int>(0xFFFEFDFCU));  // -4, -3, -2, -1
    const __m512i tens = _mm512_set1_epi32(0x010A010A);                               // 10, 1, 10, 1
    const __m512i hundreds = _mm512_set1_epi32(0x00010064);                           // 100, 1
    const __m512i missing = _mm512_set1_epi32(-1);
    __mmask16 faults = 0;
    const numeric_column* const nc = layout.numeric_columns.data();
    std::size_t k = 0;
    for (const auto& group : layout.wide_groups) {
        // Per 32-bit lane (one cell): its end and the comma before it, in all four bytes.
        const __m512i ends = _mm512_permutexvar_epi8(_mm512_loadu_si512(group.end_index.data()), ends_of);
        const __m512i before = _mm512_permutexvar_epi8(_mm512_loadu_si512(group.begin_index.data()), ends_of);
        const __m512i lens = _mm512_sub_epi8(_mm512_sub_epi8(ends, before), one);
        if (_mm512_cmpgt_epu8_mask(lens, four) != 0) {  // a cell of five digits or more: one by one
            for (std::size_t j = 0; j < group.cells; ++j)
                if (!cell_one_by_one(cell(nc[k + j].column), nc[k + j].max, staged[k + j])) return false;
            k += group.cells;
            continue;
        }
        const __m512i at = _mm512_add_epi8(ends, window_start);
        const __m512i window = _mm512_mask_blend_epi8(_mm512_movepi8_mask(at), _mm512_permutex2var_epi8(text[0], at, text[1]),
                                                      _mm512_permutex2var_epi8(text[2], at, text[3]));
        // Byte j of a window belongs to the cell when j + len > 3; the others count as 0.
        const __mmask64 in_cell = _mm512_cmpgt_epi8_mask(_mm512_add_epi8(lens, window_index), three);
        const __m512i digits = _mm512_maskz_sub_epi8(in_cell, window, zero_char);
        __m512i values = _mm512_madd_epi16(_mm512_maddubs_epi16(digits, tens), hundreds);
        faults |= _mm512_cmpgt_epi32_mask(values, _mm512_loadu_si512(group.limit.data()));
        values = _mm512_mask_mov_epi32(values, _mm512_cmpeq_epi32_mask(lens, _mm512_setzero_si512()), missing);
        _mm512_store_si512(staged + k, values);  // k is a multiple of 16: aligned
        k += group.cells;
    }
    return faults == 0 && code && contest;
}

/// The stage_rows staged rows `stage` into rows base ... base + 15 of the batch columns
/// `numeric`: each group of sixteen cells is a 16 x 16 block transposed in registers (32-bit,
/// then 64-bit interleaves within 128-bit lanes, then two rounds of 128-bit lane shuffles), then
/// stored as sixteen rows of a column at once.
SUARA_AVX512_TARGET inline void transpose_stage(const csv_layout& layout, const staged_row* stage,
                                                std::uint32_t* const* numeric, std::size_t base) noexcept {
    std::size_t k = 0;
    for (const auto& group : layout.wide_groups) {
        __m512i r[16];
        for (std::size_t i = 0; i < 16; ++i) r[i] = _mm512_load_si512(stage[i].cells.data() + k);
        __m512i a[16];
        for (std::size_t i = 0; i < 16; i += 2) {
            a[i] = _mm512_unpacklo_epi32(r[i], r[i + 1]);
            a[i + 1] = _mm512_unpackhi_epi32(r[i], r[i + 1]);
        }
        // b[4i + c], 128-bit lane L: cell 4L + c of rows 4i ... 4i + 3.
        __m512i b[16];
        for (std::size_t i = 0; i < 16; i += 4) {
            b[i] = _mm512_unpacklo_epi64(a[i], a[i + 2]);
            b[i + 1] = _mm512_unpackhi_epi64(a[i], a[i + 2]);
            b[i + 2] = _mm512_unpacklo_epi64(a[i + 1], a[i + 3]);
            b[i + 3] = _mm512_unpackhi_epi64(a[i + 1], a[i + 3]);
        }
        for (std::size_t c = 0; c < 4; ++c) {
            const __m512i s0 = _mm512_shuffle_i32x4(b[c], b[4 + c], _MM_SHUFFLE(2, 0, 2, 0));
            const __m512i s1 = _mm512_shuffle_i32x4(b[c], b[4 + c], _MM_SHUFFLE(3, 1, 3, 1));
            const __m512i s2 = _mm512_shuffle_i32x4(b[8 + c], b[12 + c], _MM_SHUFFLE(2, 0, 2, 0));
            const __m512i s3 = _mm512_shuffle_i32x4(b[8 + c], b[12 + c], _MM_SHUFFLE(3, 1, 3, 1));
            const __m512i cell_of_lane[4] = {_mm512_shuffle_i32x4(s0, s2, _MM_SHUFFLE(2, 0, 2, 0)),
                                             _mm512_shuffle_i32x4(s1, s3, _MM_SHUFFLE(2, 0, 2, 0)),
                                             _mm512_shuffle_i32x4(s0, s2, _MM_SHUFFLE(3, 1, 3, 1)),
                                             _mm512_shuffle_i32x4(s1, s3, _MM_SHUFFLE(3, 1, 3, 1))};
            for (std::size_t lane = 0; lane < 4; ++lane) {
                const std::size_t j = 4 * lane + c;  // the cell within the group
                if (j < group.cells) _mm512_storeu_si512(numeric[k + j] + base, cell_of_lane[lane]);
            }
        }
        k += group.cells;
    }
}

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

#endif  // SUARA_HAS_AVX512_BODIES

}  // namespace suara::io::detail

#endif  // SUARA_IO_CSV_ROW_AVX512_HPP
