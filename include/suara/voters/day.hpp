// suara — the polling-station day: every event at one TPS, checked as it happens, and the
// administration section of the results sheet at closing.
// Distributed under the Boost Software License, Version 1.0.
//
// Error policy: an event that would break a rule is *refused* — the call returns a `decision`
// of kind refuse (with its reason, basis and bilingual message) and the day's state is left
// unchanged; an event that needs the KPPS to act first (ballots to fetch, a NIK to copy again)
// returns a `pending` decision, also without changing the state. Nothing throws for a refused
// event, so the invariants hold after every call:
//  - no NIK receives two ballots of one contest (only a replacement, within the regime limit);
//  - no moved-in voter receives a ballot beyond his moving form (`hand_out` refuses it with
//    its own reason, a finding of its own: it was a ground of Bawaslu's PSU recommendations);
//  - DPK voters are admitted only in their window (and the queue rule after the close);
//  - no stock of ballots goes below zero.
// The day keeps each voter by NIK, so a NIK text that fails the shape check is met with
// "copy it again from the KTP-el" (a data-entry finding, `pending`), not with a refusal.
// At closing every figure of the administration section comes from the same counters, so the
// sheet satisfies the identities of docs/rules.md section A by construction. The votes section is
// filled from the votes cast (one vote per ballot put in the box).
//
// Storage is fixed at construction (a flat open-addressing table of NIKs sized for the lists
// and the ballots received), so events do not allocate except for the event log.
#ifndef SUARA_VOTERS_DAY_HPP
#define SUARA_VOTERS_DAY_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string_view>
#include <type_traits>
#include <vector>

#include <suara/core/category.hpp>
#include <suara/core/clock.hpp>
#include <suara/core/count.hpp>
#include <suara/core/kontes.hpp>
#include <suara/core/text.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/law/regime.hpp>
#include <suara/form/field.hpp>
#include <suara/form/sheet.hpp>
#include <suara/voters/admission.hpp>
#include <suara/voters/decision.hpp>
#include <suara/voters/nik.hpp>
#include <suara/voters/voter_list.hpp>

namespace suara {

/// One contest held at the TPS: the ballots received and the shape of the ballot.
struct contest_setup {
    kontes contest = kontes::ppwp;  ///< The contest.
    count_rep ballots_received = 0;  ///< Ballots the TPS received for it.
    std::uint8_t candidates = 0;  ///< Candidate columns on its ballot.
    bool blank_column = false;  ///< Whether the ballot has a blank column (kolom kosong).
};

/// A ballot put in the box: a vote for candidate column `candidate` (0-based), for the blank
/// column, or invalid.
struct vote {
    /// What a ballot was marked for.
    enum class kind : std::uint8_t { candidate, blank, invalid };
    kind what = kind::invalid;  ///< What the ballot was marked for.
    std::uint8_t candidate = 0;  ///< The candidate column, for `kind::candidate`.

