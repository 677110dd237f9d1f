// suara — Sirekap records as NDJSON, one record per line (docs/formats.md, "Sirekap NDJSON").
// Needs Boost.JSON through io/sirekap.hpp: link `suara::sirekap`.
// Distributed under the Boost Software License, Version 1.0.
//
// A line is either the record with two more top-level fields, `"kode_tps"` (13 digits, a string
// or a number) and `"kontes"` (a contest code, optional: else sirekap_options::default_kontes,
// i.e. `--kontes`), or a one-key wrapper `{"<kode_tps>": {…record…}}` whose record may hold a
// `kontes` field. A small scanner finds these top-level keys without building anything; the
// record text then goes to sirekap_reader::parse. The input is read in blocks: memory is one
// block plus one line, and a line beyond sirekap_stream_limits::max_line_bytes is rejected
// with its line number (its bytes are skipped, not kept), the rest read.
#ifndef SUARA_IO_SIREKAP_NDJSON_HPP
#define SUARA_IO_SIREKAP_NDJSON_HPP

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <istream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>

#include <suara/core/kontes.hpp>
#include <suara/core/text.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/io/report.hpp>
#include <suara/io/sirekap.hpp>
#include <suara/io/sirekap_reasons.hpp>

namespace suara::io {

/// Bounds on what one record of a container (archive member, NDJSON line) may cost.
struct sirekap_stream_limits {
    /// Longest NDJSON line (bytes, without its newline); a Sirekap record is about 1 KB.
    std::size_t max_line_bytes = std::size_t{1} << 20;
    /// Most bytes one archive member may unpack to (a zip bomb stops here).
    std::uint64_t max_member_bytes = std::uint64_t{16} << 20;
    /// Most bytes a whole archive may unpack to (all five contests of 2024 are about 16 GB).
    std::uint64_t max_archive_bytes = std::uint64_t{64} << 30;
};

/// What the scanner found on one NDJSON line.
struct ndjson_line_info {
    std::optional<tps_code> code;  ///< The TPS code (wrapper key or `kode_tps`).
    std::optional<kontes> contest;  ///< The contest (`kontes`, else the fallback).
    std::string_view record;  ///< The record text to parse (the wrapper's value, or the line).
    const bilingual* error = nullptr;  ///< Why the line cannot be read; nullptr when it can.
    std::string_view offending;  ///< The text at fault.
};

namespace detail {

[[nodiscard]] inline std::size_t ndjson_ws(std::string_view s, std::size_t i) noexcept {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) ++i;
    return i;
}

/// The index after the string starting at s[i] == '"'; npos when it does not end.
[[nodiscard]] inline std::size_t ndjson_skip_string(std::string_view s, std::size_t i) noexcept {
    for (++i; i < s.size(); ++i) {
        if (s[i] == '\\') ++i;
        else if (s[i] == '"') return i + 1;
    }
    return std::string_view::npos;
}

/// The index after the JSON value starting at s[i]; npos when it does not end. Nesting is
/// counted, not recursed into, so depth costs nothing here (parse() limits it).
[[nodiscard]] inline std::size_t ndjson_skip_value(std::string_view s, std::size_t i) noexcept {
    if (i >= s.size()) return std::string_view::npos;
    if (s[i] == '"') return ndjson_skip_string(s, i);
    if (s[i] == '{' || s[i] == '[') {
        std::size_t depth = 0;
        while (i < s.size()) {
            const char c = s[i];
            if (c == '"') {
                i = ndjson_skip_string(s, i);
                if (i == std::string_view::npos) return i;
                continue;
            }
            if (c == '{' || c == '[') ++depth;
            else if (c == '}' || c == ']') {
                if (--depth == 0) return i + 1;
            }
            ++i;
        }
        return std::string_view::npos;
    }
    while (i < s.size() && std::string_view{",}] \t\r\n"}.find(s[i]) == std::string_view::npos) ++i;
    return i;
}

/// The text of a string or number value, without quotes.
[[nodiscard]] inline std::string_view ndjson_scalar(std::string_view v) noexcept {
    if (v.size() >= 2 && v.front() == '"' && v.back() == '"') return v.substr(1, v.size() - 2);
    return v;
}

/// The top-level `kode_tps` / `kontes` values of the object at s[0] == '{', and its only key
/// when it has one. Returns false when the object does not end.
struct ndjson_top {
    std::string_view code, contest;  // raw values (with quotes)
    std::string_view first_key, first_value;
    std::size_t keys = 0;
    bool has_code = false, has_contest = false;
};
[[nodiscard]] inline bool ndjson_scan_top(std::string_view s, ndjson_top& out) noexcept {
    std::size_t i = ndjson_ws(s, 1);
    if (i < s.size() && s[i] == '}') return true;
    while (i < s.size()) {
        if (s[i] != '"') return false;
        const std::size_t key_end = ndjson_skip_string(s, i);
        if (key_end == std::string_view::npos) return false;
        const std::string_view key = s.substr(i + 1, key_end - i - 2);
        i = ndjson_ws(s, key_end);
        if (i >= s.size() || s[i] != ':') return false;
        i = ndjson_ws(s, i + 1);
        const std::size_t value_end = ndjson_skip_value(s, i);
        if (value_end == std::string_view::npos || value_end == i) return false;
        const std::string_view value = s.substr(i, value_end - i);
        if (out.keys++ == 0) {
            out.first_key = key;
            out.first_value = value;
        }
        if (key == "kode_tps") {
            out.code = value;
            out.has_code = true;
        } else if (key == "kontes") {
            out.contest = value;
            out.has_contest = true;
        }
        i = ndjson_ws(s, value_end);
        if (i < s.size() && s[i] == ',') {
            i = ndjson_ws(s, i + 1);
            continue;
        }
        return i < s.size() && s[i] == '}';
    }
    return false;
}

}  // namespace detail

