// suara — local clock time at the TPS and time windows.
// Distributed under the Boost Software License, Version 1.0.
#ifndef SUARA_CORE_CLOCK_HPP
#define SUARA_CORE_CLOCK_HPP

#include <compare>
#include <stdexcept>
#include <string>

namespace suara {

/// Local time of day at the TPS, to the minute (the forms record minutes, not seconds).
class clock_time {
public:
    constexpr clock_time() = default;
    /// A time of day; throws std::out_of_range outside 00:00-23:59.
    constexpr clock_time(int hour, int minute) : minutes_{hour * 60 + minute} {
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
            throw std::out_of_range("suara::clock_time: hour 0-23 and minute 0-59");
    }
    /// The hour, 0-23.
    [[nodiscard]] constexpr int hour() const noexcept { return minutes_ / 60; }
    /// The minute, 0-59.
    [[nodiscard]] constexpr int minute() const noexcept { return minutes_ % 60; }
    /// Minutes since 00:00, for arithmetic on times.
    [[nodiscard]] constexpr int minutes_since_midnight() const noexcept { return minutes_; }

    /// Times in order of the day.
    friend constexpr auto operator<=>(clock_time, clock_time) = default;

private:
    int minutes_ = 0;
};

/// "07:05".
[[nodiscard]] inline std::string to_string(clock_time t) {
    std::string s(5, ':');
    s[0] = static_cast<char>('0' + t.hour() / 10);
    s[1] = static_cast<char>('0' + t.hour() % 10);
    s[3] = static_cast<char>('0' + t.minute() / 10);
    s[4] = static_cast<char>('0' + t.minute() % 10);
    return s;
}

/// A half-open window [opens, closes): at exactly `closes` the window is over, as when the
/// KPPS chair announces the close at 13:00.
struct time_window {
    clock_time opens;  ///< The first minute inside the window.
    clock_time closes;  ///< The first minute after it.

    /// True when `t` is inside the window.
    [[nodiscard]] constexpr bool contains(clock_time t) const noexcept {
        return opens <= t && t < closes;
    }
    /// True when `t` is before the window opens.
    [[nodiscard]] constexpr bool before(clock_time t) const noexcept { return t < opens; }
    /// True when the window has closed at `t`.
    [[nodiscard]] constexpr bool after(clock_time t) const noexcept { return closes <= t; }
    /// Equal when both ends are.
    friend constexpr bool operator==(const time_window&, const time_window&) = default;
};

/// Whether a window binds (the voter is turned away outside it) or is only advised.
/// Pemilu 2024's DPTb window is reported as advice, not a gate (docs/regimes.md, `dptb_window_kind`).
enum class window_kind : unsigned char { binding, recommended };

}  // namespace suara

#endif  // SUARA_CORE_CLOCK_HPP
