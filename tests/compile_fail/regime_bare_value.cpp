// Claim: a regime constant given as a bare number, without its legal basis, does not compile.
#include <suara/regimes/pemilu_2024.hpp>
struct pemilu_2029 : suara::pemilu_2024 {
    static constexpr std::string_view name = "pemilu-2029";
#ifdef SUARA_COMPILE_FAIL
    static constexpr suara::count_rep psu_multiple_voting_threshold = 1;
#endif
};
static_assert(suara::check_regime<pemilu_2029>());
int main() {}
