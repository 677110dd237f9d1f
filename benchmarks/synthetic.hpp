// suara benchmarks — a synthetic national batch, for when no generated CSV is given.
// Distributed under the Boost Software License, Version 1.0.
#ifndef SUARA_BENCHMARKS_SYNTHETIC_HPP
#define SUARA_BENCHMARKS_SYNTHETIC_HPP

#include <array>
#include <cstddef>
#include <cstdint>

#include <suara/form/batch.hpp>
#include <suara/form/legislative_batch.hpp>
#include <suara/form/legislative_sheet.hpp>
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

/// The legislative sheets of the TPS of synthetic(n), in memory: per TPS a DPR, a DPRD
/// Provinsi and a DPRD Kab/Kota sheet (18 parties, 1 to 10 candidates each) and a DPD sheet
/// (20 to 50 candidates), whose administration is the PPWP sheet's (the same voters hold every
/// ballot); consistent except ~2.5 % of the party sheets with one candidate one vote off (a
/// misread: votes.party_sum) and ~1 % of the DPD sheets with pengguna_dpk_j one off (across
/// contests). Fixed data, every run the same. `ppwp` is synthetic(n) (the codes and figures).
inline legislative_batch synthetic_legislative(const sheet_batch& ppwp) {
    legislative_batch b;
    const std::size_t n = ppwp.size();
    b.reserve(4 * n, 3 * 18 * n, 3 * 18 * 6 * n + 35 * n);
    synthetic::rng r{2024021400000017ULL};
    constexpr std::array<kontes, 3> party_contests{kontes::pdpr, kontes::pdprdp, kontes::pdprdk};
    for (std::size_t i = 0; i < n; ++i) {
        const auto row = ppwp.row(i);
        std::uint32_t valid = row.figure(field::suara_sah);
        if (valid == missing_figure) valid = 0;
        auto admin_of = [&](kontes k) {
            auto s = legislative_sheet::empty(row.code(), k, dapil_code{"DAPIL-1"});
            for (std::size_t f = 0; f < field_count; ++f) s.admin.figures[f] = row.figure(static_cast<field>(f));
            // the sheet's own valid votes: the PPWP sheet's, when it was misread
            std::uint64_t cand = 0;
            for (std::size_t c = 0; c < row.candidate_count(); ++c) cand += row.candidate_figure(c);
            s.admin.figures[index(field::suara_sah)] = static_cast<std::uint32_t>(cand);
            return s;
        };
        std::uint64_t sum = 0;
        for (std::size_t c = 0; c < row.candidate_count(); ++c) sum += row.candidate_figure(c);
        valid = static_cast<std::uint32_t>(sum);
        for (const kontes k : party_contests) {
            auto s = admin_of(k);
            std::uint32_t left = valid;
            for (std::uint8_t p = 1; p <= 18; ++p) {
                const std::size_t cands = 1 + r.below(10U);
                const std::size_t j = s.add_party(party_number{p}, cands);
                const std::uint32_t total = p == 18 ? left : r.below(left / 4 + 1);
                left -= total;
                std::uint32_t rest = total;
                for (std::size_t c = 0; c < cands; ++c) {
                    const std::uint32_t v = r.below(rest / 2 + 1);
                    s.set_candidate_votes(j, c, v);
                    rest -= v;
                }
                s.set_party_votes(j, rest).set_party_total(j, total);
            }
            if (r.below(40U) == 0) s.set_candidate_votes(0, 0, s.parties[0].candidate_votes[0] + 1);  // ~2.5 % misread
            b.push_back(s);
        }
        auto d = admin_of(kontes::pdpd);
        const std::size_t cands = 20 + r.below(31U);
        d.set_dpd_candidates(cands);
        std::uint32_t left = valid;
        for (std::size_t c = 0; c + 1 < cands; ++c) {
            const std::uint32_t v = r.below(left / 8 + 1);
            d.set_dpd_votes(c, v);
            left -= v;
        }
        d.set_dpd_votes(cands - 1, left);
        if (r.below(100U) == 0 && d.admin.figures[index(field::pengguna_dpk_j)] != missing_figure)
            d.admin.figures[index(field::pengguna_dpk_j)] += 1;  // ~1 % off the other sheets
        b.push_back(d);
    }
    return b;
}

}  // namespace suara::bench

#endif  // SUARA_BENCHMARKS_SYNTHETIC_HPP
