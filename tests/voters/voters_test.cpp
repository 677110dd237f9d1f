// Run-time tests of the voters area: NIK messages, typed lists, duplicate detection (also at a
// regency's scale), decisions as text, every message in the regime's own list labels, the dapil
// table and the moving form's errors, the polling-station day (hand-checked scenarios and its
// invariants), and the property test: thousands of simulated days in both regimes yield sheets
// that pass every arithmetic identity of docs/rules.md section A (and, where the tally catalogue
// is present, no finding of severity error).
#include <boost/test/unit_test.hpp>

#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>
#include <suara/core/dapil.hpp>
#include <suara/voters/admission.hpp>
#include <suara/voters/day.hpp>
#include <suara/voters/describe.hpp>
#include <suara/voters/duplicates.hpp>
#include <suara/voters/nik.hpp>
#include <suara/voters/voter_list.hpp>

#if __has_include(<suara/tally/rules.hpp>)
#include <suara/tally/rules.hpp>
#define SUARA_VOTERS_HAVE_RULES 1
#endif

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "laws.hpp"
#include "printing.hpp"

using namespace suara;

namespace {

/// A well-formed NIK text: region 6 digits, birth date (women: day + 40), serial.
std::string make_nik(std::uint32_t region, int day, int month, int yy, unsigned serial, bool woman) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%06u%02d%02d%02d%04u", region, day + (woman ? 40 : 0), month, yy, serial);
    return buf;
}
voter_record record(const std::string& id, tps_code tps, address_area a = {}, bool disabled = false) {
    const auto r = nik::parse(id);
    BOOST_REQUIRE_MESSAGE(r.ok(), "test NIK " << id << ": " << r.message().en);
    return {r.value(), "pemilih", a, disabled, tps};
}

const tps_code sepinggan_001 = *tps_code::from_number(6471051002001ULL);
const tps_code sepinggan_002 = *tps_code::from_number(6471051002002ULL);
const tps_code samarinda_007 = *tps_code::from_number(6472011001007ULL);
const tps_code balikpapan_utara_004 = *tps_code::from_number(6471031001004ULL);
const tps_area sepinggan_001_area{6471051002, {{3, 0}}};

// Dapils of Kalimantan Timur for Pemilu 2024 (sources in docs/sources.md).
constexpr std::array<dapil_entry, 9> kaltim_lines{{
    {kontes::pdpr, region_level::province, 64, "Kalimantan Timur"},
    {kontes::pdprdp, region_level::regency, 6472, "Kaltim 1 (Samarinda)"},
    {kontes::pdprdp, region_level::regency, 6471, "Kaltim (Balikpapan)"},
    {kontes::pdprdk, region_level::district, 647101, "Balikpapan Timur"},
    {kontes::pdprdk, region_level::district, 647102, "Balikpapan Barat"},
    {kontes::pdprdk, region_level::district, 647103, "Balikpapan Utara"},
    {kontes::pdprdk, region_level::district, 647104, "Balikpapan Tengah"},
    {kontes::pdprdk, region_level::district, 647105, "Balikpapan Selatan"},
    {kontes::pdprdk, region_level::district, 647106, "Balikpapan Kota"},
}};
const dapil_table kaltim{kaltim_lines};

