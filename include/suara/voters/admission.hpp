// suara — admission at the TPS door: admit, wait, hold, refuse or redirect one arrival.
// Distributed under the Boost Software License, Version 1.0.
//
// `decide<R>(tps, arrival)` is a pure constexpr function of the regime, the TPS as it stands
// (code, area, contests held, the clock, ballots left per contest) and the arrival (NIK,
// documents shown, the list the KPPS found the person on, the moving form, the time). The order
// of the checks is the order a KPPS member follows: where the person belongs and with which
// document, then the time, then the ballots. So a DPK voter from another village at 11:45 is
// refused (not told to wait), and a Pilkada voter moved in from another province is refused
// before any window.
//
// What decides is the document and the list, not the shape of the NIK: a NIK text that fails
// the shape check is a data-entry finding carried by the decision ("copy it again from the
// KTP-el"), never a refusal. Only where the NIK is the sole source of a fact (the age of a person
// on no list whose document's birth date was not given) does the decision wait for it to be
// copied again (`pending`).
//
// A moved-in voter's ballots are those of the moving form (suara/voters/moving_form.hpp), the
// only way to state them: there is no guess from TPS codes.
//
// Not modelled: the order of service within the queue (in Pemilu 2024 DPT and DPTb voters
// already present go before DPK voters at 12:00, Bawaslu's Panduan Pengawas TPS); the caller
// serves its queue in that order.
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
#include <suara/law/regime.hpp>
#include <suara/voters/decision.hpp>
#include <suara/voters/moving_form.hpp>
#include <suara/voters/nik.hpp>
#include <suara/voters/voter_list.hpp>

namespace suara {

/// The neighbourhoods a TPS serves within its village. `rt == 0` stands for every RT of the RW
/// (Pilkada: "RT or RW"). Neighbourhoods added with `add_nearest_for` have no TPS of their own
/// and this is the nearest TPS of the village: Pemilu 2024 sends their unregistered voters here
/// (UU 7/2017 Pasal 349 as reported), Pilkada 2024 does not (own RT/RW only): the regime's
/// `dpk_area` decides.
struct tps_area {
    static constexpr std::size_t max_neighbourhoods = 32;  ///< Most RT/RW one TPS serves.
    /// One RT/RW served by the TPS.
    struct rt_rw {
        std::uint16_t rw = 0;  ///< Rukun warga (RW) number.
        std::uint16_t rt = 0;  ///< Rukun tetangga (RT) number; 0 for every RT of the RW.
        /// Served only as the nearest TPS of the village (no TPS of its own).
        bool nearest_for = false;
    };
    std::uint64_t village = 0;  ///< The village (kelurahan or desa) code of the TPS.
    std::array<rt_rw, max_neighbourhoods> served{};  ///< The RT/RW served; the first `served_count` are used.
    std::size_t served_count = 0;  ///< Number of RT/RW served.

    constexpr tps_area() = default;
    /// The village and the RT/RW where this TPS is located.
    constexpr tps_area(std::uint64_t village_code, std::initializer_list<rt_rw> neighbourhoods)
        : village{village_code} {
        for (auto n : neighbourhoods) {
            if (served_count == max_neighbourhoods) throw std::length_error("suara::tps_area: too many RT/RW");
            served[served_count++] = n;
        }
    }
    /// An RT/RW where this TPS is located.
    constexpr tps_area& add(std::uint16_t rw, std::uint16_t rt) { return push({rw, rt, false}); }
    /// An RT/RW without a TPS of its own, for which this is the nearest TPS of the village.
    constexpr tps_area& add_nearest_for(std::uint16_t rw, std::uint16_t rt) { return push({rw, rt, true}); }

    /// Whether an unregistered voter living at `a` may vote here under `rule`.
    [[nodiscard]] constexpr bool serves(const address_area& a, dpk_area_rule rule) const noexcept {
        if (a.village != village) return false;
        for (std::size_t i = 0; i < served_count; ++i) {
            const auto& n = served[i];
            if (n.nearest_for && rule == dpk_area_rule::own_rt_rw) continue;
            if (n.rw == a.rw && (n.rt == 0 || n.rt == a.rt)) return true;
        }
        return false;
    }

private:
    constexpr tps_area& push(rt_rw n) {
        if (served_count == max_neighbourhoods) throw std::length_error("suara::tps_area: too many RT/RW");
        served[served_count++] = n;
        return *this;
    }
};

/// The TPS as it stands when a person arrives.
struct tps_state {
    tps_code code{};  ///< The TPS.
    tps_area area{};  ///< The village and RT/RW it serves.
    /// Contests held here (usually the regime's `kontes_held`; DIY holds no governor race).
    kontes_set contests{};
    /// Ballots still in hand per contest, indexed by `kontes`.
    std::array<count_rep, kontes_count> ballots_left{};
    /// The clock at the TPS now.
    clock_time now{};
    /// The nearest TPS of the same village: where a Pemilu DPK voter goes when ballots run out.
    std::optional<tps_code> nearest_in_village{};
    /// Another TPS located in the same RT/RW as this one: where a Pilkada DPK voter may go when
    /// ballots run out (the voter may vote only in the RT/RW of the address).
    std::optional<tps_code> other_in_neighbourhood{};

