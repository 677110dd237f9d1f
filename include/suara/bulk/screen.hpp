// suara — the column screen: which rows of a batch can fire a rule at all.
// Distributed under the Boost Software License, Version 1.0.
//
// Most sheets of an election are clean. Evaluating the catalogue row by row costs hundreds of
// nanoseconds a sheet; the screen instead runs column by column over a block of rows, in simple
// loops the compiler vectorises, and clears the rows on which no rule can fire: every figure
// present, every identity of the form holding, nothing above the regime's thresholds, no
// incident written. Only the rows it keeps go to the catalogue (`fired_rules`, then
// `check_sheet`). The screen is conservative by construction: each test is a necessary
// condition for a row to be clean, so it may keep a clean row (the catalogue then finds
// nothing) but never clears a row the catalogue would flag. tests/bulk checks this against the
// catalogue on perturbed and real sheets. A rule added to the catalogue that can fire on a
// complete, consistent, incident-free sheet within the thresholds must add its test here.
#ifndef SUARA_BULK_SCREEN_HPP
#define SUARA_BULK_SCREEN_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

#include <suara/form/batch.hpp>
#include <suara/core/kontes.hpp>
#include <suara/detail/cpu.hpp>
#include <suara/law/regime.hpp>
#include <suara/form/field.hpp>
#include <suara/form/sheet.hpp>

