// suara — what changed between two scrapes of the same results (docs/cli.md, `suara-audit diff`).
// Distributed under the Boost Software License, Version 1.0.
//
// Sirekap changed its figures for weeks after election day, so an auditor scrapes it again and
// again and asks what moved. Two batches (the older scrape and the newer) are matched by TPS
// code and contest: each side is sorted once by index (no copy of a row), then merged in code
// order, so that a TPS present on both sides is compared figure by figure, and one present on a
// single side has appeared or vanished. For a TPS that changed, the rule catalogue runs on both
// sheets: a rule that fired before and not after was fixed by the change, the reverse broke.
// The figure changes of one TPS go to a buffer reused for the next (no allocation per TPS once
// it has grown). Because the merge runs in code order, every region's TPS are contiguous, so the
// per-region totals are accumulated in a few open accumulators (one per level and contest) and
// closed as the code leaves the region.
//
// A missing figure is never zero: a figure missing on one side and present on the other is a
// change (shown as missing), but moves no votes, since the amount is unknown; such TPS are
// counted as `unknown` per candidate. Votes moved are the changes of TPS present on both sides;
// the votes of TPS that appeared or vanished are totalled apart.
//
// The sign test asks, per candidate, whether the TPS where the candidate's votes went up
// outnumber those where they went down more than chance would make likely (exact binomial,
// p = 1/2, two-sided). A small p-value says the corrections lean one way; it does not say why
// (correcting a systematic reading error leans one way too) and is no proof of anything.
#ifndef SUARA_BULK_SCRAPE_DIFF_HPP
#define SUARA_BULK_SCRAPE_DIFF_HPP

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <numeric>
#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include <suara/bulk/engine.hpp>
#include <suara/core/kontes.hpp>
#include <suara/core/text.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/form/batch.hpp>
#include <suara/form/field.hpp>
#include <suara/form/finding.hpp>
#include <suara/form/rule_id.hpp>
#include <suara/form/sheet.hpp>

