// Fuzz target: the C.Hasil CSV reader (suara/io/csv_reader.hpp) and writer, and the other CSV
// inputs that share its line feeding and cell grammar (suara/bulk/rollup_input.hpp).
// Input: the bytes of a CSV file, as is (seeds are plain CSV files).
// Contract checked, beyond "no crash, no leak, no undefined behaviour":
//  - read == validated + rejected; the batch holds exactly the validated rows; every rejection
//    names a line of the input and carries a reason in both languages;
//  - streaming is invisible: the same bytes fed in small pieces, with small batches, give the
//    same rows and the same report as the whole input at once;
//  - so is the instruction set: the pieces are read with the baseline row parser, the whole
//    input and the threaded read with the CPU's (AVX-512 where present);
//  - what was read is in range (figures <= max_figure or missing, flags 0/1, codes in range);
//  - writing the rows read and reading them back gives the same rows, with nothing rejected;
//  - read as a recap CSV and as a TPS code list, every record is accounted for and every
//    rejection names a line of the input.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

#include <suara/bulk/rollup_input.hpp>
#include <suara/io/csv_reader.hpp>
#include <suara/io/csv_writer.hpp>

#include "fuzz_target.hpp"

namespace {

bool same_rejection(const suara::io::rejection& a, const suara::io::rejection& b) {
    return a.source == b.source && a.line == b.line && a.column == b.column && a.value == b.value &&
           a.reason.id == b.reason.id && a.other_line == b.other_line;
}

void check_in_range(const suara::sheet& s) {
    using namespace suara;
    SUARA_FUZZ_CHECK(s.candidates <= max_candidates);
    for (std::size_t f = 0; f < field_count; ++f) {
        const auto v = s.figures[f];
        if (v == missing_figure) continue;
        switch (form_of(static_cast<field>(f))) {
        case field_form::flag: SUARA_FUZZ_CHECK(v <= 1); break;
        case field_form::gangguan: SUARA_FUZZ_CHECK(v <= 3); break;
        case field_form::gangguan_tahap: SUARA_FUZZ_CHECK(v <= 2); break;
        case field_form::count: SUARA_FUZZ_CHECK(v <= max_figure); break;
        }
    }
    for (std::size_t i = 0; i < s.candidates; ++i) SUARA_FUZZ_CHECK(s.votes[i] == missing_figure || s.votes[i] <= max_figure);
    SUARA_FUZZ_CHECK(!s.has_blank_column || s.blank_votes <= max_figure);
}

}  // namespace

