// Claim: an incident condition without a citation under the regime does not compile.
#include <suara/law/condition_set.hpp>
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>

struct vote_buying {
    static constexpr suara::rule_id id = suara::rule_id::psu_voter_marked_ballot;
    static constexpr suara::outcome result = suara::outcome::psu;
    template <class R>
    static constexpr suara::citation basis() {
#ifdef SUARA_COMPILE_FAIL
        return {};
#else
        return {.law = "UU x/2029", .article = "Pasal 1"};
#endif
    }
    template <class R>
    static constexpr bool holds(const suara::incident_report& r) { return suara::reported(r.tanda_khusus); }
};

struct pilkada_2029 : suara::pilkada_2024 {
    static constexpr std::string_view name = "pilkada-2029";
    static constexpr auto incident_conditions = boost::hana::tuple_t<vote_buying>;
};

static_assert(suara::requires_psu<pilkada_2029>(suara::incident_report{.tanda_khusus = true}));
int main() {}
