// suara — the bulk validator: the whole rule catalogue over a columnar batch, on all cores.
// Distributed under the Boost Software License, Version 1.0.
//
// Two passes per row, so that the common case stays cheap: `fired` (a bit set of the rules that
// fire, no findings built) for every row, then `check` (the findings, with their figures) only
// for the rows that fired something. Rows are split into contiguous parts, one per thread, and
// the parts are merged in row order, so the findings and the summary are the same for any thread
// count. The rules themselves come from an engine (bulk/engine.hpp: one regime, or the regime
// by contest), so this header does not depend on the catalogue.
#ifndef SUARA_BULK_VALIDATOR_HPP
#define SUARA_BULK_VALIDATOR_HPP

#include <algorithm>
#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <span>
#include <stdexcept>
#include <thread>
#include <utility>
#include <vector>

#include <suara/form/batch.hpp>
#include <suara/bulk/screen.hpp>
#include <suara/bulk/summary.hpp>
#include <suara/detail/threads.hpp>
#include <suara/form/finding.hpp>
#include <suara/form/rule_id.hpp>

namespace suara {

/// What a rule engine offers the validator: the cheap pass and the full one, on a batch row.
template <class E>
concept rule_engine = requires(const E& e, const sheet_batch::row_ref& r, rule_set rs, void (*sink)(const finding&)) {
    { e.fired(r, rs) } -> std::same_as<rule_set>;
    e.check(r, sink, rs);
};

/// How the validator runs: threads, rules and the column screen.
struct validate_options {
    /// Worker threads; 0 = all cores (std::thread::hardware_concurrency).
    unsigned threads = 0;
    /// The rules to apply.
    rule_set rules = rule_set::all();
    /// Screen blocks of rows column by column first (bulk/screen.hpp) when the engine offers it;
    /// off, every row goes to the catalogue. The results are the same either way.
    bool screen = true;
};

namespace detail {
// Below this many rows per part a thread costs more than it saves.
inline constexpr std::size_t min_rows_per_part = 8192;
}  // namespace detail

/// Validates batches one after another (a whole file, or the chunks of a streaming reader) and
/// keeps the running summary. Findings go to a sink in input order; nothing is kept per row
/// unless asked, so memory stays in proportion to the findings of one chunk.
template <rule_engine Engine>
class bulk_validator {
public:
    /// A validator with `engine`'s rules and these options.
    explicit bulk_validator(Engine engine = {}, validate_options options = {})
        : engine_{std::move(engine)}, options_{options}, threads_{detail::resolve_threads(options.threads)} {}

    /// Validates every row of `batch`; calls `sink(const finding&, std::size_t row)` for each
    /// finding, in row order. When `fired_out` is not empty it receives the fired rules of each
    /// row (it must have batch.size() elements).
    template <class Sink>
    void feed(const sheet_batch& batch, Sink&& sink, std::span<rule_set> fired_out = {}) {
        if (!fired_out.empty() && fired_out.size() != batch.size())
            throw std::invalid_argument("suara::bulk_validator::feed: fired_out must have one element per row");
        const std::size_t n = batch.size();
        if (n == 0) return;
        const std::size_t max_parts = std::max<std::size_t>(1, n / detail::min_rows_per_part);
        const std::size_t parts = std::min<std::size_t>(threads_, max_parts);
        if (parts_.size() < parts) parts_.resize(parts);
        const std::size_t per = n / parts;
        const std::size_t extra = n % parts;
        auto bounds = [&](std::size_t p) {
            const std::size_t b = p * per + std::min(p, extra);
            return std::pair{b, b + per + (p < extra ? 1 : 0)};
        };
        // Part 0 runs on the calling thread and comes first in row order, so its findings go
        // straight to the sink; the other parts keep theirs until part 0 is done.
        auto direct = [&sink](const finding& f, std::size_t row) { sink(f, row); };
        if (parts == 1) {
            run_part(batch, 0, n, parts_[0], fired_out, direct);
        } else {
            std::vector<std::jthread> workers;
            workers.reserve(parts - 1);
            for (std::size_t p = 1; p < parts; ++p) {
                const auto range = bounds(p);
                workers.emplace_back([&, lo = range.first, hi = range.second, p] {
                    auto& part = parts_[p];
                    run_part(batch, lo, hi, part, fired_out, [&part](const finding& f, std::size_t row) {
                        part.findings.push_back(f);
                        part.rows.push_back(row);
                    });
                });
            }
            const auto range = bounds(0);
            run_part(batch, range.first, range.second, parts_[0], fired_out, direct);
            workers.clear();  // joins
        }
        // Merge in part order: identical output for any thread count.
        for (std::size_t p = 0; p < parts; ++p) {
            auto& part = parts_[p];
            if (part.error) std::rethrow_exception(std::exchange(part.error, nullptr));
            for (std::size_t i = 0; i < part.findings.size(); ++i) sink(part.findings[i], part.rows[i]);
            // The first part into an untouched summary is moved, not copied (its per-village
            // counts are as long as the part).
            if (summary_untouched_) summary_ = std::move(part.summary);
            else summary_.merge(part.summary);
            summary_untouched_ = false;
        }
    }

