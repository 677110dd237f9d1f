// suara — writes legislative results sheets (DPR, DPRD, DPD) as the legislative C.Hasil CSV
// (docs/formats.md, "Legislative CSV"), the inverse of io/legislative_csv_reader.hpp.
// Distributed under the Boost Software License, Version 1.0.
//
// Long format: per sheet one administration row (empty nomor_urut) and one row per figure (per
// party its party-only row, nomor_urut 0, carrying the written total in total_partai, and one
// row per candidate; per DPD candidate one row), so that every value of the `suara` column adds
// up: a group-by sum is a party's or a sheet's sum, never a double count. Every candidate of a
// party or DPD sheet gets its row, a missing figure as an empty cell (never 0), so the reader
// finds the number of candidates again. Round trip write -> read gives identical sheets.
#ifndef SUARA_IO_LEGISLATIVE_CSV_WRITER_HPP
#define SUARA_IO_LEGISLATIVE_CSV_WRITER_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

#include <suara/core/kontes.hpp>
#include <suara/form/field.hpp>
#include <suara/form/legislative_batch.hpp>
#include <suara/form/legislative_sheet.hpp>
#include <suara/form/sheet.hpp>
#include <suara/io/csv_writer.hpp>

namespace suara::io {

/// The leading columns of a legislative CSV file, in order; the administration field columns
/// (form/field.hpp names, as in the C.Hasil CSV) follow.
inline constexpr std::array<std::string_view, 7> legislative_csv_key_columns{
    "kode_tps", "kontes", "kode_dapil", "nomor_partai", "nomor_urut", "suara", "total_partai"};

/// Which administration field columns a legislative file gets (every field, or those known in
/// at least one sheet: csv_columns).
struct legislative_csv_layout {
    std::array<bool, field_count> fields{};  ///< Which field columns are written.

    /// Widens the layout to hold `s`.
    template <legislative_like L>
    void include(const L& s, csv_columns which) {
        for (std::size_t f = 0; f < field_count; ++f)
            if (which == csv_columns::all || s.figure(static_cast<field>(f)) != missing_figure) fields[f] = true;
    }
};

/// Buffered legislative CSV writer: `header()` once, then `sheet(s)` per sheet; flushes in 1 MiB
/// pieces.
class legislative_csv_writer {
public:
    /// A writer of this layout to `out`.
    legislative_csv_writer(std::ostream& out, legislative_csv_layout layout) : out_{&out}, layout_{layout} {
        buf_.reserve(buffer_bytes + 4096);
    }
    legislative_csv_writer(const legislative_csv_writer&) = delete;
    legislative_csv_writer& operator=(const legislative_csv_writer&) = delete;
    ~legislative_csv_writer() { flush(); }

    /// Writes the header line.
    void header() {
        for (std::size_t i = 0; i < legislative_csv_key_columns.size(); ++i) {
            if (i > 0) buf_ += ',';
            buf_ += legislative_csv_key_columns[i];
        }
        for (std::size_t f = 0; f < field_count; ++f)
            if (layout_.fields[f]) {
                buf_ += ',';
                buf_ += field_names[f];
            }
        buf_ += '\n';
    }

    /// Writes one sheet (any legislative_like: a legislative_sheet, a batch row): its
    /// administration row, then its figure rows.
    template <legislative_like L>
    void sheet(const L& s) {
        // The administration row: no party, no nomor_urut, no suara, the fields.
        key_(s);
        buf_ += ",,,,";
        for (std::size_t f = 0; f < field_count; ++f) {
            if (!layout_.fields[f]) continue;
            buf_ += ',';
            detail::append_field_cell(buf_, static_cast<field>(f), s.figure(static_cast<field>(f)));
        }
        buf_ += '\n';
        for (std::size_t p = 0; p < s.party_count(); ++p) {
            const unsigned party = s.party_at(p).value();
            figure_row_(s, party, 0, s.party_figure(p), s.party_total(p));
            for (std::size_t c = 0; c < s.party_candidate_count(p); ++c)
                figure_row_(s, party, c + 1, s.party_candidate_figure(p, c), missing_figure);
        }
        for (std::size_t c = 0; c < s.candidate_count(); ++c) figure_row_(s, 0, c + 1, s.candidate_figure(c), missing_figure);
        if (buf_.size() >= buffer_bytes) flush();
    }

    /// Writes what is buffered to the stream.
    void flush() {
        if (buf_.empty()) return;
        out_->write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
        buf_.clear();
    }

private:
    static constexpr std::size_t buffer_bytes = std::size_t{1} << 20;

    template <legislative_like L>
    void key_(const L& s) {
        detail::append_code(buf_, s.code());
        buf_ += ',';
        buf_ += to_string(s.kontes_code());
        buf_ += ',';
        // A dapil code is printable ASCII without quotes (core/dapil.hpp); a comma needs quoting.
        const std::string_view d = s.dapil();
        const bool quote = d.find(',') != std::string_view::npos;
        if (quote) buf_ += '"';
        buf_ += d;
        if (quote) buf_ += '"';
    }

    // party 0: a DPD row (no nomor_partai).
    template <legislative_like L>
    void figure_row_(const L& s, unsigned party, std::size_t urut, std::uint32_t votes, std::uint32_t total) {
        key_(s);
        buf_ += ',';
        if (party != 0) detail::append_number(buf_, party);
        buf_ += ',';
        detail::append_number(buf_, urut);
        buf_ += ',';
        if (votes != missing_figure) detail::append_number(buf_, votes);
        buf_ += ',';
        if (total != missing_figure) detail::append_number(buf_, total);
        for (std::size_t f = 0; f < field_count; ++f)
            if (layout_.fields[f]) buf_ += ',';
        buf_ += '\n';
    }

    std::ostream* out_;
    legislative_csv_layout layout_;
    std::string buf_;
};

/// Writes a whole batch: header plus the rows of every sheet.
inline void write_legislative_csv(std::ostream& out, const legislative_batch& b, csv_columns which = csv_columns::used) {
    legislative_csv_layout layout;
    for (std::size_t i = 0; i < b.size(); ++i) layout.include(b.row(i), which);
    legislative_csv_writer w{out, layout};
    w.header();
    for (std::size_t i = 0; i < b.size(); ++i) w.sheet(b.row(i));
}

/// Writes sheets (any contiguous range of `legislative_sheet`).
inline void write_legislative_csv(std::ostream& out, std::span<const legislative_sheet> sheets,
                                  csv_columns which = csv_columns::used) {
    legislative_csv_layout layout;
    for (const auto& s : sheets) layout.include(s, which);
    legislative_csv_writer w{out, layout};
    w.header();
    for (const auto& s : sheets) w.sheet(s);
}

}  // namespace suara::io

#endif  // SUARA_IO_LEGISLATIVE_CSV_WRITER_HPP