/// Every text a voters decision can show under R: messages, notes, and the day's problem.
template <class R>
std::vector<std::string> every_voters_text() {
    std::vector<std::string> out;
    for (const auto& row : reason_table) {
        const auto m = message_of<R>(row.why);
        out.emplace_back(m.id);
        out.emplace_back(m.en);
        out.push_back(describe(make_decision<R>(row.why, R::kontes_held.value)));
    }
    for (std::size_t a = 0; a < advice_count; ++a) {
        const auto m = advice_of<R>(static_cast<advice>(a));
        out.emplace_back(m.id);
        out.emplace_back(m.en);
    }
    out.emplace_back(voters_still_hold_ballots.id);
    out.emplace_back(voters_still_hold_ballots.en);
    for (const auto& m : nik_error_messages) {
        out.emplace_back(m.id);
        out.emplace_back(m.en);
    }
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(voters)

BOOST_AUTO_TEST_CASE(nik_errors_name_the_place_in_both_languages) {
    const auto r = nik::parse("6471051203x00001");
    BOOST_TEST(!r.ok());
    BOOST_TEST(r.error() == nik_error::not_a_digit);
    BOOST_TEST(r.position() == 10U);
    BOOST_TEST(to_string(r.error()) == "nik.not_a_digit");
    BOOST_TEST(r.message().id == "NIK hanya boleh berisi angka 0-9");
    BOOST_TEST(r.message().en == "a NIK contains only the digits 0-9");
    BOOST_TEST(r.value().number() == 0U);  // never a guess
    for (std::size_t e = 0; e < nik_error_messages.size(); ++e) {
        BOOST_TEST(!nik_error_messages[e].id.empty());
        BOOST_TEST(!nik_error_messages[e].en.empty());
    }
    BOOST_TEST(to_string(nik::parse("0101010101010001").value()) == "0101010101010001");
    BOOST_TEST(to_string(civil_date{2024, 2, 14}) == "2024-02-14");
}

BOOST_AUTO_TEST_CASE(lists_count_registered_voters_by_sex_typed_by_list) {
    voter_list_of<dpt> d;
    d.add(record(make_nik(647105, 12, 3, 90, 1, false), sepinggan_001, {}, true));
    d.add(record(make_nik(647105, 1, 7, 90, 2, true), sepinggan_001));
    d.add(record(make_nik(647105, 2, 7, 91, 3, true), sepinggan_001, {}, true));
    d.add(record(make_nik(647105, 2, 7, 91, 4, true), sepinggan_002));
    const pemilih_count<dpt, sex::l> men = d.registered<sex::l>(sepinggan_001);
    const pemilih_count<dpt, sex::p> women = d.registered<sex::p>(sepinggan_001);
    BOOST_TEST(men.value() == 1U);
    BOOST_TEST(women.value() == 2U);
    BOOST_TEST(sum_of_sexes(men, women) == d.registered<sex::j>(sepinggan_001));
    BOOST_TEST(d.registered_disabilitas<sex::p>(sepinggan_001).value() == 1U);
    BOOST_TEST(d.registered<sex::j>(sepinggan_002).value() == 1U);
    BOOST_TEST(d.find(nik::parse(make_nik(647105, 2, 7, 91, 4, true)).value(), sepinggan_002) != nullptr);
    BOOST_TEST(d.find(nik::parse(make_nik(647105, 2, 7, 91, 4, true)).value(), sepinggan_001) == nullptr);
    BOOST_TEST(d[1].sex() == person_sex::p);
}

BOOST_AUTO_TEST_CASE(duplicates_within_a_list_across_lists_and_across_tps) {
    const auto a = make_nik(647105, 12, 3, 90, 1, false), b = make_nik(647105, 1, 7, 90, 2, true),
               c = make_nik(647105, 5, 5, 85, 3, false), e = make_nik(647105, 6, 6, 86, 4, true),
               clean = make_nik(647105, 7, 7, 87, 5, false);
    voter_list_of<dpt> d;
    voter_list_of<dptb> m;
    voter_list_of<dpk> k;
    d.add(record(a, sepinggan_001));
    d.add(record(a, sepinggan_001));  // the same line twice at one TPS
    d.add(record(b, sepinggan_001));
    d.add(record(b, sepinggan_002));  // at two TPS
    d.add(record(c, sepinggan_001));
    m.add(record(c, sepinggan_001));  // in DPT and DPTb
    k.add(record(e, sepinggan_002));
    k.add(record(clean, sepinggan_002));
    d.add(record(e, sepinggan_001));  // DPT here, DPK there: two lists and two TPS

    const auto within = find_duplicates(d);
    BOOST_TEST(within.size() == 2U);  // a and b; c and e appear once in the DPT
    const auto all = find_duplicates(d, m, k);
    BOOST_REQUIRE(all.size() == 4U);
    BOOST_TEST(all.count_same_tps_twice() == 1U);
    BOOST_TEST(all.count_across_tps() == 2U);
    BOOST_TEST(all.count_across_lists() == 2U);
    // Ordered by NIK: c (050585) < a (120390) < b (410790, a woman) < e (460686, a woman).
    BOOST_TEST(to_string(all[0].id) == c);
    BOOST_TEST(all[0].across_lists);
    BOOST_TEST(!all[0].across_tps);
    BOOST_REQUIRE(all[0].where.size() == 2U);
    BOOST_TEST(all[0].where[0].list == voter_list::dpt);
    BOOST_TEST(all[0].where[0].index == 4U);
    BOOST_TEST(all[0].where[1].list == voter_list::dptb);
    BOOST_TEST(to_string(all[1].id) == a);
    BOOST_TEST(all[1].same_tps_twice);
    BOOST_TEST(!all[1].across_tps);
    BOOST_TEST(to_string(all[2].id) == b);
    BOOST_TEST(all[2].across_tps);
    BOOST_TEST(!all[2].same_tps_twice);
    BOOST_TEST(!all[2].across_lists);
    BOOST_TEST(to_string(all[3].id) == e);
    BOOST_TEST(all[3].across_lists);
    BOOST_TEST(all[3].across_tps);

    // Same TPS, different lists, interleaved indices: a list pair, not a repeated line.
    voter_list_of<dpt> d2;
    voter_list_of<dpk> k2;
    d2.add(record(a, sepinggan_001));
    k2.add(record(a, sepinggan_001));
    const auto mixed = find_duplicates(d2, k2);
    BOOST_REQUIRE(mixed.size() == 1U);
    BOOST_TEST(!mixed[0].same_tps_twice);
    BOOST_TEST(mixed[0].across_lists);
    BOOST_TEST(find_duplicates(k2).empty());
}

BOOST_AUTO_TEST_CASE(duplicates_at_a_regency_scale) {
    // Kota Balikpapan: DPT 520,986 (KPU Kota Balikpapan via borneoflash). 520,000 lines on 996 TPS, of which every
    // 500th NIK also appears in the DPTb of another TPS and every 1,000th twice in the DPT.
    constexpr std::size_t n = 520'000;
    voter_list_of<dpt> d;
    voter_list_of<dptb> m;
    d.reserve(n + n / 1000);
    std::size_t planted_lists = 0, planted_tps = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto region = static_cast<std::uint32_t>(647101 + i % 6);
        const auto serial = static_cast<std::uint64_t>(1 + i % 9999);
        const auto day = 1 + static_cast<int>(i / 9999 % 28), month = 1 + static_cast<int>(i / (9999 * 28) % 12);
        const std::uint64_t v = region * 10'000'000'000ULL +
                                static_cast<std::uint64_t>(day * 10000 + month * 100 + 80) * 10'000ULL + serial;
        const auto id = nik::from_number(v);
        BOOST_REQUIRE(id);
        const auto tps = *tps_code::from_number(6471051002000ULL + 1 + i % 996);
        d.add({*id, {}, {}, false, tps});
        if (i % 500 == 7) {
            m.add({*id, {}, {}, false, *tps_code::from_number(6471051002000ULL + 1 + (i + 1) % 996)});
            ++planted_lists;
        }
        if (i % 1000 == 3) {
            d.add({*id, {}, {}, false, *tps_code::from_number(6471051002000ULL + 1 + (i + 2) % 996)});
            ++planted_tps;
        }
    }
    const auto start = std::chrono::steady_clock::now();
    const auto report = find_duplicates(d, m, voter_list_of<dpk>{});
    const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    BOOST_TEST_MESSAGE("find_duplicates over " << d.size() + m.size() << " lines: " << ms << " ms");
    BOOST_TEST(report.size() == planted_lists + planted_tps);
    BOOST_TEST(report.count_across_lists() == planted_lists);
    BOOST_TEST(report.count_across_tps() == planted_lists + planted_tps);
    BOOST_TEST(report.count_same_tps_twice() == 0U);
}

