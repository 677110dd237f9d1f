// Bimtek case: an unregistered voter with only the family card (KK).
//
// Ibu Nur, on no list, lives in RW 4 of Sepinggan. Her KTP-el was lost in a house fire; she
// brings the Kartu Keluarga. In Pilkada 2024 an unregistered voter may vote at the TPS of the
// address on the KTP-el, KK, Biodata Penduduk or IKD (Keputusan KPU 799/2024 as reported): she
// is served. In Pemilu 2024 only the KTP-el or a suket entitled an unregistered voter.
#include "bimtek.hpp"

int main() {
    using namespace suara;
    bimtek::story("Pemilih DPK hanya membawa KK / An unregistered voter with only the KK");
    arrival nur{"6471054808870071", {document::kk}, std::nullopt, {}, {}, {6471051002, 4, 5}, false, false, {12, 20}};
    bimtek::show<pilkada_2024>("12:20", decide<pilkada_2024>(bimtek::tps_001_at<pilkada_2024>({12, 20}), nur));
    bimtek::show<pemilu_2024>("12:20", decide<pemilu_2024>(bimtek::tps_001_at<pemilu_2024>({12, 20}), nur));
}
