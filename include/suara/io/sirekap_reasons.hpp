// suara — why the Sirekap reader rejects a record (and its warnings), apart from the reader so
// that code without Boost.JSON (the report writers, bulk/reason_codes.hpp) can name them.
// Distributed under the Boost Software License, Version 1.0.
#ifndef SUARA_IO_SIREKAP_REASONS_HPP
#define SUARA_IO_SIREKAP_REASONS_HPP

#include <suara/core/text.hpp>
#include <suara/io/report.hpp>

namespace suara::io {

/// Why a Sirekap file was rejected (and the Sirekap warnings).
namespace sirekap_reason {
inline constexpr bilingual unreadable{"berkas tidak dapat dibaca", "file cannot be read"};  ///< Rejection: file cannot be read.
inline constexpr bilingual not_json{"bukan JSON yang sah", "not valid JSON"};  ///< Rejection: not valid JSON.
inline constexpr bilingual truncated{"JSON terpotong", "truncated JSON"};  ///< Rejection: truncated JSON.
inline constexpr bilingual too_deep{"JSON bersarang terlalu dalam", "JSON nested too deeply"};  ///< Rejection: JSON nested too deeply.
inline constexpr bilingual not_object{"harus berupa objek JSON", "must be a JSON object"};  ///< Rejection: must be a JSON object.
/// Rejection: wrong JSON type: must be an integer or null.
inline constexpr bilingual wrong_type{"tipe JSON salah: harus bilangan bulat atau null",
                                      "wrong JSON type: must be an integer or null"};
inline constexpr bilingual fractional{"bukan bilangan bulat (pecahan)", "not an integer (fractional)"};  ///< Rejection: not an integer (fractional).
inline constexpr const bilingual& negative = figure_reason::negative;  ///< Rejection: as for every figure (figure_reason::negative).
inline constexpr const bilingual& out_of_range = figure_reason::out_of_range;  ///< Rejection: as for every figure (figure_reason::out_of_range).
inline constexpr bilingual bad_candidate_id{"id calon bukan angka", "candidate id is not a number"};  ///< Rejection: candidate id is not a number.
/// Rejection: candidate id not in this contest's candidate list.
inline constexpr bilingual unknown_candidate{"id calon tidak ada di daftar calon kontes ini",
                                             "candidate id not in this contest's candidate list"};
inline constexpr bilingual too_many_candidates{"terlalu banyak calon", "too many candidates"};  ///< Rejection: too many candidates.
inline constexpr bilingual no_tps_code{"nama berkas bukan kode TPS 13 digit", "file name is not a 13-digit TPS code"};  ///< Rejection: file name is not a 13-digit TPS code.
inline constexpr bilingual no_kontes{"jalur berkas tidak memuat kode kontes", "file path names no contest code"};  ///< Rejection: file path names no contest code.
/// Rejection: region folder does not match the TPS code.
inline constexpr bilingual path_mismatch{"folder wilayah tidak cocok dengan kode TPS",
                                         "region folder does not match the TPS code"};
inline constexpr bilingual bad_psu{"psu harus null atau teks", "psu must be null or a string"};  ///< Rejection: psu must be null or a string.
/// Rejection: an archive member's name leaves the archive (`../`, an absolute path): never opened.
inline constexpr bilingual unsafe_member{"nama anggota arsip tidak aman (../ atau jalur absolut)",
                                         "unsafe archive member name (../ or an absolute path)"};
/// Rejection: an archive member unpacks beyond the per-member limit (a zip bomb).
inline constexpr bilingual member_too_large{"anggota arsip melebihi batas ukuran terurai",
                                            "archive member beyond the unpacked size limit"};
/// Rejection: the archive unpacks beyond the per-archive limit; the rest of it is not read.
inline constexpr bilingual archive_too_large{"arsip melebihi batas ukuran terurai, sisanya tidak dibaca",
                                             "archive beyond the unpacked size limit, the rest not read"};
/// Rejection: the archive is damaged or truncated; the members before the damage are kept.
inline constexpr bilingual damaged_archive{"arsip rusak atau terpotong", "damaged or truncated archive"};
/// Rejection: an NDJSON line beyond the line-length limit.
inline constexpr bilingual line_too_long{"baris NDJSON melebihi batas panjang", "NDJSON line beyond the length limit"};
/// Rejection: an NDJSON line names no 13-digit TPS code (`kode_tps` or a one-key wrapper).
inline constexpr bilingual no_line_code{"baris NDJSON tanpa kode TPS 13 digit (kode_tps atau kunci tunggal)",
                                        "NDJSON line without a 13-digit TPS code (kode_tps or a one-key wrapper)"};
/// Rejection: an NDJSON line names no contest (`kontes`), and no `--kontes` was given.
inline constexpr bilingual no_line_kontes{"baris NDJSON tanpa kontes (kontes atau --kontes)",
                                          "NDJSON line names no contest (kontes or --kontes)"};
/// Rejection: an NDJSON wrapper key and the record's `kode_tps` differ.
inline constexpr bilingual code_mismatch{"kode_tps berbeda dengan kunci pembungkus",
                                         "kode_tps differs from the wrapper key"};
// ---- the legislative records (io/sirekap_legislative.hpp) and candidate lists (io/candidate_list.hpp)
/// Rejection: a party number (a `chart`, `caleg` or list key) that is not 1..24 (max_ballot_parties).
inline constexpr bilingual bad_party_number{"nomor partai harus bilangan 1..24", "party number must be a number 1..24"};
/// Rejection: `caleg` names a party that `chart` does not have.
inline constexpr bilingual caleg_party_not_in_chart{"caleg untuk partai yang tidak ada di chart",
                                                    "caleg for a party not in chart"};
/// Rejection: a candidate id absent from the candidate list of its party and dapil.
inline constexpr bilingual unknown_caleg{"id calon tidak ada di daftar calon partai dan dapil ini",
                                         "candidate id not in the candidate list of this party and dapil"};
/// Rejection: no candidate list for the record's dapil, and ids may not stand for nomor urut
/// (sirekap_options::caleg_by_ascending_id off).
inline constexpr bilingual no_caleg_list{"tidak ada daftar calon untuk dapil ini (nomor urut tidak diketahui)",
                                         "no candidate list for this dapil (nomor urut unknown)"};
/// Rejection: `kode_dapil` is not printable ASCII text of at most 15 bytes (max_dapil_code).
inline constexpr bilingual bad_dapil{"kode_dapil harus teks ASCII tercetak, paling panjang 15",
                                     "kode_dapil must be printable ASCII text of at most 15 bytes"};
/// Rejection: a party list's nomor_urut missing, not an integer, or not 1..12 (max_party_candidates).
inline constexpr bilingual bad_nomor_urut{"nomor_urut harus bilangan bulat 1..12", "nomor_urut must be an integer 1..12"};
/// Rejection: a DPD list's nomor_urut missing, not an integer, or not 1..64 (max_dpd_candidates).
inline constexpr bilingual bad_dpd_nomor_urut{"nomor_urut harus bilangan bulat 1..64", "nomor_urut must be an integer 1..64"};
/// Rejection: a list gives one nomor urut (or one id) twice in a party and dapil.
inline constexpr bilingual duplicate_nomor_urut{"nomor_urut ganda dalam partai dan dapil ini",
                                                "nomor_urut given twice in this party and dapil"};
/// Rejection: a list's `nama` that is not a string.
inline constexpr bilingual bad_name{"nama harus teks", "nama must be a string"};
/// Rejection: partai.json's `nomor_urut` differs from the party number it is filed under.
inline constexpr bilingual party_number_mismatch{"nomor_urut berbeda dengan nomor partai kuncinya",
                                                 "nomor_urut differs from the party number of its key"};
/// Rejection: a file that is none of Sirekap's lists (partai.json, caleg/partai/DAPIL.json,
/// caleg/dpd/PROVINSI.json).
inline constexpr bilingual not_a_list_file{"bukan berkas daftar calon (partai.json, partai/<dapil>.json, dpd/<provinsi>.json)",
                                           "not a candidate list file (partai.json, partai/<dapil>.json, dpd/<provinsi>.json)"};
/// Warning: an unknown key in a party's `chart` entry, ignored.
inline constexpr bilingual unknown_party_key{"kunci chart partai tidak dikenal, diabaikan", "unknown party chart key, ignored"};
/// Warning: no candidate list for a legislative contest: nomor urut by ascending candidate id
/// (an assumption, UNVERIFIED: sirekap_options::caleg_by_ascending_id).
inline constexpr bilingual ascending_caleg_ids{
    "tidak ada daftar calon untuk dapil ini: nomor urut menurut id menaik (asumsi, belum diverifikasi)",
    "no candidate list for this dapil: nomor urut by ascending id (an assumption, unverified)"};
inline constexpr bilingual skipped{"bukan berkas .json, dilewati", "not a .json file, skipped"};  ///< Warning: not a .json file, skipped.
/// Warning: unknown administrasi key, ignored.
inline constexpr bilingual unknown_key{"kunci administrasi tidak dikenal, diabaikan",
                                       "unknown administrasi key, ignored"};
inline constexpr bilingual unknown_psu{"nilai psu tidak dikenal", "unknown psu value"};  ///< Warning: unknown psu value.
/// Warning: no candidate list for this contest: ballot numbers by ascending id.
inline constexpr bilingual ascending_ids{"tidak ada daftar calon untuk kontes ini: nomor urut menurut id menaik",
                                         "no candidate list for this contest: ballot numbers by ascending id"};
}  // namespace sirekap_reason

}  // namespace suara::io

#endif  // SUARA_IO_SIREKAP_REASONS_HPP