BOOST_AUTO_TEST_CASE(decisions_print_kind_ballots_basis_and_both_languages) {
    tps_state t{.code = sepinggan_001, .area = sepinggan_001_area, .contests = pilkada_2024::kontes_held.value,
                .now = {11, 30}, .nearest_in_village = sepinggan_002};
    t.set_left(kontes::pkwkp, 10).set_left(kontes::pkwkk, 10);
    const arrival from_samarinda{.nik = "6472014107900002",
                                 .documents = {document::ktp_el, document::form_a_pindah},
                                 .listed = voter_list::dptb,
                                 .form_a = moving_form::by_areas<pilkada_2024>(samarinda_007, sepinggan_001),
                                 .arrived = {11, 30}};
    const auto text = describe(decide<pilkada_2024>(t, from_samarinda));
    BOOST_TEST(text ==
               "keputusan/decision: admit (admit.dptb)\n"
               "surat suara/ballots: pkwkp\n"
               "dasar hukum/basis: PKPU 7/2024 [secondary: KPU Sumsel (antaranews), KPU Kota Pekalongan; each race's "
               "area is its region (Perpu 1/2014 Pasal 1 angka 1, quoted by Kontan)]\n"
               "ID: Pemilih pindahan (DPPh): berikan hanya surat suara yang menjadi haknya menurut formulir Model A\n"
               "EN: Moved-in voter (DPPh): hand out only the ballots the Form A entitles\n");
    for (const auto& row : reason_table) {
        const auto d = make_decision<pemilu_2024>(row.why, kontes_set{kontes::ppwp});
        BOOST_TEST(d.kind == row.kind);
        BOOST_TEST(d.ballots.empty() == (row.kind != decision_kind::admit));
        const auto s = describe(d);
        BOOST_TEST(s.find(std::string{message_of<pemilu_2024>(row.why).id}) != std::string::npos);
        BOOST_TEST(s.find(std::string{message_of<pemilu_2024>(row.why).en}) != std::string::npos);
        BOOST_TEST(s.find(to_string(d.basis)) != std::string::npos);
    }
    // A mistyped NIK is printed as a data-entry finding, with where it fails.
    const arrival mistyped{.nik = "6471057102950091", .documents = {document::ktp_el}, .listed = voter_list::dpt,
                           .listed_at = sepinggan_001};
    const auto finding = describe(decide<pilkada_2024>(t, mistyped));
    BOOST_TEST(finding.find("keputusan/decision: admit (admit.dpt)") != std::string::npos);
    BOOST_TEST(finding.find("temuan pencatatan/data-entry finding: nik.no_such_date @6") != std::string::npos);
    BOOST_TEST(finding.find("copy it again from the KTP-el") != std::string::npos);
    // The moving form as text.
    BOOST_TEST(describe(moving_form::by_areas<pemilu_2024>(balikpapan_utara_004, sepinggan_001, kaltim)) ==
               "formulir Model A/Form A: 6471031001004 -> 6471051002001, surat suara/ballots: ppwp pdpr pdpd pdprdp "
               "(menurut daerah pemilihan/by electoral areas)");
}

// Every voters text under each regime uses that regime's labels only: a Pilkada text never names
// the Pemilu-only DPK (or "Daftar Pemilih Khusus"), a Pemilu text never names DPPh (or "Daftar
// Pemilih Pindahan"), and no template spells a list out.
BOOST_AUTO_TEST_CASE(every_voters_message_in_the_regime_s_own_labels) {
    for (const auto& text : every_voters_text<pilkada_2024>()) {
        BOOST_TEST(!contains_word(text, "DPK"), text);
        BOOST_TEST(text.find("Daftar Pemilih Khusus") == std::string::npos, text);
        BOOST_TEST(text.find("{") == std::string::npos, text);  // every token rendered
    }
    for (const auto& text : every_voters_text<pemilu_2024>()) {
        BOOST_TEST(!contains_word(text, "DPPh"), text);
        BOOST_TEST(text.find("Daftar Pemilih Pindahan") == std::string::npos, text);
        BOOST_TEST(text.find("{") == std::string::npos, text);
    }
    for (const auto& labels : {pemilu_2024::labels.value, pilkada_2024::labels.value}) {
        for (const auto& row : reason_table) {
            BOOST_TEST(!names_a_list_literally(row.message.id, labels), row.key);
            BOOST_TEST(!names_a_list_literally(row.message.en, labels), row.key);
        }
        for (const auto& a : advice_table) {
            BOOST_TEST(!names_a_list_literally(a.id, labels), a.en);
            BOOST_TEST(!names_a_list_literally(a.en, labels), a.en);
        }
        BOOST_TEST(!names_a_list_literally(voters_still_hold_ballots.id, labels));
        BOOST_TEST(!names_a_list_literally(voters_still_hold_ballots.en, labels));
    }
    // The unregistered voter's attendance list under each regime's own name.
    BOOST_TEST(std::string{message_of<pilkada_2024>(reason::admit_dpk).id}.find("daftar hadir DPTb (Daftar Pemilih Tambahan)") !=
               std::string::npos);
    BOOST_TEST(std::string{message_of<pemilu_2024>(reason::admit_dpk).id}.find("daftar hadir DPK (Daftar Pemilih Khusus)") !=
               std::string::npos);
}

// A province with no governor race (DIY) is never told "antarprovinsi": a move within it that
// leaves no ballot is "no such contest here".
BOOST_AUTO_TEST_CASE(no_governor_race_is_not_another_province) {
    const auto sleman = *tps_code::from_number(3404011001001ULL);
    const auto bantul = *tps_code::from_number(3402011001001ULL);
    tps_state t{.code = bantul, .area = tps_area{3402011001, {{1, 0}}}, .contests = kontes_set{kontes::pkwkk},
                .now = {11, 30}};
    t.set_left(kontes::pkwkk, 50);
    const arrival from_sleman{.nik = "3404014107900002", .documents = {document::ktp_el},
                              .listed = voter_list::dptb,
                              .form_a = moving_form::by_areas<pilkada_2024>(sleman, bantul), .arrived = {11, 30}};
    const auto d = decide<pilkada_2024>(t, from_sleman);
    BOOST_TEST(d.why == reason::refuse_moved_no_contest_here);
    const auto text = describe(d);
    BOOST_TEST(text.find("antarprovinsi") == std::string::npos);
    BOOST_TEST(text.find("provinsi lain") == std::string::npos);
    BOOST_TEST(text.find("another province") == std::string::npos);
    BOOST_TEST(text.find("None of the contests the moving form entitles is held at this TPS") != std::string::npos);
}

