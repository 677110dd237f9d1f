// suara — the C.Hasil CSV reader's options and the reasons of its rejections and warnings.
// Distributed under the Boost Software License, Version 1.0.
//
// Apart from the reader (io/csv_reader.hpp) so that the parts that read rows, and the other
// CSV inputs (bulk/rollup_input.hpp), name a fault with the reader's own words.
#ifndef SUARA_IO_CSV_OPTIONS_HPP
#define SUARA_IO_CSV_OPTIONS_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>

#include <suara/core/kontes.hpp>
#include <suara/core/text.hpp>
#include <suara/io/report.hpp>
#include <suara/form/sheet.hpp>

namespace suara::io {

/// The instructions of the CSV row parser (csv_options::isa).
enum class csv_isa : std::uint8_t {
    automatic,  ///< AVX-512 (BW, VBMI, VBMI2) where the CPU has it, else the baseline
    baseline,   ///< the target's baseline only (SSE2 on x86-64)
};

/// Why a CSV row or header was rejected (and the CSV warnings).
namespace csv_reason {
inline constexpr bilingual not_a_number{"bukan bilangan bulat tak negatif", "not a non-negative integer"};  ///< Rejection: not a non-negative integer.
inline constexpr const bilingual& negative = figure_reason::negative;  ///< Rejection: as for every figure (figure_reason::negative).
inline constexpr const bilingual& out_of_range = figure_reason::out_of_range;  ///< Rejection: as for every figure (figure_reason::out_of_range).
inline constexpr bilingual bad_code{"kode_tps harus tepat 13 digit", "kode_tps must be exactly 13 digits"};  ///< Rejection: kode_tps must be exactly 13 digits.
inline constexpr bilingual missing_code{"kode_tps kosong", "kode_tps is empty"};  ///< Rejection: kode_tps is empty.
inline constexpr bilingual unknown_kontes{"kode kontes tidak dikenal", "unknown contest code"};  ///< Rejection: unknown contest code.
inline constexpr bilingual missing_kontes{"kontes kosong", "kontes is empty"};  ///< Rejection: kontes is empty.
inline constexpr bilingual duplicate{"kode_tps dan kontes sudah ada sebelumnya", "kode_tps and kontes already seen"};  ///< Rejection: kode_tps and kontes already seen.
inline constexpr bilingual too_few_columns{"jumlah kolom kurang dari header", "fewer columns than the header"};  ///< Rejection: fewer columns than the header.
inline constexpr bilingual too_many_columns{"jumlah kolom lebih dari header", "more columns than the header"};  ///< Rejection: more columns than the header.
inline constexpr bilingual unterminated_quote{"tanda kutip tidak ditutup", "unterminated quote"};  ///< Rejection: unterminated quote.
inline constexpr bilingual bad_quote{"tanda kutip salah tempat", "malformed quoting"};  ///< Rejection: malformed quoting.
inline constexpr bilingual bad_flag{"harus 0 atau 1", "must be 0 or 1"};  ///< Rejection: must be 0 or 1.
/// Rejection: must be empty, bencana, kerusuhan or keamanan.
inline constexpr bilingual bad_gangguan{"harus kosong, bencana, kerusuhan atau keamanan",
                                        "must be empty, bencana, kerusuhan or keamanan"};
inline constexpr bilingual bad_tahap{"harus kosong, sebagian atau seluruh", "must be empty, sebagian or seluruh"};  ///< Rejection: must be empty, sebagian or seluruh.
/// Rejection: votes for a ballot number beyond this contest's candidates.
inline constexpr bilingual beyond_candidates{"suara untuk nomor urut di luar jumlah calon kontes ini",
                                             "votes for a ballot number beyond this contest's candidates"};
/// Rejection: header lacks the kode_tps column; file not read.
inline constexpr bilingual header_missing_code{"header tidak memuat kolom kode_tps; berkas tidak dibaca",
                                               "header lacks the kode_tps column; file not read"};
/// Rejection: header lacks the kontes column; file not read.
inline constexpr bilingual header_missing_kontes{"header tidak memuat kolom kontes; berkas tidak dibaca",
                                                 "header lacks the kontes column; file not read"};
/// Rejection: column named twice in the header; file not read.
inline constexpr bilingual header_duplicate{"kolom header ganda; berkas tidak dibaca",
                                            "column named twice in the header; file not read"};
/// Rejection: header cannot be read; file not read.
inline constexpr bilingual header_bad{"header tidak dapat dibaca; berkas tidak dibaca",
                                      "header cannot be read; file not read"};
inline constexpr bilingual unknown_column{"kolom tidak dikenal, diabaikan", "unknown column, ignored"};  ///< Warning: unknown column, ignored.
/// Warning: suara_i columns have a gap; the absent ones are read as missing.
inline constexpr bilingual candidate_gap{"kolom suara_i tidak berurutan; kolom yang tidak ada dianggap kosong",
                                         "suara_i columns have a gap; the absent ones are read as missing"};
inline constexpr bilingual empty_file{"berkas kosong", "empty file"};  ///< Rejection: empty file.
static_assert(max_candidates == 24, "the jumlah_paslon message below names the limit");
inline constexpr bilingual bad_paslon{"jumlah_paslon harus bilangan 0 sampai 24", "jumlah_paslon must be a number from 0 to 24"};  ///< Rejection: jumlah_paslon must be a number from 0 to 24.
inline constexpr bilingual line_too_long{"baris terlalu panjang", "line too long"};  ///< Rejection: line too long.
}  // namespace csv_reason

/// The longest line a CSV reader accepts by default (csv_options::max_line_bytes).
inline constexpr std::size_t default_max_line_bytes = std::size_t{1} << 20;

/// How a C.Hasil CSV reader reads: batch size, candidate counts, limits, callbacks, threads.
struct csv_options {
    /// Rows per delivered batch (the batch is reused between deliveries). 16,384 national rows
    /// are about 3 MB of columns: the batch stays in the cache between the reader filling it and
    /// the consumer reading it (larger batches measured slower).
    std::size_t batch_rows = 16384;
    /// Bytes per read when the reader pulls from a file or stream.
    std::size_t block_bytes = std::size_t{4} << 20;
    /// Candidate columns per contest (index: kontes); 0 = the header's suara_i columns. A row's
    /// own `jumlah_paslon` cell, when the file has that column, comes first (docs/formats.md).
    std::array<std::uint8_t, kontes_count> candidates{};
    /// Longest line accepted; a longer one is rejected without being held in memory.
    std::size_t max_line_bytes = default_max_line_bytes;
    /// Rejections and warnings kept in the report (the counts are always exact).
    std::size_t keep_limit = default_keep_limit;
    /// Called for every rejection / warning as it happens (also beyond keep_limit).
    std::function<void(const rejection&)> on_rejection;
    std::function<void(const warning&)> on_warning;  ///< the same for warnings
    /// Parsing threads. 0 (the default): rows are parsed on the calling thread as they are fed,
    /// and batches hold `batch_rows` rows. N >= 1 (see detail::resolve_threads for "all cores"
    /// in suara-audit): the complete lines of each fed block are cut into slices of about
    /// `slice_bytes`, parsed on N threads, and delivered in file order from the calling thread,
    /// the duplicate check included. Rows, rejections, counts and batch boundaries (a batch ends
    /// at the end of a slice or after `batch_rows` rows) are then the same for every N, given the
    /// same fed blocks.
    unsigned parse_threads = 0;
    std::size_t slice_bytes = std::size_t{1} << 20;  ///< Bytes per slice when `parse_threads` >= 1.
    /// The row parser's instructions. Every choice reads every input identically (the tests
    /// compare them); `baseline` exists for those tests and for comparisons.
    csv_isa isa = csv_isa::automatic;
};

}  // namespace suara::io

#endif  // SUARA_IO_CSV_OPTIONS_HPP
