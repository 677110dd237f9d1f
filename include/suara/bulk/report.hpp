// suara — the audit report in the three forms of spec/cli.md: text (for people), jsonl, csv.
// Distributed under the Boost Software License, Version 1.0.
//
// The writer receives findings already annotated with their legal basis and message (the
// catalogue knows those; bulk/engine.hpp supplies them by regime), so that it depends only on
// the finding and the summary. jsonl and csv stream: each finding is written as it comes. The
// text report starts with the summary, so it keeps its finding lines until the end (memory in
// proportion to the findings, never to the input).
#ifndef SUARA_BULK_REPORT_HPP
#define SUARA_BULK_REPORT_HPP

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <suara/bulk/summary.hpp>
#include <suara/core/outcome.hpp>
#include <suara/core/text.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/io/report.hpp>
#include <suara/tally/finding.hpp>
#include <suara/tally/rule_id.hpp>

namespace suara {

enum class output_format : unsigned char { text, jsonl, csv };

[[nodiscard]] constexpr std::optional<output_format> output_format_from_string(std::string_view s) noexcept {
    if (s == "text") return output_format::text;
    if (s == "jsonl") return output_format::jsonl;
    if (s == "csv") return output_format::csv;
    return std::nullopt;
}

/// Region code → name (e.g. from the embedded Balikpapan data), for the text report.
using region_names = std::map<std::uint64_t, std::string>;

namespace detail {
inline void append_number(std::string& out, std::uint64_t v) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

inline void append_json_string(std::string& out, std::string_view s) {
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 15];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

inline void append_csv_cell(std::string& out, std::string_view s) {
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += s;
        return;
    }
    out += '"';
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

/// The region a roll-up finding names (value "kode_wilayah" with width from "tingkat"), or the
/// TPS code of a per-sheet finding.
inline std::string place_of(const finding& f) {
    if (f.rule == rule_id::recap_mismatch) {
        std::uint64_t code = 0;
        std::uint64_t digits = 13;
        for (const auto& v : f) {
            if (v.name == "kode_wilayah") code = v.value;
            if (v.name == "tingkat") digits = v.value;
        }
        return region_code_string(code, static_cast<int>(digits));
    }
    return to_string(f.tps);
}

inline constexpr bilingual severity_words[3]{{"info", "info"}, {"peringatan", "warning"}, {"galat", "error"}};
}  // namespace detail

/// Human words for an outcome (text report).
[[nodiscard]] constexpr bilingual outcome_words(outcome o) noexcept {
    switch (o) {
    case outcome::none: return {"tidak ada", "none"};
    case outcome::review: return {"periksa", "review"};
    case outcome::correction: return {"koreksi", "correction"};
    case outcome::continued: return {"pemungutan suara lanjutan", "continued voting"};
    case outcome::follow_up: return {"pemungutan suara susulan", "follow-up voting"};
    case outcome::recount: return {"penghitungan suara ulang", "recount"};
    case outcome::psu: return {"pemungutan suara ulang (PSU)", "re-vote (PSU)"};
    }
    return {"", ""};
}

/// Writes one audit report. Call `finding`/`rejected`/`warning` as they come, then `finish`.
class report_writer {
public:
    report_writer(std::ostream& out, output_format format, lang language)
        : out_{&out}, format_{format}, lang_{language} {
        if (format_ == output_format::csv) *out_ << "kode_tps,kontes,rule,severity,outcome,basis,message,values\n";
    }

    [[nodiscard]] output_format format() const noexcept { return format_; }
    [[nodiscard]] lang language() const noexcept { return lang_; }

    void finding(const suara::finding& f, std::string_view basis, std::string_view message) {
        line_.clear();
        switch (format_) {
        case output_format::jsonl: jsonl(f, basis, message); break;
        case output_format::csv: csv(f, basis, message); break;
        case output_format::text: text(f, basis, message); return;
        }
        *out_ << line_;
    }

