// suara — `suara-audit diff OLD NEW --output html`: what changed between two scrapes as one
// self-contained page (issue 16 item 3), in the frame, style sheet and SVG charts of the audit's
// page (bulk/html_report.hpp), so that the two read alike.
// Distributed under the Boost Software License, Version 1.0.
//
// Why a page: a journalist comparing two scrapes wants the changed TPS with their figures
// (old → new), the ts before and after, the rules a change fixed or broke, the TPS that appeared
// or vanished, and where the votes moved (per region, per candidate, with the sign test and its
// caveat in both languages), without a tool to read jsonl. The TPS arrive from the differ in
// code order (add); at most `max_tps` of them are kept for the page (the rest are counted and
// named as left out: the jsonl has them all), so memory stays bounded on a national diff.
//
// Stable hooks for tests: #diff-{before,after,changed,appeared,vanished,unchanged,restamped,
// rejected-before,rejected-after,duplicates-before,duplicates-after,tps-fixed,tps-broke} carry
// data-value; each rule row `tr#rule-{rule}` data-fixed, data-broke; each candidate row
// `tr#cand-{kontes}-{figure}` data-net, data-increased, data-decreased, data-p ("" when no TPS
// moved it); each region row `tr#reg-{kontes}-{level}-{code}` data-changed, data-appeared,
// data-vanished and data-net-{figure}; each TPS `article#d-{kode_tps}-{kontes}` data-change
// and data-other-side-rejected, its figures `tr` data-figure, data-before, data-after ("" missing),
// its rules `li` data-rule in `ul.fixed` / `ul.broke`; the caveat `p#caveat-id`, `p#caveat-en`.
#ifndef SUARA_TOOLS_AUDIT_DIFF_HTML_HPP
#define SUARA_TOOLS_AUDIT_DIFF_HTML_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <suara/bulk/html_report.hpp>
#include <suara/bulk/provenance.hpp>
#include <suara/bulk/scrape_diff.hpp>
#include <suara/core/text.hpp>
#include <suara/core/tps_code.hpp>

namespace suara {

/// What the diff page says about its inputs beside the differ's totals.
struct diff_page_inputs {
    std::string_view before;               ///< the older scrape's path
    std::string_view after;                ///< the newer scrape's path
    std::uint64_t rejected_before = 0;     ///< records rejected when the older was read
    std::uint64_t rejected_after = 0;      ///< the same for the newer
    std::string_view time;                 ///< when the page was made (UTC text), "" for none
};

/// The page of `suara-audit diff --output html`: add() each TPS, then write().
class diff_html_page {
public:
    /// A page in language `l`, keeping at most `max_tps` TPS for it.
    explicit diff_html_page(lang l = lang::id, std::size_t max_tps = 20000) : lang_{l}, max_tps_{max_tps} {}

    /// Adds one TPS the differ delivered; `other_side_rejected` as in the jsonl.
    void add(const tps_diff& d, bool other_side_rejected) {
        if (kept_.size() >= max_tps_) {
            ++left_out_;
            return;
        }
        kept_tps t;
        t.code = d.code;
        t.contest = d.contest;
        t.change = d.change;
        t.ts_before = std::string{d.ts_before};
        t.ts_after = std::string{d.ts_after};
        t.figures.assign(d.figures.begin(), d.figures.end());
        t.fixed = d.fixed();
        t.broke = d.broke();
        for (std::size_t r = 0; r < rule_count; ++r)
            if (d.fired_before.contains(static_cast<rule_id>(r)) && d.fired_after.contains(static_cast<rule_id>(r)))
                t.still.insert(static_cast<rule_id>(r));
        t.other_side_rejected = other_side_rejected;
        kept_.push_back(std::move(t));
    }

    /// TPS not kept for the page (beyond max_tps).
    [[nodiscard]] std::size_t left_out() const noexcept { return left_out_; }

