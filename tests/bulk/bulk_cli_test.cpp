// Tests of the bulk validator with the real rule catalogue, and of suara-audit as a process:
// the real Sirekap sample through --output jsonl with per-rule counts checked against an
// independent count, exit codes 0/1/2, rejected rows reported and counted, standard input,
// the roll-up options.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <iterator>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <chrono>
#include <cstdint>
#include <unistd.h>
#include <tuple>
#include <vector>

#include <boost/json.hpp>

#include "audit_run.hpp"
#include <suara/bulk/engine.hpp>
#include <suara/bulk/tuning.hpp>
#include <suara_demo/balikpapan_2024.hpp>
#include <suara_synthetic/sheet.hpp>
#include <suara/bulk/figure_keys.hpp>
#include <suara/io/csv_reader.hpp>
#include <suara/io/csv_writer.hpp>
#include <suara/io/sirekap.hpp>
#include <suara/version.hpp>

#include "printing.hpp"
#include "../tally/fixtures.hpp"

namespace {

using namespace suara;
namespace fs = std::filesystem;

struct run_result {
    int status = -1;
    std::string out;
};

// Runs a shell command; captures standard output and the exit status.
run_result run(const std::string& command) {
    run_result r;
    FILE* p = popen(command.c_str(), "r");
    if (p == nullptr) return r;
    std::array<char, 65536> buf{};
    std::size_t n = 0;
    while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
    const int st = pclose(p);
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    return r;
}

// Every run states the same time (SOURCE_DATE_EPOCH), so that reports can be compared byte for byte.
constexpr std::int64_t fixed_epoch = 1732665600;  // 2024-11-27T00:00:00Z
std::string audit(const std::string& args) {
    return "SOURCE_DATE_EPOCH=" + std::to_string(fixed_epoch) + " " + std::string{SUARA_AUDIT_EXE} + " --quiet " + args;
}

fs::path temp_dir() {
    const auto d = fs::temp_directory_path() / ("suara-bulk-cli-" + std::to_string(::getpid()));
    fs::create_directories(d);
    return d;
}

fs::path write_file(const std::string& name, const std::string& text) {
    const auto p = temp_dir() / name;
    std::ofstream(p, std::ios::binary) << text;
    return p;
}

std::vector<boost::json::object> jsonl(const std::string& text) {
    std::vector<boost::json::object> out;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line))
        if (!line.empty()) out.push_back(boost::json::parse(line).as_object());
    return out;
}

// The record's type (docs/cli.md: every jsonl record has one).
std::string type_of(const boost::json::object& l) { return std::string{l.at("type").as_string()}; }
bool is_finding(const boost::json::object& l) { return type_of(l) == "finding"; }

const boost::json::object& summary_of(const std::vector<boost::json::object>& lines) {
    BOOST_TEST_REQUIRE(!lines.empty());
    BOOST_TEST_REQUIRE(type_of(lines.back()) == "summary");
    return lines.back();
}

std::int64_t by_rule(const boost::json::object& summary, std::string_view rule) {
    const auto& m = summary.at("by_rule").as_object();
    auto it = m.find(rule);
    return it == m.end() ? 0 : it->value().as_int64();
}

const std::string header = "kode_tps,kontes,suara_1,suara_2,suara_sah,suara_tidak_sah,suara_total\n";

}  // namespace

BOOST_AUTO_TEST_SUITE(bulk_with_catalogue)

BOOST_AUTO_TEST_CASE(real_sample_gives_identical_results_for_any_thread_count) {
    auto sample = io::read_sirekap(fs::path{SUARA_DATA_DIR} / "sirekap");
    // Repeat the sample with fresh codes to get enough rows for several parts per thread.
    sheet_batch big;
    for (std::uint64_t copy = 0; copy < 40; ++copy)
        for (std::size_t i = 0; i < sample.sheets.size(); ++i) {
            auto s = sample.sheets.at(i);
            s.tps = *tps_code::from_number(s.tps.number() + copy * 1'000'000'000'000ULL % 9'000'000'000'000ULL);
            big.push_back(s);
        }
    const auto one = validate(big, regime_choice::by_contest, {1, rule_set::all()});
    BOOST_TEST(one.findings.size() > 0U);
    for (unsigned t : {2U, 3U, 8U}) {
        const auto many = validate(big, regime_choice::by_contest, {t, rule_set::all()});
        BOOST_TEST((many == one), "results differ with " << t << " threads");
    }
    // The bulk path agrees with the catalogue applied sheet by sheet.
    std::vector<finding> direct;
    for (std::size_t i = 0; i < big.size(); ++i)
        check_sheet<pemilu_2024>(big.row(i), [&](const finding& f) { direct.push_back(f); });
    BOOST_TEST((direct == one.findings));
}

namespace {
// A complete, consistent sheet under regime R: every identity holds, the allocation is exact.
template <class R>
sheet clean_sheet(kontes k, std::uint64_t code) {
    synthetic::tps_counts t;
    t.contest = k;
    t.dpt_l = 120, t.dpt_p = 130, t.voted_dpt_l = 100, t.voted_dpt_p = 110;
    t.invalid = 10;
    t.candidates = 3;
    t.votes[0] = 90, t.votes[1] = 70, t.votes[2] = 40;
    return synthetic::sheet_of<R>(t, *tps_code::from_number(code));
}

// The clean sheet and every single-figure perturbation of it: +1, -1, x10, missing, huge.
template <class R>
sheet_batch perturbed(kontes k) {
    sheet_batch b;
    std::uint64_t code = 6471011001001ULL;
    const auto base = clean_sheet<R>(k, code);
    b.push_back(base);
    for (std::size_t f = 0; f < field_count; ++f) {
        for (int how = 0; how < 5; ++how) {
            auto s = base;
            s.tps = *tps_code::from_number(++code);
            const std::uint32_t v = s.figures[f];
            switch (how) {
            case 0: s.figures[f] = v + 1; break;
            case 1: s.figures[f] = v == 0 ? 0 : v - 1; break;
            case 2: s.figures[f] = v * 10 + 1; break;
            case 3: s.figures[f] = missing_figure; break;
            default: s.figures[f] = max_figure / 30; break;
            }
            b.push_back(s);
        }
    }
    for (std::size_t c = 0; c < 3; ++c)
        for (std::uint32_t v : {0U, 41U, 9U, missing_figure}) {
            auto s = base;
            s.tps = *tps_code::from_number(++code);
            s.votes[c] = v;
            b.push_back(s);
        }
    return b;
}

// The law of the column screen: a row it clears fires no rule of the catalogue.
template <class R, class Engine>
void check_screen_never_hides(const sheet_batch& b, const Engine& engine, bool expect_cleared = true) {
    const auto table = engine.screen_limits();
    std::array<std::uint8_t, screen_block> keep{};
    std::size_t cleared = 0, kept = 0;
    for (std::size_t s = 0; s < b.size(); s += screen_block) {
        const std::size_t e = std::min(b.size(), s + screen_block);
        screen_rows(b, s, e, table, keep);
        for (std::size_t i = s; i < e; ++i) {
            const auto fired = fired_rules<R>(b.row(i));
            if (keep[i - s] == 0) {
                ++cleared;
                BOOST_TEST(fired.empty(), "screen cleared row " << i << " on which " << fired << " fire");
            } else {
                ++kept;
            }
        }
    }
    if (expect_cleared) BOOST_TEST(cleared > 0U);  // the screen does clear rows (else it is pointless)
    BOOST_TEST(kept > 0U);
}
}  // namespace

BOOST_AUTO_TEST_CASE(screen_never_clears_a_row_the_catalogue_flags) {
    const auto pilkada = perturbed<pilkada_2024>(kontes::pkwkk);
    const auto pemilu = perturbed<pemilu_2024>(kontes::ppwp);
    BOOST_TEST(fired_rules<pilkada_2024>(pilkada.row(0)).empty());  // the clean sheet is clean
    BOOST_TEST(fired_rules<pemilu_2024>(pemilu.row(0)).empty());
    check_screen_never_hides<pilkada_2024>(pilkada, contest_engine{});
    check_screen_never_hides<pemilu_2024>(pemilu, contest_engine{});
    check_screen_never_hides<pilkada_2024>(pilkada, regime_engine<pilkada_2024>{});
    // Forced regime: the Pemilu table applied to Pilkada sheets (their allocation is Pilkada's,
    // so ballots.allocation fires everywhere and nothing is cleared).
    check_screen_never_hides<pemilu_2024>(pilkada, contest_engine{regime_choice::of<pemilu_2024>()}, false);
    auto sample = io::read_sirekap(fs::path{SUARA_DATA_DIR} / "sirekap");
    const auto table = contest_engine{}.screen_limits();
    std::array<std::uint8_t, screen_block> keep{};
    for (std::size_t s = 0; s < sample.sheets.size(); s += screen_block) {
        const std::size_t e = std::min(sample.sheets.size(), s + screen_block);
        screen_rows(sample.sheets, s, e, table, keep);
        for (std::size_t i = s; i < e; ++i)
            if (keep[i - s] == 0) BOOST_TEST(fired_rules<pemilu_2024>(sample.sheets.row(i)).empty());
    }
}

BOOST_AUTO_TEST_CASE(screen_on_and_off_give_identical_results) {
    auto b = perturbed<pilkada_2024>(kontes::pkwkk);
    const auto p2 = perturbed<pemilu_2024>(kontes::ppwp);
    for (std::size_t i = 0; i < p2.size(); ++i) b.push_back(p2.row(i));
    for (unsigned t : {1U, 3U}) {
        const auto on = validate(b, regime_choice::by_contest, {t, rule_set::all(), true});
        const auto off = validate(b, regime_choice::by_contest, {t, rule_set::all(), false});
        BOOST_TEST((on == off));
        BOOST_TEST(on.summary.flagged > 0U);
    }
}

