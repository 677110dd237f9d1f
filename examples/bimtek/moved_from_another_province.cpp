// Bimtek case: a moving form from another province.
//
// Pak Hendra, registered in Kota Bandung (Jawa Barat), is on assignment in Balikpapan and shows
// a Form A pindah memilih for TPS 001 Sepinggan. In Pilkada 2024 the governor is elected in the
// province and the mayor in the city: from another province, neither race is his, and voters
// may move only within their province. In Pemilu 2024 the same move kept the presidential
// ballot (one electoral area for the whole country) and nothing else.
#include "bimtek.hpp"

int main() {
    using namespace suara;
    bimtek::story("Pindah memilih dari provinsi lain / Moved in from another province");
    const auto bandung = *tps_code::from_number(3273011001003ULL);
    arrival hendra{.nik = "3273011508850051", .documents = {document::ktp_el, document::form_a_pindah},
                   .listed = voter_list::dptb, .form_a = bimtek::form_a_to_tps_001<pilkada_2024>(bandung),
                   .arrived = {11, 15}};
    bimtek::show_form<pilkada_2024>(*hendra.form_a);
    bimtek::show<pilkada_2024>("11:15", decide<pilkada_2024>(bimtek::tps_001_at<pilkada_2024>({11, 15}), hendra));
    hendra.form_a = bimtek::form_a_to_tps_001<pemilu_2024>(bandung);
    bimtek::show_form<pemilu_2024>(*hendra.form_a);
    bimtek::show<pemilu_2024>("11:15", decide<pemilu_2024>(bimtek::tps_001_at<pemilu_2024>({11, 15}), hendra));
}
