// Run-time tests of the core vocabulary: checked arithmetic, citations, clock, TPS codes, regimes.
#include <boost/test/unit_test.hpp>

#include <suara/core/citation.hpp>
#include <suara/core/clock.hpp>
#include <suara/core/count.hpp>
#include <suara/core/outcome.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>
#include <suara/form/sheet.hpp>

#include <limits>
#include <stdexcept>

#include "laws.hpp"
#include "printing.hpp"

using namespace suara;

BOOST_AUTO_TEST_SUITE(core)

BOOST_AUTO_TEST_CASE(count_overflow_and_underflow_throw) {
    surat_suara_count big{std::numeric_limits<count_rep>::max()};
    BOOST_CHECK_THROW((void)(big + surat_suara_count{1}), std::overflow_error);
    BOOST_CHECK_THROW((void)(surat_suara_count{3} - surat_suara_count{4}), std::underflow_error);
    BOOST_CHECK_EQUAL((surat_suara_count{4} - surat_suara_count{4}).value(), 0U);
    BOOST_CHECK_THROW((void)apply_rate(std::numeric_limits<count_rep>::max(), {25, 1000}, rounding::up),
                      std::overflow_error);
    BOOST_CHECK_THROW((void)(apply_rate(10, {1, 0}, rounding::up)), std::domain_error);
}

BOOST_AUTO_TEST_CASE(laws_hold_on_a_grid) {
    for (count_rep a : {0U, 1U, 17U, 300U, 600U})
        for (count_rep b : {0U, 2U, 45U, 599U}) {
            BOOST_TEST((laws::sex_sum_law<kind::pemilih, dpt>(a, b)));
            BOOST_TEST(laws::addition_is_monoid<suara_count>(a, b, a + b));
            BOOST_TEST(laws::category_sum_law(a, b, b, a, a / 2, b / 3));
        }
}

BOOST_AUTO_TEST_CASE(citation_text) {
    citation c{.law = "UU 7/2017", .article = "Pasal 372", .paragraph = "ayat (2)", .letter = "huruf d",
               .level = confidence::secondary};
    BOOST_TEST(to_string(c) == "UU 7/2017 Pasal 372 ayat (2) huruf d");
    BOOST_TEST(to_string(citation{.law = "Perpu 1/2014", .article = "Pasal 80"}) == "Perpu 1/2014 Pasal 80");
    BOOST_TEST(to_string(pemilu_2024::votes_vs_voters_outcome.basis) == "UU 7/2017 Pasal 374 ayat (2) huruf h");
    BOOST_TEST(to_string(confidence::unverified) == "unverified");
}

BOOST_AUTO_TEST_CASE(clock_and_windows) {
    BOOST_TEST(to_string(clock_time{7, 5}) == "07:05");
    BOOST_CHECK_THROW((void)(clock_time(24, 0)), std::out_of_range);
    BOOST_CHECK_THROW((void)(clock_time(12, 60)), std::out_of_range);
    const auto dpk = pilkada_2024::dpk_window.value;
    BOOST_TEST(dpk.before(clock_time{11, 45}));
    BOOST_TEST(dpk.contains(clock_time{12, 0}));
    BOOST_TEST(dpk.contains(clock_time{12, 59}));
    BOOST_TEST(dpk.after(clock_time{13, 0}));
}

BOOST_AUTO_TEST_CASE(outcome_order) {
    BOOST_TEST(strongest(outcome::recount, outcome::psu) == outcome::psu);
    BOOST_TEST(strongest(outcome::correction, outcome::recount) == outcome::recount);
    BOOST_TEST(strongest(outcome::review, outcome::correction) == outcome::correction);
    BOOST_TEST(strongest(outcome::continued, outcome::follow_up) == outcome::follow_up);
    BOOST_TEST(strongest(outcome::correction, outcome::continued) == outcome::continued);
    BOOST_TEST((outcome_from_string("follow_up") == outcome::follow_up));
    BOOST_TEST(!outcome_from_string("psu ").has_value());
}

BOOST_AUTO_TEST_CASE(tps_codes) {
    auto c = tps_code::parse("3101011001001");
    BOOST_REQUIRE(c.has_value());
    BOOST_TEST(to_string(*c) == "3101011001001");
    BOOST_TEST(c->district() == 310101U);
    BOOST_TEST(region_code_string(c->village(), 10) == "3101011001");
    BOOST_TEST(!tps_code::parse("").has_value());
    BOOST_TEST(!tps_code::parse("31010110010011").has_value());
    BOOST_TEST(!tps_code::from_number(10'000'000'000'000ULL).has_value());
}

BOOST_AUTO_TEST_CASE(sheet_typed_fields) {
    // A figure written by its tag reads back as the strong count it is; the run-time view agrees.
    auto s = sheet::empty(*tps_code::parse("6471011001001"), kontes::pkwkk, 2);
    s.set(fields::pengguna_dpk_p, pengguna_count<dpk, sex::p>{5}).set(fields::surat_diterima, 210);
    BOOST_TEST((s.get(fields::pengguna_dpk_p) == pengguna_count<dpk, sex::p>{5}));
    BOOST_TEST((s.pengguna<dpk, sex::p>() == pengguna_count<dpk, sex::p>{5}));
    BOOST_TEST((s.surat(fields::surat_diterima) == surat_suara_count{210}));
    BOOST_TEST((s.get(field::surat_diterima) == 210U));
    // Missing stays missing through the typed view, and clear(tag) makes it missing again.
    BOOST_TEST(!s.suara(fields::suara_sah).has_value());
    s.clear(fields::surat_diterima);
    BOOST_TEST(!s.known(field::surat_diterima));
    // A number outside a figure's range is refused, whichever way it comes.
    BOOST_CHECK_THROW((void)(s.set(fields::suara_sah, -1)), std::out_of_range);
    BOOST_CHECK_THROW((void)(s.set(fields::suara_sah, std::uint64_t{missing_figure})), std::out_of_range);
    BOOST_CHECK_THROW((void)(s.set(fields::suara_sah, suara_count{missing_figure})), std::out_of_range);
    BOOST_CHECK_THROW((void)(s.set_raw(field::kejadian_memilih_ganda, missing_figure)), std::out_of_range);
    BOOST_TEST(!s.known(field::suara_sah));
    s.set(fields::suara_sah, max_figure);
    BOOST_TEST((s.get(field::suara_sah) == max_figure));
}

BOOST_AUTO_TEST_CASE(sheet_missing_is_not_zero) {
    auto s = sheet::empty(*tps_code::parse("6471011001001"), kontes::pkwkk, 3);
    BOOST_TEST(!s.get(field::surat_diterima).has_value());
    s.set(fields::surat_diterima, 0);
    BOOST_TEST((s.get(field::surat_diterima) == 0U));
    BOOST_TEST(s != sheet::empty(*tps_code::parse("6471011001001"), kontes::pkwkk, 3));
    BOOST_CHECK_THROW((void)(s.set(fields::suara_sah, missing_figure)), std::out_of_range);
    BOOST_CHECK_THROW((void)(s.candidate_votes(3)), std::out_of_range);
    BOOST_CHECK_THROW((void)(sheet::empty(*tps_code::parse("6471011001001"), kontes::pkwkk, 25)), std::length_error);
    s.set_candidate_votes(2, 11);
    BOOST_TEST((s.candidate_votes(2) == 11U));
    BOOST_TEST(!s.candidate_votes(0).has_value());
}

BOOST_AUTO_TEST_SUITE_END()
