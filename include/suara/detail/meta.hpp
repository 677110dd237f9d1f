// suara — small metaprogramming helpers for internal use.
// Distributed under the Boost Software License, Version 1.0.
#ifndef SUARA_DETAIL_META_HPP
#define SUARA_DETAIL_META_HPP

namespace suara::detail {

/// False, but only once T is known: lets a static_assert in a discarded branch name T.
template <class...>
inline constexpr bool dependent_false = false;

}  // namespace suara::detail

#endif  // SUARA_DETAIL_META_HPP
