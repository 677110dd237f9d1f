// suara benchmarks — a synthetic national batch, for when no generated CSV is given.
// Distributed under the Boost Software License, Version 1.0.
#ifndef SUARA_BENCHMARKS_SYNTHETIC_HPP
#define SUARA_BENCHMARKS_SYNTHETIC_HPP

#include <cstddef>
#include <cstdint>

#include <suara/form/batch.hpp>
#include <suara/regimes/pemilu_2024.hpp>

#include <suara_synthetic/rng.hpp>
#include <suara_synthetic/sheet.hpp>

namespace suara::bench {

/// `n` Pemilu ppwp sheets, consistent except ~2.5 % with suara_sah one off (a misread); fixed
/// data, every run the same.
inline sheet_batch synthetic(std::size_t n) {
    sheet_batch b;
    b.reserve(n);
    synthetic::rng r{88172645463325252ULL};
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t village = 1101010001ULL + (i / 10) * 7 % 8'000'000'000ULL;
        synthetic::tps_counts t;
        t.contest = kontes::ppwp;
        t.dpt_l = 100 + r.below(50U), t.dpt_p = 100 + r.below(50U);
        t.voted_dpt_l = t.dpt_l - r.below(30U), t.voted_dpt_p = t.dpt_p - r.below(30U);
        t.invalid = r.below(5U);
        t.candidates = 3;
        const std::uint32_t valid = synthetic::valid_votes(t);
        t.votes[0] = r.below(valid + 1);
        t.votes[1] = r.below(valid - t.votes[0] + 1);
        t.votes[2] = valid - t.votes[0] - t.votes[1];
        t.dis_l = r.below(3U);  // a complete sheet: disability rows and the incident section filled in
        sheet s = synthetic::sheet_of<pemilu_2024>(t, *tps_code::from_number(village * 1000 + i % 10 + 1));
        if (r.below(40U) == 0) s.figures[index(field::suara_sah)] += 1;  // ~2.5 % misread
        b.push_back(s);
    }
    return b;
}

}  // namespace suara::bench

#endif  // SUARA_BENCHMARKS_SYNTHETIC_HPP