/// Finds the TPS code, contest and record text of one NDJSON line (docs/formats.md).
/// `fallback` is the contest of a line that names none (`--kontes`).
[[nodiscard]] inline ndjson_line_info scan_sirekap_ndjson_line(std::string_view line,
                                                               std::optional<kontes> fallback = std::nullopt) noexcept {
    ndjson_line_info out;
    const std::size_t b = detail::ndjson_ws(line, 0);
    std::size_t e = line.size();
    while (e > b && (line[e - 1] == ' ' || line[e - 1] == '\t' || line[e - 1] == '\r')) --e;
    const std::string_view s = line.substr(b, e - b);
    out.record = s;
    if (s.empty() || s.front() != '{') {
        out.error = &sirekap_reason::not_object;
        out.offending = s.substr(0, 16);
        return out;
    }
    detail::ndjson_top top;
    const bool whole = detail::ndjson_scan_top(s, top);
    // The one-key wrapper: its key is the code, its value the record (which may name kontes).
    if (whole && top.keys == 1 && !top.first_value.empty() && top.first_value.front() == '{') {
        if (auto code = tps_code::parse(top.first_key)) {
            out.code = code;
            out.record = top.first_value;
            top = {};
            if (!detail::ndjson_scan_top(out.record, top)) {
                out.error = &sirekap_reason::not_json;
                out.offending = out.record.substr(0, 16);
                return out;
            }
            if (top.has_code && tps_code::parse(detail::ndjson_scalar(top.code)) != out.code) {
                out.error = &sirekap_reason::code_mismatch;
                out.offending = detail::ndjson_scalar(top.code);
                return out;
            }
        }
    }
    if (!out.code) {
        if (top.has_code) out.code = tps_code::parse(detail::ndjson_scalar(top.code));
        if (!out.code) {
            // A line broken before its kode_tps: not JSON is the better reason.
            out.error = whole ? &sirekap_reason::no_line_code : &sirekap_reason::not_json;
            out.offending = whole ? (top.has_code ? detail::ndjson_scalar(top.code) : std::string_view{}) : s.substr(0, 16);
            return out;
        }
    }
    if (top.has_contest) {
        out.contest = kontes_from_string(detail::ndjson_scalar(top.contest));
        if (!out.contest) {
            out.error = &sirekap_reason::no_line_kontes;
            out.offending = detail::ndjson_scalar(top.contest);
            return out;
        }
    } else {
        out.contest = fallback;
    }
    if (!out.contest) out.error = &sirekap_reason::no_line_kontes;
    // A line whose code and contest were found but which does not end as JSON goes to parse(),
    // which names the fault (truncated, not JSON) as for a file.
    return out;
}

