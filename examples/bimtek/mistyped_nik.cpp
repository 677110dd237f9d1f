// Bimtek case: a NIK that cannot be right.
//
// Writing the DPK attendance list by hand, a KPPS member copies Ibu Lestari's NIK as
// 6471057102950091: day 71 would be 31 (+40 for a woman) February. Reading the NIK back catches
// it: the birth date does not exist. Copied correctly (a woman born 1 February 1995: 41), the
// NIK also tells her sex and birth date.
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
    arrival lestari{"6471057102950091", {document::ktp_el}, std::nullopt, {}, {}, bimtek::rw_3, false, false, {12, 10}};
    bimtek::show<pilkada_2024>("12:10", decide<pilkada_2024>(bimtek::tps_001_at<pilkada_2024>({12, 10}), lestari));
}
