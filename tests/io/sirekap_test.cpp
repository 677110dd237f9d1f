// Tests of the Sirekap JSON reader, the real-record test over the 1,000 records of data/sirekap, and
// the rules on the embedded Balikpapan data (each planted defect fires exactly its rules).
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <streambuf>
#include <string>
#include <utility>
#include <vector>

#include <boost/json.hpp>

#include <suara_demo/balikpapan_2024.hpp>
#include <suara/io/csv_reader.hpp>
#include <suara/io/csv_writer.hpp>
#include <suara/io/sirekap.hpp>
#ifdef SUARA_TEST_SIREKAP_ARCHIVE
#include <archive.h>
#include <archive_entry.h>

#include <suara/io/sirekap_archive.hpp>
#include <suara/io/sirekap_ndjson.hpp>
#endif
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>
#include <suara/tally/rules.hpp>

#include "laws.hpp"
#include "printing.hpp"

using namespace suara;
namespace fs = std::filesystem;
namespace R = suara::io::sirekap_reason;

namespace {

const tps_code tps1 = *tps_code::parse("3101011001001");

io::sirekap_result one(std::string_view json, kontes k = kontes::ppwp, io::sirekap_options o = {}) {
    return io::read_sirekap_json(json, tps1, k, "x.json", std::move(o));
}

void expect_rejected(std::string_view json, const std::string& column, const bilingual& reason) {
    const auto r = one(json);
    BOOST_TEST_CONTEXT(json) {
        BOOST_TEST(r.report.summary.read == 1U);
        BOOST_TEST(r.report.summary.rejected == 1U);
        BOOST_TEST(r.sheets.size() == 0U);
        BOOST_REQUIRE_EQUAL(r.report.rejections.size(), 1U);
        BOOST_TEST(r.report.rejections[0].source == "x.json");
        BOOST_TEST(r.report.rejections[0].column == column);
        BOOST_TEST(r.report.rejections[0].reason == reason);
    }
}

// A scratch directory, removed at the end of the test.
struct scratch_dir {
    fs::path root = fs::temp_directory_path() /
                    ("suara_io_test_" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    scratch_dir() { fs::create_directories(root); }
    ~scratch_dir() {
        std::error_code ec;
        fs::remove_all(root, ec);
    }
    void write(const fs::path& rel, std::string_view text) const {
        fs::create_directories((root / rel).parent_path());
        std::ofstream{root / rel, std::ios::binary} << text;
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(sirekap_reader)

BOOST_AUTO_TEST_CASE(pemilu_shape) {
    const auto r = one(R"({"chart": {"null": null, "100025": 17, "100026": 124, "100027": 9},
        "administrasi": {"suara_sah": 150, "suara_total": 151, "pemilih_dpt_j": 201, "pemilih_dpt_l": 103,
        "pemilih_dpt_p": 98, "pengguna_non_dpt_j": 16, "pengguna_non_dpt_l": 11, "pengguna_non_dpt_p": 5,
        "suara_tidak_sah": null}, "psu": null, "ts": "2024-02-14 21:46:01", "status_suara": true})");
    BOOST_TEST(r.report.summary.validated == 1U);
    BOOST_REQUIRE_EQUAL(r.sheets.size(), 1U);
    const auto s = r.sheets.at(0);
    BOOST_TEST(s.candidates == 3);
    BOOST_TEST(s.votes[0] == 17U);
    BOOST_TEST(s.votes[1] == 124U);
    BOOST_TEST(s.votes[2] == 9U);
    BOOST_TEST(*s.get(field::pengguna_dpk_j) == 16U);
    BOOST_TEST(*s.get(field::pemilih_dpt_l) == 103U);
    BOOST_TEST(!s.get(field::suara_tidak_sah).has_value());  // null field: missing
    BOOST_TEST(!s.get(field::pengguna_dpt_j).has_value());   // absent field: missing
    BOOST_TEST(r.psu.at(0) == io::psu_status::none);
}

// Each record's file, ts and photo URLs travel with its row (sheet_batch::origin), from one
// pool per batch; a record without them has an empty origin, a non-string ts is left out.
BOOST_AUTO_TEST_CASE(each_row_keeps_its_file_time_stamp_and_photos) {
    const auto r = one(R"({"chart": {"100025": 1, "100026": 2, "100027": 3}, "administrasi": null,
        "images": ["https://x/a.jpg", "https://x/b\nc.jpg", 7], "ts": "2024-02-16 01:30:27"})");
    BOOST_REQUIRE_EQUAL(r.sheets.size(), 1U);
    const auto o = r.sheets.origin(0);
    BOOST_TEST(o.file == "x.json");  // the source one() names it by
    BOOST_TEST(o.ts == "2024-02-16 01:30:27");
    std::vector<std::string> urls;
    o.for_each_image([&](std::string_view u) { urls.emplace_back(u); });
    BOOST_TEST((urls == std::vector<std::string>{"https://x/a.jpg", "https://x/b c.jpg"}));  // the number is not a URL
    const auto bare = one(R"({"chart": null, "administrasi": null, "ts": 5})");
    BOOST_REQUIRE_EQUAL(bare.sheets.size(), 1U);
    BOOST_TEST(bare.sheets.origin(0).ts.empty());
    BOOST_TEST(bare.sheets.origin(0).images.empty());
    BOOST_TEST(bare.sheets.lines()[0] == 0U);  // a JSON record is a file, not a line
}

BOOST_AUTO_TEST_CASE(null_parts_are_missing_not_zero) {
    const auto r = one(R"({"chart": null, "administrasi": null, "psu": null})");
    BOOST_REQUIRE_EQUAL(r.sheets.size(), 1U);
    const auto s = r.sheets.at(0);
    BOOST_TEST(s.candidates == 3);
    for (std::size_t i = 0; i < 3; ++i) BOOST_TEST(!s.candidate_votes(i).has_value());
    for (std::size_t f = 0; f < field_count; ++f) BOOST_TEST(s.figures[f] == missing_figure);
    const auto c = one(R"({"chart": {"null": null, "100025": null, "100026": 0, "100027": 3}})");
    BOOST_TEST(!c.sheets.at(0).candidate_votes(0).has_value());
    BOOST_TEST(*c.sheets.at(0).candidate_votes(1) == 0U);
}

BOOST_AUTO_TEST_CASE(pilkada_shape_with_a_candidate_table_and_without) {
    const std::string_view json = R"({"mode": "hhcw", "tungsura": {"chart": {"1000561": 80, "1000562": 20},
        "administrasi": {"pemilih_dpt_j": 500, "suara_sah": 100}}, "psu": "Pemungutan Suara Ulang"})";
    io::sirekap_options o;
    o.candidates.add(kontes::pkwkk, 1000561, 1).add(kontes::pkwkk, 1000562, 0);  // single pair + blank column
    const auto t = one(json, kontes::pkwkk, o);
    BOOST_REQUIRE_EQUAL(t.sheets.size(), 1U);
    BOOST_TEST(t.sheets.at(0).candidates == 1);
    BOOST_TEST(t.sheets.at(0).has_blank_column);
    BOOST_TEST(t.sheets.at(0).blank_votes == 20U);
    BOOST_TEST(t.psu.at(0) == io::psu_status::pemungutan_suara_ulang);
    BOOST_TEST((to_outcome(t.psu.at(0)) == outcome::psu));  // the status the reader returns maps to outcomes
    BOOST_TEST(t.report.summary.warnings == 0U);
    // No table for the contest: ascending ids, said once in a warning.
    const auto a = one(R"({"tungsura": {"chart": {"1000786": 5, "1000026": 7}}, "psu": "Reguler"})", kontes::pkwkp);
    BOOST_REQUIRE_EQUAL(a.sheets.size(), 1U);
    BOOST_TEST(a.sheets.at(0).votes[0] == 7U);
    BOOST_TEST(a.sheets.at(0).votes[1] == 5U);
    BOOST_REQUIRE_EQUAL(a.report.warnings.size(), 1U);
    BOOST_TEST(a.report.warnings[0].message == R::ascending_ids);
    BOOST_TEST(a.psu.at(0) == io::psu_status::reguler);
    BOOST_TEST((to_outcome(a.psu.at(0)) == outcome::none));
    // An id missing from a listed contest rejects the file.
    io::sirekap_options p;
    p.candidates.add(kontes::pkwkp, 1, 1);
    const auto u = one(R"({"tungsura": {"chart": {"2": 5}}})", kontes::pkwkp, p);
    BOOST_REQUIRE_EQUAL(u.report.rejections.size(), 1U);
    BOOST_TEST(u.report.rejections[0].reason == R::unknown_candidate);
    BOOST_TEST(u.report.rejections[0].value == "2");
}

BOOST_AUTO_TEST_CASE(bad_records_are_rejected_with_key_and_reason) {
    expect_rejected(R"({"administrasi": {"suara_sah": "150"}})", "administrasi.suara_sah", R::wrong_type);
    expect_rejected(R"({"administrasi": {"suara_sah": true}})", "administrasi.suara_sah", R::wrong_type);
    expect_rejected(R"({"administrasi": {"suara_sah": -1}})", "administrasi.suara_sah", R::negative);
    expect_rejected(R"({"administrasi": {"suara_sah": 1.5}})", "administrasi.suara_sah", R::fractional);
    expect_rejected(R"({"administrasi": {"suara_sah": 4294967295}})", "administrasi.suara_sah", R::out_of_range);
    expect_rejected(R"({"administrasi": {"suara_sah": 18446744073709551615}})", "administrasi.suara_sah", R::out_of_range);
    expect_rejected(R"({"chart": {"null": null, "100025": "17"}})", "chart.100025", R::wrong_type);
    expect_rejected(R"({"chart": {"abc": 1}})", "chart", R::bad_candidate_id);
    expect_rejected(R"({"chart": [1, 2]})", "chart", R::not_object);
    expect_rejected(R"({"administrasi": 5})", "administrasi", R::not_object);
    expect_rejected(R"([1, 2, 3])", "", R::not_object);
    expect_rejected(R"({"psu": 3})", "psu", R::bad_psu);
    expect_rejected(R"({"chart": {"100025": 17, "100026)", "", R::truncated);
    expect_rejected(R"({"chart": })", "", R::not_json);
    expect_rejected("", "", R::truncated);
    expect_rejected(std::string(40, '[') + std::string(40, ']'), "", R::too_deep);
}

// The two readings of one record (the simdjson fast path, when built, and the Boost.JSON DOM
// path) must agree to the byte: rows, origins, psu, rejections and warnings.
void expect_paths_agree(std::string_view json, kontes k = kontes::ppwp) {
    BOOST_TEST_CONTEXT(json) {
        io::sirekap_reader fast, dom;
        fast.parse(json, tps1, k, "x.json");
        dom.parse_with_dom(json, tps1, k, "x.json");
        const auto& a = fast.result();
        const auto& b = dom.result();
        BOOST_TEST(a.report.summary.validated == b.report.summary.validated);
        BOOST_TEST(a.report.summary.rejected == b.report.summary.rejected);
        BOOST_REQUIRE_EQUAL(a.report.rejections.size(), b.report.rejections.size());
        for (std::size_t i = 0; i < a.report.rejections.size(); ++i) {
            BOOST_TEST(a.report.rejections[i].column == b.report.rejections[i].column);
            BOOST_TEST(a.report.rejections[i].value == b.report.rejections[i].value);
            BOOST_TEST(a.report.rejections[i].reason == b.report.rejections[i].reason);
        }
        BOOST_REQUIRE_EQUAL(a.report.warnings.size(), b.report.warnings.size());
        for (std::size_t i = 0; i < a.report.warnings.size(); ++i) {
            BOOST_TEST(a.report.warnings[i].column == b.report.warnings[i].column);
            BOOST_TEST(a.report.warnings[i].value == b.report.warnings[i].value);
        }
        BOOST_REQUIRE_EQUAL(a.sheets.size(), b.sheets.size());
        BOOST_TEST((a.psu == b.psu));
        for (std::size_t i = 0; i < a.sheets.size(); ++i) {
            const sheet x = a.sheets.at(i), y = b.sheets.at(i);
            BOOST_TEST((x.figures == y.figures));
            BOOST_TEST((x.votes == y.votes));
            BOOST_TEST(x.candidates == y.candidates);
            BOOST_TEST(x.blank_votes == y.blank_votes);
            BOOST_TEST(a.sheets.origin(i).ts == b.sheets.origin(i).ts);
            BOOST_TEST(a.sheets.origin(i).images == b.sheets.origin(i).images);
        }
    }
}