/// Reads NDJSON Sirekap records from `in` into `r`; `source` names the input in rejections
/// (each with its 1-based line). Blank lines are not records and are skipped.
inline void read_sirekap_ndjson(sirekap_reader& r, std::istream& in, const std::string& source,
                                const sirekap_stream_limits& limits = {}) {
    std::array<char, 64 * 1024> block{};
    std::string line;
    std::size_t number = 0;
    bool overlong = false;
    std::string head;  // an overlong line's first bytes, to name it
    const auto& opts = r.options();
    auto finish_line = [&] {
        ++number;
        r.set_line(number);
        if (overlong) {
            r.reject(source, "", head, sirekap_reason::line_too_long);
        } else if (line.find_first_not_of(" \t\r") != std::string::npos) {
            if (opts.on_file_read) opts.on_file_read(source, line);
            const auto info = scan_sirekap_ndjson_line(line, opts.default_kontes);
            if (info.error) r.reject(source, "", info.offending, *info.error);
            else r.parse(info.record, *info.code, *info.contest, source);
        }
        r.set_line(0);
        line.clear();
        head.clear();
        overlong = false;
    };
    bool pending = false;  // bytes of a last line without its newline
    while (in) {
        in.read(block.data(), static_cast<std::streamsize>(block.size()));
        const auto got = static_cast<std::size_t>(in.gcount());
        std::size_t at = 0;
        while (at < got) {
            const void* nl = std::memchr(block.data() + at, '\n', got - at);
            const std::size_t end = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - block.data()) : got;
            const std::string_view piece{block.data() + at, end - at};
            if (!overlong && line.size() + piece.size() > limits.max_line_bytes) {
                overlong = true;
                head = line.substr(0, 16);
                head.append(piece.substr(0, 16 - head.size()));
                line.clear();
                line.shrink_to_fit();
            }
            if (!overlong) line.append(piece);
            pending = true;
            if (!nl) break;
            finish_line();
            pending = false;
            at = end + 1;
        }
    }
    if (pending) finish_line();
}

/// Reads an NDJSON file (or standard input for "-") into `r`.
inline void read_sirekap_ndjson(sirekap_reader& r, const std::filesystem::path& p, const sirekap_stream_limits& limits = {}) {
    const std::string source = p.string();
    if (source == "-") {
        read_sirekap_ndjson(r, std::cin, source, limits);
        return;
    }
    std::ifstream in{p, std::ios::binary};
    if (!in) {
        r.reject(source, "", "", sirekap_reason::unreadable);
        return;
    }
    read_sirekap_ndjson(r, in, source, limits);
}

/// Parses NDJSON text held in memory (tests, fuzzers).
[[nodiscard]] inline sirekap_result read_sirekap_ndjson_text(std::string_view text, std::string_view source = "<ndjson>",
                                                            sirekap_options opts = {}, const sirekap_stream_limits& limits = {}) {
    sirekap_reader r{std::move(opts)};
    std::istringstream in{std::string{text}};
    read_sirekap_ndjson(r, in, std::string{source}, limits);
    return r.take();
}

}  // namespace suara::io

#endif  // SUARA_IO_SIREKAP_NDJSON_HPP
