// Claim: a user regime that lacks a member fails with a message naming the member.
#include <suara/regimes/pilkada_2024.hpp>
struct pilkada_2029 : suara::pilkada_2024 {
    static constexpr std::string_view name = "pilkada-2029";
};
#ifdef SUARA_COMPILE_FAIL
// A regime written from scratch that forgot the TPS capacity.
struct incomplete {
    static constexpr std::string_view name = "incomplete";
    static constexpr auto labels = suara::pilkada_2024::labels;
};
static_assert(suara::check_regime<incomplete>());
#endif
static_assert(suara::check_regime<pilkada_2029>());
int main() {}
