// suara — admission at the TPS door: admit, wait, refuse or redirect one arrival.
// Distributed under the Boost Software License, Version 1.0.
//
// `decide<R>(tps, arrival)` is a pure constexpr function of the regime, the TPS as it stands
// (code, area, contests held, the clock, ballots left per contest) and the arrival (NIK,
// documents shown, the list claimed, where the moving form comes from, the time). The order of
// the checks is the order a KPPS member follows: identity, then where the person belongs, then
// the time, then the ballots. So a DPK voter from another village at 11:45 is refused (not told
// to wait), and a Pilkada voter moved in from another province is refused before any window.
//
// Not modelled: the order of service within the queue (in Pemilu 2024 DPT and DPTb voters
// already present go before DPK voters at 12:00, reference §1.2); the caller serves its queue
// in that order.
#ifndef SUARA_VOTERS_ADMISSION_HPP
#define SUARA_VOTERS_ADMISSION_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <stdexcept>
#include <string_view>

#include <suara/core/category.hpp>
#include <suara/core/civil_date.hpp>
#include <suara/core/clock.hpp>
#include <suara/core/count.hpp>
#include <suara/core/document.hpp>
#include <suara/core/kontes.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/regimes/regime.hpp>
#include <suara/voters/decision.hpp>
#include <suara/voters/nik.hpp>
#include <suara/voters/voter_list.hpp>

namespace suara {

/// The neighbourhoods a TPS serves within its village. `rt == 0` stands for every RT of the RW
/// (Pilkada: "RT or RW"). List here too the RT/RW that have no TPS of their own and for which
/// this is the nearest TPS of the village (Pemilu: UU 7/2017 Pasal 349 as reported).
struct tps_area {
    static constexpr std::size_t max_neighbourhoods = 32;
    struct rt_rw {
        std::uint16_t rw = 0;
        std::uint16_t rt = 0;
    };
    std::uint64_t village = 0;
    std::array<rt_rw, max_neighbourhoods> served{};
    std::size_t served_count = 0;

    constexpr tps_area() = default;
    constexpr tps_area(std::uint64_t village_code, std::initializer_list<rt_rw> neighbourhoods)
        : village{village_code} {
        for (auto n : neighbourhoods) add(n.rw, n.rt);
    }
    constexpr tps_area& add(std::uint16_t rw, std::uint16_t rt) {
        if (served_count == max_neighbourhoods) throw std::length_error("suara::tps_area: too many RT/RW");
        served[served_count++] = {rw, rt};
        return *this;
    }
    [[nodiscard]] constexpr bool contains(const address_area& a) const noexcept {
        if (a.village != village) return false;
        for (std::size_t i = 0; i < served_count; ++i)
            if (served[i].rw == a.rw && (served[i].rt == 0 || served[i].rt == a.rt)) return true;
        return false;
    }
};

/// The TPS as it stands when a person arrives.
struct tps_state {
    tps_code code;
    tps_area area;
    /// Contests held here (usually the regime's `kontes_held`).
    kontes_set contests;
    /// Ballots still in hand per contest, indexed by `kontes`.
    std::array<count_rep, kontes_count> ballots_left{};
    /// The clock at the TPS now.
    clock_time now;
    /// The nearest TPS of the same village, where a DPK voter goes when ballots run out.
    std::optional<tps_code> nearest_in_village{};

