// Fuzz target: admission at the TPS door (suara/voters/admission.hpp), both regimes.
// Input: bytes that choose a TPS as it stands (contests, ballots left, clock, area) and an
// arrival (NIK text or a well-formed NIK, documents, list, TPS codes, address, time).
// Contract checked: a decision for every input (no exception, no UB), consistent with itself
// (kind of its reason, message in both languages, a legal basis), never refusing for the shape of
// a NIK (a malformed NIK is a data-entry finding carried by the decision), never admitting without
// a ballot in hand, outside the TPS's contests, a DPK voter from outside the area, or a moved-in
// voter beyond his moving form; waits name a later time; redirects name the TPS the regime's rule
// allows. Replacement and extra ballots: admitted exactly when the rule says.
#include <array>
#include <cstdint>
#include <cstdio>
#include <string>

#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>
#include <suara/voters/admission.hpp>

#include "fuzz_target.hpp"

namespace {

using suara::fuzz::byte_reader;

suara::clock_time any_time(byte_reader& in) {
    return suara::clock_time{static_cast<int>(in.below(24)), static_cast<int>(in.below(60))};
}

// A few TPS codes at every distance from the TPS: same, same village, same regency, same
// province, another province; or any 13-digit number.
suara::tps_code any_code(byte_reader& in) {
    static constexpr std::array<std::uint64_t, 5> near{6471011001001ULL, 6471011001002ULL, 6471021002003ULL,
                                                       6472011001001ULL, 3173011002204ULL};
    const auto pick = in.below(6);
    const std::uint64_t v = pick < near.size() ? near[pick] : std::uint64_t{in.u32()} * 1000U + in.below(1000);
    return *suara::tps_code::from_number(v % 10'000'000'000'000ULL);
}

template <class R>
void check_one(const suara::tps_state& tps, const suara::arrival& who, byte_reader& in) {
    using namespace suara;
    const decision d = decide<R>(tps, who);
    const auto& row = info(d.why);
    SUARA_FUZZ_CHECK(d.kind == row.kind);
    SUARA_FUZZ_CHECK(!d.message.id.empty() && !d.message.en.empty());
    SUARA_FUZZ_CHECK(!d.basis.empty());
    const auto parsed = nik::parse(who.nik);
    const bool nik_ok = parsed.ok();
    // A malformed NIK is a finding on the decision, never the reason of a refusal.
    SUARA_FUZZ_CHECK((d.nik_finding == nik_error::none) == nik_ok);
    SUARA_FUZZ_CHECK(nik_ok || !d.finding.en.empty());
    decision bare = d;
    bare.nik_finding = nik_error::none;
    bare.nik_finding_at = 0;
    bare.finding = {};
    bare.finding_basis = {};
    SUARA_FUZZ_CHECK(d.kind != decision_kind::refuse || d.why == reason::refuse_already_voted ||
                     bare == make_decision<R>(d.why, d.ballots));
    if (d.kind == decision_kind::pending && d.why == reason::pending_copy_nik)
        SUARA_FUZZ_CHECK(!nik_ok && !who.birth_date);
    const clock_time t = tps.now < who.arrived ? who.arrived : tps.now;
    switch (d.kind) {
    case decision_kind::admit: {
        SUARA_FUZZ_CHECK(!d.ballots.empty());
        SUARA_FUZZ_CHECK((d.ballots & tps.contests) == d.ballots);
        for (auto k : all_kontes)
            if (d.ballots.contains(k)) SUARA_FUZZ_CHECK(tps.left(k) > 0);
        const auto list = who.listed.value_or(voter_list::dpk);
        if (list == voter_list::dpk) {
            SUARA_FUZZ_CHECK(tps.area.serves(who.address, R::dpk_area.value));
        } else if (list == voter_list::dptb) {
            SUARA_FUZZ_CHECK(who.form_a.has_value());
            SUARA_FUZZ_CHECK(who.form_a->destination() == tps.code);
            SUARA_FUZZ_CHECK(d.ballots == (who.form_a->ballots() & tps.contests));  // never beyond the form
        } else {
            SUARA_FUZZ_CHECK(who.listed_at == tps.code);
        }
        SUARA_FUZZ_CHECK(!R::voting_hours.value.after(who.arrived) || R::closing_queue_rule.value);
        break;
    }
    case decision_kind::wait:
        SUARA_FUZZ_CHECK(d.ballots.empty());
        SUARA_FUZZ_CHECK(t < d.until);
        break;
    case decision_kind::pending: SUARA_FUZZ_CHECK(d.ballots.empty()); break;
    case decision_kind::refuse: SUARA_FUZZ_CHECK(d.ballots.empty()); break;
    case decision_kind::redirect:
        SUARA_FUZZ_CHECK(d.ballots.empty());
        SUARA_FUZZ_CHECK(d.redirect_to == (R::dpk_area.value == dpk_area_rule::own_rt_rw ? tps.other_in_neighbourhood
                                                                                         : tps.nearest_in_village));
        break;
    }
    // Replacement ballots.
    const auto k = all_kontes[in.below(kontes_count)];
    const bool holds = in.flag();
    const count_rep replaced = in.below(4);
    const count_rep left = in.below(3);
    const decision r = decide_replacement<R>(k, holds, replaced, left);
    const bool expect = holds && replaced < R::replacement_ballots_per_voter.value && left > 0;
    SUARA_FUZZ_CHECK(r.admitted() == expect);
    SUARA_FUZZ_CHECK(!expect || r.ballots == kontes_set{k});
    SUARA_FUZZ_CHECK(!r.message.id.empty() && !r.message.en.empty() && !r.basis.empty());
    // An extra ballot: only within the entitlement, never twice, only from stock.
    kontes_set entitled, received;
    for (auto c : all_kontes) {
        if (in.flag()) entitled.insert(c);
        if (in.flag()) received.insert(c);
    }
    const decision e = decide_extra_ballot<R>(k, tps.contests, entitled, received, left);
    SUARA_FUZZ_CHECK(e.admitted() == (tps.contests.contains(k) && entitled.contains(k) && !received.contains(k) && left > 0));
    if (tps.contests.contains(k) && !entitled.contains(k)) SUARA_FUZZ_CHECK(e.why == reason::refuse_beyond_entitlement);
}

}  // namespace

