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
// grows with the findings, never with the input. jsonl is one stream of typed records (header,
// finding, rejected, verdict, summary); csv is findings only, one value per cell, with the
// rejections and the summary (with the provenance) in csv files of their own. Records are built
// in one reused buffer, text appended in runs (never a character at a time).
#ifndef SUARA_BULK_REPORT_HPP
#define SUARA_BULK_REPORT_HPP

#include <algorithm>
#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <suara/bulk/figure_keys.hpp>
#include <suara/bulk/provenance.hpp>
#include <suara/bulk/reason_codes.hpp>
#include <suara/bulk/summary.hpp>
#include <suara/core/outcome.hpp>
#include <suara/core/text.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/io/report.hpp>
#include <suara/form/finding.hpp>
#include <suara/form/rule_id.hpp>
#include <suara/tally/labels.hpp>
#include <suara/tally/verdict.hpp>

namespace suara {

enum class output_format : unsigned char { text, jsonl, csv };

[[nodiscard]] constexpr std::optional<output_format> output_format_from_string(std::string_view s) noexcept {
    if (s == "text") return output_format::text;
    if (s == "jsonl") return output_format::jsonl;
    if (s == "csv") return output_format::csv;
    return std::nullopt;
}

namespace detail {
/// `v` in decimal, formatted by std::to_chars straight into the end of `out` (no temporary).
inline void append_number(std::string& out, std::uint64_t v) {
    const std::size_t at = out.size();
    out.resize(at + 20);  // the longest std::uint64_t
    const auto r = std::to_chars(out.data() + at, out.data() + out.size(), v);
    out.resize(static_cast<std::size_t>(r.ptr - out.data()));
}

/// The bytes a JSON string cannot hold as they are: control characters, the quote, the backslash.
inline constexpr std::array<bool, 256> json_escaped = [] {
    std::array<bool, 256> t{};
    for (std::size_t c = 0; c < 0x20; ++c) t[c] = true;
    t['"'] = t['\\'] = true;
    return t;
}();

/// `s` as a JSON string. A string without a byte to escape (nearly every one of a report of
/// millions of findings) is copied in one piece with its quotes; otherwise the text is appended in
/// runs between the bytes that need an escape.
inline void append_json_string(std::string& out, std::string_view s) {
    static constexpr char hex[] = "0123456789abcdef";
    std::size_t i = 0;
    while (i < s.size() && !json_escaped[static_cast<unsigned char>(s[i])]) ++i;
    const std::size_t at = out.size();
    if (i == s.size()) {
        out.resize(at + s.size() + 2);
        char* p = out.data() + at;
        *p = '"';
        if (!s.empty()) std::memcpy(p + 1, s.data(), s.size());
        p[s.size() + 1] = '"';
        return;
    }
    out.resize(at + i + 1);
    out[at] = '"';
    if (i != 0) std::memcpy(out.data() + at + 1, s.data(), i);
    std::size_t run = i;
    for (; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (!json_escaped[c]) continue;
        out.append(s.data() + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': out.append("\\\"", 2); break;
        case '\\': out.append("\\\\", 2); break;
        case '\n': out.append("\\n", 2); break;
        case '\r': out.append("\\r", 2); break;
        case '\t': out.append("\\t", 2); break;
        default: {
            const char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            out.append(u, 6);
        }
        }
    }
    out.append(s.data() + run, s.size() - run);
    out += '"';
}

/// One csv cell as RFC 4180 writes it: quoted when it holds a comma, a quote or a line end, a
/// quote doubled; appended in runs up to each quote.
inline void append_csv_cell(std::string& out, std::string_view s) {
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += s;
        return;
    }
    out += '"';
    for (auto q = s.find('"'); q != std::string_view::npos; q = s.find('"')) {
        out.append(s.data(), q + 1);
        out += '"';
        s.remove_prefix(q + 1);
    }
    out += s;
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

/// What the machine-readable reports say of a finding besides the finding itself (docs/cli.md):
/// the regime that judged it, whether the law obliges its consequence, and where the sheet came
/// from (its input's file and line, or a Sirekap record's file, time stamp and photos).
struct finding_context {
    std::string_view regime;  ///< The regime's name ("pemilu-2024").
    bool mandatory = true;    ///< The law obliges ("wajib") the consequence, rather than permits ("dapat") it.
    std::string_view file;    ///< The input file or record; "" when unknown.
    std::uint64_t line = 0;   ///< The line in `file` (1-based); 0 for a whole-file record or none.
    std::string_view ts;      ///< The record's time stamp (Sirekap `ts`); "" when none.
    std::string_view images;  ///< Photo URLs, each followed by '\n' (sheet_batch::row_origin); "" when none.
    std::string_view dapil;   ///< A legislative sheet's dapil code; "" for the others (jsonl writes it only when set).
};

/// Writes one audit report. Call `finding`/`rejected`/`warning` as they come, then `finish`.
class report_writer {
public:
    /// The fixed columns of the csv report, before the figure columns (figure_keys.hpp).
    static constexpr std::array<std::string_view, 16> csv_fixed_columns{
        "kode_tps", "kode_provinsi", "kode_kabkota", "kode_kecamatan", "kode_desa", "kontes", "regime", "rule", "severity",
        "consequence", "mandatory", "source_file", "source_line", "ts", "message", "basis"};
    /// The columns of the rejections csv (--rejections).
    static constexpr std::array<std::string_view, 7> rejection_columns{"source_file", "source_line", "field", "value",
                                                                       "reason", "message", "first_line"};

