// suara — evaluating the identity table on a sheet, and record.digit_slip.
// Distributed under the Boost Software License, Version 1.0.
//
// record.digit_slip, exactly: take every identity of suara/tally/identities.hpp whose figures
// are all known and which fails. For each figure that one of them names (the candidate columns
// and the blank column stand behind "sum of candidates"), in field order then candidate order,
// try each value obtained by deleting one decimal digit of the value read (641 -> 41, 61, 64;
// deleting the first digit is the "leading digit removed" case; values below 10 are skipped).
// The first such value for which every evaluable identity naming that figure holds — the
// failing ones now hold and none that held breaks — is the likely true value. The finding names
// each such figure (at most four) with the value read and the likely value. A misread that is
// not a dropped or added digit (the 2024 case of 11 read as 826) is outside this rule; it is
// caught by votes.over_supply and votes.valid_sum.
#ifndef SUARA_TALLY_DIGIT_SLIP_HPP
#define SUARA_TALLY_DIGIT_SLIP_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <suara/form/field.hpp>
#include <suara/form/finding.hpp>
#include <suara/tally/identities.hpp>
#include <suara/form/sheet.hpp>
#include <suara/form/sheet_like.hpp>

namespace suara {

/// A place on the sheet a single figure sits in: a field, a candidate column or the blank column.
using figure_slot = std::uint8_t;
inline constexpr figure_slot first_candidate_slot = static_cast<figure_slot>(field_count);
inline constexpr figure_slot blank_slot = static_cast<figure_slot>(field_count + max_candidates);
inline constexpr figure_slot no_slot = 0xFF;

[[nodiscard]] constexpr std::string_view slot_name(figure_slot s) noexcept {
    if (s < first_candidate_slot) return field_names[s];
    if (s < blank_slot) return candidate_column_names[s - first_candidate_slot];
    return blank_column_name;
}

namespace detail {

/// One figure replaced by another value (for trying a likely value); `no_slot`: none.
struct substitution {
    figure_slot slot = no_slot;
    std::uint32_t value = 0;
};

template <sheet_like S>
constexpr std::uint32_t slot_value(const S& s, figure_slot slot) noexcept {
    if (slot < first_candidate_slot) return s.figure(static_cast<field>(slot));
    if (slot < blank_slot) return s.candidate_figure(slot - first_candidate_slot);
    return s.blank_figure();
}

/// Sum of the candidate columns (and the blank column of a single-candidate contest). Unknown
/// when a column is missing or the sheet has no column at all.
struct candidate_total {
    std::uint64_t sum = 0;
    bool known = false;
};

template <sheet_like S>
constexpr candidate_total candidate_sum(const S& s, substitution sub = {}) noexcept {
    const std::size_t n = s.candidate_count();
    std::uint64_t sum = 0;
    bool known = n > 0 || s.has_blank();
    for (std::size_t i = 0; i < n; ++i) {
        std::uint32_t v = s.candidate_figure(i);
        if (sub.slot == first_candidate_slot + i) v = sub.value;
        known &= v != missing_figure;
        sum += v;
    }
    if (s.has_blank()) {
        std::uint32_t v = s.blank_figure();
        if (sub.slot == blank_slot) v = sub.value;
        known &= v != missing_figure;
        sum += v;
    }
    return {sum, known};
}

struct identity_value {
    std::uint64_t lhs = 0;
    std::uint64_t rhs = 0;
    bool known = false;       ///< every figure known: the identity was evaluated
    bool holds = false;
    bool not_applicable = false;  ///< optional right side missing: silently skipped
    std::uint64_t missing = 0;    ///< bit per missing field
    bool missing_candidates = false;
};

template <sheet_like S>
constexpr identity_value evaluate_identity(const identity& id, const S& s, candidate_total cands,
                                           substitution sub = {}) noexcept {
    identity_value out;
    bool lhs_known = true;
    bool rhs_known = true;
    auto side = [&](const std::array<figure_ref, 3>& refs, std::uint64_t& sum, bool& known) {
        for (figure_ref r : refs) {
            if (r == no_figure) continue;
            if (r == candidate_sum_ref) {
                known &= cands.known;
                out.missing_candidates |= !cands.known;
                sum += cands.sum;
                continue;
            }
            std::uint32_t v = s.figure(static_cast<field>(r));
            if (sub.slot == r) v = sub.value;
            const bool k = v != missing_figure;
            known &= k;
            out.missing |= k ? 0 : (std::uint64_t{1} << r);
            sum += v;
        }
    };
    side(id.lhs, out.lhs, lhs_known);
    side(id.rhs, out.rhs, rhs_known);
    out.known = lhs_known && rhs_known;
    out.holds = id.rel == relation::equal ? out.lhs == out.rhs : out.lhs <= out.rhs;
    out.not_applicable = id.optional_rhs && !rhs_known;
    return out;
}

/// The same as evaluate_identity for entry I of the table, with every figure reference a
/// compile-time constant: the form the bulk fast path runs (no loops, no table loads).
template <std::size_t I, sheet_like S>
constexpr identity_value evaluate_identity_at(const S& s, candidate_total cands) noexcept {
    constexpr const identity& id = identities[I];
    identity_value out;
    bool lhs_known = true;
    bool rhs_known = true;
    auto term = [&]<figure_ref R>(std::uint64_t& sum, bool& known) {
        if constexpr (R == candidate_sum_ref) {
            known &= cands.known;
            out.missing_candidates |= !cands.known;
            sum += cands.sum;
        } else if constexpr (R != no_figure) {
            const std::uint32_t v = s.figure(static_cast<field>(R));
            const bool k = v != missing_figure;
            known &= k;
            out.missing |= k ? 0 : (std::uint64_t{1} << R);
            sum += v;
        }
    };
    term.template operator()<id.lhs[0]>(out.lhs, lhs_known);
    term.template operator()<id.lhs[1]>(out.lhs, lhs_known);
    term.template operator()<id.lhs[2]>(out.lhs, lhs_known);
    term.template operator()<id.rhs[0]>(out.rhs, rhs_known);
    term.template operator()<id.rhs[1]>(out.rhs, rhs_known);
    term.template operator()<id.rhs[2]>(out.rhs, rhs_known);
    out.known = lhs_known && rhs_known;
    if constexpr (id.rel == relation::equal) out.holds = out.lhs == out.rhs;
    else out.holds = out.lhs <= out.rhs;
    out.not_applicable = id.optional_rhs && !rhs_known;
    return out;
}

/// Whether identity `id` names the figure in `slot`.
constexpr bool names_slot(const identity& id, figure_slot slot) noexcept {
    for (const auto& side : {id.lhs, id.rhs})
        for (figure_ref r : side) {
            if (r == no_figure) continue;
            if (r == candidate_sum_ref ? slot >= first_candidate_slot && slot <= blank_slot : r == slot) return true;
        }
    return false;
}

/// `v` with its decimal digit at position k (0 = units) deleted.
constexpr std::uint32_t delete_digit(std::uint32_t v, unsigned k) noexcept {
    std::uint64_t p = 1;
    for (unsigned i = 0; i < k; ++i) p *= 10;
    return static_cast<std::uint32_t>((v / (p * 10)) * p + v % p);
}

constexpr unsigned digit_count(std::uint32_t v) noexcept {
    unsigned n = 1;
    while (v >= 10) {
        v /= 10;
        ++n;
    }
    return n;
}

}  // namespace detail

/// One figure record.digit_slip points at.
struct digit_slip {
    figure_slot slot = no_slot;  ///< Which figure.
    std::uint32_t read = 0;  ///< The figure as read.
    std::uint32_t likely = 0;  ///< The figure it most likely is.
    /// The figure's name as findings carry it (`slot_name`).
    [[nodiscard]] constexpr std::string_view name() const noexcept { return slot_name(slot); }
    /// Equal when every member is.
    friend constexpr bool operator==(const digit_slip&, const digit_slip&) = default;
};

/// At most this many figures are named by one record.digit_slip finding.
inline constexpr std::size_t max_digit_slips = 4;

/// The figures one record.digit_slip finding points at.
struct digit_slips {
    std::array<digit_slip, max_digit_slips> slips{};  ///< The slips; the first `count` are used.
    std::size_t count = 0;  ///< Number of slips.
    /// True when there is no slip.
    [[nodiscard]] constexpr bool empty() const noexcept { return count == 0; }
};

namespace detail {

inline constexpr std::size_t slot_count = static_cast<std::size_t>(blank_slot) + 1;

/// For each slot, the identities (bit i = identities[i]) that name it: a compile-time table, so
/// that the search looks only at identities a figure takes part in.
inline constexpr std::array<std::uint32_t, slot_count> slot_identities = [] {
    std::array<std::uint32_t, slot_count> out{};
    for (std::size_t slot = 0; slot < slot_count; ++slot)
        for (std::size_t i = 0; i < identities.size(); ++i)
            if (names_slot(identities[i], static_cast<figure_slot>(slot))) out[slot] |= std::uint32_t{1} << i;
    return out;
}();

/// Whether `likely` is `read` with one decimal digit deleted.
constexpr bool is_digit_deletion(std::uint32_t read, std::uint64_t likely) noexcept {
    const unsigned digits = digit_count(read);
    for (unsigned k = 0; k < digits; ++k)
        if (delete_digit(read, k) == likely) return true;
    return false;
}

/// Whether slot `slot` sits on the left side of identity `id` (else on the right).
constexpr bool on_left(const identity& id, figure_slot slot) noexcept {
    for (figure_ref r : id.lhs)
        if (r != no_figure && (r == candidate_sum_ref ? slot >= first_candidate_slot : r == slot)) return true;
    return false;
}

}  // namespace detail

/// Runs the record.digit_slip search described at the top of this header, given which
/// identities were evaluated and which fail (bit i = identities[i]).
template <sheet_like S>
[[nodiscard]] constexpr digit_slips find_digit_slips(const S& s, std::uint32_t evaluated, std::uint32_t failing) noexcept {
    digit_slips out;
    if (failing == 0) return out;
    const detail::candidate_total cands = detail::candidate_sum(s);
    for (std::size_t slot_i = 0; slot_i < detail::slot_count && out.count < max_digit_slips; ++slot_i) {
        const std::uint32_t named_failing = detail::slot_identities[slot_i] & failing;
        if (named_failing == 0) continue;
        const auto slot = static_cast<figure_slot>(slot_i);
        if (slot >= first_candidate_slot && slot < blank_slot &&
            static_cast<std::size_t>(slot - first_candidate_slot) >= s.candidate_count())
            continue;
        if (slot == blank_slot && !s.has_blank()) continue;
        const std::uint32_t read = detail::slot_value(s, slot);
        if (read == missing_figure || read < 10) continue;
        const std::uint32_t to_check = detail::slot_identities[slot_i] & evaluated;
        auto all_hold_with = [&](std::uint32_t likely) {
            const detail::substitution sub{slot, likely};
            const detail::candidate_total c2 =
                slot >= first_candidate_slot ? detail::candidate_sum(s, sub) : cands;
            for (std::size_t i = 0; i < identities.size(); ++i)
                if (((to_check >> i) & 1U) != 0 && !detail::evaluate_identity(identities[i], s, c2, sub).holds)
                    return false;
            return true;
        };
        // A failing equality fixes the only value that can make it hold: test just that one.
        std::size_t eq = identities.size();
        for (std::size_t i = 0; i < identities.size() && eq == identities.size(); ++i)
            if (((named_failing >> i) & 1U) != 0 && identities[i].rel == relation::equal) eq = i;
        if (eq != identities.size()) {
            const auto v = detail::evaluate_identity(identities[eq], s, cands);
            const bool left = detail::on_left(identities[eq], slot);
            const std::uint64_t side = left ? v.lhs : v.rhs, other = left ? v.rhs : v.lhs;
            if (side - read > other) continue;  // would need a negative figure
            const std::uint64_t likely = other - (side - read);
            if (likely < read && detail::is_digit_deletion(read, likely) &&
                all_hold_with(static_cast<std::uint32_t>(likely)))
                out.slips[out.count++] = {slot, read, static_cast<std::uint32_t>(likely)};
            continue;
        }
        const unsigned digits = detail::digit_count(read);
        for (unsigned k = digits; k-- > 0;) {  // leftmost digit first: "leading digit removed"
            const std::uint32_t likely = detail::delete_digit(read, k);
            if (all_hold_with(likely)) {
                out.slips[out.count++] = {slot, read, likely};
                break;
            }
        }
    }
    return out;
}

/// The same, evaluating the identities itself.
template <sheet_like S>
[[nodiscard]] constexpr digit_slips find_digit_slips(const S& s) noexcept {
    const detail::candidate_total cands = detail::candidate_sum(s);
    std::uint32_t evaluated = 0;
    std::uint32_t failing = 0;
    static_assert(identities.size() <= 32);
    for (std::size_t i = 0; i < identities.size(); ++i) {
        const auto v = detail::evaluate_identity(identities[i], s, cands);
        if (v.known) {
            evaluated |= std::uint32_t{1} << i;
            if (!v.holds) failing |= std::uint32_t{1} << i;
        }
    }
    return find_digit_slips(s, evaluated, failing);
}

}  // namespace suara

#endif  // SUARA_TALLY_DIGIT_SLIP_HPP
