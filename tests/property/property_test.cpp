// Property tests (RapidCheck, run inside Boost.Test cases): the rule catalogue, the bulk
// validator and the CSV reader/writer against generated sheets, not hand-picked ones.
//  - every consistent sheet passes every rule (both regimes, sheet and batch-row models);
//  - changing any single figure of a consistent sheet is caught by at least one rule;
//  - clearing any single figure gives record.incomplete and nothing else (missing is not zero);
//  - on any sheet at all (figures up to max_figure, anything missing) the rules neither throw
//    nor disagree: fired_rules is exactly the rules of check_sheet's findings;
//  - roll-ups and findings do not depend on thread count, nor (roll-ups) on input order;
//  - writing sheets as CSV and reading them back gives the same sheets;
//  - the law of the column screen: a row the screen clears has no finding from check_sheet
//    (random near-consistent sheets of both regimes, blocks of one contest and of several,
//    with rules defined only here: one that compares figures, one that compares with a regime
//    figure, one without a face, which makes the screen keep every row).
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
#include <utility>
#include <vector>

#include <rapidcheck.h>

#include <suara/bulk/engine.hpp>
#include <suara/bulk/screen.hpp>
#include <suara/bulk/validator.hpp>
#include <suara/io/csv_reader.hpp>
#include <suara/io/csv_writer.hpp>
#include <suara/io/legislative_csv_reader.hpp>
#include <suara/io/legislative_csv_writer.hpp>
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>
#include <suara/form/legislative_batch.hpp>
#include <suara/tally/legislative_rules.hpp>
#include <suara/tally/rules.hpp>
#include <suara/tally/screen_face.hpp>
#include <suara/tally/sheet_rules.hpp>

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

// ---- the column screen ----------------------------------------------------------------------

/// A rule of these tests only, which compares two figures: voters with disabilities who voted
/// are among all who voted.
struct disabled_among_voters {
    static constexpr std::string_view key = "test.disabled_among_voters";
    static constexpr severity level = severity::warning;
    static constexpr outcome result = outcome::review;
    static constexpr citation basis{"audit plan", "", "", "", confidence::derived, "a rule of the property tests"};
    static constexpr bilingual title{"Pengguna disabilitas melebihi pengguna hak pilih",
                                     "Voters with disabilities exceed all who voted"};
    template <class R, sheet_like S>
    static constexpr bool fires(const S& s) {
        const std::uint32_t a = s.figure(field::pengguna_disabilitas_j), b = s.figure(field::pengguna_total_j);
        return a != missing_figure && b != missing_figure && a > b;
    }
    static constexpr std::array screen{face::at_most(ref(field::pengguna_disabilitas_j), ref(field::pengguna_total_j))};
};

/// One that compares with a regime figure: registered DPT within 20 of the regime's ceiling.
struct near_the_ceiling {
    static constexpr std::string_view key = "test.near_the_ceiling";
    static constexpr severity level = severity::info;
    static constexpr outcome result = outcome::review;
    static constexpr citation basis{"audit plan", "", "", "", confidence::derived, "a rule of the property tests"};
    static constexpr bilingual title{"Pemilih DPT mendekati batas per TPS", "Registered DPT near the per-TPS ceiling"};
    template <class R, sheet_like S>
    static constexpr bool fires(const S& s) {
        const std::uint32_t dpt = s.figure(field::pemilih_dpt_j);
        return dpt != missing_figure && count_rep{dpt} + 20 > R::tps_capacity.value;
    }
    static constexpr std::array screen{face::at_most_limit(field::pemilih_dpt_j)};
    template <class R>
    static constexpr std::array<face_limit, 1> screen_limits() noexcept {
        return {{{R::tps_capacity.value - 20}}};
    }
};

/// One without a face.
struct faceless {
    static constexpr std::string_view key = "test.faceless";
    static constexpr severity level = severity::info;
    static constexpr outcome result = outcome::review;
    static constexpr citation basis{"audit plan", "", "", "", confidence::derived, "a rule of the property tests"};
    static constexpr bilingual title{"Ada suara tidak sah", "Some votes are invalid"};
    template <class R, sheet_like S>
    static constexpr bool fires(const S& s) {
        const std::uint32_t v = s.figure(field::suara_tidak_sah);
        return v != missing_figure && v > 0;
    }
};

