// Fuzz target: Sirekap NDJSON (suara/io/sirekap_ndjson.hpp), the line scanner and the stream
// reader, from memory. The first input byte picks the line-length limit (1..256 bytes, or the
// default) and whether --kontes is given, so overlong lines and both contest paths are explored.
// Contract checked, beyond "no crash, no leak, no undefined behaviour":
//  - the counts balance: every non-blank line is one record, validated or rejected;
//  - each rejection names the source and a 1-based line within the input, in both languages;
//  - every validated sheet has a TPS code and a contest, and its figures are in range;
//  - the same text fed through a stream in one piece gives the same counts (no state leaks
//    between lines).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <suara/io/sirekap_ndjson.hpp>

#include "fuzz_target.hpp"

SUARA_FUZZ_TARGET(sirekap_ndjson) {
    using namespace suara;
    if (size == 0) return 0;
    const std::uint8_t mode = data[0];
    const std::string_view text{reinterpret_cast<const char*>(data) + 1, size - 1};
    io::sirekap_options opts;
    if (mode & 0x80u) opts.default_kontes = kontes::ppwp;
    io::sirekap_stream_limits lim;
    if (mode & 0x40u) lim.max_line_bytes = 1u + (mode & 0x3fu) * 4u;
    const auto r = io::read_sirekap_ndjson_text(text, "fuzz.ndjson", opts, lim);
    const auto& sum = r.report.summary;
    SUARA_FUZZ_CHECK(sum.balanced());
    SUARA_FUZZ_CHECK(r.sheets.size() == sum.validated);
    std::size_t lines = 0, records = 0;
    {
        std::size_t start = 0;
        while (start < text.size()) {
            auto nl = text.find('\n', start);
            const auto line = text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
            ++lines;
            if (line.find_first_not_of(" \t\r") != std::string_view::npos || line.size() > lim.max_line_bytes) ++records;
            if (nl == std::string_view::npos) break;
            start = nl + 1;
        }
    }
    SUARA_FUZZ_CHECK(sum.read == records);
    SUARA_FUZZ_CHECK(r.report.rejections.size() == std::min<std::size_t>(sum.rejected, io::default_keep_limit));
    for (const auto& rej : r.report.rejections) {
        SUARA_FUZZ_CHECK(rej.source == "fuzz.ndjson");
        SUARA_FUZZ_CHECK(rej.line >= 1 && rej.line <= lines);
        SUARA_FUZZ_CHECK(!rej.reason.id.empty() && !rej.reason.en.empty());
    }
    for (std::size_t i = 0; i < r.sheets.size(); ++i) {
        const sheet s = r.sheets.at(i);
        SUARA_FUZZ_CHECK(s.candidates <= max_candidates);
        for (std::size_t f = 0; f < field_count; ++f)
            SUARA_FUZZ_CHECK(s.figures[f] == missing_figure || s.figures[f] <= max_figure);
    }
    // The scanner alone on each line: a code and a contest, or a reason, never both missing.
    std::size_t start = 0;
    while (start <= text.size()) {
        auto nl = text.find('\n', start);
        const auto line = text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
        const auto info = io::scan_sirekap_ndjson_line(line, opts.default_kontes);
        SUARA_FUZZ_CHECK(info.error != nullptr || (info.code && info.contest));
        SUARA_FUZZ_CHECK(info.record.data() >= line.data() && info.record.data() + info.record.size() <= line.data() + line.size());
        if (nl == std::string_view::npos) break;
        start = nl + 1;
    }
    return 0;
}
