// suara — the arithmetic identities of the results sheet, as data (docs/sources.md#sheet-identities).
// Distributed under the Boost Software License, Version 1.0.
//
// Each identity is "sum of the left figures  =  (or ≤)  sum of the right figures" and belongs to
// one rule of catalogue section A. The rules voters.sex_sum, voters.category_sum,
// voters.dpt_turnout, voters.registered_turnout, ballots.balance, ballots.used_vs_voters,
// votes.valid_sum, votes.total_sum and votes.vs_voters are exactly this table; the other
// section A rules need the regime and live in suara/tally/rules.hpp. record.digit_slip
// (suara/tally/digit_slip.hpp) works on the same table.
//
// Figures are raw (`missing_figure` where not written). An identity is evaluated only when
// every figure it names is known; otherwise its figures go to record.incomplete, except for an
// identity marked `optional_rhs` whose right side is missing: voters.registered_turnout applies
// only "where the sheet has" a registered count (Sirekap publishes none).
#ifndef SUARA_TALLY_IDENTITIES_HPP
#define SUARA_TALLY_IDENTITIES_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <suara/form/field.hpp>
#include <suara/tally/labels.hpp>
#include <suara/form/rule_id.hpp>
#include <suara/form/sheet.hpp>
#include <suara/form/sheet_like.hpp>

