// Tests of the bulk machinery: thread-count determinism, order-independent roll-ups, the
// roll-up rules (recap.mismatch, recap.missing_tps), their inputs, the report and the CLI
// options. The rule catalogue itself is tested by the tally tests; here a small probe engine
// stands in for it where the point is the machinery, and the real catalogue is used in
// bulk_catalogue_test.cpp and the CLI tests.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <numeric>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <suara/form/batch.hpp>
#include <suara/tally/identities.hpp>
#include <suara/bulk/figure_keys.hpp>
#include <suara/bulk/reason_codes.hpp>
#include <suara/bulk/action_list.hpp>
#include <suara/bulk/report.hpp>
#include <suara/bulk/rollup_table.hpp>
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>
#include <suara/bulk/rollup.hpp>
#include <suara/bulk/rollup_input.hpp>
#include <suara/bulk/summary.hpp>
#include <suara/bulk/validator.hpp>
#include <suara/bulk/ballot_labels.hpp>
#include <suara/bulk/legislative.hpp>
#include <suara/tally/explain.hpp>

#include "../tally/fixtures.hpp"

#include "laws.hpp"
#include "printing.hpp"

namespace {

using namespace suara;

// A probe engine with two row-dependent rules, enough to exercise the validator:
// votes.valid_sum when suara_sah differs from the candidate sum (error), record.incomplete when
// suara_sah is missing (info).
struct probe_engine {
    template <class Row>
    rule_set fired(const Row& r, rule_set rules) const {
        rule_set out;
        const auto sah = r.figure(field::suara_sah);
        if (sah == missing_figure) {
            if (rules.contains(rule_id::record_incomplete)) out.insert(rule_id::record_incomplete);
            return out;
        }
        std::uint64_t sum = 0;
        for (std::size_t i = 0; i < r.candidate_count(); ++i) sum += r.candidate_figure(i);
        if (sum != sah && rules.contains(rule_id::votes_valid_sum)) out.insert(rule_id::votes_valid_sum);
        return out;
    }
    template <class Row, class Sink>
    void check(const Row& r, Sink&& sink, rule_set rules) const {
        const auto fs = fired(r, rules);
        if (fs.contains(rule_id::record_incomplete)) {
            finding f;
            f.tps = r.code();
            f.contest = r.kontes_code();
            f.rule = rule_id::record_incomplete;
            f.level = severity::info;
            f.missing_fields = std::uint64_t{1} << index(field::suara_sah);
            sink(f);
        }
        if (fs.contains(rule_id::votes_valid_sum)) {
            finding f;
            f.tps = r.code();
            f.contest = r.kontes_code();
            f.rule = rule_id::votes_valid_sum;
            f.level = severity::error;
            f.result = outcome::correction;
            f.add("suara_sah", r.figure(field::suara_sah));
            sink(f);
        }
    }
};
static_assert(rule_engine<probe_engine>);

tps_code code_of(std::uint64_t v) { return *tps_code::from_number(v); }

// `n` rows over many villages of two regencies; every 7th row has a bad sum, every 11th no
// suara_sah.
sheet_batch make_batch(std::size_t n) {
    sheet_batch b;
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t village = (i % 3 == 0 ? 6471010001ULL : 6472020001ULL) + (i / 37) % 50;
        const std::uint64_t code = village * 1000 + (i % 999) + 1;
        const auto row = b.append_missing(code_of(code), i % 2 == 0 ? kontes::pkwkp : kontes::pkwkk, 2, false);
        const std::uint32_t a = static_cast<std::uint32_t>(i % 200);
        const std::uint32_t c = static_cast<std::uint32_t>((i * 7) % 150);
        b.candidate_column(0)[row] = a;
        b.candidate_column(1)[row] = c;
        if (i % 11 != 0) b.column(field::suara_sah)[row] = a + c + (i % 7 == 0 ? 1U : 0U);
        b.column(field::pemilih_dpt_j)[row] = 300;
    }
    return b;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(sheet_batch_rows)

// append and erase_rows, against the same operations on a vector of sheets.
BOOST_AUTO_TEST_CASE(append_and_erase_rows_keep_every_other_row_in_order) {
    const sheet_batch a = make_batch(40);
    sheet_batch wide;  // three candidates and a blank column: append must widen the narrower side
    for (std::size_t i = 0; i < 5; ++i) {
        const auto row = wide.append_missing(code_of(6471011001001ULL + i), kontes::pkwkk, 3, true);
        wide.candidate_column(2)[row] = static_cast<std::uint32_t>(i);
        wide.blank_column()[row] = 9;
    }
    std::vector<sheet> expected;
    for (std::size_t i = 0; i < a.size(); ++i) expected.push_back(a.at(i));
    for (std::size_t i = 0; i < wide.size(); ++i) expected.push_back(wide.at(i));
    sheet_batch joined = a;
    joined.append(wide);
    BOOST_TEST_REQUIRE(joined.size() == expected.size());
    BOOST_TEST(joined.candidate_columns() == 3U);
    for (std::size_t i = 0; i < expected.size(); ++i) BOOST_TEST(joined.at(i) == expected[i], "row " << i);

    const std::vector<std::size_t> drop{0, 1, 7, 39, 40, 44};
    for (auto it = drop.rbegin(); it != drop.rend(); ++it) expected.erase(expected.begin() + static_cast<std::ptrdiff_t>(*it));
    joined.erase_rows(drop);
    BOOST_TEST_REQUIRE(joined.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) BOOST_TEST(joined.at(i) == expected[i], "row " << i);

    const std::vector<std::size_t> unsorted{3, 2};
    const std::vector<std::size_t> twice{2, 2};
    const std::vector<std::size_t> beyond{joined.size()};
    BOOST_CHECK_THROW(joined.erase_rows(unsorted), std::out_of_range);
    BOOST_CHECK_THROW(joined.erase_rows(twice), std::out_of_range);
    BOOST_CHECK_THROW(joined.erase_rows(beyond), std::out_of_range);
    BOOST_TEST(joined.size() == expected.size());  // a refused erase changes nothing
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(bulk_validator_machinery)

BOOST_AUTO_TEST_CASE(results_identical_for_any_thread_count) {
    const auto batch = make_batch(100'000);  // > 8 parts of 8,192 rows: 8 threads really split
    const auto one = validate_with(batch, probe_engine{}, {1, rule_set::all()});
    BOOST_TEST(one.findings.size() > 1000U);
    for (unsigned t : {2U, 3U, 8U}) {
        const auto many = validate_with(batch, probe_engine{}, {t, rule_set::all()});
        BOOST_TEST((many.fired == one.fired), "fired sets differ with " << t << " threads");
        BOOST_TEST((many.findings == one.findings), "findings differ with " << t << " threads");
        BOOST_TEST((many.finding_rows == one.finding_rows));
        BOOST_TEST((many.summary == one.summary), "summary differs with " << t << " threads");
    }
}

BOOST_AUTO_TEST_CASE(counts_match_an_independent_count) {
    const auto batch = make_batch(20'000);
    std::uint64_t bad_sum = 0, missing = 0;
    for (std::size_t i = 0; i < 20'000; ++i) {
        if (i % 11 == 0) ++missing;
        else if (i % 7 == 0) ++bad_sum;
    }
    const auto r = validate_with(batch, probe_engine{}, {3, rule_set::all()});
    BOOST_TEST(r.summary.count(rule_id::votes_valid_sum) == bad_sum);
    BOOST_TEST(r.summary.count(rule_id::record_incomplete) == missing);
    BOOST_TEST(r.summary.count(severity::error) == bad_sum);
    BOOST_TEST(r.summary.flagged == bad_sum + missing);
    BOOST_TEST(r.summary.validated == 20'000U);
    BOOST_TEST(r.summary.read == 20'000U);
    // Per-row view agrees with the findings.
    BOOST_TEST(r.fired[7].contains(rule_id::votes_valid_sum));
    BOOST_TEST(r.fired[11].contains(rule_id::record_incomplete));
    BOOST_TEST(r.fired[1].empty());
    BOOST_TEST(r.findings_of(7).size() == 1U);
    BOOST_TEST(r.findings_of(1).size() == 0U);
    // Region levels add up to the whole.
    for (auto level : {region_level::province, region_level::regency, region_level::district, region_level::village}) {
        std::uint64_t sheets = 0, findings = 0;
        for (const auto& e : r.summary.regions.at(level)) {
            sheets += e.stats.sheets;
            findings += e.stats.findings;
        }
        BOOST_TEST(sheets == 20'000U);
        BOOST_TEST(findings == bad_sum + missing);
    }
    const auto regencies = r.summary.regions.at(region_level::regency);
    BOOST_TEST_REQUIRE(regencies.size() == 2U);
    BOOST_TEST(regencies[0].code == 6471U);
    BOOST_TEST(regencies[1].code == 6472U);
    BOOST_TEST(r.summary.regions.at(region_level::province).size() == 1U);
}

BOOST_AUTO_TEST_CASE(disabled_rules_do_not_fire) {
    const auto batch = make_batch(5'000);
    const auto r = validate_with(batch, probe_engine{}, {2, rule_set{rule_id::record_incomplete}});
    BOOST_TEST(r.summary.count(rule_id::votes_valid_sum) == 0U);
    BOOST_TEST(r.summary.count(rule_id::record_incomplete) > 0U);
}

BOOST_AUTO_TEST_CASE(shuffled_input_gives_identical_roll_ups) {
    const auto batch = make_batch(30'000);
    std::vector<std::size_t> order(batch.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::shuffle(order.begin(), order.end(), std::mt19937{42});
    sheet_batch shuffled;
    for (auto i : order) shuffled.push_back(batch.row(i));
    const auto a = validate_with(batch, probe_engine{}, {2, rule_set::all()});
    const auto b = validate_with(shuffled, probe_engine{}, {3, rule_set::all()});
    BOOST_TEST((a.summary == b.summary));
    for (auto level : {region_level::province, region_level::regency, region_level::district, region_level::village})
        BOOST_TEST((a.summary.regions.at(level) == b.summary.regions.at(level)));
    // Same findings as a multiset.
    auto key = [](const finding& f) { return std::tuple{f.tps, f.contest, f.rule}; };
    std::vector<std::tuple<tps_code, kontes, rule_id>> ka, kb;
    for (const auto& f : a.findings) ka.push_back(key(f));
    for (const auto& f : b.findings) kb.push_back(key(f));
    std::sort(ka.begin(), ka.end());
    std::sort(kb.begin(), kb.end());
    BOOST_TEST((ka == kb));
}

BOOST_AUTO_TEST_CASE(region_summary_obeys_the_roll_up_order_law) {
    std::vector<std::pair<tps_code, region_stats>> records;
    std::mt19937 rng{7};
    for (int i = 0; i < 2000; ++i) {
        const std::uint64_t code = (6471010001ULL + rng() % 40) * 1000 + rng() % 20 + 1;
        records.push_back({code_of(code), region_stats{1, rng() % 2, rng() % 3, rng() % 2}});
    }
    std::vector<std::size_t> order(records.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    BOOST_TEST(laws::roll_up_order_law<region_summary>(records, order, 1));
    BOOST_TEST(laws::roll_up_order_law<region_summary>(records, order, 333));
    std::shuffle(order.begin(), order.end(), rng);
    BOOST_TEST(laws::roll_up_order_law<region_summary>(records, order, 1));
    BOOST_TEST(laws::roll_up_order_law<region_summary>(records, order, 2000));
    // The law can fail: drop one record and it must.
    auto fewer = order;
    fewer.pop_back();
    region_summary whole, part;
    for (const auto& [c, s] : records) whole.add(c, s);
    for (auto i : fewer) part.add(records[i].first, records[i].second);
    whole.normalize();
    part.normalize();
    BOOST_TEST(!(whole == part));
}

BOOST_AUTO_TEST_CASE(feed_reports_a_wrongly_sized_fired_span) {
    const auto batch = make_batch(10);
    bulk_validator<probe_engine> v;
    std::vector<rule_set> fired(3);
    BOOST_CHECK_THROW(v.feed(batch, [](const finding&, std::size_t) {}, fired), std::invalid_argument);
}

BOOST_AUTO_TEST_SUITE_END()

// ---- roll-up rules -----------------------------------------------------------------------

namespace {
sheet_batch small_city() {
    // Two villages of district 647101, one of 647102; contest pkwkk, 2 candidates.
    sheet_batch b;
    auto add = [&](std::uint64_t code, std::uint32_t dpt, std::uint32_t v1, std::uint32_t v2) {
        const auto r = b.append_missing(code_of(code), kontes::pkwkk, 2, false);
        if (dpt != missing_figure) b.column(field::pemilih_dpt_j)[r] = dpt;
        b.candidate_column(0)[r] = v1;
        b.candidate_column(1)[r] = v2;
        b.column(field::suara_sah)[r] = v1 + v2;
    };
    add(6471011001001ULL, 300, 100, 50);
    add(6471011001002ULL, 250, 90, 60);
    add(6471011002001ULL, 200, 10, 20);
    add(6471021001001ULL, missing_figure, 5, 5);
    return b;
}

recap_entry recap(region_level level, std::uint64_t code) {
    recap_entry e;
    e.level = level;
    e.code = code;
    e.contest = kontes::pkwkk;
    e.source = "test";
    return e;
}

std::vector<finding> run_recap(std::vector<recap_entry> entries, const sheet_batch& b) {
    recap_checker c{std::move(entries)};
    c.add(b);
    std::vector<finding> out;
    c.finish([&](const finding& f) { out.push_back(f); });
    return out;
}

std::uint64_t value_of(const finding& f, std::string_view name) {
    for (const auto& v : f)
        if (v.name == name) return v.value;
    return ~std::uint64_t{0};
}
}  // namespace

BOOST_AUTO_TEST_SUITE(roll_up_rules)

BOOST_AUTO_TEST_CASE(recap_mismatch_fires_on_a_differing_figure) {
    auto district = recap(region_level::district, 647101);
    district.figures[index(field::pemilih_dpt_j)] = 751;  // sheets sum to 750
    district.votes[0] = 200;                               // sheets sum to 200: agrees
    const auto out = run_recap({district}, small_city());
    BOOST_TEST_REQUIRE(out.size() == 1U);
    BOOST_TEST((out[0].rule == rule_id::recap_mismatch));
    BOOST_TEST(out[0].level == severity::error);
    BOOST_TEST(out[0].result == outcome::correction);
    BOOST_TEST(value_of(out[0], "pemilih_dpt_j") == 751U);
    BOOST_TEST(value_of(out[0], "jumlah_dari_tps") == 750U);
    BOOST_TEST(value_of(out[0], "jumlah_lembar") == 3U);
    BOOST_TEST(value_of(out[0], "kode_wilayah") == 647101U);
    BOOST_TEST(detail::place_of(out[0]) == "647101");
}

BOOST_AUTO_TEST_CASE(recap_mismatch_does_not_fire_when_the_sum_agrees) {
    auto village = recap(region_level::village, 6471011001);
    village.figures[index(field::pemilih_dpt_j)] = 550;
    village.figures[index(field::suara_sah)] = 300;
    village.votes[0] = 190;
    village.votes[1] = 110;
    auto city = recap(region_level::regency, 6471);
    city.votes[0] = 205;
    BOOST_TEST(run_recap({village, city}, small_city()).empty());
}

BOOST_AUTO_TEST_CASE(recap_mismatch_is_not_evaluated_over_a_missing_figure) {
    // The city sum of pemilih_dpt_j includes a TPS without it: unknown, not 750.
    auto city = recap(region_level::regency, 6471);
    city.figures[index(field::pemilih_dpt_j)] = 750;
    BOOST_TEST(run_recap({city}, small_city()).empty());
    city.figures[index(field::pemilih_dpt_j)] = 1;
    BOOST_TEST(run_recap({city}, small_city()).empty());
    // ... while a complete figure of the same region is still compared.
    city.votes[1] = 1;
    BOOST_TEST(run_recap({city}, small_city()).size() == 1U);
}

BOOST_AUTO_TEST_CASE(recap_of_another_contest_is_compared_with_nothing_of_this_one) {
    auto gov = recap(region_level::regency, 6471);
    gov.contest = kontes::pkwkp;
    gov.votes[0] = 0;  // no pkwkp sheets: the sum is 0, agrees
    BOOST_TEST(run_recap({gov}, small_city()).empty());
    gov.votes[0] = 5;
    BOOST_TEST(run_recap({gov}, small_city()).size() == 1U);
}

BOOST_AUTO_TEST_CASE(missing_tps_fires_for_expected_codes_without_sheet) {
    missing_tps_checker m{{code_of(6471011001001ULL), code_of(6471011001002ULL), code_of(6471011001003ULL),
                           code_of(6471021001001ULL), code_of(6472011001001ULL)}};
    m.add(small_city());
    std::vector<finding> out;
    m.finish([&](const finding& f) { out.push_back(f); });
    // 6471011001003 has no sheet; 6472... is in a regency the input does not cover.
    BOOST_TEST_REQUIRE(out.size() == 1U);
    BOOST_TEST(out[0].tps == code_of(6471011001003ULL));
    BOOST_TEST(out[0].contest == kontes::pkwkk);
    BOOST_TEST((out[0].rule == rule_id::recap_missing_tps));
    BOOST_TEST(out[0].level == severity::info);
}

BOOST_AUTO_TEST_CASE(missing_tps_does_not_fire_when_every_tps_has_a_sheet) {
    missing_tps_checker m{{code_of(6471011001001ULL), code_of(6471011001002ULL)}};
    m.add(small_city());
    int n = 0;
    m.finish([&](const finding&) { ++n; });
    BOOST_TEST(n == 0);
}

BOOST_AUTO_TEST_CASE(recap_csv_reads_entries_and_rejects_bad_rows_with_their_place) {
    std::istringstream in(
        "kode_wilayah,kontes,pemilih_dpt_j,suara_1,suara_2,catatan\r\n"
        "647101,pkwkk,751,200,,\r\n"
        "6471,pkwkk,,,,\r\n"
        "64710,pkwkk,1,2,3,x\n"
        "6471011001,pkwkk,abc,1,2,\n"
        "6471011001,xx,1,1,2,\n"
        "64,pkwkp,1,2\n");
    io::read_report rep;
    const auto entries = read_recap_csv(in, "recap.csv", rep);
    BOOST_TEST_REQUIRE(entries.size() == 2U);
    BOOST_TEST(entries[0].code == 647101U);
    BOOST_TEST((entries[0].level == region_level::district));
    BOOST_TEST(entries[0].figures[index(field::pemilih_dpt_j)] == 751U);
    BOOST_TEST(entries[0].votes[0] == 200U);
    BOOST_TEST(entries[0].votes[1] == missing_figure);  // empty cell states nothing
    BOOST_TEST(entries[1].figures[index(field::pemilih_dpt_j)] == missing_figure);
    BOOST_TEST(rep.summary.rejected == 4U);
    BOOST_TEST(rep.summary.read == 6U);
    BOOST_TEST_REQUIRE(rep.rejections.size() == 4U);
    BOOST_TEST(rep.rejections[0].line == 4U);
    BOOST_TEST(rep.rejections[0].column == "kode_wilayah");
    BOOST_TEST(rep.rejections[1].line == 5U);
    BOOST_TEST(rep.rejections[1].column == "pemilih_dpt_j");
    BOOST_TEST(rep.rejections[1].value == "abc");
    BOOST_TEST(rep.rejections[2].column == "kontes");
    BOOST_TEST(rep.rejections[3].line == 7U);  // too few columns
    BOOST_TEST(rep.summary.warnings == 1U);   // "catatan" ignored
}

// The recap CSV and the TPS list read cells and lines as the C.Hasil reader does
// (io/csv/cells.hpp, io/csv/lines.hpp): a quote closed in mid-cell ("a"b) is malformed, not
// a cell "ab" or "a\"b"; a line ended by CR alone (old Macs) is a line.
BOOST_AUTO_TEST_CASE(recap_and_tps_list_share_the_csv_cell_grammar) {
    std::istringstream in("kode_wilayah,kontes,pemilih_dpt_j\r647101,pkwkk,751\r\"6471\"01,pkwkk,5\r6471,\"pkwkk\",9\r");
    io::read_report rep;
    const auto entries = read_recap_csv(in, "recap.csv", rep);
    BOOST_TEST_REQUIRE(entries.size() == 2U);
    BOOST_TEST(entries[0].figures[index(field::pemilih_dpt_j)] == 751U);
    BOOST_TEST(entries[1].code == 6471U);  // a quoted cell is a cell
    BOOST_TEST_REQUIRE(rep.rejections.size() == 1U);
    BOOST_TEST(rep.rejections[0].line == 3U);  // CR-only line ends counted as lines
    BOOST_TEST((rep.rejections[0].reason == io::csv_reason::bad_quote));

    std::istringstream codes("6471011001001\r\"6471011001\"002\r6471011001003\r");
    io::read_report crep;
    const auto tps = read_tps_codes(codes, "tps.txt", crep);
    BOOST_TEST(tps.size() == 2U);
    BOOST_TEST_REQUIRE(crep.rejections.size() == 1U);
    BOOST_TEST(crep.rejections[0].line == 2U);
    BOOST_TEST((crep.rejections[0].reason == io::csv_reason::bad_quote));
}

BOOST_AUTO_TEST_CASE(tps_code_list_rejects_bad_lines) {
    std::istringstream in("6471011001001\n\n647101100100\n6471011001002\r\nabc\n");
    io::read_report rep;
    const auto codes = read_tps_codes(in, "tps.txt", rep);
    BOOST_TEST(codes.size() == 2U);
    BOOST_TEST(rep.summary.rejected == 2U);
    BOOST_TEST_REQUIRE(rep.rejections.size() == 2U);
    BOOST_TEST(rep.rejections[0].line == 3U);
    BOOST_TEST(rep.rejections[1].line == 5U);
}

BOOST_AUTO_TEST_SUITE_END()

// ---- report ------------------------------------------------------------------------------

BOOST_AUTO_TEST_SUITE(audit_report)

BOOST_AUTO_TEST_CASE(jsonl_lines_follow_the_cli_contract) {
    std::ostringstream out;
    report_writer w{out, output_format::jsonl, lang::id};
    finding f;
    f.tps = code_of(6471011001001ULL);
    f.contest = kontes::pkwkk;
    f.rule = rule_id::votes_valid_sum;
    f.level = severity::error;
    f.result = outcome::correction;
    f.add("suara_sah", 185).add("jumlah_suara_paslon", 1223);
    finding_context where;
    where.regime = "pilkada-2024";
    where.file = "data.csv";
    where.line = 7;
    // The catalogue's message starts with the rule id, which the record does not repeat.
    w.finding(f, "UU 1/2015", "votes.valid_sum: suara sah \"185\"", where);
    w.rejected({"data.csv", 12, "suara_sah", "-3", io::figure_reason::negative});
    audit_summary s;
    s.read = 3;
    s.validated = 2;
    s.rejected = 1;
    s.flagged = 1;
    s.by_rule[static_cast<std::size_t>(rule_id::votes_valid_sum)] = 1;
    s.by_severity[static_cast<std::size_t>(severity::error)] = 1;
    w.finish(s);
    const std::string expected =
        "{\"type\": \"finding\", \"kode_tps\": \"6471011001001\", \"kode_provinsi\": \"64\", \"kode_kabkota\": \"6471\", "
        "\"kode_kecamatan\": \"647101\", \"kode_desa\": \"6471011001\", \"kontes\": \"pkwkk\", \"regime\": \"pilkada-2024\", "
        "\"rule\": \"votes.valid_sum\", \"severity\": \"error\", \"consequence\": \"correction\", \"mandatory\": true, "
        "\"basis\": \"UU 1/2015\", \"message\": \"suara sah \\\"185\\\"\", "
        "\"figures\": {\"suara_sah\": 185, \"sum_of_candidates\": 1223}, \"source\": {\"file\": \"data.csv\", \"line\": 7}, "
        "\"ts\": null, \"images\": []}\n"
        "{\"type\": \"verdict\", \"kode_tps\": \"6471011001001\", \"kode_provinsi\": \"64\", \"kode_kabkota\": \"6471\", "
        "\"kode_kecamatan\": \"647101\", \"kode_desa\": \"6471011001\", \"kontes\": \"pkwkk\", \"regime\": \"pilkada-2024\", "
        "\"consequence\": \"correction\", \"mandatory\": true, \"obliged\": \"correction\", \"findings\": 1, "
        "\"rules\": [\"votes.valid_sum\"], \"source\": {\"file\": \"data.csv\", \"line\": 7}}\n"
        "{\"type\": \"rejected\", \"source\": {\"file\": \"data.csv\", \"line\": 12}, \"field\": \"suara_sah\", \"value\": \"-3\", "
        "\"reason\": \"negative_number\", \"message\": \"bilangan negatif\", \"first_line\": null}\n"
        "{\"type\": \"summary\", \"read\": 3, \"validated\": 2, \"rejected\": 1, \"flagged\": 1, \"findings\": 1, "
        "\"by_severity\": {\"error\": 1, \"warning\": 0, \"info\": 0}, \"by_consequence\": {\"none\": 0, \"review\": 0, "
        "\"correction\": 1, \"continued\": 0, \"follow_up\": 0, \"recount\": 0, \"psu\": 0}, \"by_rule\": {\"votes.valid_sum\": 1}}\n";
    BOOST_TEST(out.str() == expected);
}

// One verdict per sheet with findings: its strongest consequence, and whether the law obliges
// it (a permitted PSU beside an obliged correction: consequence psu, not mandatory).
BOOST_AUTO_TEST_CASE(jsonl_verdicts_take_the_strongest_consequence_and_say_must_or_may) {
    std::ostringstream out;
    report_writer w{out, output_format::jsonl, lang::en};
    finding f;
    f.tps = code_of(6471011001001ULL);
    f.contest = kontes::pkwkk;
    f.rule = rule_id::votes_valid_sum;
    f.result = outcome::correction;
    finding_context must;
    must.regime = "pilkada-2024";
    w.finding(f, "B", "M", must);
    finding g = f;
    g.rule = rule_id::psu_ballot_box_opened;
    g.result = outcome::psu;
    finding_context may = must;
    may.mandatory = false;
    w.finding(g, "B", "M", may);
    finding h = f;
    h.tps = code_of(6471011001002ULL);  // the next sheet: a verdict of its own
    w.finding(h, "B", "M", must);
    w.finish(audit_summary{});
    std::vector<std::string> verdicts;
    std::istringstream in{out.str()};
    for (std::string line; std::getline(in, line);)
        if (line.rfind("{\"type\": \"verdict\"", 0) == 0) verdicts.push_back(line);
    BOOST_TEST_REQUIRE(verdicts.size() == 2U);
    BOOST_TEST(verdicts[0].find("\"consequence\": \"psu\", \"mandatory\": false, \"obliged\": \"correction\", \"findings\": 2, "
                                "\"rules\": [\"votes.valid_sum\", \"psu.ballot_box_opened\"]") != std::string::npos,
               verdicts[0]);
    BOOST_TEST(verdicts[1].find("\"kode_tps\": \"6471011001002\"") != std::string::npos);
    BOOST_TEST(verdicts[1].find("\"consequence\": \"correction\", \"mandatory\": true") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(csv_rows_have_one_value_per_cell_quoted_per_rfc_4180) {
    std::ostringstream out;
    report_writer w{out, output_format::csv, lang::en};
    finding f;
    f.tps = code_of(6471011001001ULL);
    f.contest = kontes::pkwkk;
    f.rule = rule_id::tps_capacity;
    f.level = severity::warning;
    f.add("pemilih_dpt_j", 700).add(capacity_name, 600);
    finding_context where;
    where.regime = "pilkada-2024";
    where.file = "a,b.csv";
    where.line = 3;
    w.finding(f, "UU 1/2015, PKPU", "DPT \"700\" > 600", where);
    w.finish(audit_summary{});
    const std::string text = out.str();
    const std::string head = w.csv_header_line();
    BOOST_TEST_REQUIRE(text.rfind(head, 0) == 0);
    const std::string row = text.substr(head.size());
    const std::string fixed = "6471011001001,64,6471,647101,6471011001,pkwkk,pilkada-2024,tps.capacity,warning,review,true,"
                              "\"a,b.csv\",3,,\"DPT \"\"700\"\" > 600\",\"UU 1/2015, PKPU\",";
    BOOST_TEST_REQUIRE(row.rfind(fixed, 0) == 0, row);
    // The figure cells: the two named, in their columns, every other empty.
    const auto& columns = figure_columns();
    std::string figures;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (i != 0) figures += ',';
        if (columns[i] == "pemilih_dpt_j") figures += "700";
        if (columns[i] == "tps_capacity") figures += "600";
    }
    BOOST_TEST(row.substr(fixed.size()) == figures + "\n");
    // --excel: a byte order mark, CRLF; the rejections csv too.
    std::ostringstream xl, rej;
    report_writer x{xl, output_format::csv, lang::en, true};
    x.set_excel(true);
    x.split_rejections(rej);
    x.finding(f, "B", "M", where);
    x.rejected({"d.csv", 4, "kode_tps", "12", io::csv_reason::bad_code});
    x.finish(audit_summary{});
    BOOST_TEST(xl.str().rfind("\xEF\xBB\xBFkode_tps,", 0) == 0);
    BOOST_TEST(xl.str().find('\n') == xl.str().find("\r\n") + 1);
    BOOST_TEST(rej.str() == "\xEF\xBB\xBFsource_file,source_line,field,value,reason,message,first_line\r\n"
                            "d.csv,4,kode_tps,12,bad_kode_tps,kode_tps must be exactly 13 digits,\r\n");
}

// Every name the catalogue gives a figure has a stable snake_case key with a csv column.
BOOST_AUTO_TEST_CASE(every_figure_name_of_the_catalogue_has_a_column) {
    const auto& columns = figure_columns();
    auto snake = [](std::string_view k) {
        return !k.empty() && std::all_of(k.begin(), k.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
    };
    auto has = [&](std::string_view k) { return std::find(columns.begin(), columns.end(), k) != columns.end(); };
    for (const identity& id : identities)
        for (auto name : {id.lhs_name, id.rhs_name}) {
            BOOST_TEST(snake(figure_key(name)), name);
            BOOST_TEST(has(figure_key(name)), name);
        }
    for (auto name : {candidate_sum_name, ballot_supply_name, expected_ballots_name, capacity_name, copied_row_min_name, threshold_name,
                      std::string_view{"jumlah_dari_tps"}, std::string_view{"jumlah_lembar"}})
        BOOST_TEST(has(figure_key(name)), name);
    for (auto n : field_names) BOOST_TEST(has(n));
    BOOST_TEST(has("suara_24"));
    BOOST_TEST(has("likely_suara_sah"));
    BOOST_TEST(!has("likely_kejadian_gangguan"));  // a digit slip is found only among an identity's figures
    std::vector<std::string> sorted = columns;
    std::sort(sorted.begin(), sorted.end());
    BOOST_TEST((std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end()));  // no column twice
    for (const auto& c : columns) BOOST_TEST(snake(c), c);
}

// Every reason a reader rejects a record for has its own code.
BOOST_AUTO_TEST_CASE(every_rejection_reason_has_a_distinct_code) {
    std::vector<std::string_view> codes;
    for (const auto& e : reason_codes) codes.push_back(e.code);
    for (const auto& e : rollup_reason_codes) codes.push_back(e.code);
    for (const auto& e : reason_codes) BOOST_TEST(reason_code(*e.reason) == e.code);
    std::sort(codes.begin(), codes.end());
    BOOST_TEST((std::adjacent_find(codes.begin(), codes.end()) == codes.end()));
    BOOST_TEST(reason_code(io::csv_reason::negative) == "negative_number");  // shared with Sirekap
    BOOST_TEST(reason_code(io::sirekap_reason::negative) == "negative_number");
    BOOST_TEST(reason_code(bilingual{"x", "y"}) == "other");
}

BOOST_AUTO_TEST_CASE(text_report_puts_the_summary_first_and_groups_by_tps) {
    std::ostringstream out;
    report_writer w{out, output_format::text, lang::en};
    finding f;
    f.tps = code_of(6471011001001ULL);
    f.contest = kontes::pkwkk;
    f.rule = rule_id::votes_total_sum;
    f.level = severity::error;
    f.result = outcome::correction;
    w.finding(f, "BASIS-A", "MESSAGE-A");
    f.rule = rule_id::votes_valid_sum;
    w.finding(f, "BASIS-B", "MESSAGE-B");
    audit_summary s;
    s.read = s.validated = s.flagged = 1;
    s.by_rule[static_cast<std::size_t>(rule_id::votes_total_sum)] = 1;
    s.by_rule[static_cast<std::size_t>(rule_id::votes_valid_sum)] = 1;
    s.regions.add(f.tps, {1, 1, 2, 2});
    region_names names{{6471011001ULL, "Kelurahan Contoh"}};
    w.finish(s, &names);
    const auto text = out.str();
    const auto summary_at = text.find("Sheets read");
    const auto tps_at = text.find("TPS 6471011001001 (pkwkk)");
    BOOST_TEST(summary_at != std::string::npos);
    BOOST_TEST(tps_at != std::string::npos);
    BOOST_TEST(summary_at < tps_at);
    BOOST_TEST(text.find("TPS 6471011001001", tps_at + 1) == std::string::npos);  // one group
    BOOST_TEST(text.find("Legal basis: BASIS-B") != std::string::npos);
    BOOST_TEST(text.find("6471011001 Kelurahan Contoh: 2 findings") != std::string::npos);
}

// The writers' formatting internals (tuned for speed, issue 16): every byte escaped as JSON wants
// it, in strings with and without escapes, appended after what the line already holds; numbers
// up to the largest std::uint64_t.
BOOST_AUTO_TEST_CASE(json_strings_and_numbers_are_formatted_exactly) {
    const auto json = [](std::string_view s) {
        std::string out = "x";
        suara::detail::append_json_string(out, s);
        return out;
    };
    BOOST_TEST(json("") == "x\"\"");
    BOOST_TEST(json("Kota Balikpapan") == "x\"Kota Balikpapan\"");
    BOOST_TEST(json("a\"b\\c") == "x\"a\\\"b\\\\c\"");
    BOOST_TEST(json("\n\r\t") == "x\"\\n\\r\\t\"");
    BOOST_TEST(json(std::string_view{"\0\x01\x1f", 3}) == "x\"\\u0000\\u0001\\u001f\"");
    BOOST_TEST(json("\x7f\xc3\xa9 ok") == "x\"\x7f\xc3\xa9 ok\"");  // DEL and UTF-8 as they are
    for (int c = 0; c < 256; ++c) {
        const std::string s(1, static_cast<char>(c));
        const bool escaped = c < 0x20 || c == '"' || c == '\\';
        BOOST_TEST((json("ab" + s + "cd").size() == 8 + (escaped ? (c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t' ? 1 : 5) : 0)),
                   "byte " << c);
    }
    std::string n = "n=";
    suara::detail::append_number(n, 0);
    n += ',';
    suara::detail::append_number(n, 4294967294u);
    n += ',';
    suara::detail::append_number(n, 18446744073709551615ull);
    BOOST_TEST(n == "n=0,4294967294,18446744073709551615");
}
BOOST_AUTO_TEST_SUITE_END()

// ---- issue 14: action list, roll-up table, materiality ----------------------------------------

namespace {
finding action_finding(std::uint64_t code, rule_id rule, outcome o, severity s = severity::error) {
    finding f;
    f.tps = code_of(code);
    f.contest = kontes::pkwkk;
    f.rule = rule;
    f.level = s;
    f.result = o;
    return f;
}

// One city, one district, one village, two TPS, 2 candidates, contest pkwkk.
sheet_batch two_tps(std::uint32_t a1, std::uint32_t a2, std::uint32_t b1, std::uint32_t b2) {
    sheet_batch b;
    auto add = [&](std::uint64_t code, std::uint32_t v1, std::uint32_t v2) {
        const auto r = b.append_missing(code_of(code), kontes::pkwkk, 2, false);
        b.candidate_column(0)[r] = v1;
        b.candidate_column(1)[r] = v2;
        b.column(field::suara_sah)[r] = (v1 == missing_figure || v2 == missing_figure) ? missing_figure : v1 + v2;
    };
    add(6471011001001ULL, a1, a2);
    add(6471011001002ULL, b1, b2);
    return b;
}

region_total total_at(const std::vector<region_total>& ts, region_level level) {
    for (const auto& t : ts)
        if (t.level == level) return t;
    BOOST_FAIL("no total at level");
    return {};
}
}  // namespace

BOOST_AUTO_TEST_SUITE(action_list_and_materiality)

BOOST_AUTO_TEST_CASE(action_list_keeps_only_action_outcomes_strongest_first) {
    action_list list;
    list.add(action_finding(6471011001002ULL, rule_id::record_incomplete, outcome::review), true);
    list.add(action_finding(6471011001003ULL, rule_id::record_incomplete, outcome::correction), true);
    list.add(action_finding(6471011001002ULL, rule_id::recap_mismatch, outcome::recount), false);
    list.add(action_finding(6471011001009ULL, rule_id::recap_missing_tps, outcome::psu), true);
    list.add(action_finding(6471011001001ULL, rule_id::recap_mismatch, outcome::recount), true);
    const auto rows = list.rows();
    BOOST_TEST_REQUIRE(rows.size() == 3U);  // review and correction do not put a TPS on the list
    BOOST_TEST(rows[0].tps.number() == 6471011001009ULL);
    BOOST_TEST((rows[0].v.result == outcome::psu));
    BOOST_TEST(rows[1].tps.number() == 6471011001001ULL);
    BOOST_TEST(rows[1].v.mandatory);
    BOOST_TEST(rows[2].tps.number() == 6471011001002ULL);
    BOOST_TEST(!rows[2].v.mandatory);
    BOOST_TEST(rows[2].v.count == 1U);  // the review finding is not a reason

    region_names names{{6471, "Kota Balikpapan"}};
    const auto en = render_action_list<pilkada_2024>(rows, &names, lang::en);
    BOOST_TEST(en.find("Recount and re-vote list: 3 rows") != std::string::npos);
    BOOST_TEST(en.find("6471 Kota Balikpapan") != std::string::npos);
    BOOST_TEST(en.find("(may)") != std::string::npos);
    BOOST_TEST(en.find("deadline: ") != std::string::npos);
    BOOST_TEST(en.find("basis: ") != std::string::npos);
    const auto id = render_action_list<pilkada_2024>({}, nullptr, lang::id);
    BOOST_TEST(id.find("0 baris") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(action_list_deadline_is_the_regimes) {
    action_list list;
    list.add(action_finding(6471011001001ULL, rule_id::recap_mismatch, outcome::psu), true);
    const auto rows = list.rows();
    // Pemilu 2024: PSU at most 10 days after voting day; Pilkada 2024 states none (unknown).
    const auto pemilu = render_action_row<pemilu_2024>(rows[0], nullptr, lang::en);
    BOOST_TEST(pemilu.find("at most 10 days after voting day") != std::string::npos);
    const auto pilkada = render_action_row<pilkada_2024>(rows[0], nullptr, lang::en);
    BOOST_TEST(pilkada.find("deadline: unknown") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(rollup_counts_votes_flagged_expected_and_missing) {
    const auto b = two_tps(100, 50, 30, missing_figure);
    std::vector<row_mark> marks(2);
    marks[1].add(action_finding(6471011001002ULL, rule_id::record_incomplete, outcome::review, severity::warning));
    rollup_table_options o;
    o.expected = {code_of(6471011001001ULL), code_of(6471011001002ULL), code_of(6471011001003ULL)};
    o.expected_dpt = {{6471011001003ULL, 250}};
    rollup_table table{o};
    table.add(b, marks);
    const auto ts = table.finish();
    BOOST_TEST(ts.size() == 4U);
    const auto v = total_at(ts, region_level::village);
    BOOST_TEST(v.counted == 2U);
    BOOST_TEST(v.expected.value() == 3U);
    BOOST_TEST(v.missing == 1U);
    BOOST_TEST(v.missing_dpt == 250U);
    BOOST_TEST(v.flagged == 1U);
    BOOST_TEST(v.votes[0] == 130U);
    BOOST_TEST(v.votes[1] == 50U);
    BOOST_TEST(v.votes_missing[1] == 1U);  // missing is not zero
    const auto m = assess_materiality(v);
    BOOST_TEST(!m.margin.has_value());
    BOOST_TEST((m.verdict == materiality_verdict::undetermined));
    const auto text = render_rollup_table(ts, nullptr, lang::en);
    BOOST_TEST(text.find("TPS counted 2/3, flagged 1, missing 1") != std::string::npos);
    BOOST_TEST(text.find("2=50 (+? from 1 TPS without a figure)") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(materiality_flips_at_one_vote) {
    // Margin at the village: (100+v) - (50+30) with TPS 2 (30 + 0... ) recount at stake.
    auto run = [](std::uint32_t leader_votes, std::optional<std::uint32_t> missing_dpt) {
        const auto b = two_tps(leader_votes, 50, 0, 30);  // TPS 2: suara sah 30, recount
        std::vector<row_mark> marks(2);
        marks[1].add(action_finding(6471011001002ULL, rule_id::recap_mismatch, outcome::recount));
        rollup_table_options o;
        o.expected = {code_of(6471011001001ULL), code_of(6471011001002ULL), code_of(6471011001003ULL)};
        if (missing_dpt) o.expected_dpt = {{6471011001003ULL, *missing_dpt}};
        rollup_table table{o};
        table.add(b, marks);
        return assess_materiality(total_at(table.finish(), region_level::village));
    };
    // margin = L - 80; swing = 2 × 30 + 10 = 70.
    const auto cannot = run(151, 10);  // margin 71 > 70
    BOOST_TEST(cannot.margin.value() == 71U);
    BOOST_TEST((cannot.verdict == materiality_verdict::cannot_change));
    BOOST_TEST(explain_materiality(cannot, lang::en) ==
               "margin 71 > 2 × 30 suara sah at stake + missing TPS DPT 10 = 70: cannot change the winner");
    const auto could = run(150, 10);  // margin 70 <= 70
    BOOST_TEST((could.verdict == materiality_verdict::could_change));
    BOOST_TEST(explain_materiality(could, lang::id).find("dapat mengubah pemenang") != std::string::npos);
    const auto unknown = run(1151, std::nullopt);  // DPT of the missing TPS unknown: never "cannot change"
    BOOST_TEST(!unknown.missing_dpt.has_value());
    BOOST_TEST((unknown.verdict == materiality_verdict::undetermined));
    BOOST_TEST(explain_materiality(unknown, lang::en).find("missing TPS DPT unknown") != std::string::npos);
    // No sign between the margin and an incomplete stake: the two stand side by side.
    BOOST_TEST(explain_materiality(unknown, lang::en).find(", against 2 × ") != std::string::npos);
    BOOST_TEST(explain_materiality(unknown, lang::id).find(", dibanding 2 × ") != std::string::npos);
    BOOST_TEST(explain_materiality(unknown, lang::en).find(" ? ") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(materiality_without_expected_codes_is_undetermined) {
    rollup_table table;
    table.add(two_tps(500, 10, 10, 10));
    const auto t = total_at(table.finish(), region_level::province);
    BOOST_TEST(!t.expected.has_value());
    BOOST_TEST((assess_materiality(t).verdict == materiality_verdict::undetermined));
}

BOOST_AUTO_TEST_SUITE_END()

// ---- legislative sheets in bulk (bulk/legislative.hpp, bulk/ballot_labels.hpp) ----
namespace {

using suara::fixtures::consistent_dpd;
using suara::fixtures::consistent_dpr;

/// The four legislative sheets of one TPS (pdpr, pdprdp, pdprdk, pdpd), consistent, at `code`.
std::vector<legislative_sheet> consistent_tps(tps_code code) {
    std::vector<legislative_sheet> out{consistent_dpr(kontes::pdpr), consistent_dpr(kontes::pdprdp), consistent_dpr(kontes::pdprdk),
                                       consistent_dpd()};
    for (auto& s : out) s.admin.tps = code;
    return out;
}

sheet ppwp_at(tps_code code) {
    sheet s = suara::fixtures::consistent<pemilu_2024>();
    s.tps = code;
    return s;
}

const finding* first_of(const legislative_result& r, rule_id id, std::size_t row, bool ppwp = false) {
    for (std::size_t i = 0; i < r.findings.size(); ++i)
        if (r.findings[i].rule == id && r.places[i].row == row && r.places[i].ppwp == ppwp) return &r.findings[i];
    return nullptr;
}

// The figure `name` of f; -1 when f does not name it.
std::int64_t leg_value(const finding& f, std::string_view name) {
    for (const auto& v : f)
        if (v.name == name) return v.value;
    return -1;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(legislative_bulk)

BOOST_AUTO_TEST_CASE(consistent_sheets_have_no_finding) {
    legislative_batch leg;
    for (const auto& s : consistent_tps(suara::fixtures::code)) leg.push_back(s);
    sheet_batch ppwp;
    ppwp.push_back(ppwp_at(suara::fixtures::code));
    const auto r = validate_legislative<pemilu_2024>(leg, &ppwp);
    BOOST_TEST(r.findings.empty());
    BOOST_TEST(r.summary.read == 4U);
    BOOST_TEST(r.summary.validated == 4U);
    BOOST_TEST(r.summary.flagged == 0U);
    BOOST_TEST(r.fired.size() == 4U);
    BOOST_TEST(std::all_of(r.fired.begin(), r.fired.end(), [](rule_set s) { return s.empty(); }));
}

BOOST_AUTO_TEST_CASE(party_sum_fires_with_its_figures) {
    auto sheets = consistent_tps(suara::fixtures::code);
    sheets[0].set_candidate_votes(0, 0, 31);  // party 1: 20 + 31 + 10 + 5 = 66, total 65
    legislative_batch leg;
    for (const auto& s : sheets) leg.push_back(s);
    const auto r = validate_legislative<pemilu_2024>(leg);
    const finding* f = first_of(r, rule_id::votes_party_sum, 0);
    BOOST_REQUIRE(f != nullptr);
    BOOST_TEST((f->contest == kontes::pdpr));
    BOOST_TEST(leg_value(*f, "partai_1.total") == 65U);
    BOOST_TEST(leg_value(*f, "partai_1.jumlah") == 66U);
    BOOST_TEST(leg_value(*f, "partai_1.partai") == 20U);
    BOOST_TEST(leg_value(*f, "partai_1.caleg_1") == 31U);
    BOOST_TEST(r.fired[0].contains(rule_id::votes_party_sum));
    BOOST_TEST(r.fired[1].empty());
    BOOST_TEST(r.summary.flagged == 1U);
    BOOST_TEST(r.summary.count(rule_id::votes_party_sum) == 1U);
    // The findings are exactly check_legislative's, row by row.
    const auto own = legislative_findings_of<pemilu_2024>(sheets[0]);
    BOOST_TEST(std::count_if(r.places.begin(), r.places.end(), [](legislative_place p) { return p.row == 0; }) ==
               static_cast<std::ptrdiff_t>(own.size()));
}

BOOST_AUTO_TEST_CASE(missing_figures_are_named_never_zero) {
    auto sheets = consistent_tps(suara::fixtures::code);
    sheets[2].set_candidate_votes(1, 1, missing_figure);  // pdprdk: party 2, nomor urut 2 not written
    sheets[3].set_dpd_votes(39, missing_figure);           // pdpd: the last candidate not written
    legislative_batch leg;
    for (const auto& s : sheets) leg.push_back(s);
    const auto r = validate_legislative<pemilu_2024>(leg);
    const finding* f = first_of(r, rule_id::record_incomplete, 2);
    BOOST_REQUIRE(f != nullptr);
    BOOST_TEST(leg_value(*f, "partai_2.caleg_2") == missing_figure);
    BOOST_TEST(first_of(r, rule_id::votes_party_sum, 2) == nullptr);  // not evaluated, not "0 ≠ 80"
    const finding* d = first_of(r, rule_id::record_incomplete, 3);
    BOOST_REQUIRE(d != nullptr);
    BOOST_TEST(d->missing_candidates);
    BOOST_TEST(first_of(r, rule_id::votes_valid_sum, 3) == nullptr);
}

BOOST_AUTO_TEST_CASE(cross_contest_against_the_ppwp_sheet) {
    auto sheets = consistent_tps(suara::fixtures::code);
    legislative_batch leg;
    for (const auto& s : sheets) leg.push_back(s);
    // The PPWP sheet is the reference: a DPT that differs there puts every legislative sheet off.
    sheet ppwp_sheet = ppwp_at(suara::fixtures::code);
    ppwp_sheet.figures[index(field::pemilih_dpt_l)] = 104;
    ppwp_sheet.figures[index(field::pemilih_dpt_j)] = 202;
    sheet_batch ppwp;
    ppwp.push_back(ppwp_at(*tps_code::parse("6471011001002")));  // another TPS: not joined
    ppwp.push_back(ppwp_sheet);
    const auto r = validate_legislative<pemilu_2024>(leg, &ppwp);
    for (std::size_t row = 0; row < 4; ++row) {
        const finding* f = first_of(r, rule_id::tps_dpt_across_contests, row);
        BOOST_REQUIRE(f != nullptr);
        BOOST_TEST(leg_value(*f, "pemilih_dpt_l") == 103U);
        BOOST_TEST(leg_value(*f, "ppwp.pemilih_dpt_l") == 104U);
        BOOST_TEST(leg_value(*f, "ppwp.pemilih_dpt_j") == 202U);
        BOOST_TEST(r.fired[row].contains(rule_id::tps_dpt_across_contests));
    }
    // Without the PPWP sheet the legislative sheets agree: nothing across contests.
    const auto alone = validate_legislative<pemilu_2024>(leg);
    BOOST_TEST(alone.findings.empty());
    // One legislative sheet off the others: the majority is the reference, the one sheet is named.
    auto off = sheets;
    off[1].admin.figures[index(field::pengguna_dpk_j)] = 15;
    off[1].admin.figures[index(field::pengguna_dpk_l)] = 10;
    legislative_batch leg2;
    for (const auto& s : off) leg2.push_back(s);
    const auto r2 = validate_legislative<pemilu_2024>(leg2);
    const finding* v = first_of(r2, rule_id::tps_voters_across_contests, 1);
    BOOST_REQUIRE(v != nullptr);
    BOOST_TEST(leg_value(*v, "pengguna_dpk_j") == 15U);
    BOOST_TEST(leg_value(*v, "pdpr.pengguna_dpk_j") == 16U);
    BOOST_TEST(first_of(r2, rule_id::tps_voters_across_contests, 0) == nullptr);
    // The cross-contest rules can be switched off.
    legislative_options no_cross;
    no_cross.across_contests = false;
    const auto r3 = validate_legislative<pemilu_2024>(leg2, nullptr, no_cross);
    BOOST_TEST(first_of(r3, rule_id::tps_voters_across_contests, 1) == nullptr);
    // Tuning drops findings before they are counted.
    legislative_options tuned;
    tuned.tune = [](finding& f) { return f.rule != rule_id::tps_voters_across_contests; };
    const auto r4 = validate_legislative<pemilu_2024>(leg2, nullptr, tuned);
    BOOST_TEST(r4.summary.count(rule_id::tps_voters_across_contests) == 0U);
}

BOOST_AUTO_TEST_CASE(findings_are_the_same_for_any_thread_count) {
    // 3000 TPS × 4 contests, the rows out of code order, some sheets off.
    std::mt19937 gen{20240214};
    legislative_batch leg;
    sheet_batch ppwp;
    std::vector<legislative_sheet> all;
    for (std::uint64_t t = 0; t < 3000; ++t) {
        const tps_code code = *tps_code::from_number(6471011001000ULL + (t / 20) * 1000 + t % 20 + 1);
        auto sheets = consistent_tps(code);
        if (t % 7 == 0) sheets[t % 3].set_candidate_votes(0, 1, 11);
        if (t % 11 == 0) sheets[3].admin.figures[index(field::pengguna_dpt_j)] = 134;
        if (t % 13 == 0) sheets[0].set_party_total(1, missing_figure);
        sheet p = ppwp_at(code);
        if (t % 17 == 0) p.figures[index(field::pemilih_dpt_p)] = 97;
        ppwp.push_back(p);
        for (auto& s : sheets) all.push_back(s);
    }
    std::shuffle(all.begin(), all.end(), gen);
    for (const auto& s : all) leg.push_back(s);
    legislative_options one, many;
    one.threads = 1;
    many.threads = 4;
    const auto a = validate_legislative<pemilu_2024>(leg, &ppwp, one);
    const auto b = validate_legislative<pemilu_2024>(leg, &ppwp, many);
    BOOST_TEST(!a.findings.empty());
    BOOST_TEST((a == b));
    BOOST_TEST(a.summary.read == leg.size());
    // In row order; each row's findings together.
    BOOST_TEST(std::is_sorted(a.places.begin(), a.places.end(),
                              [](legislative_place x, legislative_place y) { return x.row < y.row && !x.ppwp && !y.ppwp; }));
    BOOST_TEST(a.summary.count(rule_id::tps_dpt_across_contests) > 0U);
    BOOST_TEST(a.summary.count(rule_id::votes_party_sum) > 0U);
}

BOOST_AUTO_TEST_CASE(labels_name_parties_and_candidates_by_number) {
    const ballot_labeller numbers;
    auto sheets = consistent_tps(suara::fixtures::code);
    sheets[0].set_candidate_votes(0, 0, 31);
    const auto found = legislative_findings_of<pemilu_2024>(sheets[0]);
    const finding* f = found.first(rule_id::votes_party_sum);
    BOOST_REQUIRE(f != nullptr);
    auto labelled = [&](const finding& x, lang l, const ballot_labeller& with) {
        return label_legislative_message<pemilu_2024>(explain<pemilu_2024>(x, l), x.contest, "KALTIM-1", with, l);
    };
    const std::string id = labelled(*f, lang::id, numbers);
    BOOST_TEST(id.find("jumlah suara sah partai 1 65 \u2260 suara partai + caleg partai 1 66") != std::string::npos, id);
    BOOST_TEST(id.find("partai_1") == std::string::npos, id);
    BOOST_TEST(labelled(*f, lang::en, numbers).find("total of party 1 65") != std::string::npos);
    // A missing candidate figure, named by party and nomor urut.
    auto gap = consistent_tps(suara::fixtures::code)[0];
    gap.set_candidate_votes(0, 2, missing_figure).set_party_votes(1, missing_figure);
    const auto missing = legislative_findings_of<pemilu_2024>(gap);
    const finding* m = missing.first(rule_id::record_incomplete);
    BOOST_REQUIRE(m != nullptr);
    const std::string mid = labelled(*m, lang::id, numbers);
    BOOST_TEST(mid.find("partai 1, nomor urut 3") != std::string::npos, mid);
    BOOST_TEST(mid.find("suara partai 2 saja") != std::string::npos, mid);
    BOOST_TEST(labelled(*m, lang::en, numbers).find("party 1, ballot number 3") != std::string::npos);
    // A candidate list plugs in by overriding label().
    struct names : ballot_labeller {
        std::string label(const ballot_position& at, lang l) const override {
            if (at.party.value() == 1 && at.nomor_urut.value() == 3) return std::string{at.dapil} + ": Siti";
            return ballot_labeller::label(at, l);
        }
    } list;
    const std::string named = labelled(*m, lang::id, list);
    BOOST_TEST(named.find("KALTIM-1: Siti") != std::string::npos, named);
    // DPD candidates and the other sheets' figures.
    BOOST_TEST(label_legislative_message<pemilu_2024>("suara_3 12, suara_sah 5", kontes::pdpd, "", numbers, lang::id) ==
               "calon DPD nomor urut 3 12, suara_sah 5");
    BOOST_TEST(label_legislative_message<pemilu_2024>("votes for candidate 3 12", kontes::pdpd, "", numbers, lang::en) ==
               "DPD candidate, ballot number 3 12");
    BOOST_TEST(label_legislative_message<pemilu_2024>("pemilih_dpt_j 201 ≠ ppwp.pemilih_dpt_j 202", kontes::pdpr, "", numbers, lang::id) ==
               "pemilih_dpt_j 201 ≠ pemilih_dpt_j lembar PPWP 202");
    // A PPWP message is left as it is.
    BOOST_TEST(label_legislative_message<pemilu_2024>("suara_1 5", kontes::ppwp, "", numbers, lang::id) == "suara_1 5");
}

BOOST_AUTO_TEST_SUITE_END()
