// suara — `suara-audit diff OLD NEW`: what changed between two Sirekap scrapes (docs/cli.md).
// Distributed under the Boost Software License, Version 1.0.
//
// The comparison itself is the library's (bulk/scrape_diff.hpp); this file reads both scrapes
// through the tool's Sirekap reader (audit_sources::sirekap, so every input form the reader
// takes), and writes text (for people, in --lang), jsonl (typed records,
// docs/suara-audit-diff.schema.json), csv (one long table) or html (one self-contained page,
// audit_diff_html.hpp). Exit status as diff(1): 0 the
// scrapes hold the same figures, 1 something changed, appeared or vanished, 2 usage error or
// unreadable input, 3 neither scrape holds a readable sheet.
#ifndef SUARA_TOOLS_AUDIT_DIFF_HPP
#define SUARA_TOOLS_AUDIT_DIFF_HPP

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <variant>
#include <vector>

#include <suara/bulk/provenance.hpp>
#include <suara/bulk/scrape_diff.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/io/report.hpp>

#include "audit_diff_html.hpp"
#include "audit_run.hpp"

namespace suara {

/// What `suara-audit diff` was asked to do.
struct diff_options {
    std::string before;  ///< the older scrape
    std::string after;   ///< the newer scrape
    output_format output = output_format::text;  ///< --output
    bool html = false;                           ///< --output html: the page of audit_diff_html.hpp
    lang language = lang::id;                    ///< --lang
    std::string output_file;                     ///< -o/--output-file: written atomically
    std::optional<kontes> sirekap_kontes;        ///< --kontes: contest of files whose path names none
    std::string names;                           ///< --names: region names (code<TAB>name, .gz too)
    bool help = false;                           ///< -h/--help
};

/// Every option of `suara-audit diff` (the man page and the completion name them all).
inline constexpr std::array<std::string_view, 8> diff_option_names{"--output", "-o",      "--output-file", "--lang",
                                                                   "--kontes", "--names", "-q",            "--quiet"};

/// The usage text of `suara-audit diff` in language l.
[[nodiscard]] inline std::string_view diff_usage(lang l = lang::id) {
    static constexpr std::string_view id =
        "pemakaian: suara-audit diff [opsi] [--] LAMA BARU\n"
        "  LAMA, BARU            dua hasil unduhan Sirekap (berkas atau folder JSON): yang lama, lalu yang baru\n"
        "  --output O            text | jsonl | csv | html (bawaan text)\n"
        "  -o, --output-file BERKAS\n"
        "                        laporan ditulis ke BERKAS (utuh atau tidak sama sekali)\n"
        "  --lang L              id | en (bawaan id)\n"
        "  --kontes K            kontes berkas yang jalurnya tidak memuat kode kontes\n"
        "  --names BERKAS        nama wilayah, kode<TAB>nama (boleh .gz; bawaan: data/wilayah/regions.tsv.gz)\n"
        "  -q, --quiet           (diterima; diff tidak menampilkan bilah kemajuan)\n"
        "  -h, --help            teks ini\n"
        "status keluar: 0 angka sama, 1 ada yang berubah, muncul atau hilang, 2 galat pemakaian atau masukan\n"
        "  tak terbaca, 3 tidak ada lembar yang terbaca di kedua sisi\n";
    static constexpr std::string_view en =
        "usage: suara-audit diff [options] [--] OLD NEW\n"
        "  OLD, NEW              two Sirekap scrapes (JSON files or folders): the older, then the newer\n"
        "  --output O            text | jsonl | csv | html (default text)\n"
        "  -o, --output-file FILE\n"
        "                        write the report to FILE (whole or not at all)\n"
        "  --lang L              id | en (default id)\n"
        "  --kontes K            the contest of files whose path names none\n"
        "  --names FILE          region names, code<TAB>name (.gz too; default: data/wilayah/regions.tsv.gz)\n"
        "  -q, --quiet           (accepted; diff shows no progress bar)\n"
        "  -h, --help            this text\n"
        "exit status: 0 same figures, 1 something changed, appeared or vanished, 2 usage error or\n"
        "  unreadable input, 3 no readable sheet on either side\n";
    return l == lang::id ? id : en;
}

/// Parses the arguments after `diff`: `--opt value`, `--opt=value`, `--` before inputs.
[[nodiscard]] inline std::variant<diff_options, usage_error> parse_diff_args(const std::vector<std::string>& args) {
    diff_options o;
    for (std::size_t i = 0; i < args.size() && args[i] != "--"; ++i) {
        std::string_view v;
        if (args[i] == "--lang" && i + 1 < args.size()) v = args[i + 1];
        else if (args[i].rfind("--lang=", 0) == 0) v = std::string_view{args[i]}.substr(7);
        if (v == "id") o.language = lang::id;
        else if (v == "en") o.language = lang::en;
    }
    const bool id = o.language == lang::id;
    auto error = [&](const std::string& in_id, const std::string& in_en) { return usage_error{id ? in_id : in_en, o.language}; };
    std::vector<std::string> inputs;
    bool only_inputs = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string a = args[i];
        if (only_inputs || a == "-" || a.empty() || a[0] != '-') {
            inputs.push_back(a);
            continue;
        }
        if (a == "--") {
            only_inputs = true;
            continue;
        }
        if (a == "-h" || a == "--help") {
            o.help = true;
            continue;
        }
        if (a == "-q" || a == "--quiet") continue;
        std::string name = a, value;
        bool has_value = false;
        if (const auto eq = a.find('='); a.rfind("--", 0) == 0 && eq != std::string::npos) {
            name = a.substr(0, eq);
            value = a.substr(eq + 1);
            has_value = true;
        }
        const bool known = name == "--output" || name == "-o" || name == "--output-file" || name == "--lang" ||
                           name == "--kontes" || name == "--names";
        if (!known) return error("opsi tidak dikenal " + detail::quoted_arg(a), "unknown option " + detail::quoted_arg(a));
        if (!has_value) {
            if (i + 1 >= args.size()) return error(name + ": perlu nilai", name + ": expected a value");
            value = args[++i];
        }
        if (name == "--output") {
            o.html = value == "html";
            auto f = o.html ? std::optional<output_format>{output_format::text} : output_format_from_string(value);
            if (!f) return error("--output: harus text, jsonl, csv atau html, bukan " + detail::quoted_arg(value),
                                 "--output: expected text, jsonl, csv or html, got " + detail::quoted_arg(value));
            o.output = *f;
        } else if (name == "-o" || name == "--output-file") {
            if (value.empty()) return error("--output-file: perlu nama berkas", "--output-file: expected a file name");
            o.output_file = value;
        } else if (name == "--lang") {
            if (value != "id" && value != "en")
                return error("--lang: harus id atau en, bukan " + detail::quoted_arg(value),
                             "--lang: expected id or en, got " + detail::quoted_arg(value));
        } else if (name == "--kontes") {
            auto k = kontes_from_string(value);
            if (!k) return error("--kontes: harus kode kontes (ppwp, pdpr, pdpd, pdprdp, pdprdk, pkwkp, pkwkk), bukan " + detail::quoted_arg(value),
                                 "--kontes: expected a contest code (ppwp, pdpr, pdpd, pdprdp, pdprdk, pkwkp, pkwkk), got " + detail::quoted_arg(value));
            o.sirekap_kontes = *k;
        } else {
            if (value.empty()) return error("--names: perlu nama berkas", "--names: expected a file name");
            o.names = value;
        }
    }
    if (o.help) return o;
    if (inputs.size() != 2)
        return error("diff: perlu tepat dua masukan (LAMA BARU), bukan " + std::to_string(inputs.size()),
                     "diff: expected exactly two inputs (OLD NEW), got " + std::to_string(inputs.size()));
    o.before = inputs[0];
    o.after = inputs[1];
    return o;
}

