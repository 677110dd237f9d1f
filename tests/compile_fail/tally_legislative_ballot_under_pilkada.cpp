// Claim: a DPR or DPRD ballot is not judged under a regime that holds no legislative contest
// (Pilkada 2024); the message says so.
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>
#include <suara/tally/legislative_ballot.hpp>
int main() {
    using namespace suara;
    const auto layout = legislative_ballot_layout{kontes::pdpr}.party(party_number{1}, 3);
    const auto b = legislative_ballot{}.punch_party(party_number{1});
#ifdef SUARA_COMPILE_FAIL
    return judge_legislative_ballot<pilkada_2024>(b, layout).valid ? 0 : 1;
#else
    return judge_legislative_ballot<pemilu_2024>(b, layout).valid ? 0 : 1;
#endif
}
