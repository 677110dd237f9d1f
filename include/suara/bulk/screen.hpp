// suara — the column screen: which rows of a batch can fire a rule at all.
// Distributed under the Boost Software License, Version 1.0.
//
// Most sheets of an election are clean. Evaluating the catalogue row by row costs hundreds of
// nanoseconds a sheet; the screen instead runs column by column over a block of rows, in simple
// loops the compiler vectorises, and clears the rows on which no rule can fire. Only the rows it
// keeps go to the catalogue (`check_sheet`).
//
// The screen knows no rule. It is made at compile time from a table of rule types (by default
// `catalogue_rule_table`, suara/tally/sheet_rules.hpp): each rule shows a face
// (suara/tally/screen_face.hpp), tests that hold on every row the rule stays silent on, and the
// screen clears a row only when every test of every face passes and every figure those tests
// read is written and below 2^26 (so that 32-bit sums are exact). Each test is a necessary
// condition for its rule to be silent, so a cleared row fires nothing; a kept row may be clean
// (the catalogue then finds nothing). A table with a rule that shows no face keeps every row.
// tests/property checks the screen against check_sheet on random sheets, with a rule defined
// only there.
//
// The plan: the tests that compare figures with figures are packed into kernels of at most
// `screen_group_columns` columns, each a flat loop over the block that reads its columns once
// and folds every test into two accumulators (`bad`, any test failing; `big`, every figure ORed,
// for "missing or too large"); the tests that compare with a regime figure run in one kernel per
// contest present in the block, with that contest's figures hoisted out of the loop.
#ifndef SUARA_BULK_SCREEN_HPP
#define SUARA_BULK_SCREEN_HPP

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <tuple>
#include <utility>

#include <suara/core/kontes.hpp>
#include <suara/detail/cpu.hpp>
#include <suara/detail/meta.hpp>
#include <suara/form/batch.hpp>
#include <suara/form/field.hpp>
#include <suara/form/sheet.hpp>
#include <suara/law/regime.hpp>
#include <suara/tally/identities.hpp>
#include <suara/tally/screen_face.hpp>
#include <suara/tally/sheet_rules.hpp>

namespace suara {

/// Rows in one screen block. Measured on the national file (one thread): 8192 beats 2048,
/// 4096 and 16384 (fewer restarts of the hardware prefetchers per column, accumulators still
/// in the second-level cache).
inline constexpr std::size_t screen_block = 8192;

namespace detail {

// Figures at or above 2^26 are kept for the catalogue: the screen's sums are then exact in 32
// bits (a candidate sum of 25 columns stays below 2^31, which the sign-bit test of `at_most`
// needs), and no TPS comes near them.
inline constexpr unsigned screen_figure_bits = 26;
inline constexpr std::uint32_t screen_max_figure = (std::uint32_t{1} << screen_figure_bits) - 1;
static_assert(std::uint64_t{max_candidates + 1} * screen_max_figure < (std::uint64_t{1} << 31),
              "suara: the screen's candidate sum must stay below 2^31");
[[nodiscard]] constexpr bool too_large(std::uint32_t v) noexcept { return (v >> screen_figure_bits) != 0; }

/// Columns one kernel reads at most (its loop keeps them all in registers: SSE2 has 16).
inline constexpr std::size_t screen_group_columns = 9;
/// Tests one kernel folds at most.
inline constexpr std::size_t screen_group_tests = 12;
inline constexpr std::size_t screen_max_groups = 24;
inline constexpr std::size_t screen_max_limit_tests = 8;

/// A face test as a kernel runs it: figures named by their place in the kernel's columns.
struct kernel_test {
    face_kind kind = face_kind::equal;
    std::uint8_t nl = 0, nr = 0;
    std::array<std::uint8_t, 3> l{}, r{};
    std::uint8_t limit = 0;  ///< tests that use one: the index of the face_limit of the table
};

/// One kernel: its columns (a field, or `candidate_sum_ref` for the block's candidate sum), the
/// columns it ORs into `big` (each figure that must be written is ORed by exactly one kernel)
/// and its tests.
struct kernel_group {
    std::uint8_t columns = 0;
    std::array<figure_ref, screen_group_columns> column{};
    std::uint32_t presence = 0;  ///< bit k: column k goes into `big`
    std::uint8_t tests = 0;
    std::array<kernel_test, screen_group_tests> test{};

