// suara — the `psu` status of a Sirekap record, and the outcome each status stands for.
// Distributed under the Boost Software License, Version 1.0.
//
// Sirekap marks every TPS record with a `psu` string (docs/formats.md, Sirekap JSON): JSON
// `null` or "Reguler" for a regular TPS, otherwise the repeated, late or continued stage it went
// through. The reader (io/sirekap.hpp) keeps the status per record; the verdict side compares it
// with the outcome the rules reach (`to_outcome`, `psu_status_of`).
#ifndef SUARA_FORM_PSU_STATUS_HPP
#define SUARA_FORM_PSU_STATUS_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <suara/core/outcome.hpp>

namespace suara {

/// The `psu` status of a Sirekap record.
enum class psu_status : std::uint8_t {
    none,                        ///< JSON null: regular
    reguler,                     ///< "Reguler"
    penghitungan_suara_ulang,    ///< "Penghitungan Suara Ulang" (recount)
    penghitungan_suara_susulan,  ///< "Penghitungan Suara Susulan" (a count held later)
    pemungutan_suara_ulang,      ///< "Pemungutan Suara Ulang" (PSU, re-vote)
    pemungutan_suara_susulan,    ///< "Pemungutan Suara Susulan" (follow-up vote)
    pemungutan_suara_lanjutan,   ///< "Pemungutan Suara Lanjutan" (continued vote)
    other,                       ///< a string docs/formats.md does not list
};

/// Sirekap's spelling of each status, by `psu_status` ("" for JSON null, "?" for `other`).
inline constexpr std::array<std::string_view, 8> psu_status_names{
    "",
    "Reguler",
    "Penghitungan Suara Ulang",
    "Penghitungan Suara Susulan",
    "Pemungutan Suara Ulang",
    "Pemungutan Suara Susulan",
    "Pemungutan Suara Lanjutan",
    "?"};

/// Sirekap's spelling: "Pemungutan Suara Ulang".
[[nodiscard]] constexpr std::string_view to_string(psu_status p) noexcept {
    return psu_status_names[static_cast<std::size_t>(p)];
}

/// Exact match on Sirekap's spelling; any other string (the empty one too: JSON null is read
/// before a string is) is `other`, which the reader reports.
[[nodiscard]] constexpr psu_status psu_from_string(std::string_view s) noexcept {
    for (std::size_t i = 1; i + 1 < psu_status_names.size(); ++i)
        if (psu_status_names[i] == s) return static_cast<psu_status>(i);
    return psu_status::other;
}

/// What the status means as an outcome. "Penghitungan Suara Susulan" (a count held later) has no
/// outcome of its own in the catalogue; it is read as follow_up, the nearest (semantics of the
/// Sirekap values: UNVERIFIED, docs/sources.md, section sirekap). A regular TPS and an unknown string
/// stand for no outcome.
[[nodiscard]] constexpr outcome to_outcome(psu_status p) noexcept {
    switch (p) {
    case psu_status::penghitungan_suara_ulang: return outcome::recount;
    case psu_status::penghitungan_suara_susulan: return outcome::follow_up;
    case psu_status::pemungutan_suara_ulang: return outcome::psu;
    case psu_status::pemungutan_suara_susulan: return outcome::follow_up;
    case psu_status::pemungutan_suara_lanjutan: return outcome::continued;
    case psu_status::none:
    case psu_status::reguler:
    case psu_status::other: break;
    }
    return outcome::none;
}

/// The status Sirekap would show for an outcome; correction and review leave a TPS regular.
[[nodiscard]] constexpr psu_status psu_status_of(outcome o) noexcept {
    switch (o) {
    case outcome::psu: return psu_status::pemungutan_suara_ulang;
    case outcome::recount: return psu_status::penghitungan_suara_ulang;
    case outcome::follow_up: return psu_status::pemungutan_suara_susulan;
    case outcome::continued: return psu_status::pemungutan_suara_lanjutan;
    case outcome::none:
    case outcome::review:
    case outcome::correction: break;
    }
    return psu_status::reguler;
}

}  // namespace suara

#endif  // SUARA_FORM_PSU_STATUS_HPP
