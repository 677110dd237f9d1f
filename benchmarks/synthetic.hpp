// suara benchmarks — a synthetic national batch, for when no generated CSV is given.
// Distributed under the Boost Software License, Version 1.0.
#ifndef SUARA_BENCHMARKS_SYNTHETIC_HPP
#define SUARA_BENCHMARKS_SYNTHETIC_HPP

#include <cstddef>
#include <cstdint>

#include <suara/form/batch.hpp>

namespace suara::bench {

/// `n` Pemilu ppwp sheets, consistent except ~2.5 % with suara_sah one off (a misread).
inline sheet_batch synthetic(std::size_t n) {
    sheet_batch b;
    b.reserve(n);
    std::uint64_t x = 88172645463325252ULL;  // xorshift: fixed data, every run the same
    auto next = [&] {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        return x;
    };
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t village = 1101010001ULL + (i / 10) * 7 % 8'000'000'000ULL;
        const auto code = *tps_code::from_number(village * 1000 + i % 10 + 1);
        const auto r = b.append_missing(code, kontes::ppwp, 3, false);
        auto set = [&](field f, std::uint32_t v) { b.column(f)[r] = v; };
        const std::uint32_t dpt_l = 100 + static_cast<std::uint32_t>(next() % 50);
        const std::uint32_t dpt_p = 100 + static_cast<std::uint32_t>(next() % 50);
        const std::uint32_t use_l = dpt_l - static_cast<std::uint32_t>(next() % 30);
        const std::uint32_t use_p = dpt_p - static_cast<std::uint32_t>(next() % 30);
        set(field::pemilih_dpt_l, dpt_l);
        set(field::pemilih_dpt_p, dpt_p);
        set(field::pemilih_dpt_j, dpt_l + dpt_p);
        for (auto f : {field::pemilih_dptb_l, field::pemilih_dptb_p, field::pemilih_dptb_j, field::pemilih_dpk_l,
                       field::pemilih_dpk_p, field::pemilih_dpk_j, field::pengguna_dptb_l, field::pengguna_dptb_p,
                       field::pengguna_dptb_j, field::pengguna_dpk_l, field::pengguna_dpk_p, field::pengguna_dpk_j})
            set(f, 0);
        set(field::pengguna_dpt_l, use_l);
        set(field::pengguna_dpt_p, use_p);
        set(field::pengguna_dpt_j, use_l + use_p);
        set(field::pengguna_total_l, use_l);
        set(field::pengguna_total_p, use_p);
        set(field::pengguna_total_j, use_l + use_p);
        const std::uint32_t used = use_l + use_p;
        const std::uint32_t dpt = dpt_l + dpt_p;
        const std::uint32_t received = dpt + (dpt * 2 + 99) / 100;
        set(field::surat_diterima, received);
        set(field::surat_digunakan, used);
        set(field::surat_dikembalikan, 0);
        set(field::surat_tidak_digunakan, received - used);
        const std::uint32_t invalid = static_cast<std::uint32_t>(next() % 5);
        const std::uint32_t valid = used - invalid;
        const std::uint32_t v1 = static_cast<std::uint32_t>(next() % (valid + 1));
        const std::uint32_t v2 = static_cast<std::uint32_t>(next() % (valid - v1 + 1));
        b.candidate_column(0)[r] = v1;
        b.candidate_column(1)[r] = v2;
        b.candidate_column(2)[r] = valid - v1 - v2;
        set(field::suara_sah, valid + (next() % 40 == 0 ? 1U : 0U));  // ~2.5 % misread
        set(field::suara_tidak_sah, invalid);
        set(field::suara_total, valid + invalid);
        // A complete sheet: disability rows and the incident section filled in (no incident).
        const std::uint32_t dis = static_cast<std::uint32_t>(next() % 3);
        set(field::pemilih_disabilitas_l, dis);
        set(field::pemilih_disabilitas_p, 0);
        set(field::pemilih_disabilitas_j, dis);
        set(field::pengguna_disabilitas_l, 0);
        set(field::pengguna_disabilitas_p, 0);
        set(field::pengguna_disabilitas_j, 0);
        for (std::size_t f = index(first_incident_field); f < field_count; ++f) set(static_cast<field>(f), 0);
    }
    return b;
}

}  // namespace suara::bench

#endif  // SUARA_BENCHMARKS_SYNTHETIC_HPP
