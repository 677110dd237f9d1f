// Bimtek case: a voter who is on no list arrives at 11:45.
//
// Pak Agus lives in RT 2 / RW 3 of Sepinggan, Balikpapan, but his name is in neither the DPT nor
// the DPTb of TPS 001: he moved into the RW after the lists were closed. He comes at 11:45 with his
// KTP-el. Unregistered voters ("Pemilih tambahan" in the statute, printed DPTb on the Pilkada
// 2024 form; DPK in Pemilu 2024) may vote only in the last hour, from 12:00, and only at the TPS
// of the RT/RW on their KTP-el. The KPPS asks him to wait, records him in the DPTb attendance
// list at 12:00 and gives him both ballots.
#include "bimtek.hpp"

int main() {
    using namespace suara;
    bimtek::story("Pemilih DPK datang pukul 11.45 / An unregistered voter at 11:45");
    arrival agus{.nik = "6471050912060004", .documents = {document::ktp_el}, .address = bimtek::rw_3,
                 .arrived = {11, 45}};
    bimtek::show<pilkada_2024>("11:45", decide<pilkada_2024>(bimtek::tps_001_at<pilkada_2024>({11, 45}), agus));
    bimtek::show<pilkada_2024>("12:00", decide<pilkada_2024>(bimtek::tps_001_at<pilkada_2024>({12, 0}), agus));
}
