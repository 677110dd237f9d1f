// Bimtek case: ballots run out at 12:40 for an unregistered voter.
//
// Turnout at TPS 001 Sepinggan was high; by 12:40 the last mayor ballot has been handed out.
// Ibu Wati, who lives in RW 4 but is on no list, arrives with her KTP-el. Unregistered voters
// are served only while ballots remain. Where she may go then depends on the regime:
//
//  - Pilkada 2024: an unregistered voter may vote only at a TPS located in the RT/RW of her
//    address. If RW 4 has another TPS (here TPS 003), the KPPS sends her there; if not, she
//    cannot vote. The "nearest TPS of the village" is not a Pilkada rule.
//  - Pemilu 2024: the KPPS directs her to the nearest TPS of the same village (here TPS 002).
//
// (A registered voter is never turned away for this: see registered_when_ballots_run_out.)
//
// What this case used to teach, and no longer does: the Pemilu redirect under Pilkada.
#include "bimtek.hpp"

int main() {
    using namespace suara;
    bimtek::story("Surat suara habis pukul 12.40 / Ballots run out at 12:40");
    const arrival wati{.nik = "6471055005850021", .documents = {document::ktp_el}, .address = {6471051002, 4, 1},
                       .arrived = {12, 40}};
    auto pilkada = bimtek::tps_001_at<pilkada_2024>({12, 40});
    pilkada.set_left(kontes::pkwkk, 0);
    bimtek::show<pilkada_2024>("12:40, tanpa TPS lain di RW 4 / no other TPS in RW 4", decide<pilkada_2024>(pilkada, wati));
    pilkada.other_in_neighbourhood = *tps_code::from_number(6471051002003ULL);
    bimtek::show<pilkada_2024>("12:40, TPS 003 juga di RW 4 / TPS 003 also in RW 4", decide<pilkada_2024>(pilkada, wati));
    auto pemilu = bimtek::tps_001_at<pemilu_2024>({12, 40});
    pemilu.set_left(kontes::pdprdk, 0);
    bimtek::show<pemilu_2024>("12:40", decide<pemilu_2024>(pemilu, wati));
}
