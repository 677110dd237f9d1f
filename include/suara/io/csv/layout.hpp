// suara — internal: the layout of a C.Hasil CSV file, read once from its header row.
// Distributed under the Boost Software License, Version 1.0.
//
// Columns are mapped once: every row parser (io/csv/row_*.hpp) reads a line against this plain
// value, and each parsing lane holds its own copy. Besides the kind of each column, the layout
// holds what the fast row paths precompute from it: the numeric cells in column order with their
// limits, which groups of four of them are adjacent columns (the SSE2 path), and the byte
// permutes of sixteen cells at a time (the AVX-512 path).
//
// Decisions the format leaves open (docs/formats.md): a header without `kode_tps` or `kontes`,
// with a column named twice or with a quoting fault makes the file unreadable; an unknown column
// is warned about once and ignored; a gap in the suara_i numbering is warned about, the absent
// columns are missing. A row has as many candidates as the header has suara_i columns unless it
// states its own in `jumlah_paslon` (or the reader is given a count per contest).
#ifndef SUARA_IO_CSV_LAYOUT_HPP
#define SUARA_IO_CSV_LAYOUT_HPP

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <suara/io/csv/cells.hpp>
#include <suara/io/csv/options.hpp>
#include <suara/form/field.hpp>
#include <suara/form/finding.hpp>
#include <suara/form/sheet.hpp>

