// suara — what a reader reports: rejected records, warnings, and the counts that tie them.
// Distributed under the Boost Software License, Version 1.0.
//
// Every reader keeps the invariant `read == validated + rejected`: a record (a CSV row, a
// Sirekap file) is either handed on as a sheet or rejected with the place that made it
// unreadable. Reasons are static bilingual texts; the variable parts (file, line, column, the
// offending text) travel beside them, so that a message names all four.
#ifndef SUARA_IO_REPORT_HPP
#define SUARA_IO_REPORT_HPP

#include <cstddef>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <suara/core/text.hpp>

namespace suara::io {

/// The offending text is cut to this many bytes, so that one absurd cell cannot flood a report.
inline constexpr std::size_t max_quoted_value = 64;

/// A record that could not be read.
struct rejection {
    std::string source;   ///< file name (or "-" for standard input, or a caller's label)
    std::size_t line = 0; ///< 1-based line (CSV); 0 when the record is a whole file (Sirekap)
    std::string column;   ///< column name, JSON key or "" when the record as a whole is bad
    std::string value;    ///< the offending text, cut to max_quoted_value bytes
    bilingual reason;     ///< why, in Indonesian and English
    std::size_t other_line = 0;  ///< duplicates: the line of the first occurrence
};

/// Something worth knowing that did not cost a record (an unknown column, a skipped file).
struct warning {
    std::string source;  ///< file name, as for a rejection
    std::size_t line = 0;  ///< 1-based line; 0 for a whole file
    std::string column;  ///< column name or JSON key, if any
    std::string value;  ///< the text concerned
    bilingual message;  ///< what is worth knowing, in Indonesian and English
};

/// Counts of one read. `read == validated + rejected` always holds.
struct read_summary {
    std::size_t read = 0;  ///< Records read.
    std::size_t validated = 0;  ///< Records validated (turned into sheets).
    std::size_t rejected = 0;  ///< Records rejected.
    std::size_t warnings = 0;  ///< Warnings given.

    /// Adds another read's counts.
    read_summary& operator+=(const read_summary& o) noexcept {
        read += o.read;
        validated += o.validated;
        rejected += o.rejected;
        warnings += o.warnings;
        return *this;
    }
    /// True when read = validated + rejected, which every reader keeps.
    [[nodiscard]] constexpr bool balanced() const noexcept { return read == validated + rejected; }
    /// Equal when every count is.
    friend constexpr bool operator==(const read_summary&, const read_summary&) = default;
};

/// Rejections and warnings a report keeps by default (about 15 MB at most); the counts are
/// always exact, and the callbacks see every one.
inline constexpr std::size_t default_keep_limit = 100'000;

/// The full account of a read: counts plus the rejections and warnings themselves. Only the
/// first `keep_limit` of each are kept (the counts stay exact), so that a hopeless national
/// file cannot exhaust memory through its error list; a tool that must show every rejection
/// (suara-audit's jsonl) sets `on_rejection` and streams them out as they come.
struct read_report {
    read_summary summary;  ///< The counts.
    std::vector<rejection> rejections;  ///< The first `keep_limit` rejections.
    std::vector<warning> warnings;  ///< The first `keep_limit` warnings.
    std::size_t keep_limit = default_keep_limit;  ///< Rejections and warnings kept (the counts stay exact).
    std::function<void(const rejection&)> on_rejection;  ///< Called for every rejection as it happens.
    std::function<void(const warning&)> on_warning;  ///< Called for every warning as it happens.