SUARA_FUZZ_TARGET(csv) {
    using namespace suara;
    const std::string_view text{reinterpret_cast<const char*>(data), size};
    // Lines end at '\n' or, in an old-Mac file, at '\r' (docs/formats.md): at most this many.
    const std::size_t lines = static_cast<std::size_t>(std::max(std::count(text.begin(), text.end(), '\n'),
                                                                std::count(text.begin(), text.end(), '\r'))) + 1;

    // 1. Whole input at once.
    const auto whole = io::read_csv_string(text, "fuzz.csv");
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
        if (r.column == "kode_tps+kontes") {
            // A duplicate names the code read (13 digits), its contest and the first line.
            SUARA_FUZZ_CHECK(r.other_line >= 1);
            SUARA_FUZZ_CHECK(r.value.size() > 14 && r.value[13] == ',');
            SUARA_FUZZ_CHECK(tps_code::parse(std::string_view{r.value}.substr(0, 13)).has_value());
            SUARA_FUZZ_CHECK(kontes_from_string(std::string_view{r.value}.substr(14)).has_value());
        }
    }
    for (std::size_t i = 0; i < whole.sheets.size(); ++i) check_in_range(whole.sheets.at(i));

    // 2. The same bytes in small pieces, with small batches, on the baseline row parser: piece
    //    and batch sizes vary with the input length so that the fuzzer explores them.
    const std::size_t piece = 1 + (size * 2654435761U >> 7) % 61;
    io::csv_options small;
    small.batch_rows = 1 + size % 4;
    small.isa = io::csv_isa::baseline;
    io::csv_reader streamed{"fuzz.csv", small};
    std::size_t row = 0;
    auto compare = [&](sheet_batch& b) {
        SUARA_FUZZ_CHECK(b.size() <= small.batch_rows);
        for (std::size_t i = 0; i < b.size(); ++i, ++row) {
            SUARA_FUZZ_CHECK(row < whole.sheets.size());
            SUARA_FUZZ_CHECK(b.at(i) == whole.sheets.at(row));
        }
    };
    for (std::size_t at = 0; at < size; at += piece) streamed.feed(text.substr(at, piece), compare);
    streamed.finish(compare);
    SUARA_FUZZ_CHECK(row == whole.sheets.size());
    SUARA_FUZZ_CHECK(streamed.report().summary == sum);
    for (std::size_t i = 0; i < sum.rejected; ++i)
        SUARA_FUZZ_CHECK(same_rejection(streamed.report().rejections[i], whole.report.rejections[i]));

    // 3. The same bytes parsed on several threads in small slices, fed in three pieces (lines cut
    //    between them; few pieces, so that starting threads does not eat the fuzzing time): the
    //    same rows in the same order, the same rejections (lines, duplicates naming their first
    //    line) and counts.
    io::csv_options parallel = small;
    parallel.isa = io::csv_isa::automatic;
    parallel.parse_threads = 2 + static_cast<unsigned>(size % 3);
    parallel.slice_bytes = 1 + size % 97;
    io::csv_reader threaded{"fuzz.csv", parallel};
    row = 0;
    const std::size_t third = size / 3 + 1;
    for (std::size_t at = 0; at < size; at += third) threaded.feed(text.substr(at, third), compare);
    threaded.finish(compare);
    SUARA_FUZZ_CHECK(row == whole.sheets.size());
    SUARA_FUZZ_CHECK(threaded.report().summary == sum);
    SUARA_FUZZ_CHECK(threaded.lines() == streamed.lines());
    for (std::size_t i = 0; i < sum.rejected; ++i)
        SUARA_FUZZ_CHECK(same_rejection(threaded.report().rejections[i], whole.report.rejections[i]));

    // 4. Round trip of what was read.
    std::ostringstream out;
    io::write_csv(out, whole.sheets);
    const std::string written = out.str();
    const auto again = io::read_csv_string(written, "again.csv");
    SUARA_FUZZ_CHECK(again.report.summary.rejected == 0);
    SUARA_FUZZ_CHECK(again.sheets.size() == whole.sheets.size());
    for (std::size_t i = 0; i < whole.sheets.size(); ++i) SUARA_FUZZ_CHECK(again.sheets.at(i) == whole.sheets.at(i));

    // 5. The same bytes as a recap CSV and as a TPS code list.
    auto accounted = [&](const io::read_report& rep, std::size_t kept) {
        SUARA_FUZZ_CHECK(rep.summary.balanced());
        SUARA_FUZZ_CHECK(kept == rep.summary.validated);
        SUARA_FUZZ_CHECK(rep.rejections.size() == rep.summary.rejected);
        for (const auto& r : rep.rejections) {
            SUARA_FUZZ_CHECK(r.line >= 1 && r.line <= lines);
            SUARA_FUZZ_CHECK(r.value.size() <= io::max_quoted_value + 3);
        }
    };
    std::istringstream recap_in{std::string{text}};
    io::read_report recap_report;
    const auto recaps = read_recap_csv(recap_in, "recap.csv", recap_report);
    accounted(recap_report, recaps.size());
    std::istringstream codes_in{std::string{text}};
    io::read_report codes_report;
    const auto codes = read_tps_codes(codes_in, "tps.txt", codes_report);
    accounted(codes_report, codes.size());
    return 0;
}
