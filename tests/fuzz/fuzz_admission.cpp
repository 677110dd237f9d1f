// Fuzz target: admission at the TPS door (suara/voters/admission.hpp), both regimes.
// Input: bytes that choose a TPS as it stands (contests, ballots left, clock, area) and an
// arrival (NIK text or a well-formed NIK, documents, list, TPS codes, address, time).
// Contract checked: a decision for every input (no exception, no UB), consistent with itself
// (kind of its reason, message in both languages, a legal basis), never admitting with an
// invalid NIK, without a ballot in hand, outside the TPS's contests, or a DPK voter from outside
// the area; waits name a later time; redirects name the TPS's neighbour. Replacement ballots:
// admitted exactly when held, under the regime's limit and with stock left.
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
    SUARA_FUZZ_CHECK(d == make_decision<R>(d.why, d.ballots) || d.kind != decision_kind::refuse);
    const bool nik_ok = static_cast<bool>(nik::parse(who.nik));
    SUARA_FUZZ_CHECK((d.why == reason::refuse_invalid_nik) == !nik_ok);
    const clock_time t = tps.now < who.arrived ? who.arrived : tps.now;
    switch (d.kind) {
    case decision_kind::admit:
        SUARA_FUZZ_CHECK(nik_ok);
        SUARA_FUZZ_CHECK(!d.ballots.empty());
        SUARA_FUZZ_CHECK((d.ballots & tps.contests) == d.ballots);
        for (auto k : all_kontes)
            if (d.ballots.contains(k)) SUARA_FUZZ_CHECK(tps.left(k) > 0);
        if (who.listed.value_or(voter_list::dpk) == voter_list::dpk) SUARA_FUZZ_CHECK(tps.area.contains(who.address));
        else SUARA_FUZZ_CHECK(who.listed_at == tps.code);
        SUARA_FUZZ_CHECK(!R::voting_hours.value.after(who.arrived) || R::closing_queue_rule.value);
        break;
    case decision_kind::wait:
        SUARA_FUZZ_CHECK(d.ballots.empty());
        SUARA_FUZZ_CHECK(t < d.until);
        break;
    case decision_kind::refuse: SUARA_FUZZ_CHECK(d.ballots.empty()); break;
    case decision_kind::redirect:
        SUARA_FUZZ_CHECK(d.ballots.empty());
        SUARA_FUZZ_CHECK(d.redirect_to == tps.nearest_in_village);
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
}

}  // namespace

SUARA_FUZZ_TARGET(admission) {
    using namespace suara;
    byte_reader in{data, size};

    tps_state tps;
    tps.code = *tps_code::from_number(6471011001001ULL);
    tps.area = tps_area{6471011001ULL, {{1, 0}, {2, 3}}};
    const auto n_extra = in.below(4);
    for (std::uint32_t i = 0; i < n_extra; ++i)
        tps.area.add(static_cast<std::uint16_t>(in.below(8)), static_cast<std::uint16_t>(in.below(8)));
    for (auto k : all_kontes) {
        if (in.flag()) tps.contests.insert(k);
        tps.set_left(k, in.below(4));
    }
    tps.now = any_time(in);
    if (in.flag()) tps.nearest_in_village = *tps_code::from_number(6471011001002ULL);

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
    who.moved_from = any_code(in);
    who.address = address_area{in.flag() ? 6471011001ULL : 6471011002ULL, static_cast<std::uint16_t>(in.below(4)),
                               static_cast<std::uint16_t>(in.below(4))};
    who.married = in.flag();
    who.disabilitas = in.flag();
    who.arrived = any_time(in);

    byte_reader rest{data, size};  // the replacement requests reuse the input's bytes
    check_one<pemilu_2024>(tps, who, rest);
    check_one<pilkada_2024>(tps, who, rest);
    return 0;
}
