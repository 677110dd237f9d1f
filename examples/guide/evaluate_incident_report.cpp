// Guide, task 3: evaluate an incident report.
// What the KPPS wrote on Model C.Kejadian Khusus at one TPS: one person voted twice, and the
// count was held where the witnesses could not see it. Only what is written counts: an entry not
// reported is never a ground for anything.
#include <suara/incidents/describe.hpp>
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>

#include <iostream>

int main() {
    using namespace suara;
    constexpr incident_report report{.memilih_ganda = 1, .tidak_dapat_disaksikan = true};

    // The conditions are constexpr: what the law makes of a report can be asserted at compile
    // time. One double voter forces a re-vote under Pemilu 2024 but not under Pilkada 2024, whose
    // law says "lebih dari seorang" (more than one); a count the witnesses could not watch is a
    // recount ground under both.
    static_assert(requires_psu<pemilu_2024>(report));
    static_assert(!requires_psu<pilkada_2024>(report));
    static_assert(requires_recount<pilkada_2024>(report) && requires_recount<pemilu_2024>(report));

    // The verdict: the strongest outcome, whether the law obliges it, and every ground that holds.
    constexpr verdict v = judge<pilkada_2024>(report);
    std::cout << "pilkada-2024: " << to_string(v.result) << (v.mandatory ? " (wajib/must)" : " (dapat/may)") << '\n';
    for (const verdict_reason& r : v) std::cout << "  " << r.key << '\n';

    // The same in words, with each ground's legal basis and the path the decision takes.
    std::cout << '\n' << describe_incidents<pemilu_2024>(report);
}
