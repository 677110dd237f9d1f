// The error contract: one test case per row of docs/errors.md, named after its row. Each feeds
// the hostile input among good records and asserts (1) the exact message, in Indonesian and
// English, and (2) that nothing else was lost: read = validated + rejected, and the good records
// around the bad one were read with their values.
// No row shows an open bug today. Should one be found, its test asserts the contract as it
// should be and fails until fixed. (expected_failures is not used: with Boost 1.81 a marked test
// that stopped failing still passed when the two CSV bugs were fixed, so a fix went unseen.)
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <unistd.h>

#include <suara/io/csv_reader.hpp>
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/tally/rules.hpp>
#include <suara/io/sirekap.hpp>

#include "printing.hpp"

namespace {

using namespace suara;
namespace fs = std::filesystem;
namespace utf = boost::unit_test;

const std::string header = "kode_tps,kontes,suara_sah\n";
const std::string good1 = "6471011001001,pkwkp,10\n";  // line 2
const std::string good2 = "6471011001002,pkwkp,20\n";

io::csv_result csv(const std::string& text) { return io::read_csv_string(text, "data.csv"); }

/// The two good rows (10 and 20 valid votes) were read, and the counts add up.
void expect_good_rows_read(const io::csv_result& r, std::size_t rejected) {
    const auto& s = r.report.summary;
    BOOST_TEST(s.read == s.validated + s.rejected);
    BOOST_TEST(s.validated == 2U);
    BOOST_TEST(s.rejected == rejected);
    BOOST_TEST(r.sheets.size() == 2U);
    if (r.sheets.size() == 2) {
        BOOST_TEST(r.sheets.at(0).figure(field::suara_sah) == 10U);
        BOOST_TEST(r.sheets.at(1).figure(field::suara_sah) == 20U);
    }
}

/// Exactly one rejection, with these messages.
void expect_rejection(const io::read_report& r, std::string_view id, std::string_view en) {
    BOOST_TEST_REQUIRE(r.rejections.size() == 1U);
    BOOST_TEST(io::to_string(r.rejections[0], lang::id) == id);
    BOOST_TEST(io::to_string(r.rejections[0], lang::en) == en);
}

/// A bad row between the two good ones (line 3).
void bad_row_case(const std::string& row, std::string_view id, std::string_view en) {
    const auto r = csv(header + good1 + row + good2);
    expect_rejection(r.report, id, en);
    expect_good_rows_read(r, 1);
}

// ---- Sirekap: records written into a directory tree of Sirekap's layout ----------------------
const std::string good_json =
    R"({"chart":{"null":null,"100025":3,"100026":98,"100027":108},"administrasi":{"suara_sah":209,)"
    R"("suara_tidak_sah":4,"suara_total":213},"psu":null,"ts":"2024-02-16 01:30:27"})";

/// A fresh tree under the build's temporary directory, removed at the end of the case.
struct sirekap_tree {
    fs::path root;
    fs::path village;
    sirekap_tree() {
        root = fs::temp_directory_path() / ("suara-error-table-" + std::to_string(::getpid()));
        fs::remove_all(root);
        village = root / "pemilu/hhcw/ppwp/31/3173/317301/3173011002";
        fs::create_directories(village);
        write("3173011002001.json", good_json);
        write("3173011002003.json", good_json);
    }
    ~sirekap_tree() {
        std::error_code ec;
        fs::remove_all(root, ec);
    }
    sirekap_tree(const sirekap_tree&) = delete;
    sirekap_tree& operator=(const sirekap_tree&) = delete;
    fs::path write(const std::string& name, const std::string& text) const {
        const fs::path p = village / name;
        std::ofstream{p, std::ios::binary} << text;
        return p;
    }
    /// The record under test goes between the two good ones.
    fs::path bad(const std::string& text) const { return write("3173011002002.json", text); }
    [[nodiscard]] io::sirekap_result read() const { return io::read_sirekap(root); }
};

/// Both good records were read (with their valid votes), and the counts add up.
void expect_good_records_read(const io::sirekap_result& r, std::size_t rejected) {
    const auto& s = r.report.summary;
    BOOST_TEST(s.read == s.validated + s.rejected);
    BOOST_TEST(s.validated == 2U);
    BOOST_TEST(s.rejected == rejected);
    BOOST_TEST_REQUIRE(r.sheets.size() == 2U);
    BOOST_TEST(to_string(r.sheets.at(0).tps) == "3173011002001");
    BOOST_TEST(to_string(r.sheets.at(1).tps) == "3173011002003");
    for (std::size_t i = 0; i < 2; ++i) {
        BOOST_TEST(r.sheets.at(i).figure(field::suara_sah) == 209U);
        BOOST_TEST(r.sheets.at(i).votes[1] == 98U);
    }
}

void bad_record_case(const std::string& json, std::string_view id_tail, std::string_view en_tail) {
    sirekap_tree t;
    const std::string source = t.bad(json).string();
    const auto r = t.read();
    expect_rejection(r.report, source + std::string{id_tail}, source + std::string{en_tail});
    expect_good_records_read(r, 1);
}

// ---- memory --------------------------------------------------------------------------------
/// Resident memory of this process (VmRSS), in bytes. The tests sample it after every block fed
/// and every batch delivered and keep the maximum: that works where VmHWM cannot be reset
/// (/proc/self/clear_refs is not writable in some containers), and sees what a stream holds.
std::size_t resident_bytes() {
    std::ifstream in{"/proc/self/status"};
    std::string key;
    while (in >> key) {
        std::size_t kb = 0;
        if (key == "VmRSS:" && in >> kb) return kb * 1024;
        in.ignore(1 << 20, '\n');
    }
    return 0;
}
struct peak_meter {
    std::size_t start = resident_bytes();
    std::size_t peak = start;
    void sample() { peak = std::max(peak, resident_bytes()); }
    [[nodiscard]] std::size_t growth() const { return peak - start; }
};

/// Input size for the streaming tests: SUARA_BIG_INPUT_MB (tests/property/big_input.sh sets it
/// in gigabytes for the manual multi-gigabyte run), else 256 MB, which takes seconds.
std::size_t big_input_bytes() {
    const char* mb = std::getenv("SUARA_BIG_INPUT_MB");
    const std::size_t n = mb != nullptr ? std::strtoull(mb, nullptr, 10) : 0;
    return (n != 0 ? n : 256) << 20;
}

#if defined(__SANITIZE_ADDRESS__)
constexpr bool under_asan = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool under_asan = true;
#else
constexpr bool under_asan = false;
#endif
#else
constexpr bool under_asan = false;
#endif

}  // namespace

