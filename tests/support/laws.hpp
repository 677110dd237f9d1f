// suara test laws: each law is written once and checked against every model that claims it
// (the Boost.Hana habit). constexpr where possible, so that static tests can use them too.
//
//  - sex_sum_law          J = L + P, for any kind and list
//  - addition_is_monoid   counts add associatively and commutatively, with zero as identity
//  - category_sum_law     total participants = DPT + DPTb + DPK, per sex, and the per-sex totals
//                         add up to the J total
//  - missing_is_not_zero  a model that loses a figure must not report the same as one with 0
// Models of later areas (sheets, batches, polling-station days, roll-ups) add their laws here.
#ifndef SUARA_TESTS_LAWS_HPP
#define SUARA_TESTS_LAWS_HPP

#include <suara/core/count.hpp>

namespace suara::laws {

template <class Kind, class List>
constexpr bool sex_sum_law(count_rep l, count_rep p) {
    const auto j = sum_of_sexes(count<Kind, List, sex::l>{l}, count<Kind, List, sex::p>{p});
    return j.value() == l + p && j == count<Kind, List, sex::j>{p + l};
}

template <class C>
constexpr bool addition_is_monoid(count_rep a, count_rep b, count_rep c) {
    const C x{a}, y{b}, z{c};
    return (x + y) + z == x + (y + z) && x + y == y + x && x + C{} == x && (x + y) - y == x;
}

constexpr bool category_sum_law(count_rep dpt_l, count_rep dpt_p, count_rep dptb_l, count_rep dptb_p,
                                count_rep dpk_l, count_rep dpk_p) {
    const auto l = total_participants(pengguna_count<dpt, sex::l>{dpt_l}, pengguna_count<dptb, sex::l>{dptb_l},
                                      pengguna_count<dpk, sex::l>{dpk_l});
    const auto p = total_participants(pengguna_count<dpt, sex::p>{dpt_p}, pengguna_count<dptb, sex::p>{dptb_p},
                                      pengguna_count<dpk, sex::p>{dpk_p});
    const auto j = total_participants(sum_of_sexes(pengguna_count<dpt, sex::l>{dpt_l}, pengguna_count<dpt, sex::p>{dpt_p}),
                                      sum_of_sexes(pengguna_count<dptb, sex::l>{dptb_l}, pengguna_count<dptb, sex::p>{dptb_p}),
                                      sum_of_sexes(pengguna_count<dpk, sex::l>{dpk_l}, pengguna_count<dpk, sex::p>{dpk_p}));
    return sum_of_sexes(l, p) == j;
}

}  // namespace suara::laws

#endif  // SUARA_TESTS_LAWS_HPP