    [[nodiscard]] constexpr int find(figure_ref f) const noexcept {
        for (std::size_t k = 0; k < columns; ++k)
            if (column[k] == f) return static_cast<int>(k);
        return -1;
    }
};

/// The whole screen of a table, made at compile time.
struct screen_plan {
    bool keep_all = false;         ///< a rule shows no face: every row is kept
    std::size_t limit_count = 0;   ///< face_limits per contest
    std::size_t group_count = 0;
    std::array<kernel_group, screen_max_groups> groups{};
    kernel_group limit_group{};    ///< the tests that compare with a regime figure
};

/// A rule's face tests and how many face_limits it has (1 + the highest slot it names).
template <class D>
constexpr std::size_t face_size() {
    if constexpr (is_identity_rule_v<D>) return D::identities.size();
    else if constexpr (requires { D::screen; }) return D::screen.size();
    else return 0;
}
template <class D>
constexpr std::size_t limit_slots() {
    std::size_t n = 0;
    if constexpr (!is_identity_rule_v<D> && requires { D::screen; })
        for (const face_test& t : D::screen)
            if (uses_limit(t.kind)) n = std::max<std::size_t>(n, t.slot + 1U);
    return n;
}
template <class D>
constexpr face_test face_at(std::size_t i) {
    if constexpr (is_identity_rule_v<D>) return face_of(D::identities[i]);
    else return D::screen[i];
}
/// The fields a rule reads, as a mask (its identities' figures, or its `reads`).
template <class D>
constexpr std::uint64_t reads_of() {
    std::uint64_t m = 0;
    auto add = [&](const std::array<figure_ref, 3>& refs) {
        for (figure_ref r : refs)
            if (r != no_figure && r != candidate_sum_ref) m |= std::uint64_t{1} << r;
    };
    if constexpr (is_identity_rule_v<D>) {
        for (const identity& i : D::identities) {
            add(i.lhs);
            add(i.rhs);
        }
    } else if constexpr (requires { D::reads; }) {
        for (field f : D::reads) m |= std::uint64_t{1} << index(f);
    }
    return m;
}

constexpr void add_refs(kernel_group& g, kernel_test& t, const face_test& f) {
    auto place = [&](figure_ref ref) -> std::uint8_t {
        int k = g.find(ref);
        if (k < 0) {
            if (g.columns == screen_group_columns) throw "suara: screen kernel out of columns";
            g.column[g.columns] = ref;
            k = g.columns++;
        }
        return static_cast<std::uint8_t>(k);
    };
    for (figure_ref r : f.lhs)
        if (r != no_figure) t.l[t.nl++] = place(r);
    for (figure_ref r : f.rhs)
        if (r != no_figure) t.r[t.nr++] = place(r);
}

constexpr std::size_t new_columns(const kernel_group& g, const face_test& f) {
    std::array<figure_ref, 6> seen{};
    std::size_t fresh = 0, n = 0;
    for (const auto& side : {f.lhs, f.rhs})
        for (figure_ref r : side) {
            if (r == no_figure || g.find(r) >= 0) continue;
            bool dup = false;
            for (std::size_t i = 0; i < n; ++i) dup = dup || seen[i] == r;
            if (!dup) {
                seen[n++] = r;
                ++fresh;
            }
        }
    return fresh;
}

template <class... Rules>
consteval screen_plan make_screen_plan(rule_table<Rules...>) {
    constexpr std::size_t total = (face_size<Rules>() + ... + 0);
    screen_plan plan;
    std::array<face_test, total + 1> tests{};
    std::array<std::uint8_t, total + 1> limit_of{};  // the table-wide face_limit of each test
    std::size_t n = 0;
    std::uint64_t reads = 0, named = 0;
    bool all_read = false, needs_identities = false;
    std::size_t identity_tests = 0;
    auto add_rule = [&]<class D>() {
        if constexpr (face_size<D>() == 0) {
            plan.keep_all = true;
        } else {
            if constexpr (is_identity_rule_v<D>) identity_tests += D::identities.size();
            for (std::size_t i = 0; i < face_size<D>(); ++i) {
                const face_test t = face_at<D>(i);
                if (t.kind == face_kind::all_read_present) {
                    all_read = true;
                    continue;
                }
                if (t.kind == face_kind::identities_hold) {
                    needs_identities = true;
                    continue;
                }
                if (uses_limit(t.kind)) limit_of[n] = static_cast<std::uint8_t>(plan.limit_count + t.slot);
                if (t.kind != face_kind::zero_or_missing)
                    for (const auto& side : {t.lhs, t.rhs})
                        for (figure_ref r : side)
                            if (r != no_figure && r != candidate_sum_ref) named |= std::uint64_t{1} << r;
                tests[n++] = t;
            }
            plan.limit_count += limit_slots<D>();
        }
        reads |= reads_of<D>();
    };
    (add_rule.template operator()<Rules>(), ...);
    if (needs_identities && identity_tests < identities.size())
        throw "suara: a rule that relies on the identities is screened without them";

    // The regime tests: one kernel.
    for (std::size_t i = 0; i < n; ++i) {
        if (!uses_limit(tests[i].kind)) continue;
        kernel_group& g = plan.limit_group;
        if (g.tests == screen_max_limit_tests) throw "suara: too many screen tests compare with regime figures";
        kernel_test k{tests[i].kind};
        k.limit = limit_of[i];
        add_refs(g, k, tests[i]);
        g.test[g.tests++] = k;
    }

    // The other tests: packed into kernels, each grown by the test that adds the fewest columns.
    std::array<bool, total + 1> done{};
    for (std::size_t i = 0; i < n; ++i) done[i] = uses_limit(tests[i].kind);
    for (std::size_t first = 0; first < n; ++first) {
        if (done[first]) continue;
        if (plan.group_count == screen_max_groups) throw "suara: too many screen kernels";
        kernel_group& g = plan.groups[plan.group_count++];
        std::size_t pick = first;
        while (pick < n) {
            done[pick] = true;
            kernel_test k{tests[pick].kind};
            add_refs(g, k, tests[pick]);
            g.test[g.tests++] = k;
            pick = n;
            std::size_t best = screen_group_columns + 1;
            if (g.tests == screen_group_tests) break;
            for (std::size_t j = first + 1; j < n; ++j) {
                if (done[j]) continue;
                const std::size_t fresh = new_columns(g, tests[j]);
                if (g.columns + fresh <= screen_group_columns && fresh < best) {
                    best = fresh;
                    pick = j;
                }
            }
        }
    }

    // Every figure a test names (and, for record.incomplete, every figure a rule reads) must be
    // written: each goes into `big` through exactly one kernel, a kernel of its own if no test
    // of the others reads it.
    std::uint64_t present = named | (all_read ? reads : 0);
    for (std::size_t gi = 0; gi < plan.group_count; ++gi) {
        kernel_group& g = plan.groups[gi];
        for (std::size_t k = 0; k < g.columns; ++k) {
            const figure_ref r = g.column[k];
            if (r == candidate_sum_ref || ((present >> r) & 1U) == 0) continue;
            g.presence |= std::uint32_t{1} << k;
            present &= ~(std::uint64_t{1} << r);
        }
    }
    for (std::size_t f = 0; f < field_count && present != 0; ++f) {
        if (((present >> f) & 1U) == 0) continue;
        if (plan.group_count == 0 || plan.groups[plan.group_count - 1].tests != 0 ||
            plan.groups[plan.group_count - 1].columns == screen_group_columns) {
            if (plan.group_count == screen_max_groups) throw "suara: too many screen kernels";
            ++plan.group_count;
        }
        kernel_group& g = plan.groups[plan.group_count - 1];
        g.presence |= std::uint32_t{1} << g.columns;
        g.column[g.columns++] = static_cast<figure_ref>(f);
        present &= ~(std::uint64_t{1} << f);
    }
    return plan;
}

template <class Table>
inline constexpr screen_plan screen_plan_of = make_screen_plan(Table{});

/// Whether a kernel test is face test `f`: the same kind on the same figures, in order.
constexpr bool runs(const kernel_group& g, const kernel_test& k, const face_test& f) {
    if (k.kind != f.kind) return false;
    std::size_t nl = 0, nr = 0;
    for (figure_ref r : f.lhs)
        if (r != no_figure && (nl >= k.nl || g.column[k.l[nl++]] != r)) return false;
    for (figure_ref r : f.rhs)
        if (r != no_figure && (nr >= k.nr || g.column[k.r[nr++]] != r)) return false;
    return nl == k.nl && nr == k.nr;
}

/// The check a plan is held to, apart from how it was made: each face test of each rule of the
/// table runs in exactly one kernel, a limit test with its own rule's face_limit, and each
/// figure that must be written is ORed into `big` by exactly one kernel.
template <class... Rules>
consteval bool plan_covers(const screen_plan& plan, rule_table<Rules...>) {
    if (plan.keep_all) return true;
    std::size_t faces = 0, limit_base = 0;
    std::uint64_t must = 0, reads = 0;
    bool all_read = false, ok = true;
    auto check_rule = [&]<class D>() {
        for (std::size_t i = 0; i < face_size<D>(); ++i) {
            const face_test f = face_at<D>(i);
            if (f.kind == face_kind::all_read_present) all_read = true;
            if (f.kind == face_kind::all_read_present || f.kind == face_kind::identities_hold) continue;
            ++faces;
            if (f.kind != face_kind::zero_or_missing)
                for (const auto& side : {f.lhs, f.rhs})
                    for (figure_ref r : side)
                        if (r != no_figure && r != candidate_sum_ref) must |= std::uint64_t{1} << r;
            std::size_t found = 0;
            for (std::size_t gi = 0; gi <= plan.group_count; ++gi) {
                const kernel_group& g = gi < plan.group_count ? plan.groups[gi] : plan.limit_group;
                for (std::size_t t = 0; t < g.tests; ++t)
                    if (runs(g, g.test[t], f) && (!uses_limit(f.kind) || g.test[t].limit == limit_base + f.slot)) ++found;
            }
            ok = ok && found == 1;
        }
        limit_base += limit_slots<D>();
        reads |= reads_of<D>();
    };
    (check_rule.template operator()<Rules>(), ...);
    std::size_t tests = plan.limit_group.tests;
    std::uint64_t ored = 0;
    for (std::size_t gi = 0; gi < plan.group_count; ++gi) {
        const kernel_group& g = plan.groups[gi];
        tests += g.tests;
        for (std::size_t k = 0; k < g.columns; ++k) {
            if (((g.presence >> k) & 1U) == 0) continue;
            const std::uint64_t bit = std::uint64_t{1} << g.column[k];
            ok = ok && (ored & bit) == 0;
            ored |= bit;
        }
    }
    if (all_read) must |= reads;
    return ok && tests == faces && ored == must && plan.limit_count == limit_base;
}

/// Kernel G of the plan of Table; `limit_kernel` names the regime tests' kernel.
inline constexpr std::size_t limit_kernel = screen_max_groups;
template <class Table, std::size_t G>
[[nodiscard]] constexpr const kernel_group& group_of() noexcept {
    if constexpr (G == limit_kernel) return screen_plan_of<Table>.limit_group;
    else return screen_plan_of<Table>.groups[G];
}

/// Each rule's face_limits under R, lined up as the plan numbers them.
template <class R, class... Rules, std::size_t N>
constexpr void fill_limits(rule_table<Rules...>, std::array<face_limit, N>& out) {
    std::size_t at = 0;
    auto add = [&]<class D>() {
        constexpr std::size_t slots = limit_slots<D>();
        if constexpr (slots != 0) {
            const auto mine = D::template screen_limits<R>();
            static_assert(std::tuple_size_v<decltype(mine)> >= slots,
                          "suara: a rule's screen names a limit its screen_limits<R>() lacks");
            for (std::size_t i = 0; i < slots; ++i) out[at + i] = mine[i];
            at += slots;
        }
    };
    (add.template operator()<Rules>(), ...);
}

}  // namespace detail

/// The regime figures the screen of `Table` compares with, for one contest.
template <class Table>
struct basic_screen_limits {
    std::array<face_limit, detail::screen_plan_of<Table>.limit_count> values{};  ///< in the plan's order of limit tests
};
/// Limits per contest (index: kontes).
template <class Table>
using basic_screen_table = std::array<basic_screen_limits<Table>, kontes_count>;

/// The limits of the catalogue's screen, for one contest.
using screen_limits = basic_screen_limits<catalogue_rule_table>;
/// The limits of the catalogue's screen, per contest.
using screen_table = basic_screen_table<catalogue_rule_table>;

/// The figures of regime R for the screen of `Table` (the catalogue's by default).
template <class R, class Table = catalogue_rule_table>
[[nodiscard]] constexpr basic_screen_limits<Table> screen_limits_of() noexcept {
    basic_screen_limits<Table> out;
    detail::fill_limits<R>(Table{}, out.values);
    return out;
}

namespace detail {

using col_ptr = const std::uint32_t* __restrict;
using acc_ptr = std::uint32_t* __restrict;
template <class T, std::size_t>
using column_arg = T;

/// The regime figures of one limit test, as its kernel reads them.
struct limit_constants {
    std::int64_t value = 0;  ///< ceiling or threshold
    std::int64_t num = 0, den = 1, add = 0;  ///< allocation: reserve = floor((dpt * num + add) / den)
    std::uint32_t with_dptb = 0;             ///< allocation: all ones when DPTb is allocated for
};

constexpr limit_constants constants_of(const face_limit& l) noexcept {
    limit_constants k;
    k.value = l.value > static_cast<count_rep>(std::numeric_limits<std::int64_t>::max())
                  ? std::numeric_limits<std::int64_t>::max()
                  : static_cast<std::int64_t>(l.value);
    k.num = static_cast<std::int64_t>(l.rate.numerator);
    k.den = l.rate.denominator == 0 ? 1 : static_cast<std::int64_t>(l.rate.denominator);
    k.add = l.reserve_rounding == rounding::up ? k.den - 1 : l.reserve_rounding == rounding::nearest ? k.den / 2 : 0;
    k.with_dptb = l.with_dptb ? ~std::uint32_t{0} : 0U;
    return k;
}

/// One test of a kernel on one row's figures `v`: non-zero when it fails.
template <class Table, std::size_t G, std::size_t T>
[[gnu::always_inline]] inline std::uint32_t test_bits(const std::uint32_t* v, const limit_constants* k) noexcept {
    constexpr kernel_test t = group_of<Table, G>().test[T];
    if constexpr (t.kind == face_kind::zero_or_missing) {
        return (v[t.l[0]] + 1U) >> 1;  // 0 exactly for 0 and missing_figure
    } else if constexpr (t.kind == face_kind::at_most_limit) {
        return static_cast<std::uint32_t>(std::int64_t{v[t.l[0]]} > k[T].value);
    } else if constexpr (t.kind == face_kind::differs_or_below) {
        return static_cast<std::uint32_t>(v[t.l[0]] == v[t.r[0]]) & static_cast<std::uint32_t>(std::int64_t{v[t.r[0]]} >= k[T].value);
    } else if constexpr (t.kind == face_kind::allocation) {
        // r = received - dpt [- dptb] equals floor((dpt * num + add) / den) exactly when
        // r * den <= dpt * num + add < (r + 1) * den: no division.
        const std::int64_t d = v[t.r[0]];
        const std::int64_t r = std::int64_t{v[t.l[0]]} - d - std::int64_t{v[t.r[1]] & k[T].with_dptb};
        const std::int64_t q = d * k[T].num + k[T].add;
        return (static_cast<std::uint32_t>(r * k[T].den <= q) & static_cast<std::uint32_t>(q < r * k[T].den + k[T].den)) ^ 1U;
    } else {
        std::uint32_t lhs = 0, rhs = 0;
        for (std::size_t i = 0; i < t.nl; ++i) lhs += v[t.l[i]];
        for (std::size_t i = 0; i < t.nr; ++i) rhs += v[t.r[i]];
        if constexpr (t.kind == face_kind::equal) return lhs ^ rhs;
        else return (rhs - lhs) >> 31;  // lhs > rhs; exact below 2^31
    }
}

/// The loop of one kernel: its columns read once per row, every test folded into `bad`, the
/// figures that must be written into `big`.
template <class Table, std::size_t G, std::size_t... C>
[[gnu::always_inline]] inline void kernel_loop(acc_ptr big, acc_ptr bad, std::size_t n, const limit_constants* limits,
                                               column_arg<col_ptr, C>... col) noexcept {
    constexpr const kernel_group& g = group_of<Table, G>();
    limit_constants k[g.tests == 0 ? 1 : g.tests]{};
    if constexpr (G == limit_kernel)
        for (std::size_t t = 0; t < g.tests; ++t) k[t] = limits[t];
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t v[] = {col[i]...};
        std::uint32_t b = 0;
        [&]<std::size_t... T>(std::index_sequence<T...>) SUARA_DETAIL_ALWAYS_INLINE {
            ((b |= test_bits<Table, G, T>(v, k)), ...);
        }(std::make_index_sequence<group_of<Table, G>().tests>{});
        if constexpr (g.presence != 0) {
            std::uint32_t p = 0;
            ((p |= ((g.presence >> C) & 1U) != 0 ? v[C] : 0U), ...);
            big[i] |= p;
        }
        bad[i] |= b;
    }
}

/// The regime tests' loop over a block of several contests: each row reads its contest's
/// figures (`per_contest`, by kontes) instead of the block's.
template <class Table, std::size_t... C>
[[gnu::always_inline]] inline void mixed_limit_loop(acc_ptr bad, std::size_t n, const limit_constants* per_contest,
                                                    const kontes* __restrict contest, column_arg<col_ptr, C>... col) noexcept {
    constexpr std::size_t tests = group_of<Table, limit_kernel>().tests;
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t v[] = {col[i]...};
        const limit_constants* k = per_contest + static_cast<std::size_t>(contest[i]) * screen_max_limit_tests;
        std::uint32_t b = 0;
        [&]<std::size_t... T>(std::index_sequence<T...>) SUARA_DETAIL_ALWAYS_INLINE {
            ((b |= test_bits<Table, limit_kernel, T>(v, k)), ...);
        }(std::make_index_sequence<tests>{});
        bad[i] |= b;
    }
}
template <class Table, std::size_t... C>
[[gnu::noinline]] void mixed_limit_kernel(acc_ptr bad, std::size_t n, const limit_constants* per_contest,
                                          const kontes* __restrict contest, std::index_sequence<C...>,
                                          column_arg<col_ptr, C>... col) noexcept {
    mixed_limit_loop<Table, C...>(bad, n, per_contest, contest, col...);
}

