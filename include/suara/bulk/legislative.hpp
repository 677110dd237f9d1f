// suara — the bulk validator for legislative sheets (DPR, DPRD Provinsi, DPRD Kab/Kota, DPD):
// every row of a legislative_batch through check_legislative, and the sheets of each TPS through
// check_tps_contests, with the PPWP sheet of the same TPS when a sheet_batch holds it.
// Distributed under the Boost Software License, Version 1.0.
//
//     auto r = validate_legislative<pemilu_2024>(legislative, &ppwp_sheets);
//
// Why a validator of its own: a legislative row is ragged (parties, candidates) and the
// cross-contest rules need every sheet of a TPS at once, which the row-by-row engine of
// bulk/validator.hpp cannot give. The guarantees are the same: findings come in row order of
// the legislative batch, and are the same for any thread count. A row's findings are its own
// (check_legislative's order), then the cross-contest findings that name its sheet; a
// cross-contest finding on the PPWP sheet comes after the findings of the first legislative row
// of its TPS. TPS are grouped without an allocation per record: the row indices are sorted by
// TPS code once (stably, so rows already in code order cost one pass), and the PPWP rows joined
// to them by a merge. Of a contest held twice at one TPS (a duplicate record) the first row
// joins the cross-contest check; every row is still checked on its own.
#ifndef SUARA_BULK_LEGISLATIVE_HPP
#define SUARA_BULK_LEGISLATIVE_HPP

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <span>
#include <stdexcept>
#include <thread>
#include <utility>
#include <vector>

#include <suara/bulk/summary.hpp>
#include <suara/core/kontes.hpp>
#include <suara/detail/threads.hpp>
#include <suara/form/batch.hpp>
#include <suara/form/finding.hpp>
#include <suara/form/legislative_batch.hpp>
#include <suara/form/rule_id.hpp>
#include <suara/law/regime.hpp>
#include <suara/tally/legislative_rules.hpp>

namespace suara {

/// The sheet a legislative finding is about.
struct legislative_place {
    std::size_t row = 0;  ///< The row of the legislative batch, or of the sheet batch when `ppwp`.
    bool ppwp = false;    ///< The finding names the PPWP sheet of the TPS (a cross-contest finding).
    /// Equal when both members are.
    friend constexpr bool operator==(const legislative_place&, const legislative_place&) = default;
};

/// How the legislative validator runs.
struct legislative_options {
    /// Worker threads; 0 = all cores.
    unsigned threads = 0;
    /// The rules to apply.
    rule_set rules = rule_set::all();
    /// Run the cross-contest rules (tps.*_across_contests) over the sheets of each TPS.
    bool across_contests = true;
    /// Each finding passes through here before it is counted or reported; false drops it (the
    /// audit's rule tuning, bulk/tuning.hpp). Empty: every finding is kept as made.
    std::function<bool(finding&)> tune;
};

/// Everything a validation of a legislative batch gives.
struct legislative_result {
    /// Rules fired on each legislative row (its own and its cross-contest findings).
    std::vector<rule_set> fired;
    /// The findings in the order of the top of this header, and the sheet of each.
    std::vector<finding> findings;
    std::vector<legislative_place> places;  ///< The sheet of each finding.
    /// The legislative rows' counts: read = validated = rows of the batch; flagged = rows with a finding.
    audit_summary summary;