BOOST_AUTO_TEST_SUITE(error_table)

// ---- C.Hasil CSV -------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(csv_empty_file) {
    const auto r = csv("");
    BOOST_TEST(r.report.summary.read == 0U);
    BOOST_TEST(r.report.summary.rejected == 0U);
    BOOST_TEST_REQUIRE(r.report.warnings.size() == 1U);
    BOOST_TEST(io::to_string(r.report.warnings[0], lang::id) == "data.csv: berkas kosong");
    BOOST_TEST(io::to_string(r.report.warnings[0], lang::en) == "data.csv: empty file");
}

BOOST_AUTO_TEST_CASE(csv_header_only) {
    const auto r = csv(header);
    BOOST_TEST(r.report.summary.read == 0U);
    BOOST_TEST(r.report.summary.warnings == 0U);
    BOOST_TEST(r.report.rejections.empty());
    BOOST_TEST(r.sheets.empty());
}

BOOST_AUTO_TEST_CASE(csv_bom) {
    const auto r = csv("\xEF\xBB\xBF" + header + good1 + good2);
    BOOST_TEST(r.report.summary.warnings == 0U);  // kode_tps is found despite the BOM before it
    expect_good_rows_read(r, 0);
}

BOOST_AUTO_TEST_CASE(csv_crlf) {
    const auto r = csv("kode_tps,kontes,suara_sah\r\n6471011001001,pkwkp,10\r\n6471011001002,pkwkp,20\r\n");
    BOOST_TEST(r.report.summary.warnings == 0U);
    expect_good_rows_read(r, 0);
}

