// Guide, task 4: define a regime.
// A regime is a struct of cited constants. A hypothetical Pilkada 2029 that keeps everything of
// Pilkada 2024 but caps a TPS at 500 registered voters needs its name and that one constant; the
// library checks at compile time that every member is there, typed and cited.
#include <suara/regimes/pilkada_2024.hpp>
#include <suara/suara.hpp>

#include <iostream>

struct pilkada_2029 : suara::pilkada_2024 {
    static constexpr std::string_view name = "pilkada-2029";
    static constexpr suara::cited<suara::count_rep> tps_capacity{
        500, {.law = "PKPU x/2029 (hypothetical)", .level = suara::confidence::unverified, .note = "guide example"}};
};
static_assert(suara::check_regime<pilkada_2029>());  // a missing or uncited member names itself here

int main() {
    using namespace suara;
    // A sheet with 560 registered DPT voters: within Pilkada 2024's 600, above the new 500.
    auto s = sheet::empty(*tps_code::parse("6471051002001"), kontes::pkwkk, 2);
    s.set(fields::pemilih_dpt_l, 280).set(fields::pemilih_dpt_p, 280).set(fields::pemilih_dpt_j, 560);

    for (bool under_2029 : {false, true}) {
        std::cout << (under_2029 ? pilkada_2029::name : pilkada_2024::name) << ":\n";
        auto print = [](const finding& f) { std::cout << "  " << f.key() << '\n'; };
        if (under_2029) check_sheet<pilkada_2029>(s, print, rule_set{rule_id::tps_capacity});
        else check_sheet<pilkada_2024>(s, print, rule_set{rule_id::tps_capacity});
    }
    // Inherited members behave as before: the same ballots for 523 DPT and 4 DPPh voters.
    std::cout << "ballots for 523 + 4: " << expected_ballots<pilkada_2024>(523, 4) << " and "
              << expected_ballots<pilkada_2029>(523, 4) << '\n';
    // Every rule's basis under the new regime, for a report.
    std::cout << "basis of tps.capacity: " << to_string(describe<pilkada_2029>(rule_id::tps_capacity).basis) << '\n';
}