    /// `hold_until_finish`: write nothing before `finish`, which then writes the provenance
    /// header first (jsonl and csv lines are held meanwhile; see the top of this file).
    report_writer(std::ostream& out, output_format format, lang language, bool hold_until_finish = false)
        : out_{&out}, format_{format}, lang_{language}, hold_{hold_until_finish} {}

    /// Sends the rejections to `to` instead of the report (--rejections): jsonl records when the
    /// report is jsonl, else rows of the rejections csv. Call before anything is written.
    void split_rejections(std::ostream& to) noexcept { rejections_out_ = &to; }
    /// Sends the summary to `to` instead of the report (--summary): the jsonl record when the
    /// report is jsonl, else a one-row csv.
    void split_summary(std::ostream& to) noexcept { summary_out_ = &to; }
    /// csv for spreadsheets (--excel): every csv written starts with a UTF-8 byte order mark and
    /// ends its lines with CRLF. Call before anything is written.
    void set_excel(bool on) noexcept { excel_ = on; }

    /// The report's format.
    [[nodiscard]] output_format format() const noexcept { return format_; }
    /// The report's language.
    [[nodiscard]] lang language() const noexcept { return lang_; }

    /// The header row of the csv report: the fixed columns, then one per figure key.
    [[nodiscard]] std::string csv_header_line() const {
        std::string out;
        const auto& figures = figure_columns();
        std::vector<std::string_view> all(csv_fixed_columns.begin(), csv_fixed_columns.end());
        all.insert(all.end(), figures.begin(), figures.end());
        append_header_row_(out, all.begin(), all.end());
        return out;
    }

    /// Writes one finding with its basis and message (`message` as the catalogue explains it;
    /// its leading "rule: " is not repeated) and what `where` says of it.
    void finding(const suara::finding& f, std::string_view basis, std::string_view message, const finding_context& where = {}) {
        line_.clear();
        const std::string_view key = f.key();
        if (message.size() > key.size() + 2 && message.substr(0, key.size()) == key && message.substr(key.size(), 2) == ": ")
            message.remove_prefix(key.size() + 2);
        ++by_outcome_[static_cast<std::size_t>(f.result)];
        switch (format_) {
        case output_format::jsonl:
            verdict_add_(f, where);
            jsonl(f, basis, message, where);
            break;
        case output_format::csv: csv(f, basis, message, where); break;
        case output_format::text: text(f, basis, message); return;
        }
        emit_(line_);
    }