template <class... U>
using table_with = rule_table_with<catalogue_rule_table, U...>;

/// Calls fn.template operator()<R>() with the regime of contest k (known_regimes, by contest).
template <class Fn>
decltype(auto) under_regime_of(kontes k, Fn&& fn) {
    return visit_regime(regime_choice::by_contest, k, std::forward<Fn>(fn));
}

/// The screen's figures for Table, each contest under its 2024 regime.
template <class Table>
basic_screen_table<Table> screen_table_of() {
    basic_screen_table<Table> t{};
    for (kontes k : all_kontes)
        t[static_cast<std::size_t>(k)] = under_regime_of(k, []<class R>() { return screen_limits_of<R, Table>(); });
    return t;
}

/// Counts made consistent again after a change: each list's voters within its registered count
/// and all of them within the ballots received, the returned ballots and invalid votes within
/// what is left, the columns' votes adding up to the valid votes.
template <class R>
void settle(synthetic::tps_counts& t) {
    t.voted_dpt_l = std::min(t.voted_dpt_l, t.dpt_l), t.voted_dpt_p = std::min(t.voted_dpt_p, t.dpt_p);
    t.voted_dptb_l = std::min(t.voted_dptb_l, t.dptb_l), t.voted_dptb_p = std::min(t.voted_dptb_p, t.dptb_p);
    t.voted_dpk_l = std::min(t.voted_dpk_l, t.dpk_l), t.voted_dpk_p = std::min(t.voted_dpk_p, t.dpk_p);
    const auto received = static_cast<std::uint32_t>(expected_ballots<R>(t.dpt_l + t.dpt_p, t.dptb_l + t.dptb_p));
    for (std::uint32_t* v : {&t.voted_dpk_l, &t.voted_dpk_p, &t.voted_dptb_l, &t.voted_dptb_p, &t.voted_dpt_l, &t.voted_dpt_p})
        while (synthetic::voted(t) > received && *v > 0) --*v;
    t.voted_dis_l = std::min({t.voted_dis_l, t.dis_l, synthetic::voted_l(t)});
    t.voted_dis_p = std::min({t.voted_dis_p, t.dis_p, synthetic::voted_p(t)});
    t.returned = std::min(t.returned, received - synthetic::voted(t));
    t.invalid = std::min(t.invalid, synthetic::voted(t));
    std::uint32_t sum = t.blank_column ? t.blank_votes : 0;
    for (std::size_t c = 0; c < t.candidates; ++c) sum += t.votes[c];
    std::uint32_t want = synthetic::valid_votes(t);
    if (want >= sum) {
        t.votes[0] += want - sum;
    } else {
        for (std::size_t c = 0; c < t.candidates && sum > want; ++c) {
            const std::uint32_t cut = std::min(t.votes[c], sum - want);
            t.votes[c] -= cut;
            sum -= cut;
        }
        if (t.blank_column) t.blank_votes -= sum - want;
    }
}

