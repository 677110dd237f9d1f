// Bimtek case: a moving form from another province.
//
// Pak Hendra, registered in Kota Bandung (Jawa Barat), is on assignment in Balikpapan and shows
// a Form A pindah memilih for TPS 001 Sepinggan. In Pilkada 2024 voters may move only within
// their province: he cannot vote for the governor of Kalimantan Timur or the mayor of
// Balikpapan. In Pemilu 2024 the same form gave him the presidential ballot.
#include "bimtek.hpp"

int main() {
    using namespace suara;
    bimtek::story("Pindah memilih dari provinsi lain / Moved in from another province");
    const auto bandung = *tps_code::from_number(3273011001003ULL);
    arrival hendra{"3273011508850051",
                   {document::ktp_el, document::form_a_pindah},
                   voter_list::dptb,
                   bimtek::tps_001,
                   bandung,
                   {},
                   false,
                   false,
                   {11, 15}};
    bimtek::show<pilkada_2024>("11:15", decide<pilkada_2024>(bimtek::tps_001_at<pilkada_2024>({11, 15}), hendra));
    bimtek::show<pemilu_2024>("11:15", decide<pemilu_2024>(bimtek::tps_001_at<pemilu_2024>({11, 15}), hendra));
}
