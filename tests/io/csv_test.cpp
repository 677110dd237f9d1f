// Tests of the C.Hasil CSV reader and writer, of the other CSV inputs that share its grammar (the
// recap CSV and the TPS code list), and of the embedded Balikpapan 2024 data set.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <suara/bulk/rollup_input.hpp>
#include <suara_demo/balikpapan_2024.hpp>
#include <suara/io/csv_reader.hpp>
#include <suara/io/csv_writer.hpp>
#include <suara/io/legislative_csv_reader.hpp>
#include <suara/io/legislative_csv_writer.hpp>

#include "laws.hpp"
#include "printing.hpp"

using namespace suara;
using suara::io::read_csv_string;

namespace {

const std::string header = "kode_tps,kontes,pemilih_dpt_l,pemilih_dpt_p,pemilih_dpt_j,suara_sah,suara_1,suara_2\n";

// The single rejection of `text` (a header plus rows), checked for its place.
void expect_rejection(const std::string& rows, std::size_t line, const std::string& column,
                      const std::string& value, const bilingual& reason) {
    const auto r = read_csv_string(header + rows, "t.csv");
    BOOST_TEST_CONTEXT("rows: " << rows) {
        BOOST_TEST(r.report.summary.rejected == 1U);
        BOOST_TEST(r.report.summary.balanced());
        BOOST_REQUIRE_EQUAL(r.report.rejections.size(), 1U);
        const auto& x = r.report.rejections[0];
        BOOST_TEST(x.source == "t.csv");
        BOOST_TEST(x.line == line);
        BOOST_TEST(x.column == column);
        BOOST_TEST(x.value == value);
        BOOST_TEST(x.reason.en == reason.en);
        BOOST_TEST(x.reason.id == reason.id);
    }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(csv_reader)

BOOST_AUTO_TEST_CASE(reads_rows_with_columns_in_any_order) {
    const auto r = read_csv_string(
        "suara_2,kontes,suara_1,kode_tps,suara_sah,pemilih_dpt_j\n"
        "20,ppwp,10,3101011001001,30,250\n"
        "5,pdpr,7,3101011001001,12,\n");
    BOOST_REQUIRE_EQUAL(r.sheets.size(), 2U);
    BOOST_TEST(r.report.summary.read == 2U);
    BOOST_TEST(r.report.summary.validated == 2U);
    BOOST_TEST(r.report.summary.rejected == 0U);
    const auto s = r.sheets.at(0);
    BOOST_TEST(to_string(s.tps) == "3101011001001");
    BOOST_TEST(s.contest == kontes::ppwp);
    BOOST_TEST(s.candidates == 2);
    BOOST_TEST(s.votes[0] == 10U);
    BOOST_TEST(s.votes[1] == 20U);
    BOOST_TEST(*s.get(field::suara_sah) == 30U);
    BOOST_TEST(*s.get(field::pemilih_dpt_j) == 250U);
    // Missing is never zero: an empty cell and an absent column are both missing.
    BOOST_TEST(!r.sheets.at(1).get(field::pemilih_dpt_j).has_value());
    BOOST_TEST(!s.get(field::pemilih_dpt_l).has_value());
    BOOST_TEST(r.sheets.at(1).contest == kontes::pdpr);
}

BOOST_AUTO_TEST_CASE(every_rejection_names_line_column_value_and_reason) {
    namespace R = io::csv_reason;
    expect_rejection("3101011001001,ppwp,1x,2,3,4,1,3\n", 2, "pemilih_dpt_l", "1x", R::not_a_number);
    expect_rejection("3101011001001,ppwp,1,-3,3,4,1,3\n", 2, "pemilih_dpt_p", "-3", R::negative);
    expect_rejection("3101011001001,ppwp,1,2,3,4294967295,1,3\n", 2, "suara_sah", "4294967295", R::out_of_range);
    expect_rejection("3101011001001,ppwp,1,2,3,99999999999999999999999,1,3\n", 2, "suara_sah",
                     "99999999999999999999999", R::out_of_range);
    expect_rejection("3101011001001,ppwp,1,2,3, 4,1,3\n", 2, "suara_sah", " 4", R::not_a_number);
    expect_rejection("3101011001001,ppwp,1,2,3,4.5,1,3\n", 2, "suara_sah", "4.5", R::not_a_number);
    expect_rejection("310101100100,ppwp,1,2,3,4,1,3\n", 2, "kode_tps", "310101100100", R::bad_code);
    expect_rejection("31010110010011,ppwp,1,2,3,4,1,3\n", 2, "kode_tps", "31010110010011", R::bad_code);
    expect_rejection("31010110010a1,ppwp,1,2,3,4,1,3\n", 2, "kode_tps", "31010110010a1", R::bad_code);
    expect_rejection(",ppwp,1,2,3,4,1,3\n", 2, "kode_tps", "", R::missing_code);
    expect_rejection("3101011001001,pilpres,1,2,3,4,1,3\n", 2, "kontes", "pilpres", R::unknown_kontes);
    expect_rejection("3101011001001,,1,2,3,4,1,3\n", 2, "kontes", "", R::missing_kontes);
    expect_rejection("3101011001001,ppwp,1,2,3,4,1\n", 2, "suara_2", "", R::too_few_columns);
    expect_rejection("3101011001001,ppwp,1,2,3,4,1,3,9\n", 2, "9", "9", R::too_many_columns);
    expect_rejection("3101011001001,ppwp,\"1,2,3,4,1,3\n", 2, "pemilih_dpt_l", "\"1,2,3,4,1,3", R::unterminated_quote);
    expect_rejection("3101011001001,ppwp,\"1\"x,2,3,4,1,3\n", 2, "pemilih_dpt_l", "\"1\"x", R::bad_quote);
    // Limits and widths: max_figure itself is accepted; leading zeros are digits like any other.
    const auto lim = read_csv_string(header + "3101011001001,ppwp,4294967294,0000000007,00000000012,12345678,1,3\n");
    BOOST_REQUIRE_EQUAL(lim.sheets.size(), 1U);
    BOOST_TEST(*lim.sheets.at(0).get(field::pemilih_dpt_l) == max_figure);
    BOOST_TEST(*lim.sheets.at(0).get(field::pemilih_dpt_p) == 7U);
    BOOST_TEST(*lim.sheets.at(0).get(field::pemilih_dpt_j) == 12U);
    BOOST_TEST(*lim.sheets.at(0).get(field::suara_sah) == 12345678U);
    // Rejected rows do not stop the file: the good row after the bad one is read.
    const auto r = read_csv_string(header + "3101011001001,ppwp,1x,2,3,4,1,3\n3101011001002,ppwp,1,2,3,4,1,3\n");
    BOOST_TEST(r.sheets.size() == 1U);
    BOOST_TEST(r.report.summary.read == 2U);
    BOOST_TEST(r.report.summary.balanced());
}

BOOST_AUTO_TEST_CASE(incident_cells_have_their_forms) {
    namespace R = io::csv_reason;
    const std::string h = "kode_tps,kontes,kejadian_kotak_dibuka,kejadian_memilih_ganda,kejadian_gangguan,kejadian_gangguan_tahap\n";
    const auto ok = read_csv_string(h + "6471011001001,pkwkk,1,3,kerusuhan,sebagian\n6471011001002,pkwkk,0,0,,\n");
    BOOST_REQUIRE_EQUAL(ok.sheets.size(), 2U);
    const auto s = ok.sheets.at(0);
    BOOST_TEST(*s.get(field::kejadian_kotak_dibuka) == 1U);
    BOOST_TEST(*s.get(field::kejadian_memilih_ganda) == 3U);
    BOOST_TEST(*s.get(field::kejadian_gangguan) == static_cast<unsigned>(gangguan::kerusuhan));
    BOOST_TEST(*s.get(field::kejadian_gangguan_tahap) == static_cast<unsigned>(gangguan_tahap::sebagian));
    BOOST_TEST(!ok.sheets.at(1).get(field::kejadian_gangguan).has_value());
    BOOST_TEST(*ok.sheets.at(1).get(field::kejadian_kotak_dibuka) == 0U);
    const auto bad = read_csv_string(h + "6471011001001,pkwkk,2,0,,\n6471011001002,pkwkk,0,0,banjir,\n"
                                         "6471011001003,pkwkk,0,0,bencana,separuh\n");
    BOOST_REQUIRE_EQUAL(bad.report.rejections.size(), 3U);
    BOOST_TEST(bad.report.rejections[0].column == "kejadian_kotak_dibuka");
    BOOST_TEST(bad.report.rejections[0].reason == R::bad_flag);
    BOOST_TEST(bad.report.rejections[1].column == "kejadian_gangguan");
    BOOST_TEST(bad.report.rejections[1].value == "banjir");
    BOOST_TEST(bad.report.rejections[1].reason == R::bad_gangguan);
    BOOST_TEST(bad.report.rejections[2].line == 4U);
    BOOST_TEST(bad.report.rejections[2].reason == R::bad_tahap);
}

BOOST_AUTO_TEST_CASE(duplicates_are_rejected_naming_the_first_line) {
    const auto r = read_csv_string(header + "3101011001001,ppwp,1,2,3,4,1,3\n3101011001001,pdpr,1,2,3,4,1,3\n"
                                            "3101011001001,ppwp,9,9,18,4,1,3\n");
    BOOST_TEST(r.sheets.size() == 2U);
    BOOST_REQUIRE_EQUAL(r.report.rejections.size(), 1U);
    const auto& x = r.report.rejections[0];
    BOOST_TEST(x.line == 4U);
    BOOST_TEST(x.other_line == 2U);
    BOOST_TEST(x.reason == io::csv_reason::duplicate);
    BOOST_TEST(io::to_string(x, lang::en).find("line 2") != std::string::npos);
    BOOST_TEST(io::to_string(x, lang::id).find("baris 2") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(bom_crlf_quotes_and_empty_lines) {
    const auto r = read_csv_string(
        "\xEF\xBB\xBFkode_tps,\"kontes\",catatan,suara_sah\r\n"
        "\"3101011001001\",ppwp,\"dibuka, lalu \"\"ditutup\"\"\",\"12\"\r\n"
        "\r\n"
        "3101011001002,ppwp,,7");
    BOOST_TEST(r.report.summary.rejected == 0U);
    BOOST_REQUIRE_EQUAL(r.sheets.size(), 2U);
    BOOST_TEST(*r.sheets.at(0).get(field::suara_sah) == 12U);
    BOOST_TEST(*r.sheets.at(1).get(field::suara_sah) == 7U);  // last line without a line break
    BOOST_TEST(r.report.summary.warnings == 1U);               // "catatan", once
}

BOOST_AUTO_TEST_CASE(unknown_column_warns_once) {
    const auto r = read_csv_string("kode_tps,kontes,x\n3101011001001,ppwp,a\n3101011001002,ppwp,b\n3101011001003,ppwp,c\n");
    BOOST_TEST(r.sheets.size() == 3U);
    BOOST_REQUIRE_EQUAL(r.report.warnings.size(), 1U);
    BOOST_TEST(r.report.warnings[0].column == "x");
    BOOST_TEST(r.report.warnings[0].line == 1U);
    BOOST_TEST(r.report.warnings[0].message == io::csv_reason::unknown_column);
}

BOOST_AUTO_TEST_CASE(empty_file_and_header_only) {
    const auto e = read_csv_string("");
    BOOST_TEST(e.sheets.size() == 0U);
    BOOST_TEST(e.report.summary.read == 0U);
    BOOST_REQUIRE_EQUAL(e.report.warnings.size(), 1U);
    BOOST_TEST(e.report.warnings[0].message == io::csv_reason::empty_file);
    const auto h = read_csv_string(header);
    BOOST_TEST(h.sheets.size() == 0U);
    BOOST_TEST(h.report.summary.read == 0U);
    BOOST_TEST(h.report.warnings.empty());
}

BOOST_AUTO_TEST_CASE(header_without_required_column_rejects_the_file) {
    const auto r = read_csv_string("kode_tps,suara_sah\n3101011001001,3\n3101011001002,4\n", "h.csv");
    BOOST_TEST(r.sheets.size() == 0U);
    BOOST_TEST(r.report.summary.read == 1U);
    BOOST_TEST(r.report.summary.rejected == 1U);
    BOOST_REQUIRE_EQUAL(r.report.rejections.size(), 1U);
    BOOST_TEST(r.report.rejections[0].line == 1U);
    BOOST_TEST(r.report.rejections[0].reason == io::csv_reason::header_missing_kontes);
    const auto d = read_csv_string("kode_tps,kontes,suara_sah,suara_sah\n");
    BOOST_TEST(d.report.rejections.at(0).reason == io::csv_reason::header_duplicate);
    BOOST_TEST(d.report.rejections.at(0).column == "4");
}

// docs/formats.md: suara_1 ... suara_N are the candidates, so a row has the header's N, and an empty
// cell is a missing figure; a file mixing contests states each row's count in jumlah_paslon.
BOOST_AUTO_TEST_CASE(candidate_count_is_the_headers_unless_the_row_states_it) {
    const auto h = read_csv_string("kode_tps,kontes,suara_1,suara_2,suara_3\n"
                                   "6471011001001,pkwkk,10,20,\n6471011001002,pkwkk,,,\n");
    BOOST_REQUIRE_EQUAL(h.sheets.size(), 2U);
    BOOST_TEST(h.sheets.at(0).candidates == 3);
    BOOST_TEST(!h.sheets.at(0).candidate_votes(2).has_value());  // pair 03 not entered: missing
    BOOST_TEST(h.sheets.at(1).candidates == 3);                  // nothing entered: all missing

    const auto r = read_csv_string("kode_tps,kontes,jumlah_paslon,suara_1,suara_2,suara_3,suara_kosong\n"
                                   "6471011001001,pkwkp,2,10,20,,\n6471011001001,pkwkk,3,1,2,,\n"
                                   "6471011001002,pkwkk,,,,,\n6471011001003,pkwkk,1,40,,,15\n"
                                   "6471011001004,pkwkp,2,1,2,3,\n6471011001005,pkwkp,x,1,2,,\n"
                                   "6471011001006,pkwkp,25,1,2,,\n",
                                   "m.csv");
    BOOST_REQUIRE_EQUAL(r.sheets.size(), 4U);
    BOOST_TEST(r.sheets.at(0).candidates == 2);
    BOOST_TEST(r.sheets.at(1).candidates == 3);
    BOOST_TEST(!r.sheets.at(1).candidate_votes(2).has_value());
    BOOST_TEST(r.sheets.at(2).candidates == 3);  // an empty jumlah_paslon: the header's count
    BOOST_TEST(r.sheets.at(3).candidates == 1);
    BOOST_TEST(r.sheets.at(3).has_blank_column);
    BOOST_TEST(r.sheets.at(3).blank_votes == 15U);
    BOOST_REQUIRE_EQUAL(r.report.rejections.size(), 3U);
    BOOST_TEST(io::to_string(r.report.rejections[0], lang::en) ==
               "m.csv:6: column suara_3, value \"\": votes for a ballot number beyond this contest's candidates");
    BOOST_TEST(io::to_string(r.report.rejections[1], lang::en) ==
               "m.csv:7: column jumlah_paslon, value \"x\": jumlah_paslon must be a number from 0 to 24");
    BOOST_TEST(io::to_string(r.report.rejections[2], lang::id) ==
               "m.csv:8: kolom jumlah_paslon, nilai \"25\": jumlah_paslon harus bilangan 0 sampai 24");

    // Fixed per contest: a vote beyond the contest's candidates is a rejection.
    io::csv_options o;
    o.candidates[static_cast<std::size_t>(kontes::pkwkp)] = 2;
    const auto f = read_csv_string("kode_tps,kontes,suara_1,suara_2,suara_3\n6471011001001,pkwkp,1,2,3\n"
                                   "6471011001002,pkwkp,1,,\n", "f.csv", o);
    BOOST_REQUIRE_EQUAL(f.report.rejections.size(), 1U);
    BOOST_TEST(f.report.rejections[0].column == "suara_3");
    BOOST_TEST(f.sheets.at(0).candidates == 2);
}

// The writer states the counts exactly when rows differ, so mixed files read back the same.
BOOST_AUTO_TEST_CASE(writer_states_candidate_counts_only_when_rows_differ) {
    std::vector<sheet> same{sheet::empty(*tps_code::parse("6471011001001"), kontes::pkwkk, 3),
                            sheet::empty(*tps_code::parse("6471011001002"), kontes::pkwkk, 3)};
    std::ostringstream a;
    io::write_csv(a, same);
    BOOST_TEST(a.str().find("jumlah_paslon") == std::string::npos);
    std::vector<sheet> mixed = same;
    mixed.push_back(sheet::empty(*tps_code::parse("6471011001001"), kontes::pkwkp, 2));
    mixed.back().votes[1] = 7;
    std::ostringstream b;
    io::write_csv(b, mixed);
    BOOST_TEST(b.str().find(",jumlah_paslon,suara_1,suara_2,suara_3") != std::string::npos);
    const auto back = read_csv_string(b.str());
    BOOST_REQUIRE_EQUAL(back.sheets.size(), 3U);
    for (std::size_t i = 0; i < 3; ++i) BOOST_TEST(back.sheets.at(i) == mixed[i]);
}

BOOST_AUTO_TEST_CASE(streaming_in_any_block_size_gives_the_same_batches) {
    std::string text = header;
    for (int i = 1; i <= 57; ++i) {
        text += "31010110010" + std::string(i < 10 ? "0" : "") + std::to_string(i) + ",ppwp,1,2,3,4,1,3\n";
        if (i % 10 == 0) text += "3101011001001,ppwp,1,2,3,4,1,3\n";  // duplicate: rejected
    }
    const auto whole = read_csv_string(text);
    for (std::size_t block : {std::size_t{1}, std::size_t{7}, std::size_t{64}, std::size_t{1000}}) {
        io::csv_options o;
        o.batch_rows = 10;
        io::csv_reader r{"s.csv", o};
        std::vector<sheet> got;
        std::size_t deliveries = 0;
        auto take = [&](sheet_batch& b) {
            BOOST_TEST(b.size() <= 10U);
            ++deliveries;
            for (std::size_t i = 0; i < b.size(); ++i) got.push_back(b.at(i));
        };
        for (std::size_t p = 0; p < text.size(); p += block) r.feed(std::string_view{text}.substr(p, block), take);
        r.finish(take);
        BOOST_TEST(deliveries == 6U);
        BOOST_REQUIRE_EQUAL(got.size(), whole.sheets.size());
        for (std::size_t i = 0; i < got.size(); ++i) BOOST_TEST(got[i] == whole.sheets.at(i));
        BOOST_TEST(r.report().summary == whole.report.summary);
    }
    BOOST_TEST(whole.report.summary.read == 62U);
    BOOST_TEST(whole.report.summary.rejected == 5U);
}

// Damaged input never crashes the reader, keeps read = validated + rejected, and reads the same
// whether it arrives whole or byte by byte (the fast and general row paths agree).
BOOST_AUTO_TEST_CASE(damaged_input_is_always_accounted_for) {
    std::ostringstream out;
    io::write_csv(out, data::balikpapan_2024::batch(), io::csv_columns::all);
    const std::string clean = out.str().substr(0, 40000);
    std::uint64_t state = 12345;
    auto next = [&] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return state >> 33;
    };
    const std::string alphabet = "0123456789,\"\r\n-x ";
    for (int round = 0; round < 40; ++round) {
        std::string text = clean;
        for (int k = 0; k < 30; ++k) text[next() % text.size()] = alphabet[next() % alphabet.size()];
        const auto whole = read_csv_string(text);
        BOOST_TEST(laws::read_is_accounted(whole.report.summary, whole.sheets));
        io::csv_reader r{"bytes"};
        std::size_t rows = 0;
        auto take = [&](sheet_batch& b) { rows += b.size(); };
        for (char c : text) r.feed(std::string_view{&c, 1}, take);
        r.finish(take);
        BOOST_TEST(r.report().summary == whole.report.summary);
        BOOST_TEST(rows == whole.sheets.size());
    }
}

// ---- parallel parsing (csv_options::parse_threads) ----

namespace {

// Everything a read produced, in the order the caller saw it.
struct read_trace {
    sheet_batch rows;
    std::vector<std::size_t> batch_sizes;
    std::vector<std::string> rejections;  // as people read them, in report order
    std::vector<std::string> seen_by_callback;
    io::read_summary summary;
    std::size_t lines = 0;
};

read_trace trace_read(const std::string& text, io::csv_options opts, std::size_t chunk) {
    read_trace t;
    opts.on_rejection = [&](const io::rejection& r) { t.seen_by_callback.push_back(io::to_string(r, lang::en)); };
    io::csv_reader r{"p.csv", opts};
    auto take = [&](sheet_batch& b) {
        t.batch_sizes.push_back(b.size());
        t.rows.append(b);
    };
    for (std::size_t off = 0; off < text.size(); off += chunk) r.feed(std::string_view{text}.substr(off, chunk), take);
    r.finish(take);
    for (const auto& x : r.report().rejections) t.rejections.push_back(io::to_string(x, lang::en));
    t.summary = r.report().summary;
    t.lines = r.lines();
    return t;
}

void expect_same_reading(const read_trace& a, const read_trace& b) {
    BOOST_TEST(a.summary == b.summary);
    BOOST_TEST(a.lines == b.lines);
    BOOST_TEST(a.rejections == b.rejections, boost::test_tools::per_element());
    BOOST_TEST(a.seen_by_callback == b.seen_by_callback, boost::test_tools::per_element());
    BOOST_TEST_REQUIRE(a.rows.size() == b.rows.size());
    for (std::size_t i = 0; i < a.rows.size(); ++i) BOOST_TEST(a.rows.at(i) == b.rows.at(i), "row " << i);
    BOOST_TEST(a.rows.lines() == b.rows.lines(), boost::test_tools::per_element());  // every row's place too
    if (!b.rows.empty()) BOOST_TEST(b.rows.source() == "p.csv");  // a damaged header: no rows, no batch
}

// Damaged Balikpapan CSV with duplicates far apart, blank lines, CRLF, quotes and an overlong
// line: the cases where a parallel reader could lose order, a line number or a duplicate.
std::string damaged_text(std::uint64_t seed) {
    std::ostringstream out;
    io::write_csv(out, data::balikpapan_2024::batch(), io::csv_columns::all);
    std::string text = out.str().substr(0, 60000);
    text.resize(text.rfind('\n') + 1);
    std::mt19937_64 rng{seed};
    const std::string alphabet = "0123456789,\"\r\n-x ";
    for (int k = 0; k < 25; ++k) text[1 + rng() % (text.size() - 1)] = alphabet[rng() % alphabet.size()];
    // Lines copied far below their first occurrence: duplicates across slices.
    const std::size_t first = text.find('\n') + 1;
    for (int k = 0; k < 4; ++k) {
        const std::size_t at = text.find('\n', first + rng() % (text.size() - first - 1));
        const std::size_t from = text.find('\n', first + rng() % (text.size() / 4)) + 1;
        const std::size_t to = text.find('\n', from);
        if (at == std::string::npos || to == std::string::npos) continue;
        text.insert(at + 1, text.substr(from, to - from + 1));
    }
    text += "\n\n" + std::string(3000, '7') + "\r\n";  // blank lines, then an overlong line
    text += "6471011001001,pkwkp\n";                        // a short row after it
    if (seed % 3 == 0) std::replace(text.begin(), text.end(), '\n', '\r');  // old-Mac line ends
    return text;
}

}  // namespace

// The rows, the rejections (their lines, their order, the duplicates naming their first line),
// the callbacks and the counts are those of the serial reader, for any number of threads, any
// slice size and any block size; and the batches themselves do not depend on the thread count.
BOOST_AUTO_TEST_CASE(parallel_parsing_reads_exactly_what_the_serial_reader_reads) {
    io::csv_options small;
    small.max_line_bytes = 2000;
    small.batch_rows = 50;
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        const std::string text = damaged_text(seed);
        const read_trace serial = trace_read(text, small, text.size());
        BOOST_TEST_REQUIRE(serial.summary.rejected > 4U);  // the damage and the duplicates show
        for (const std::size_t slice : {std::size_t{1}, std::size_t{300}, std::size_t{5000}}) {
            for (const std::size_t chunk : {std::size_t{4096}, text.size()}) {
                std::vector<std::size_t> first_sizes;
                for (const unsigned threads : {1U, 2U, 3U, 5U}) {
                    BOOST_TEST_CONTEXT("seed " << seed << ", slice " << slice << ", chunk " << chunk << ", threads "
                                               << threads) {
                        io::csv_options o = small;
                        o.parse_threads = threads;
                        o.slice_bytes = slice;
                        const read_trace par = trace_read(text, o, chunk);
                        expect_same_reading(serial, par);
                        for (auto n : par.batch_sizes) BOOST_TEST(n <= small.batch_rows);
                        if (threads == 1U) first_sizes = par.batch_sizes;
                        else BOOST_TEST(par.batch_sizes == first_sizes, boost::test_tools::per_element());
                    }
                }
            }
        }
    }
}

// Each row keeps the line it was read from (blank lines, rejected rows and the header counted),
// and each batch names its file, on one thread or several: the place a finding cites.
BOOST_AUTO_TEST_CASE(rows_keep_their_line_and_batches_their_source) {
    const std::string text = "kode_tps,kontes,suara_1\n6471011001001,pkwkp,5\n\n6471011001002,pkwkp,x\n6471011001003,pkwkp,7\n"
                             "6471011001001,pkwkp,5\n6471011001004,pkwkp,9\n";
    for (const unsigned threads : {0U, 2U}) {
        BOOST_TEST_CONTEXT("threads " << threads) {
            io::csv_options o;
            o.parse_threads = threads;
            o.slice_bytes = 40;
            o.batch_rows = 2;
            const read_trace t = trace_read(text, o, text.size());
            BOOST_TEST(t.rows.source() == "p.csv");
            BOOST_TEST((std::vector<std::uint64_t>(t.rows.lines().begin(), t.rows.lines().end()) ==
                        std::vector<std::uint64_t>{2, 5, 7}));  // line 4 bad, line 6 a duplicate
        }
    }
    // A batch built by hand knows no line; erase_rows and pop_back keep lines with their rows.
    sheet_batch b;
    for (std::uint64_t i = 0; i < 4; ++i) {
        b.push_back(sheet{});
        b.set_line(i, 10 + i);
    }
    b.set_origin(2, "x.json", "2024-02-14 21:46:01");
    b.add_image(2, "https://a/1.jpg");
    const std::size_t gone[] = {1};
    b.erase_rows(gone);
    b.pop_back();
    BOOST_TEST((std::vector<std::uint64_t>(b.lines().begin(), b.lines().end()) == std::vector<std::uint64_t>{10, 12}));
    BOOST_TEST(b.origin(0).file.empty());
    BOOST_TEST(b.origin(1).file == "x.json");
    BOOST_TEST(b.origin(1).images == "https://a/1.jpg\n");
    BOOST_CHECK_THROW(b.add_image(0, "u"), std::logic_error);  // the row last given an origin only
    sheet_batch c;
    c.append(b);
    BOOST_TEST(c.origin(1).ts == "2024-02-14 21:46:01");
    BOOST_TEST(c.lines()[1] == 12U);
}

// A consumer that throws stops the read with its exception: no hang, no lost helper thread.
BOOST_AUTO_TEST_CASE(parallel_parsing_passes_on_the_consumers_exception) {
    const std::string text = damaged_text(7);
    io::csv_options o;
    o.parse_threads = 3;
    o.slice_bytes = 200;
    io::csv_reader r{"x.csv", o};
    int batches = 0;
    auto take = [&](sheet_batch&) {
        if (++batches == 3) throw std::runtime_error("consumer gave up");
    };
    BOOST_CHECK_THROW(r.feed(text, take), std::runtime_error);
    BOOST_TEST(batches == 3);
}

BOOST_AUTO_TEST_CASE(kept_rejections_are_bounded_and_the_callback_sees_all) {
    io::csv_options o;
    o.keep_limit = 2;
    std::size_t seen = 0;
    o.on_rejection = [&](const io::rejection& r) {
        ++seen;
        BOOST_TEST(r.reason == io::csv_reason::bad_code);
    };
    std::string text = header;
    for (int i = 0; i < 5; ++i) text += "123,ppwp,1,2,3,4,1,3\n";
    const auto r = read_csv_string(text, "k.csv", o);
    BOOST_TEST(r.report.summary.rejected == 5U);
    BOOST_TEST(r.report.rejections.size() == 2U);
    BOOST_TEST(seen == 5U);
}

BOOST_AUTO_TEST_CASE(reads_from_a_stream) {
    std::istringstream in{header + "3101011001001,ppwp,1,2,3,4,1,3\n"};
    std::size_t rows = 0;
    const auto rep = io::read_csv_stream(in, "-", [&](sheet_batch& b) { rows += b.size(); });
    BOOST_TEST(rows == 1U);
    BOOST_TEST(rep.summary.validated == 1U);
}

// ---- the duplicate-key set and the fast row path ----

// The key set keeps sorted arrivals in a run and the others in a hash set: against a plain map,
// on keys arriving sorted, reversed, shuffled and mixed (runs broken by stragglers), across
// several run chunks, every insert answers "new" or the line the key was first seen on.
BOOST_AUTO_TEST_CASE(duplicate_key_set_names_the_first_line_in_any_arrival_order) {
    std::mt19937_64 rng{20241127};
    for (int order = 0; order < 4; ++order) {
        std::vector<std::uint64_t> keys;
        for (std::uint64_t k = 0; k < 150'000; ++k) keys.push_back(31'01'01'1001'000ULL * 8 + k * 3);
        if (order == 1) std::reverse(keys.begin(), keys.end());
        if (order == 2) std::shuffle(keys.begin(), keys.end(), rng);
        if (order == 3)  // sorted, with every 50th key moved to a random earlier place
            for (std::size_t i = 50; i < keys.size(); i += 50) std::swap(keys[i], keys[rng() % i]);
        // Repeats of earlier keys, at random places.
        std::vector<std::uint64_t> seq;
        for (std::size_t i = 0; i < keys.size(); ++i) {
            seq.push_back(keys[i]);
            if (i % 7 == 3) seq.push_back(keys[rng() % (i + 1)]);
        }
        io::detail::tps_key_set set;
        std::map<std::uint64_t, std::uint64_t> first;
        std::size_t repeats = 0;
        bool all_agree = true;
        for (std::size_t i = 0; i < seq.size(); ++i) {
            const std::uint64_t line = i + 2;
            const auto got = set.insert(seq[i], line);
            const auto [it, inserted] = first.emplace(seq[i], line);
            const std::uint64_t expected = inserted ? 0 : it->second;
            repeats += inserted ? 0 : 1;
            if (got != expected) {
                all_agree = false;
                BOOST_TEST_CONTEXT("order " << order << ", insert " << i) { BOOST_TEST(got == expected); }
                break;
            }
        }
        BOOST_TEST(all_agree);
        BOOST_TEST(repeats > 20'000U);
        BOOST_TEST(set.size() == first.size());
    }
}

// Through the reader: a file sorted in reverse still rejects each duplicate naming its first line.
BOOST_AUTO_TEST_CASE(duplicates_in_an_unsorted_file_name_the_first_line) {
    std::string text = header;
    for (int i = 99; i >= 1; --i)
        text += "31010110010" + std::string(i < 10 ? "0" : "") + std::to_string(i) + ",ppwp,1,2,3,4,1,3\n";
    text += "3101011001050,ppwp,1,2,3,4,1,3\n";  // line 101 repeats line 51 (TPS 050)
    text += "3101011001099,ppwp,1,2,3,4,1,3\n";  // line 102 repeats line 2 (TPS 099)
    const auto r = read_csv_string(text);
    BOOST_TEST(r.sheets.size() == 99U);
    BOOST_REQUIRE_EQUAL(r.report.rejections.size(), 2U);
    BOOST_TEST(r.report.rejections[0].line == 101U);
    BOOST_TEST(r.report.rejections[0].other_line == 51U);
    BOOST_TEST(r.report.rejections[1].line == 102U);
    BOOST_TEST(r.report.rejections[1].other_line == 2U);
}

// The fast path checks the digits of a whole line at once (bytes other than digits and commas
// must all be in the kontes cell): a stray byte anywhere still gives the rejection naming its
// cell, and a column the reader ignores may hold any text without changing the row.
BOOST_AUTO_TEST_CASE(fast_path_line_check_keeps_every_rejection_and_ignored_text) {
    expect_rejection("3101011001001,ppwp,1,2,3,4,1,3\n3101011001002,ppwp,1,2,3,4,1x,3\n", 3, "suara_1", "1x",
                     io::csv_reason::not_a_number);
    expect_rejection("3101011001001,ppwp,12345678,2,3,4,1,3 \n", 2, "suara_2", "3 ", io::csv_reason::not_a_number);
    expect_rejection("3101011001001,ppwp,1,2,3,4,1,-3\n", 2, "suara_2", "-3", io::csv_reason::negative);
    expect_rejection("3101011001001,ppwpx,1,2,3,4,1,3\n", 2, "kontes", "ppwpx", io::csv_reason::unknown_kontes);
    const auto plain = read_csv_string(header + "3101011001001,ppwp,10,20,30,40,11,12345678\n");
    const auto with_text =
        read_csv_string("catatan," + header + "\"kotak, dibuka\",3101011001001,ppwp,10,20,30,40,11,12345678\n"
                        "tanpa catatan,3101011001002,ppwp,10,20,30,40,11,12345678\n");
    BOOST_REQUIRE_EQUAL(plain.sheets.size(), 1U);
    BOOST_REQUIRE_EQUAL(with_text.sheets.size(), 2U);
    BOOST_TEST(with_text.report.summary.rejected == 0U);
    for (std::size_t i = 0; i < 2; ++i) {
        const auto s = with_text.sheets.at(i);
        BOOST_TEST((s.candidate_votes(1) == plain.sheets.at(0).candidate_votes(1)));
        BOOST_TEST((s.figures == plain.sheets.at(0).figures));
    }
}

// The fast path reads four adjacent short cells at once, other groups cell by cell, long cells
// eight bytes or one byte at a time. Every width from empty to 11 digits (leading zeros too), in
// counts and flags, in adjacent and split groups, at the line's end: each cell reads as its
// number, or its row is rejected naming it, exactly as an independent reading says.
BOOST_AUTO_TEST_CASE(numbers_of_every_width_in_every_position_read_exactly) {
    const std::vector<std::string> columns{"pemilih_dpt_l", "pemilih_dpt_p", "pemilih_dpt_j", "kejadian_kotak_dibuka",
                                           "surat_diterima", "kejadian_gangguan", "surat_digunakan",
                                           "kejadian_tanda_khusus", "suara_sah", "suara_tidak_sah", "suara_total",
                                           "suara_1", "suara_2"};
    // An ignored column of digits first: lines of every length up to ~330 bytes, so that cells
    // straddle the 64-byte steps of the AVX-512 path and some lines exceed its 255 bytes.
    std::string head = "kode_tps,catatan,kontes";
    for (const auto& c : columns) head += "," + c;
    std::mt19937_64 rng{777};
    std::string text = head + "\n";
    struct expected_row {
        std::vector<std::uint64_t> values;  // missing_figure for an empty cell
        std::size_t bad_column = 0;         // 1-based column of the first bad cell, 0: none
    };
    std::vector<expected_row> rows;
    for (int r = 0; r < 3000; ++r) {
        expected_row e;
        std::string line = std::to_string(3101011001000ULL + static_cast<std::uint64_t>(r) + 1) + "," +
                           std::string(rng() % 200, '7') + ",ppwp";
        for (std::size_t c = 0; c < columns.size(); ++c) {
            line += ',';
            if (columns[c] == "kejadian_gangguan") {
                e.values.push_back(missing_figure);
                continue;
            }
            const bool flag = columns[c].starts_with("kejadian_");
            // Mostly short cells (the group path), sometimes long ones and leading zeros.
            const std::size_t width = rng() % 4 != 0 ? rng() % 5 : rng() % 12;
            std::string cell;
            for (std::size_t d = 0; d < width; ++d) cell += static_cast<char>('0' + (flag && rng() % 3 != 0 ? 0 : rng() % 10));
            line += cell;
            const std::uint64_t v = cell.empty() ? missing_figure : std::stoull(cell);
            e.values.push_back(v);
            const std::uint64_t max = flag ? 1 : max_figure;
            if (e.bad_column == 0 && !cell.empty() && v > max) e.bad_column = c + 4;
        }
        text += line + "\n";
        rows.push_back(e);
    }
    for (const auto isa : {io::csv_isa::automatic, io::csv_isa::baseline}) {
    BOOST_TEST_CONTEXT("isa " << static_cast<int>(isa)) {
    io::csv_options opts;
    opts.isa = isa;
    const auto got = read_csv_string(text, "w.csv", opts);
    std::size_t row = 0;
    std::size_t rejection = 0;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        BOOST_TEST_CONTEXT("line " << r + 2) {
            if (rows[r].bad_column != 0) {
                BOOST_TEST_REQUIRE(rejection < got.report.rejections.size());
                const auto& x = got.report.rejections[rejection++];
                BOOST_TEST(x.line == r + 2);
                BOOST_TEST(x.column == columns[rows[r].bad_column - 4]);
                continue;
            }
            BOOST_TEST_REQUIRE(row < got.sheets.size());
            const auto s = got.sheets.at(row++);
            for (std::size_t c = 0; c < columns.size(); ++c) {
                const std::uint64_t v = rows[r].values[c];
                std::uint64_t read = 0;
                if (columns[c] == "suara_1" || columns[c] == "suara_2")
                    read = s.votes[columns[c] == "suara_1" ? 0 : 1];
                else
                    read = s.figure(*field_from_string(columns[c]));
                BOOST_TEST(read == v, columns[c]);
            }
        }
    }
    BOOST_TEST(row == got.sheets.size());
    BOOST_TEST(rejection == got.report.rejections.size());
    BOOST_TEST(got.report.summary.rejected > 100U);  // long numbers and flags above 1 were tried
    BOOST_TEST(got.report.summary.validated > 400U);
    }
    }
}

// ---- the row parser's instruction sets (csv_options::isa) ----

namespace {

// A random file over `columns`: mostly well-formed short numbers (the vector paths), with empty
// cells, long numbers, flags above 1, bad bytes, quotes, unknown and repeated contests, candidate
// votes beyond jumlah_paslon and lines longer than 255 bytes mixed in.
std::string random_file(const std::vector<std::string>& columns, std::size_t rows, std::uint64_t seed) {
    std::mt19937_64 rng{seed};
    std::string text;
    for (std::size_t c = 0; c < columns.size(); ++c) text += (c == 0 ? "" : ",") + columns[c];
    text += '\n';
    const std::array<std::string, 9> contests{"ppwp", "pdpr", "pdpd", "pdprdp", "pdprdk", "pkwkp", "pkwkk", "ppwpx", "pkwk"};
    for (std::size_t r = 0; r < rows; ++r) {
        const bool damaged = rng() % 8 == 0;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            if (c != 0) text += ',';
            const std::string& name = columns[c];
            if (name == "kode_tps") {
                text += std::to_string(3101011001000ULL + rng() % (rows + rows / 16 + 1));  // some repeat
            } else if (name == "kontes") {
                text += contests[rng() % 16 < 15 ? rng() % 7 : 7 + rng() % 2];
            } else if (name == "catatan") {
                text += std::string(rng() % 4 == 0 ? rng() % 180 : 0, '0');
            } else if (name == "jumlah_paslon") {
                if (rng() % 6 != 0) text += std::to_string(rng() % 8 == 0 ? rng() % 26 : max_candidates);
            } else if (name == "kejadian_gangguan" || name == "kejadian_gangguan_tahap") {
                if (rng() % 20 == 0) text += name == "kejadian_gangguan" ? "bencana" : "sebagian";
            } else if (name.starts_with("kejadian_")) {
                const auto k = rng() % 400;
                if (k != 0) text += k < 300 ? "0" : k < 399 ? "1" : "2";
            } else {
                const auto k = rng() % 400;
                const std::size_t width = k < 20 ? 0 : k < 396 ? 1 + rng() % 4 : 5 + rng() % 7;
                for (std::size_t d = 0; d < width; ++d) text += static_cast<char>('0' + rng() % 10);
            }
        }
        if (damaged) {
            const std::string alphabet = "0123456789,\"-x ";
            const std::size_t line_begin = text.rfind('\n', text.size() - 1) + 1;
            text[line_begin + rng() % (text.size() - line_begin)] = alphabet[rng() % alphabet.size()];
        }
        text += rng() % 50 == 0 ? "\r\n" : "\n";
    }
    return text;
}

std::vector<std::string> national_columns() {
    std::vector<std::string> c{"kode_tps", "kontes"};
    for (auto f : field_names) c.emplace_back(f);
    for (std::size_t i = 0; i < 3; ++i) c.emplace_back(candidate_column_names[i]);
    return c;
}

}  // namespace

// Every instruction set reads every input exactly alike: rows, rejections (lines, columns, values,
// order), counts and batch boundaries. Layouts: a national one; one of exactly 63 columns (the
// widest the AVX-512 path takes) with a numeric first column, candidates, the blank column and
// jumlah_paslon; one of 64 columns (the baseline path); batches of 1, 7, 50 rows and unbounded
// (rows staged sixteen at a time meet every kind of batch end).
BOOST_AUTO_TEST_CASE(every_instruction_set_reads_alike) {
    std::vector<std::vector<std::string>> layouts;
    layouts.push_back(national_columns());
    std::vector<std::string> wide{"suara_sah", "kode_tps", "catatan", "kontes"};
    for (auto f : field_names)
        if (f != "suara_sah" && wide.size() < 37) wide.emplace_back(f);
    for (std::size_t i = 0; wide.size() < 61; ++i) wide.emplace_back(candidate_column_names[i]);
    wide.emplace_back(blank_column_name);
    wide.emplace_back("jumlah_paslon");
    layouts.push_back(wide);  // 63 columns
    auto wider = wide;
    wider.insert(wider.begin() + 5, std::string{field_names[40]});
    layouts.push_back(wider);  // 64 columns
    BOOST_TEST(layouts[1].size() == 63U);
    BOOST_TEST(layouts[2].size() == 64U);
    for (std::size_t l = 0; l < layouts.size(); ++l) {
        const std::string text = random_file(layouts[l], 1500, 40 + l);
        for (const std::size_t batch : {std::size_t{1}, std::size_t{7}, std::size_t{50}, std::size_t{1} << 20}) {
            BOOST_TEST_CONTEXT("layout " << l << ", batch " << batch) {
                io::csv_options o;
                o.batch_rows = batch;
                o.isa = io::csv_isa::baseline;
                const read_trace base = trace_read(text, o, 4096);
                o.isa = io::csv_isa::automatic;
                expect_same_reading(base, trace_read(text, o, 4096));
                expect_same_reading(base, trace_read(text, o, text.size()));
                o.parse_threads = 2;
                o.slice_bytes = 3000;
                expect_same_reading(base, trace_read(text, o, 64 * 1024));
                BOOST_TEST(base.summary.rejected > 50U);    // the damage shows
                BOOST_TEST(base.summary.validated > 500U);  // and most rows are read
            }
        }
    }
    for (std::uint64_t seed = 1; seed <= 3; ++seed) {
        const std::string text = damaged_text(seed);
        io::csv_options o;
        o.max_line_bytes = 2000;
        o.isa = io::csv_isa::baseline;
        const read_trace base = trace_read(text, o, 777);
        o.isa = io::csv_isa::automatic;
        expect_same_reading(base, trace_read(text, o, 777));
    }
}

// `uses_avx512` says which body reads the rows: never with `baseline`; with `automatic` exactly
// when the CPU runs AVX-512 (BW, VBMI, VBMI2). On a CPU without it the test above compares the
// baseline with itself, and says so here.
BOOST_AUTO_TEST_CASE(the_instruction_set_is_the_cpus_unless_baseline_is_asked) {
    io::csv_options o;
    BOOST_TEST(io::csv_reader("a.csv", o).uses_avx512() == suara::detail::cpu_has_avx512_bodies());
    o.isa = io::csv_isa::baseline;
    BOOST_TEST(!io::csv_reader("b.csv", o).uses_avx512());
    if (!suara::detail::cpu_has_avx512_bodies())
        BOOST_TEST_MESSAGE("this CPU lacks AVX-512 BW/VBMI/VBMI2: only the baseline row parser ran");
}

// ---- one grammar for every CSV input (bulk/rollup_input.hpp) ----

namespace {

// The same records with each line end: "\n", "\r\n" and "\r" alone (an old-Mac export).
std::vector<std::string> with_every_line_end(const std::string& lf_text) {
    std::string crlf, cr = lf_text;
    for (char c : lf_text) crlf += c == '\n' ? std::string{"\r\n"} : std::string(1, c);
    std::replace(cr.begin(), cr.end(), '\n', '\r');
    return {lf_text, crlf, cr};
}

// A rejection as people read it, without the file name.
std::string place_and_reason(const io::rejection& r) {
    return std::to_string(r.line) + " " + r.column + " [" + r.value + "] " + std::string{r.reason.en};
}

std::vector<std::string> places(const io::read_report& rep) {
    std::vector<std::string> out;
    for (const auto& r : rep.rejections) out.push_back(place_and_reason(r));
    return out;
}

// Rows with every fault of the cell grammar; `code(i)` writes the i-th row's code. A byte-order
// mark first, a quoted header name, quoted cells with commas and doubled quotes, an empty line.
std::string grammar_rows(const std::string& code_column, const std::function<std::string(int)>& code) {
    return "\xEF\xBB\xBF" + code_column + ",\"kontes\",suara_sah,suara_1,catatan\n" +
           code(1) + ",pkwkk,\"12\",5,\"dibuka, lalu \"\"ditutup\"\"\"\n" +  // quoted cells: read
           code(2) + ",pkwkk,\"1\"2,5,\n" +                                   // "a"b: malformed quoting
           code(3) + ",pkwkk,\"12,5,\n" +                                     // unterminated quote
           "\n" +                                                             // skipped, still counted
           code(4) + ",pkwkk,12,5\n" +                                        // too few columns
           code(5) + ",pkwkk,12,5,,9\n" +                                     // too many columns
           code(6) + ",pkwkk,-3,5,\n" +                                       // negative
           code(7) + ",pkwkk,12,5,x\"y\n" +                                   // a quote inside a plain cell: a byte
           code(8) + ",,12,5,\n" +                                            // empty kontes
           code(9) + ",pkwkk,99999999999,5,\n";                               // beyond max_figure
}

}  // namespace

// The recap CSV reads its cells as the C.Hasil reader does: the same cells accepted, the same
// faults rejected with the same line, column, value and reason, whatever the line ends.
BOOST_AUTO_TEST_CASE(recap_csv_has_the_readers_grammar_and_line_ends) {
    const std::string main_lf = grammar_rows("kode_tps", [](int i) { return "647101100100" + std::to_string(i); });
    const std::string recap_lf = grammar_rows("kode_wilayah", [](int i) { return "647101100" + std::to_string(i); });
    const auto main_ends = with_every_line_end(main_lf);
    const auto recap_ends = with_every_line_end(recap_lf);
    const auto main_read = read_csv_string(main_ends[2], "x.csv");
    const std::vector<std::string> expected{
        "3 suara_sah [\"1\"2] malformed quoting",
        "4 suara_sah [\"12,5,] unterminated quote",
        "6 5 [] fewer columns than the header",  // catatan is ignored: named by its number
        "7 6 [9] more columns than the header",
        "8 suara_sah [-3] negative number",
        "10 kontes [] kontes is empty",
        "11 suara_sah [99999999999] number beyond range (4294967294)",
    };
    BOOST_TEST(main_read.sheets.size() == 2U);
    for (std::size_t e = 0; e < 3; ++e) {
        BOOST_TEST_CONTEXT("line end " << e) {
            const io::read_report m = read_csv_string(main_ends[e], "x.csv").report;
            std::istringstream in{recap_ends[e]};
            io::read_report rep;
            const auto entries = read_recap_csv(in, "r.csv", rep);
            BOOST_TEST(places(m) == expected, boost::test_tools::per_element());
            BOOST_TEST(places(rep) == expected, boost::test_tools::per_element());
            BOOST_TEST(rep.summary.read == m.summary.read);
            BOOST_TEST(rep.summary.rejected == m.summary.rejected);
            BOOST_TEST(rep.summary.warnings == 1U);  // catatan, as the C.Hasil reader warns
            BOOST_TEST_REQUIRE(entries.size() == 2U);
            BOOST_TEST(entries[0].code == 6471011001U);
            BOOST_TEST(entries[0].figures[index(field::suara_sah)] == 12U);
            BOOST_TEST(entries[0].votes[0] == 5U);
            BOOST_TEST(entries[0].source == "r.csv:2");
            BOOST_TEST(entries[1].source == "r.csv:9");  // x"y is an ignored cell's bytes
        }
    }
}

// A recap header with a column named twice or a quoting fault is unreadable, as a C.Hasil header
// is; one without kode_wilayah or kontes too. Empty lines before it are skipped.
BOOST_AUTO_TEST_CASE(recap_csv_header_faults_make_it_unreadable) {
    auto recap = [](const std::string& text) {
        std::istringstream in{text};
        io::read_report rep;
        auto entries = read_recap_csv(in, "r.csv", rep);
        return std::pair{entries.size(), rep};
    };
    const auto [n1, twice] = recap("kode_wilayah,kontes,suara_1,suara_1\n6471,pkwkk,1,2\n");
    BOOST_TEST(n1 == 0U);
    BOOST_TEST_REQUIRE(twice.rejections.size() == 1U);
    BOOST_TEST(place_and_reason(twice.rejections[0]) == "1 4 [suara_1] column named twice in the header; file not read");
    const auto [n2, quoted] = recap("kode_wilayah,\"kontes\"x,suara_1\n6471,pkwkk,1\n");
    BOOST_TEST(n2 == 0U);
    BOOST_TEST_REQUIRE(quoted.rejections.size() == 1U);
    BOOST_TEST(quoted.rejections[0].reason == io::csv_reason::header_bad);
    const auto [n3, missing] = recap("\r\n\r\nkode_wilayah,suara_1\r\n6471,1\r\n");
    BOOST_TEST(n3 == 0U);
    BOOST_TEST_REQUIRE(missing.rejections.size() == 1U);
    BOOST_TEST(missing.rejections[0].line == 3U);
    BOOST_TEST(missing.rejections[0].reason == detail::recap_no_header);
    const auto [n4, late] = recap("\r\rkode_wilayah,kontes,suara_1\r6471,pkwkk,1\r");
    BOOST_TEST(n4 == 1U);
    BOOST_TEST(late.summary.rejected == 0U);
    const auto [n5, empty] = recap("");
    BOOST_TEST(n5 == 0U);
    BOOST_TEST(empty.summary.rejected == 1U);
}

// The TPS code list is a one-column CSV without a header: the same line ends, quoting and code
// check as the kode_tps column of the C.Hasil reader.
BOOST_AUTO_TEST_CASE(tps_code_list_has_the_readers_grammar_and_line_ends) {
    const std::string lf = "6471011001001\n\"6471011001002\"\n647101100100\n\n\"6471011001003\"x\n6471011001004,1\n6471011001005";
    for (const auto& text : with_every_line_end(lf)) {
        BOOST_TEST_CONTEXT("text " << text) {
            std::istringstream in{text};
            io::read_report rep;
            const auto codes = read_tps_codes(in, "tps.txt", rep);
            BOOST_TEST_REQUIRE(codes.size() == 3U);
            BOOST_TEST(codes[1] == *tps_code::parse("6471011001002"));
            BOOST_TEST(codes[2] == *tps_code::parse("6471011001005"));  // the last line has no line end
            BOOST_TEST(rep.summary.read == 6U);
            const std::vector<std::string> expected{
                "3 kode_tps [647101100100] kode_tps must be exactly 13 digits",
                "5 kode_tps [\"6471011001003\"x] malformed quoting",
                "6 2 [1] more columns than the header",
            };
            BOOST_TEST(places(rep) == expected, boost::test_tools::per_element());
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(csv_writer)

BOOST_AUTO_TEST_CASE(round_trip_gives_identical_sheets) {
    const auto original = data::balikpapan_2024::batch();
    std::ostringstream out;
    io::write_csv(out, original);
    const auto back = read_csv_string(out.str(), "round.csv");
    BOOST_TEST(back.report.summary.rejected == 0U);
    BOOST_TEST(back.report.summary.warnings == 0U);
    BOOST_REQUIRE_EQUAL(back.sheets.size(), original.size());
    for (std::size_t i = 0; i < original.size(); ++i) BOOST_TEST(back.sheets.at(i) == original.at(i));
    BOOST_TEST(laws::read_is_accounted(back.report.summary, back.sheets));
    for (auto which : {io::csv_columns::used, io::csv_columns::all})
        BOOST_TEST(laws::round_trip_law(
            original,
            [which](const sheet_batch& b) {
                std::ostringstream o;
                io::write_csv(o, b, which);
                return o.str();
            },
            [](const std::string& text) { return read_csv_string(text).sheets; }));
    // ... and with every column written, too; missing stays missing.
    std::ostringstream all;
    std::vector<sheet> some{original.at(0), original.at(1)};
    some[1].clear(field::suara_sah);
    io::write_csv(all, some, io::csv_columns::all);
    const auto back2 = read_csv_string(all.str());
    BOOST_REQUIRE_EQUAL(back2.sheets.size(), 2U);
    BOOST_TEST(back2.sheets.at(0) == some[0]);
    BOOST_TEST(back2.sheets.at(1) == some[1]);
    BOOST_TEST(!back2.sheets.at(1).get(field::suara_sah).has_value());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(balikpapan_2024)

namespace bp = suara::data::balikpapan_2024;

BOOST_AUTO_TEST_CASE(official_figures_hold_over_the_clean_sheets) {
    const auto b = bp::clean_batch();
    BOOST_REQUIRE_EQUAL(b.size(), 2 * bp::tps_count);
    std::array<std::uint64_t, 3> mayor{};
    std::array<std::uint64_t, 2> gov{};
    std::array<std::array<std::uint64_t, 3>, 6> by_district{};
    std::array<std::size_t, 6> tps_by_district{};
    std::uint64_t mayor_invalid = 0, dpt = 0, max_dpt = 0;
    for (std::size_t i = 0; i < b.size(); ++i) {
        const auto s = b.at(i);
        const std::size_t d = s.tps.district() - 647101;
        BOOST_REQUIRE(d < 6U);
        if (s.contest == kontes::pkwkk) {
            for (std::size_t c = 0; c < 3; ++c) {
                mayor[c] += *s.candidate_votes(c);
                by_district[d][c] += *s.candidate_votes(c);
            }
            mayor_invalid += *s.get(field::suara_tidak_sah);
            dpt += *s.get(field::pemilih_dpt_j);
            max_dpt = std::max<std::uint64_t>(max_dpt, *s.get(field::pemilih_dpt_j));
            ++tps_by_district[d];
        } else {
            BOOST_TEST(s.contest == kontes::pkwkp);
            BOOST_TEST(s.candidates == 2);
            for (std::size_t c = 0; c < 2; ++c) gov[c] += *s.candidate_votes(c);
        }
    }
    BOOST_TEST(mayor == bp::mayor_votes);
    BOOST_TEST(mayor[0] == 177290U);
    BOOST_TEST(mayor[1] == 45668U);
    BOOST_TEST(mayor[2] == 76187U);
    BOOST_TEST(gov[0] == 126905U);
    BOOST_TEST(gov[1] == 172057U);
    BOOST_TEST(mayor_invalid == 16278U);
    for (std::size_t d = 0; d < 6; ++d) BOOST_TEST(by_district[d] == bp::mayor_votes_by_district[d]);
    BOOST_TEST(by_district[0][0] == 29222U);  // Balikpapan Timur, pair No. 1: the official district figure
    BOOST_TEST(by_district[5][2] == 8520U);   // Kota, No. 3
    BOOST_TEST(tps_by_district == (std::array<std::size_t, 6>{139, 130, 254, 145, 214, 114}));
    BOOST_TEST(dpt == 520986U);
    BOOST_TEST(max_dpt <= 600U);
}

BOOST_AUTO_TEST_CASE(regions_codes_and_names) {
    BOOST_TEST(bp::region_name(6471) == "KOTA BALIKPAPAN");
    BOOST_TEST(bp::region_name(647103) == "BALIKPAPAN UTARA");
    BOOST_TEST(bp::region_name(6471051012) == "DAMAI BAHAGIA");
    BOOST_TEST(bp::region_name(6471051001).empty());  // not a village of the city
    BOOST_TEST(bp::villages.size() == 34U);
    std::size_t codes_in_villages = 0;
    for (auto code : bp::tps_codes)
        for (const auto& v : bp::villages)
            if (code / 1000 == v.code) ++codes_in_villages;
    BOOST_TEST(codes_in_villages == bp::tps_count);
    BOOST_TEST(bp::candidate_name(kontes::pkwkk, 1) == "Rahmad Mas'ud - Bagus Susetyo");
    BOOST_TEST(bp::candidate_name(kontes::pkwkp, 2) == "Rudy Mas'ud - Seno Aji");
}

BOOST_AUTO_TEST_CASE(defects_are_exactly_the_listed_cells) {
    const auto written = bp::batch();
    const auto clean = bp::clean_batch();
    std::size_t differing_cells = 0;
    for (std::size_t i = 0; i < written.size(); ++i) {
        const auto a = written.at(i), b = clean.at(i);
        for (std::size_t f = 0; f < field_count; ++f) differing_cells += a.figures[f] != b.figures[f] ? 1 : 0;
        for (std::size_t c = 0; c < max_candidates; ++c) differing_cells += a.votes[c] != b.votes[c] ? 1 : 0;
    }
    BOOST_TEST(differing_cells == bp::defects.size());
}

BOOST_AUTO_TEST_SUITE_END()

// ---- the legislative CSV (docs/formats.md, "Legislative CSV"; docs/errors.md) ----------------
// Each hostile input sits between two good sheets (a DPR sheet at lines 2-4, a DPD sheet after
// the bad rows) and is asserted with its exact message in both languages, the good sheets read
// with their figures, and read = validated + rejected.
namespace {

const std::string leg_header = "kode_tps,kontes,kode_dapil,nomor_partai,nomor_urut,suara,total_partai,suara_sah\n";
const std::string leg_good1 =  // lines 2-4
    "6471011001001,pdpr,KT1,,,,,30\n"
    "6471011001001,pdpr,KT1,1,0,10,30,\n"
    "6471011001001,pdpr,KT1,1,1,20,,\n";
const std::string leg_good2 =
    "6471011001009,pdpd,,,,,,9\n"
    "6471011001009,pdpd,,,1,9,,\n";

io::legislative_csv_result leg_read(const std::string& text, io::csv_options opts = {}) {
    return io::read_legislative_csv_string(text, "data.csv", opts);
}

/// The two good sheets were read with their figures (and `more` other sheets between them).
void expect_good_sheets(const io::legislative_csv_result& r, std::size_t rejected, std::size_t more = 0) {
    const auto& s = r.report.summary;
    BOOST_TEST(s.balanced());
    BOOST_TEST(s.rejected == rejected);
    BOOST_TEST(s.validated == 2U + more);
    BOOST_REQUIRE_EQUAL(r.sheets.size(), 2U + more);
    const auto a = r.sheets.at(0);
    BOOST_TEST(to_string(a.code()) == "6471011001001");
    BOOST_TEST((a.kontes_code() == kontes::pdpr));
    BOOST_TEST(a.dapil() == "KT1");
    BOOST_TEST(a.figure(field::suara_sah) == 30U);
    BOOST_REQUIRE_EQUAL(a.party_count(), 1U);
    BOOST_TEST(a.party_figure(0) == 10U);
    BOOST_TEST(a.party_total(0) == 30U);
    BOOST_REQUIRE_EQUAL(a.party_candidate_count(0), 1U);
    BOOST_TEST(a.party_candidate_figure(0, 0) == 20U);
    BOOST_TEST(r.sheets.administration().lines()[0] == 2U);
    const auto b = r.sheets.at(1 + more);
    BOOST_TEST((b.kontes_code() == kontes::pdpd));
    BOOST_TEST(b.figure(field::suara_sah) == 9U);
    BOOST_REQUIRE_EQUAL(b.candidate_count(), 1U);
    BOOST_TEST(b.candidate_figure(0) == 9U);
}

/// `bad` (rows from line 5) gives exactly one rejection, with these messages.
void leg_case(const std::string& bad, std::string_view id, std::string_view en, std::size_t more = 0) {
    const auto r = leg_read(leg_header + leg_good1 + bad + leg_good2);
    BOOST_TEST_CONTEXT("rows: " << bad) {
        BOOST_REQUIRE_EQUAL(r.report.rejections.size(), 1U);
        BOOST_TEST(io::to_string(r.report.rejections[0], lang::id) == id);
        BOOST_TEST(io::to_string(r.report.rejections[0], lang::en) == en);
        expect_good_sheets(r, 1, more);
    }
}

/// The reason only (for the variants of a case whose message is asserted in full once).
void leg_reason(const std::string& bad, const bilingual& why) {
    const auto r = leg_read(leg_header + leg_good1 + bad + leg_good2);
    BOOST_TEST_CONTEXT("rows: " << bad) {
        BOOST_REQUIRE_EQUAL(r.report.rejections.size(), 1U);
        BOOST_TEST(r.report.rejections[0].reason.en == why.en);
        expect_good_sheets(r, 1);
    }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(legislative_csv)

BOOST_AUTO_TEST_CASE(round_trip_of_party_and_dpd_sheets_with_missing_figures) {
    auto s = legislative_sheet::empty(*tps_code::parse("6471011001001"), kontes::pdprdk, dapil_code{"KOTA,1"});
    s.admin.figures[index(field::suara_sah)] = 100;
    s.admin.figures[index(field::kejadian_gangguan)] = 2;  // a word in the file
    const auto j = s.add_party(party_number{1}, 3);
    s.set_party_votes(j, 10).set_party_total(j, 40).set_candidate_votes(j, 0, 0);  // 0 is not missing
    s.add_party(party_number{24}, 0);
    auto d = legislative_sheet::empty(*tps_code::parse("6471011001001"), kontes::pdpd);
    d.set_dpd_candidates(max_dpd_candidates);
    d.set_dpd_votes(1, max_figure);
    const auto none = legislative_sheet::empty(*tps_code::parse("6471011001002"), kontes::pdpr);
    const std::vector<legislative_sheet> v{s, d, none};
    for (auto which : {io::csv_columns::used, io::csv_columns::all}) {
        std::ostringstream out;
        io::write_legislative_csv(out, std::span<const legislative_sheet>{v}, which);
        BOOST_TEST(io::is_legislative_csv_header(out.str()));
        const auto r = leg_read(out.str());
        BOOST_TEST(r.report.summary.rejected == 0U);
        BOOST_TEST(r.report.summary.warnings == 0U);
        BOOST_REQUIRE_EQUAL(r.sheets.size(), v.size());
        for (std::size_t i = 0; i < v.size(); ++i) BOOST_TEST((r.sheets.at(i) == v[i]));
        BOOST_TEST(r.sheets.at(0).party_candidate_figure(0, 1) == missing_figure);
        BOOST_TEST(r.sheets.at(0).party_candidate_figure(0, 0) == 0U);
        // and the batch itself writes the same text
        std::ostringstream again;
        io::write_legislative_csv(again, r.sheets, which);
        BOOST_TEST(again.str() == out.str());
    }
}

BOOST_AUTO_TEST_CASE(the_layout_as_documented) {
    auto s = legislative_sheet::empty(*tps_code::parse("6471011001001"), kontes::pdpr, dapil_code{"KT1"});
    s.admin.figures[index(field::suara_sah)] = 30;
    const auto j = s.add_party(party_number{1}, 2);
    s.set_party_votes(j, 10).set_party_total(j, 30).set_candidate_votes(j, 0, 20);
    auto d = legislative_sheet::empty(*tps_code::parse("6471011001001"), kontes::pdpd, dapil_code{"KT"});
    d.set_dpd_candidates(1);
    d.set_dpd_votes(0, 9);
    const std::vector<legislative_sheet> v{s, d};
    std::ostringstream out;
    io::write_legislative_csv(out, std::span<const legislative_sheet>{v});
    BOOST_TEST(out.str() ==
               "kode_tps,kontes,kode_dapil,nomor_partai,nomor_urut,suara,total_partai,suara_sah\n"
               "6471011001001,pdpr,KT1,,,,,30\n"
               "6471011001001,pdpr,KT1,1,0,10,30,\n"
               "6471011001001,pdpr,KT1,1,1,20,,\n"
               "6471011001001,pdpr,KT1,1,2,,,\n"
               "6471011001001,pdpd,KT,,,,,\n"
               "6471011001001,pdpd,KT,,1,9,,\n");
}

BOOST_AUTO_TEST_CASE(rows_of_a_sheet_in_any_order_gaps_missing_and_no_admin_row) {
    // Figure rows before the administration row, candidates out of order, candidate 2 absent
    // (read as missing, nomor urut 3 making three candidates), no party-only row for party 7,
    // and a DPD sheet without an administration row: all read, nothing made zero.
    const auto r = leg_read(leg_header +
                            "6471011001001,pdpr,KT1,7,3,5,,\n"
                            "6471011001001,pdpr,KT1,2,0,1,,\n"
                            "6471011001001,pdpr,KT1,,,,,30\n"
                            "6471011001001,pdpr,KT1,7,1,4,,\n"
                            "6471011001002,pdpd,,,2,8,,\n");
    BOOST_TEST(r.report.summary.rejected == 0U);
    BOOST_REQUIRE_EQUAL(r.sheets.size(), 2U);
    const auto a = r.sheets.at(0);
    BOOST_TEST(a.figure(field::suara_sah) == 30U);
    BOOST_REQUIRE_EQUAL(a.party_count(), 2U);
    BOOST_TEST(a.party_at(0).value() == 2U);
    BOOST_TEST(a.party_figure(0) == 1U);
    BOOST_TEST(a.party_total(0) == missing_figure);
    BOOST_TEST(a.party_at(1).value() == 7U);
    BOOST_TEST(a.party_figure(1) == missing_figure);
    BOOST_REQUIRE_EQUAL(a.party_candidate_count(1), 3U);
    BOOST_TEST(a.party_candidate_figure(1, 0) == 4U);
    BOOST_TEST(a.party_candidate_figure(1, 1) == missing_figure);
    BOOST_TEST(a.party_candidate_figure(1, 2) == 5U);
    const auto b = r.sheets.at(1);
    BOOST_TEST(b.figure(field::suara_sah) == missing_figure);
    BOOST_REQUIRE_EQUAL(b.candidate_count(), 2U);
    BOOST_TEST(b.candidate_figure(0) == missing_figure);
    BOOST_TEST(b.candidate_figure(1) == 8U);
}

BOOST_AUTO_TEST_CASE(streaming_in_pieces_and_small_batches_reads_the_same) {
    std::string text = leg_header + leg_good1;
    for (int i = 0; i < 30; ++i) {
        const std::string code = "64710110020" + std::string(i < 10 ? "0" : "") + std::to_string(i);
        text += code + ",pdprdp,D" + std::to_string(i % 3) + ",,,,," + std::to_string(i) + "\n";
        text += code + ",pdprdp,D" + std::to_string(i % 3) + ",3,0," + std::to_string(i) + ",,\n";
        if (i % 7 == 0) text += code + ",pdprdp,D" + std::to_string(i % 3) + ",3,0,1,,\n";  // repeated: rejected
    }
    text += leg_good2;
    const auto whole = leg_read(text);
    BOOST_TEST(whole.report.summary.balanced());
    BOOST_TEST(whole.report.summary.rejected == 5U);
    for (std::size_t piece : {1U, 3U, 17U, 4096U}) {
        io::csv_options opts;
        opts.batch_rows = 4;
        io::legislative_csv_reader reader{"data.csv", opts};
        std::vector<legislative_sheet> got;
        auto take = [&](legislative_batch& b) {
            BOOST_TEST(b.size() <= 4U);
            for (std::size_t i = 0; i < b.size(); ++i) got.push_back(b.at(i));
        };
        for (std::size_t at = 0; at < text.size(); at += piece) reader.feed(std::string_view{text}.substr(at, piece), take);
        reader.finish(take);
        BOOST_TEST((reader.report().summary == whole.report.summary));
        BOOST_REQUIRE_EQUAL(got.size(), whole.sheets.size());
        for (std::size_t i = 0; i < got.size(); ++i) BOOST_TEST((got[i] == whole.sheets.at(i)));
        BOOST_REQUIRE_EQUAL(reader.report().rejections.size(), whole.report.rejections.size());
        for (std::size_t i = 0; i < got.size() && i < whole.report.rejections.size(); ++i)
            BOOST_TEST(io::to_string(reader.report().rejections[i]) == io::to_string(whole.report.rejections[i]));
    }
}

BOOST_AUTO_TEST_CASE(the_header_tells_a_legislative_file) {
    BOOST_TEST(io::is_legislative_csv_header(leg_header));
    BOOST_TEST(io::is_legislative_csv_header("\xEF\xBB\xBF\"kode_tps\",kontes,nomor_urut\r\n1,2,3\n"));
    BOOST_TEST(!io::is_legislative_csv_header(header));
    BOOST_TEST(!io::is_legislative_csv_header("kontes,nomor_urut\n"));
    BOOST_TEST(!io::is_legislative_csv_header("kode_tps,kontes\nnomor_urut\n"));
    BOOST_TEST(!io::is_legislative_csv_header(""));
}

BOOST_AUTO_TEST_CASE(repeated_figure_row) {
    leg_case("6471011001002,pdpr,KT1,,,,,5\n6471011001002,pdpr,KT1,2,1,3,,\n6471011001002,pdpr,KT1,2,1,4,,\n",
             "data.csv:7: kolom nomor_partai+nomor_urut, nilai \"2,1\": baris ini sudah ada pada lembar yang sama (baris 6)",
             "data.csv:7: column nomor_partai+nomor_urut, value \"2,1\": row already given for this sheet (line 6)");
    leg_reason("6471011001002,pdpr,KT1,,,,,5\n6471011001002,pdpr,KT1,,,,,5\n", io::legislative_csv_reason::repeated_row);
    leg_reason("6471011001002,pdpd,,,3,1,,\n6471011001002,pdpd,,,3,1,,\n", io::legislative_csv_reason::repeated_row);
    leg_reason("6471011001002,pdpr,KT1,2,0,1,1,\n6471011001002,pdpr,KT1,2,0,1,1,\n", io::legislative_csv_reason::repeated_row);
}

BOOST_AUTO_TEST_CASE(party_number_out_of_range) {
    leg_case("6471011001002,pdpr,KT1,25,0,1,1,\n",
             "data.csv:5: kolom nomor_partai, nilai \"25\": nomor_partai harus bilangan 1 sampai 24",
             "data.csv:5: column nomor_partai, value \"25\": nomor_partai must be a number from 1 to 24");
    for (const char* p : {"0", "-1", "x", "99999999999"})
        leg_reason("6471011001002,pdpr,KT1," + std::string{p} + ",0,1,1,\n", io::legislative_csv_reason::bad_party);
    leg_reason("6471011001002,pdpr,KT1,24,0,1,1,\n6471011001002,pdpr,KT1,1,0,1,,\n6471011001002,pdpr,KT1,24,0,1,1,\n",
               io::legislative_csv_reason::repeated_row);  // 24 and 1 are read (the repeat is the fault)
}

BOOST_AUTO_TEST_CASE(candidate_beyond_max_party_candidates) {
    leg_case("6471011001002,pdpr,KT1,2,13,1,,\n",
             "data.csv:5: kolom nomor_urut, nilai \"13\": nomor_urut harus bilangan 0 sampai 12 pada baris partai, 1 sampai 64 pada baris DPD",
             "data.csv:5: column nomor_urut, value \"13\": nomor_urut must be a number from 0 to 12 on a party row, 1 to 64 on a DPD row");
    leg_reason("6471011001002,pdpd,,,65,1,,\n", io::legislative_csv_reason::bad_urut);
    leg_reason("6471011001002,pdpd,,,0,1,,\n", io::legislative_csv_reason::bad_urut);
    leg_reason("6471011001002,pdpr,KT1,2,x,1,,\n", io::legislative_csv_reason::bad_urut);
    // 12 and 64 are read
    const auto r = leg_read(leg_header + "6471011001002,pdpr,KT1,2,12,1,,\n6471011001003,pdpd,,,64,1,,\n");
    BOOST_TEST(r.report.summary.rejected == 0U);
    BOOST_REQUIRE_EQUAL(r.sheets.size(), 2U);
    BOOST_TEST(r.sheets.at(0).party_candidate_count(0) == 12U);
    BOOST_TEST(r.sheets.at(1).candidate_count() == 64U);
}

BOOST_AUTO_TEST_CASE(rows_of_a_sheet_apart) {
    leg_case("6471011001002,pdpr,KT1,,,,,5\n6471011001001,pdpr,KT1,2,0,5,5,\n6471011001001,pdpr,KT1,2,1,5,,\n",
             "data.csv:6: kolom kode_tps+kontes, nilai \"6471011001001,pdpr\": baris lembar ini terpisah: lembar kode_tps dan kontes "
             "ini sudah berakhir (baris 2)",
             "data.csv:6: column kode_tps+kontes, value \"6471011001001,pdpr\": rows of this sheet are apart: this kode_tps and "
             "kontes sheet already ended (line 2)",
             1);
}

BOOST_AUTO_TEST_CASE(non_numeric_figure) {
    leg_case("6471011001002,pdpr,KT1,2,1,abc,,\n", "data.csv:5: kolom suara, nilai \"abc\": bukan bilangan bulat tak negatif",
             "data.csv:5: column suara, value \"abc\": not a non-negative integer");
    leg_reason("6471011001002,pdpr,KT1,2,0,1,1x,\n", io::csv_reason::not_a_number);
    leg_reason("6471011001002,pdpr,KT1,,,,,-3\n", io::csv_reason::negative);
}

BOOST_AUTO_TEST_CASE(figure_over_max_figure) {
    leg_case("6471011001002,pdpr,KT1,2,1,4294967295,,\n",
             "data.csv:5: kolom suara, nilai \"4294967295\": angka melebihi batas (4294967294)",
             "data.csv:5: column suara, value \"4294967295\": number beyond range (4294967294)");
    // max_figure itself is read
    const auto r = leg_read(leg_header + "6471011001002,pdpr,KT1,2,1,4294967294,,\n");
    BOOST_REQUIRE_EQUAL(r.sheets.size(), 1U);
    BOOST_TEST(r.sheets.at(0).party_candidate_figure(0, 0) == max_figure);
}

BOOST_AUTO_TEST_CASE(contest_not_legislative) {
    leg_case("6471011001002,ppwp,,,,,,5\n6471011001002,ppwp,,,1,5,,\n",
             "data.csv:5: kolom kontes, nilai \"ppwp\": kontes bukan kontes legislatif (pdpr, pdprdp, pdprdk, pdpd)",
             "data.csv:5: column kontes, value \"ppwp\": not a legislative contest (pdpr, pdprdp, pdprdk, pdpd)");
    leg_reason("6471011001002,pkwkk,,,,,,5\n", io::legislative_csv_reason::not_legislative);
    leg_reason("6471011001002,dpr,,,,,,5\n", io::csv_reason::unknown_kontes);  // a row of no sheet
}

BOOST_AUTO_TEST_CASE(dpd_row_with_a_party) {
    leg_case("6471011001002,pdpd,,3,1,5,,\n", "data.csv:5: kolom nomor_partai, nilai \"3\": baris DPD tidak memuat nomor_partai",
             "data.csv:5: column nomor_partai, value \"3\": a DPD row has no nomor_partai");
}

BOOST_AUTO_TEST_CASE(party_row_without_a_party) {
    leg_case("6471011001002,pdprdk,KT1,,1,5,,\n", "data.csv:5: kolom nomor_partai, nilai \"\": baris angka DPR/DPRD harus memuat nomor_partai",
             "data.csv:5: column nomor_partai, value \"\": a DPR/DPRD figure row needs nomor_partai");
}

BOOST_AUTO_TEST_CASE(figure_on_the_administration_row) {
    leg_case("6471011001002,pdpr,KT1,,,5,,\n",
             "data.csv:5: kolom suara, nilai \"5\": baris administrasi (nomor_urut kosong) tidak memuat nomor_partai, suara atau "
             "total_partai",
             "data.csv:5: column suara, value \"5\": the administration row (empty nomor_urut) has no nomor_partai, suara or "
             "total_partai");
    leg_reason("6471011001002,pdpr,KT1,3,,,,\n", io::legislative_csv_reason::admin_row_figure);
    leg_reason("6471011001002,pdpr,KT1,,,,7,\n", io::legislative_csv_reason::admin_row_figure);
}

BOOST_AUTO_TEST_CASE(administration_figure_on_a_figure_row) {
    leg_case("6471011001002,pdpr,KT1,1,0,5,5,7\n",
             "data.csv:5: kolom suara_sah, nilai \"7\": angka administrasi hanya pada baris administrasi (nomor_urut kosong)",
             "data.csv:5: column suara_sah, value \"7\": administration figures belong on the administration row (empty nomor_urut)");
}

BOOST_AUTO_TEST_CASE(party_total_off_the_party_row) {
    leg_case("6471011001002,pdpr,KT1,1,2,5,5,\n", "data.csv:5: kolom total_partai, nilai \"5\": total_partai hanya pada baris partai (nomor_urut 0)",
             "data.csv:5: column total_partai, value \"5\": total_partai belongs on the party row (nomor_urut 0)");
    leg_reason("6471011001002,pdpd,,,2,5,5,\n", io::legislative_csv_reason::total_off_party_row);
}

BOOST_AUTO_TEST_CASE(dapil_differs_within_a_sheet_or_is_no_code) {
    leg_case("6471011001002,pdpr,KT1,,,,,5\n6471011001002,pdpr,KT2,1,0,5,5,\n",
             "data.csv:6: kolom kode_dapil, nilai \"KT2\": kode_dapil berbeda di dalam satu lembar (baris 5)",
             "data.csv:6: column kode_dapil, value \"KT2\": kode_dapil differs within one sheet (line 5)");
    leg_case("6471011001002,pdpr,KALIMANTAN-TIMUR,,,,,5\n",
             "data.csv:5: kolom kode_dapil, nilai \"KALIMANTAN-TIMUR\": kode_dapil harus paling banyak 15 karakter ASCII cetak tanpa "
             "tanda kutip",
             "data.csv:5: column kode_dapil, value \"KALIMANTAN-TIMUR\": kode_dapil must be at most 15 printable ASCII characters "
             "without quotes");
    leg_reason("6471011001002,pdpr,K T,,,,,5\n", io::legislative_csv_reason::bad_dapil);
}

BOOST_AUTO_TEST_CASE(a_row_of_no_sheet_is_a_record_of_its_own) {
    // A bad kode_tps in the middle of a sheet: the row is rejected alone, the sheet goes on.
    const auto r = leg_read(leg_header + "6471011001001,pdpr,KT1,,,,,30\n647101100100,pdpr,KT1,1,0,10,30,\n"
                                         "6471011001001,pdpr,KT1,1,0,10,30,\n6471011001001,pdpr,KT1,1,1,20,,\n" + leg_good2);
    BOOST_REQUIRE_EQUAL(r.report.rejections.size(), 1U);
    BOOST_TEST(io::to_string(r.report.rejections[0], lang::en) ==
               "data.csv:3: column kode_tps, value \"647101100100\": kode_tps must be exactly 13 digits");
    expect_good_sheets(r, 1);
    leg_reason("6471011001002,pdpr,KT1,1,0\n", io::csv_reason::too_few_columns);  // the key is read: its sheet is rejected
    leg_reason(",pdpr,KT1,1,0,1,,\n", io::csv_reason::missing_code);
}

BOOST_AUTO_TEST_CASE(missing_header_column) {
    for (const char* col : {"nomor_partai", "nomor_urut", "suara"}) {
        std::string h = leg_header;
        h.replace(h.find(col == std::string_view{"suara"} ? ",suara," : col), std::string_view{col}.size() + (col == std::string_view{"suara"} ? 1 : 0),
                  col == std::string_view{"suara"} ? "," : "x");
        const auto r = leg_read(h + leg_good1);
        BOOST_TEST_CONTEXT("header: " << h) {
            BOOST_REQUIRE_EQUAL(r.report.rejections.size(), 1U);
            BOOST_TEST(io::to_string(r.report.rejections[0], lang::en) ==
                       "data.csv:1: value \"" + std::string{col} + "\": header lacks a required column; file not read");
            BOOST_TEST(io::to_string(r.report.rejections[0], lang::id) ==
                       "data.csv:1: nilai \"" + std::string{col} + "\": header tidak memuat kolom wajib; berkas tidak dibaca");
            BOOST_TEST(r.sheets.empty());
            BOOST_TEST(r.report.summary.read == 1U);
        }
    }
    const auto r = leg_read("kontes,nomor_partai,nomor_urut,suara\npdpr,1,0,1\n");
    BOOST_REQUIRE_EQUAL(r.report.rejections.size(), 1U);
    BOOST_TEST(r.report.rejections[0].reason.en == io::csv_reason::header_missing_code.en);
    // an unknown column is warned about and ignored; an empty file warns
    const auto w = leg_read("extra," + leg_header.substr(0, leg_header.size() - 1) + "\nz," + "6471011001001,pdpr,KT1,,,,,30\n");
    BOOST_TEST(w.report.summary.warnings == 1U);
    BOOST_TEST(w.sheets.size() == 1U);
    BOOST_TEST(leg_read("").report.summary.warnings == 1U);
}

BOOST_AUTO_TEST_CASE(a_line_too_long_is_rejected_and_the_rest_read) {
    io::csv_options opts;
    opts.max_line_bytes = 100;  // the header is 81 bytes
    const auto r = leg_read(leg_header + leg_good1 + std::string(150, '7') + "\n" + leg_good2, opts);
    BOOST_TEST(r.report.summary.balanced());
    BOOST_REQUIRE_EQUAL(r.report.rejections.size(), 1U);
    BOOST_TEST(r.report.rejections[0].reason.en == io::csv_reason::line_too_long.en);
    BOOST_TEST(r.report.rejections[0].line == 5U);
}

BOOST_AUTO_TEST_SUITE_END()
