// suara — what happened at a TPS (Model C.Kejadian Khusus), as a typed value.
// Distributed under the Boost Software License, Version 1.0.
//
// An incident report is what the incident conditions (suara/law/conditions.hpp) read.
// Every entry is optional: an empty optional means "not reported", which is never a ground for
// anything. Reports are literal types, so a user can build one in a constant expression and
// `static_assert` what the law makes of it; the same report is read from a sheet's kejadian_*
// fields for bulk data.
#ifndef SUARA_FORM_INCIDENT_REPORT_HPP
#define SUARA_FORM_INCIDENT_REPORT_HPP

#include <cstdint>
#include <optional>

#include <suara/core/count.hpp>
#include <suara/form/field.hpp>
#include <suara/form/sheet.hpp>
#include <suara/form/sheet_like.hpp>

namespace suara {

/// What the KPPS reported on Model C.Kejadian Khusus, entry by entry; an empty optional is
/// "not reported". Designated initialisers name what happened: `{.memilih_ganda = 2}`.
struct incident_report {
    // ---- PSU grounds (docs/sources.md#psu) ----
    std::optional<bool> kotak_dibuka{};           ///< box or documents opened against procedure
    std::optional<bool> tanda_khusus{};           ///< KPPS asked a voter to mark/sign/write on a used ballot
    std::optional<count_rep> surat_dirusak{};     ///< used ballots destroyed by KPPS
    std::optional<count_rep> memilih_ganda{};     ///< persons who voted more than once
    std::optional<count_rep> tidak_terdaftar{};   ///< persons not entitled who voted
    // ---- disturbances (docs/sources.md#psu, #continued-and-follow-up) ----
    std::optional<gangguan> gangguan_jenis{};       ///< disaster, riot or security disturbance
    std::optional<gangguan_tahap> gangguan_tahap_terhenti{};  ///< which stages it stopped
    // ---- what the disturbance did, in the words of the law (true: it happened) ----
    /// "penghitungan suara tidak dapat dilanjutkan": the count began and could not go on
    /// (UU 7/2017 Pasal 374 ayat (2) huruf a, a recount ground for a riot)
    std::optional<bool> hitung_tidak_dapat_dilanjutkan{};
    /// "penghitungan suara tidak dapat dilakukan": the count cannot be done at all
    /// (UU 7/2017 Pasal 372 ayat (1), UU 1/2015 Pasal 112 ayat (1), a re-vote ground)
    std::optional<bool> hitung_tidak_dapat_dilakukan{};
    /// "hasil pemungutan suara tidak dapat digunakan": the results of the vote cannot be used
    /// (the same two articles)
    std::optional<bool> hasil_tidak_dapat_digunakan{};
    // ---- recount grounds (docs/sources.md#recount) ----
    std::optional<bool> hitung_tertutup{};  ///< the count was held behind closed doors (recount ground)
    std::optional<bool> kurang_terang{};  ///< the count was held in poor light (recount ground)
    std::optional<bool> suara_tidak_jelas{};  ///< the reading of the ballots was not loud enough (recount ground)
    std::optional<bool> tulisan_tidak_jelas{};  ///< the writing of the results was not clear (recount ground)
    std::optional<bool> tidak_dapat_disaksikan{};  ///< witnesses, supervisors or the public could not watch (recount ground)
    std::optional<bool> tempat_waktu_lain{};  ///< the count was held at another place or time than set (recount ground)
    std::optional<bool> sah_tidak_konsisten{};  ///< the valid and invalid votes were counted inconsistently (recount ground)

