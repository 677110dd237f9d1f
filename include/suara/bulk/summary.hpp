// suara — what a bulk audit adds up to: findings per rule, per severity, per region.
// Distributed under the Boost Software License, Version 1.0.
//
// Summaries are sums, so they are merged in any order and give the same result: the validator
// relies on this to be independent of the thread count and of the input order.
#ifndef SUARA_BULK_SUMMARY_HPP
#define SUARA_BULK_SUMMARY_HPP

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include <suara/core/outcome.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/form/finding.hpp>
#include <suara/form/rule_id.hpp>

namespace suara {

/// Counts for one region (or the whole input).
struct region_stats {
    std::uint64_t sheets = 0;    ///< sheets validated
    std::uint64_t flagged = 0;   ///< sheets with at least one finding
    std::uint64_t findings = 0;  ///< findings of any severity
    std::uint64_t errors = 0;    ///< findings of severity error

    /// Adds another region's counts.
    constexpr region_stats& operator+=(const region_stats& o) noexcept {
        sheets += o.sheets;
        flagged += o.flagged;
        findings += o.findings;
        errors += o.errors;
        return *this;
    }
    /// Equal when every count is.
    friend constexpr bool operator==(const region_stats&, const region_stats&) = default;
};

/// One region of one level: its code (2, 4, 6 or 10 digits as a number) and its counts.
struct region_entry {
    std::uint64_t code = 0;  ///< The region's code.
    region_stats stats{};  ///< Its counts.
    /// Equal when code and counts are.
    friend constexpr bool operator==(const region_entry&, const region_entry&) = default;
};

/// Counts per village, from which the district, regency/city and province levels are derived.
/// Rows arrive mostly sorted by code, so `add` extends the last entry when it can (no lookup);
/// `normalize` sorts and combines, which makes the result independent of arrival order.
class region_summary {
public:
    /// Adds the counts of one sheet's village.
    void add(tps_code code, const region_stats& s) {
        const auto village = code.village();
        if (villages_.empty() || villages_.back().code != village) villages_.push_back({village, {}});
        villages_.back().stats += s;
        normalized_ = false;
    }

    /// Appends another summary (a later chunk); call `normalize` before reading.
    void merge(const region_summary& o) {
        villages_.insert(villages_.end(), o.villages_.begin(), o.villages_.end());
        normalized_ = false;
    }

    /// Sorts villages by code and combines duplicates.
    void normalize() {
        if (normalized_) return;
        villages_ = combine(std::move(villages_), 10);
        normalized_ = true;
    }

    /// Removes every region.
    void clear() noexcept {
        villages_.clear();
        normalized_ = true;
    }

    /// Regions of one level, sorted by code. `region_level::tps` is not a region level here.
    [[nodiscard]] std::vector<region_entry> at(region_level level) const {
        auto copy = villages_;
        return combine(std::move(copy), static_cast<int>(level));
    }

    /// The `n` regions of `level` with the most findings (ties: lower code first).
    [[nodiscard]] std::vector<region_entry> top(region_level level, std::size_t n) const {
        auto all = at(level);
        std::stable_sort(all.begin(), all.end(), [](const region_entry& a, const region_entry& b) {
            return a.stats.findings > b.stats.findings;
        });
        all.erase(std::remove_if(all.begin(), all.end(), [](const region_entry& e) { return e.stats.findings == 0; }),
                  all.end());
        if (all.size() > n) all.resize(n);
        return all;
    }

    /// Equal when the same regions hold the same counts, whatever the order they came in.
    friend bool operator==(const region_summary& a, const region_summary& b) {
        return a.at(region_level::village) == b.at(region_level::village);
    }

private:
    // Truncates each village code to `digits` and sums equal codes, sorted.
    static std::vector<region_entry> combine(std::vector<region_entry> v, int digits) {
        std::uint64_t div = 1;
        for (int i = digits; i < 10; ++i) div *= 10;
        for (auto& e : v) e.code /= div;
        std::sort(v.begin(), v.end(), [](const region_entry& a, const region_entry& b) { return a.code < b.code; });
        std::vector<region_entry> out;
        for (const auto& e : v) {
            if (out.empty() || out.back().code != e.code) out.push_back({e.code, {}});
            out.back().stats += e.stats;
        }
        return out;
    }

    std::vector<region_entry> villages_;
    bool normalized_ = true;
};

/// The summary of a whole audit (docs/cli.md): sheets read, validated, rejected, flagged,
/// findings per rule, per severity and per region.
struct audit_summary {
    std::uint64_t read = 0;       ///< rows or files read = validated + rejected
    std::uint64_t validated = 0;  ///< sheets validated
    std::uint64_t rejected = 0;   ///< rows or files rejected by a reader
    std::uint64_t flagged = 0;    ///< sheets with at least one finding
    std::array<std::uint64_t, rule_count> by_rule{};  ///< findings per rule
    std::array<std::uint64_t, 3> by_severity{};       ///< findings per severity (info, warning, error)
    region_summary regions;  ///< Counts per region (village, then derived levels).
    /// Fields some input's source never publishes (sheet_batch::unpublished_fields, bit i =
    /// field i): the checks that need them did not run on those sheets (issue 14 item 5).
    std::uint64_t unpublished_fields = 0;
    /// Who does not publish them ("Sirekap"; the first such source); "" when none.
    std::string_view unpublished_by;
    /// Sheets validated from such sources.
    std::uint64_t unpublished_sheets = 0;

    /// Findings of every rule together.
    [[nodiscard]] std::uint64_t findings() const noexcept {
        std::uint64_t n = 0;
        for (auto c : by_rule) n += c;
        return n;
    }
    /// Findings of rule `r`.
    [[nodiscard]] std::uint64_t count(rule_id r) const noexcept { return by_rule[static_cast<std::size_t>(r)]; }
    /// Findings of severity `s`.
    [[nodiscard]] std::uint64_t count(severity s) const noexcept { return by_severity[static_cast<std::size_t>(s)]; }

    /// Counts one finding that is not tied to a validated sheet (the roll-up rules).
    void count_finding(const finding& f) noexcept {
        ++by_rule[static_cast<std::size_t>(f.rule)];
        ++by_severity[static_cast<std::size_t>(f.level)];
    }

    /// Adds another summary (another chunk or thread).
    void merge(const audit_summary& o) {
        read += o.read;
        validated += o.validated;
        rejected += o.rejected;
        flagged += o.flagged;
        for (std::size_t i = 0; i < rule_count; ++i) by_rule[i] += o.by_rule[i];
        for (std::size_t i = 0; i < by_severity.size(); ++i) by_severity[i] += o.by_severity[i];
        regions.merge(o.regions);
        unpublished_fields |= o.unpublished_fields;
        if (unpublished_by.empty()) unpublished_by = o.unpublished_by;
        unpublished_sheets += o.unpublished_sheets;
    }

    /// Equal when every count is.
    friend bool operator==(const audit_summary& a, const audit_summary& b) {
        return a.read == b.read && a.validated == b.validated && a.rejected == b.rejected && a.flagged == b.flagged &&
               a.by_rule == b.by_rule && a.by_severity == b.by_severity && a.regions == b.regions &&
               a.unpublished_fields == b.unpublished_fields && a.unpublished_by == b.unpublished_by &&
               a.unpublished_sheets == b.unpublished_sheets;
    }
};

}  // namespace suara

#endif  // SUARA_BULK_SUMMARY_HPP