SUARA_FUZZ_TARGET(admission) {
    using namespace suara;
    byte_reader in{data, size};

    tps_state tps;
    tps.code = *tps_code::from_number(6471011001001ULL);
    tps.area = tps_area{6471011001ULL, {{1, 0}, {2, 3}}};
    const auto n_extra = in.below(4);
    for (std::uint32_t i = 0; i < n_extra; ++i) {
        const auto rw = static_cast<std::uint16_t>(in.below(8)), rt = static_cast<std::uint16_t>(in.below(8));
        if (in.flag())
            tps.area.add(rw, rt);
        else
            tps.area.add_nearest_for(rw, rt);
    }
    for (auto k : all_kontes) {
        if (in.flag()) tps.contests.insert(k);
        tps.set_left(k, in.below(4));
    }
    tps.now = any_time(in);
    if (in.flag()) tps.nearest_in_village = *tps_code::from_number(6471011001002ULL);
    if (in.flag()) tps.other_in_neighbourhood = *tps_code::from_number(6471011001003ULL);

    // The NIK: most inputs get a well-formed one (to get past the first check), others any text.
    std::string nik_text;
    if (in.flag()) {
        const int day = static_cast<int>(1 + in.below(28)) + (in.flag() ? 40 : 0);
        const int month = static_cast<int>(1 + in.below(12));
        const int year = static_cast<int>(in.below(100));
        const unsigned serial = 1 + in.below(9999);
        char buf[17];
        const int n = std::snprintf(buf, sizeof buf, "647101%02d%02d%02d%04u", day, month, year, serial);
        nik_text.assign(buf, n > 0 ? static_cast<std::size_t>(n) : 0);
    } else {
        nik_text = std::string{in.text(20)};
    }

    arrival who;
    who.nik = nik_text;
    for (int d = 0; d <= static_cast<int>(document::form_a_pindah); ++d)
        if (in.flag()) who.documents.insert(static_cast<document>(d));
    switch (in.below(4)) {
    case 0: who.listed = voter_list::dpt; break;
    case 1: who.listed = voter_list::dptb; break;
    case 2: who.listed = voter_list::dpk; break;
    default: break;
    }
    who.listed_at = any_code(in);
    if (in.flag()) {
        const auto origin = any_code(in);
        const auto destination = in.flag() ? tps.code : any_code(in);
        kontes_set written;
        for (auto k : all_kontes)
            if (in.flag()) written.insert(k);
        who.form_a = moving_form::as_written(origin, destination, written);
    }
    who.address = address_area{in.flag() ? 6471011001ULL : 6471011002ULL, static_cast<std::uint16_t>(in.below(4)),
                               static_cast<std::uint16_t>(in.below(4))};
    who.married = in.flag();
    who.disabilitas = in.flag();
    who.arrived = any_time(in);
    if (in.flag()) who.birth_date = civil_date{1900 + static_cast<int>(in.below(130)), 1 + static_cast<int>(in.below(12)),
                                               1 + static_cast<int>(in.below(28))};

    byte_reader rest{data, size};  // the replacement requests reuse the input's bytes
    check_one<pemilu_2024>(tps, who, rest);
    check_one<pilkada_2024>(tps, who, rest);
    return 0;
}
