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

#include <suara/core/text.hpp>
#include <suara/detail/enum_table.hpp>

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

/// The first incident field: the kejadian_* fields run from it to the end.
inline constexpr field first_incident_field = field::kejadian_kotak_dibuka;

[[nodiscard]] constexpr std::size_t index(field f) noexcept { return static_cast<std::size_t>(f); }

/// How a field's cell is written: a count, a 0/1 flag, or a word code.
enum class field_form : unsigned char { count, flag, gangguan, gangguan_tahap };

/// One field of the sheet: everything suara knows about it, in one row.
struct field_descriptor {
    field id;          ///< the enumerator
    std::string_view name;  ///< the CSV column, the enumerator's own spelling
    field_form form;   ///< how its cell is written
    bilingual label;   ///< for people: the form's name spaced (id) and a description (en), as a
                       ///< template of the regime's list labels ({dpt}, {dptb}, {dpk})
};

/// The fields, one row each in enumerator order. The names, forms and labels of the fields are
/// read from here only; the checks below fail to compile when a row is missing, out of order,
/// misspelt or given a name twice, or when an enumerator is appended without its row.
inline constexpr auto field_table = std::to_array<field_descriptor>({
    // I. data pemilih dan pengguna hak pilih (L, P, J)
    {field::pemilih_dpt_l, "pemilih_dpt_l", field_form::count, {"pemilih {dpt} L", "registered {dpt} (men)"}},
    {field::pemilih_dpt_p, "pemilih_dpt_p", field_form::count, {"pemilih {dpt} P", "registered {dpt} (women)"}},
    {field::pemilih_dpt_j, "pemilih_dpt_j", field_form::count, {"pemilih {dpt}", "registered {dpt}"}},
    {field::pemilih_dptb_l, "pemilih_dptb_l", field_form::count,
     {"pemilih {dptb} L", "registered moved-in ({dptb}) (men)"}},
    {field::pemilih_dptb_p, "pemilih_dptb_p", field_form::count,
     {"pemilih {dptb} P", "registered moved-in ({dptb}) (women)"}},
    {field::pemilih_dptb_j, "pemilih_dptb_j", field_form::count, {"pemilih {dptb}", "registered moved-in ({dptb})"}},
    {field::pemilih_dpk_l, "pemilih_dpk_l", field_form::count,
     {"pemilih {dpk} L", "recorded unregistered ({dpk}) (men)"}},
    {field::pemilih_dpk_p, "pemilih_dpk_p", field_form::count,
     {"pemilih {dpk} P", "recorded unregistered ({dpk}) (women)"}},
    {field::pemilih_dpk_j, "pemilih_dpk_j", field_form::count, {"pemilih {dpk}", "recorded unregistered ({dpk})"}},
    {field::pengguna_dpt_l, "pengguna_dpt_l", field_form::count, {"pengguna {dpt} L", "{dpt} voters who voted (men)"}},
    {field::pengguna_dpt_p, "pengguna_dpt_p", field_form::count,
     {"pengguna {dpt} P", "{dpt} voters who voted (women)"}},
    {field::pengguna_dpt_j, "pengguna_dpt_j", field_form::count, {"pengguna {dpt}", "{dpt} voters who voted"}},
    {field::pengguna_dptb_l, "pengguna_dptb_l", field_form::count,
     {"pengguna {dptb} L", "moved-in ({dptb}) voters who voted (men)"}},
    {field::pengguna_dptb_p, "pengguna_dptb_p", field_form::count,
     {"pengguna {dptb} P", "moved-in ({dptb}) voters who voted (women)"}},
    {field::pengguna_dptb_j, "pengguna_dptb_j", field_form::count,
     {"pengguna {dptb}", "moved-in ({dptb}) voters who voted"}},
    {field::pengguna_dpk_l, "pengguna_dpk_l", field_form::count,
     {"pengguna {dpk} L", "unregistered ({dpk}) voters who voted (men)"}},
    {field::pengguna_dpk_p, "pengguna_dpk_p", field_form::count,
     {"pengguna {dpk} P", "unregistered ({dpk}) voters who voted (women)"}},
    {field::pengguna_dpk_j, "pengguna_dpk_j", field_form::count,
     {"pengguna {dpk}", "unregistered ({dpk}) voters who voted"}},
    {field::pengguna_total_l, "pengguna_total_l", field_form::count, {"pengguna hak pilih L", "all who voted (men)"}},
    {field::pengguna_total_p, "pengguna_total_p", field_form::count, {"pengguna hak pilih P", "all who voted (women)"}},
    {field::pengguna_total_j, "pengguna_total_j", field_form::count, {"pengguna hak pilih", "all who voted"}},
    {field::pemilih_disabilitas_l, "pemilih_disabilitas_l", field_form::count,
     {"pemilih disabilitas L", "registered with disabilities (men)"}},
    {field::pemilih_disabilitas_p, "pemilih_disabilitas_p", field_form::count,
     {"pemilih disabilitas P", "registered with disabilities (women)"}},
    {field::pemilih_disabilitas_j, "pemilih_disabilitas_j", field_form::count,
     {"pemilih disabilitas", "registered with disabilities"}},
    {field::pengguna_disabilitas_l, "pengguna_disabilitas_l", field_form::count,
     {"pengguna disabilitas L", "voters with disabilities who voted (men)"}},
    {field::pengguna_disabilitas_p, "pengguna_disabilitas_p", field_form::count,
     {"pengguna disabilitas P", "voters with disabilities who voted (women)"}},
    {field::pengguna_disabilitas_j, "pengguna_disabilitas_j", field_form::count,
     {"pengguna disabilitas", "voters with disabilities who voted"}},
    // II. surat suara
    {field::surat_diterima, "surat_diterima", field_form::count, {"surat suara diterima", "ballots received"}},
    {field::surat_digunakan, "surat_digunakan", field_form::count, {"surat suara digunakan", "ballots used"}},
    {field::surat_dikembalikan, "surat_dikembalikan", field_form::count,
     {"surat suara dikembalikan", "ballots returned damaged or mis-marked"}},
    {field::surat_tidak_digunakan, "surat_tidak_digunakan", field_form::count,
     {"surat suara tidak digunakan", "ballots not used"}},
    // IV. suara
    {field::suara_sah, "suara_sah", field_form::count, {"suara sah", "valid votes"}},
    {field::suara_tidak_sah, "suara_tidak_sah", field_form::count, {"suara tidak sah", "invalid votes"}},
    {field::suara_total, "suara_total", field_form::count, {"jumlah suara sah dan tidak sah", "total votes"}},
    // kejadian khusus: flags 0/1, counts, and the two disturbance codes
    {field::kejadian_kotak_dibuka, "kejadian_kotak_dibuka", field_form::flag,
     {"kotak dibuka", "box opened against procedure"}},
    {field::kejadian_tanda_khusus, "kejadian_tanda_khusus", field_form::flag,
     {"tanda khusus", "voter asked to mark a used ballot"}},
    {field::kejadian_surat_dirusak, "kejadian_surat_dirusak", field_form::count,
     {"surat suara dirusak", "used ballots destroyed by KPPS"}},
    {field::kejadian_memilih_ganda, "kejadian_memilih_ganda", field_form::count,
     {"memilih lebih dari sekali", "persons who voted twice"}},
    {field::kejadian_tidak_terdaftar, "kejadian_tidak_terdaftar", field_form::count,
     {"pemilih tidak berhak", "persons not entitled who voted"}},
    {field::kejadian_gangguan, "kejadian_gangguan", field_form::gangguan, {"gangguan", "disturbance"}},
    {field::kejadian_gangguan_tahap, "kejadian_gangguan_tahap", field_form::gangguan_tahap,
     {"tahap terhenti", "stages stopped"}},
    {field::kejadian_hitung_tertutup, "kejadian_hitung_tertutup", field_form::flag,
     {"penghitungan tertutup", "counted behind closed doors"}},
    {field::kejadian_kurang_terang, "kejadian_kurang_terang", field_form::flag,
     {"kurang terang", "insufficient light"}},
    {field::kejadian_suara_tidak_jelas, "kejadian_suara_tidak_jelas", field_form::flag,
     {"suara tidak jelas", "announced unclearly"}},
    {field::kejadian_tulisan_tidak_jelas, "kejadian_tulisan_tidak_jelas", field_form::flag,
     {"tulisan tidak jelas", "written illegibly"}},
    {field::kejadian_tidak_dapat_disaksikan, "kejadian_tidak_dapat_disaksikan", field_form::flag,
     {"tidak dapat disaksikan", "could not be watched"}},
    {field::kejadian_tempat_waktu_lain, "kejadian_tempat_waktu_lain", field_form::flag,
     {"tempat atau waktu lain", "other place or time"}},
    {field::kejadian_sah_tidak_konsisten, "kejadian_sah_tidak_konsisten", field_form::flag,
     {"sah/tidak sah tidak konsisten", "validity decided inconsistently"}},
    {field::kejadian_hitung_tidak_dapat_dilanjutkan, "kejadian_hitung_tidak_dapat_dilanjutkan", field_form::flag,
     {"penghitungan tidak dapat dilanjutkan", "the count could not go on"}},
    {field::kejadian_hitung_tidak_dapat_dilakukan, "kejadian_hitung_tidak_dapat_dilakukan", field_form::flag,
     {"penghitungan tidak dapat dilakukan", "the count could not be done"}},
    {field::kejadian_hasil_tidak_dapat_digunakan, "kejadian_hasil_tidak_dapat_digunakan", field_form::flag,
     {"hasil tidak dapat digunakan", "the results cannot be used"}},
});

