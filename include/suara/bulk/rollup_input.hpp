// suara — the inputs of the roll-up rules: a recap CSV and a list of expected TPS codes.
// Distributed under the Boost Software License, Version 1.0.
//
// Recap CSV (suara-audit --recap): the C.Hasil CSV of spec/formats.md §1 with `kode_wilayah`
// (2, 4, 6 or 10 digits: province, regency/city, district, village) in place of `kode_tps`, plus
// `kontes`; any count column and `suara_1` ... `suara_N`. An empty cell states nothing and is not
// compared. Region tree (suara-audit --regions): one 13-digit TPS code a line (the layout of
// data/wilayah/tps-codes.txt.gz; suara-audit unpacks gzip itself and refuses binary files
// whole, see bulk/audit.hpp). Both are small next to the results, so
// they are read whole; a bad line is rejected with its place and the rest goes on.
#ifndef SUARA_BULK_ROLLUP_INPUT_HPP
#define SUARA_BULK_ROLLUP_INPUT_HPP

#include <cstddef>
#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <suara/bulk/rollup.hpp>
#include <suara/core/kontes.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/io/csv_reader.hpp>  // csv_reason: one wording for the same fault
#include <suara/io/report.hpp>
#include <suara/tally/field.hpp>
#include <suara/tally/sheet.hpp>

namespace suara {

namespace detail {
// Splits one CSV record (RFC 4180 quotes within the line); false on an unterminated quote.
inline bool split_csv_line(std::string_view line, std::vector<std::string>& out) {
    out.clear();
    std::string cell;
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < line.size() && line[i + 1] == '"') {
                    cell += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            out.push_back(std::move(cell));
            cell.clear();
        } else {
            cell += c;
        }
    }
    out.push_back(std::move(cell));
    return !quoted;
}

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

inline bool getline_trimmed(std::istream& in, std::string& line) {
    if (!std::getline(in, line)) return false;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return true;
}

inline constexpr bilingual recap_bad_code{"kode_wilayah harus 2, 4, 6 atau 10 digit",
                                          "kode_wilayah must have 2, 4, 6 or 10 digits"};
inline constexpr bilingual recap_bad_width{"jumlah kolom tidak sama dengan header",
                                           "column count differs from the header"};
inline constexpr bilingual recap_no_header{"kolom wajib tidak ada (kode_wilayah, kontes)",
                                           "required column missing (kode_wilayah, kontes)"};
inline constexpr bilingual tree_bad_code{"kode TPS harus 13 digit", "a TPS code must have 13 digits"};
}  // namespace detail

/// Reads a recap CSV. Bad rows go to `report` (file, line, column, value, reason).
[[nodiscard]] inline std::vector<recap_entry> read_recap_csv(std::istream& in, std::string_view source,
                                                             io::read_report& report) {
    std::vector<recap_entry> out;
    std::string line;
    std::vector<std::string> cells;
    if (!detail::getline_trimmed(in, line)) {
        report.reject({std::string{source}, 1, "", "", detail::recap_no_header});
        return out;
    }
    if (line.size() >= 3 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);  // UTF-8 BOM
    detail::split_csv_line(line, cells);
    // Column roles: -1 ignored, -2 kode_wilayah, -3 kontes, 0..field_count-1 a field,
    // 1000 + c candidate column c.
    std::vector<int> role(cells.size(), -1);
    bool has_code = false;
    bool has_kontes = false;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const std::string_view name = cells[i];
        if (name == "kode_wilayah") {
            role[i] = -2;
            has_code = true;
        } else if (name == "kontes") {
            role[i] = -3;
            has_kontes = true;
        } else if (auto f = field_from_string(name); f && form_of(*f) == field_form::count) {
            role[i] = static_cast<int>(*f);
        } else {
            bool candidate = false;
            for (std::size_t c = 0; c < max_candidates; ++c)
                if (candidate_column_names[c] == name) {
                    role[i] = 1000 + static_cast<int>(c);
                    candidate = true;
                }
            if (!candidate) report.warn({std::string{source}, 1, std::string{name}, "", io::csv_reason::unknown_column});
        }
    }
    if (!has_code || !has_kontes) {
        report.reject({std::string{source}, 1, "", io::quote_value(line), detail::recap_no_header});
        return out;
    }
    std::size_t line_no = 1;
    while (detail::getline_trimmed(in, line)) {
        ++line_no;
        if (line.empty()) continue;
        if (!detail::split_csv_line(line, cells)) {
            report.reject({std::string{source}, line_no, "", io::quote_value(line), io::csv_reason::unterminated_quote});
            continue;
        }
        if (cells.size() != role.size()) {
            report.reject({std::string{source}, line_no, "", io::quote_value(line), detail::recap_bad_width});
            continue;
        }
        recap_entry e;
        e.source = io::location(source, line_no);
        bool ok = true;
        for (std::size_t i = 0; i < cells.size() && ok; ++i) {
            const std::string_view cell = cells[i];
            if (role[i] == -2) {
                const auto level = region_level_of_width(cell.size());
                const auto v = detail::parse_digits(cell, ~std::uint64_t{0});
                if (!level || !v) {
                    report.reject({std::string{source}, line_no, "kode_wilayah", io::quote_value(cell), detail::recap_bad_code});
                    ok = false;
                } else {
                    e.level = *level;
                    e.code = *v;
                }
            } else if (role[i] == -3) {
                if (auto k = kontes_from_string(cell)) e.contest = *k;
                else {
                    report.reject({std::string{source}, line_no, "kontes", io::quote_value(cell), io::csv_reason::unknown_kontes});
                    ok = false;
                }
            } else if (role[i] >= 0 && !cell.empty()) {
                const auto v = detail::parse_digits(cell, max_figure);
                const std::string_view name = role[i] >= 1000 ? candidate_column_names[static_cast<std::size_t>(role[i] - 1000)]
                                                               : field_names[static_cast<std::size_t>(role[i])];
                if (!v) {
                    report.reject({std::string{source}, line_no, std::string{name}, io::quote_value(cell), io::csv_reason::not_a_number});
                    ok = false;
                } else if (role[i] >= 1000) {
                    e.votes[static_cast<std::size_t>(role[i] - 1000)] = static_cast<std::uint32_t>(*v);
                } else {
                    e.figures[static_cast<std::size_t>(role[i])] = static_cast<std::uint32_t>(*v);
                }
            }
        }
        if (ok) {
            report.validated();
            out.push_back(std::move(e));
        }
    }
    return out;
}

/// Reads expected TPS codes, one a line; blank lines are skipped, bad lines rejected.
[[nodiscard]] inline std::vector<tps_code> read_tps_codes(std::istream& in, std::string_view source,
                                                          io::read_report& report) {
    std::vector<tps_code> out;
    std::string line;
    std::size_t line_no = 0;
    while (detail::getline_trimmed(in, line)) {
        ++line_no;
        if (line.empty()) continue;
        if (auto c = tps_code::parse(line)) {
            out.push_back(*c);
            report.validated();
        } else {
            report.reject({std::string{source}, line_no, "", io::quote_value(line), detail::tree_bad_code});
        }
    }
    return out;
}

}  // namespace suara

#endif  // SUARA_BULK_ROLLUP_INPUT_HPP