    /// Writes one rejected input record.
    void rejected(const io::rejection& r) {
        line_.clear();
        if (format_ == output_format::jsonl) {
            verdict_flush_();
            line_.clear();
            line_ += "{\"type\": \"rejected\", \"source\": {\"file\": ";
            detail::append_json_string(line_, r.source);
            line_ += ", \"line\": ";
            json_line_(r.line);
            line_ += "}, \"field\": ";
            detail::append_json_string(line_, r.column);
            line_ += ", \"value\": ";
            detail::append_json_string(line_, r.value);
            line_ += ", \"reason\": ";
            detail::append_json_string(line_, reason_code(r.reason));
            line_ += ", \"message\": ";
            detail::append_json_string(line_, r.reason.in(lang_));
            line_ += ", \"first_line\": ";
            json_line_(r.other_line);
            line_ += "}\n";
            if (rejections_out_ != nullptr) *rejections_out_ << line_;
            else emit_(line_);
        } else if (rejections_out_ != nullptr) {
            detail::append_csv_cell(line_, r.source);
            line_ += ',';
            if (r.line != 0) detail::append_number(line_, r.line);
            line_ += ',';
            detail::append_csv_cell(line_, r.column);
            line_ += ',';
            detail::append_csv_cell(line_, r.value);
            line_ += ',';
            line_ += reason_code(r.reason);
            line_ += ',';
            detail::append_csv_cell(line_, r.reason.in(lang_));
            line_ += ',';
            if (r.other_line != 0) detail::append_number(line_, r.other_line);
            end_row_(line_);
            rejections_header_();
            *rejections_out_ << line_;
        }
        // text: listed in the report; csv without --rejections: kept for the caller's standard
        // error (see `rejections_text`). Counted either way.
        ++rejections_seen_;
        if (rejections_out_ == nullptr && format_ != output_format::jsonl) rejections_ += "  " + io::to_string(r, lang_) + "\n";
    }

    /// Records a reader's warning, written with the summary.
    void warning(const io::warning& w) { warnings_ += "  " + io::to_string(w, lang_) + "\n"; }

    /// Rejections and warnings as lines for people (what csv output sends to standard error).
    [[nodiscard]] std::string rejections_text() const { return rejections_ + warnings_; }
    /// Reading warnings as lines for people.
    [[nodiscard]] const std::string& warnings_text() const noexcept { return warnings_; }
    /// The summary as one line for people (what csv output without --summary sends to standard error).
    [[nodiscard]] std::string summary_text(const audit_summary& s) const {
        std::string o{"suara-audit: "};
        auto put = [&](std::string_view label, std::uint64_t v) {
            o += label;
            detail::append_number(o, v);
        };
        put(w("dibaca ", "read "), s.read);
        put(w(", divalidasi ", ", validated "), s.validated);
        put(w(", ditolak ", ", rejected "), s.rejected);
        put(w(", temuan ", ", findings "), s.findings());
        put(w(" (galat ", " (errors "), s.count(severity::error));
        put(w(", peringatan ", ", warnings "), s.count(severity::warning));
        put(", info ", s.count(severity::info));
        o += ")\n";
        return o;
    }

    /// Writes the summary (jsonl: last line, or the --summary file; csv: the --summary file;
    /// text: first, followed by the findings), after the provenance header when one is given
    /// (jsonl: the first line; text: the top; csv: the columns of the summary row).
    void finish(const audit_summary& s, const region_names* names = nullptr, const audit_provenance* provenance = nullptr) {
        if (format_ == output_format::jsonl) {
            verdict_flush_();
            if (provenance != nullptr) {
                line_.clear();
                jsonl_header(*provenance);
                *out_ << line_;
            }
        }
        if (format_ == output_format::csv) csv_header_();
        held_.write_to(*out_);
        if (format_ != output_format::jsonl && rejections_out_ != nullptr) rejections_header_();
        if (format_ == output_format::jsonl) {
            line_.clear();
            jsonl_summary_(s);
            (summary_out_ != nullptr ? *summary_out_ : *out_) << line_;
        } else {
            if (summary_out_ != nullptr) {
                line_.clear();
                csv_summary_(s, provenance);
                *summary_out_ << line_;
            }
            if (format_ == output_format::text) write_text(s, names, provenance);
        }
        if (rejections_out_ != nullptr) rejections_out_->flush();
        if (summary_out_ != nullptr) summary_out_->flush();
        out_->flush();
    }