    void rejected(const io::rejection& r) {
        line_.clear();
        if (format_ == output_format::jsonl) {
            line_ += "{\"rejected\": {\"source\": ";
            detail::append_json_string(line_, io::location(r.source, r.line));
            line_ += ", \"column\": ";
            detail::append_json_string(line_, r.column);
            line_ += ", \"value\": ";
            detail::append_json_string(line_, r.value);
            line_ += ", \"reason\": ";
            detail::append_json_string(line_, r.reason.in(lang_));
            line_ += "}}\n";
            *out_ << line_;
        } else {
            // text: listed in the report; csv: the rows are findings only, so rejections are
            // kept for the caller's standard error (see `rejections_text`).
            rejections_ += "  " + io::to_string(r, lang_) + "\n";
        }
    }

    void warning(const io::warning& w) { warnings_ += "  " + io::to_string(w, lang_) + "\n"; }

    /// Rejections and warnings as lines for people (what csv output sends to standard error).
    [[nodiscard]] std::string rejections_text() const { return rejections_ + warnings_; }
    /// Reading warnings as lines for people.
    [[nodiscard]] const std::string& warnings_text() const noexcept { return warnings_; }

    /// Writes the summary (jsonl: last line; text: first, followed by the findings).
    void finish(const audit_summary& s, const region_names* names = nullptr) {
        if (format_ == output_format::jsonl) {
            line_.clear();
            line_ += "{\"summary\": {\"read\": ";
            detail::append_number(line_, s.read);
            line_ += ", \"validated\": ";
            detail::append_number(line_, s.validated);
            line_ += ", \"rejected\": ";
            detail::append_number(line_, s.rejected);
            line_ += ", \"flagged\": ";
            detail::append_number(line_, s.flagged);
            line_ += ", \"findings\": ";
            detail::append_number(line_, s.findings());
            line_ += ", \"by_rule\": {";
            bool first = true;
            for (std::size_t i = 0; i < rule_count; ++i) {
                if (s.by_rule[i] == 0) continue;
                if (!first) line_ += ", ";
                first = false;
                detail::append_json_string(line_, rule_keys[i]);
                line_ += ": ";
                detail::append_number(line_, s.by_rule[i]);
            }
            line_ += "}}}\n";
            *out_ << line_;
        } else if (format_ == output_format::text) {
            write_text(s, names);
        }
        out_->flush();
    }

private:
    [[nodiscard]] std::string_view w(std::string_view id, std::string_view en) const noexcept {
        return lang_ == lang::id ? id : en;
    }

    void jsonl(const suara::finding& f, std::string_view basis, std::string_view message) {
        line_ += "{\"kode_tps\": ";
        detail::append_json_string(line_, detail::place_of(f));
        line_ += ", \"kontes\": ";
        detail::append_json_string(line_, to_string(f.contest));
        line_ += ", \"rule\": ";
        detail::append_json_string(line_, f.key());
        line_ += ", \"severity\": ";
        detail::append_json_string(line_, to_string(f.level));
        line_ += ", \"outcome\": ";
        detail::append_json_string(line_, to_string(f.result));
        line_ += ", \"basis\": ";
        detail::append_json_string(line_, basis);
        line_ += ", \"message\": ";
        detail::append_json_string(line_, message);
        line_ += ", \"values\": {";
        bool first = true;
        for (const auto& v : f) {
            if (!first) line_ += ", ";
            first = false;
            detail::append_json_string(line_, v.name);
            line_ += ": ";
            detail::append_number(line_, v.value);
        }
        line_ += "}}\n";
    }

    void csv(const suara::finding& f, std::string_view basis, std::string_view message) {
        line_ += detail::place_of(f);
        line_ += ',';
        line_ += to_string(f.contest);
        line_ += ',';
        line_ += f.key();
        line_ += ',';
        line_ += to_string(f.level);
        line_ += ',';
        line_ += to_string(f.result);
        line_ += ',';
        detail::append_csv_cell(line_, basis);
        line_ += ',';
        detail::append_csv_cell(line_, message);
        line_ += ',';
        std::string values;
        for (const auto& v : f) {
            if (!values.empty()) values += ';';
            values += v.name;
            values += '=';
            detail::append_number(values, v.value);
        }
        detail::append_csv_cell(line_, values);
        line_ += '\n';
    }

