// Bimtek case: a moved-in voter comes at 09:00.
//
// Ibu Maya moved her vote from Balikpapan Utara to Sepinggan (same city) and comes at 09:00. In
// Pilkada 2024 moved-in voters are served from 11:00, two hours before the close: she is asked
// to come back. In Pemilu 2024 the 11:00 time was guidance, not a gate (whether it was a hard
// limit is unverified): she is served, and told of the advice.
#include "bimtek.hpp"

int main() {
    using namespace suara;
    bimtek::story("Pemilih pindahan datang pukul 09.00 / A moved-in voter at 09:00");
    const auto balikpapan_utara = *tps_code::from_number(6471031001004ULL);
    arrival maya{"6471034402930061",
                 {document::ktp_el, document::form_a_pindah},
                 voter_list::dptb,
                 bimtek::tps_001,
                 balikpapan_utara,
                 {},
                 false,
                 false,
                 {9, 0}};
    bimtek::show<pilkada_2024>("09:00", decide<pilkada_2024>(bimtek::tps_001_at<pilkada_2024>({9, 0}), maya));
    bimtek::show<pemilu_2024>("09:00", decide<pemilu_2024>(bimtek::tps_001_at<pemilu_2024>({9, 0}), maya));
}