    /// A vote for candidate column i.
    [[nodiscard]] static constexpr vote for_candidate(std::uint8_t i) noexcept { return {kind::candidate, i}; }
    /// A vote for the blank column.
    [[nodiscard]] static constexpr vote for_blank() noexcept { return {kind::blank, 0}; }
    /// An invalid (spoilt) ballot.
    [[nodiscard]] static constexpr vote spoilt() noexcept { return {kind::invalid, 0}; }
};

enum class event_kind : std::uint8_t { arrival, ballots_received, ballot_handed_out, ballot_replaced, vote_cast, closing };

/// One line of the day's log.
struct event {
    event_kind what = event_kind::arrival;  ///< What happened.
    clock_time at;  ///< When.
    std::uint64_t nik = 0;          ///< 0 when the NIK was invalid or for closing
    kontes contest = kontes::ppwp;  ///< replacement and vote events
    /// The decision taken (arrivals, replacements, refused votes); empty for a vote recorded
    /// and for the closing.
    std::optional<decision> outcome;
};

/// Why a TPS cannot close yet (no list is named, so one text serves every regime).
inline constexpr bilingual voters_still_hold_ballots{
    "Masih ada pemilih yang memegang surat suara: tunggu sampai selesai mencoblos",
    "Voters still hold ballots: wait until they have voted"};

/// The end of the day: one sheet per contest, or why the TPS cannot close yet.
struct closing {
    std::vector<sheet> sheets;  ///< One sheet per contest held, in contest order.
    /// Ballots still in voters' hands; closing waits until they are cast.
    count_rep ballots_held = 0;
    bilingual problem{};  ///< Why the TPS cannot close yet, when it cannot.
    /// True when every ballot is cast and the sheets are made.
    [[nodiscard]] bool ok() const noexcept { return ballots_held == 0 && !sheets.empty(); }
};

/// One polling-station day under regime R, from opening to the sheets: arrivals decided by
/// decide<R>, ballots handed out, replaced and cast, and at the close one results sheet per
/// contest whose figures add up by construction (tests hold its sheets to the rule catalogue).
template <regime R>
class polling_station_day {
    static_assert(check_regime<R>());

public:
    /// The TPS, its area, its own DPT and DPTb (lines of other TPS are ignored), the contests
    /// held with the ballots received, and where a DPK voter is sent when ballots run out: the
    /// nearest TPS of the village (Pemilu) or another TPS of the same RT/RW (Pilkada).
    polling_station_day(tps_code code, tps_area area, const voter_list_of<dpt>& dpt_list,
                        const voter_list_of<dptb>& dptb_list, std::span<const contest_setup> contests,
                        std::optional<tps_code> nearest_in_village = std::nullopt,
                        std::optional<tps_code> other_in_neighbourhood = std::nullopt)
        : tps_{.code = code,
               .area = area,
               .now = R::voting_hours.value.opens,
               .nearest_in_village = nearest_in_village,
               .other_in_neighbourhood = other_in_neighbourhood} {
        count_rep most_ballots = 0;
        for (const auto& c : contests) {
            if (tps_.contests.contains(c.contest))
                throw std::invalid_argument("suara::polling_station_day: a contest is listed twice");
            if (c.candidates > max_candidates)
                throw std::invalid_argument("suara::polling_station_day: too many candidate columns");
            tps_.contests.insert(c.contest);
            setup_[idx(c.contest)] = c;
            tps_.set_left(c.contest, c.ballots_received);
            most_ballots = c.ballots_received > most_ballots ? c.ballots_received : most_ballots;
        }
        // Room for every registered line and one DPK voter per ballot, at most half full.
        std::size_t need = 2 * (dpt_list.size() + dptb_list.size() + static_cast<std::size_t>(most_ballots) + 1);
        std::size_t cap = 16;
        while (cap < need) cap *= 2;
        table_.assign(cap, voter_state{});
        register_list(dpt_list, voter_list::dpt);
        register_list(dptb_list, voter_list::dptb);
        // An arrival and a vote per ballot for every line, so that the log rarely grows.
        log_.reserve((dpt_list.size() + dptb_list.size() + 16) * (2 + contests.size()));
    }

    /// The TPS as it stands now.
    [[nodiscard]] const tps_state& state() const noexcept { return tps_; }
    /// Every event of the day, in order.
    [[nodiscard]] std::span<const event> log() const noexcept { return log_; }
    /// True once the TPS has closed.
    [[nodiscard]] bool closed() const noexcept { return closed_; }

    /// A person arrives (or is served) at `now`. The lists of this TPS are looked up by NIK: a
    /// person on them is treated as on them whatever they claim; a person claiming this TPS's
    /// list but not on it is treated as in no list (DPK). A claim of another TPS stays as given.
    decision arrive(arrival who, clock_time now) {
        tps_.now = now;
        const auto parsed = nik::parse(who.nik);
        voter_state* v = parsed ? find(parsed.value().number()) : nullptr;
        decision d;
        if (closed_) {
            d = with_nik_finding<R>(make_decision<R>(reason::refuse_closed), parsed);
        } else if (!parsed) {
            d = with_nik_finding<R>(make_decision<R>(reason::pending_copy_nik), parsed);
        } else if (v && v->admitted) {
            d = refuse_second_vote<R>();
        } else {
            if (v && v->registered) {
                who.listed = v->list;
                who.listed_at = tps_.code;
            } else if (who.listed && who.listed_at == tps_.code) {
                who.listed.reset();
            }
            d = decide<R>(tps_, who);
        }
        if (d.admitted()) {
            if (!v) v = insert(parsed.value().number(), voter_list::dpk, parsed.value().sex(), who.disabilitas, false);
            // Cannot happen: the table has room for one DPK voter per ballot received.
            if (!v) throw std::length_error("suara::polling_station_day: NIK table full");
            v->admitted = true;
            v->entitled = d.ballots;
            v->held = d.ballots;
            for (auto k : all_kontes)
                if (d.ballots.contains(k)) --tps_.ballots_left[idx(k)];
            if (v->list == voter_list::dpk) {
                ++dpk_admitted_[sex_index(v->sex)];
                dpk_disabilitas_[sex_index(v->sex)] += v->disabilitas ? 1 : 0;
            }
        }
        log_.push_back({event_kind::arrival, now, parsed ? parsed.value().number() : 0, kontes::ppwp, d});
        return d;
    }