/// A sheet near a consistent one: most are consistent, the others carry what one rule looks
/// for and nothing else (a 100 % DPT turnout, DPT about the regime's ceiling, voters with
/// disabilities above all who voted, every other figure consistent), and some the slips the
/// rules look for (a figure off by one, ten times too large, cleared, zero or far beyond any
/// TPS; a vote column; something reported as having happened; another contest).
template <class R>
sheet near_consistent() {
    synthetic::tps_counts t = *prop::consistent_counts<R>();
    switch (*rc::gen::inRange(0, 8)) {
    case 0:  // 100 % DPT turnout
        t.voted_dpt_l = t.dpt_l, t.voted_dpt_p = t.dpt_p;
        t.voted_dpk_l = t.voted_dpk_p = 0;
        settle<R>(t);
        break;
    case 1: {  // DPT about the ceiling, the ballots received following it
        const auto cap = static_cast<std::uint32_t>(R::tps_capacity.value);
        const std::uint32_t dpt = *rc::gen::inRange<std::uint32_t>(cap - 25, cap + 3);
        t.dpt_l = dpt - dpt / 2, t.dpt_p = dpt / 2;
        settle<R>(t);
        break;
    }
    case 2:  // voters with disabilities above all who voted, the row itself adding up
        t.voted_dis_l = synthetic::voted_l(t) + 1, t.voted_dis_p = synthetic::voted_p(t);
        t.dis_l = t.voted_dis_l, t.dis_p = t.voted_dis_p;
        break;
    default: break;
    }
    sheet s = synthetic::sheet_of<R>(t, *prop::gen_tps_code());
    const auto changes = *rc::gen::inRange(0, 3);
    for (int c = 0; c < changes; ++c) {
        switch (*rc::gen::inRange(0, 5)) {
        case 0: {  // one figure of sections I-IV
            auto& v = s.figures[*rc::gen::inRange<std::size_t>(0, index(first_incident_field))];
            switch (*rc::gen::inRange(0, 6)) {
            case 0: v = v == missing_figure ? 1 : v + 1; break;
            case 1: v = v == 0 || v == missing_figure ? 0 : v - 1; break;
            case 2: v = v == missing_figure ? 7 : v * 10 + 1; break;
            case 3: v = missing_figure; break;
            case 4: v = 0; break;
            default: v = *rc::gen::element(std::uint32_t{(1U << 26) - 1}, std::uint32_t{1U << 26}, max_figure); break;
            }
            break;
        }
        case 1:  // a vote column
            if (s.candidates > 0) {
                auto& v = s.votes[*rc::gen::inRange<std::size_t>(0, s.candidates)];
                v = *rc::gen::element(std::uint32_t{0}, std::uint32_t{v + 1}, missing_figure, std::uint32_t{1U << 26});
            }
            break;
        case 2: {  // something reported as having happened
            const auto f = static_cast<field>(*rc::gen::inRange<std::size_t>(index(first_incident_field), field_count));
            s.figures[index(f)] = *rc::gen::element(std::uint32_t{0}, std::uint32_t{1}, std::uint32_t{2}, std::uint32_t{3}, missing_figure);
            break;
        }
        case 3: s.contest = *rc::gen::elementOf(std::vector<kontes>(all_kontes.begin(), all_kontes.end())); break;
        default: break;
        }
    }
    return s;
}

