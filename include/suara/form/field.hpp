// suara — the fields of the results sheet (Model C.Hasil), named as the CSV columns.
// Distributed under the Boost Software License, Version 1.0.
#ifndef SUARA_FORM_FIELD_HPP
#define SUARA_FORM_FIELD_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string_view>

namespace suara {

/// Every numeric field of one sheet except the candidate columns, in CSV naming
/// (docs/formats.md). Incident fields (kejadian_*) are part of the sheet as the CSV carries
/// them: flags as 0/1, counts as counts, the two disturbance fields as codes (see below).
/// Fields are appended, never reordered: the embedded data set and user files name them by
/// position. The last three say what a disturbance did to the count and the results, in the
/// words of the law (UU 7/2017 Pasal 372 ayat (1) and 374 ayat (2) huruf a; UU 1/2015 Pasal
/// 112 ayat (1)); 1 means it happened, so that 0 and missing stay "nothing reported".
enum class field : std::uint8_t {
    // I. data pemilih dan pengguna hak pilih (L, P, J)
    pemilih_dpt_l, pemilih_dpt_p, pemilih_dpt_j,
    pemilih_dptb_l, pemilih_dptb_p, pemilih_dptb_j,
    pemilih_dpk_l, pemilih_dpk_p, pemilih_dpk_j,
    pengguna_dpt_l, pengguna_dpt_p, pengguna_dpt_j,
    pengguna_dptb_l, pengguna_dptb_p, pengguna_dptb_j,
    pengguna_dpk_l, pengguna_dpk_p, pengguna_dpk_j,
    pengguna_total_l, pengguna_total_p, pengguna_total_j,
    pemilih_disabilitas_l, pemilih_disabilitas_p, pemilih_disabilitas_j,
    pengguna_disabilitas_l, pengguna_disabilitas_p, pengguna_disabilitas_j,
    // II. surat suara
    surat_diterima, surat_digunakan, surat_dikembalikan, surat_tidak_digunakan,
    // IV. suara
    suara_sah, suara_tidak_sah, suara_total,
    // Kejadian khusus (incidents)
    kejadian_kotak_dibuka, kejadian_tanda_khusus, kejadian_surat_dirusak, kejadian_memilih_ganda,
    kejadian_tidak_terdaftar, kejadian_gangguan, kejadian_gangguan_tahap,
    kejadian_hitung_tertutup, kejadian_kurang_terang, kejadian_suara_tidak_jelas,
    kejadian_tulisan_tidak_jelas, kejadian_tidak_dapat_disaksikan, kejadian_tempat_waktu_lain,
    kejadian_sah_tidak_konsisten,
    // what a disturbance did (reported as 1): the count could not go on; the count cannot be
    // done at all; the results of the vote cannot be used
    kejadian_hitung_tidak_dapat_dilanjutkan, kejadian_hitung_tidak_dapat_dilakukan,
    kejadian_hasil_tidak_dapat_digunakan,
};

inline constexpr std::size_t field_count = static_cast<std::size_t>(field::kejadian_hasil_tidak_dapat_digunakan) + 1;

/// First and one-past-last of the incident fields.
inline constexpr field first_incident_field = field::kejadian_kotak_dibuka;

inline constexpr std::array<std::string_view, field_count> field_names{
    "pemilih_dpt_l", "pemilih_dpt_p", "pemilih_dpt_j",
    "pemilih_dptb_l", "pemilih_dptb_p", "pemilih_dptb_j",
    "pemilih_dpk_l", "pemilih_dpk_p", "pemilih_dpk_j",
    "pengguna_dpt_l", "pengguna_dpt_p", "pengguna_dpt_j",
    "pengguna_dptb_l", "pengguna_dptb_p", "pengguna_dptb_j",
    "pengguna_dpk_l", "pengguna_dpk_p", "pengguna_dpk_j",
    "pengguna_total_l", "pengguna_total_p", "pengguna_total_j",
    "pemilih_disabilitas_l", "pemilih_disabilitas_p", "pemilih_disabilitas_j",
    "pengguna_disabilitas_l", "pengguna_disabilitas_p", "pengguna_disabilitas_j",
    "surat_diterima", "surat_digunakan", "surat_dikembalikan", "surat_tidak_digunakan",
    "suara_sah", "suara_tidak_sah", "suara_total",
    "kejadian_kotak_dibuka", "kejadian_tanda_khusus", "kejadian_surat_dirusak", "kejadian_memilih_ganda",
    "kejadian_tidak_terdaftar", "kejadian_gangguan", "kejadian_gangguan_tahap",
    "kejadian_hitung_tertutup", "kejadian_kurang_terang", "kejadian_suara_tidak_jelas",
    "kejadian_tulisan_tidak_jelas", "kejadian_tidak_dapat_disaksikan", "kejadian_tempat_waktu_lain",
    "kejadian_sah_tidak_konsisten",
    "kejadian_hitung_tidak_dapat_dilanjutkan", "kejadian_hitung_tidak_dapat_dilakukan",
    "kejadian_hasil_tidak_dapat_digunakan",
};

[[nodiscard]] constexpr std::string_view to_string(field f) noexcept {
    return field_names[static_cast<std::size_t>(f)];
}

[[nodiscard]] constexpr std::optional<field> field_from_string(std::string_view s) noexcept {
    for (std::size_t i = 0; i < field_count; ++i)
        if (field_names[i] == s) return static_cast<field>(i);
    return std::nullopt;
}

[[nodiscard]] constexpr std::size_t index(field f) noexcept { return static_cast<std::size_t>(f); }

/// How a field's cell is written: a count, a 0/1 flag, or a word code.
enum class field_form : unsigned char { count, flag, gangguan, gangguan_tahap };

[[nodiscard]] constexpr field_form form_of(field f) noexcept {
    switch (f) {
    case field::kejadian_kotak_dibuka:
    case field::kejadian_tanda_khusus:
    case field::kejadian_hitung_tertutup:
    case field::kejadian_kurang_terang:
    case field::kejadian_suara_tidak_jelas:
    case field::kejadian_tulisan_tidak_jelas:
    case field::kejadian_tidak_dapat_disaksikan:
    case field::kejadian_tempat_waktu_lain:
    case field::kejadian_sah_tidak_konsisten:
    case field::kejadian_hitung_tidak_dapat_dilanjutkan:
    case field::kejadian_hitung_tidak_dapat_dilakukan:
    case field::kejadian_hasil_tidak_dapat_digunakan: return field_form::flag;
    case field::kejadian_gangguan: return field_form::gangguan;
    case field::kejadian_gangguan_tahap: return field_form::gangguan_tahap;
    default: return field_form::count;
    }
}

/// kejadian_gangguan codes: empty = 0 (none), `bencana` = 1, `kerusuhan` = 2, `keamanan` = 3.
enum class gangguan : std::uint8_t { none = 0, bencana = 1, kerusuhan = 2, keamanan = 3 };
/// kejadian_gangguan_tahap codes: empty = 0 (none), `sebagian` = 1, `seluruh` = 2.
enum class gangguan_tahap : std::uint8_t { none = 0, sebagian = 1, seluruh = 2 };

/// A set of disturbance kinds: the causes a regime's law names for a re-vote (Pilkada "gangguan
/// keamanan", Pemilu "bencana alam dan/atau kerusuhan").
class gangguan_set {
public:
    constexpr gangguan_set() noexcept = default;
    /// The disturbances listed (gangguan::none is ignored).
    constexpr gangguan_set(std::initializer_list<gangguan> gs) noexcept {
        for (gangguan g : gs) bits_ |= bit(g);
    }
    /// True when the set holds disturbance `g` (never gangguan::none).
    [[nodiscard]] constexpr bool contains(gangguan g) const noexcept { return g != gangguan::none && (bits_ & bit(g)) != 0; }
    /// True when the set names no disturbance.
    [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
    /// Equal when they hold the same disturbances.
    friend constexpr bool operator==(gangguan_set, gangguan_set) noexcept = default;

private:
    static constexpr std::uint8_t bit(gangguan g) noexcept { return static_cast<std::uint8_t>(1U << static_cast<unsigned>(g)); }
    std::uint8_t bits_ = 0;
};
inline constexpr std::array<gangguan, 3> all_gangguan{gangguan::bencana, gangguan::kerusuhan, gangguan::keamanan};

[[nodiscard]] constexpr std::string_view to_string(gangguan g) noexcept {
    switch (g) {
    case gangguan::none: return "";
    case gangguan::bencana: return "bencana";
    case gangguan::kerusuhan: return "kerusuhan";
    case gangguan::keamanan: return "keamanan";
    }
    return "";
}
[[nodiscard]] constexpr std::string_view to_string(gangguan_tahap g) noexcept {
    switch (g) {
    case gangguan_tahap::none: return "";
    case gangguan_tahap::sebagian: return "sebagian";
    case gangguan_tahap::seluruh: return "seluruh";
    }
    return "";
}

}  // namespace suara

#endif  // SUARA_FORM_FIELD_HPP