    /// Writes the page: the differ's totals, the caveat of the sign test (both languages are
    /// shown) and the region names (codes only when a name is absent).
    void write(std::ostream& out, const diff_page_inputs& in, const scrape_diff_summary& sum, const std::vector<candidate_shift>& shifts,
               const std::vector<region_shift>& regions, const region_names& names, const bilingual& caveat) const {
        std::string o;
        o.reserve(std::size_t{1} << 16);
        std::string title{tr("Perubahan antara dua unduhan Sirekap", "What changed between two Sirekap scrapes")};
        detail::html_page_head(o, lang_, title);
        o += "<header><h1>";
        o += title;
        o += "</h1><p class=\"sub\">";
        o += tr("Lama: ", "Old: ");
        o += "<code>";
        esc(o, in.before);
        o += "</code> → ";
        o += tr("baru: ", "new: ");
        o += "<code>";
        esc(o, in.after);
        o += "</code>";
        if (!in.time.empty()) {
            o += " · ";
            esc(o, in.time);
        }
        o += "</p>";
        if (sum.before + sum.after == 0)
            warn(o, tr("Tidak ada rekaman yang terbaca di kedua unduhan.", "Neither scrape holds a readable record."));
        else if (sum.before == 0)
            warn(o, tr("Unduhan lama tidak memuat rekaman yang terbaca; semua TPS tampak muncul.",
                       "The old scrape holds no readable record; every TPS looks new."));
        else if (sum.after == 0)
            warn(o, tr("Unduhan baru tidak memuat rekaman yang terbaca; semua TPS tampak hilang.",
                       "The new scrape holds no readable record; every TPS looks vanished."));
        o += "</header>\n<nav>";
        for (const auto& [anchor, label] : {std::pair{"summary", bilingual{"Ringkasan", "Summary"}}, std::pair{"rules", bilingual{"Aturan", "Rules"}},
                                            std::pair{"candidates", bilingual{"Per calon", "By candidate"}},
                                            std::pair{"regions", bilingual{"Per wilayah", "By region"}}, std::pair{"tps", bilingual{"TPS", "TPS"}}}) {
            o += "<a href=\"#";
            o += anchor;
            o += "\">";
            o += label.in(lang_);
            o += "</a>";
        }
        o += "</nav>\n<main>\n";
        summary_section(o, in, sum);
        rules_section(o, sum);
        out << o;
        o.clear();
        candidates_section(o, shifts, caveat);
        regions_section(o, regions, names);
        out << o;
        o.clear();
        tps_section(out, o);
        o += "</main>\n</body>\n</html>\n";
        out << o;
    }

private:
    struct kept_tps {
        tps_code code{};
        kontes contest = kontes::ppwp;
        tps_change change = tps_change::changed;
        std::string ts_before, ts_after;
        std::vector<figure_change> figures;
        rule_set fixed, broke, still;
        bool other_side_rejected = false;
    };

