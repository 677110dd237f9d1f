// Claim: the last legal day of a re-vote whose deadline no source states cannot be computed in a
// constant expression. Pilkada 2024's PSU deadline is `time_limit::unknown()`: its `last_day` is
// empty, and taking the date out of it does not compile (no number is made up). The control
// computes Pemilu 2024's, which UU 7/2017 Pasal 373 ayat (3) fixes at 10 days.
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>

#ifdef SUARA_COMPILE_FAIL
static_assert(suara::pilkada_2024::psu_path.deadline.value.last_day(suara::pilkada_2024::voting_day.value).value() ==
              suara::civil_date{2024, 12, 7});
#else
static_assert(suara::pemilu_2024::psu_path.deadline.value.last_day(suara::pemilu_2024::voting_day.value).value() ==
              suara::civil_date{2024, 2, 24});
static_assert(!suara::pilkada_2024::psu_path.deadline.value.last_day(suara::pilkada_2024::voting_day.value).has_value());
#endif
int main() {}