// The dapil table: bad lines and conflicting lines are errors naming the problem; a missing
// dapil is an error when a move needs it, never a guess.
BOOST_AUTO_TEST_CASE(dapil_table_errors_and_missing_dapils) {
    const std::array<dapil_entry, 1> unnamed{{{kontes::pdpr, region_level::province, 64, ""}}};
    BOOST_CHECK_THROW(dapil_table{unnamed}, std::invalid_argument);
    const std::array<dapil_entry, 1> too_long{{{kontes::pdpr, region_level::province, 640, "Kalimantan Timur"}}};
    BOOST_CHECK_THROW(dapil_table{too_long}, std::invalid_argument);
    const std::array<dapil_entry, 2> conflicting{{{kontes::pdprdk, region_level::district, 647105, "Balikpapan Selatan"},
                                                   {kontes::pdprdk, region_level::district, 647105, "Balikpapan 6"}}};
    try {
        (void)dapil_table{conflicting}.dapil_of(kontes::pdprdk, sepinggan_001);
        BOOST_FAIL("two dapils for one place must be an error");
    } catch (const std::invalid_argument& e) {
        BOOST_TEST(std::string{e.what()}.find("6471051002001") != std::string::npos);
        BOOST_TEST(std::string{e.what()}.find("pdprdk") != std::string::npos);
    }
    // Balikpapan Utara -> Selatan needs the DPRD Kota dapils of both: a table without them is an
    // error that names the TPS and the contest.
    const std::array<dapil_entry, 3> without_city{{{kontes::pdpr, region_level::province, 64, "Kalimantan Timur"},
                                                    {kontes::pdprdp, region_level::regency, 6472, "Kaltim 1 (Samarinda)"},
                                                    {kontes::pdprdp, region_level::regency, 6471, "Kaltim (Balikpapan)"}}};
    try {
        (void)moving_form::by_areas<pemilu_2024>(balikpapan_utara_004, sepinggan_001, dapil_table{without_city});
        BOOST_FAIL("a missing dapil must be an error");
    } catch (const std::invalid_argument& e) {
        BOOST_TEST(std::string{e.what()} ==
                   "suara::moving_form::by_areas: the dapil table has no pdprdk district for TPS 6471031001004");
    }
    // ...while a move from another city does not look DPRD Kota dapils up at all.
    BOOST_TEST(moving_form::by_areas<pemilu_2024>(samarinda_007, sepinggan_001, dapil_table{without_city}).ballots() ==
               (kontes_set{kontes::ppwp, kontes::pdpr, kontes::pdpd}));
    // An empty table cannot decide a Pemilu move within a province.
    BOOST_CHECK_THROW((void)moving_form::by_areas<pemilu_2024>(samarinda_007, sepinggan_001), std::invalid_argument);
}

// ---- the polling-station day --------------------------------------------------------------------

namespace {
struct small_tps {
    voter_list_of<dpt> dpt_list;
    voter_list_of<dptb> dptb_list;
    std::string budi = make_nik(647105, 12, 3, 90, 1, false);  // DPT, disabled
    std::string siti = make_nik(647105, 1, 7, 90, 2, true);    // DPT
    std::string rina = make_nik(647201, 3, 3, 95, 3, true);    // DPTb from Samarinda
    std::string agus = make_nik(647105, 9, 9, 99, 4, false);   // not registered, lives in RW 3
    small_tps() {
        dpt_list.add(record(budi, sepinggan_001, {6471051002, 3, 1}, true));
        dpt_list.add(record(siti, sepinggan_001, {6471051002, 3, 2}));
        dpt_list.add(record(make_nik(647105, 4, 4, 70, 5, false), sepinggan_001));  // does not come
        dpt_list.add(record(make_nik(647105, 4, 4, 70, 6, false), sepinggan_002));  // another TPS's line
        dptb_list.add(record(rina, sepinggan_001));
    }
    template <class R>
    polling_station_day<R> day(count_rep ballots) const {
        std::vector<contest_setup> cs;
        for (auto k : all_kontes)
            if (R::kontes_held.value.contains(k)) cs.push_back({k, ballots, 2, false});
        return polling_station_day<R>(sepinggan_001, sepinggan_001_area, dpt_list, dptb_list, cs, sepinggan_002);
    }
};
arrival with_ktp(const std::string& id, clock_time at) {
    return {.nik = id, .documents = {document::ktp_el}, .arrived = at};
}
}  // namespace

