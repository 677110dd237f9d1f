// suara — the moving form (Form Model A pindah memilih) and the ballots it entitles.
// Distributed under the Boost Software License, Version 1.0.
//
// A moved voter receives the ballots of the contests whose electoral area holds both the TPS of
// origin and the TPS of destination (Pemilu 2024: PPWP always, DPD within the province, DPR and
// DPRD only within the same dapil; Pilkada 2024: the governor within the province, the regent /
// mayor within the regency or city). The form states it: the PPS writes the entitlement on it
// and the KPPS issues what is written. So the entitlement is an input, and there is no other way
// to admit a moved voter than with a `moving_form`, made by one of two named functions:
//
//  - `moving_form::as_written(origin, destination, ballots)`: the ballots written on the form;
//  - `moving_form::by_areas<R>(origin, destination, dapils)`: the ballots the regime's electoral
//    areas give for that move, with the dapils read from the caller's table (regions from the
//    codes, districts only from the table: a contest whose dapil the table does not give is an
//    error, never a guess).
//
// A form cannot be default-constructed, nor made from TPS codes alone (tests/compile_fail).
#ifndef SUARA_VOTERS_MOVING_FORM_HPP
#define SUARA_VOTERS_MOVING_FORM_HPP

#include <cstdint>
#include <stdexcept>
#include <string>

#include <suara/core/dapil.hpp>
#include <suara/core/kontes.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/law/regime.hpp>

namespace suara {

/// Form A (pindah memilih): a voter registered elsewhere moves to a TPS, with the ballots the
/// move entitles; without it a moved-in voter is refused. Made only by as_written or by_areas.
class moving_form {
public:
    /// How the entitlement was established.
    enum class source : std::uint8_t { written, areas };

    /// The form as the PPS wrote it: origin, destination and the ballots written on it.
    [[nodiscard]] static constexpr moving_form as_written(tps_code origin, tps_code destination,
                                                          kontes_set ballots) noexcept {
        return {origin, destination, ballots, source::written};
    }

    /// The ballots regime R gives for a move from `origin` to `destination`: each contest of R
    /// whose electoral area (R::contest_areas) holds both TPS. Regions are read from the codes;
    /// dapils from `dapils`, consulted only when both TPS lie in the region the dapils divide.
    /// Throws std::invalid_argument naming the TPS and the contest when the table has no dapil
    /// for one of them.
    template <regime R>
    [[nodiscard]] static constexpr moving_form by_areas(tps_code origin, tps_code destination,
                                                        const dapil_table& dapils = {}) {
        static_assert(check_regime<R>());
        kontes_set ballots;
        for (auto k : all_kontes) {
            switch (R::contest_areas.value[k]) {
            case electoral_area::not_held: break;
            case electoral_area::nation: ballots.insert(k); break;
            case electoral_area::province:
                if (origin.province() == destination.province()) ballots.insert(k);
                break;
            case electoral_area::regency:
                if (origin.regency() == destination.regency()) ballots.insert(k);
                break;
            case electoral_area::dapil_within_province:
            case electoral_area::dapil_within_regency: {
                // A council's districts divide its own region: across it, never the same dapil.
                const bool same_region = R::contest_areas.value[k] == electoral_area::dapil_within_province
                                             ? origin.province() == destination.province()
                                             : origin.regency() == destination.regency();
                if (!same_region) break;
                const auto from = dapils.dapil_of(k, origin);
                const auto to = dapils.dapil_of(k, destination);
                if (!from || !to) throw std::invalid_argument(missing_dapil(k, from ? destination : origin));
                if (*from == *to) ballots.insert(k);
                break;
            }
            }
        }
        return {origin, destination, ballots, source::areas};
    }

    /// The TPS of the voter's own list.
    [[nodiscard]] constexpr tps_code origin() const noexcept { return origin_; }
    /// The TPS the voter moved to.
    [[nodiscard]] constexpr tps_code destination() const noexcept { return destination_; }
    /// The ballots the form entitles (before intersecting with the contests of the TPS).
    [[nodiscard]] constexpr kontes_set ballots() const noexcept { return ballots_; }
    /// How the entitlement was established.
    [[nodiscard]] constexpr source how() const noexcept { return how_; }

    /// Equal when origin, destination, ballots and source are.
    friend constexpr bool operator==(const moving_form&, const moving_form&) = default;

private:
    constexpr moving_form(tps_code origin, tps_code destination, kontes_set ballots, source how) noexcept
        : origin_{origin}, destination_{destination}, ballots_{ballots}, how_{how} {}
    static std::string missing_dapil(kontes k, tps_code at) {
        return "suara::moving_form::by_areas: the dapil table has no " + std::string{to_string(k)} +
               " district for TPS " + to_string(at);
    }

    tps_code origin_;
    tps_code destination_;
    kontes_set ballots_;
    source how_ = source::written;
};

}  // namespace suara

#endif  // SUARA_VOTERS_MOVING_FORM_HPP
