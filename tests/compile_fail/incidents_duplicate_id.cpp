// Claim: a regime's incident condition set with two conditions of one identifier does not compile.
#include <suara/law/condition_set.hpp>
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>

// A stricter double-voting ground that reuses the catalogue's identifier.
struct any_double_voter : suara::conditions::multiple_voting {
    template <class R>
    static constexpr bool holds(const suara::incident_report& r) noexcept {
        return suara::reported_at_least(r.memilih_ganda, 1);
    }
};

struct pilkada_2029 : suara::pilkada_2024 {
    static constexpr std::string_view name = "pilkada-2029";
#ifdef SUARA_COMPILE_FAIL
    static constexpr auto incident_conditions = boost::hana::tuple_t<suara::conditions::multiple_voting, any_double_voter>;
#else
    static constexpr auto incident_conditions = boost::hana::tuple_t<any_double_voter>;
#endif
};

static_assert(suara::requires_psu<pilkada_2029>(suara::incident_report{.memilih_ganda = 1}));
int main() {}
