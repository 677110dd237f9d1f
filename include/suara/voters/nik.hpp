// suara — NIK, the 16-digit national identity number (Nomor Induk Kependudukan).
// Distributed under the Boost Software License, Version 1.0.
//
// Layout `PPKKCC DDMMYY SSSS`: the 6-digit region code of registration (province, regency/city,
// district), the birth date with 40 added to the day for women, and a 4-digit serial. No source
// listed in docs/sources.md gives the layout, so the parser checks only what the layout itself
// implies (digits, non-zero region parts, a real date, a non-zero serial) and nothing else (no
// check against the Kemendagri region list).
//
// What a failed check means: a data-entry finding ("copy it again from the KTP-el"), never a
// ground to refuse a voter. No rule refuses a voter because a NIK fails a shape check; the
// document shown and the voter list decide (suara/voters/admission.hpp). The birth date read
// from a NIK is a proxy for the date on the document.
#ifndef SUARA_VOTERS_NIK_HPP
#define SUARA_VOTERS_NIK_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include <suara/core/category.hpp>
#include <suara/core/civil_date.hpp>
#include <suara/core/text.hpp>

namespace suara {

/// Why a NIK is invalid. `position` in `nik_result` says where (0-based character index).
enum class nik_error : unsigned char {
    none,
    empty,               ///< nothing written
    wrong_length,        ///< not 16 characters
    not_a_digit,         ///< a character other than 0-9
    region_zero,         ///< province, regency or district part is 00
    day_out_of_range,    ///< day not in 01-31 (men) or 41-71 (women)
    month_out_of_range,  ///< month not in 01-12
    no_such_date,        ///< e.g. 31 February, or 29 February of a year that is never leap
    serial_zero,         ///< serial 0000
};

inline constexpr std::array<std::string_view, 9> nik_error_keys{"none",
                                                                "nik.empty",
                                                                "nik.wrong_length",
                                                                "nik.not_a_digit",
                                                                "nik.region_zero",
                                                                "nik.day_out_of_range",
                                                                "nik.month_out_of_range",
                                                                "nik.no_such_date",
                                                                "nik.serial_zero"};

inline constexpr std::array<bilingual, 9> nik_error_messages{{
    {"NIK sah", "valid NIK"},
    {"NIK kosong", "NIK is empty"},
    {"NIK harus 16 angka", "a NIK has exactly 16 digits"},
    {"NIK hanya boleh berisi angka 0-9", "a NIK contains only the digits 0-9"},
    {"kode wilayah NIK (provinsi, kabupaten/kota, kecamatan) tidak boleh 00",
     "the NIK region code (province, regency/city, district) cannot be 00"},
    {"tanggal lahir pada NIK harus 01-31 (laki-laki) atau 41-71 (perempuan)",
     "the NIK birth day must be 01-31 (men) or 41-71 (women)"},
    {"bulan lahir pada NIK harus 01-12", "the NIK birth month must be 01-12"},
    {"tanggal lahir pada NIK tidak ada di kalender", "the NIK birth date does not exist"},
    {"nomor urut NIK tidak boleh 0000", "the NIK serial cannot be 0000"},
}};

[[nodiscard]] constexpr std::string_view to_string(nik_error e) noexcept {
    return nik_error_keys[static_cast<std::size_t>(e)];
}
[[nodiscard]] constexpr bilingual message(nik_error e) noexcept {
    return nik_error_messages[static_cast<std::size_t>(e)];
}

class nik;

/// The result of parsing a NIK: the NIK, or the first problem and where it is.
class nik_result;

/// A valid NIK. Only `nik::parse` and `nik::from_number` make one.
class nik {
public:
    static constexpr std::size_t digits = 16;  ///< A NIK has 16 digits.

    /// Reads a NIK from text, checking its shape: 16 digits, a region code, a birth date that
    /// exists (day + 40 for women).
    [[nodiscard]] static constexpr nik_result parse(std::string_view text) noexcept;
    /// From the 16-digit number (as stored in a list); nullopt when not a valid NIK.
    [[nodiscard]] static constexpr std::optional<nik> from_number(std::uint64_t v) noexcept;

