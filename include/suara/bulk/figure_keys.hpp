// suara — the stable key of every figure a finding names, as the machine-readable reports write
// it (docs/cli.md: jsonl `figures`, the csv figure columns).
// Distributed under the Boost Software License, Version 1.0.
//
// The rules name the two sides of an identity as people read them ("pengguna_dpt_p +
// pengguna_dptb_p + pengguna_dpk_p"), which the messages turn into words (tally/explain.hpp).
// A pipeline needs a column name instead: a field keeps its own name, a derived quantity gets a
// snake_case key of its own (`sum_of_users_p`), and record.digit_slip's likely value is
// `likely_<figure>`. The set of keys is fixed (`figure_columns`), so that the csv header is the
// same for every run; a test holds every name the catalogue emits to a key of this set.
#ifndef SUARA_BULK_FIGURE_KEYS_HPP
#define SUARA_BULK_FIGURE_KEYS_HPP

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <suara/form/field.hpp>
#include <suara/form/finding.hpp>
#include <suara/tally/identities.hpp>
#include <suara/tally/identity.hpp>
#include <suara/tally/labels.hpp>

namespace suara {

/// A name a finding gives a figure, and the key the reports write for it.
struct figure_key_entry {
    std::string_view name;  ///< As the finding names it (form/finding.hpp, figure_value::name).
    std::string_view key;   ///< As jsonl and csv write it.
};

/// Every derived quantity of the catalogue and of the roll-up rules, with its key. A name not
/// listed (a field, a candidate column) is its own key.
inline constexpr std::array<figure_key_entry, 24> derived_figure_keys{{
    // voters.sex_sum: J = L + P on every row of the form
    {"pemilih_dpt_l + pemilih_dpt_p", "sum_of_pemilih_dpt_l_p"},
    {"pemilih_dptb_l + pemilih_dptb_p", "sum_of_pemilih_dptb_l_p"},
    {"pemilih_dpk_l + pemilih_dpk_p", "sum_of_pemilih_dpk_l_p"},
    {"pengguna_dpt_l + pengguna_dpt_p", "sum_of_pengguna_dpt_l_p"},
    {"pengguna_dptb_l + pengguna_dptb_p", "sum_of_pengguna_dptb_l_p"},
    {"pengguna_dpk_l + pengguna_dpk_p", "sum_of_pengguna_dpk_l_p"},
    {"pengguna_total_l + pengguna_total_p", "sum_of_pengguna_total_l_p"},
    {"pemilih_disabilitas_l + pemilih_disabilitas_p", "sum_of_pemilih_disabilitas_l_p"},
    {"pengguna_disabilitas_l + pengguna_disabilitas_p", "sum_of_pengguna_disabilitas_l_p"},
    // voters.category_sum: DPT + DPTb + DPK voters who voted, per sex
    {"pengguna_dpt_l + pengguna_dptb_l + pengguna_dpk_l", "sum_of_users_l"},
    {"pengguna_dpt_p + pengguna_dptb_p + pengguna_dpk_p", "sum_of_users_p"},
    {"pengguna_dpt_j + pengguna_dptb_j + pengguna_dpk_j", "sum_of_users_j"},
    // ballots.balance, votes.total_sum and votes.vs_voters, votes.valid_sum
    {"surat_digunakan + surat_dikembalikan + surat_tidak_digunakan", "sum_of_ballots_accounted"},
    {"suara_sah + suara_tidak_sah", "sum_of_valid_invalid"},
    {candidate_sum_name, "sum_of_candidates"},
    // limits the regime sets
    {ballot_supply_name, "ballot_supply_limit"},
    {expected_ballots_name, "expected_ballots"},
    {capacity_name, "tps_capacity"},
    {copied_row_min_name, "copied_row_minimum"},
    {threshold_name, "threshold"},
    // recap.mismatch (bulk/rollup.hpp); kode_wilayah and tingkat are the place, not figures
    {"jumlah_dari_tps", "sum_of_tps"},
    {"jumlah_lembar", "sheets"},
    {"kode_wilayah", "kode_wilayah"},
    {"tingkat", "tingkat"},
}};

/// The name record.digit_slip gives a likely value; its key is "likely_" + the preceding figure's.
inline constexpr std::string_view likely_prefix = "likely_";

/// The key of a figure named `name`: the derived quantity's key, else the name itself.
[[nodiscard]] constexpr std::string_view figure_key(std::string_view name) noexcept {
    for (const auto& e : derived_figure_keys)
        if (e.name == name) return e.key;
    return name;
}

/// True for the names that are the place of a roll-up finding rather than a figure.
[[nodiscard]] constexpr bool is_place_figure(std::string_view name) noexcept {
    return name == "kode_wilayah" || name == "tingkat";
}

/// Every figure key the csv report has a column for, in column order: the fields (form order),
/// the candidate columns, the blank column, the derived quantities, then `likely_` + each field of
/// an identity, candidate and blank column (record.digit_slip). Fixed: the same for every run.
[[nodiscard]] inline const std::vector<std::string>& figure_columns() {
    static const std::vector<std::string> columns = [] {
        std::vector<std::string> out;
        for (auto n : field_names) out.emplace_back(n);
        for (auto n : candidate_column_names) out.emplace_back(n);
        out.emplace_back(blank_column_name);
        for (const auto& e : derived_figure_keys)
            if (!is_place_figure(e.name)) out.emplace_back(e.key);
        // A digit slip is found among an identity's figures (tally/identities.hpp), or the candidates'.
        for (std::size_t i = 0; i < field_count; ++i) {
            bool in_identity = false;
            for (const identity& id : identities)
                for (figure_ref r : {id.lhs[0], id.lhs[1], id.lhs[2], id.rhs[0], id.rhs[1], id.rhs[2]})
                    in_identity = in_identity || r == i;
            if (in_identity) out.push_back(std::string{likely_prefix} + out[i]);
        }
        for (std::size_t i = field_count; i < field_count + candidate_column_names.size() + 1; ++i)
            out.push_back(std::string{likely_prefix} + out[i]);
        return out;
    }();
    return columns;
}

}  // namespace suara

#endif  // SUARA_BULK_FIGURE_KEYS_HPP
