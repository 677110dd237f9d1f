// suara — the 13-digit TPS code and the region codes it nests.
// Distributed under the Boost Software License, Version 1.0.
#ifndef SUARA_CORE_TPS_CODE_HPP
#define SUARA_CORE_TPS_CODE_HPP

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace suara {

/// Region levels of the Kemendagri code: province (2 digits), regency/city (4), district (6),
/// village (10); a TPS adds 3 digits (13).
enum class region_level : unsigned char { province = 2, regency = 4, district = 6, village = 10, tps = 13 };

/// `PP KK CC DDDD TTT`: province, regency/city, district, village, TPS number.
class tps_code {
public:
    constexpr tps_code() noexcept = default;

    /// Parses exactly 13 ASCII digits; nullopt otherwise.
    [[nodiscard]] static constexpr std::optional<tps_code> parse(std::string_view s) noexcept {
        if (s.size() != 13) return std::nullopt;
        std::uint64_t v = 0;
        for (char c : s) {
            if (c < '0' || c > '9') return std::nullopt;
            v = v * 10 + static_cast<std::uint64_t>(c - '0');
        }
        return tps_code{v};
    }
    /// From the numeric value (13 decimal digits, leading zeros allowed in principle).
    [[nodiscard]] static constexpr std::optional<tps_code> from_number(std::uint64_t v) noexcept {
        if (v >= 10'000'000'000'000ULL) return std::nullopt;
        return tps_code{v};
    }

    /// The 13-digit code as a number.
    [[nodiscard]] constexpr std::uint64_t number() const noexcept { return v_; }
    /// The code of the enclosing region at `level`, as a number (e.g. 6471 for the city).
    [[nodiscard]] constexpr std::uint64_t region(region_level level) const noexcept {
        std::uint64_t d = 1;
        for (int i = static_cast<int>(level); i < 13; ++i) d *= 10;
        return v_ / d;
    }
    /// The province's code (2 digits, 64 for Kalimantan Timur).
    [[nodiscard]] constexpr std::uint32_t province() const noexcept {
        return static_cast<std::uint32_t>(region(region_level::province));
    }
    /// The regency's or city's code (4 digits, 6471 for Balikpapan).
    [[nodiscard]] constexpr std::uint32_t regency() const noexcept {
        return static_cast<std::uint32_t>(region(region_level::regency));
    }
    /// The district's (kecamatan) code (6 digits).
    [[nodiscard]] constexpr std::uint32_t district() const noexcept {
        return static_cast<std::uint32_t>(region(region_level::district));
    }
    /// The village's (kelurahan or desa) code (10 digits).
    [[nodiscard]] constexpr std::uint64_t village() const noexcept { return region(region_level::village); }
    /// The TPS number within its village (1-999).
    [[nodiscard]] constexpr std::uint32_t tps_number() const noexcept { return static_cast<std::uint32_t>(v_ % 1000); }

    /// Codes in numeric order (province, regency, district, village, TPS).
    friend constexpr auto operator<=>(tps_code, tps_code) noexcept = default;

private:
    constexpr explicit tps_code(std::uint64_t v) noexcept : v_{v} {}
    std::uint64_t v_ = 0;
};

/// Zero-padded decimal of `digits` width ("6471011001001").
[[nodiscard]] inline std::string region_code_string(std::uint64_t code, int digits) {
    std::string s(static_cast<std::size_t>(digits), '0');
    for (int i = digits - 1; i >= 0 && code > 0; --i) {
        s[static_cast<std::size_t>(i)] = static_cast<char>('0' + code % 10);
        code /= 10;
    }
    return s;
}

[[nodiscard]] inline std::string to_string(tps_code c) { return region_code_string(c.number(), 13); }

}  // namespace suara

#endif  // SUARA_CORE_TPS_CODE_HPP
