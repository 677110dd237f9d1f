// suara — the inputs of the roll-up rules: a recap CSV and a list of expected TPS codes.
// Distributed under the Boost Software License, Version 1.0.
//
// Recap CSV (suara-audit --recap): the C.Hasil CSV (docs/formats.md) with `kode_wilayah` (2, 4,
// 6 or 10 digits: province, regency/city, district, village) in place of `kode_tps`, plus
// `kontes`; any count column and `suara_1` ... `suara_N`. An empty cell states nothing and is not
// compared. Region tree (suara-audit --regions): one 13-digit TPS code a line (the layout of
// data/wilayah/tps-codes.txt.gz; suara-audit unpacks gzip itself and refuses binary files
// whole). Both are read with the C.Hasil reader's line feeding and cell grammar
// (io/csv/lines.hpp, io/csv/cells.hpp): the same line ends (\n, \r\n, or \r alone), quoting,
// byte-order mark, line length limit and empty lines, and the same reason and place for the
// same fault. Both are small next to the results, so they are read whole; a bad line is
// rejected with its place and the rest goes on.
#ifndef SUARA_BULK_ROLLUP_INPUT_HPP
#define SUARA_BULK_ROLLUP_INPUT_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <suara/bulk/rollup.hpp>
#include <suara/core/kontes.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/io/csv/cells.hpp>
#include <suara/io/csv/layout.hpp>
#include <suara/io/csv/lines.hpp>
#include <suara/io/csv/options.hpp>
#include <suara/io/report.hpp>
#include <suara/form/field.hpp>
#include <suara/form/finding.hpp>
#include <suara/form/sheet.hpp>

namespace suara {

namespace detail {
inline std::optional<std::uint64_t> parse_digits(std::string_view s, std::uint64_t max) {
    if (s.empty() || s.size() > 19) return std::nullopt;
    std::uint64_t v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + static_cast<std::uint64_t>(c - '0');
    }
    if (v > max) return std::nullopt;
    return v;
}

inline constexpr bilingual recap_bad_code{"kode_wilayah harus 2, 4, 6 atau 10 digit",
                                          "kode_wilayah must have 2, 4, 6 or 10 digits"};
inline constexpr bilingual recap_no_header{"kolom wajib tidak ada (kode_wilayah, kontes)",
                                           "required column missing (kode_wilayah, kontes)"};
}  // namespace detail

