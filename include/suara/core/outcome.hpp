// suara — what the law or practice does about a finding, and how serious it is.
// Distributed under the Boost Software License, Version 1.0.
#ifndef SUARA_CORE_OUTCOME_HPP
#define SUARA_CORE_OUTCOME_HPP

#include <optional>
#include <string_view>

#include <suara/core/text.hpp>

namespace suara {

/// Severity of a finding (docs/rules.md): `error` = arithmetically impossible,
/// `warning` = possible but unusual, `info` = context.
enum class severity : unsigned char { info, warning, error };

[[nodiscard]] constexpr std::string_view to_string(severity s) noexcept {
    switch (s) {
    case severity::info: return "info";
    case severity::warning: return "warning";
    case severity::error: return "error";
    }
    return "info";
}

/// What follows from a finding. Declared weakest first; `rank` gives the order used to pick
/// the strongest outcome of a TPS: psu > recount > follow_up > continued > correction > review.
/// (The catalogue puts continued and follow_up on one level; follow_up repeats all stages,
/// continued only the rest, so follow_up is taken as the stronger of the two.)
enum class outcome : unsigned char { none, review, correction, continued, follow_up, recount, psu };

[[nodiscard]] constexpr int rank(outcome o) noexcept { return static_cast<int>(o); }

[[nodiscard]] constexpr outcome strongest(outcome a, outcome b) noexcept {
    return rank(a) >= rank(b) ? a : b;
}

[[nodiscard]] constexpr std::string_view to_string(outcome o) noexcept {
    switch (o) {
    case outcome::none: return "none";
    case outcome::review: return "review";
    case outcome::correction: return "correction";
    case outcome::continued: return "continued";
    case outcome::follow_up: return "follow_up";
    case outcome::recount: return "recount";
    case outcome::psu: return "psu";
    }
    return "none";
}

/// The outcome as the law names it, for people.
[[nodiscard]] constexpr bilingual name_of(outcome o) noexcept {
    switch (o) {
    case outcome::none: return {"tidak ada tindak lanjut", "nothing follows"};
    case outcome::review: return {"ditinjau", "review"};
    case outcome::correction: return {"pembetulan data", "correction of the record"};
    case outcome::continued: return {"pemungutan suara lanjutan (PSL)", "continued vote (PSL)"};
    case outcome::follow_up: return {"pemungutan suara susulan (PSS)", "follow-up vote (PSS)"};
    case outcome::recount: return {"penghitungan suara ulang", "recount"};
    case outcome::psu: return {"pemungutan suara ulang (PSU)", "re-vote (PSU)"};
    }
    return {"", ""};
}

[[nodiscard]] constexpr std::optional<outcome> outcome_from_string(std::string_view s) noexcept {
    for (auto o : {outcome::none, outcome::review, outcome::correction, outcome::continued,
                   outcome::follow_up, outcome::recount, outcome::psu}) {
        if (to_string(o) == s) return o;
    }
    return std::nullopt;
}

}  // namespace suara

#endif  // SUARA_CORE_OUTCOME_HPP
