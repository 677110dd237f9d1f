// Claim: a regime must give an electoral area (which decides a moved voter's ballots) to every
// contest it holds, and to no other.
#include <suara/regimes/pilkada_2024.hpp>

// HYPOTHETICAL: not law.
struct pilkada_2029 : suara::pilkada_2024 {
    static constexpr std::string_view name = "pilkada-2029";
#ifdef SUARA_COMPILE_FAIL
    static constexpr suara::cited<suara::electoral_areas> contest_areas{
        {{suara::kontes::pkwkp, suara::electoral_area::province}}, {.law = "UU x/2029 (hypothetical)"}};
#else
    static constexpr suara::cited<suara::electoral_areas> contest_areas{
        {{suara::kontes::pkwkp, suara::electoral_area::province}, {suara::kontes::pkwkk, suara::electoral_area::regency}},
        {.law = "UU x/2029 (hypothetical)"}};
#endif
};
static_assert(suara::check_regime<pilkada_2029>());
int main() {}
