// suara — the audit as one self-contained HTML page (issue 14 item 1, `suara-audit --output html`):
// a summary with the provenance, charts as inline SVG, the recount and re-vote list
// (bulk/action_list.hpp), materiality against the winning margin (bulk/rollup_table.hpp), and a
// drill-down province → regency/city → district → village → TPS down to each finding with its
// figures, basis, consequence, must/may, digit-slip suggestion and the evidence (photo URLs, ts).
// Distributed under the Boost Software License, Version 1.0.
//
// Streaming: findings are added as the validator reports them (add_finding), then the batch
// itself (add_batch). Memory follows the regions (rollup_table) and the TPS with a finding (their
// figures and findings are kept for their cards), never the input. Nothing is loaded from the
// network when the page is opened: CSS, SVG and a few lines of script are inline; photo links are
// plain links. Large levels stay readable: every region is a folded <details>, regions without a
// finding are one line each, and at most `max_tps_cards` TPS get a card of their own.
//
// Stable hooks for tests and scripts: #sum-read, #sum-validated, #sum-rejected, #sum-flagged,
// #sum-findings, #sev-{error,warning,info}, #cons-{outcome} carry `data-value`; each region is
// `details#r-{kontes}-{code}` with data-level, data-code, data-counted, data-flagged,
// data-findings; each TPS card is `article#tps-{code}-{kontes}` with data-findings and
// data-consequence; each of its findings an `li` with data-rule.
#ifndef SUARA_BULK_HTML_REPORT_HPP
#define SUARA_BULK_HTML_REPORT_HPP

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <suara/bulk/action_list.hpp>
#include <suara/bulk/provenance.hpp>
#include <suara/bulk/report.hpp>
#include <suara/bulk/rollup_table.hpp>
#include <suara/bulk/summary.hpp>
#include <suara/core/kontes.hpp>
#include <suara/core/outcome.hpp>
#include <suara/core/text.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/form/batch.hpp>
#include <suara/form/field.hpp>
#include <suara/form/finding.hpp>
#include <suara/form/sheet.hpp>
#include <suara/tally/labels.hpp>

namespace suara {

/// What the HTML report shows and how much of it.
struct html_report_options {
    lang language = lang::id;                 ///< The page's language (`--lang`).
    std::vector<tps_code> expected{};         ///< Expected TPS codes (`--regions`); empty: coverage unknown.
    std::size_t max_tps_cards = 20000;        ///< TPS with a card of their own (strongest consequence first).
};

namespace detail {
/// `s` with &, <, >, " and ' escaped, appended in runs (safe in text and in quoted attributes).
inline void append_html(std::string& out, std::string_view s) {
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        std::string_view rep;
        switch (s[i]) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = "&quot;"; break;
        case '\'': rep = "&#39;"; break;
        default: continue;
        }
        out.append(s.data() + run, i - run);
        out += rep;
        run = i + 1;
    }
    out.append(s.data() + run, s.size() - run);
}

/// True for the URLs a photo link may carry (no javascript: or data: links from an input).
[[nodiscard]] inline bool web_url(std::string_view u) noexcept {
    return u.substr(0, 8) == "https://" || u.substr(0, 7) == "http://";
}

// The level's name for people.
[[nodiscard]] constexpr bilingual level_name(region_level l) noexcept {
    switch (l) {
    case region_level::province: return {"provinsi", "province"};
    case region_level::regency: return {"kabupaten/kota", "regency/city"};
    case region_level::district: return {"kecamatan", "district"};
    case region_level::village: return {"desa/kelurahan", "village"};
    case region_level::tps: return {"TPS", "TPS"};
    }
    return {};
}
[[nodiscard]] constexpr std::string_view level_key(region_level l) noexcept {
    switch (l) {
    case region_level::province: return "province";
    case region_level::regency: return "regency";
    case region_level::district: return "district";
    case region_level::village: return "village";
    case region_level::tps: return "tps";
    }
    return "";
}

/// The style sheet of suara's HTML pages (this report and `suara-audit diff --output html`).
inline constexpr std::string_view html_css =
        ":root{--fg:#1d2733;--mute:#5b6b7b;--line:#d8dee6;--bg:#f6f8fa;--acc:#0b5cad}"
        "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:var(--fg);margin:0;background:#fff}"
        "header{padding:18px 28px 8px;background:var(--bg);border-bottom:1px solid var(--line)}"
        "h1{margin:0;font-size:22px}h2{font-size:18px;margin:26px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}"
        "h3{font-size:14px;margin:14px 0 6px;color:var(--mute)}h4{margin:0 0 6px;font-size:14px}"
        ".sub{margin:4px 0;color:var(--mute)}.warn{background:#fff4d6;border:1px solid #e8c55a;padding:6px 10px;border-radius:4px}"
        "nav{position:sticky;top:0;background:#fff;border-bottom:1px solid var(--line);padding:6px 28px;z-index:2}"
        "nav a{margin-right:16px;color:var(--acc);text-decoration:none}main,#provenance{padding:0 28px 24px}"
        ".stats{display:flex;flex-wrap:wrap;gap:10px}.stat{border:1px solid var(--line);border-radius:6px;padding:8px 14px;min-width:110px;background:#fff}"
        ".stat .v{display:block;font-size:20px;font-weight:600}.stat .l{color:var(--mute);font-size:12px}"
        ".charts{display:flex;flex-wrap:wrap;gap:18px}.chart{margin:0;border:1px solid var(--line);border-radius:6px;padding:8px}"
        ".chart figcaption{font-weight:600;margin-bottom:4px}svg text{font-size:11px;fill:var(--fg)}svg rect{fill:#3d7dca}"
        "svg rect.over,svg rect.neg{fill:#c0392b}svg text.val{fill:var(--mute)}"
        "table.t{border-collapse:collapse;margin:6px 0;width:100%}table.t th,table.t td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}"
        "table.t thead th{background:var(--bg)}td.n{text-align:right;font-variant-numeric:tabular-nums}"
        ".badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;background:#e8edf2;white-space:nowrap}"
        ".o-psu{background:#b3261e;color:#fff}.o-recount{background:#e8590c;color:#fff}.o-follow_up,.o-continued{background:#f1c40f}"
        ".o-correction{background:#cfe3f7}.o-review{background:#eef1f4}"
        "details.r{border-left:3px solid var(--line);margin:4px 0 4px 6px;padding-left:8px}details.r>summary{cursor:pointer;padding:3px 0}"
        "details.r>.body{padding:2px 0 6px 8px}.lvl{color:var(--mute);font-size:12px}.kontes{font-weight:600;font-size:12px}.meta{color:var(--mute)}"
        ".quiet{color:var(--mute);font-size:12px}.mat,.tpsby,.note{color:var(--mute);font-size:12px;margin:2px 0}"
        "table.votes{border-collapse:collapse;font-size:12px}table.votes th,table.votes td{border:1px solid var(--line);padding:1px 8px}"
        "article.tps{border:1px solid var(--line);border-radius:6px;padding:8px 12px;margin:6px 0;background:#fff}"
        "article.tps:target{outline:3px solid var(--acc)}.form{display:flex;gap:24px;flex-wrap:wrap;align-items:flex-start}"
        "dl.fig{display:grid;grid-template-columns:repeat(4,max-content 5em);gap:0 10px;font-size:12px;margin:4px 0}"
        "dl.fig dt{color:var(--mute)}dl.fig dd{margin:0;text-align:right;font-variant-numeric:tabular-nums}"
        "ol.findings{padding-left:20px}ol.findings li{margin:6px 0}ol.findings p{margin:2px 0}"
        ".sev-error>b code{color:#b3261e}.sev-warning>b code{color:#a05a00}.sev{font-size:12px;color:var(--mute)}"
        ".figs span{font-family:monospace;font-size:12px;background:var(--bg);padding:0 4px;margin-right:4px}"
        ".slip{color:#7a4d00}.basis{color:var(--mute);font-size:12px}.evidence{font-size:12px}.evidence a{margin-right:6px}"
        ".missing code{background:#fde2e1;padding:0 4px}code.digest{font-size:11px;word-break:break-all}"
        ".scroll{max-height:420px;overflow:auto;border:1px solid var(--line)}"
        "pre{white-space:pre-wrap;font-size:12px;background:var(--bg);padding:8px}.count{color:var(--mute)}"
        "dl.prov{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px}dl.prov dt{color:var(--mute)}dl.prov dd{margin:0}"
    ".rl{margin:3px 0;font-size:12px}.rl>span{color:var(--mute)}.rl ul{display:inline;padding:0;margin:0}.rl li{display:inline;margin-left:6px}"
    ".rl ul.fixed code{color:#1e7b34}.rl ul.broke code{color:#b3261e}\n";