namespace suara {

/// How a TPS differs between two scrapes.
enum class tps_change : unsigned char {
    changed,   ///< on both sides, with at least one figure different
    appeared,  ///< only in the newer scrape
    vanished,  ///< only in the older scrape
};

/// "changed", "appeared", "vanished".
[[nodiscard]] constexpr std::string_view to_string(tps_change c) noexcept {
    switch (c) {
    case tps_change::changed: return "changed";
    case tps_change::appeared: return "appeared";
    case tps_change::vanished: return "vanished";
    }
    return "changed";
}

/// Columns a diff compares: every field (form order), the candidate columns, the blank column.
inline constexpr std::size_t diff_column_count = field_count + max_candidates + 1;
/// The first candidate column's index among the diff columns.
inline constexpr std::size_t diff_first_vote_column = field_count;
/// The blank column's index among the diff columns.
inline constexpr std::size_t diff_blank_column = field_count + max_candidates;
/// Vote columns a diff totals: the candidates, then the blank column.
inline constexpr std::size_t diff_vote_columns = max_candidates + 1;

/// The name of diff column `c`: a field's ("suara_sah"), "suara_1" ..., or "suara_kosong".
[[nodiscard]] constexpr std::string_view diff_column_name(std::size_t c) noexcept {
    if (c < field_count) return field_names[c];
    if (c < diff_blank_column) return candidate_column_names[c - field_count];
    return blank_column_name;
}

/// The name of vote column `v` (0-based candidate, or max_candidates for the blank column).
[[nodiscard]] constexpr std::string_view vote_column_name(std::size_t v) noexcept {
    return diff_column_name(diff_first_vote_column + v);
}

/// One figure of a TPS that differs between the scrapes; `missing_figure` when a side lacks it.
struct figure_change {
    std::uint16_t column = 0;             ///< The diff column (diff_column_name).
    std::uint32_t before = missing_figure;  ///< In the older scrape.
    std::uint32_t after = missing_figure;   ///< In the newer scrape.
    /// The column's name.
    [[nodiscard]] constexpr std::string_view name() const noexcept { return diff_column_name(column); }
    /// after - before; nullopt when a side is missing (a missing figure is not zero).
    [[nodiscard]] constexpr std::optional<std::int64_t> delta() const noexcept {
        if (before == missing_figure || after == missing_figure) return std::nullopt;
        return std::int64_t{after} - std::int64_t{before};
    }
};

/// One TPS (and contest) that changed, appeared or vanished. Views are valid during the call
/// that delivers it only (they point into the batches and into the differ's reused buffer).
struct tps_diff {
    tps_code code;                       ///< The TPS.
    kontes contest = kontes::ppwp;       ///< The contest.
    tps_change change = tps_change::changed;  ///< How it differs.
    std::string_view ts_before;    ///< The older record's time stamp (sheet_batch::origin); "" when none.
    std::string_view ts_after;     ///< The newer record's.
    std::string_view file_before;  ///< The older record's own file; "" when none.
    std::string_view file_after;   ///< The newer record's.
    /// The figures that differ (changed), or every figure present (appeared: as `after`;
    /// vanished: as `before`), in column order.
    std::span<const figure_change> figures;
    rule_set fired_before;  ///< Rules firing on the older sheet (empty when it appeared).
    rule_set fired_after;   ///< Rules firing on the newer sheet (empty when it vanished).
    /// Rules the change fixed: fired before, not after (changed TPS only).
    [[nodiscard]] constexpr rule_set fixed() const noexcept { return minus_(fired_before, fired_after); }
    /// Rules the change broke: fired after, not before (changed TPS only).
    [[nodiscard]] constexpr rule_set broke() const noexcept { return minus_(fired_after, fired_before); }

private:
    [[nodiscard]] constexpr rule_set minus_(rule_set a, rule_set b) const noexcept {
        rule_set out;
        if (change != tps_change::changed) return out;
        for (std::size_t i = 0; i < rule_count; ++i) {
            const auto r = static_cast<rule_id>(i);
            if (a.contains(r) && !b.contains(r)) out.insert(r);
        }
        return out;
    }
};

/// The exact two-sided binomial p-value of `k` successes in `n` trials with p = 1/2 (the sign
/// test): the probability of an outcome at least as far from n/2 as `k`. 1 when n is 0.
[[nodiscard]] inline double sign_test_p_value(std::uint64_t k, std::uint64_t n) noexcept {
    if (n == 0 || k > n) return 1.0;
    const std::uint64_t m = std::min(k, n - k);
    if (2 * m == n) return 1.0;
    // P(X <= m) = sum_{i<=m} C(n,i) / 2^n: the largest term in logarithms, the others as ratios
    // of it (term(i-1) = term(i) * i / (n-i+1)), so that nothing overflows for a national n.
    const double dn = static_cast<double>(n);
    const double dm = static_cast<double>(m);
    const double log_top = std::lgamma(dn + 1) - std::lgamma(dm + 1) - std::lgamma(dn - dm + 1) - dn * std::log(2.0);
    double sum = 1.0;
    double term = 1.0;
    for (std::uint64_t i = m; i > 0; --i) {
        term *= static_cast<double>(i) / (dn - static_cast<double>(i) + 1);
        sum += term;
        if (term < sum * 1e-18) break;
    }
    return std::min(1.0, 2.0 * std::exp(log_top) * sum);
}

/// Per contest and vote column: the votes the changes moved and the sign test over the TPS.
struct candidate_shift {
    kontes contest = kontes::ppwp;  ///< The contest.
    std::size_t column = 0;         ///< 0-based candidate, or max_candidates for the blank column.
    std::int64_t net = 0;           ///< Sum of after - before over the changed TPS with both sides known.
    std::uint64_t increased = 0;    ///< Changed TPS where this column went up.
    std::uint64_t decreased = 0;    ///< Changed TPS where it went down.
    std::uint64_t unknown = 0;      ///< Changed TPS where it is missing on one side only.
    std::uint64_t appeared_votes = 0;  ///< Votes (known figures) of the TPS that appeared.
    std::uint64_t vanished_votes = 0;  ///< Votes (known figures) of the TPS that vanished.
    /// The column's name ("suara_2", "suara_kosong").
    [[nodiscard]] constexpr std::string_view name() const noexcept { return vote_column_name(column); }
    /// The sign test's two-sided p-value (1 when no TPS moved this column).
    [[nodiscard]] double p_value() const noexcept { return sign_test_p_value(increased, increased + decreased); }
};

/// Per region (each level) and contest: how many TPS changed, appeared, vanished, and the net
/// votes the changes moved per vote column.
struct region_shift {
    region_level level = region_level::province;  ///< 2, 4, 6 or 10 digits.
    std::uint64_t code = 0;                       ///< The region's code at that level.
    kontes contest = kontes::ppwp;                ///< The contest.
    std::uint64_t changed = 0;                    ///< TPS that changed.
    std::uint64_t appeared = 0;                   ///< TPS that appeared.
    std::uint64_t vanished = 0;                   ///< TPS that vanished.
    std::size_t candidates = 0;                   ///< Candidate columns of its widest sheet.
    bool blank = false;                           ///< True when a sheet of it has a blank column.
    std::array<std::int64_t, diff_vote_columns> net{};  ///< Net votes moved per vote column (blank: max_candidates).
    /// Calls `f(std::size_t column)` for each vote column in use: the candidates, then the blank.
    template <class F>
    void for_each_column(F&& f) const {
        for (std::size_t v = 0; v < candidates; ++v) f(v);
        if (blank) f(std::size_t{max_candidates});
    }
};

/// The counts of a diff.
struct scrape_diff_summary {
    std::uint64_t before = 0;      ///< TPS (and contest) in the older scrape.
    std::uint64_t after = 0;       ///< In the newer scrape.
    std::uint64_t unchanged = 0;   ///< On both sides with every figure equal.
    std::uint64_t restamped = 0;   ///< Of those, with a different `ts`.
    std::uint64_t changed = 0;     ///< On both sides with a figure different.
    std::uint64_t appeared = 0;    ///< Only in the newer scrape.
    std::uint64_t vanished = 0;    ///< Only in the older scrape.
    std::uint64_t duplicates_before = 0;  ///< Rows of the older scrape superseded by a later row of the same TPS and contest.
    std::uint64_t duplicates_after = 0;   ///< The same in the newer scrape.
    std::uint64_t tps_fixed = 0;   ///< Changed TPS on which the change fixed at least one rule.
    std::uint64_t tps_broke = 0;   ///< Changed TPS on which it broke at least one.
    std::array<std::uint64_t, rule_count> fixed{};  ///< Per rule: changed TPS where it stopped firing.
    std::array<std::uint64_t, rule_count> broke{};  ///< Per rule: changed TPS where it started.
};

/// The rows of a batch in (TPS code, contest) order, a later row of the same key superseding an
/// earlier one; returns the number of rows superseded.
[[nodiscard]] inline std::uint64_t diff_order(const sheet_batch& b, std::vector<std::uint32_t>& order) {
    order.resize(b.size());
    std::iota(order.begin(), order.end(), std::uint32_t{0});
    const auto codes = b.codes();
    const auto contests = b.contests();
    auto key_less = [&](std::uint32_t x, std::uint32_t y) {
        if (codes[x] != codes[y]) return codes[x] < codes[y];
        return contests[x] < contests[y];
    };
    std::stable_sort(order.begin(), order.end(), key_less);
    // Keep the last of each run of equal keys (stable: the last in input order).
    std::size_t out = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i + 1 < order.size() && !key_less(order[i], order[i + 1])) continue;
        order[out++] = order[i];
    }
    const std::uint64_t superseded = order.size() - out;
    order.resize(out);
    return superseded;
}

