// Fuzz target: the legislative CSV reader (suara/io/legislative_csv_reader.hpp) and writer.
// Input: the bytes of a legislative CSV file, as is (seeds are plain files in the long format).
// Contract checked, beyond "no crash, no leak, no undefined behaviour":
//  - read == validated + rejected; the batch holds exactly the validated sheets; every rejection
//    names a line of the input (a repeat or a sheet apart: an earlier line) and carries a reason
//    in both languages;
//  - streaming is invisible: the same bytes fed in small pieces, with small batches, give the
//    same sheets and the same report as the whole input at once;
//  - what was read is a sheet a legislative_batch can hold: a legislative contest, party numbers
//    ascending in 1..24, at most 12 candidates a party and 64 on a DPD sheet, no party on a DPD
//    sheet, figures within max_figure or missing, a valid dapil code;
//  - writing the sheets read and reading them back gives the same sheets, nothing rejected, and
//    the file is told from its header (io::is_legislative_csv_header).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

#include <suara/io/legislative_csv_reader.hpp>
#include <suara/io/legislative_csv_writer.hpp>

#include "fuzz_target.hpp"

namespace {

bool same_rejection(const suara::io::rejection& a, const suara::io::rejection& b) {
    return a.source == b.source && a.line == b.line && a.column == b.column && a.value == b.value &&
           a.reason.id == b.reason.id && a.other_line == b.other_line;
}

void check_in_range(const suara::legislative_sheet& s) {
    using namespace suara;
    SUARA_FUZZ_CHECK(is_legislative_contest(s.kontes_code()));
    for (std::size_t f = 0; f < field_count; ++f) {
        const auto v = s.admin.figures[f];
        if (v == missing_figure) continue;
        switch (form_of(static_cast<field>(f))) {
        case field_form::flag: SUARA_FUZZ_CHECK(v <= 1); break;
        case field_form::gangguan: SUARA_FUZZ_CHECK(v >= 1 && v <= 3); break;
        case field_form::gangguan_tahap: SUARA_FUZZ_CHECK(v >= 1 && v <= 2); break;
        case field_form::count: SUARA_FUZZ_CHECK(v <= max_figure); break;
        }
    }
    SUARA_FUZZ_CHECK(s.dapil().size() <= max_dapil_code);
    for (char c : s.dapil()) SUARA_FUZZ_CHECK(c > 0x20 && c < 0x7F && c != '"' && c != '\\');
    if (s.kontes_code() == kontes::pdpd) SUARA_FUZZ_CHECK(s.party_count() == 0);
    else SUARA_FUZZ_CHECK(s.candidate_count() == 0);
    SUARA_FUZZ_CHECK(s.candidate_count() <= max_dpd_candidates);
    SUARA_FUZZ_CHECK(s.party_count() <= max_ballot_parties);
    for (std::size_t p = 0; p < s.party_count(); ++p) {
        const unsigned n = s.party_at(p).value();
        SUARA_FUZZ_CHECK(n >= 1 && n <= max_ballot_parties);
        if (p > 0) SUARA_FUZZ_CHECK(s.party_at(p - 1).value() < n);
        SUARA_FUZZ_CHECK(s.party_candidate_count(p) <= max_party_candidates);
    }
}

}  // namespace

SUARA_FUZZ_TARGET(legislative_csv) {
    using namespace suara;
    const std::string_view text{reinterpret_cast<const char*>(data), size};
    const std::size_t lines = static_cast<std::size_t>(std::max(std::count(text.begin(), text.end(), '\n'),
                                                                std::count(text.begin(), text.end(), '\r'))) + 1;
    (void)io::is_legislative_csv_header(text);

    // 1. Whole input at once.
    const auto whole = io::read_legislative_csv_string(text, "fuzz.csv");
    const auto& sum = whole.report.summary;
    SUARA_FUZZ_CHECK(sum.balanced());
    SUARA_FUZZ_CHECK(whole.sheets.size() == sum.validated);
    SUARA_FUZZ_CHECK(whole.report.rejections.size() == sum.rejected);
    SUARA_FUZZ_CHECK(whole.report.warnings.size() == sum.warnings);
    for (const auto& r : whole.report.rejections) {
        SUARA_FUZZ_CHECK(r.source == "fuzz.csv");
        SUARA_FUZZ_CHECK(r.line >= 1 && r.line <= lines);
        SUARA_FUZZ_CHECK(r.other_line < r.line);
        SUARA_FUZZ_CHECK(!r.reason.id.empty() && !r.reason.en.empty());
        SUARA_FUZZ_CHECK(r.value.size() <= io::max_quoted_value + 3);
        SUARA_FUZZ_CHECK(!io::to_string(r, lang::id).empty() && !io::to_string(r, lang::en).empty());
    }
    for (std::size_t i = 0; i < whole.sheets.size(); ++i) {
        check_in_range(whole.sheets.at(i));
        const auto line = whole.sheets.administration().lines()[i];
        SUARA_FUZZ_CHECK(line >= 2 && line <= lines);
    }

    // 2. The same bytes in small pieces, with small batches.
    const std::size_t piece = 1 + (size * 2654435761U >> 7) % 61;
    io::csv_options small;
    small.batch_rows = 1 + size % 4;
    io::legislative_csv_reader streamed{"fuzz.csv", small};
    std::size_t row = 0;
    auto compare = [&](legislative_batch& b) {
        SUARA_FUZZ_CHECK(b.size() <= small.batch_rows);
        for (std::size_t i = 0; i < b.size(); ++i, ++row) {
            SUARA_FUZZ_CHECK(row < whole.sheets.size());
            SUARA_FUZZ_CHECK(b.at(i) == whole.sheets.at(row));
            SUARA_FUZZ_CHECK(b.administration().lines()[i] == whole.sheets.administration().lines()[row]);
        }
    };
    for (std::size_t at = 0; at < size; at += piece) streamed.feed(text.substr(at, piece), compare);
    streamed.finish(compare);
    SUARA_FUZZ_CHECK(row == whole.sheets.size());
    SUARA_FUZZ_CHECK(streamed.report().summary == sum);
    for (std::size_t i = 0; i < sum.rejected; ++i)
        SUARA_FUZZ_CHECK(same_rejection(streamed.report().rejections[i], whole.report.rejections[i]));

    // 3. Round trip of what was read.
    std::ostringstream out;
    io::write_legislative_csv(out, whole.sheets);
    const std::string written = out.str();
    SUARA_FUZZ_CHECK(io::is_legislative_csv_header(written));
    const auto again = io::read_legislative_csv_string(written, "again.csv");
    SUARA_FUZZ_CHECK(again.report.summary.rejected == 0);
    SUARA_FUZZ_CHECK(again.report.summary.warnings == 0);
    SUARA_FUZZ_CHECK(again.sheets.size() == whole.sheets.size());
    for (std::size_t i = 0; i < whole.sheets.size(); ++i) SUARA_FUZZ_CHECK(again.sheets.at(i) == whole.sheets.at(i));
    return 0;
}