    /// The summary so far, regions sorted.
    [[nodiscard]] const audit_summary& summary() {
        summary_.regions.normalize();
        return summary_;
    }
    /// Adds rows read but rejected by a reader (they count in `read`, not in `validated`).
    void count_rejected(std::uint64_t n) noexcept {
        summary_untouched_ = false;
        summary_.rejected += n;
        summary_.read += n;
    }
    /// Adds the counts of sheets validated elsewhere (the legislative rows, bulk/legislative.hpp).
    void merge_summary(const audit_summary& other) {
        summary_untouched_ = false;
        summary_.merge(other);
    }
    /// Counts a finding made outside the per-sheet pass (the roll-up rules).
    void count_finding(const finding& f) noexcept {
        summary_untouched_ = false;
        summary_.count_finding(f);
    }

    /// The rule engine.
    [[nodiscard]] const Engine& engine() const noexcept { return engine_; }
    /// The options.
    [[nodiscard]] const validate_options& options() const noexcept { return options_; }
    /// Worker threads actually used.
    [[nodiscard]] unsigned threads() const noexcept { return threads_; }

private:
    struct part_state {
        std::vector<finding> findings;
        std::vector<std::size_t> rows;
        audit_summary summary;
        std::exception_ptr error;
    };

    // `out(finding, row)` receives the part's findings in row order.
    template <class Out>
    void run_part(const sheet_batch& batch, std::size_t begin, std::size_t end, part_state& part,
                  std::span<rule_set> fired_out, Out&& out) noexcept {
        part.findings.clear();
        part.rows.clear();
        part.summary = audit_summary{};
        try {
            const rule_set rules = options_.rules;
            auto& s = part.summary;
            // Fields the batch's source never publishes are not "incomplete" (issue 14 item 5):
            // record.incomplete drops them, and goes when nothing else is missing.
            const std::uint64_t unpublished = batch.unpublished_fields();
            // Findings of row i to `out`; returns the rules they name.
            auto check_row = [&](std::size_t i, region_stats& rs) {
                rule_set fired;
                engine_.check(
                    batch.row(i),
                    [&](const finding& found) {
                        finding masked;
                        const finding* fp = &found;
                        if (unpublished != 0 && found.rule == rule_id::record_incomplete && found.user_key.empty()) {
                            masked = found;
                            masked.missing_fields &= ~unpublished;
                            if (masked.missing_fields == 0 && !masked.missing_candidates) return;
                            fp = &masked;
                        }
                        const finding& f = *fp;
                        fired.insert(f.rule);
                        ++s.by_rule[static_cast<std::size_t>(f.rule)];
                        ++s.by_severity[static_cast<std::size_t>(f.level)];
                        ++rs.findings;
                        if (f.level == severity::error) ++rs.errors;
                        out(f, i);
                    },
                    rules);
                return fired;
            };
            // mode 0: the screen cleared the row; 1: the screen kept it (go straight to the
            // findings: on a kept row the cheap pass would only repeat the work); 2: no screen
            // (the cheap pass first, the findings only when something fired).
            auto one_row = [&](std::size_t i, int mode) {
                region_stats rs{1, 0, 0, 0};
                rule_set fired;
                if (mode == 1) {
                    fired = check_row(i, rs);
                } else if (mode == 2 && !engine_.fired(batch.row(i), rules).empty()) {
                    fired = check_row(i, rs);
                }
                if (!fired.empty()) {
                    rs.flagged = 1;
                    ++s.flagged;
                }
                if (!fired_out.empty()) fired_out[i] = fired;
                s.regions.add(batch.codes()[i], rs);
            };
            if constexpr (requires { engine_.screen_limits(); }) {
                if (options_.screen) {
                    const auto table = engine_.screen_limits();
                    std::array<std::uint8_t, screen_block> keep{};
                    const auto codes = batch.codes();
                    for (std::size_t b = begin; b < end; b += screen_block) {
                        const std::size_t e = std::min(end, b + screen_block);
                        screen_rows(batch, b, e, table, keep);
                        // Cleared rows only count towards their village: runs of them are
                        // counted first and added at once (rows come mostly sorted by code).
                        std::size_t i = b;
                        while (i < e) {
                            if (keep[i - b] != 0) {
                                one_row(i++, 1);
                                continue;
                            }
                            // Same village = same code without its last three digits (no division per row).
                            const std::uint64_t lo = codes[i].village() * 1000;
                            const std::size_t first = i;
                            while (i < e && keep[i - b] == 0 && codes[i].number() - lo < 1000) ++i;
                            s.regions.add(codes[first], region_stats{i - first, 0, 0, 0});
                            if (!fired_out.empty()) std::fill(fired_out.begin() + static_cast<std::ptrdiff_t>(first),
                                                              fired_out.begin() + static_cast<std::ptrdiff_t>(i), rule_set{});
                        }
                    }
                } else {
                    for (std::size_t i = begin; i < end; ++i) one_row(i, 2);
                }
            } else {
                for (std::size_t i = begin; i < end; ++i) one_row(i, 2);
            }
            s.validated = end - begin;
            s.read = end - begin;
            if (unpublished != 0) {
                s.unpublished_fields = unpublished;
                s.unpublished_by = batch.unpublished_by();
                s.unpublished_sheets = end - begin;
            }
        } catch (...) {
            part.error = std::current_exception();
        }
    }