/// Compares two scrapes (docs/cli.md, `suara-audit diff`) with the rule catalogue of `Engine`
/// (bulk/engine.hpp: any engine with `fired(row, rules)`).
template <class Engine = contest_engine>
class scrape_differ {
public:
    /// A differ whose identities are the rules of `rules` under `engine`.
    explicit scrape_differ(Engine engine = Engine{}, rule_set rules = rule_set::all()) : engine_{std::move(engine)}, rules_{rules} {}

    /// Compares `before` (the older scrape) with `after`, calling `on_tps(const tps_diff&)` for
    /// every TPS that changed, appeared or vanished, in (TPS code, contest) order. The totals
    /// (summary, candidates, regions) are those of this call.
    template <class Sink>
    void diff(const sheet_batch& before, const sheet_batch& after, Sink&& on_tps) {
        summary_ = {};
        shifts_ = {};
        used_ = {};
        regions_.clear();
        for (auto& level : open_) level = {};
        summary_.duplicates_before = diff_order(before, order_before_);
        summary_.duplicates_after = diff_order(after, order_after_);
        summary_.before = order_before_.size();
        summary_.after = order_after_.size();
        const auto cb = before.codes(), ca = after.codes();
        const auto kb = before.contests(), ka = after.contests();
        std::size_t i = 0, j = 0;
        while (i < order_before_.size() || j < order_after_.size()) {
            const bool has_b = i < order_before_.size(), has_a = j < order_after_.size();
            int side = 0;  // <0: only before, >0: only after, 0: both
            if (has_b && has_a) {
                const auto x = order_before_[i], y = order_after_[j];
                if (cb[x] != ca[y]) side = cb[x] < ca[y] ? -1 : 1;
                else if (kb[x] != ka[y]) side = kb[x] < ka[y] ? -1 : 1;
            } else {
                side = has_b ? -1 : 1;
            }
            if (side < 0) one_side_(before, order_before_[i++], tps_change::vanished, on_tps);
            else if (side > 0) one_side_(after, order_after_[j++], tps_change::appeared, on_tps);
            else both_(before, order_before_[i++], after, order_after_[j++], on_tps);
        }
        for (std::size_t l = 0; l < levels_.size(); ++l) close_(l);
        std::sort(regions_.begin(), regions_.end(), [](const region_shift& x, const region_shift& y) {
            if (x.level != y.level) return x.level < y.level;
            if (x.code != y.code) return x.code < y.code;
            return x.contest < y.contest;
        });
    }

