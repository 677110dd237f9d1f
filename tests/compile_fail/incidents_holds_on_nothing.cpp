// Claim: an incident condition that holds when nothing was reported does not compile
// ("not reported" is never a ground).
#include <suara/law/condition_set.hpp>
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>

struct no_report_is_suspicious {
    static constexpr suara::rule_id id = suara::rule_id::psu_ballot_box_opened;
    static constexpr suara::outcome result = suara::outcome::psu;
    template <class R>
    static constexpr suara::citation basis() { return {.law = "UU x/2029", .article = "Pasal 3"}; }
    template <class R>
    static constexpr bool holds(const suara::incident_report& r) {
#ifdef SUARA_COMPILE_FAIL
        return !r.kotak_dibuka.has_value();
#else
        return suara::reported(r.kotak_dibuka);
#endif
    }
};

struct pemilu_2029 : suara::pemilu_2024 {
    static constexpr std::string_view name = "pemilu-2029";
    static constexpr auto incident_conditions = boost::hana::tuple_t<no_report_is_suspicious>;
};

static_assert(suara::check_conditions<pemilu_2029>());
int main() {}
