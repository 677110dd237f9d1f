// suara synthetic data — the one random number generator of the generators, tests and benchmarks.
// Distributed under the Boost Software License, Version 1.0.
//
// splitmix64 over a counter, and integer arithmetic only: the same sequence on every compiler
// and platform (the distributions of <random> are implementation-defined), so that generated
// data, test corpora and the catalogue fingerprint (tests/provenance) are reproducible.
#ifndef SUARA_SYNTHETIC_RNG_HPP
#define SUARA_SYNTHETIC_RNG_HPP

#include <concepts>
#include <cstdint>

namespace suara::synthetic {

/// splitmix64: seeded by its starting state, one 64-bit value per `next()`.
struct rng {
    std::uint64_t state = 0;

    /// The next 64 bits.
    constexpr std::uint64_t next() noexcept {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, n) (n >= 0) up to a bias below n / 2^64; 0 when n is 0.
    template <std::integral T>
    constexpr T below(T n) noexcept {
        return n <= 0 ? T{0} : static_cast<T>(next() % static_cast<std::uint64_t>(n));
    }
    /// Uniform in [lo, hi], both included (lo <= hi).
    template <std::integral T>
    constexpr T between(T lo, T hi) noexcept {
        return static_cast<T>(lo + static_cast<T>(next() % (static_cast<std::uint64_t>(hi - lo) + 1)));
    }
    /// True with probability ppm / 1,000,000.
    constexpr bool chance(std::uint32_t ppm) noexcept { return below(std::uint32_t{1'000'000}) < ppm; }
};

}  // namespace suara::synthetic

#endif  // SUARA_SYNTHETIC_RNG_HPP
