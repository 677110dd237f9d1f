// suara — the rules of the results sheet (catalogue section A, docs/rules.md), each written once.
// Distributed under the Boost Software License, Version 1.0.
//
// One type per rule holds everything about it: its identifier, severity, outcome (and, where the
// regime decides them, the outcome and basis under a regime R), title, legal basis, how a
// finding relates its figures (`message`), the figures it reads, its condition, and the face it
// shows the column screen (suara/tally/screen_face.hpp). The catalogue table
// (suara/tally/catalogue.hpp), check_sheet and fired_rules (suara/tally/rules.hpp), the
// explanations (suara/tally/explain.hpp) and the bulk screen (suara/bulk/screen.hpp) are all
// made from these types; none of them names a section A rule's fields or condition again.
//
// Two shapes:
//  - a rule made of identities holds them (`identities`): its condition is that each holds, its
//    figures and face are theirs;
//  - any other rule holds `reads` (the figures it reads), `check<R>(run)` (its condition,
//    evaluated through the run of suara/tally/rules.hpp, which collects fired rules, missing
//    inputs and findings) and `screen` (its face), with `screen_limits<R>()` when the face
//    compares with regime figures.
// A regime-dependent rule adds `result_under<R>()`, `basis_under<R>()` or `mandatory_under<R>()`.
//
// The order of `sheet_rule_table` is the order findings are reported in: the identity rules
// first (their identities in table order), then the others.
#ifndef SUARA_TALLY_SHEET_RULES_HPP
#define SUARA_TALLY_SHEET_RULES_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <utility>

#include <suara/core/citation.hpp>
#include <suara/core/outcome.hpp>
#include <suara/core/text.hpp>
#include <suara/form/field.hpp>
#include <suara/form/finding.hpp>
#include <suara/form/rule_id.hpp>
#include <suara/form/sheet.hpp>
#include <suara/form/sheet_like.hpp>
#include <suara/law/regime.hpp>
#include <suara/tally/identity.hpp>
#include <suara/tally/labels.hpp>
#include <suara/tally/screen_face.hpp>