    /// Ballots of contest `k` brought in during the day (e.g. fetched from the nearest TPS when
    /// they ran out for a registered voter). They count as received at this TPS, so the sheet's
    /// ballot balance (received = used + returned + unused) still holds.
    void receive_ballots(kontes k, count_rep n, clock_time now) {
        if (!tps_.contests.contains(k))
            throw std::invalid_argument("suara::polling_station_day: ballots received for a contest not held here");
        if (closed_) throw std::logic_error("suara::polling_station_day: ballots received after the close");
        count_rep received = 0, left = 0;
        if (__builtin_add_overflow(setup_[idx(k)].ballots_received, n, &received) ||
            __builtin_add_overflow(tps_.left(k), n, &left))
            throw std::overflow_error("suara::polling_station_day: ballots received overflow");
        // Keep room for one DPK voter per ballot (now more ballots), at most half full.
        grow_table(2 * (used_ + static_cast<std::size_t>(n) + 1));
        setup_[idx(k)].ballots_received = received;
        tps_.set_left(k, left);
        tps_.now = now;
        log_.push_back({event_kind::ballots_received, now, 0, k, std::nullopt});
    }

    /// The KPPS hands an admitted voter one more ballot of contest `k` (e.g. a moved-in voter
    /// asks for the DPRD ballot). Refused when it is beyond what the voter was admitted to (a
    /// moved-in voter's moving form) or a second ballot of the contest; nothing changes then.
    decision hand_out(std::string_view nik_text, kontes k, clock_time now) {
        tps_.now = now;
        const auto parsed = nik::parse(nik_text);
        voter_state* v = parsed ? find(parsed.value().number()) : nullptr;
        decision d;
        if (!parsed)
            d = with_nik_finding<R>(make_decision<R>(reason::pending_copy_nik), parsed);
        else if (closed_)
            d = make_decision<R>(reason::refuse_closed);
        else if (!v || !v->admitted)
            d = make_decision<R>(reason::refuse_not_admitted);
        else
            d = decide_extra_ballot<R>(k, tps_.contests, v->entitled, v->held_or_cast(), tps_.left(k));
        if (d.admitted()) {
            v->held.insert(k);
            --tps_.ballots_left[idx(k)];
        }
        log_.push_back({event_kind::ballot_handed_out, now, parsed ? parsed.value().number() : 0, k, d});
        return d;
    }

    /// A voter hands back a damaged or mis-marked ballot of contest `k` and asks for another.
    decision replace(std::string_view nik_text, kontes k, clock_time now) {
        tps_.now = now;
        const auto parsed = nik::parse(nik_text);
        voter_state* v = parsed ? find(parsed.value().number()) : nullptr;
        decision d;
        if (!parsed)
            d = with_nik_finding<R>(make_decision<R>(reason::pending_copy_nik), parsed);
        else if (closed_)
            d = make_decision<R>(reason::refuse_closed);
        else
            d = decide_replacement<R>(k, v && v->held.contains(k), v ? v->replaced[idx(k)] : 0, tps_.left(k));
        if (d.admitted()) {
            ++v->replaced[idx(k)];
            ++returned_[idx(k)];
            --tps_.ballots_left[idx(k)];
        }
        log_.push_back({event_kind::ballot_replaced, now, parsed ? parsed.value().number() : 0, k, d});
        return d;
    }

    /// A voter puts the ballot of contest `k` in the box. Returns the decision when the vote is
    /// not recorded (a refusal, or `pending` when the NIK text must be copied again).
    std::optional<decision> cast(std::string_view nik_text, kontes k, vote how, clock_time now) {
        tps_.now = now;
        const auto parsed = nik::parse(nik_text);
        voter_state* v = parsed ? find(parsed.value().number()) : nullptr;
        std::optional<decision> refusal;
        const auto& setup = setup_[idx(k)];
        const bool bad_column = (how.what == vote::kind::candidate && how.candidate >= setup.candidates) ||
                                (how.what == vote::kind::blank && !setup.blank_column);
        if (!parsed)
            refusal = with_nik_finding<R>(make_decision<R>(reason::pending_copy_nik), parsed);
        else if (!v || !v->held.contains(k) || bad_column)
            refusal = make_decision<R>(reason::refuse_no_ballot_held);
        if (!refusal) {
            v->held = without(v->held, k);
            v->cast.insert(k);
            auto& c = tally_[idx(k)];
            ++c.users[list_index(v->list)][sex_index(v->sex)];
            c.users_disabilitas[sex_index(v->sex)] += v->disabilitas ? 1 : 0;
            if (how.what == vote::kind::candidate)
                ++c.votes[how.candidate];
            else if (how.what == vote::kind::blank)
                ++c.blank;
            else
                ++c.invalid;
        }
        log_.push_back({event_kind::vote_cast, now, parsed ? parsed.value().number() : 0, k, refusal});
        return refusal;
    }