    Engine engine_;
    validate_options options_;
    unsigned threads_;
    std::vector<part_state> parts_;
    audit_summary summary_;
    bool summary_untouched_ = true;
};

/// Everything a one-shot validation of a batch gives.
struct validation_result {
    /// Rules fired on each row (row order).
    std::vector<rule_set> fired;
    /// Findings of the flagged rows, in row order, and the row of each.
    std::vector<finding> findings;
    std::vector<std::size_t> finding_rows;  ///< The batch row of each finding.
    audit_summary summary;  ///< Counts of sheets, findings by rule and severity, and by region.

    /// Findings of row `i` (a contiguous range, since findings are in row order).
    [[nodiscard]] std::span<const finding> findings_of(std::size_t row) const {
        auto lo = std::lower_bound(finding_rows.begin(), finding_rows.end(), row);
        auto hi = std::upper_bound(lo, finding_rows.end(), row);
        return {findings.data() + (lo - finding_rows.begin()), static_cast<std::size_t>(hi - lo)};
    }
    /// Equal when every member is.
    friend bool operator==(const validation_result&, const validation_result&) = default;
};

/// Validates a whole batch with `engine`; the result is the same for any `options.threads`.
template <rule_engine Engine>
[[nodiscard]] validation_result validate_with(const sheet_batch& batch, Engine engine, validate_options options = {}) {
    validation_result out;
    out.fired.resize(batch.size());
    bulk_validator<Engine> v{std::move(engine), options};
    v.feed(
        batch,
        [&](const finding& f, std::size_t row) {
            out.findings.push_back(f);
            out.finding_rows.push_back(row);
        },
        out.fired);
    out.summary = v.summary();
    return out;
}

}  // namespace suara

#endif  // SUARA_BULK_VALIDATOR_HPP
