// suara — what follows a decision to re-vote, recount or continue: who proposes it, who passes
// the proposal on, who decides, where it is held, and by when. Every regime carries one path per
// outcome (`psu_path`, `recount_path`, `continued_path`, `follow_up_path`), each part cited.
// Distributed under the Boost Software License, Version 1.0.
//
// Everything is a literal type, so the last legal day of a re-vote is a constant expression:
//
//     static_assert(pemilu_2024::psu_path.deadline.value.last_day(pemilu_2024::voting_day.value) ==
//                   civil_date{2024, 2, 24});   // UU 7/2017 Pasal 373 ayat (3): at most 10 days
//
// A deadline no source states is `time_limit::unknown()`: its `last_day` is empty, and asking
// for the date in a constant expression does not compile. No number is made up for it.
#ifndef SUARA_CORE_DECISION_PATH_HPP
#define SUARA_CORE_DECISION_PATH_HPP

#include <array>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string_view>

#include <suara/core/citation.hpp>
#include <suara/core/civil_date.hpp>
#include <suara/core/text.hpp>

namespace suara {

/// The bodies of election day that propose, pass on, decide and hold.
enum class body : std::uint8_t {
    kpps,                ///< Kelompok Penyelenggara Pemungutan Suara (the TPS committee)
    pps,                 ///< Panitia Pemungutan Suara (village committee)
    ppk,                 ///< Panitia Pemilihan Kecamatan (sub-district committee)
    kpu_kab_kota,        ///< KPU Kabupaten/Kota
    saksi,               ///< a candidate's or participant's witness
    pengawas_tps,        ///< Pengawas TPS (the TPS supervisor)
    ppl,                 ///< Pengawas Pemilihan Lapangan (field supervisor, the older term)
    panwaslu_kecamatan,  ///< Panwaslu Kecamatan (sub-district supervisor)
};
inline constexpr std::array<body, 8> all_bodies{body::kpps, body::pps, body::ppk, body::kpu_kab_kota,
                                                 body::saksi, body::pengawas_tps, body::ppl, body::panwaslu_kecamatan};

/// The name of a body for people: Indonesian as the law writes it, English described.
[[nodiscard]] constexpr bilingual name_of(body b) noexcept {
    switch (b) {
    case body::kpps: return {"KPPS", "the KPPS (polling-station committee)"};
    case body::pps: return {"PPS", "the PPS (village committee)"};
    case body::ppk: return {"PPK", "the PPK (sub-district committee)"};
    case body::kpu_kab_kota: return {"KPU Kabupaten/Kota", "the regency/city KPU"};
    case body::saksi: return {"saksi", "a witness"};
    case body::pengawas_tps: return {"Pengawas TPS", "the TPS supervisor"};
    case body::ppl: return {"PPL", "the field supervisor (PPL)"};
    case body::panwaslu_kecamatan: return {"Panwaslu Kecamatan", "the sub-district supervisor (Panwaslu Kecamatan)"};
    }
    return {"", ""};
}

/// A set of bodies ("a witness or the field supervisor"). Empty: no body (nobody passes the
/// proposal on). `unknown()`: no source read names the body, which is not the same as none.
class body_set {
public:
    constexpr body_set() noexcept = default;
    /// The bodies listed.
    constexpr body_set(std::initializer_list<body> bs) noexcept {
        for (body b : bs) bits_ |= bit(b);
    }
    /// No source read names the body: honest absence, not an empty set.
    [[nodiscard]] static constexpr body_set unknown() noexcept {
        body_set s;
        s.bits_ = unknown_bit;
        return s;
    }
    /// False for unknown().
    [[nodiscard]] constexpr bool known() const noexcept { return bits_ != unknown_bit; }
    /// True when the body is known to be in the set.
    [[nodiscard]] constexpr bool contains(body b) const noexcept { return known() && (bits_ & bit(b)) != 0; }
    /// Known to be no body.
    [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
    /// Equal when the same bodies, or both unknown.
    friend constexpr bool operator==(body_set, body_set) noexcept = default;

private:
    static constexpr std::uint16_t unknown_bit = 0x8000;
    static constexpr std::uint16_t bit(body b) noexcept { return static_cast<std::uint16_t>(1U << static_cast<unsigned>(b)); }
    std::uint16_t bits_ = 0;
};

/// Where the outcome is carried out.
enum class venue : std::uint8_t { tps, pps, ppk };

[[nodiscard]] constexpr bilingual name_of(venue v) noexcept {
    switch (v) {
    case venue::tps: return {"TPS", "the TPS"};
    case venue::pps: return {"PPS", "the PPS (village committee)"};
    case venue::ppk: return {"PPK", "the PPK (sub-district committee)"};
    }
    return {"", ""};
}

/// The place, and where it moves when it cannot be held there ("if the TPS cannot, at the PPS":
/// Perpu 1/2014 Pasal 113 ayat (4)).
struct place {
    venue at = venue::tps;  ///< Where it is held.
    std::optional<venue> otherwise{};  ///< Where, when that place cannot be used; empty when the law names none.
    /// Equal when both places are.
    friend constexpr bool operator==(const place&, const place&) = default;
};

/// By when the outcome must be carried out, counted from voting day.
class time_limit {
public:
    /// What kind of limit the law sets.
    enum class kind : std::uint8_t {
        unknown,               ///< no source read states it
        on_voting_day,         ///< held and finished on voting day itself
        days_after_voting_day, ///< "paling lama N hari setelah hari pemungutan suara"
    };