    /// Voting ends: one sheet per contest held, administration and votes sections filled.
    /// Refused (no sheets) while a voter still holds a ballot.
    closing close(clock_time now) {
        closing out;
        for (const auto& v : table_)
            if (v.nik != 0) out.ballots_held += v.held.size();
        if (out.ballots_held != 0) {
            out.problem = voters_still_hold_ballots;
            return out;
        }
        closed_ = true;
        log_.push_back({event_kind::closing, now, 0, kontes::ppwp, std::nullopt});
        for (auto k : all_kontes)
            if (tps_.contests.contains(k)) out.sheets.push_back(sheet_for(k));
        return out;
    }

private:
    struct voter_state {
        std::uint64_t nik = 0;
        voter_list list = voter_list::dpk;
        person_sex sex = person_sex::l;
        bool disabilitas = false;
        bool registered = false;
        bool admitted = false;
        kontes_set entitled{};  ///< the ballots the admission gave (a moved-in voter's: his form's)
        kontes_set held{};
        kontes_set cast{};
        std::array<count_rep, kontes_count> replaced{};
        [[nodiscard]] constexpr kontes_set held_or_cast() const noexcept {
            kontes_set s = held;
            for (auto k : all_kontes)
                if (cast.contains(k)) s.insert(k);
            return s;
        }
    };
    struct contest_tally {
        std::array<std::array<count_rep, 2>, 3> users{};  // [list][sex]
        std::array<count_rep, 2> users_disabilitas{};
        std::array<count_rep, max_candidates> votes{};
        count_rep blank = 0;
        count_rep invalid = 0;
    };

    static constexpr std::size_t idx(kontes k) noexcept { return static_cast<std::size_t>(k); }
    static constexpr std::size_t sex_index(person_sex s) noexcept { return s == person_sex::l ? 0 : 1; }
    static constexpr std::size_t list_index(voter_list l) noexcept { return static_cast<std::size_t>(l); }
    static constexpr kontes_set without(kontes_set s, kontes k) noexcept {
        kontes_set r;
        for (auto x : all_kontes)
            if (x != k && s.contains(x)) r.insert(x);
        return r;
    }

