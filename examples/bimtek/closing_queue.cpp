// Bimtek case: the queue at closing time.
//
// At 13:00 the KPPS chair announces the end of voting. Pak Dedi (DPT) joined the queue at 12:55
// and is still waiting at 13:05: those already present and queuing may still vote. Pak Eko
// arrives at 13:02, after the announcement: he is too late. (For Pilkada 2024 the queue rule is
// expected to be the same as in Pemilu 2024 but was not verified; the basis printed says so.)
#include "bimtek.hpp"

int main() {
    using namespace suara;
    bimtek::story("Antrean saat penutupan / The queue at closing time");
    arrival dedi{.nik = "6471051111800041", .documents = {document::ktp_el}, .listed = voter_list::dpt,
                 .listed_at = bimtek::tps_001, .arrived = {12, 55}};
    arrival eko{.nik = "6471051212810042", .documents = {document::ktp_el}, .listed = voter_list::dpt,
                .listed_at = bimtek::tps_001, .arrived = {13, 2}};
    bimtek::show<pemilu_2024>("Dedi, antre 12:55, dilayani 13:05 / queued 12:55, served 13:05",
                              decide<pemilu_2024>(bimtek::tps_001_at<pemilu_2024>({13, 5}), dedi));
    bimtek::show<pemilu_2024>("Eko, datang 13:02 / arrived 13:02",
                              decide<pemilu_2024>(bimtek::tps_001_at<pemilu_2024>({13, 5}), eko));
    bimtek::show<pilkada_2024>("Dedi, antre 12:55, dilayani 13:05 / queued 12:55, served 13:05",
                               decide<pilkada_2024>(bimtek::tps_001_at<pilkada_2024>({13, 5}), dedi));
}