BOOST_AUTO_TEST_CASE(day_hand_checked_pilkada_sheet) {
    small_tps s;
    auto day = s.day<pilkada_2024>(5);
    BOOST_TEST(day.arrive(with_ktp(s.budi, {7, 10}), {7, 10}).why == reason::admit_dpt);
    BOOST_TEST(!day.cast(s.budi, kontes::pkwkp, vote::for_candidate(1), {7, 15}));
    BOOST_TEST(day.replace(s.budi, kontes::pkwkk, {7, 16}).why == reason::admit_replacement);
    BOOST_TEST(day.replace(s.budi, kontes::pkwkk, {7, 17}).why == reason::refuse_second_replacement);
    BOOST_TEST(day.replace(s.budi, kontes::pkwkp, {7, 17}).why == reason::refuse_no_ballot_held);  // already cast
    BOOST_TEST(!day.cast(s.budi, kontes::pkwkk, vote::spoilt(), {7, 18}));
    const auto again = day.arrive(with_ktp(s.budi, {9, 0}), {9, 0});
    BOOST_TEST(again.why == reason::refuse_already_voted);
    BOOST_TEST((again.basis == pilkada_2024::multiple_voting_prohibition));  // the prohibition...
    BOOST_TEST((again.advice_basis == pilkada_2024::psu_multiple_voting_threshold.basis));  // ...the PSU its consequence
    BOOST_TEST(day.arrive(with_ktp(s.siti, {8, 0}), {8, 0}).why == reason::admit_dpt);
    BOOST_TEST(!day.cast(s.siti, kontes::pkwkp, vote::for_candidate(0), {8, 5}));
    BOOST_TEST(!day.cast(s.siti, kontes::pkwkk, vote::for_candidate(0), {8, 5}));
    BOOST_TEST(day.cast(s.siti, kontes::pkwkk, vote::for_candidate(0), {8, 6})->why == reason::refuse_no_ballot_held);
    arrival rina = with_ktp(s.rina, {10, 0});
    rina.documents.insert(document::form_a_pindah);
    rina.form_a = moving_form::by_areas<pilkada_2024>(samarinda_007, sepinggan_001);
    // Before the advised window: served, with the note (the window is advice, not a gate).
    const auto d = day.arrive(rina, {10, 0});
    BOOST_TEST(d.why == reason::admit_dptb);
    BOOST_TEST(d.ballots == kontes_set{kontes::pkwkp});
    BOOST_TEST((d.advice_basis == pilkada_2024::dptb_window.basis));
    // The mayor ballot is beyond her form: refused with its own reason, nothing handed out.
    const auto beyond = day.hand_out(s.rina, kontes::pkwkk, {10, 1});
    BOOST_TEST(beyond.why == reason::refuse_beyond_entitlement);
    BOOST_TEST((beyond.basis == pilkada_2024::moved_beyond_entitlement_basis));
    BOOST_TEST(day.state().left(kontes::pkwkk) == 2U);
    BOOST_TEST(day.hand_out(s.rina, kontes::pkwkp, {10, 1}).why == reason::refuse_already_voted);
    BOOST_TEST(day.hand_out(s.agus, kontes::pkwkp, {10, 1}).why == reason::refuse_not_admitted);
    BOOST_TEST(day.cast(s.rina, kontes::pkwkk, vote::for_candidate(0), {11, 6})->why == reason::refuse_no_ballot_held);
    BOOST_TEST(!day.cast(s.rina, kontes::pkwkp, vote::for_candidate(0), {11, 6}));
    arrival agus = with_ktp(s.agus, {11, 45});
    agus.address = {6471051002, 3, 9};
    agus.disabilitas = true;
    BOOST_TEST(day.arrive(agus, {11, 45}).why == reason::wait_dpk_window);
    BOOST_TEST(day.arrive(agus, {12, 0}).why == reason::admit_dpk);
    BOOST_TEST(!day.cast(s.agus, kontes::pkwkp, vote::for_candidate(1), {12, 2}));
    BOOST_TEST(!day.cast(s.agus, kontes::pkwkk, vote::for_candidate(1), {12, 2}));
    // Gubernur: 5 received; Budi, Siti, Rina, Agus voted; none returned.
    // Bupati/Wali Kota: 5 received; Budi, Siti, Agus voted; Budi's first ballot returned.
    BOOST_TEST(day.state().left(kontes::pkwkp) == 1U);
    BOOST_TEST(day.state().left(kontes::pkwkk) == 1U);
    const auto closing = day.close({13, 0});
    BOOST_REQUIRE(closing.ok());
    BOOST_REQUIRE(closing.sheets.size() == 2U);
    const sheet& gub = closing.sheets[0];
    const sheet& wali = closing.sheets[1];
    BOOST_TEST(gub.contest == kontes::pkwkp);
    BOOST_TEST(*gub.get(field::pemilih_dpt_l) == 2U);  // Budi and the one who did not come; not the other TPS's line
    BOOST_TEST(*gub.get(field::pemilih_dpt_p) == 1U);
    BOOST_TEST(*gub.get(field::pemilih_dptb_p) == 1U);
    BOOST_TEST(*gub.get(field::pemilih_dpk_l) == 1U);
    BOOST_TEST(*gub.get(field::pengguna_dpt_j) == 2U);
    BOOST_TEST(*gub.get(field::pengguna_dptb_p) == 1U);
    BOOST_TEST(*gub.get(field::pengguna_total_j) == 4U);
    BOOST_TEST(*gub.get(field::pemilih_disabilitas_l) == 2U);
    BOOST_TEST(*gub.get(field::pengguna_disabilitas_l) == 2U);
    BOOST_TEST(*gub.get(field::surat_diterima) == 5U);
    BOOST_TEST(*gub.get(field::surat_digunakan) == 4U);
    BOOST_TEST(*gub.get(field::surat_dikembalikan) == 0U);
    BOOST_TEST(*gub.get(field::surat_tidak_digunakan) == 1U);
    BOOST_TEST(*gub.candidate_votes(0) == 2U);
    BOOST_TEST(*gub.candidate_votes(1) == 2U);
    BOOST_TEST(*gub.get(field::suara_sah) == 4U);
    BOOST_TEST(*wali.get(field::pengguna_dptb_j) == 0U);
    BOOST_TEST(*wali.get(field::pengguna_total_j) == 3U);
    BOOST_TEST(*wali.get(field::surat_digunakan) == 3U);
    BOOST_TEST(*wali.get(field::surat_dikembalikan) == 1U);
    BOOST_TEST(*wali.get(field::surat_tidak_digunakan) == 1U);
    BOOST_TEST(*wali.get(field::suara_tidak_sah) == 1U);
    BOOST_TEST(*wali.get(field::suara_sah) == 2U);
    BOOST_TEST(laws::sheet_identities_law(gub) == "");
    BOOST_TEST(laws::sheet_identities_law(wali) == "");
    // After the close nothing more happens.
    const std::string late = make_nik(647105, 4, 4, 70, 5, false);
    BOOST_TEST(day.arrive(with_ktp(late, {13, 1}), {13, 1}).why == reason::refuse_closed);
    BOOST_TEST(day.closed());
    BOOST_TEST(day.log().size() == 23U);
    BOOST_TEST((day.log()[12].what == event_kind::ballot_handed_out));
    BOOST_TEST(day.log()[12].outcome->why == reason::refuse_beyond_entitlement);
}

BOOST_AUTO_TEST_CASE(day_stock_never_goes_below_zero) {
    small_tps s;
    auto day = s.day<pemilu_2024>(2);
    BOOST_TEST(day.arrive(with_ktp(s.budi, {7, 0}), {7, 0}).admitted());
    BOOST_TEST(day.replace(s.budi, kontes::ppwp, {7, 1}).admitted());  // the last PPWP ballot
    BOOST_TEST(day.state().left(kontes::ppwp) == 0U);
    BOOST_TEST(day.state().left(kontes::pdpr) == 1U);
    // Siti is registered, but the PPWP stock is gone: not refused; the KPPS is to fetch ballots
    // from the nearest TPS and then serve her. Nothing is taken meanwhile.
    const auto pending = day.arrive(with_ktp(s.siti, {7, 5}), {7, 5});
    BOOST_TEST(pending.why == reason::pending_fetch_ballots);
    BOOST_TEST((pending.basis == pemilu_2024::registered_ballots_run_out_basis));
    BOOST_TEST(day.state().left(kontes::pdpr) == 1U);
    BOOST_TEST(day.replace(s.budi, kontes::pdpr, {7, 6}).admitted());  // the last DPR ballot
    arrival agus = with_ktp(s.agus, {12, 40});
    agus.address = {6471051002, 3, 9};
    const auto d = day.arrive(agus, {12, 40});
    BOOST_TEST(d.why == reason::redirect_nearest_in_village);  // Pemilu: the nearest TPS of the village
    BOOST_TEST(d.redirect_to == sepinggan_002);
    BOOST_TEST(day.replace(s.budi, kontes::pdpd, {12, 41}).admitted());
    BOOST_TEST(day.replace(s.budi, kontes::pdprdp, {12, 41}).admitted());
    // DPRD Kab/Kota: one left; take it, then a replacement has no stock.
    BOOST_TEST(day.replace(s.budi, kontes::pdprdk, {12, 42}).admitted());
    BOOST_TEST(day.replace(s.budi, kontes::pdprdk, {12, 42}).why == reason::refuse_second_replacement);
    // The TPS cannot close while Budi still holds his ballots.
    auto early = day.close({13, 0});
    BOOST_TEST(!early.ok());
    BOOST_TEST(early.ballots_held == 5U);
    BOOST_TEST(early.problem == voters_still_hold_ballots);
    for (auto k : all_kontes)
        if (pemilu_2024::kontes_held.value.contains(k)) BOOST_TEST(!day.cast(s.budi, k, vote::spoilt(), {12, 50}));
    // The fetched ballots arrive: one of each contest; Siti is served.
    for (auto k : all_kontes)
        if (pemilu_2024::kontes_held.value.contains(k)) day.receive_ballots(k, 1, {12, 50});
    BOOST_TEST(day.arrive(with_ktp(s.siti, {7, 5}), {12, 51}).why == reason::admit_dpt);
    for (auto k : all_kontes)
        if (pemilu_2024::kontes_held.value.contains(k)) BOOST_TEST(!day.cast(s.siti, k, vote::spoilt(), {12, 55}));
    const auto closing = day.close({13, 0});
    BOOST_REQUIRE(closing.ok());
    for (const auto& sh : closing.sheets) {
        BOOST_TEST(laws::sheet_identities_law(sh) == "");
        // Every ballot received, the fetched one too, is used, returned or unused.
        BOOST_TEST(*sh.get(field::surat_diterima) == 3U);
        BOOST_TEST(*sh.get(field::surat_digunakan) == 2U);
        BOOST_TEST(*sh.get(field::surat_dikembalikan) == 1U);
        BOOST_TEST(*sh.get(field::surat_tidak_digunakan) == 0U);
    }
    BOOST_CHECK_THROW(day.receive_ballots(kontes::pkwkp, 1, {13, 1}), std::invalid_argument);  // not held here
}