/// Opens a page in language `l` (doctype, head with the style sheet, <body>); `title_html` is
/// already escaped. Nothing is loaded from the network: the policy allows inline style and
/// script only.
inline void html_page_head(std::string& o, lang l, std::string_view title_html) {
    o += "<!DOCTYPE html>\n<html lang=\"";
    o += l == lang::id ? "id" : "en";
    o += "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    o += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         "script-src 'unsafe-inline'; img-src data:\">\n<title>";
    o += title_html;
    o += "</title>\n<style>\n";
    o += html_css;
    o += "</style>\n</head>\n<body>\n";
}

/// One count of a page's summary: its figure (grouped, with the exact value in data-value for
/// the tests that read the page) above its label. Shared by the audit page and the diff page.
inline void html_stat(std::string& o, std::string_view elem_id, std::string_view label, std::uint64_t v) {
    o += "<div class=\"stat\"><span class=\"v\" id=\"";
    o += elem_id;
    o += "\" data-value=\"";
    o += std::to_string(v);
    o += "\">";
    o += grouped(v);
    o += "</span><span class=\"l\">";
    append_html(o, label);
    o += "</span></div>";
}

/// A horizontal bar chart as inline SVG in a <figure id=chart_id>: one row per (label, value),
/// the longest bar the largest value; "(none)" when there are no rows.
inline void html_bar_chart(std::string& o, lang l, std::string_view chart_id, std::string_view title,
                           const std::vector<std::pair<std::string, std::uint64_t>>& rows, std::string_view unit = {}) {
    o += "<figure class=\"chart\" id=\"";
    o += chart_id;
    o += "\"><figcaption>";
    append_html(o, title);
    o += "</figcaption>";
    if (rows.empty()) {
        o += "<p class=\"none\">";
        o += l == lang::id ? "(tidak ada)" : "(none)";
        o += "</p></figure>";
        return;
    }
    std::uint64_t most = 1;
    for (const auto& r : rows) most = std::max(most, r.second);
    const std::size_t h = 20 * rows.size() + 4;
    o += "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"560\" height=\"";
    o += std::to_string(h);
    o += "\" viewBox=\"0 0 560 ";
    o += std::to_string(h);
    o += "\">";
    std::size_t y = 2;
    for (const auto& r : rows) {
        const std::uint64_t w = r.second * 250 / most;
        o += "<text x=\"228\" y=\"";
        o += std::to_string(y + 14);
        o += "\" text-anchor=\"end\">";
        append_html(o, r.first.size() > 34 ? r.first.substr(0, 33) + "…" : r.first);
        o += "</text><rect x=\"234\" y=\"";
        o += std::to_string(y + 3);
        o += "\" width=\"";
        o += std::to_string(std::max<std::uint64_t>(w, r.second == 0 ? 0 : 1));
        o += "\" height=\"14\"><title>";
        append_html(o, r.first);
        o += ": ";
        o += grouped(r.second);
        o += unit;
        o += "</title></rect><text x=\"";
        o += std::to_string(238 + w);
        o += "\" y=\"";
        o += std::to_string(y + 14);
        o += "\" class=\"val\">";
        o += grouped(r.second);
        o += unit;
        o += "</text>";
        y += 20;
    }
    o += "</svg></figure>";
}

/// A bar chart of signed values as inline SVG: bars to the right of the middle line for a gain,
/// to the left (class `neg`) for a loss, the longest the largest magnitude.
inline void html_signed_bar_chart(std::string& o, lang l, std::string_view chart_id, std::string_view title,
                                  const std::vector<std::pair<std::string, std::int64_t>>& rows) {
    o += "<figure class=\"chart\" id=\"";
    o += chart_id;
    o += "\"><figcaption>";
    append_html(o, title);
    o += "</figcaption>";
    if (rows.empty()) {
        o += "<p class=\"none\">";
        o += l == lang::id ? "(tidak ada)" : "(none)";
        o += "</p></figure>";
        return;
    }
    std::uint64_t most = 1;
    for (const auto& r : rows) most = std::max(most, r.second < 0 ? 0 - static_cast<std::uint64_t>(r.second) : static_cast<std::uint64_t>(r.second));
    const std::size_t h = 20 * rows.size() + 4;
    const std::string hs = std::to_string(h);
    o += "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"560\" height=\"";
    o += hs;
    o += "\" viewBox=\"0 0 560 ";
    o += hs;
    o += "\"><line x1=\"330\" y1=\"0\" x2=\"330\" y2=\"";
    o += hs;
    o += "\" stroke=\"#5b6b7b\"/>";
    std::size_t y = 2;
    for (const auto& r : rows) {
        const bool neg = r.second < 0;
        const std::uint64_t mag = neg ? 0 - static_cast<std::uint64_t>(r.second) : static_cast<std::uint64_t>(r.second);
        const std::uint64_t w = std::max<std::uint64_t>(mag * 130 / most, mag == 0 ? 0 : 1);
        std::string value = r.second > 0 ? "+" : (neg ? "−" : "");
        value += grouped(mag);
        o += "<text x=\"150\" y=\"";
        o += std::to_string(y + 14);
        o += "\" text-anchor=\"end\">";
        append_html(o, r.first.size() > 24 ? r.first.substr(0, 23) + "…" : r.first);
        o += "</text><rect";
        if (neg) o += " class=\"neg\"";
        o += " x=\"";
        o += std::to_string(neg ? 330 - w : 330);
        o += "\" y=\"";
        o += std::to_string(y + 3);
        o += "\" width=\"";
        o += std::to_string(w);
        o += "\" height=\"14\"><title>";
        append_html(o, r.first);
        o += ": ";
        o += value;
        o += "</title></rect><text class=\"val\" x=\"";
        o += std::to_string(neg ? 326 - w : 334 + w);
        o += "\" y=\"";
        o += std::to_string(y + 14);
        o += neg ? "\" text-anchor=\"end\">" : "\">";
        o += value;
        o += "</text>";
        y += 20;
    }
    o += "</svg></figure>";
}
}  // namespace detail