    /// The default is the honest one: unknown.
    constexpr time_limit() noexcept = default;
    /// No source states the limit: honest absence, not a number.
    [[nodiscard]] static constexpr time_limit unknown() noexcept { return {kind::unknown, 0}; }
    /// Held and finished on voting day itself.
    [[nodiscard]] static constexpr time_limit on_voting_day() noexcept { return {kind::on_voting_day, 0}; }
    /// At most `days` days after voting day (days >= 0).
    [[nodiscard]] static constexpr time_limit within_days(int days) noexcept {
        return {kind::days_after_voting_day, days < 0 ? 0 : days};
    }

    /// The kind of limit.
    [[nodiscard]] constexpr kind what() const noexcept { return kind_; }
    /// False when no source states the limit.
    [[nodiscard]] constexpr bool known() const noexcept { return kind_ != kind::unknown; }
    /// Days after voting day, when known (0 for "on voting day").
    [[nodiscard]] constexpr std::optional<int> days() const noexcept {
        if (!known()) return std::nullopt;
        return days_;
    }
    /// The last legal day for a given voting day; empty when the limit is unknown.
    [[nodiscard]] constexpr std::optional<civil_date> last_day(civil_date voting_day) const noexcept {
        if (!known()) return std::nullopt;
        return days_after(voting_day, days_);
    }
    /// Whether `day` is within the limit; empty when the limit is unknown (not "yes", not "no").
    [[nodiscard]] constexpr std::optional<bool> allows(civil_date voting_day, civil_date day) const noexcept {
        const auto last = last_day(voting_day);
        if (!last) return std::nullopt;
        return day >= voting_day && day <= *last;
    }

    /// Equal when kind and days are.
    friend constexpr bool operator==(const time_limit&, const time_limit&) = default;

private:
    constexpr time_limit(kind k, int d) noexcept : kind_{k}, days_{d} {}
    kind kind_ = kind::unknown;
    int days_ = 0;
};

/// The path an outcome takes, each step with its basis.
struct decision_path {
    cited<body_set> proposed_by;   ///< who proposes (or recommends) it
    cited<body_set> passed_on_by;  ///< who passes the proposal on (empty: straight to who decides)
    cited<body_set> decided_by;    ///< who decides
    cited<place> held_at;          ///< where it is carried out
    cited<time_limit> deadline;    ///< by when

    /// The five citations, in the order above (for listing and checking).
    [[nodiscard]] constexpr std::array<citation, 5> bases() const noexcept {
        return {proposed_by.basis, passed_on_by.basis, decided_by.basis, held_at.basis, deadline.basis};
    }
};

}  // namespace suara

#endif  // SUARA_CORE_DECISION_PATH_HPP