    [[nodiscard]] constexpr count_rep left(kontes k) const noexcept {
        return ballots_left[static_cast<std::size_t>(k)];
    }
    constexpr tps_state& set_left(kontes k, count_rep n) noexcept {
        ballots_left[static_cast<std::size_t>(k)] = n;
        return *this;
    }
};

/// A person at the TPS door.
struct arrival {
    /// As written on the document shown (viewed, not copied: keep the text alive while deciding).
    std::string_view nik;
    document_set documents;
    /// The list the person is on, as found by the KPPS (or claimed); nullopt or dpk: in no list.
    std::optional<voter_list> listed{};
    /// The TPS of that list line (DPT) or the destination on the Form A (DPTb).
    tps_code listed_at{};
    /// DPTb: the TPS of origin written on the Form A pindah memilih.
    tps_code moved_from{};
    /// The address on the document shown (DPK voters vote where they live).
    address_area address{};
    /// Married or previously married (entitles a voter under the minimum age).
    bool married = false;
    /// A voter with a disability (the form's disability rows; DPT/DPTb lines carry their own).
    bool disabilitas = false;
    /// When the person arrived (joined the queue).
    clock_time arrived{};
};

/// How far a moved-in voter has moved, read from the TPS codes of origin and destination.
enum class move_scope : std::uint8_t { same_regency, same_province, other_province };

[[nodiscard]] constexpr move_scope scope_of_move(tps_code from, tps_code to) noexcept {
    if (from.regency() == to.regency()) return move_scope::same_regency;
    if (from.province() == to.province()) return move_scope::same_province;
    return move_scope::other_province;
}

/// Ballots a moved-in voter receives under R for a move of `scope` (before intersecting with
/// the contests held at the TPS).
template <class R>
[[nodiscard]] constexpr kontes_set moved_in_ballots(move_scope scope) noexcept {
    switch (scope) {
    case move_scope::same_regency: return R::moved_same_regency_ballots.value;
    case move_scope::same_province: return R::moved_same_province_ballots.value;
    case move_scope::other_province: return R::moved_other_province_ballots.value;
    }
    return {};
}

/// Entitled to vote on R's voting day: the minimum age reached, or married (given as input).
template <class R>
[[nodiscard]] constexpr bool eligible_on_voting_day(nik id, bool married) noexcept {
    const civil_date day = R::voting_day.value;
    return age_on(id.birth_date(day), day) >= R::minimum_age.value || (married && R::married_may_vote.value);
}

namespace detail {
template <class R>
constexpr decision waiting(reason r, clock_time until) noexcept {
    auto d = make_decision<R>(r);
    d.until = until;
    return d;
}
/// Registered voters: every entitled contest must have a ballot left (the allocation covers them).
template <class R>
constexpr std::optional<decision> short_of_ballots(const tps_state& tps, kontes_set ballots) noexcept {
    for (auto k : all_kontes)
        if (ballots.contains(k) && tps.left(k) == 0) return make_decision<R>(reason::refuse_no_ballots_left);
    return std::nullopt;
}
}  // namespace detail

/// The KPPS decision for `who` at `tps` under regime R.
template <class R>
[[nodiscard]] constexpr decision decide(const tps_state& tps, const arrival& who) noexcept {
    static_assert(check_regime<R>());
    const auto hours = R::voting_hours.value;

    const auto parsed = nik::parse(who.nik);
    if (!parsed) return make_decision<R>(reason::refuse_invalid_nik);
    if (tps.contests.empty()) return make_decision<R>(reason::refuse_no_ballots_left);

    // The clock. After the close only those already queuing are served (the queue rule); they are
    // treated as if it were the last minute of voting.
    clock_time t = tps.now < who.arrived ? who.arrived : tps.now;
    bool via_queue = false;
    if (t < hours.opens) return detail::waiting<R>(reason::wait_not_open, hours.opens);
    if (hours.after(t)) {
        if (!R::closing_queue_rule.value || hours.after(who.arrived)) return make_decision<R>(reason::refuse_closed);
        via_queue = true;
        const int last = hours.closes.minutes_since_midnight() - 1;
        t = clock_time{last / 60, last % 60};
    }
    auto admitted = [&](reason r, kontes_set ballots) {
        auto d = make_decision<R>(via_queue ? reason::admit_closing_queue : r, ballots);
        if (via_queue) {
            d.advice = info(r).message;
            d.advice_basis = basis_of<R>(r);
        }
        return d;
    };

    const voter_list list = who.listed.value_or(voter_list::dpk);
    if (list == voter_list::dpt) {
        if (!who.documents.intersects(R::identity_documents.value))
            return make_decision<R>(reason::refuse_no_identity_document);
        if (who.listed_at != tps.code) return make_decision<R>(reason::refuse_wrong_tps);
        if (auto short_d = detail::short_of_ballots<R>(tps, tps.contests)) return *short_d;
        return admitted(reason::admit_dpt, tps.contests);
    }

    if (list == voter_list::dptb) {
        if (!who.documents.intersects(R::identity_documents.value))
            return make_decision<R>(reason::refuse_no_identity_document);
        if (!who.documents.contains(document::form_a_pindah)) return make_decision<R>(reason::refuse_no_form_a);
        if (who.listed_at != tps.code) return make_decision<R>(reason::refuse_wrong_tps);
        const auto scope = scope_of_move(who.moved_from, tps.code);
        const kontes_set ballots = moved_in_ballots<R>(scope) & tps.contests;
        if (ballots.empty()) return make_decision<R>(reason::refuse_moved_other_province);
        const auto window = R::dptb_window.value;
        const bool early = window.before(t);
        if (early && R::dptb_window_kind.value == window_kind::binding)
            return detail::waiting<R>(reason::wait_dptb_window, window.opens);
        if (auto short_d = detail::short_of_ballots<R>(tps, ballots)) return *short_d;
        const reason r = scope == move_scope::same_regency    ? reason::admit_dptb_same_regency
                         : scope == move_scope::same_province ? reason::admit_dptb_same_province
                                                              : reason::admit_dptb_other_province;
        auto d = admitted(r, ballots);
        if (early) {
            d.advice = {"Dilayani; pemilih pindahan dianjurkan datang pada rentang waktu yang ditetapkan",
                        "Served; moved-in voters are advised to come within the set window"};
            d.advice_basis = R::dptb_window.basis;
        }
        return d;
    }

    // In no list (DPK): identity and address, eligibility, the last hour, ballots.
    if (!who.documents.intersects(R::dpk_address_documents.value))
        return make_decision<R>(reason::refuse_no_identity_document);
    if (!tps.area.contains(who.address)) return make_decision<R>(reason::refuse_outside_area);
    if (!eligible_on_voting_day<R>(parsed.value(), who.married)) return make_decision<R>(reason::refuse_not_eligible);
    const auto window = R::dpk_window.value;
    if (window.before(t)) return detail::waiting<R>(reason::wait_dpk_window, window.opens);
    for (auto k : all_kontes)
        if (tps.contests.contains(k) && tps.left(k) == 0) {
            auto d = make_decision<R>(reason::redirect_ballots_exhausted);
            d.redirect_to = tps.nearest_in_village;
            return d;
        }
    return admitted(reason::admit_dpk, tps.contests);
}

/// A request for a replacement ballot of contest `k`: one per voter per contest (the regime's
/// limit), only for a ballot the voter holds, and only while a ballot is left to give.
template <class R>
[[nodiscard]] constexpr decision decide_replacement(kontes k, bool holds_ballot, count_rep replaced_so_far,
                                                    count_rep ballots_left) noexcept {
    static_assert(check_regime<R>());
    if (!holds_ballot) return make_decision<R>(reason::refuse_no_ballot_held);
    if (replaced_so_far >= R::replacement_ballots_per_voter.value)
        return make_decision<R>(reason::refuse_second_replacement);
    if (ballots_left == 0) return make_decision<R>(reason::refuse_no_replacement_stock);
    return make_decision<R>(reason::admit_replacement, kontes_set{k});
}

}  // namespace suara

#endif  // SUARA_VOTERS_ADMISSION_HPP
