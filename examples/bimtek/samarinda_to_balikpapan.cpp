// Bimtek case: a voter moved in from Samarinda votes at a Balikpapan TPS.
//
// Ibu Rina is registered in the DPT of Samarinda (Kota Samarinda, 6472) but works in Balikpapan.
// Before the H-30 deadline she obtained Form Model A pindah memilih for TPS 001 Sepinggan. On
// 27 November 2024 Balikpapan elects both the governor of Kalimantan Timur and its mayor, but
// Rina is not a Balikpapan voter: moving to another regency/city of the same province she gets
// the governor ballot only. Moved-in voters are served from 11:00. Handing her a mayor ballot
// would be one of the grounds Bawaslu used for PSU recommendations.
//
// For comparison: in Pemilu 2024 the same move gave the presidential and DPD ballots.
#include "bimtek.hpp"

int main() {
    using namespace suara;
    bimtek::story("Pindahan dari Samarinda di TPS Balikpapan / Moved in from Samarinda to Balikpapan");
    const auto samarinda = *tps_code::from_number(6472011001007ULL);
    arrival rina{"6472014107900002",
                 {document::ktp_el, document::form_a_pindah},
                 voter_list::dptb,
                 bimtek::tps_001,
                 samarinda,
                 {},
                 false,
                 false,
                 {11, 20}};
    bimtek::show<pilkada_2024>("11:20", decide<pilkada_2024>(bimtek::tps_001_at<pilkada_2024>({11, 20}), rina));
    bimtek::show<pemilu_2024>("11:20", decide<pemilu_2024>(bimtek::tps_001_at<pemilu_2024>({11, 20}), rina));
}
