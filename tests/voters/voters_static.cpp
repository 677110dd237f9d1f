// Compile-time tests of the voters area: NIK parsing and eligibility, and every admission and
// replacement decision path, in both regimes where they differ. Building this file is the test.
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>
#include <suara/voters/admission.hpp>
#include <suara/voters/decision.hpp>
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

// ---- the TPS and the people at its door -------------------------------------------------------
// TPS 001 of Sepinggan (6471051002), Balikpapan Selatan; serves RW 3 (every RT) and RT 2 of RW 4.
constexpr tps_code here = *tps_code::from_number(6471051002001ULL);
constexpr tps_code next_door = *tps_code::from_number(6471051002002ULL);         // same village
constexpr tps_code balikpapan_utara = *tps_code::from_number(6471031001004ULL);  // same city
constexpr tps_code samarinda = *tps_code::from_number(6472011001007ULL);         // same province
constexpr tps_code bandung = *tps_code::from_number(3273011001003ULL);           // another province
constexpr address_area home{6471051002, 3, 5};
constexpr address_area elsewhere{6471051006, 3, 5};  // Gunungbahagia

template <class R>
constexpr tps_state tps_at(clock_time now, count_rep left = 50) {
    tps_state t{here, tps_area{6471051002, {{3, 0}, {4, 2}}}, R::kontes_held.value, {}, now, next_door};
    for (auto k : all_kontes) t.set_left(k, R::kontes_held.value.contains(k) ? left : 0);
    return t;
}
constexpr arrival dpt_voter(clock_time at, document_set docs = {document::ktp_el, document::c_pemberitahuan}) {
    return {"6471051203900001", docs, voter_list::dpt, here, {}, home, false, false, at};
}
constexpr arrival moved_in(tps_code from, clock_time at,
                           document_set docs = {document::ktp_el, document::form_a_pindah}) {
    return {"6471054107900002", docs, voter_list::dptb, here, from, {}, false, false, at};
}
constexpr arrival unregistered(clock_time at, document_set docs = {document::ktp_el}, address_area where = home,
                               std::string_view id = "6471051203900001", bool married = false) {
    return {id, docs, std::nullopt, {}, {}, where, married, false, at};
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
    // Identity.
    static_assert(why<R>(tps_at<R>({8, 0}), unregistered({8, 0}, {document::ktp_el}, home, "64710512039000")) ==
                  reason::refuse_invalid_nik);
    // The clock: before opening, after closing, the closing queue.
    static_assert(why<R>(tps_at<R>({6, 45}), dpt_voter({6, 40})) == reason::wait_not_open);
    static_assert(decide<R>(tps_at<R>({6, 45}), dpt_voter({6, 40})).until == clock_time{7, 0});
    static_assert(why<R>(tps_at<R>({13, 5}), dpt_voter({13, 2})) == reason::refuse_closed);
    static_assert(why<R>(tps_at<R>({13, 0}), dpt_voter({13, 0})) == reason::refuse_closed);
    static_assert(why<R>(tps_at<R>({13, 20}), dpt_voter({12, 58})) == reason::admit_closing_queue);
    static_assert(decide<R>(tps_at<R>({13, 20}), dpt_voter({12, 58})).advice == info(reason::admit_dpt).message);
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
    static_assert(why<R>(tps_at<R>(morning), dpt_voter(morning, {document::kk, document::c_pemberitahuan})) ==
                  reason::refuse_no_identity_document);
    constexpr arrival dpt_elsewhere{
        "6471051203900001", {document::ktp_el}, voter_list::dpt, next_door, {}, home, false, false, {8, 0}};
    static_assert(why<R>(tps_at<R>(morning), dpt_elsewhere) == reason::refuse_wrong_tps);
    static_assert(why<R>(tps_at<R>(morning, 0), dpt_voter(morning)) == reason::refuse_no_ballots_left);
    static_assert(why<R>(tps_state{here, {}, {}, {}, morning, {}}, dpt_voter(morning)) ==
                  reason::refuse_no_ballots_left);
    // DPTb: the moving form, its destination.
    static_assert(why<R>(tps_at<R>(noon), moved_in(balikpapan_utara, noon, {document::ktp_el})) ==
                  reason::refuse_no_form_a);
    static_assert(why<R>(tps_at<R>(noon), moved_in(balikpapan_utara, noon, {document::form_a_pindah})) ==
                  reason::refuse_no_identity_document);
    constexpr arrival wrong_destination{"6471054107900002",
                                        {document::ktp_el, document::form_a_pindah},
                                        voter_list::dptb,
                                        next_door,
                                        balikpapan_utara,
                                        {},
                                        false,
                                        false,
                                        {11, 30}};
    static_assert(why<R>(tps_at<R>({11, 30}), wrong_destination) == reason::refuse_wrong_tps);
    static_assert(why<R>(tps_at<R>(noon), moved_in(balikpapan_utara, noon)) == reason::admit_dptb_same_regency);
    static_assert(ballots<R>(tps_at<R>(noon), moved_in(balikpapan_utara, noon)) == R::kontes_held.value);
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
    static_assert(why<R>(tps_at<R>({12, 40}, 0), unregistered({12, 40})) == reason::redirect_ballots_exhausted);
    static_assert(decide<R>(tps_at<R>({12, 40}, 0), unregistered({12, 40})).redirect_to == next_door);
    // Replacement ballots: one, not two; only for a ballot held; only while a ballot is left.
    constexpr kontes k = R::kontes_held.value.contains(kontes::ppwp) ? kontes::ppwp : kontes::pkwkp;
    static_assert(decide_replacement<R>(k, true, 0, 10).why == reason::admit_replacement);
    static_assert(decide_replacement<R>(k, true, 0, 10).ballots == kontes_set{k});
    static_assert(decide_replacement<R>(k, true, 1, 10).why == reason::refuse_second_replacement);
    static_assert(decide_replacement<R>(k, false, 0, 10).why == reason::refuse_no_ballot_held);
    static_assert(decide_replacement<R>(k, true, 0, 0).why == reason::refuse_no_replacement_stock);
    // Every decision carries its basis and both messages.
    static_assert(!decide<R>(tps_at<R>(noon), unregistered(noon)).basis.empty());
    static_assert(decide<R>(tps_at<R>(noon), unregistered(noon)).basis == R::dpk_address_documents.basis);
    static_assert(decide_replacement<R>(k, true, 1, 10).basis == R::replacement_ballots_per_voter.basis);
    return true;
}
static_assert(common_paths<pilkada_2024>());
static_assert(common_paths<pemilu_2024>());

