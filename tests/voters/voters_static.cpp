// Compile-time tests of the voters area: NIK parsing and eligibility, every admission and
// replacement decision path in both regimes where they differ, moved voters' ballots from the
// moving form and the dapil table, and the labels every message is written with. Building this
// file is the test.
#include <suara/core/dapil.hpp>
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>
#include <suara/voters/admission.hpp>
#include <suara/voters/decision.hpp>
#include <suara/voters/moving_form.hpp>
#include <suara/voters/nik.hpp>

using namespace suara;

namespace {

// ---- NIK ----------------------------------------------------------------------------------------
// 647105 = Balikpapan Selatan; born 12 March 1990, man; born 1 July 1990, woman (41 = 1 + 40).
constexpr auto man = nik::parse("6471051203900001");
constexpr auto woman = nik::parse("6471054107900002");
static_assert(man && woman);
static_assert(man.value().sex() == person_sex::l && woman.value().sex() == person_sex::p);
static_assert(woman.value().birth_day() == 1 && woman.value().birth_month() == 7);
static_assert(man.value().region() == 647105 && man.value().regency() == 6471 && man.value().province() == 64);
static_assert(man.value().serial() == 1);
static_assert(man.value().birth_date({2024, 11, 27}) == civil_date{1990, 3, 12});
static_assert(nik::parse("6471050101100003").value().birth_date({2024, 2, 14}) == civil_date{2010, 1, 1});
static_assert(nik::from_number(6471051203900001ULL) == man.value());
static_assert(!nik::from_number(6471051203900000ULL));

// Each error, with the place it names.
static_assert(nik::parse("").error() == nik_error::empty);
static_assert(nik::parse("647105120390000").error() == nik_error::wrong_length);
static_assert(nik::parse("647105120390000").position() == 15);
static_assert(nik::parse("64710512039000011").error() == nik_error::wrong_length);
static_assert(nik::parse("6471051203x00001").error() == nik_error::not_a_digit);
static_assert(nik::parse("6471051203x00001").position() == 10);
static_assert(nik::parse("0071051203900001").error() == nik_error::region_zero);
static_assert(nik::parse("6400051203900001").position() == 2);
static_assert(nik::parse("6471001203900001").position() == 4);
static_assert(nik::parse("6471053503900001").error() == nik_error::day_out_of_range);  // 35: neither sex
static_assert(nik::parse("6471057203900001").error() == nik_error::day_out_of_range);  // 72 = 32 + 40
static_assert(nik::parse("6471050003900001").error() == nik_error::day_out_of_range);
static_assert(nik::parse("6471051213900001").error() == nik_error::month_out_of_range);
static_assert(nik::parse("6471051213900001").position() == 8);
static_assert(nik::parse("6471053102900001").error() == nik_error::no_such_date);  // 31 February
static_assert(nik::parse("6471056902010001").error() == nik_error::no_such_date);  // 29 Feb 01, woman
static_assert(nik::parse("6471052902000001"));                                     // 29 Feb 2000
static_assert(nik::parse("6471051203900000").error() == nik_error::serial_zero);
static_assert(nik::parse("6471051203900000").message().en == "the NIK serial cannot be 0000");
static_assert(nik::parse("6471051203900001").value().birth_date({1950, 1, 1}).year == 1890);
static_assert(nik::parse("6471052902000001").value().birth_date({1950, 1, 1}).year == 1600);  // no leap 1700-1900

// Eligibility: 17 on voting day, or married. Born 27 Nov 2007: 17 on Pilkada day (27 Nov 2024)
// but 16 on Pemilu day (14 Feb 2024).
constexpr auto turns_17 = nik::parse("6471052711070004").value();
static_assert(eligible_on_voting_day<pilkada_2024>(turns_17, false));
static_assert(!eligible_on_voting_day<pemilu_2024>(turns_17, false));
static_assert(eligible_on_voting_day<pemilu_2024>(turns_17, true));
static_assert(!eligible_on_voting_day<pilkada_2024>(nik::parse("6471052811070004").value(), false));  // one day short
static_assert(eligible_on_voting_day<pilkada_2024>(civil_date{2007, 11, 27}, false));
// The age rule rests on the statute read for Pilkada (Perpu 1/2014 Pasal 56 ayat (1)).
static_assert(pilkada_2024::minimum_age.basis.level == confidence::primary);
static_assert(pilkada_2024::minimum_age.basis.article == "Pasal 56");
static_assert(pemilu_2024::minimum_age.basis.article == "Pasal 198");

// ---- the TPS and the people at its door -------------------------------------------------------
// TPS 001 of Sepinggan (6471051002), Balikpapan Selatan; located in RW 3 (every RT) and RT 2 of
// RW 4; the nearest TPS of the village for RW 7, which has none of its own.
constexpr tps_code here = *tps_code::from_number(6471051002001ULL);
constexpr tps_code next_door = *tps_code::from_number(6471051002002ULL);         // same village
constexpr tps_code same_rw = *tps_code::from_number(6471051002003ULL);           // also in RW 3
constexpr tps_code sepinggan_village_other = *tps_code::from_number(6471051001005ULL);  // same kecamatan
constexpr tps_code balikpapan_utara = *tps_code::from_number(6471031001004ULL);  // same city, other kecamatan
constexpr tps_code samarinda = *tps_code::from_number(6472011001007ULL);         // same province
constexpr tps_code bandung = *tps_code::from_number(3273011001003ULL);           // another province
constexpr address_area home{6471051002, 3, 5};
constexpr address_area rw_7{6471051002, 7, 1};       // served here only as the nearest TPS
constexpr address_area elsewhere{6471051006, 3, 5};  // Gunungbahagia

// Dapils of Kalimantan Timur for Pemilu 2024 (sources in docs/sources.md): one DPR dapil for the
// province; DPRD Kaltim: Samarinda and Balikpapan each a dapil of their own; DPRD Kota
// Balikpapan: one dapil per kecamatan.
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
constexpr dapil_table kaltim{kaltim_lines};
static_assert(kaltim.dapil_of(kontes::pdpr, here) == std::string_view{"Kalimantan Timur"});
static_assert(kaltim.dapil_of(kontes::pdprdk, here) == std::string_view{"Balikpapan Selatan"});
static_assert(!kaltim.dapil_of(kontes::pdprdk, samarinda).has_value());  // not given: unknown, not a guess
static_assert(!kaltim.dapil_of(kontes::pdpr, bandung).has_value());
// The most specific line wins: a TPS line before its kecamatan's.
constexpr std::array<dapil_entry, 2> nested_lines{{
    {kontes::pdprdk, region_level::district, 647105, "Balikpapan Selatan"},
    {kontes::pdprdk, region_level::tps, 6471051002001ULL, "a special TPS"},
}};
static_assert(dapil_table{nested_lines}.dapil_of(kontes::pdprdk, here) == std::string_view{"a special TPS"});
static_assert(dapil_table{nested_lines}.dapil_of(kontes::pdprdk, next_door) == std::string_view{"Balikpapan Selatan"});

// ---- the moving form: the ballots a move entitles -------------------------------------------------
template <class R>
constexpr kontes_set by_areas(tps_code from, tps_code to = here) {
    return moving_form::by_areas<R>(from, to, kaltim).ballots();
}
// Pemilu 2024: Samarinda -> Balikpapan keeps the DPR ballot (Kalimantan Timur is one DPR dapil),
// loses DPRD Provinsi (two dapils) and DPRD Kota (another city).
static_assert(by_areas<pemilu_2024>(samarinda) == kontes_set{kontes::ppwp, kontes::pdpr, kontes::pdpd});
// Balikpapan Utara -> Balikpapan Selatan: two DPRD Kota dapils: the DPRD Kota ballot is lost.
static_assert(by_areas<pemilu_2024>(balikpapan_utara) ==
              kontes_set{kontes::ppwp, kontes::pdpr, kontes::pdpd, kontes::pdprdp});
// Within the kecamatan: every ballot.
static_assert(by_areas<pemilu_2024>(sepinggan_village_other) == pemilu_2024::kontes_held.value);
// Another province: the presidential ballot only (no table line needed for Jawa Barat: a DPR
// dapil lies within one province).
static_assert(by_areas<pemilu_2024>(bandung) == kontes_set{kontes::ppwp});
// Pilkada 2024: the electoral area of each race is its region.
static_assert(by_areas<pilkada_2024>(balikpapan_utara) == pilkada_2024::kontes_held.value);
static_assert(by_areas<pilkada_2024>(samarinda) == kontes_set{kontes::pkwkp});
static_assert(by_areas<pilkada_2024>(bandung).empty());
static_assert(moving_form::by_areas<pilkada_2024>(samarinda, here).ballots() == kontes_set{kontes::pkwkp});  // no table
static_assert(moving_form::as_written(samarinda, here, {kontes::ppwp, kontes::pdpd}).ballots() ==
              kontes_set{kontes::ppwp, kontes::pdpd});
static_assert(moving_form::as_written(samarinda, here, {}).how() == moving_form::source::written);
static_assert(moving_form::by_areas<pilkada_2024>(samarinda, here).how() == moving_form::source::areas);

template <class R>
constexpr tps_state tps_at(clock_time now, count_rep left = 50) {
    tps_state t{.code = here, .area = tps_area{6471051002, {{3, 0}, {4, 2}}}, .contests = R::kontes_held.value,
                .now = now, .nearest_in_village = next_door};
    t.area.add_nearest_for(7, 0);
    for (auto k : all_kontes) t.set_left(k, R::kontes_held.value.contains(k) ? left : 0);
    return t;
}
constexpr arrival dpt_voter(clock_time at, document_set docs = {document::ktp_el, document::c_pemberitahuan},
                            std::string_view id = "6471051203900001") {
    return {.nik = id, .documents = docs, .listed = voter_list::dpt, .listed_at = here, .address = home, .arrived = at};
}
template <class R>
constexpr arrival moved_in(tps_code from, clock_time at, document_set docs = {document::ktp_el, document::form_a_pindah}) {
    return {.nik = "6471054107900002",
            .documents = docs,
            .listed = voter_list::dptb,
            .form_a = moving_form::by_areas<R>(from, here, kaltim),
            .arrived = at};
}
constexpr arrival unregistered(clock_time at, document_set docs = {document::ktp_el}, address_area where = home,
                               std::string_view id = "6471051203900001", bool married = false) {
    return {.nik = id, .documents = docs, .address = where, .married = married, .arrived = at};
}

template <class R>
constexpr reason why(const tps_state& t, const arrival& a) {
    return decide<R>(t, a).why;
}
template <class R>
constexpr kontes_set ballots(const tps_state& t, const arrival& a) {
    return decide<R>(t, a).ballots;
}

// Paths that are the same in both regimes.
template <class R>
constexpr bool common_paths() {
    constexpr clock_time morning{8, 0}, noon{12, 10};
    // A NIK that fails the shape check is a data-entry finding, not a refusal: the list decides
    // a registered voter; a person on no list is decided by the document's birth date, and
    // without it waits until the NIK is copied again.
    constexpr auto mistyped = "6471053102900001";  // 31 February
    static_assert(why<R>(tps_at<R>(morning), dpt_voter(morning, {document::ktp_el}, mistyped)) == reason::admit_dpt);
    static_assert(decide<R>(tps_at<R>(morning), dpt_voter(morning, {document::ktp_el}, mistyped)).nik_finding ==
                  nik_error::no_such_date);
    static_assert(decide<R>(tps_at<R>(morning), dpt_voter(morning, {document::ktp_el}, mistyped)).nik_finding_at == 6);
    static_assert(!decide<R>(tps_at<R>(morning), dpt_voter(morning, {document::ktp_el}, mistyped)).finding.en.empty());
    static_assert(decide<R>(tps_at<R>(morning), dpt_voter(morning)).nik_finding == nik_error::none);
    static_assert(why<R>(tps_at<R>(noon), unregistered(noon, {document::ktp_el}, home, mistyped)) ==
                  reason::pending_copy_nik);
    static_assert(decide<R>(tps_at<R>(noon), unregistered(noon, {document::ktp_el}, home, "64710512")).kind ==
                  decision_kind::pending);
    constexpr arrival mistyped_with_birth_date = [] {
        auto a = unregistered({12, 10}, {document::ktp_el}, home, "6471053102900001");
        a.birth_date = civil_date{1990, 2, 3};
        return a;
    }();
    static_assert(why<R>(tps_at<R>(noon), mistyped_with_birth_date) == reason::admit_dpk);
    static_assert(decide<R>(tps_at<R>(noon), mistyped_with_birth_date).nik_finding == nik_error::no_such_date);
    // The document's birth date decides over the NIK's (a proxy): born 2010 by the NIK, 1990 by the KTP-el.
    constexpr arrival proxy_says_child = [] {
        auto a = unregistered({12, 10}, {document::ktp_el}, home, "6471050101100003");
        a.birth_date = civil_date{1990, 1, 1};
        return a;
    }();
    static_assert(why<R>(tps_at<R>(noon), proxy_says_child) == reason::admit_dpk);
    // The clock: before opening, after closing, the closing queue.
    static_assert(why<R>(tps_at<R>({6, 45}), dpt_voter({6, 40})) == reason::wait_not_open);
    static_assert(decide<R>(tps_at<R>({6, 45}), dpt_voter({6, 40})).until == clock_time{7, 0});
    static_assert(why<R>(tps_at<R>({13, 5}), dpt_voter({13, 2})) == reason::refuse_closed);
    static_assert(why<R>(tps_at<R>({13, 0}), dpt_voter({13, 0})) == reason::refuse_closed);
    static_assert(why<R>(tps_at<R>({13, 20}), dpt_voter({12, 58})) == reason::admit_closing_queue);
    static_assert(decide<R>(tps_at<R>({13, 20}), dpt_voter({12, 58})).advice == message_of<R>(reason::admit_dpt));
    // A DPK voter who registered (joined the queue) at 12:50 is still served after 13:00.
    static_assert(why<R>(tps_at<R>({13, 10}), unregistered({12, 50})) == reason::admit_closing_queue);
    // DPT.
    static_assert(why<R>(tps_at<R>(morning), dpt_voter(morning)) == reason::admit_dpt);
    static_assert(ballots<R>(tps_at<R>(morning), dpt_voter(morning)) == R::kontes_held.value);
    static_assert(why<R>(tps_at<R>(morning), dpt_voter(morning, {document::ktp_el})) ==
                  reason::admit_dpt);  // no C6 needed
    static_assert(why<R>(tps_at<R>(morning), dpt_voter(morning, {document::suket})) == reason::admit_dpt);
    static_assert(why<R>(tps_at<R>(morning), dpt_voter(morning, {document::c_pemberitahuan})) ==
                  reason::refuse_no_identity_document);
    constexpr arrival dpt_elsewhere{.nik = "6471051203900001", .documents = {document::ktp_el},
                                    .listed = voter_list::dpt, .listed_at = next_door, .address = home,
                                    .arrived = {8, 0}};
    static_assert(why<R>(tps_at<R>(morning), dpt_elsewhere) == reason::refuse_wrong_tps);
    // Ballots run out for a registered voter: the KPPS fetches them from the nearest TPS.
    static_assert(why<R>(tps_at<R>(morning, 0), dpt_voter(morning)) == reason::pending_fetch_ballots);
    static_assert(decide<R>(tps_at<R>(morning, 0), dpt_voter(morning)).kind == decision_kind::pending);
    static_assert(decide<R>(tps_at<R>(morning, 0), dpt_voter(morning)).basis == R::registered_ballots_run_out_basis);
    static_assert(why<R>(tps_state{.code = here, .now = morning}, dpt_voter(morning)) == reason::refuse_no_contest_here);
    // DPTb: the moving form, its destination, its ballots.
    static_assert(why<R>(tps_at<R>(noon), moved_in<R>(balikpapan_utara, noon, {document::form_a_pindah})) ==
                  reason::refuse_no_identity_document);
    constexpr arrival without_form{.nik = "6471054107900002",
                                   .documents = {document::ktp_el, document::form_a_pindah},
                                   .listed = voter_list::dptb, .listed_at = here, .arrived = {12, 10}};
    static_assert(why<R>(tps_at<R>(noon), without_form) == reason::refuse_no_form_a);
    constexpr arrival wrong_destination{.nik = "6471054107900002", .documents = {document::ktp_el},
                                        .listed = voter_list::dptb,
                                        .form_a = moving_form::as_written(balikpapan_utara, next_door, R::kontes_held.value),
                                        .arrived = {11, 30}};
    static_assert(why<R>(tps_at<R>({11, 30}), wrong_destination) == reason::refuse_wrong_tps);
    static_assert(why<R>(tps_at<R>(noon), moved_in<R>(sepinggan_village_other, noon)) == reason::admit_dptb);
    static_assert(ballots<R>(tps_at<R>(noon), moved_in<R>(sepinggan_village_other, noon)) == R::kontes_held.value);
    static_assert(decide<R>(tps_at<R>(noon), moved_in<R>(sepinggan_village_other, noon)).basis == R::contest_areas.basis);
    // As written: the KPPS issues what the form says, intersected with the contests held here.
    constexpr kontes_set one_written{all_kontes[static_cast<std::size_t>(R::kontes_held.value.contains(kontes::ppwp) ? 0 : 5)]};
    constexpr arrival written{.nik = "6471054107900002", .documents = {document::ktp_el},
                              .listed = voter_list::dptb,
                              .form_a = moving_form::as_written(samarinda, here, one_written), .arrived = {12, 10}};
    static_assert(ballots<R>(tps_at<R>(noon), written) == one_written);
    // The moving window is advice in both regimes: served early, with a note.
    static_assert(why<R>(tps_at<R>({9, 0}), moved_in<R>(sepinggan_village_other, {9, 0})) == reason::admit_dptb);
    static_assert(decide<R>(tps_at<R>({9, 0}), moved_in<R>(sepinggan_village_other, {9, 0})).advice ==
                  advice_of<R>(advice::dptb_early));
    static_assert(decide<R>(tps_at<R>({9, 0}), moved_in<R>(sepinggan_village_other, {9, 0})).advice_basis ==
                  R::dptb_window.basis);
    static_assert(decide<R>(tps_at<R>({11, 30}), moved_in<R>(sepinggan_village_other, {11, 30})).advice.en.empty());
    // A moved-in voter whose ballots have run out: fetched, like a registered voter's.
    static_assert(why<R>(tps_at<R>(noon, 0), moved_in<R>(sepinggan_village_other, noon)) ==
                  reason::pending_fetch_ballots);
    // DPK: address, age, the last hour, ballots.
    static_assert(why<R>(tps_at<R>(noon), unregistered(noon)) == reason::admit_dpk);
    static_assert(ballots<R>(tps_at<R>(noon), unregistered(noon)) == R::kontes_held.value);
    static_assert(why<R>(tps_at<R>(noon), unregistered(noon, {document::ktp_el}, {6471051002, 4, 2})) ==
                  reason::admit_dpk);
    static_assert(why<R>(tps_at<R>(noon), unregistered(noon, {document::ktp_el}, {6471051002, 4, 3})) ==
                  reason::refuse_outside_area);
    static_assert(why<R>(tps_at<R>(noon), unregistered(noon, {document::ktp_el}, elsewhere)) ==
                  reason::refuse_outside_area);
    static_assert(why<R>(tps_at<R>({11, 45}), unregistered({11, 45}, {document::ktp_el}, elsewhere)) ==
                  reason::refuse_outside_area);  // refused, not told to wait
    static_assert(why<R>(tps_at<R>(noon), unregistered(noon, {document::c_pemberitahuan})) ==
                  reason::refuse_no_identity_document);
    static_assert(why<R>(tps_at<R>({11, 45}), unregistered({11, 45})) == reason::wait_dpk_window);
    static_assert(decide<R>(tps_at<R>({11, 45}), unregistered({11, 45})).until == clock_time{12, 0});
    static_assert(why<R>(tps_at<R>({12, 0}), unregistered({11, 45})) == reason::admit_dpk);
    static_assert(why<R>(tps_at<R>(noon), unregistered(noon, {document::ktp_el}, home, "6471050101100003")) ==
                  reason::refuse_not_eligible);
    static_assert(why<R>(tps_at<R>(noon), unregistered(noon, {document::ktp_el}, home, "6471050101100003", true)) ==
                  reason::admit_dpk);
    // Replacement ballots: one, not two; only for a ballot held; only while a ballot is left.
    constexpr kontes k = R::kontes_held.value.contains(kontes::ppwp) ? kontes::ppwp : kontes::pkwkp;
    static_assert(decide_replacement<R>(k, true, 0, 10).why == reason::admit_replacement);
    static_assert(decide_replacement<R>(k, true, 0, 10).ballots == kontes_set{k});
    static_assert(decide_replacement<R>(k, true, 1, 10).why == reason::refuse_second_replacement);
    static_assert(decide_replacement<R>(k, false, 0, 10).why == reason::refuse_no_ballot_held);
    static_assert(decide_replacement<R>(k, true, 0, 0).why == reason::refuse_no_replacement_stock);
    // A second vote is refused on the prohibition; the PSU article is cited as its consequence.
    static_assert(refuse_second_vote<R>().basis == R::multiple_voting_prohibition);
    static_assert(refuse_second_vote<R>().advice_basis == R::psu_multiple_voting_threshold.basis);
    static_assert(refuse_second_vote<R>().basis != R::psu_multiple_voting_threshold.basis);
    // A ballot beyond the entitlement has its own reason and basis.
    constexpr kontes_set held = R::kontes_held.value;
    static_assert(decide_extra_ballot<R>(k, held, {}, {}, 5).why == reason::refuse_beyond_entitlement);
    static_assert(decide_extra_ballot<R>(k, held, {}, {}, 5).basis == R::moved_beyond_entitlement_basis);
    static_assert(decide_extra_ballot<R>(k, held, kontes_set{k}, kontes_set{k}, 5).why == reason::refuse_already_voted);
    static_assert(decide_extra_ballot<R>(k, held, kontes_set{k}, {}, 5).why == reason::admit_extra_ballot);
    static_assert(decide_extra_ballot<R>(k, held, kontes_set{k}, {}, 0).why == reason::pending_fetch_ballots);
    static_assert(decide_extra_ballot<R>(k, {}, kontes_set{k}, {}, 5).why == reason::refuse_no_contest_here);
    // Every decision carries its basis and both messages.
    static_assert(!decide<R>(tps_at<R>(noon), unregistered(noon)).basis.empty());
    static_assert(decide<R>(tps_at<R>(noon), unregistered(noon)).basis == R::dpk_address_documents.basis);
    static_assert(decide_replacement<R>(k, true, 1, 10).basis == R::replacement_ballots_per_voter.basis);
    return true;
}
static_assert(common_paths<pilkada_2024>());
static_assert(common_paths<pemilu_2024>());

// ---- where the regimes differ -----------------------------------------------------------------
constexpr clock_time half_past_eleven{11, 30};
// Samarinda -> Balikpapan: Pilkada gives the governor ballot only; Pemilu the presidential, DPR
// and DPD ballots.
static_assert(ballots<pilkada_2024>(tps_at<pilkada_2024>(half_past_eleven),
                                    moved_in<pilkada_2024>(samarinda, half_past_eleven)) == kontes_set{kontes::pkwkp});
static_assert(ballots<pemilu_2024>(tps_at<pemilu_2024>(half_past_eleven),
                                   moved_in<pemilu_2024>(samarinda, half_past_eleven)) ==
              kontes_set{kontes::ppwp, kontes::pdpr, kontes::pdpd});
// Balikpapan Utara -> Balikpapan Selatan in Pemilu: no DPRD Kota ballot.
static_assert(!ballots<pemilu_2024>(tps_at<pemilu_2024>(half_past_eleven),
                                    moved_in<pemilu_2024>(balikpapan_utara, half_past_eleven))
                   .contains(kontes::pdprdk));
// From another province: refused in Pilkada (at once, not told to wait); the presidential ballot in Pemilu.
static_assert(why<pilkada_2024>(tps_at<pilkada_2024>(half_past_eleven),
                                moved_in<pilkada_2024>(bandung, half_past_eleven)) == reason::refuse_moved_other_province);
static_assert(why<pilkada_2024>(tps_at<pilkada_2024>({9, 0}), moved_in<pilkada_2024>(bandung, {9, 0})) ==
              reason::refuse_moved_other_province);
static_assert(ballots<pemilu_2024>(tps_at<pemilu_2024>(half_past_eleven),
                                   moved_in<pemilu_2024>(bandung, half_past_eleven)) == kontes_set{kontes::ppwp});
// Daerah Istimewa Yogyakarta holds no governor race: a move from Sleman to Bantul (same
// province) leaves no ballot at a Bantul TPS: "no such contest here", not "another province".
constexpr tps_code sleman = *tps_code::from_number(3404011001001ULL);
constexpr tps_code bantul = *tps_code::from_number(3402011001001ULL);
constexpr tps_state bantul_tps = [] {
    tps_state t{.code = bantul, .area = tps_area{3402011001, {{1, 0}}}, .contests = kontes_set{kontes::pkwkk},
                .now = {11, 30}};
    t.set_left(kontes::pkwkk, 50);
    return t;
}();
constexpr arrival from_sleman{.nik = "3404014107900002", .documents = {document::ktp_el},
                              .listed = voter_list::dptb,
                              .form_a = moving_form::by_areas<pilkada_2024>(sleman, bantul), .arrived = {11, 30}};
static_assert(from_sleman.form_a->ballots() == kontes_set{kontes::pkwkp});
static_assert(why<pilkada_2024>(bantul_tps, from_sleman) == reason::refuse_moved_no_contest_here);
static_assert(decide<pilkada_2024>(bantul_tps, from_sleman).basis == pilkada_2024::kontes_held.basis);
// Registered voters' documents in Pilkada include Biodata Penduduk, KK and IKD (never fewer
// than an unregistered voter's); in Pemilu KTP-el or suket.
static_assert(why<pilkada_2024>(tps_at<pilkada_2024>({8, 0}), dpt_voter({8, 0}, {document::biodata_penduduk})) ==
              reason::admit_dpt);
static_assert(why<pilkada_2024>(tps_at<pilkada_2024>({8, 0}), dpt_voter({8, 0}, {document::ikd})) == reason::admit_dpt);
static_assert(why<pilkada_2024>(tps_at<pilkada_2024>({8, 0}), dpt_voter({8, 0}, {document::kk})) == reason::admit_dpt);
static_assert(why<pemilu_2024>(tps_at<pemilu_2024>({8, 0}), dpt_voter({8, 0}, {document::biodata_penduduk})) ==
              reason::refuse_no_identity_document);
static_assert(pilkada_2024::identity_documents.value.includes(pilkada_2024::dpk_address_documents.value));
static_assert(pemilu_2024::identity_documents.value.includes(pemilu_2024::dpk_address_documents.value));
static_assert(pilkada_2024::identity_documents.basis.article == "Pasal 19");
// A DPK voter with only the KK: accepted by address in Pilkada (Keputusan KPU 799/2024), not in Pemilu.
static_assert(why<pilkada_2024>(tps_at<pilkada_2024>({12, 10}), unregistered({12, 10}, {document::kk})) ==
              reason::admit_dpk);
static_assert(why<pilkada_2024>(tps_at<pilkada_2024>({12, 10}), unregistered({12, 10}, {document::ikd})) ==
              reason::admit_dpk);
static_assert(why<pemilu_2024>(tps_at<pemilu_2024>({12, 10}), unregistered({12, 10}, {document::kk})) ==
              reason::refuse_no_identity_document);
// Where a DPK voter may vote: RW 7 has no TPS and this is the nearest of the village. Pemilu
// serves its voters here; Pilkada only at a TPS of their own RT/RW.
static_assert(why<pemilu_2024>(tps_at<pemilu_2024>({12, 10}), unregistered({12, 10}, {document::ktp_el}, rw_7)) ==
              reason::admit_dpk);
static_assert(why<pilkada_2024>(tps_at<pilkada_2024>({12, 10}), unregistered({12, 10}, {document::ktp_el}, rw_7)) ==
              reason::refuse_outside_area);
static_assert(decide<pilkada_2024>(tps_at<pilkada_2024>({12, 10}), unregistered({12, 10}, {document::ktp_el}, rw_7))
                  .basis == pilkada_2024::dpk_area.basis);
// Ballots run out for a DPK voter: Pemilu sends him to the nearest TPS of the village; Pilkada
// only to another TPS of the same RT/RW, and refuses when it knows none.
static_assert(why<pemilu_2024>(tps_at<pemilu_2024>({12, 40}, 0), unregistered({12, 40})) ==
              reason::redirect_nearest_in_village);
static_assert(decide<pemilu_2024>(tps_at<pemilu_2024>({12, 40}, 0), unregistered({12, 40})).redirect_to == next_door);
static_assert(why<pilkada_2024>(tps_at<pilkada_2024>({12, 40}, 0), unregistered({12, 40})) ==
              reason::refuse_dpk_ballots_exhausted);
constexpr tps_state pilkada_out_with_neighbour = [] {
    auto t = tps_at<pilkada_2024>({12, 40}, 0);
    t.other_in_neighbourhood = same_rw;
    return t;
}();
static_assert(why<pilkada_2024>(pilkada_out_with_neighbour, unregistered({12, 40})) == reason::redirect_same_neighbourhood);
static_assert(decide<pilkada_2024>(pilkada_out_with_neighbour, unregistered({12, 40})).redirect_to == same_rw);
// Born 27 Nov 2007: 17 on Pilkada day, 16 on Pemilu day.
static_assert(why<pilkada_2024>(tps_at<pilkada_2024>({12, 10}), unregistered({12, 10}, {document::ktp_el}, home,
                                                                             "6471052711070004")) == reason::admit_dpk);
static_assert(why<pemilu_2024>(tps_at<pemilu_2024>({12, 10}),
                               unregistered({12, 10}, {document::ktp_el}, home, "6471052711070004")) ==
              reason::refuse_not_eligible);
// Legal bases differ: the DPK documents rule.
static_assert(decide<pemilu_2024>(tps_at<pemilu_2024>({12, 10}), unregistered({12, 10})).basis.law == "UU 7/2017");
static_assert(decide<pilkada_2024>(tps_at<pilkada_2024>({12, 10}), unregistered({12, 10})).basis.law ==
              "Keputusan KPU 799/2024");
// One DPK ballot type run out is enough (the voter must get every ballot of the TPS)...
constexpr tps_state one_contest_short() {
    auto t = tps_at<pilkada_2024>({12, 40});
    t.set_left(kontes::pkwkk, 0);
    return t;
}
static_assert(why<pilkada_2024>(one_contest_short(), unregistered({12, 40})) == reason::refuse_dpk_ballots_exhausted);
// ...but a voter moved in from Samarinda needs only the governor ballot, which is left.
static_assert(why<pilkada_2024>(one_contest_short(), moved_in<pilkada_2024>(samarinda, {12, 40})) == reason::admit_dptb);

// ---- the table: every row consistent, every message in the regime's own words -------------------
constexpr bool table_consistent() {
    for (const auto& row : reason_table) {
        const auto prefix = to_string(row.kind);
        if (row.key.substr(0, prefix.size()) != prefix || row.key[prefix.size()] != '.') return false;
        if (row.message.id.empty() || row.message.en.empty()) return false;
        if (basis_of<pemilu_2024>(row.why).empty() || basis_of<pilkada_2024>(row.why).empty()) return false;
    }
    return true;
}
static_assert(table_consistent());
constexpr bool names_no_list_literally(const bilingual& templ) {
    for (const auto& labels : {pemilu_2024::labels.value, pilkada_2024::labels.value})
        if (names_a_list_literally(templ.id, labels) || names_a_list_literally(templ.en, labels)) return false;
    return true;
}
constexpr bool no_template_names_a_list() {
    for (const auto& row : reason_table)
        if (!names_no_list_literally(row.message)) return false;
    for (const auto& a : advice_table)
        if (!names_no_list_literally(a)) return false;
    return true;
}
static_assert(no_template_names_a_list());
static_assert(contains_word(message_of<pilkada_2024>(reason::admit_dpk).id, "DPTb"));
static_assert(!contains_word(message_of<pilkada_2024>(reason::admit_dpk).id, "DPK"));
static_assert(contains_word(message_of<pemilu_2024>(reason::admit_dpk).id, "DPK"));

}  // namespace
