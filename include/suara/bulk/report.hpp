// suara — the audit report in the three forms of docs/cli.md: text (for people), jsonl, csv.
// Distributed under the Boost Software License, Version 1.0.
//
// The writer receives findings already annotated with their legal basis and message (the
// catalogue knows those; bulk/engine.hpp supplies them by regime), so that it depends only on
// the finding and the summary. A report starts with its provenance (bulk/provenance.hpp): the
// versions, regimes, contests, inputs with their digests, region and time, which are known only
// once every input has been read and hashed. So a writer made with `hold_until_finish` keeps its
// jsonl and csv lines (in memory up to 8 MiB, then in a temporary file) and writes them after the
// header; the text report starts with the summary and keeps its finding lines anyway. Memory
// grows with the findings, never with the input.
#ifndef SUARA_BULK_REPORT_HPP
#define SUARA_BULK_REPORT_HPP

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <suara/bulk/provenance.hpp>
#include <suara/bulk/summary.hpp>
#include <suara/core/outcome.hpp>
#include <suara/core/text.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/io/report.hpp>
#include <suara/form/finding.hpp>
#include <suara/form/rule_id.hpp>

namespace suara {

enum class output_format : unsigned char { text, jsonl, csv };

[[nodiscard]] constexpr std::optional<output_format> output_format_from_string(std::string_view s) noexcept {
    if (s == "text") return output_format::text;
    if (s == "jsonl") return output_format::jsonl;
    if (s == "csv") return output_format::csv;
    return std::nullopt;
}

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

/// One csv cell, quoted when it holds a comma, a quote, a line end or '#': the report's header
/// is '#' comment lines, and readers told `comment='#'` (pandas, DuckDB) take a '#' for a
/// comment only outside quotes, so a basis naming `docs/sources.md#anchor` stays whole.
inline void append_csv_cell(std::string& out, std::string_view s) {
    if (s.find_first_of(",\"\r\n#") == std::string_view::npos) {
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

/// Columns a label takes on a terminal (UTF-8 continuation bytes take none).
inline std::size_t text_columns(std::string_view s) noexcept {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

/// Report lines held until the header can be written: in memory up to `memory_limit`, then in an
/// unnamed temporary file, so that a report of millions of findings costs no memory.
class held_lines {
public:
    static constexpr std::size_t memory_limit = std::size_t{8} << 20;

    void append(std::string_view s) {
        if (!file_ && !spill_failed_ && memory_.size() + s.size() > memory_limit) spill_();
        if (file_) {
            if (std::fwrite(s.data(), 1, s.size(), file_.get()) != s.size()) throw std::runtime_error{"suara: cannot write the temporary file of the report"};
        } else {
            memory_ += s;
        }
    }

    /// Writes everything held to `out`, in order, and forgets it.
    void write_to(std::ostream& out) {
        if (file_) {
            if (std::fflush(file_.get()) != 0) throw std::runtime_error{"suara: cannot write the temporary file of the report"};
            std::rewind(file_.get());
            std::string buf(std::size_t{1} << 20, '\0');
            for (;;) {
                const std::size_t got = std::fread(buf.data(), 1, buf.size(), file_.get());
                if (got == 0) break;
                out.write(buf.data(), static_cast<std::streamsize>(got));
            }
            if (std::ferror(file_.get()) != 0) throw std::runtime_error{"suara: cannot read the temporary file of the report"};
            file_.reset();
        }
        out << memory_;
        memory_.clear();
    }

    [[nodiscard]] bool in_file() const noexcept { return static_cast<bool>(file_); }

private:
    void spill_() {
        file_.reset(std::tmpfile());
        if (!file_) {  // no temporary file: keep holding in memory
            spill_failed_ = true;
            return;
        }
        if (std::fwrite(memory_.data(), 1, memory_.size(), file_.get()) != memory_.size())
            throw std::runtime_error{"suara: cannot write the temporary file of the report"};
        memory_.clear();
        memory_.shrink_to_fit();
    }

    std::string memory_;
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file_{nullptr, &std::fclose};
    bool spill_failed_ = false;
};

/// "6471 KOTA BALIKPAPAN, 64 KALIMANTAN TIMUR": the covered region and its parents.
inline std::string region_text(const audit_provenance& p, lang l) {
    if (!p.any_sheet) return l == lang::id ? "(tidak ada lembar)" : "(no sheets)";
    if (p.region.empty()) return l == lang::id ? "Indonesia (lebih dari satu provinsi)" : "Indonesia (more than one province)";
    std::string out;
    bool unnamed = false;
    for (const auto& r : p.region) {
        if (!out.empty()) out += ", ";
        out += region_code_string(r.code, r.digits);
        if (r.name.empty()) unnamed = true;
        else out.append(" ").append(r.name);
    }
    if (unnamed)
        out += p.names_source.empty()
                   ? (l == lang::id ? " (berkas nama wilayah tidak ditemukan: berikan --names data/wilayah/regions.tsv.gz)"
                                    : " (no region names file found: give --names data/wilayah/regions.tsv.gz)")
                   : (l == lang::id ? " (sebagian kode tidak ada di berkas nama wilayah)" : " (some codes are not in the region names file)");
    return out;
}

inline std::string regime_text(const audit_provenance& p, lang l) {
    std::string out;
    for (const auto& r : p.regimes) {
        if (!out.empty()) out += ", ";
        out += r;
    }
    if (out.empty()) out = p.regime_option == "auto" ? std::string{"-"} : p.regime_option;
    out += p.regime_option == "auto" ? (l == lang::id ? " (menurut kontes)" : " (by contest)")
                                     : (l == lang::id ? " (ditetapkan dengan --regime)" : " (set by --regime)");
    return out;
}

inline std::string joined(const std::vector<std::string>& v, std::string_view none = "-") {
    std::string out;
    for (const auto& x : v) {
        if (!out.empty()) out += ", ";
        out += x;
    }
    return out.empty() ? std::string{none} : out;
}

inline std::string contests_text(const audit_provenance& p) {
    std::vector<std::string> v;
    for (auto k : p.contests) v.emplace_back(to_string(k));
    return joined(v);
}

/// One input as a report line: what it is, then (after ": ", or on a line of its own in the text
/// report: `what_only`) its size and digest.
inline std::string input_size_and_digest(const audit_provenance& p, const input_record& in, lang l) {
    std::string out;
    detail::append_number(out, in.bytes);
    out += l == lang::id ? " bita, " : " bytes, ";
    if (in.digest.empty()) out += l == lang::id ? "tanpa hash (build ini tidak punya)" : "no digest (this build has none)";
    else out.append(p.digest_name).append(" ").append(in.digest);
    return out;
}

inline std::string input_text(const audit_provenance& p, const input_record& in, lang l, bool what_only = false) {
    const bool id = l == lang::id;
    std::string out;
    switch (in.kind) {
    case input_kind::embedded:
        out = id ? "data bawaan " : "embedded data set ";
        out += in.path;
        out += id ? ", di-hash sebagai CSV C.Hasil" : ", digested as C.Hasil CSV";
        break;
    case input_kind::standard_input: out = id ? "- (CSV dari masukan standar)" : "- (CSV from standard input)"; break;
    case input_kind::sirekap_folder:
        out = in.path + (id ? " (folder Sirekap, " : " (Sirekap folder, ");
        detail::append_number(out, in.files);
        out += id ? " berkas .json, di-hash sebagai daftar sha256sum-nya)" : " .json files, digested as their sha256sum listing)";
        break;
    case input_kind::sirekap_file: out = in.path + " (Sirekap JSON)"; break;
    case input_kind::csv: out = in.path + " (CSV)"; break;
    case input_kind::text:
    case input_kind::gzip_text: {
        out = in.path;
        const char* what = in.role == input_role::recap     ? (id ? " (rekap, --recap" : " (recap, --recap")
                           : in.role == input_role::regions ? (id ? " (TPS yang diharapkan, --regions" : " (expected TPS, --regions")
                           : in.role == input_role::rules   ? (id ? " (berkas aturan, --rules-file" : " (rules file, --rules-file")
                                                            : (id ? " (nama wilayah" : " (region names");
        out += what;
        if (in.kind == input_kind::gzip_text) out += ", gzip";
        out += ')';
        break;
    }
    }
    if (!what_only) out.append(": ").append(input_size_and_digest(p, in, l));
    return out;
}

/// Words wrapped at `width` columns, each line indented by `indent` spaces (text report).
inline void append_wrapped(std::string& out, std::string_view text, std::size_t width, std::size_t indent = 0) {
    std::size_t column = 0;
    while (!text.empty()) {
        const auto space = text.find(' ');
        const std::string_view word = text.substr(0, space);
        if (column > indent && column + 1 + word.size() > width) {
            out += '\n';
            column = 0;
        }
        if (column == 0) {
            out.append(indent, ' ');
            column = indent;
        } else {
            out += ' ';
            ++column;
        }
        out += word;
        column += word.size();
        text = space == std::string_view::npos ? std::string_view{} : text.substr(space + 1);
    }
    out += '\n';
}
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
    static constexpr std::string_view csv_columns = "kode_tps,kontes,rule,severity,outcome,basis,message,values\n";  ///< The header line of the csv report.

    /// `hold_until_finish`: write nothing before `finish`, which then writes the provenance
    /// header first (jsonl and csv lines are held meanwhile; see the top of this file).
    report_writer(std::ostream& out, output_format format, lang language, bool hold_until_finish = false)
        : out_{&out}, format_{format}, lang_{language}, hold_{hold_until_finish} {
        if (format_ == output_format::csv && !hold_) *out_ << csv_columns;
    }

    /// The report's format.
    [[nodiscard]] output_format format() const noexcept { return format_; }
    /// The report's language.
    [[nodiscard]] lang language() const noexcept { return lang_; }

    /// Writes one finding with its basis and message.
    void finding(const suara::finding& f, std::string_view basis, std::string_view message) {
        line_.clear();
        switch (format_) {
        case output_format::jsonl: jsonl(f, basis, message); break;
        case output_format::csv: csv(f, basis, message); break;
        case output_format::text: text(f, basis, message); return;
        }
        emit_(line_);
    }

    /// Writes one rejected input record.
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
            emit_(line_);
        } else {
            // text: listed in the report; csv: the rows are findings only, so rejections are
            // kept for the caller's standard error (see `rejections_text`).
            rejections_ += "  " + io::to_string(r, lang_) + "\n";
        }
    }

    /// Records a reader's warning, written with the summary.
    void warning(const io::warning& w) { warnings_ += "  " + io::to_string(w, lang_) + "\n"; }

    /// Rejections and warnings as lines for people (what csv output sends to standard error).
    [[nodiscard]] std::string rejections_text() const { return rejections_ + warnings_; }
    /// Reading warnings as lines for people.
    [[nodiscard]] const std::string& warnings_text() const noexcept { return warnings_; }

    /// Writes the summary (jsonl: last line; text: first, followed by the findings), after the
    /// provenance header when one is given (jsonl: the first line, csv: leading `#` lines, text:
    /// the top).
    void finish(const audit_summary& s, const region_names* names = nullptr, const audit_provenance* provenance = nullptr) {
        if (provenance != nullptr && format_ != output_format::text) {
            line_.clear();
            if (format_ == output_format::jsonl) jsonl_header(*provenance);
            else csv_header(*provenance);
            *out_ << line_;
        }
        if (format_ == output_format::csv && hold_) *out_ << csv_columns;
        held_.write_to(*out_);
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
            write_text(s, names, provenance);
        }
        out_->flush();
    }

private:
    [[nodiscard]] std::string_view w(std::string_view id, std::string_view en) const noexcept {
        return lang_ == lang::id ? id : en;
    }

