// Bimtek case: a voter at the wrong TPS.
//
// Pak Joko's family was split between TPS 001 and TPS 002 of Sepinggan when the lists were made.
// His wife votes at TPS 001; Joko's DPT line is at TPS 002. He queues at TPS 001 with his wife.
// A DPT voter votes at the TPS where he is registered: the KPPS sends him to TPS 002.
#include "bimtek.hpp"

int main() {
    using namespace suara;
    bimtek::story("Datang ke TPS yang salah / At the wrong TPS");
    arrival joko{.nik = "6471050505750031", .documents = {document::ktp_el, document::c_pemberitahuan},
                 .listed = voter_list::dpt, .listed_at = bimtek::tps_002, .address = bimtek::rw_3,
                 .arrived = {8, 30}};
    bimtek::show<pilkada_2024>("08:30", decide<pilkada_2024>(bimtek::tps_001_at<pilkada_2024>({8, 30}), joko));
    bimtek::show<pemilu_2024>("08:30", decide<pemilu_2024>(bimtek::tps_001_at<pemilu_2024>({8, 30}), joko));
}
