// Claim: an incident condition that does not say what the law makes of it does not compile.
#include <suara/law/condition_set.hpp>
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>

struct closed_count {
    static constexpr suara::rule_id id = suara::rule_id::recount_closed;
#ifndef SUARA_COMPILE_FAIL
    static constexpr suara::outcome result = suara::outcome::recount;
#endif
    template <class R>
    static constexpr suara::citation basis() { return {.law = "UU x/2029", .article = "Pasal 2"}; }
    template <class R>
    static constexpr bool holds(const suara::incident_report& r) { return suara::reported(r.hitung_tertutup); }
};

struct pilkada_2029 : suara::pilkada_2024 {
    static constexpr std::string_view name = "pilkada-2029";
    static constexpr auto incident_conditions = boost::hana::tuple_t<closed_count>;
};

static_assert(suara::check_conditions<pilkada_2029>());
int main() {}