/// Reads a recap CSV. Bad rows go to `report` (file, line, column, value, reason).
[[nodiscard]] inline std::vector<recap_entry> read_recap_csv(std::istream& in, std::string_view source,
                                                             io::read_report& report) {
    // What each column holds.
    enum class role : std::uint8_t { ignored, code, contest, figure, candidate };
    struct column {
        role what = role::ignored;
        std::size_t index = 0;  // the field or the candidate
    };
    std::vector<column> columns;
    enum class header_state : std::uint8_t { awaited, read, failed } header = header_state::awaited;
    std::vector<recap_entry> out;
    const std::string src{source};
    std::string scratch;
    // A rejection names a column as the C.Hasil reader does: by its header name, else by number.
    auto name_of = [&](std::size_t col) -> std::string {  // 1-based
        if (col >= 1 && col <= columns.size()) {
            const column c = columns[col - 1];
            switch (c.what) {
            case role::code: return "kode_wilayah";
            case role::contest: return "kontes";
            case role::figure: return std::string{field_names[c.index]};
            case role::candidate: return std::string{candidate_column_names[c.index]};
            case role::ignored: break;
            }
        }
        return std::to_string(col);
    };
    auto read_header = [&](const io::detail::csv_line& l) {
        header = header_state::failed;
        auto fail = [&](std::size_t col, std::string_view value, const bilingual& why) {
            report.reject({src, l.number, col == 0 ? std::string{} : std::to_string(col), io::quote_value(value), why});
        };
        bool has_code = false;
        bool has_kontes = false;
        std::array<bool, field_count> seen_field{};
        std::array<bool, max_candidates> seen_candidate{};
        std::size_t pos = 0;
        bool last = false;
        while (!last) {
            std::string_view name;
            const bilingual* err = nullptr;
            if (!io::detail::next_csv_cell(l.text, pos, name, last, err, scratch))
                return fail(columns.size() + 1, name, io::csv_reason::header_bad);
            column c;
            bool duplicate = false;
            if (name == "kode_wilayah") {
                c.what = role::code;
                duplicate = std::exchange(has_code, true);
            } else if (name == "kontes") {
                c.what = role::contest;
                duplicate = std::exchange(has_kontes, true);
            } else if (auto f = field_from_string(name); f && form_of(*f) == field_form::count) {
                c = {role::figure, index(*f)};
                duplicate = std::exchange(seen_field[c.index], true);
            } else if (const int ci = io::detail::candidate_index(name); ci >= 0 && static_cast<std::size_t>(ci) < max_candidates) {
                c = {role::candidate, static_cast<std::size_t>(ci)};
                duplicate = std::exchange(seen_candidate[c.index], true);
            } else {
                report.warn({src, l.number, name.empty() ? std::to_string(columns.size() + 1) : io::quote_value(name), "",
                             io::csv_reason::unknown_column});
            }
            if (duplicate) return fail(columns.size() + 1, name, io::csv_reason::header_duplicate);
            columns.push_back(c);
        }
        if (!has_code || !has_kontes) return fail(0, l.text, detail::recap_no_header);
        header = header_state::read;
    };
    io::detail::for_each_csv_line(in, io::default_max_line_bytes, [&](const io::detail::csv_line& l) {
        if (header == header_state::failed) return;
        if (l.too_long) {
            if (header == header_state::awaited) header = header_state::failed;
            report.reject({src, l.number, "", io::quote_value(l.text), io::csv_reason::line_too_long});
            return;
        }
        if (l.text.empty()) return;  // empty lines are skipped, before the header too
        if (header == header_state::awaited) return read_header(l);
        recap_entry e;
        e.source = io::location(source, l.number);
        const io::detail::cell_fault fault =
            io::detail::read_csv_cells(l.text, columns.size(), scratch, [&](std::size_t col, std::string_view cell) -> const bilingual* {
                const column c = columns[col];
                switch (c.what) {
                case role::ignored: return nullptr;
                case role::code: {
                    const auto level = region_level_of_width(cell.size());
                    const auto v = detail::parse_digits(cell, ~std::uint64_t{0});
                    if (!level || !v) return &detail::recap_bad_code;
                    e.level = *level;
                    e.code = *v;
                    return nullptr;
                }
                case role::contest:
                    if (cell.empty()) return &io::csv_reason::missing_kontes;
                    if (const auto k = kontes_from_string(cell)) e.contest = *k;
                    else return &io::csv_reason::unknown_kontes;
                    return nullptr;
                case role::figure:
                case role::candidate: {
                    // parse_count reads an empty cell as missing: it states nothing.
                    const bilingual* err = nullptr;
                    std::uint32_t& to = c.what == role::figure ? e.figures[c.index] : e.votes[c.index];
                    io::detail::parse_count(cell, to, err);
                    return err;
                }
                }
                return nullptr;
            });
        if (fault.reason != nullptr) {
            report.reject({src, l.number, name_of(fault.column), io::quote_value(fault.value), *fault.reason});
            return;
        }
        report.validated();
        out.push_back(std::move(e));
    });
    if (header == header_state::awaited) report.reject({src, 1, "", "", detail::recap_no_header});
    return out;
}

/// Reads expected TPS codes, one a line (a one-column CSV without a header); empty lines are
/// skipped, bad lines rejected naming the column kode_tps.
[[nodiscard]] inline std::vector<tps_code> read_tps_codes(std::istream& in, std::string_view source,
                                                          io::read_report& report) {
    std::vector<tps_code> out;
    const std::string src{source};
    std::string scratch;
    io::detail::for_each_csv_line(in, io::default_max_line_bytes, [&](const io::detail::csv_line& l) {
        if (l.too_long) {
            report.reject({src, l.number, "", io::quote_value(l.text), io::csv_reason::line_too_long});
            return;
        }
        if (l.text.empty()) return;
        std::optional<tps_code> code;
        const io::detail::cell_fault fault =
            io::detail::read_csv_cells(l.text, 1, scratch, [&](std::size_t, std::string_view cell) -> const bilingual* {
                if (cell.empty()) return &io::csv_reason::missing_code;
                code = tps_code::parse(cell);
                return code ? nullptr : &io::csv_reason::bad_code;
            });
        if (fault.reason != nullptr) {
            report.reject({src, l.number, fault.column == 1 ? std::string{"kode_tps"} : std::to_string(fault.column),
                           io::quote_value(fault.value), *fault.reason});
            return;
        }
        out.push_back(*code);
        report.validated();
    });
    return out;
}

}  // namespace suara

#endif  // SUARA_BULK_ROLLUP_INPUT_HPP