/// The CSV column names, by field.
inline constexpr auto field_names = [] {
    std::array<std::string_view, field_count> out{};
    for (std::size_t i = 0; i < field_count && i < field_table.size(); ++i) out[i] = field_table[i].name;
    return out;
}();

namespace detail {
template <std::string_view bilingual::*Language>
inline constexpr auto field_labels_in = [] {
    std::array<std::string_view, field_count> out{};
    for (std::size_t i = 0; i < field_count && i < field_table.size(); ++i) out[i] = field_table[i].label.*Language;
    return out;
}();
consteval bool kejadian_from_first_incident_field() {
    for (const field_descriptor& d : field_table) {
        const bool kejadian = d.name.substr(0, 9) == "kejadian_";
        if (kejadian != (d.id >= first_incident_field)) return false;
        if (!kejadian && d.form != field_form::count) return false;  // sections I-IV hold counts
    }
    return true;
}
}  // namespace detail

static_assert(detail::check_rows_of<field, field_count, field_table>());
static_assert(detail::check_names_of<field, field_names>());
static_assert(detail::names_present_and_distinct<detail::field_labels_in<&bilingual::id>>() &&
                  detail::names_present_and_distinct<detail::field_labels_in<&bilingual::en>>(),
              "suara: every field needs labels of its own (Indonesian and English) in field_table");
