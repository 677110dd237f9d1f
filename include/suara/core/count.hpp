// suara — strong counts: a number that knows what it counts, of which list and which sex.
// Distributed under the Boost Software License, Version 1.0.
//
// count<kind::pengguna_hak_pilih, dpt, sex::l> + count<kind::pemilih, dpk, sex::l> does not
// compile, nor does voters + ballots. Totals are made only by the named aggregations below,
// so that "total participants = DPT + DPTb + DPK participants" is written once, here.
// Arithmetic is checked: overflow or a result below zero throws std::overflow_error /
// std::underflow_error, which inside a constant expression is a compile error.
#ifndef SUARA_CORE_COUNT_HPP
#define SUARA_CORE_COUNT_HPP

#include <compare>
#include <cstdint>
#include <stdexcept>
#include <type_traits>

#include <suara/core/category.hpp>

namespace suara {

/// The representation of every count: wide enough for a national roll-up of votes.
using count_rep = std::uint64_t;

/// A number that knows what it counts: its kind (voters, participants, ballots, votes), its voter
/// list and its sex are part of the type, so that only counts of the same thing add up.
template <class Kind, class List = no_list, class Sex = sex::none>
class count {
public:
    using kind_type = Kind;  ///< What the count counts (a type of suara::kind).
    using list_type = List;  ///< The voter list (dpt, dptb, dpk, all_lists, disabilitas), or no_list.
    using sex_type = Sex;  ///< The sex (sex::l, sex::p, sex::j), or sex::none.

    constexpr count() noexcept = default;
    /// Explicit: a bare number never becomes a count by accident.
    constexpr explicit count(count_rep n) noexcept : n_{n} {}

    /// The number counted.
    [[nodiscard]] constexpr count_rep value() const noexcept { return n_; }

    /// Adds a count of the same thing; throws std::overflow_error past count_rep.
    constexpr count& operator+=(count other) {
        if (__builtin_add_overflow(n_, other.n_, &n_)) throw std::overflow_error("suara::count overflow");
        return *this;
    }
    /// Subtracts a count of the same thing; throws std::underflow_error below zero.
    constexpr count& operator-=(count other) {
        if (other.n_ > n_) throw std::underflow_error("suara::count below zero");
        n_ -= other.n_;
        return *this;
    }
    /// Sum of two counts of the same thing (checked like +=).
    [[nodiscard]] friend constexpr count operator+(count a, count b) { return a += b; }
    /// Difference of two counts of the same thing; never negative (throws instead).
    [[nodiscard]] friend constexpr count operator-(count a, count b) { return a -= b; }

    /// Equal when they count the same number.
    friend constexpr bool operator==(count, count) noexcept = default;
    /// Ordered by the number counted.
    friend constexpr auto operator<=>(count, count) noexcept = default;

private:
    count_rep n_ = 0;
};

template <class T>
inline constexpr bool is_count_v = false;
template <class K, class L, class S>
inline constexpr bool is_count_v<count<K, L, S>> = true;

// ---- the vocabulary of the form ------------------------------------------------------------

/// Registered voters of a list, by sex ("data pemilih").
template <class List, class Sex = sex::j>
using pemilih_count = count<kind::pemilih, List, Sex>;
/// Voters of a list who voted, by sex ("pengguna hak pilih").
template <class List, class Sex = sex::j>
using pengguna_count = count<kind::pengguna_hak_pilih, List, Sex>;
/// Ballot papers.
using surat_suara_count = count<kind::surat_suara>;
/// Votes.
using suara_count = count<kind::suara>;

// ---- named aggregations --------------------------------------------------------------------

/// J = L + P, for any kind and list.
template <class Kind, class List>
[[nodiscard]] constexpr count<Kind, List, sex::j> sum_of_sexes(count<Kind, List, sex::l> l,
                                                               count<Kind, List, sex::p> p) {
    return count<Kind, List, sex::j>{l.value()} + count<Kind, List, sex::j>{p.value()};
}

/// Total participants = DPT + DPTb + DPK participants (per sex). The only way to obtain a
/// participating total: the three lists stay apart until they are added here, on purpose.
template <class Sex>
[[nodiscard]] constexpr pengguna_count<all_lists, Sex> total_participants(pengguna_count<dpt, Sex> a,
                                                                          pengguna_count<dptb, Sex> b,
                                                                          pengguna_count<dpk, Sex> c) {
    using T = pengguna_count<all_lists, Sex>;
    return T{a.value()} + T{b.value()} + T{c.value()};
}

/// Total registered = DPT + DPTb + DPK registered (per sex), for forms that print the total.
template <class Sex>
[[nodiscard]] constexpr pemilih_count<all_lists, Sex> total_registered(pemilih_count<dpt, Sex> a,
                                                                       pemilih_count<dptb, Sex> b,
                                                                       pemilih_count<dpk, Sex> c) {
    using T = pemilih_count<all_lists, Sex>;
    return T{a.value()} + T{b.value()} + T{c.value()};
}

/// The reasons named in the diagnostics of misuses that suara turns away at compile time: each
/// type's name says what to write instead, and it is all a compiler prints of it.
namespace misuse {
/// DPT + DPK participants: the lists are totalled by total_participants(dpt, dptb, dpk).
struct add_lists_with_total_participants {};
/// DPT + DPK registered voters: the lists are totalled by total_registered(dpt, dptb, dpk).
struct add_lists_with_total_registered {};
/// Two lists of any other kind of figure: add each list's own figures.
struct lists_do_not_add {};
}  // namespace misuse

namespace detail {
template <class Kind>
using list_sum_reason = std::conditional_t<
    std::is_same_v<Kind, kind::pengguna_hak_pilih>, misuse::add_lists_with_total_participants,
    std::conditional_t<std::is_same_v<Kind, kind::pemilih>, misuse::add_lists_with_total_registered, misuse::lists_do_not_add>>;
}  // namespace detail

/// DPT + DPK (any two lists) with `+` does not compile, and the compiler's message names the
/// aggregation to use (`Why = misuse::add_lists_with_total_participants`): a voter counted in the
/// wrong list is a re-vote ground, so the lists meet only in the named aggregations above.
template <class Kind, class L1, class L2, class Sex, class Why = detail::list_sum_reason<Kind>>
    requires(!std::is_same_v<L1, L2>)
void operator+(count<Kind, L1, Sex>, count<Kind, L2, Sex>) = delete;

/// Each voter who voted used exactly one ballot of the contest: the number of ballots that the
/// participants account for (identity 5, `docs/sources.md#identity-5`).
template <class Sex>
[[nodiscard]] constexpr surat_suara_count ballots_accounted_for(pengguna_count<all_lists, Sex> p) noexcept
    requires std::is_same_v<Sex, sex::j>
{
    return surat_suara_count{p.value()};
}

/// Each ballot cast is one vote, valid or invalid: the votes a number of used ballots yields.
[[nodiscard]] constexpr suara_count votes_cast_from(surat_suara_count used) noexcept {
    return suara_count{used.value()};
}

/// Ballots received must be used, returned (damaged / mis-marked) or unused (identity 4).
[[nodiscard]] constexpr surat_suara_count ballots_accounted(surat_suara_count used, surat_suara_count returned,
                                                            surat_suara_count unused) {
    return used + returned + unused;
}

}  // namespace suara

#endif  // SUARA_CORE_COUNT_HPP