// bulk/tuning.hpp: a tolerance or a rule switched off removes exactly the findings it should,
// and the screened and unscreened paths still agree.
BOOST_AUTO_TEST_CASE(tuning_changes_exactly_its_findings_and_the_screen_stays_exact) {
    auto b = perturbed<pilkada_2024>(kontes::pkwkk);
    const auto p2 = perturbed<pemilu_2024>(kontes::ppwp);
    for (std::size_t i = 0; i < p2.size(); ++i) b.push_back(p2.row(i));
    auto sample = io::read_sirekap(fs::path{SUARA_DATA_DIR} / "sirekap");
    for (std::size_t i = 0; i < sample.sheets.size(); ++i) b.push_back(sample.sheets.row(i));
    const contest_engine plain{};
    const auto base = validate_with(b, plain, {1, rule_set::all(), true});
    rule_tuning t;
    t.rules[static_cast<std::size_t>(rule_id::votes_valid_sum)].tolerance = rule_tolerance{2, false};
    t.rules[static_cast<std::size_t>(rule_id::votes_vs_voters)].tolerance = rule_tolerance_from_string("1%");
    t.rules[static_cast<std::size_t>(rule_id::ballots_balance)].tolerance = rule_tolerance_from_string("0.5%");
    t.rules[static_cast<std::size_t>(rule_id::tps_capacity)].level = severity::error;
    t.enabled.erase(rule_id::voters_copied_row);
    for (unsigned threads : {1U, 3U}) {
        const auto on = validate_with(b, tuned_engine<contest_engine>{plain, t}, {threads, rule_set::all(), true});
        const auto off = validate_with(b, tuned_engine<contest_engine>{plain, t}, {threads, rule_set::all(), false});
        BOOST_TEST((on.findings == off.findings));
        BOOST_TEST((on.summary == off.summary));
        // Expected: the untuned findings, less those the tuning drops, with tps.capacity as error.
        std::vector<finding> expected;
        for (finding f : base.findings) {
            const auto diff = [&] { return f.values[0].value > f.values[1].value ? f.values[0].value - f.values[1].value
                                                                                  : f.values[1].value - f.values[0].value; };
            const auto big = std::max(f.values[0].value, f.values[1].value);
            if (f.rule == rule_id::voters_copied_row) continue;
            if (f.rule == rule_id::votes_valid_sum && diff() <= 2) continue;
            if (f.rule == rule_id::votes_vs_voters && diff() * 100 <= big) continue;
            if (f.rule == rule_id::ballots_balance && diff() * 200 <= big) continue;
            if (f.rule == rule_id::tps_capacity) f.level = severity::error;
            expected.push_back(f);
        }
        BOOST_TEST((on.findings == expected));
        BOOST_TEST(on.findings.size() < base.findings.size());
    }
    // The parts of a tolerance.
    BOOST_TEST((rule_tolerance_from_string("2") == rule_tolerance{2, false}));
    BOOST_TEST((rule_tolerance_from_string("1.25%") == rule_tolerance{12500, true}));
    BOOST_TEST(rule_tolerance_from_string("1.25%")->text() == "1.25%");
    BOOST_TEST((rule_tolerance{2, false}.allows(100, 102)));
    BOOST_TEST((!rule_tolerance{2, false}.allows(100, 103)));
    BOOST_TEST((rule_tolerance{10000, true}.allows(200, 202)));   // 1 % of 202 = 2.02
    BOOST_TEST((!rule_tolerance{10000, true}.allows(200, 203)));  // 1 % of 203 = 2.03 < 3
    BOOST_TEST((rule_tolerance_from_string("1000000000000") == rule_tolerance{max_absolute_tolerance, false}));
    for (const char* bad : {"", "-1", "1.5", "2%%", "101%", "0.00001%", ".5%", "1.%", "x", "1000000000001", "18446744073709551616"})
        BOOST_TEST(!rule_tolerance_from_string(bad).has_value(), bad);
    BOOST_TEST((rules_matching("votes.*") == rule_set{rule_id::votes_valid_sum, rule_id::votes_total_sum, rule_id::votes_vs_voters,
                                                       rule_id::votes_over_supply, rule_id::votes_party_sum}));
    BOOST_TEST(rules_matching("votes.valid").empty());
    BOOST_TEST(tolerance_sides(rule_id::recap_mismatch).has_value());
    BOOST_TEST(!tolerance_sides(rule_id::votes_over_supply).has_value());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(suara_audit_cli)

BOOST_AUTO_TEST_CASE(sirekap_sample_jsonl_counts_match_an_independent_count) {
    const fs::path root = fs::path{SUARA_DATA_DIR} / "sirekap";
    const auto r = run(audit("--output jsonl " + root.string()));
    const auto lines = jsonl(r.out);
    const auto& s = summary_of(lines);

    // Independent count, straight from the JSON: votes.valid_sum where all three pairs and
    // suara_sah are present and differ; votes.total_sum likewise for sah + tidak_sah vs total.
    std::int64_t files = 0, valid_sum = 0, total_sum = 0;
    for (const auto& e : fs::recursive_directory_iterator{root}) {
        if (!e.is_regular_file() || e.path().extension() != ".json") continue;
        ++files;
        std::ifstream in(e.path(), std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        const auto v = boost::json::parse(ss.str()).as_object();
        const auto* adm = v.at("administrasi").if_object();
        const auto* chart = v.at("chart").if_object();
        auto num = [](const boost::json::object* o, std::string_view k) -> std::optional<std::int64_t> {
            if (o == nullptr) return std::nullopt;
            auto it = o->find(k);
            if (it == o->end() || it->value().is_null()) return std::nullopt;
            return it->value().to_number<std::int64_t>();
        };
        const auto a = num(chart, "100025"), b = num(chart, "100026"), c = num(chart, "100027");
        const auto sah = num(adm, "suara_sah"), tidak = num(adm, "suara_tidak_sah"), total = num(adm, "suara_total");
        if (a && b && c && sah && *a + *b + *c != *sah) ++valid_sum;
        if (sah && tidak && total && *sah + *tidak != *total) ++total_sum;
    }
    BOOST_TEST(files == 1000);
    BOOST_TEST(s.at("read").as_int64() == files);
    BOOST_TEST(s.at("read").as_int64() == s.at("validated").as_int64() + s.at("rejected").as_int64());
    BOOST_TEST(valid_sum > 0);
    BOOST_TEST(by_rule(s, "votes.valid_sum") == valid_sum);
    BOOST_TEST(by_rule(s, "votes.total_sum") == total_sum);

    // Every finding line is counted in the summary, and nothing else is.
    std::map<std::string, std::int64_t> counted;
    std::int64_t findings = 0;
    for (const auto& l : lines) {
        if (!is_finding(l)) continue;
        ++findings;
        ++counted[std::string{l.at("rule").as_string()}];
        BOOST_TEST(l.at("kode_tps").as_string().size() == 13U);
        BOOST_TEST(l.at("kontes").as_string() == "ppwp");
        BOOST_TEST(!l.at("basis").as_string().empty());
        BOOST_TEST(!l.at("message").as_string().empty());
    }
    for (const auto& [rule, n] : counted) BOOST_TEST(by_rule(s, rule) == n, rule);
    BOOST_TEST(s.at("findings").as_int64() == findings);
    BOOST_TEST(r.status == (by_rule(s, "votes.valid_sum") > 0 ? 1 : 0));
}

BOOST_AUTO_TEST_CASE(exit_status_is_0_without_error_findings_and_1_with) {
    const auto clean = write_file("clean.csv", header + "6471011001001,pkwkk,50,40,90,5,95\n");
    const auto bad = write_file("bad.csv", header + "6471011001001,pkwkk,50,40,91,5,96\n");
    BOOST_TEST(run(audit(clean.string())).status == 0);
    const auto r = run(audit("--output jsonl " + bad.string()));
    BOOST_TEST(r.status == 1);
    BOOST_TEST(by_rule(summary_of(jsonl(r.out)), "votes.valid_sum") == 1);
}

BOOST_AUTO_TEST_CASE(exit_status_is_2_for_usage_errors_and_unopenable_input) {
    BOOST_TEST(run(audit("--bogus 2>/dev/null")).status == 2);
    BOOST_TEST(run(audit("--output xml 2>/dev/null")).status == 2);
    BOOST_TEST(run(audit("--threads 0 2>/dev/null")).status == 2);
    BOOST_TEST(run(audit("--regime pilkada-2099 2>/dev/null")).status == 2);
    BOOST_TEST(run(audit("/nonexistent/suara.csv 2>/dev/null")).status == 2);
    BOOST_TEST(run(audit("--recap /nonexistent/recap.csv 2>/dev/null")).status == 2);
    // Nothing is written to standard output when an input cannot be opened.
    BOOST_TEST(run(audit("--output jsonl /nonexistent/suara.csv 2>/dev/null")).out.empty());
}

// docs/cli.md: --fail-on picks the findings that give 1: a severity and above, or outcomes.
BOOST_AUTO_TEST_CASE(fail_on_takes_a_severity_or_a_list_of_outcomes) {
    // A clean sheet whose ballot box was opened: a re-vote ground, severity warning.
    const auto psu = write_file("psu.csv", "kode_tps,kontes,suara_1,suara_2,suara_sah,suara_tidak_sah,suara_total,kejadian_kotak_dibuka\n"
                                           "6471011001001,pkwkk,50,40,90,5,95,1\n");
    const auto bad = write_file("bad-fail-on.csv", header + "6471011001001,pkwkk,50,40,91,5,96\n");
    BOOST_TEST(run(audit(psu.string())).status == 0);  // default: errors only
    BOOST_TEST(run(audit("--fail-on warning " + psu.string())).status == 1);
    BOOST_TEST(run(audit("--fail-on=psu,recount " + psu.string())).status == 1);
    BOOST_TEST(run(audit("--fail-on recount " + psu.string())).status == 0);
    BOOST_TEST(run(audit("--fail-on error " + psu.string())).status == 0);
    BOOST_TEST(run(audit("--fail-on info " + psu.string())).status == 1);
    BOOST_TEST(run(audit("--fail-on psu " + bad.string())).status == 0);  // a correction, not a re-vote
    BOOST_TEST(run(audit("--fail-on correction " + bad.string())).status == 1);
    BOOST_TEST(run(audit("--fail-on psl,pss,correction " + bad.string())).status == 1);
    BOOST_TEST(run(audit("--fail-on fatal 2>/dev/null " + bad.string())).status == 2);
    BOOST_TEST(run(audit("--fail-on psu,none 2>/dev/null " + bad.string())).status == 2);
    BOOST_TEST(run(audit("--fail-on psu, 2>/dev/null " + bad.string())).status == 2);
    const auto p = fail_policy_from_string("psl,pss");
    BOOST_TEST_REQUIRE(p.has_value());
    BOOST_TEST((p->outcomes == std::vector<outcome>{outcome::continued, outcome::follow_up}));
}

// docs/cli.md: an input that is no C.Hasil CSV at all (binary, no kode_tps) is refused: 2, with
// the report of the other inputs still written; 3 when no sheet at all could be validated.
BOOST_AUTO_TEST_CASE(exit_status_2_for_a_csv_refused_whole_and_3_when_nothing_is_validated) {
    const auto clean = write_file("clean-3.csv", header + "6471011001001,pkwkk,50,40,90,5,95\n");
    const auto no_code = write_file("no-code.csv", "kontes,suara_1,suara_2\npkwkk,1,2\n");
    std::string bytes{"\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0", 20};
    for (int i = 0; i < 200; ++i) bytes += static_cast<char>(i);
    const auto binary = write_file("program.bin", bytes);
    const auto r = run(audit("--output jsonl " + no_code.string() + " " + clean.string() + " 2>/dev/null"));
    BOOST_TEST(r.status == 2);
    BOOST_TEST(summary_of(jsonl(r.out)).at("validated").as_int64() == 1);  // the clean file was still audited
    BOOST_TEST(run(audit(binary.string() + " 2>/dev/null")).status == 2);
    BOOST_TEST(run(audit("--format csv " + binary.string() + " " + clean.string() + " 2>/dev/null")).status == 2);
    // Only rejected rows, or a header and no rows: nothing validated.
    const auto rejected = write_file("all-rejected.csv", header + "6471011001001,pkwkk,50,-4,90,5,95\n64710110010,pkwkk,1,1,2,0,2\n");
    const auto empty = write_file("header-only.csv", header);
    BOOST_TEST(run(audit(rejected.string() + " 2>/dev/null")).status == 3);
    BOOST_TEST(run(audit(empty.string() + " 2>/dev/null")).status == 3);
    BOOST_TEST(run(audit(rejected.string() + " " + clean.string() + " 2>/dev/null")).status == 0);
    // A folder of Sirekap files of which every one is rejected (a contest its path does not name).
    const fs::path folder = temp_dir() / "sirekap-all-rejected";
    fs::create_directories(folder);
    int copied = 0;
    for (const auto& e : fs::recursive_directory_iterator{fs::path{SUARA_DATA_DIR} / "sirekap"}) {
        if (!e.is_regular_file() || e.path().extension() != ".json" || copied == 5) continue;
        fs::copy_file(e.path(), folder / e.path().filename(), fs::copy_options::overwrite_existing);
        ++copied;
    }
    BOOST_TEST_REQUIRE(copied == 5);
    const auto s = run(audit("--output jsonl " + folder.string() + " 2>/dev/null"));
    BOOST_TEST(s.status == 3);
    BOOST_TEST(summary_of(jsonl(s.out)).at("rejected").as_int64() == 5);
}

// The three Sirekap input forms (folder tree, tar.gz and zip archives, NDJSON from a file and
// from standard input) audit to the same findings; a member named with ../ is rejected by name.
BOOST_AUTO_TEST_CASE(sirekap_archives_and_ndjson_audit_like_the_folder) {
    const fs::path root = fs::path{SUARA_DATA_DIR} / "sirekap";
    const fs::path dir = temp_dir() / "sirekap-forms";
    fs::create_directories(dir);
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator{root})
        if (e.is_regular_file() && e.path().extension() == ".json") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    {
        std::ofstream nd(dir / "all.ndjson", std::ios::binary);
        for (std::size_t i = 0; i < files.size(); ++i) {
            std::ifstream in(files[i], std::ios::binary);
            std::string text{std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
            std::replace(text.begin(), text.end(), '\n', ' ');
            const std::string code = files[i].stem().string();
            if (i % 2 == 0) nd << R"({"kode_tps": ")" << code << R"(", "kontes": "ppwp", )" << text.substr(text.find('{') + 1) << '\n';
            else nd << R"({")" << code << R"(": )" << text << "}\n";
        }
    }
    const std::string tgz = (dir / "all.tar.gz").string(), zip = (dir / "all.zip").string();
    BOOST_TEST_REQUIRE(run("tar -C " + root.string() + " -czf " + tgz + " pemilu").status == 0);
    // findings as (kode_tps, rule, message): the file of each differs by form
    auto findings = [](const run_result& r) {
        std::vector<std::string> out;
        for (const auto& l : jsonl(r.out))
            if (is_finding(l))
                out.push_back(std::string{l.at("kode_tps").as_string()} + " " + std::string{l.at("rule").as_string()} + " " +
                              std::string{l.at("message").as_string()});
        std::sort(out.begin(), out.end());
        return out;
    };
    const auto want = run(audit("--output jsonl " + root.string()));
    const auto expected = findings(want);
    BOOST_TEST(expected.size() > 100U);
    const std::string nd = (dir / "all.ndjson").string();
    for (const std::string& args : {"--output jsonl " + tgz, "--output jsonl --kontes ppwp " + nd,
                                    "--output jsonl --kontes ppwp --format sirekap - < " + nd}) {
        const auto got = run(audit(args));
        BOOST_TEST_CONTEXT(args) {
            BOOST_TEST(got.status == want.status);
            BOOST_TEST(summary_of(jsonl(got.out)).at("validated").as_int64() == 1000);
            BOOST_TEST(findings(got) == expected, boost::test_tools::per_element());
        }
    }
    // Without --kontes the wrapped half (no kontes field) is rejected, each with its line.
    const auto half = run(audit("--output jsonl " + nd + " 2>/dev/null"));
    BOOST_TEST(summary_of(jsonl(half.out)).at("rejected").as_int64() == 500);
    // A hostile member name: rejected by name, nothing written, the rest audited.
    const fs::path evil = dir / "evil";
    fs::create_directories(evil / "sub");
    fs::copy_file(files[0], evil / "sub" / files[0].filename(), fs::copy_options::overwrite_existing);
    const std::string evil_tar = (dir / "evil.tar").string();
    BOOST_TEST_REQUIRE(run("tar -C " + (evil / "sub").string() + " -cf " + evil_tar + " -P ../sub/" +
                           files[0].filename().string()).status == 0);
    const auto e = run(audit("--lang en --kontes ppwp " + evil_tar + " 2>&1"));
    BOOST_TEST(e.status == 3);
    BOOST_TEST(e.out.find("unsafe archive member name") != std::string::npos, e.out);
}

// -o FILE: the report appears whole under its name, or not at all.
BOOST_AUTO_TEST_CASE(output_file_is_written_atomically) {
    const auto bad = write_file("bad-o.csv", header + "6471011001001,pkwkk,50,40,91,5,96\n");
    const fs::path dir = temp_dir() / "reports";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const fs::path target = dir / "findings.jsonl";
    const auto to_stdout = run(audit("--output jsonl " + bad.string()));
    const auto r = run(audit("--output jsonl -o " + target.string() + " " + bad.string()));
    BOOST_TEST(r.status == 1);
    BOOST_TEST(r.out.empty());
    std::ifstream in(target, std::ios::binary);
    const std::string written{std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
    BOOST_TEST(written == to_stdout.out);
    auto entries = [&] {
        std::vector<std::string> names;
        for (const auto& e : fs::directory_iterator{dir}) names.push_back(e.path().filename().string());
        std::sort(names.begin(), names.end());
        return names;
    };
    BOOST_TEST((entries() == std::vector<std::string>{"findings.jsonl"}));  // no temporary file left
    // A run that fails before its report leaves the previous report as it was, and no temporary file.
    BOOST_TEST(run(audit("--output-file=" + target.string() + " /nonexistent/x.csv 2>/dev/null")).status == 2);
    std::ifstream again(target, std::ios::binary);
    BOOST_TEST(std::string(std::istreambuf_iterator<char>{again}, std::istreambuf_iterator<char>{}) == written);
    BOOST_TEST((entries() == std::vector<std::string>{"findings.jsonl"}));
    // --actions and --rollup the same way: a failed run makes neither (their folder was checked
    // without creating them), a complete run leaves both whole and no temporary file.
    const std::string lists = " --actions " + (dir / "actions.csv").string() + " --rollup " + (dir / "rollup.csv").string();
    BOOST_TEST(run(audit(lists + " /nonexistent/x.csv 2>/dev/null")).status == 2);
    BOOST_TEST((entries() == std::vector<std::string>{"findings.jsonl"}));
    BOOST_TEST(run(audit(lists + " " + bad.string() + " >/dev/null")).status == 1);
    BOOST_TEST((entries() == std::vector<std::string>{"actions.csv", "findings.jsonl", "rollup.csv"}));
    BOOST_TEST(fs::file_size(dir / "rollup.csv") > 0U);
    BOOST_TEST(run(audit("--actions " + (dir / "missing" / "a.csv").string() + " " + bad.string() + " >/dev/null 2>&1")).status == 2);
    BOOST_TEST(!fs::exists(dir / "missing"));
    fs::remove(dir / "actions.csv");
    fs::remove(dir / "rollup.csv");
    // In process, and into a folder that does not exist: exit 2, nothing made.
    audit_options o;
    o.inputs = {bad.string()};
    o.run_time = fixed_epoch;
    o.output_file = (dir / "missing" / "r.txt").string();
    std::ostringstream out, err;
    BOOST_TEST(run_audit(o, audit_sources{}, out, err) == exit_usage);
    BOOST_TEST(err.str() == "suara-audit: tidak dapat membuat berkas laporan di samping " + o.output_file + "\n");
    BOOST_TEST(!fs::exists(dir / "missing"));
    o.output_file = (dir / "in-process.txt").string();
    BOOST_TEST(run_audit(o, audit_sources{}, out, err) == exit_errors);
    BOOST_TEST(out.str().empty());
    BOOST_TEST(fs::file_size(dir / "in-process.txt") > 0U);
}

BOOST_AUTO_TEST_CASE(rejected_rows_are_reported_counted_and_do_not_stop_the_run) {
    const auto csv = write_file("mixed.csv", header +
                                                 "6471011001001,pkwkk,50,40,90,5,95\n"
                                                 "6471011001002,pkwkk,50,-4,90,5,95\n"
                                                 "64710110010,pkwkk,1,1,2,0,2\n"
                                                 "6471011001003,pkwkk,50,40,91,5,96\n");
    const auto r = run(audit("--output jsonl " + csv.string()));
    const auto lines = jsonl(r.out);
    const auto& s = summary_of(lines);
    BOOST_TEST(s.at("read").as_int64() == 4);
    BOOST_TEST(s.at("validated").as_int64() == 2);
    BOOST_TEST(s.at("rejected").as_int64() == 2);
    std::vector<std::string> sources;
    for (const auto& l : lines)
        if (type_of(l) == "rejected")
            sources.push_back(std::string{l.at("source").at("file").as_string()} + ":" +
                              std::to_string(l.at("source").at("line").as_int64()));
    BOOST_TEST_REQUIRE(sources.size() == 2U);
    BOOST_TEST(sources[0] == csv.string() + ":3");
    BOOST_TEST(sources[1] == csv.string() + ":4");
    BOOST_TEST(by_rule(s, "votes.valid_sum") == 1);  // the row after the bad ones was validated
    BOOST_TEST(r.status == 1);
}

BOOST_AUTO_TEST_CASE(standard_input_and_languages) {
    const auto csv = write_file("stdin.csv", header + "6471011001001,pkwkk,50,40,91,5,96\n");
    const auto id = run("cat " + csv.string() + " | " + audit("-"));
    BOOST_TEST(id.status == 1);
    BOOST_TEST(id.out.find("Lembar dibaca") != std::string::npos);
    BOOST_TEST(id.out.find("Dasar hukum") != std::string::npos);
    BOOST_TEST(id.out.find("TPS 6471011001001 (pkwkk)") != std::string::npos);
    const auto en = run("cat " + csv.string() + " | " + audit("--lang en -"));
    BOOST_TEST(en.out.find("Sheets read") != std::string::npos);
    BOOST_TEST(en.out.find("Legal basis") != std::string::npos);
    const auto csv_out = run(audit("--output csv " + csv.string()));
    // The columns first (no comment lines: a loader takes the file as it is), then one row a finding.
    BOOST_TEST(csv_out.out.rfind("kode_tps,kode_provinsi,kode_kabkota,kode_kecamatan,kode_desa,kontes,regime,rule,", 0) == 0);
    BOOST_TEST(csv_out.out.find("\n6471011001001,64,6471,647101,6471011001,pkwkk,pilkada-2024,votes.valid_sum,error,correction,true," +
                                csv.string() + ",2,,") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(roll_up_options_fire_the_recap_rules) {
    const auto csv = write_file("city.csv", header +
                                                "6471011001001,pkwkk,50,40,90,5,95\n"
                                                "6471011001002,pkwkk,10,20,30,1,31\n");
    const auto good = write_file("recap-good.csv", "kode_wilayah,kontes,suara_1,suara_sah\n6471011001,pkwkk,60,120\n");
    const auto off = write_file("recap-off.csv", "kode_wilayah,kontes,suara_1,suara_sah\n6471011001,pkwkk,61,120\n");
    const auto tree = write_file("tree.txt", "6471011001001\n6471011001002\n6471011001003\n");
    const auto r0 = run(audit("--output jsonl --recap " + good.string() + " " + csv.string()));
    BOOST_TEST(by_rule(summary_of(jsonl(r0.out)), "recap.mismatch") == 0);
    BOOST_TEST(r0.status == 0);
    const auto r1 = run(audit("--output jsonl --recap " + off.string() + " " + csv.string()));
    BOOST_TEST(by_rule(summary_of(jsonl(r1.out)), "recap.mismatch") == 1);
    BOOST_TEST(r1.status == 1);  // recap.mismatch is an error
    // A region's finding names the region at its level and no TPS.
    BOOST_TEST(r1.out.find("\"kode_tps\": null, \"kode_provinsi\": \"64\", \"kode_kabkota\": \"6471\", "
                           "\"kode_kecamatan\": \"647101\", \"kode_desa\": \"6471011001\"") != std::string::npos);
    const auto r2 = run(audit("--output jsonl --regions " + tree.string() + " " + csv.string()));
    const auto lines = jsonl(r2.out);
    BOOST_TEST(by_rule(summary_of(lines), "recap.missing_tps") == 1);
    bool missing_named = false;
    for (const auto& l : lines)
        missing_named = missing_named || (is_finding(l) && l.at("rule").as_string() == "recap.missing_tps" &&
                                          l.at("kode_tps").as_string() == "6471011001003" && l.at("kontes").as_string() == "pkwkk");
    BOOST_TEST(missing_named);
}

// With no input, suara-audit audits the embedded Balikpapan data: exactly the planted defects
// are reported (the data set's own list), and the exit status says errors were found.
BOOST_AUTO_TEST_CASE(no_input_audits_the_embedded_data_and_finds_exactly_the_planted_defects) {
    namespace bpn = suara::data::balikpapan_2024;
    const auto batch = bpn::batch();
    std::set<std::string> want;
    for (const auto& p : bpn::planted_defects) {
        std::string_view rules = p.rules;
        if (rules == "(none)") continue;
        const std::string place = to_string(batch.codes()[p.row]) + "," + std::string{to_string(batch.contests()[p.row])} + ",";
        while (!rules.empty()) {
            const auto comma = rules.find(", ");
            want.insert(place + std::string{rules.substr(0, comma)});
            rules = comma == std::string_view::npos ? std::string_view{} : rules.substr(comma + 2);
        }
    }
    const auto r = run(audit("--output jsonl"));
    BOOST_TEST(r.status == 1);
    const auto lines = jsonl(r.out);
    std::set<std::string> got;
    for (const auto& l : lines)
        if (is_finding(l))
            got.insert(std::string{l.at("kode_tps").as_string()} + "," + std::string{l.at("kontes").as_string()} + "," +
                       std::string{l.at("rule").as_string()});
    BOOST_TEST(want.size() > 30U);
    BOOST_TEST((got == want));
    const auto& s = summary_of(lines);
    BOOST_TEST(s.at("read").as_int64() == static_cast<std::int64_t>(2 * bpn::tps_count));
    BOOST_TEST(s.at("rejected").as_int64() == 0);
    // The default text report names the villages.
    const auto text = run(audit(""));
    BOOST_TEST(text.out.find("Lembar dibaca                 1992") != std::string::npos);
    BOOST_TEST(text.out.find("MANGGAR BARU") != std::string::npos);
}

#ifdef SUARA_NATIONAL_GENERATOR
// The national generator plants defects and writes, per defective sheet, every rule that must
// fire (sheets not listed fire nothing). suara-audit must recover that truth exactly.
BOOST_AUTO_TEST_CASE(generator_ground_truth_is_recovered_exactly) {
    for (const std::string shape : {"pemilu", "pilkada"}) {
        const auto csv = temp_dir() / ("national-" + shape + ".csv");
        const auto truth = temp_dir() / ("national-" + shape + ".truth.csv");
        const auto gen = run(std::string{SUARA_NATIONAL_GENERATOR} + " --shape " + shape +
                             " --tps 20000 --seed 7 --defect-rate 0.03 --out " + csv.string() + " --truth " +
                             truth.string() + " 2>/dev/null");
        BOOST_TEST_REQUIRE(gen.status == 0);
        std::set<std::string> want;
        {
            std::ifstream in(truth);
            std::string line;
            std::getline(in, line);  // header
            while (std::getline(in, line))
                if (!line.empty()) want.insert(line);
        }
        BOOST_TEST(want.size() > 100U);
        const auto r = run(audit("--output jsonl " + csv.string()));
        const auto lines = jsonl(r.out);
        std::set<std::string> got;
        for (const auto& l : lines)
            if (is_finding(l))
                got.insert(std::string{l.at("kode_tps").as_string()} + "," + std::string{l.at("kontes").as_string()} +
                           "," + std::string{l.at("rule").as_string()});
        const auto& s = summary_of(lines);
        BOOST_TEST(s.at("rejected").as_int64() == 0);
        BOOST_TEST(s.at("validated").as_int64() >= 20000);
        std::vector<std::string> missed, extra;
        std::set_difference(want.begin(), want.end(), got.begin(), got.end(), std::back_inserter(missed));
        std::set_difference(got.begin(), got.end(), want.begin(), want.end(), std::back_inserter(extra));
        BOOST_TEST(missed.empty(), shape << ": " << missed.size() << " planted findings not reported, first "
                                         << (missed.empty() ? "" : missed.front()));
        BOOST_TEST(extra.empty(), shape << ": " << extra.size() << " findings not planted, first "
                                        << (extra.empty() ? "" : extra.front()));
    }
}
#endif

// ---- output independent of the thread count ----

// A generated file with defects, rejected cells and duplicates, large enough to be split
// between three validation threads: --threads 1, 2 and 3 write byte-identical reports.
BOOST_AUTO_TEST_CASE(any_thread_count_writes_byte_identical_reports) {
    std::string text = header;
    for (int i = 0; i < 30'000; ++i) {
        const std::uint64_t code = 6471011001000ULL + static_cast<std::uint64_t>(i / 900) * 1000 + 1 + i % 900;
        const int a = 50 + i % 37, b = 40 + i % 23, invalid = i % 5;
        const int valid = a + b + (i % 211 == 0 ? 1 : 0);  // votes.valid_sum on some rows
        text += std::to_string(code) + ",pkwkk,";
        text += i % 997 == 0 ? std::string{"x"} : std::to_string(a);  // rejected cell
        for (const int v : {b, valid, invalid, valid + invalid}) {
            text += ',';
            text += std::to_string(v);
        }
        text += '\n';
        if (i % 1499 == 7) text += std::to_string(code) + ",pkwkk,1,1,2,0,2\n";  // duplicate of the line above
    }
    const auto csv = write_file("threads.csv", text);
    for (const char* format : {"jsonl", "csv"}) {
        BOOST_TEST_CONTEXT("--output " << format) {
            const auto one = run(audit("--output " + std::string{format} + " --threads 1 " + csv.string() + " 2>/dev/null"));
            BOOST_TEST(one.status == 1);
            if (std::string_view{format} == "jsonl") {
                const auto lines = jsonl(one.out);
                const auto& sum = summary_of(lines);
                BOOST_TEST(sum.at("rejected").as_int64() == 31 + 21);  // 31 bad cells, 21 duplicates
                BOOST_TEST(by_rule(sum, "votes.valid_sum") > 100);
            }
            for (int t : {2, 3}) {
                const auto many = run(audit("--output " + std::string{format} + " --threads " + std::to_string(t) + " " +
                                            csv.string() + " 2>/dev/null"));
                BOOST_TEST(many.status == one.status);
                BOOST_TEST((many.out == one.out), "report differs with --threads " << t);
            }
        }
    }
}

// In process, with 64 KiB blocks and 3 KB slices: lines cut between blocks, dozens of slices per
// block, duplicates of rows thousands of lines (many slices) earlier, bad cells: the whole report
// (standard output and error, exit status) is byte-identical for 1, 2, 3 and 5 threads, in every
// output format.
BOOST_AUTO_TEST_CASE(many_blocks_and_slices_give_the_same_report_for_any_thread_count) {
    std::string text = header;
    std::vector<std::string> lines;
    for (int i = 0; i < 12'000; ++i) {
        const std::uint64_t code = 6471011001000ULL + static_cast<std::uint64_t>(i / 900) * 1000 + 1 + i % 900;
        const int a = 50 + i % 37, b = 40 + i % 23, invalid = i % 5;
        const int valid = a + b + (i % 211 == 0 ? 1 : 0);
        std::string line = std::to_string(code);
        line.append(",pkwkk,").append(i % 997 == 0 ? std::string{"x"} : std::to_string(a));
        for (const int v : {b, valid, invalid, valid + invalid}) line.append(",").append(std::to_string(v));
        lines.push_back(line);
        text.append(line).append("\n");
        if (i % 1499 == 1498) text.append(lines[static_cast<std::size_t>(i - 1400)]).append("\n");  // a duplicate, far above
    }
    const auto csv = write_file("slices.csv", text);
    for (const auto format : {output_format::jsonl, output_format::csv, output_format::text}) {
        std::string first_out, first_err;
        int first_status = -1;
        for (const unsigned threads : {1U, 2U, 3U, 5U}) {
            BOOST_TEST_CONTEXT("format " << static_cast<int>(format) << ", threads " << threads) {
                audit_options o;
                o.inputs = {csv.string()};
                o.output = format;
                o.threads = threads;
                o.quiet = true;
                o.csv_block_bytes = 64 * 1024;
                o.csv_slice_bytes = 3000;
                o.run_time = fixed_epoch;
                std::ostringstream out, err;
                const int status = run_audit(o, audit_sources{}, out, err);
                if (threads == 1U) {
                    first_out = out.str();
                    first_err = err.str();
                    first_status = status;
                    BOOST_TEST(status == exit_errors);
                    BOOST_TEST(first_out.size() > 10'000U);
                    continue;
                }
                BOOST_TEST(status == first_status);
                BOOST_TEST((out.str() == first_out), "standard output differs");
                BOOST_TEST((err.str() == first_err), "standard error differs");
            }
        }
        if (format == output_format::jsonl) {
            const auto sum = summary_of(jsonl(first_out));
            BOOST_TEST(sum.at("rejected").as_int64() == 13 + 8);  // 13 bad cells, 8 duplicates
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()

// ---- a user regime, registered in one line, through the validator and run_audit ----------------

BOOST_AUTO_TEST_SUITE(user_regime)

namespace {
// HYPOTHETICAL: not law. A regime of these tests only: Pilkada 2024 with smaller polling
// stations, one threshold changed, everything else inherited.
struct pilkada_2029 : pilkada_2024 {
    static constexpr std::string_view name = "pilkada-2029";
    static constexpr cited<count_rep> tps_capacity{
        200, {"PKPU x/2029 (hypothetical)", "", "", "", confidence::unverified, "hypothetical: invented for this test, not law"}};
};
using test_regimes = known_regimes_with<pilkada_2029>;  // the one line that registers it

static_assert(test_regimes::size == 3 && test_regimes::find("pilkada-2029") == 2U);
static_assert(test_regimes::holding(kontes::pkwkk) == 0U, "by contest, the regime shipped stays the default");
static_assert(regime_choice_from_string<test_regimes>("pilkada-2029") == regime_choice::named("pilkada-2029"));
static_assert(!regime_choice_from_string("pilkada-2029"), "suara's own list does not know it");

// Two clean Pilkada sheets with 250 registered DPT voters each: within Pilkada 2024's 600,
// above Pilkada 2029's 200.
sheet_batch two_stations() {
    sheet_batch b;
    b.push_back(bulk_with_catalogue::clean_sheet<pilkada_2024>(kontes::pkwkk, 6471011001001ULL));
    b.push_back(bulk_with_catalogue::clean_sheet<pilkada_2024>(kontes::pkwkp, 6471011001002ULL));
    return b;
}
}  // namespace

BOOST_AUTO_TEST_CASE(a_user_regime_runs_through_the_bulk_validator_by_name) {
    const auto b = two_stations();
    BOOST_TEST(b.row(0).figure(field::pemilih_dpt_j) == 250U);
    for (const bool screen : {true, false}) {
        BOOST_TEST_CONTEXT("screen " << screen) {
            const validate_options o{.threads = 2, .screen = screen};
            const auto by_name = validate<test_regimes>(b, regime_choice::named("pilkada-2029"), o);
            BOOST_TEST(by_name.summary.count(rule_id::tps_capacity) == 2U);
            BOOST_TEST(by_name.summary.findings() == 2U);  // nothing else changed
            BOOST_TEST_REQUIRE(by_name.findings.size() == 2U);
            BOOST_TEST(by_name.findings[0].values[1].value == 200U);  // the ceiling it was held to
            // By contest, and by the shipped regime's name, the sheets are clean.
            BOOST_TEST(validate<test_regimes>(b, regime_choice::by_contest, o).summary.findings() == 0U);
            BOOST_TEST(validate<test_regimes>(b, regime_choice::of<pilkada_2024>(), o).summary.findings() == 0U);
            BOOST_TEST(validate(b, regime_choice::by_contest, o).summary.findings() == 0U);
        }
    }
    BOOST_CHECK_THROW(static_cast<void>(validate(b, regime_choice::named("pilkada-2029"))), std::invalid_argument);
}

BOOST_AUTO_TEST_CASE(a_user_regime_runs_through_run_audit_by_name) {
    std::ostringstream csv;
    io::write_csv(csv, two_stations());
    const auto file = write_file("user-regime.csv", csv.str());
    auto run_with = [&](std::vector<std::string> args) {
        args.insert(args.end(), {"--output", "jsonl", "--quiet", file.string()});
        auto parsed = parse_audit_args<test_regimes>(args);
        BOOST_TEST_REQUIRE(std::holds_alternative<audit_options>(parsed));
        auto o = std::get<audit_options>(parsed);
        o.run_time = fixed_epoch;
        std::ostringstream out, err;
        const int status = run_audit<test_regimes>(o, audit_sources{}, out, err);
        BOOST_TEST(err.str().empty());
        // The roll-up records (one per region, level and contest) are tested on their own.
        auto lines = jsonl(out.str());
        std::erase_if(lines, [](const boost::json::object& l) { return type_of(l) == "rollup"; });
        return std::pair{status, lines};
    };
    const auto [status, lines] = run_with({"--regime", "pilkada-2029"});
    BOOST_TEST(status == exit_clean);  // tps.capacity is a warning
    BOOST_TEST_REQUIRE(lines.size() == 6U);  // header, two findings each with its verdict, summary
    const auto& head = lines.front();
    BOOST_TEST(head.at("regime").as_string() == "pilkada-2029");
    BOOST_TEST(boost::json::serialize(head.at("regimes")) == R"(["pilkada-2029"])");
    BOOST_TEST(boost::json::serialize(head.at("elections")) == R"(["Pilkada 2029"])");
    for (std::size_t i : {1U, 3U}) {
        BOOST_TEST(lines[i].at("rule").as_string() == "tps.capacity");
        BOOST_TEST(std::string{lines[i].at("basis").as_string()}.find("PKPU x/2029 (hypothetical)") != std::string::npos);
    }
    BOOST_TEST(by_rule(summary_of(lines), "tps.capacity") == 2);
    // By contest the shipped regime applies, and the sheets are clean.
    const auto [auto_status, auto_lines] = run_with({});
    BOOST_TEST(auto_status == exit_clean);
    BOOST_TEST(auto_lines.size() == 2U);  // header and summary
    BOOST_TEST(auto_lines.front().at("regime").as_string() == "auto");
    // The list's regimes are the choices the usage and its errors name; suara's own list refuses it.
    BOOST_TEST(audit_usage<test_regimes>(lang::en).find("--regime R            pilkada-2024 | pemilu-2024 | pilkada-2029 "
                                                       "(default: by contest)\n") != std::string_view::npos);
    const auto refused = parse_audit_args({"--regime", "pilkada-2029"});
    BOOST_TEST_REQUIRE(std::holds_alternative<usage_error>(refused));
    BOOST_TEST(std::get<usage_error>(refused).message == "--regime: harus pilkada-2024 atau pemilu-2024, bukan 'pilkada-2029'");
    const auto refused3 = parse_audit_args<test_regimes>({"--lang", "en", "--regime", "pilkada-2099"});
    BOOST_TEST_REQUIRE(std::holds_alternative<usage_error>(refused3));
    BOOST_TEST(std::get<usage_error>(refused3).message ==
               "--regime: expected pilkada-2024, pemilu-2024 or pilkada-2029, got 'pilkada-2099'");
    // Options made in code that name a regime the list lacks are a usage error, not a guess.
    audit_options unknown;
    unknown.inputs = {file.string()};
    unknown.regime = regime_choice::named("pilkada-2099");
    unknown.run_time = fixed_epoch;
    std::ostringstream out, err;
    BOOST_TEST(run_audit<test_regimes>(unknown, audit_sources{}, out, err) == exit_usage);
    BOOST_TEST(out.str().empty());
    BOOST_TEST(err.str() == "suara-audit: --regime: harus pilkada-2024, pemilu-2024 atau pilkada-2029, bukan 'pilkada-2099'\n");
}

BOOST_AUTO_TEST_SUITE_END()

// ---- every report says what it audited (provenance) -------------------------------------------

BOOST_AUTO_TEST_SUITE(suara_audit_provenance)

namespace {
// The first 64 hex digits of `sha256sum` (coreutils): an implementation independent of suara's.
std::string sha256sum_of(const fs::path& p) {
    const auto r = run("sha256sum '" + p.string() + "'");
    return r.out.substr(0, 64);
}

// The one header object, first line of a jsonl report.
boost::json::object header_of(const std::vector<boost::json::object>& lines) {
    BOOST_TEST_REQUIRE(!lines.empty());
    BOOST_TEST_REQUIRE(type_of(lines.front()) == "header");
    std::size_t headers = 0;
    for (const auto& l : lines) headers += type_of(l) == "header" ? 1U : 0U;
    BOOST_TEST(headers == 1U);
    return lines.front();
}

std::vector<std::string> strings(const boost::json::value& v) {
    std::vector<std::string> out;
    for (const auto& x : v.as_array()) out.emplace_back(x.as_string());
    return out;
}

std::string text_of(const boost::json::value& v) { return std::string{v.as_string()}; }
}  // namespace

// The issue's test of done: the default report names Kota Balikpapan, says the data are
// synthetic (both languages, at the top), and gives the regime, the contests and the versions.
BOOST_AUTO_TEST_CASE(default_text_report_names_the_region_says_synthetic_and_gives_versions) {
    const auto r = run(audit(""));
    BOOST_TEST(r.status == 1);
    const std::string& t = r.out;
    const auto summary = t.find("AUDIT HASIL PENGHITUNGAN SUARA DI TPS — RINGKASAN");
    BOOST_TEST_REQUIRE(summary != std::string::npos);
    BOOST_TEST(t.rfind("DATA SINTETIS: lembar-lembar ini dibangkitkan oleh suara", 0) == 0);  // the very first line
    const auto english = t.find("SYNTHETIC DATA: these sheets were generated by suara");
    BOOST_TEST(english < summary);
    BOOST_TEST(t.find("28 cacat yang sengaja ditanam") < english);
    BOOST_TEST(t.find("28 planted defects") < summary);
    for (const std::string& row : std::vector<std::string>{"  Wilayah                       6471 KOTA BALIKPAPAN, 64 KALIMANTAN TIMUR\n",
                                  "  Pemilihan                     Pilkada 2024\n",
                                  "  Kontes                        pkwkp, pkwkk\n",
                                  "  Rezim                         pilkada-2024 (menurut kontes)\n",
                                  "  Versi suara                   " + std::string{version_string} + "\n",
                                  "  Versi katalog aturan          " + std::to_string(catalogue_version) + "\n",
                                  "  Waktu audit                   2024-11-27T00:00:00Z (SOURCE_DATE_EPOCH)\n",
                                  "  Masukan                       data bawaan balikpapan_2024 (suara_demo/balikpapan_2024.hpp)"}) {
        BOOST_TEST_CONTEXT(row) { BOOST_TEST(t.find(row) < summary); }
    }
    const auto en = run(audit("--lang en")).out;
    BOOST_TEST(en.rfind("DATA SINTETIS", 0) == 0);  // both languages whatever --lang says
    BOOST_TEST(en.find("  Region                        6471 KOTA BALIKPAPAN, 64 KALIMANTAN TIMUR\n") < en.find("SUMMARY"));
    BOOST_TEST(en.find("  Regime                        pilkada-2024 (by contest)\n") < en.find("SUMMARY"));
    BOOST_TEST(en.find("  Rule catalogue version        " + std::to_string(catalogue_version) + "\n") < en.find("SUMMARY"));
}

BOOST_AUTO_TEST_CASE(jsonl_starts_with_one_header_object_holding_every_provenance_field) {
    namespace bpn = suara::data::balikpapan_2024;
    const auto r = run(audit("--output jsonl"));
    const auto lines = jsonl(r.out);
    const auto h = header_of(lines);
    BOOST_TEST(type_of(lines.back()) == "summary");  // the summary stays last
    BOOST_TEST(text_of(h.at("tool")) == "suara-audit");
    BOOST_TEST(text_of(h.at("suara_version")) == version_string);
    BOOST_TEST(h.at("catalogue_version").as_int64() == static_cast<std::int64_t>(catalogue_version));
    BOOST_TEST(text_of(h.at("time")) == "2024-11-27T00:00:00Z");
    BOOST_TEST(text_of(h.at("time_source")) == "SOURCE_DATE_EPOCH");
    BOOST_TEST(text_of(h.at("regime")) == "auto");
    BOOST_TEST((strings(h.at("regimes")) == std::vector<std::string>{"pilkada-2024"}));
    BOOST_TEST((strings(h.at("elections")) == std::vector<std::string>{"Pilkada 2024"}));
    BOOST_TEST((strings(h.at("contests")) == std::vector<std::string>{"pkwkp", "pkwkk"}));
    const auto& region = h.at("region").as_object();
    BOOST_TEST(text_of(region.at("level")) == "regency");
    BOOST_TEST(text_of(region.at("code")) == "6471");
    BOOST_TEST(text_of(region.at("name")) == "KOTA BALIKPAPAN");
    BOOST_TEST_REQUIRE(region.at("within").as_array().size() == 1U);
    BOOST_TEST(text_of(region.at("within").as_array()[0].at("code")) == "64");
    BOOST_TEST(text_of(region.at("within").as_array()[0].at("name")) == "KALIMANTAN TIMUR");
    BOOST_TEST(text_of(h.at("names_source")) == "embedded");
    BOOST_TEST(h.at("synthetic").as_bool());
    BOOST_TEST(text_of(h.at("note").at("id")) == bpn::synthetic_note.id);
    BOOST_TEST(text_of(h.at("note").at("en")) == bpn::synthetic_note.en);
    BOOST_TEST(text_of(h.at("digest")) == "sha256");
    // The one input: the embedded set, digested as the C.Hasil CSV write_csv makes of it.
    const auto& inputs = h.at("inputs").as_array();
    BOOST_TEST_REQUIRE(inputs.size() == 1U);
    std::ostringstream csv;
    io::write_csv(csv, bpn::batch());
    const auto file = write_file("embedded.csv", csv.str());
    BOOST_TEST(text_of(inputs[0].at("kind")) == "embedded");
    BOOST_TEST(text_of(inputs[0].at("role")) == "sheets");
    BOOST_TEST(inputs[0].at("bytes").as_int64() == static_cast<std::int64_t>(csv.str().size()));
    BOOST_TEST(text_of(inputs[0].at("sha256")) == sha256sum_of(file));
}

BOOST_AUTO_TEST_CASE(each_input_is_listed_with_its_size_and_sha256) {
    const auto csv = write_file("prov.csv", header + "6471011001001,pkwkk,50,40,90,5,95\n6471011002001,pkwkk,50,40,91,5,96\n");
    const auto recap_file = write_file("prov-recap.csv", "kode_wilayah,kontes,suara_1,suara_sah\n6471011001,pkwkk,50,90\n");
    const auto tree = write_file("prov-tree.txt", "6471011001001\n6471011002001\n");
    const auto r = run(audit("--output jsonl --recap " + recap_file.string() + " --regions " + tree.string() + " " + csv.string()));
    const auto h = header_of(jsonl(r.out));
    const auto& in = h.at("inputs").as_array();
    BOOST_TEST_REQUIRE(in.size() == 4U);  // the CSV, the recap, the expected TPS, the region names
    BOOST_TEST(text_of(in[0].at("kind")) == "csv");
    BOOST_TEST(text_of(in[0].at("path")) == csv.string());
    BOOST_TEST(in[0].at("bytes").as_int64() == static_cast<std::int64_t>(fs::file_size(csv)));
    BOOST_TEST(text_of(in[0].at("sha256")) == sha256sum_of(csv));
    BOOST_TEST(text_of(in[1].at("role")) == "recap");
    BOOST_TEST(text_of(in[1].at("sha256")) == sha256sum_of(recap_file));
    BOOST_TEST(text_of(in[2].at("role")) == "regions");
    BOOST_TEST(text_of(in[2].at("sha256")) == sha256sum_of(tree));
    BOOST_TEST(text_of(in[3].at("role")) == "names");
    BOOST_TEST(text_of(in[3].at("sha256")) == sha256sum_of(fs::path{SUARA_DATA_DIR} / "wilayah" / "regions.tsv.gz"));
    // The smallest region holding both sheets is the district, named from data/wilayah.
    BOOST_TEST(text_of(h.at("region").at("code")) == "647101");
    BOOST_TEST(text_of(h.at("region").at("level")) == "district");
    BOOST_TEST(text_of(h.at("region").at("name")) == "BALIKPAPAN TIMUR");
    BOOST_TEST(text_of(h.at("region").at("text")) == "647101 BALIKPAPAN TIMUR, 6471 KOTA BALIKPAPAN, 64 KALIMANTAN TIMUR");
    BOOST_TEST(h.at("synthetic").is_null());  // suara cannot tell of a file
    BOOST_TEST(!text_of(h.at("note").at("en")).empty());

    // Standard input: the bytes read, digested as they came.
    const auto piped = header_of(jsonl(run("cat " + csv.string() + " | " + audit("--output jsonl -")).out));
    BOOST_TEST(text_of(piped.at("inputs").as_array()[0].at("kind")) == "stdin");
    BOOST_TEST(piped.at("inputs").as_array()[0].at("bytes").as_int64() == static_cast<std::int64_t>(fs::file_size(csv)));
    BOOST_TEST(text_of(piped.at("inputs").as_array()[0].at("sha256")) == sha256sum_of(csv));
}

BOOST_AUTO_TEST_CASE(a_sirekap_folder_is_digested_as_its_sha256sum_listing) {
    const fs::path root = fs::path{SUARA_DATA_DIR} / "sirekap";
    const auto h = header_of(jsonl(run(audit("--output jsonl " + root.string())).out));
    const auto& in = h.at("inputs").as_array().at(0);
    BOOST_TEST(text_of(in.at("kind")) == "sirekap-folder");
    BOOST_TEST(in.at("files").as_int64() == 1000);
    std::int64_t bytes = 0;
    for (const auto& e : fs::recursive_directory_iterator{root})
        if (e.is_regular_file() && e.path().extension() == ".json") bytes += static_cast<std::int64_t>(e.file_size());
    BOOST_TEST(in.at("bytes").as_int64() == bytes);
    // The recipe docs/cli.md gives, run by the shell.
    const auto listing = run("cd '" + root.string() +
                             "' && find . -name '*.json' | sed 's|^\\./||' | LC_ALL=C sort | xargs sha256sum | sha256sum");
    BOOST_TEST(text_of(in.at("sha256")) == listing.out.substr(0, 64));
    BOOST_TEST((strings(h.at("regimes")) == std::vector<std::string>{"pemilu-2024"}));
    BOOST_TEST((strings(h.at("elections")) == std::vector<std::string>{"Pemilu 2024"}));
    BOOST_TEST((strings(h.at("contests")) == std::vector<std::string>{"ppwp"}));
    BOOST_TEST(text_of(h.at("region").at("text")) == "31 DKI JAKARTA");  // Kepulauan Seribu and Jakarta Barat
    // One record on its own is digested as itself.
    fs::path one;
    for (const auto& e : fs::recursive_directory_iterator{root})
        if (e.is_regular_file() && e.path().extension() == ".json" && (one.empty() || e.path() < one)) one = e.path();
    const auto single = header_of(jsonl(run(audit("--output jsonl " + one.string())).out));
    BOOST_TEST(text_of(single.at("inputs").as_array()[0].at("kind")) == "sirekap");
    BOOST_TEST(text_of(single.at("inputs").as_array()[0].at("sha256")) == sha256sum_of(one));
    BOOST_TEST(text_of(single.at("region").at("level")) == "village");
}

namespace {
// The cells of one RFC 4180 record (no line break inside a cell: the reports write none).
std::vector<std::string> csv_cells(const std::string& line) {
    std::vector<std::string> out(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
            out.back() += '"';
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == ',' && !quoted) {
            out.emplace_back();
        } else {
            out.back() += c;
        }
    }
    return out;
}
std::vector<std::vector<std::string>> csv_rows(const std::string& text) {
    std::vector<std::vector<std::string>> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        out.push_back(csv_cells(line));
    }
    return out;
}
std::string read_text(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
}
}  // namespace

// docs/cli.md: the csv report is the columns and one row a finding, nothing else (a loader takes
// it as it is); --rejections and --summary put the rest in csv files of their own, the summary
// with the provenance; without --summary the summary is one line on standard error.
BOOST_AUTO_TEST_CASE(csv_report_loads_as_it_is_with_rejections_and_summary_beside_it) {
    const auto csv = write_file("split.csv", header +
                                                 "6471011001001,pkwkk,50,40,90,5,95\n"
                                                 "6471011001002,pkwkk,50,-4,90,5,95\n"
                                                 "64710110010,pkwkk,1,1,2,0,2\n"
                                                 "6471011001003,pkwkk,50,40,91,5,96\n");
    const auto rej = temp_dir() / "split-rejections.csv";
    const auto sum = temp_dir() / "split-summary.csv";
    const auto r = run(audit("--output csv --lang en --rejections " + rej.string() + " --summary " + sum.string() + " " + csv.string() +
                             " 2>/dev/null"));
    BOOST_TEST(r.status == 1);
    const auto rows = csv_rows(r.out);
    BOOST_TEST_REQUIRE(rows.size() == 4U);  // the columns; votes.valid_sum and two record.incomplete (info)
    const std::size_t columns = report_writer::csv_fixed_columns.size() + figure_columns().size();
    for (const auto& x : rows) BOOST_TEST(x.size() == columns);
    std::map<std::string, std::string> row;
    for (std::size_t i = 0; i < columns; ++i) row[rows[0][i]] = rows[2][i];
    BOOST_TEST(row["kode_tps"] == "6471011001003");
    BOOST_TEST(row["kode_kecamatan"] == "647101");
    BOOST_TEST(row["rule"] == "votes.valid_sum");
    BOOST_TEST(row["mandatory"] == "true");
    BOOST_TEST(row["source_file"] == csv.string());
    BOOST_TEST(row["source_line"] == "5");
    BOOST_TEST(row["suara_sah"] == "91");
    BOOST_TEST(row["sum_of_candidates"] == "90");
    BOOST_TEST(row["suara_total"].empty());  // not a figure of this finding
    BOOST_TEST(row["message"].rfind("votes.valid_sum", 0) != 0);  // the rule is its own column
    const auto rejected = csv_rows(read_text(rej));
    BOOST_TEST_REQUIRE(rejected.size() == 3U);
    BOOST_TEST((rejected[0] == std::vector<std::string>{"source_file", "source_line", "field", "value", "reason", "message", "first_line"}));
    BOOST_TEST((rejected[1] == std::vector<std::string>{csv.string(), "3", "suara_2", "-4", "negative_number", "negative number", ""}));
    BOOST_TEST(rejected[2][1] == "4");
    BOOST_TEST(rejected[2][4] == "bad_kode_tps");
    const auto summary = csv_rows(read_text(sum));
    BOOST_TEST_REQUIRE(summary.size() == 2U);
    std::map<std::string, std::string> s;
    for (std::size_t i = 0; i < summary[0].size(); ++i) s[summary[0][i]] = summary[1].at(i);
    BOOST_TEST(s["read"] == "4");
    BOOST_TEST(s["validated"] == "2");
    BOOST_TEST(s["rejected"] == "2");
    BOOST_TEST(s["findings_error"] == "1");
    BOOST_TEST(s["consequence_correction"] == "1");
    BOOST_TEST(s["suara_version"] == version_string);
    BOOST_TEST(s["catalogue_version"] == std::to_string(catalogue_version));
    BOOST_TEST(s["time"] == "2024-11-27T00:00:00Z");
    BOOST_TEST(s["regimes"] == "pilkada-2024");
    BOOST_TEST(s["region_code"] == "6471011001");  // the smallest region holding every sheet
    BOOST_TEST(s["synthetic"].empty());  // suara cannot tell of a file
    BOOST_TEST(s["inputs"].rfind(csv.string() + "=" + sha256sum_of(csv), 0) == 0, s["inputs"]);
    // Without the files: rejections and the summary for people on standard error, the report the same.
    const auto plain = run(audit("--output csv --lang en " + csv.string() + " 2>/dev/null"));
    BOOST_TEST(plain.out == r.out);
    const auto err = run(audit("--output csv --lang en " + csv.string() + " 2>&1 >/dev/null"));
    BOOST_TEST(err.out.find(csv.string() + ":3: column suara_2") != std::string::npos, err.out);
    BOOST_TEST(err.out.find("suara-audit: read 4, validated 2, rejected 2, findings 3 (errors 1, warnings 0, info 2)\n") !=
                   std::string::npos,
               err.out);
    // --excel: a byte order mark and CRLF in every csv; the cells are the same.
    const auto xl = run(audit("--output csv --excel --lang en --rejections " + rej.string() + " " + csv.string() + " 2>/dev/null"));
    BOOST_TEST(xl.out.rfind("\xEF\xBB\xBFkode_tps,", 0) == 0);
    BOOST_TEST(xl.out.find("\r\n") == xl.out.find('\n') - 1);
    auto unmarked = xl.out.substr(3);
    unmarked.erase(std::remove(unmarked.begin(), unmarked.end(), '\r'), unmarked.end());
    BOOST_TEST(unmarked == r.out);
    BOOST_TEST(read_text(rej).rfind("\xEF\xBB\xBFsource_file,", 0) == 0);
    // A path that cannot be written is a usage-level failure before any work.
    BOOST_TEST(run(audit("--output csv --summary /nonexistent/dir/s.csv " + csv.string() + " 2>/dev/null")).status == 2);
}

// With jsonl, --rejections and --summary take those records out of the stream, as jsonl.
BOOST_AUTO_TEST_CASE(jsonl_rejections_and_summary_can_go_to_files_of_their_own) {
    const auto csv = write_file("split2.csv", header + "6471011001002,pkwkk,50,-4,90,5,95\n6471011001003,pkwkk,50,40,91,5,96\n");
    const auto rej = temp_dir() / "split2-rejections.jsonl";
    const auto sum = temp_dir() / "split2-summary.jsonl";
    const auto whole = jsonl(run(audit("--output jsonl " + csv.string())).out);
    const auto lines = jsonl(run(audit("--output jsonl --rejections " + rej.string() + " --summary " + sum.string() + " " + csv.string())).out);
    for (const auto& l : lines) BOOST_TEST((type_of(l) != "rejected" && type_of(l) != "summary"));
    const auto rejected = jsonl(read_text(rej));
    BOOST_TEST_REQUIRE(rejected.size() == 1U);
    BOOST_TEST(type_of(rejected[0]) == "rejected");
    BOOST_TEST(rejected[0].at("reason").as_string() == "negative_number");
    const auto summary = jsonl(read_text(sum));
    BOOST_TEST_REQUIRE(summary.size() == 1U);
    BOOST_TEST((summary[0] == summary_of(whole)));
    BOOST_TEST(lines.size() + 2 == whole.size());
}

BOOST_AUTO_TEST_CASE(the_time_of_the_run_is_the_clock_unless_source_date_epoch_says) {
    const auto before = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
    const auto r = run("env -u SOURCE_DATE_EPOCH " + std::string{SUARA_AUDIT_EXE} + " --quiet --output jsonl");
    const auto after = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
    const auto h = header_of(jsonl(r.out));
    BOOST_TEST(text_of(h.at("time_source")) == "clock");
    const std::string t = text_of(h.at("time"));
    BOOST_TEST((t >= utc_text(before) && t <= utc_text(after)), t);
    const auto other = header_of(jsonl(run("SOURCE_DATE_EPOCH=0 " + std::string{SUARA_AUDIT_EXE} + " --output jsonl").out));
    BOOST_TEST(text_of(other.at("time")) == "1970-01-01T00:00:00Z");
    const auto bad = run("SOURCE_DATE_EPOCH=yesterday " + std::string{SUARA_AUDIT_EXE} + " --output jsonl 2>&1");
    BOOST_TEST(bad.status == 2);
    BOOST_TEST(bad.out.find("SOURCE_DATE_EPOCH harus bilangan detik") != std::string::npos, bad.out);
}

BOOST_AUTO_TEST_CASE(version_option_prints_suara_and_catalogue_versions) {
    const auto id = run(audit("--version"));
    BOOST_TEST(id.status == 0);
    BOOST_TEST(id.out == "suara-audit (suara " + std::string{version_string} + ")\nversi katalog aturan " +
                             std::to_string(catalogue_version) + "\n");
    const auto en = run(audit("--version --lang en"));
    BOOST_TEST(en.out == "suara-audit (suara " + std::string{version_string} + ")\nrule catalogue version " +
                             std::to_string(catalogue_version) + "\n");
}

BOOST_AUTO_TEST_CASE(usage_errors_and_usage_follow_lang_wherever_it_stands) {
    const auto id = run(audit("--bogus 2>&1"));
    BOOST_TEST(id.status == 2);
    BOOST_TEST(id.out.find("suara-audit: opsi tidak dikenal '--bogus'\npemakaian: suara-audit") != std::string::npos, id.out);
    const auto en_after = run(audit("--bogus --lang en 2>&1"));
    BOOST_TEST(en_after.out.find("suara-audit: unknown option '--bogus'\nusage: suara-audit") != std::string::npos, en_after.out);
    const auto en_before = run(audit("--lang=en --output xml 2>&1"));
    BOOST_TEST(en_before.out.find("--output: expected text, jsonl, csv or html, got 'xml'") != std::string::npos, en_before.out);
    const auto id_value = run(audit("--output xml 2>&1"));
    BOOST_TEST(id_value.out.find("--output: harus text, jsonl, csv atau html, bukan 'xml'") != std::string::npos, id_value.out);
    BOOST_TEST(run(audit("--help")).out.rfind("pemakaian: suara-audit", 0) == 0);
    BOOST_TEST(run(audit("--help --lang en")).out.rfind("usage: suara-audit", 0) == 0);
    // An unreadable input, in the chosen language too.
    BOOST_TEST(run(audit("/nonexistent/x.csv 2>&1")).out == "suara-audit: tidak dapat membuka /nonexistent/x.csv\n");
    BOOST_TEST(run(audit("--lang en /nonexistent/x.csv 2>&1")).out == "suara-audit: cannot open /nonexistent/x.csv\n");
}

// --min-severity, --rules, --ignore and --rules-file through the tool; the effective settings in the header.
BOOST_AUTO_TEST_CASE(noise_control_and_a_rules_file) {
    const fs::path sample = fs::path{SUARA_DATA_DIR} / "sirekap";
    auto summary = [&](const std::string& args) {
        const auto r = run(audit("--output jsonl " + args + " " + sample.string()));
        const auto lines = jsonl(r.out);
        return std::tuple{r.status, summary_of(lines), lines.front()};
    };
    const auto [status, all, head] = summary("");
    BOOST_TEST(status == 1);
    BOOST_TEST(boost::json::serialize(head.at("settings")) ==
               R"({"fail_on":"error","min_severity":"info","rules":"*","ignore":"-","rules_file":"-","disabled":"-","severity":"-","tolerance":"-"})");
    const auto [s1, ignored, h1] = summary("--ignore votes.*,record.incomplete");
    BOOST_TEST(by_rule(ignored, "votes.valid_sum") == 0);
    BOOST_TEST(by_rule(ignored, "record.incomplete") == 0);
    BOOST_TEST(by_rule(ignored, "voters.sex_sum") == by_rule(all, "voters.sex_sum"));
    BOOST_TEST(ignored.at("findings").as_int64() == all.at("findings").as_int64() - by_rule(all, "votes.valid_sum") -
                                                        by_rule(all, "votes.total_sum") - by_rule(all, "votes.vs_voters") -
                                                        by_rule(all, "votes.over_supply") - by_rule(all, "record.incomplete"));
    BOOST_TEST(std::string{h1.at("settings").at("disabled").as_string()} ==
               "votes.valid_sum, votes.total_sum, votes.vs_voters, votes.over_supply, record.incomplete, votes.party_sum");
    const auto [s2, only, h2] = summary("--rules=votes.valid_sum");
    BOOST_TEST(only.at("findings").as_int64() == by_rule(all, "votes.valid_sum"));
    BOOST_TEST(s2 == 1);
    const auto [s3, errors_only, h3] = summary("--min-severity error");
    BOOST_TEST(by_rule(errors_only, "record.incomplete") == 0);  // info
    BOOST_TEST(by_rule(errors_only, "voters.copied_row") == 0);  // warning
    BOOST_TEST(by_rule(errors_only, "votes.valid_sum") == by_rule(all, "votes.valid_sum"));
    // Only warnings left: the default --fail-on gives 0.
    const auto [s4, warnings, h4] = summary("--rules voters.copied_row");
    BOOST_TEST(s4 == 0);
    BOOST_TEST(by_rule(warnings, "voters.copied_row") == by_rule(all, "voters.copied_row"));
    // A rules file: a rule off, a severity, a tolerance.
    const auto rules = write_file("rules.json", R"({"voters.copied_row": {"enabled": false},
        "votes.valid_sum": {"tolerance": 1000000}, "tps.capacity": {"severity": "error"}})");
    const auto [s5, tuned, h5] = summary("--rules-file " + rules.string());
    BOOST_TEST(by_rule(tuned, "voters.copied_row") == 0);
    BOOST_TEST(by_rule(tuned, "votes.valid_sum") == 0);
    BOOST_TEST(by_rule(tuned, "tps.capacity") == by_rule(all, "tps.capacity"));
    BOOST_TEST(std::string{h5.at("settings").at("tolerance").as_string()} == "votes.valid_sum=1000000");
    BOOST_TEST(std::string{h5.at("settings").at("severity").as_string()} == "tps.capacity=error");
    BOOST_TEST(boost::json::serialize(h5.at("inputs")).find("\"role\":\"rules\"") != std::string::npos);
    // Bad files and lists: exit 2, naming file, JSON path and value.
    auto refused = [&](const std::string& name, const std::string& text, const std::string& lang) {
        const auto f = write_file(name, text);
        const auto r = run(audit("--lang " + lang + " --rules-file " + f.string() + " " + sample.string() + " 2>&1"));
        BOOST_TEST(r.status == 2);
        return r.out;
    };
    const std::string dir = temp_dir().string() + "/";
    BOOST_TEST(refused("r1.json", R"({"votes.nope": {}})", "en") ==
               "suara-audit: " + dir + "r1.json: $[\"votes.nope\"]: unknown rule id or family (docs/rules.md)\n");
    BOOST_TEST(refused("r2.json", R"({"votes.valid_sum": {"tolerance": "x"}})", "id") ==
               "suara-audit: " + dir + "r2.json: $[\"votes.valid_sum\"].tolerance: harus bilangan bulat dari 0 sampai 10^12 atau persen seperti \"1%\" (paling besar 100%), bukan \"x\"\n");
    // A JSON number above the bound of the string form (fuzz_rules_file find): refused, not
    // accepted with a header that would print a tolerance the file's text cannot give back.
    BOOST_TEST(refused("r9.json", R"({"votes.valid_sum": {"tolerance": 18446744073709551615}})", "en") ==
               "suara-audit: " + dir + "r9.json: $[\"votes.valid_sum\"].tolerance: expected a whole number from 0 to 10^12 or a percentage such as \"1%\" (at most 100%), got 18446744073709551615\n");
    // At the bound: accepted (the run goes on: exit 1 for the sample's findings, not 2).
    BOOST_TEST(run(audit("--rules-file " + write_file("r10.json", R"({"votes.valid_sum": {"tolerance": 1000000000000}})").string() + " " +
                         sample.string() + " >/dev/null 2>&1")).status != 2);
    BOOST_TEST(refused("r3.json", R"({"votes.over_supply": {"tolerance": 1}})", "en") ==
               "suara-audit: " + dir + "r3.json: $[\"votes.over_supply\"].tolerance: this rule compares no two figures; a tolerance does not apply\n");
    BOOST_TEST(refused("r4.json", R"({"votes.valid_sum": {"enable": false}})", "en") ==
               "suara-audit: " + dir + "r4.json: $[\"votes.valid_sum\"].enable: unknown key (enabled, severity, tolerance)\n");
    // A syntax error names line:column and the text from there, in words of the chosen language only.
    BOOST_TEST(refused("r5.json", "{\"votes.valid_sum\":\n {\"enabled\": 1, }", "en") ==
               "suara-audit: " + dir + "r5.json:2:17: value \"}\": not valid JSON\n");
    BOOST_TEST(refused("r5.json", "{\"votes.valid_sum\":\n {\"enabled\": 1, }", "id") ==
               "suara-audit: " + dir + "r5.json:2:17: nilai \"}\": bukan JSON yang sah\n");
    BOOST_TEST(refused("r8.json", "{\"votes.valid_sum\": {", "id") ==
               "suara-audit: " + dir + "r8.json:1:22: akhir berkas: bukan JSON yang sah\n");
    BOOST_TEST(refused("r6.json", R"({"votes.valid_sum": {"severity": "fatal"}})", "en").find(
                   "$[\"votes.valid_sum\"].severity: expected \"error\", \"warning\" or \"info\", got \"fatal\"") != std::string::npos);
    BOOST_TEST(refused("r7.json", R"({"votes.valid_sum": {"enabled": "no"}})", "en").find(
                   "$[\"votes.valid_sum\"].enabled: expected true or false, got \"no\"") != std::string::npos);
    const auto bad_list = run(audit("--lang en --ignore votes.valid 2>&1"));
    BOOST_TEST(bad_list.status == 2);
    BOOST_TEST(bad_list.out.rfind("suara-audit: --ignore: unknown rule id or family 'votes.valid' (docs/rules.md)\n", 0) == 0);
    BOOST_TEST(run(audit("--min-severity fatal 2>/dev/null")).status == 2);
}

// CLI11 reads the line: --opt=value and --opt value, -o FILE, '-' and '--' for inputs; values
// missing, options unknown, in --lang's language.
BOOST_AUTO_TEST_CASE(options_are_read_by_cli11_in_every_spelling) {
    auto parsed = parse_audit_args({"--output=jsonl", "a.csv", "-q", "-o", "r.jsonl", "--threads", "2", "-", "--", "-b.csv", "--lang"});
    BOOST_TEST_REQUIRE(std::holds_alternative<audit_options>(parsed));
    const auto& o = std::get<audit_options>(parsed);
    BOOST_TEST((o.output == output_format::jsonl));
    BOOST_TEST(o.quiet);
    BOOST_TEST(o.output_file == "r.jsonl");
    BOOST_TEST(o.threads == 2U);
    BOOST_TEST((o.inputs == std::vector<std::string>{"a.csv", "-", "-b.csv", "--lang"}));  // after --, inputs
    BOOST_TEST((o.language == lang::id));
    // The last of an option given twice wins.
    auto twice = parse_audit_args({"--output", "csv", "--output=text"});
    BOOST_TEST_REQUIRE(std::holds_alternative<audit_options>(twice));
    BOOST_TEST((std::get<audit_options>(twice).output == output_format::text));
    auto message = [](const std::vector<std::string>& args) {
        auto r = parse_audit_args(args);
        BOOST_TEST_REQUIRE(std::holds_alternative<usage_error>(r));
        return std::get<usage_error>(r).message;
    };
    BOOST_TEST(message({"--output"}) == "--output: perlu nilai");
    BOOST_TEST(message({"--lang", "en", "--output"}) == "--output: expected a value");
    // A value is the next word, whatever it looks like (as `--output=--lang` would say).
    BOOST_TEST(message({"--output", "--lang", "en"}) == "--output: expected text, jsonl, csv or html, got '--lang'");
    BOOST_TEST(message({"a.csv", "-o"}) == "--output-file: perlu nama berkas");
    BOOST_TEST(message({"--lang=en", "-x"}) == "unknown option '-x'");
    BOOST_TEST(message({"--bogus=3"}) == "opsi tidak dikenal '--bogus=3'");
    BOOST_TEST(message({"--lang=en", "--fail-on", "fatal"}) ==
               "--fail-on: expected error, warning, info or a list of outcomes (psu,recount,correction,psl,pss,review), got 'fatal'");
    auto help = parse_audit_args({"-h"});
    BOOST_TEST_REQUIRE(std::holds_alternative<audit_options>(help));
    BOOST_TEST(std::get<audit_options>(help).help);
    // The usage lists every option of the table, in both languages.
    for (const auto& name : audit_option_names()) {
        BOOST_TEST(audit_usage(lang::id).find(" " + name + (name.size() == 2 ? "," : " ")) != std::string_view::npos, name);
        BOOST_TEST(audit_usage(lang::en).find(" " + name + (name.size() == 2 ? "," : " ")) != std::string_view::npos, name);
    }
    BOOST_TEST(audit_usage(lang::en).find("  -o, --output-file FILE  write the report to FILE (whole or not at all)\n") !=
               std::string_view::npos);
    BOOST_TEST(audit_usage(lang::id).find("  -o, --output-file BERKAS  laporan ditulis ke BERKAS") != std::string_view::npos);
    // The binary: -- before an input that starts with '-'.
    const auto dash = write_file("-dash.csv", header + "6471011001001,pkwkk,50,40,91,5,96\n");
    const auto r = run("cd " + temp_dir().string() + " && " + audit("--output=jsonl -- -dash.csv"));
    BOOST_TEST(r.status == 1);
    BOOST_TEST(by_rule(summary_of(jsonl(r.out)), "votes.valid_sum") == 1);
}

namespace {
// The words of a man page source with its escapes undone ("\-\-regime" is "--regime").
std::string man_text(const fs::path& page) {
    std::ifstream in(page);
    std::string text{std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == '-') {
            out += '-';
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}
// True when `text` holds `name` as a whole option (not inside a longer one).
bool names_option(const std::string& text, const std::string& name) {
    auto is_name_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_'; };
    for (std::size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + 1)) {
        const bool starts = at == 0 || !is_name_char(text[at - 1]);
        const bool ends = at + name.size() == text.size() || !is_name_char(text[at + name.size()]);
        if (starts && ends) return true;
    }
    return false;
}
}  // namespace

// docs/suara-audit.1 names every option of the parser and renders without a warning; the bash
// completion names exactly the parser's options and completes them. Neither can drift.
BOOST_AUTO_TEST_CASE(man_page_and_bash_completion_name_every_option) {
    const fs::path page = fs::path{SUARA_SOURCE_DIR} / "docs" / "suara-audit.1";
    const fs::path completion = fs::path{SUARA_SOURCE_DIR} / "tools" / "audit" / "suara-audit.bash";
    const std::string man = man_text(page);
    for (const auto& name : audit_option_names()) BOOST_TEST(names_option(man, name), name << " in " << page);
    if (run("command -v groff >/dev/null 2>&1").status == 0) {
        const auto rendered = run("groff -man -Tutf8 -ww " + page.string() + " 2>&1 >/dev/null");
        BOOST_TEST(rendered.status == 0);
        BOOST_TEST(rendered.out.empty(), rendered.out);  // no warning
        const auto text = run("groff -man -Tascii " + page.string() + " 2>/dev/null | col -b 2>/dev/null");
        BOOST_TEST(text.out.find("EXIT STATUS") != std::string::npos);
    }
    // The completion's option list is the parser's, no more and no fewer.
    std::ifstream in(completion);
    const std::string script{std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
    const auto from = script.find("local options=\"");
    BOOST_TEST_REQUIRE(from != std::string::npos);
    const auto to = script.find('"', from + 15);
    std::istringstream words(script.substr(from + 15, to - from - 15));
    std::set<std::string> listed{std::istream_iterator<std::string>{words}, std::istream_iterator<std::string>{}};
    const auto names = audit_option_names();
    BOOST_TEST((listed == std::set<std::string>(names.begin(), names.end())));
    if (run("command -v bash >/dev/null 2>&1").status == 0) {
        auto complete = [&](const std::string& words_line, int cword) {
            return run("bash -c 'source " + completion.string() + "; COMP_WORDS=(" + words_line + "); COMP_CWORD=" +
                       std::to_string(cword) + "; _suara_audit; echo \"${COMPREPLY[*]}\"'")
                .out;
        };
        BOOST_TEST(complete("suara-audit --fail", 1) == "--fail-on\n");
        BOOST_TEST(complete("suara-audit --output j", 2) == "jsonl\n");
        BOOST_TEST(complete("suara-audit --lang = e", 3) == "en\n");
        BOOST_TEST(complete("suara-audit --regime pe", 2) == "pemilu-2024\n");
    }
}

// docs/errors.md: a Sirekap file's contest comes from its path (…/hhcw/<kontes>/…); a loose file
// or a folder whose path names none is rejected unless --kontes names it.
BOOST_AUTO_TEST_CASE(kontes_names_the_contest_of_a_loose_sirekap_file_or_folder) {
    const fs::path root = fs::path{SUARA_DATA_DIR} / "sirekap";
    fs::path one;
    for (const auto& e : fs::recursive_directory_iterator{root})
        if (e.is_regular_file() && e.path().extension() == ".json" && (one.empty() || e.path() < one)) one = e.path();
    const auto folder = temp_dir() / "loose";
    fs::create_directories(folder);
    const auto loose = folder / one.filename();
    fs::copy_file(one, loose, fs::copy_options::overwrite_existing);
    for (const auto& path : {loose, folder}) {
        BOOST_TEST_CONTEXT(path) {
            const auto without = jsonl(run(audit("--output jsonl " + path.string())).out);
            BOOST_TEST(summary_of(without).at("rejected").as_int64() == 1);
            bool named = false;
            for (const auto& l : without)
                if (type_of(l) == "rejected")
                    named = named || (l.at("reason").as_string() == "path_names_no_kontes" &&
                                      l.at("message").as_string() == "jalur berkas tidak memuat kode kontes");
            BOOST_TEST(named);
            const auto with = jsonl(run(audit("--output jsonl --kontes ppwp " + path.string())).out);
            BOOST_TEST(summary_of(with).at("rejected").as_int64() == 0);
            BOOST_TEST(summary_of(with).at("validated").as_int64() == 1);
            BOOST_TEST((strings(header_of(with).at("contests")) == std::vector<std::string>{"ppwp"}));
        }
    }
    // A contest in the path wins over --kontes (the rule of docs/errors.md).
    const auto tree = jsonl(run(audit("--output jsonl --kontes pkwkk " + one.string())).out);
    BOOST_TEST((strings(header_of(tree).at("contests")) == std::vector<std::string>{"ppwp"}));
    const auto bad = run(audit("--kontes pilpres " + loose.string() + " 2>&1"));
    BOOST_TEST(bad.status == 2);
    BOOST_TEST(bad.out.find("--kontes: harus kode kontes") != std::string::npos, bad.out);
}

BOOST_AUTO_TEST_CASE(regions_reads_gzip_and_refuses_binary_or_other_compression) {
    const auto csv = write_file("gz-city.csv", header + "6471011001001,pkwkk,50,40,90,5,95\n");
    const auto tree = write_file("gz-tree.txt", "6471011001001\n6471011001002\n");
    BOOST_TEST_REQUIRE(run("gzip -c " + tree.string() + " > " + tree.string() + ".gz").status == 0);
    const auto r = run(audit("--output jsonl --regions " + tree.string() + ".gz " + csv.string()));
    const auto lines = jsonl(r.out);
    BOOST_TEST(by_rule(summary_of(lines), "recap.missing_tps") == 1);
    BOOST_TEST(text_of(header_of(lines).at("inputs").as_array()[1].at("kind")) == "gzip");
    // The national list as shipped: 804,908 expected codes, read through zlib. Only Balikpapan's
    // are in scope, so the findings are the city's listed TPS but the one with a sheet (counted
    // here by gzip and grep).
    const auto list = fs::path{SUARA_DATA_DIR} / "wilayah/tps-codes.txt.gz";
    const auto national = run(audit("--output jsonl --regions " + list.string() + " " + csv.string()));
    const auto national_lines = jsonl(national.out);
    const auto city = std::stoll(run("gzip -dc " + list.string() + " | grep -c '^6471'").out);
    BOOST_TEST(city > 900);
    BOOST_TEST(by_rule(summary_of(national_lines), "recap.missing_tps") == city - 1);
    // Never binary read as codes: refused whole, exit 2, nothing written.
    const auto binary = write_file("gz-binary.bin", std::string("\x01\x02\x00\x03 6471011001001\n", 18));
    const auto xz = write_file("gz-tree.xz", std::string("\xFD" "7zXZ\x00\x00\x04", 8));
    const auto corrupt = write_file("gz-corrupt.gz", std::string("\x1f\x8b\x08\x00garbage", 11));
    const std::pair<fs::path, std::string> refused[] = {
        {binary, "suara-audit: berkas biner, bukan teks: "},
        {xz, "suara-audit: berkas terkompresi (xz, bzip2, zip atau zstd), bukan teks: "},
        {corrupt, "suara-audit: berkas gzip rusak: "}};
    for (const auto& [file, message] : refused) {
        const auto e = run(audit("--output jsonl --regions " + file.string() + " " + csv.string() + " 2>&1"));
        BOOST_TEST(e.status == 2);
        BOOST_TEST(e.out == message + file.string() + "\n");
    }
}

BOOST_AUTO_TEST_CASE(names_option_names_the_region_from_the_given_file) {
    const auto csv = write_file("names-city.csv", header + "6471011001001,pkwkk,50,40,90,5,95\n6471011001002,pkwkk,5,4,9,0,9\n");
    const auto names = write_file("names.tsv", "64\tPROVINSI CONTOH\n6471\tKOTA CONTOH\n6471011001\tDESA CONTOH\n");
    const auto h = header_of(jsonl(run(audit("--output jsonl --names " + names.string() + " " + csv.string())).out));
    BOOST_TEST(text_of(h.at("names_source")) == names.string());
    BOOST_TEST(text_of(h.at("region").at("text")) ==
               "6471011001 DESA CONTOH, 647101, 6471 KOTA CONTOH, 64 PROVINSI CONTOH (sebagian kode tidak ada di berkas nama wilayah)");
    BOOST_TEST(h.at("region").at("within").as_array()[0].at("name").is_null());
    BOOST_TEST(run(audit("--names /nonexistent/names.tsv " + csv.string() + " 2>/dev/null")).status == 2);
}

#ifdef SUARA_NATIONAL_GENERATOR
// benchmarks/run.sh in a fresh clone: the generator reads data/wilayah/tps-codes.txt.gz itself.
BOOST_AUTO_TEST_CASE(national_generator_reads_the_shipped_gzip_code_list) {
    const auto csv = temp_dir() / "national-real-codes.csv";
    const auto truth = temp_dir() / "national-real-codes.truth.csv";
    const auto gen = run(std::string{SUARA_NATIONAL_GENERATOR} + " --codes " +
                         (fs::path{SUARA_DATA_DIR} / "wilayah/tps-codes.txt.gz").string() + " --tps 3000 --out " +
                         csv.string() + " --truth " + truth.string() + " 2>/dev/null");
    BOOST_TEST_REQUIRE(gen.status == 0);
    std::ifstream in(csv);
    std::string first, second;
    std::getline(in, first);
    std::getline(in, second);
    BOOST_TEST(second.rfind("1101012001001,ppwp,", 0) == 0, second);  // the list's first code
    const auto h = header_of(jsonl(run(audit("--output jsonl " + csv.string())).out));
    BOOST_TEST(text_of(h.at("region").at("text")).find("11 ACEH") != std::string::npos);
    BOOST_TEST(run(std::string{SUARA_NATIONAL_GENERATOR} + " --codes /nonexistent.gz --tps 10 2>/dev/null").status == 2);
}
#endif

// --output html (bulk/html_report.hpp): one page, nothing loaded from the network, the summary
// equal to the jsonl of the same run, in the language of --lang.
BOOST_AUTO_TEST_CASE(html_report_is_one_self_contained_page_whose_summary_equals_the_jsonl) {
    const auto page = run(audit("--output html --lang en"));
    BOOST_TEST(page.status == 1);
    BOOST_TEST(page.out.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
    BOOST_TEST(page.out.size() > 1000U);
    BOOST_TEST(page.out.substr(page.out.size() - 8) == "</html>\n");
    for (const char* bad : {"<link", "<img", "<iframe", " src=", "@import", "url("}) BOOST_TEST(page.out.find(bad) == std::string::npos, bad);
    const auto lines = jsonl(run(audit("--output jsonl --lang en")).out);
    const auto& s = summary_of(lines);
    auto shown = [&](const std::string& id) {
        const std::string key = "id=\"" + id + "\" data-value=\"";
        const auto at = page.out.find(key);
        BOOST_TEST_REQUIRE(at != std::string::npos, id);
        return std::stoll(page.out.substr(at + key.size()));
    };
    for (const char* k : {"read", "validated", "rejected", "flagged", "findings"}) BOOST_TEST(shown(std::string{"sum-"} + k) == s.at(k).as_int64(), k);
    for (const auto& kv : s.at("by_severity").as_object()) BOOST_TEST(shown("sev-" + std::string{kv.key()}) == kv.value().as_int64());
    for (const auto& kv : s.at("by_consequence").as_object()) BOOST_TEST(shown("cons-" + std::string{kv.key()}) == kv.value().as_int64());
    for (const char* section : {"id=\"charts\"", "id=\"chart-rules\"", "id=\"chart-regions\"", "id=\"chart-turnout\"", "id=\"actions\"",
                                "id=\"materiality\"", "id=\"drill\"", "id=\"provenance\"", "id=\"r-pkwkk-6471\""})
        BOOST_TEST(page.out.find(section) != std::string::npos, section);
    BOOST_TEST(page.out.find("<svg") != std::string::npos);
    BOOST_TEST(page.out.find("Summary") != std::string::npos);
    // Without --regions coverage is unknown: no coverage chart.
    BOOST_TEST(page.out.find("chart-coverage") == std::string::npos);
    const auto id = run(audit("--output html"));
    BOOST_TEST(id.out.rfind("<!DOCTYPE html>\n<html lang=\"id\">", 0) == 0);
    BOOST_TEST(id.out.find("Ringkasan") != std::string::npos);
    BOOST_TEST(id.out.find("Summary") == std::string::npos);
    // The same run twice gives the same page (SOURCE_DATE_EPOCH fixed), whatever the threads.
    BOOST_TEST(run(audit("--output html --lang en --threads 1")).out == page.out);
}

BOOST_AUTO_TEST_CASE(html_report_drills_down_to_the_tps_with_its_figures_basis_consequence_and_evidence) {
    const std::string h = "kode_tps,kontes,pemilih_dpt_j,pengguna_total_j,suara_1,suara_2,suara_sah,suara_tidak_sah,suara_total\n";
    // 001: voters 200 but 95 votes cast (votes.vs_voters: a recount the law permits, ppwp);
    // 002: clean; 003 expected (--regions) but absent.
    const auto csv = write_file("html.csv", h + "6471011001001,ppwp,300,200,50,40,90,5,95\n6471011001002,ppwp,300,95,50,40,90,5,95\n");
    const auto names = write_file("html-names.tsv", "64\tKALIMANTAN TIMUR\n6471\tKOTA BALIKPAPAN\n647101\tBALIKPAPAN <b>TIMUR</b>\n"
                                                    "6471011001\tA&B \"desa\"\n");
    const auto tree = write_file("html-tree.txt", "6471011001001\n6471011001002\n6471011001003\n");
    const auto r = run(audit("--output html --lang en --names " + names.string() + " --regions " + tree.string() + " " + csv.string()));
    const std::string& o = r.out;
    BOOST_TEST(r.status == 1);
    // Names from --names, escaped.
    BOOST_TEST(o.find("BALIKPAPAN &lt;b&gt;TIMUR&lt;/b&gt;") != std::string::npos);
    BOOST_TEST(o.find("<b>TIMUR</b>") == std::string::npos);
    BOOST_TEST(o.find("A&amp;B &quot;desa&quot;") != std::string::npos);
    // The drill-down: each level nests in the one above, with its counts; the missing TPS listed.
    const auto p = o.find("id=\"r-ppwp-64\"");
    const auto c = o.find("id=\"r-ppwp-6471\"");
    const auto d = o.find("id=\"r-ppwp-647101\"");
    const auto v = o.find("id=\"r-ppwp-6471011001\" data-level=\"village\" data-code=\"6471011001\" data-counted=\"2\" "
                          "data-expected=\"3\" data-flagged=\"1\"");
    const auto t = o.find("<article class=\"tps\" id=\"tps-6471011001001-ppwp\"");
    BOOST_TEST_REQUIRE(p != std::string::npos);
    BOOST_TEST(p < c);
    BOOST_TEST(c < d);
    BOOST_TEST(d < v);
    BOOST_TEST_REQUIRE(v != std::string::npos);
    BOOST_TEST(v < t);
    BOOST_TEST(o.find("data-tps=\"6471011001003\">6471011001003</code>") != std::string::npos);
    BOOST_TEST(o.find("id=\"chart-coverage\"") != std::string::npos);
    // The TPS card: the figures as on the form, the finding with its figures, basis, consequence
    // and must/may, and where it came from.
    const std::string card = o.substr(t, o.find("</article>", t) - t);
    BOOST_TEST(card.find("data-consequence=\"recount\"") != std::string::npos);
    BOOST_TEST(card.find("<dt>pengguna_total_j<dd>200") != std::string::npos);
    BOOST_TEST(card.find("<dt>suara_2<dd>40") != std::string::npos);
    BOOST_TEST(card.find("data-rule=\"votes.vs_voters\"") != std::string::npos);
    BOOST_TEST(card.find("recount · may") != std::string::npos);
    BOOST_TEST(card.find("Basis: UU 7/2017") != std::string::npos);
    BOOST_TEST(card.find("pengguna_total_j = 200") != std::string::npos);
    BOOST_TEST(card.find(csv.string() + ":2") != std::string::npos);
    // 002 has only record.incomplete (the columns not given): a card to review, no recount.
    BOOST_TEST(o.find("id=\"tps-6471011001002-ppwp\" data-tps=\"6471011001002\" data-kontes=\"ppwp\" data-findings=\"1\" "
                      "data-consequence=\"review\"") != std::string::npos);
    // The recount list links to the card; materiality shows its arithmetic.
    BOOST_TEST(o.find("id=\"actions-count\" data-value=\"1\"") != std::string::npos);
    BOOST_TEST(o.find("<a href=\"#tps-6471011001001-ppwp\">") != std::string::npos);
    BOOST_TEST(o.find("deadline: ") != std::string::npos);  // render_action_row's text
    BOOST_TEST(o.find("margin 20 &lt;= 2 × 90 suara sah at stake") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(html_escaping_and_links) {
    std::string out;
    detail::append_html(out, "a<b>&\"c'd");
    BOOST_TEST(out == "a&lt;b&gt;&amp;&quot;c&#39;d");
    out.clear();
    detail::append_html(out, "plain");
    BOOST_TEST(out == "plain");
    BOOST_TEST(detail::web_url("https://sirekap-obj-formc.kpu.go.id/x.jpg"));
    BOOST_TEST(!detail::web_url("javascript:alert(1)"));
    BOOST_TEST(!detail::web_url("data:text/html,x"));
}

BOOST_AUTO_TEST_SUITE_END()

// ---- issue 14: the recount and re-vote list, roll-ups with names, materiality, checks not run ----

BOOST_AUTO_TEST_SUITE(suara_audit_actions_and_rollups)

namespace {
// Four sheets of Balikpapan (pkwkk, pilkada-2024), hand-computed below:
//   A 6471011001001  50/40: clean
//   B 6471011001002  30/20: kotak dibuka (psu.ballot_box_opened: PSU, dapat), suara sah 50
//   C 6471011002001  10/60: penghitungan tertutup (recount.closed: recount, wajib), suara sah 70
//   D 6471021001001  50/40: suara sah 91 (votes.valid_sum: correction, not on the list)
const std::string incident_header =
    "kode_tps,kontes,suara_1,suara_2,suara_sah,suara_tidak_sah,suara_total,kejadian_kotak_dibuka,kejadian_hitung_tertutup\n";
const std::string four_sheets = incident_header +
                                "6471011001001,pkwkk,50,40,90,5,95,0,0\n"
                                "6471011001002,pkwkk,30,20,50,0,50,1,0\n"
                                "6471011002001,pkwkk,10,60,70,2,72,0,1\n"
                                "6471021001001,pkwkk,50,40,91,5,96,0,0\n";
const std::string names_tsv = "64\tKALIMANTAN TIMUR\n6471\tKOTA BALIKPAPAN\n647101\tBALIKPAPAN TIMUR\n647102\tBALIKPAPAN BARAT\n"
                              "6471011001\tMANGGAR\n6471011002\tLAMARU\n6471021001\tMARGASARI\n";

struct audit_run_result {
    int status = -1;
    std::string out, err;
};
audit_run_result audit_in_process(const std::vector<std::string>& args) {
    auto parsed = parse_audit_args(args);
    BOOST_TEST_REQUIRE(std::holds_alternative<audit_options>(parsed));
    auto o = std::get<audit_options>(parsed);
    o.quiet = true;
    o.run_time = fixed_epoch;
    std::ostringstream out, err;
    audit_run_result r;
    r.status = run_audit(o, audit_sources{}, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}
std::vector<boost::json::object> of_type(const std::vector<boost::json::object>& lines, std::string_view type) {
    std::vector<boost::json::object> out;
    for (const auto& l : lines)
        if (type_of(l) == type) out.push_back(l);
    return out;
}
const boost::json::object& rollup_of(const std::vector<boost::json::object>& rollups, std::string_view code) {
    for (const auto& r : rollups)
        if (r.at("code").as_string() == code) return r;
    BOOST_FAIL("no rollup record for " << code);
    return rollups.front();
}
std::string read_all(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
}
}  // namespace

BOOST_AUTO_TEST_CASE(the_action_list_has_exactly_the_recount_and_revote_tps_in_every_format) {
    const auto csv = write_file("four.csv", four_sheets);
    const auto names = write_file("four-names.tsv", names_tsv);
    const auto actions_csv = temp_dir() / "four-actions.csv";
    const auto r = audit_in_process({"--output", "jsonl", "--lang", "en", "--names", names.string(), "--actions",
                                     actions_csv.string(), csv.string()});
    BOOST_TEST(r.status == exit_errors);  // votes.valid_sum is an error
    const auto lines = jsonl(r.out);
    const auto actions = of_type(lines, "action");
    // B (PSU) before C (recount): the strongest consequence first; A and D are not on the list.
    BOOST_TEST_REQUIRE(actions.size() == 2U);
    BOOST_TEST(actions[0].at("kode_tps").as_string() == "6471011001002");
    BOOST_TEST(actions[0].at("consequence").as_string() == "psu");
    BOOST_TEST(actions[0].at("mandatory").as_bool() == false);  // pilkada-2024: "dapat"
    BOOST_TEST(actions[0].at("regime").as_string() == "pilkada-2024");
    BOOST_TEST(actions[0].at("reasons").as_array().size() == 1U);
    BOOST_TEST(actions[0].at("reasons").as_array()[0].at("rule").as_string() == "psu.ballot_box_opened");
    BOOST_TEST(std::string{actions[0].at("reasons").as_array()[0].at("basis").as_string()}.find("Pasal 112") != std::string::npos);
    BOOST_TEST(actions[0].at("regions").as_array()[3].at("name").as_string() == "MANGGAR");
    BOOST_TEST(actions[0].at("regions").as_array()[1].at("name").as_string() == "KOTA BALIKPAPAN");
    BOOST_TEST(actions[1].at("kode_tps").as_string() == "6471011002001");
    BOOST_TEST(actions[1].at("consequence").as_string() == "recount");
    BOOST_TEST(actions[1].at("mandatory").as_bool() == true);  // pilkada-2024: "wajib"
    BOOST_TEST(actions[1].at("reasons").as_array()[0].at("rule").as_string() == "recount.closed");
    BOOST_TEST(actions[1].at("regions").as_array()[3].at("name").as_string() == "LAMARU");
    // The deadline: the regime's path for the consequence, with its basis (never a guessed date).
    BOOST_TEST(!actions[1].at("deadline").is_null());
    BOOST_TEST(!actions[1].at("deadline").at("basis").as_string().empty());
    // The records come after the findings and before the summary.
    BOOST_TEST(type_of(lines.back()) == "summary");
    // The csv file: a header and the same two rows.
    std::istringstream rows{read_all(actions_csv)};
    std::vector<std::string> got;
    for (std::string line; std::getline(rows, line);) got.push_back(line);
    BOOST_TEST_REQUIRE(got.size() == 3U);
    BOOST_TEST(got[0] == "kode_tps,kode_provinsi,nama_provinsi,kode_kabkota,nama_kabkota,kode_kecamatan,nama_kecamatan,kode_desa,"
                         "nama_desa,kontes,regime,consequence,mandatory,rules,reasons,deadline,deadline_basis");
    BOOST_TEST(got[1].rfind("6471011001002,64,KALIMANTAN TIMUR,6471,KOTA BALIKPAPAN,647101,BALIKPAPAN TIMUR,6471011001,MANGGAR,"
                            "pkwkk,pilkada-2024,psu,false,psu.ballot_box_opened,psu.ballot_box_opened: re-vote (PSU) (may); basis: ",
                            0) == 0,
               got[1]);
    BOOST_TEST(got[2].rfind("6471011002001,64,KALIMANTAN TIMUR,6471,KOTA BALIKPAPAN,647101,BALIKPAPAN TIMUR,6471011002,LAMARU,"
                            "pkwkk,pilkada-2024,recount,true,recount.closed,",
                            0) == 0,
               got[2]);
    // The text report: a section with the count, the names and must/may.
    const auto text = audit_in_process({"--lang", "en", "--names", names.string(), csv.string()});
    BOOST_TEST(text.out.find("Recount and re-vote list: 2 rows\nTPS 6471011001002 (pkwkk)\n") != std::string::npos, text.out);
    BOOST_TEST(text.out.find("  consequence: recount (must)\n") != std::string::npos);
    BOOST_TEST(text.out.find("6471011002 LAMARU") != std::string::npos);
    // Without an action finding the list is empty, and says so.
    const auto clean = write_file("clean-actions.csv", incident_header + "6471011001001,pkwkk,50,40,90,5,95,0,0\n");
    const auto none = audit_in_process({"--lang", "en", "--actions", actions_csv.string(), clean.string()});
    BOOST_TEST(none.out.find("Recount and re-vote list: 0 rows\n  (no TPS must or may be recounted or re-voted)\n") != std::string::npos);
    const std::string header_only = read_all(actions_csv);
    BOOST_TEST(std::count(header_only.begin(), header_only.end(), '\n') == 1);  // the header only
}

BOOST_AUTO_TEST_CASE(roll_ups_add_votes_and_count_tps_counted_expected_and_flagged_by_hand) {
    const auto csv = write_file("four-rollup.csv", four_sheets);
    const auto names = write_file("four-rollup-names.tsv", names_tsv);
    // Expected: the four sheets and one more in MARGASARI, which is missing.
    const auto tree = write_file("four-tree.txt", "6471011001001\n6471011001002\n6471011002001\n6471021001001\n6471021001002\n");
    const auto rollup_csv = temp_dir() / "four-rollup-out.csv";
    const auto r = audit_in_process({"--output", "jsonl", "--names", names.string(), "--regions", tree.string(), "--rollup",
                                     rollup_csv.string(), csv.string()});
    const auto rollups = of_type(jsonl(r.out), "rollup");
    BOOST_TEST(rollups.size() == 1U + 1U + 2U + 3U);  // province, city, 2 districts, 3 villages
    const auto& city = rollup_of(rollups, "6471");
    BOOST_TEST(city.at("name").as_string() == "KOTA BALIKPAPAN");
    BOOST_TEST(city.at("level").as_string() == "regency");
    BOOST_TEST(boost::json::serialize(city.at("votes")) == "[140,160]");  // 50+30+10+50, 40+20+60+40
    BOOST_TEST(city.at("tps_counted").as_int64() == 4);
    BOOST_TEST(city.at("tps_expected").as_int64() == 5);
    BOOST_TEST(city.at("tps_missing").as_int64() == 1);
    BOOST_TEST(city.at("tps_flagged").as_int64() == 3);  // B, C and D have a warning or an error; A none
    BOOST_TEST(city.at("stake_tps").as_int64() == 2);    // B (PSU) and C (recount)
    const auto& manggar = rollup_of(rollups, "6471011001");
    BOOST_TEST(manggar.at("name").as_string() == "MANGGAR");
    BOOST_TEST(boost::json::serialize(manggar.at("votes")) == "[80,60]");
    BOOST_TEST(manggar.at("tps_counted").as_int64() == 2);
    BOOST_TEST(manggar.at("tps_expected").as_int64() == 2);
    BOOST_TEST(manggar.at("tps_missing").as_int64() == 0);
    BOOST_TEST(manggar.at("tps_flagged").as_int64() == 1);
    const auto& timur = rollup_of(rollups, "647101");
    BOOST_TEST(boost::json::serialize(timur.at("votes")) == "[90,120]");
    BOOST_TEST(timur.at("tps_counted").as_int64() == 3);
    // Without --regions nothing is expected: null, not zero.
    const auto bare = of_type(jsonl(audit_in_process({"--output", "jsonl", csv.string()}).out), "rollup");
    BOOST_TEST(rollup_of(bare, "6471").at("tps_expected").is_null());
    BOOST_TEST(rollup_of(bare, "6471").at("tps_missing").is_null());
    BOOST_TEST(rollup_of(bare, "6471").at("name").is_null());  // no names given, none in audit_sources{}
    // The csv: the same figures, with names.
    const std::string file = read_all(rollup_csv);
    BOOST_TEST(file.rfind("kontes,level,code,name,tps_counted,tps_expected,tps_missing,tps_flagged,stake_tps,stake_votes,", 0) == 0);
    BOOST_TEST(file.find("\npkwkk,regency,6471,KOTA BALIKPAPAN,4,5,1,3,2,120,0,0,1,140,160,0,0,2,1,20,could_change,") !=
                   std::string::npos,
               file);
    BOOST_TEST(file.find("\npkwkk,village,6471011001,MANGGAR,2,2,0,1,1,50,0,0,0,80,60,0,0,1,2,20,could_change,") != std::string::npos);
    // The text table: indented by level, with names and counted/expected.
    const auto text = audit_in_process({"--lang", "en", "--names", names.string(), "--regions", tree.string(), csv.string()});
    BOOST_TEST(text.out.find("Roll-up by region\n  pkwkk 64 KALIMANTAN TIMUR: TPS counted 4/5, flagged 3, missing 1; votes 1=140 2=160; ") !=
                   std::string::npos,
               text.out);
    BOOST_TEST(text.out.find("\n        pkwkk 6471011001 MANGGAR: TPS counted 2/2, flagged 1, missing 0; votes 1=80 2=60; ") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(materiality_flips_with_the_votes_at_stake_and_the_missing_tps) {
    // One village, MARGASARI, margin 10 (50 to 40), suara sah 90.
    const auto tree = write_file("one-tree.txt", "6471021001001\n");
    const auto tree_more = write_file("one-tree-more.txt", "6471021001001\n6471021001002\n");
    const auto clean = write_file("one-clean.csv", incident_header + "6471021001001,pkwkk,50,40,90,5,95,0,0\n");
    const auto closed = write_file("one-closed.csv", incident_header + "6471021001001,pkwkk,50,40,90,5,95,0,1\n");
    auto village = [&](const fs::path& input, const fs::path* regions) {
        std::vector<std::string> args{"--output", "jsonl", "--lang", "en"};
        if (regions != nullptr) args.insert(args.end(), {"--regions", regions->string()});
        args.push_back(input.string());
        const auto rollups = of_type(jsonl(audit_in_process(args).out), "rollup");
        return rollup_of(rollups, "6471021001").at("materiality").as_object();
    };
    // Nothing at stake and every expected TPS in: 10 > 2 × 0 + 0.
    const auto cannot = village(clean, &tree);
    BOOST_TEST(cannot.at("verdict").as_string() == "cannot_change");
    BOOST_TEST(cannot.at("margin").as_int64() == 10);
    BOOST_TEST(cannot.at("first").as_int64() == 1);
    BOOST_TEST(cannot.at("second").as_int64() == 2);
    BOOST_TEST(cannot.at("text").as_string() ==
               "margin 10 > 2 × 0 suara sah at stake + missing TPS DPT 0 = 0: cannot change the winner");
    // The same sheet to be recounted: 10 <= 2 × 90 + 0.
    const auto could = village(closed, &tree);
    BOOST_TEST(could.at("verdict").as_string() == "could_change");
    BOOST_TEST(could.at("stake_votes").as_int64() == 90);
    BOOST_TEST(could.at("text").as_string() ==
               "margin 10 <= 2 × 90 suara sah at stake + missing TPS DPT 0 = 180: could change the winner");
    // A missing TPS whose DPT is not known: undetermined, never "cannot change".
    const auto unknown = village(clean, &tree_more);
    BOOST_TEST(unknown.at("verdict").as_string() == "undetermined");
    BOOST_TEST(unknown.at("missing_dpt").is_null());
    // Without --regions the missing TPS are not known either.
    BOOST_TEST(village(clean, nullptr).at("verdict").as_string() == "undetermined");
    // A missing vote figure: the margin itself is unknown.
    const auto blank = write_file("one-blank.csv", incident_header + "6471021001001,pkwkk,50,,90,5,95,0,0\n");
    const auto no_margin = village(blank, &tree);
    BOOST_TEST(no_margin.at("margin").is_null());
    BOOST_TEST(no_margin.at("verdict").as_string() == "undetermined");
    // In the text report, with the arithmetic.
    const auto text = audit_in_process({"--lang", "en", "--regions", tree.string(), clean.string()});
    BOOST_TEST(text.out.find("margin 10 > 2 × 0 suara sah at stake + missing TPS DPT 0 = 0: cannot change the winner\n") !=
               std::string::npos);
    const auto teks = audit_in_process({"--regions", tree.string(), closed.string()});
    BOOST_TEST(teks.out.find("selisih 10 <= 2 × 90 suara sah dipertaruhkan + DPT TPS yang hilang 0 = 180: dapat mengubah pemenang\n") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(fields_sirekap_never_publishes_are_not_incomplete_and_are_said_once) {
    const auto sample = io::read_sirekap(fs::path{SUARA_DATA_DIR} / "sirekap");
    BOOST_TEST(sample.sheets.unpublished_fields() == io::sirekap_unpublished_fields);
    BOOST_TEST(sample.sheets.unpublished_by() == "Sirekap");
    sheet_batch appended;  // a reader that delivers in several batches keeps the declaration
    appended.append(sample.sheets);
    BOOST_TEST(appended.unpublished_fields() == io::sirekap_unpublished_fields);
    appended.clear();
    BOOST_TEST(appended.unpublished_fields() == io::sirekap_unpublished_fields);  // the same source goes on
    const std::uint64_t surat = std::uint64_t{1} << index(field::surat_diterima);
    BOOST_TEST((io::sirekap_unpublished_fields & surat) != 0U);
    BOOST_TEST((io::sirekap_unpublished_fields & (std::uint64_t{1} << index(field::suara_sah))) == 0U);
    auto incomplete = [](const validation_result& v, std::uint64_t fields) {
        std::size_t n = 0;
        for (const auto& f : v.findings) n += f.rule == rule_id::record_incomplete && (f.missing_fields & fields) != 0 ? 1 : 0;
        return n;
    };
    // Declared unpublished: no record.incomplete names them; the summary counts the sheets.
    const auto declared = validate(sample.sheets, regime_choice::by_contest, {1, rule_set::all()});
    BOOST_TEST(incomplete(declared, io::sirekap_unpublished_fields) == 0U);
    BOOST_TEST(declared.summary.unpublished_fields == io::sirekap_unpublished_fields);
    BOOST_TEST(declared.summary.unpublished_sheets == 1000U);
    // The same rows declared complete (as a CSV is): every sheet lists them again.
    sheet_batch undeclared = sample.sheets;
    undeclared.set_unpublished(0, "");
    const auto plain = validate(undeclared, regime_choice::by_contest, {1, rule_set::all()});
    BOOST_TEST(incomplete(plain, io::sirekap_unpublished_fields) == 1000U);
    BOOST_TEST(plain.summary.flagged == 1000U);
    BOOST_TEST(declared.summary.flagged == 740U);  // the 260 sheets flagged only for unpublished fields are not
    BOOST_TEST(plain.summary.unpublished_fields == 0U);
    // The other findings are the same.
    std::size_t other_declared = 0, other_plain = 0;
    for (const auto& f : declared.findings) other_declared += f.rule != rule_id::record_incomplete ? 1 : 0;
    for (const auto& f : plain.findings) other_plain += f.rule != rule_id::record_incomplete ? 1 : 0;
    BOOST_TEST(other_declared == other_plain);
    // The rules that read them, named once per run.
    BOOST_TEST(rules_reading(surat).contains(rule_id::ballots_balance));
    BOOST_TEST(!rules_reading(surat).contains(rule_id::votes_valid_sum));
    const auto r = run(audit("--output jsonl --lang en " + (fs::path{SUARA_DATA_DIR} / "sirekap").string()));
    const auto lines = jsonl(r.out);
    const auto not_run = of_type(lines, "not_run");
    BOOST_TEST_REQUIRE(not_run.size() == 1U);
    BOOST_TEST(not_run[0].at("source").as_string() == "Sirekap");
    BOOST_TEST(not_run[0].at("sheets").as_int64() == 1000);
    BOOST_TEST(boost::json::serialize(not_run[0].at("fields")).find("\"surat_diterima\"") != std::string::npos);
    BOOST_TEST(boost::json::serialize(not_run[0].at("rules")).find("\"ballots.balance\"") != std::string::npos);
    BOOST_TEST(std::string{not_run[0].at("message").as_string()}.rfind("Not run: the checks that need ", 0) == 0);
    // Indonesian messages name the fields as the CSV columns do.
    std::size_t incomplete_records = 0;
    for (const auto& l : jsonl(run(audit("--output jsonl " + (fs::path{SUARA_DATA_DIR} / "sirekap").string())).out))
        if (is_finding(l) && l.at("rule").as_string() == "record.incomplete") {
            ++incomplete_records;
            BOOST_TEST(std::string{l.at("message").as_string()}.find("surat_") == std::string::npos);
            BOOST_TEST(std::string{l.at("message").as_string()}.find("pemilih_dptb") == std::string::npos);
        }
    BOOST_TEST(incomplete_records == 652U);  // records whose administrasi or chart figures are absent (1000 before)
    const auto text = run(audit("--lang en " + (fs::path{SUARA_DATA_DIR} / "sirekap").string()));
    BOOST_TEST(text.out.find("  Not run: the checks that need pemilih_dptb_l,") != std::string::npos);
    // Rules switched off are not named as not run.
    const auto ignored = of_type(jsonl(run(audit("--output jsonl --ignore 'ballots.*' " + (fs::path{SUARA_DATA_DIR} / "sirekap").string())).out),
                                 "not_run");
    BOOST_TEST_REQUIRE(ignored.size() == 1U);
    BOOST_TEST(boost::json::serialize(ignored[0].at("rules")) == R"(["voters.sex_sum","voters.registered_turnout","votes.over_supply"])");
    const auto teks = run(audit((fs::path{SUARA_DATA_DIR} / "sirekap").string()));
    BOOST_TEST(teks.out.find("  Tidak dijalankan: pemeriksaan yang memerlukan pemilih_dptb_l,") != std::string::npos);
    // A CSV publishes every column it has: a missing surat_diterima is incomplete there, a
    // written one is checked (ballots.balance fires), and nothing is said not run.
    const auto no_surat = write_file("no-surat.csv", header + "6471011001001,pkwkk,50,40,90,5,95\n");
    const auto csv_lines = jsonl(run(audit("--output jsonl " + no_surat.string())).out);
    BOOST_TEST(of_type(csv_lines, "not_run").empty());
    bool listed = false;
    for (const auto& l : csv_lines)
        listed = listed || (is_finding(l) && l.at("rule").as_string() == "record.incomplete" &&
                            std::string{l.at("message").as_string()}.find("surat_diterima") != std::string::npos);
    BOOST_TEST(listed);
    const auto with_surat = write_file("with-surat.csv", "kode_tps,kontes,suara_1,suara_2,suara_sah,suara_tidak_sah,suara_total,"
                                                         "surat_diterima,surat_digunakan,surat_dikembalikan,surat_tidak_digunakan\n"
                                                         "6471011001001,pkwkk,50,40,90,5,95,200,95,0,90\n");
    BOOST_TEST(by_rule(summary_of(jsonl(run(audit("--output jsonl " + with_surat.string())).out)), "ballots.balance") == 1);
}

BOOST_AUTO_TEST_SUITE_END()

// ---- legislative rows through suara-audit (bulk/legislative.hpp) ----
// The legislative Sirekap reader lands separately: a stand-in Sirekap source gives one TPS's
// PPWP sheet and its four legislative sheets, as sirekap_result would, through the request's
// on_legislative.
BOOST_AUTO_TEST_SUITE(audit_legislative)

namespace {
struct legislative_audit {
    int status = -1;
    std::string out, err;
};
legislative_audit audit_legislative_rows(const std::vector<std::string>& extra) {
    namespace fx = suara::fixtures;
    const auto input = std::filesystem::temp_directory_path() /
                       ("suara-legislative-stand-in-" + std::to_string(::getpid()) + ".json");  // unique: builds run side by side
    std::ofstream{input} << "{}";
    std::vector<std::string> args{"--format", "sirekap", "--threads", "2"};
    args.insert(args.end(), extra.begin(), extra.end());
    args.push_back(input.string());
    auto parsed = parse_audit_args(args);
    BOOST_TEST_REQUIRE(std::holds_alternative<audit_options>(parsed));
    auto o = std::get<audit_options>(parsed);
    o.quiet = true;
    o.run_time = fixed_epoch;
    audit_sources sources;
    sources.sirekap = [](const std::string& path, const sirekap_request& request, const std::function<void(sheet_batch&)>& on_batch) {
        sheet_batch sheets;
        sheet ppwp = fx::consistent<pemilu_2024>();
        ppwp.figures[index(field::pemilih_dpt_l)] = 104;  // the PPWP sheet's DPT: every other sheet is off
        ppwp.figures[index(field::pemilih_dpt_j)] = 202;
        sheets.push_back(ppwp);
        sheets.set_source(path);
        sheets.set_line(0, 1);
        legislative_batch leg;
        leg.set_source(path);
        auto dpr = fx::consistent_dpr(kontes::pdpr);
        dpr.set_candidate_votes(0, 0, 31);  // party 1: 20 + 31 + 10 + 5 ≠ 65
        leg.push_back(dpr);
        auto dprdp = fx::consistent_dpr(kontes::pdprdp);
        dprdp.set_candidate_votes(1, 1, missing_figure);  // party 2, nomor urut 2 not written
        leg.push_back(dprdp);
        leg.push_back(fx::consistent_dpr(kontes::pdprdk));
        leg.push_back(fx::consistent_dpd());
        for (std::size_t i = 0; i < leg.size(); ++i) leg.set_line(i, i + 2);
        on_batch(sheets);
        if (request.on_legislative) request.on_legislative(leg, sheets);
        io::read_report rep;
        rep.summary.read = 5;
        return rep;
    };
    std::ostringstream out, err;
    legislative_audit r;
    r.status = run_audit(o, sources, out, err);
    r.out = out.str();
    r.err = err.str();
    std::filesystem::remove(input);
    return r;
}
}  // namespace

BOOST_AUTO_TEST_CASE(legislative_findings_reach_every_output) {
    const auto j = audit_legislative_rows({"--output", "jsonl"});
    BOOST_TEST(j.status == exit_errors);
    const auto lines = jsonl(j.out);
    const auto summary = summary_of(lines);
    BOOST_TEST(summary.at("read").as_int64() == 5);  // 1 PPWP + 4 legislative sheets
    BOOST_TEST(summary.at("validated").as_int64() == 5);
    bool party_sum = false, incomplete = false, across = false;
    for (const auto& l : lines) {
        if (!is_finding(l)) continue;
        const std::string rule{l.at("rule").as_string()};
        const auto& fig = l.at("figures").as_object();
        if (rule == "votes.party_sum") {
            party_sum = true;
            BOOST_TEST(l.at("kontes").as_string() == "pdpr");
            BOOST_TEST(l.at("dapil").as_string() == "KALTIM-1");
            BOOST_TEST(fig.at("partai_1.total").as_int64() == 65);
            BOOST_TEST(fig.at("partai_1.partai").as_int64() == 20);
            BOOST_TEST(fig.at("partai_1.caleg_1").as_int64() == 31);
            BOOST_TEST(std::string{l.at("message").as_string()}.find("partai 1") != std::string::npos);
            BOOST_TEST(l.at("source").as_object().at("line").as_int64() == 2);
        }
        if (rule == "record.incomplete" && l.at("kontes").as_string() == "pdprdp") {
            incomplete = true;
            BOOST_TEST(std::string{l.at("message").as_string()}.find("partai 2, nomor urut 2") != std::string::npos);
        }
        if (rule == "tps.dpt_across_contests") {
            across = true;
            BOOST_TEST(fig.at("ppwp.pemilih_dpt_l").as_int64() == 104);
        }
        BOOST_TEST(!l.contains("dapil") == (l.at("kontes").as_string() == "ppwp"));
    }
    BOOST_TEST(party_sum);
    BOOST_TEST(incomplete);
    BOOST_TEST(across);

    const auto id = audit_legislative_rows({});
    BOOST_TEST(id.out.find("jumlah suara sah partai 1 65") != std::string::npos, id.out);
    BOOST_TEST(id.out.find("partai_1.") == std::string::npos);
    const auto en = audit_legislative_rows({"--lang", "en"});
    BOOST_TEST(en.out.find("party 2, ballot number 2") != std::string::npos, en.out);
    const auto csv = audit_legislative_rows({"--output", "csv"});
    BOOST_TEST(csv.out.find(",pdpr,pemilu-2024,votes.party_sum,") != std::string::npos, csv.out);
    const auto html = audit_legislative_rows({"--output", "html"});
    BOOST_TEST(html.out.find("votes.party_sum") != std::string::npos);
    BOOST_TEST(html.out.find("partai 1") != std::string::npos);
    // Any thread count: the same report.
    const auto one = audit_legislative_rows({"--output", "jsonl", "--threads", "1"});
    BOOST_TEST(one.out == j.out);
}

BOOST_AUTO_TEST_SUITE_END()