    /// Ballots of contest `k` still in hand.
    [[nodiscard]] constexpr count_rep left(kontes k) const noexcept {
        return ballots_left[static_cast<std::size_t>(k)];
    }
    /// Sets the ballots of contest `k` still in hand.
    constexpr tps_state& set_left(kontes k, count_rep n) noexcept {
        ballots_left[static_cast<std::size_t>(k)] = n;
        return *this;
    }
};

/// A person at the TPS door.
struct arrival {
    /// As written on the document shown or as copied from it (viewed, not copied: keep the text
    /// alive while deciding).
    std::string_view nik{};
    document_set documents{};  ///< The documents shown.
    /// The list the person is on, as found by the KPPS (or claimed); nullopt or dpk: in no list.
    std::optional<voter_list> listed{};
    /// DPT: the TPS of that list line. (A moved-in voter's destination is on the moving form.)
    tps_code listed_at{};
    /// DPTb: the moving form shown, with the ballots it entitles. Without it a moved-in voter is
    /// refused; there is no other way to say which ballots he is due.
    std::optional<moving_form> form_a{};
    /// The address on the document shown (DPK voters vote where they live).
    address_area address{};
    /// Married or previously married (entitles a voter under the minimum age).
    bool married = false;
    /// A voter with a disability (the form's disability rows; DPT/DPTb lines carry their own).
    bool disabilitas = false;
    /// When the person arrived (joined the queue).
    clock_time arrived{};
    /// The birth date on the document shown. The NIK's is a proxy: used only when this is not
    /// given.
    std::optional<civil_date> birth_date{};
};

/// Entitled to vote on R's voting day: the minimum age reached, or married (given as input).
template <regime R>
[[nodiscard]] constexpr bool eligible_on_voting_day(civil_date birth, bool married) noexcept {
    const civil_date day = R::voting_day.value;
    return age_on(birth, day) >= R::minimum_age.value || (married && R::married_may_vote.value);
}
/// The same with the NIK's birth date (a proxy for the document's).
template <regime R>
[[nodiscard]] constexpr bool eligible_on_voting_day(nik id, bool married) noexcept {
    return eligible_on_voting_day<R>(id.birth_date(R::voting_day.value), married);
}

namespace detail {
template <class R>
constexpr decision waiting(reason r, clock_time until) noexcept {
    auto d = make_decision<R>(r);
    d.until = until;
    return d;
}
/// True when every contest of `ballots` has a ballot left.
constexpr bool ballots_in_hand(const tps_state& tps, kontes_set ballots) noexcept {
    for (auto k : all_kontes)
        if (ballots.contains(k) && tps.left(k) == 0) return false;
    return true;
}

template <class R>
constexpr decision decide_unchecked_nik(const tps_state& tps, const arrival& who, const nik_result& parsed) noexcept {
    const auto hours = R::voting_hours.value;
    if (tps.contests.empty()) return make_decision<R>(reason::refuse_no_contest_here);

    // The clock. After the close only those already queuing are served (the queue rule); they are
    // treated as if it were the last minute of voting.
    clock_time t = tps.now < who.arrived ? who.arrived : tps.now;
    bool via_queue = false;
    if (t < hours.opens) return waiting<R>(reason::wait_not_open, hours.opens);
    if (hours.after(t)) {
        if (!R::closing_queue_rule.value || hours.after(who.arrived)) return make_decision<R>(reason::refuse_closed);
        via_queue = true;
        const int last = hours.closes.minutes_since_midnight() - 1;
        t = clock_time{last / 60, last % 60};
    }
    auto admitted = [&](reason r, kontes_set ballots) {
        auto d = make_decision<R>(via_queue ? reason::admit_closing_queue : r, ballots);
        if (via_queue) {
            d.advice = message_of<R>(r);
            d.advice_basis = basis_of<R>(r);
        }
        return d;
    };

    const voter_list list = who.listed.value_or(voter_list::dpk);
    if (list == voter_list::dpt) {
        if (!who.documents.intersects(R::identity_documents.value))
            return make_decision<R>(reason::refuse_no_identity_document);
        if (who.listed_at != tps.code) return make_decision<R>(reason::refuse_wrong_tps);
        // A registered voter is not refused for want of ballots: the KPPS brings them.
        if (!ballots_in_hand(tps, tps.contests)) return make_decision<R>(reason::pending_fetch_ballots);
        return admitted(reason::admit_dpt, tps.contests);
    }

    if (list == voter_list::dptb) {
        if (!who.documents.intersects(R::identity_documents.value))
            return make_decision<R>(reason::refuse_no_identity_document);
        if (!who.form_a) return make_decision<R>(reason::refuse_no_form_a);
        const moving_form& form = *who.form_a;
        if (form.destination() != tps.code) return make_decision<R>(reason::refuse_wrong_tps);
        const kontes_set ballots = form.ballots() & tps.contests;
        if (ballots.empty())
            return make_decision<R>(form.origin().province() != tps.code.province()
                                        ? reason::refuse_moved_other_province
                                        : reason::refuse_moved_no_contest_here);
        const auto window = R::dptb_window.value;
        const bool early = window.before(t);
        if (early && R::dptb_window_kind.value == window_kind::binding)
            return waiting<R>(reason::wait_dptb_window, window.opens);
        if (!ballots_in_hand(tps, ballots)) return make_decision<R>(reason::pending_fetch_ballots);
        auto d = admitted(reason::admit_dptb, ballots);
        if (early) {
            d.advice = advice_of<R>(advice::dptb_early);
            d.advice_basis = R::dptb_window.basis;
        }
        return d;
    }

    // In no list (DPK): document and address, eligibility, the last hour, ballots.
    if (!who.documents.intersects(R::dpk_address_documents.value))
        return make_decision<R>(reason::refuse_no_identity_document);
    if (!tps.area.serves(who.address, R::dpk_area.value)) return make_decision<R>(reason::refuse_outside_area);
    // The age: the document's birth date, else the NIK's; with neither, copy the NIK again.
    std::optional<civil_date> born = who.birth_date;
    if (!born && parsed.ok()) born = parsed.value().birth_date(R::voting_day.value);
    if (!born) return make_decision<R>(reason::pending_copy_nik);
    if (!eligible_on_voting_day<R>(*born, who.married)) return make_decision<R>(reason::refuse_not_eligible);
    const auto window = R::dpk_window.value;
    if (window.before(t)) return waiting<R>(reason::wait_dpk_window, window.opens);
    if (!ballots_in_hand(tps, tps.contests)) {
        if (R::dpk_area.value == dpk_area_rule::own_rt_rw_or_nearest_in_village) {
            auto d = make_decision<R>(reason::redirect_nearest_in_village);
            d.redirect_to = tps.nearest_in_village;
            return d;
        }
        if (!tps.other_in_neighbourhood) return make_decision<R>(reason::refuse_dpk_ballots_exhausted);
        auto d = make_decision<R>(reason::redirect_same_neighbourhood);
        d.redirect_to = tps.other_in_neighbourhood;
        return d;
    }
    return admitted(reason::admit_dpk, tps.contests);
}
}  // namespace detail

/// The KPPS decision for `who` at `tps` under regime R. A NIK text that fails the shape check
/// adds a data-entry finding (`nik_finding`) to whatever is decided.
template <regime R>
[[nodiscard]] constexpr decision decide(const tps_state& tps, const arrival& who) noexcept {
    static_assert(check_regime<R>());
    const auto parsed = nik::parse(who.nik);
    return with_nik_finding<R>(detail::decide_unchecked_nik<R>(tps, who, parsed), parsed);
}

/// A second arrival of a NIK that was already admitted, or a second ballot of one contest:
/// refused on the prohibition of voting more than once, with the PSU ground it would cause
/// cited as its consequence.
template <regime R>
[[nodiscard]] constexpr decision refuse_second_vote() noexcept {
    static_assert(check_regime<R>());
    auto d = make_decision<R>(reason::refuse_already_voted);
    d.advice = advice_of<R>(advice::multiple_voting_consequence);
    d.advice_basis = R::psu_multiple_voting_threshold.basis;
    return d;
}

/// The KPPS is about to hand an admitted voter one ballot of contest `k`: `entitled` is what the
/// voter was admitted to (for a moved-in voter, the ballots of the moving form), `received`
/// what the voter has already been given, `left` the ballots of `k` in hand. A ballot beyond the
/// entitlement is refused with its own reason (`refuse.beyond_entitlement`: handing it out is a
/// finding, a ground of Bawaslu's PSU recommendations in 2024); a second ballot of one contest
/// is a second vote.
template <regime R>
[[nodiscard]] constexpr decision decide_extra_ballot(kontes k, kontes_set contests_here, kontes_set entitled,
                                                     kontes_set received, count_rep left) noexcept {
    static_assert(check_regime<R>());
    if (!contests_here.contains(k)) return make_decision<R>(reason::refuse_no_contest_here);
    if (!entitled.contains(k)) return make_decision<R>(reason::refuse_beyond_entitlement);
    if (received.contains(k)) return refuse_second_vote<R>();
    if (left == 0) return make_decision<R>(reason::pending_fetch_ballots);
    return make_decision<R>(reason::admit_extra_ballot, kontes_set{k});
}

/// A request for a replacement ballot of contest `k`: one per voter per contest (the regime's
/// limit), only for a ballot the voter holds, and only while a ballot is left to give.
template <regime R>
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