namespace suara {

/// A figure of a sheet as the identities name it: a field, or the sum of the candidate columns
/// (the blank column included).
using figure_ref = std::uint8_t;
inline constexpr figure_ref no_figure = 0xFF;
inline constexpr figure_ref candidate_sum_ref = 0xFE;
[[nodiscard]] constexpr figure_ref ref(field f) noexcept { return static_cast<figure_ref>(index(f)); }

enum class relation : std::uint8_t { equal, at_most };

/// One arithmetic identity of the sheet: left side equals (or is at most) the right side, each
/// a sum of up to three figures.
struct identity {
    rule_id rule;  ///< The catalogue rule it checks.
    relation rel;  ///< Equal, or at most.
    std::array<figure_ref, 3> lhs;  ///< The figures summed on the left (no_figure for an unused slot).
    std::array<figure_ref, 3> rhs;  ///< The figures summed on the right.
    std::string_view lhs_name;  ///< as the finding names the left side
    std::string_view rhs_name;  ///< As the finding names the right side.
    bool optional_rhs = false;  ///< a missing right side means "does not apply", not "incomplete"
};

namespace detail {
constexpr std::array<figure_ref, 3> one(field a) noexcept { return {ref(a), no_figure, no_figure}; }
constexpr std::array<figure_ref, 3> two(field a, field b) noexcept { return {ref(a), ref(b), no_figure}; }
constexpr std::array<figure_ref, 3> three(field a, field b, field c) noexcept { return {ref(a), ref(b), ref(c)}; }
constexpr identity sex_sum(field l, field p, field j, std::string_view lp) noexcept {
    return {rule_id::voters_sex_sum, relation::equal, one(j), two(l, p), field_names[index(j)], lp};
}
}  // namespace detail

/// The identity table. Order is the order findings are reported in.
inline constexpr std::array<identity, 26> identities{{
    // voters.sex_sum: J = L + P on every triple of the form (identity 1)
    detail::sex_sum(field::pemilih_dpt_l, field::pemilih_dpt_p, field::pemilih_dpt_j, "pemilih_dpt_l + pemilih_dpt_p"),
    detail::sex_sum(field::pemilih_dptb_l, field::pemilih_dptb_p, field::pemilih_dptb_j, "pemilih_dptb_l + pemilih_dptb_p"),
    detail::sex_sum(field::pemilih_dpk_l, field::pemilih_dpk_p, field::pemilih_dpk_j, "pemilih_dpk_l + pemilih_dpk_p"),
    detail::sex_sum(field::pengguna_dpt_l, field::pengguna_dpt_p, field::pengguna_dpt_j, "pengguna_dpt_l + pengguna_dpt_p"),
    detail::sex_sum(field::pengguna_dptb_l, field::pengguna_dptb_p, field::pengguna_dptb_j,
                    "pengguna_dptb_l + pengguna_dptb_p"),
    detail::sex_sum(field::pengguna_dpk_l, field::pengguna_dpk_p, field::pengguna_dpk_j, "pengguna_dpk_l + pengguna_dpk_p"),
    detail::sex_sum(field::pengguna_total_l, field::pengguna_total_p, field::pengguna_total_j,
                    "pengguna_total_l + pengguna_total_p"),
    detail::sex_sum(field::pemilih_disabilitas_l, field::pemilih_disabilitas_p, field::pemilih_disabilitas_j,
                    "pemilih_disabilitas_l + pemilih_disabilitas_p"),
    detail::sex_sum(field::pengguna_disabilitas_l, field::pengguna_disabilitas_p, field::pengguna_disabilitas_j,
                    "pengguna_disabilitas_l + pengguna_disabilitas_p"),
    // voters.category_sum: total = DPT + DPTb + DPK, per sex (identity 2)
    {rule_id::voters_category_sum, relation::equal, detail::one(field::pengguna_total_l),
     detail::three(field::pengguna_dpt_l, field::pengguna_dptb_l, field::pengguna_dpk_l), "pengguna_total_l",
     "pengguna_dpt_l + pengguna_dptb_l + pengguna_dpk_l"},
    {rule_id::voters_category_sum, relation::equal, detail::one(field::pengguna_total_p),
     detail::three(field::pengguna_dpt_p, field::pengguna_dptb_p, field::pengguna_dpk_p), "pengguna_total_p",
     "pengguna_dpt_p + pengguna_dptb_p + pengguna_dpk_p"},
    {rule_id::voters_category_sum, relation::equal, detail::one(field::pengguna_total_j),
     detail::three(field::pengguna_dpt_j, field::pengguna_dptb_j, field::pengguna_dpk_j), "pengguna_total_j",
     "pengguna_dpt_j + pengguna_dptb_j + pengguna_dpk_j"},
    // voters.dpt_turnout: DPT participants ≤ registered DPT (identity 3)
    {rule_id::voters_dpt_turnout, relation::at_most, detail::one(field::pengguna_dpt_l), detail::one(field::pemilih_dpt_l),
     "pengguna_dpt_l", "pemilih_dpt_l"},
    {rule_id::voters_dpt_turnout, relation::at_most, detail::one(field::pengguna_dpt_p), detail::one(field::pemilih_dpt_p),
     "pengguna_dpt_p", "pemilih_dpt_p"},
    {rule_id::voters_dpt_turnout, relation::at_most, detail::one(field::pengguna_dpt_j), detail::one(field::pemilih_dpt_j),
     "pengguna_dpt_j", "pemilih_dpt_j"},
    // voters.registered_turnout: DPTb / DPK participants ≤ their registered count, where written
    {rule_id::voters_registered_turnout, relation::at_most, detail::one(field::pengguna_dptb_l),
     detail::one(field::pemilih_dptb_l), "pengguna_dptb_l", "pemilih_dptb_l", true},
    {rule_id::voters_registered_turnout, relation::at_most, detail::one(field::pengguna_dptb_p),
     detail::one(field::pemilih_dptb_p), "pengguna_dptb_p", "pemilih_dptb_p", true},
    {rule_id::voters_registered_turnout, relation::at_most, detail::one(field::pengguna_dptb_j),
     detail::one(field::pemilih_dptb_j), "pengguna_dptb_j", "pemilih_dptb_j", true},
    {rule_id::voters_registered_turnout, relation::at_most, detail::one(field::pengguna_dpk_l),
     detail::one(field::pemilih_dpk_l), "pengguna_dpk_l", "pemilih_dpk_l", true},
    {rule_id::voters_registered_turnout, relation::at_most, detail::one(field::pengguna_dpk_p),
     detail::one(field::pemilih_dpk_p), "pengguna_dpk_p", "pemilih_dpk_p", true},
    {rule_id::voters_registered_turnout, relation::at_most, detail::one(field::pengguna_dpk_j),
     detail::one(field::pemilih_dpk_j), "pengguna_dpk_j", "pemilih_dpk_j", true},
    // disability participants ≤ registered disabled: part of registered_turnout's spirit, but
    // the meaning of the Pemilu disability row is unverified (docs/sources.md#results-sheet): not checked.
    // ballots.balance (identity 4)
    {rule_id::ballots_balance, relation::equal, detail::one(field::surat_diterima),
     detail::three(field::surat_digunakan, field::surat_dikembalikan, field::surat_tidak_digunakan), "surat_diterima",
     "surat_digunakan + surat_dikembalikan + surat_tidak_digunakan"},
    // ballots.used_vs_voters (identity 5)
    {rule_id::ballots_used_vs_voters, relation::equal, detail::one(field::surat_digunakan),
     detail::one(field::pengguna_total_j), "surat_digunakan", "pengguna_total_j"},
    // votes.valid_sum (identity 8; the blank column included)
    {rule_id::votes_valid_sum, relation::equal, detail::one(field::suara_sah), {candidate_sum_ref, no_figure, no_figure},
     "suara_sah", candidate_sum_name},
    // votes.total_sum (identity 7)
    {rule_id::votes_total_sum, relation::equal, detail::one(field::suara_total),
     detail::two(field::suara_sah, field::suara_tidak_sah), "suara_total", "suara_sah + suara_tidak_sah"},
    // votes.vs_voters (identity 9)
    {rule_id::votes_vs_voters, relation::equal, detail::two(field::suara_sah, field::suara_tidak_sah),
     detail::one(field::pengguna_total_j), "suara_sah + suara_tidak_sah", "pengguna_total_j"},
}};
static_assert(identities.size() <= 32, "suara: identity masks are 32-bit");

}  // namespace suara

#endif  // SUARA_TALLY_IDENTITIES_HPP
