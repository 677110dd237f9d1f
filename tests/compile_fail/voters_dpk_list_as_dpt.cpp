// Claim: a DPK list cannot be given where the DPT is expected (here: the DPT of a polling-station
// day). Mixing the lists is what forces a re-vote; the types keep them apart.
#include <suara/regimes/pilkada_2024.hpp>
#include <suara/voters/day.hpp>
int main() {
    using namespace suara;
    const auto code = *tps_code::from_number(6471051002001ULL);
    voter_list_of<dpt> registered;
    voter_list_of<dptb> moved_in;
    voter_list_of<dpk> unregistered;
    const contest_setup contests[] = {{kontes::pkwkp, 10, 2, false}};
#ifdef SUARA_COMPILE_FAIL
    polling_station_day<pilkada_2024> day(code, tps_area{6471051002, {{3, 0}}}, unregistered, moved_in, contests);
#else
    polling_station_day<pilkada_2024> day(code, tps_area{6471051002, {{3, 0}}}, registered, moved_in, contests);
    (void)unregistered;
#endif
    return day.closed() ? 1 : 0;
}
