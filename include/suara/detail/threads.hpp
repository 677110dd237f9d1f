// suara — internal: how many worker threads a "0 = all cores" option means.
// Distributed under the Boost Software License, Version 1.0.
#ifndef SUARA_DETAIL_THREADS_HPP
#define SUARA_DETAIL_THREADS_HPP

#include <thread>

namespace suara::detail {

/// `requested`, or every core when it is 0 (one when the count is unknown).
[[nodiscard]] inline unsigned resolve_threads(unsigned requested) noexcept {
    if (requested != 0) return requested;
    const unsigned hw = std::thread::hardware_concurrency();
    return hw == 0 ? 1U : hw;
}

}  // namespace suara::detail

#endif  // SUARA_DETAIL_THREADS_HPP
