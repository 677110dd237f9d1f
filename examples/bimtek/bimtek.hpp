// Shared scenery of the Bimtek (KPPS technical guidance) examples: one TPS in Balikpapan, the
// dapils of Kalimantan Timur a moving form is read against, and a way to print a decision. Each
// example is one training case, told in its own comments.
#ifndef SUARA_EXAMPLES_BIMTEK_HPP
#define SUARA_EXAMPLES_BIMTEK_HPP

#include <array>
#include <iostream>
#include <string_view>

#include <suara/core/dapil.hpp>
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>
#include <suara/voters/admission.hpp>
#include <suara/voters/describe.hpp>
#include <suara/voters/moving_form.hpp>

namespace bimtek {

// TPS 001 of Kelurahan Sepinggan (6471051002), Kecamatan Balikpapan Selatan, Kota Balikpapan,
// Kalimantan Timur. It serves RW 3 and RW 4; its neighbour in the village is TPS 002.
inline constexpr suara::tps_code tps_001 = *suara::tps_code::from_number(6471051002001ULL);
inline constexpr suara::tps_code tps_002 = *suara::tps_code::from_number(6471051002002ULL);
inline constexpr suara::address_area rw_3{6471051002, 3, 2};

// Dapils of Kalimantan Timur in Pemilu 2024 (sources in docs/sources.md): the province is one DPR
// dapil; Samarinda and Balikpapan are each a DPRD Kaltim dapil of their own; Kota Balikpapan has
// one DPRD Kota dapil per kecamatan. Only what these cases need.
inline constexpr std::array<suara::dapil_entry, 9> kaltim_dapil_lines{{
    {suara::kontes::pdpr, suara::region_level::province, 64, "Kalimantan Timur"},
    {suara::kontes::pdprdp, suara::region_level::regency, 6472, "Kaltim 1 (Kota Samarinda)"},
    {suara::kontes::pdprdp, suara::region_level::regency, 6471, "Kaltim (Kota Balikpapan)"},
    {suara::kontes::pdprdk, suara::region_level::district, 647101, "Balikpapan Timur"},
    {suara::kontes::pdprdk, suara::region_level::district, 647102, "Balikpapan Barat"},
    {suara::kontes::pdprdk, suara::region_level::district, 647103, "Balikpapan Utara"},
    {suara::kontes::pdprdk, suara::region_level::district, 647104, "Balikpapan Tengah"},
    {suara::kontes::pdprdk, suara::region_level::district, 647105, "Balikpapan Selatan"},
    {suara::kontes::pdprdk, suara::region_level::district, 647106, "Balikpapan Kota"},
}};
inline constexpr suara::dapil_table kaltim_dapils{kaltim_dapil_lines};

/// The moving form of a voter moved from `origin` to TPS 001, as regime R's electoral areas and
/// the dapils of Kalimantan Timur give it (what the PPS writes on it).
template <class R>
constexpr suara::moving_form form_a_to_tps_001(suara::tps_code origin) {
    return suara::moving_form::by_areas<R>(origin, tps_001, kaltim_dapils);
}

/// The TPS at `now`, holding the regime's contests with `left` ballots of each.
template <class R>
constexpr suara::tps_state tps_001_at(suara::clock_time now, suara::count_rep left = 40) {
    suara::tps_state t{.code = tps_001, .area = suara::tps_area{6471051002, {{3, 0}, {4, 0}}},
                       .contests = R::kontes_held.value, .now = now, .nearest_in_village = tps_002};
    for (auto k : suara::all_kontes) t.set_left(k, R::kontes_held.value.contains(k) ? left : 0);
    return t;
}

inline void story(std::string_view title) { std::cout << "== " << title << " ==\n"; }

template <class R>
void show(std::string_view who, const suara::decision& d) {
    std::cout << "-- " << who << " [" << R::name << "]\n" << suara::describe(d) << '\n';
}

template <class R>
void show_form(const suara::moving_form& f) {
    std::cout << "[" << R::name << "] " << suara::describe(f) << '\n';
}

}  // namespace bimtek

#endif  // SUARA_EXAMPLES_BIMTEK_HPP