    /// The 16 digits as a number.
    [[nodiscard]] constexpr std::uint64_t number() const noexcept { return v_; }
    /// The 6-digit region code of registration (province, regency/city, district).
    [[nodiscard]] constexpr std::uint32_t region() const noexcept {
        return static_cast<std::uint32_t>(v_ / 10'000'000'000ULL);
    }
    /// The province code (first 2 digits).
    [[nodiscard]] constexpr std::uint32_t province() const noexcept { return region() / 10'000; }
    /// The regency or city code (first 4 digits).
    [[nodiscard]] constexpr std::uint32_t regency() const noexcept { return region() / 100; }
    /// DD as written (41-71 for women).
    [[nodiscard]] constexpr int day_field() const noexcept { return static_cast<int>(v_ / 100'000'000ULL % 100); }
    /// Month of birth, 1-12.
    [[nodiscard]] constexpr int birth_month() const noexcept { return static_cast<int>(v_ / 1'000'000ULL % 100); }
    /// The last two digits of the year of birth.
    [[nodiscard]] constexpr int birth_year_2() const noexcept { return static_cast<int>(v_ / 10'000ULL % 100); }
    /// Day of birth, 1-31 (women's day + 40 undone).
    [[nodiscard]] constexpr int birth_day() const noexcept { return day_field() > 40 ? day_field() - 40 : day_field(); }
    /// The serial number (last 4 digits).
    [[nodiscard]] constexpr std::uint32_t serial() const noexcept { return static_cast<std::uint32_t>(v_ % 10'000); }
    /// The sex: women's birth day is written plus 40.
    [[nodiscard]] constexpr person_sex sex() const noexcept { return day_field() > 40 ? person_sex::p : person_sex::l; }

    /// The birth date. The NIK writes only two digits of the year: the century is the latest one
    /// that puts the birth on or before `reference` (the voting day, typically), so a person
    /// aged 100 or more reads as a child (the NIK cannot tell 1924 from 2024): check such a
    /// person's age on the KTP-el itself.
    [[nodiscard]] constexpr civil_date birth_date(civil_date reference) const noexcept {
        civil_date d{2000 + birth_year_2(), birth_month(), birth_day()};
        // Step back a century while after the reference or not a real date (29 Feb 00: 2000
        // and 1600 were leap years, 1900, 1800 and 1700 were not).
        for (int i = 0; i < 8 && (reference < d || !d.valid()); ++i) d.year -= 100;
        return d;
    }

    /// NIKs in numeric order.
    friend constexpr auto operator<=>(nik, nik) noexcept = default;

private:
    friend class nik_result;
    constexpr explicit nik(std::uint64_t v) noexcept : v_{v} {}
    std::uint64_t v_ = 0;
};

/// The result of reading a NIK: the NIK, or why the text is not one, with the position.
class nik_result {
public:
    /// True when the text is a well-formed NIK.
    [[nodiscard]] constexpr bool ok() const noexcept { return error_ == nik_error::none; }
    /// True when the text is a well-formed NIK.
    constexpr explicit operator bool() const noexcept { return ok(); }
    /// The NIK; only when `ok()` (otherwise a zero NIK, never a guess).
    [[nodiscard]] constexpr nik value() const noexcept { return nik{v_}; }
    /// Why the text is not a NIK (nik_error::none when it is).
    [[nodiscard]] constexpr nik_error error() const noexcept { return error_; }
    /// 0-based index of the first offending character (length errors: the length).
    [[nodiscard]] constexpr std::size_t position() const noexcept { return pos_; }
    /// The reason in Indonesian and English.
    [[nodiscard]] constexpr bilingual message() const noexcept { return suara::message(error_); }

private:
    friend class nik;
    constexpr nik_result(std::uint64_t v, nik_error e, std::size_t pos) noexcept : v_{v}, error_{e}, pos_{pos} {}
    std::uint64_t v_ = 0;
    nik_error error_ = nik_error::none;
    std::size_t pos_ = 0;
};

constexpr nik_result nik::parse(std::string_view s) noexcept {
    if (s.empty()) return {0, nik_error::empty, 0};
    for (std::size_t i = 0; i < s.size() && i < digits; ++i)
        if (s[i] < '0' || s[i] > '9') return {0, nik_error::not_a_digit, i};
    if (s.size() != digits) return {0, nik_error::wrong_length, s.size()};
    auto two = [&](std::size_t i) { return (s[i] - '0') * 10 + (s[i + 1] - '0'); };
    for (std::size_t i : {0U, 2U, 4U})
        if (two(i) == 0) return {0, nik_error::region_zero, i};
    const int dd = two(6), mm = two(8), yy = two(10);
    if (dd == 0 || (dd > 31 && dd < 41) || dd > 71) return {0, nik_error::day_out_of_range, 6};
    if (mm == 0 || mm > 12) return {0, nik_error::month_out_of_range, 8};
    const int day = dd > 40 ? dd - 40 : dd;
    // A date is real if it exists in either century the two digits can mean.
    if (!civil_date{1900 + yy, mm, day}.valid() && !civil_date{2000 + yy, mm, day}.valid())
        return {0, nik_error::no_such_date, 6};
    if (two(12) == 0 && two(14) == 0) return {0, nik_error::serial_zero, 12};
    std::uint64_t v = 0;
    for (char c : s) v = v * 10 + static_cast<std::uint64_t>(c - '0');
    return {v, nik_error::none, 0};
}

constexpr std::optional<nik> nik::from_number(std::uint64_t v) noexcept {
    if (v >= 10'000'000'000'000'000ULL) return std::nullopt;
    std::array<char, digits> buf{};
    for (std::size_t i = digits; i-- > 0; v /= 10) buf[i] = static_cast<char>('0' + v % 10);
    auto r = parse(std::string_view{buf.data(), buf.size()});
    return r ? std::optional<nik>{r.value()} : std::nullopt;
}

/// The 16 digits, zero-padded.
[[nodiscard]] inline std::string to_string(nik n) {
    std::string s(nik::digits, '0');
    auto v = n.number();
    for (std::size_t i = nik::digits; i-- > 0; v /= 10) s[i] = static_cast<char>('0' + v % 10);
    return s;
}

}  // namespace suara

#endif  // SUARA_VOTERS_NIK_HPP
