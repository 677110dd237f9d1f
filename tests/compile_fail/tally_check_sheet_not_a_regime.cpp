// Claim: something that is not a regime, given where check_sheet takes the regime, fails on the
// caller's line as "regime<R> not satisfied", with no error from inside the rules.
#include <suara/regimes/pilkada_2024.hpp>
#include <suara/tally/rules.hpp>
int main() {
    using namespace suara;
    const auto s = sheet::empty(*tps_code::from_number(6471051002001ULL), kontes::pkwkk, 2);
    int findings = 0;
#ifdef SUARA_COMPILE_FAIL
    check_sheet<sheet>(s, [&](const finding&) { ++findings; });  // the sheet's type for the regime
#else
    check_sheet<pilkada_2024>(s, [&](const finding&) { ++findings; });
#endif
    return findings;
}
