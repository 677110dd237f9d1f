// Bimtek case: a DPT voter without the C.Pemberitahuan invitation.
//
// Ibu Siti is in the DPT of TPS 001 but her Model C.Pemberitahuan (the invitation, once called
// "C6") never arrived. She brings only her KTP-el. The invitation is not a condition to vote:
// she is served. Her neighbour brings the invitation but no identity document (no KTP-el, suket,
// KK, Biodata Penduduk or IKD): the invitation alone does not prove identity.
#include "bimtek.hpp"

int main() {
    using namespace suara;
    bimtek::story("Pemilih DPT tanpa C.Pemberitahuan / A DPT voter without the invitation");
    arrival siti{.nik = "6471054107900002", .documents = {document::ktp_el}, .listed = voter_list::dpt,
                 .listed_at = bimtek::tps_001, .arrived = {9, 10}};
    arrival neighbour{.nik = "6471051203900001", .documents = {document::c_pemberitahuan},
                      .listed = voter_list::dpt, .listed_at = bimtek::tps_001, .arrived = {9, 12}};
    bimtek::show<pilkada_2024>("Siti: KTP-el", decide<pilkada_2024>(bimtek::tps_001_at<pilkada_2024>({9, 10}), siti));
    bimtek::show<pilkada_2024>("tetangga/neighbour: C.Pemberitahuan",
                               decide<pilkada_2024>(bimtek::tps_001_at<pilkada_2024>({9, 12}), neighbour));
}
