// Bimtek case: a riot that stopped everything.
//
// Pemilu 2024, TPS 001 Sepinggan, 14 February. At 07:30, before the first voter, a brawl
// between two groups spills into the TPS; the police clear the site and the KPPS cannot open.
// Nothing is held that day: a riot (kerusuhan), every stage stopped. The KPPS report says so,
// and that the count, of course, could not take place.
//
// The training question: UU 7/2017 Pasal 374 ayat (2) huruf a names a riot among the grounds of
// a recount. Is this a recount? No. That ground is a riot "yang mengakibatkan penghitungan
// suara tidak dapat dilanjutkan": a count that began and could not go on. Here nothing was
// voted and nothing counted; there is nothing to recount and nothing to re-vote. The law's
// answer is a follow-up vote (pemungutan suara susulan, PSS: Pasal 432), which holds every
// stage later, after a postponement decision. KPU applied the 10 days of the re-vote to it in
// 2024.
//
// The contrast: the same riot at 15:00, in the middle of the count, which could not go on. Then
// the recount ground holds (the law says "dapat", may), and the vote continues from the stage
// that stopped (pemungutan suara lanjutan, PSL).
//
// Under Pilkada 2024 the same riot that stopped everything is a follow-up vote too (UU 1/2015
// Pasal 121); no deadline for it was found in any source read, and suara says so.
#include <suara/incidents/describe.hpp>

#include "bimtek.hpp"

int main() {
    using namespace suara;
    bimtek::story("Kerusuhan menghentikan seluruh tahapan / A riot stopped every stage");
    constexpr incident_report riot_at_0730{.gangguan_jenis = gangguan::kerusuhan,
                                           .gangguan_tahap_terhenti = gangguan_tahap::seluruh,
                                           .hitung_tidak_dapat_dilanjutkan = true};
    // what the law makes of it, checked at compile time
    static_assert(requires_follow_up<pemilu_2024>(riot_at_0730));
    static_assert(!requires_recount<pemilu_2024>(riot_at_0730) && !requires_psu<pemilu_2024>(riot_at_0730));

    std::cout << "-- kerusuhan pukul 07:30, seluruh tahapan terhenti / riot at 07:30, every stage stopped ["
              << pemilu_2024::name << "]\n"
              << describe_incidents<pemilu_2024>(riot_at_0730);
    const rule_info riot = describe<pemilu_2024>(rule_id::recount_riot);
    std::cout << "bukan penghitungan ulang/not a recount: " << to_string(riot.id) << " ("
              << basis_text(riot.basis) << ")\n"
              << "  ID: Tidak ada penghitungan yang terhenti: seluruh tahapan tidak terlaksana, maka pemungutan suara susulan\n"
              << "  EN: No count was interrupted: no stage took place, so a follow-up vote\n\n";

    std::cout << "-- kerusuhan yang sama, seluruh tahapan terhenti / the same riot, every stage stopped ["
              << pilkada_2024::name << "]\n"
              << describe_incidents<pilkada_2024>(riot_at_0730) << '\n';

    constexpr incident_report riot_at_1500{.gangguan_jenis = gangguan::kerusuhan,
                                           .gangguan_tahap_terhenti = gangguan_tahap::sebagian,
                                           .hitung_tidak_dapat_dilanjutkan = true};
    static_assert(requires_recount<pemilu_2024>(riot_at_1500) && requires_continued<pemilu_2024>(riot_at_1500));
    std::cout << "-- pembanding: kerusuhan pukul 15:00, penghitungan tidak dapat dilanjutkan / "
                 "contrast: riot at 15:00, the count could not go on ["
              << pemilu_2024::name << "]\n"
              << describe_incidents<pemilu_2024>(riot_at_1500);
}