/// The screen law for Table (the catalogue and the rules U...): a row the screen clears has no
/// finding from check_sheet. Returns rows {cleared, kept with findings}; `kept` also counts the
/// rows the catalogue's own screen clears but Table's keeps.
template <class... U>
std::array<std::size_t, 3> screen_law_on(const std::vector<sheet>& sheets) {
    using table = table_with<U...>;
    sheet_batch b;
    for (const sheet& s : sheets) b.push_back(s);
    std::array<std::uint8_t, screen_block> keep{}, keep_catalogue{};
    screen_rows(b, 0, b.size(), screen_table_of<table>(), keep);
    screen_rows(b, 0, b.size(), screen_table_of<catalogue_rule_table>(), keep_catalogue);
    // The baseline kernels keep the same rows as the ones the CPU picked (x86-64-v4 where it can).
    std::array<std::uint8_t, screen_block> keep_baseline{};
    if constexpr (!detail::screen_plan_of<table>.keep_all) {
        detail::screen_rows_with<table, false>(b, 0, b.size(), screen_table_of<table>(), keep_baseline);
        RC_ASSERT(std::equal(keep.begin(), keep.begin() + static_cast<std::ptrdiff_t>(b.size()), keep_baseline.begin()));
    }
    std::array<std::size_t, 3> seen{};
    for (std::size_t i = 0; i < b.size(); ++i) {
        std::size_t found = 0;
        under_regime_of(b.row(i).kontes_code(), [&]<class R>() {
            check_sheet<R>(b.row(i), [&](const finding&) { ++found; }, rule_set::all(), user_rules<U...>{});
        });
        if (keep[i] == 0) {
            boost_test_print_type(RC_LOG() << "cleared row " << i << ": ", to_sheet(b.row(i))) << '\n';
            RC_ASSERT(found == 0U);
            ++seen[0];
        } else if (found != 0) {
            ++seen[1];
        }
        if (keep[i] != 0 && keep_catalogue[i] == 0) ++seen[2];
        RC_ASSERT(keep[i] >= keep_catalogue[i]);  // more rules: never fewer rows kept
    }
    return seen;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(property)

// The law of the column screen on random sheets, without any data file or optional library.
BOOST_AUTO_TEST_CASE(screen_clears_only_rows_no_rule_fires_on) {
    std::array<std::size_t, 3> catalogue{}, with_rules{};
    check("a row the screen clears has no finding", 300, [&] {
        const auto n = *rc::gen::inRange<std::size_t>(1, 48);
        const bool one_contest = *rc::gen::arbitrary<bool>();
        std::vector<sheet> sheets;
        for (std::size_t i = 0; i < n; ++i)
            sheets.push_back(*rc::gen::arbitrary<bool>() ? near_consistent<pilkada_2024>() : near_consistent<pemilu_2024>());
        if (one_contest)
            for (auto& s : sheets) s.contest = sheets.front().contest;
        const auto a = screen_law_on<>(sheets);
        const auto b = screen_law_on<disabled_among_voters, near_the_ceiling>(sheets);
        for (std::size_t i = 0; i < 3; ++i) {
            catalogue[i] += a[i];
            with_rules[i] += b[i];
        }
    });
    // Not vacuous: the screen clears rows, keeps rows that have findings, and keeps for the test
    // rules rows the catalogue's screen would clear (on which only they fire).
    BOOST_TEST(catalogue[0] > 100U);
    BOOST_TEST(catalogue[1] > 100U);
    BOOST_TEST(with_rules[0] > 100U);
    BOOST_TEST(with_rules[2] > 10U);
}

// The check the screen's plan is held to (each face test in exactly one kernel, each figure
// that must be written ORed into `big` once) can fail: a plan missing a test, running one twice,
// or forgetting a figure is refused.
consteval bool plan_check_can_fail() {
    using detail::plan_covers;
    constexpr catalogue_rule_table table{};
    const detail::screen_plan plan = detail::screen_plan_of<catalogue_rule_table>;
    if (!plan_covers(plan, table)) return false;
    detail::screen_plan missing = plan;
    --missing.groups[0].tests;
    detail::screen_plan twice = plan;
    twice.limit_group.test[twice.limit_group.tests++] = twice.limit_group.test[0];
    detail::screen_plan unwritten = plan;
    unwritten.groups[0].presence = 0;
    detail::screen_plan wrong_limit = plan;
    ++wrong_limit.limit_group.test[0].limit;
    return !plan_covers(missing, table) && !plan_covers(twice, table) && !plan_covers(unwritten, table) &&
           !plan_covers(wrong_limit, table);
}
static_assert(plan_check_can_fail());

// A rule without a face makes the screen keep every row; with a face it is screened like the
// catalogue's own rules.
BOOST_AUTO_TEST_CASE(a_rule_without_a_face_keeps_every_row) {
    static_assert(detail::screen_plan_of<table_with<faceless>>.keep_all);
    static_assert(!detail::screen_plan_of<catalogue_rule_table>.keep_all);
    static_assert(!detail::screen_plan_of<table_with<disabled_among_voters, near_the_ceiling>>.keep_all);
    // The regime figure of the test rule is the regime's: 580 under Pilkada, 280 under Pemilu.
    using ceiling_table = table_with<near_the_ceiling>;
    const auto pilkada = screen_limits_of<pilkada_2024, ceiling_table>().values.back().value;
    const auto pemilu = screen_limits_of<pemilu_2024, ceiling_table>().values.back().value;
    BOOST_TEST(pilkada == pilkada_2024::tps_capacity.value - 20);
    BOOST_TEST(pemilu == pemilu_2024::tps_capacity.value - 20);
    check("a rule without a face: every row kept", 50, [] {
        std::vector<sheet> sheets;
        for (int i = 0; i < 20; ++i) sheets.push_back(*prop::consistent_sheet<pilkada_2024>());
        const auto seen = screen_law_on<faceless>(sheets);
        RC_ASSERT(seen[0] == 0U);
        RC_ASSERT(screen_law_on<>(sheets)[0] == sheets.size());  // the catalogue's screen clears them all
    });
}

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

// ---- legislative sheets and the sheets of one TPS ----

// A legislative sheet consistent by construction raises nothing; one party figure off by one
// fires votes.party_sum, one cleared is named by record.incomplete and never read as zero.
BOOST_AUTO_TEST_CASE(legislative_consistent_by_construction_raises_nothing) {
    check("a consistent legislative sheet raises nothing", 300, [] {
        const kontes k = *rc::gen::element(kontes::pdpr, kontes::pdprdp, kontes::pdprdk, kontes::pdpd);
        const legislative_sheet s = *prop::consistent_legislative(k);
        const auto fl = legislative_findings_of<pemilu_2024>(s);
        RC_ASSERT(fl.size() == 0U);
        if (s.party_count() == 0) return;
        const std::size_t j = *rc::gen::inRange<std::size_t>(0, s.party_count());
        legislative_sheet off = s;
        off.set_party_votes(j, s.party_figure(j) + 1);
        RC_ASSERT(fired_legislative_rules<pemilu_2024>(off).contains(rule_id::votes_party_sum));
        RC_ASSERT(!fired_legislative_rules<pemilu_2024>(off).contains(rule_id::votes_valid_sum));
        legislative_sheet cleared = s;
        cleared.set_party_votes(j, missing_figure);
        const auto cf = legislative_findings_of<pemilu_2024>(cleared);
        RC_ASSERT(cf.size() == 1U);
        RC_ASSERT(cf.items[0].rule == rule_id::record_incomplete);
        RC_ASSERT(cf.items[0].values[0].name == party_votes_key(s.party_at(j)));
    });
}

// A batch gives back every sheet it was given, and its rows are checked as the sheets are.
BOOST_AUTO_TEST_CASE(legislative_batch_round_trip) {
    check("legislative batch round trip", 100, [] {
        const auto n = *rc::gen::inRange(1, 12);
        std::vector<legislative_sheet> sheets;
        for (int i = 0; i < n; ++i) {
            legislative_sheet s =
                *prop::consistent_legislative(*rc::gen::element(kontes::pdpr, kontes::pdprdp, kontes::pdprdk, kontes::pdpd));
            if (s.party_count() > 0 && *rc::gen::inRange(0, 3) == 0) s.set_party_total(0, prop::any_figure());
            sheets.push_back(s);
        }
        legislative_batch b;
        for (int round = 0; round < 2; ++round) {  // the second time into cleared columns
            b.clear();
            for (const auto& s : sheets) b.push_back(s);
            RC_ASSERT(b.size() == sheets.size());
            for (std::size_t i = 0; i < sheets.size(); ++i) {
                RC_ASSERT(b.at(i) == sheets[i]);
                RC_ASSERT(fired_legislative_rules<pemilu_2024>(b.row(i)) == fired_legislative_rules<pemilu_2024>(sheets[i]));
            }
        }
    });
}

// The five sheets of one TPS built consistent by construction, moved voters holding fewer
// ballots as their entitlements allow (PPWP ⊇ DPD ⊇ DPR, DPRD), raise nothing; one more DPT
// voter on one sheet is a finding on that sheet.
BOOST_AUTO_TEST_CASE(tps_contests_consistent_by_construction_raise_nothing) {
    check("the sheets of one TPS", 300, [] {
        synthetic::tps_counts t = *prop::consistent_counts<pemilu_2024>();
        const tps_code code = *prop::gen_tps_code();
        auto build = [&](kontes k, synthetic::tps_counts c) {
            c.contest = k;
            c.invalid = std::min(c.invalid, synthetic::voted(c));
            return synthetic::sheet_of<pemilu_2024>(c, code);
        };
        std::vector<sheet> sheets{build(kontes::ppwp, t)};
        t.voted_dptb_l = prop::in(0, t.voted_dptb_l), t.voted_dptb_p = prop::in(0, t.voted_dptb_p);
        sheets.push_back(build(kontes::pdpd, t));
        for (kontes k : {kontes::pdpr, kontes::pdprdp, kontes::pdprdk}) {
            synthetic::tps_counts c = t;
            c.voted_dptb_l = prop::in(0, t.voted_dptb_l), c.voted_dptb_p = prop::in(0, t.voted_dptb_p);
            sheets.push_back(build(k, c));
        }
        std::size_t n = 0;
        check_tps_contests<pemilu_2024>(sheets, [&](const finding&) { ++n; });
        RC_ASSERT(n == 0U);
        const std::size_t i = *rc::gen::inRange<std::size_t>(0, sheets.size());
        std::vector<sheet> off = sheets;
        off[i].set_raw(field::pengguna_dpt_j, off[i].figure(field::pengguna_dpt_j) + 1);
        finding_list<8> fl;
        check_tps_contests<pemilu_2024>(off, fl);
        // the PPWP sheet is the reference: when it is the one changed, every other sheet deviates
        RC_ASSERT(fl.size() == (i == 0 ? sheets.size() - 1 : 1U));
        RC_ASSERT(fl.items[0].rule == rule_id::tps_voters_across_contests);
        if (i != 0) RC_ASSERT(fl.items[0].contest == sheets[i].contest);
    });
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

// Legislative CSV round trip: random party and DPD sheets (missing figures, no party, 0 to the
// most candidates, dapil codes that need quoting) written as the long format and read back give
// the same sheets row by row, whatever the pieces the text is fed in and the batch size, with
// nothing rejected; the batch read writes the same text again.
BOOST_AUTO_TEST_CASE(legislative_csv_round_trip_gives_the_same_sheets) {
    check("legislative CSV write then read gives the same sheets", 150, [] {
        const auto count = *rc::gen::inRange<std::size_t>(0, 20);
        std::vector<legislative_sheet> sheets;
        std::vector<std::uint64_t> used;
        for (std::size_t i = 0; i < count; ++i) {
            const tps_code code = *prop::gen_tps_code();
            const kontes k = *rc::gen::element(kontes::pdpr, kontes::pdprdp, kontes::pdprdk, kontes::pdpd);
            const std::uint64_t key = code.number() * 8 + static_cast<std::uint64_t>(k);
            if (std::find(used.begin(), used.end(), key) != used.end()) continue;  // a sheet's rows come together once
            used.push_back(key);
            sheets.push_back(prop::any_legislative(code, k));
        }
        const auto which = *rc::gen::element(io::csv_columns::used, io::csv_columns::all);
        std::ostringstream out;
        io::write_legislative_csv(out, std::span<const legislative_sheet>{sheets}, which);
        const std::string text = out.str();
        RC_LOG() << text << '\n';
        io::csv_options opts;
        opts.batch_rows = *rc::gen::inRange<std::size_t>(1, 6);
        const auto piece = *rc::gen::inRange<std::size_t>(1, 200);
        io::legislative_csv_reader reader{"round-trip.csv", opts};
        legislative_batch all;
        auto take = [&](legislative_batch& b) {
            RC_ASSERT(b.size() <= opts.batch_rows);
            for (std::size_t i = 0; i < b.size(); ++i) all.push_back(b.row(i));
        };
        for (std::size_t at = 0; at < text.size(); at += piece) reader.feed(std::string_view{text}.substr(at, piece), take);
        reader.finish(take);
        const auto& sum = reader.report().summary;
        RC_ASSERT(sum.rejected == 0U);
        RC_ASSERT(sum.warnings == 0U);
        RC_ASSERT(sum.validated == sheets.size());
        RC_ASSERT(sum.balanced());
        RC_ASSERT(all.size() == sheets.size());
        for (std::size_t i = 0; i < sheets.size(); ++i) RC_ASSERT(all.at(i) == sheets[i]);
        std::ostringstream again;
        io::write_legislative_csv(again, all, which);
        RC_ASSERT(again.str() == text);
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
