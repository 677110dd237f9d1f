// Property tests (RapidCheck, run inside Boost.Test cases): the rule catalogue, the bulk
// validator and the CSV reader/writer against generated sheets, not hand-picked ones.
//  - every consistent sheet passes every rule (both regimes, sheet and batch-row models);
//  - changing any single figure of a consistent sheet is caught by at least one rule;
//  - clearing any single figure gives record.incomplete and nothing else (missing is not zero);
//  - on any sheet at all (figures up to max_figure, anything missing) the rules neither throw
//    nor disagree: fired_rules is exactly the rules of check_sheet's findings;
//  - roll-ups and findings do not depend on thread count, nor (roll-ups) on input order;
//  - writing sheets as CSV and reading them back gives the same sheets.
// The checks are the laws of tests/support/laws.hpp (among them fired_agrees_with_findings,
// missing_is_not_zero_for_rules, round_trip_law,
// read_is_accounted), run on generated inputs against both models the rules read (a sheet and
// a row of a sheet_batch). Generators: generators.hpp.
// Runtime is bounded in code (max_success per property), a few seconds in all; set RC_PARAMS
// (e.g. RC_PARAMS="seed=123 max_success=10000") to search harder or replay a failure.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <numeric>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <rapidcheck.h>

#include <suara/bulk/engine.hpp>
#include <suara/bulk/validator.hpp>
#include <suara/io/csv_reader.hpp>
#include <suara/io/csv_writer.hpp>
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>
#include <suara/tally/rules.hpp>

#include "generators.hpp"
#include "laws.hpp"
#include "printing.hpp"