namespace suara {

/// The regime figures the screen reads for one contest: the regime's values (its capacity,
/// reserve and allocation among them).
using screen_limits = regime_values;

template <class R>
[[nodiscard]] constexpr screen_limits screen_limits_of() noexcept {
    return regime_values_of<R>();
}

/// Limits per contest (index: kontes).
using screen_table = std::array<screen_limits, kontes_count>;

/// Rows in one screen block. Measured on the national file (one thread): 8192 beats 2048,
/// 4096 and 16384 (fewer restarts of the hardware prefetchers per column, accumulators still
/// in the second-level cache).
inline constexpr std::size_t screen_block = 8192;

namespace detail {
inline constexpr std::uint64_t missing64 = missing_figure;

// Figures above this are kept for the catalogue: the reserve arithmetic of a regime overflows
// 32 bits near 2^32 / rate, and no TPS comes near it.
// A power of two minus one, so that "above" is a shift (SSE2 has no unsigned 32-bit compare).
inline constexpr unsigned screen_figure_bits = 27;
inline constexpr std::uint64_t screen_max_figure = (std::uint64_t{1} << screen_figure_bits) - 1;  // 134,217,727
[[nodiscard]] constexpr bool too_large(std::uint32_t v) noexcept { return (v >> screen_figure_bits) != 0; }

// Column kernels. Each is one flat loop in a function of its own: GCC 12 does not vectorise
// these loops when they sit inside the loop over columns (unroll-and-jam gets there first).
// Each is also compiled for AVX-512 where the compiler can (SUARA_AVX512_CLONES; measured on
// the national batch, one thread: 10-15 % less time). Clang keeps clones out of line anyway and
// refuses `noinline` beside them.
#if defined(__clang__) && defined(SUARA_HAS_AVX512_BODIES) && !defined(SUARA_NO_LOAD_TIME_CLONES)
#define SUARA_SCREEN_KERNEL SUARA_AVX512_CLONES inline void
#else
#define SUARA_SCREEN_KERNEL [[gnu::noinline]] SUARA_AVX512_CLONES inline void
#endif
using col_ptr = const std::uint32_t* __restrict;
using acc_ptr = std::uint32_t* __restrict;

// Several columns per kernel, so that the accumulators are loaded and stored once per group
// rather than once per column (measured: the accumulator traffic, not the columns, dominated).
// (v + 1) >> 1 is 0 exactly for 0 and missing_figure.
SUARA_SCREEN_KERNEL incident_columns(acc_ptr bad, col_ptr c0, col_ptr c1, col_ptr c2, col_ptr c3, col_ptr c4, col_ptr c5,
                                     col_ptr c6, std::size_t n) noexcept {
    // The v + 1 are 0 or 1 for the two harmless values and at least 2 otherwise, so one shift
    // of their OR tells the same.
    for (std::size_t i = 0; i < n; ++i)
        bad[i] |= ((c0[i] + 1U) | (c1[i] + 1U) | (c2[i] + 1U) | (c3[i] + 1U) | (c4[i] + 1U) | (c5[i] + 1U) |
                   (c6[i] + 1U)) >> 1;
}
SUARA_SCREEN_KERNEL incident_columns6(acc_ptr bad, col_ptr c0, col_ptr c1, col_ptr c2, col_ptr c3, col_ptr c4, col_ptr c5,
                                      std::size_t n) noexcept {
    for (std::size_t i = 0; i < n; ++i)
        bad[i] |= ((c0[i] + 1U) | (c1[i] + 1U) | (c2[i] + 1U) | (c3[i] + 1U) | (c4[i] + 1U) | (c5[i] + 1U)) >> 1;
}
SUARA_SCREEN_KERNEL incident_column(acc_ptr bad, col_ptr c, std::size_t n) noexcept {
    for (std::size_t i = 0; i < n; ++i) bad[i] |= (c[i] + 1U) >> 1;
}
// Three L/P/J triples (J = L + P); also collects them into `big`: the nine triples are the 27
// voter fields.
SUARA_SCREEN_KERNEL sex_sum_triples(acc_ptr big, acc_ptr bad, col_ptr l0, col_ptr p0, col_ptr j0, col_ptr l1, col_ptr p1,
                                    col_ptr j1, col_ptr l2, col_ptr p2, col_ptr j2, std::size_t n) noexcept {
    for (std::size_t i = 0; i < n; ++i) {
        big[i] |= l0[i] | p0[i] | j0[i] | l1[i] | p1[i] | j1[i] | l2[i] | p2[i] | j2[i];
        bad[i] |= (j0[i] ^ (l0[i] + p0[i])) | (j1[i] ^ (l1[i] + p1[i])) | (j2[i] ^ (l2[i] + p2[i]));
    }
}
// Also collects the 7 ballot and vote fields into `big`.
SUARA_SCREEN_KERNEL ballot_vote_columns(acc_ptr big, acc_ptr bad, col_ptr received, col_ptr used, col_ptr returned,
                                        col_ptr unused, col_ptr voters, col_ptr valid, col_ptr invalid, col_ptr total,
                                        std::size_t n) noexcept {
    for (std::size_t i = 0; i < n; ++i) {
        big[i] |= received[i] | used[i] | returned[i] | unused[i] | valid[i] | invalid[i] | total[i];
        bad[i] |= received[i] ^ (used[i] + returned[i] + unused[i]);
        bad[i] |= used[i] ^ voters[i];
        bad[i] |= total[i] ^ (valid[i] + invalid[i]);
        bad[i] |= total[i] ^ voters[i];
        bad[i] |= (received[i] - total[i]) >> 31;  // more votes than ballots
    }
}
// Capacity and allocation for a block of one contest (the usual case): constants hoisted.
SUARA_SCREEN_KERNEL allocation_columns(acc_ptr bad, col_ptr dpt, col_ptr dptb, col_ptr received, std::int64_t num,
                                       std::int64_t den, std::int64_t add, std::uint32_t with_dptb, std::int64_t cap,
                                       std::size_t n) noexcept {
    for (std::size_t i = 0; i < n; ++i) {
        const std::int64_t d = dpt[i];
        const std::int64_t r = std::int64_t{received[i]} - d - std::int64_t{dptb[i] & with_dptb};
        const std::int64_t q = d * num + add;
        const auto holds = static_cast<std::uint32_t>(r * den <= q) & static_cast<std::uint32_t>(q < r * den + den) &
                           static_cast<std::uint32_t>(d <= cap);
        bad[i] |= holds ^ 1U;
    }
}
SUARA_SCREEN_KERNEL category_columns(acc_ptr bad, col_ptr reg_dpt, col_ptr reg_dptb, col_ptr reg_dpk, col_ptr dpt,
                                     col_ptr dptb, col_ptr dpk, col_ptr total, std::size_t n) noexcept {
    for (std::size_t i = 0; i < n; ++i) {
        bad[i] |= total[i] ^ (dpt[i] + dptb[i] + dpk[i]);
        bad[i] |= (reg_dpt[i] - dpt[i] - 1U) >> 31;  // dpt >= registered: above, or a copied row
        bad[i] |= (reg_dptb[i] - dptb[i]) >> 31;     // dptb > registered
        bad[i] |= (reg_dpk[i] - dpk[i]) >> 31;       // dpk > registered
    }
}
SUARA_SCREEN_KERNEL candidate_column(acc_ptr big, acc_ptr sum, col_ptr v, const std::uint8_t* __restrict count,
                                     std::uint32_t c, std::size_t n) noexcept {
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t x = v[i] & (0U - static_cast<std::uint32_t>(c < count[i]));  // 0 past the row's count
        big[i] |= x;
        sum[i] += x;
    }
}
// Three candidate columns c, c + 1, c + 2 (the count widened once for the three).
SUARA_SCREEN_KERNEL candidate_columns3(acc_ptr big, acc_ptr sum, col_ptr v0, col_ptr v1, col_ptr v2,
                                       const std::uint8_t* __restrict count, std::uint32_t c, std::size_t n) noexcept {
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t k = count[i];
        const std::uint32_t x0 = v0[i] & (0U - static_cast<std::uint32_t>(c < k));
        const std::uint32_t x1 = v1[i] & (0U - static_cast<std::uint32_t>(c + 1 < k));
        const std::uint32_t x2 = v2[i] & (0U - static_cast<std::uint32_t>(c + 2 < k));
        big[i] |= x0 | x1 | x2;
        sum[i] += x0 + x1 + x2;
    }
}
#undef SUARA_SCREEN_KERNEL
}  // namespace detail

