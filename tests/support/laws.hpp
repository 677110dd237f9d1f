// suara test laws: each law is written once and checked against every model that claims it
// (the Boost.Hana habit). constexpr where possible, so that static tests can use them too.
//
//  - sex_sum_law          J = L + P, for any kind and list
//  - addition_is_monoid   counts add associatively and commutatively, with zero as identity
//  - category_sum_law     total participants = DPT + DPTb + DPK, per sex, and the per-sex totals
//                         add up to the J total
//  - missing_is_not_zero  a model that loses a figure must not report the same as one with 0
// Models of later areas (sheets, batches, polling-station days, roll-ups) add their laws here.
#ifndef SUARA_TESTS_LAWS_HPP
#define SUARA_TESTS_LAWS_HPP

#include <cstddef>

#include <suara/core/count.hpp>
#include <suara/tally/rules.hpp>
#include <suara/form/sheet_like.hpp>  // voters: sheet_identities_law
#include <string_view>                 // voters
#include <cstdint>                     // hostile
#include <suara/form/rule_id.hpp>     // hostile

namespace suara::laws {

template <class Kind, class List>
constexpr bool sex_sum_law(count_rep l, count_rep p) {
    const auto j = sum_of_sexes(count<Kind, List, sex::l>{l}, count<Kind, List, sex::p>{p});
    return j.value() == l + p && j == count<Kind, List, sex::j>{p + l};
}

template <class C>
constexpr bool addition_is_monoid(count_rep a, count_rep b, count_rep c) {
    const C x{a}, y{b}, z{c};
    return (x + y) + z == x + (y + z) && x + y == y + x && x + C{} == x && (x + y) - y == x;
}

constexpr bool category_sum_law(count_rep dpt_l, count_rep dpt_p, count_rep dptb_l, count_rep dptb_p,
                                count_rep dpk_l, count_rep dpk_p) {
    const auto l = total_participants(pengguna_count<dpt, sex::l>{dpt_l}, pengguna_count<dptb, sex::l>{dptb_l},
                                      pengguna_count<dpk, sex::l>{dpk_l});
    const auto p = total_participants(pengguna_count<dpt, sex::p>{dpt_p}, pengguna_count<dptb, sex::p>{dptb_p},
                                      pengguna_count<dpk, sex::p>{dpk_p});
    const auto j = total_participants(sum_of_sexes(pengguna_count<dpt, sex::l>{dpt_l}, pengguna_count<dpt, sex::p>{dpt_p}),
                                      sum_of_sexes(pengguna_count<dptb, sex::l>{dptb_l}, pengguna_count<dptb, sex::p>{dptb_p}),
                                      sum_of_sexes(pengguna_count<dpk, sex::l>{dpk_l}, pengguna_count<dpk, sex::p>{dpk_p}));
    return sum_of_sexes(l, p) == j;
}

// ---- bulk: roll-ups -----------------------------------------------------------------------
// roll_up_order_law: a summary built from the same records, split into chunks in any way and
// fed in any order, equals the one built in a single pass. Model: suara::region_summary (any
// type with add(code, stats), merge(other), normalize() and ==).
template <class Summary, class Records, class Permutation>
bool roll_up_order_law(const Records& records, const Permutation& order, std::size_t chunk) {
    Summary whole;
    for (const auto& [code, stats] : records) whole.add(code, stats);
    whole.normalize();
    Summary merged;
    for (std::size_t b = 0; b < order.size(); b += chunk) {
        Summary part;
        for (std::size_t i = b; i < order.size() && i < b + chunk; ++i) {
            const auto& [code, stats] = records[order[i]];
            part.add(code, stats);
        }
        merged.merge(part);
    }
    merged.normalize();
    return whole == merged;
}

// ---- voters: polling-station days -----------------------------------------------------------
// sheet_identities_law: the arithmetic identities of docs/rules.md section A hold on a sheet whose
// figures are all present. Returns the key of the first identity broken, or "" when all hold.
// Models: the sheets a polling_station_day produces at closing (any sheet_like works).
template <sheet_like S>
constexpr std::string_view sheet_identities_law(const S& s) {
    auto f = [&](field x) { return static_cast<count_rep>(s.figure(x)); };
    for (std::size_t i = 0; i + 2 <= index(field::pengguna_disabilitas_j); i += 3) {
        const auto l = static_cast<field>(i), p = static_cast<field>(i + 1), j = static_cast<field>(i + 2);
        if (f(j) != f(l) + f(p)) return "voters.sex_sum";
    }
    for (std::size_t sx = 0; sx < 3; ++sx) {
        auto at = [&](field base) { return f(static_cast<field>(index(base) + sx)); };
        if (at(field::pengguna_total_l) != at(field::pengguna_dpt_l) + at(field::pengguna_dptb_l) + at(field::pengguna_dpk_l))
            return "voters.category_sum";
        if (at(field::pengguna_dpt_l) > at(field::pemilih_dpt_l)) return "voters.dpt_turnout";
        if (at(field::pengguna_dptb_l) > at(field::pemilih_dptb_l) || at(field::pengguna_dpk_l) > at(field::pemilih_dpk_l))
            return "voters.registered_turnout";
    }
    if (f(field::surat_diterima) != f(field::surat_digunakan) + f(field::surat_dikembalikan) + f(field::surat_tidak_digunakan))
        return "ballots.balance";
    if (f(field::surat_digunakan) != f(field::pengguna_total_j)) return "ballots.used_vs_voters";
    count_rep candidates = s.has_blank() ? s.blank_figure() : 0;
    for (std::size_t i = 0; i < s.candidate_count(); ++i) candidates += s.candidate_figure(i);
    if (f(field::suara_sah) != candidates) return "votes.valid_sum";
    if (f(field::suara_total) != f(field::suara_sah) + f(field::suara_tidak_sah)) return "votes.total_sum";
    if (f(field::suara_total) != f(field::pengguna_total_j)) return "votes.vs_voters";
    if (f(field::suara_total) > f(field::surat_diterima)) return "votes.over_supply";
    return "";
}

// ---- the rule catalogue on every sheet model ---------------------------------------------------
// Each law takes `with(sheet, fn)`, which builds one model of a sheet (the sheet itself, a row
// of a sheet_batch, ...) and returns fn(model), and `fired(model) -> rule_set` (fired_rules<R>),
// so that one law is checked against every model the rules read.
//  - passes_law             a sheet consistent with §A fires no rule at all
//  - caught_law             the same sheet with one figure changed fires some rule other than
//                           record.incomplete (a single wrong figure never goes unnoticed)
//  - missing_not_zero_law   the same sheet with one figure cleared fires record.incomplete and
//                           nothing else (missing is not read as zero by any rule)
template <class With, class Fired>
bool passes_law(const sheet& s, With with, Fired fired) {
    return with(s, fired).empty();
}
template <class With, class Fired>
bool caught_law(sheet s, field f, std::uint32_t v, With with, Fired fired) {
    s.figures[index(f)] = v;
    rule_set r = with(s, fired);
    r.erase(rule_id::record_incomplete);
    return !r.empty();
}
/// Candidate column `c` (c == candidate_count: the blank column) changed to `v`.
template <class With, class Fired>
bool caught_candidate_law(sheet s, std::size_t c, std::uint32_t v, With with, Fired fired) {
    if (c < s.candidates) s.votes[c] = v;
    else s.blank_votes = v;
    rule_set r = with(s, fired);
    r.erase(rule_id::record_incomplete);
    return !r.empty();
}
template <class With, class Fired>
bool missing_not_zero_law(sheet s, field f, With with, Fired fired) {
    s.figures[index(f)] = missing_figure;
    return with(s, fired) == rule_set{rule_id::record_incomplete};
}

// ---- tally (the rule catalogue, suara/tally/rules.hpp) ----
//  - fired_agrees_with_findings     the bulk fast path names exactly the rules check_sheet reports
//  - missing_is_not_zero_for_rules  clearing a figure of a complete sheet makes no rule fire for
//                                   it (only record.incomplete, plus over_supply's fallback supply
//                                   and the digit_slip search may change), and differs from 0

template <class R, class S>
constexpr bool fired_agrees_with_findings(const S& s, rule_set enabled = rule_set::all()) {
    rule_set from_findings;
    check_sheet<R>(s, [&](const finding& f) { from_findings.insert(f.rule); }, enabled);
    return from_findings == fired_rules<R>(s, enabled);
}

template <class R>
constexpr bool missing_is_not_zero_for_rules(const sheet& s, field f) {
    sheet cleared = s;
    cleared.clear(f);
    sheet zero = s;
    zero.set_raw(f, 0);
    const rule_set before = fired_rules<R>(s);
    const rule_set after = fired_rules<R>(cleared);
    for (std::size_t i = 0; i < rule_count; ++i) {
        const auto r = static_cast<rule_id>(i);
        if (r == rule_id::record_incomplete || r == rule_id::record_digit_slip || r == rule_id::votes_over_supply) continue;
        if (after.contains(r) && !before.contains(r)) return false;
    }
    return after.contains(rule_id::record_incomplete) && after != fired_rules<R>(zero);
}

// ---- io ----
//  - read_is_accounted  a reader's counts tie: read = validated + rejected, and the sheets it
//                       hands on are exactly the validated records
//  - round_trip_law     writing sheets and reading them back gives every sheet unchanged
// Written over callables and duck-typed summaries, so that this header needs no reader.

template <class Summary, class Batch>
bool read_is_accounted(const Summary& s, const Batch& sheets) {
    return s.read == s.validated + s.rejected && sheets.size() == s.validated;
}

template <class Batch, class Write, class Read>
bool round_trip_law(const Batch& original, Write&& write, Read&& read) {
    const auto back = read(write(original));
    if (back.size() != original.size()) return false;
    for (std::size_t i = 0; i < original.size(); ++i)
        if (!(back.at(i) == original.at(i))) return false;
    return true;
}

}  // namespace suara::laws

#endif  // SUARA_TESTS_LAWS_HPP