// Ballots received during the day (fetched) may serve many more voters than the day was sized
// for: the NIK table grows, and the voters already recorded are still found.
BOOST_AUTO_TEST_CASE(day_received_ballots_serve_more_voters) {
    small_tps s;
    auto day = s.day<pilkada_2024>(1);
    BOOST_TEST(day.arrive(with_ktp(s.budi, {7, 0}), {7, 0}).admitted());
    for (auto k : {kontes::pkwkp, kontes::pkwkk}) {
        BOOST_TEST(!day.cast(s.budi, k, vote::for_candidate(0), {7, 1}));
        day.receive_ballots(k, 200, {11, 0});
    }
    for (unsigned i = 0; i < 150; ++i) {
        const std::string id = make_nik(647105, 1 + static_cast<int>(i % 28), 1 + static_cast<int>(i / 28), 80, 100 + i, false);
        arrival a = with_ktp(id, {12, 10});
        a.address = {6471051002, 3, 9};
        BOOST_REQUIRE(day.arrive(a, {12, 10}).why == reason::admit_dpk);
        for (auto k : {kontes::pkwkp, kontes::pkwkk}) BOOST_REQUIRE(!day.cast(id, k, vote::for_candidate(1), {12, 11}));
    }
    BOOST_TEST(day.arrive(with_ktp(s.budi, {12, 30}), {12, 30}).why == reason::refuse_already_voted);
    const auto closing = day.close({13, 0});
    BOOST_REQUIRE(closing.ok());
    for (const auto& sh : closing.sheets) {
        BOOST_TEST(laws::sheet_identities_law(sh) == "");
        BOOST_TEST(*sh.get(field::surat_diterima) == 201U);
        BOOST_TEST(*sh.get(field::pengguna_total_j) == 151U);
    }
}

BOOST_AUTO_TEST_CASE(day_pilkada_dpk_redirect_only_within_the_rt_rw) {
    small_tps s;
    std::vector<contest_setup> cs{{kontes::pkwkp, 1, 2, false}, {kontes::pkwkk, 1, 2, false}};
    const auto same_rw = *tps_code::from_number(6471051002003ULL);
    polling_station_day<pilkada_2024> with_neighbour(sepinggan_001, sepinggan_001_area, s.dpt_list, s.dptb_list, cs,
                                                     sepinggan_002, same_rw);
    polling_station_day<pilkada_2024> alone(sepinggan_001, sepinggan_001_area, s.dpt_list, s.dptb_list, cs,
                                            sepinggan_002);
    for (auto* day : {&with_neighbour, &alone}) {
        BOOST_TEST(day->arrive(with_ktp(s.budi, {8, 0}), {8, 0}).admitted());  // the only ballots
    }
    arrival agus = with_ktp(s.agus, {12, 30});
    agus.address = {6471051002, 3, 9};
    const auto there = with_neighbour.arrive(agus, {12, 30});
    BOOST_TEST(there.why == reason::redirect_same_neighbourhood);
    BOOST_TEST(there.redirect_to == same_rw);
    // Not the nearest TPS of the village (a Pemilu rule): with no other TPS in his RT/RW, refused.
    const auto none = alone.arrive(agus, {12, 30});
    BOOST_TEST(none.why == reason::refuse_dpk_ballots_exhausted);
    BOOST_TEST(!none.redirect_to.has_value());
}

BOOST_AUTO_TEST_CASE(day_pemilu_moved_voter_ballots_follow_the_dapils) {
    small_tps s;
    auto day = s.day<pemilu_2024>(10);
    // Rina moved from Balikpapan Utara to Sepinggan (Balikpapan Selatan): two DPRD Kota dapils.
    arrival rina = with_ktp(s.rina, {11, 0});
    rina.listed = voter_list::dptb;
    rina.form_a = moving_form::by_areas<pemilu_2024>(balikpapan_utara_004, sepinggan_001, kaltim);
    const auto d = day.arrive(rina, {11, 0});
    BOOST_TEST(d.why == reason::admit_dptb);
    BOOST_TEST(d.ballots == (kontes_set{kontes::ppwp, kontes::pdpr, kontes::pdpd, kontes::pdprdp}));
    BOOST_TEST(day.state().left(kontes::pdprdk) == 10U);
    const auto beyond = day.hand_out(s.rina, kontes::pdprdk, {11, 1});
    BOOST_TEST(beyond.why == reason::refuse_beyond_entitlement);
    BOOST_TEST(beyond.kind == decision_kind::refuse);
    BOOST_TEST((beyond.basis == pemilu_2024::moved_beyond_entitlement_basis));
    BOOST_TEST(day.state().left(kontes::pdprdk) == 10U);  // nothing handed out
    BOOST_TEST(day.log().back().outcome->why == reason::refuse_beyond_entitlement);
    BOOST_TEST(day.cast(s.rina, kontes::pdprdk, vote::for_candidate(0), {11, 2})->why == reason::refuse_no_ballot_held);
    // The same person without her Form A: refused, nothing to guess from.
    arrival no_form = with_ktp(s.rina, {11, 0});
    no_form.listed = voter_list::dptb;
    auto other_day = s.day<pemilu_2024>(10);
    BOOST_TEST(other_day.arrive(no_form, {11, 0}).why == reason::refuse_no_form_a);
}

