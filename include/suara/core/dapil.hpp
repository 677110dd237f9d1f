// suara — electoral areas: where each contest is decided, and the caller's table of electoral
// districts (daerah pemilihan, dapil).
// Distributed under the Boost Software License, Version 1.0.
//
// A moved voter (pindah memilih) keeps the ballot of a contest only when origin and destination
// lie in the same electoral area of that contest. Some areas are regions, and a region is what
// the leading digits of a TPS code name: the province (DPD; the Pilkada governor race), the
// regency or city (the Pilkada regent / mayor race). Others are not: a DPR or DPRD dapil is drawn
// by the KPU from regencies, districts or villages (Kalimantan Timur is one DPR dapil; Kota
// Balikpapan draws one DPRD Kota dapil per kecamatan), and no code prefix says which. For those
// the caller supplies a `dapil_table`; suara never guesses a dapil from digits. What suara does
// use is that a council's districts divide its own region: a DPR or DPRD Provinsi dapil lies
// within one province, a DPRD Kabupaten/Kota dapil within one regency or city. So two TPS in
// different provinces (resp. regencies) are never in one such dapil, and only TPS of the same
// province (resp. regency) are looked up in the table.
#ifndef SUARA_CORE_DAPIL_HPP
#define SUARA_CORE_DAPIL_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include <suara/core/kontes.hpp>
#include <suara/core/tps_code.hpp>

