// suara — the recount and re-vote list (issue 14 item 2): one row per TPS and kontes whose
// verdict is a recount, a PSU, a PSL or a PSS, with must/may, the reasons and their basis, and
// the deadline where the regime states one.
// Distributed under the Boost Software License, Version 1.0.
//
// Streaming: findings are fed one by one (from the validator's sink, batch by batch); only the
// TPS with a finding whose outcome is continued or stronger are kept, so memory follows the
// flagged TPS, never the input. Findings that lead to less (a correction, a review) are not
// reasons for the action and are not kept.
//
//     action_list list;
//     validator.feed(batch, [&](const finding& f, std::size_t) { list.add<pemilu_2024>(f); });
//     std::cout << render_action_list<pemilu_2024>(list.rows(), &names, lang::en);
//
// With the regime chosen by contest (regime_list_engine), add each finding under its contest's
// regime: `engine.visit(f.contest, [&]<class R>() { list.add<R>(f); })`, and render row by row
// the same way with render_action_row<R>.
#ifndef SUARA_BULK_ACTION_LIST_HPP
#define SUARA_BULK_ACTION_LIST_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <suara/bulk/provenance.hpp>
#include <suara/core/citation.hpp>
#include <suara/core/kontes.hpp>
#include <suara/core/outcome.hpp>
#include <suara/core/text.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/form/finding.hpp>
#include <suara/incidents/describe.hpp>
#include <suara/law/regime.hpp>
#include <suara/tally/catalogue.hpp>
#include <suara/tally/verdict.hpp>

namespace suara {

/// True for the outcomes that put a TPS on the action list: recount, PSU, PSL (continued) and
/// PSS (follow_up).
[[nodiscard]] constexpr bool is_action_outcome(outcome o) noexcept {
    switch (o) {
    case outcome::continued:
    case outcome::follow_up:
    case outcome::recount:
    case outcome::psu: return true;
    case outcome::none:
    case outcome::review:
    case outcome::correction: return false;
    }
    return false;
}

/// One row of the action list: a TPS and kontes, and the verdict of its action findings
/// (`v.result` the consequence, `v.mandatory` must or may, `v.reasons` the rule keys).
struct action_row {
    tps_code tps{};                 ///< The TPS.
    kontes contest = kontes::ppwp;  ///< The contest of its sheet.
    verdict v{};                    ///< The verdict of its findings with an action outcome.
};

/// Collects the action list from findings, streaming.
class action_list {
public:
    /// Adds a finding; "wajib"/"dapat" from the rule under R. Findings without an action outcome
    /// are ignored.
    template <regime R>
    void add(const finding& f) {
        if (!is_action_outcome(f.result)) return;
        add_finding<R>(row_of(f.tps, f.contest).v, f);
    }

    /// Adds a finding whose must/may is already known (a caller without a regime type).
    void add(const finding& f, bool mandatory) {
        if (!is_action_outcome(f.result)) return;
        row_of(f.tps, f.contest).v.add(f.key(), f.result, mandatory);
    }

    /// Number of rows (TPS and kontes on the list).
    [[nodiscard]] std::size_t size() const noexcept { return rows_.size(); }

    /// The rows, strongest consequence first (PSU, recount, PSS, PSL), then by TPS code, then
    /// by contest.
    [[nodiscard]] std::vector<action_row> rows() const {
        std::vector<action_row> out = rows_;
        std::sort(out.begin(), out.end(), [](const action_row& a, const action_row& b) {
            if (a.v.result != b.v.result) return rank(a.v.result) > rank(b.v.result);
            if (a.tps != b.tps) return a.tps.number() < b.tps.number();
            return static_cast<int>(a.contest) < static_cast<int>(b.contest);
        });
        return out;
    }

private:
    action_row& row_of(tps_code c, kontes k) {
        const std::uint64_t key = c.number() * 8 + static_cast<std::uint64_t>(k);
        auto [it, fresh] = index_.try_emplace(key, rows_.size());
        if (fresh) {
            rows_.emplace_back();
            rows_.back().tps = c;
            rows_.back().contest = k;
        }
        return rows_[it->second];
    }