    /// Findings written so far by consequence (outcome order).
    [[nodiscard]] const std::array<std::uint64_t, 7>& by_consequence() const noexcept { return by_outcome_; }

    /// Adds a paragraph to the text report's summary, after the findings per rule (each line
    /// ending in '\n'; issue 14: the checks not run). Ignored by jsonl and csv.
    void summary_note(std::string_view text) {
        if (format_ != output_format::text) return;
        while (!text.empty() && text.back() == '\n') text.remove_suffix(1);
        if (!text.empty()) notes_.emplace_back(text);
    }
    /// Adds a section to the text report, after the summary and before the findings by TPS
    /// (each line ending in '\n'; issue 14: the action list, the roll-up). Ignored by jsonl and csv.
    void section(std::string_view text) {
        if (format_ != output_format::text) return;
        sections_ += '\n';
        sections_ += text;
    }
    /// Writes a whole jsonl record (one line ending in '\n', e.g. {"type": "action", ...}) after
    /// the findings written so far and before the summary. Ignored by text and csv.
    void record(std::string_view line) {
        if (format_ != output_format::jsonl) return;
        verdict_flush_();
        emit_(line);
    }

private:
    [[nodiscard]] std::string_view w(std::string_view id, std::string_view en) const noexcept {
        return lang_ == lang::id ? id : en;
    }

    // ---- rows and records ----
    void end_row_(std::string& o) const {
        if (excel_) o.append("\r\n", 2);
        else o += '\n';
    }
    template <class It>
    void append_header_row_(std::string& o, It first, It last) const {
        for (It i = first; i != last; ++i) {
            if (i != first) o += ',';
            detail::append_csv_cell(o, *i);
        }
        end_row_(o);
    }
    void csv_header_() {
        if (csv_header_done_) return;
        csv_header_done_ = true;
        std::string h;
        if (excel_) h += "\xEF\xBB\xBF";
        h += csv_header_line();
        *out_ << h;
    }
    void rejections_header_() {
        if (rejections_header_done_ || rejections_out_ == nullptr) return;
        rejections_header_done_ = true;
        std::string h;
        if (excel_) h += "\xEF\xBB\xBF";
        append_header_row_(h, rejection_columns.begin(), rejection_columns.end());
        *rejections_out_ << h;
    }
    void emit_(std::string_view s) {
        if (hold_) {
            held_.append(s);
            return;
        }
        if (format_ == output_format::csv) csv_header_();
        *out_ << s;
    }
    void json_line_(std::uint64_t line) {
        if (line == 0) line_ += "null";
        else detail::append_number(line_, line);
    }

