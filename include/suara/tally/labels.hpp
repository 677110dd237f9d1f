// suara — names of the figures for people: the form's own name in Indonesian, a description
// in English.
// Distributed under the Boost Software License, Version 1.0.
#ifndef SUARA_TALLY_LABELS_HPP
#define SUARA_TALLY_LABELS_HPP

#include <array>
#include <string_view>
#include <utility>

#include <suara/core/text.hpp>
#include <suara/tally/field.hpp>

namespace suara {

/// Derived quantities a finding may name besides the fields.
inline constexpr std::string_view candidate_sum_name = "jumlah_suara_paslon";
inline constexpr std::string_view ballot_supply_name = "batas_surat_suara";
inline constexpr std::string_view expected_ballots_name = "surat_seharusnya";
inline constexpr std::string_view capacity_name = "batas_pemilih_tps";
inline constexpr std::string_view copied_row_min_name = "batas_salin_baris";
inline constexpr std::string_view likely_value_name = "nilai_kemungkinan";
inline constexpr std::string_view threshold_name = "ambang";

/// Indonesian (the form's names, spaced) and English labels of every field, by `field`.
inline constexpr std::array<bilingual, field_count> field_labels{{
    {"pemilih DPT L", "registered DPT (men)"}, {"pemilih DPT P", "registered DPT (women)"},
    {"pemilih DPT", "registered DPT"},
    {"pemilih DPTb L", "registered moved-in (DPTb) (men)"}, {"pemilih DPTb P", "registered moved-in (DPTb) (women)"},
    {"pemilih DPTb", "registered moved-in (DPTb)"},
    {"pemilih DPK L", "recorded DPK (men)"}, {"pemilih DPK P", "recorded DPK (women)"}, {"pemilih DPK", "recorded DPK"},
    {"pengguna DPT L", "DPT voters who voted (men)"}, {"pengguna DPT P", "DPT voters who voted (women)"},
    {"pengguna DPT", "DPT voters who voted"},
    {"pengguna DPTb L", "moved-in voters who voted (men)"}, {"pengguna DPTb P", "moved-in voters who voted (women)"},
    {"pengguna DPTb", "moved-in voters who voted"},
    {"pengguna DPK L", "DPK voters who voted (men)"}, {"pengguna DPK P", "DPK voters who voted (women)"},
    {"pengguna DPK", "DPK voters who voted"},
    {"pengguna hak pilih L", "all who voted (men)"}, {"pengguna hak pilih P", "all who voted (women)"},
    {"pengguna hak pilih", "all who voted"},
    {"pemilih disabilitas L", "registered with disabilities (men)"},
    {"pemilih disabilitas P", "registered with disabilities (women)"},
    {"pemilih disabilitas", "registered with disabilities"},
    {"pengguna disabilitas L", "voters with disabilities who voted (men)"},
    {"pengguna disabilitas P", "voters with disabilities who voted (women)"},
    {"pengguna disabilitas", "voters with disabilities who voted"},
    {"surat suara diterima", "ballots received"}, {"surat suara digunakan", "ballots used"},
    {"surat suara dikembalikan", "ballots returned damaged or mis-marked"},
    {"surat suara tidak digunakan", "ballots not used"},
    {"suara sah", "valid votes"}, {"suara tidak sah", "invalid votes"}, {"jumlah suara sah dan tidak sah", "total votes"},
    {"kotak dibuka", "box opened against procedure"}, {"tanda khusus", "voter asked to mark a used ballot"},
    {"surat suara dirusak", "used ballots destroyed by KPPS"}, {"memilih lebih dari sekali", "persons who voted twice"},
    {"pemilih tidak berhak", "persons not entitled who voted"}, {"gangguan", "disturbance"},
    {"tahap terhenti", "stages stopped"}, {"penghitungan tertutup", "counted behind closed doors"},
    {"kurang terang", "insufficient light"}, {"suara tidak jelas", "announced unclearly"},
    {"tulisan tidak jelas", "written illegibly"}, {"tidak dapat disaksikan", "could not be watched"},
    {"tempat atau waktu lain", "other place or time"}, {"sah/tidak sah tidak konsisten", "validity decided inconsistently"},
}};

/// The label of a figure name as findings carry it: a field name, a candidate column, a derived
/// quantity, or "a + b" sums of those. Unknown names are returned as they are.
[[nodiscard]] constexpr std::string_view figure_label(std::string_view name, lang l) noexcept {
    if (auto f = field_from_string(name)) return field_labels[index(*f)].in(l);
    constexpr std::array<std::pair<std::string_view, bilingual>, 8> derived{{
        {candidate_sum_name, {"jumlah suara paslon", "sum of candidates"}},
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