    std::vector<action_row> rows_;
    std::unordered_map<std::uint64_t, std::size_t> index_;
};

namespace detail {
// "6471 Kota Balikpapan" when the name is known, else the bare code.
inline void append_region(std::string& out, std::uint64_t code, const region_names* names) {
    out += std::to_string(code);
    if (names == nullptr) return;
    auto it = names->find(code);
    if (it == names->end()) return;
    out += ' ';
    out += it->second;
}
}  // namespace detail

/// One action row as text for people, in language `l`, several lines each ending in '\n': the
/// TPS with its regions (named when `names` knows them), the consequence with must/may, each
/// reason with its basis (rules.md / the regime), and the deadline of the consequence's path
/// under R ("unknown" where the regime states none: never a guessed date).
template <regime R>
[[nodiscard]] std::string render_action_row(const action_row& row, const region_names* names, lang l) {
    const bool id = l == lang::id;
    std::string out = "TPS ";
    out += to_string(row.tps);
    out += " (";
    out += to_string(row.contest);
    out += ")\n  ";
    out += id ? "wilayah: " : "regions: ";
    bool first = true;
    for (auto level : {region_level::province, region_level::regency, region_level::district, region_level::village}) {
        if (!first) out += " > ";
        first = false;
        detail::append_region(out, row.tps.region(level), names);
    }
    out += "\n  ";
    out += id ? "akibat: " : "consequence: ";
    out += name_of(row.v.result).in(l);
    out += row.v.mandatory ? (id ? " (wajib)" : " (must)") : (id ? " (dapat)" : " (may)");
    out += '\n';
    for (const verdict_reason& r : row.v) {
        out += "  - ";
        out += r.key;
        out += ": ";
        out += name_of(r.result).in(l);
        out += r.mandatory ? (id ? " (wajib)" : " (must)") : (id ? " (dapat)" : " (may)");
        if (const auto rule = rule_from_string(r.key)) {
            out += id ? "; dasar hukum: " : "; basis: ";
            out += basis_text(describe<R>(*rule).basis);
        } else {
            out += id ? "; aturan pengguna" : "; user rule";
        }
        out += '\n';
    }
    out += "  ";
    out += id ? "batas waktu: " : "deadline: ";
    if (const auto path = decision_path_of<R>(row.v.result)) {
        out += describe(path->deadline.value, R::voting_day.value, l);
        out += id ? "; dasar hukum: " : "; basis: ";
        out += basis_text(path->deadline.basis);
    } else {
        out += id ? "tidak ada" : "none";
    }
    out += '\n';
    return out;
}

namespace detail {
// The heading of the text list, and the line of an empty list.
[[nodiscard]] inline std::string action_list_heading(std::size_t rows, lang l) {
    const bool id = l == lang::id;
    std::string out = id ? "Daftar penghitungan ulang dan pemungutan suara ulang/lanjutan/susulan: "
                         : "Recount and re-vote list: ";
    out += std::to_string(rows);
    out += id ? " baris\n" : " rows\n";
    if (rows == 0)
        out += id ? "  (tidak ada TPS yang wajib atau dapat dihitung ulang atau diulang)\n"
                  : "  (no TPS must or may be recounted or re-voted)\n";
    return out;
}
}  // namespace detail

/// The whole action list as text: a heading with the number of rows, then each row
/// (render_action_row) in the order given; a line saying the list is empty when it is.
template <regime R>
[[nodiscard]] std::string render_action_list(std::span<const action_row> rows, const region_names* names, lang l) {
    std::string out = detail::action_list_heading(rows.size(), l);
    for (const auto& r : rows) out += render_action_row<R>(r, names, l);
    return out;
}

/// The action list as text like render_action_list, each row under its own contest's regime:
/// `visit(kontes, fn)` calls `fn.template operator()<R>()` with that regime and returns its
/// result (regime_list_engine::visit).
template <class Visit>
[[nodiscard]] std::string render_action_list_by_contest(std::span<const action_row> rows, const region_names* names, lang l,
                                                        Visit&& visit) {
    std::string out = detail::action_list_heading(rows.size(), l);
    for (const auto& r : rows)
        out += visit(r.contest, [&]<class R>() { return render_action_row<R>(r, names, l); });
    return out;
}

}  // namespace suara

#endif  // SUARA_BULK_ACTION_LIST_HPP
