// suara — checking one results sheet against the rule catalogue (sections A and B, docs/rules.md).
// Distributed under the Boost Software License, Version 1.0.
//
//     check_sheet<pilkada_2024>(sheet, [](const finding& f) { ... });      // findings with figures
//     rule_set fired = fired_rules<pilkada_2024>(row);                      // the bulk fast path
//
// Both run the same code (`detail::run_rules`, instantiated with and without reporting), so they
// agree by construction. Rules are data: the rules of the sheet, each written once with its
// condition (suara/tally/sheet_rules.hpp; their identities lined up in
// suara/tally/identities.hpp), the regime's incident condition set
// (suara/law/condition_set.hpp), and the catalogue table of severities, outcomes, bases and
// titles made from them (suara/tally/catalogue.hpp). `enabled` selects rules; a disabled rule
// neither fires nor reports its missing inputs.
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
//     static constexpr std::array<suara::face_test, N> screen;  // optional: its face (suara/tally/screen_face.hpp)
//     template <class R> static constexpr std::array<suara::face_limit, M> screen_limits();  // with limit tests
// and is evaluated alongside the catalogue by passing `user_rules<U...>{}`:
//     check_sheet<pemilu_2024>(s, sink, rule_set::all(), user_rules<my_rule>{});
// Its findings carry `user_key == U::key` (finding::key()). The checks are compile-time: a key
// that is empty or a catalogue identifier, an empty citation or outcome none does not compile.
// The column screen of the bulk validator (suara/bulk/screen.hpp) made for a table with the rule
// (`rule_table_with<catalogue_rule_table, U>`) tests its face; a rule without one makes that
// screen keep every row.
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
#include <suara/tally/sheet_rules.hpp>

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
                // a DPD sheet may have more candidates than columns have names; a finding holds
                // max_finding_values figures anyway
                for (std::size_t i = 0; i < s.candidate_count() && i < candidate_column_names.size(); ++i)
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

/// One evaluation of the catalogue on a sheet: what the rules of suara/tally/sheet_rules.hpp
/// read and write through (`check<R>(run)`). `report` false: only the fired set.
template <class R, bool Report, sheet_like S, class Sink>
class rule_run {
public:
    static constexpr bool report = Report;

    constexpr rule_run(const S& s, rule_set enabled, Sink& sink) noexcept
        : s_{s}, on_{enabled.bits()}, sink_{sink}, cands_{candidate_sum(s)} {}

    [[nodiscard]] constexpr const S& sheet() const noexcept { return s_; }
    [[nodiscard]] constexpr std::uint32_t figure(field f) const noexcept { return s_.figure(f); }
    /// The sum of the vote columns, the blank column included, and whether it is known.
    [[nodiscard]] constexpr const candidate_total& candidates() const noexcept { return cands_; }
    [[nodiscard]] constexpr bool is_on(rule_id r) const noexcept { return ((on_ >> static_cast<unsigned>(r)) & 1U) != 0; }
    constexpr void fire(rule_id r) noexcept { fired_ |= std::uint64_t{1} << static_cast<unsigned>(r); }
    /// Inputs an enabled rule could not read (bit i = field i), for record.incomplete.
    constexpr void need(std::uint64_t fields) noexcept { missing_ |= fields; }
    constexpr void need_candidates() noexcept { missing_cands_ = true; }
    [[nodiscard]] constexpr std::uint64_t missing() const noexcept { return missing_; }
    [[nodiscard]] constexpr bool missing_candidates() const noexcept { return missing_cands_; }
    /// Identities evaluated and failing (bit i = identities[i]).
    [[nodiscard]] constexpr std::uint32_t evaluated() const noexcept { return evaluated_; }
    [[nodiscard]] constexpr std::uint32_t failing() const noexcept { return failing_; }
    /// record.digit_slip's search (suara/tally/digit_slip.hpp) over the identities evaluated.
    [[nodiscard]] constexpr digit_slips slips() const noexcept { return find_digit_slips(s_, evaluated_, failing_); }
    /// A finding of rule `id` on this sheet, with its severity and outcome under R.
    [[nodiscard]] constexpr finding start(rule_id id) const { return start_finding<R>(s_, id); }
    constexpr void emit(const finding& f) { sink_(f); }

    /// The identity table, unrolled: each entry's figures are compile-time constants.
    constexpr void identities_of_the_sheet() {
        [&]<std::size_t... I>(std::index_sequence<I...>) SUARA_DETAIL_ALWAYS_INLINE {
            (
                [&]() SUARA_DETAIL_ALWAYS_INLINE {
                    constexpr const identity& id = identities[I];
                    const identity_value v = evaluate_identity_at<I>(s_, cands_);
                    const bool rule_on = is_on(id.rule);
                    if (v.known) {
                        evaluated_ |= std::uint32_t{1} << I;
                        if (!v.holds) {
                            failing_ |= std::uint32_t{1} << I;
                            if (rule_on) {
                                fire(id.rule);
                                if constexpr (Report) {
                                    finding f = start(id.rule);
                                    add_identity_figures<R>(f, id, s_, v);
                                    emit(std::as_const(f));
                                }
                            }
                        }
                    } else if (rule_on && !v.not_applicable) {
                        missing_ |= v.missing;
                        missing_cands_ |= v.missing_candidates;
                    }
                }(),
                ...);
        }(std::make_index_sequence<identities.size()>{});
    }

    [[nodiscard]] constexpr rule_set fired() const noexcept {
        rule_set out;
        for (std::size_t i = 0; i < rule_count; ++i)
            if (((fired_ >> i) & 1U) != 0) out.insert(static_cast<rule_id>(i));
        return out;
    }

private:
    const S& s_;
    std::uint64_t on_;
    Sink& sink_;
    candidate_total cands_;
    std::uint64_t fired_ = 0;
    std::uint64_t missing_ = 0;
    bool missing_cands_ = false;
    std::uint32_t evaluated_ = 0;
    std::uint32_t failing_ = 0;
};