namespace {

using namespace suara;

/// Runs a RapidCheck property as part of the current Boost.Test case. `max_success` bounds the
/// runtime; the seed is fixed so that CI is reproducible, unless RC_PARAMS says otherwise.
template <class Testable>
void check(const char* name, int max_success, Testable&& testable) {
    rc::detail::TestParams params = rc::detail::configuration().testParams;
    if (std::getenv("RC_PARAMS") == nullptr) {
        params.seed = 0x5a2a2024U;
        params.maxSuccess = max_success;
    }
    rc::detail::TestMetadata meta;
    meta.id = name;
    meta.description = name;
    const auto result = rc::detail::checkTestable(std::forward<Testable>(testable), meta, params);
    std::ostringstream msg;
    rc::detail::printResultMessage(result, msg);
    BOOST_TEST(result.template is<rc::detail::SuccessResult>(), name << ": " << msg.str());
}

// The models the rules read: the sheet itself, and a row of a one-row columnar batch.
constexpr auto as_sheet = [](const sheet& s, auto&& fn) { return fn(s); };
constexpr auto as_batch_row = [](const sheet& s, auto&& fn) {
    sheet_batch b;
    b.push_back(s);
    return fn(b.row(0));
};

template <class R>
constexpr auto fired_under = [](const auto& model) { return fired_rules<R>(model); };

std::string names(rule_set rs) {
    std::string out;
    for (std::size_t i = 0; i < rule_count; ++i)
        if (rs.contains(static_cast<rule_id>(i))) out += std::string{rule_keys[i]} + ' ';
    return out;
}

// The figures a rule of §A reads: everything but the incident fields.
std::vector<field> arithmetic_fields() {
    std::vector<field> out;
    for (std::size_t f = 0; f < index(first_incident_field); ++f) out.push_back(static_cast<field>(f));
    return out;
}

/// A value other than `old`: near it (the usual slip) or anywhere up to max_figure. No retry
/// loop: a generator that loops until it draws something new shrinks badly in RapidCheck.
std::uint32_t other_value(std::uint32_t old) {
    if (*rc::gen::inRange(0, 4) == 0) {
        const auto v = *rc::gen::inRange<std::uint32_t>(0, max_figure);
        return v != old ? v : (old == 0 ? 1U : old - 1U);
    }
    const auto d = *rc::gen::inRange<std::uint32_t>(1, 11);
    const bool up = *rc::gen::arbitrary<bool>();
    if ((up || old < d) && old <= max_figure - d) return old + d;
    return old - d;
}

template <class R>
void consistent_passes() {
    check("consistent sheet passes every rule", 300, [] {
        const sheet s = *prop::consistent_sheet<R>();
        RC_ASSERT(laws::sheet_identities_law(s) == std::string_view{});  // the generator's own claim
        const rule_set on_sheet = as_sheet(s, fired_under<R>);
        RC_ASSERT(names(on_sheet) == std::string{});
        RC_ASSERT(laws::passes_law(s, as_sheet, fired_under<R>));
        RC_ASSERT(laws::passes_law(s, as_batch_row, fired_under<R>));
        finding_list<64> found;
        check_sheet<R>(s, found);
        RC_ASSERT(found.size() == 0U);
    });
}

template <class R>
void single_change_caught() {
    static const auto fields = arithmetic_fields();
    check("changing one figure is caught", 600, [] {
        const sheet s = *prop::consistent_sheet<R>();
        // A field, a candidate column, or the blank column.
        const std::size_t slots = fields.size() + s.candidates + (s.has_blank_column ? 1U : 0U);
        const auto pick = *rc::gen::inRange<std::size_t>(0, slots);
        if (pick < fields.size()) {
            const field f = fields[pick];
            const std::uint32_t v = other_value(s.figures[index(f)]);
            RC_TAG(to_string(f));
            RC_LOG() << to_string(f) << ": " << s.figures[index(f)] << " -> " << v << '\n';
            RC_ASSERT(laws::caught_law(s, f, v, as_sheet, fired_under<R>));
            RC_ASSERT(laws::caught_law(s, f, v, as_batch_row, fired_under<R>));
        } else {
            const std::size_t c = pick - fields.size();
            const std::uint32_t old = c < s.candidates ? s.votes[c] : s.blank_votes;
            const std::uint32_t v = other_value(old);
            RC_LOG() << "candidate column " << c << ": " << old << " -> " << v << '\n';
            RC_ASSERT(laws::caught_candidate_law(s, c, v, as_sheet, fired_under<R>));
            RC_ASSERT(laws::caught_candidate_law(s, c, v, as_batch_row, fired_under<R>));
        }
    });
}

template <class R>
void missing_is_not_zero() {
    static const auto fields = arithmetic_fields();
    check("a cleared figure is missing, not zero", 300, [] {
        const sheet s = *prop::consistent_sheet<R>();
        const field f = *rc::gen::elementOf(fields);
        RC_LOG() << "cleared " << to_string(f) << '\n';
        RC_ASSERT(laws::missing_not_zero_law(s, f, as_sheet, fired_under<R>));
        RC_ASSERT(laws::missing_not_zero_law(s, f, as_batch_row, fired_under<R>));
        RC_ASSERT(laws::missing_is_not_zero_for_rules<R>(s, f));
        sheet t = s;
        t.clear(f);
        finding_list<64> found;
        check_sheet<R>(t, found);
        const finding* inc = found.first(rule_id::record_incomplete);
        RC_ASSERT(inc != nullptr);
        RC_ASSERT((inc->missing_fields >> index(f) & 1U) == 1U);
    });
}

template <class R>
void any_sheet_is_safe() {
    check("rules on any sheet: no throw, fired_rules agrees with check_sheet", 500, [] {
        const auto n = static_cast<std::uint8_t>(*rc::gen::inRange(0, static_cast<int>(max_candidates) + 1));
        const sheet s = prop::any_sheet(*prop::gen_tps_code(), *prop::gen_kontes<R>(), n, *rc::gen::arbitrary<bool>());
        RC_ASSERT(laws::fired_agrees_with_findings<R>(s));
        RC_ASSERT(as_batch_row(s, [](const auto& row) { return laws::fired_agrees_with_findings<R>(row); }));
        RC_ASSERT(as_batch_row(s, fired_under<R>) == fired_rules<R>(s));
    });
}

}  // namespace

BOOST_AUTO_TEST_SUITE(property)

BOOST_AUTO_TEST_CASE(consistent_sheet_passes_every_rule) {
    consistent_passes<pilkada_2024>();
    consistent_passes<pemilu_2024>();
}

BOOST_AUTO_TEST_CASE(single_changed_figure_is_caught) {
    single_change_caught<pilkada_2024>();
    single_change_caught<pemilu_2024>();
}

BOOST_AUTO_TEST_CASE(cleared_figure_is_missing_not_zero) {
    missing_is_not_zero<pilkada_2024>();
    missing_is_not_zero<pemilu_2024>();
}

BOOST_AUTO_TEST_CASE(rules_on_any_sheet_are_safe_and_agree) {
    any_sheet_is_safe<pilkada_2024>();
    any_sheet_is_safe<pemilu_2024>();
}