// Old-Mac line ends (\r alone), as some spreadsheets still export: not \n or \r\n. The line end
// is decided by the first line break (fixed: the whole file used to read as one header line).
// A \n inside such a file is an ordinary byte, so the row holding it is rejected, not merged.
BOOST_AUTO_TEST_CASE(csv_cr_only_line_ends) {
    const auto r = csv("kode_tps,kontes,suara_sah\r6471011001001,pkwkp,10\r6471011001002,pkwkp,20\r"
                       "6471011001003,pkwkp,3\n0\r6471011001004,pkwkp,40");
    BOOST_TEST(r.report.summary.read == 4U, "records read: " << r.report.summary.read);
    BOOST_TEST(r.report.warnings.empty());
    BOOST_TEST_REQUIRE(r.sheets.size() == 3U);
    BOOST_TEST(r.sheets.at(1).figure(field::suara_sah) == 20U);
    BOOST_TEST(r.sheets.at(2).figure(field::suara_sah) == 40U);
    BOOST_TEST_REQUIRE(r.report.rejections.size() == 1U);
    BOOST_TEST(io::to_string(r.report.rejections[0], lang::id) ==
               "data.csv:4: kolom suara_sah, nilai \"3?0\": bukan bilangan bulat tak negatif");
    BOOST_TEST(io::to_string(r.report.rejections[0], lang::en) ==
               "data.csv:4: column suara_sah, value \"3?0\": not a non-negative integer");
    // The same bytes one at a time: the same reading (the first \r decides only with the next byte).
    io::csv_reader bytes{"data.csv"};
    std::size_t rows = 0;
    auto take = [&](sheet_batch& b) { rows += b.size(); };
    const std::string text = "kode_tps,kontes,suara_sah\r6471011001001,pkwkp,10\r";
    for (char c : text) bytes.feed(std::string_view{&c, 1}, take);
    bytes.finish(take);
    BOOST_TEST(rows == 1U);
    BOOST_TEST(bytes.report().warnings.empty());
}

BOOST_AUTO_TEST_CASE(csv_quoted_fields) {
    // Quoted cells, a comma and doubled quotes inside one; an unknown column warned about once.
    const auto r = csv("kode_tps,kontes,suara_sah,catatan\n\"6471011001001\",\"pkwkp\",\"10\",\"a, \"\"b\"\"\"\n"
                       "6471011001002,pkwkp,20,\"x\"\n");
    BOOST_TEST_REQUIRE(r.report.warnings.size() == 1U);
    BOOST_TEST(io::to_string(r.report.warnings[0], lang::id) ==
               "data.csv:1: kolom catatan, nilai \"\": kolom tidak dikenal, diabaikan");
    BOOST_TEST(io::to_string(r.report.warnings[0], lang::en) ==
               "data.csv:1: column catatan, value \"\": unknown column, ignored");
    expect_good_rows_read(r, 0);
}

BOOST_AUTO_TEST_CASE(csv_unterminated_quote) {
    bad_row_case("\"6471011001003,pkwkp,5\n",
                 "data.csv:3: kolom kode_tps, nilai \"\"6471011001003,pkwkp,5\": tanda kutip tidak ditutup",
                 "data.csv:3: column kode_tps, value \"\"6471011001003,pkwkp,5\": unterminated quote");
}

BOOST_AUTO_TEST_CASE(csv_number_beyond_64_bits) {
    bad_row_case("6471011001003,pkwkp,99999999999999999999999\n",
                 "data.csv:3: kolom suara_sah, nilai \"99999999999999999999999\": angka melebihi batas (4294967294)",
                 "data.csv:3: column suara_sah, value \"99999999999999999999999\": number beyond range (4294967294)");
}

BOOST_AUTO_TEST_CASE(csv_number_beyond_figure_range) {
    // 2^32 - 1 is the "missing" sentinel inside suara: it must be rejected, not read as missing.
    bad_row_case("6471011001003,pkwkp,4294967295\n",
                 "data.csv:3: kolom suara_sah, nilai \"4294967295\": angka melebihi batas (4294967294)",
                 "data.csv:3: column suara_sah, value \"4294967295\": number beyond range (4294967294)");
}

BOOST_AUTO_TEST_CASE(csv_negative_number) {
    bad_row_case("6471011001003,pkwkp,-3\n", "data.csv:3: kolom suara_sah, nilai \"-3\": bilangan negatif",
                 "data.csv:3: column suara_sah, value \"-3\": negative number");
}

