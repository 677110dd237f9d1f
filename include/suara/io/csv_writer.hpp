// suara — writes results sheets as C.Hasil CSV (docs/formats.md), the reader's inverse.
// Distributed under the Boost Software License, Version 1.0.
//
// Missing figures are written as empty cells, never as 0. The two disturbance columns are
// written as their words; their code 0 (none) is the empty cell, as formats.md lists it, and
// reads back as missing (not reported) — the same to every rule. With `csv_columns::used` (the default)
// a field column is written only when some sheet knows it, which keeps a sheet without incident
// data (Sirekap) missing after a round trip. Round trip write -> read gives identical sheets.
#ifndef SUARA_IO_CSV_WRITER_HPP
#define SUARA_IO_CSV_WRITER_HPP

#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

#include <suara/form/batch.hpp>
#include <suara/core/kontes.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/form/field.hpp>
#include <suara/form/finding.hpp>
#include <suara/form/sheet.hpp>
#include <suara/form/sheet_like.hpp>

namespace suara::io {

namespace detail {
/// Appends `v` in decimal.
inline void append_number(std::string& buf, std::uint64_t v) {
    char tmp[24];
    const auto r = std::to_chars(tmp, tmp + sizeof tmp, v);
    buf.append(tmp, r.ptr);
}
/// Appends a TPS code as its 13 digits.
inline void append_code(std::string& buf, tps_code c) {
    char tmp[13];
    std::uint64_t v = c.number();
    for (int i = 12; i >= 0; --i) {
        tmp[i] = static_cast<char>('0' + v % 10);
        v /= 10;
    }
    buf.append(tmp, 13);
}
/// Appends the cell of field `f` holding `v`: nothing for missing, the word of a disturbance
/// code, else the number. Every CSV writer of sheets writes a field's cell here.
inline void append_field_cell(std::string& buf, field f, std::uint32_t v) {
    if (v == missing_figure) return;
    switch (form_of(f)) {
    case field_form::gangguan: buf += to_string(static_cast<gangguan>(v)); break;
    case field_form::gangguan_tahap: buf += to_string(static_cast<gangguan_tahap>(v)); break;
    case field_form::count:
    case field_form::flag: append_number(buf, v); break;
    }
}
}  // namespace detail

/// Which field columns a file gets: every field, or those known in at least one sheet.
enum class csv_columns : unsigned char { all, used };

/// The layout of a file: which field columns, how many candidate columns, a blank column, and
/// whether each row states its number of candidates (the `jumlah_paslon` extension column,
/// needed when rows have different numbers: the reader otherwise takes the header's count).
struct csv_layout {
    std::array<bool, field_count> fields{};  ///< Which field columns are written.
    std::size_t candidates = 0;  ///< Candidate columns (suara_1 ... suara_N).
    bool blank = false;  ///< Whether a blank column (suara_kosong) is written.
    bool candidate_counts = false;  ///< Whether the `jumlah_paslon` column is written.

    /// Widens the layout to hold `s`.
    template <sheet_like S>
    void include(const S& s, csv_columns which) {
        for (std::size_t f = 0; f < field_count; ++f)
            if (which == csv_columns::all || s.figure(static_cast<field>(f)) != missing_figure) fields[f] = true;
        if (seen_ && s.candidate_count() != first_count_) candidate_counts = true;
        if (!seen_) first_count_ = s.candidate_count();
        seen_ = true;
        if (s.candidate_count() > candidates) candidates = s.candidate_count();
        if (s.has_blank()) blank = true;
    }

private:
    bool seen_ = false;
    std::size_t first_count_ = 0;
};

/// Buffered CSV writer: `header()` once, then `row(s)` per sheet; flushes in 1 MiB pieces.
class csv_writer {
public:
    /// A writer of this layout to `out`.
    csv_writer(std::ostream& out, csv_layout layout) : out_{&out}, layout_{layout} { buf_.reserve(buffer_bytes + 4096); }
    csv_writer(const csv_writer&) = delete;
    csv_writer& operator=(const csv_writer&) = delete;
    ~csv_writer() { flush(); }

    /// Writes the header line.
    void header() {
        buf_ += "kode_tps,kontes";
        for (std::size_t f = 0; f < field_count; ++f)
            if (layout_.fields[f]) {
                buf_ += ',';
                buf_ += field_names[f];
            }
        if (layout_.candidate_counts) buf_ += ",jumlah_paslon";
        for (std::size_t i = 0; i < layout_.candidates; ++i) {
            buf_ += ',';
            buf_ += candidate_column_names[i];
        }
        if (layout_.blank) {
            buf_ += ',';
            buf_ += blank_column_name;
        }
        buf_ += '\n';
    }

    /// Writes one sheet or batch row.
    template <sheet_like S>
    void row(const S& s) {
        append_code_(s.code());
        buf_ += ',';
        buf_ += to_string(s.kontes_code());
        for (std::size_t f = 0; f < field_count; ++f) {
            if (!layout_.fields[f]) continue;
            buf_ += ',';
            detail::append_field_cell(buf_, static_cast<field>(f), s.figure(static_cast<field>(f)));
        }
        if (layout_.candidate_counts) {
            buf_ += ',';
            append_number_(s.candidate_count());
        }
        for (std::size_t i = 0; i < layout_.candidates; ++i) {
            buf_ += ',';
            if (i < s.candidate_count() && s.candidate_figure(i) != missing_figure) append_number_(s.candidate_figure(i));
        }
        if (layout_.blank) {
            buf_ += ',';
            if (s.has_blank() && s.blank_figure() != missing_figure) append_number_(s.blank_figure());
        }
        buf_ += '\n';
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

    void append_number_(std::uint64_t v) { detail::append_number(buf_, v); }
    void append_code_(tps_code c) { detail::append_code(buf_, c); }

    std::ostream* out_;
    csv_layout layout_;
    std::string buf_;
};

/// Writes a whole batch: header plus one row per sheet.
inline void write_csv(std::ostream& out, const sheet_batch& b, csv_columns which = csv_columns::used) {
    csv_layout layout;
    for (std::size_t i = 0; i < b.size(); ++i) layout.include(b.row(i), which);
    csv_writer w{out, layout};
    w.header();
    for (std::size_t i = 0; i < b.size(); ++i) w.row(b.row(i));
}

/// Writes sheets (any contiguous range of `sheet`).
inline void write_csv(std::ostream& out, std::span<const sheet> sheets, csv_columns which = csv_columns::used) {
    csv_layout layout;
    for (const auto& s : sheets) layout.include(s, which);
    csv_writer w{out, layout};
    w.header();
    for (const auto& s : sheets) w.row(s);
}

}  // namespace suara::io

#endif  // SUARA_IO_CSV_WRITER_HPP
