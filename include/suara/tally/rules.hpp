// suara — checking one results sheet against the rule catalogue (sections A and B, docs/rules.md).
// Distributed under the Boost Software License, Version 1.0.
//
//     check_sheet<pilkada_2024>(sheet, [](const finding& f) { ... });      // findings with figures
//     rule_set fired = fired_rules<pilkada_2024>(row);                      // the bulk fast path
//
// Both run the same code (`detail::run_rules`, instantiated with and without reporting), so they
// agree by construction. Rules are data: the identity table (suara/tally/identities.hpp), the
// regime-dependent sheet rules below, the regime's incident condition set
// (suara/law/condition_set.hpp), and the catalogue table of severities, outcomes, bases
// and titles (suara/tally/catalogue.hpp). `enabled` selects rules; a disabled rule neither fires
// nor reports its missing inputs.
//
// The section A rules that need the regime:
//  - voters.copied_row   pengguna_dpt = pemilih_dpt for L, P and J, with pemilih_dpt_j at least
//                        R::copied_row_min_registered;
//  - ballots.allocation  surat_diterima ≠ expected_ballots<R>(pemilih_dpt_j, pemilih_dptb_j)
//                        (pemilih_dptb_j needed only where R::allocation_includes_dptb);
//  - votes.over_supply   the largest of the candidate sum, suara_sah, suara_total and
//                        pengguna_total_j above the supply: surat_diterima where written, else
//                        pemilih_dpt_j + DPTb + reserve(R) where DPTb is pemilih_dptb_j, or, when
//                        the sheet has no registered DPTb (Sirekap publishes none),
//                        pengguna_dptb_j, the moved-in voters who came (a figure the sheet has,
//                        never a zero read into a missing one; the supply it gives is lower only
//                        by moved-in ballots left unused and then handed to DPK voters);
//  - tps.capacity        pemilih_dpt_j above R::tps_capacity.
//
// Missing is never zero: a rule whose inputs are missing is not evaluated, and
// record.incomplete lists the missing inputs of the enabled rules (missing_fields mask,
// missing_candidates). Missing kejadian_* fields mean "not reported", never a finding and never
// incomplete.
//
// User rules. A user rule is a type with
//     static constexpr std::string_view key;   // its own identifier, not a catalogue key
//     static constexpr suara::severity level;
//     static constexpr suara::outcome result;  // not none
//     static constexpr suara::citation basis;  // names at least a law (or "practice", "audit plan")
//     static constexpr suara::bilingual title;
//     template <class R, suara::sheet_like S> static constexpr bool fires(const S&);
//     template <class R, suara::sheet_like S> static constexpr void figures(const S&, suara::finding&);  // optional
// and is evaluated alongside the catalogue by passing `user_rules<U...>{}`:
//     check_sheet<pemilu_2024>(s, sink, rule_set::all(), user_rules<my_rule>{});
// Its findings carry `user_key == U::key` (finding::key()). The checks are compile-time: a key
// that is empty or a catalogue identifier, an empty citation or outcome none does not compile.
#ifndef SUARA_TALLY_RULES_HPP
#define SUARA_TALLY_RULES_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>
#include <utility>

#include <suara/core/citation.hpp>
#include <suara/core/outcome.hpp>
#include <suara/core/text.hpp>
#include <suara/detail/meta.hpp>
#include <suara/law/condition_set.hpp>
#include <suara/form/incident_report.hpp>
#include <suara/law/regime.hpp>
#include <suara/tally/catalogue.hpp>
#include <suara/tally/digit_slip.hpp>
#include <suara/form/field.hpp>
#include <suara/form/finding.hpp>
#include <suara/tally/identities.hpp>
#include <suara/tally/labels.hpp>
#include <suara/form/rule_id.hpp>
#include <suara/form/sheet_like.hpp>

