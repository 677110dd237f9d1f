// suara — internal: the general row path of the C.Hasil CSV reader: quotes, incident words,
// and every fault with its place.
// Distributed under the Boost Software License, Version 1.0.
//
// Reads any row the fast paths (io/csv/row_sse2.hpp, io/csv/row_avx512.hpp) leave, cell by cell
// in the one cell grammar (io/csv/cells.hpp), into a row of its own; the first fault is the row's
// rejection.
#ifndef SUARA_IO_CSV_ROW_GENERAL_HPP
#define SUARA_IO_CSV_ROW_GENERAL_HPP

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <suara/core/kontes.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/io/csv/cells.hpp>
#include <suara/io/csv/layout.hpp>
#include <suara/io/csv/options.hpp>
#include <suara/form/field.hpp>
#include <suara/form/sheet.hpp>

namespace suara::io::detail {

/// The cells of one row read by the general path: figures, candidate votes, the blank column and
/// jumlah_paslon by slot (csv_layout's slots), the code and the contest.
struct row_cells {
    std::array<std::uint32_t, paslon_slot + 1> vals;
    std::optional<tps_code> code;
    std::optional<kontes> contest;
};

/// One administration field's cell by its column kind (count, flag, gangguan, tahap): empty is
/// missing; the fault, if any, is returned (nullptr: none). Shared by every CSV reader of sheets
/// (this general path, the legislative reader), so a field's cell has one grammar and one reason.
inline const bilingual* parse_field_cell(csv_column_kind kind, std::string_view cell, std::uint32_t& out) noexcept {
    const bilingual* err = nullptr;
    switch (kind) {
    case csv_column_kind::count: parse_count(cell, out, err); break;
    case csv_column_kind::flag:
        // Read as a count first (so "01" means 1 on every row path), then held to 0/1.
        if (parse_count(cell, out, err) && out != missing_figure && out > 1) err = &csv_reason::bad_flag;
        if (err == &csv_reason::not_a_number || err == &csv_reason::negative || err == &csv_reason::out_of_range)
            err = &csv_reason::bad_flag;
        break;
    case csv_column_kind::gangguan:
        if (cell.empty()) out = missing_figure;
        else if (cell == to_string(suara::gangguan::bencana)) out = 1;
        else if (cell == to_string(suara::gangguan::kerusuhan)) out = 2;
        else if (cell == to_string(suara::gangguan::keamanan)) out = 3;
        else err = &csv_reason::bad_gangguan;
        break;
    case csv_column_kind::tahap:
        if (cell.empty()) out = missing_figure;
        else if (cell == to_string(suara::gangguan_tahap::sebagian)) out = 1;
        else if (cell == to_string(suara::gangguan_tahap::seluruh)) out = 2;
        else err = &csv_reason::bad_tahap;
        break;
    default: break;
    }
    return err;
}

/// Reads `line` into `r` (whose blank and jumlah_paslon slots start missing; the other slots are
/// those of the layout's columns, each written). The fault, if any, rejects the row; its value
/// may view `scratch`.
inline cell_fault parse_row_general(const csv_layout& layout, std::string_view line, std::string& scratch, row_cells& r) {
    std::uint32_t* const fig = r.vals.data();
    std::uint32_t* const votes = r.vals.data() + field_count;
    return read_csv_cells(line, layout.columns.size(), scratch, [&](std::size_t col, std::string_view cell) {
        const bilingual* err = nullptr;
        const auto c = layout.columns[col];
        switch (c.kind) {
        case csv_column_kind::ignored: break;
        case csv_column_kind::code:
            if (cell.empty()) err = &csv_reason::missing_code;
            else if (!(r.code = tps_code::parse(cell))) err = &csv_reason::bad_code;
            break;
        case csv_column_kind::contest:
            if (cell.empty()) err = &csv_reason::missing_kontes;
            else if (!(r.contest = kontes_from_string(cell))) err = &csv_reason::unknown_kontes;
            break;
        case csv_column_kind::count:
        case csv_column_kind::flag:
        case csv_column_kind::gangguan:
        case csv_column_kind::tahap: err = parse_field_cell(c.kind, cell, fig[c.index]); break;
        case csv_column_kind::candidate: parse_count(cell, votes[c.index], err); break;
        case csv_column_kind::blank: parse_count(cell, r.vals[blank_slot], err); break;
        case csv_column_kind::paslon:
            if (parse_count(cell, r.vals[paslon_slot], err) && r.vals[paslon_slot] != missing_figure &&
                r.vals[paslon_slot] > max_candidates)
                err = &csv_reason::bad_paslon;
            if (err == &csv_reason::not_a_number || err == &csv_reason::negative || err == &csv_reason::out_of_range)
                err = &csv_reason::bad_paslon;
            break;
        }
        return err;
    });
}

}  // namespace suara::io::detail

#endif  // SUARA_IO_CSV_ROW_GENERAL_HPP
