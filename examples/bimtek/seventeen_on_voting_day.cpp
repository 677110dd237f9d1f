// Bimtek case: seventeen on voting day, and a married sixteen-year-old.
//
// Rizky was born on 27 November 2007: he turns 17 on Pilkada day, 27 November 2024, and may
// vote (he is on no list, so in the last hour, as an unregistered voter of his RW). On Pemilu
// day, 14 February 2024, he was 16. Dina was born on 10 October 2008 and is married: marriage
// entitles a voter under 17. The rule is the statute's: Perpu 1/2014 Pasal 56 ayat (1) for
// Pilkada (read in the statute's text), UU 7/2017 Pasal 198 ayat (1) for Pemilu (as reported).
#include "bimtek.hpp"

int main() {
    using namespace suara;
    bimtek::story("Genap 17 tahun pada hari pemungutan suara / Seventeen on voting day");
    arrival rizky{.nik = "6471052711070081", .documents = {document::ktp_el}, .address = bimtek::rw_3,
                  .arrived = {12, 5}};
    arrival dina{.nik = "6471055010080082", .documents = {document::ktp_el}, .address = bimtek::rw_3,
                 .married = true, .arrived = {12, 6}};
    bimtek::show<pilkada_2024>("Rizky, 27-11-2007",
                               decide<pilkada_2024>(bimtek::tps_001_at<pilkada_2024>({12, 5}), rizky));
    bimtek::show<pemilu_2024>("Rizky, 27-11-2007",
                              decide<pemilu_2024>(bimtek::tps_001_at<pemilu_2024>({12, 5}), rizky));
    bimtek::show<pilkada_2024>("Dina, 10-10-2008, sudah kawin / married",
                               decide<pilkada_2024>(bimtek::tps_001_at<pilkada_2024>({12, 6}), dina));
    dina.married = false;
    bimtek::show<pilkada_2024>("Dina, 10-10-2008, belum kawin / not married",
                               decide<pilkada_2024>(bimtek::tps_001_at<pilkada_2024>({12, 6}), dina));
}
