// Claim: a list of regimes in which two share a name does not compile: `--regime NAME` and the
// reports name exactly one regime.
#include <suara/regimes/known.hpp>

#include <string_view>

struct pilkada_2029 : suara::pilkada_2024 {
    static constexpr std::string_view name = "pilkada-2029";
};
using renamed = suara::known_regimes_with<pilkada_2029>;
static_assert(renamed::size == 3);
#ifdef SUARA_COMPILE_FAIL
// A derived regime that kept the name of the regime it derives from.
struct pilkada_2024_amended : suara::pilkada_2024 {};
using clash = suara::known_regimes_with<pilkada_2024_amended>;
static_assert(clash::size == 3);
#endif
int main() {}
