// Tests of `suara-audit diff` (bulk/scrape_diff.hpp, tools/audit/audit_diff.hpp): two folder
// trees of Sirekap JSON written here with planted differences (a fix, a break, votes moved to one
// candidate, a TPS that appeared, one that vanished, one only restamped), read by the real
// Sirekap reader and compared in process; identical scrapes give nothing; the sign test's
// p-values against values computed by hand (exact fractions).
#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include <boost/json.hpp>

#include "audit_diff.hpp"
#include <suara/bulk/scrape_diff.hpp>
#include <suara/io/sirekap.hpp>

namespace {

using namespace suara;
namespace fs = std::filesystem;

fs::path temp_root() {
    const auto d = fs::temp_directory_path() / ("suara-scrape-diff-" + std::to_string(::getpid()));
    fs::create_directories(d);
    return d;
}

// One Sirekap record of Balikpapan village 6471011001, TPS `tps`: 60 voters, 58 valid votes.
// `c1..c3` are the three pairs' votes; `ts` the time stamp.
struct record {
    int tps = 1;
    int c1 = 20, c2 = 20, c3 = 18;
    int sah = 58;
    std::string ts = "2024-02-15 20:00:00";
};

void write_record(const fs::path& root, const record& r) {
    char code[16];
    std::snprintf(code, sizeof code, "6471011001%03d", r.tps);
    const fs::path dir = root / "pemilu/hhcw/ppwp/64/6471/647101/6471011001";
    fs::create_directories(dir);
    const int tidak_sah = 2;
    const int total = r.sah + tidak_sah;
    std::ofstream(dir / (std::string{code} + ".json"), std::ios::binary)
        << R"({"chart":{"100025":)" << r.c1 << R"(,"100026":)" << r.c2 << R"(,"100027":)" << r.c3
        << R"(},"administrasi":{"suara_sah":)" << r.sah << R"(,"suara_tidak_sah":)" << tidak_sah << R"(,"suara_total":)" << total
        << R"(,"pemilih_dpt_l":50,"pemilih_dpt_p":50,"pemilih_dpt_j":100,"pengguna_dpt_l":30,"pengguna_dpt_p":30,"pengguna_dpt_j":60,)"
        << R"("pengguna_dptb_l":0,"pengguna_dptb_p":0,"pengguna_dptb_j":0,"pengguna_non_dpt_l":0,"pengguna_non_dpt_p":0,)"
        << R"("pengguna_non_dpt_j":0,"pengguna_total_l":30,"pengguna_total_p":30,"pengguna_total_j":60},"psu":null,"ts":")" << r.ts
        << R"(","images":[]})";
}

audit_sources sirekap_sources() {
    audit_sources s;
    s.sirekap = [](const std::string& path, const sirekap_request& request, const std::function<void(sheet_batch&)>& on_batch) {
        io::sirekap_options o;
        o.default_kontes = request.default_kontes;
        auto r = io::read_sirekap(path, std::move(o));
        on_batch(r.sheets);
        return std::move(r.report);
    };
    return s;
}

struct diff_run {
    int status = -1;
    std::string out, err;
};

diff_run diff(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    diff_run r;
    r.status = run_diff(args, sirekap_sources(), out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

std::vector<boost::json::object> jsonl(const std::string& text) {
    std::vector<boost::json::object> out;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line))
        if (!line.empty()) out.push_back(boost::json::parse(line).as_object());
    return out;
}

std::string str(const boost::json::value& v) { return std::string{v.as_string()}; }

std::vector<std::string> strings(const boost::json::value& v) {
    std::vector<std::string> out;
    for (const auto& s : v.as_array()) out.push_back(str(s));
    return out;
}

// The pair of scrapes with known differences:
//   001 fixed: suara_3 17 -> 18 makes the candidates sum to suara_sah (votes.valid_sum stops)
//   002 broke: suara_2 20 -> 25, suara_sah stays (votes.valid_sum starts)
//   003..006: 1, 2, 3, 4 votes moved from suara_1 to suara_2 (suara_2 up at five TPS with 002)
//   007 vanished, 008 appeared, 009 only restamped (same figures, new ts), 010 the same
struct planted {
    fs::path before, after;
};