// The bulk path relies on the identity table being unrolled in place; GCC's inliner otherwise
// treats the 26 immediately-invoked lambdas as cold calls.
#if defined(__GNUC__) || defined(__clang__)
#define SUARA_DETAIL_ALWAYS_INLINE __attribute__((always_inline))
#else
#define SUARA_DETAIL_ALWAYS_INLINE
#endif

namespace suara {

/// A list of user rules to evaluate alongside the catalogue.
template <class... U>
struct user_rules {};

namespace detail {

template <class U>
consteval bool check_user_rule() {
    if constexpr (!requires { U::key; U::level; U::result; U::basis; U::title; }) {
        static_assert(dependent_false<U>, "suara: a user rule needs key, level, result, basis and title");
    } else {
        static_assert(!std::string_view{U::key}.empty(), "suara: a user rule needs a non-empty key");
        static_assert(!rule_from_string(U::key).has_value(),
                      "suara: a user rule's key must not be a catalogue identifier");
        static_assert(!citation{U::basis}.empty(), "suara: a user rule has no citation: name at least a law");
        static_assert(outcome{U::result} != outcome::none, "suara: a user rule has outcome none");
    }
    return true;
}

template <std::size_t N>
consteval bool distinct_keys(const std::array<std::string_view, N>& keys) {
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = i + 1; j < N; ++j)
            if (keys[i] == keys[j]) return false;
    return true;
}

struct no_sink {
    constexpr void operator()(const finding&) const noexcept {}
};

constexpr std::uint64_t field_bit(field f) noexcept { return std::uint64_t{1} << index(f); }

template <sheet_like S>
constexpr std::uint64_t missing_mask(const S& s, std::initializer_list<field> fs) noexcept {
    std::uint64_t m = 0;
    for (field f : fs) m |= s.figure(f) == missing_figure ? field_bit(f) : 0;
    return m;
}

template <class R, sheet_like S>
constexpr finding start_finding(const S& s, rule_id id) {
    const rule_info info = describe<R>(id);
    finding f;
    f.tps = s.code();
    f.contest = s.kontes_code();
    f.rule = id;
    f.level = info.level;
    f.result = info.result;
    return f;
}

template <class R, sheet_like S>
constexpr void add_identity_figures(finding& f, const identity& id, const S& s, const identity_value& v) {
    f.add(id.lhs_name, v.lhs);
    f.add(id.rhs_name, v.rhs);
    auto terms = [&](const std::array<figure_ref, 3>& refs) {
        std::size_t n = 0;
        for (figure_ref r : refs) n += r != no_figure ? 1U : 0U;
        for (figure_ref r : refs) {
            if (r == no_figure) continue;
            if (r == candidate_sum_ref) {
                for (std::size_t i = 0; i < s.candidate_count(); ++i)
                    f.add(candidate_column_names[i], s.candidate_figure(i));
                if (s.has_blank()) f.add(blank_column_name, s.blank_figure());
            } else if (n > 1) {
                f.add(field_names[r], s.figure(static_cast<field>(r)));
            }
        }
    };
    terms(id.lhs);
    terms(id.rhs);
}

/// The catalogue, evaluated once. `Report` false: only the fired set (the bulk fast path).
template <class R, bool Report, sheet_like S, class Sink>
constexpr rule_set run_rules(const S& s, rule_set enabled, Sink& sink) {
    static_assert(is_checked_regime_v<R>);
    static_assert(is_checked_condition_set_v<R>);
    const std::uint64_t on = enabled.bits();
    auto is_on = [on](rule_id r) { return ((on >> static_cast<unsigned>(r)) & 1U) != 0; };
    std::uint64_t fired = 0;
    std::uint64_t missing = 0;
    bool missing_cands = false;
    std::uint32_t evaluated = 0;  // identities evaluated / failing, bit i = identities[i]
    std::uint32_t failing = 0;
    auto fire = [&](rule_id r) { fired |= std::uint64_t{1} << static_cast<unsigned>(r); };

    // ---- the identity table, unrolled: each entry's figures are compile-time constants ----
    const candidate_total cands = candidate_sum(s);
    [&]<std::size_t... I>(std::index_sequence<I...>) SUARA_DETAIL_ALWAYS_INLINE {
        (
            [&]() SUARA_DETAIL_ALWAYS_INLINE {
                constexpr const identity& id = identities[I];
                const identity_value v = evaluate_identity_at<I>(s, cands);
                const bool rule_on = is_on(id.rule);
                if (v.known) {
                    evaluated |= std::uint32_t{1} << I;
                    if (!v.holds) {
                        failing |= std::uint32_t{1} << I;
                        if (rule_on) {
                            fire(id.rule);
                            if constexpr (Report) {
                                finding f = start_finding<R>(s, id.rule);
                                add_identity_figures<R>(f, id, s, v);
                                sink(std::as_const(f));
                            }
                        }
                    }
                } else if (rule_on && !v.not_applicable) {
                    missing |= v.missing;
                    missing_cands |= v.missing_candidates;
                }
            }(),
            ...);
    }(std::make_index_sequence<identities.size()>{});

    const std::uint32_t dpt_l = s.figure(field::pemilih_dpt_l), dpt_p = s.figure(field::pemilih_dpt_p),
                        dpt_j = s.figure(field::pemilih_dpt_j);

    // ---- voters.copied_row: 100 % DPT turnout from R::copied_row_min_registered ----
    if (is_on(rule_id::voters_copied_row)) {
        const std::uint32_t ul = s.figure(field::pengguna_dpt_l), up = s.figure(field::pengguna_dpt_p),
                            uj = s.figure(field::pengguna_dpt_j);
        const std::uint64_t m = missing_mask(s, {field::pemilih_dpt_l, field::pemilih_dpt_p, field::pemilih_dpt_j,
                                                 field::pengguna_dpt_l, field::pengguna_dpt_p, field::pengguna_dpt_j});
        if (m != 0) {
            missing |= m;
        } else if (ul == dpt_l && up == dpt_p && uj == dpt_j && dpt_j >= R::copied_row_min_registered.value) {
            fire(rule_id::voters_copied_row);
            if constexpr (Report) {
                finding f = start_finding<R>(s, rule_id::voters_copied_row);
                f.add("pengguna_dpt_j", uj).add("pemilih_dpt_j", dpt_j).add(copied_row_min_name,
                                                                             R::copied_row_min_registered.value);
                sink(std::as_const(f));
            }
        }
    }

    // ---- ballots.allocation: expected_ballots<R> ----
    if (is_on(rule_id::ballots_allocation)) {
        const std::uint32_t got = s.figure(field::surat_diterima), dptb = s.figure(field::pemilih_dptb_j);
        std::uint64_t m = missing_mask(s, {field::surat_diterima, field::pemilih_dpt_j});
        if (R::allocation_includes_dptb.value) m |= missing_mask(s, {field::pemilih_dptb_j});
        if (m != 0) {
            missing |= m;
        } else {
            const count_rep expected = expected_ballots<R>(dpt_j, R::allocation_includes_dptb.value ? dptb : 0U);
            if (got != expected) {
                fire(rule_id::ballots_allocation);
                if constexpr (Report) {
                    finding f = start_finding<R>(s, rule_id::ballots_allocation);
                    f.add("surat_diterima", got).add(expected_ballots_name, expected).add("pemilih_dpt_j", dpt_j);
                    if (R::allocation_includes_dptb.value) f.add("pemilih_dptb_j", dptb);
                    sink(std::as_const(f));
                }
            }
        }
    }

    // ---- votes.over_supply: nothing exceeds the ballots the TPS could have had ----
    if (is_on(rule_id::votes_over_supply)) {
        const std::uint32_t received = s.figure(field::surat_diterima);
        std::uint32_t dptb = s.figure(field::pemilih_dptb_j);
        if (dptb == missing_figure) dptb = s.figure(field::pengguna_dptb_j);  // a lower bound of the list
        std::uint64_t cap = 0;
        std::string_view cap_name = "surat_diterima";
        bool cap_known = true;
        if (received != missing_figure) {
            cap = received;
        } else if (dpt_j != missing_figure && dptb != missing_figure) {
            cap = std::uint64_t{dpt_j} + dptb +
                  apply_rate(dpt_j, R::ballot_reserve.value, R::reserve_rounding.value);
            cap_name = ballot_supply_name;
        } else {
            cap_known = false;
        }
        const std::array<std::pair<std::string_view, std::uint64_t>, 4> qs{{
            {candidate_sum_name, cands.known ? cands.sum : std::uint64_t{missing_figure}},
            {"suara_sah", s.figure(field::suara_sah)},
            {"suara_total", s.figure(field::suara_total)},
            {"pengguna_total_j", s.figure(field::pengguna_total_j)},
        }};
        bool any_known = false;
        std::size_t worst = qs.size();
        for (std::size_t i = 0; i < qs.size(); ++i) {
            if (qs[i].second == missing_figure) continue;
            any_known = true;
            if (cap_known && qs[i].second > cap && (worst == qs.size() || qs[i].second > qs[worst].second)) worst = i;
        }
        if (!cap_known || !any_known) {
            if (!cap_known) missing |= missing_mask(s, {field::surat_diterima, field::pemilih_dpt_j, field::pemilih_dptb_j});
            if (!any_known) {
                missing |= missing_mask(s, {field::suara_sah, field::suara_total, field::pengguna_total_j});
                missing_cands |= !cands.known;
            }
        } else if (worst != qs.size()) {
            fire(rule_id::votes_over_supply);
            if constexpr (Report) {
                finding f = start_finding<R>(s, rule_id::votes_over_supply);
                f.add(qs[worst].first, qs[worst].second).add(cap_name, cap);
                for (std::size_t i = 0; i < qs.size(); ++i)
                    if (i != worst && qs[i].second != missing_figure && qs[i].second > cap) f.add(qs[i].first, qs[i].second);
                sink(std::as_const(f));
            }
        }
    }

    // ---- tps.capacity: R::tps_capacity ----
    if (is_on(rule_id::tps_capacity)) {
        if (dpt_j == missing_figure) {
            missing |= field_bit(field::pemilih_dpt_j);
        } else if (dpt_j > R::tps_capacity.value) {
            fire(rule_id::tps_capacity);
            if constexpr (Report) {
                finding f = start_finding<R>(s, rule_id::tps_capacity);
                f.add("pemilih_dpt_j", dpt_j).add(capacity_name, R::tps_capacity.value);
                sink(std::as_const(f));
            }
        }
    }

    // ---- record.incomplete ----
    if (is_on(rule_id::record_incomplete) && (missing != 0 || missing_cands)) {
        fire(rule_id::record_incomplete);
        if constexpr (Report) {
            finding f = start_finding<R>(s, rule_id::record_incomplete);
            f.missing_fields = missing;
            f.missing_candidates = missing_cands;
            sink(std::as_const(f));
        }
    }

    // ---- record.digit_slip (rare: only when an identity fails) ----
    if (failing != 0 && is_on(rule_id::record_digit_slip)) {
        const digit_slips slips = find_digit_slips(s, evaluated, failing);
        if (!slips.empty()) {
            fire(rule_id::record_digit_slip);
            if constexpr (Report) {
                finding f = start_finding<R>(s, rule_id::record_digit_slip);
                for (std::size_t i = 0; i < slips.count; ++i)
                    f.add(slot_name(slips.slips[i].slot), slips.slips[i].read).add(likely_value_name, slips.slips[i].likely);
                sink(std::as_const(f));
            }
        }
    }

    // ---- section B: the regime's incident conditions, from the kejadian_* fields ----
    // A report with nothing reported as having happened (every kejadian field missing or 0) holds
    // no ground: check_conditions<R>() proves it for the regime's set, so it is skipped cheaply.
    bool anything_happened = false;
    for (std::size_t i = index(first_incident_field); i < field_count; ++i) {
        const std::uint32_t v = s.figure(static_cast<field>(i));
        anything_happened |= v != missing_figure && v != 0;
    }
    if (anything_happened) {
        const incident_report report = incident_report_of(s);
        for_each_condition<R>([&]<class C>() {
            if (is_on(C::id) && C::template holds<R>(report)) {
                fire(C::id);
                if constexpr (Report) {
                    finding f = start_finding<R>(s, C::id);
                    constexpr field kf = *incident_field(C::id);
                    f.add(field_names[index(kf)], s.figure(kf));
                    if constexpr (requires { C::template threshold<R>(); }) f.add(threshold_name, C::template threshold<R>());
                    if constexpr (kf == field::kejadian_gangguan) {
                        // a ground read from the disturbance: what it did, the effect the ground needs
                        for (field e : disturbance_effects)
                            if (const auto v = s.figure(e); v != 0 && v != missing_figure) f.add(field_names[index(e)], v);
                    }
                    sink(std::as_const(f));
                }
            }
        });
    }

    rule_set out;
    for (std::size_t i = 0; i < rule_count; ++i)
        if (((fired >> i) & 1U) != 0) out.insert(static_cast<rule_id>(i));
    return out;
}

}  // namespace detail