    // Where a finding is: a TPS (13 digits), or a region of a roll-up finding (its kode_wilayah
    // and tingkat figures).
    struct place {
        std::uint64_t code = 0;
        int digits = 13;
    };
    [[nodiscard]] static place place_of_(const suara::finding& f) noexcept {
        if (f.rule != rule_id::recap_mismatch || !f.user_key.empty()) return {f.tps.number(), 13};
        place p{0, 13};
        for (const auto& v : f) {
            if (v.name == "kode_wilayah") p.code = v.value;
            if (v.name == "tingkat") p.digits = static_cast<int>(v.value);
        }
        return p;
    }
    static constexpr std::array<int, 5> place_levels{13, 2, 4, 6, 10};  // kode_tps, then the regions
    // The code of `p` at level `digits` (a prefix), "" when p is above that level.
    void append_level_(std::string& o, place p, int digits) const {
        if (digits > p.digits || (digits == 13 && p.digits != 13)) return;
        char buf[20];
        const int n = place_digits_(p, buf);
        o.append(buf, static_cast<std::size_t>(digits < n ? digits : n));
    }
    // The p.digits digits of p's code, zero-padded, into buf; returns p.digits (at most 13).
    [[nodiscard]] static int place_digits_(place p, char* buf) noexcept {
        const int n = p.digits < 0 ? 0 : (p.digits > 19 ? 19 : p.digits);
        std::uint64_t v = p.code;
        for (int i = n - 1; i >= 0; --i, v /= 10) buf[i] = static_cast<char>('0' + v % 10);
        return n;
    }
    // The five place keys of a jsonl finding, formatted into one buffer and appended at once.
    void json_place_(place p) {
        static constexpr std::array<std::string_view, 5> keys{"\"kode_tps\": ", ", \"kode_provinsi\": ", ", \"kode_kabkota\": ",
                                                              ", \"kode_kecamatan\": ", ", \"kode_desa\": "};
        char digits[20];
        const int n = place_digits_(p, digits);
        char buf[160];
        std::size_t at = 0;
        for (std::size_t i = 0; i < keys.size(); ++i) {
            std::memcpy(buf + at, keys[i].data(), keys[i].size());
            at += keys[i].size();
            const int d = place_levels[i];
            if (d > p.digits || (d == 13 && p.digits != 13)) {
                std::memcpy(buf + at, "null", 4);
                at += 4;
                continue;
            }
            const auto len = static_cast<std::size_t>(d < n ? d : n);
            buf[at++] = '"';
            std::memcpy(buf + at, digits, len);
            at += len;
            buf[at++] = '"';
        }
        line_.append(buf, at);
    }

    // The key of figure i of f (figure_keys.hpp): record.digit_slip's likely value after the
    // figure it belongs to.
    [[nodiscard]] std::string_view figure_key_(const suara::finding& f, std::size_t i) {
        const std::string_view name = f.values[i].name;
        if (name == likely_value_name && i > 0) {
            key_.assign(likely_prefix.data(), likely_prefix.size());
            const auto prev = figure_key(f.values[i - 1].name);
            key_.append(prev.data(), prev.size());
            return key_;
        }
        return figure_key(name);
    }
    [[nodiscard]] static bool skipped_figure_(const suara::finding& f, std::size_t i) noexcept {
        return f.rule == rule_id::recap_mismatch && f.user_key.empty() && is_place_figure(f.values[i].name);
    }

    void jsonl(const suara::finding& f, std::string_view basis, std::string_view message, const finding_context& where) {
        line_ += "{\"type\": \"finding\", ";
        json_place_(place_of_(f));
        line_ += ", \"kontes\": ";
        detail::append_json_string(line_, to_string(f.contest));
        if (!where.dapil.empty()) {
            line_ += ", \"dapil\": ";
            detail::append_json_string(line_, where.dapil);
        }
        line_ += ", \"regime\": ";
        if (where.regime.empty()) line_ += "null";
        else detail::append_json_string(line_, where.regime);
        line_ += ", \"rule\": ";
        detail::append_json_string(line_, f.key());
        line_ += ", \"severity\": ";
        detail::append_json_string(line_, to_string(f.level));
        line_ += ", \"consequence\": ";
        detail::append_json_string(line_, to_string(f.result));
        line_ += where.mandatory ? ", \"mandatory\": true" : ", \"mandatory\": false";
        line_ += ", \"basis\": ";
        detail::append_json_string(line_, basis);
        line_ += ", \"message\": ";
        detail::append_json_string(line_, message);
        line_ += ", \"figures\": {";
        bool first = true;
        for (std::size_t i = 0; i < f.size(); ++i) {
            if (skipped_figure_(f, i)) continue;
            if (!first) line_ += ", ";
            first = false;
            detail::append_json_string(line_, figure_key_(f, i));
            line_ += ": ";
            // record.incomplete names a legislative sheet's missing figures (partai_3.caleg_2):
            // missing, never a number
            if (f.rule == rule_id::record_incomplete && f.values[i].value == missing_figure) line_ += "null";
            else detail::append_number(line_, f.values[i].value);
        }
        line_ += "}, ";
        json_source_(where.file, where.line);
        line_ += ", \"ts\": ";
        if (where.ts.empty()) line_ += "null";
        else detail::append_json_string(line_, where.ts);
        line_ += ", \"images\": [";
        std::string_view rest = where.images;
        for (bool firsti = true; !rest.empty(); firsti = false) {
            const auto end = rest.find('\n');
            if (!firsti) line_ += ", ";
            detail::append_json_string(line_, rest.substr(0, end));
            rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
        }
        line_ += "]}\n";
    }
    void json_source_(std::string_view file, std::uint64_t line) {
        line_ += "\"source\": {\"file\": ";
        if (file.empty()) line_ += "null";
        else detail::append_json_string(line_, file);
        line_ += ", \"line\": ";
        json_line_(line);
        line_ += '}';
    }

