// Bimtek case: two people from outside the area were allowed to vote.
//
// In the afternoon rush two people from Kelurahan Gunungbahagia (another village) show their
// KTP-el at TPS 001 Sepinggan. They are on no list. A KPPS member, wanting to be helpful, lets
// them vote. That is what the training warns about: an unregistered person may vote only at the
// TPS of their own RT/RW. What the KPPS should have said is below. And what follows from the
// mistake: in Pilkada 2024 "more than one" such person (two or more) is a ground for a re-vote
// (PSU); in Pemilu 2024 a single one is. Here there were two: a PSU ground in both regimes.
#include "bimtek.hpp"

template <class R>
void psu_threshold() {
    const auto& t = R::psu_unregistered_voting_threshold;
    std::cout << "PSU [" << R::name << "]: " << t.value << " orang/persons; " << suara::basis_text(t.basis) << "\n";
}

int main() {
    using namespace suara;
    bimtek::story("Dua orang tidak terdaftar dibiarkan memilih / Two unregistered people allowed to vote");
    const address_area gunungbahagia{6471051006, 3, 2};
    arrival first{.nik = "6471052205880011", .documents = {document::ktp_el}, .address = gunungbahagia,
                  .arrived = {12, 15}};
    arrival second{.nik = "6471056303920012", .documents = {document::ktp_el}, .address = gunungbahagia,
                   .arrived = {12, 16}};
    bimtek::show<pilkada_2024>("orang pertama / first person",
                               decide<pilkada_2024>(bimtek::tps_001_at<pilkada_2024>({12, 15}), first));
    bimtek::show<pilkada_2024>("orang kedua / second person",
                               decide<pilkada_2024>(bimtek::tps_001_at<pilkada_2024>({12, 16}), second));
    std::cout << "Jika tetap dibiarkan memilih / If they vote anyway:\n";
    psu_threshold<pilkada_2024>();
    psu_threshold<pemilu_2024>();
}