namespace detail {

/// The caveat every sign test carries, in both languages.
inline constexpr bilingual sign_test_caveat{
    "Uji tanda hanya mengukur apakah koreksi condong ke satu arah lebih dari yang wajar secara kebetulan; "
    "statistik bukan bukti kecurangan: koreksi atas kesalahan baca yang sistematis juga condong ke satu arah.",
    "The sign test only measures whether corrections lean one way more than chance would make likely; "
    "a statistic is no proof of fraud: correcting a systematic reading error leans one way too."};

inline void diff_json_string(std::string& out, std::string_view s) {
    out += '"';
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else {
            out += ch;
        }
    }
    out += '"';
}

inline void diff_csv_field(std::string& out, std::string_view s) {
    // RFC 4180: quoted when it holds a comma, a quote or a line break.
    const bool quote = s.find_first_of(",\"\r\n") != std::string_view::npos;
    if (!quote) {
        out += s;
        return;
    }
    out += '"';
    for (const char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

[[nodiscard]] inline std::string diff_figure(std::uint32_t v) { return v == missing_figure ? std::string{"-"} : std::to_string(v); }

// appended rather than `"+" + ...`, which g++ 12 -O3 warns about (-Wrestrict, a false positive)
[[nodiscard]] inline std::string diff_signed(std::int64_t v) {
    std::string out{v > 0 ? "+" : ""};
    out += std::to_string(v);
    return out;
}

[[nodiscard]] inline std::string diff_p(double p) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", p);
    return buf;
}

[[nodiscard]] inline std::string rule_list_text(rule_set s, std::string_view sep) {
    std::string out;
    for (std::size_t r = 0; r < rule_count; ++r)
        if (s.contains(static_cast<rule_id>(r))) {
            if (!out.empty()) out += sep;
            out += rule_keys[r];
        }
    return out;
}

/// The TPS codes named by the rejected records of a scrape (a record's file stem), so that a TPS
/// whose record only failed to read in one scrape is not mistaken for one that vanished.
[[nodiscard]] inline std::vector<std::uint64_t> rejected_codes(const io::read_report& rep) {
    std::vector<std::uint64_t> out;
    for (const auto& r : rep.rejections)
        if (auto c = tps_code::parse(std::filesystem::path{r.source}.stem().string())) out.push_back(c->number());
    std::sort(out.begin(), out.end());
    return out;
}

[[nodiscard]] inline std::string_view level_name_id(region_level l) noexcept {
    switch (l) {
    case region_level::province: return "provinsi";
    case region_level::regency: return "kabupaten/kota";
    case region_level::district: return "kecamatan";
    case region_level::village: return "desa/kelurahan";
    case region_level::tps: return "TPS";
    }
    return "TPS";
}

/// Names of `wanted` codes from a code<TAB>name text (sorted look-up: a national diff wants
/// tens of thousands of villages).
[[nodiscard]] inline region_names diff_region_names(std::string_view text, std::vector<std::uint64_t> wanted) {
    std::sort(wanted.begin(), wanted.end());
    region_names out;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t end = text.find('\n', at);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(at, end - at);
        at = end + 1;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        const auto tab = line.find('\t');
        if (tab == std::string_view::npos || tab == 0 || tab > 13) continue;
        std::uint64_t code = 0;
        bool digits = true;
        for (char c : line.substr(0, tab)) {
            if (c < '0' || c > '9') {
                digits = false;
                break;
            }
            code = code * 10 + static_cast<std::uint64_t>(c - '0');
        }
        if (digits && std::binary_search(wanted.begin(), wanted.end(), code)) out.emplace(code, std::string{line.substr(tab + 1)});
    }
    return out;
}

