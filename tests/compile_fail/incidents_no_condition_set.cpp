// Claim: a regime without an incident condition set cannot be used to judge incidents.
#include <suara/incidents/condition_set.hpp>

struct pilkada_2029 : suara::pilkada_2024 {
    static constexpr std::string_view name = "pilkada-2029";
};
#ifndef SUARA_COMPILE_FAIL
template <>
struct suara::conditions_of<pilkada_2029> {
    static constexpr auto value = boost::hana::tuple_t<>;
};
#endif

static_assert(!suara::requires_psu<pilkada_2029>(suara::incident_report{.memilih_ganda = 5}));
int main() {}
