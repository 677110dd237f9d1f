// suara — the regimes suara ships, as the list that code choosing a regime at run time walks.
// Distributed under the Boost Software License, Version 1.0.
//
// `known_regimes` is what the bulk engine and suara-audit choose from by default; a user
// regime joins it in one line and then runs through both:
//
//     using my_regimes = suara::known_regimes_with<pilkada_2029>;
//     auto result = suara::validate<my_regimes>(batch, suara::regime_choice::named("pilkada-2029"));
//
// Pilkada 2024 comes first and Pemilu 2024 second; as they hold no contest in common, either
// order gives each sheet the regime of its election.
#ifndef SUARA_REGIMES_KNOWN_HPP
#define SUARA_REGIMES_KNOWN_HPP

#include <suara/law/regime_list.hpp>
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>

namespace suara {

/// The regimes suara ships: Pilkada 2024 and Pemilu 2024.
using known_regimes = regime_list<pilkada_2024, pemilu_2024>;
static_assert(known_regimes::holds_every_contest());

/// The regimes suara ships, followed by U... (chosen by name; by contest only for a contest
/// that no regime shipped holds).
template <class... U>
using known_regimes_with = known_regimes::with<U...>;

}  // namespace suara

#endif  // SUARA_REGIMES_KNOWN_HPP