// Each kernel is a function of its own (GCC 12 does not vectorise these loops when they sit
// inside the loop over kernels), compiled twice: for the baseline and for x86-64-v4, picked at
// run time (measured on the national batch, one thread: 10-15 % less time with AVX-512).
template <class Table, std::size_t G, std::size_t... C>
[[gnu::noinline]] void kernel(acc_ptr big, acc_ptr bad, std::size_t n, const limit_constants* limits,
                              std::index_sequence<C...>, column_arg<col_ptr, C>... col) noexcept {
    kernel_loop<Table, G, C...>(big, bad, n, limits, col...);
}
#if defined(SUARA_HAS_AVX512_BODIES)
template <class Table, std::size_t G, std::size_t... C>
[[gnu::noinline]] SUARA_X86_64_V4_TARGET void kernel_wide(acc_ptr big, acc_ptr bad, std::size_t n,
                                                          const limit_constants* limits, std::index_sequence<C...>,
                                                          column_arg<col_ptr, C>... col) noexcept {
    kernel_loop<Table, G, C...>(big, bad, n, limits, col...);
}
#endif

/// The candidate columns c, c + 1, c + 2 of a block summed into `sum` and ORed into `big` (the
/// first call of a block stores instead, `first`); 0 past each row's count.
[[gnu::always_inline]] inline void candidate_loop(acc_ptr big, acc_ptr sum, col_ptr v0, col_ptr v1, col_ptr v2,
                                                  const std::uint8_t* __restrict count, std::uint32_t c, std::uint32_t width,
                                                  bool first, std::size_t n) noexcept {
    if (first) {
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint32_t k = count[i];
            const std::uint32_t x0 = v0[i] & (0U - static_cast<std::uint32_t>(c < k));
            const std::uint32_t x1 = width > 1 ? v1[i] & (0U - static_cast<std::uint32_t>(c + 1 < k)) : 0U;
            const std::uint32_t x2 = width > 2 ? v2[i] & (0U - static_cast<std::uint32_t>(c + 2 < k)) : 0U;
            big[i] = x0 | x1 | x2;
            sum[i] = x0 + x1 + x2;
        }
    } else {
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint32_t k = count[i];
            const std::uint32_t x0 = v0[i] & (0U - static_cast<std::uint32_t>(c < k));
            const std::uint32_t x1 = width > 1 ? v1[i] & (0U - static_cast<std::uint32_t>(c + 1 < k)) : 0U;
            const std::uint32_t x2 = width > 2 ? v2[i] & (0U - static_cast<std::uint32_t>(c + 2 < k)) : 0U;
            big[i] |= x0 | x1 | x2;
            sum[i] += x0 + x1 + x2;
        }
    }
}
/// The blank column, and the start of `bad`: a row without a vote column goes to the catalogue.
[[gnu::always_inline]] inline void blank_loop(acc_ptr big, acc_ptr sum, acc_ptr bad, col_ptr blank,
                                              const std::uint8_t* __restrict has_blank, const std::uint8_t* __restrict count,
                                              std::size_t n) noexcept {
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t x = blank[i] & (0U - static_cast<std::uint32_t>(has_blank[i] != 0));
        big[i] |= x;
        sum[i] += x;
        bad[i] = static_cast<std::uint32_t>(count[i] == 0);
    }
}
[[gnu::noinline]] inline void candidates(acc_ptr big, acc_ptr sum, col_ptr v0, col_ptr v1, col_ptr v2,
                                         const std::uint8_t* __restrict count, std::uint32_t c, std::uint32_t width,
                                         bool first, std::size_t n) noexcept {
    candidate_loop(big, sum, v0, v1, v2, count, c, width, first, n);
}
[[gnu::noinline]] inline void blank(acc_ptr big, acc_ptr sum, acc_ptr bad, col_ptr blank_votes,
                                    const std::uint8_t* __restrict has_blank, const std::uint8_t* __restrict count,
                                    std::size_t n) noexcept {
    blank_loop(big, sum, bad, blank_votes, has_blank, count, n);
}
#if defined(SUARA_HAS_AVX512_BODIES)
[[gnu::noinline]] SUARA_X86_64_V4_TARGET inline void candidates_wide(acc_ptr big, acc_ptr sum, col_ptr v0, col_ptr v1,
                                                                     col_ptr v2, const std::uint8_t* __restrict count,
                                                                     std::uint32_t c, std::uint32_t width, bool first,
                                                                     std::size_t n) noexcept {
    candidate_loop(big, sum, v0, v1, v2, count, c, width, first, n);
}
[[gnu::noinline]] SUARA_X86_64_V4_TARGET inline void blank_wide(acc_ptr big, acc_ptr sum, acc_ptr bad, col_ptr blank_votes,
                                                                const std::uint8_t* __restrict has_blank,
                                                                const std::uint8_t* __restrict count, std::size_t n) noexcept {
    blank_loop(big, sum, bad, blank_votes, has_blank, count, n);
}
#endif

