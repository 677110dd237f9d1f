// suara — internal: the CSV cell grammar, one for every CSV input suara reads.
// Distributed under the Boost Software License, Version 1.0.
//
// A record is one line (io/csv/lines.hpp); its cells are separated by commas. A cell that starts
// with a quote is quoted: it may hold commas and doubled quotes ("") and must end at its closing
// quote, followed by a comma or the end of the line. Any other cell runs to the next comma, quotes
// included. No cell holds a line break (docs/formats.md). The C.Hasil reader's general row path
// and header, the recap CSV and the TPS code list (bulk/rollup_input.hpp) read cells here, so a
// fault has one reason and one place in all of them.
#ifndef SUARA_IO_CSV_CELLS_HPP
#define SUARA_IO_CSV_CELLS_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <suara/core/text.hpp>
#include <suara/io/csv/options.hpp>
#include <suara/form/sheet.hpp>

namespace suara::io::detail {

/// The first fault of a line: its 1-based column (beyond the header's columns: the first extra
/// one), the offending text and why. No reason: no fault.
struct cell_fault {
    std::size_t column = 0;
    std::string_view value;
    const bilingual* reason = nullptr;
};

/// The next cell of `line` from `pos`, advancing `pos` past its comma; `last` is set when the
/// line ended. A quoted cell is unescaped into `scratch` (the cell then views it, until the next
/// quoted cell). False on a quoting fault: `err` says which, `cell` is the text at fault.
inline bool next_csv_cell(std::string_view line, std::size_t& pos, std::string_view& cell, bool& last,
                          const bilingual*& err, std::string& scratch) {
    const char* s = line.data();
    const std::size_t n = line.size();
    if (pos < n && s[pos] == '"') {
        scratch.clear();
        std::size_t i = pos + 1;
        for (;;) {
            if (i >= n) {
                err = &csv_reason::unterminated_quote;
                cell = line.substr(pos);
                return false;
            }
            if (s[i] == '"') {
                if (i + 1 < n && s[i + 1] == '"') {
                    scratch += '"';
                    i += 2;
                    continue;
                }
                ++i;
                break;
            }
            scratch += s[i++];
        }
        cell = scratch;
        if (i == n) {
            last = true;
            pos = n;
        } else if (s[i] == ',') {
            pos = i + 1;
        } else {
            err = &csv_reason::bad_quote;
            cell = line.substr(pos, i - pos + 1);
            return false;
        }
        return true;
    }
    // Cells are a few bytes: a plain loop beats a memchr call per cell.
    std::size_t e = pos;
    while (e < n && s[e] != ',') ++e;
    cell = std::string_view{s + pos, e - pos};
    if (e >= n) {
        pos = n;
        last = true;
    } else {
        pos = e + 1;
    }
    return true;
}

/// The cells of a line under a header of `columns` columns, in order: `on_cell(column, cell)`
/// (0-based column) returns the cell's own fault or nullptr. Stops at the first fault: a quoting
/// fault, the cell's own, fewer cells than columns (named by the first missing column, no value)
/// or more (named by the first extra column, the rest of the line as its value).
template <class OnCell>
cell_fault read_csv_cells(std::string_view line, std::size_t columns, std::string& scratch, OnCell&& on_cell) {
    std::size_t pos = 0;
    bool last = false;
    for (std::size_t col = 0; col < columns; ++col) {
        if (last) return {col + 1, std::string_view{}, &csv_reason::too_few_columns};
        std::string_view cell;
        const bilingual* err = nullptr;
        if (!next_csv_cell(line, pos, cell, last, err, scratch)) return {col + 1, cell, err};
        if (const bilingual* fault = on_cell(col, cell); fault != nullptr) return {col + 1, cell, fault};
    }
    if (!last) return {columns + 1, line.substr(pos), &csv_reason::too_many_columns};
    return {};
}

/// A count cell: empty -> missing; digits -> a value up to max_figure. False with the reason
/// otherwise (not a number, negative, beyond max_figure).
inline bool parse_count(std::string_view cell, std::uint32_t& out, const bilingual*& err) noexcept {
    if (cell.empty()) {
        out = missing_figure;
        return true;
    }
    const char* s = cell.data();
    std::size_t n = cell.size();
    std::size_t i = 0;
    bool neg = false;
    if (s[0] == '-') {
        neg = true;
        i = 1;
        if (n == 1) {
            err = &csv_reason::not_a_number;
            return false;
        }
    }
    std::uint64_t v = 0;
    bool big = false;
    for (; i < n; ++i) {
        const unsigned d = static_cast<unsigned char>(s[i]) - unsigned{'0'};
        if (d > 9) {
            err = &csv_reason::not_a_number;
            return false;
        }
        if (!big) {
            v = v * 10 + d;
            if (v > max_figure) big = true;
        }
    }
    if (neg) {
        err = v == 0 && !big ? &csv_reason::not_a_number : &csv_reason::negative;
        return false;
    }
    if (big) {
        err = &csv_reason::out_of_range;
        return false;
    }
    out = static_cast<std::uint32_t>(v);
    return true;
}

}  // namespace suara::io::detail

#endif  // SUARA_IO_CSV_CELLS_HPP
