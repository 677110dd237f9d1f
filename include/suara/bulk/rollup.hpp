// suara — the roll-up rules (rekapitulasi, docs/rules.md section C): recap.mismatch and
// recap.missing_tps.
// Distributed under the Boost Software License, Version 1.0.
//
// recap.mismatch: the user supplies recap figures for regions (a village, district,
// regency/city or province, as on the upward recap forms); each given figure is compared with
// the sum of the region's TPS sheets. A sum with a missing TPS figure in it is unknown, not
// smaller, so that figure is not compared (missing is never zero).
// recap.missing_tps: the user supplies the expected TPS codes (the region tree); a TPS that is
// expected in a regency/city and contest present in the input, but has no sheet, is reported.
// Expected codes of regencies/cities absent from the input are out of the audit's scope: an
// auditor checking one city with the national tree must not get 800,000 findings.
//
// Both checkers accumulate chunk by chunk (streaming) in memory proportional to the recap
// entries, resp. to one code per sheet, never to the input bytes.
#ifndef SUARA_BULK_ROLLUP_HPP
#define SUARA_BULK_ROLLUP_HPP

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <suara/form/batch.hpp>
#include <suara/core/kontes.hpp>
#include <suara/core/text.hpp>
#include <suara/core/outcome.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/form/field.hpp>
#include <suara/form/finding.hpp>
#include <suara/form/rule_id.hpp>
#include <suara/form/sheet.hpp>

namespace suara {

/// Region levels that have a recap (the TPS level has its own sheet).
[[nodiscard]] constexpr bool is_recap_level(region_level l) noexcept {
    return l == region_level::province || l == region_level::regency || l == region_level::district ||
           l == region_level::village;
}

/// The level of a region code written with `digits` digits (2, 4, 6, 10), if any.
[[nodiscard]] constexpr std::optional<region_level> region_level_of_width(std::size_t digits) noexcept {
    switch (digits) {
    case 2: return region_level::province;
    case 4: return region_level::regency;
    case 6: return region_level::district;
    case 10: return region_level::village;
    default: return std::nullopt;
    }
}

/// A region code padded to the 13-digit TPS width (how a roll-up finding names its region in
/// `finding::tps`; the TPS number 000 never exists, so it cannot be taken for a real TPS).
[[nodiscard]] constexpr tps_code region_as_tps(std::uint64_t code, region_level level) noexcept {
    std::uint64_t v = code;
    for (int i = static_cast<int>(level); i < 13; ++i) v *= 10;
    return tps_code::from_number(v).value_or(tps_code{});
}

/// Message of a roll-up finding, for people.
[[nodiscard]] inline std::string explain_rollup(const finding& f, lang l) {
    std::string out;
    if (f.rule == rule_id::recap_missing_tps) {
        out = l == lang::id ? "TPS ini ada di daftar wilayah tetapi tidak ada lembar hasil untuk kontes ini"
                            : "this TPS is in the region tree but has no results sheet for this contest";
        return out;
    }
    std::string_view name;
    std::uint64_t recap = 0;
    std::uint64_t sum = 0;
    std::uint64_t sheets = 0;
    for (const auto& v : f) {
        if (v.name == "jumlah_dari_tps") sum = v.value;
        else if (v.name == "jumlah_lembar") sheets = v.value;
        else if (v.name != "kode_wilayah" && v.name != "tingkat") {
            name = v.name;
            recap = v.value;
        }
    }
    out = l == lang::id ? "rekapitulasi " : "recap ";
    out += name;
    out += ' ';
    out += std::to_string(recap);
    out += l == lang::id ? " berbeda dari jumlah " : " differs from the sum ";
    out += std::to_string(sum);
    out += l == lang::id ? " dari " : " of ";
    out += std::to_string(sheets);
    out += l == lang::id ? " lembar TPS" : " TPS sheets";
    return out;
}

/// Figures of one region's recap for one contest, as the user supplied them.
struct recap_entry {
    region_level level = region_level::village;  ///< The level of the region.
    std::uint64_t code = 0;  ///< The region's code at that level.
    kontes contest = kontes::ppwp;  ///< The contest.
    std::array<std::uint32_t, field_count> figures = filled();  ///< The recap's figures by field; `missing_figure` where not given.
    std::array<std::uint32_t, max_candidates> votes = filled_votes();  ///< The recap's votes per candidate.
    std::string source;  ///< "file:line", for messages

