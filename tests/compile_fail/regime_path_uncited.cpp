// Claim: a regime whose path after a decision leaves a step uncited does not compile, and the
// message names the member and the step. Here a derived regime gives the PSU a deadline with no
// law behind it.
#include <suara/regimes/pemilu_2024.hpp>

struct pemilu_2029 : suara::pemilu_2024 {
    static constexpr std::string_view name = "pemilu-2029";
    static constexpr suara::decision_path psu_path{
        suara::pemilu_2024::psu_path.proposed_by, suara::pemilu_2024::psu_path.passed_on_by,
        suara::pemilu_2024::psu_path.decided_by, suara::pemilu_2024::psu_path.held_at,
#ifdef SUARA_COMPILE_FAIL
        {suara::time_limit::within_days(7), {.law = ""}}};
#else
        {suara::time_limit::within_days(7), {.law = "UU x/2029", .article = "Pasal 1"}}};
#endif
};

static_assert(suara::check_regime<pemilu_2029>());
int main() {}