    /// Equal when every member is.
    friend bool operator==(const legislative_result&, const legislative_result&) = default;
};

namespace detail {

// Below this many legislative rows per part a thread costs more than it saves (a row is a few
// hundred figures, so fewer rows than the PPWP engine's part).
inline constexpr std::size_t min_legislative_rows_per_part = 2048;

/// The administration section of a row of a sheet_batch (a PPWP sheet, or a legislative
/// batch's administration columns) as the cross-contest rules read it; default-constructible,
/// so that the sheets of one TPS fit a fixed array.
struct admin_row {
    const sheet_batch* b = nullptr;
    std::size_t i = 0;
    [[nodiscard]] std::uint32_t figure(field f) const noexcept { return b->column(f)[i]; }
    [[nodiscard]] std::size_t candidate_count() const noexcept { return 0; }
    [[nodiscard]] std::uint32_t candidate_figure(std::size_t) const noexcept { return missing_figure; }
    [[nodiscard]] bool has_blank() const noexcept { return false; }
    [[nodiscard]] std::uint32_t blank_figure() const noexcept { return missing_figure; }
    [[nodiscard]] tps_code code() const noexcept { return b->codes()[i]; }
    [[nodiscard]] kontes kontes_code() const noexcept { return b->contests()[i]; }
};
static_assert(sheet_like<admin_row>);

/// A cross-contest finding, the legislative row it is reported with, and its sheet.
struct cross_finding {
    std::size_t with_row = 0;
    legislative_place place;
    finding f;
};

/// Contiguous parts of [0, n) for `threads` threads, at least `min_rows` each.
inline std::vector<std::pair<std::size_t, std::size_t>> split_parts(std::size_t n, unsigned threads, std::size_t min_rows) {
    const std::size_t parts = std::max<std::size_t>(1, std::min<std::size_t>(threads, std::max<std::size_t>(1, n / min_rows)));
    std::vector<std::pair<std::size_t, std::size_t>> out;
    const std::size_t per = n / parts, extra = n % parts;
    for (std::size_t p = 0, b = 0; p < parts; ++p) {
        const std::size_t e = b + per + (p < extra ? 1 : 0);
        out.emplace_back(b, e);
        b = e;
    }
    return out;
}

/// Runs `fn(part, begin, end)` for every part, part 0 on the calling thread; rethrows the first
/// part's error in part order.
template <class Fn>
void run_parts(const std::vector<std::pair<std::size_t, std::size_t>>& parts, Fn&& fn) {
    std::vector<std::exception_ptr> errors(parts.size());
    auto guarded = [&](std::size_t p) {
        try {
            fn(p, parts[p].first, parts[p].second);
        } catch (...) {
            errors[p] = std::current_exception();
        }
    };
    {
        std::vector<std::jthread> workers;
        workers.reserve(parts.size() > 0 ? parts.size() - 1 : 0);
        for (std::size_t p = 1; p < parts.size(); ++p) workers.emplace_back([&guarded, p] { guarded(p); });
        if (!parts.empty()) guarded(0);
    }  // joins
    for (auto& e : errors)
        if (e) std::rethrow_exception(e);
}

}  // namespace detail

/// Validates every row of `leg` and the sheets of each of its TPS (with the PPWP rows of
/// `sheets`, when given) and calls `sink(const finding&, legislative_place)` for each finding,
/// in the order of the top of this header. `visit(k, fn)` calls `fn.template operator()<R>()`
/// with the regime of contest k (regime_list_engine::visit); the cross-contest rules of a TPS
/// run under the regime of its first legislative row's contest. `summary` receives the counts;
/// `fired_out`, when not empty (one element per row), the rules fired on each row. The result
/// is the same for any thread count.
template <class Visit, class Sink>
void validate_legislative_with(const legislative_batch& leg, const sheet_batch* sheets, const Visit& visit,
                               const legislative_options& options, Sink&& sink, audit_summary& summary,
                               std::span<rule_set> fired_out = {}) {
    const std::size_t n = leg.size();
    if (!fired_out.empty() && fired_out.size() != n)
        throw std::invalid_argument("suara::validate_legislative_with: fired_out must have one element per row");
    if (n == 0) return;
    const unsigned threads = detail::resolve_threads(options.threads);
    const sheet_batch& admin = leg.administration();
    const auto codes = admin.codes();
    const std::uint64_t unpublished = admin.unpublished_fields();
    // The finding as the caller keeps it (tuned; record.incomplete without the fields the source
    // never publishes); false when it goes.
    auto keep = [&](finding& f) {
        if (unpublished != 0 && f.rule == rule_id::record_incomplete && f.user_key.empty()) {
            f.missing_fields &= ~unpublished;
            if (f.missing_fields == 0 && !f.missing_candidates && f.value_count == 0) return false;
        }
        return !options.tune || options.tune(f);
    };

    // ---- the cross-contest rules, TPS by TPS ----
    std::vector<detail::cross_finding> cross;
    if (options.across_contests) {
        std::vector<std::uint32_t> order(n);
        for (std::size_t i = 0; i < n; ++i) order[i] = static_cast<std::uint32_t>(i);
        auto by_code = [&](std::uint32_t a, std::uint32_t b) { return codes[a].number() < codes[b].number(); };
        if (!std::is_sorted(order.begin(), order.end(), by_code)) std::stable_sort(order.begin(), order.end(), by_code);
        std::vector<std::uint32_t> ppwp;  // the PPWP rows of `sheets`, by code
        if (sheets != nullptr) {
            const auto sc = sheets->codes();
            const auto sk = sheets->contests();
            for (std::size_t i = 0; i < sheets->size(); ++i)
                if (sk[i] == kontes::ppwp) ppwp.push_back(static_cast<std::uint32_t>(i));
            auto ppwp_by_code = [&](std::uint32_t a, std::uint32_t b) { return sc[a].number() < sc[b].number(); };
            if (!std::is_sorted(ppwp.begin(), ppwp.end(), ppwp_by_code)) std::stable_sort(ppwp.begin(), ppwp.end(), ppwp_by_code);
        }
        // Parts of the sorted rows, cut at TPS boundaries.
        auto parts = detail::split_parts(n, threads, detail::min_legislative_rows_per_part);
        for (std::size_t p = 1; p < parts.size(); ++p) {
            std::size_t b = std::max(parts[p].first, parts[p - 1].first);
            while (b < n && codes[order[b]] == codes[order[b - 1]]) ++b;
            parts[p - 1].second = b;
            parts[p].first = b;
        }
        parts.back().second = n;
        std::vector<std::vector<detail::cross_finding>> found(parts.size());
        detail::run_parts(parts, [&](std::size_t p, std::size_t begin, std::size_t end) {
            auto& out = found[p];
            const auto sc = sheets != nullptr ? sheets->codes() : std::span<const tps_code>{};
            // The first PPWP row not below the part's first code.
            std::size_t pp = 0;
            if (begin < end) {
                const std::uint64_t first = codes[order[begin]].number();
                pp = static_cast<std::size_t>(
                    std::lower_bound(ppwp.begin(), ppwp.end(), first, [&](std::uint32_t r, std::uint64_t c) { return sc[r].number() < c; }) -
                    ppwp.begin());
            }
            std::array<detail::admin_row, kontes_count> group{};
            std::array<legislative_place, kontes_count> where{};
            for (std::size_t g = begin; g < end;) {
                const tps_code code = codes[order[g]];
                std::size_t e = g;
                while (e < end && codes[order[e]] == code) ++e;
                std::size_t count = 0;
                kontes_set seen;
                while (pp < ppwp.size() && sc[ppwp[pp]].number() < code.number()) ++pp;
                if (pp < ppwp.size() && sc[ppwp[pp]] == code) {
                    group[count] = {sheets, ppwp[pp]};
                    where[count++] = {ppwp[pp], true};
                    seen.insert(kontes::ppwp);
                }
                std::size_t first_row = order[g];
                for (std::size_t j = g; j < e; ++j) {
                    const std::size_t r = order[j];
                    first_row = std::min(first_row, r);
                    const kontes k = admin.contests()[r];
                    if (seen.contains(k)) continue;  // a duplicate record: the first joins
                    seen.insert(k);
                    group[count] = {&admin, r};
                    where[count++] = {r, false};
                }
                if (count >= 2) {
                    visit(admin.contests()[first_row], [&]<class R>() {
                        check_tps_contests<R>(std::span<const detail::admin_row>{group.data(), count},
                                              [&](const finding& f) {
                                                  for (std::size_t s = 0; s < count; ++s)
                                                      if (group[s].kontes_code() == f.contest) {
                                                          const std::size_t with = where[s].ppwp ? first_row : where[s].row;
                                                          out.push_back({with, where[s], f});
                                                          return;
                                                      }
                                              },
                                              options.rules);
                    });
                }
                g = e;
            }
        });
        for (auto& part : found)
            for (auto& c : part)
                if (keep(c.f)) cross.push_back(std::move(c));
        // In row order; a row's own sheet before the PPWP sheet it carries, each in rule order.
        std::stable_sort(cross.begin(), cross.end(), [](const detail::cross_finding& a, const detail::cross_finding& b) {
            if (a.with_row != b.with_row) return a.with_row < b.with_row;
            return !a.place.ppwp && b.place.ppwp;
        });
    }

    // ---- every row on its own, then its cross-contest findings ----
    struct part_state {
        std::vector<finding> findings;
        std::vector<legislative_place> places;
        audit_summary summary;
    };
    const auto parts = detail::split_parts(n, threads, detail::min_legislative_rows_per_part);
    std::vector<part_state> states(parts.size());
    detail::run_parts(parts, [&](std::size_t p, std::size_t begin, std::size_t end) {
        auto& st = states[p];
        auto& s = st.summary;
        auto c = std::lower_bound(cross.begin(), cross.end(), begin,
                                  [](const detail::cross_finding& x, std::size_t r) { return x.with_row < r; });
        for (std::size_t i = begin; i < end; ++i) {
            region_stats rs{1, 0, 0, 0};
            rule_set fired;
            auto count = [&](const finding& f, legislative_place at) {
                ++s.by_rule[static_cast<std::size_t>(f.rule)];
                ++s.by_severity[static_cast<std::size_t>(f.level)];
                ++rs.findings;
                if (f.level == severity::error) ++rs.errors;
                if (!at.ppwp) fired.insert(f.rule);
                st.findings.push_back(f);
                st.places.push_back(at);
            };
            const auto row = leg.row(i);
            visit(row.kontes_code(), [&]<class R>() {
                check_legislative<R>(
                    row,
                    [&](const finding& found) {
                        finding f = found;
                        if (keep(f)) count(f, {i, false});
                    },
                    options.rules);
            });
            for (; c != cross.end() && c->with_row == i; ++c) count(c->f, c->place);
            if (!fired.empty()) {
                rs.flagged = 1;
                ++s.flagged;
            }
            if (!fired_out.empty()) fired_out[i] = fired;
            s.regions.add(codes[i], rs);
        }
        s.validated = end - begin;
        s.read = end - begin;
        if (unpublished != 0) {
            s.unpublished_fields = unpublished;
            s.unpublished_by = admin.unpublished_by();
            s.unpublished_sheets = end - begin;
        }
    });
    for (auto& st : states) {
        for (std::size_t i = 0; i < st.findings.size(); ++i) sink(std::as_const(st.findings[i]), st.places[i]);
        summary.merge(st.summary);
    }
    summary.regions.normalize();
}

/// Validates a legislative batch under regime R, with the PPWP rows of `sheets` (when given) in
/// the cross-contest rules; the result is the same for any `options.threads`.
template <regime R>
[[nodiscard]] legislative_result validate_legislative(const legislative_batch& leg, const sheet_batch* sheets = nullptr,
                                                      const legislative_options& options = {}) {
    legislative_result out;
    out.fired.resize(leg.size());
    auto visit = [](kontes, auto&& fn) { return fn.template operator()<R>(); };
    validate_legislative_with(
        leg, sheets, visit, options,
        [&](const finding& f, legislative_place at) {
            out.findings.push_back(f);
            out.places.push_back(at);
        },
        out.summary, out.fired);
    return out;
}

}  // namespace suara

#endif  // SUARA_BULK_LEGISLATIVE_HPP
