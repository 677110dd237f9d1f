// Claim: a regime whose name is not a command-line token (lower-case letters, digits, '-'), or
// is "auto", does not compile: the name is what `--regime NAME` and the reports say.
#include <suara/regimes/pilkada_2024.hpp>

#include <string_view>

struct pilkada_2029 : suara::pilkada_2024 {
    static constexpr std::string_view name = "pilkada-2029";
};
static_assert(suara::check_regime<pilkada_2029>());
#ifdef SUARA_COMPILE_FAIL
struct spelled_for_people : suara::pilkada_2024 {
    static constexpr std::string_view name = "Pilkada 2029";
};
static_assert(suara::check_regime<spelled_for_people>());
#endif
int main() {}