    void text(const suara::finding& f, std::string_view basis, std::string_view message) {
        auto place = detail::place_of(f);
        if (place != last_place_ || f.contest != last_contest_) {
            body_ += f.rule == rule_id::recap_mismatch ? w("\nWilayah ", "\nRegion ") : std::string_view{"\nTPS "};
            body_ += place;
            body_ += " (";
            body_ += to_string(f.contest);
            body_ += ")\n";
            last_place_ = std::move(place);
            last_contest_ = f.contest;
        }
        body_ += "  [";
        body_ += detail::severity_words[static_cast<std::size_t>(f.level)].in(lang_);
        body_ += "] ";
        body_ += f.key();
        body_ += " -> ";
        body_ += outcome_words(f.result).in(lang_);
        body_ += "\n    ";
        // The catalogue's message starts with the rule key, already printed above.
        const std::string_view key = f.key();
        if (message.size() > key.size() + 2 && message.substr(0, key.size()) == key && message.substr(key.size(), 2) == ": ")
            message.remove_prefix(key.size() + 2);
        body_ += message;
        body_ += "\n    ";
        body_ += w("Dasar hukum: ", "Legal basis: ");
        body_ += basis;
        body_ += '\n';
    }

    void write_text(const audit_summary& s, const region_names* names) {
        std::string o;
        auto row = [&](std::string_view label, std::uint64_t v) {
            o += "  ";
            o += label;
            for (std::size_t i = label.size(); i < 30; ++i) o += ' ';
            detail::append_number(o, v);
            o += '\n';
        };
        o += w("AUDIT HASIL PENGHITUNGAN SUARA DI TPS — RINGKASAN\n", "TPS RESULTS AUDIT — SUMMARY\n");
        row(w("Lembar dibaca", "Sheets read"), s.read);
        row(w("Lembar divalidasi", "Sheets validated"), s.validated);
        row(w("Lembar ditolak", "Sheets rejected"), s.rejected);
        row(w("Lembar dengan temuan", "Sheets flagged"), s.flagged);
        row(w("Temuan", "Findings"), s.findings());
        row(w("  galat (error)", "  errors"), s.count(severity::error));
        row(w("  peringatan (warning)", "  warnings"), s.count(severity::warning));
        row(w("  info", "  info"), s.count(severity::info));
        o += w("\nTemuan per aturan:\n", "\nFindings per rule:\n");
        bool any = false;
        for (std::size_t i = 0; i < rule_count; ++i) {
            if (s.by_rule[i] == 0) continue;
            any = true;
            row(rule_keys[i], s.by_rule[i]);
        }
        if (!any) o += w("  (tidak ada)\n", "  (none)\n");
        const auto top = s.regions.top(region_level::village, 10);
        if (!top.empty()) {
            o += w("\nSepuluh kelurahan/desa dengan temuan terbanyak:\n", "\nThe ten villages with the most findings:\n");
            for (const auto& e : top) {
                o += "  ";
                o += region_code_string(e.code, 10);
                if (names != nullptr) {
                    if (auto it = names->find(e.code); it != names->end()) {
                        o += ' ';
                        o += it->second;
                    }
                }
                o += ": ";
                detail::append_number(o, e.stats.findings);
                o += w(" temuan di ", " findings in ");
                detail::append_number(o, e.stats.flagged);
                o += w(" dari ", " of ");
                detail::append_number(o, e.stats.sheets);
                o += w(" lembar\n", " sheets\n");
            }
        }
        if (!rejections_.empty()) {
            o += w("\nBaris/berkas ditolak:\n", "\nRejected rows/files:\n");
            o += rejections_;
        }
        if (!warnings_.empty()) {
            o += w("\nPeringatan pembacaan:\n", "\nReading warnings:\n");
            o += warnings_;
        }
        if (!body_.empty()) {
            o += w("\nTEMUAN PER TPS\n", "\nFINDINGS BY TPS\n");
        }
        *out_ << o << body_;
    }

    std::ostream* out_;
    output_format format_;
    lang lang_;
    std::string line_;
    std::string body_;
    std::string rejections_;
    std::string warnings_;
    std::string last_place_;
    kontes last_contest_ = kontes::ppwp;
};

}  // namespace suara

#endif  // SUARA_BULK_REPORT_HPP
