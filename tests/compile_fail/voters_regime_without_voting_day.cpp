// Claim: a regime without a voting day cannot decide admissions (ages are reckoned on it); the
// message names the member to declare.
#include <suara/regimes/pilkada_2024.hpp>
#include <suara/voters/admission.hpp>

#include "regime_scratch.hpp"

struct from_scratch {
    SUARA_TEST_REGIME_CORE(suara::pilkada_2024)
    SUARA_TEST_REGIME_INCIDENTS(suara::pilkada_2024)
#ifndef SUARA_COMPILE_FAIL
    SUARA_TEST_COPY(suara::pilkada_2024, voting_day)
#endif
    SUARA_TEST_COPY(suara::pilkada_2024, minimum_age)
    SUARA_TEST_COPY(suara::pilkada_2024, married_may_vote)
    SUARA_TEST_REGIME_VOTER_BASES(suara::pilkada_2024)
};

int main() {
    using namespace suara;
    constexpr tps_state tps{};
    constexpr arrival who{.nik = "6471051203900001", .documents = {document::ktp_el}};
    return static_cast<int>(decide<from_scratch>(tps, who).kind);
}
