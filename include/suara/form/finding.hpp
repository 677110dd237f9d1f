// suara — one finding: a rule that fired on one sheet, with the figures involved.
// Distributed under the Boost Software License, Version 1.0.
//
// A finding is a fixed-size value (no allocation), so that the bulk engine can produce millions.
// It carries the figures that make the point ("suara_sah 185, sum of candidates 1,223") as
// (name, value) pairs whose names point to static strings.
#ifndef SUARA_FORM_FINDING_HPP
#define SUARA_FORM_FINDING_HPP

#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <suara/core/kontes.hpp>
#include <suara/core/outcome.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/form/field.hpp>
#include <suara/form/rule_id.hpp>
#include <suara/form/sheet.hpp>

namespace suara {

/// Static names of the candidate columns: "suara_1" ... and the blank column "suara_kosong".
inline constexpr std::array<std::string_view, max_candidates> candidate_column_names{
    "suara_1",  "suara_2",  "suara_3",  "suara_4",  "suara_5",  "suara_6",  "suara_7",  "suara_8",
    "suara_9",  "suara_10", "suara_11", "suara_12", "suara_13", "suara_14", "suara_15", "suara_16",
    "suara_17", "suara_18", "suara_19", "suara_20", "suara_21", "suara_22", "suara_23", "suara_24"};
inline constexpr std::string_view blank_column_name = "suara_kosong";

/// A named figure in a finding: a field of the sheet, or a derived quantity such as
/// "jumlah_suara_paslon" (sum of the candidate columns). `name` points to static storage.
struct figure_value {
    std::string_view name;  ///< The field or derived quantity, in static storage.
    std::uint64_t value = 0;  ///< Its value.
    /// Equal when name and value are.
    friend constexpr bool operator==(const figure_value&, const figure_value&) = default;
};

inline constexpr std::size_t max_finding_values = 8;

/// One rule that fired on one sheet: where, which rule, how severe, what it leads to, and the
/// figures involved (check_sheet passes each to its sink).
struct finding {
    tps_code tps{};  ///< The TPS of the sheet.
    kontes contest = kontes::ppwp;  ///< The contest of the sheet.
    rule_id rule = rule_id::record_incomplete;  ///< The catalogue rule (no meaning for a user rule: see user_key).
    severity level = severity::info;  ///< Severity under the regime.
    outcome result = outcome::review;  ///< What the finding leads to under the regime (review, correction, recount, PSU, ...).
    /// The figures involved, in the order they are best read.
    std::array<figure_value, max_finding_values> values{};
    std::uint8_t value_count = 0;  ///< Number of entries of `values` used.
    /// record.incomplete: bit i set when field i was missing.
    std::uint64_t missing_fields = 0;
    /// record.incomplete: some candidate column (or the blank column) was missing.
    bool missing_candidates = false;
    /// A user-defined rule's key (suara/tally/rules.hpp, `user_rules`); empty for catalogue
    /// rules, whose identifier is `rule`. When set, `rule` carries no meaning.
    std::string_view user_key{};

    /// The rule's key: the catalogue string of `rule`, or the user rule's own key.
    [[nodiscard]] constexpr std::string_view key() const noexcept {
        return user_key.empty() ? to_string(rule) : user_key;
    }

    /// Appends a figure (dropped beyond max_finding_values).
    constexpr finding& add(std::string_view name, std::uint64_t v) noexcept {
        if (value_count < max_finding_values) values[value_count++] = {name, v};
        return *this;
    }
    /// Number of figures.
    [[nodiscard]] constexpr std::size_t size() const noexcept { return value_count; }
    /// First figure.
    [[nodiscard]] constexpr const figure_value* begin() const noexcept { return values.data(); }
    /// One past the last figure.
    [[nodiscard]] constexpr const figure_value* end() const noexcept { return values.data() + value_count; }

    /// Equal when every member is.
    friend constexpr bool operator==(const finding&, const finding&) = default;
};

static_assert(field_count <= 64, "finding::missing_fields holds at most 64 fields");

/// What check_sheet calls with each finding: anything callable as `sink(const finding&)` (a
/// lambda, a finding_list, a function). Checked where the user calls, so that a wrong callback
/// is reported on the user's line and not deep inside the rules.
template <class Sink>
concept finding_sink = std::invocable<Sink&, const finding&>;

namespace misuse {
/// A check_sheet callback that cannot be called as `sink(const suara::finding&)`.
struct check_sheet_callback_must_take_const_finding_ref {};
}  // namespace misuse

}  // namespace suara

#endif  // SUARA_FORM_FINDING_HPP
