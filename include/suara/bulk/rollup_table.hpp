// suara — roll-ups a person reads (issue 14 item 3) and materiality against the winning margin
// (item 4): per contest and region level (province → regency/city → district → village), the
// votes per candidate, TPS counted / expected / flagged / missing, the votes at TPS whose
// consequence is a recount or a PSU, and the DPT of expected TPS missing from the input.
// Distributed under the Boost Software License, Version 1.0.
//
// Streaming: batches are added one by one, each with a mark per row (row_mark, filled from the
// validator's findings of that batch). Memory follows the regions (one total per region, level
// and contest) plus, only when expected TPS codes are given, one 8-byte code per sheet (as
// recap.missing_tps). Missing is never zero: a region sum with a missing TPS figure counts the
// TPS whose figure is missing, and a margin over such a sum is unknown.
//
// Materiality (assess_materiality): the worst a recount or a PSU can do to the margin is to take
// every valid vote (suara sah) recorded at the TPS from the leader and give as many to the
// runner-up, a swing of twice its suara sah; an expected TPS missing from the input can add at
// most its registered voters (DPT) to the runner-up. Suara sah rather than the total of votes:
// invalid votes count for no candidate. The winner "cannot change" only when
//     margin > 2 × votes at stake + DPT of the missing TPS,
// every part of it known; "could change" when the known part already reaches the margin;
// otherwise "undetermined" (a figure is missing). Assumed: a re-vote casts no more valid votes
// than the sheet recorded (a PSU's turnout can differ; the DPT of the TPS bounds it).
#ifndef SUARA_BULK_ROLLUP_TABLE_HPP
#define SUARA_BULK_ROLLUP_TABLE_HPP

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <suara/form/legislative_sheet.hpp>
#include <suara/bulk/provenance.hpp>
#include <suara/core/kontes.hpp>
#include <suara/core/outcome.hpp>
#include <suara/core/text.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/form/batch.hpp>
#include <suara/form/field.hpp>
#include <suara/form/finding.hpp>
#include <suara/form/sheet.hpp>

namespace suara {

/// What the findings of one row say, for the roll-up: whether any finding fired, the worst
/// severity and the strongest outcome.
struct row_mark {
    bool any = false;                 ///< Some finding fired on the row.
    severity worst = severity::info;  ///< The worst severity of its findings (when `any`).
    outcome result = outcome::none;   ///< The strongest outcome of its findings.

    /// Takes one finding of the row into account.
    constexpr void add(const finding& f) noexcept {
        worst = any ? std::max(worst, f.level) : f.level;
        any = true;
        result = strongest(result, f.result);
    }
};

/// How the roll-up table counts.
struct rollup_table_options {
    /// A TPS is "flagged" when some finding of its sheet is at least this severe.
    severity flag_at = severity::warning;
    /// The expected TPS codes (the region tree); empty: expected and missing are unknown.
    std::vector<tps_code> expected{};
    /// DPT (registered voters) per expected TPS code number; a missing TPS not in it has an
    /// unknown DPT.
    std::unordered_map<std::uint64_t, std::uint32_t> expected_dpt{};
};

/// The totals of one region for one contest.
struct region_total {
    region_level level = region_level::village;  ///< The level of the region.
    std::uint64_t code = 0;                      ///< Its code at that level (6471 for a city).
    kontes contest = kontes::ppwp;               ///< The contest.
    std::size_t candidates = 0;                  ///< Candidate columns (the most any sheet had).
    std::array<std::uint64_t, max_candidates> votes{};          ///< Sum of the known votes per candidate.
    std::array<std::uint32_t, max_candidates> votes_missing{};  ///< TPS whose vote for the candidate is missing.
    std::uint64_t counted = 0;  ///< Sheets in the input.
    std::optional<std::uint64_t> expected;  ///< TPS expected (when expected codes were given).
    std::uint64_t missing = 0;  ///< Expected TPS without a sheet (0 when nothing is expected).
    std::uint64_t flagged = 0;  ///< Sheets with a finding at or above `flag_at`.
    std::uint64_t stake_tps = 0;      ///< Sheets whose consequence is a recount or a PSU.
    std::uint64_t stake_votes = 0;    ///< Their known suara sah.
    std::uint64_t stake_missing = 0;  ///< Of them, sheets whose suara sah is missing.
    std::uint64_t missing_dpt = 0;          ///< Known DPT of the missing TPS.
    std::uint64_t missing_dpt_unknown = 0;  ///< Missing TPS whose DPT is not given.
};

/// Accumulates region totals batch by batch; finish() returns them.
class rollup_table {
public:
    /// A table counting with these options.
    explicit rollup_table(rollup_table_options options = {}) : options_{std::move(options)} {
        auto& e = options_.expected;
        std::sort(e.begin(), e.end());
        e.erase(std::unique(e.begin(), e.end()), e.end());
    }