namespace suara {

/// The electoral area a contest is decided in.
enum class electoral_area : std::uint8_t {
    not_held,  ///< the regime holds no such contest
    nation,    ///< the whole country (PPWP): a moved voter keeps the ballot wherever he moves
    province,  ///< the province is the area (DPD; the Pilkada governor race)
    regency,   ///< the regency or city is the area (the Pilkada regent / mayor race)
    /// A district drawn by the KPU within one province (DPR, DPRD Provinsi): from a dapil table.
    dapil_within_province,
    /// A district drawn by the KPU within one regency or city (DPRD Kab/Kota): from a dapil table.
    dapil_within_regency,
};

[[nodiscard]] constexpr std::string_view to_string(electoral_area a) noexcept {
    switch (a) {
    case electoral_area::not_held: return "not held";
    case electoral_area::nation: return "nation";
    case electoral_area::province: return "province";
    case electoral_area::regency: return "regency/city";
    case electoral_area::dapil_within_province: return "dapil within the province (table)";
    case electoral_area::dapil_within_regency: return "dapil within the regency/city (table)";
    }
    return "not held";
}

/// The electoral area of every contest of a regime (a regime constant: `contest_areas`).
class electoral_areas {
public:
    constexpr electoral_areas() noexcept = default;
    /// Areas by contest: {{kontes::pdpr, electoral_area::dapil}, ...}.
    constexpr electoral_areas(std::initializer_list<std::pair<kontes, electoral_area>> areas) noexcept {
        for (const auto& [k, a] : areas) of_[static_cast<std::size_t>(k)] = a;
    }
    /// The electoral area of contest `k`.
    [[nodiscard]] constexpr electoral_area operator[](kontes k) const noexcept {
        return of_[static_cast<std::size_t>(k)];
    }
    /// The contests that have an area (i.e. are held).
    [[nodiscard]] constexpr kontes_set held() const noexcept {
        kontes_set s;
        for (auto k : all_kontes)
            if ((*this)[k] != electoral_area::not_held) s.insert(k);
        return s;
    }
    /// Equal when every contest has the same area.
    friend constexpr bool operator==(const electoral_areas&, const electoral_areas&) = default;

private:
    std::array<electoral_area, kontes_count> of_{};
};

/// One line of a dapil table: the region (at any level, down to one TPS) that lies in `dapil`
/// for `contest`. `dapil` names one district of that contest and nothing else ("Kalimantan
/// Timur", "Balikpapan Selatan"): two lines naming the same dapil are the same district, so a
/// bare number that every city reuses ("3") would join districts that are not one.
struct dapil_entry {
    kontes contest = kontes::pdpr;  ///< The contest whose dapil this line gives.
    region_level level = region_level::province;  ///< The level of `region`: province, regency, district, village or TPS.
    /// The region's code at `level`: 64 (province), 6471 (city), 647105 (kecamatan),
    /// 6471051002 (village) or a 13-digit TPS code.
    std::uint64_t region = 0;
    std::string_view dapil{};  ///< The dapil's name, unique within the contest ("Kaltim 1 (Kota Samarinda)").
};

/// Longest dapil code a sheet carries (Sirekap `kode_dapil`, e.g. "110101"); longer codes are
/// rejected, never cut.
inline constexpr std::size_t max_dapil_code = 15;

/// The code of the dapil a legislative sheet was counted in, as the input writes it (Sirekap
/// `kode_dapil`): a fixed-capacity value (no allocation), empty where the input gives none. It
/// is a label for reports and for joining with a dapil table; suara derives nothing from its
/// digits (a dapil is drawn by the KPU, see above).
class dapil_code {
public:
    /// No code (the input gave none).
    constexpr dapil_code() noexcept = default;
    /// The code `s`. Throws std::invalid_argument when it is longer than max_dapil_code or holds
    /// a byte that is not printable ASCII (a control byte, a quote-breaking byte, UTF-8).
    constexpr explicit dapil_code(std::string_view s) {
        if (s.size() > max_dapil_code) throw std::invalid_argument("suara::dapil_code: longer than max_dapil_code");
        for (char c : s)
            if (c < 0x21 || c > 0x7E || c == '"' || c == '\\')
                throw std::invalid_argument("suara::dapil_code: not printable ASCII");
        for (std::size_t i = 0; i < s.size(); ++i) bytes_[i] = s[i];
        size_ = static_cast<std::uint8_t>(s.size());
    }
    /// The code as text ("" when none).
    [[nodiscard]] constexpr std::string_view view() const noexcept { return {bytes_.data(), size_}; }
    /// True when the input gave no code.
    [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
    /// Equal when the codes are.
    friend constexpr bool operator==(const dapil_code&, const dapil_code&) = default;

private:
    std::array<char, max_dapil_code> bytes_{};
    std::uint8_t size_ = 0;
};

/// The caller's table of electoral districts: TPS, village, district, regency or province to
/// dapil, per contest. A place takes the dapil of its most specific line (a TPS line before its
/// village's, a village's before its kecamatan's, ...). The table views the lines, it does not
/// copy them: keep them alive while it is used.
class dapil_table {
public:
    /// No dapil known: enough for regimes whose areas are all regions (Pilkada).
    constexpr dapil_table() noexcept = default;
    /// Throws std::invalid_argument for a line with an empty dapil name or a region code that has
    /// more digits than its level.
    constexpr explicit dapil_table(std::span<const dapil_entry> lines) : lines_{lines} {
        for (const auto& l : lines) {
            if (l.dapil.empty()) throw std::invalid_argument("suara::dapil_table: a line has no dapil name");
            std::uint64_t limit = 1;
            for (int i = 0; i < static_cast<int>(l.level); ++i) limit *= 10;
            if (l.region >= limit)
                throw std::invalid_argument("suara::dapil_table: a region code has more digits than its level");
        }
    }

    /// The dapil of `contest` at TPS `at`; nullopt when no line covers it (unknown, never a
    /// guess). Throws std::invalid_argument when two lines of the same place give two dapils.
    [[nodiscard]] constexpr std::optional<std::string_view> dapil_of(kontes contest, tps_code at) const {
        const dapil_entry* best = nullptr;
        for (const auto& l : lines_) {
            if (l.contest != contest || at.region(l.level) != l.region) continue;
            if (best && best->level == l.level) {
                if (best->dapil != l.dapil)
                    throw std::invalid_argument("suara::dapil_table: two dapils for one place (TPS " + to_string(at) +
                                                ", contest " + std::string{to_string(contest)} + ")");
                continue;
            }
            if (!best || static_cast<int>(l.level) > static_cast<int>(best->level)) best = &l;
        }
        if (!best) return std::nullopt;
        return best->dapil;
    }

    /// Lines in the table.
    [[nodiscard]] constexpr std::size_t size() const noexcept { return lines_.size(); }

private:
    std::span<const dapil_entry> lines_{};
};

}  // namespace suara

#endif  // SUARA_CORE_DAPIL_HPP