BOOST_AUTO_TEST_CASE(day_looks_people_up_in_its_own_lists) {
    small_tps s;
    auto day = s.day<pilkada_2024>(10);
    // Siti says she is in no list: she is in the DPT here, and is served as DPT at 08:00.
    BOOST_TEST(day.arrive(with_ktp(s.siti, {8, 0}), {8, 0}).why == reason::admit_dpt);
    // Agus claims the DPT of this TPS but is not on it: treated as unregistered (wait for 12:00).
    arrival agus = with_ktp(s.agus, {8, 0});
    agus.listed = voter_list::dpt;
    agus.listed_at = sepinggan_001;
    agus.address = {6471051002, 3, 9};
    BOOST_TEST(day.arrive(agus, {8, 0}).why == reason::wait_dpk_window);
    // A person on the DPT of TPS 002 is sent there.
    const std::string other_id = make_nik(647105, 4, 4, 70, 6, false);
    arrival other = with_ktp(other_id, {8, 0});
    other.listed = voter_list::dpt;
    other.listed_at = sepinggan_002;
    BOOST_TEST(day.arrive(other, {8, 0}).why == reason::refuse_wrong_tps);
    // A NIK text that fails the shape check: not refused; the KPPS copies it again from the
    // KTP-el (the day keeps voters by NIK), logged without a NIK and with the finding.
    const auto mistyped = day.arrive(with_ktp("64710512", {8, 1}), {8, 1});
    BOOST_TEST(mistyped.why == reason::pending_copy_nik);
    BOOST_TEST(mistyped.kind == decision_kind::pending);
    BOOST_TEST(mistyped.nik_finding == nik_error::wrong_length);
    BOOST_TEST(day.log().back().nik == 0U);
    BOOST_TEST(day.replace("64710512", kontes::pkwkp, {8, 1}).why == reason::pending_copy_nik);
    BOOST_TEST(day.cast("64710512", kontes::pkwkp, vote::spoilt(), {8, 1})->why == reason::pending_copy_nik);
    // Two lines of one NIK in the lists of one TPS: the day refuses to start.
    voter_list_of<dptb> twice;
    twice.add(record(s.siti, sepinggan_001));
    std::vector<contest_setup> cs{{kontes::pkwkp, 10, 2, false}};
    BOOST_CHECK_THROW((polling_station_day<pilkada_2024>(sepinggan_001, sepinggan_001_area, s.dpt_list, twice, cs)),
                      std::invalid_argument);
    // A vote for a column the ballot does not have is refused.
    BOOST_TEST(day.cast(s.siti, kontes::pkwkp, vote::for_candidate(7), {8, 2})->why == reason::refuse_no_ballot_held);
    BOOST_TEST(day.cast(s.siti, kontes::pkwkp, vote::for_blank(), {8, 2})->why == reason::refuse_no_ballot_held);
}

// ---- property: thousands of simulated days ---------------------------------------------------------