    /// Adds the sheets of a batch; `marks` has one element per row (or is empty: nothing flagged,
    /// nothing at stake).
    void add(const sheet_batch& b, std::span<const row_mark> marks = {}) {
        if (!marks.empty() && marks.size() != b.size())
            throw std::invalid_argument("suara::rollup_table::add: marks must have one element per row");
        const auto codes = b.codes();
        const auto contests = b.contests();
        const auto sah = b.column(field::suara_sah);
        const auto counts = b.candidate_counts();
        // The vote columns once per batch (candidate_column checks its index on every call).
        std::array<std::span<const std::uint32_t>, max_candidates> columns{};
        for (std::size_t c = 0; c < b.candidate_columns(); ++c) columns[c] = b.candidate_column(c);
        std::array<std::size_t, 4> hit{};
        std::uint64_t last_village = ~std::uint64_t{0};
        kontes last_contest = kontes::ppwp;
        for (std::size_t r = 0; r < b.size(); ++r) {
            // Rows of one village come together: look the regions up once per village.
            if (codes[r].village() != last_village || contests[r] != last_contest) {
                last_village = codes[r].village();
                last_contest = contests[r];
                std::size_t h = 0;
                for (auto level : levels) hit[h++] = total_of(codes[r].region(level), level, contests[r]);
            }
            const row_mark m = marks.empty() ? row_mark{} : marks[r];
            const bool flagged = m.any && m.worst >= options_.flag_at;
            const bool stake = m.result == outcome::recount || m.result == outcome::psu;
            const std::size_t n = counts[r];
            for (std::size_t i : hit) {
                auto& t = totals_[i];
                ++t.counted;
                t.candidates = std::max(t.candidates, n);
                for (std::size_t c = 0; c < n; ++c) {
                    const auto v = columns[c][r];
                    if (v == missing_figure) ++t.votes_missing[c];
                    else t.votes[c] += v;
                }
                if (flagged) ++t.flagged;
                if (stake) {
                    ++t.stake_tps;
                    if (sah[r] == missing_figure) ++t.stake_missing;
                    else t.stake_votes += sah[r];
                }
            }
            if (!options_.expected.empty()) seen_.push_back(pack(codes[r], contests[r]));
        }
    }

    /// The totals, by contest, then level (province first), then code. With expected codes, each
    /// region of a contest present in the input gets its expected and missing TPS (scope as
    /// recap.missing_tps: regencies/cities present in the input for that contest).
    [[nodiscard]] std::vector<region_total> finish() {
        if (!options_.expected.empty()) count_expected();
        // Sorted by index, then copied once: a total is some 400 bytes, a national table 91,000 of them.
        std::vector<std::size_t> order(totals_.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
            const region_total& a = totals_[x];
            const region_total& b = totals_[y];
            if (a.contest != b.contest) return static_cast<int>(a.contest) < static_cast<int>(b.contest);
            if (a.level != b.level) return static_cast<int>(a.level) < static_cast<int>(b.level);
            return a.code < b.code;
        });
        std::vector<region_total> out;
        out.reserve(order.size());
        for (std::size_t i : order) out.push_back(totals_[i]);
        return out;
    }

private:
    static constexpr std::array<region_level, 4> levels{region_level::province, region_level::regency,
                                                        region_level::district, region_level::village};

    static std::uint64_t key(std::uint64_t code, region_level level, kontes k) noexcept {
        return (code * 16 + static_cast<std::uint64_t>(level)) * 8 + static_cast<std::uint64_t>(k);
    }
    static std::uint64_t pack(tps_code c, kontes k) noexcept { return c.number() * 8 + static_cast<std::uint64_t>(k); }

    std::size_t total_of(std::uint64_t code, region_level level, kontes k) {
        auto [it, fresh] = index_.try_emplace(key(code, level, k), totals_.size());
        if (fresh) {
            region_total t;
            t.level = level;
            t.code = code;
            t.contest = k;
            if (!options_.expected.empty()) t.expected = 0;
            totals_.push_back(t);
        }
        return it->second;
    }