    /// Every figure missing.
    static constexpr std::array<std::uint32_t, field_count> filled() noexcept {
        std::array<std::uint32_t, field_count> a{};
        a.fill(missing_figure);
        return a;
    }
    /// Every vote missing.
    static constexpr std::array<std::uint32_t, max_candidates> filled_votes() noexcept {
        std::array<std::uint32_t, max_candidates> a{};
        a.fill(missing_figure);
        return a;
    }
};

/// Sums the TPS sheets of every region named by a recap entry and reports recap.mismatch.
class recap_checker {
public:
    /// Checks these recap entries against the sheets fed.
    explicit recap_checker(std::vector<recap_entry> entries) : entries_{std::move(entries)}, sums_(entries_.size()) {
        for (std::size_t i = 0; i < entries_.size(); ++i) index_.emplace(key(entries_[i].code, entries_[i].level, entries_[i].contest), i);
    }

    /// True when there is no recap entry to check.
    [[nodiscard]] bool empty() const noexcept { return entries_.empty(); }

    /// Adds the sheets of a batch (a chunk) to the regions they belong to.
    void add(const sheet_batch& b) {
        if (entries_.empty()) return;
        const auto codes = b.codes();
        const auto contests = b.contests();
        std::array<std::size_t, 4> hit{};
        std::size_t hits = 0;
        std::uint64_t last_village = ~std::uint64_t{0};
        kontes last_contest = kontes::ppwp;
        for (std::size_t r = 0; r < b.size(); ++r) {
            // Rows of one village come together: look the regions up once per village.
            if (codes[r].village() != last_village || contests[r] != last_contest) {
                last_village = codes[r].village();
                last_contest = contests[r];
                hits = 0;
                for (auto level : {region_level::province, region_level::regency, region_level::district,
                                   region_level::village}) {
                    auto it = index_.find(key(codes[r].region(level), level, contests[r]));
                    if (it != index_.end()) hit[hits++] = it->second;
                }
            }
            for (std::size_t h = 0; h < hits; ++h) add_row(b, r, hit[h]);
        }
    }

    /// Emits recap.mismatch findings, in the order the entries were given.
    template <class Sink>
    void finish(Sink&& sink) const {
        for (std::size_t i = 0; i < entries_.size(); ++i) {
            const auto& e = entries_[i];
            const auto& s = sums_[i];
            for (std::size_t f = 0; f < field_count; ++f) {
                if (e.figures[f] == missing_figure || s.missing[f] != 0) continue;
                if (s.sum[f] != e.figures[f]) sink(make(e, field_names[f], e.figures[f], s.sum[f], s.sheets));
            }
            for (std::size_t c = 0; c < max_candidates; ++c) {
                if (e.votes[c] == missing_figure || s.vote_missing[c] != 0) continue;
                if (s.votes[c] != e.votes[c]) sink(make(e, candidate_column_names[c], e.votes[c], s.votes[c], s.sheets));
            }
        }
    }

private:
    struct sums {
        std::array<std::uint64_t, field_count> sum{};
        std::array<std::uint32_t, field_count> missing{};
        std::array<std::uint64_t, max_candidates> votes{};
        std::array<std::uint32_t, max_candidates> vote_missing{};
        std::uint64_t sheets = 0;
    };

    static std::uint64_t key(std::uint64_t code, region_level level, kontes k) noexcept {
        return (code * 16 + static_cast<std::uint64_t>(level)) * 8 + static_cast<std::uint64_t>(k);
    }