// Boost.Test's assertions cost microseconds each; the simulation makes millions of checks, so
// it tests plainly and reports only a failure.
#define SIM_CHECK(cond)                                   \
    do {                                                  \
        if (!(cond)) BOOST_FAIL("simulated day: " #cond); \
    } while (false)
#define SIM_CHECK_MESSAGE(cond, msg)                       \
    do {                                                   \
        if (!(cond)) BOOST_FAIL("simulated day: " << msg); \
    } while (false)

namespace {

template <class R>
struct day_simulator {
    std::mt19937_64 rng;
    explicit day_simulator(std::uint64_t seed) : rng{seed} {}

    std::uint32_t below(std::uint32_t n) { return static_cast<std::uint32_t>(rng() % n); }
    bool chance(unsigned percent) { return below(100) < percent; }

    struct person {
        std::string id;
        arrival who;
        clock_time at;
    };

    std::size_t catalogue_findings = 0;  // any severity below error, from the tally catalogue
    std::size_t fetched = 0;             // registered voters served after ballots were fetched

    /// Runs one day; returns the number of sheets checked.
    std::size_t run(std::size_t& admitted_total) {
        const auto code = *tps_code::from_number(6471051002000ULL + 1 + below(40));
        const tps_area area{6471051002, {{static_cast<std::uint16_t>(1 + below(5)), 0}}};
        const auto rw = area.served[0].rw;
        voter_list_of<dpt> dpt_list;
        voter_list_of<dptb> dptb_list;
        std::vector<person> people;
        unsigned serial = 1;
        auto fresh_nik = [&](std::uint32_t region, bool adult) {
            const int yy =
                adult ? static_cast<int>(40 + below(60)) : static_cast<int>(8 + below(2));  // 2008-09: under 17
            return make_nik(region, 1 + static_cast<int>(below(28)), 1 + static_cast<int>(below(12)), yy, serial++,
                            chance(50));
        };
        const auto n_dpt = below(static_cast<std::uint32_t>(R::tps_capacity.value) + 1);
        for (std::uint32_t i = 0; i < n_dpt; ++i) {
            auto id = fresh_nik(647105, true);
            dpt_list.add(record(id, code, {6471051002, rw, 1}, chance(3)));
            if (chance(75)) {
                arrival a{.documents = {document::ktp_el}};
                if (chance(3)) a.documents = {document::c_pemberitahuan};
                people.push_back({id, a, clock_time{7 + static_cast<int>(below(6)), static_cast<int>(below(60))}});
            }
        }
        // A line of another TPS is not this TPS's business.
        dpt_list.add(record(fresh_nik(647105, true), *tps_code::from_number(code.number() + 100)));
        const auto n_dptb = below(12);
        for (std::uint32_t i = 0; i < n_dptb; ++i) {
            const std::uint64_t origins[] = {6471031001004ULL, 6472011001007ULL, 3273011001003ULL};
            const auto from = *tps_code::from_number(origins[below(3)]);
            auto id = fresh_nik(static_cast<std::uint32_t>(from.district()), true);
            dptb_list.add(record(id, code));
            arrival a{.documents = {document::ktp_el, document::form_a_pindah}, .listed = voter_list::dptb,
                      .form_a = moving_form::by_areas<R>(from, code, kaltim)};
            if (chance(5)) a.form_a.reset();  // came without the form
            people.push_back({id, a, clock_time{7 + static_cast<int>(below(6)), static_cast<int>(below(60))}});
        }
        const auto n_dpk = below(25);
        for (std::uint32_t i = 0; i < n_dpk; ++i) {
            auto id = fresh_nik(647105, !chance(10));
            arrival a{.documents = {chance(80) ? document::ktp_el : document::kk}, .address = {6471051002, rw, 4},
                      .married = chance(30), .disabilitas = chance(5)};
            if (chance(15)) a.address.rw = static_cast<std::uint16_t>(rw + 1);  // outside the area
            people.push_back({id, a, clock_time{10 + static_cast<int>(below(3)), static_cast<int>(below(60))}});
        }
        // Some come twice, some arrive after the close, some with a mistyped NIK.
        const auto n_people = people.size();
        for (std::size_t i = 0; i < n_people; ++i)
            if (chance(4)) people.push_back({people[i].id, people[i].who, clock_time{12, static_cast<int>(below(60))}});
        if (chance(30)) people.push_back({"64710512039", {}, clock_time{9, 0}});
        if (chance(30))
            people.push_back({fresh_nik(647105, true),
                              {{}, {document::ktp_el}, {}, {}, {}, {6471051002, rw, 2}, false, false, {}},
                              clock_time{13, 5}});

        // Ballots: the regime's allocation, sometimes short (to exercise redirects), sometimes more.
        const auto alloc = expected_ballots<R>(dpt_list.registered<sex::j>(code).value(), dptb_list.size());
        std::vector<contest_setup> cs;
        for (auto k : all_kontes)
            if (R::kontes_held.value.contains(k)) {
                const count_rep received = chance(15) ? alloc / 2 : alloc + (chance(10) ? below(10) : 0);
                const bool single = k == kontes::pkwkk && chance(20);
                cs.push_back({k, received, static_cast<std::uint8_t>(single ? 1 : 2 + below(4)), single});
            }
        polling_station_day<R> day(code, area, dpt_list, dptb_list, cs, *tps_code::from_number(code.number() + 1));

        std::stable_sort(people.begin(), people.end(), [](const person& a, const person& b) { return a.at < b.at; });
        for (auto& p : people) {
            p.who.nik = p.id;
            p.who.arrived = p.at;
            clock_time now = p.at;
            auto d = day.arrive(p.who, now);
            if (d.kind == decision_kind::wait) {
                SIM_CHECK(p.at < d.until);
                now = d.until;
                p.who.arrived = now;
                d = day.arrive(p.who, now);
                SIM_CHECK(d.kind != decision_kind::wait);
            }
            if (d.why == reason::pending_fetch_ballots) {
                // Only a registered voter is held for ballots; the KPPS fetches some, he is served.
                const auto line_list = p.who.listed.value_or(voter_list::dpk);
                SIM_CHECK(line_list != voter_list::dpk || dpt_list.find(nik::parse(p.id).value(), code) != nullptr);
                for (auto k : all_kontes)
                    if (day.state().contests.contains(k) && day.state().left(k) == 0) day.receive_ballots(k, 5, now);
                d = day.arrive(p.who, now);
                SIM_CHECK(d.admitted());
                ++fetched;
            }
            if (d.kind == decision_kind::pending) SIM_CHECK(d.nik_finding != nik_error::none);
            if (!d.admitted()) continue;
            // A moved-in voter gets exactly his form's ballots held here; anything more is refused.
            if (d.why == reason::admit_dptb) {
                SIM_CHECK(d.ballots == (p.who.form_a->ballots() & day.state().contests));
                for (auto k : all_kontes)
                    if (day.state().contests.contains(k) && !d.ballots.contains(k)) {
                        const auto left = day.state().left(k);
                        SIM_CHECK(day.hand_out(p.id, k, now).why == reason::refuse_beyond_entitlement);
                        SIM_CHECK(day.state().left(k) == left);
                    }
            }
            ++admitted_total;
            // Invariant: DPK voters only in their window (or queuing at the close).
            if (d.why == reason::admit_dpk) SIM_CHECK(!R::dpk_window.value.before(now));
            for (auto k : all_kontes) {
                if (!d.ballots.contains(k)) continue;
                count_rep replaced = 0;
                for (int r = 0; r < 2 && chance(4); ++r) {
                    const auto before = day.state().left(k);
                    const auto rep = day.replace(p.id, k, now);
                    // One replacement per voter and contest, and only from stock in hand.
                    SIM_CHECK(rep.admitted() == (replaced == 0 && before > 0));
                    SIM_CHECK(day.state().left(k) == before - (rep.admitted() ? 1 : 0));
                    replaced += rep.admitted() ? 1 : 0;
                }
                const auto& setup =
                    *std::find_if(cs.begin(), cs.end(), [&](const contest_setup& c) { return c.contest == k; });
                vote v = vote::spoilt();
                if (!chance(5)) {
                    const auto col = below(setup.candidates + (setup.blank_column ? 1U : 0U));
                    v = col < setup.candidates ? vote::for_candidate(static_cast<std::uint8_t>(col))
                                               : vote::for_blank();
                }
                SIM_CHECK(!day.cast(p.id, k, v, now));
                SIM_CHECK(day.cast(p.id, k, v, now));  // the same ballot cannot go in twice
            }
        }
        const auto closing = day.close({13, 30});
        SIM_CHECK(closing.ok());
        for (const auto& s : closing.sheets) {
            const auto broken = laws::sheet_identities_law(s);
            SIM_CHECK_MESSAGE(broken.empty(), "identity " << broken << " broken on " << s);
            for (std::size_t f = 0; f < index(field::suara_total) + 1; ++f) SIM_CHECK(s.figures[f] != missing_figure);
#ifdef SUARA_VOTERS_HAVE_RULES
            check_sheet<R>(s, [&](const finding& fd) {
                ++catalogue_findings;
                SIM_CHECK_MESSAGE(fd.level != severity::error,
                                  "rule " << rule_keys[static_cast<std::size_t>(fd.rule)] << " on " << s);
            });
#endif
        }
        return closing.sheets.size();
    }
};

template <class R>
void simulate_days(std::uint64_t seed, std::size_t days) {
    day_simulator<R> sim{seed};
    std::size_t sheets = 0, admitted = 0;
    for (std::size_t i = 0; i < days; ++i) sheets += sim.run(admitted);
    BOOST_TEST(sheets == days * R::kontes_held.value.size());
    BOOST_TEST(admitted > days);  // the days were not empty
    BOOST_TEST_MESSAGE(R::name << ": " << days << " days, " << sheets << " sheets, " << admitted << " voters admitted, "
                               << sim.fetched << " after ballots were fetched");
    BOOST_TEST(sim.fetched > 0U);  // short deliveries were exercised
#ifdef SUARA_VOTERS_HAVE_RULES
    BOOST_TEST_MESSAGE(R::name << ": tally catalogue consulted, " << sim.catalogue_findings
                               << " findings below severity error (e.g. allocation warnings on short deliveries)");
#endif
}

}  // namespace

BOOST_AUTO_TEST_CASE(property_simulated_pilkada_days_pass_every_identity) {
    simulate_days<pilkada_2024>(0x5EED'2024'1127ULL, 1500);
}

BOOST_AUTO_TEST_CASE(property_simulated_pemilu_days_pass_every_identity) {
    simulate_days<pemilu_2024>(0x5EED'2024'0214ULL, 1500);
}

BOOST_AUTO_TEST_SUITE_END()