// ---- where the regimes differ -----------------------------------------------------------------
// Moved in from Samarinda (another city of Kalimantan Timur) to Balikpapan: Pilkada gives the
// governor ballot only; Pemilu the presidential and DPD ballots.
constexpr clock_time half_past_eleven{11, 30};
static_assert(why<pilkada_2024>(tps_at<pilkada_2024>(half_past_eleven), moved_in(samarinda, half_past_eleven)) ==
              reason::admit_dptb_same_province);
static_assert(ballots<pilkada_2024>(tps_at<pilkada_2024>(half_past_eleven), moved_in(samarinda, half_past_eleven)) ==
              kontes_set{kontes::pkwkp});
static_assert(ballots<pemilu_2024>(tps_at<pemilu_2024>(half_past_eleven), moved_in(samarinda, half_past_eleven)) ==
              kontes_set{kontes::ppwp, kontes::pdpd});
// From another province: refused in Pilkada, presidential ballot only in Pemilu.
static_assert(why<pilkada_2024>(tps_at<pilkada_2024>(half_past_eleven), moved_in(bandung, half_past_eleven)) ==
              reason::refuse_moved_other_province);
static_assert(why<pilkada_2024>(tps_at<pilkada_2024>({9, 0}), moved_in(bandung, {9, 0})) ==
              reason::refuse_moved_other_province);  // refused at once, not told to wait
