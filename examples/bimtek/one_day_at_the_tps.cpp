// Bimtek case: one (very short) polling-station day, and the results sheet it produces.
//
// TPS 001 Sepinggan, Pilkada 2024, with 5 ballots of each contest for a DPT of 3 and one
// moved-in voter from Samarinda. Budi (DPT, with a disability) votes and spoils his mayor
// ballot, which is replaced once. He then comes back in the afternoon hoping to vote again:
// the same NIK never gets a second ballot of a contest. That is refused because voting more
// than once is forbidden (an offence, UU 10/2016 Pasal 178B as reported); the PSU it could
// cause is its consequence, printed as a note. Rina, moved in from Samarinda, shows her Form A:
// it gives the governor ballot only, and when a KPPS member reaches for a mayor ballot too, the
// day refuses it (a ballot beyond the form is a finding of its own). Agus, on no list, waits
// until 12:00 and is recorded in the attendance list the Pilkada form calls DPTb. At closing the
// KPPS fills the administration section of Model C.Hasil-KWK for each contest: every figure
// comes from the same events, so the sheet adds up by construction.
//
// What this case used to teach, and no longer does: that the PSU article is the basis of
// refusing a second vote, and "DPK" as the name of the Pilkada attendance list.
#include <iostream>
#include <vector>

#include <suara/voters/day.hpp>

#include "bimtek.hpp"

int main() {
    using namespace suara;
    using R = pilkada_2024;
    bimtek::story("Satu hari di TPS / One day at the TPS");
    const auto samarinda = *tps_code::from_number(6472011001007ULL);
    voter_list_of<dpt> dpt_list;
    voter_list_of<dptb> dptb_list;
    dpt_list.add({nik::parse("6471051203900001").value(), "Budi", bimtek::rw_3, true, bimtek::tps_001});
    dpt_list.add({nik::parse("6471054107900002").value(), "Siti", bimtek::rw_3, false, bimtek::tps_001});
    dpt_list.add({nik::parse("6471050404700005").value(), "Joko", bimtek::rw_3, false, bimtek::tps_001});
    dptb_list.add({nik::parse("6472014303950003").value(), "Rina", {}, false, bimtek::tps_001});
    const std::vector<contest_setup> contests{{kontes::pkwkp, 5, 2, false}, {kontes::pkwkk, 5, 3, false}};
    polling_station_day<R> day(bimtek::tps_001, tps_area{6471051002, {{3, 0}, {4, 0}}}, dpt_list, dptb_list, contests,
                               bimtek::tps_002);

    const arrival budi{.nik = "6471051203900001", .documents = {document::ktp_el}, .arrived = {7, 10}};
    bimtek::show<R>("07:10 Budi", day.arrive(budi, {7, 10}));
    (void)day.cast("6471051203900001", kontes::pkwkp, vote::for_candidate(0), {7, 14});
    bimtek::show<R>("07:15 Budi: surat suara wali kota keliru dicoblos / mis-marked mayor ballot",
                    day.replace("6471051203900001", kontes::pkwkk, {7, 15}));
    (void)day.cast("6471051203900001", kontes::pkwkk, vote::for_candidate(2), {7, 17});
    bimtek::show<R>("10:30 Budi lagi / again", day.arrive(budi, {10, 30}));

    const arrival siti{.nik = "6471054107900002", .documents = {document::ktp_el}, .arrived = {8, 0}};
    (void)day.arrive(siti, {8, 0});
    (void)day.cast("6471054107900002", kontes::pkwkp, vote::for_candidate(1), {8, 3});
    (void)day.cast("6471054107900002", kontes::pkwkk, vote::spoilt(), {8, 3});

    const arrival rina{.nik = "6472014303950003", .documents = {document::ktp_el, document::form_a_pindah},
                       .listed = voter_list::dptb, .form_a = bimtek::form_a_to_tps_001<R>(samarinda),
                       .arrived = {11, 10}};
    bimtek::show_form<R>(*rina.form_a);
    bimtek::show<R>("11:10 Rina", day.arrive(rina, {11, 10}));
    bimtek::show<R>("11:11 Rina: surat suara wali kota juga? / a mayor ballot too?",
                    day.hand_out("6472014303950003", kontes::pkwkk, {11, 11}));
    (void)day.cast("6472014303950003", kontes::pkwkp, vote::for_candidate(1), {11, 12});

    const arrival agus{.nik = "6471050912060004", .documents = {document::ktp_el}, .address = bimtek::rw_3,
                       .arrived = {11, 45}};
    bimtek::show<R>("11:45 Agus", day.arrive(agus, {11, 45}));
    bimtek::show<R>("12:00 Agus", day.arrive(agus, {12, 0}));
    (void)day.cast("6471050912060004", kontes::pkwkp, vote::for_candidate(0), {12, 3});
    (void)day.cast("6471050912060004", kontes::pkwkk, vote::for_candidate(0), {12, 3});

    const auto closing = day.close({13, 0});
    for (const auto& s : closing.sheets) {
        std::cout << "Model C.Hasil-KWK " << to_string(s.contest) << " (" << R::labels.value.dpt << '/'
                  << R::labels.value.dptb << '/' << R::labels.value.dpk << ")\n";
        for (std::size_t i = 0; i <= index(field::suara_total); ++i)
            std::cout << "  " << field_names[i] << " = " << s.figures[i] << '\n';
        for (std::size_t i = 0; i < s.candidates; ++i) std::cout << "  suara_" << i + 1 << " = " << s.votes[i] << '\n';
    }
}
