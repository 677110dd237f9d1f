// suara — voter-level constants the regimes do not carry: voting day, voting age, and the
// legal bases of "vote where you are registered" and "DPK served while ballots remain".
// Distributed under the Boost Software License, Version 1.0.
//
// These are cited constants of the voters area, kept out of the regime files on purpose (the
// regimes are shared; see the report to the lead). Each is a `cited<T>` like a regime member,
// and each says how sure we are. `voter_rules<R>` is specialised for every regime suara ships;
// a user-defined regime specialises it too, or gets a compile error naming it.
#ifndef SUARA_VOTERS_VOTER_RULES_HPP
#define SUARA_VOTERS_VOTER_RULES_HPP

#include <suara/core/citation.hpp>
#include <suara/detail/meta.hpp>
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>
#include <suara/voters/civil_date.hpp>

namespace suara {

template <class R>
struct voter_rules {
    static_assert(detail::dependent_false<R>,
                  "suara: no voter_rules<R> for this regime: specialise suara::voter_rules<R> with voting_day, "
                  "minimum_age, married_may_vote, registered_tps and dpk_while_ballots_remain");
};

template <>
struct voter_rules<pemilu_2024> {
    // reference.md scope line: voting day 14 Feb 2024.
    static constexpr cited<civil_date> voting_day{
        {2024, 2, 14}, {"UU 7/2017", "", "", "", confidence::secondary, "voting day as in shared/domain/reference.md"}};
    // Age 17 on voting day, or married / previously married: stated in the issue; the domain
    // reference has no source for it. Unverified until checked against UU 7/2017.
    static constexpr cited<int> minimum_age{
        17, {"UU 7/2017", "", "", "", confidence::unverified, "stated in the issue; not in the domain reference"}};
    static constexpr cited<bool> married_may_vote{
        true, {"UU 7/2017", "", "", "", confidence::unverified, "stated in the issue; not in the domain reference"}};
    // §1.2: a KTP-el holder registered in the DPT (or DPTb) of *that* TPS.
    static constexpr citation registered_tps{
        "UU 7/2017", "Pasal 348", "ayat (1)", "huruf a-b", confidence::secondary, "eranasional.com"};
    // §1.2: if ballots run out, KPPS directs DPK voters to the nearest TPS in the same village.
    static constexpr citation dpk_while_ballots_remain{
        "PKPU 25/2023", "", "", "", confidence::secondary,
        "Bawaslu Panduan Pengawas TPS; KPU member Betty Epsilon Idroos"};
};

template <>
struct voter_rules<pilkada_2024> {
    // reference.md scope line: voting day 27 Nov 2024.
    static constexpr cited<civil_date> voting_day{
        {2024, 11, 27},
        {"UU 1/2015", "", "", "", confidence::secondary, "voting day as in shared/domain/reference.md"}};
    static constexpr cited<int> minimum_age{
        17, {"UU 1/2015", "", "", "", confidence::unverified, "stated in the issue; not in the domain reference"}};
    static constexpr cited<bool> married_may_vote{
        true, {"UU 1/2015", "", "", "", confidence::unverified, "stated in the issue; not in the domain reference"}};
    // §1.3: DPT with C.Pemberitahuan at its TPS; moved-in voters with Form Model A.
    static constexpr citation registered_tps{
        "PKPU 17/2024", "", "", "", confidence::secondary, "dialektis.co, trans7.co.id"};
    // §1.3: Keputusan KPU 799/2024: at the TPS of the address "as long as ballots are still available".
    static constexpr citation dpk_while_ballots_remain{
        "Keputusan KPU 799/2024", "", "", "", confidence::secondary, "banjarsari-labuhanhaji.desa.id (2024)"};
};

}  // namespace suara

#endif  // SUARA_VOTERS_VOTER_RULES_HPP
