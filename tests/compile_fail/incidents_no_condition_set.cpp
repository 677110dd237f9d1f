// Claim: a regime without an incident condition set cannot be used to judge incidents; the
// message names the member to declare.
#include <suara/law/condition_set.hpp>
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>

#include "regime_scratch.hpp"

struct from_scratch {
    SUARA_TEST_REGIME_CORE(suara::pilkada_2024)
    SUARA_TEST_REGIME_INCIDENTS(suara::pilkada_2024)
    SUARA_TEST_COPY(suara::pilkada_2024, voting_day)
    SUARA_TEST_COPY(suara::pilkada_2024, minimum_age)
    SUARA_TEST_COPY(suara::pilkada_2024, married_may_vote)
    SUARA_TEST_REGIME_VOTER_BASES(suara::pilkada_2024)
#ifndef SUARA_COMPILE_FAIL
    static constexpr auto incident_conditions = boost::hana::tuple_t<>;
#endif
};

static_assert(suara::check_regime<from_scratch>());  // complete as a regime: only the set is missing
static_assert(!suara::requires_psu<from_scratch>(suara::incident_report{.memilih_ganda = 5}));
int main() {}