    void add_row(const sheet_batch& b, std::size_t r, std::size_t entry) {
        auto& s = sums_[entry];
        const auto& e = entries_[entry];
        ++s.sheets;
        for (std::size_t f = 0; f < field_count; ++f) {
            if (e.figures[f] == missing_figure) continue;  // only what the recap states
            const auto v = b.column(static_cast<field>(f))[r];
            if (v == missing_figure) ++s.missing[f];
            else s.sum[f] += v;
        }
        const std::size_t n = b.candidate_counts()[r];
        for (std::size_t c = 0; c < max_candidates; ++c) {
            if (e.votes[c] == missing_figure) continue;
            const auto v = c < n ? b.candidate_column(c)[r] : missing_figure;
            if (v == missing_figure) ++s.vote_missing[c];
            else s.votes[c] += v;
        }
    }

    static finding make(const recap_entry& e, std::string_view name, std::uint64_t recap, std::uint64_t sum,
                        std::uint64_t sheets) {
        finding f;
        f.tps = region_as_tps(e.code, e.level);
        f.contest = e.contest;
        f.rule = rule_id::recap_mismatch;
        f.level = severity::error;      // docs/rules.md section C
        f.result = outcome::correction;
        f.add("kode_wilayah", e.code)
            .add("tingkat", static_cast<std::uint64_t>(e.level))
            .add(name, recap)
            .add("jumlah_dari_tps", sum)
            .add("jumlah_lembar", sheets);
        return f;
    }

    std::vector<recap_entry> entries_;
    std::vector<sums> sums_;
    std::unordered_map<std::uint64_t, std::size_t> index_;
};

/// Reports recap.missing_tps against a list of expected TPS codes (the region tree).
class missing_tps_checker {
public:
    /// Checks that every TPS of `expected` has a sheet.
    explicit missing_tps_checker(std::vector<tps_code> expected) : expected_{std::move(expected)} {
        std::sort(expected_.begin(), expected_.end());
        expected_.erase(std::unique(expected_.begin(), expected_.end()), expected_.end());
    }

    /// True when no TPS is expected.
    [[nodiscard]] bool empty() const noexcept { return expected_.empty(); }

    /// Records which (TPS, contest) pairs have a sheet.
    void add(const sheet_batch& b) {
        if (expected_.empty()) return;
        const auto codes = b.codes();
        const auto contests = b.contests();
        for (std::size_t r = 0; r < b.size(); ++r) seen_.push_back(pack(codes[r], contests[r]));
    }

    /// Emits recap.missing_tps findings, sorted by contest then TPS code.
    template <class Sink>
    void finish(Sink&& sink) {
        std::sort(seen_.begin(), seen_.end());
        seen_.erase(std::unique(seen_.begin(), seen_.end()), seen_.end());
        // Scope: (regency/city, contest) pairs present in the input.
        std::vector<std::uint64_t> scope;
        for (auto p : seen_) scope.push_back((p / 8) / 1'000'000'000 * 8 + (p & 7));  // regency*8 + contest
        std::sort(scope.begin(), scope.end());
        scope.erase(std::unique(scope.begin(), scope.end()), scope.end());
        for (auto k : all_kontes) {
            for (auto code : expected_) {
                const auto regency_key = code.regency() * std::uint64_t{8} + static_cast<std::uint64_t>(k);
                if (!std::binary_search(scope.begin(), scope.end(), regency_key)) continue;
                if (std::binary_search(seen_.begin(), seen_.end(), pack(code, k))) continue;
                finding f;
                f.tps = code;
                f.contest = k;
                f.rule = rule_id::recap_missing_tps;
                f.level = severity::info;  // docs/rules.md section C
                f.result = outcome::review;
                sink(f);
            }
        }
    }

private:
    // code * 8 + contest as one integer, so that the seen list costs 8 bytes a sheet.
    static std::uint64_t pack(tps_code c, kontes k) noexcept {
        return c.number() * 8 + static_cast<std::uint64_t>(k);
    }

    std::vector<tps_code> expected_;
    std::vector<std::uint64_t> seen_;
};

}  // namespace suara

#endif  // SUARA_BULK_ROLLUP_HPP