/// Sets keep[i] = 1 for each row begin + i (i < end - begin <= screen_block) on which some rule
/// may fire, 0 for the rows on which none can.
inline void screen_rows(const sheet_batch& b, std::size_t begin, std::size_t end, const screen_table& limits,
                        std::span<std::uint8_t> keep) {
    const std::size_t n = end - begin;
    auto col = [&](field f) { return b.column(f).data() + begin; };
    // Local 32-bit accumulators (they alias no column, and have the columns' lane width), and
    // tests written as bit operations, so that every loop vectorises:
    //  - `big` ORs every figure: one of them is missing or above 2^27 - 1 iff big >> 27 != 0;
    //  - `bad` ORs a ^ b (non-zero iff a != b) and sign bits of differences (a < b), exact
    //    for figures below 2^27, and rows with larger figures are kept through `big` anyway.
    std::array<std::uint32_t, screen_block> big_a{}, bad_a{};
    std::uint32_t* big = big_a.data();
    std::uint32_t* bad = bad_a.data();

    // 1. Every figure of sections I-IV present, and none absurdly large: collected into `big`
    //    by the kernels of steps 3 and 5, which read all of them.
    // 2. No incident written: a missing incident field is "not reported" and fires nothing, so
    //    only values other than 0 and missing count ((v + 1) >> 1 is 0 exactly for those two).
    {
        auto c = [&](std::size_t f) { return col(static_cast<field>(f)); };
        std::size_t f = index(first_incident_field);
        for (; f + 7 <= field_count; f += 7)
            detail::incident_columns(bad, c(f), c(f + 1), c(f + 2), c(f + 3), c(f + 4), c(f + 5), c(f + 6), n);
        for (; f + 6 <= field_count; f += 6)
            detail::incident_columns6(bad, c(f), c(f + 1), c(f + 2), c(f + 3), c(f + 4), c(f + 5), n);
        for (; f < field_count; ++f) detail::incident_column(bad, c(f), n);
    }
    // 3. J = L + P on every triple (identity 1), three triples at a time.
    static_assert(index(field::pemilih_dpt_l) == 0 && index(field::pengguna_disabilitas_j) == 26,
                  "suara: the screen's step 3 reads the 27 voter fields as nine L/P/J triples from field 0");
    for (std::size_t t = 0; t < 9; t += 3) {
        auto c = [&](std::size_t f) { return col(static_cast<field>(f)); };
        const std::size_t f = 3 * t;
        detail::sex_sum_triples(big, bad, c(f), c(f + 1), c(f + 2), c(f + 3), c(f + 4), c(f + 5), c(f + 6), c(f + 7),
                                c(f + 8), n);
    }
    // 4. total = DPT + DPTb + DPK participants, per sex (identity 2); participants within the
    //    registered count of each list (identity 3); DPT turnout below 100 % (copied row).
    for (std::size_t s = 0; s < 3; ++s) {
        auto at = [&](field first) { return col(static_cast<field>(index(first) + s)); };
        detail::category_columns(bad, at(field::pemilih_dpt_l), at(field::pemilih_dptb_l), at(field::pemilih_dpk_l),
                                 at(field::pengguna_dpt_l), at(field::pengguna_dptb_l), at(field::pengguna_dpk_l),
                                 at(field::pengguna_total_l), n);
    }
    // 5. Ballots (identities 4, 5), votes (identities 7, 9) and the ballot supply.
    detail::ballot_vote_columns(big, bad, col(field::surat_diterima), col(field::surat_digunakan),
                                col(field::surat_dikembalikan), col(field::surat_tidak_digunakan),
                                col(field::pengguna_total_j), col(field::suara_sah), col(field::suara_tidak_sah),
                                col(field::suara_total), n);
    static_assert(index(field::suara_total) + 1 == index(first_incident_field),
                  "suara: the screen's steps 3 and 5 must read every field of sections I-IV");
    // 6. Candidate columns present and summing to the valid votes (identity 8, blank column
    //    included). Columns of rows that pass `big` are below 2^27: the 32-bit sum is exact.
    static_assert((max_candidates + 1) * detail::screen_max_figure < missing_figure);
    {
        const std::uint8_t* count = b.candidate_counts().data() + begin;
        const std::uint8_t* has_blank = b.blank_flags().data() + begin;
        std::array<std::uint32_t, screen_block> sum_a{};
        std::uint32_t* sum = sum_a.data();
        const std::size_t columns = b.candidate_columns();
        std::size_t c = 0;
        for (; c + 3 <= columns; c += 3) {
            detail::candidate_columns3(big, sum, b.candidate_column(c).data() + begin,
                                       b.candidate_column(c + 1).data() + begin, b.candidate_column(c + 2).data() + begin,
                                       count, static_cast<std::uint32_t>(c), n);
        }
        for (; c < columns; ++c) {
            detail::candidate_column(big, sum, b.candidate_column(c).data() + begin, count, static_cast<std::uint32_t>(c), n);
        }
        const std::uint32_t* blank = b.blank_column().data() + begin;
        const std::uint32_t* valid = col(field::suara_sah);
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint32_t x = blank[i] & (0U - static_cast<std::uint32_t>(has_blank[i] != 0));
            big[i] |= x;
            bad[i] |= static_cast<std::uint32_t>(count[i] == 0);  // no candidate column: let the catalogue say
            bad[i] |= valid[i] ^ (sum[i] + x);
        }
    }
    // 7. The regime's thresholds: capacity and ballot allocation. The allocation is checked
    //    without dividing: r = received - dpt [- dptb] equals floor((dpt * num + add) / den)
    //    exactly when r * den <= dpt * num + add < (r + 1) * den (add: den - 1 rounding up,
    //    0 down, den / 2 to nearest).
    {
        std::array<std::int64_t, kontes_count> num{}, den{}, add{}, cap{};
        std::array<std::uint32_t, kontes_count> with_dptb{};
        for (std::size_t c = 0; c < kontes_count; ++c) {
            const auto& l = limits[c];
            num[c] = l.ballot_reserve.numerator;
            den[c] = l.ballot_reserve.denominator == 0 ? 1 : l.ballot_reserve.denominator;
            add[c] = l.reserve_rounding == rounding::up ? den[c] - 1 : l.reserve_rounding == rounding::nearest ? den[c] / 2 : 0;
            with_dptb[c] = l.allocation_includes_dptb ? ~std::uint32_t{0} : 0U;
            cap[c] = static_cast<std::int64_t>(l.tps_capacity);
        }
        const kontes* contest = b.contests().data() + begin;
        const std::uint32_t* dpt = col(field::pemilih_dpt_j);
        const std::uint32_t* dptb = col(field::pemilih_dptb_j);
        const std::uint32_t* received = col(field::surat_diterima);
        bool uniform = n > 0;
        for (std::size_t i = 1; i < n; ++i) uniform &= contest[i] == contest[0];
        if (uniform) {
            const auto c = static_cast<std::size_t>(contest[0]);
            detail::allocation_columns(bad, dpt, dptb, received, num[c], den[c], add[c], with_dptb[c], cap[c], n);
        } else {
            // Mixed contests in one block: row by row, with that row's regime.
            for (std::size_t i = 0; i < n; ++i) {
                const auto c = static_cast<std::size_t>(contest[i]);
                detail::allocation_columns(bad + i, dpt + i, dptb + i, received + i, num[c], den[c], add[c],
                                           with_dptb[c], cap[c], 1);
            }
        }
    }
    for (std::size_t i = 0; i < n; ++i)
        keep[i] = static_cast<std::uint8_t>(static_cast<unsigned>(bad[i] != 0) | static_cast<unsigned>(detail::too_large(big[i])));
}

}  // namespace suara

#endif  // SUARA_BULK_SCREEN_HPP