BOOST_AUTO_TEST_CASE(csv_non_digits) {
    // The letter O for a zero: the usual retyping slip.
    bad_row_case("6471011001003,pkwkp,1O\n",
                 "data.csv:3: kolom suara_sah, nilai \"1O\": bukan bilangan bulat tak negatif",
                 "data.csv:3: column suara_sah, value \"1O\": not a non-negative integer");
}

BOOST_AUTO_TEST_CASE(csv_empty_cell_is_missing) {
    const auto r = csv(header + good1 + "6471011001003,pkwkp,\n" + good2);
    BOOST_TEST(r.report.summary.validated == 3U);
    BOOST_TEST(r.report.summary.rejected == 0U);
    BOOST_TEST_REQUIRE(r.sheets.size() == 3U);
    BOOST_TEST(!r.sheets.at(1).known(field::suara_sah));  // missing, not zero
}

// An empty last candidate cell (pair 03 not entered) is a missing figure: the row keeps the
// header's three candidates, record.incomplete reports it, and votes.valid_sum is not evaluated
// on it (fixed: the reader used to take the count from the last filled cell, dropping the column).
BOOST_AUTO_TEST_CASE(csv_trailing_empty_candidate_cell) {
    const auto r = csv("kode_tps,kontes,suara_1,suara_2,suara_3,suara_sah\n3173011002204,ppwp,3,98,,209\n"
                       "3173011002205,ppwp,100,98,11,209\n3173011002206,ppwp,3,98,100,209\n");
    BOOST_TEST_REQUIRE(r.sheets.size() == 3U);
    BOOST_TEST(r.report.summary.rejected == 0U);
    BOOST_TEST(r.sheets.at(1).candidates == 3U);
    BOOST_TEST(r.sheets.at(0).candidates == 3U, "candidate columns of the row: " << int{r.sheets.at(0).candidates});
    BOOST_TEST(!r.sheets.at(0).candidate_votes(2).has_value());
    const auto fired = fired_rules<pemilu_2024>(r.sheets.at(0));
    BOOST_TEST(fired.contains(rule_id::record_incomplete));
    BOOST_TEST(!fired.contains(rule_id::votes_valid_sum));  // 3 + 98 + ? cannot be compared with 209
    BOOST_TEST(!fired_rules<pemilu_2024>(r.sheets.at(1)).contains(rule_id::votes_valid_sum));  // 209 = 209
    BOOST_TEST(fired_rules<pemilu_2024>(r.sheets.at(2)).contains(rule_id::votes_valid_sum));   // 201 != 209
}

// The extension column jumlah_paslon (docs/formats.md) out of range or not a number.
BOOST_AUTO_TEST_CASE(csv_bad_jumlah_paslon) {
    const auto r = csv("kode_tps,kontes,jumlah_paslon,suara_1,suara_2\n6471011001001,pkwkp,25,1,2\n"
                       "6471011001002,pkwkp,dua,1,2\n6471011001003,pkwkp,2,1,2\n");
    BOOST_TEST_REQUIRE(r.report.rejections.size() == 2U);
    BOOST_TEST(io::to_string(r.report.rejections[0], lang::id) ==
               "data.csv:2: kolom jumlah_paslon, nilai \"25\": jumlah_paslon harus bilangan 0 sampai 24");
    BOOST_TEST(io::to_string(r.report.rejections[0], lang::en) ==
               "data.csv:2: column jumlah_paslon, value \"25\": jumlah_paslon must be a number from 0 to 24");
    BOOST_TEST(io::to_string(r.report.rejections[1], lang::en) ==
               "data.csv:3: column jumlah_paslon, value \"dua\": jumlah_paslon must be a number from 0 to 24");
    BOOST_TEST(r.sheets.size() == 1U);
}

// A row with more votes than its jumlah_paslon allows.
BOOST_AUTO_TEST_CASE(csv_votes_beyond_jumlah_paslon) {
    const auto r = csv("kode_tps,kontes,jumlah_paslon,suara_1,suara_2,suara_3\n6471011001001,pkwkp,2,1,2,3\n");
    BOOST_TEST_REQUIRE(r.report.rejections.size() == 1U);
    BOOST_TEST(io::to_string(r.report.rejections[0], lang::id) ==
               "data.csv:2: kolom suara_3, nilai \"\": suara untuk nomor urut di luar jumlah calon kontes ini");
    BOOST_TEST(io::to_string(r.report.rejections[0], lang::en) ==
               "data.csv:2: column suara_3, value \"\": votes for a ballot number beyond this contest's candidates");
}