    void count_expected() {
        std::sort(seen_.begin(), seen_.end());
        seen_.erase(std::unique(seen_.begin(), seen_.end()), seen_.end());
        std::vector<std::uint64_t> scope;  // regency * 8 + contest present in the input
        for (auto p : seen_) scope.push_back((p / 8) / 1'000'000'000 * 8 + (p & 7));
        std::sort(scope.begin(), scope.end());
        scope.erase(std::unique(scope.begin(), scope.end()), scope.end());
        for (auto k : all_kontes) {
            for (auto code : options_.expected) {
                if (!std::binary_search(scope.begin(), scope.end(), code.regency() * std::uint64_t{8} + static_cast<std::uint64_t>(k)))
                    continue;
                const bool present = std::binary_search(seen_.begin(), seen_.end(), pack(code, k));
                const auto dpt = options_.expected_dpt.find(code.number());
                for (auto level : levels) {
                    auto& t = totals_[total_of(code.region(level), level, k)];
                    t.expected = t.expected.value_or(0) + 1;
                    if (present) continue;
                    ++t.missing;
                    if (dpt == options_.expected_dpt.end()) ++t.missing_dpt_unknown;
                    else t.missing_dpt += dpt->second;
                }
            }
        }
        seen_.clear();
    }

    rollup_table_options options_;
    std::vector<region_total> totals_;
    std::unordered_map<std::uint64_t, std::size_t> index_;
    std::vector<std::uint64_t> seen_;
};

/// "cannot change the winner", "could change the winner", or undetermined (a figure missing).
enum class materiality_verdict : unsigned char { cannot_change, could_change, undetermined };

/// The verdict for people.
[[nodiscard]] constexpr bilingual name_of(materiality_verdict v) noexcept {
    switch (v) {
    case materiality_verdict::cannot_change: return {"tidak dapat mengubah pemenang", "cannot change the winner"};
    case materiality_verdict::could_change: return {"dapat mengubah pemenang", "could change the winner"};
    case materiality_verdict::undetermined: return {"tidak dapat ditentukan", "undetermined"};
    }
    return {};
}

/// The verdict as the machine-readable outputs spell it: "cannot_change", "could_change",
/// "undetermined".
[[nodiscard]] constexpr std::string_view to_string(materiality_verdict v) noexcept {
    switch (v) {
    case materiality_verdict::cannot_change: return "cannot_change";
    case materiality_verdict::could_change: return "could_change";
    case materiality_verdict::undetermined: return "undetermined";
    }
    return {};
}

/// Materiality of one region total: the margin between the first and the second candidate,
/// what is at stake, and the verdict.
struct materiality {
    std::optional<std::size_t> first;   ///< Index of the leading candidate (0 = suara_1); empty when unknown.
    std::optional<std::size_t> second;  ///< Index of the runner-up; empty when unknown or fewer than 2 candidates.
    std::optional<std::uint64_t> margin;       ///< Votes of first minus second; empty when a vote figure is missing.
    std::optional<std::uint64_t> stake_votes;  ///< Suara sah at recount/PSU TPS; empty when one is missing.
    std::optional<std::uint64_t> missing_dpt;  ///< DPT of the missing TPS; empty when unknown (or no expected codes).
    materiality_verdict verdict = materiality_verdict::undetermined;  ///< The verdict.
};

/// Materiality of a region total (see the header comment for the arithmetic).
[[nodiscard]] inline materiality assess_materiality(const region_total& t) {
    materiality m;
    bool votes_known = t.candidates >= 2;
    for (std::size_t c = 0; c < t.candidates; ++c)
        if (t.votes_missing[c] != 0) votes_known = false;
    if (votes_known) {
        std::size_t a = 0;
        std::size_t b = 1;
        if (t.votes[b] > t.votes[a]) std::swap(a, b);
        for (std::size_t c = 2; c < t.candidates; ++c) {
            if (t.votes[c] > t.votes[a]) {
                b = a;
                a = c;
            } else if (t.votes[c] > t.votes[b]) {
                b = c;
            }
        }
        m.first = a;
        m.second = b;
        m.margin = t.votes[a] - t.votes[b];
    }
    if (t.stake_missing == 0) m.stake_votes = t.stake_votes;
    if (t.expected && t.missing_dpt_unknown == 0) m.missing_dpt = t.missing_dpt;
    const std::uint64_t known_swing = 2 * t.stake_votes + t.missing_dpt;
    if (!m.margin) m.verdict = materiality_verdict::undetermined;
    else if (*m.margin <= known_swing) m.verdict = materiality_verdict::could_change;
    else if (m.stake_votes && m.missing_dpt) m.verdict = materiality_verdict::cannot_change;
    else m.verdict = materiality_verdict::undetermined;
    return m;
}

namespace detail {
// 1,204 in English, 1.204 in Indonesian (as tally/explain.hpp's format_number writes figures).
[[nodiscard]] inline std::string grouped(std::uint64_t v, lang l = lang::en) {
    std::string s = std::to_string(v);
    for (std::size_t i = s.size(); i > 3; i -= 3) s.insert(i - 3, 1, l == lang::id ? '.' : ',');
    return s;
}
}  // namespace detail

/// The arithmetic of a materiality verdict, one line without '\n': "margin 1,204 > 2 × 310 +
/// 0 = 620: cannot change the winner" (Indonesian: "selisih ..."); a missing part reads
/// "unknown" / "tidak diketahui" ("margin unknown, against 2 × 310 ...: undetermined").
[[nodiscard]] inline std::string explain_materiality(const materiality& m, lang l) {
    const bool id = l == lang::id;
    const std::string unknown = id ? "tidak diketahui" : "unknown";
    auto part = [&](const std::optional<std::uint64_t>& v) { return v ? detail::grouped(*v, l) : unknown; };
    std::string out = id ? "selisih " : "margin ";
    out += part(m.margin);
    // Undetermined: no sign can be written between an unknown and the stake, so the two stand side by side.
    const char* op = id ? ", dibanding " : ", against ";
    if (m.verdict == materiality_verdict::cannot_change) op = " > ";
    else if (m.verdict == materiality_verdict::could_change) op = " <= ";
    out += op;
    out += "2 × ";
    out += part(m.stake_votes);
    out += id ? " suara sah dipertaruhkan + DPT TPS yang hilang " : " suara sah at stake + missing TPS DPT ";
    out += part(m.missing_dpt);
    if (m.stake_votes && m.missing_dpt) {
        out += " = ";
        out += detail::grouped(2 * *m.stake_votes + *m.missing_dpt, l);
    }
    out += ": ";
    out += name_of(m.verdict).in(l);
    return out;
}

/// The roll-up as a text table for people, one line per region in the order given (finish()'s:
/// province → regency/city → district → village within a contest), indented by level: code and
/// name (when `names` knows it), TPS counted/expected/flagged/missing, votes per candidate (a
/// sum with missing figures says how many TPS miss it), and the materiality with its arithmetic.
/// Each line ends in '\n'.
[[nodiscard]] inline std::string render_rollup_table(std::span<const region_total> totals, const region_names* names, lang l) {
    const bool id = l == lang::id;
    std::string out = id ? "Rekapitulasi per wilayah\n" : "Roll-up by region\n";
    if (totals.empty()) {
        out += id ? "  (tidak ada lembar)\n" : "  (no sheets)\n";
        return out;
    }
    for (const auto& t : totals) {
        const int depth = t.level == region_level::province ? 0 : t.level == region_level::regency ? 1 : t.level == region_level::district ? 2 : 3;
        out += std::string(2 + 2 * static_cast<std::size_t>(depth), ' ');
        out += to_string(t.contest);
        out += ' ';
        out += std::to_string(t.code);
        if (names != nullptr)
            if (auto it = names->find(t.code); it != names->end()) {
                out += ' ';
                out += it->second;
            }
        out += id ? ": TPS terhitung " : ": TPS counted ";
        out += detail::grouped(t.counted, l);
        out += '/';
        out += t.expected ? detail::grouped(*t.expected, l) : "?";
        out += id ? ", bertemuan " : ", flagged ";
        out += detail::grouped(t.flagged, l);
        if (t.expected) {
            out += id ? ", hilang " : ", missing ";
            out += detail::grouped(t.missing, l);
        }
        if (is_legislative_contest(t.contest)) {
            // Party and candidate votes are not summed per region, and a seat count is no
            // winning margin: no materiality either (jsonl and csv carry every finding).
            if (t.contest == kontes::pdpd) out += id ? "; suara calon DPD tidak direkapitulasi, tanpa materialitas\n"
                                                      : "; DPD candidates' votes not rolled up, no materiality\n";
            else out += id ? "; suara partai dan calon tidak direkapitulasi, tanpa materialitas\n"
                           : "; party and candidate votes not rolled up, no materiality\n";
            continue;
        }
        out += id ? "; suara" : "; votes";
        for (std::size_t c = 0; c < t.candidates; ++c) {
            out += ' ';
            out += std::to_string(c + 1);
            out += '=';
            out += detail::grouped(t.votes[c], l);
            if (t.votes_missing[c] != 0) {
                out += id ? " (+? dari " : " (+? from ";
                out += detail::grouped(t.votes_missing[c], l);
                out += id ? " TPS tanpa angka)" : " TPS without a figure)";
            }
        }
        out += "; ";
        out += explain_materiality(assess_materiality(t), l);
        out += '\n';
    }
    return out;
}

}  // namespace suara

#endif  // SUARA_BULK_ROLLUP_TABLE_HPP