/// Builds the HTML report from findings and batches; write() emits the page.
class html_report {
public:
    /// Renders one action row as text (render_action_row<R> under the row's regime).
    using action_text = std::function<std::string(const action_row&)>;

    /// A report with these options.
    explicit html_report(html_report_options options = {})
        : options_{std::move(options)}, rollup_{rollup_table_options{severity::warning, options_.expected, {}}} {}

    /// Adds one finding as the report writer gets it (`basis` and `message` as the catalogue
    /// gives them, `where` its regime, must/may and origin); `b` and `row` the sheet it is on, or
    /// nullptr for a roll-up finding. Call add_batch(b) after the findings of a batch.
    void add_finding(const finding& f, std::string_view basis, std::string_view message, const finding_context& where,
                     const sheet_batch* b = nullptr, std::size_t row = 0) {
        ++by_outcome_[static_cast<std::size_t>(f.result)];
        ++by_rule_[std::string{f.key()}];
        const std::string_view key = f.key();
        if (message.size() > key.size() + 2 && message.substr(0, key.size()) == key && message.substr(key.size(), 2) == ": ")
            message.remove_prefix(key.size() + 2);
        item it;
        it.rule = std::string{key};
        it.level = f.level;
        it.result = f.result;
        it.mandatory = where.mandatory;
        it.basis = std::string{basis};
        it.message = std::string{message};
        for (std::size_t i = 0; i < f.size(); ++i) {
            const auto& v = f.values[i];
            if (v.name == likely_value_name && i > 0) it.likely.emplace_back(std::string{f.values[i - 1].name}, v.value);
            else it.figures.emplace_back(std::string{v.name}, v.value);
        }
        if (f.rule == rule_id::recap_mismatch && f.user_key.empty()) {
            recap_items_.push_back(std::move(it));
            return;
        }
        actions_.add(f, where.mandatory);
        for (auto level : levels) {
            auto& a = agg_[region_key(f.tps.region(level), level, f.contest)];
            ++a.findings[static_cast<std::size_t>(f.level)];
            a.strongest = strongest(a.strongest, f.result);
        }
        if (f.rule == rule_id::recap_missing_tps && f.user_key.empty()) {
            missing_[region_key(f.tps.village(), region_level::village, f.contest)].push_back(f.tps);
            return;
        }
        if (b != nullptr) {
            if (marks_.size() != b->size()) marks_.assign(b->size(), row_mark{});
            marks_[row].add(f);
        }
        tps_card& c = card_of(f.tps, f.contest);
        if (b != nullptr && !c.has_sheet) fill_sheet(c, *b, row);
        if (rank(f.result) > rank(c.strongest) || (f.result == c.strongest && where.mandatory)) {
            c.mandatory = rank(f.result) > rank(c.strongest) ? where.mandatory : (c.mandatory || where.mandatory);
            c.strongest = f.result;
        }
        c.items.push_back(std::move(it));
    }

    /// Adds the sheets of a batch whose findings were added (roll-ups, turnout, TPS counts).
    void add_batch(const sheet_batch& b) {
        const bool marked = marks_.size() == b.size();
        rollup_.add(b, marked ? std::span<const row_mark>{marks_} : std::span<const row_mark>{});
        const auto codes = b.codes();
        const auto contests = b.contests();
        const auto dpt = b.column(field::pemilih_dpt_j);
        const auto used = b.column(field::pengguna_total_j);
        const auto total = b.column(field::suara_total);
        for (std::size_t r = 0; r < b.size(); ++r) {
            const std::uint32_t voters = used[r] != missing_figure ? used[r] : total[r];
            if (dpt[r] == missing_figure || dpt[r] == 0 || voters == missing_figure) ++turnout_[turnout_bins - 1];
            else ++turnout_[std::min<std::size_t>(turnout_bins - 2, std::uint64_t{voters} * 20 / dpt[r])];
            if (!marked || !marks_[r].any) continue;
            for (auto level : levels) {
                auto& a = agg_[region_key(codes[r].region(level), level, contests[r])];
                ++a.tps_by_outcome[static_cast<std::size_t>(marks_[r].result)];
            }
        }
        marks_.clear();
    }

