// suara — a stable code for every reason a reader rejects a record (docs/cli.md, `reason` of
// the `rejected` records and the rejections csv).
// Distributed under the Boost Software License, Version 1.0.
//
// The reasons are bilingual texts (io/report.hpp), which may be reworded; pipelines need a key
// that is not. A reason is recognised by value, so every reader's constant maps, wherever it
// lives; one no table lists is "other" (a test holds every reader's reasons to a code).
#ifndef SUARA_BULK_REASON_CODES_HPP
#define SUARA_BULK_REASON_CODES_HPP

#include <array>
#include <string_view>

#include <suara/bulk/rollup_input.hpp>
#include <suara/core/text.hpp>
#include <suara/io/csv/options.hpp>
#include <suara/io/report.hpp>
#include <suara/io/sirekap_reasons.hpp>

namespace suara {

/// A rejection reason and its stable code.
struct reason_code_entry {
    const bilingual* reason;  ///< The reader's reason.
    std::string_view code;    ///< Its code: snake_case, never changed once published.
};

/// Every rejection reason of suara's readers (the C.Hasil CSV, Sirekap JSON, --recap and
/// --regions files) with its code. Shared reasons (figure_reason) appear once.
inline constexpr std::array<reason_code_entry, 45> reason_codes{{
    {&io::figure_reason::negative, "negative_number"},
    {&io::figure_reason::out_of_range, "number_out_of_range"},
    {&io::csv_reason::not_a_number, "not_a_number"},
    {&io::csv_reason::bad_code, "bad_kode_tps"},
    {&io::csv_reason::missing_code, "missing_kode_tps"},
    {&io::csv_reason::unknown_kontes, "unknown_kontes"},
    {&io::csv_reason::missing_kontes, "missing_kontes"},
    {&io::csv_reason::duplicate, "duplicate"},
    {&io::csv_reason::too_few_columns, "too_few_columns"},
    {&io::csv_reason::too_many_columns, "too_many_columns"},
    {&io::csv_reason::unterminated_quote, "unterminated_quote"},
    {&io::csv_reason::bad_quote, "bad_quote"},
    {&io::csv_reason::bad_flag, "bad_flag"},
    {&io::csv_reason::bad_gangguan, "bad_gangguan"},
    {&io::csv_reason::bad_tahap, "bad_tahap"},
    {&io::csv_reason::beyond_candidates, "beyond_candidates"},
    {&io::csv_reason::header_missing_code, "header_missing_kode_tps"},
    {&io::csv_reason::header_missing_kontes, "header_missing_kontes"},
    {&io::csv_reason::header_duplicate, "header_duplicate_column"},
    {&io::csv_reason::header_bad, "header_unreadable"},
    {&io::csv_reason::empty_file, "empty_file"},
    {&io::csv_reason::bad_paslon, "bad_jumlah_paslon"},
    {&io::csv_reason::line_too_long, "line_too_long"},
    {&io::sirekap_reason::unreadable, "file_unreadable"},
    {&io::sirekap_reason::not_json, "not_json"},
    {&io::sirekap_reason::truncated, "truncated_json"},
    {&io::sirekap_reason::too_deep, "json_too_deep"},
    {&io::sirekap_reason::not_object, "not_an_object"},
    {&io::sirekap_reason::wrong_type, "wrong_json_type"},
    {&io::sirekap_reason::fractional, "fractional_number"},
    {&io::sirekap_reason::bad_candidate_id, "bad_candidate_id"},
    {&io::sirekap_reason::unknown_candidate, "unknown_candidate"},
    {&io::sirekap_reason::too_many_candidates, "too_many_candidates"},
    {&io::sirekap_reason::no_tps_code, "file_name_not_kode_tps"},
    {&io::sirekap_reason::no_kontes, "path_names_no_kontes"},
    {&io::sirekap_reason::path_mismatch, "region_folder_mismatch"},
    {&io::sirekap_reason::bad_psu, "bad_psu"},
    {&io::sirekap_reason::unsafe_member, "archive_member_unsafe_name"},
    {&io::sirekap_reason::member_too_large, "archive_member_too_large"},
    {&io::sirekap_reason::archive_too_large, "archive_too_large"},
    {&io::sirekap_reason::damaged_archive, "archive_damaged"},
    {&io::sirekap_reason::line_too_long, "ndjson_line_too_long"},
    {&io::sirekap_reason::no_line_code, "ndjson_no_kode_tps"},
    {&io::sirekap_reason::no_line_kontes, "ndjson_no_kontes"},
    {&io::sirekap_reason::code_mismatch, "ndjson_kode_tps_mismatch"},
}};

/// Reasons of the roll-up inputs (--recap), kept apart so that the table above stays the readers'.
inline constexpr std::array<reason_code_entry, 2> rollup_reason_codes{{
    {&detail::recap_bad_code, "bad_kode_wilayah"},
    {&detail::recap_no_header, "recap_missing_columns"},
}};

/// The stable code of a rejection reason; "other" for a reason no table lists.
[[nodiscard]] constexpr std::string_view reason_code(const bilingual& reason) noexcept {
    for (const auto& e : reason_codes)
        if (*e.reason == reason) return e.code;
    for (const auto& e : rollup_reason_codes)
        if (*e.reason == reason) return e.code;
    return "other";
}

}  // namespace suara

#endif  // SUARA_BULK_REASON_CODES_HPP