static_assert(detail::kejadian_from_first_incident_field(),
              "suara: the kejadian_* fields, and only they, come from first_incident_field on; the others are counts");

/// "pemilih_dpt_l".
[[nodiscard]] constexpr std::string_view to_string(field f) noexcept { return field_table[index(f)].name; }

[[nodiscard]] constexpr std::optional<field> field_from_string(std::string_view s) noexcept {
    for (const field_descriptor& d : field_table)
        if (d.name == s) return d.id;
    return std::nullopt;
}

[[nodiscard]] constexpr field_form form_of(field f) noexcept { return field_table[index(f)].form; }

/// kejadian_gangguan codes: empty = 0 (none), `bencana` = 1, `kerusuhan` = 2, `keamanan` = 3.
enum class gangguan : std::uint8_t { none = 0, bencana = 1, kerusuhan = 2, keamanan = 3 };
/// kejadian_gangguan_tahap codes: empty = 0 (none), `sebagian` = 1, `seluruh` = 2.
enum class gangguan_tahap : std::uint8_t { none = 0, sebagian = 1, seluruh = 2 };

/// What a disturbance did, as the findings of a ground read from kejadian_gangguan show it beside
/// the code: the results cannot be used, the count cannot be done, the count could not go on.
inline constexpr std::array<field, 3> disturbance_effects{field::kejadian_hasil_tidak_dapat_digunakan,
                                                         field::kejadian_hitung_tidak_dapat_dilakukan,
                                                         field::kejadian_hitung_tidak_dapat_dilanjutkan};

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