    /// The region codes the page names (every region with a sheet or a finding): the names a
    /// caller should load (region_names_from_tsv) before write().
    [[nodiscard]] std::vector<std::uint64_t> region_codes() const {
        std::vector<std::uint64_t> out;
        out.reserve(agg_.size());
        for (const auto& entry : agg_) out.push_back(entry.first / 128);
        for (const auto& c : cards_)
            for (auto level : levels) out.push_back(c.tps.region(level));
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

    /// The action list gathered so far (rows strongest consequence first).
    [[nodiscard]] std::vector<action_row> action_rows() const { return actions_.rows(); }

    /// Writes the page: `s` the run's summary, `p` its provenance, `names` the region names (or
    /// nullptr), `render_row` the text of an action row (may be empty: the rows' table only).
    void write(std::ostream& out, const audit_summary& s, const audit_provenance& p, const region_names* names,
               const action_text& render_row = {}) {
        names_ = names;
        totals_ = rollup_.finish();
        index_totals();
        std::string o;
        o.reserve(std::size_t{1} << 16);
        head(o, p);
        summary(o, s, p);
        flush(out, o);
        charts(o, s);
        flush(out, o);
        action_section(o, render_row);
        flush(out, o);
        materiality_section(o);
        flush(out, o);
        drill_down(out, o);
        recap_section(o);
        o += script;
        o += "</body>\n</html>\n";
        flush(out, o);
    }

private:
    static constexpr std::array<region_level, 4> levels{region_level::province, region_level::regency,
                                                        region_level::district, region_level::village};
    static constexpr std::size_t turnout_bins = 22;
    static constexpr std::size_t shown_rows = 200;  // action rows shown before the rest is folded  // 0-5 % ... 95-100 %, over 100 %, unknown

    struct item {
        std::string rule;
        severity level = severity::info;
        outcome result = outcome::none;
        bool mandatory = false;
        std::string basis;
        std::string message;
        std::vector<std::pair<std::string, std::uint64_t>> figures;
        std::vector<std::pair<std::string, std::uint64_t>> likely;  // figure name, its likely value
    };
    struct tps_card {
        tps_code tps{};
        kontes contest = kontes::ppwp;
        outcome strongest = outcome::none;
        bool mandatory = false;
        bool has_sheet = false;
        std::vector<std::pair<field, std::uint32_t>> figures;  // as on the form, present ones
        std::vector<std::uint32_t> votes;                      // per candidate; missing_figure when absent
        std::string file, ts, images;
        std::uint64_t line = 0;
        std::vector<item> items;
    };
    struct region_agg {
        std::array<std::uint64_t, 3> findings{};        // by severity
        std::array<std::uint64_t, 7> tps_by_outcome{};  // sheets by their strongest outcome
        outcome strongest = outcome::none;
        [[nodiscard]] std::uint64_t total() const noexcept { return findings[0] + findings[1] + findings[2]; }
    };

    static std::uint64_t region_key(std::uint64_t code, region_level level, kontes k) noexcept {
        return (code * 16 + static_cast<std::uint64_t>(level)) * 8 + static_cast<std::uint64_t>(k);
    }

    tps_card& card_of(tps_code c, kontes k) {
        const std::uint64_t key = c.number() * 8 + static_cast<std::uint64_t>(k);
        auto [it, fresh] = card_index_.try_emplace(key, cards_.size());
        if (fresh) {
            cards_.emplace_back();
            cards_.back().tps = c;
            cards_.back().contest = k;
        }
        return cards_[it->second];
    }

    static void fill_sheet(tps_card& c, const sheet_batch& b, std::size_t row) {
        c.has_sheet = true;
        for (std::size_t i = 0; i < field_count; ++i) {
            const auto f = static_cast<field>(i);
            const auto v = b.column(f)[row];
            if (v == missing_figure) continue;
            if (i >= static_cast<std::size_t>(first_incident_field) && v == 0) continue;
            c.figures.emplace_back(f, v);
        }
        const std::size_t n = b.candidate_counts()[row];
        for (std::size_t i = 0; i < n; ++i) c.votes.push_back(b.candidate_column(i)[row]);
        const auto origin = b.origin(row);
        c.file = std::string{origin.file.empty() ? b.source() : origin.file};
        c.line = b.lines()[row];
        c.ts = std::string{origin.ts};
        c.images = std::string{origin.images};
    }

    // ---- rendering helpers ----
    [[nodiscard]] bool id() const noexcept { return options_.language == lang::id; }
    [[nodiscard]] std::string_view tr(std::string_view in_id, std::string_view in_en) const noexcept { return id() ? in_id : in_en; }
    static void flush(std::ostream& out, std::string& o) {
        out << o;
        o.clear();
    }
    static void num(std::string& o, std::uint64_t v) { o += detail::grouped(v); }
    static void raw(std::string& o, std::uint64_t v) { o += std::to_string(v); }
    void esc(std::string& o, std::string_view s) const { detail::append_html(o, s); }
    [[nodiscard]] std::string_view name_of_code(std::uint64_t code) const {
        if (names_ == nullptr) return {};
        auto it = names_->find(code);
        return it == names_->end() ? std::string_view{} : std::string_view{it->second};
    }
    void region_label(std::string& o, std::uint64_t code) const {
        o += "<code>";
        raw(o, code);
        o += "</code>";
        if (const auto n = name_of_code(code); !n.empty()) {
            o += ' ';
            esc(o, n);
        }
    }
    void badge(std::string& o, outcome r, bool mandatory, bool show_mandatory = true) const {
        o += "<span class=\"badge o-";
        o += to_string(r);
        o += "\">";
        esc(o, name_of(r).in(options_.language));
        if (show_mandatory && r != outcome::none) o += mandatory ? tr(" · wajib", " · must") : tr(" · dapat", " · may");
        o += "</span>";
    }
    static std::string tps_anchor(tps_code c, kontes k) {
        std::string a = "tps-";
        a += to_string(c);
        a += '-';
        a += to_string(k);
        return a;
    }

    void head(std::string& o, const audit_provenance& p) const {
        std::string title{tr("Laporan audit suara", "suara audit report")};
        if (!p.region.empty()) {
            title += " — ";
            region_label_plain(title, p.region.front());
        }
        detail::html_page_head(o, options_.language, title);
    }
    void region_label_plain(std::string& o, const region_ref& r) const {
        raw(o, r.code);
        if (!r.name.empty()) {
            o += ' ';
            esc(o, r.name);
        }
    }

    void summary(std::string& o, const audit_summary& s, const audit_provenance& p) const {
        o += "<header><h1>";
        o += tr("Laporan audit suara", "suara audit report");
        o += "</h1><p class=\"sub\">";
        if (p.region.empty()) o += tr("Wilayah: nasional", "Region: national");
        else {
            o += tr("Wilayah: ", "Region: ");
            for (std::size_t i = 0; i < p.region.size(); ++i) {
                if (i != 0) o += " › ";
                region_label_plain(o, p.region[p.region.size() - 1 - i]);
            }
        }
        o += " · ";
        esc(o, utc_text(p.time));
        o += "</p>";
        if (p.synthetic && *p.synthetic) {
            o += "<p class=\"warn\">";
            esc(o, id() ? p.note_id : p.note_en);
            o += "</p>";
        }
        o += "</header>\n<nav><a href=\"#summary\">";
        o += tr("Ringkasan", "Summary");
        o += "</a><a href=\"#charts\">";
        o += tr("Grafik", "Charts");
        o += "</a><a href=\"#actions\">";
        o += tr("Hitung ulang/PSU", "Recount/re-vote");
        o += "</a><a href=\"#materiality\">";
        o += tr("Materialitas", "Materiality");
        o += "</a><a href=\"#drill\">";
        o += tr("Per wilayah", "By region");
        o += "</a><a href=\"#provenance\">";
        o += tr("Asal laporan", "Provenance");
        o += "</a></nav>\n<main>\n<section id=\"summary\"><h2>";
        o += tr("Ringkasan", "Summary");
        o += "</h2><div class=\"stats\">";
        detail::html_stat(o, "sum-read", tr("lembar dibaca", "sheets read"), s.read);
        detail::html_stat(o, "sum-validated", tr("divalidasi", "validated"), s.validated);
        detail::html_stat(o, "sum-rejected", tr("ditolak", "rejected"), s.rejected);
        detail::html_stat(o, "sum-flagged", tr("lembar dengan temuan", "sheets with findings"), s.flagged);
        detail::html_stat(o, "sum-findings", tr("temuan", "findings"), s.findings());
        o += "</div><h3>";
        o += tr("Temuan menurut keparahan", "Findings by severity");
        o += "</h3><div class=\"stats\">";
        detail::html_stat(o, "sev-error", "error", s.count(severity::error));
        detail::html_stat(o, "sev-warning", "warning", s.count(severity::warning));
        detail::html_stat(o, "sev-info", "info", s.count(severity::info));
        o += "</div><h3>";
        o += tr("Temuan menurut akibat", "Findings by consequence");
        o += "</h3><div class=\"stats\">";
        for (std::size_t i = by_outcome_.size(); i-- > 0;) {
            const auto r = static_cast<outcome>(i);
            std::string elem{"cons-"};
            elem += to_string(r);
            detail::html_stat(o, elem, name_of(r).in(options_.language), by_outcome_[i]);
        }
        o += "</div></section>\n";
        // The provenance goes at the end of the page but is known now.
        provenance_ = std::string{};
        auto& q = provenance_;
        q += "<section id=\"provenance\"><h2>";
        q += tr("Asal laporan", "Provenance");
        q += "</h2><dl class=\"prov\"><dt>suara</dt><dd>";
        esc(q, p.suara_version);
        q += tr(" · katalog aturan ", " · rule catalogue ");
        raw(q, p.catalogue_version);
        q += "</dd><dt>";
        q += tr("rezim", "regimes");
        q += "</dt><dd>";
        esc(q, p.regime_option);
        q += ":";
        for (const auto& r : p.regimes) {
            q += ' ';
            esc(q, r);
        }
        q += "</dd><dt>";
        q += tr("kontes", "contests");
        q += "</dt><dd>";
        for (auto k : p.contests) {
            esc(q, to_string(k));
            q += ' ';
        }
        q += "</dd><dt>";
        q += tr("waktu", "time");
        q += "</dt><dd>";
        esc(q, utc_text(p.time));
        if (p.time_from_source_date_epoch) q += " (SOURCE_DATE_EPOCH)";
        q += "</dd><dt>";
        q += tr("nama wilayah", "region names");
        q += "</dt><dd>";
        esc(q, p.names_source.empty() ? std::string_view{tr("tidak ada (kode saja)", "none (codes only)")} : std::string_view{p.names_source});
        q += "</dd><dt>";
        q += tr("catatan", "note");
        q += "</dt><dd>";
        esc(q, id() ? p.note_id : p.note_en);
        q += "</dd></dl><table class=\"t\"><thead><tr><th>";
        q += tr("masukan", "input");
        q += "</th><th>";
        q += tr("peran", "role");
        q += "</th><th>";
        q += tr("bita", "bytes");
        q += "</th><th>";
        esc(q, p.digest_name.empty() ? std::string_view{"digest"} : std::string_view{p.digest_name});
        q += "</th></tr></thead><tbody>";
        for (const auto& in : p.inputs) {
            q += "<tr><td>";
            esc(q, in.path);
            q += "</td><td>";
            q += to_string(in.role);
            q += ' ';
            q += to_string(in.kind);
            q += "</td><td class=\"n\">";
            num(q, in.bytes);
            q += "</td><td><code class=\"digest\">";
            esc(q, in.digest.empty() ? std::string_view{"-"} : std::string_view{in.digest});
            q += "</code></td></tr>";
        }
        q += "</tbody></table><table class=\"t\"><tbody>";
        for (const auto& st : p.settings) {
            q += "<tr><th>";
            esc(q, st.key);
            q += "</th><td>";
            esc(q, st.value);
            q += "</td></tr>";
        }
        q += "</tbody></table></section>\n";
    }

    // A horizontal bar chart: one row per (label, value), longest bar = the largest value.
    void bar_chart(std::string& o, std::string_view chart_id, std::string_view title,
                   const std::vector<std::pair<std::string, std::uint64_t>>& rows, std::string_view unit = {}) const {
        detail::html_bar_chart(o, options_.language, chart_id, title, rows, unit);
    }

    // The level shown in the per-region charts: the first with more than one region.
    [[nodiscard]] region_level chart_level() const {
        for (auto level : levels) {
            std::size_t n = 0;
            std::uint64_t first = 0;
            for (const auto& t : totals_)
                if (t.level == level) {
                    if (n == 0) first = t.code;
                    if (t.code != first) return level;
                    ++n;
                }
        }
        return region_level::province;
    }

    void charts(std::string& o, const audit_summary&) const {
        o += "<section id=\"charts\"><h2>";
        o += tr("Grafik", "Charts");
        o += "</h2><div class=\"charts\">";
        std::vector<std::pair<std::string, std::uint64_t>> rows(by_rule_.begin(), by_rule_.end());
        std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        bar_chart(o, "chart-rules", tr("Temuan per aturan", "Findings per rule"), rows);
        // Findings and coverage per region of the chart level, summed over the contests.
        const region_level level = chart_level();
        std::map<std::uint64_t, std::pair<std::uint64_t, std::uint64_t>> cover;  // code → counted, expected
        std::map<std::uint64_t, std::uint64_t> found;
        bool any_expected = false;
        for (const auto& t : totals_) {
            if (t.level != level) continue;
            auto& c = cover[t.code];
            c.first += t.counted;
            if (t.expected) {
                any_expected = true;
                c.second += *t.expected;
            }
            auto it = agg_.find(region_key(t.code, t.level, t.contest));
            found[t.code] += it == agg_.end() ? 0 : it->second.total();
        }
        auto label = [&](std::uint64_t code) {
            std::string l = std::to_string(code);
            if (const auto n = name_of_code(code); !n.empty()) {
                l += ' ';
                l += n;
            }
            return l;
        };
        rows.clear();
        for (const auto& [code, n] : found) rows.emplace_back(label(code), n);
        std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        if (rows.size() > 40) rows.resize(40);
        std::string title{tr("Temuan per ", "Findings per ")};
        title += detail::level_name(level).in(options_.language);
        bar_chart(o, "chart-regions", title, rows);
        // Turnout: users of the right to vote (else votes cast) over DPT, per TPS.
        o += "<figure class=\"chart\" id=\"chart-turnout\"><figcaption>";
        o += tr("Sebaran partisipasi per TPS (pengguna hak pilih / DPT)", "Turnout per TPS (voters / DPT)");
        o += "</figcaption>";
        std::uint64_t most = 1;
        for (std::size_t i = 0; i + 1 < turnout_bins; ++i) most = std::max(most, turnout_[i]);
        o += "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"560\" height=\"190\" viewBox=\"0 0 560 190\">";
        for (std::size_t i = 0; i + 1 < turnout_bins; ++i) {
            const std::uint64_t hgt = turnout_[i] * 140 / most;
            const std::size_t x = 20 + i * 24;
            o += "<rect x=\"";
            raw(o, x);
            o += "\" y=\"";
            raw(o, 150 - hgt);
            o += "\" width=\"20\" height=\"";
            raw(o, std::max<std::uint64_t>(hgt, turnout_[i] == 0 ? 0 : 1));
            o += i + 2 == turnout_bins ? "\" class=\"over\"><title>&gt;100 %: " : "\"><title>";
            if (i + 2 != turnout_bins) {
                raw(o, i * 5);
                o += "–";
                raw(o, i * 5 + 5);
                o += " %: ";
            }
            num(o, turnout_[i]);
            o += " TPS</title></rect>";
            if (i % 4 == 0 || i + 2 == turnout_bins) {
                o += "<text x=\"";
                raw(o, x + 10);
                o += "\" y=\"168\" text-anchor=\"middle\">";
                if (i + 2 == turnout_bins) o += "&gt;100";
                else raw(o, i * 5);
                o += "</text>";
            }
        }
        o += "<text x=\"280\" y=\"186\" text-anchor=\"middle\">% · ";
        o += tr("tanpa angka: ", "no figure: ");
        num(o, turnout_[turnout_bins - 1]);
        o += " TPS</text></svg></figure>";
        if (any_expected) {
            rows.clear();
            for (const auto& [code, c] : cover) rows.emplace_back(label(code), c.second == 0 ? 0 : c.first * 100 / c.second);
            if (rows.size() > 40) rows.resize(40);
            std::string ct{tr("Cakupan per ", "Coverage per ")};
            ct += detail::level_name(level).in(options_.language);
            ct += tr(" (lembar / TPS yang diharapkan)", " (sheets / expected TPS)");
            bar_chart(o, "chart-coverage", ct, rows, " %");
        }
        o += "</div></section>\n";
    }

    void regions_of(std::string& o, tps_code c) const {
        bool first = true;
        for (auto level : levels) {
            if (!first) o += " › ";
            first = false;
            const auto code = c.region(level);
            const auto n = name_of_code(code);
            if (n.empty()) raw(o, code);
            else esc(o, n);
        }
    }

    void action_section(std::string& o, const action_text& render_row) const {
        const auto rows = actions_.rows();
        o += "<section id=\"actions\"><h2>";
        o += tr("Daftar penghitungan ulang dan pemungutan suara ulang/lanjutan/susulan",
                "Recount and re-vote list");
        o += " <span class=\"count\" id=\"actions-count\" data-value=\"";
        raw(o, rows.size());
        o += "\">";
        num(o, rows.size());
        o += "</span></h2>";
        if (rows.empty()) {
            o += "<p class=\"none\">";
            o += tr("Tidak ada TPS yang wajib atau dapat dihitung ulang atau diulang.", "No TPS must or may be recounted or re-voted.");
            o += "</p></section>\n";
            return;
        }
        o += "<div class=\"scroll\"><table class=\"t\"><thead><tr><th>TPS</th><th>";
        o += tr("wilayah", "regions");
        o += "</th><th>";
        o += tr("akibat", "consequence");
        o += "</th><th>";
        o += tr("alasan", "reasons");
        o += "</th></tr></thead><tbody>";
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const auto& r = rows[i];
            if (i == shown_rows && rows.size() > shown_rows) {
                // The rest folded: a closed <details> is not laid out, so a national list opens fast.
                o += "</tbody></table></div><details class=\"plain\"><summary>";
                num(o, rows.size() - shown_rows);
                o += tr(" baris lagi", " more rows");
                o += "</summary><div class=\"scroll\"><table class=\"t\"><tbody>";
            }
            o += "<tr><td><a href=\"#";
            o += tps_anchor(r.tps, r.contest);
            o += "\"><code>";
            o += to_string(r.tps);
            o += "</code></a> ";
            o += to_string(r.contest);
            o += "</td><td>";
            regions_of(o, r.tps);
            o += "</td><td>";
            badge(o, r.v.result, r.v.mandatory);
            o += "</td><td>";
            bool first = true;
            for (const verdict_reason& why : r.v) {
                if (!first) o += ", ";
                first = false;
                o += "<code>";
                esc(o, why.key);
                o += "</code>";
            }
            o += "</td></tr>";
        }
        o += "</tbody></table></div>";
        if (rows.size() > shown_rows) o += "</details>";
        if (render_row) {
            o += "<details class=\"plain\"><summary>";
            o += tr("Dengan dasar hukum dan batas waktu (teks)", "With basis and deadlines (text)");
            o += "</summary><pre>";
            for (const auto& r : rows) esc(o, render_row(r));
            o += "</pre></details>";
        }
        o += "</section>\n";
    }