    /// The counts of the last diff.
    [[nodiscard]] const scrape_diff_summary& summary() const noexcept { return summary_; }

    /// Per contest and vote column touched by the last diff (a change, an appeared or vanished
    /// TPS with votes in it), in contest then column order.
    [[nodiscard]] std::vector<candidate_shift> candidates() const {
        std::vector<candidate_shift> out;
        for (std::size_t k = 0; k < kontes_count; ++k)
            for (std::size_t v = 0; v < diff_vote_columns; ++v)
                if (used_[k][v]) {
                    candidate_shift s = shifts_[k][v];
                    s.contest = static_cast<kontes>(k);
                    s.column = v;
                    out.push_back(s);
                }
        return out;
    }

    /// Per region (province, regency, district, village) and contest with a TPS that changed,
    /// appeared or vanished, ordered by level, code and contest.
    [[nodiscard]] const std::vector<region_shift>& regions() const noexcept { return regions_; }

private:
    static constexpr std::array<region_level, 4> levels_{region_level::province, region_level::regency,
                                                         region_level::district, region_level::village};
    struct open_region {
        bool open = false;
        std::uint64_t code = 0;
        std::array<region_shift, kontes_count> by_contest{};
        std::array<bool, kontes_count> touched{};
    };

    static std::uint32_t value_(const sheet_batch& b, std::size_t row, std::size_t c) {
        if (c < field_count) return b.column(static_cast<field>(c))[row];
        if (c < diff_blank_column) {
            const std::size_t v = c - field_count;
            return v < b.candidate_counts()[row] ? b.candidate_column(v)[row] : missing_figure;
        }
        return b.blank_flags()[row] != 0 ? b.blank_column()[row] : missing_figure;
    }

    // Widens region accumulator `s` to the vote columns of row `row`.
    static void widen_(region_shift& s, const sheet_batch& b, std::size_t row) {
        s.candidates = std::max<std::size_t>(s.candidates, b.candidate_counts()[row]);
        s.blank = s.blank || b.blank_flags()[row] != 0;
    }

    void close_(std::size_t l) {
        auto& o = open_[l];
        if (!o.open) return;
        for (std::size_t k = 0; k < kontes_count; ++k)
            if (o.touched[k]) regions_.push_back(o.by_contest[k]);
        o = {};
    }

    // The accumulators of every level for the TPS `code`, closing the regions it has left.
    void enter_(tps_code code, kontes k) {
        for (std::size_t l = 0; l < levels_.size(); ++l) {
            const std::uint64_t r = code.region(levels_[l]);
            auto& o = open_[l];
            if (o.open && o.code != r) close_(l);
            if (!o.open) {
                o.open = true;
                o.code = r;
            }
            auto& s = o.by_contest[static_cast<std::size_t>(k)];
            if (!o.touched[static_cast<std::size_t>(k)]) {
                o.touched[static_cast<std::size_t>(k)] = true;
                s.level = levels_[l];
                s.code = r;
                s.contest = k;
            }
        }
    }