namespace suara {

/// How the explanation of a finding (suara/tally/explain.hpp) relates its figures.
enum class message_form : unsigned char {
    listed,       ///< "a 1, b 2": the figures one after another
    differs,      ///< "a 1 ≠ b 2"
    exceeds,      ///< "a 3 > b 2"
    equals_from,  ///< "a 2 = b 2 (≥ c 1)": equal from a threshold on
    missing,      ///< "kosong: a, b": the inputs found missing (record.incomplete)
    slips,        ///< "a terbaca 641, kemungkinan 64" (record.digit_slip)
    incident,     ///< the kejadian field, then what the disturbance did (section B)
};

/// A list of rule types: the rules of a check, or the rules a screen is made from.
template <class... Rules>
struct rule_table {
    static constexpr std::size_t size = sizeof...(Rules);  ///< how many rules
};

namespace detail {
constexpr citation catalogue_basis(std::string_view key, std::string_view note) noexcept {
    return {"suara rule catalogue", key, "", "", confidence::derived, note};
}
constexpr std::uint64_t field_bit(field f) noexcept { return std::uint64_t{1} << index(f); }
/// The fields of `fs` that `s` has not written, as a mask (bit i = field i).
template <sheet_like S>
constexpr std::uint64_t missing_mask(const S& s, std::initializer_list<field> fs) noexcept {
    std::uint64_t m = 0;
    for (field f : fs) m |= s.figure(f) == missing_figure ? field_bit(f) : 0;
    return m;
}
constexpr identity equal_sides(rule_id r, std::array<figure_ref, 3> l, std::array<figure_ref, 3> rr, std::string_view ln,
                               std::string_view rn) noexcept {
    return {r, relation::equal, l, rr, ln, rn};
}
constexpr identity at_most_side(rule_id r, field l, field rr, bool optional_rhs = false) noexcept {
    return {r, relation::at_most, one(l), one(rr), field_names[index(l)], field_names[index(rr)], optional_rhs};
}
}  // namespace detail

namespace sheet_rules {

/// voters.sex_sum: J = L + P on every row of the form (identity 1).
struct voters_sex_sum {
    /// The rule's identifier (docs/rules.md).
    static constexpr rule_id id = rule_id::voters_sex_sum;
    /// The rule's severity.
    static constexpr severity level = severity::error;
    /// The outcome a finding of this rule leads to.
    static constexpr outcome result = outcome::correction;
    /// The rule's title, in Indonesian and English.
    static constexpr bilingual title{"Jumlah (J) tidak sama dengan L + P", "Total (J) differs from men + women"};
    /// The rule's legal or form basis.
    static constexpr citation basis = detail::catalogue_basis(
        "voters.sex_sum", "identity 1: J = L + P on every row (form layout); docs/sources.md#identity-1");
    /// The identities the rule holds.
    static constexpr std::array<identity, 9> identities{{
        detail::sex_sum(field::pemilih_dpt_l, field::pemilih_dpt_p, field::pemilih_dpt_j, "pemilih_dpt_l + pemilih_dpt_p"),
        detail::sex_sum(field::pemilih_dptb_l, field::pemilih_dptb_p, field::pemilih_dptb_j,
                        "pemilih_dptb_l + pemilih_dptb_p"),
        detail::sex_sum(field::pemilih_dpk_l, field::pemilih_dpk_p, field::pemilih_dpk_j, "pemilih_dpk_l + pemilih_dpk_p"),
        detail::sex_sum(field::pengguna_dpt_l, field::pengguna_dpt_p, field::pengguna_dpt_j,
                        "pengguna_dpt_l + pengguna_dpt_p"),
        detail::sex_sum(field::pengguna_dptb_l, field::pengguna_dptb_p, field::pengguna_dptb_j,
                        "pengguna_dptb_l + pengguna_dptb_p"),
        detail::sex_sum(field::pengguna_dpk_l, field::pengguna_dpk_p, field::pengguna_dpk_j,
                        "pengguna_dpk_l + pengguna_dpk_p"),
        detail::sex_sum(field::pengguna_total_l, field::pengguna_total_p, field::pengguna_total_j,
                        "pengguna_total_l + pengguna_total_p"),
        detail::sex_sum(field::pemilih_disabilitas_l, field::pemilih_disabilitas_p, field::pemilih_disabilitas_j,
                        "pemilih_disabilitas_l + pemilih_disabilitas_p"),
        detail::sex_sum(field::pengguna_disabilitas_l, field::pengguna_disabilitas_p, field::pengguna_disabilitas_j,
                        "pengguna_disabilitas_l + pengguna_disabilitas_p"),
    }};
};

/// voters.category_sum: voters who voted = DPT + DPTb + DPK voters, per sex (identity 2).
struct voters_category_sum {
    /// The rule's identifier (docs/rules.md).
    static constexpr rule_id id = rule_id::voters_category_sum;
    /// The rule's severity.
    static constexpr severity level = severity::error;
    /// The outcome a finding of this rule leads to.
    static constexpr outcome result = outcome::correction;
    /// The rule's title, in Indonesian and English.
    static constexpr bilingual title{"Jumlah pengguna hak pilih tidak sama dengan {dpt} + {dptb} + {dpk}",
                                     "Voters who voted differ from {dpt} + {dptb} + {dpk}"};
    /// The rule's legal or form basis.
    static constexpr citation basis = detail::catalogue_basis(
        "voters.category_sum", "identity 2 (Sirekap, public validators, KPU Kaltim recap); docs/sources.md#identity-2");
    /// The identities the rule holds.
    static constexpr std::array<identity, 3> identities{{
        detail::equal_sides(id, detail::one(field::pengguna_total_l),
                            detail::three(field::pengguna_dpt_l, field::pengguna_dptb_l, field::pengguna_dpk_l),
                            "pengguna_total_l", "pengguna_dpt_l + pengguna_dptb_l + pengguna_dpk_l"),
        detail::equal_sides(id, detail::one(field::pengguna_total_p),
                            detail::three(field::pengguna_dpt_p, field::pengguna_dptb_p, field::pengguna_dpk_p),
                            "pengguna_total_p", "pengguna_dpt_p + pengguna_dptb_p + pengguna_dpk_p"),
        detail::equal_sides(id, detail::one(field::pengguna_total_j),
                            detail::three(field::pengguna_dpt_j, field::pengguna_dptb_j, field::pengguna_dpk_j),
                            "pengguna_total_j", "pengguna_dpt_j + pengguna_dptb_j + pengguna_dpk_j"),
    }};
};

/// voters.dpt_turnout: DPT voters who voted at most the registered DPT (identity 3).
struct voters_dpt_turnout {
    /// The rule's identifier (docs/rules.md).
    static constexpr rule_id id = rule_id::voters_dpt_turnout;
    /// The rule's severity.
    static constexpr severity level = severity::error;
    /// The outcome a finding of this rule leads to.
    static constexpr outcome result = outcome::correction;
    /// The rule's title, in Indonesian and English.
    static constexpr bilingual title{"Pengguna hak pilih {dpt} melebihi pemilih {dpt}",
                                     "{dpt} voters who voted exceed registered {dpt}"};
    /// The rule's legal or form basis.
    static constexpr citation basis =
        detail::catalogue_basis("voters.dpt_turnout", "identity 3 (Sirekap); docs/sources.md#identity-3");
    /// The identities the rule holds.
    static constexpr std::array<identity, 3> identities{{
        detail::at_most_side(id, field::pengguna_dpt_l, field::pemilih_dpt_l),
        detail::at_most_side(id, field::pengguna_dpt_p, field::pemilih_dpt_p),
        detail::at_most_side(id, field::pengguna_dpt_j, field::pemilih_dpt_j),
    }};
};

/// voters.registered_turnout: DPTb and DPK voters who voted at most those listed, where the
/// sheet has a registered count (identity 3 applied to the other lists). The disability rows
/// are not checked so: the meaning of the Pemilu disability row is unverified
/// (docs/sources.md, section results-sheet).
struct voters_registered_turnout {
    /// The rule's identifier (docs/rules.md).
    static constexpr rule_id id = rule_id::voters_registered_turnout;
    /// The rule's severity.
    static constexpr severity level = severity::error;
    /// The outcome a finding of this rule leads to.
    static constexpr outcome result = outcome::correction;
    /// The rule's title, in Indonesian and English.
    static constexpr bilingual title{"Pengguna hak pilih {dptb}/{dpk} melebihi yang tercatat",
                                     "{dptb}/{dpk} voters who voted exceed those listed"};
    /// The rule's legal or form basis.
    static constexpr citation basis = detail::catalogue_basis(
        "voters.registered_turnout", "identity 3 applied to the moved-in and unregistered lists; docs/sources.md#identity-3");
    /// The identities the rule holds.
    static constexpr std::array<identity, 6> identities{{
        detail::at_most_side(id, field::pengguna_dptb_l, field::pemilih_dptb_l, true),
        detail::at_most_side(id, field::pengguna_dptb_p, field::pemilih_dptb_p, true),
        detail::at_most_side(id, field::pengguna_dptb_j, field::pemilih_dptb_j, true),
        detail::at_most_side(id, field::pengguna_dpk_l, field::pemilih_dpk_l, true),
        detail::at_most_side(id, field::pengguna_dpk_p, field::pemilih_dpk_p, true),
        detail::at_most_side(id, field::pengguna_dpk_j, field::pemilih_dpk_j, true),
    }};
};

/// ballots.balance: received = used + returned + unused (identity 4).
struct ballots_balance {
    /// The rule's identifier (docs/rules.md).
    static constexpr rule_id id = rule_id::ballots_balance;
    /// The rule's severity.
    static constexpr severity level = severity::error;
    /// The outcome a finding of this rule leads to.
    static constexpr outcome result = outcome::correction;
    /// The rule's title, in Indonesian and English.
    static constexpr bilingual title{"Surat suara diterima tidak sama dengan digunakan + dikembalikan + tidak digunakan",
                                     "Ballots received differ from used + returned + unused"};
    /// The rule's legal or form basis.
    static constexpr citation basis = detail::catalogue_basis(
        "ballots.balance", "identity 4 (Sirekap, KPU Kaltim recap); docs/sources.md#identity-4");
    /// The identities the rule holds.
    static constexpr std::array<identity, 1> identities{{
        detail::equal_sides(id, detail::one(field::surat_diterima),
                            detail::three(field::surat_digunakan, field::surat_dikembalikan, field::surat_tidak_digunakan),
                            "surat_diterima", "surat_digunakan + surat_dikembalikan + surat_tidak_digunakan"),
    }};
};

/// ballots.used_vs_voters: ballots used = voters who voted (identity 5).
struct ballots_used_vs_voters {
    /// The rule's identifier (docs/rules.md).
    static constexpr rule_id id = rule_id::ballots_used_vs_voters;
    /// The rule's severity.
    static constexpr severity level = severity::error;
    /// The outcome a finding of this rule leads to.
    static constexpr outcome result = outcome::correction;
    /// The rule's title, in Indonesian and English.
    static constexpr bilingual title{"Surat suara digunakan tidak sama dengan pengguna hak pilih",
                                     "Ballots used differ from voters who voted"};
    /// The rule's legal or form basis.
    static constexpr citation basis =
        detail::catalogue_basis("ballots.used_vs_voters", "identity 5 (Sirekap); docs/sources.md#identity-5");
    /// The identities the rule holds.
    static constexpr std::array<identity, 1> identities{{
        detail::equal_sides(id, detail::one(field::surat_digunakan), detail::one(field::pengguna_total_j),
                            "surat_digunakan", "pengguna_total_j"),
    }};
};

/// votes.valid_sum: valid votes = the sum of the vote columns, the blank column included (identity 8).
struct votes_valid_sum {
    /// The rule's identifier (docs/rules.md).
    static constexpr rule_id id = rule_id::votes_valid_sum;
    /// The rule's severity.
    static constexpr severity level = severity::error;
    /// The outcome a finding of this rule leads to.
    static constexpr outcome result = outcome::correction;
    /// The rule's title, in Indonesian and English.
    static constexpr bilingual title{"Suara sah tidak sama dengan jumlah {votes}", "Valid votes differ from the sum of {votes}"};
    /// The rule's legal or form basis.
    static constexpr citation basis = detail::catalogue_basis(
        "votes.valid_sum", "identity 8, the blank column included; docs/sources.md#identity-8");
    /// The identities the rule holds.
    static constexpr std::array<identity, 1> identities{{
        detail::equal_sides(id, detail::one(field::suara_sah), {candidate_sum_ref, no_figure, no_figure}, "suara_sah",
                            candidate_sum_name),
    }};
};

/// votes.total_sum: total votes = valid + invalid (identity 7).
struct votes_total_sum {
    /// The rule's identifier (docs/rules.md).
    static constexpr rule_id id = rule_id::votes_total_sum;
    /// The rule's severity.
    static constexpr severity level = severity::error;
    /// The outcome a finding of this rule leads to.
    static constexpr outcome result = outcome::correction;
    /// The rule's title, in Indonesian and English.
    static constexpr bilingual title{"Jumlah suara tidak sama dengan sah + tidak sah", "Total votes differ from valid + invalid"};
    /// The rule's legal or form basis.
    static constexpr citation basis = detail::catalogue_basis("votes.total_sum", "identity 7; docs/sources.md#identity-7");
    /// The identities the rule holds.
    static constexpr std::array<identity, 1> identities{{
        detail::equal_sides(id, detail::one(field::suara_total), detail::two(field::suara_sah, field::suara_tidak_sah),
                            "suara_total", "suara_sah + suara_tidak_sah"),
    }};
};

/// votes.vs_voters: valid + invalid votes = voters who voted (identity 9); what a mismatch leads
/// to is the regime's (a recount ground of Pemilu 2024, "dapat").
struct votes_vs_voters {
    /// The rule's identifier (docs/rules.md).
    static constexpr rule_id id = rule_id::votes_vs_voters;
    /// The rule's severity.
    static constexpr severity level = severity::error;
    /// The outcome a finding of this rule leads to.
    static constexpr outcome result = outcome::correction;
    /// The rule's title, in Indonesian and English.
    static constexpr bilingual title{"Suara sah + tidak sah tidak sama dengan pengguna hak pilih",
                                     "Valid + invalid votes differ from voters who voted"};
    /// The rule's legal or form basis.
    static constexpr citation basis =
        detail::catalogue_basis("votes.vs_voters", "identity 9; outcome from the regime; docs/sources.md#identity-9");
    /// The identities the rule holds.
    static constexpr std::array<identity, 1> identities{{
        detail::equal_sides(id, detail::two(field::suara_sah, field::suara_tidak_sah), detail::one(field::pengguna_total_j),
                            "suara_sah + suara_tidak_sah", "pengguna_total_j"),
    }};
    /// The outcome under regime R, where the regime decides it.
    template <class R>
    static constexpr outcome result_under() noexcept {
        return R::votes_vs_voters_outcome.value;
    }
    /// The basis under regime R, where the regime decides it.
    template <class R>
    static constexpr citation basis_under() noexcept {
        return R::votes_vs_voters_outcome.basis;
    }
    /// A recount on this ground is as binding as the regime's other recount grounds (Pemilu: UU
    /// 7/2017 Pasal 374 (2) "dapat diulang").
    template <class R>
    static constexpr bool mandatory_under() noexcept {
        return result_under<R>() != outcome::recount || R::recount_mandatory.value;
    }
};

/// voters.copied_row: pengguna_dpt = pemilih_dpt for L, P and J, from
/// R::copied_row_min_registered registered voters on (100 % DPT turnout: the voter row may have
/// been copied).
struct voters_copied_row {
    /// The rule's identifier (docs/rules.md).
    static constexpr rule_id id = rule_id::voters_copied_row;
    /// The rule's severity.
    static constexpr severity level = severity::warning;
    /// The outcome a finding of this rule leads to.
    static constexpr outcome result = outcome::review;
    /// How a finding relates the figures it names.
    static constexpr message_form message = message_form::equals_from;
    /// The rule's title, in Indonesian and English.
    static constexpr bilingual title{"Kehadiran {dpt} 100 %: baris pemilih mungkin tersalin",
                                     "100 % {dpt} turnout: the voter row may have been copied"};
    /// The rule's legal or form basis.
    static constexpr citation basis = detail::catalogue_basis("voters.copied_row", "heuristic; threshold from the regime");
    /// The basis under regime R, where the regime decides it.
    template <class R>
    static constexpr citation basis_under() noexcept {
        return R::copied_row_min_registered.basis;
    }
    /// The fields the rule reads.
    static constexpr std::array reads{field::pemilih_dpt_l, field::pemilih_dpt_p, field::pemilih_dpt_j,
                                      field::pengguna_dpt_l, field::pengguna_dpt_p, field::pengguna_dpt_j};
    /// Evaluates the rule on one sheet or batch row through `run`.
    template <class R, class Run>
    static constexpr void check(Run& run) {
        const std::uint32_t dl = run.figure(field::pemilih_dpt_l), dp = run.figure(field::pemilih_dpt_p),
                            dj = run.figure(field::pemilih_dpt_j), ul = run.figure(field::pengguna_dpt_l),
                            up = run.figure(field::pengguna_dpt_p), uj = run.figure(field::pengguna_dpt_j);
        const std::uint64_t m = detail::missing_mask(run.sheet(), {field::pemilih_dpt_l, field::pemilih_dpt_p, field::pemilih_dpt_j,
                                                                   field::pengguna_dpt_l, field::pengguna_dpt_p,
                                                                   field::pengguna_dpt_j});
        if (m != 0) return run.need(m);
        if (ul == dl && up == dp && uj == dj && dj >= R::copied_row_min_registered.value) {
            run.fire(id);
            if constexpr (Run::report) {
                finding f = run.start(id);
                f.add("pengguna_dpt_j", uj).add("pemilih_dpt_j", dj).add(copied_row_min_name, R::copied_row_min_registered.value);
                run.emit(f);
            }
        }
    }
    /// It fires only where the J figures are equal from the threshold on.
    static constexpr std::array screen{face::differs_or_below(field::pengguna_dpt_j, field::pemilih_dpt_j)};
    /// The regime figures the rule's screen face compares with.
    template <class R>
    static constexpr std::array<face_limit, 1> screen_limits() noexcept {
        return {{{R::copied_row_min_registered.value}}};
    }
};

/// ballots.allocation: ballots received = expected_ballots<R>(pemilih_dpt_j, pemilih_dptb_j)
/// (DPTb only where R::allocation_includes_dptb).
struct ballots_allocation {
    /// The rule's identifier (docs/rules.md).
    static constexpr rule_id id = rule_id::ballots_allocation;
    /// The rule's severity.
    static constexpr severity level = severity::warning;
    /// The outcome a finding of this rule leads to.
    static constexpr outcome result = outcome::review;
    /// How a finding relates the figures it names.
    static constexpr message_form message = message_form::differs;
    /// The rule's title, in Indonesian and English.
    static constexpr bilingual title{"Surat suara diterima tidak sama dengan alokasi TPS (pemilih terdaftar + cadangan)",
                                     "Ballots received differ from the TPS allocation (registered voters + reserve)"};
    /// The rule's legal or form basis.
    static constexpr citation basis =
        detail::catalogue_basis("ballots.allocation", "identity 10; rate from the regime; docs/sources.md#identity-10");
    /// The basis under regime R, where the regime decides it.
    template <class R>
    static constexpr citation basis_under() noexcept {
        return R::ballot_reserve.basis;
    }
    /// The fields the rule reads.
    static constexpr std::array reads{field::surat_diterima, field::pemilih_dpt_j, field::pemilih_dptb_j};
    /// Evaluates the rule on one sheet or batch row through `run`.
    template <class R, class Run>
    static constexpr void check(Run& run) {
        const std::uint32_t got = run.figure(field::surat_diterima), dpt = run.figure(field::pemilih_dpt_j),
                            dptb = run.figure(field::pemilih_dptb_j);
        std::uint64_t m = detail::missing_mask(run.sheet(), {field::surat_diterima, field::pemilih_dpt_j});
        if (R::allocation_includes_dptb.value) m |= detail::missing_mask(run.sheet(), {field::pemilih_dptb_j});
        if (m != 0) return run.need(m);
        const count_rep expected = expected_ballots<R>(dpt, R::allocation_includes_dptb.value ? dptb : 0U);
        if (got != expected) {
            run.fire(id);
            if constexpr (Run::report) {
                finding f = run.start(id);
                f.add("surat_diterima", got).add(expected_ballots_name, expected).add("pemilih_dpt_j", dpt);
                if (R::allocation_includes_dptb.value) f.add("pemilih_dptb_j", dptb);
                run.emit(f);
            }
        }
    }
    /// The rule's face for the column screen.
    static constexpr std::array screen{face::allocation(field::surat_diterima, field::pemilih_dpt_j, field::pemilih_dptb_j)};
    /// The regime figures the rule's screen face compares with.
    template <class R>
    static constexpr std::array<face_limit, 1> screen_limits() noexcept {
        return {{{0, R::ballot_reserve.value, R::reserve_rounding.value, R::allocation_includes_dptb.value}}};
    }
};

/// votes.over_supply: the largest of the candidate sum, suara_sah, suara_total and
/// pengguna_total_j above the supply: surat_diterima where written, else pemilih_dpt_j + DPTb +
/// reserve(R) where DPTb is pemilih_dptb_j, or, when the sheet has no registered DPTb (Sirekap
/// publishes none), pengguna_dptb_j, the moved-in voters who came (a figure the sheet has, never
/// a zero read into a missing one; the supply it gives is lower only by moved-in ballots left
/// unused and then handed to DPK voters).
struct votes_over_supply {
    /// The rule's identifier (docs/rules.md).
    static constexpr rule_id id = rule_id::votes_over_supply;
    /// The rule's severity.
    static constexpr severity level = severity::error;
    /// The outcome a finding of this rule leads to.
    static constexpr outcome result = outcome::correction;
    /// How a finding relates the figures it names.
    static constexpr message_form message = message_form::exceeds;
    /// The rule's title, in Indonesian and English.
    static constexpr bilingual title{"Suara atau pemilih melebihi surat suara yang mungkin ada",
                                     "Votes or voters exceed the ballots the TPS could have had"};
    /// The rule's legal or form basis.
    static constexpr citation basis = detail::catalogue_basis(
        "votes.over_supply", "identities 10 and 11; reserve from the regime; docs/sources.md#identity-10");
    /// The fields the rule reads.
    static constexpr std::array reads{field::surat_diterima, field::pemilih_dpt_j, field::pemilih_dptb_j,
                                      field::pengguna_dptb_j, field::suara_sah, field::suara_total, field::pengguna_total_j};
    /// Evaluates the rule on one sheet or batch row through `run`.
    template <class R, class Run>
    static constexpr void check(Run& run) {
        const std::uint32_t received = run.figure(field::surat_diterima), dpt = run.figure(field::pemilih_dpt_j);
        std::uint32_t dptb = run.figure(field::pemilih_dptb_j);
        if (dptb == missing_figure) dptb = run.figure(field::pengguna_dptb_j);  // a lower bound of the list
        std::uint64_t cap = 0;
        std::string_view cap_name = "surat_diterima";
        bool cap_known = true;
        if (received != missing_figure) {
            cap = received;
        } else if (dpt != missing_figure && dptb != missing_figure) {
            cap = std::uint64_t{dpt} + dptb + apply_rate(dpt, R::ballot_reserve.value, R::reserve_rounding.value);
            cap_name = ballot_supply_name;
        } else {
            cap_known = false;
        }
        const auto cands = run.candidates();
        const std::array<std::pair<std::string_view, std::uint64_t>, 4> qs{{
            {candidate_sum_name, cands.known ? cands.sum : std::uint64_t{missing_figure}},
            {"suara_sah", run.figure(field::suara_sah)},
            {"suara_total", run.figure(field::suara_total)},
            {"pengguna_total_j", run.figure(field::pengguna_total_j)},
        }};
        bool any_known = false;
        std::size_t worst = qs.size();
        for (std::size_t i = 0; i < qs.size(); ++i) {
            if (qs[i].second == missing_figure) continue;
            any_known = true;
            if (cap_known && qs[i].second > cap && (worst == qs.size() || qs[i].second > qs[worst].second)) worst = i;
        }
        if (!cap_known || !any_known) {
            if (!cap_known)
                run.need(detail::missing_mask(run.sheet(), {field::surat_diterima, field::pemilih_dpt_j, field::pemilih_dptb_j}));
            if (!any_known) {
                run.need(detail::missing_mask(run.sheet(), {field::suara_sah, field::suara_total, field::pengguna_total_j}));
                if (!cands.known) run.need_candidates();
            }
        } else if (worst != qs.size()) {
            run.fire(id);
            if constexpr (Run::report) {
                finding f = run.start(id);
                f.add(qs[worst].first, qs[worst].second).add(cap_name, cap);
                for (std::size_t i = 0; i < qs.size(); ++i)
                    if (i != worst && qs[i].second != missing_figure && qs[i].second > cap) f.add(qs[i].first, qs[i].second);
                run.emit(f);
            }
        }
    }
    /// With the ballots received written, none of the four is above them.
    static constexpr std::array screen{
        face::at_most(candidate_sum_ref, ref(field::surat_diterima)),
        face::at_most(ref(field::suara_sah), ref(field::surat_diterima)),
        face::at_most(ref(field::suara_total), ref(field::surat_diterima)),
        face::at_most(ref(field::pengguna_total_j), ref(field::surat_diterima)),
    };
};

/// tps.capacity: registered DPT above R::tps_capacity.
struct tps_capacity {
    /// The rule's identifier (docs/rules.md).
    static constexpr rule_id id = rule_id::tps_capacity;
    /// The rule's severity.
    static constexpr severity level = severity::warning;
    /// The outcome a finding of this rule leads to.
    static constexpr outcome result = outcome::review;
    /// How a finding relates the figures it names.
    static constexpr message_form message = message_form::exceeds;
    /// The rule's title, in Indonesian and English.
    static constexpr bilingual title{"Pemilih {dpt} melebihi batas per TPS", "Registered {dpt} above the per-TPS ceiling"};
    /// The rule's legal or form basis.
    static constexpr citation basis =
        detail::catalogue_basis("tps.capacity", "identity 12; ceiling from the regime; docs/sources.md#identity-12");
    /// The basis under regime R, where the regime decides it.
    template <class R>
    static constexpr citation basis_under() noexcept {
        return R::tps_capacity.basis;
    }
    /// The fields the rule reads.
    static constexpr std::array reads{field::pemilih_dpt_j};
    /// Evaluates the rule on one sheet or batch row through `run`.
    template <class R, class Run>
    static constexpr void check(Run& run) {
        const std::uint32_t dpt = run.figure(field::pemilih_dpt_j);
        if (dpt == missing_figure) return run.need(detail::field_bit(field::pemilih_dpt_j));
        if (dpt > R::tps_capacity.value) {
            run.fire(id);
            if constexpr (Run::report) {
                finding f = run.start(id);
                f.add("pemilih_dpt_j", dpt).add(capacity_name, R::tps_capacity.value);
                run.emit(f);
            }
        }
    }
    /// The rule's face for the column screen.
    static constexpr std::array screen{face::at_most_limit(field::pemilih_dpt_j)};
    /// The regime figures the rule's screen face compares with.
    template <class R>
    static constexpr std::array<face_limit, 1> screen_limits() noexcept {
        return {{{R::tps_capacity.value}}};
    }
};

/// record.incomplete: an input of an enabled rule is missing (missing is never read as zero).
/// It comes after every rule whose inputs it lists.
struct record_incomplete {
    /// The rule's identifier (docs/rules.md).
    static constexpr rule_id id = rule_id::record_incomplete;
    /// The rule's severity.
    static constexpr severity level = severity::info;
    /// The outcome a finding of this rule leads to.
    static constexpr outcome result = outcome::review;
    /// How a finding relates the figures it names.
    static constexpr message_form message = message_form::missing;
    /// The rule's title, in Indonesian and English.
    static constexpr bilingual title{"Data tidak lengkap", "Record incomplete"};
    /// The rule's legal or form basis.
    static constexpr citation basis = detail::catalogue_basis("record.incomplete", "missing is never read as zero");
    /// The fields the rule reads.
    static constexpr std::array<field, 0> reads{};
    /// Evaluates the rule on one sheet or batch row through `run`.
    template <class R, class Run>
    static constexpr void check(Run& run) {
        if (run.missing() == 0 && !run.missing_candidates()) return;
        run.fire(id);
        if constexpr (Run::report) {
            finding f = run.start(id);
            f.missing_fields = run.missing();
            f.missing_candidates = run.missing_candidates();
            run.emit(f);
        }
    }
    /// The rule's face for the column screen.
    static constexpr std::array screen{face::all_read_present()};
};

/// record.digit_slip: a failing identity that one deleted digit would mend
/// (suara/tally/digit_slip.hpp). Rare: searched only when an identity fails.
struct record_digit_slip {
    /// The rule's identifier (docs/rules.md).
    static constexpr rule_id id = rule_id::record_digit_slip;
    /// The rule's severity.
    static constexpr severity level = severity::info;
    /// The outcome a finding of this rule leads to.
    static constexpr outcome result = outcome::correction;
    /// How a finding relates the figures it names.
    static constexpr message_form message = message_form::slips;
    /// The rule's title, in Indonesian and English.
    static constexpr bilingual title{"Kemungkinan salah baca satu angka", "Likely misread digit"};
    /// The rule's legal or form basis.
    static constexpr citation basis = detail::catalogue_basis(
        "record.digit_slip", "OCR misreads of 2024 (e.g. 64 read as 641); docs/sources.md#digit-slips");
    /// The fields the rule reads.
    static constexpr std::array<field, 0> reads{};
    /// Evaluates the rule on one sheet or batch row through `run`.
    template <class R, class Run>
    static constexpr void check(Run& run) {
        if (run.failing() == 0) return;
        const auto slips = run.slips();
        if (slips.empty()) return;
        run.fire(id);
        if constexpr (Run::report) {
            finding f = run.start(id);
            for (std::size_t i = 0; i < slips.count; ++i)
                f.add(slips.slips[i].name(), slips.slips[i].read).add(likely_value_name, slips.slips[i].likely);
            run.emit(f);
        }
    }
    /// The rule's face for the column screen.
    static constexpr std::array screen{face::identities_hold()};
};

/// The section B grounds as the screen sees them: none holds on a sheet that reports nothing
/// having happened (every kejadian_* field 0 or missing), which check_conditions<R>() proves for
/// every regime's condition set; check_sheet skips them on such a sheet (`reported`).
struct incident_grounds {
    /// The fields the rule reads.
    static constexpr std::size_t fields = field_count - index(first_incident_field);
    /// The rule's face for the column screen.
    static constexpr std::array<face_test, fields> screen = [] {
        std::array<face_test, fields> out{};
        for (std::size_t i = 0; i < fields; ++i) out[i] = face::zero_or_missing(static_cast<field>(index(first_incident_field) + i));
        return out;
    }();
    /// Whether the sheet reports anything as having happened.
    template <sheet_like S>
    [[nodiscard]] static constexpr bool reported(const S& s) noexcept {
        bool any = false;
        for (std::size_t i = index(first_incident_field); i < field_count; ++i) {
            const std::uint32_t v = s.figure(static_cast<field>(i));
            any |= v != missing_figure && v != 0;
        }
        return any;
    }
};

}  // namespace sheet_rules

/// The rules of the results sheet (catalogue section A), in the order findings are reported in.
using sheet_rule_table =
    rule_table<sheet_rules::voters_sex_sum, sheet_rules::voters_category_sum, sheet_rules::voters_dpt_turnout,
               sheet_rules::voters_registered_turnout, sheet_rules::ballots_balance, sheet_rules::ballots_used_vs_voters,
               sheet_rules::votes_valid_sum, sheet_rules::votes_total_sum, sheet_rules::votes_vs_voters,
               sheet_rules::voters_copied_row, sheet_rules::ballots_allocation, sheet_rules::votes_over_supply,
               sheet_rules::tps_capacity, sheet_rules::record_incomplete, sheet_rules::record_digit_slip>;

/// What check_sheet evaluates, as the column screen sees it: the rules of the sheet and the
/// incident grounds.
using catalogue_rule_table =
    rule_table<sheet_rules::voters_sex_sum, sheet_rules::voters_category_sum, sheet_rules::voters_dpt_turnout,
               sheet_rules::voters_registered_turnout, sheet_rules::ballots_balance, sheet_rules::ballots_used_vs_voters,
               sheet_rules::votes_valid_sum, sheet_rules::votes_total_sum, sheet_rules::votes_vs_voters,
               sheet_rules::voters_copied_row, sheet_rules::ballots_allocation, sheet_rules::votes_over_supply,
               sheet_rules::tps_capacity, sheet_rules::record_incomplete, sheet_rules::record_digit_slip,
               sheet_rules::incident_grounds>;

namespace detail {
template <class Table, class... U>
struct table_with;
template <class... T, class... U>
struct table_with<rule_table<T...>, U...> {
    using type = rule_table<T..., U...>;
};
}  // namespace detail

/// `Table` with the rules `U...` after its own (a user's rules beside the catalogue's).
template <class Table, class... U>
using rule_table_with = typename detail::table_with<Table, U...>::type;

/// Calls `fn.template operator()<Rule>()` for each rule of `Table`, in order.
template <class... Rules, class Fn>
constexpr void for_each_rule(rule_table<Rules...>, Fn&& fn) {
    (fn.template operator()<Rules>(), ...);
}

/// Whether rule type D is made of identities.
template <class D>
inline constexpr bool is_identity_rule_v = requires { D::identities; };

namespace detail {
template <class D, class R>
constexpr outcome result_under() noexcept {
    if constexpr (requires { D::template result_under<R>(); }) return D::template result_under<R>();
    /// The outcome a finding of this rule leads to.
    else return D::result;
}
template <class D, class R>
constexpr citation basis_under() noexcept {
    if constexpr (requires { D::template basis_under<R>(); }) return D::template basis_under<R>();
    /// The rule's legal or form basis.
    else return D::basis;
}
template <class D, class R>
constexpr bool mandatory_under() noexcept {
    if constexpr (requires { D::template mandatory_under<R>(); }) return D::template mandatory_under<R>();
    else return true;
}
template <class D>
constexpr message_form message_of() noexcept {
    if constexpr (requires { D::message; }) {
        /// How a finding relates the figures it names.
        return D::message;
    } else {
        static_assert(is_identity_rule_v<D>, "suara: a sheet rule that is not made of identities states its message form");
        return D::identities[0].rel == relation::at_most ? message_form::exceeds : message_form::differs;
    }
}
/// Every identity of an identity rule belongs to it and relates its sides alike.
template <class D>
consteval bool identities_belong() {
    for (const identity& i : D::identities)
        if (i.rule != D::id || i.rel != D::identities[0].rel) return false;
    return true;
}
}  // namespace detail

}  // namespace suara

#endif  // SUARA_TALLY_SHEET_RULES_HPP