    [[nodiscard]] bool id() const noexcept { return lang_ == lang::id; }
    [[nodiscard]] std::string_view tr(std::string_view in_id, std::string_view in_en) const noexcept { return id() ? in_id : in_en; }
    static void esc(std::string& o, std::string_view s) { detail::append_html(o, s); }
    static void raw(std::string& o, std::uint64_t v) { o += std::to_string(v); }
    static void num(std::string& o, std::uint64_t v) { o += detail::grouped(v); }
    static std::string signed_text(std::int64_t v) {
        std::string s{v > 0 ? "+" : (v < 0 ? "−" : "")};
        s += detail::grouped(v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v));
        return s;
    }
    static std::string p_text(double p) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.6g", p);
        return buf;
    }
    static void warn(std::string& o, std::string_view s) {
        o += "<p class=\"warn\">";
        esc(o, s);
        o += "</p>";
    }
    static void figure_cell(std::string& o, std::uint32_t v) {
        if (v == missing_figure) o += "<span class=\"quiet\">—</span>";
        else num(o, v);
    }
    static void data_figure(std::string& o, std::string_view attr, std::uint32_t v) {
        o += ' ';
        o += attr;
        o += "=\"";
        if (v != missing_figure) raw(o, v);
        o += '"';
    }

    void summary_section(std::string& o, const diff_page_inputs& in, const scrape_diff_summary& s) const {
        o += "<section id=\"summary\"><h2>";
        o += tr("Ringkasan", "Summary");
        o += "</h2><div class=\"stats\">";
        detail::html_stat(o, "diff-before", tr("TPS di unduhan lama", "TPS in the old scrape"), s.before);
        detail::html_stat(o, "diff-after", tr("TPS di unduhan baru", "TPS in the new scrape"), s.after);
        detail::html_stat(o, "diff-changed", tr("berubah", "changed"), s.changed);
        detail::html_stat(o, "diff-appeared", tr("muncul", "appeared"), s.appeared);
        detail::html_stat(o, "diff-vanished", tr("hilang", "vanished"), s.vanished);
        detail::html_stat(o, "diff-unchanged", tr("tetap", "unchanged"), s.unchanged);
        detail::html_stat(o, "diff-restamped", tr("tetap, ts lain", "unchanged, another ts"), s.restamped);
        o += "</div><h3>";
        o += tr("Aturan dan pembacaan", "Rules and reading");
        o += "</h3><div class=\"stats\">";
        detail::html_stat(o, "diff-tps-fixed", tr("TPS: perubahan memperbaiki aturan", "TPS where a change fixed a rule"), s.tps_fixed);
        detail::html_stat(o, "diff-tps-broke", tr("TPS: perubahan merusak aturan", "TPS where a change broke a rule"), s.tps_broke);
        detail::html_stat(o, "diff-rejected-before", tr("ditolak di yang lama", "rejected in the old"), in.rejected_before);
        detail::html_stat(o, "diff-rejected-after", tr("ditolak di yang baru", "rejected in the new"), in.rejected_after);
        detail::html_stat(o, "diff-duplicates-before", tr("ganda di yang lama", "duplicates in the old"), s.duplicates_before);
        detail::html_stat(o, "diff-duplicates-after", tr("ganda di yang baru", "duplicates in the new"), s.duplicates_after);
        o += "</div>";
        if (in.rejected_before + in.rejected_after != 0)
            o += tr("<p class=\"note\">Rekaman yang ditolak saat dibaca tercantum di galat standar.</p>",
                    "<p class=\"note\">Records rejected when read are listed on standard error.</p>");
        if (s.duplicates_before + s.duplicates_after != 0)
            o += tr("<p class=\"note\">Rekaman ganda: yang terakhir dari TPS dan kontes yang sama dipakai.</p>",
                    "<p class=\"note\">Duplicate records: the last of the same TPS and contest is used.</p>");
        o += "</section>\n";
    }

    void rules_section(std::string& o, const scrape_diff_summary& s) const {
        o += "<section id=\"rules\"><h2>";
        o += tr("Aturan yang diperbaiki dan dirusak perubahan", "Rules the changes fixed and broke");
        o += "</h2><p class=\"note\">";
        o += tr("Diperbaiki: melanggar di lembar lama, tidak di lembar baru; dirusak: sebaliknya (TPS yang berubah).",
                "Fixed: firing on the old sheet, not on the new; broke: the reverse (TPS that changed).");
        o += "</p><div class=\"charts\">";
        std::vector<std::pair<std::string, std::uint64_t>> fixed, broke;
        for (std::size_t r = 0; r < rule_count; ++r) {
            if (s.fixed[r] != 0) fixed.emplace_back(std::string{rule_keys[r]}, s.fixed[r]);
            if (s.broke[r] != 0) broke.emplace_back(std::string{rule_keys[r]}, s.broke[r]);
        }
        detail::html_bar_chart(o, lang_, "chart-fixed", tr("TPS per aturan yang diperbaiki", "TPS per rule fixed"), fixed);
        detail::html_bar_chart(o, lang_, "chart-broke", tr("TPS per aturan yang dirusak", "TPS per rule broken"), broke);
        o += "</div>";
        if (!fixed.empty() || !broke.empty()) {
            o += "<table class=\"t\"><thead><tr><th>";
            o += tr("aturan", "rule");
            o += "</th><th>";
            o += tr("diperbaiki", "fixed");
            o += "</th><th>";
            o += tr("dirusak", "broke");
            o += "</th></tr></thead><tbody>";
            for (std::size_t r = 0; r < rule_count; ++r) {
                if (s.fixed[r] + s.broke[r] == 0) continue;
                o += "<tr id=\"rule-";
                o += rule_keys[r];
                o += "\" data-fixed=\"";
                raw(o, s.fixed[r]);
                o += "\" data-broke=\"";
                raw(o, s.broke[r]);
                o += "\"><td><code>";
                o += rule_keys[r];
                o += "</code></td><td class=\"n\">";
                num(o, s.fixed[r]);
                o += "</td><td class=\"n\">";
                num(o, s.broke[r]);
                o += "</td></tr>";
            }
            o += "</tbody></table>";
        }
        o += "</section>\n";
    }

    void candidates_section(std::string& o, const std::vector<candidate_shift>& shifts, const bilingual& caveat) const {
        o += "<section id=\"candidates\"><h2>";
        o += tr("Suara yang digeser perubahan, per calon", "Votes moved by the changes, per candidate");
        o += "</h2>";
        if (shifts.empty()) {
            o += "<p class=\"none\">";
            o += tr("(tidak ada)", "(none)");
            o += "</p></section>\n";
            return;
        }
        std::vector<std::pair<std::string, std::int64_t>> bars;
        for (const auto& s : shifts) {
            std::string label{to_string(s.contest)};
            label += ' ';
            label += s.name();
            bars.emplace_back(std::move(label), s.net);
        }
        o += "<div class=\"charts\">";
        detail::html_signed_bar_chart(o, lang_, "chart-candidates",
                                      tr("Suara bersih yang digeser (TPS yang berubah)", "Net votes moved (TPS that changed)"), bars);
        o += "</div><table class=\"t\"><thead><tr><th>";
        o += tr("kontes", "contest");
        o += "</th><th>";
        o += tr("kolom", "column");
        o += "</th><th>";
        o += tr("bersih", "net");
        o += "</th><th>";
        o += tr("naik di TPS", "up at TPS");
        o += "</th><th>";
        o += tr("turun di TPS", "down at TPS");
        o += "</th><th>";
        o += tr("tak diketahui", "unknown");
        o += "</th><th>";
        o += tr("TPS muncul (+)", "TPS appeared (+)");
        o += "</th><th>";
        o += tr("TPS hilang (−)", "TPS vanished (−)");
        o += "</th><th>";
        o += tr("uji tanda, p", "sign test, p");
        o += "</th></tr></thead><tbody>";
        for (const auto& s : shifts) {
            const bool moved = s.increased + s.decreased != 0;
            o += "<tr id=\"cand-";
            o += to_string(s.contest);
            o += '-';
            o += s.name();
            o += "\" data-net=\"";
            o += std::to_string(s.net);
            o += "\" data-increased=\"";
            raw(o, s.increased);
            o += "\" data-decreased=\"";
            raw(o, s.decreased);
            o += "\" data-p=\"";
            if (moved) o += p_text(s.p_value());
            o += "\"><td>";
            o += to_string(s.contest);
            o += "</td><td><code>";
            o += s.name();
            o += "</code></td><td class=\"n\">";
            o += signed_text(s.net);
            o += "</td><td class=\"n\">";
            num(o, s.increased);
            o += "</td><td class=\"n\">";
            num(o, s.decreased);
            o += "</td><td class=\"n\">";
            num(o, s.unknown);
            o += "</td><td class=\"n\">";
            num(o, s.appeared_votes);
            o += "</td><td class=\"n\">";
            num(o, s.vanished_votes);
            o += "</td><td class=\"n\">";
            o += moved ? p_text(s.p_value()) : std::string{"—"};
            o += "</td></tr>";
        }
        o += "</tbody></table><p class=\"note\">";
        o += tr("Uji tanda: p-nilai binomial eksak dua sisi (p = ½) dari TPS yang naik terhadap yang turun.",
                "Sign test: the exact two-sided binomial p-value (p = ½) of the TPS that went up against those that went down.");
        o += "</p>";
        // Both languages, the page's first: a reader quoting one quotes the other with it.
        const bool first_id = id();
        for (int i = 0; i < 2; ++i) {
            const bool in_id = (i == 0) == first_id;
            o += in_id ? "<p class=\"warn\" id=\"caveat-id\" lang=\"id\">" : "<p class=\"warn\" id=\"caveat-en\" lang=\"en\">";
            esc(o, in_id ? caveat.id : caveat.en);
            o += "</p>";
        }
        o += "</section>\n";
    }

    void regions_section(std::string& o, const std::vector<region_shift>& regions, const region_names& names) const {
        o += "<section id=\"regions\"><h2>";
        o += tr("Per wilayah: suara bersih yang digeser perubahan", "By region: net votes moved by the changes");
        o += "</h2>";
        if (regions.empty()) {
            o += "<p class=\"none\">";
            o += tr("(tidak ada)", "(none)");
            o += "</p></section>\n";
            return;
        }
        // The chart: TPS changed per region of the first level with more than one region.
        region_level chart_level = region_level::village;
        for (auto lv : {region_level::province, region_level::regency, region_level::district, region_level::village}) {
            std::size_t n = 0;
            for (const auto& r : regions) n += r.level == lv ? 1 : 0;
            if (n > 1) {
                chart_level = lv;
                break;
            }
        }
        std::vector<std::pair<std::string, std::uint64_t>> bars;
        for (const auto& r : regions)
            if (r.level == chart_level && bars.size() < 40) {
                std::string label = region_code_string(r.code, static_cast<int>(r.level));
                if (const auto it = names.find(r.code); it != names.end()) {
                    label += ' ';
                    label += it->second;
                }
                bars.emplace_back(std::move(label), r.changed + r.appeared + r.vanished);
            }
        std::string chart_title{tr("TPS berubah, muncul atau hilang, per ", "TPS changed, appeared or vanished, per ")};
        chart_title += detail::level_name(chart_level).in(lang_);
        o += "<div class=\"charts\">";
        detail::html_bar_chart(o, lang_, "chart-regions", chart_title, bars);
        o += "</div>";
        for (auto lv : {region_level::province, region_level::regency, region_level::district, region_level::village}) {
            std::size_t n = 0;
            for (const auto& r : regions) n += r.level == lv ? 1 : 0;
            if (n == 0) continue;
            o += "<details class=\"r\"";
            if (lv == region_level::province) o += " open";
            o += "><summary><b>";
            o += detail::level_name(lv).in(lang_);
            o += "</b> <span class=\"count\">(";
            num(o, n);
            o += ")</span></summary><div class=\"scroll\"><table class=\"t\"><thead><tr><th>";
            o += tr("kode", "code");
            o += "</th><th>";
            o += tr("nama", "name");
            o += "</th><th>";
            o += tr("kontes", "contest");
            o += "</th><th>";
            o += tr("berubah", "changed");
            o += "</th><th>";
            o += tr("muncul", "appeared");
            o += "</th><th>";
            o += tr("hilang", "vanished");
            o += "</th><th>";
            o += tr("suara bersih yang digeser", "net votes moved");
            o += "</th></tr></thead><tbody>";
            for (const auto& r : regions) {
                if (r.level != lv) continue;
                const std::string code = region_code_string(r.code, static_cast<int>(r.level));
                o += "<tr id=\"reg-";
                o += to_string(r.contest);
                o += '-';
                o += detail::level_key(r.level);
                o += '-';
                o += code;
                o += "\" data-changed=\"";
                raw(o, r.changed);
                o += "\" data-appeared=\"";
                raw(o, r.appeared);
                o += "\" data-vanished=\"";
                raw(o, r.vanished);
                o += '"';
                r.for_each_column([&](std::size_t col) {
                    o += " data-net-";
                    o += vote_column_name(col);
                    o += "=\"";
                    o += std::to_string(r.net[col]);
                    o += '"';
                });
                o += "><td><code>";
                o += code;
                o += "</code></td><td>";
                if (const auto it = names.find(r.code); it != names.end()) esc(o, it->second);
                o += "</td><td>";
                o += to_string(r.contest);
                o += "</td><td class=\"n\">";
                num(o, r.changed);
                o += "</td><td class=\"n\">";
                num(o, r.appeared);
                o += "</td><td class=\"n\">";
                num(o, r.vanished);
                o += "</td><td>";
                bool any = false;
                r.for_each_column([&](std::size_t col) {
                    if (r.net[col] == 0) return;
                    if (any) o += ' ';
                    any = true;
                    o += "<span class=\"figs\"><span>";
                    o += vote_column_name(col);
                    o += ' ';
                    o += signed_text(r.net[col]);
                    o += "</span></span>";
                });
                if (!any) o += "<span class=\"quiet\">0</span>";
                o += "</td></tr>";
            }
            o += "</tbody></table></div></details>";
        }
        o += "</section>\n";
    }

    void tps_section(std::ostream& out, std::string& o) const {
        o += "<section id=\"tps\"><h2>";
        o += tr("TPS yang berubah, muncul atau hilang", "TPS that changed, appeared or vanished");
        o += "</h2>";
        if (kept_.empty() && left_out_ == 0) {
            o += "<p class=\"none\">";
            o += tr("(tidak ada)", "(none)");
            o += "</p>";
        }
        if (left_out_ != 0) {
            o += "<p class=\"warn\" id=\"tps-left-out\" data-value=\"";
            raw(o, left_out_);
            o += "\">";
            num(o, left_out_);
            o += tr(" TPS lagi tidak ditampilkan di halaman ini (lihat --output jsonl).",
                    " more TPS are not shown on this page (see --output jsonl).");
            o += "</p>";
        }
        for (const auto& t : kept_) {
            tps_card(o, t);
            if (o.size() > (std::size_t{1} << 20)) {
                out << o;
                o.clear();
            }
        }
        o += "</section>\n";
    }

    void rule_list(std::string& o, std::string_view cls, std::string_view label, rule_set s) const {
        bool any = false;
        for (std::size_t r = 0; r < rule_count; ++r) any = any || s.contains(static_cast<rule_id>(r));
        if (!any) return;
        o += "<div class=\"rl\"><span>";
        esc(o, label);
        o += "</span><ul class=\"";
        o += cls;
        o += "\">";
        for (std::size_t r = 0; r < rule_count; ++r)
            if (s.contains(static_cast<rule_id>(r))) {
                o += "<li data-rule=\"";
                o += rule_keys[r];
                o += "\"><code>";
                o += rule_keys[r];
                o += "</code></li>";
            }
        o += "</ul></div>";
    }

    void tps_card(std::string& o, const kept_tps& t) const {
        const std::string code = to_string(t.code);
        o += "<article class=\"tps\" id=\"d-";
        o += code;
        o += '-';
        o += to_string(t.contest);
        o += "\" data-change=\"";
        o += to_string(t.change);
        o += "\" data-other-side-rejected=\"";
        o += t.other_side_rejected ? "true" : "false";
        o += "\"><h4>TPS <code>";
        o += code;
        o += "</code> · ";
        o += to_string(t.contest);
        o += " <span class=\"badge ";
        switch (t.change) {
        case tps_change::changed: o += "o-correction\">"; o += tr("berubah", "changed"); break;
        case tps_change::appeared: o += "o-review\">"; o += tr("muncul", "appeared"); break;
        case tps_change::vanished: o += "o-recount\">"; o += tr("hilang", "vanished"); break;
        }
        o += "</span></h4><p class=\"meta\">ts <span class=\"ts-before\">";
        esc(o, t.ts_before.empty() ? std::string_view{"—"} : std::string_view{t.ts_before});
        o += "</span> → <span class=\"ts-after\">";
        esc(o, t.ts_after.empty() ? std::string_view{"—"} : std::string_view{t.ts_after});
        o += "</span></p>";
        if (t.other_side_rejected)
            warn(o, t.change == tps_change::vanished
                        ? tr("Rekamannya di unduhan baru ditolak saat dibaca, jadi tidak tentu hilang.",
                             "Its record in the newer scrape was rejected when read, so it has not necessarily vanished.")
                        : tr("Rekamannya di unduhan lama ditolak saat dibaca, jadi tidak tentu baru.",
                             "Its record in the older scrape was rejected when read, so it is not necessarily new."));
        o += "<table class=\"votes\"><thead><tr><th>";
        o += tr("angka", "figure");
        o += "</th><th>";
        o += tr("lama", "old");
        o += "</th><th>";
        o += tr("baru", "new");
        o += "</th><th>Δ</th></tr></thead><tbody>";
        for (const auto& f : t.figures) {
            o += "<tr data-figure=\"";
            o += f.name();
            o += '"';
            data_figure(o, "data-before", f.before);
            data_figure(o, "data-after", f.after);
            o += "><td><code>";
            o += f.name();
            o += "</code></td><td class=\"n\">";
            figure_cell(o, f.before);
            o += "</td><td class=\"n\">";
            figure_cell(o, f.after);
            o += "</td><td class=\"n\">";
            if (const auto d = f.delta()) o += signed_text(*d);
            else if (t.change == tps_change::changed) o += tr("kosong di satu sisi", "missing on one side");
            o += "</td></tr>";
        }
        o += "</tbody></table>";
        rule_list(o, "fixed", tr("Diperbaiki perubahan ini:", "Fixed by this change:"), t.fixed);
        rule_list(o, "broke", tr("Dirusak perubahan ini:", "Broken by this change:"), t.broke);
        rule_list(o, "still", tr("Masih melanggar:", "Still firing:"), t.still);
        o += "</article>\n";
    }

    lang lang_;
    std::size_t max_tps_;
    std::vector<kept_tps> kept_;
    std::size_t left_out_ = 0;
};

}  // namespace suara

#endif  // SUARA_TOOLS_AUDIT_DIFF_HTML_HPP