    void materiality_row(std::string& o, const region_total& t) const {
        const materiality m = assess_materiality(t);
        o += "<tr class=\"m-";
        o += m.verdict == materiality_verdict::could_change ? "could" : m.verdict == materiality_verdict::cannot_change ? "cannot" : "unknown";
        o += "\"><td>";
        o += to_string(t.contest);
        o += "</td><td>";
        region_label(o, t.code);
        o += "</td><td class=\"n\">";
        const bool legislative = is_legislative_contest(t.contest);
        if (m.margin && !legislative) num(o, *m.margin);
        else o += legislative ? "–" : "?";
        o += "</td><td class=\"n\">";
        num(o, t.stake_tps);
        o += "</td><td class=\"n\">";
        num(o, t.missing);
        o += "</td><td>";
        materiality_text(o, t, m);
        o += "</td></tr>";
    }

    // A legislative contest shares seats among parties: there is no one winning margin to weigh
    // the recounts against.
    void materiality_text(std::string& o, const region_total& t, const materiality& m) const {
        if (is_legislative_contest(t.contest))
            o += tr("tidak dinilai untuk kontes legislatif (kursi dibagi antarpartai, tidak ada satu selisih kemenangan)",
                    "not assessed for a legislative contest (seats are shared among parties: there is no one winning margin)");
        else esc(o, explain_materiality(m, options_.language));
    }

