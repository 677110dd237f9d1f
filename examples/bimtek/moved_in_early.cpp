// Bimtek case: a moved-in voter comes at 09:00.
//
// Ibu Maya is registered in Kelurahan Gunungbahagia and moved her vote to TPS 001 Sepinggan;
// both lie in Kecamatan Balikpapan Selatan, so her Form A pindah memilih entitles every ballot
// (Pilkada: the same city; Pemilu: the same DPR, DPRD Kaltim and DPRD Kota dapils). She comes at
// 09:00. Moved-in voters are told to come from 11:00, two hours before the close, in both
// regimes. That time is advice: no source read makes it a gate in either regime, and the
// evidence for it is of the same kind in both (the PKPU 25/2023 resume; Pilkada news reusing
// the Pemilu wording). So she is served at 09:00, and the KPPS tells her of the advice.
//
// What this case used to teach, and no longer does: that in Pilkada 2024 she must be sent away
// until 11:00.
#include "bimtek.hpp"

int main() {
    using namespace suara;
    bimtek::story("Pemilih pindahan datang pukul 09.00 / A moved-in voter at 09:00");
    const auto gunungbahagia = *tps_code::from_number(6471051006005ULL);
    const auto form_pilkada = bimtek::form_a_to_tps_001<pilkada_2024>(gunungbahagia);
    const auto form_pemilu = bimtek::form_a_to_tps_001<pemilu_2024>(gunungbahagia);
    bimtek::show_form<pilkada_2024>(form_pilkada);
    bimtek::show_form<pemilu_2024>(form_pemilu);
    arrival maya{.nik = "6471054402930061", .documents = {document::ktp_el, document::form_a_pindah},
                 .listed = voter_list::dptb, .form_a = form_pilkada, .arrived = {9, 0}};
    bimtek::show<pilkada_2024>("09:00", decide<pilkada_2024>(bimtek::tps_001_at<pilkada_2024>({9, 0}), maya));
    maya.form_a = form_pemilu;
    bimtek::show<pemilu_2024>("09:00", decide<pemilu_2024>(bimtek::tps_001_at<pemilu_2024>({9, 0}), maya));
}