// Roll-ups and findings: the same for 1, 2, 3 and 8 threads, and (roll-ups, findings as a
// multiset) for any order of the rows. The validator gives a thread a part of at least
// 8,192 rows, so the batch is large: a pool of generated sheets (consistent ones, broken ones,
// anything) repeated over distinct TPS codes in both regimes' contests.
BOOST_AUTO_TEST_CASE(rollup_independent_of_threads_and_order) {
    check("roll-up independent of threads and order", 4, [] {
        std::vector<sheet> pool;
        for (int i = 0; i < 40; ++i) {
            pool.push_back(*prop::consistent_sheet<pilkada_2024>());
            pool.push_back(*prop::consistent_sheet<pemilu_2024>());
            sheet broken = *prop::consistent_sheet<pilkada_2024>();
            broken.figures[index(*rc::gen::elementOf(arithmetic_fields()))] = prop::any_figure();
            pool.push_back(broken);
            pool.push_back(prop::any_sheet(*prop::gen_tps_code(), *prop::gen_kontes<pemilu_2024>(), 3, false));
        }
        const auto seed = *rc::gen::arbitrary<std::uint64_t>();
        std::mt19937_64 rng{seed};
        constexpr std::size_t rows = 3 * 8192 + 123;
        sheet_batch batch;
        batch.reserve(rows);
        // Codes spread over a few hundred villages of several provinces, each used once.
        std::uint64_t code = 1101011001001ULL;
        for (std::size_t i = 0; i < rows; ++i) {
            sheet s = pool[rng() % pool.size()];
            code += 1 + rng() % 3'000'000'000ULL;
            s.tps = *tps_code::from_number(code % 10'000'000'000'000ULL);
            batch.push_back(s);
        }
        const auto one = validate(batch, regime_choice::by_contest, {.threads = 1});
        for (unsigned t : {2U, 3U, 8U}) {
            const auto many = validate(batch, regime_choice::by_contest, {.threads = t});
            RC_ASSERT(many == one);
        }
        // Shuffled rows: the same roll-up, the same per-row fired sets (permuted), the same findings.
        std::vector<std::size_t> order(rows);
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::shuffle(order.begin(), order.end(), rng);
        sheet_batch shuffled;
        shuffled.reserve(rows);
        for (auto i : order) shuffled.push_back(batch.row(i));
        const auto other = validate(shuffled, regime_choice::by_contest, {.threads = 2});
        RC_ASSERT(other.summary == one.summary);
        for (std::size_t i = 0; i < rows; ++i) RC_ASSERT(other.fired[i] == one.fired[order[i]]);
        for (std::size_t i = 0; i < rows; i += 97) {
            const auto a = other.findings_of(i);
            const auto b = one.findings_of(order[i]);
            RC_ASSERT(std::equal(a.begin(), a.end(), b.begin(), b.end()));
        }
    });
}

// Round trip. What one CSV file can say fixes the domain: the header fixes the candidate columns
// (a contest's count is given to the reader, as csv_options::candidates does), a blank-column
// sheet has its suara_kosong cell filled (an empty one reads as "no blank column"), and the two
// disturbance fields have no cell for code 0 ("none"): formats.md writes none as the empty cell,
// which reads as missing. See docs/errors.md, "round trip".
BOOST_AUTO_TEST_CASE(csv_round_trip_gives_the_same_sheets) {
    check("CSV write then read gives the same sheets", 200, [] {
        const bool pilkada = *rc::gen::arbitrary<bool>();
        const auto n = static_cast<std::uint8_t>(*rc::gen::inRange(1, static_cast<int>(max_candidates) + 1));
        const bool blank = pilkada && n == 1;
        const auto count = *rc::gen::inRange<std::size_t>(0, 40);
        std::vector<sheet> sheets;
        std::vector<std::uint64_t> used;
        for (std::size_t i = 0; i < count; ++i) {
            const tps_code code = *prop::gen_tps_code();
            const kontes k = pilkada ? *prop::gen_kontes<pilkada_2024>() : *prop::gen_kontes<pemilu_2024>();
            const std::uint64_t key = code.number() * 8 + static_cast<std::uint64_t>(k);
            if (std::find(used.begin(), used.end(), key) != used.end()) continue;  // duplicates are rejected
            used.push_back(key);
            sheet s = prop::any_sheet(code, k, n, blank);
            if (blank && s.blank_votes == missing_figure) s.blank_votes = 0;
            for (field f : {field::kejadian_gangguan, field::kejadian_gangguan_tahap})
                if (s.get(f) == 0U) s.clear(f);
            sheets.push_back(s);
        }
        io::csv_options opts;
        opts.candidates.fill(n);
        auto write = [](const std::vector<sheet>& v) {
            std::ostringstream out;
            io::write_csv(out, std::span<const sheet>{v});
            RC_LOG() << out.str() << '\n';
            return out.str();
        };
        io::read_report report;
        auto read = [&](const std::string& text) {
            auto r = io::read_csv_string(text, "round-trip.csv", opts);
            report = r.report;
            return std::move(r.sheets);
        };
        RC_ASSERT(laws::round_trip_law(sheets, write, read));
        RC_ASSERT(report.summary.rejected == 0U);
        RC_ASSERT(report.summary.validated == sheets.size());
        RC_ASSERT(laws::read_is_accounted(report.summary, sheets));
    });
}

BOOST_AUTO_TEST_SUITE_END()