BOOST_AUTO_TEST_CASE(csv_wrong_code_width) {
    bad_row_case("647101100100,pkwkp,5\n",
                 "data.csv:3: kolom kode_tps, nilai \"647101100100\": kode_tps harus tepat 13 digit",
                 "data.csv:3: column kode_tps, value \"647101100100\": kode_tps must be exactly 13 digits");
}

BOOST_AUTO_TEST_CASE(csv_unknown_kontes) {
    bad_row_case("6471011001003,pilpres,5\n", "data.csv:3: kolom kontes, nilai \"pilpres\": kode kontes tidak dikenal",
                 "data.csv:3: column kontes, value \"pilpres\": unknown contest code");
}

BOOST_AUTO_TEST_CASE(csv_wrong_column_count) {
    const auto r = csv(header + good1 + "6471011001003,pkwkp\n6471011001004,pkwkp,1,2\n" + good2);
    BOOST_TEST_REQUIRE(r.report.rejections.size() == 2U);
    BOOST_TEST(io::to_string(r.report.rejections[0], lang::id) ==
               "data.csv:3: kolom suara_sah, nilai \"\": jumlah kolom kurang dari header");
    BOOST_TEST(io::to_string(r.report.rejections[0], lang::en) ==
               "data.csv:3: column suara_sah, value \"\": fewer columns than the header");
    BOOST_TEST(io::to_string(r.report.rejections[1], lang::id) ==
               "data.csv:4: kolom 4, nilai \"2\": jumlah kolom lebih dari header");
    BOOST_TEST(io::to_string(r.report.rejections[1], lang::en) ==
               "data.csv:4: column 4, value \"2\": more columns than the header");
    expect_good_rows_read(r, 2);
}

BOOST_AUTO_TEST_CASE(csv_duplicate_rows) {
    const auto r = csv(header + good1 + good2 + good1);
    expect_rejection(r.report,
                     "data.csv:4: kolom kode_tps+kontes, nilai \"6471011001001,pkwkp\": kode_tps dan kontes sudah ada "
                     "sebelumnya (baris 2)",
                     "data.csv:4: column kode_tps+kontes, value \"6471011001001,pkwkp\": kode_tps and kontes already "
                     "seen (line 2)");
    expect_good_rows_read(r, 1);
}

// Found by fuzz_csv (tests/fuzz/regressions/csv/duplicate_quoted_code_*), since fixed: a quoted
// kode_tps followed by a longer quoted cell made the duplicate's message quote freed memory.
BOOST_AUTO_TEST_CASE(csv_duplicate_rows_quoted_code) {
    const std::string long_note(200, 'x');
    const auto r = csv("kode_tps,kontes,suara_sah,catatan\n\"6471011001001\",pkwkp,10,\"a note longer than a small string\"\n"
                       "6471011001002,pkwkp,20,y\n\"6471011001001\",\"pkwkp\",30,\"" + long_note + "\"\n");
    expect_rejection(r.report,
                     "data.csv:4: kolom kode_tps+kontes, nilai \"6471011001001,pkwkp\": kode_tps dan kontes sudah ada "
                     "sebelumnya (baris 2)",
                     "data.csv:4: column kode_tps+kontes, value \"6471011001001,pkwkp\": kode_tps and kontes already "
                     "seen (line 2)");
    expect_good_rows_read(r, 1);
}

BOOST_AUTO_TEST_CASE(csv_unreadable_file) {
    // A path that cannot be opened, and a directory given as a file: the error names the path
    // (the CLI turns it into exit status 2).
    const std::string missing = (fs::temp_directory_path() / "suara-no-such-file.csv").string();
    BOOST_CHECK_EXCEPTION((void)io::read_csv_file(missing), io::input_error, [&](const io::input_error& e) {
        return std::string{e.what()} == "suara: cannot open " + missing && e.path() == missing &&
               e.message(lang::id) == "suara: tidak dapat membuka " + missing &&
               e.message(lang::en) == "suara: cannot open " + missing;
    });
    const std::string dir = fs::temp_directory_path().string();
    BOOST_CHECK_EXCEPTION((void)io::read_csv_file(dir), std::runtime_error, [&](const std::runtime_error& e) {
        const auto* in = dynamic_cast<const io::input_error*>(&e);
        return std::string{e.what()} == "suara: read error in " + dir && in != nullptr &&
               in->message(lang::id) == "suara: galat baca di " + dir;
    });
}

