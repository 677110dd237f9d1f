// Shared scenery of the Bimtek (KPPS technical guidance) examples: one TPS in Balikpapan and a
// way to print a decision. Each example is one training case, told in its own comments.
#ifndef SUARA_EXAMPLES_BIMTEK_HPP
#define SUARA_EXAMPLES_BIMTEK_HPP

#include <iostream>
#include <string_view>

#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>
#include <suara/voters/admission.hpp>
#include <suara/voters/describe.hpp>

namespace bimtek {

// TPS 001 of Kelurahan Sepinggan (6471051002), Kecamatan Balikpapan Selatan, Kota Balikpapan,
// Kalimantan Timur. It serves RW 3 and RW 4; its neighbour in the village is TPS 002.
inline constexpr suara::tps_code tps_001 = *suara::tps_code::from_number(6471051002001ULL);
inline constexpr suara::tps_code tps_002 = *suara::tps_code::from_number(6471051002002ULL);
inline constexpr suara::address_area rw_3{6471051002, 3, 2};

/// The TPS at `now`, holding the regime's contests with `left` ballots of each.
template <class R>
constexpr suara::tps_state tps_001_at(suara::clock_time now, suara::count_rep left = 40) {
    suara::tps_state t{tps_001, suara::tps_area{6471051002, {{3, 0}, {4, 0}}}, R::kontes_held.value, {}, now, tps_002};
    for (auto k : suara::all_kontes) t.set_left(k, R::kontes_held.value.contains(k) ? left : 0);
    return t;
}

inline void story(std::string_view title) { std::cout << "== " << title << " ==\n"; }

template <class R>
void show(std::string_view who, const suara::decision& d) {
    std::cout << "-- " << who << " [" << R::name << "]\n" << suara::describe(d) << '\n';
}

}  // namespace bimtek

#endif  // SUARA_EXAMPLES_BIMTEK_HPP
