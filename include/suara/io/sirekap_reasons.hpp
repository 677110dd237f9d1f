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
