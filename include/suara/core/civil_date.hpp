// suara — calendar dates for birth dates and voting days (a regime constant), age on a day, and
// days counted from a date (the deadline of a re-vote: "paling lama 10 hari setelah hari
// pemungutan suara", UU 7/2017 Pasal 373 ayat (3)).
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
    int year = 1970;  ///< Year of the Gregorian calendar.
    int month = 1;  ///< Month, 1-12.
    int day = 1;  ///< Day of the month, 1-31.

    /// True for a leap year of the Gregorian calendar.
    [[nodiscard]] static constexpr bool leap(int y) noexcept { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
    /// Days in month `m` of year `y`.
    [[nodiscard]] static constexpr int days_in_month(int y, int m) noexcept {
        constexpr int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        if (m < 1 || m > 12) return 0;
        return m == 2 && leap(y) ? 29 : days[m - 1];
    }
    /// True for a date that exists (2024-02-30 does not).
    [[nodiscard]] constexpr bool valid() const noexcept {
        return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
    }

    /// Dates in calendar order.
    friend constexpr auto operator<=>(const civil_date&, const civil_date&) = default;
};

/// Completed years between `birth` and `on` (a birthday counts on the day itself; someone born
/// on 29 February turns a year older on 1 March in common years).
[[nodiscard]] constexpr int age_on(civil_date birth, civil_date on) noexcept {
    int years = on.year - birth.year;
    if (on.month < birth.month || (on.month == birth.month && on.day < birth.day)) --years;
    return years;
}

namespace detail {
// Days since 1970-01-01 of a valid proleptic Gregorian date, and back (the era algorithm of
// H. Hinnant, "chrono-Compatible Low-Level Date Algorithms"): exact for every int year used here.
constexpr long long days_from_civil(civil_date d) noexcept {
    const long long y = static_cast<long long>(d.year) - (d.month <= 2 ? 1 : 0);
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const long long yoe = y - era * 400;                                        // [0, 399]
    const long long mp = d.month > 2 ? d.month - 3 : d.month + 9;               // March = 0
    const long long doy = (153 * mp + 2) / 5 + d.day - 1;                       // [0, 365]
    const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;                // [0, 146096]
    return era * 146097 + doe - 719468;
}
constexpr civil_date civil_from_days(long long z) noexcept {
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const long long doe = z - era * 146097;
    const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long long mp = (5 * doy + 2) / 153;
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
    return {year, month, day};
}
}  // namespace detail

/// The date `days` days after `d` (before it for a negative count), across months, years and
/// 29 February. `d` must be valid (`d.valid()`); the result then is.
[[nodiscard]] constexpr civil_date days_after(civil_date d, int days) noexcept {
    return detail::civil_from_days(detail::days_from_civil(d) + days);
}

/// Days from `from` to `to`: positive when `to` is later, 0 on the same day. Both must be valid.
[[nodiscard]] constexpr long long days_between(civil_date from, civil_date to) noexcept {
    return detail::days_from_civil(to) - detail::days_from_civil(from);
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