    void csv(const suara::finding& f, std::string_view basis, std::string_view message, const finding_context& where) {
        const place p = place_of_(f);
        for (std::size_t i = 0; i < place_levels.size(); ++i) {
            append_level_(line_, p, place_levels[i]);
            line_ += ',';
        }
        line_ += to_string(f.contest);
        line_ += ',';
        line_ += where.regime;
        line_ += ',';
        detail::append_csv_cell(line_, f.key());
        line_ += ',';
        line_ += to_string(f.level);
        line_ += ',';
        line_ += to_string(f.result);
        line_ += where.mandatory ? ",true," : ",false,";
        detail::append_csv_cell(line_, where.file);
        line_ += ',';
        if (where.line != 0) detail::append_number(line_, where.line);
        line_ += ',';
        detail::append_csv_cell(line_, where.ts);
        line_ += ',';
        detail::append_csv_cell(line_, message);
        line_ += ',';
        detail::append_csv_cell(line_, basis);
        // The figure columns: each finding names at most max_finding_values, in any order.
        std::array<std::pair<std::size_t, std::uint64_t>, max_finding_values> cells{};
        std::size_t n = 0;
        const auto& index = figure_column_index_();
        for (std::size_t i = 0; i < f.size(); ++i) {
            if (skipped_figure_(f, i)) continue;
            const auto it = index.find(figure_key_(f, i));
            if (it != index.end()) cells[n++] = {it->second, f.values[i].value};  // else: jsonl only (a user rule's own name)
        }
        // By column, stably (a key named twice keeps its first value); at most eight cells, so an
        // insertion sort (std::sort here draws a false -Warray-bounds from g++ 12 at -O2).
        for (std::size_t i = 1; i < n; ++i)
            for (std::size_t j = i; j > 0 && cells[j].first < cells[j - 1].first; --j) std::swap(cells[j], cells[j - 1]);
        std::size_t at = 0;  // figure columns written so far
        for (std::size_t i = 0; i < n; ++i) {
            if (cells[i].first < at) continue;  // a key named twice: the first value
            line_.append(cells[i].first - at + 1, ',');
            detail::append_number(line_, cells[i].second);
            at = cells[i].first + 1;
        }
        line_.append(figure_columns().size() - at, ',');
        end_row_(line_);
    }
    [[nodiscard]] static const std::unordered_map<std::string_view, std::size_t>& figure_column_index_() {
        static const std::unordered_map<std::string_view, std::size_t> index = [] {
            std::unordered_map<std::string_view, std::size_t> m;
            const auto& c = figure_columns();
            for (std::size_t i = 0; i < c.size(); ++i) m.emplace(c[i], i);
            return m;
        }();
        return index;
    }