/// The catalogue, evaluated once. `Report` false: only the fired set (the bulk fast path).
template <class R, bool Report, sheet_like S, class Sink>
constexpr rule_set run_rules(const S& s, rule_set enabled, Sink& sink) {
    static_assert(is_checked_regime_v<R>);
    static_assert(is_checked_condition_set_v<R>);
    rule_run<R, Report, S, Sink> run{s, enabled, sink};

    // ---- section A: the identity rules, then the others, in sheet_rule_table order ----
    run.identities_of_the_sheet();
    for_each_rule(sheet_rule_table{}, [&]<class D>() {
        if constexpr (!is_identity_rule_v<D>) {
            if (run.is_on(D::id)) D::template check<R>(run);
        }
    });

    // ---- section B: the regime's incident conditions, from the kejadian_* fields ----
    // A report with nothing reported as having happened (every kejadian field missing or 0) holds
    // no ground: check_conditions<R>() proves it for the regime's set, so it is skipped cheaply.
    if (sheet_rules::incident_grounds::reported(s)) {
        const incident_report report = incident_report_of(s);
        for_each_condition<R>([&]<class C>() {
            if (run.is_on(C::id) && C::template holds<R>(report)) {
                run.fire(C::id);
                if constexpr (Report) {
                    finding f = run.start(C::id);
                    constexpr field kf = *incident_field(C::id);
                    f.add(field_names[index(kf)], s.figure(kf));
                    if constexpr (requires { C::template threshold<R>(); }) f.add(threshold_name, C::template threshold<R>());
                    if constexpr (kf == field::kejadian_gangguan) {
                        // a ground read from the disturbance: what it did, the effect the ground needs
                        for (field e : disturbance_effects)
                            if (const auto v = s.figure(e); v != 0 && v != missing_figure) f.add(field_names[index(e)], v);
                    }
                    run.emit(std::as_const(f));
                }
            }
        });
    }
    return run.fired();
}

}  // namespace detail

/// The fields each rule of the sheet catalogue reads (bit i = field i; index = rule_id): the
/// figures of its identities, or its `reads`; 0 for a rule that reads no field of its own
/// (record.*, section B).
inline constexpr auto rule_inputs = [] {
    std::array<std::uint64_t, rule_count> out{};
    for_each_rule(sheet_rule_table{}, [&]<class D>() {
        std::uint64_t m = 0;
        if constexpr (is_identity_rule_v<D>) {
            for (const identity& i : D::identities)
                for (const auto& side : {i.lhs, i.rhs})
                    for (figure_ref r : side)
                        if (r != no_figure && r != candidate_sum_ref) m |= std::uint64_t{1} << r;
        } else {
            for (field f : D::reads) m |= std::uint64_t{1} << index(f);
        }
        out[static_cast<std::size_t>(D::id)] = m;
    });
    return out;
}();

/// The sheet rules that read some field of `fields` (a mask, bit i = field i): the checks that
/// cannot run, in whole or in part, where those fields are never published.
[[nodiscard]] constexpr rule_set rules_reading(std::uint64_t fields) noexcept {
    rule_set out;
    for (std::size_t i = 0; i < rule_count; ++i)
        if ((rule_inputs[i] & fields) != 0) out.insert(static_cast<rule_id>(i));
    return out;
}

/// Evaluates catalogue sections A and B on one sheet under regime R and calls
/// `sink(const finding&)` for each finding, in catalogue order.
template <regime R, sheet_like S, finding_sink Sink>
constexpr void check_sheet(const S& s, Sink&& sink, rule_set enabled = rule_set::all()) {
    detail::run_rules<R, true>(s, enabled, sink);
}

/// The same, with user rules evaluated after the catalogue.
template <regime R, sheet_like S, finding_sink Sink, class... U>
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

/// A callback that cannot take a finding does not compile, on the caller's line, and the message
/// names misuse::check_sheet_callback_must_take_const_finding_ref.
template <class R, sheet_like S, class Sink, class... Rest,
          class Why = misuse::check_sheet_callback_must_take_const_finding_ref>
    requires(!finding_sink<Sink>)
void check_sheet(const S&, Sink&&, Rest&&...) = delete;

/// Which rules fire on the sheet: exactly the rules of the findings check_sheet reports.
template <regime R, sheet_like S>
[[nodiscard]] constexpr rule_set fired_rules(const S& s, rule_set enabled = rule_set::all()) {
    detail::no_sink sink;
    return detail::run_rules<R, false>(s, enabled, sink);
}

/// Collects up to N findings in a fixed array (for constant expressions and tests).
template <std::size_t N>
struct finding_list {
    std::array<finding, N> items{};  ///< The findings kept, in the order they were reported.
    std::size_t count = 0;  ///< Number of findings kept.
    std::size_t dropped = 0;  ///< Findings reported beyond N and not kept.
    /// Keeps `f` if there is room, counts it as dropped otherwise.
    constexpr void operator()(const finding& f) noexcept {
        if (count < N) items[count++] = f;
        else ++dropped;
    }
    /// First finding.
    [[nodiscard]] constexpr const finding* begin() const noexcept { return items.data(); }
    /// One past the last finding.
    [[nodiscard]] constexpr const finding* end() const noexcept { return items.data() + count; }
    /// Number of findings kept.
    [[nodiscard]] constexpr std::size_t size() const noexcept { return count; }
    /// The first kept finding of catalogue rule `r`, or nullptr.
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