namespace suara::io::detail {

enum class csv_column_kind : std::uint8_t { ignored, code, contest, count, flag, gangguan, tahap, candidate, blank, paslon };

/// The extension column that states a row's number of candidates (docs/formats.md).
inline constexpr std::string_view paslon_column_name = "jumlah_paslon";

struct csv_column {
    csv_column_kind kind = csv_column_kind::ignored;
    std::uint8_t index = 0;  // field index, or candidate index
};

/// "suara_7" -> 6; "suara_kosong" and anything else -> -1.
[[nodiscard]] constexpr int candidate_index(std::string_view name) noexcept {
    constexpr std::string_view prefix = "suara_";
    if (name.size() <= prefix.size() || name.substr(0, prefix.size()) != prefix) return -1;
    const auto digits = name.substr(prefix.size());
    if (digits.size() > 3 || digits[0] == '0') return -1;
    int v = 0;
    for (char c : digits) {
        if (c < '0' || c > '9') return -1;
        v = v * 10 + (c - '0');
    }
    return v - 1;
}

// A row's numeric cells in one flat array of slots, so that every row path stores them alike:
// slot = field, field_count + candidate, blank_slot or paslon_slot.
inline constexpr std::size_t blank_slot = field_count + max_candidates;
inline constexpr std::size_t paslon_slot = blank_slot + 1;
/// Rows wider than this take the general path (a national file has about 60 columns).
inline constexpr std::size_t max_fast_columns = 255;
/// The widest layout the AVX-512 path reads: the comma before each cell and the end of the last,
/// bounds[0 ... columns], in one 64-byte register.
inline constexpr std::size_t max_wide_columns = 63;
/// A group of four numeric cells that are not four adjacent columns (csv_layout::numeric_group).
inline constexpr std::uint32_t no_group = std::numeric_limits<std::uint32_t>::max();

struct numeric_column {
    std::size_t column;
    std::size_t slot;
    std::uint64_t max;
};
struct text_column {
    std::size_t column;
    std::size_t slot;
    csv_column_kind kind;
    std::size_t present = 0;  // gangguan / tahap: the index of the field in fields_present
};
/// Sixteen numeric cells read at once by the AVX-512 path, by their place in the line.
struct wide_group {
    std::array<std::uint8_t, 64> end_index{};    // per cell, four times: its column + 1
    std::array<std::uint8_t, 64> begin_index{};  // per cell, four times: its column
    std::array<std::int32_t, 16> limit{};        // each cell's maximum
    std::size_t cells = 0;                       // used lanes (the last group may have fewer)
};

/// What the header says.
struct csv_layout {
    std::vector<csv_column> columns;
    std::vector<numeric_column> numeric_columns;
    std::vector<std::int32_t> numeric_limit;   // each numeric cell's maximum, for the 4-cell path
    std::vector<std::uint32_t> numeric_group;  // per group of four numeric cells: its first column, or no_group
    std::vector<wide_group> wide_groups;       // empty: more than max_wide_columns columns
    // The numeric cell (index into numeric_columns) of each candidate, the blank column and
    // jumlah_paslon, where the file has them.
    std::array<std::size_t, max_candidates> candidate_numeric{};
    std::size_t blank_numeric = 0;
    std::size_t paslon_numeric = 0;
    std::vector<text_column> text_columns;
    std::vector<std::uint8_t> fields_present;
    std::size_t header_candidates = 0;
    bool has_blank_column = false;
    bool has_paslon_column = false;
    std::array<bool, field_count> have_field{};  // the field columns of the file: written for every row
    std::size_t leading_candidates = 0;          // suara_1 ... suara_n all in the file: written for every row
    std::array<bool, max_candidates> have_candidate{};
};

/// Reads the header row `line` into `out`. `warn(std::string column, const bilingual&)` hears of
/// unknown columns and of a gap in the suara_i numbering. The fault, if any, makes the file
/// unreadable (column 0: the header as a whole). `scratch` holds an unescaped quoted name.
template <class Warn>
cell_fault read_csv_header(std::string_view line, std::string& scratch, csv_layout& out, Warn&& warn) {
    out = csv_layout{};
    std::size_t pos = 0;
    bool last = false;
    bool have_code = false, have_kontes = false;
    std::array<bool, field_count> have_field{};
    std::array<bool, max_candidates> have_candidate{};
    bool have_blank = false;
    bool have_paslon = false;
    while (!last) {
        std::string_view name;
        const bilingual* err = nullptr;
        if (!next_csv_cell(line, pos, name, last, err, scratch)) return {out.columns.size() + 1, name, &csv_reason::header_bad};
        csv_column col;
        bool duplicate = false;
        if (name == "kode_tps") {
            col.kind = csv_column_kind::code;
            duplicate = std::exchange(have_code, true);
        } else if (name == "kontes") {
            col.kind = csv_column_kind::contest;
            duplicate = std::exchange(have_kontes, true);
        } else if (auto f = field_from_string(name)) {
            switch (form_of(*f)) {
            case field_form::count: col.kind = csv_column_kind::count; break;
            case field_form::flag: col.kind = csv_column_kind::flag; break;
            case field_form::gangguan: col.kind = csv_column_kind::gangguan; break;
            case field_form::gangguan_tahap: col.kind = csv_column_kind::tahap; break;
            }
            col.index = static_cast<std::uint8_t>(index(*f));
            duplicate = std::exchange(have_field[index(*f)], true);
        } else if (name == blank_column_name) {
            col.kind = csv_column_kind::blank;
            duplicate = std::exchange(have_blank, true);
        } else if (name == paslon_column_name) {
            col.kind = csv_column_kind::paslon;
            duplicate = std::exchange(have_paslon, true);
        } else if (const int ci = candidate_index(name); ci >= 0 && static_cast<std::size_t>(ci) < max_candidates) {
            col.kind = csv_column_kind::candidate;
            col.index = static_cast<std::uint8_t>(ci);
            duplicate = std::exchange(have_candidate[static_cast<std::size_t>(ci)], true);
            if (static_cast<std::size_t>(ci) + 1 > out.header_candidates) out.header_candidates = static_cast<std::size_t>(ci) + 1;
        } else {
            warn(name.empty() ? std::to_string(out.columns.size() + 1) : quote_value(name), csv_reason::unknown_column);
        }
        if (duplicate) return {out.columns.size() + 1, name, &csv_reason::header_duplicate};
        out.columns.push_back(col);
    }
    if (!have_code) return {0, "kode_tps", &csv_reason::header_missing_code};
    if (!have_kontes) return {0, "kontes", &csv_reason::header_missing_kontes};
    for (std::size_t i = 0; i < out.header_candidates; ++i)
        if (!have_candidate[i]) {
            warn(std::string{candidate_column_names[i]}, csv_reason::candidate_gap);
            break;
        }
    out.has_blank_column = have_blank;
    out.has_paslon_column = have_paslon;
    out.have_field = have_field;
    while (out.leading_candidates < max_candidates && have_candidate[out.leading_candidates]) ++out.leading_candidates;
    out.have_candidate = have_candidate;
    for (std::size_t k = 0; k < out.columns.size(); ++k) {
        const auto c = out.columns[k];
        switch (c.kind) {
        case csv_column_kind::count: out.numeric_columns.push_back({k, c.index, max_figure}); break;
        case csv_column_kind::flag: out.numeric_columns.push_back({k, c.index, 1}); break;
        case csv_column_kind::candidate: out.numeric_columns.push_back({k, field_count + std::size_t{c.index}, max_figure}); break;
        case csv_column_kind::blank: out.numeric_columns.push_back({k, blank_slot, max_figure}); break;
        case csv_column_kind::paslon: out.numeric_columns.push_back({k, paslon_slot, max_candidates}); break;
        case csv_column_kind::code:
        case csv_column_kind::contest:
        case csv_column_kind::gangguan:
        case csv_column_kind::tahap: out.text_columns.push_back({k, c.index, c.kind}); break;
        case csv_column_kind::ignored: break;
        }
    }
    for (const auto& nc : out.numeric_columns)  // four-digit cells are far below INT32_MAX
        out.numeric_limit.push_back(static_cast<std::int32_t>(std::min<std::uint64_t>(nc.max, 0x7FFFFFFF)));
    if (out.columns.size() <= max_wide_columns)
        for (std::size_t k = 0; k < out.numeric_columns.size(); k += 16) {
            wide_group& g = out.wide_groups.emplace_back();
            g.cells = std::min<std::size_t>(16, out.numeric_columns.size() - k);
            for (std::size_t j = 0; j < 16; ++j) {
                const std::size_t at = j < g.cells ? k + j : k;  // spare lanes repeat the first cell
                const auto col = static_cast<std::uint8_t>(out.numeric_columns[at].column);
                for (std::size_t b = 0; b < 4; ++b) {
                    g.end_index[4 * j + b] = static_cast<std::uint8_t>(col + 1);
                    g.begin_index[4 * j + b] = col;
                }
                g.limit[j] = out.numeric_limit[at];
            }
        }
    for (std::size_t g = 0; g + 4 <= out.numeric_columns.size(); g += 4) {
        const std::size_t c = out.numeric_columns[g].column;
        bool adjacent = true;
        for (std::size_t j = 1; j < 4; ++j) adjacent &= out.numeric_columns[g + j].column == c + j;
        out.numeric_group.push_back(adjacent ? static_cast<std::uint32_t>(c) : no_group);
    }
    for (std::size_t f = 0; f < field_count; ++f)
        if (have_field[f]) out.fields_present.push_back(static_cast<std::uint8_t>(f));
    for (auto& t : out.text_columns)
        if (t.kind == csv_column_kind::gangguan || t.kind == csv_column_kind::tahap)
            t.present = static_cast<std::size_t>(
                std::find(out.fields_present.begin(), out.fields_present.end(), static_cast<std::uint8_t>(t.slot)) -
                out.fields_present.begin());
    for (std::size_t k = 0; k < out.numeric_columns.size(); ++k) {
        const std::size_t slot = out.numeric_columns[k].slot;
        if (slot >= field_count && slot < blank_slot) out.candidate_numeric[slot - field_count] = k;
        else if (slot == blank_slot) out.blank_numeric = k;
        else if (slot == paslon_slot) out.paslon_numeric = k;
    }
    return {};
}

/// How a rejection names 1-based column `column`: by its header name, or by its number (an
/// ignored column, a cell beyond the header).
[[nodiscard]] inline std::string column_name(const csv_layout& layout, std::size_t column) {
    if (column >= 1 && column <= layout.columns.size()) {
        const auto c = layout.columns[column - 1];
        switch (c.kind) {
        case csv_column_kind::code: return "kode_tps";
        case csv_column_kind::contest: return "kontes";
        case csv_column_kind::count:
        case csv_column_kind::flag:
        case csv_column_kind::gangguan:
        case csv_column_kind::tahap: return std::string{field_names[c.index]};
        case csv_column_kind::candidate: return std::string{candidate_column_names[c.index]};
        case csv_column_kind::blank: return std::string{blank_column_name};
        case csv_column_kind::paslon: return std::string{paslon_column_name};
        case csv_column_kind::ignored: break;
        }
    }
    return std::to_string(column);
}

/// The 1-based position of the column of `kind` (and candidate index `i`), 0 if none.
[[nodiscard]] inline std::size_t column_position(const csv_layout& layout, csv_column_kind kind, std::size_t i) noexcept {
    for (std::size_t k = 0; k < layout.columns.size(); ++k)
        if (layout.columns[k].kind == kind && (kind != csv_column_kind::candidate || layout.columns[k].index == i)) return k + 1;
    return 0;
}

}  // namespace suara::io::detail

#endif  // SUARA_IO_CSV_LAYOUT_HPP
