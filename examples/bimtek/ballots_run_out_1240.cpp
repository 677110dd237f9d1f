// Bimtek case: ballots run out at 12:40.
//
// Turnout at TPS 001 Sepinggan was high; by 12:40 the last mayor ballot has been handed out.
// Ibu Wati, who lives in RW 4 but is on no list, arrives with her KTP-el. Unregistered voters
// are served only while ballots remain; when they run out, the KPPS directs them to the nearest
// TPS in the same village (here TPS 002), which may still have ballots.
#include "bimtek.hpp"

int main() {
    using namespace suara;
    bimtek::story("Surat suara habis pukul 12.40 / Ballots run out at 12:40");
    auto tps = bimtek::tps_001_at<pilkada_2024>({12, 40});
    tps.set_left(kontes::pkwkk, 0);
    arrival wati{
        "6471055005850021", {document::ktp_el}, std::nullopt, {}, {}, {6471051002, 4, 1}, false, false, {12, 40}};
    bimtek::show<pilkada_2024>("12:40", decide<pilkada_2024>(tps, wati));
}