    std::size_t slot_of(std::uint64_t nik) const noexcept {
        return static_cast<std::size_t>((nik * 0x9E37'79B9'7F4A'7C15ULL) >> 17) & (table_.size() - 1);
    }
    voter_state* find(std::uint64_t nik) noexcept {
        for (std::size_t i = slot_of(nik);; i = (i + 1) & (table_.size() - 1)) {
            if (table_[i].nik == nik) return &table_[i];
            if (table_[i].nik == 0) return nullptr;
        }
    }
    /// Rehashes into a table of at least `need` slots (a power of two) when it is smaller.
    void grow_table(std::size_t need) {
        if (need <= table_.size()) return;
        std::size_t cap = table_.size();
        while (cap < need) cap *= 2;
        std::vector<voter_state> old(cap, voter_state{});
        old.swap(table_);
        for (const auto& v : old) {
            if (v.nik == 0) continue;
            std::size_t i = slot_of(v.nik);
            while (table_[i].nik != 0) i = (i + 1) & (table_.size() - 1);
            table_[i] = v;
        }
    }
    voter_state* insert(std::uint64_t nik, voter_list list, person_sex s, bool disabled, bool registered) {
        if (2 * (used_ + 1) > table_.size()) return nullptr;
        std::size_t i = slot_of(nik);
        while (table_[i].nik != 0 && table_[i].nik != nik) i = (i + 1) & (table_.size() - 1);
        if (table_[i].nik == 0) ++used_;
        table_[i] = voter_state{nik, list, s, disabled, registered, false, {}, {}, {}, {}};
        return &table_[i];
    }
    template <class L>
    void register_list(const voter_list_of<L>& list, voter_list which) {
        for (const auto& r : list) {
            if (r.tps != tps_.code) continue;
            if (find(r.id.number()))
                throw std::invalid_argument("suara::polling_station_day: NIK " + to_string(r.id) +
                                            " appears twice in this TPS's lists (see find_duplicates)");
            insert(r.id.number(), which, r.sex(), r.disabilitas, true);
            auto& reg = registered_[list_index(which)];
            ++reg[sex_index(r.sex())];
            if (r.disabilitas) ++registered_disabilitas_[sex_index(r.sex())];
        }
    }

    /// Writes one L/P/J row; J only through sum_of_sexes.
    template <class Kind, class List>
    static void put_triple(sheet& s, std::array<count_rep, 2> lp) {
        const count<Kind, List, sex::l> l{lp[0]};
        const count<Kind, List, sex::p> p{lp[1]};
        const auto j = sum_of_sexes(l, p);
        if constexpr (std::is_same_v<Kind, kind::pemilih>) {
            s.set(fields::pemilih_of<List, sex::l>, fit(l))
                .set(fields::pemilih_of<List, sex::p>, fit(p))
                .set(fields::pemilih_of<List, sex::j>, fit(j));
        } else {
            s.set(fields::pengguna_of<List, sex::l>, fit(l))
                .set(fields::pengguna_of<List, sex::p>, fit(p))
                .set(fields::pengguna_of<List, sex::j>, fit(j));
        }
    }
    /// The count itself, once it is known to fit a figure of the sheet.
    template <class C>
    static C fit(C n) {
        (void)narrow(n.value());
        return n;
    }
    static std::uint32_t narrow(count_rep v) {
        if (v > max_figure) throw std::overflow_error("suara::polling_station_day: figure above max_figure");
        return static_cast<std::uint32_t>(v);
    }

    sheet sheet_for(kontes k) const {
        const auto& setup = setup_[idx(k)];
        const auto& c = tally_[idx(k)];
        sheet s = sheet::empty(tps_.code, k, setup.candidates, setup.blank_column);
        using K = kind::pemilih;
        using U = kind::pengguna_hak_pilih;
        put_triple<K, dpt>(s, registered_[0]);
        put_triple<K, dptb>(s, registered_[1]);
        put_triple<K, dpk>(s, dpk_admitted_);
        put_triple<U, dpt>(s, c.users[0]);
        put_triple<U, dptb>(s, c.users[1]);
        put_triple<U, dpk>(s, c.users[2]);
        // The participating total only through the named aggregation of the three lists.
        const auto total_l =
            total_participants(pengguna_count<dpt, sex::l>{c.users[0][0]}, pengguna_count<dptb, sex::l>{c.users[1][0]},
                               pengguna_count<dpk, sex::l>{c.users[2][0]});
        const auto total_p =
            total_participants(pengguna_count<dpt, sex::p>{c.users[0][1]}, pengguna_count<dptb, sex::p>{c.users[1][1]},
                               pengguna_count<dpk, sex::p>{c.users[2][1]});
        put_triple<U, all_lists>(s, {total_l.value(), total_p.value()});
        put_triple<K, disabilitas>(
            s, {registered_disabilitas_[0] + dpk_disabilitas_[0], registered_disabilitas_[1] + dpk_disabilitas_[1]});
        put_triple<U, disabilitas>(s, c.users_disabilitas);

        const surat_suara_count received{setup.ballots_received};
        const surat_suara_count used = ballots_accounted_for(sum_of_sexes(total_l, total_p));
        const surat_suara_count returned{returned_[idx(k)]};
        const surat_suara_count unused = received - used - returned;  // throws if the stock ever went negative
        s.set(fields::surat_diterima, fit(received))
            .set(fields::surat_digunakan, fit(used))
            .set(fields::surat_dikembalikan, fit(returned))
            .set(fields::surat_tidak_digunakan, fit(unused));

        suara_count valid{};
        for (std::size_t i = 0; i < setup.candidates; ++i) {
            s.set_candidate_votes(i, narrow(c.votes[i]));
            valid += suara_count{c.votes[i]};
        }
        if (setup.blank_column) {
            s.blank_votes = narrow(c.blank);
            valid += suara_count{c.blank};
        }
        const suara_count invalid{c.invalid};
        s.set(fields::suara_sah, fit(valid))
            .set(fields::suara_tidak_sah, fit(invalid))
            .set(fields::suara_total, fit(valid + invalid));
        return s;
    }

    tps_state tps_;
    std::array<contest_setup, kontes_count> setup_{};
    std::array<contest_tally, kontes_count> tally_{};
    std::array<count_rep, kontes_count> returned_{};
    std::array<std::array<count_rep, 2>, 3> registered_{};
    std::array<count_rep, 2> registered_disabilitas_{};
    std::array<count_rep, 2> dpk_admitted_{};
    std::array<count_rep, 2> dpk_disabilitas_{};
    std::vector<voter_state> table_;
    std::size_t used_ = 0;
    std::vector<event> log_;
    bool closed_ = false;
};

}  // namespace suara

#endif  // SUARA_VOTERS_DAY_HPP
