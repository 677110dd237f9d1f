// Bimtek case: a voter moved in from Samarinda votes at a Balikpapan TPS.
//
// Ibu Rina is registered in the DPT of Samarinda (Kota Samarinda) but works in Balikpapan.
// Before the deadline she obtained a Form Model A pindah memilih for TPS 001 Sepinggan. The form
// says which ballots she is due, and the KPPS hands out exactly those:
//
//  - Pilkada 2024 (27 November): the governor of Kalimantan Timur is elected across the
//    province, the mayor of Balikpapan in the city only. Moving from another city of the same
//    province, she gets the governor ballot, not the mayor ballot.
//  - Pemilu 2024 (14 February): the presidential ballot always; DPD, because she stays in the
//    province; DPR too, because Kalimantan Timur is one DPR dapil. Not DPRD Kaltim (Samarinda and
//    Balikpapan are two DPRD Kaltim dapils) and not DPRD Kota (another city).
//
// Handing her a ballot the form does not give (the mayor ballot, a DPRD ballot) is a finding of
// its own: Bawaslu named it among the grounds of its PSU recommendations in 2024.
//
// What this case used to teach, and no longer does: that in Pemilu 2024 the same move gave only
// the presidential and DPD ballots (the DPR ballot is due: one dapil).
#include "bimtek.hpp"

int main() {
    using namespace suara;
    bimtek::story("Pindahan dari Samarinda di TPS Balikpapan / Moved in from Samarinda to Balikpapan");
    const auto samarinda = *tps_code::from_number(6472011001007ULL);
    arrival rina{.nik = "6472014107900002", .documents = {document::ktp_el, document::form_a_pindah},
                 .listed = voter_list::dptb, .form_a = bimtek::form_a_to_tps_001<pilkada_2024>(samarinda),
                 .arrived = {11, 20}};
    bimtek::show_form<pilkada_2024>(*rina.form_a);
    const auto pilkada_tps = bimtek::tps_001_at<pilkada_2024>({11, 20});
    const auto pilkada = decide<pilkada_2024>(pilkada_tps, rina);
    bimtek::show<pilkada_2024>("11:20", pilkada);
    bimtek::show<pilkada_2024>("11:20 surat suara wali kota? / the mayor ballot?",
                               decide_extra_ballot<pilkada_2024>(kontes::pkwkk, pilkada_tps.contests, pilkada.ballots,
                                                                 pilkada.ballots, pilkada_tps.left(kontes::pkwkk)));

    rina.form_a = bimtek::form_a_to_tps_001<pemilu_2024>(samarinda);
    bimtek::show_form<pemilu_2024>(*rina.form_a);
    const auto pemilu_tps = bimtek::tps_001_at<pemilu_2024>({11, 20});
    const auto pemilu = decide<pemilu_2024>(pemilu_tps, rina);
    bimtek::show<pemilu_2024>("11:20", pemilu);
    bimtek::show<pemilu_2024>("11:20 surat suara DPRD Provinsi? / the DPRD Provinsi ballot?",
                              decide_extra_ballot<pemilu_2024>(kontes::pdprdp, pemilu_tps.contests, pemilu.ballots,
                                                               pemilu.ballots, pemilu_tps.left(kontes::pdprdp)));
}