// ---- Sirekap JSON -----------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(json_truncated) {
    bad_record_case(R"({"chart": {"null": null, "100025": 3)", ": nilai \"ull, \"100025\": 3\": JSON terpotong",
                    ": value \"ull, \"100025\": 3\": truncated JSON");  // the last 16 bytes
}

BOOST_AUTO_TEST_CASE(json_not_json_with_json_name) {
    bad_record_case("kode_tps,kontes\n", ": nilai \"kode_tps,kontes?\": bukan JSON yang sah",
                    ": value \"kode_tps,kontes?\": not valid JSON");  // from where the parser stopped
}

BOOST_AUTO_TEST_CASE(json_wrong_type_string) {
    bad_record_case(R"({"chart":null,"administrasi":{"suara_sah":"12"},"psu":null})",
                    ": kolom administrasi.suara_sah, nilai \"12\": tipe JSON salah: harus bilangan bulat atau null",
                    ": column administrasi.suara_sah, value \"12\": wrong JSON type: must be an integer or null");
}

BOOST_AUTO_TEST_CASE(json_wrong_type_negative) {
    bad_record_case(R"({"chart":null,"administrasi":{"suara_sah":-3},"psu":null})",
                    ": kolom administrasi.suara_sah, nilai \"-3\": bilangan negatif",
                    ": column administrasi.suara_sah, value \"-3\": negative number");
}

BOOST_AUTO_TEST_CASE(json_wrong_type_fraction) {
    bad_record_case(R"({"chart":null,"administrasi":{"suara_sah":1.5},"psu":null})",
                    ": kolom administrasi.suara_sah, nilai \"1.5\": bukan bilangan bulat (pecahan)",
                    ": column administrasi.suara_sah, value \"1.5\": not an integer (fractional)");
}

BOOST_AUTO_TEST_CASE(json_wrong_type_chart_array) {
    bad_record_case(R"({"chart":[1,2],"administrasi":null,"psu":null})",
                    ": kolom chart, nilai \"[...]\": harus berupa objek JSON",
                    ": column chart, value \"[...]\": must be a JSON object");
}

BOOST_AUTO_TEST_CASE(json_number_beyond_64_bits) {
    // The record is rejected and the rest read; the message is asserted in the case below.
    sirekap_tree t;
    t.bad(R"({"chart":null,"administrasi":{"suara_sah":99999999999999999999999},"psu":null})");
    expect_good_records_read(t.read(), 1);
}
// Boost.JSON 1.81 keeps a 23-digit integer only as a double; the reader names the digits as
// written and calls it beyond range (it once said "1e+23": fractional).
BOOST_AUTO_TEST_CASE(json_number_beyond_64_bits_message) {
    sirekap_tree t;
    const std::string source = t.bad(R"({"chart":null,"administrasi":{"suara_sah":99999999999999999999999},"psu":null})").string();
    const auto r = t.read();
    BOOST_TEST_REQUIRE(r.report.rejections.size() == 1U);
    BOOST_TEST(io::to_string(r.report.rejections[0], lang::id) ==
               source + ": kolom administrasi.suara_sah, nilai \"99999999999999999999999\": angka melebihi batas (4294967294)");
    BOOST_TEST(io::to_string(r.report.rejections[0], lang::en) ==
               source + ": column administrasi.suara_sah, value \"99999999999999999999999\": number beyond range (4294967294)");
}

BOOST_AUTO_TEST_CASE(json_deeply_nested) {
    std::string deep;
    for (int i = 0; i < 40; ++i) deep += R"({"a":)";
    deep += "1";
    deep += std::string(40, '}');
    // The value: the record from where nesting went too deep, cut at 64 bytes.
    std::string from = "\"";
    from.append(deep, 0, 64).append("...\"");
    std::string id = ": nilai ";
    id.append(from).append(": JSON bersarang terlalu dalam");
    std::string en = ": value ";
    en.append(from).append(": JSON nested too deeply");
    bad_record_case(deep, id, en);
}