    // ---- verdicts: one per TPS and contest with findings (consecutive findings of one sheet) ----
    void verdict_add_(const suara::finding& f, const finding_context& where) {
        const place p = place_of_(f);
        if (p.digits != 13) {  // a region's finding has no verdict of its own
            verdict_flush_();
            return;
        }
        if (verdict_open_ && (verdict_code_ != p.code || verdict_contest_ != f.contest || verdict_regime_ != where.regime ||
                              verdict_file_ != where.file || verdict_line_ != where.line))
            verdict_flush_();
        if (!verdict_open_) {
            verdict_open_ = true;
            verdict_ = verdict{};
            verdict_code_ = p.code;
            verdict_contest_ = f.contest;
            verdict_regime_ = where.regime;
            verdict_file_.assign(where.file.data(), where.file.size());
            verdict_line_ = where.line;
            verdict_findings_ = 0;
        }
        verdict_.add(f.key(), f.result, where.mandatory);
        ++verdict_findings_;
    }
    void verdict_flush_() {
        if (!verdict_open_) return;
        verdict_open_ = false;
        std::string& o = verdict_line_text_;
        o.clear();
        std::swap(o, line_);
        line_ += "{\"type\": \"verdict\", ";
        json_place_({verdict_code_, 13});
        line_ += ", \"kontes\": ";
        detail::append_json_string(line_, to_string(verdict_contest_));
        line_ += ", \"regime\": ";
        if (verdict_regime_.empty()) line_ += "null";
        else detail::append_json_string(line_, verdict_regime_);
        line_ += ", \"consequence\": ";
        detail::append_json_string(line_, to_string(verdict_.result));
        line_ += verdict_.mandatory ? ", \"mandatory\": true" : ", \"mandatory\": false";
        line_ += ", \"obliged\": ";
        detail::append_json_string(line_, to_string(verdict_.obliged));
        line_ += ", \"findings\": ";
        detail::append_number(line_, verdict_findings_);
        line_ += ", \"rules\": [";
        for (std::size_t i = 0; i < verdict_.count; ++i) {
            if (i != 0) line_ += ", ";
            detail::append_json_string(line_, verdict_.reasons[i].key);
        }
        line_ += "], ";
        json_source_(verdict_file_, verdict_line_);
        line_ += "}\n";
        emit_(line_);
        std::swap(o, line_);  // the finding being written, if any, goes on
    }

    // ---- summary ----
    void jsonl_summary_(const audit_summary& s) {
        line_ += "{\"type\": \"summary\", \"read\": ";
        detail::append_number(line_, s.read);
        line_ += ", \"validated\": ";
        detail::append_number(line_, s.validated);
        line_ += ", \"rejected\": ";
        detail::append_number(line_, s.rejected);
        line_ += ", \"flagged\": ";
        detail::append_number(line_, s.flagged);
        line_ += ", \"findings\": ";
        detail::append_number(line_, s.findings());
        line_ += ", \"by_severity\": {\"error\": ";
        detail::append_number(line_, s.count(severity::error));
        line_ += ", \"warning\": ";
        detail::append_number(line_, s.count(severity::warning));
        line_ += ", \"info\": ";
        detail::append_number(line_, s.count(severity::info));
        line_ += "}, \"by_consequence\": {";
        for (std::size_t i = 0; i < by_outcome_.size(); ++i) {
            if (i != 0) line_ += ", ";
            detail::append_json_string(line_, to_string(static_cast<outcome>(i)));
            line_ += ": ";
            detail::append_number(line_, by_outcome_[i]);
        }
        line_ += "}, \"by_rule\": {";
        bool first = true;
        for (std::size_t i = 0; i < rule_count; ++i) {
            if (s.by_rule[i] == 0) continue;
            if (!first) line_ += ", ";
            first = false;
            detail::append_json_string(line_, rule_keys[i]);
            line_ += ": ";
            detail::append_number(line_, s.by_rule[i]);
        }
        line_ += "}}\n";
    }

