// Bimtek case: a NIK that cannot be right.
//
// Writing the attendance list by hand, a KPPS member copies Ibu Lestari's NIK as
// 6471057102950091: day 71 would be 31 (+40 for a woman) February. Reading the NIK back catches
// it: the birth date does not exist. That is a slip of the pen, not a reason to send Lestari
// home: no rule refuses a voter because a NIK fails a shape check. The document she shows and
// the voter list decide; the KPPS copies the NIK again from her KTP-el.
//
//  - Pak Budi is on the DPT of TPS 001 and his NIK was mistyped too: the list decides, he is
//    served, and the decision carries the data-entry finding.
//  - Lestari is on no list: the KPPS needs her age, which her KTP-el shows; as long as only the
//    mistyped NIK is at hand, the KPPS copies it again first. Copied correctly (a woman born
//    1 February 1995: day 41), she is served in the last hour.
//
// What this case used to teach, and no longer does: that a malformed NIK refuses the voter.
#include "bimtek.hpp"

int main() {
    using namespace suara;
    bimtek::story("NIK salah tulis / A mistyped NIK");
    for (std::string_view text : {"6471057102950091", "647105410295009", "6471054102950091"}) {
        const auto r = nik::parse(text);
        std::cout << text << ": ";
        if (!r) {
            std::cout << to_string(r.error()) << " @" << r.position() << "\n  ID: " << r.message().id
                      << "\n  EN: " << r.message().en << '\n';
        } else {
            const auto n = r.value();
            std::cout << "sah/valid; " << (n.sex() == person_sex::p ? "P" : "L") << ", lahir/born "
                      << to_string(n.birth_date(pilkada_2024::voting_day.value)) << ", wilayah/region "
                      << n.region() << '\n';
        }
    }
    const arrival budi{.nik = "6471053203900091", .documents = {document::ktp_el}, .listed = voter_list::dpt,
                       .listed_at = bimtek::tps_001, .address = bimtek::rw_3, .arrived = {9, 30}};
    bimtek::show<pilkada_2024>("09:30 Budi (DPT)", decide<pilkada_2024>(bimtek::tps_001_at<pilkada_2024>({9, 30}), budi));
    arrival lestari{.nik = "6471057102950091", .documents = {document::ktp_el}, .address = bimtek::rw_3,
                    .arrived = {12, 10}};
    bimtek::show<pilkada_2024>("12:10 Lestari", decide<pilkada_2024>(bimtek::tps_001_at<pilkada_2024>({12, 10}), lestari));
    lestari.nik = "6471054102950091";
    bimtek::show<pilkada_2024>("12:12 Lestari, NIK disalin ulang / NIK copied again",
                               decide<pilkada_2024>(bimtek::tps_001_at<pilkada_2024>({12, 12}), lestari));
}