    void materiality_section(std::string& o) const {
        o += "<section id=\"materiality\"><h2>";
        o += tr("Materialitas terhadap selisih kemenangan", "Materiality against the winning margin");
        o += "</h2><p class=\"note\">";
        o += tr("Pemenang tidak dapat berubah hanya bila selisih &gt; 2 × suara sah di TPS yang wajib/dapat dihitung ulang atau PSU + DPT TPS yang hilang.",
                "The winner cannot change only when the margin &gt; 2 × suara sah at TPS with a recount or PSU + the DPT of missing TPS.");
        o += "</p><table class=\"t\"><thead><tr><th>";
        o += tr("kontes", "contest");
        o += "</th><th>";
        o += tr("wilayah", "region");
        o += "</th><th>";
        o += tr("selisih", "margin");
        o += "</th><th>";
        o += tr("TPS hitung ulang/PSU", "recount/PSU TPS");
        o += "</th><th>";
        o += tr("TPS hilang", "missing TPS");
        o += "</th><th>";
        o += tr("perhitungan", "arithmetic");
        o += "</th></tr></thead><tbody>";
        for (const auto& t : totals_)
            if (t.level == region_level::province) materiality_row(o, t);
        o += "</tbody></table><details class=\"plain\"><summary>";
        o += tr("Per kabupaten/kota", "By regency/city");
        o += "</summary><table class=\"t\"><tbody>";
        for (const auto& t : totals_)
            if (t.level == region_level::regency) materiality_row(o, t);
        o += "</tbody></table></details></section>\n";
    }