    /// Equal when every entry is.
    friend constexpr bool operator==(const incident_report&, const incident_report&) = default;
};

/// The report of a TPS where everything was reported and nothing happened (flags 0, counts 0, no
/// disturbance). Conditions must hold on neither this nor the empty report (checked at compile
/// time), which lets the bulk path skip sheets whose kejadian fields are all 0 or missing.
[[nodiscard]] constexpr incident_report nothing_happened() noexcept {
    return {.kotak_dibuka = false, .tanda_khusus = false, .surat_dirusak = 0, .memilih_ganda = 0, .tidak_terdaftar = 0,
            .gangguan_jenis = gangguan::none, .gangguan_tahap_terhenti = gangguan_tahap::none,
            .hitung_tidak_dapat_dilanjutkan = false, .hitung_tidak_dapat_dilakukan = false,
            .hasil_tidak_dapat_digunakan = false, .hitung_tertutup = false, .kurang_terang = false,
            .suara_tidak_jelas = false, .tulisan_tidak_jelas = false, .tidak_dapat_disaksikan = false,
            .tempat_waktu_lain = false, .sah_tidak_konsisten = false};
}

/// True when the optional flag was reported as set.
[[nodiscard]] constexpr bool reported(const std::optional<bool>& flag) noexcept { return flag.value_or(false); }

/// True when the optional count was reported and reaches `threshold` (never for "not reported").
[[nodiscard]] constexpr bool reported_at_least(const std::optional<count_rep>& n, count_rep threshold) noexcept {
    return n.has_value() && *n >= threshold;
}

namespace detail {
template <sheet_like S>
constexpr std::optional<bool> flag_of(const S& s, field f) noexcept {
    const std::uint32_t v = s.figure(f);
    return v == missing_figure ? std::nullopt : std::optional<bool>{v != 0};
}
template <sheet_like S>
constexpr std::optional<count_rep> count_of(const S& s, field f) noexcept {
    const std::uint32_t v = s.figure(f);
    return v == missing_figure ? std::nullopt : std::optional<count_rep>{v};
}
}  // namespace detail

/// The incident report a sheet's kejadian_* fields carry. A code outside the known range (the
/// readers reject those) is read as "not reported" rather than guessed.
template <sheet_like S>
[[nodiscard]] constexpr incident_report incident_report_of(const S& s) noexcept {
    incident_report r;
    r.kotak_dibuka = detail::flag_of(s, field::kejadian_kotak_dibuka);
    r.tanda_khusus = detail::flag_of(s, field::kejadian_tanda_khusus);
    r.surat_dirusak = detail::count_of(s, field::kejadian_surat_dirusak);
    r.memilih_ganda = detail::count_of(s, field::kejadian_memilih_ganda);
    r.tidak_terdaftar = detail::count_of(s, field::kejadian_tidak_terdaftar);
    if (const std::uint32_t g = s.figure(field::kejadian_gangguan); g <= static_cast<std::uint32_t>(gangguan::keamanan))
        r.gangguan_jenis = static_cast<gangguan>(g);
    if (const std::uint32_t t = s.figure(field::kejadian_gangguan_tahap);
        t <= static_cast<std::uint32_t>(gangguan_tahap::seluruh))
        r.gangguan_tahap_terhenti = static_cast<gangguan_tahap>(t);
    r.hitung_tidak_dapat_dilanjutkan = detail::flag_of(s, field::kejadian_hitung_tidak_dapat_dilanjutkan);
    r.hitung_tidak_dapat_dilakukan = detail::flag_of(s, field::kejadian_hitung_tidak_dapat_dilakukan);
    r.hasil_tidak_dapat_digunakan = detail::flag_of(s, field::kejadian_hasil_tidak_dapat_digunakan);
    r.hitung_tertutup = detail::flag_of(s, field::kejadian_hitung_tertutup);
    r.kurang_terang = detail::flag_of(s, field::kejadian_kurang_terang);
    r.suara_tidak_jelas = detail::flag_of(s, field::kejadian_suara_tidak_jelas);
    r.tulisan_tidak_jelas = detail::flag_of(s, field::kejadian_tulisan_tidak_jelas);
    r.tidak_dapat_disaksikan = detail::flag_of(s, field::kejadian_tidak_dapat_disaksikan);
    r.tempat_waktu_lain = detail::flag_of(s, field::kejadian_tempat_waktu_lain);
    r.sah_tidak_konsisten = detail::flag_of(s, field::kejadian_sah_tidak_konsisten);
    return r;
}

/// Writes a report into a sheet's kejadian_* fields (not reported = missing).
constexpr void write_incidents(sheet& s, const incident_report& r) {
    auto flag = [&](field f, const std::optional<bool>& v) {
        if (v) s.set_raw(f, *v ? 1U : 0U);
        else s.clear(f);
    };
    auto num = [&](field f, const std::optional<count_rep>& v) {
        if (v) s.set_raw(f, *v > max_figure ? max_figure : static_cast<std::uint32_t>(*v));
        else s.clear(f);
    };
    flag(field::kejadian_kotak_dibuka, r.kotak_dibuka);
    flag(field::kejadian_tanda_khusus, r.tanda_khusus);
    num(field::kejadian_surat_dirusak, r.surat_dirusak);
    num(field::kejadian_memilih_ganda, r.memilih_ganda);
    num(field::kejadian_tidak_terdaftar, r.tidak_terdaftar);
    if (r.gangguan_jenis) s.set_raw(field::kejadian_gangguan, static_cast<std::uint32_t>(*r.gangguan_jenis));
    else s.clear(field::kejadian_gangguan);
    if (r.gangguan_tahap_terhenti)
        s.set_raw(field::kejadian_gangguan_tahap, static_cast<std::uint32_t>(*r.gangguan_tahap_terhenti));
    else s.clear(field::kejadian_gangguan_tahap);
    flag(field::kejadian_hitung_tidak_dapat_dilanjutkan, r.hitung_tidak_dapat_dilanjutkan);
    flag(field::kejadian_hitung_tidak_dapat_dilakukan, r.hitung_tidak_dapat_dilakukan);
    flag(field::kejadian_hasil_tidak_dapat_digunakan, r.hasil_tidak_dapat_digunakan);
    flag(field::kejadian_hitung_tertutup, r.hitung_tertutup);
    flag(field::kejadian_kurang_terang, r.kurang_terang);
    flag(field::kejadian_suara_tidak_jelas, r.suara_tidak_jelas);
    flag(field::kejadian_tulisan_tidak_jelas, r.tulisan_tidak_jelas);
    flag(field::kejadian_tidak_dapat_disaksikan, r.tidak_dapat_disaksikan);
    flag(field::kejadian_tempat_waktu_lain, r.tempat_waktu_lain);
    flag(field::kejadian_sah_tidak_konsisten, r.sah_tidak_konsisten);
}

}  // namespace suara

#endif  // SUARA_FORM_INCIDENT_REPORT_HPP
