// Claim: a regime constant without a citation does not compile.
#include <suara/regimes/pilkada_2024.hpp>
struct pilkada_2029 : suara::pilkada_2024 {
    static constexpr std::string_view name = "pilkada-2029";
#ifdef SUARA_COMPILE_FAIL
    static constexpr suara::cited<suara::count_rep> tps_capacity{500, {}};
#else
    static constexpr suara::cited<suara::count_rep> tps_capacity{500, {.law = "PKPU x/2029"}};
#endif
};
static_assert(suara::check_regime<pilkada_2029>());
int main() {}
