// suara — the contests (kontes) of a TPS, as Sirekap writes their codes.
// Distributed under the Boost Software License, Version 1.0.
#ifndef SUARA_CORE_KONTES_HPP
#define SUARA_CORE_KONTES_HPP

#include <array>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string_view>

namespace suara {

/// One contest on one ballot type. Codes as in Sirekap's URLs (spec/formats.md).
enum class kontes : std::uint8_t {
    ppwp,    ///< President and Vice-President (Pemilu)
    pdpr,    ///< DPR (Pemilu)
    pdpd,    ///< DPD (Pemilu)
    pdprdp,  ///< DPRD Provinsi (Pemilu)
    pdprdk,  ///< DPRD Kabupaten/Kota (Pemilu)
    pkwkp,   ///< Governor (Pilkada: pemilihan gubernur)
    pkwkk,   ///< Regent or mayor (Pilkada: bupati / wali kota)
};

inline constexpr std::size_t kontes_count = 7;
inline constexpr std::array<kontes, kontes_count> all_kontes{kontes::ppwp,   kontes::pdpr,  kontes::pdpd,
                                                             kontes::pdprdp, kontes::pdprdk, kontes::pkwkp,
                                                             kontes::pkwkk};

[[nodiscard]] constexpr std::string_view to_string(kontes k) noexcept {
    constexpr std::array<std::string_view, kontes_count> names{"ppwp", "pdpr", "pdpd", "pdprdp",
                                                               "pdprdk", "pkwkp", "pkwkk"};
    return names[static_cast<std::size_t>(k)];
}

[[nodiscard]] constexpr std::optional<kontes> kontes_from_string(std::string_view s) noexcept {
    for (auto k : all_kontes)
        if (to_string(k) == s) return k;
    return std::nullopt;
}

/// Pemilu contests are national-election ballots; the others are Pilkada.
[[nodiscard]] constexpr bool is_pemilu(kontes k) noexcept {
    return k != kontes::pkwkp && k != kontes::pkwkk;
}

/// A set of contests (which ballots a voter receives, which contests a TPS holds).
class kontes_set {
public:
    constexpr kontes_set() noexcept = default;
    constexpr kontes_set(std::initializer_list<kontes> ks) noexcept {
        for (auto k : ks) insert(k);
    }
    constexpr void insert(kontes k) noexcept { bits_ |= bit(k); }
    [[nodiscard]] constexpr bool contains(kontes k) const noexcept { return (bits_ & bit(k)) != 0; }
    [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
    [[nodiscard]] constexpr std::size_t size() const noexcept {
        std::size_t n = 0;
        for (auto k : all_kontes) n += contains(k) ? 1U : 0U;
        return n;
    }
    /// Contests in both sets.
    [[nodiscard]] constexpr kontes_set operator&(kontes_set o) const noexcept {
        kontes_set r;
        r.bits_ = static_cast<std::uint8_t>(bits_ & o.bits_);
        return r;
    }
    friend constexpr bool operator==(kontes_set, kontes_set) noexcept = default;

private:
    static constexpr std::uint8_t bit(kontes k) noexcept {
        return static_cast<std::uint8_t>(1U << static_cast<unsigned>(k));
    }
    std::uint8_t bits_ = 0;
};

}  // namespace suara

#endif  // SUARA_CORE_KONTES_HPP