/// One scrape read whole into one batch.
struct diff_side {
    sheet_batch sheets;
    io::read_report report;
    std::vector<std::uint64_t> rejected;  // sorted TPS codes of rejected records
};

/// The diff written as it is computed; the totals after the merge.
template <class Engine>
int run_diff_to(const diff_options& opt, const audit_sources& sources, std::ostream& out, std::ostream& err) {
    const lang l = opt.language;
    const bool id = l == lang::id;
    for (const auto* p : {&opt.before, &opt.after}) {
        std::error_code ec;
        if (!std::filesystem::exists(*p, ec)) {
            err << "suara-audit: " << io::input_reason::cannot_open.in(l) << ' ' << *p << '\n';
            return exit_usage;
        }
    }
    if (!sources.sirekap) {
        err << "suara-audit: " << (id ? "masukan Sirekap tidak tersedia di build ini" : "Sirekap input is not available in this build") << '\n';
        return exit_usage;
    }
    std::optional<side_input> names_file;
    if (!opt.names.empty()) {
        names_file = read_side_input(opt.names, input_role::names, sources);
        if (names_file->why != nullptr) {
            err << "suara-audit: " << names_file->why->in(l) << ' ' << opt.names << '\n';
            return exit_usage;
        }
    }
    auto read_side = [&](const std::string& path) {
        diff_side s;
        sirekap_request request;
        request.default_kontes = opt.sirekap_kontes;
        // The first batch is taken over whole (a folder comes as one), later ones appended.
        s.report = sources.sirekap(path, request, [&](sheet_batch& b) {
            if (s.sheets.empty()) std::swap(s.sheets, b);
            else s.sheets.append(b);
        });
        s.rejected = rejected_codes(s.report);
        return s;
    };
    const diff_side before = read_side(opt.before);
    const diff_side after = read_side(opt.after);
    // Rejected records and reading warnings: on standard error, as the audit's csv run does.
    for (const auto* s : {&before, &after})
        for (const auto& r : s->report.rejections)
        {
            err << "suara-audit: " << (id ? "ditolak " : "rejected ") << r.source;
            if (!r.column.empty()) err << " (" << r.column << ')';
            err << ": ";
            if (!r.value.empty()) err << (id ? "nilai " : "value ") << r.value << ": ";
            err << r.reason.in(l) << '\n';
        }
    auto rejected_on = [](const diff_side& s, tps_code c) { return std::binary_search(s.rejected.begin(), s.rejected.end(), c.number()); };

    scrape_differ<Engine> differ;
    std::string line;
    line.reserve(4096);
    const bool html = opt.html;
    const bool text = opt.output == output_format::text && !html, jsonl = opt.output == output_format::jsonl;
    std::optional<diff_html_page> page;
    if (html) page.emplace(l);
    if (opt.output == output_format::csv)
        out << "record,kode,tingkat,kontes,change,figure,before,after,delta,ts_before,ts_after,fixed,broke,"
               "other_side_rejected,changed_tps,appeared_tps,vanished_tps,increased_tps,decreased_tps,unknown_tps,"
               "appeared_votes,vanished_votes,p_value\n";
    if (text) {
        out << "suara-audit diff\n" << (id ? "  lama: " : "  old: ") << opt.before << '\n' << (id ? "  baru: " : "  new: ") << opt.after
            << "\n\n";
    }
    auto on_tps = [&](const tps_diff& d) {
        line.clear();
        const bool other_rejected =
            (d.change == tps_change::vanished && rejected_on(after, d.code)) || (d.change == tps_change::appeared && rejected_on(before, d.code));
        if (page) {
            page->add(d, other_rejected);
            return;
        }
        const std::string code = to_string(d.code);
        if (jsonl) {
            line += R"({"type":"diff_tps","kode_tps":")";
            line += code;
            line += R"(","kontes":")";
            line += to_string(d.contest);
            line += R"(","change":")";
            line += to_string(d.change);
            line += R"(","other_side_rejected":)";
            line += other_rejected ? "true" : "false";
            auto opt_str = [&](std::string_view key, std::string_view v, bool present) {
                line += ",\"";
                line += key;
                line += "\":";
                if (present) diff_json_string(line, v);
                else line += "null";
            };
            opt_str("ts_before", d.ts_before, d.change != tps_change::appeared && !d.ts_before.empty());
            opt_str("ts_after", d.ts_after, d.change != tps_change::vanished && !d.ts_after.empty());
            opt_str("file_before", d.file_before, !d.file_before.empty());
            opt_str("file_after", d.file_after, !d.file_after.empty());
            line += R"(,"figures":[)";
            bool first = true;
            for (const auto& f : d.figures) {
                if (!first) line += ',';
                first = false;
                line += R"({"figure":")";
                line += f.name();
                line += R"(","before":)";
                line += f.before == missing_figure ? std::string{"null"} : std::to_string(f.before);
                line += R"(,"after":)";
                line += f.after == missing_figure ? std::string{"null"} : std::to_string(f.after);
                line += R"(,"delta":)";
                const auto delta = f.delta();
                line += delta ? std::to_string(*delta) : std::string{"null"};
                line += '}';
            }
            auto rules = [&](std::string_view key, rule_set s) {
                line += ",\"";
                line += key;
                line += "\":[";
                bool first_rule = true;
                for (std::size_t r = 0; r < rule_count; ++r)
                    if (s.contains(static_cast<rule_id>(r))) {
                        if (!first_rule) line += ',';
                        first_rule = false;
                        diff_json_string(line, rule_keys[r]);
                    }
                line += ']';
            };
            line += ']';
            rules("fixed", d.fixed());
            rules("broke", d.broke());
            rules("fired_before", d.fired_before);
            rules("fired_after", d.fired_after);
            line += "}\n";
        } else if (text) {
            line += "TPS ";
            line += code;
            line += ' ';
            line += to_string(d.contest);
            line += "  ";
            switch (d.change) {
            case tps_change::changed: line += id ? "berubah" : "changed"; break;
            case tps_change::appeared: line += id ? "muncul" : "appeared"; break;
            case tps_change::vanished: line += id ? "hilang" : "vanished"; break;
            }
            line += "  ts ";
            line += d.ts_before.empty() ? std::string_view{"-"} : d.ts_before;
            line += " -> ";
            line += d.ts_after.empty() ? std::string_view{"-"} : d.ts_after;
            line += '\n';
            if (other_rejected)
                line += d.change == tps_change::vanished
                            ? (id ? "  (catatan: rekamannya di unduhan baru ditolak saat dibaca, jadi tidak tentu hilang)\n"
                                  : "  (note: its record in the newer scrape was rejected when read, so it has not necessarily vanished)\n")
                            : (id ? "  (catatan: rekamannya di unduhan lama ditolak saat dibaca, jadi tidak tentu baru)\n"
                                  : "  (note: its record in the older scrape was rejected when read, so it is not necessarily new)\n");
            if (d.change == tps_change::changed) {
                for (const auto& f : d.figures) {
                    line += "  ";
                    line += f.name();
                    line += ": ";
                    line += diff_figure(f.before);
                    line += " -> ";
                    line += diff_figure(f.after);
                    if (const auto delta = f.delta()) {
                        line += " (";
                        line += diff_signed(*delta);
                        line += ')';
                    } else {
                        line += id ? " (kosong di satu sisi)" : " (missing on one side)";
                    }
                    line += '\n';
                }
                if (const auto s = rule_list_text(d.fixed(), ", "); !s.empty()) {
                    line += id ? "  memperbaiki: " : "  fixed: ";
                    line += s;
                    line += '\n';
                }
                if (const auto s = rule_list_text(d.broke(), ", "); !s.empty()) {
                    line += id ? "  merusak: " : "  broke: ";
                    line += s;
                    line += '\n';
                }
                rule_set still;
                for (std::size_t r = 0; r < rule_count; ++r)
                    if (d.fired_before.contains(static_cast<rule_id>(r)) && d.fired_after.contains(static_cast<rule_id>(r)))
                        still.insert(static_cast<rule_id>(r));
                if (const auto s = rule_list_text(still, ", "); !s.empty()) {
                    line += id ? "  masih melanggar: " : "  still firing: ";
                    line += s;
                    line += '\n';
                }
            } else {
                // Only the votes: the whole sheet is in the jsonl and csv outputs.
                std::string votes;
                for (const auto& f : d.figures) {
                    if (f.column < diff_first_vote_column) continue;
                    if (!votes.empty()) votes += ", ";
                    votes += f.name();
                    votes += ' ';
                    votes += diff_figure(d.change == tps_change::appeared ? f.after : f.before);
                }
                line += id ? "  suara: " : "  votes: ";
                line += votes.empty() ? std::string{id ? "(tidak ada)" : "(none)"} : votes;
                line += '\n';
            }
        } else {
            const std::string fixed = rule_list_text(d.fixed(), ";"), broke = rule_list_text(d.broke(), ";");
            for (const auto& f : d.figures) {
                line += "tps,";
                line += code;
                line += ",tps,";
                line += to_string(d.contest);
                line += ',';
                line += to_string(d.change);
                line += ',';
                line += f.name();
                line += ',';
                if (f.before != missing_figure) line += std::to_string(f.before);
                line += ',';
                if (f.after != missing_figure) line += std::to_string(f.after);
                line += ',';
                if (const auto delta = f.delta()) line += std::to_string(*delta);
                line += ',';
                diff_csv_field(line, d.ts_before);
                line += ',';
                diff_csv_field(line, d.ts_after);
                line += ',';
                line += fixed;
                line += ',';
                line += broke;
                line += ',';
                line += other_rejected ? "true" : "false";
                line += ",,,,,,,,,\n";
            }
        }
        out << line;
    };
    differ.diff(before.sheets, after.sheets, on_tps);
    const auto& sum = differ.summary();
    const auto shifts = differ.candidates();
    const auto& regions = differ.regions();

    // Region names: --names, else the tool's default places; none found is no error.
    region_names names;
    {
        std::vector<std::uint64_t> wanted;
        wanted.reserve(regions.size());
        for (const auto& r : regions) wanted.push_back(r.code);
        if (!names_file && !regions.empty())
            for (const auto& candidate : sources.names_files) {
                std::error_code ec;
                if (!std::filesystem::is_regular_file(candidate, ec)) continue;
                auto in = read_side_input(candidate, input_role::names, sources);
                if (in.why == nullptr) {
                    names_file = std::move(in);
                    break;
                }
            }
        if (names_file && !regions.empty()) names = diff_region_names(names_file->text, std::move(wanted));
    }
    auto name_of = [&](std::uint64_t code) -> std::string_view {
        const auto it = names.find(code);
        return it == names.end() ? std::string_view{} : std::string_view{it->second};
    };
    const auto digits = [](region_level lv) { return static_cast<int>(lv); };

    line.clear();
    if (page) {
        diff_page_inputs in;
        in.before = opt.before;
        in.after = opt.after;
        in.rejected_before = before.report.summary.rejected;
        in.rejected_after = after.report.summary.rejected;
        page->write(out, in, sum, shifts, regions, names, sign_test_caveat);
        err << "suara-audit diff: " << sum.changed << (id ? " berubah, " : " changed, ") << sum.appeared << (id ? " muncul, " : " appeared, ")
            << sum.vanished << (id ? " hilang, " : " vanished, ") << sum.unchanged << (id ? " tetap\n" : " unchanged\n");
    } else if (jsonl) {
        for (const auto& s : shifts) {
            line += R"({"type":"diff_candidate","kontes":")";
            line += to_string(s.contest);
            line += R"(","figure":")";
            line += s.name();
            line += R"(","net":)";
            line += std::to_string(s.net);
            line += R"(,"increased_tps":)";
            line += std::to_string(s.increased);
            line += R"(,"decreased_tps":)";
            line += std::to_string(s.decreased);
            line += R"(,"unknown_tps":)";
            line += std::to_string(s.unknown);
            line += R"(,"appeared_votes":)";
            line += std::to_string(s.appeared_votes);
            line += R"(,"vanished_votes":)";
            line += std::to_string(s.vanished_votes);
            line += R"(,"p_value":)";
            line += s.increased + s.decreased == 0 ? std::string{"null"} : diff_p(s.p_value());
            line += "}\n";
        }
        for (const auto& r : regions) {
            line += R"({"type":"diff_region","tingkat":")";
            line += region_level_name(digits(r.level));
            line += R"(","kode_wilayah":")";
            line += region_code_string(r.code, digits(r.level));
            line += R"(","nama":)";
            if (const auto n = name_of(r.code); !n.empty()) diff_json_string(line, n);
            else line += "null";
            line += R"(,"kontes":")";
            line += to_string(r.contest);
            line += R"(","changed_tps":)";
            line += std::to_string(r.changed);
            line += R"(,"appeared_tps":)";
            line += std::to_string(r.appeared);
            line += R"(,"vanished_tps":)";
            line += std::to_string(r.vanished);
            line += R"(,"net":{)";
            bool first_column = true;
            r.for_each_column([&](std::size_t col) {
                if (!first_column) line += ',';
                first_column = false;
                diff_json_string(line, vote_column_name(col));
                line += ':';
                line += std::to_string(r.net[col]);
            });
            line += "}}\n";
        }
        line += R"({"type":"diff_summary","before":)";
        diff_json_string(line, opt.before);
        line += R"(,"after":)";
        diff_json_string(line, opt.after);
        auto num = [&](std::string_view key, std::uint64_t v) {
            line += ",\"";
            line += key;
            line += "\":";
            line += std::to_string(v);
        };
        num("tps_before", sum.before);
        num("tps_after", sum.after);
        num("rejected_before", before.report.summary.rejected);
        num("rejected_after", after.report.summary.rejected);
        num("duplicates_before", sum.duplicates_before);
        num("duplicates_after", sum.duplicates_after);
        num("unchanged", sum.unchanged);
        num("restamped", sum.restamped);
        num("changed", sum.changed);
        num("appeared", sum.appeared);
        num("vanished", sum.vanished);
        num("tps_fixed", sum.tps_fixed);
        num("tps_broke", sum.tps_broke);
        for (const auto* which : {&sum.fixed, &sum.broke}) {
            line += which == &sum.fixed ? R"(,"fixed":{)" : R"(,"broke":{)";
            bool first = true;
            for (std::size_t r = 0; r < rule_count; ++r) {
                if ((*which)[r] == 0) continue;
                if (!first) line += ',';
                first = false;
                diff_json_string(line, rule_keys[r]);
                line += ':';
                line += std::to_string((*which)[r]);
            }
            line += '}';
        }
        line += R"(,"caveat_id":)";
        diff_json_string(line, sign_test_caveat.id);
        line += R"(,"caveat_en":)";
        diff_json_string(line, sign_test_caveat.en);
        line += "}\n";
    } else if (text) {
        if (sum.before + sum.after == 0)
            line += id ? "Tidak ada rekaman yang terbaca di kedua unduhan.\n" : "Neither scrape holds a readable record.\n";
        else if (sum.changed + sum.appeared + sum.vanished == 0)
            line += id ? "Tidak ada TPS yang berubah.\n" : "No TPS changed.\n";
        else if (sum.before == 0 || sum.after == 0)
            line += sum.before == 0 ? (id ? "Perhatian: unduhan lama tidak memuat rekaman yang terbaca; semua TPS tampak muncul.\n"
                                          : "Note: the old scrape holds no readable record; every TPS looks new.\n")
                                    : (id ? "Perhatian: unduhan baru tidak memuat rekaman yang terbaca; semua TPS tampak hilang.\n"
                                          : "Note: the new scrape holds no readable record; every TPS looks vanished.\n");
        line += '\n';
        line += id ? "Ringkasan: " : "Summary: ";
        line += std::to_string(sum.before);
        line += id ? " TPS lama, " : " TPS old, ";
        line += std::to_string(sum.after);
        line += id ? " TPS baru; " : " TPS new; ";
        line += std::to_string(sum.changed);
        line += id ? " berubah, " : " changed, ";
        line += std::to_string(sum.appeared);
        line += id ? " muncul, " : " appeared, ";
        line += std::to_string(sum.vanished);
        line += id ? " hilang, " : " vanished, ";
        line += std::to_string(sum.unchanged);
        line += id ? " tetap (" : " unchanged (";
        line += std::to_string(sum.restamped);
        line += id ? " dengan ts lain).\n" : " with another ts).\n";
        if (before.report.summary.rejected + after.report.summary.rejected != 0) {
            line += id ? "Rekaman ditolak saat dibaca: " : "Records rejected when read: ";
            line += std::to_string(before.report.summary.rejected);
            line += id ? " di yang lama, " : " in the old, ";
            line += std::to_string(after.report.summary.rejected);
            line += id ? " di yang baru (lihat galat standar).\n" : " in the new (see standard error).\n";
        }
        if (sum.duplicates_before + sum.duplicates_after != 0) {
            line += id ? "Rekaman ganda (yang terakhir dipakai): " : "Duplicate records (the last one used): ";
            line += std::to_string(sum.duplicates_before);
            line += id ? " di yang lama, " : " in the old, ";
            line += std::to_string(sum.duplicates_after);
            line += id ? " di yang baru.\n" : " in the new.\n";
        }
        line += id ? "Perubahan memperbaiki aturan di " : "Changes fixed a rule at ";
        line += std::to_string(sum.tps_fixed);
        line += id ? " TPS dan merusak aturan di " : " TPS and broke one at ";
        line += std::to_string(sum.tps_broke);
        line += " TPS.\n";
        for (std::size_t r = 0; r < rule_count; ++r) {
            if (sum.fixed[r] + sum.broke[r] == 0) continue;
            line += "  ";
            line += rule_keys[r];
            line += id ? ": diperbaiki " : ": fixed ";
            line += std::to_string(sum.fixed[r]);
            line += id ? ", dirusak " : ", broke ";
            line += std::to_string(sum.broke[r]);
            line += '\n';
        }
        if (!shifts.empty()) {
            line += id ? "\nSuara yang digeser perubahan, per calon (uji tanda atas TPS yang berubah):\n"
                       : "\nVotes moved by the changes, per candidate (sign test over the TPS that changed):\n";
            for (const auto& s : shifts) {
                line += "  ";
                line += to_string(s.contest);
                line += ' ';
                line += s.name();
                line += ": ";
                line += diff_signed(s.net);
                line += id ? " (naik di " : " (up at ";
                line += std::to_string(s.increased);
                line += id ? " TPS, turun di " : " TPS, down at ";
                line += std::to_string(s.decreased);
                line += " TPS";
                if (s.unknown != 0) {
                    line += id ? ", tak diketahui di " : ", unknown at ";
                    line += std::to_string(s.unknown);
                }
                if (s.increased + s.decreased != 0) {
                    line += "; p = ";
                    line += diff_p(s.p_value());
                }
                line += ')';
                if (s.appeared_votes + s.vanished_votes != 0) {
                    line += id ? "; TPS yang muncul +" : "; TPS that appeared +";
                    line += std::to_string(s.appeared_votes);
                    line += id ? ", TPS yang hilang -" : ", TPS that vanished -";
                    line += std::to_string(s.vanished_votes);
                }
                line += '\n';
            }
            // In both languages, as the notice of synthetic data: a reader quoting one line
            // quotes the caveat with it.
            line += "  ";
            line += sign_test_caveat.in(l);
            line += "\n  ";
            line += sign_test_caveat.in(id ? lang::en : lang::id);
            line += '\n';
        }
        if (!regions.empty()) {
            line += id ? "\nPer wilayah (suara bersih yang digeser perubahan):\n" : "\nPer region (net votes moved by the changes):\n";
            for (const auto& r : regions) {
                line += "  ";
                line += id ? level_name_id(r.level) : region_level_name(digits(r.level));
                line += ' ';
                line += region_code_string(r.code, digits(r.level));
                if (const auto n = name_of(r.code); !n.empty()) {
                    line += ' ';
                    line += n;
                }
                line += " (";
                line += to_string(r.contest);
                line += "): ";
                line += std::to_string(r.changed);
                line += id ? " berubah, " : " changed, ";
                line += std::to_string(r.appeared);
                line += id ? " muncul, " : " appeared, ";
                line += std::to_string(r.vanished);
                line += id ? " hilang" : " vanished";
                r.for_each_column([&](std::size_t col) {
                    if (r.net[col] == 0) return;
                    line += "; ";
                    line += vote_column_name(col);
                    line += ' ';
                    line += diff_signed(r.net[col]);
                });
                line += '\n';
            }
        }
    } else {
        for (const auto& s : shifts) {
            line += "candidate,,,";
            line += to_string(s.contest);
            line += ",,";
            line += s.name();
            line += ",,,";
            line += std::to_string(s.net);
            line += ",,,,,,,,,";
            line += std::to_string(s.increased);
            line += ',';
            line += std::to_string(s.decreased);
            line += ',';
            line += std::to_string(s.unknown);
            line += ',';
            line += std::to_string(s.appeared_votes);
            line += ',';
            line += std::to_string(s.vanished_votes);
            line += ',';
            if (s.increased + s.decreased != 0) line += diff_p(s.p_value());
            line += '\n';
        }
        for (const auto& r : regions)
            r.for_each_column([&](std::size_t col) {
                line += "region,";
                line += region_code_string(r.code, digits(r.level));
                line += ',';
                line += region_level_name(digits(r.level));
                line += ',';
                line += to_string(r.contest);
                line += ",,";
                line += vote_column_name(col);
                line += ",,,";
                line += std::to_string(r.net[col]);
                line += ",,,,,,";
                line += std::to_string(r.changed);
                line += ',';
                line += std::to_string(r.appeared);
                line += ',';
                line += std::to_string(r.vanished);
                line += ",,,,,,\n";
            });
        err << (id ? "suara-audit diff: " : "suara-audit diff: ") << sum.changed << (id ? " berubah, " : " changed, ") << sum.appeared
            << (id ? " muncul, " : " appeared, ") << sum.vanished << (id ? " hilang, " : " vanished, ") << sum.unchanged
            << (id ? " tetap\n" : " unchanged\n");
    }
    out << line;
    if (sum.before + sum.after == 0) return exit_nothing_validated;
    return sum.changed + sum.appeared + sum.vanished != 0 ? exit_errors : exit_clean;
}

}  // namespace detail