/// Evaluates catalogue sections A and B on one sheet under regime R and calls
/// `sink(const finding&)` for each finding, in catalogue order.
template <class R, sheet_like S, class Sink>
constexpr void check_sheet(const S& s, Sink&& sink, rule_set enabled = rule_set::all()) {
    detail::run_rules<R, true>(s, enabled, sink);
}

/// The same, with user rules evaluated after the catalogue.
template <class R, sheet_like S, class Sink, class... U>
constexpr void check_sheet(const S& s, Sink&& sink, rule_set enabled, user_rules<U...>) {
    static_assert((detail::check_user_rule<U>() && ... && true));
    static_assert(detail::distinct_keys(std::array<std::string_view, sizeof...(U)>{U::key...}),
                  "suara: two user rules share a key");
    detail::run_rules<R, true>(s, enabled, sink);
    (
        [&] {
            if (U::template fires<R>(s)) {
                finding f;
                f.tps = s.code();
                f.contest = s.kontes_code();
                f.user_key = U::key;
                f.level = U::level;
                f.result = U::result;
                if constexpr (requires { U::template figures<R>(s, f); }) U::template figures<R>(s, f);
                sink(std::as_const(f));
            }
        }(),
        ...);
}

/// Which rules fire on the sheet: exactly the rules of the findings check_sheet reports.
template <class R, sheet_like S>
[[nodiscard]] constexpr rule_set fired_rules(const S& s, rule_set enabled = rule_set::all()) {
    detail::no_sink sink;
    return detail::run_rules<R, false>(s, enabled, sink);
}

/// Collects up to N findings in a fixed array (for constant expressions and tests).
template <std::size_t N>
struct finding_list {
    std::array<finding, N> items{};
    std::size_t count = 0;
    std::size_t dropped = 0;
    constexpr void operator()(const finding& f) noexcept {
        if (count < N) items[count++] = f;
        else ++dropped;
    }
    [[nodiscard]] constexpr const finding* begin() const noexcept { return items.data(); }
    [[nodiscard]] constexpr const finding* end() const noexcept { return items.data() + count; }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return count; }
    [[nodiscard]] constexpr const finding* first(rule_id r) const noexcept {
        for (const auto& f : *this)
            if (f.user_key.empty() && f.rule == r) return &f;
        return nullptr;
    }
};

/// All findings of a sheet, collected (at most 64; `dropped` counts the rest).
template <class R, sheet_like S>
[[nodiscard]] constexpr finding_list<64> findings_of(const S& s, rule_set enabled = rule_set::all()) {
    finding_list<64> out;
    check_sheet<R>(s, out, enabled);
    return out;
}

}  // namespace suara

#endif  // SUARA_TALLY_RULES_HPP