    void emit_(std::string_view s) {
        if (hold_) held_.append(s);
        else *out_ << s;
    }

    void json_strings(const std::vector<std::string>& v) {
        line_ += '[';
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (i != 0) line_ += ", ";
            detail::append_json_string(line_, v[i]);
        }
        line_ += ']';
    }

    void json_region(const region_ref& r) {
        line_ += "{\"level\": ";
        detail::append_json_string(line_, region_level_name(r.digits));
        line_ += ", \"code\": ";
        detail::append_json_string(line_, region_code_string(r.code, r.digits));
        line_ += ", \"name\": ";
        if (r.name.empty()) line_ += "null";
        else detail::append_json_string(line_, r.name);
        line_ += '}';
    }

    // {"header": {...}}: the first line of a jsonl report.
    void jsonl_header(const audit_provenance& p) {
        line_ += "{\"header\": {\"tool\": \"suara-audit\", \"suara_version\": ";
        detail::append_json_string(line_, p.suara_version);
        line_ += ", \"catalogue_version\": ";
        detail::append_number(line_, p.catalogue_version);
        line_ += ", \"time\": ";
        detail::append_json_string(line_, utc_text(p.time));
        line_ += ", \"time_source\": ";
        detail::append_json_string(line_, p.time_from_source_date_epoch ? "SOURCE_DATE_EPOCH" : "clock");
        line_ += ", \"regime\": ";
        detail::append_json_string(line_, p.regime_option);
        line_ += ", \"regimes\": ";
        json_strings(p.regimes);
        line_ += ", \"elections\": ";
        json_strings(p.elections);
        line_ += ", \"contests\": [";
        for (std::size_t i = 0; i < p.contests.size(); ++i) {
            if (i != 0) line_ += ", ";
            detail::append_json_string(line_, to_string(p.contests[i]));
        }
        line_ += "], \"region\": ";
        if (!p.any_sheet) {
            line_ += "null";
        } else if (p.region.empty()) {
            line_ += "{\"level\": \"national\", \"code\": \"\", \"name\": \"INDONESIA\", \"within\": [], \"text\": ";
            detail::append_json_string(line_, detail::region_text(p, lang_));
            line_ += '}';
        } else {
            json_region(p.region.front());
            line_.pop_back();
            line_ += ", \"within\": [";
            for (std::size_t i = 1; i < p.region.size(); ++i) {
                if (i != 1) line_ += ", ";
                json_region(p.region[i]);
            }
            line_ += "], \"text\": ";
            detail::append_json_string(line_, detail::region_text(p, lang_));
            line_ += '}';
        }
        line_ += ", \"names_source\": ";
        if (p.names_source.empty()) line_ += "null";
        else detail::append_json_string(line_, p.names_source);
        line_ += ", \"digest\": ";
        if (p.digest_name.empty()) line_ += "null";
        else detail::append_json_string(line_, p.digest_name);
        line_ += ", \"inputs\": [";
        for (std::size_t i = 0; i < p.inputs.size(); ++i) {
            const auto& in = p.inputs[i];
            if (i != 0) line_ += ", ";
            line_ += "{\"role\": ";
            detail::append_json_string(line_, to_string(in.role));
            line_ += ", \"kind\": ";
            detail::append_json_string(line_, to_string(in.kind));
            line_ += ", \"path\": ";
            detail::append_json_string(line_, in.path);
            line_ += ", \"bytes\": ";
            detail::append_number(line_, in.bytes);
            if (in.kind == input_kind::sirekap_folder) {
                line_ += ", \"files\": ";
                detail::append_number(line_, in.files);
            }
            line_ += ", ";
            detail::append_json_string(line_, p.digest_name.empty() ? std::string_view{"digest"} : std::string_view{p.digest_name});
            line_ += ": ";
            if (in.digest.empty()) line_ += "null";
            else detail::append_json_string(line_, in.digest);
            line_ += '}';
        }
        line_ += "], \"settings\": {";
        for (std::size_t i = 0; i < p.settings.size(); ++i) {
            if (i != 0) line_ += ", ";
            detail::append_json_string(line_, p.settings[i].key);
            line_ += ": ";
            detail::append_json_string(line_, p.settings[i].value);
        }
        line_ += "}, \"synthetic\": ";
        line_ += !p.synthetic ? "null" : *p.synthetic ? "true" : "false";
        line_ += ", \"note\": {\"id\": ";
        detail::append_json_string(line_, p.note_id);
        line_ += ", \"en\": ";
        detail::append_json_string(line_, p.note_en);
        line_ += "}}}\n";
    }

    // Leading `# key: value` lines of a csv report (read with comment='#' in DuckDB or pandas).
    void csv_header(const audit_provenance& p) {
        auto put = [&](std::string_view key, std::string_view value) {
            line_.append("# ").append(key).append(": ");
            for (char c : value) line_ += (c == '\n' || c == '\r') ? ' ' : c;
            line_ += '\n';
        };
        put("suara-audit", "suara " + p.suara_version + ", rule catalogue " + std::to_string(p.catalogue_version));
        put("time", utc_text(p.time) + (p.time_from_source_date_epoch ? " (SOURCE_DATE_EPOCH)" : ""));
        put("regime", detail::regime_text(p, lang::en));
        put("election", detail::joined(p.elections));
        put("contests", detail::contests_text(p));
        put("region", detail::region_text(p, lang_));
        for (const auto& in : p.inputs) put("input", detail::input_text(p, in, lang::en));
        for (const auto& st : p.settings) put("setting", st.key + " = " + st.value);
        put("synthetic", !p.synthetic ? "unknown" : *p.synthetic ? "true" : "false");
        if (!p.note_id.empty()) put("note", p.note_id);
        if (!p.note_en.empty()) put("note", p.note_en);
    }

    // The top of the text report.
    void text_header(std::string& o, const audit_provenance& p) {
        if (p.synthetic.value_or(false)) {
            detail::append_wrapped(o, p.note_id, 100);
            detail::append_wrapped(o, p.note_en, 100);
            o += '\n';
        }
        auto row = [&](std::string_view label, std::string_view value) {
            o += "  ";
            o += label;
            for (std::size_t i = detail::text_columns(label); i < 30; ++i) o += ' ';
            o += value;
            o += '\n';
        };
        o += w("AUDIT HASIL PENGHITUNGAN SUARA DI TPS — ASAL-USUL\n", "TPS RESULTS AUDIT — PROVENANCE\n");
        row(w("Wilayah", "Region"), detail::region_text(p, lang_));
        row(w("Pemilihan", "Election"), detail::joined(p.elections));
        row(w("Kontes", "Contests"), detail::contests_text(p));
        row(w("Rezim", "Regime"), detail::regime_text(p, lang_));
        for (std::size_t i = 0; i < p.inputs.size(); ++i) {
            row(i == 0 ? w("Masukan", "Inputs") : std::string_view{}, detail::input_text(p, p.inputs[i], lang_, true));
            row({}, detail::input_size_and_digest(p, p.inputs[i], lang_));
        }
        if (p.inputs.empty()) row(w("Masukan", "Inputs"), "-");
        row(w("Versi suara", "suara version"), p.suara_version);
        row(w("Versi katalog aturan", "Rule catalogue version"), std::to_string(p.catalogue_version));
        for (std::size_t i = 0; i < p.settings.size(); ++i)
            row(i == 0 ? w("Pengaturan", "Settings") : std::string_view{}, p.settings[i].key + " = " + p.settings[i].value);
        row(w("Waktu audit", "Time of the audit"), utc_text(p.time) + (p.time_from_source_date_epoch ? " (SOURCE_DATE_EPOCH)" : ""));
        o += '\n';
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

    void write_text(const audit_summary& s, const region_names* names, const audit_provenance* provenance) {
        std::string o;
        if (provenance != nullptr) text_header(o, *provenance);
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
    bool hold_ = false;
    detail::held_lines held_;
    std::string line_;
    std::string body_;
    std::string rejections_;
    std::string warnings_;
    std::string last_place_;
    kontes last_contest_ = kontes::ppwp;
};

}  // namespace suara

#endif  // SUARA_BULK_REPORT_HPP