BOOST_AUTO_TEST_CASE(keys_in_any_order_and_ndjson_fields_tolerated) {
    // The same record with its keys in two orders reads the same; kode_tps and kontes (the
    // NDJSON fields) are known top-level keys: no warning, no row difference.
    const std::string a = R"({"chart": {"100025": 3, "100026": 98, "100027": 108}, "administrasi": {"suara_sah": 209, "pemilih_dpt_j": 254}, "psu": null, "ts": "2024-02-16 01:30:27", "images": ["u"]})";
    const std::string b = R"({"kode_tps": "3101011001001", "kontes": "ppwp", "images": ["u"], "ts": "2024-02-16 01:30:27", "psu": null, "administrasi": {"pemilih_dpt_j": 254, "suara_sah": 209}, "chart": {"100027": 108, "100025": 3, "100026": 98}})";
    const auto ra = one(a), rb = one(b);
    BOOST_REQUIRE_EQUAL(ra.sheets.size(), 1U);
    BOOST_REQUIRE_EQUAL(rb.sheets.size(), 1U);
    BOOST_TEST((ra.sheets.at(0).figures == rb.sheets.at(0).figures));
    BOOST_TEST((ra.sheets.at(0).votes == rb.sheets.at(0).votes));
    BOOST_TEST(rb.sheets.at(0).votes[1] == 98U);
    BOOST_TEST(rb.sheets.at(0).figures[index(field::suara_sah)] == 209U);
    BOOST_TEST(rb.report.summary.warnings == 0U);
    BOOST_TEST(rb.sheets.origin(0).ts == "2024-02-16 01:30:27");
    expect_paths_agree(a);
    expect_paths_agree(b);
}

BOOST_AUTO_TEST_CASE(unknown_administrasi_keys_are_counted_once_each) {
    io::sirekap_reader r;
    const std::string rec = R"({"administrasi": {"suara_sah": 1, "foo": 2, "bar": null}})";
    BOOST_TEST(r.parse(rec, tps1, kontes::ppwp, "a.json"));
    BOOST_TEST(r.parse(rec, tps1, kontes::ppwp, "b.json"));
    BOOST_TEST(r.result().report.summary.validated == 2U);
    BOOST_REQUIRE_EQUAL(r.result().report.warnings.size(), 2U);  // foo and bar, once each
    BOOST_TEST(r.result().report.warnings[0].column == "foo");
    BOOST_TEST(r.result().report.warnings[0].source == "a.json");
    BOOST_TEST(r.result().report.warnings[0].message == R::unknown_key);
    BOOST_TEST(r.result().sheets.at(1).figures[index(field::suara_sah)] == 1U);
}

