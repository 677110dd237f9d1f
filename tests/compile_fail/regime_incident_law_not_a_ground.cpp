// Claim: a regime's table of incident articles accepts only incident grounds (rule catalogue
// section B): citing an arithmetic rule there does not compile.
#include <suara/regimes/pilkada_2024.hpp>

struct pilkada_2029 : suara::pilkada_2024 {
    static constexpr std::string_view name = "pilkada-2029";
#ifdef SUARA_COMPILE_FAIL
    static constexpr auto incident_law =
        suara::pilkada_2024::incident_law.with(suara::rule_id::votes_valid_sum, {.law = "UU x/2029", .article = "Pasal 9"});
#else
    static constexpr auto incident_law =
        suara::pilkada_2024::incident_law.with(suara::rule_id::psu_disturbance, {.law = "UU x/2029", .article = "Pasal 9"});
#endif
};
static_assert(suara::check_regime<pilkada_2029>());
static_assert(pilkada_2029::incident_law.basis(suara::rule_id::psu_disturbance).law == "UU x/2029");
int main() {}