/// Runs `suara-audit diff` with the arguments after `diff`; returns the exit status (0 the same
/// figures, 1 something changed, 2 usage error or unreadable input, 3 nothing readable).
template <class Engine = contest_engine>
int run_diff(const std::vector<std::string>& args, const audit_sources& sources, std::ostream& out, std::ostream& err) {
    auto parsed = parse_diff_args(args);
    if (const auto* e = std::get_if<usage_error>(&parsed)) {
        err << "suara-audit: " << e->message << '\n' << diff_usage(e->language);
        return exit_usage;
    }
    const auto& opt = std::get<diff_options>(parsed);
    if (opt.help) {
        out << diff_usage(opt.language);
        return exit_clean;
    }
    if (opt.output_file.empty()) return detail::run_diff_to<Engine>(opt, sources, out, err);
    detail::atomic_output file{opt.output_file};
    if (!file.ok()) {
        err << "suara-audit: "
            << (opt.language == lang::id ? "tidak dapat membuat berkas laporan di samping " : "cannot create the report file beside ")
            << opt.output_file << '\n';
        return exit_usage;
    }
    const int status = detail::run_diff_to<Engine>(opt, sources, file.stream(), err);
    if (status == exit_usage) return status;
    if (!file.commit()) {
        err << "suara-audit: " << (opt.language == lang::id ? "tidak dapat menulis laporan " : "cannot write the report ") << opt.output_file
            << '\n';
        return exit_usage;
    }
    return status;
}

}  // namespace suara

#endif  // SUARA_TOOLS_AUDIT_DIFF_HPP