planted make_pair(const std::string& name) {
    const fs::path root = temp_root() / name;
    fs::remove_all(root);
    planted p{root / "old", root / "new"};
    const std::string later = "2024-02-20 09:00:00";
    record fix_before;
    fix_before.tps = 1;
    fix_before.c3 = 17;
    record fix_after = fix_before;
    fix_after.c3 = 18;
    fix_after.ts = later;
    write_record(p.before, fix_before);
    write_record(p.after, fix_after);
    record broke_before;
    broke_before.tps = 2;
    record broke_after = broke_before;
    broke_after.c2 = 25;
    broke_after.ts = later;
    write_record(p.before, broke_before);
    write_record(p.after, broke_after);
    for (int t = 3; t <= 6; ++t) {
        record b;
        b.tps = t;
        record a = b;
        a.c2 += t - 2;  // moved from pair 01 to pair 02: the sheet stays consistent
        a.c1 -= t - 2;
        a.ts = later;
        write_record(p.before, b);
        write_record(p.after, a);
    }
    record gone;
    gone.tps = 7;
    write_record(p.before, gone);
    record fresh;
    fresh.tps = 8;
    fresh.c1 = 30;
    fresh.c2 = 10;
    write_record(p.after, fresh);
    record same;
    same.tps = 9;
    write_record(p.before, same);
    same.ts = later;
    write_record(p.after, same);
    same.tps = 10;
    same.ts = "2024-02-15 20:00:00";
    write_record(p.before, same);
    write_record(p.after, same);
    return p;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(scrape_diff)

BOOST_AUTO_TEST_CASE(the_sign_test_p_value_equals_the_exact_binomial) {
    // Two-sided, p = 1/2: 2 * sum_{i <= min(k, n-k)} C(n, i) / 2^n, computed with exact fractions.
    BOOST_TEST(sign_test_p_value(0, 10) == 2.0 / 1024, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(sign_test_p_value(2, 10) == 112.0 / 1024, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(sign_test_p_value(8, 10) == 112.0 / 1024, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(sign_test_p_value(5, 5) == 2.0 / 32, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(sign_test_p_value(1, 20) == 42.0 / 1048576, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(sign_test_p_value(40, 100) == 0.05688793364098079, boost::test_tools::tolerance(1e-10));
    BOOST_TEST(sign_test_p_value(480, 1000) == 0.21744829320414094, boost::test_tools::tolerance(1e-10));
    BOOST_TEST(sign_test_p_value(10000, 20500) == 0.0004915393992266735, boost::test_tools::tolerance(1e-8));
    // No evidence either way: 1.
    BOOST_TEST(sign_test_p_value(0, 0) == 1.0);
    BOOST_TEST(sign_test_p_value(0, 1) == 1.0);
    BOOST_TEST(sign_test_p_value(5, 10) == 1.0);
    BOOST_TEST(sign_test_p_value(500, 1000) == 1.0);
    // A national n underflows to 0, never to a NaN.
    BOOST_TEST(sign_test_p_value(0, 800000) == 0.0);
}

BOOST_AUTO_TEST_CASE(planted_changes_are_found_with_their_fixes_breaks_and_votes_moved) {
    const auto p = make_pair("planted");
    const auto r = diff({"--output", "jsonl", p.before.string(), p.after.string()});
    BOOST_TEST(r.status == exit_errors);  // something changed
    BOOST_TEST(r.err.empty());
    const auto lines = jsonl(r.out);
    std::map<std::string, boost::json::object> tps;
    std::map<std::string, boost::json::object> cand;
    std::vector<boost::json::object> regions;
    const boost::json::object* summary = nullptr;
    for (const auto& l : lines) {
        const std::string type = str(l.at("type"));
        if (type == "diff_tps") tps[str(l.at("kode_tps"))] = l;
        else if (type == "diff_candidate") cand[str(l.at("figure"))] = l;
        else if (type == "diff_region") regions.push_back(l);
        else if (type == "diff_summary") summary = &l;
        else BOOST_FAIL("unknown record type " + type);
    }
    BOOST_TEST_REQUIRE(summary != nullptr);
    BOOST_TEST(str(lines.back().at("type")) == "diff_summary");  // the summary comes last
    // Exactly the planted TPS, in code order.
    std::vector<std::string> codes;
    for (const auto& [c, l] : tps) codes.push_back(c);
    BOOST_TEST((codes == std::vector<std::string>{"6471011001001", "6471011001002", "6471011001003", "6471011001004",
                                                   "6471011001005", "6471011001006", "6471011001007", "6471011001008"}));
    // The fix: one figure, votes.valid_sum fixed, the time stamps before and after.
    const auto& fix = tps.at("6471011001001");
    BOOST_TEST(str(fix.at("change")) == "changed");
    BOOST_TEST(str(fix.at("ts_before")) == "2024-02-15 20:00:00");
    BOOST_TEST(str(fix.at("ts_after")) == "2024-02-20 09:00:00");
    BOOST_TEST_REQUIRE(fix.at("figures").as_array().size() == 1U);
    const auto& f = fix.at("figures").as_array()[0].as_object();
    BOOST_TEST(str(f.at("figure")) == "suara_3");
    BOOST_TEST(f.at("before").as_int64() == 17);
    BOOST_TEST(f.at("after").as_int64() == 18);
    BOOST_TEST(f.at("delta").as_int64() == 1);
    BOOST_TEST((strings(fix.at("fixed")) == std::vector<std::string>{"votes.valid_sum"}));
    BOOST_TEST(strings(fix.at("broke")).empty());
    // The break.
    const auto& broke = tps.at("6471011001002");
    BOOST_TEST(strings(broke.at("fixed")).empty());
    BOOST_TEST((strings(broke.at("broke")) == std::vector<std::string>{"votes.valid_sum"}));
    // A consistent change (votes moved between pairs) fixes and breaks nothing.
    const auto& even = tps.at("6471011001004");
    BOOST_TEST(even.at("figures").as_array().size() == 2U);  // suara_1, suara_2
    BOOST_TEST(strings(even.at("fixed")).empty());
    BOOST_TEST(strings(even.at("broke")).empty());
    // Vanished and appeared: one side only, every figure present on it.
    const auto& gone = tps.at("6471011001007");
    BOOST_TEST(str(gone.at("change")) == "vanished");
    BOOST_TEST(gone.at("ts_after").is_null());
    BOOST_TEST(gone.at("other_side_rejected").as_bool() == false);
    for (const auto& x : gone.at("figures").as_array()) BOOST_TEST(x.at("after").is_null());
    const auto& fresh = tps.at("6471011001008");
    BOOST_TEST(str(fresh.at("change")) == "appeared");
    BOOST_TEST(fresh.at("ts_before").is_null());
    BOOST_TEST(str(fresh.at("ts_after")) == "2024-02-15 20:00:00");
    // Per candidate: suara_2 up at five TPS (5+1+2+3+4 = 15), down at none: p = 2/2^5.
    const auto& c2 = cand.at("suara_2");
    BOOST_TEST(c2.at("net").as_int64() == 15);
    BOOST_TEST(c2.at("increased_tps").as_int64() == 5);
    BOOST_TEST(c2.at("decreased_tps").as_int64() == 0);
    BOOST_TEST(c2.at("p_value").to_number<double>() == 0.0625);
    BOOST_TEST(c2.at("appeared_votes").as_int64() == 10);
    BOOST_TEST(c2.at("vanished_votes").as_int64() == 20);
    // suara_1 down at four TPS (1+2+3+4 = 10): p = 2/2^4.
    const auto& c1 = cand.at("suara_1");
    BOOST_TEST(c1.at("net").as_int64() == -10);
    BOOST_TEST(c1.at("increased_tps").as_int64() == 0);
    BOOST_TEST(c1.at("decreased_tps").as_int64() == 4);
    BOOST_TEST(c1.at("p_value").to_number<double>() == 0.125);
    const auto& c3 = cand.at("suara_3");
    BOOST_TEST(c3.at("net").as_int64() == 1);
    BOOST_TEST(c3.at("p_value").to_number<double>() == 1.0);  // one TPS: no evidence
    // Per region: one region per level, all holding every change.
    BOOST_TEST_REQUIRE(regions.size() == 4U);
    const std::vector<std::string> levels{"province", "regency", "district", "village"};
    const std::vector<std::string> region_codes{"64", "6471", "647101", "6471011001"};
    for (std::size_t i = 0; i < 4; ++i) {
        BOOST_TEST(str(regions[i].at("tingkat")) == levels[i]);
        BOOST_TEST(str(regions[i].at("kode_wilayah")) == region_codes[i]);
        BOOST_TEST(regions[i].at("changed_tps").as_int64() == 6);
        BOOST_TEST(regions[i].at("appeared_tps").as_int64() == 1);
        BOOST_TEST(regions[i].at("vanished_tps").as_int64() == 1);
        const auto& net = regions[i].at("net").as_object();
        BOOST_TEST(net.at("suara_1").as_int64() == -10);
        BOOST_TEST(net.at("suara_2").as_int64() == 15);
        BOOST_TEST(net.at("suara_3").as_int64() == 1);
    }
    // The counts.
    const auto& s = *summary;
    BOOST_TEST(s.at("tps_before").as_int64() == 9);
    BOOST_TEST(s.at("tps_after").as_int64() == 9);
    BOOST_TEST(s.at("changed").as_int64() == 6);
    BOOST_TEST(s.at("appeared").as_int64() == 1);
    BOOST_TEST(s.at("vanished").as_int64() == 1);
    BOOST_TEST(s.at("unchanged").as_int64() == 2);
    BOOST_TEST(s.at("restamped").as_int64() == 1);
    BOOST_TEST(s.at("tps_fixed").as_int64() == 1);
    BOOST_TEST(s.at("tps_broke").as_int64() == 1);
    BOOST_TEST(s.at("fixed").as_object().at("votes.valid_sum").as_int64() == 1);
    BOOST_TEST(s.at("broke").as_object().at("votes.valid_sum").as_int64() == 1);
    BOOST_TEST(!str(s.at("caveat_id")).empty());
    BOOST_TEST(!str(s.at("caveat_en")).empty());
}

BOOST_AUTO_TEST_CASE(identical_scrapes_give_no_change_and_exit_0) {
    const auto p = make_pair("identical");
    for (const auto* format : {"jsonl", "text", "csv"}) {
        const auto r = diff({"--output", format, p.before.string(), p.before.string()});
        BOOST_TEST(r.status == exit_clean);
        if (std::string{format} == "jsonl") {
            const auto lines = jsonl(r.out);
            BOOST_TEST_REQUIRE(lines.size() == 1U);  // the summary only
            BOOST_TEST(lines[0].at("changed").as_int64() == 0);
            BOOST_TEST(lines[0].at("unchanged").as_int64() == 9);
            BOOST_TEST(lines[0].at("restamped").as_int64() == 0);
        } else if (std::string{format} == "csv") {
            BOOST_TEST(std::count(r.out.begin(), r.out.end(), '\n') == 1);  // the header only
        } else {
            BOOST_TEST(r.out.find("Tidak ada TPS yang berubah.") != std::string::npos);
            BOOST_TEST(r.out.find("TPS 647") == std::string::npos);
        }
    }
    // A scrape that only restamped its records changed nothing either.
    const fs::path root = temp_root() / "restamped";
    fs::remove_all(root);
    record a;
    write_record(root / "old", a);
    a.ts = "2024-03-01 00:00:00";
    write_record(root / "new", a);
    const auto r = diff({"--output", "jsonl", (root / "old").string(), (root / "new").string()});
    BOOST_TEST(r.status == exit_clean);
    BOOST_TEST(jsonl(r.out).back().at("restamped").as_int64() == 1);
}

BOOST_AUTO_TEST_CASE(the_text_and_csv_outputs_say_the_same_in_either_language) {
    const auto p = make_pair("outputs");
    const fs::path names = temp_root() / "names.tsv";
    std::ofstream(names) << "64\tKALIMANTAN TIMUR\n6471\tKOTA BALIKPAPAN\n";
    const auto id = diff({"--names", names.string(), p.before.string(), p.after.string()});
    BOOST_TEST(id.status == exit_errors);
    BOOST_TEST(id.out.find("TPS 6471011001001 ppwp  berubah  ts 2024-02-15 20:00:00 -> 2024-02-20 09:00:00\n"
                           "  suara_3: 17 -> 18 (+1)\n  memperbaiki: votes.valid_sum\n") != std::string::npos);
    BOOST_TEST(id.out.find("TPS 6471011001007 ppwp  hilang") != std::string::npos);
    BOOST_TEST(id.out.find("TPS 6471011001008 ppwp  muncul") != std::string::npos);
    BOOST_TEST(id.out.find("ppwp suara_2: +15 (naik di 5 TPS, turun di 0 TPS; p = 0.0625)") != std::string::npos);
    BOOST_TEST(id.out.find("provinsi 64 KALIMANTAN TIMUR (ppwp): 6 berubah, 1 muncul, 1 hilang; suara_1 -10; suara_2 +15; suara_3 +1") !=
               std::string::npos);
    BOOST_TEST(id.out.find(detail::sign_test_caveat.id) != std::string::npos);
    const auto en = diff({"--lang", "en", p.before.string(), p.after.string()});
    BOOST_TEST(en.out.find("  broke: votes.valid_sum\n") != std::string::npos);
    BOOST_TEST(en.out.find("ppwp suara_2: +15 (up at 5 TPS, down at 0 TPS; p = 0.0625); TPS that appeared +10, TPS that vanished -20\n") !=
               std::string::npos);
    BOOST_TEST(en.out.rfind("suara-audit diff\n  old: " + p.before.string() + "\n  new: " + p.after.string() + "\n", 0) == 0);
    BOOST_TEST(en.out.find(detail::sign_test_caveat.en) != std::string::npos);
    BOOST_TEST(en.out.find(detail::sign_test_caveat.id) != std::string::npos);  // in both languages
    BOOST_TEST(id.out.find(detail::sign_test_caveat.en) != std::string::npos);
    BOOST_TEST(en.out.find("Summary: 9 TPS old, 9 TPS new; 6 changed, 1 appeared, 1 vanished, 2 unchanged (1 with another ts).") !=
               std::string::npos);
    // csv: one long table; every row as wide as the header.
    const auto csv = diff({"--output=csv", p.before.string(), p.after.string()});
    std::istringstream in(csv.out);
    std::string line;
    std::getline(in, line);
    const auto width = std::count(line.begin(), line.end(), ',');
    std::map<std::string, int> rows;
    while (std::getline(in, line)) {
        BOOST_TEST(std::count(line.begin(), line.end(), ',') == width);
        ++rows[line.substr(0, line.find(','))];
    }
    BOOST_TEST(rows["candidate"] == 3);
    BOOST_TEST(rows["region"] == 12);  // four levels, three candidates
    BOOST_TEST(csv.out.find("tps,6471011001001,tps,ppwp,changed,suara_3,17,18,1,2024-02-15 20:00:00,2024-02-20 09:00:00,"
                            "votes.valid_sum,,false,") != std::string::npos);
    BOOST_TEST(csv.out.find("candidate,,,ppwp,,suara_2,,,15,,,,,,,,,5,0,0,10,20,0.0625\n") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_record_unreadable_in_one_scrape_is_not_called_vanished_without_a_note) {
    const auto p = make_pair("unreadable");
    std::ofstream(p.after / "pemilu/hhcw/ppwp/64/6471/647101/6471011001/6471011001010.json") << R"({"chart": )";
    const auto r = diff({"--output", "jsonl", p.before.string(), p.after.string()});
    BOOST_TEST(r.status == exit_errors);
    BOOST_TEST(r.err.find("suara-audit: ditolak ") != std::string::npos);
    bool seen = false;
    for (const auto& l : jsonl(r.out))
        if (str(l.at("type")) == "diff_tps" && str(l.at("kode_tps")) == "6471011001010") {
            seen = true;
            BOOST_TEST(str(l.at("change")) == "vanished");
            BOOST_TEST(l.at("other_side_rejected").as_bool());
        }
    BOOST_TEST(seen);
    BOOST_TEST(jsonl(r.out).back().at("rejected_after").as_int64() == 1);
}

BOOST_AUTO_TEST_CASE(the_html_page_shows_each_change_and_the_caveat_in_both_languages) {
    const auto p = make_pair("html");
    const fs::path names = temp_root() / "names-html.tsv";
    std::ofstream(names) << "64\tKALIMANTAN <TIMUR>\n";  // a name is text, escaped
    const auto en = diff({"--output", "html", "--lang", "en", "--names", names.string(), p.before.string(), p.after.string()});
    BOOST_TEST(en.status == exit_errors);  // as the other outputs: something changed
    const auto& h = en.out;
    auto has = [&h](std::string_view s) { return h.find(s) != std::string::npos; };
    BOOST_TEST(h.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
    BOOST_TEST(has("</html>\n"));
    BOOST_TEST(has("default-src 'none'"));  // nothing from the network
    BOOST_TEST(has(R"(id="diff-changed" data-value="6")"));
    BOOST_TEST(has(R"(id="diff-appeared" data-value="1")"));
    BOOST_TEST(has(R"(id="diff-vanished" data-value="1")"));
    BOOST_TEST(has(R"(id="diff-restamped" data-value="1")"));
    BOOST_TEST(has(R"(id="rule-votes.valid_sum" data-fixed="1" data-broke="1")"));
    // TPS 001: suara_3 17 -> 18, ts before and after, votes.valid_sum fixed; 002 broke it.
    BOOST_TEST(has(R"(<article class="tps" id="d-6471011001001-ppwp" data-change="changed" data-other-side-rejected="false">)"));
    BOOST_TEST(has(R"(<tr data-figure="suara_3" data-before="17" data-after="18">)"));
    BOOST_TEST(has(R"(ts <span class="ts-before">2024-02-15 20:00:00</span> → <span class="ts-after">2024-02-20 09:00:00</span>)"));
    const auto fixed_at = h.find(R"(<ul class="fixed"><li data-rule="votes.valid_sum">)");
    const auto card_2 = h.find(R"(id="d-6471011001002-ppwp")");
    BOOST_TEST((fixed_at != std::string::npos && card_2 != std::string::npos && fixed_at < card_2));
    BOOST_TEST(h.find(R"(<ul class="broke"><li data-rule="votes.valid_sum">)", card_2) != std::string::npos);
    BOOST_TEST(has(R"(id="d-6471011001007-ppwp" data-change="vanished")"));
    BOOST_TEST(has(R"(id="d-6471011001008-ppwp" data-change="appeared")"));
    BOOST_TEST(!has("d-6471011001009-ppwp"));  // restamped only: no change to show
    // suara_2 up at five TPS (+1 +2 +3 +4 and +5), down at none: p = 2 / 2^5.
    BOOST_TEST(has(R"(id="cand-ppwp-suara_2" data-net="15" data-increased="5" data-decreased="0" data-p="0.0625")"));
    BOOST_TEST(has(R"(id="reg-ppwp-province-64" data-changed="6" data-appeared="1" data-vanished="1")"));
    BOOST_TEST(has("KALIMANTAN &lt;TIMUR&gt;"));
    BOOST_TEST(!has("KALIMANTAN <TIMUR>"));
    BOOST_TEST(has(std::string{R"(<p class="warn" id="caveat-en" lang="en">)"} + std::string{detail::sign_test_caveat.en}));
    BOOST_TEST(has(std::string{R"(<p class="warn" id="caveat-id" lang="id">)"} + std::string{detail::sign_test_caveat.id}));
    BOOST_TEST(h.find("caveat-en") < h.find("caveat-id"));  // the page's language first
    const auto id = diff({"--output=html", p.before.string(), p.after.string()});
    BOOST_TEST(id.out.rfind("<!DOCTYPE html>\n<html lang=\"id\">", 0) == 0);
    BOOST_TEST(id.out.find("Perubahan antara dua unduhan Sirekap") != std::string::npos);
    BOOST_TEST(id.out.find("caveat-id") < id.out.find("caveat-en"));
    BOOST_TEST(id.out.find("caveat-en") != std::string::npos);
    // The same scrape twice: exit 0, a page that says there is nothing, no TPS card.
    const auto same = diff({"--output", "html", "--lang", "en", p.before.string(), p.before.string()});
    BOOST_TEST(same.status == exit_clean);
    BOOST_TEST(same.out.find(R"(id="diff-changed" data-value="0")") != std::string::npos);
    BOOST_TEST(same.out.find("<article") == std::string::npos);
    BOOST_TEST(same.out.find("caveat-en") == std::string::npos);  // no candidate moved: no test, no caveat
}

BOOST_AUTO_TEST_CASE(usage_errors_and_missing_inputs_exit_2) {
    const auto p = make_pair("usage");
    auto one = diff({p.before.string()});
    BOOST_TEST(one.status == exit_usage);
    BOOST_TEST(one.err.find("diff: perlu tepat dua masukan (LAMA BARU), bukan 1") != std::string::npos);
    auto en = diff({"--lang=en", "--output", "xml", p.before.string(), p.after.string()});
    BOOST_TEST(en.status == exit_usage);
    BOOST_TEST(en.err.find("--output: expected text, jsonl, csv or html, got 'xml'") != std::string::npos);
    BOOST_TEST(diff({"--bogus", p.before.string(), p.after.string()}).status == exit_usage);
    auto missing = diff({p.before.string(), "/nonexistent/scrape"});
    BOOST_TEST(missing.status == exit_usage);
    BOOST_TEST(missing.err.find("/nonexistent/scrape") != std::string::npos);
    // Nothing readable on either side: exit 3, and the text says so; one side empty is named.
    const fs::path empty = temp_root() / "empty";
    fs::create_directories(empty);
    auto nothing = diff({"--lang", "en", empty.string(), empty.string()});
    BOOST_TEST(nothing.status == exit_nothing_validated);
    BOOST_TEST(nothing.out.find("Neither scrape holds a readable record.") != std::string::npos);
    auto all_new = diff({"--lang", "en", empty.string(), p.after.string()});
    BOOST_TEST(all_new.status == exit_errors);
    BOOST_TEST(all_new.out.find("Note: the old scrape holds no readable record; every TPS looks new.") != std::string::npos);
    BOOST_TEST(diff({"--help"}).status == exit_clean);
    BOOST_TEST(diff({"--help"}).out == std::string{diff_usage(lang::id)});
    // Without a Sirekap reader (a build without Boost.JSON): a clear refusal.
    std::ostringstream out, err;
    BOOST_TEST(run_diff({p.before.string(), p.after.string()}, audit_sources{}, out, err) == exit_usage);
    BOOST_TEST(err.str() == "suara-audit: masukan Sirekap tidak tersedia di build ini\n");
    // -o writes the report whole into the file, nothing on standard output.
    const fs::path target = temp_root() / "diff.jsonl";
    auto to_file = diff({"-o", target.string(), "--output", "jsonl", p.before.string(), p.after.string()});
    BOOST_TEST(to_file.status == exit_errors);
    BOOST_TEST(to_file.out.empty());
    std::ifstream in(target);
    const std::string written{std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
    BOOST_TEST(written == diff({"--output", "jsonl", p.before.string(), p.after.string()}).out);
}

BOOST_AUTO_TEST_CASE(the_library_keeps_missing_apart_and_lets_a_later_duplicate_win) {
    // Two candidates; TPS 1: suara_1 missing before, 40 after (a change, but no votes moved);
    // TPS 2 twice in the newer scrape: the later row wins; TPS 3 vanished with its votes.
    auto row = [](sheet_batch& b, std::uint64_t code, std::uint32_t c1, std::uint32_t c2) {
        const std::size_t r = b.append_missing(*tps_code::parse(std::to_string(code)), kontes::ppwp, 2, false);
        b.candidate_column(0)[r] = c1;
        b.candidate_column(1)[r] = c2;
    };
    sheet_batch before, after;
    row(before, 6471011001001, missing_figure, 30);
    row(before, 6471011001002, 10, 10);
    row(before, 6471011001003, 7, 8);
    row(after, 6471011001002, 99, 99);  // superseded by the next row
    row(after, 6471011001001, 40, 30);
    row(after, 6471011001002, 10, 12);
    scrape_differ<> differ;
    std::vector<std::pair<std::string, tps_change>> seen;
    differ.diff(before, after, [&](const tps_diff& d) { seen.emplace_back(to_string(d.code), d.change); });
    BOOST_TEST(seen.size() == 3U);
    BOOST_TEST((seen[0] == std::pair<std::string, tps_change>{"6471011001001", tps_change::changed}));
    BOOST_TEST((seen[1] == std::pair<std::string, tps_change>{"6471011001002", tps_change::changed}));
    BOOST_TEST((seen[2] == std::pair<std::string, tps_change>{"6471011001003", tps_change::vanished}));
    const auto& s = differ.summary();
    BOOST_TEST(s.duplicates_after == 1U);
    BOOST_TEST(s.after == 2U);
    const auto c = differ.candidates();
    BOOST_TEST_REQUIRE(c.size() == 2U);
    BOOST_TEST(c[0].name() == "suara_1");
    BOOST_TEST(c[0].net == 0);  // missing -> 40 is not +40
    BOOST_TEST(c[0].unknown == 1U);
    BOOST_TEST(c[0].increased + c[0].decreased == 0U);
    BOOST_TEST(c[0].vanished_votes == 7U);
    BOOST_TEST(c[1].net == 2);  // 10 -> 12 from the later duplicate, not 99
    BOOST_TEST(c[1].increased == 1U);
    BOOST_TEST(c[1].vanished_votes == 8U);
    // A second diff starts from nothing.
    differ.diff(before, before, [&](const tps_diff&) { BOOST_FAIL("identical batches differ"); });
    BOOST_TEST(differ.summary().unchanged == 3U);
    BOOST_TEST(differ.candidates().empty());
    BOOST_TEST(differ.regions().empty());
}

// docs/suara-audit.1 and the bash completion name every option of diff; the audit's usage names diff.
BOOST_AUTO_TEST_CASE(man_page_completion_and_usage_name_diff) {
    std::ifstream page_in(fs::path{SUARA_SOURCE_DIR} / "docs" / "suara-audit.1");
    std::string page{std::istreambuf_iterator<char>{page_in}, std::istreambuf_iterator<char>{}};
    std::string man;  // "\-\-names" is "--names"
    for (std::size_t i = 0; i < page.size(); ++i)
        if (!(page[i] == '\\' && i + 1 < page.size() && page[i + 1] == '-')) man += page[i];
    BOOST_TEST(man.find(".SH COMPARING TWO SCRAPES") != std::string::npos);
    for (auto name : diff_option_names) BOOST_TEST(man.find(std::string{name}) != std::string::npos, name);
    const fs::path completion = fs::path{SUARA_SOURCE_DIR} / "tools" / "audit" / "suara-audit.bash";
    std::ifstream comp_in(completion);
    const std::string script{std::istreambuf_iterator<char>{comp_in}, std::istreambuf_iterator<char>{}};
    const auto from = script.find("local diff_options=\"");
    BOOST_TEST_REQUIRE(from != std::string::npos);
    const auto to = script.find('"', from + 20);
    std::istringstream words(script.substr(from + 20, to - from - 20));
    std::set<std::string> listed{std::istream_iterator<std::string>{words}, std::istream_iterator<std::string>{}};
    std::set<std::string> want{diff_option_names.begin(), diff_option_names.end()};
    want.insert("-h");
    want.insert("--help");
    BOOST_TEST((listed == want));
    if (std::system("command -v bash >/dev/null 2>&1") == 0) {
        auto complete = [&](const std::string& words_line, int cword) {
            const std::string cmd = "bash -c 'source " + completion.string() + "; COMP_WORDS=(" + words_line + "); COMP_CWORD=" +
                                    std::to_string(cword) + "; _suara_audit; echo \"${COMPREPLY[*]}\"'";
            std::string out;
            FILE* p = popen(cmd.c_str(), "r");
            char buf[4096];
            std::size_t n = 0;
            while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
            pclose(p);
            return out;
        };
        BOOST_TEST(complete("suara-audit diff --na", 2) == "--names\n");
        BOOST_TEST(complete("suara-audit diff --output j", 3) == "jsonl\n");
        BOOST_TEST(complete("suara-audit diff --thr", 2) == "\n");  // an audit option, not diff's
        BOOST_TEST(complete("suara-audit dif", 1).find("diff") != std::string::npos);
    }
    BOOST_TEST(std::string{audit_usage(lang::id)}.find("suara-audit diff [opsi] LAMA BARU") != std::string::npos);
    BOOST_TEST(std::string{audit_usage(lang::en)}.find("suara-audit diff [options] OLD NEW") != std::string::npos);
}

#ifdef SUARA_AUDIT_EXE
BOOST_AUTO_TEST_CASE(the_program_dispatches_diff) {
    const auto p = make_pair("process");
    const std::string cmd = std::string{SUARA_AUDIT_EXE} + " diff --output jsonl " + p.before.string() + " " + p.after.string() + " >/dev/null";
    const int st = std::system(cmd.c_str());
    BOOST_TEST((WIFEXITED(st) && WEXITSTATUS(st) == exit_errors));
    const std::string same = std::string{SUARA_AUDIT_EXE} + " diff " + p.before.string() + " " + p.before.string() + " >/dev/null";
    const int st2 = std::system(same.c_str());
    BOOST_TEST((WIFEXITED(st2) && WEXITSTATUS(st2) == exit_clean));
}
#endif

BOOST_AUTO_TEST_SUITE_END()
