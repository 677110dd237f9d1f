// suara — small metaprogramming helpers for internal use.
// Distributed under the Boost Software License, Version 1.0.
#ifndef SUARA_DETAIL_META_HPP
#define SUARA_DETAIL_META_HPP

/// Inlines a lambda or function however cold the compiler deems it: the rule table and the
/// screen's tests are unrolled in place, and GCC's inliner otherwise treats the
/// immediately-invoked lambdas as cold calls.
#if defined(__GNUC__) || defined(__clang__)
#define SUARA_DETAIL_ALWAYS_INLINE __attribute__((always_inline))
#else
#define SUARA_DETAIL_ALWAYS_INLINE
#endif

namespace suara::detail {

/// False, but only once T is known: lets a static_assert in a discarded branch name T.
template <class...>
inline constexpr bool dependent_false = false;

}  // namespace suara::detail

#endif  // SUARA_DETAIL_META_HPP