    void csv_summary_(const audit_summary& s, const audit_provenance* p) {
        std::vector<std::string_view> names{"read", "validated", "rejected", "flagged", "findings",
                                            "findings_error", "findings_warning", "findings_info"};
        std::array<std::string, 7> consequence_names;
        for (std::size_t i = 0; i < by_outcome_.size(); ++i) {
            consequence_names[i] = "consequence_";
            consequence_names[i] += to_string(static_cast<outcome>(i));
            names.push_back(consequence_names[i]);
        }
        for (std::string_view n : {"suara_version", "catalogue_version", "time", "regime", "regimes", "contests", "region_code", "region",
                                   "synthetic", "inputs", "settings"})
            names.push_back(n);
        if (excel_) line_ += "\xEF\xBB\xBF";
        append_header_row_(line_, names.begin(), names.end());
        for (std::uint64_t v : {std::uint64_t{s.read}, std::uint64_t{s.validated}, std::uint64_t{s.rejected},
                                std::uint64_t{s.flagged}, std::uint64_t{s.findings()}, std::uint64_t{s.count(severity::error)},
                                std::uint64_t{s.count(severity::warning)}, std::uint64_t{s.count(severity::info)}}) {
            detail::append_number(line_, v);
            line_ += ',';
        }
        for (auto v : by_outcome_) {
            detail::append_number(line_, v);
            line_ += ',';
        }
        if (p != nullptr) {
            detail::append_csv_cell(line_, p->suara_version);
            line_ += ',';
            detail::append_number(line_, p->catalogue_version);
            line_ += ',';
            line_ += utc_text(p->time);
            line_ += ',';
            detail::append_csv_cell(line_, p->regime_option);
            line_ += ',';
            std::string list;
            for (const auto& r : p->regimes) (list.empty() ? list : list += ' ') += r;
            detail::append_csv_cell(line_, list);
            line_ += ',';
            list.clear();
            for (auto k : p->contests) (list.empty() ? list : list += ' ') += to_string(k);
            detail::append_csv_cell(line_, list);
            line_ += ',';
            if (!p->region.empty()) line_ += region_code_string(p->region.front().code, p->region.front().digits);
            line_ += ',';
            detail::append_csv_cell(line_, detail::region_text(*p, lang_));
            line_ += !p->synthetic ? ",," : *p->synthetic ? ",true," : ",false,";
            // The one cell that lists: each input as path=digest, ';' between (provenance, not data).
            list.clear();
            for (const auto& in : p->inputs) {
                if (!list.empty()) list += ';';
                list += in.path;
                list += '=';
                list += in.digest;
            }
            detail::append_csv_cell(line_, list);
            // The effective rule settings (--fail-on, --rules, --rules-file, ...) as key=value, ';' between.
            list.clear();
            for (const auto& st : p->settings) {
                if (!list.empty()) list += ';';
                list += st.key;
                list += '=';
                list += st.value;
            }
            line_ += ',';
            detail::append_csv_cell(line_, list);
        } else {
            line_.append(10, ',');
        }
        end_row_(line_);
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

    // {"type": "header", ...}: the first line of a jsonl report.
    void jsonl_header(const audit_provenance& p) {
        line_ += "{\"type\": \"header\", \"tool\": \"suara-audit\", \"suara_version\": ";
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
        line_ += "}}\n";
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
        for (const auto& note : notes_) {  // wrapped, one paragraph each
            o += '\n';
            detail::append_wrapped(o, note, 100, 2);
        }
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
        o += sections_;
        if (!body_.empty()) {
            o += w("\nTEMUAN PER TPS\n", "\nFINDINGS BY TPS\n");
        }
        *out_ << o << body_;
    }

    std::ostream* out_;
    output_format format_;
    lang lang_;
    bool hold_ = false;
    bool excel_ = false;
    bool csv_header_done_ = false;
    bool rejections_header_done_ = false;
    std::ostream* rejections_out_ = nullptr;
    std::ostream* summary_out_ = nullptr;
    detail::held_lines held_;
    std::string line_;
    std::string key_;  // a figure key built from two parts (likely_...)
    std::string body_;
    std::string rejections_;
    std::string warnings_;
    std::vector<std::string> notes_;  // summary_note
    std::string sections_;  // section
    std::string last_place_;
    kontes last_contest_ = kontes::ppwp;
    std::uint64_t rejections_seen_ = 0;
    std::array<std::uint64_t, 7> by_outcome_{};
    // the verdict being gathered (jsonl)
    bool verdict_open_ = false;
    verdict verdict_{};
    std::uint64_t verdict_code_ = 0;
    kontes verdict_contest_ = kontes::ppwp;
    std::string_view verdict_regime_;  // static storage (a regime's name)
    std::string verdict_file_;
    std::uint64_t verdict_line_ = 0;
    std::uint64_t verdict_findings_ = 0;
    std::string verdict_line_text_;
};

}  // namespace suara

#endif  // SUARA_BULK_REPORT_HPP