    /// Counts and keeps a rejection.
    void reject(rejection r) {
        ++summary.read;
        ++summary.rejected;
        if (on_rejection) on_rejection(r);
        if (rejections.size() < keep_limit) rejections.push_back(std::move(r));
    }
    /// Counts and keeps a warning.
    void warn(warning w) {
        ++summary.warnings;
        if (on_warning) on_warning(w);
        if (warnings.size() < keep_limit) warnings.push_back(std::move(w));
    }
    /// Counts `n` records read and validated.
    void validated(std::size_t n = 1) noexcept {
        summary.read += n;
        summary.validated += n;
    }
    /// Adds another report (another slice or file), in order.
    void merge(read_report&& o) {
        summary += o.summary;
        for (auto& r : o.rejections)
            if (rejections.size() < keep_limit) rejections.push_back(std::move(r));
        for (auto& w : o.warnings)
            if (warnings.size() < keep_limit) warnings.push_back(std::move(w));
    }
};

/// The offending text as quoted in a report: cut, with "..." when cut, control bytes as '?'.
[[nodiscard]] inline std::string quote_value(std::string_view v) {
    std::string out;
    const std::size_t n = v.size() < max_quoted_value ? v.size() : max_quoted_value;
    out.reserve(n + 3);
    for (std::size_t i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(v[i]);
        out += (c < 0x20 || c == 0x7F) ? '?' : static_cast<char>(c);
    }
    if (n < v.size()) out += "...";
    return out;
}

/// "file:line" (or "file" for a whole-file record): the `source` of cli.md's rejected objects.
[[nodiscard]] inline std::string location(std::string_view source, std::size_t line) {
    std::string out{source};
    if (line != 0) {
        out += ':';
        out += std::to_string(line);
    }
    return out;
}

/// Why a figure was refused, whichever reader met it: one wording for the CSV and the Sirekap
/// readers (the limit is suara::max_figure).
namespace figure_reason {
inline constexpr bilingual negative{"bilangan negatif", "negative number"};  ///< Rejection: negative number.
inline constexpr bilingual out_of_range{"angka melebihi batas (4294967294)", "number beyond range (4294967294)"};  ///< Rejection: number beyond range (4294967294).
}  // namespace figure_reason

/// Why a whole input could not be read at all (not a record: there is nothing to count).
namespace input_reason {
inline constexpr bilingual cannot_open{"tidak dapat membuka", "cannot open"};  ///< Why an input could not be read: "cannot open".
inline constexpr bilingual read_error{"galat baca di", "read error in"};  ///< Why an input could not be read: "read error in".
}  // namespace input_reason

/// Thrown when a whole input cannot be read (a path that cannot be opened, a directory given as
/// a file, a read error); suara-audit turns it into exit status 2. what() is the English text;
/// message() gives either language.
class input_error : public std::runtime_error {
public:
    /// The input at `path` could not be read, for `reason`.
    input_error(std::string path, const bilingual& reason)
        : std::runtime_error{"suara: " + std::string{reason.en} + " " + path}, path_{std::move(path)}, reason_{reason} {}
    /// The input.
    [[nodiscard]] const std::string& path() const noexcept { return path_; }
    /// Why it could not be read.
    [[nodiscard]] const bilingual& reason() const noexcept { return reason_; }
    /// The message in language `l`, with the path.
    [[nodiscard]] std::string message(lang l) const {
        std::string out = "suara: ";
        out += reason_.in(l);
        out += ' ';
        out += path_;
        return out;
    }

private:
    std::string path_;
    bilingual reason_;
};

namespace detail {
inline std::string describe(std::string_view source, std::size_t line, std::string_view column,
                            std::string_view value, std::string_view text, lang l, std::size_t other_line = 0) {
    std::string out = location(source, line);
    if (!column.empty()) {
        out += l == lang::id ? ": kolom " : ": column ";
        out += column;
    }
    if (!value.empty() || !column.empty()) {
        if (column.empty()) out += l == lang::id ? ": nilai \"" : ": value \"";
        else out += l == lang::id ? ", nilai \"" : ", value \"";
        out += value;
        out += '"';
    }
    out += ": ";
    out += text;
    if (other_line != 0) {
        out += l == lang::id ? " (baris " : " (line ";
        out += std::to_string(other_line);
        out += ')';
    }
    return out;
}
}  // namespace detail

/// `data.csv:12: column suara_sah, value "-3": negative number` (or the Indonesian text).
[[nodiscard]] inline std::string to_string(const rejection& r, lang l = lang::id) {
    return detail::describe(r.source, r.line, r.column, r.value, r.reason.in(l), l, r.other_line);
}
[[nodiscard]] inline std::string to_string(const warning& w, lang l = lang::id) {
    return detail::describe(w.source, w.line, w.column, w.value, w.message.in(l), l);
}

}  // namespace suara::io

#endif  // SUARA_IO_REPORT_HPP