static_assert(why<pemilu_2024>(tps_at<pemilu_2024>(half_past_eleven), moved_in(bandung, half_past_eleven)) ==
              reason::admit_dptb_other_province);
static_assert(ballots<pemilu_2024>(tps_at<pemilu_2024>(half_past_eleven), moved_in(bandung, half_past_eleven)) ==
              kontes_set{kontes::ppwp});
// The moved-in window binds in Pilkada (wait until 11:00) and is advice in Pemilu (served, with a note).
static_assert(why<pilkada_2024>(tps_at<pilkada_2024>({9, 0}), moved_in(samarinda, {9, 0})) == reason::wait_dptb_window);
static_assert(decide<pilkada_2024>(tps_at<pilkada_2024>({9, 0}), moved_in(samarinda, {9, 0})).until ==
              clock_time{11, 0});
static_assert(why<pemilu_2024>(tps_at<pemilu_2024>({9, 0}), moved_in(samarinda, {9, 0})) ==
              reason::admit_dptb_same_province);
static_assert(!decide<pemilu_2024>(tps_at<pemilu_2024>({9, 0}), moved_in(samarinda, {9, 0})).advice.en.empty());
static_assert(decide<pemilu_2024>(tps_at<pemilu_2024>({9, 0}), moved_in(samarinda, {9, 0})).advice_basis ==
              pemilu_2024::dptb_window.basis);
static_assert(decide<pemilu_2024>(tps_at<pemilu_2024>(half_past_eleven), moved_in(samarinda, half_past_eleven))
                  .advice.en.empty());
// A DPK voter with only the KK: accepted by address in Pilkada (KTP-el, KK, Biodata, IKD), not in Pemilu.
static_assert(why<pilkada_2024>(tps_at<pilkada_2024>({12, 10}), unregistered({12, 10}, {document::kk})) ==
              reason::admit_dpk);
static_assert(why<pilkada_2024>(tps_at<pilkada_2024>({12, 10}), unregistered({12, 10}, {document::ikd})) ==
              reason::admit_dpk);
static_assert(why<pemilu_2024>(tps_at<pemilu_2024>({12, 10}), unregistered({12, 10}, {document::kk})) ==
              reason::refuse_no_identity_document);
// Born 27 Nov 2007: 17 on Pilkada day, 16 on Pemilu day.
static_assert(why<pilkada_2024>(tps_at<pilkada_2024>({12, 10}), unregistered({12, 10}, {document::ktp_el}, home,
                                                                             "6471052711070004")) == reason::admit_dpk);
static_assert(why<pemilu_2024>(tps_at<pemilu_2024>({12, 10}),
                               unregistered({12, 10}, {document::ktp_el}, home, "6471052711070004")) ==
              reason::refuse_not_eligible);
// Legal bases differ: the DPK location rule.
static_assert(decide<pemilu_2024>(tps_at<pemilu_2024>({12, 10}), unregistered({12, 10})).basis.law == "UU 7/2017");
static_assert(decide<pilkada_2024>(tps_at<pilkada_2024>({12, 10}), unregistered({12, 10})).basis.law ==
              "Keputusan KPU 799/2024");
// One DPK ballot type run out is enough to redirect (the voter must get every ballot of the TPS).
constexpr tps_state one_contest_short() {
    auto t = tps_at<pilkada_2024>({12, 40});
    t.set_left(kontes::pkwkk, 0);
    return t;
}
static_assert(why<pilkada_2024>(one_contest_short(), unregistered({12, 40})) == reason::redirect_ballots_exhausted);
// ...but a voter moved in from Samarinda needs only the governor ballot, which is left.
static_assert(why<pilkada_2024>(one_contest_short(), moved_in(samarinda, {12, 40})) ==
              reason::admit_dptb_same_province);

// Every row of the table: the kind matches the key's prefix; both messages present.
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

}  // namespace