    template <class Sink>
    void one_side_(const sheet_batch& b, std::size_t row, tps_change change, Sink& on_tps) {
        const tps_code code = b.codes()[row];
        const kontes k = b.contests()[row];
        changes_.clear();
        for (std::size_t c = 0; c < diff_column_count; ++c) {
            const std::uint32_t v = value_(b, row, c);
            if (v == missing_figure) continue;
            figure_change fc;
            fc.column = static_cast<std::uint16_t>(c);
            (change == tps_change::appeared ? fc.after : fc.before) = v;
            changes_.push_back(fc);
        }
        enter_(code, k);
        const std::size_t ki = static_cast<std::size_t>(k);
        for (std::size_t l = 0; l < levels_.size(); ++l) {
            auto& s = open_[l].by_contest[ki];
            (change == tps_change::appeared ? s.appeared : s.vanished) += 1;
            widen_(s, b, row);
        }
        for (std::size_t v = 0; v < diff_vote_columns; ++v) {
            const std::uint32_t x = value_(b, row, diff_first_vote_column + v);
            if (x == missing_figure) continue;
            used_[ki][v] = true;
            (change == tps_change::appeared ? shifts_[ki][v].appeared_votes : shifts_[ki][v].vanished_votes) += x;
        }
        (change == tps_change::appeared ? summary_.appeared : summary_.vanished) += 1;
        const auto origin = b.origin(row);
        tps_diff d;
        d.code = code;
        d.contest = k;
        d.change = change;
        if (change == tps_change::appeared) {
            d.ts_after = origin.ts;
            d.file_after = origin.file;
            d.fired_after = engine_.fired(b.row(row), rules_);
        } else {
            d.ts_before = origin.ts;
            d.file_before = origin.file;
            d.fired_before = engine_.fired(b.row(row), rules_);
        }
        d.figures = changes_;
        on_tps(std::as_const(d));
    }

    template <class Sink>
    void both_(const sheet_batch& b, std::size_t rb, const sheet_batch& a, std::size_t ra, Sink& on_tps) {
        changes_.clear();
        for (std::size_t c = 0; c < diff_column_count; ++c) {
            const std::uint32_t x = value_(b, rb, c), y = value_(a, ra, c);
            if (x != y) changes_.push_back({static_cast<std::uint16_t>(c), x, y});
        }
        const auto ob = b.origin(rb), oa = a.origin(ra);
        if (changes_.empty()) {
            ++summary_.unchanged;
            if (ob.ts != oa.ts) ++summary_.restamped;
            return;
        }
        ++summary_.changed;
        const tps_code code = a.codes()[ra];
        const kontes k = a.contests()[ra];
        const std::size_t ki = static_cast<std::size_t>(k);
        enter_(code, k);
        for (std::size_t l = 0; l < levels_.size(); ++l) {
            auto& s = open_[l].by_contest[ki];
            ++s.changed;
            widen_(s, b, rb);
            widen_(s, a, ra);
        }
        for (const auto& fc : changes_) {
            if (fc.column < diff_first_vote_column) continue;
            const std::size_t v = fc.column - diff_first_vote_column;
            auto& sh = shifts_[ki][v];
            used_[ki][v] = true;
            const auto delta = fc.delta();
            if (!delta) {
                ++sh.unknown;
                continue;
            }
            sh.net += *delta;
            (*delta > 0 ? sh.increased : sh.decreased) += 1;
            for (std::size_t l = 0; l < levels_.size(); ++l) open_[l].by_contest[ki].net[v] += *delta;
        }
        tps_diff d;
        d.code = code;
        d.contest = k;
        d.change = tps_change::changed;
        d.ts_before = ob.ts;
        d.ts_after = oa.ts;
        d.file_before = ob.file;
        d.file_after = oa.file;
        d.fired_before = engine_.fired(b.row(rb), rules_);
        d.fired_after = engine_.fired(a.row(ra), rules_);
        d.figures = changes_;
        bool any_fixed = false, any_broke = false;
        const rule_set fixed = d.fixed(), broke = d.broke();
        for (std::size_t r = 0; r < rule_count; ++r) {
            if (fixed.contains(static_cast<rule_id>(r))) {
                ++summary_.fixed[r];
                any_fixed = true;
            }
            if (broke.contains(static_cast<rule_id>(r))) {
                ++summary_.broke[r];
                any_broke = true;
            }
        }
        summary_.tps_fixed += any_fixed ? 1 : 0;
        summary_.tps_broke += any_broke ? 1 : 0;
        on_tps(std::as_const(d));
    }

    Engine engine_;
    rule_set rules_;
    scrape_diff_summary summary_;
    std::array<std::array<candidate_shift, diff_vote_columns>, kontes_count> shifts_{};
    std::array<std::array<bool, diff_vote_columns>, kontes_count> used_{};
    std::vector<region_shift> regions_;
    std::array<open_region, 4> open_{};
    std::vector<std::uint32_t> order_before_, order_after_;
    std::vector<figure_change> changes_;  // reused from TPS to TPS
};

}  // namespace suara

#endif  // SUARA_BULK_SCRAPE_DIFF_HPP
