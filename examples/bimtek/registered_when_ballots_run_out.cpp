// Bimtek case: ballots run out for a registered voter.
//
// At 12:45 the last presidential ballot of TPS 001 Sepinggan has been used: replacements and a
// few extra unregistered voters ate the reserve. Ibu Sari, on the DPT of TPS 001, arrives with
// her KTP-el. She is not sent away: the allocation counts her, and no rule refuses a registered
// voter because the TPS ran short. The practice Bawaslu Bangka Belitung described for Pemilu
// 2024 is to bring ballots from the nearest TPS; the KPPS records it as an incident, the
// fetched ballots count as received, and Sari votes. (For Pilkada 2024 the same practice is
// expected; no source read says so, and the basis printed says that.)
//
// What suara used to teach, and no longer does: "refuse: no ballots left" for a registered voter.
#include <vector>

#include <suara/voters/day.hpp>

#include "bimtek.hpp"

template <class R>
void one_tps(suara::kontes short_contest) {
    using namespace suara;
    voter_list_of<dpt> dpt_list;
    dpt_list.add({nik::parse("6471055203880051").value(), "Sari", bimtek::rw_3, false, bimtek::tps_001});
    std::vector<contest_setup> contests;
    for (auto k : all_kontes)
        if (R::kontes_held.value.contains(k)) contests.push_back({k, k == short_contest ? 0U : 10U, 3, false});
    polling_station_day<R> day(bimtek::tps_001, tps_area{6471051002, {{3, 0}, {4, 0}}}, dpt_list, {}, contests,
                               bimtek::tps_002);
    const arrival sari{.nik = "6471055203880051", .documents = {document::ktp_el}, .arrived = {12, 45}};
    bimtek::show<R>("12:45 Sari", day.arrive(sari, {12, 45}));
    day.receive_ballots(short_contest, 5, {12, 55});
    std::cout << "12:55 " << to_string(short_contest)
              << ": 5 surat suara diambil dari TPS 002 / 5 ballots fetched from TPS 002\n";
    bimtek::show<R>("12:55 Sari", day.arrive(sari, {12, 55}));
}

int main() {
    bimtek::story("Surat suara habis untuk pemilih terdaftar / Ballots run out for a registered voter");
    one_tps<suara::pemilu_2024>(suara::kontes::ppwp);
    one_tps<suara::pilkada_2024>(suara::kontes::pkwkp);
}
