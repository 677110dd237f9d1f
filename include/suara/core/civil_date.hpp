// suara — calendar dates for birth dates and voting days (a regime constant), and age on a day.
// Distributed under the Boost Software License, Version 1.0.
#ifndef SUARA_CORE_CIVIL_DATE_HPP
#define SUARA_CORE_CIVIL_DATE_HPP

#include <compare>
#include <cstddef>
#include <string>

namespace suara {

/// A proleptic Gregorian date. Plain data: validity is checked by `valid()`, not by the
/// constructor, so that a NIK parser can report *which* part is wrong.
struct civil_date {
    int year = 1970;
    int month = 1;
    int day = 1;

    [[nodiscard]] static constexpr bool leap(int y) noexcept { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
    [[nodiscard]] static constexpr int days_in_month(int y, int m) noexcept {
        constexpr int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        if (m < 1 || m > 12) return 0;
        return m == 2 && leap(y) ? 29 : days[m - 1];
    }
    [[nodiscard]] constexpr bool valid() const noexcept {
        return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
    }

    friend constexpr auto operator<=>(const civil_date&, const civil_date&) = default;
};

/// Completed years between `birth` and `on` (a birthday counts on the day itself; someone born
/// on 29 February turns a year older on 1 March in common years).
[[nodiscard]] constexpr int age_on(civil_date birth, civil_date on) noexcept {
    int years = on.year - birth.year;
    if (on.month < birth.month || (on.month == birth.month && on.day < birth.day)) --years;
    return years;
}

/// "2024-11-27".
[[nodiscard]] inline std::string to_string(civil_date d) {
    std::string s = "0000-00-00";
    int y = d.year;
    for (int i = 3; i >= 0; --i, y /= 10) s[static_cast<std::size_t>(i)] = static_cast<char>('0' + y % 10);
    s[5] = static_cast<char>('0' + d.month / 10);
    s[6] = static_cast<char>('0' + d.month % 10);
    s[8] = static_cast<char>('0' + d.day / 10);
    s[9] = static_cast<char>('0' + d.day % 10);
    return s;
}

}  // namespace suara

#endif  // SUARA_CORE_CIVIL_DATE_HPP
