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

/// One contest on one ballot type. Codes as in Sirekap's URLs (docs/formats.md).
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

namespace detail {

/// A text of up to seven bytes as one number: its bytes little-endian (first byte lowest) and
/// its length in the top byte, so that every such text has its own word (codes are 4 to 6
/// letters).
/// `bytes`: the text's first bytes little-endian (what an eight-byte load gives on a
/// little-endian CPU; bytes beyond `size` are ignored), `size` <= 7.
[[nodiscard]] constexpr std::uint64_t kontes_word(std::uint64_t bytes, std::size_t size) noexcept {
    return (bytes & ((std::uint64_t{1} << (8 * size)) - 1)) | std::uint64_t{size} << 56;
}
[[nodiscard]] constexpr std::uint64_t kontes_word(std::string_view s) noexcept {
    std::uint64_t bytes = 0;
    for (std::size_t i = 0; i < s.size() && i < 7; ++i) bytes |= std::uint64_t{static_cast<unsigned char>(s[i])} << (8 * i);
    return kontes_word(bytes, s.size() < 7 ? s.size() : 7);
}

/// A multiplier that sends the seven code words to seven different slots of eight (the top three
/// bits of the product), found at compile time: a code is then one multiply and one comparison
/// away, with no branch that depends on which contest a row holds. A CSV reader asks on every
/// row; the scan of the seven names it replaces cost about 80 instructions a row (callgrind, on
/// the national file).
inline constexpr std::uint64_t kontes_hash_multiplier = [] {
    for (std::uint64_t m = 0x9E3779B97F4A7C15ULL;; m += 0x2545F4914F6CDD1DULL * 2) {
        unsigned used = 0;
        bool distinct = true;
        for (auto k : all_kontes) {
            const auto slot = static_cast<unsigned>((kontes_word(to_string(k)) * m) >> 61);
            distinct = distinct && (used & (1U << slot)) == 0;
            used |= 1U << slot;
        }
        if (distinct) return m;
    }
}();

struct kontes_slot {
    std::uint64_t word = 0;  // 0: no code here (a code's word holds its length)
    kontes code = kontes::ppwp;
};
inline constexpr std::array<kontes_slot, 8> kontes_slots = [] {
    std::array<kontes_slot, 8> t{};
    for (auto k : all_kontes) {
        const std::uint64_t w = kontes_word(to_string(k));
        t[static_cast<std::size_t>((w * kontes_hash_multiplier) >> 61)] = {w, k};
    }
    return t;
}();

/// The contest whose code has word `w` (kontes_word), if any.
[[nodiscard]] constexpr std::optional<kontes> kontes_from_word(std::uint64_t w) noexcept {
    const auto& slot = kontes_slots[static_cast<std::size_t>((w * kontes_hash_multiplier) >> 61)];
    if (slot.word != w) return std::nullopt;
    return slot.code;
}

}  // namespace detail

/// The contest whose Sirekap code is `s` ("ppwp", ...), if any.
[[nodiscard]] constexpr std::optional<kontes> kontes_from_string(std::string_view s) noexcept {
    if (s.size() > 7) return std::nullopt;  // longer than any code (and than one word)
    return detail::kontes_from_word(detail::kontes_word(s));
}

/// Pemilu contests are national-election ballots; the others are Pilkada.
[[nodiscard]] constexpr bool is_pemilu(kontes k) noexcept {
    return k != kontes::pkwkp && k != kontes::pkwkk;
}

/// A set of contests (which ballots a voter receives, which contests a TPS holds).
class kontes_set {
public:
    constexpr kontes_set() noexcept = default;
    /// The contests listed.
    constexpr kontes_set(std::initializer_list<kontes> ks) noexcept {
        for (auto k : ks) insert(k);
    }
    /// Adds a contest.
    constexpr void insert(kontes k) noexcept { bits_ |= bit(k); }
    /// True when the set holds `k`.
    [[nodiscard]] constexpr bool contains(kontes k) const noexcept { return (bits_ & bit(k)) != 0; }
    /// True when the set holds no contest.
    [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
    /// Number of contests in the set.
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
    /// Equal when they hold the same contests.
    friend constexpr bool operator==(kontes_set, kontes_set) noexcept = default;

private:
    static constexpr std::uint8_t bit(kontes k) noexcept {
        return static_cast<std::uint8_t>(1U << static_cast<unsigned>(k));
    }
    std::uint8_t bits_ = 0;
};

}  // namespace suara

#endif  // SUARA_CORE_KONTES_HPP
