// suara — names of the figures for people: the form's own name in Indonesian, a description
// in English, written with the regime's own list labels and the contest's own kind of votes.
// Distributed under the Boost Software License, Version 1.0.
//
// The labels are templates (suara/core/list_labels.hpp): "pemilih {dptb}" reads "pemilih
// DPTb" under Pemilu 2024 and "pemilih DPPh" under Pilkada 2024, and is rendered per regime at
// compile time (`field_label<R>`). The votes a sheet counts depend on the contest: pairs
// (pasangan calon) for the president, governor and regent/mayor; parties and their candidates
// on the DPR and DPRD sheets; individual candidates on the DPD sheet (`vote_kind_of`).
#ifndef SUARA_TALLY_LABELS_HPP
#define SUARA_TALLY_LABELS_HPP

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include <suara/core/kontes.hpp>
#include <suara/core/list_labels.hpp>
#include <suara/core/text.hpp>
#include <suara/form/field.hpp>
#include <suara/law/regime.hpp>

namespace suara {

/// Derived quantities a finding may name besides the fields. The names are keys of the output
/// formats (jsonl `values`) and stay as they are; their labels depend on the contest.
inline constexpr std::string_view candidate_sum_name = "jumlah_suara_paslon";
inline constexpr std::string_view ballot_supply_name = "batas_surat_suara";
inline constexpr std::string_view expected_ballots_name = "surat_seharusnya";
inline constexpr std::string_view capacity_name = "batas_pemilih_tps";
inline constexpr std::string_view copied_row_min_name = "batas_salin_baris";
inline constexpr std::string_view likely_value_name = "nilai_kemungkinan";
inline constexpr std::string_view threshold_name = "ambang";

/// What the vote columns of a sheet count.
enum class vote_kind : unsigned char {
    pairs,                   ///< pasangan calon: PPWP, governor, regent/mayor
    parties_and_candidates,  ///< parties and their candidates: DPR, DPRD Provinsi, DPRD Kab/Kota
    candidates,              ///< individual candidates: DPD
    mixed,                   ///< a regime holding contests of different kinds, no contest given
};

[[nodiscard]] constexpr vote_kind vote_kind_of(kontes k) noexcept {
    switch (k) {
    case kontes::pdpr:
    case kontes::pdprdp:
    case kontes::pdprdk: return vote_kind::parties_and_candidates;
    case kontes::pdpd: return vote_kind::candidates;
    case kontes::ppwp:
    case kontes::pkwkp:
    case kontes::pkwkk: break;
    }
    return vote_kind::pairs;
}

/// The kind shared by every contest of a set, or `mixed`.
[[nodiscard]] constexpr vote_kind vote_kind_of(kontes_set s) noexcept {
    bool first = true;
    vote_kind out = vote_kind::mixed;
    for (kontes k : all_kontes) {
        if (!s.contains(k)) continue;
        if (first) out = vote_kind_of(k);
        else if (vote_kind_of(k) != out) return vote_kind::mixed;
        first = false;
    }
    return out;
}

/// The words for a contest's votes: what they are, their sum, and one column ("votes for pair 2").
struct vote_words {
    bilingual votes;   ///< "suara paslon" / "the candidates"; on a DPR sheet "suara partai dan calon"
    bilingual sum;     ///< "jumlah suara paslon" / "sum of candidates"
    std::string_view column_en;  ///< English name of column N: "votes for pair " + N
};

[[nodiscard]] constexpr vote_words words_for(vote_kind v) noexcept {
    switch (v) {
    case vote_kind::pairs:
        return {{"suara paslon", "the candidates"}, {"jumlah suara paslon", "sum of candidates"}, "votes for pair "};
    case vote_kind::parties_and_candidates:
        return {{"suara partai dan calon", "party and candidate votes"},
                {"jumlah suara partai dan calon", "sum of party and candidate votes"},
                "votes of party "};
    case vote_kind::candidates:
        return {{"suara calon", "the candidates"}, {"jumlah suara calon", "sum of candidates"}, "votes for candidate "};
    case vote_kind::mixed: break;
    }
    return {{"perolehan suara peserta", "the contestants' votes"},
            {"jumlah perolehan suara peserta", "sum of the contestants' votes"},
            "votes in column "};
}

/// Names of the disturbance kinds as the law writes them.
[[nodiscard]] constexpr bilingual name_of(gangguan g) noexcept {
    switch (g) {
    case gangguan::bencana: return {"bencana alam", "a natural disaster"};
    case gangguan::kerusuhan: return {"kerusuhan", "a riot"};
    case gangguan::keamanan: return {"gangguan keamanan", "a security disturbance"};
    case gangguan::none: break;
    }
    return {"", ""};
}

/// Indonesian (the form's names, spaced) and English labels of every field, by `field`, as
/// templates of the list labels (the `label` column of field_table).
inline constexpr auto field_label_templates = [] {
    std::array<bilingual, field_count> out{};
    for (std::size_t i = 0; i < field_count; ++i) out[i] = field_table[i].label;
    return out;
}();

namespace detail {
inline constexpr std::size_t field_label_bytes = 64;
/// Every field label rendered with R's labels, at compile time.
template <class R>
inline constexpr auto rendered_field_labels = [] {
    std::array<fixed_bilingual<field_label_bytes>, field_count> out{};
    for (std::size_t i = 0; i < field_count; ++i) out[i] = render_labels<field_label_bytes>(field_label_templates[i], R::labels.value);
    return out;
}();
}  // namespace detail

/// The label of a field under regime R.
template <regime R>
[[nodiscard]] constexpr std::string_view field_label(field f, lang l) noexcept {
    const auto& t = detail::rendered_field_labels<R>[index(f)];
    return l == lang::id ? t.id.view() : t.en.view();
}

/// The label of a figure name as findings carry it, under R, for a contest of kind `v`: a
/// field, the candidate sum, another derived quantity, or the blank column. Other names
/// (candidate columns "suara_N", user figures) are returned as they are.
template <regime R>
[[nodiscard]] constexpr std::string_view figure_label(std::string_view name, lang l, vote_kind v) noexcept {
    if (auto f = field_from_string(name)) return field_label<R>(*f, l);
    if (name == candidate_sum_name) return words_for(v).sum.in(l);
    constexpr std::array<std::pair<std::string_view, bilingual>, 7> derived{{
        {ballot_supply_name, {"batas surat suara", "ballots the TPS could have had"}},
        {expected_ballots_name, {"surat suara seharusnya", "expected ballots"}},
        {capacity_name, {"batas pemilih per TPS", "voters per TPS ceiling"}},
        {copied_row_min_name, {"batas salin baris", "copied-row threshold"}},
        {likely_value_name, {"kemungkinan", "likely"}},
        {threshold_name, {"ambang", "threshold"}},
        {"suara_kosong", {"suara kolom kosong", "blank column votes"}},
    }};
    for (const auto& [n, label] : derived)
        if (n == name) return label.in(l);
    return name;
}

}  // namespace suara

#endif  // SUARA_TALLY_LABELS_HPP
