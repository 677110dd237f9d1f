// Claim: a regime whose PSU threshold is zero persons is refused (every report would be a ground).
#include <suara/law/condition_set.hpp>
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>

struct pemilu_2029 : suara::pemilu_2024 {
    static constexpr std::string_view name = "pemilu-2029";
#ifdef SUARA_COMPILE_FAIL
    static constexpr suara::cited<suara::count_rep> psu_multiple_voting_threshold{0, {.law = "UU x/2029"}};
#else
    static constexpr suara::cited<suara::count_rep> psu_multiple_voting_threshold{1, {.law = "UU x/2029"}};
#endif
};
// Everything else, the condition set included, is inherited from Pemilu 2024.

static_assert(suara::requires_psu<pemilu_2029>(suara::incident_report{.memilih_ganda = 1}));
int main() {}