template <class Table, bool Wide, std::size_t G, std::size_t... C>
inline void run_kernel(std::uint32_t* big, std::uint32_t* bad, std::size_t n, const limit_constants* limits,
                       std::index_sequence<C...> cs, const std::array<const std::uint32_t*, sizeof...(C)>& cols) noexcept {
#if defined(SUARA_HAS_AVX512_BODIES)
    if constexpr (Wide) {
        kernel_wide<Table, G, C...>(big, bad, n, limits, cs, cols[C]...);
        return;
    }
#endif
    kernel<Table, G, C...>(big, bad, n, limits, cs, cols[C]...);
}

/// The columns of kernel G for rows [begin, begin + n): fields, or the block's candidate sum.
template <class Table, std::size_t G, std::size_t... C>
inline std::array<const std::uint32_t*, sizeof...(C)> kernel_columns(const sheet_batch& b, std::size_t begin,
                                                                      const std::uint32_t* sum, std::index_sequence<C...>) {
    constexpr const kernel_group& g = group_of<Table, G>();
    return {(g.column[C] == candidate_sum_ref ? sum : b.column(static_cast<field>(g.column[C])).data() + begin)...};
}

template <class Table, bool Wide>
void screen_rows_with(const sheet_batch& b, std::size_t begin, std::size_t end, const basic_screen_table<Table>& limits,
                      std::span<std::uint8_t> keep) {
    static_assert(plan_covers(screen_plan_of<Table>, Table{}),
                  "suara: the screen's kernels do not run every face test of the table once");
    const std::size_t n = end - begin;
    // Local 32-bit accumulators (they alias no column, and have the columns' lane width):
    //  - `big` ORs every figure that must be written: one is missing or too large iff big >> 26 != 0;
    //  - `bad` ORs each test's failure: a ^ b (non-zero iff a != b), sign bits of differences.
    // The candidate step writes all three first, so that none is filled with zeros.
    std::array<std::uint32_t, screen_block> big_a, bad_a, sum_a;
    std::uint32_t* big = big_a.data();
    std::uint32_t* bad = bad_a.data();
    std::uint32_t* sum = sum_a.data();

    // The vote columns: the candidate sum (the blank column included) and their presence.
    {
        const std::uint8_t* count = b.candidate_counts().data() + begin;
        const std::size_t columns = b.candidate_columns();
        if (columns == 0) {
            std::fill_n(big, n, 0U);
            std::fill_n(sum, n, 0U);
        }
        for (std::size_t c = 0; c < columns; c += 3) {
            const auto width = static_cast<std::uint32_t>(std::min<std::size_t>(3, columns - c));
            const std::uint32_t* v0 = b.candidate_column(c).data() + begin;
            const std::uint32_t* v1 = width > 1 ? b.candidate_column(c + 1).data() + begin : v0;
            const std::uint32_t* v2 = width > 2 ? b.candidate_column(c + 2).data() + begin : v0;
#if defined(SUARA_HAS_AVX512_BODIES)
            if constexpr (Wide) candidates_wide(big, sum, v0, v1, v2, count, static_cast<std::uint32_t>(c), width, c == 0, n);
            else
#endif
                candidates(big, sum, v0, v1, v2, count, static_cast<std::uint32_t>(c), width, c == 0, n);
        }
#if defined(SUARA_HAS_AVX512_BODIES)
        if constexpr (Wide) blank_wide(big, sum, bad, b.blank_column().data() + begin, b.blank_flags().data() + begin, count, n);
        else
#endif
            blank(big, sum, bad, b.blank_column().data() + begin, b.blank_flags().data() + begin, count, n);
    }

    // The tests between figures, kernel by kernel.
    [&]<std::size_t... G>(std::index_sequence<G...>) {
        (
            [&] {
                constexpr auto cs = std::make_index_sequence<screen_plan_of<Table>.groups[G].columns>{};
                run_kernel<Table, Wide, G>(big, bad, n, nullptr, cs, kernel_columns<Table, G>(b, begin, sum, cs));
            }(),
            ...);
    }(std::make_index_sequence<screen_plan_of<Table>.group_count>{});

    // The tests against the regime's figures: with the block's contest's figures hoisted (a block
    // of one contest, the usual case), else with each row's.
    if constexpr (screen_plan_of<Table>.limit_group.tests != 0) {
        constexpr const kernel_group& g = screen_plan_of<Table>.limit_group;
        constexpr auto cs = std::make_index_sequence<screen_plan_of<Table>.limit_group.columns>{};
        const auto cols = kernel_columns<Table, limit_kernel>(b, begin, sum, cs);
        const kontes* contest = b.contests().data() + begin;
        bool uniform = n > 0;
        for (std::size_t i = 1; i < n; ++i) uniform &= contest[i] == contest[0];
        if (uniform) {
            std::array<limit_constants, screen_max_limit_tests> k{};
            const auto& mine = limits[static_cast<std::size_t>(contest[0])];
            for (std::size_t t = 0; t < g.tests; ++t) k[t] = constants_of(mine.values[g.test[t].limit]);
            run_kernel<Table, Wide, limit_kernel>(big, bad, n, k.data(), cs, cols);
        } else {
            std::array<limit_constants, kontes_count * screen_max_limit_tests> k{};
            for (std::size_t c = 0; c < kontes_count; ++c)
                for (std::size_t t = 0; t < g.tests; ++t)
                    k[c * screen_max_limit_tests + t] = constants_of(limits[c].values[g.test[t].limit]);
            [&]<std::size_t... C>(std::index_sequence<C...>) {
                mixed_limit_kernel<Table, C...>(bad, n, k.data(), contest, cs, cols[C]...);
            }(cs);
        }
    }

    for (std::size_t i = 0; i < n; ++i)
        keep[i] = static_cast<std::uint8_t>(static_cast<unsigned>(bad[i] != 0) | static_cast<unsigned>(too_large(big[i])));
}

}  // namespace detail

/// Sets keep[i] = 1 for each row begin + i (i < end - begin <= screen_block) on which some rule
/// of `Table` may fire, 0 for the rows on which none can; `limits` holds the figures of the
/// regime of each contest (`screen_limits_of<R, Table>()`).
template <class Table>
void screen_rows(const sheet_batch& b, std::size_t begin, std::size_t end, const basic_screen_table<Table>& limits,
                 std::span<std::uint8_t> keep) {
    if constexpr (detail::screen_plan_of<Table>.keep_all) {
        std::fill_n(keep.begin(), end - begin, std::uint8_t{1});
    } else {
#if defined(SUARA_HAS_AVX512_BODIES)
        if (detail::cpu_has_x86_64_v4()) return detail::screen_rows_with<Table, true>(b, begin, end, limits, keep);
#endif
        detail::screen_rows_with<Table, false>(b, begin, end, limits, keep);
    }
}

}  // namespace suara

#endif  // SUARA_BULK_SCREEN_HPP
