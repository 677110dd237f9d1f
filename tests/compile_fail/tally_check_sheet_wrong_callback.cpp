// Claim: a check_sheet callback that cannot take a finding fails on the caller's line, with a
// message that names what the callback must take, and no error from inside the rules.
#include <suara/regimes/pilkada_2024.hpp>
#include <suara/tally/rules.hpp>
int main() {
    using namespace suara;
    const auto s = sheet::empty(*tps_code::from_number(6471051002001ULL), kontes::pkwkk, 2);
    int findings = 0;
#ifdef SUARA_COMPILE_FAIL
    check_sheet<pilkada_2024>(s, [&](rule_id) { ++findings; });
#else
    check_sheet<pilkada_2024>(s, [&](const finding&) { ++findings; });
#endif
    return findings;
}