BOOST_AUTO_TEST_CASE(json_non_json_files_in_directory) {
    // A README and a CSV beside the records: skipped, one warning each, not counted as records.
    sirekap_tree t;
    const std::string readme = t.write("README.txt", "catatan").string();
    const std::string other = t.write("3173011002002.csv", "kode_tps,kontes\n").string();
    const auto r = t.read();
    BOOST_TEST_REQUIRE(r.report.warnings.size() == 2U);
    BOOST_TEST(io::to_string(r.report.warnings[0], lang::id) == other + ": bukan berkas .json, dilewati");
    BOOST_TEST(io::to_string(r.report.warnings[0], lang::en) == other + ": not a .json file, skipped");
    BOOST_TEST(io::to_string(r.report.warnings[1], lang::en) == readme + ": not a .json file, skipped");
    BOOST_TEST(r.report.rejections.empty());
    expect_good_records_read(r, 0);
}

BOOST_AUTO_TEST_CASE(json_unreadable_file) {
    // A record named directly that cannot be opened (a dangling link works even as root).
    sirekap_tree t;
    const fs::path link = t.village / "3173011002002.json";
    fs::create_symlink(t.village / "gone.json", link);
    const auto one = io::read_sirekap(link);
    expect_rejection(one.report, link.string() + ": berkas tidak dapat dibaca", link.string() + ": file cannot be read");
    BOOST_TEST(one.report.summary.read == 1U);
    // A record without read permission, in a directory (meaningful only when not root: root
    // reads it anyway).
    if (::geteuid() != 0) {
        fs::remove(link);
        const fs::path locked = t.bad(good_json);
        fs::permissions(locked, fs::perms::none);
        const auto r = t.read();
        fs::permissions(locked, fs::perms::owner_all);
        expect_rejection(r.report, locked.string() + ": berkas tidak dapat dibaca", locked.string() + ": file cannot be read");
        expect_good_records_read(r, 1);
    }
}

// Inside a directory, an entry that is not a regular file (here a dangling link) is a record that
// cannot be read: rejected and counted, never dropped (fixed: it used to vanish, read 2 of 3).
BOOST_AUTO_TEST_CASE(json_unreadable_file_in_directory) {
    sirekap_tree t;
    fs::create_symlink(t.village / "gone.json", t.village / "3173011002002.json");
    const auto r = t.read();
    BOOST_TEST(r.report.summary.read == 3U, "records read: " << r.report.summary.read);
}

// ---- a multi-gigabyte input ------------------------------------------------------------------

