// Claim: a regime without voter_rules (voting day, voting age, bases) cannot decide admissions;
// the message names what to specialise.
#include <suara/regimes/pilkada_2024.hpp>
#include <suara/voters/admission.hpp>
struct pilkada_2029 : suara::pilkada_2024 {
    static constexpr std::string_view name = "pilkada-2029";
};
int main() {
    using namespace suara;
    constexpr tps_state tps{};
    constexpr arrival who{"6471051203900001", {document::ktp_el}};
#ifdef SUARA_COMPILE_FAIL
    return static_cast<int>(decide<pilkada_2029>(tps, who).kind);
#else
    return static_cast<int>(decide<pilkada_2024>(tps, who).kind);
#endif
}