BOOST_AUTO_TEST_CASE(fast_and_dom_paths_agree) {
    // The test build links suara::sirekap, which finds simdjson on a machine set up by setup.sh.
    BOOST_TEST(io::sirekap_reader::uses_simdjson());
    const std::string real = R"({"chart": {"null": null, "100025": 3, "100026": 98, "100027": 108}, "images": ["https://x/a.jpg", "https://x/b.jpg"], "administrasi": {"suara_sah": 209, "suara_total": 213, "pemilih_dpt_j": 254, "pengguna_non_dpt_j": 4}, "psu": null, "ts": "2024-02-16 01:30:27", "status_suara": true, "status_adm": true})";
    for (const std::string& j : {
             real,
             std::string{R"({"administrasi": {"suara_sah": 1, "suara_sah": 2}})"},       // a key twice
             std::string{R"({"chart": {"100025": 1, "100025": 2}})"},
             std::string{R"({"psu": null, "psu": "PSU"})"},
             std::string{R"({"administrasi": {"suara_sah": -0}})"},
             std::string{R"({"administrasi": {"suara_sah": 1e2}})"},
             std::string{R"({"administrasi": {"suara_sah": 99999999999999999999}})"},
             std::string{R"({"administrasi": {"suara_sah": 2147483647, "suara_total": 2147483648}})"},
             std::string{R"({"administrasi": {"suara\u005fsah": 7}})"},                  // an escaped key
             std::string{R"({"chart": {"null": [1, {"a": 2}], "100026": null}})"},
             std::string{R"({"chart": {"100099": 1}})"},
             std::string{R"({"tungsura": {"chart": {"100025": 1}, "administrasi": {"suara_sah": 1}}, "chart": {"100025": 9}})"},
             std::string{R"({"tungsura": null, "chart": {"100025": 9}})"},
             std::string{R"({"images": [1, "a\nb", null], "ts": 5})"},
             std::string{R"({"psu": "Sesuatu", "administrasi": {"x1": 1, "x2": 1, "x3": 1, "x4": 1, "x5": 1, "x6": 1, "x7": 1, "x8": 1, "x9": 1}})"},
             std::string{R"({"status": )"} + std::string(14, '[') + std::string(14, ']') + "}",
             std::string{R"({"status": )"} + std::string(15, '[') + std::string(15, ']') + "}",
             std::string{R"({"status": )"} + std::string(16, '[') + std::string(16, ']') + "}",
             std::string{"\xEF\xBB\xBF{}"},
             std::string{"{} x"},
             std::string{"{\"ts\": \"\xC3\x28\"}"},
             // Numbers simdjson reads and Boost.JSON refuses ("exponent overflow"), or reads
             // differently, in every place the fast path ignores a value
             std::string{R"({"x": 0e99999999999999999999, "administrasi": {"suara_sah": 1}})"},
             std::string{R"({"x": 1.5, "y": 1e999, "administrasi": {"suara_sah": 1}})"},
             std::string{R"({"chart": {"null": 0e99999999999999999999, "100025": 1}})"},
             std::string{R"({"administrasi": {"x1": [0.0e-99999999999999999999], "suara_sah": 1}})"},
             std::string{R"({"tungsura": {"y": {"z": 0e99999999999999999999}}})"},
             std::string{R"({"chart": {"null": 0e99999999999999999999}, "tungsura": null})"},
             std::string{R"({"ts": 0e99999999999999999999})"},
             std::string{R"({"images": ["https://x/a.jpg", 0e99999999999999999999]})"},
             std::string{R"({"images": {"a": 0e99999999999999999999}})"},
         }) {
        expect_paths_agree(j);
        expect_paths_agree(j, kontes::pkwkp);  // no candidate table: the DOM path alone
    }
    // Such a record is not JSON, whichever path reads it first (found by fuzz_sirekap:
    // tests/fuzz/regressions/sirekap/exponent_overflow.json); a plain fraction in an ignored key
    // is still read.
    const auto overflow = io::read_sirekap_json(R"({"x": 0e99999999999999999999, "administrasi": {"suara_sah": 1}})",
                                                tps1, kontes::ppwp);
    BOOST_TEST(overflow.report.summary.rejected == 1u);
    BOOST_TEST(overflow.report.summary.validated == 0u);
    BOOST_TEST(overflow.report.rejections.at(0).reason.id == R::not_json.id);
    const auto fraction = io::read_sirekap_json(R"({"x": 1.5, "administrasi": {"suara_sah": 1}})", tps1, kontes::ppwp);
    BOOST_TEST(fraction.report.summary.validated == 1u);
    BOOST_TEST(fraction.sheets.at(0).figures[index(field::suara_sah)] == 1u);
    // The real records, each read both ways.
    for (const auto& e : fs::recursive_directory_iterator{fs::path{SUARA_DATA_DIR} / "sirekap"}) {
        if (!e.is_regular_file() || e.path().extension() != ".json") continue;
        std::ifstream in{e.path(), std::ios::binary};
        std::ostringstream text;
        text << in.rdbuf();
        expect_paths_agree(text.str());
    }
}

BOOST_AUTO_TEST_CASE(unknown_psu_warns_and_reads_as_other) {
    const auto r = one(R"({"psu": "Sesuatu"})");
    BOOST_TEST(r.sheets.size() == 1U);
    BOOST_TEST(r.psu.at(0) == io::psu_status::other);
    BOOST_TEST(r.report.warnings.size() == 1U);
    BOOST_TEST(io::psu_from_string("Penghitungan Suara Ulang") == io::psu_status::penghitungan_suara_ulang);
    BOOST_TEST(io::psu_from_string("Pemungutan Suara Lanjutan") == io::psu_status::pemungutan_suara_lanjutan);
}

BOOST_AUTO_TEST_CASE(paths_give_code_and_contest) {
    const auto ok = io::parse_sirekap_path("a/pilkada/hhcw/pkwkk/64/6471/647101/6471011001/6471011001002.json");
    BOOST_REQUIRE(ok.error == nullptr);
    BOOST_TEST(*ok.contest == kontes::pkwkk);
    BOOST_TEST(to_string(*ok.code) == "6471011001002");
    BOOST_TEST(io::parse_sirekap_path("x/ppwp/31/3101/310101/3101011001/tps1.json").error == &R::no_tps_code);
    BOOST_TEST(io::parse_sirekap_path("x/31/3101011001001.json").error == &R::no_kontes);
    BOOST_TEST(io::parse_sirekap_path("x/31/3101011001001.json", kontes::ppwp).error == nullptr);
    const auto mism = io::parse_sirekap_path("hhcw/ppwp/31/3102/310201/3101011001001.json");
    BOOST_TEST(mism.error == &R::path_mismatch);
    BOOST_TEST(mism.offending == "310201");
}

BOOST_AUTO_TEST_CASE(directories_are_read_recursively_in_sorted_order) {
    scratch_dir d;
    const std::string good = R"({"chart": {"100025": 1, "100026": 2, "100027": 3}, "administrasi": null, "psu": null})";
    d.write("hhcw/ppwp/31/3101/310101/3101011001/3101011001002.json", good);
    d.write("hhcw/ppwp/31/3101/310101/3101011001/3101011001001.json", good);
    d.write("hhcw/ppwp/31/3101/310101/3101011001/3101011001003.json", R"({"chart": )");
    d.write("hhcw/ppwp/31/3101/310101/3101011001/README.txt", "not a record");
    d.write("hhcw/ppwp/31/3101/310101/3101011001/catatan.json", good);
    const auto r = io::read_sirekap(d.root / "hhcw");
    BOOST_TEST(r.report.summary.read == 4U);
    BOOST_TEST(r.report.summary.validated == 2U);
    BOOST_TEST(r.report.summary.rejected == 2U);
    BOOST_TEST(r.report.summary.warnings == 1U);  // README.txt skipped
    BOOST_REQUIRE_EQUAL(r.sheets.size(), 2U);
    BOOST_TEST(to_string(r.sheets.at(0).tps) == "3101011001001");
    BOOST_TEST(to_string(r.sheets.at(1).tps) == "3101011001002");
    BOOST_TEST(r.sheets.origin(0).file.find("3101011001001.json") != std::string::npos);
    BOOST_REQUIRE_EQUAL(r.report.rejections.size(), 2U);
    BOOST_TEST(r.report.rejections[0].reason == R::truncated);
    BOOST_TEST(r.report.rejections[1].reason == R::no_tps_code);
    // A file that does not exist is a rejection, not a crash.
    const auto missing = io::read_sirekap(d.root / "hhcw/ppwp/31/3101/310101/3101011001/3101011001009.json");
    BOOST_TEST(missing.report.summary.rejected == 1U);
    BOOST_TEST(missing.report.rejections.at(0).reason == R::unreadable);
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------------------------------------
// Archives (zip, tar, tar.gz) and NDJSON (io/sirekap_archive.hpp, io/sirekap_ndjson.hpp). The
// archives are built here with libarchive's writer, in memory.
#ifdef SUARA_TEST_SIREKAP_ARCHIVE
namespace {

const std::string rec_a = R"({"chart": {"100025": 1, "100026": 2, "100027": 3}, "administrasi": {"suara_sah": 6}, "psu": null})";
const std::string rec_b = R"({"chart": {"100025": 4, "100026": 5, "100027": 6}, "administrasi": {"suara_sah": 15}, "psu": null})";

enum class pack : unsigned char { zip, tar, tar_gz };

la_ssize_t append_to_string(struct archive*, void* out, const void* b, size_t n) {
    static_cast<std::string*>(out)->append(static_cast<const char*>(b), n);
    return static_cast<la_ssize_t>(n);
}

std::string make_archive(pack p, const std::vector<std::pair<std::string, std::string>>& members) {
    std::string out;
    struct archive* a = archive_write_new();
    if (p == pack::zip) archive_write_set_format_zip(a);
    else archive_write_set_format_pax_restricted(a);
    if (p == pack::tar_gz) archive_write_add_filter_gzip(a);
    archive_write_open(a, &out, nullptr, append_to_string, nullptr);
    for (const auto& [name, text] : members) {
        archive_entry* e = archive_entry_new();
        archive_entry_set_pathname(e, name.c_str());
        archive_entry_set_size(e, static_cast<la_int64_t>(text.size()));
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_write_header(a, e);
        archive_write_data(a, text.data(), text.size());
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
    return out;
}

const std::string dir = "hhcw/ppwp/31/3101/310101/3101011001/";

// A stream of `size` bytes made on the fly: `before`, then `fill` repeated, then `after`
// (a 100 MB line without 100 MB of memory).
class generated_buf : public std::streambuf {
public:
    generated_buf(std::string before, std::size_t fill, std::string after)
        : before_{std::move(before)}, after_{std::move(after)}, fill_{fill} {}

protected:
    int_type underflow() override {
        if (stage_ == 0) {
            stage_ = 1;
            setg(before_.data(), before_.data(), before_.data() + before_.size());
        } else if (stage_ == 1 && fill_ > 0) {
            const std::size_t n = std::min(fill_, chunk_.size());
            fill_ -= n;
            setg(chunk_.data(), chunk_.data(), chunk_.data() + n);
        } else if (stage_ <= 1) {
            stage_ = 2;
            setg(after_.data(), after_.data(), after_.data() + after_.size());
        } else {
            return traits_type::eof();
        }
        return gptr() == egptr() ? underflow() : traits_type::to_int_type(*gptr());
    }

private:
    std::string before_, after_;
    std::string chunk_ = std::string(1 << 16, 'x');
    std::size_t fill_;
    int stage_ = 0;
};

std::string csv_of(const sheet_batch& b) {
    std::ostringstream s;
    io::write_csv(s, b);
    return s.str();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(sirekap_containers)

BOOST_AUTO_TEST_CASE(zip_tar_and_tar_gz_read_each_json_member_as_a_record) {
    for (const pack p : {pack::zip, pack::tar, pack::tar_gz}) {
        const auto bytes = make_archive(p, {{dir + "3101011001001.json", rec_a},
                                            {"README.txt", "not a record"},
                                            {dir + "3101011001002.json", rec_b}});
        const auto r = io::read_sirekap_archive_bytes(bytes, "a.zip");
        BOOST_TEST_CONTEXT(static_cast<int>(p)) {
            BOOST_TEST(r.report.summary.validated == 2U);
            BOOST_TEST(r.report.summary.rejected == 0U);
            BOOST_TEST(r.report.summary.warnings == 1U);  // README.txt skipped
            BOOST_REQUIRE_EQUAL(r.sheets.size(), 2U);
            BOOST_TEST(r.sheets.at(0).tps == tps1);
            BOOST_TEST(r.sheets.at(1).votes[2] == 6U);
            BOOST_TEST(r.sheets.origin(0).file == "a.zip:" + dir + "3101011001001.json");
        }
    }
}

BOOST_AUTO_TEST_CASE(a_bad_member_is_rejected_with_its_name_and_the_rest_kept) {
    const auto bytes = make_archive(pack::tar, {{dir + "3101011001001.json", rec_a},
                                                {dir + "3101011001002.json", R"({"chart": [1]})"},
                                                {dir + "3101011001003.json", rec_b}});
    const auto r = io::read_sirekap_archive_bytes(bytes, "a.tar");
    BOOST_TEST(r.report.summary.validated == 2U);
    BOOST_REQUIRE_EQUAL(r.report.rejections.size(), 1U);
    BOOST_TEST(r.report.rejections[0].source == "a.tar:" + dir + "3101011001002.json");
    BOOST_TEST(r.report.rejections[0].reason == R::not_object);
}

BOOST_AUTO_TEST_CASE(path_traversal_and_absolute_member_names_are_rejected_unread) {
    BOOST_TEST(io::safe_member_name("hhcw/ppwp/1.json"));
    BOOST_TEST(io::safe_member_name("a..b/x.json"));  // ".." only as a whole component
    BOOST_TEST(!io::safe_member_name("../3101011001001.json"));
    BOOST_TEST(!io::safe_member_name("hhcw/../../x.json"));
    BOOST_TEST(!io::safe_member_name("hhcw\\..\\x.json"));
    BOOST_TEST(!io::safe_member_name("/etc/3101011001001.json"));
    BOOST_TEST(!io::safe_member_name("C:/x.json"));
    BOOST_TEST(!io::safe_member_name(""));
    const auto bytes = make_archive(pack::tar, {{"../" + dir + "3101011001001.json", rec_a},
                                                {"/" + dir + "3101011001002.json", rec_a},
                                                {dir + "3101011001003.json", rec_b}});
    const auto r = io::read_sirekap_archive_bytes(bytes, "evil.tar");
    BOOST_TEST(r.report.summary.validated == 1U);
    BOOST_TEST(r.report.summary.rejected == 2U);
    for (const auto& rej : r.report.rejections) BOOST_TEST(rej.reason == R::unsafe_member);
}

BOOST_AUTO_TEST_CASE(a_zip_bomb_stops_at_the_member_limit_and_the_rest_is_read) {
    // 8 MiB of zeros packs to a few KiB; the member limit here is 1 MiB.
    const std::string bomb(8u << 20, '0');
    io::sirekap_stream_limits lim;
    lim.max_member_bytes = 1u << 20;
    for (const pack p : {pack::zip, pack::tar_gz}) {
        const auto bytes = make_archive(p, {{dir + "3101011001001.json", bomb}, {dir + "3101011001002.json", rec_b}});
        BOOST_TEST(bytes.size() < 200'000U);
        const auto r = io::read_sirekap_archive_bytes(bytes, "bomb", {}, lim);
        BOOST_TEST(r.report.summary.validated == 1U);
        BOOST_REQUIRE_EQUAL(r.report.rejections.size(), 1U);
        BOOST_TEST(r.report.rejections[0].reason == R::member_too_large);
        BOOST_TEST(r.report.rejections[0].source == "bomb:" + dir + "3101011001001.json");
    }
    // Under the limit the same member is read (and rejected as not JSON, not as too large).
    const auto small = make_archive(pack::zip, {{dir + "3101011001001.json", std::string(1000, '0')}});
    const auto r = io::read_sirekap_archive_bytes(small, "small", {}, lim);
    BOOST_REQUIRE_EQUAL(r.report.rejections.size(), 1U);
    BOOST_TEST(r.report.rejections[0].reason != R::member_too_large);
}

BOOST_AUTO_TEST_CASE(the_archive_limit_stops_reading_there) {
    io::sirekap_stream_limits lim;
    lim.max_archive_bytes = rec_a.size() + rec_b.size() / 2;
    const auto bytes = make_archive(pack::tar, {{dir + "3101011001001.json", rec_a},
                                                {dir + "3101011001002.json", rec_b},
                                                {dir + "3101011001003.json", rec_b}});
    const auto r = io::read_sirekap_archive_bytes(bytes, "a.tar", {}, lim);
    BOOST_TEST(r.report.summary.validated == 1U);
    BOOST_REQUIRE_EQUAL(r.report.rejections.size(), 1U);
    BOOST_TEST(r.report.rejections[0].reason == R::archive_too_large);
    BOOST_TEST(r.report.rejections[0].source == "a.tar:" + dir + "3101011001002.json");
    const auto all = io::read_sirekap_archive_bytes(bytes, "a.tar");  // the default limit: all read
    BOOST_TEST(all.report.summary.validated == 3U);
}

BOOST_AUTO_TEST_CASE(a_truncated_archive_keeps_the_members_before_the_damage) {
    std::vector<std::pair<std::string, std::string>> members;
    std::uint32_t x = 12345;  // varied padding, so that gzip cannot pack it to nothing
    for (int i = 1; i <= 40; ++i) {
        std::string code = "31010110010" + std::string(i < 10 ? "0" : "") + std::to_string(i);
        std::string pad = rec_a.substr(0, rec_a.size() - 1) + R"(, "pad": ")";
        for (int j = 0; j < 2000; ++j) pad.push_back(static_cast<char>('a' + ((x = x * 1103515245u + 12345u) >> 16) % 26));
        members.emplace_back(dir + code + ".json", pad + "\"}");
    }
    for (const pack p : {pack::tar, pack::tar_gz}) {
        const auto bytes = make_archive(p, members);
        const auto cut = bytes.substr(0, bytes.size() / 2);
        const auto r = io::read_sirekap_archive_bytes(cut, "cut");
        BOOST_TEST_CONTEXT(static_cast<int>(p)) {
            BOOST_TEST(r.report.summary.validated > 5U);
            BOOST_TEST(r.report.summary.validated < 40U);
            BOOST_REQUIRE_EQUAL(r.report.rejections.size(), 1U);
            BOOST_TEST(r.report.rejections[0].reason == R::damaged_archive);
            BOOST_TEST(r.report.rejections[0].source.substr(0, 4) == "cut:");
        }
    }
    // Not an archive at all.
    const auto junk = io::read_sirekap_archive_bytes("this is not an archive", "junk");
    BOOST_TEST(junk.report.summary.rejected == 1U);
    BOOST_TEST(junk.report.summary.validated == 0U);
}

BOOST_AUTO_TEST_CASE(ndjson_lines_in_both_shapes) {
    const std::string text =
        R"({"kode_tps": "3101011001001", "kontes": "ppwp", )" + rec_a.substr(1) + "\n" +
        R"({"3101011001002": {"kontes": "ppwp", )" + rec_b.substr(1) + "}\r\n" +
        "\n" +  // a blank line is no record
        R"({"kode_tps": 3101011001003, )" + rec_b.substr(1) + "\n" +  // no kontes: --kontes
        R"({"3101011001004": {"kontes": "ppwp", "chart": null}})";  // no final newline
    io::sirekap_options o;
    o.default_kontes = kontes::ppwp;
    const auto r = io::read_sirekap_ndjson_text(text, "x.ndjson", o);
    BOOST_TEST(r.report.summary.validated == 4U);
    BOOST_TEST(r.report.summary.rejected == 0U);
    BOOST_REQUIRE_EQUAL(r.sheets.size(), 4U);
    BOOST_TEST(r.sheets.at(0).tps == tps1);
    BOOST_TEST(r.sheets.at(1).votes[0] == 4U);
    BOOST_TEST(r.sheets.at(2).tps == *tps_code::parse("3101011001003"));
    BOOST_TEST(r.sheets.at(3).tps == *tps_code::parse("3101011001004"));
    // Without --kontes the line naming no contest is rejected, with its line number.
    const auto n = io::read_sirekap_ndjson_text(text, "x.ndjson");
    BOOST_TEST(n.report.summary.validated == 3U);
    BOOST_REQUIRE_EQUAL(n.report.rejections.size(), 1U);
    BOOST_TEST(n.report.rejections[0].line == 4U);
    BOOST_TEST(n.report.rejections[0].reason == R::no_line_kontes);
}

BOOST_AUTO_TEST_CASE(a_bad_ndjson_line_is_rejected_with_its_number_and_the_rest_kept) {
    const std::string ok = R"({"3101011001001": {"kontes": "ppwp", )" + rec_a.substr(1) + "}\n";
    const std::vector<std::pair<std::string, const bilingual*>> bad{
        {R"({"kode_tps": "31", "chart": null})", &R::no_line_code},
        {R"({"chart": null})", &R::no_line_code},
        {R"({"kode_tps": "3101011001001", "kontes": "xyz"})", &R::no_line_kontes},
        {R"({"3101011001001": {"kode_tps": "3101011001009"}})", &R::code_mismatch},
        {R"({"kode_tps": "3101011001001", "kontes": "ppwp", "chart": {"100025": 1)", &R::truncated},
        {R"({"3101011001001": {"chart":)", &R::not_json},
        {R"([1, 2])", &R::not_object},
        {R"({"kode_tps": "3101011001001", "kontes": "ppwp", "chart": [1]})", &R::not_object},
    };
    for (const auto& [line, why] : bad) {
        const auto r = io::read_sirekap_ndjson_text(ok + line + "\n" + ok, "x.ndjson");
        BOOST_TEST_CONTEXT(line) {
            BOOST_TEST(r.report.summary.validated == 2U);
            BOOST_REQUIRE_EQUAL(r.report.rejections.size(), 1U);
            BOOST_TEST(r.report.rejections[0].line == 2U);
            BOOST_TEST(r.report.rejections[0].source == "x.ndjson");
            BOOST_TEST(r.report.rejections[0].reason == *why);
        }
    }
}

BOOST_AUTO_TEST_CASE(a_line_of_100_mb_is_rejected_with_its_number_and_the_rest_kept) {
    const std::string ok = R"({"3101011001001": {"kontes": "ppwp", )" + rec_a.substr(1) + "}\n";
    generated_buf buf{ok + R"({"3101011001002": {"x": ")", std::size_t{100} << 20, "\"}}\n" + ok};
    std::istream in{&buf};
    io::sirekap_reader reader;
    io::read_sirekap_ndjson(reader, in, "big.ndjson");
    const auto r = reader.take();
    BOOST_TEST(r.report.summary.validated == 2U);
    BOOST_REQUIRE_EQUAL(r.report.rejections.size(), 1U);
    BOOST_TEST(r.report.rejections[0].line == 2U);
    BOOST_TEST(r.report.rejections[0].reason == R::line_too_long);
    // The limit is the option: a line just at it is read.
    io::sirekap_stream_limits lim;
    lim.max_line_bytes = ok.size() - 1;
    BOOST_TEST(io::read_sirekap_ndjson_text(ok, "x", {}, lim).report.summary.validated == 1U);
    lim.max_line_bytes = ok.size() - 2;
    BOOST_TEST(io::read_sirekap_ndjson_text(ok, "x", {}, lim).report.rejections.at(0).reason == R::line_too_long);
}

BOOST_AUTO_TEST_CASE(input_forms_by_name) {
    using F = io::sirekap_input_form;
    BOOST_TEST((io::sirekap_form_of("-") == F::ndjson));
    BOOST_TEST((io::sirekap_form_of("a.jsonl") == F::ndjson));
    BOOST_TEST((io::sirekap_form_of("a.ndjson") == F::ndjson));
    BOOST_TEST((io::sirekap_form_of("a.tar.gz") == F::archive));
    BOOST_TEST((io::sirekap_form_of("a.tgz") == F::archive));
    BOOST_TEST((io::sirekap_form_of("a.zip") == F::archive));
    BOOST_TEST((io::sirekap_form_of("a.json") == F::tree));
    BOOST_TEST((io::sirekap_form_of("dir") == F::tree));
}

// The 1,000 real records as a tree, a tar.gz, a zip and NDJSON (both shapes): the same sheets.
BOOST_AUTO_TEST_CASE(the_real_records_read_the_same_in_every_form) {
    const fs::path root = fs::path{SUARA_DATA_DIR} / "sirekap";
    const auto tree = io::read_sirekap(root);
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator{root})
        if (e.is_regular_file() && e.path().extension() == ".json") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::vector<std::pair<std::string, std::string>> members;
    std::string ndjson;
    for (std::size_t i = 0; i < files.size(); ++i) {
        std::ifstream in{files[i], std::ios::binary};
        std::string text{std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
        std::replace(text.begin(), text.end(), '\n', ' ');
        members.emplace_back(fs::relative(files[i], root).generic_string(), text);
        const std::string code = files[i].stem().string();
        const auto at = text.find('{');
        if (i % 2 == 0) ndjson += R"({"kode_tps": ")" + code + R"(", "kontes": "ppwp", )" + text.substr(at + 1) + "\n";
        else ndjson += R"({")" + code + R"(": )" + text + "}\n";
    }
    const std::string want = csv_of(tree.sheets);
    BOOST_TEST(tree.sheets.size() == 1000U);
    for (const pack p : {pack::tar_gz, pack::zip}) {
        const auto r = io::read_sirekap_archive_bytes(make_archive(p, members), "all");
        BOOST_TEST(r.report.summary.validated == 1000U);
        BOOST_TEST(csv_of(r.sheets) == want);
    }
    io::sirekap_options o;
    o.default_kontes = kontes::ppwp;  // the wrapped half names no contest: --kontes
    const auto n = io::read_sirekap_ndjson_text(ndjson, "all.ndjson", o);
    BOOST_TEST(n.report.summary.validated == 1000U);
    BOOST_TEST(n.report.summary.rejected == 0U);
    BOOST_TEST(csv_of(n.sheets) == want);
}

BOOST_AUTO_TEST_SUITE_END()
#endif  // SUARA_TEST_SIREKAP_ARCHIVE

// ---------------------------------------------------------------------------------------------
// Legislative records (io/sirekap_legislative.hpp: pdpr, pdprdp, pdprdk per docs/sources.md#legislative-sheets;
// pdpd like ppwp) and the candidate lists (io/candidate_list.hpp).
#include <suara/io/candidate_list.hpp>

namespace {

// A §10.7 DPR record: two parties (keys out of order, Sirekap's stray "null"), their candidates,
// every administrasi figure (the DPK row as pengguna_non_dpt_*), kode_dapil, photos, psu, ts and
// the status keys this reader does not use.
const std::string pdpr_rec =
    R"({"chart":{"2":{"jml_suara_partai":5,"jml_suara_total":25},"null":null,"1":{"jml_suara_total":40,"jml_suara_partai":10}},)"
    R"("caleg":{"1":{"100283":12,"100281":8,"100282":10},"2":{"101121":20}},)"
    R"("administrasi":{"suara_sah":65,"suara_tidak_sah":3,"suara_total":68,"pemilih_dpt_j":200,"pemilih_dpt_l":100,)"
    R"("pemilih_dpt_p":100,"pengguna_dpt_j":60,"pengguna_dpt_l":30,"pengguna_dpt_p":30,"pengguna_dptb_j":5,)"
    R"("pengguna_dptb_l":2,"pengguna_dptb_p":3,"pengguna_non_dpt_j":3,"pengguna_non_dpt_l":1,"pengguna_non_dpt_p":2,)"
    R"("pengguna_total_j":68,"pengguna_total_l":33,"pengguna_total_p":35},)"
    R"("kode_dapil":"3101","images":["https://x/a.jpg","https://x/b.jpg"],"psu":null,"ts":"2024-02-15 10:00:00",)"
    R"("status_suara":true,"status_adm":false})";
// A DPD record: votes per candidate id, one of them null.
const std::string pdpd_rec =
    R"({"chart":{"null":null,"900003":7,"900001":5,"900002":null},"administrasi":{"suara_sah":12},"psu":"Pemungutan Suara Ulang","ts":"t"})";

io::sirekap_result leg(std::string_view json, kontes k = kontes::pdpr, io::sirekap_options o = {}) {
    return io::read_sirekap_json(json, tps1, k, "x.json", std::move(o));
}

// Sirekap's lists for dapil 3101 (ids not ascending with nomor urut, so the list is seen to
// decide) and DPD province 31, and partai.json.
const std::string partai_json =
    R"({"1":{"ts":"2024-02-17 16:00:02","id_partai":100001,"id_pilihan":1,"is_aceh":false,"nama":"PKB",)"
    R"("nama_lengkap":"Partai Kebangkitan Bangsa","nomor_urut":1,"warna":"#00764A"},"2":{"nama":"Gerindra","nomor_urut":2}})";
const std::string caleg_3101 =
    R"({"1":{"100281":{"nama":"A SATU","nomor_urut":3,"jenis_kelamin":"L","tempat_tinggal":"X"},)"
    R"("100282":{"nama":"B DUA","nomor_urut":1,"jenis_kelamin":"P","tempat_tinggal":"X"},)"
    R"("100283":{"nama":"C TIGA","nomor_urut":2,"jenis_kelamin":"L","tempat_tinggal":"X"},)"
    R"("100284":{"nama":"D EMPAT","nomor_urut":4,"jenis_kelamin":"P","tempat_tinggal":"X"}},)"
    R"("2":{"101121":{"nama":"E LIMA","nomor_urut":1}}})";
const std::string caleg_dpd_31 =
    R"({"900001":{"nama":"P","nomor_urut":2},"900002":{"nama":"Q","nomor_urut":3},"900003":{"nama":"R","nomor_urut":1}})";

std::shared_ptr<const io::candidate_list> lists() {
    io::candidate_list_reader r;
    r.read_partai_json(partai_json, "partai.json");
    r.read_caleg_partai_json(caleg_3101, "3101", "partai/3101.json");
    r.read_caleg_dpd_json(caleg_dpd_31, "31", "dpd/31.json");
    BOOST_TEST(r.result().report.summary.rejected == 0U);
    return std::make_shared<const io::candidate_list>(r.take().list);
}

void expect_pdpr_row(const legislative_sheet& s) {
    BOOST_TEST(s.dapil() == "3101");
    BOOST_TEST(s.figure(field::suara_sah) == 65U);
    BOOST_TEST(s.figure(field::suara_tidak_sah) == 3U);
    BOOST_TEST(s.figure(field::suara_total) == 68U);
    BOOST_TEST(s.figure(field::pemilih_dpt_l) == 100U);
    BOOST_TEST(s.figure(field::pengguna_dptb_p) == 3U);
    BOOST_TEST(s.figure(field::pengguna_dpk_j) == 3U);  // pengguna_non_dpt_j
    BOOST_TEST(s.figure(field::pengguna_dpk_p) == 2U);
    BOOST_TEST(s.figure(field::pengguna_total_p) == 35U);
    BOOST_TEST(s.figure(field::surat_diterima) == missing_figure);  // not published: missing
    BOOST_REQUIRE_EQUAL(s.party_count(), 2U);
    BOOST_TEST(s.party_at(0).value() == 1U);
    BOOST_TEST(s.party_figure(0) == 10U);
    BOOST_TEST(s.party_total(0) == 40U);
    BOOST_REQUIRE_EQUAL(s.party_candidate_count(0), 3U);
    BOOST_TEST(s.party_candidate_figure(0, 0) == 8U);  // ids ascending: 100281 is nomor urut 1
    BOOST_TEST(s.party_candidate_figure(0, 1) == 10U);
    BOOST_TEST(s.party_candidate_figure(0, 2) == 12U);
    BOOST_TEST(s.party_at(1).value() == 2U);
    BOOST_TEST(s.party_figure(1) == 5U);
    BOOST_TEST(s.party_total(1) == 25U);
    BOOST_REQUIRE_EQUAL(s.party_candidate_count(1), 1U);
    BOOST_TEST(s.party_candidate_figure(1, 0) == 20U);
    BOOST_TEST(s.candidate_count() == 0U);
}

std::string leg_dir(kontes k) { return "pemilu/hhcw/" + std::string{to_string(k)} + "/31/3101/310101/3101011001/"; }

}  // namespace

BOOST_AUTO_TEST_SUITE(sirekap_legislative)

BOOST_AUTO_TEST_CASE(a_pdpr_record_of_reference_10_7_is_read_with_every_figure_in_place) {
    for (const kontes k : {kontes::pdpr, kontes::pdprdp, kontes::pdprdk}) {
        const auto r = leg(pdpr_rec, k);
        BOOST_TEST_CONTEXT(to_string(k)) {
            BOOST_TEST(r.report.summary.validated == 1U);
            BOOST_TEST(r.report.summary.rejected == 0U);
            BOOST_TEST(r.sheets.size() == 0U);  // not a PPWP-shaped sheet
            BOOST_REQUIRE_EQUAL(r.legislative.size(), 1U);
            const legislative_sheet s = r.legislative.at(0);
            BOOST_TEST(s.code() == tps1);
            BOOST_TEST((s.kontes_code() == k));
            expect_pdpr_row(s);
            BOOST_REQUIRE_EQUAL(r.legislative_psu.size(), 1U);
            BOOST_TEST((r.legislative_psu[0] == io::psu_status::none));
            const auto o = r.legislative.administration().origin(0);
            BOOST_TEST(o.file == "x.json");
            BOOST_TEST(o.ts == "2024-02-15 10:00:00");
            BOOST_TEST(o.images == "https://x/a.jpg\nhttps://x/b.jpg\n");
            // Without a candidate list the nomor urut are an assumption, said once.
            BOOST_REQUIRE_EQUAL(r.report.warnings.size(), 1U);
            BOOST_TEST(r.report.warnings[0].message == R::ascending_caleg_ids);
            BOOST_TEST(r.report.warnings[0].value == to_string(k));
        }
    }
}

BOOST_AUTO_TEST_CASE(a_pdpd_record_has_votes_per_candidate) {
    const auto r = leg(pdpd_rec, kontes::pdpd);
    BOOST_TEST(r.report.summary.validated == 1U);
    BOOST_REQUIRE_EQUAL(r.legislative.size(), 1U);
    const auto s = r.legislative.at(0);
    BOOST_TEST(s.party_count() == 0U);
    BOOST_TEST(s.dapil() == "");  // absent: empty
    BOOST_REQUIRE_EQUAL(s.candidate_count(), 3U);
    BOOST_TEST(s.candidate_figure(0) == 5U);
    BOOST_TEST(s.candidate_figure(1) == missing_figure);  // null: missing, not zero
    BOOST_TEST(s.candidate_figure(2) == 7U);
    BOOST_TEST(s.figure(field::suara_sah) == 12U);
    BOOST_TEST((r.legislative_psu[0] == io::psu_status::pemungutan_suara_ulang));
    // With the province's list, ids map by it.
    io::sirekap_options o;
    o.caleg = lists();
    const auto m = leg(pdpd_rec, kontes::pdpd, o);
    const auto t = m.legislative.at(0);
    BOOST_TEST(t.candidate_figure(0) == 7U);  // 900003 is nomor urut 1
    BOOST_TEST(t.candidate_figure(1) == 5U);
    BOOST_TEST(t.candidate_figure(2) == missing_figure);
    BOOST_TEST(m.report.warnings.size() == 0U);
}

BOOST_AUTO_TEST_CASE(nulls_are_missing_never_zero) {
    {  // the whole chart and administrasi null: no party known, every figure missing
        const auto r = leg(R"({"chart":null,"administrasi":null,"caleg":null})");
        BOOST_REQUIRE_EQUAL(r.legislative.size(), 1U);
        const auto s = r.legislative.at(0);
        BOOST_TEST(s.party_count() == 0U);
        for (std::size_t f = 0; f < field_count; ++f) BOOST_TEST(s.figure(static_cast<field>(f)) == missing_figure);
        BOOST_TEST(r.report.warnings.size() == 0U);
    }
    {  // a party null, a figure null, a party without caleg (0 candidates known), a candidate null
        const auto r = leg(R"({"chart":{"1":null,"2":{"jml_suara_total":null,"jml_suara_partai":0},"3":{"jml_suara_total":4}},)"
                           R"("caleg":{"2":{"200":null},"1":null}})");
        BOOST_REQUIRE_EQUAL(r.legislative.size(), 1U);
        const auto s = r.legislative.at(0);
        BOOST_REQUIRE_EQUAL(s.party_count(), 3U);
        BOOST_TEST(s.party_figure(0) == missing_figure);
        BOOST_TEST(s.party_total(0) == missing_figure);
        BOOST_TEST(s.party_candidate_count(0) == 0U);
        BOOST_TEST(s.party_figure(1) == 0U);  // a written 0 stays 0
        BOOST_TEST(s.party_total(1) == missing_figure);
        BOOST_REQUIRE_EQUAL(s.party_candidate_count(1), 1U);
        BOOST_TEST(s.party_candidate_figure(1, 0) == missing_figure);
        BOOST_TEST(s.party_total(2) == 4U);
        BOOST_TEST(s.party_figure(2) == missing_figure);
        BOOST_TEST(s.party_candidate_count(2) == 0U);
    }
    {  // chart null but caleg given: the parties are caleg's, their party figures missing
        const auto r = leg(R"({"chart":null,"caleg":{"4":{"7":3}}})");
        const auto s = r.legislative.at(0);
        BOOST_REQUIRE_EQUAL(s.party_count(), 1U);
        BOOST_TEST(s.party_at(0).value() == 4U);
        BOOST_TEST(s.party_total(0) == missing_figure);
        BOOST_TEST(s.party_candidate_figure(0, 0) == 3U);
    }
    {  // DPD: chart null, no candidate known
        const auto r = leg(R"({"chart":null})", kontes::pdpd);
        BOOST_TEST(r.legislative.at(0).candidate_count() == 0U);
    }
}

BOOST_AUTO_TEST_CASE(keys_in_any_order_give_the_same_row) {
    const std::string shuffled =
        R"({"status_adm":false,"ts":"2024-02-15 10:00:00","kode_dapil":"3101","psu":null,)"
        R"("administrasi":{"pengguna_total_p":35,"pengguna_total_l":33,"pengguna_total_j":68,"pengguna_non_dpt_p":2,)"
        R"("pengguna_non_dpt_l":1,"pengguna_non_dpt_j":3,"pengguna_dptb_p":3,"pengguna_dptb_l":2,"pengguna_dptb_j":5,)"
        R"("pengguna_dpt_p":30,"pengguna_dpt_l":30,"pengguna_dpt_j":60,"pemilih_dpt_p":100,"pemilih_dpt_l":100,)"
        R"("pemilih_dpt_j":200,"suara_total":68,"suara_tidak_sah":3,"suara_sah":65},)"
        R"("caleg":{"2":{"101121":20},"1":{"100282":10,"100281":8,"100283":12}},)"
        R"("images":["https://x/a.jpg","https://x/b.jpg"],)"
        R"("chart":{"1":{"jml_suara_partai":10,"jml_suara_total":40},"2":{"jml_suara_total":25,"jml_suara_partai":5}}})";
    const auto a = leg(pdpr_rec);
    const auto b = leg(shuffled);
    BOOST_REQUIRE_EQUAL(b.legislative.size(), 1U);
    expect_pdpr_row(b.legislative.at(0));
    BOOST_TEST((a.legislative.at(0) == b.legislative.at(0)));
}

BOOST_AUTO_TEST_CASE(unknown_keys_are_tolerated_and_counted_once_each) {
    const std::string rec = R"({"chart":{"1":{"jml_suara_total":4,"warna":"#fff"}},"administrasi":{"suara_sah":4,"foo":1},"extra":[1]})";
    io::sirekap_reader r;
    BOOST_TEST(r.parse(rec, tps1, kontes::pdpr, "a.json"));
    BOOST_TEST(r.parse(rec, tps1, kontes::pdpr, "b.json"));
    const auto& res = r.result();
    BOOST_TEST(res.legislative.size() == 2U);
    BOOST_REQUIRE_EQUAL(res.report.warnings.size(), 2U);  // once per key, not per record
    BOOST_TEST(res.report.warnings[0].message == R::unknown_party_key);
    BOOST_TEST(res.report.warnings[0].column == "warna");
    BOOST_TEST(res.report.warnings[1].message == R::unknown_key);
    BOOST_TEST(res.report.warnings[1].column == "foo");
    BOOST_TEST(res.legislative.at(0).party_total(0) == 4U);
}

BOOST_AUTO_TEST_CASE(ppwp_records_are_read_as_before_beside_legislative_ones) {
    io::sirekap_reader r;
    BOOST_TEST(r.parse(R"({"chart":{"100025":1,"100026":2,"100027":3}})", tps1, kontes::ppwp, "p.json"));
    BOOST_TEST(r.parse(pdpr_rec, tps1, kontes::pdpr, "l.json"));
    BOOST_TEST(r.result().sheets.size() == 1U);
    BOOST_TEST(r.result().psu.size() == 1U);
    BOOST_TEST(r.result().legislative.size() == 1U);
    BOOST_TEST(r.result().report.summary.validated == 2U);
}

BOOST_AUTO_TEST_CASE(a_candidate_list_maps_ids_to_nomor_urut) {
    io::sirekap_options o;
    o.caleg = lists();
    const auto r = leg(pdpr_rec, kontes::pdpr, o);
    BOOST_TEST(r.report.warnings.size() == 0U);  // no assumption made
    BOOST_REQUIRE_EQUAL(r.legislative.size(), 1U);
    const auto s = r.legislative.at(0);
    BOOST_REQUIRE_EQUAL(s.party_candidate_count(0), 4U);  // the list has 4, the record 3
    BOOST_TEST(s.party_candidate_figure(0, 0) == 10U);  // 100282 is nomor urut 1
    BOOST_TEST(s.party_candidate_figure(0, 1) == 12U);  // 100283
    BOOST_TEST(s.party_candidate_figure(0, 2) == 8U);   // 100281
    BOOST_TEST(s.party_candidate_figure(0, 3) == missing_figure);  // listed, not in the record
    BOOST_TEST(s.party_candidate_figure(1, 0) == 20U);
    // A dapil the list does not cover falls back to the assumption, said.
    std::string other = pdpr_rec;
    other.replace(other.find("\"3101\""), 6, "\"3102\"");
    const auto f = leg(other, kontes::pdpr, o);
    BOOST_TEST(f.legislative.at(0).party_candidate_figure(0, 0) == 8U);
    BOOST_REQUIRE_EQUAL(f.report.warnings.size(), 1U);
    BOOST_TEST(f.report.warnings[0].message == R::ascending_caleg_ids);
    // The assumption switched off: such a record is rejected, not guessed.
    o.caleg_by_ascending_id = false;
    const auto g = leg(other, kontes::pdpr, o);
    BOOST_TEST(g.legislative.size() == 0U);
    BOOST_REQUIRE_EQUAL(g.report.rejections.size(), 1U);
    BOOST_TEST(g.report.rejections[0].reason == R::no_caleg_list);
    BOOST_TEST(leg(pdpr_rec, kontes::pdpr, o).legislative.size() == 1U);  // the listed dapil still reads
}

BOOST_AUTO_TEST_CASE(candidates_are_labelled_with_and_without_a_list) {
    const auto l = lists();
    BOOST_TEST(l->party_name(party_number{1}).value_or("") == "PKB");
    BOOST_TEST(!l->party_name(party_number{3}).has_value());
    BOOST_TEST(l->size() == 8U);
    BOOST_TEST(io::candidate_label(l.get(), "3101", party_number{1}, 100281) == "PKB, nomor urut 3, A SATU");
    BOOST_TEST(io::candidate_label(l.get(), "3101", party_number{1}, 100281, lang::en) == "PKB, ballot number 3, A SATU");
    BOOST_TEST(io::candidate_label(nullptr, "3101", party_number{1}, 100123) == "partai 1, calon 100123");
    BOOST_TEST(io::candidate_label(nullptr, "3101", party_number{1}, 100123, lang::en) == "party 1, candidate 100123");
    BOOST_TEST(io::candidate_label(l.get(), "3101", party_number{1}, 999) == "PKB, calon 999");
    BOOST_TEST(io::nomor_urut_label(l.get(), "3101", party_number{2}, 1) == "Gerindra, nomor urut 1, E LIMA");
    BOOST_TEST(io::nomor_urut_label(nullptr, "3101", party_number{2}, 1, lang::en) == "party 2, ballot number 1");
    BOOST_TEST(io::candidate_label(l.get(), "31", party_number{0}, 900003) == "nomor urut 1, R");
    BOOST_TEST(io::candidate_label(nullptr, "31", party_number{0}, 900003, lang::en) == "candidate 900003");
}

BOOST_AUTO_TEST_CASE(candidate_lists_are_read_from_sirekap_files) {
    scratch_dir d;
    d.write("pemilu/partai.json", partai_json);
    d.write("pemilu/caleg/partai/3101.json", caleg_3101);
    d.write("pemilu/caleg/dpd/31.json", caleg_dpd_31);
    const auto r = io::read_candidate_list(d.root);
    BOOST_TEST(r.report.summary.validated == 10U);  // 2 parties, 8 candidates
    BOOST_TEST(r.report.summary.rejected == 0U);
    BOOST_TEST(r.list.find("3101", party_number{1}, 100282)->nomor_urut == 1U);
    BOOST_TEST(r.list.find("31", party_number{0}, 900001)->nama == "P");
    BOOST_TEST(r.list.candidate_count("3101", party_number{1}) == 4U);
    BOOST_TEST(r.list.has_dapil("3101"));
    BOOST_TEST(!r.list.has_dapil("31"));  // a DPD list is no party list of that code
}

BOOST_AUTO_TEST_CASE(hostile_candidate_lists_are_rejected_with_place_and_the_rest_kept) {
    struct bad_case {
        std::string json;
        std::string column, value;
        const bilingual* reason;
    };
    const std::vector<bad_case> cases{
        {R"({"1":{"7":{"nama":"A","nomor_urut":1}},"25":{}})", "25", "25", &R::bad_party_number},
        {R"({"1":{"7":{"nama":"A","nomor_urut":1},"x7":{"nomor_urut":2}}})", "1.x7", "x7", &R::bad_candidate_id},
        {R"({"1":{"7":{"nama":"A","nomor_urut":1},"8":[1]}})", "1.8", "[...]", &R::not_object},
        {R"({"1":{"7":{"nama":"A","nomor_urut":1},"8":{"nomor_urut":13}}})", "1.8.nomor_urut", "13", &R::bad_nomor_urut},
        {R"({"1":{"7":{"nama":"A","nomor_urut":1},"8":{"nomor_urut":"2"}}})", "1.8.nomor_urut", "2", &R::bad_nomor_urut},
        {R"({"1":{"7":{"nama":"A","nomor_urut":1},"8":{}}})", "1.8.nomor_urut", "", &R::bad_nomor_urut},
        {R"({"1":{"7":{"nama":"A","nomor_urut":1},"8":{"nomor_urut":1}}})", "1.8.nomor_urut", "1", &R::duplicate_nomor_urut},
        {R"({"1":{"7":{"nama":"A","nomor_urut":1},"8":{"nama":5,"nomor_urut":2}}})", "1.8.nama", "5", &R::bad_name},
        {R"({"1":{"7":{"nama":"A","nomor_urut":1}},"2":7})", "2", "7", &R::not_object},
    };
    for (const auto& c : cases) {
        io::candidate_list_reader r;
        r.read_caleg_partai_json(c.json, "3101", "partai/3101.json");
        const auto& res = r.result();
        BOOST_TEST_CONTEXT(c.json) {
            BOOST_TEST(res.report.summary.balanced());
            BOOST_TEST(res.report.summary.validated == 1U);  // candidate 7 kept
            BOOST_TEST(res.list.find("3101", party_number{1}, 7) != nullptr);
            BOOST_REQUIRE_EQUAL(res.report.rejections.size(), 1U);
            BOOST_TEST(res.report.rejections[0].source == "partai/3101.json");
            BOOST_TEST(res.report.rejections[0].column == c.column);
            BOOST_TEST(res.report.rejections[0].value == c.value);
            BOOST_TEST(*c.reason == res.report.rejections[0].reason);
        }
    }
    {  // whole files: not JSON, truncated, not an object; a DPD nomor urut beyond 64; partai.json's
       // nomor_urut against its key; a file that is no list
        io::candidate_list_reader r;
        r.read_caleg_partai_json("kode,nama", "3101", "a.json");
        r.read_caleg_partai_json(R"({"1":{"7":)", "3101", "b.json");
        r.read_caleg_partai_json("[1]", "3101", "c.json");
        r.read_caleg_dpd_json(R"({"9":{"nomor_urut":65},"10":{"nomor_urut":64}})", "31", "dpd/31.json");
        r.read_partai_json(R"({"1":{"nama":"PKB","nomor_urut":2},"2":{"nama":"G","nomor_urut":2}})", "partai.json");
        r.read_caleg_partai_json("{}", "bad dapil", "d.json");
        r.read_file("/nonexistent/readme.json");
        const auto& res = r.result();
        BOOST_TEST(res.report.summary.balanced());
        BOOST_TEST(res.report.summary.validated == 2U);  // DPD 10, party 2
        BOOST_REQUIRE_EQUAL(res.report.rejections.size(), 7U);
        BOOST_TEST(res.report.rejections[0].reason == R::not_json);
        BOOST_TEST(res.report.rejections[1].reason == R::truncated);
        BOOST_TEST(res.report.rejections[2].reason == R::not_object);
        BOOST_TEST(res.report.rejections[3].reason == R::bad_dpd_nomor_urut);
        BOOST_TEST(res.report.rejections[3].column == "9.nomor_urut");
        BOOST_TEST(res.report.rejections[4].reason == R::party_number_mismatch);
        BOOST_TEST(res.report.rejections[4].column == "1.nomor_urut");
        BOOST_TEST(res.report.rejections[5].reason == R::bad_dapil);
        BOOST_TEST(res.report.rejections[6].reason == R::not_a_list_file);
        BOOST_TEST(io::to_string(res.report.rejections[6], lang::en) ==
                   "/nonexistent/readme.json: value \"readme.json\": not a candidate list file (partai.json, "
                   "partai/<dapil>.json, dpd/<provinsi>.json)");
        BOOST_TEST(res.list.party_name(party_number{2}).value_or("") == "G");
    }
    // The type refuses what the reader refuses.
    io::candidate_list l;
    BOOST_CHECK_THROW(l.add_party(party_number{25}, "X"), std::invalid_argument);
    BOOST_CHECK_THROW(l.add_candidate("3101", party_number{1}, 1, 13), std::invalid_argument);
    BOOST_CHECK_THROW(l.add_candidate("31", party_number{0}, 1, 65), std::invalid_argument);
    l.add_candidate("3101", party_number{1}, 1, 1);
    BOOST_CHECK_THROW(l.add_candidate("3101", party_number{1}, 1, 2), std::invalid_argument);
    BOOST_CHECK_THROW(l.add_candidate("3101", party_number{1}, 2, 1), std::invalid_argument);
    BOOST_CHECK_THROW(l.add_candidate("bad dapil", party_number{1}, 3, 3), std::invalid_argument);
}

#ifdef SUARA_TEST_SIREKAP_ARCHIVE
// The same records as a folder tree, an NDJSON text and archives: the same legislative rows.
BOOST_AUTO_TEST_CASE(ndjson_and_archives_give_the_folders_legislative_rows) {
    const std::vector<std::pair<std::string, std::string>> recs{
        {leg_dir(kontes::pdpd) + "3101011001003.json", pdpd_rec},  // in sorted path order, as a folder reads
        {leg_dir(kontes::pdpr) + "3101011001001.json", pdpr_rec},
        {leg_dir(kontes::pdpr) + "3101011001002.json", R"({"chart":{"1":[1]}})"},  // rejected
        {leg_dir(kontes::ppwp) + "3101011001004.json", rec_a}};
    scratch_dir d;
    std::string ndjson;
    for (const auto& [path, text] : recs) {
        d.write(path, text);
        const std::string code = fs::path{path}.stem().string();
        const std::string k = fs::path{path}.parent_path().parent_path().parent_path().parent_path().parent_path().filename().string();
        ndjson += R"({"kode_tps":")" + code + R"(","kontes":")" + k + R"(",)" + text.substr(1) + "\n";
    }
    const auto tree = io::read_sirekap(d.root);
    BOOST_TEST(tree.report.summary.validated == 3U);
    BOOST_TEST(tree.report.summary.rejected == 1U);
    BOOST_TEST(tree.sheets.size() == 1U);
    BOOST_REQUIRE_EQUAL(tree.legislative.size(), 2U);
    expect_pdpr_row(tree.legislative.at(1));
    BOOST_TEST(tree.legislative.administration().origin(1).file == (d.root / recs[1].first).string());
    const auto same_rows = [&](const io::sirekap_result& r) {
        BOOST_TEST(r.report.summary == tree.report.summary);
        BOOST_REQUIRE_EQUAL(r.legislative.size(), tree.legislative.size());
        for (std::size_t i = 0; i < r.legislative.size(); ++i) BOOST_TEST((r.legislative.at(i) == tree.legislative.at(i)));
        BOOST_TEST(r.legislative_psu == tree.legislative_psu);
        BOOST_TEST(r.legislative.administration().origin(1).ts == "2024-02-15 10:00:00");
    };
    const auto n = io::read_sirekap_ndjson_text(ndjson, "x.ndjson");
    same_rows(n);
    BOOST_REQUIRE_EQUAL(n.report.rejections.size(), 1U);
    BOOST_TEST(n.report.rejections[0].line == 3U);
    BOOST_TEST(n.report.rejections[0].column == "chart.1");
    for (const pack p : {pack::zip, pack::tar_gz}) {
        const auto a = io::read_sirekap_archive_bytes(make_archive(p, recs), "a.zip");
        same_rows(a);
        BOOST_TEST(a.legislative.administration().origin(0).file == "a.zip:" + recs[0].first);
        BOOST_REQUIRE_EQUAL(a.report.rejections.size(), 1U);
        BOOST_TEST(a.report.rejections[0].source == "a.zip:" + recs[2].first);
    }
}
#endif

BOOST_AUTO_TEST_SUITE_END()

// ---- docs/errors.md, "Sirekap legislative records": one case per row. The bad record sits
// between two good DPR records of a folder tree; the message is asserted in both languages and
// the good records were read with their figures.
namespace {

void legislative_row(const std::string& json, kontes k, std::string_view id_tail, std::string_view en_tail,
                     io::sirekap_options o = {}) {
    scratch_dir d;
    d.write(leg_dir(kontes::pdpr) + "3101011001001.json", pdpr_rec);
    d.write(leg_dir(k) + "3101011001002.json", json);
    d.write(leg_dir(kontes::pdpr) + "3101011001003.json", pdpr_rec);
    const bool listed = o.caleg != nullptr;  // the good records then map by the list
    const auto r = io::read_sirekap(d.root, std::move(o));
    const std::string source = (d.root / (leg_dir(k) + "3101011001002.json")).string();
    BOOST_TEST(r.report.summary.balanced());
    BOOST_TEST(r.report.summary.validated == 2U);
    BOOST_TEST(r.report.summary.rejected == 1U);
    BOOST_REQUIRE_EQUAL(r.legislative.size(), 2U);
    for (std::size_t i = 0; i < 2; ++i) {
        if (!listed) expect_pdpr_row(r.legislative.at(i));
        BOOST_TEST(r.legislative.at(i).figure(field::suara_sah) == 65U);
        BOOST_TEST(r.legislative.row(i).party_total(0) == 40U);
    }
    BOOST_TEST(to_string(r.legislative.at(1).code()) == "3101011001003");
    BOOST_REQUIRE_EQUAL(r.report.rejections.size(), 1U);
    BOOST_TEST(io::to_string(r.report.rejections[0], lang::id) == source + std::string{id_tail});
    BOOST_TEST(io::to_string(r.report.rejections[0], lang::en) == source + std::string{en_tail});
}

// `n` members "1":1, "2":1, ... (appended, not chained +: g++ 12 -O3 warns falsely, -Wrestrict)
std::string numbered_ones(int n) {
    std::string c;
    for (int i = 1; i <= n; ++i) {
        if (i > 1) c.push_back(',');
        c.push_back('"');
        c.append(std::to_string(i)).append("\":1");
    }
    return c;
}
std::string twelve_plus_one() { return std::string{R"({"chart":{"1":null},"caleg":{"1":{)"}.append(numbered_ones(13)).append("}}}"); }
std::string dpd_65() { return std::string{R"({"chart":{)"}.append(numbered_ones(65)).append("}}"); }

}  // namespace

BOOST_AUTO_TEST_SUITE(legislative_error_table)

BOOST_AUTO_TEST_CASE(leg_party_entry_not_an_object) {
    legislative_row(R"({"chart":{"1":[1,2]}})", kontes::pdpr, ": kolom chart.1, nilai \"[...]\": harus berupa objek JSON",
                    ": column chart.1, value \"[...]\": must be a JSON object");
}
BOOST_AUTO_TEST_CASE(leg_total_not_an_integer) {
    legislative_row(R"({"chart":{"1":{"jml_suara_total":"12"}}})", kontes::pdpr,
                    ": kolom chart.1.jml_suara_total, nilai \"12\": tipe JSON salah: harus bilangan bulat atau null",
                    ": column chart.1.jml_suara_total, value \"12\": wrong JSON type: must be an integer or null");
}
BOOST_AUTO_TEST_CASE(leg_party_number_out_of_range) {
    legislative_row(R"({"chart":{"25":{"jml_suara_total":1}}})", kontes::pdpr, ": kolom chart, nilai \"25\": nomor partai harus bilangan 1..24",
                    ": column chart, value \"25\": party number must be a number 1..24");
    legislative_row(R"({"chart":{"0":null}})", kontes::pdprdk, ": kolom chart, nilai \"0\": nomor partai harus bilangan 1..24",
                    ": column chart, value \"0\": party number must be a number 1..24");
    legislative_row(R"({"chart":{"01":null}})", kontes::pdpr, ": kolom chart, nilai \"01\": nomor partai harus bilangan 1..24",
                    ": column chart, value \"01\": party number must be a number 1..24");
    legislative_row(R"({"chart":{"1":null},"caleg":{"PKB":{}}})", kontes::pdpr, ": kolom caleg, nilai \"PKB\": nomor partai harus bilangan 1..24",
                    ": column caleg, value \"PKB\": party number must be a number 1..24");
}
BOOST_AUTO_TEST_CASE(leg_too_many_party_candidates) {
    legislative_row(twelve_plus_one(), kontes::pdprdp, ": kolom caleg.1, nilai \"13\": terlalu banyak calon",
                    ": column caleg.1, value \"13\": too many candidates");
}
BOOST_AUTO_TEST_CASE(leg_too_many_dpd_candidates) {
    legislative_row(dpd_65(), kontes::pdpd, ": kolom chart, nilai \"65\": terlalu banyak calon", ": column chart, value \"65\": too many candidates");
}
BOOST_AUTO_TEST_CASE(leg_candidate_id_not_a_number) {
    legislative_row(R"({"chart":{"1":null},"caleg":{"1":{"10a":3}}})", kontes::pdpr, ": kolom caleg.1, nilai \"10a\": id calon bukan angka",
                    ": column caleg.1, value \"10a\": candidate id is not a number");
    legislative_row(R"({"chart":{"x1":3}})", kontes::pdpd, ": kolom chart, nilai \"x1\": id calon bukan angka",
                    ": column chart, value \"x1\": candidate id is not a number");
}
BOOST_AUTO_TEST_CASE(leg_caleg_for_a_party_not_in_chart) {
    legislative_row(R"({"chart":{"1":null},"caleg":{"3":{"7":1}}})", kontes::pdpr,
                    ": kolom caleg, nilai \"3\": caleg untuk partai yang tidak ada di chart", ": column caleg, value \"3\": caleg for a party not in chart");
}
BOOST_AUTO_TEST_CASE(leg_caleg_not_an_object) {
    legislative_row(R"({"chart":null,"caleg":[1]})", kontes::pdpr, ": kolom caleg, nilai \"[...]\": harus berupa objek JSON",
                    ": column caleg, value \"[...]\": must be a JSON object");
    legislative_row(R"({"chart":{"1":null},"caleg":{"1":5}})", kontes::pdpr, ": kolom caleg.1, nilai \"5\": harus berupa objek JSON",
                    ": column caleg.1, value \"5\": must be a JSON object");
}
BOOST_AUTO_TEST_CASE(leg_candidate_votes_negative) {
    legislative_row(R"({"chart":{"1":null},"caleg":{"1":{"7":-3}}})", kontes::pdpr, ": kolom caleg.1.7, nilai \"-3\": bilangan negatif",
                    ": column caleg.1.7, value \"-3\": negative number");
}
BOOST_AUTO_TEST_CASE(leg_bad_kode_dapil) {
    legislative_row(R"({"kode_dapil":3101})", kontes::pdpr,
                    ": kolom kode_dapil, nilai \"3101\": kode_dapil harus teks ASCII tercetak, paling panjang 15",
                    ": column kode_dapil, value \"3101\": kode_dapil must be printable ASCII text of at most 15 bytes");
    legislative_row(R"({"kode_dapil":"31 01"})", kontes::pdpr,
                    ": kolom kode_dapil, nilai \"31 01\": kode_dapil harus teks ASCII tercetak, paling panjang 15",
                    ": column kode_dapil, value \"31 01\": kode_dapil must be printable ASCII text of at most 15 bytes");
}
BOOST_AUTO_TEST_CASE(leg_candidate_not_in_the_list) {
    io::sirekap_options o;
    o.caleg = lists();
    legislative_row(R"({"kode_dapil":"3101","chart":{"1":null},"caleg":{"1":{"999":1}}})", kontes::pdpr,
                    ": kolom caleg.1, nilai \"999\": id calon tidak ada di daftar calon partai dan dapil ini",
                    ": column caleg.1, value \"999\": candidate id not in the candidate list of this party and dapil", o);
}
BOOST_AUTO_TEST_CASE(leg_no_list_and_no_assumption) {
    io::sirekap_options o;
    o.caleg_by_ascending_id = false;
    o.caleg = lists();  // dapil 3101 listed: the good records read
    legislative_row(R"({"kode_dapil":"3199","chart":{"1":null},"caleg":{"1":{"7":1}}})", kontes::pdpr,
                    ": kolom caleg.1, nilai \"3199\": tidak ada daftar calon untuk dapil ini (nomor urut tidak diketahui)",
                    ": column caleg.1, value \"3199\": no candidate list for this dapil (nomor urut unknown)", o);
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------------------------------------
// The real-record test: the 1,000 Sirekap files of data/sirekap. Expected counts are computed here
// from the raw JSON with Boost.JSON and plain arithmetic of the spec's identities (rules.md A),
// independently of the library's reader and rules.
namespace {

struct raw_record {
    std::map<std::string, std::optional<std::int64_t>> adm;  // absent key: not in the map
    bool has_adm = false;
    std::vector<std::optional<std::int64_t>> votes;  // by id order 100025..100027
    bool has_chart = false;
};

std::optional<std::int64_t> get(const raw_record& r, const std::string& k) {
    const auto it = r.adm.find(k);
    return it == r.adm.end() ? std::nullopt : it->second;
}

struct expected_counts {
    std::size_t files = 0;
    std::map<rule_id, std::size_t> fires;
};

expected_counts expected_from_raw(const fs::path& root) {
    expected_counts out;
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(root))
        if (e.is_regular_file() && e.path().extension() == ".json") files.push_back(e.path());
    out.files = files.size();
    for (const auto& f : files) {
        std::ifstream in{f};
        const std::string text{std::istreambuf_iterator<char>{in}, {}};
        const boost::json::value v = boost::json::parse(text);
        raw_record r;
        const auto& o = v.as_object();
        if (const auto* a = o.if_contains("administrasi"); a && a->is_object()) {
            r.has_adm = true;
            for (const auto& kv : a->as_object())
                r.adm[std::string{kv.key()}] = kv.value().is_null() ? std::nullopt : std::optional{kv.value().as_int64()};
        }
        if (const auto* c = o.if_contains("chart"); c && c->is_object()) {
            r.has_chart = true;
            for (const char* id : {"100025", "100026", "100027"}) {
                const auto* x = c->as_object().if_contains(id);
                r.votes.push_back(x && !x->is_null() ? std::optional{x->as_int64()} : std::nullopt);
            }
        }
        auto fired = [&](rule_id id) { ++out.fires[id]; };
        // voters.sex_sum: any known triple with J != L + P
        bool sex = false;
        for (const char* base : {"pemilih_dpt", "pengguna_dpt", "pengguna_dptb", "pengguna_non_dpt", "pengguna_total"}) {
            const auto l = get(r, std::string{base} + "_l"), p = get(r, std::string{base} + "_p"),
                       j = get(r, std::string{base} + "_j");
            if (l && p && j && *j != *l + *p) sex = true;
        }
        if (sex) fired(rule_id::voters_sex_sum);
        // voters.category_sum, voters.dpt_turnout, voters.copied_row per sex
        bool cat = false, turnout = false;
        for (const char* s : {"_l", "_p", "_j"}) {
            const auto t = get(r, std::string{"pengguna_total"} + s), a = get(r, std::string{"pengguna_dpt"} + s),
                       b = get(r, std::string{"pengguna_dptb"} + s), k = get(r, std::string{"pengguna_non_dpt"} + s),
                       reg = get(r, std::string{"pemilih_dpt"} + s);
            if (t && a && b && k && *t != *a + *b + *k) cat = true;
            if (a && reg && *a > *reg) turnout = true;
        }
        if (cat) fired(rule_id::voters_category_sum);
        if (turnout) fired(rule_id::voters_dpt_turnout);
        {
            bool all_equal = true, all_known = true;
            for (const char* s : {"_l", "_p", "_j"}) {
                const auto a = get(r, std::string{"pengguna_dpt"} + s), reg = get(r, std::string{"pemilih_dpt"} + s);
                if (!a || !reg) all_known = false;
                else if (*a != *reg) all_equal = false;
            }
            const auto reg_j = get(r, "pemilih_dpt_j");
            if (all_known && all_equal && *reg_j >= 50) fired(rule_id::voters_copied_row);
        }
        // votes
        std::optional<std::int64_t> cand_sum;
        if (r.has_chart) {
            std::int64_t sum = 0;
            bool known = true;
            for (const auto& x : r.votes) {
                if (!x) known = false;
                else sum += *x;
            }
            if (known) cand_sum = sum;
        }
        const auto sah = get(r, "suara_sah"), tidak = get(r, "suara_tidak_sah"), total = get(r, "suara_total"),
                   users = get(r, "pengguna_total_j");
        if (sah && cand_sum && *sah != *cand_sum) fired(rule_id::votes_valid_sum);
        if (total && sah && tidak && *total != *sah + *tidak) fired(rule_id::votes_total_sum);
        if (sah && tidak && users && *sah + *tidak != *users) fired(rule_id::votes_vs_voters);
        // votes.over_supply: no ballot rows are published, so the bound is DPT + DPTb + 2 % reserve
        // rounded up (UU 7/2017 Pasal 344 (2)); the DPTb list is not published either: its voters
        // are its lower bound.
        const auto dpt = get(r, "pemilih_dpt_j"), dptb = get(r, "pengguna_dptb_j");
        if (dpt && dptb) {
            const std::int64_t cap = *dpt + *dptb + (*dpt * 2 + 99) / 100;
            bool over = false;
            for (const auto& q : {cand_sum, sah, total, users})
                if (q && *q > cap) over = true;
            if (over) fired(rule_id::votes_over_supply);
        }
        if (dpt && *dpt > 300) fired(rule_id::tps_capacity);
        // record.incomplete: Sirekap publishes no ballot rows, so every record lacks some input.
        fired(rule_id::record_incomplete);
    }
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(real_records)

BOOST_AUTO_TEST_CASE(all_1000_sirekap_files) {
    const fs::path root = fs::path{SUARA_DATA_DIR} / "sirekap";
    const auto got = io::read_sirekap(root);
    BOOST_TEST(got.report.summary.read == 1000U);
    BOOST_TEST(got.report.summary.validated == 1000U);
    BOOST_TEST(got.report.summary.rejected == 0U);
    BOOST_TEST(got.report.summary.warnings == 0U);
    BOOST_TEST(got.sheets.size() == 1000U);
    // About half the records have no chart and no administrasi yet (data/README.md).
    std::size_t no_chart = 0, no_adm = 0;
    for (std::size_t i = 0; i < got.sheets.size(); ++i) {
        const auto row = got.sheets.row(i);
        no_chart += row.candidate_figure(0) == missing_figure && row.candidate_figure(1) == missing_figure ? 1 : 0;
        no_adm += row.figure(field::pemilih_dpt_j) == missing_figure && row.figure(field::suara_sah) == missing_figure ? 1 : 0;
    }
    BOOST_TEST(no_chart == 539U);  // 538 null charts + one chart holding only the stray "null" key
    BOOST_TEST(no_adm == 535U);

    const auto expected = expected_from_raw(root);
    BOOST_TEST(expected.files == 1000U);
    std::map<rule_id, std::size_t> fires;
    for (std::size_t i = 0; i < got.sheets.size(); ++i) {
        const rule_set s = fired_rules<pemilu_2024>(got.sheets.row(i));
        for (std::size_t k = 0; k < rule_count; ++k)
            if (s.contains(static_cast<rule_id>(k))) ++fires[static_cast<rule_id>(k)];
    }
    for (rule_id id : {rule_id::voters_sex_sum, rule_id::voters_category_sum, rule_id::voters_dpt_turnout,
                       rule_id::voters_copied_row, rule_id::votes_valid_sum, rule_id::votes_total_sum,
                       rule_id::votes_vs_voters, rule_id::votes_over_supply, rule_id::tps_capacity,
                       rule_id::record_incomplete}) {
        BOOST_TEST_CONTEXT(to_string(id)) {
            const auto e = expected.fires.count(id) ? expected.fires.at(id) : 0U;
            const auto g = fires.count(id) ? fires.at(id) : 0U;
            BOOST_TEST(g == e);
        }
    }
    // Inputs Sirekap never publishes: these rules cannot fire.
    for (rule_id id : {rule_id::voters_registered_turnout, rule_id::ballots_balance, rule_id::ballots_used_vs_voters,
                       rule_id::ballots_allocation})
        BOOST_TEST(fires.count(id) == 0U, to_string(id));
    // The real records survive a CSV round trip unchanged (nulls stay missing).
    BOOST_TEST(laws::read_is_accounted(got.report.summary, got.sheets));
    BOOST_TEST(laws::round_trip_law(
        got.sheets,
        [](const sheet_batch& b) {
            std::ostringstream o;
            io::write_csv(o, b);
            return o.str();
        },
        [](const std::string& text) { return io::read_csv_string(text).sheets; }));
    // The comparison above must not be vacuous: the sample has real OCR misreads.
    BOOST_TEST(expected.fires.at(rule_id::votes_valid_sum) == 28U);
    for (const auto& [id, n] : expected.fires) BOOST_TEST_MESSAGE(to_string(id) << ": " << n);
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------------------------------------
BOOST_AUTO_TEST_SUITE(balikpapan_rules)

BOOST_AUTO_TEST_CASE(each_planted_defect_fires_its_rules_and_nothing_else_fires) {
    namespace bp = suara::data::balikpapan_2024;
    const auto b = bp::batch();
    std::vector<rule_set> expected(b.size());
    for (const auto& p : bp::planted_defects) {
        std::string_view rest = p.rules;
        while (!rest.empty()) {
            const auto cut = rest.find(", ");
            const auto key = rest.substr(0, cut);
            if (key != "(none)") {
                const auto id = rule_from_string(key);
                BOOST_REQUIRE_MESSAGE(id.has_value(), "unknown rule key " << key);
                expected[p.row].insert(*id);
            }
            rest = cut == std::string_view::npos ? std::string_view{} : rest.substr(cut + 2);
        }
    }
    for (std::size_t i = 0; i < b.size(); ++i) {
        const rule_set got = fired_rules<pilkada_2024>(b.row(i));
        BOOST_TEST(got == expected[i], "row " << i << " " << to_string(b.row(i).code()) << " fired " << got);
    }
    // The clean sheets fire only the generated 100 % turnout TPS.
    const auto c = bp::clean_batch();
    std::size_t flagged = 0;
    for (std::size_t i = 0; i < c.size(); ++i) flagged += fired_rules<pilkada_2024>(c.row(i)).empty() ? 0 : 1;
    BOOST_TEST(flagged == 2U);
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------------------------------------
// The national generator's small runs (fixture national_small): every sheet fires exactly the
// rules its ground truth lists, under the regime of its contest.
#ifdef SUARA_NATIONAL_SMALL_DIR
BOOST_AUTO_TEST_SUITE(national_generator)

BOOST_AUTO_TEST_CASE(rules_fire_exactly_as_the_truth_says) {
    for (const std::string shape : {"pemilu", "pilkada"}) {
        const fs::path dir{SUARA_NATIONAL_SMALL_DIR};
        std::map<std::pair<std::uint64_t, kontes>, rule_set> truth;
        std::ifstream t{dir / ("national_small_" + shape + "_truth.csv")};
        BOOST_REQUIRE_MESSAGE(t, "run example.national_generator first (CTest fixture national_small)");
        std::string line;
        std::getline(t, line);
        while (std::getline(t, line)) {
            const auto a = line.find(','), b = line.find(',', a + 1);
            const auto code = tps_code::parse(line.substr(0, a));
            const auto k = kontes_from_string(line.substr(a + 1, b - a - 1));
            const auto r = rule_from_string(line.substr(b + 1));
            BOOST_REQUIRE(code && k && r);
            truth[{code->number(), *k}].insert(*r);
        }
        std::size_t rows = 0, mismatches = 0, flagged = 0;
        const auto rep = io::read_csv_file((dir / ("national_small_" + shape + ".csv")).string(), [&](sheet_batch& batch) {
            for (std::size_t i = 0; i < batch.size(); ++i) {
                const auto row = batch.row(i);
                ++rows;
                const rule_set got = is_pemilu(row.kontes_code()) ? fired_rules<pemilu_2024>(row) : fired_rules<pilkada_2024>(row);
                const auto it = truth.find({row.code().number(), row.kontes_code()});
                const rule_set want = it == truth.end() ? rule_set{} : it->second;
                flagged += got.empty() ? 0 : 1;
                if (!(got == want)) {
                    ++mismatches;
                    BOOST_TEST_MESSAGE(to_string(row.code()) << ' ' << to_string(row.kontes_code()) << " fired " << got
                                                             << " expected " << want);
                }
            }
        });
        BOOST_TEST_CONTEXT(shape) {
            BOOST_TEST(rep.summary.rejected == 0U);
            BOOST_TEST(rows == 5000U);  // pemilu: 5,000 TPS x 1; pilkada: 2,500 TPS x 2
            BOOST_TEST(flagged > 500U);  // about 20 % of the sheets carry a defect
            BOOST_TEST(mismatches == 0U);
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
#endif