// The C.Hasil CSV streams: rows are generated block by block (never stored), fed to the reader,
// and each delivered batch is dropped. Peak resident memory may grow by the reader's block and
// batch and by its duplicate-key set (the one part that grows with the number of rows), never
// with the bytes of the file. Every row is accounted for: the bad rows planted are rejected and
// the rest validated, whether the codes arrive in order or not.
namespace {
/// Streams `target` bytes of generated rows through the reader and checks the accounting and the
/// memory. `sorted`: TPS codes ascending (as a national export is); otherwise scrambled (an odd
/// multiplier modulo 2^32 is a bijection, so codes stay distinct), which sends nearly every key
/// through the reader's out-of-order duplicate lookup. Planted every 100,000 rows: a negative
/// number, and a true duplicate of the previous row's code; both must be rejected, nothing else.
void stream_generated(std::size_t target, bool sorted) {
    std::string head = "kode_tps,kontes";
    for (std::size_t f = 0; f < field_count; ++f) head += ',' + std::string{field_names[f]};
    head += ",suara_1,suara_2,suara_3,catatan\n";
    // One wide row, its TPS code written in front per row.
    std::string tail = ",pkwkk";
    for (std::size_t f = 0; f < field_count; ++f) {
        const auto form = form_of(static_cast<field>(f));
        tail += form == field_form::count ? ",123" : form == field_form::flag ? ",0" : ",";
    }
    tail += ",40,50,33," + std::string(600, 'n') + "\n";  // a long note: about 800 bytes a row

    io::csv_options opts;
    opts.keep_limit = 100;  // counts stay exact; the list of rejections does not grow with the file
    io::csv_reader reader{"big.csv", opts};
    std::size_t delivered = 0;
    peak_meter memory;
    auto on_batch = [&](sheet_batch& b) {
        delivered += b.size();
        memory.sample();
    };

    std::size_t bytes = 0, rows = 0, planted = 0;
    std::uint64_t code = 0;
    std::string block;
    block.reserve((std::size_t{4} << 20) + 1024);
    block = head;
    while (bytes < target) {
        while (block.size() < (std::size_t{4} << 20)) {
            const std::size_t k = rows % 100'000;
            if (k != 49'999)  // 49,999: the previous row's code again, a true duplicate
                code = 1101011001000ULL + (sorted ? rows * 7 : (rows * 2654435761ULL) % (std::uint64_t{1} << 32));
            block += std::to_string(code);
            if (k == 99'999) block += ",pkwkk,-1" + tail.substr(10);  // pemilih_dpt_l = -1
            else block += tail;
            planted += (k == 49'999 || k == 99'999) ? 1U : 0U;
            ++rows;
        }
        reader.feed(block, on_batch);
        memory.sample();
        bytes += block.size();
        block.clear();
    }
    reader.finish(on_batch);
    memory.sample();

    const auto& sum = reader.report().summary;
    BOOST_TEST(sum.read == rows);
    BOOST_TEST(sum.rejected == planted);
    BOOST_TEST(sum.validated == rows - planted);
    BOOST_TEST(delivered == sum.validated);
    BOOST_TEST(reader.report().rejections.size() == std::min<std::size_t>(planted, 100));

    const std::size_t growth = memory.growth();
    // Block (4 MiB), batch (16,384 rows x ~52 columns x 4 bytes, about 3.5 MiB), the key set (16
    // to 96 bytes a row, by how it is kept and while it grows), slack for the allocator; more
    // under AddressSanitizer, whose allocator keeps freed memory in quarantine.
    const std::size_t keys = rows * 96;
    const std::size_t bound = keys + (under_asan ? (std::size_t{128} << 20) : (std::size_t{64} << 20));
    BOOST_TEST_MESSAGE("streamed " << (bytes >> 20) << " MiB, " << rows << (sorted ? " rows in code order" : " rows out of order")
                                   << "; peak resident growth " << (growth >> 20) << " MiB (bound " << (bound >> 20) << " MiB)");
    BOOST_TEST(growth <= bound, "resident memory grew by " << (growth >> 20) << " MiB for " << (bytes >> 20) << " MiB of input");
    if (!under_asan && sorted) BOOST_TEST(growth < bytes / 4);  // constants dominate a small scrambled run
}
}  // namespace

BOOST_AUTO_TEST_CASE(csv_multi_gigabyte_input) {
    stream_generated(big_input_bytes(), true);
    stream_generated(big_input_bytes() / 2, false);
}

// One "line" of hundreds of megabytes (a binary file, a file without line breaks) between two
// good rows: rejected as too long without being held (memory stays flat), and the rows around it
// are read.
BOOST_AUTO_TEST_CASE(csv_line_without_end) {
    const std::size_t target = std::min<std::size_t>(big_input_bytes(), std::size_t{256} << 20);
    io::csv_reader reader{"one-line.csv"};
    io::csv_result got;
    auto keep = [&](sheet_batch& b) {
        for (std::size_t i = 0; i < b.size(); ++i) got.sheets.push_back(b.row(i));
    };
    const std::string block(std::size_t{4} << 20, '7');
    peak_meter memory;
    reader.feed(header + good1, keep);
    for (std::size_t bytes = 0; bytes < target; bytes += block.size()) {
        reader.feed(block, keep);
        memory.sample();
    }
    reader.feed("\n" + good2, keep);
    reader.finish(keep);
    memory.sample();
    got.report = reader.report();
    const std::string cut(64, '7');
    expect_rejection(got.report, "one-line.csv:3: nilai \"" + cut + "...\": baris terlalu panjang",
                     "one-line.csv:3: value \"" + cut + "...\": line too long");
    expect_good_rows_read(got, 1);
    const std::size_t growth = memory.growth();
    BOOST_TEST_MESSAGE("one line of " << (target >> 20) << " MiB: peak resident growth " << (growth >> 20) << " MiB");
    BOOST_TEST(growth <= (std::size_t{64} << 20), "resident memory grew by " << (growth >> 20) << " MiB");
}

BOOST_AUTO_TEST_SUITE_END()
