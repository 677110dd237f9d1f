// Bimtek case: a family card (KK) or a Biodata Penduduk instead of a KTP-el.
//
// Ibu Nur, on no list, lives in RW 4 of Sepinggan. Her KTP-el was lost in a house fire; she
// brings the Kartu Keluarga. In Pilkada 2024 the KPU let an unregistered voter vote at the TPS
// of the address on the KTP-el, KK, Biodata Penduduk or IKD (Keputusan KPU 799/2024 as
// summarised): she is served in the last hour and recorded in the attendance list of the
// unregistered voters, which the Pilkada form prints DPTb (Daftar Pemilih Tambahan). Note the
// conflict the basis prints: the statute itself says "KTP-el atau surat keterangan penduduk"
// (Perpu 1/2014 Pasal 57 ayat (2), Pasal 95 ayat (3)).
//
// Her husband Pak Hadi is on the DPT of TPS 001 and lost his KTP-el in the same fire; he brings
// a Biodata Penduduk. A registered voter without a KTP-el may use it (PKPU 17/2024 Pasal 19 ayat
// (2), as reported), and never needs more than an unregistered voter: he is served.
//
// In Pemilu 2024 only the KTP-el or a suket proved identity, for both.
//
// What this case used to teach, and no longer does: that in Pilkada a registered voter with a
// Biodata Penduduk is refused while an unregistered one with a KK is served.
#include "bimtek.hpp"

int main() {
    using namespace suara;
    bimtek::story("KK atau Biodata Penduduk sebagai pengganti KTP-el / A KK or Biodata Penduduk instead of a KTP-el");
    arrival nur{.nik = "6471054808870071", .documents = {document::kk}, .address = {6471051002, 4, 5},
                .arrived = {12, 20}};
    const arrival hadi{.nik = "6471050307850072", .documents = {document::biodata_penduduk},
                       .listed = voter_list::dpt, .listed_at = bimtek::tps_001, .address = {6471051002, 4, 5},
                       .arrived = {9, 15}};
    bimtek::show<pilkada_2024>("12:20 Nur, KK", decide<pilkada_2024>(bimtek::tps_001_at<pilkada_2024>({12, 20}), nur));
    bimtek::show<pilkada_2024>("09:15 Hadi (DPT), Biodata Penduduk",
                               decide<pilkada_2024>(bimtek::tps_001_at<pilkada_2024>({9, 15}), hadi));
    bimtek::show<pemilu_2024>("12:20 Nur, KK", decide<pemilu_2024>(bimtek::tps_001_at<pemilu_2024>({12, 20}), nur));
    bimtek::show<pemilu_2024>("09:15 Hadi (DPT), Biodata Penduduk",
                              decide<pemilu_2024>(bimtek::tps_001_at<pemilu_2024>({9, 15}), hadi));
}