    // ---- drill-down ----
    void index_totals() {
        children_.clear();
        by_key_.clear();
        village_cards_.clear();
        for (std::size_t i = 0; i < totals_.size(); ++i) {
            const auto& t = totals_[i];
            by_key_[region_key(t.code, t.level, t.contest)] = i;
            if (t.level == region_level::province) continue;
            const auto up = parent_level(t.level);
            std::uint64_t parent = t.code;
            for (int d = static_cast<int>(up); d < static_cast<int>(t.level); ++d) parent /= 10;
            children_[region_key(parent, up, t.contest)].push_back(i);
        }
        auto weight = [&](std::size_t i) {
            const auto& t = totals_[i];
            auto it = agg_.find(region_key(t.code, t.level, t.contest));
            return it == agg_.end() ? std::pair<int, std::uint64_t>{0, 0} : std::pair<int, std::uint64_t>{rank(it->second.strongest), it->second.total()};
        };
        // At each level the strongest consequence first, then the most findings, then by code.
        for (auto& [k, v] : children_)
            std::stable_sort(v.begin(), v.end(), [&](std::size_t a, std::size_t b) {
                const auto wa = weight(a), wb = weight(b);
                if (wa.first != wb.first) return wa.first > wb.first;
                return wa.second > wb.second;
            });
        std::vector<std::size_t> order(cards_.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            const auto& x = cards_[a];
            const auto& y = cards_[b];
            if (x.strongest != y.strongest) return rank(x.strongest) > rank(y.strongest);
            if (x.items.size() != y.items.size()) return x.items.size() > y.items.size();
            return x.tps.number() < y.tps.number();
        });
        if (order.size() > options_.max_tps_cards) {
            cards_left_out_ = order.size() - options_.max_tps_cards;
            order.resize(options_.max_tps_cards);
        }
        for (auto i : order) village_cards_[region_key(cards_[i].tps.village(), region_level::village, cards_[i].contest)].push_back(i);
    }
    // The level above `l` (a province has none: itself).
    static region_level parent_level(region_level l) noexcept {
        switch (l) {
        case region_level::province:
        case region_level::regency: return region_level::province;
        case region_level::district: return region_level::regency;
        case region_level::village: return region_level::district;
        case region_level::tps: return region_level::village;
        }
        return region_level::province;
    }

    [[nodiscard]] const region_agg* agg_of(const region_total& t) const {
        auto it = agg_.find(region_key(t.code, t.level, t.contest));
        return it == agg_.end() ? nullptr : &it->second;
    }

    void node(std::ostream& out, std::string& o, std::size_t i, int depth) const {
        const auto& t = totals_[i];
        const region_agg* a = agg_of(t);
        const std::uint64_t findings = a == nullptr ? 0 : a->total();
        o += "<details class=\"r lv-";
        o += detail::level_key(t.level);
        o += "\" id=\"r-";
        o += to_string(t.contest);
        o += '-';
        raw(o, t.code);
        o += "\" data-level=\"";
        o += detail::level_key(t.level);
        o += "\" data-code=\"";
        raw(o, t.code);
        o += "\" data-counted=\"";
        raw(o, t.counted);
        if (t.expected) {
            o += "\" data-expected=\"";
            raw(o, *t.expected);
        }
        o += "\" data-flagged=\"";
        raw(o, t.flagged);
        o += "\" data-findings=\"";
        raw(o, findings);
        o += '"';
        if (depth == 0 && by_level_count_ <= 3) o += " open";
        o += "><summary><span class=\"lvl\">";
        esc(o, detail::level_name(t.level).in(options_.language));
        o += "</span> ";
        if (depth == 0) {  // each contest has its own tree: say whose
            o += "<span class=\"kontes\">";
            o += to_string(t.contest);
            o += "</span> ";
        }
        region_label(o, t.code);
        o += " <span class=\"meta\">";
        num(o, t.counted);
        if (t.expected) {
            o += " / ";
            num(o, *t.expected);
        }
        o += tr(" TPS · ", " TPS · ");
        num(o, t.flagged);
        o += tr(" bertemuan · ", " flagged · ");
        num(o, findings);
        o += tr(" temuan", " findings");
        if (t.missing != 0) {
            o += " · ";
            num(o, t.missing);
            o += tr(" hilang", " missing");
        }
        o += "</span> ";
        if (a != nullptr && a->strongest != outcome::none) badge(o, a->strongest, false, false);
        o += "</summary><div class=\"body\">";
        // Votes per candidate and the materiality of this region.
        if (t.candidates != 0) {
            o += "<table class=\"votes\"><tr>";
            for (std::size_t c = 0; c < t.candidates; ++c) {
                o += "<th>";
                raw(o, c + 1);
                o += "</th>";
            }
            o += "</tr><tr>";
            for (std::size_t c = 0; c < t.candidates; ++c) {
                o += "<td class=\"n\">";
                num(o, t.votes[c]);
                if (t.votes_missing[c] != 0) o += "<sup>?</sup>";
                o += "</td>";
            }
            o += "</tr></table>";
        }
        o += "<p class=\"mat\">";
        materiality_text(o, t, assess_materiality(t));
        o += "</p>";
        if (a != nullptr) {
            o += "<p class=\"tpsby\">";
            bool first = true;
            for (std::size_t r = a->tps_by_outcome.size(); r-- > 1;) {
                if (a->tps_by_outcome[r] == 0) continue;
                if (!first) o += " · ";
                first = false;
                num(o, a->tps_by_outcome[r]);
                o += " TPS ";
                esc(o, name_of(static_cast<outcome>(r)).in(options_.language));
            }
            o += "</p>";
        }
        if (t.level != region_level::village) {
            auto it = children_.find(region_key(t.code, t.level, t.contest));
            if (it != children_.end()) {
                std::string quiet;
                std::size_t n_quiet = 0;
                for (auto c : it->second) {
                    const auto& ct = totals_[c];
                    const region_agg* ca = agg_of(ct);
                    if ((ca != nullptr && ca->total() != 0) || ct.missing != 0) {
                        node(out, o, c, depth + 1);
                        if (o.size() > (std::size_t{1} << 20)) flush(out, o);
                        continue;
                    }
                    if (n_quiet != 0) quiet += ", ";
                    ++n_quiet;
                    quiet += std::to_string(ct.code);
                    if (const auto nm = name_of_code(ct.code); !nm.empty()) {
                        quiet += ' ';
                        detail::append_html(quiet, nm);
                    }
                    quiet += " (";
                    quiet += detail::grouped(ct.counted);
                    quiet += ')';
                }
                if (n_quiet != 0) {
                    o += "<p class=\"quiet\">";
                    num(o, n_quiet);
                    o += ' ';
                    esc(o, detail::level_name(totals_[it->second.front()].level).in(options_.language));
                    o += tr(" tanpa temuan: ", " without findings: ");
                    o += quiet;
                    o += "</p>";
                }
            }
        } else {
            const std::uint64_t k = region_key(t.code, t.level, t.contest);
            if (auto m = missing_.find(k); m != missing_.end()) {
                o += "<p class=\"missing\">";
                o += tr("TPS yang diharapkan tanpa lembar: ", "Expected TPS without a sheet: ");
                auto codes = m->second;
                std::sort(codes.begin(), codes.end());
                for (std::size_t j = 0; j < codes.size(); ++j) {
                    if (j != 0) o += ", ";
                    o += "<code class=\"miss\" data-tps=\"";
                    o += to_string(codes[j]);
                    o += "\">";
                    o += to_string(codes[j]);
                    o += "</code>";
                }
                o += "</p>";
            }
            if (auto c = village_cards_.find(k); c != village_cards_.end())
                for (auto j : c->second) card(o, cards_[j]);
        }
        o += "</div></details>\n";
    }

    void card(std::string& o, const tps_card& c) const {
        o += "<article class=\"tps\" id=\"";
        o += tps_anchor(c.tps, c.contest);
        o += "\" data-tps=\"";
        o += to_string(c.tps);
        o += "\" data-kontes=\"";
        o += to_string(c.contest);
        o += "\" data-findings=\"";
        raw(o, c.items.size());
        o += "\" data-consequence=\"";
        o += to_string(c.strongest);
        o += "\"><h4>TPS <code>";
        o += to_string(c.tps);
        o += "</code> ";
        o += to_string(c.contest);
        o += ' ';
        badge(o, c.strongest, c.mandatory);
        o += "</h4>";
        if (c.has_sheet) {
            // A grid of name/value pairs (end tags omitted, as HTML allows: a national page
            // holds thousands of cards).
            o += "<dl class=\"fig\">";
            for (const auto& [f, v] : c.figures) {
                o += "<dt>";
                o += to_string(f);
                o += "<dd>";
                num(o, v);
            }
            for (std::size_t i = 0; i < c.votes.size(); ++i) {
                o += "<dt>suara_";
                raw(o, i + 1);
                o += "<dd>";
                if (c.votes[i] == missing_figure) o += "—";
                else num(o, c.votes[i]);
            }
            o += "</dl>";
        }
        o += "<ol class=\"findings\">";
        for (const auto& it : c.items) {
            o += "<li class=\"sev-";
            o += to_string(it.level);
            o += "\" data-rule=\"";
            esc(o, it.rule);
            o += "\"><b><code>";
            esc(o, it.rule);
            o += "</code></b> <span class=\"sev\">";
            o += to_string(it.level);
            o += "</span> ";
            badge(o, it.result, it.mandatory);
            o += "<p>";
            esc(o, it.message);
            o += "</p>";
            if (!it.figures.empty()) {
                o += "<p class=\"figs\">";
                for (const auto& [n, v] : it.figures) {
                    o += "<span>";
                    esc(o, n);
                    o += " = ";
                    // record.incomplete names a legislative sheet's missing figures: missing, no number
                    if (v == missing_figure && it.rule == "record.incomplete") o += tr("kosong", "missing");
                    else num(o, v);
                    o += "</span> ";
                }
                o += "</p>";
            }
            for (const auto& [n, v] : it.likely) {
                o += "<p class=\"slip\">";
                o += tr("Kemungkinan salah tulis angka: ", "Likely digit slip: ");
                esc(o, n);
                o += tr(" mungkin ", " probably ");
                num(o, v);
                o += "</p>";
            }
            o += "<p class=\"basis\">";
            o += tr("Dasar hukum: ", "Basis: ");
            esc(o, it.basis);
            o += "</p></li>";
        }
        o += "</ol><p class=\"evidence\">";
        if (!c.file.empty()) {
            o += tr("Sumber: ", "Source: ");
            o += "<code>";
            esc(o, c.file);
            if (c.line != 0) {
                o += ':';
                raw(o, c.line);
            }
            o += "</code>";
        }
        if (!c.ts.empty()) {
            o += " · ts <time>";
            esc(o, c.ts);
            o += "</time>";
        }
        std::string_view images{c.images};
        std::size_t n = 0;
        while (!images.empty()) {
            const auto nl = images.find('\n');
            const auto url = images.substr(0, nl);
            images = nl == std::string_view::npos ? std::string_view{} : images.substr(nl + 1);
            if (!detail::web_url(url)) continue;
            o += n == 0 ? tr(" · foto formulir: ", " · form photos: ") : std::string_view{" "};
            ++n;
            o += "<a class=\"img\" rel=\"noreferrer\" target=\"_blank\" href=\"";
            esc(o, url);
            o += "\">";
            raw(o, n);
            o += "</a>";
        }
        o += "</p></article>";
    }

    void drill_down(std::ostream& out, std::string& o) {
        by_level_count_ = 0;
        for (const auto& t : totals_)
            if (t.level == region_level::province) ++by_level_count_;
        o += "<section id=\"drill\"><h2>";
        o += tr("Per wilayah: provinsi › kabupaten/kota › kecamatan › desa/kelurahan › TPS",
                "By region: province › regency/city › district › village › TPS");
        o += "</h2><p class=\"note\">";
        o += tr("Di setiap tingkat, wilayah dengan akibat terkuat lebih dulu. Klik untuk membuka.",
                "At each level the region with the strongest consequence comes first. Click to open.");
        o += "</p>";
        for (std::size_t i = 0; i < totals_.size(); ++i)
            if (totals_[i].level == region_level::province) {
                node(out, o, i, 0);
                flush(out, o);
            }
        if (cards_left_out_ != 0) {
            o += "<p class=\"warn\">";
            num(o, cards_left_out_);
            o += tr(" TPS bertemuan lain tidak ditampilkan di sini (lihat --output jsonl).",
                    " further TPS with findings are not shown here (see --output jsonl).");
            o += "</p>";
        }
        o += "</section>\n";
    }

    void recap_section(std::string& o) const {
        if (!recap_items_.empty()) {
            o += "<section id=\"recap\"><h2>recap.mismatch</h2><ul>";
            for (const auto& it : recap_items_) {
                o += "<li>";
                esc(o, it.message);
                o += " <span class=\"basis\">";
                esc(o, it.basis);
                o += "</span></li>";
            }
            o += "</ul></section>\n";
        }
        o += "</main>\n";
        o += provenance_;
    }


    // Opens the folded regions around a linked TPS (#tps-...), on load and on every link.
    static constexpr std::string_view script =
        "<script>\nfunction openTo(){var e=location.hash&&document.getElementById(location.hash.slice(1));"
        "for(var d=e;d;d=d.parentElement)if(d.tagName==='DETAILS')d.open=true;if(e)e.scrollIntoView();}\n"
        "addEventListener('hashchange',openTo);addEventListener('DOMContentLoaded',openTo);\n</script>\n";

    html_report_options options_;
    rollup_table rollup_;
    action_list actions_;
    std::array<std::uint64_t, 7> by_outcome_{};
    std::map<std::string, std::uint64_t> by_rule_;
    std::array<std::uint64_t, turnout_bins> turnout_{};
    std::unordered_map<std::uint64_t, region_agg> agg_;
    std::unordered_map<std::uint64_t, std::vector<tps_code>> missing_;
    std::vector<tps_card> cards_;
    std::unordered_map<std::uint64_t, std::size_t> card_index_;
    std::vector<row_mark> marks_;
    std::vector<item> recap_items_;
    // filled by write()
    const region_names* names_ = nullptr;
    std::vector<region_total> totals_;
    std::unordered_map<std::uint64_t, std::size_t> by_key_;
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> children_;
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> village_cards_;
    std::size_t cards_left_out_ = 0;
    std::size_t by_level_count_ = 0;
    mutable std::string provenance_;
};

}  // namespace suara

#endif  // SUARA_BULK_HTML_REPORT_HPP
