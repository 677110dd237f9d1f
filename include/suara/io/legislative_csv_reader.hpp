// suara — the legislative C.Hasil CSV reader (docs/formats.md, "Legislative CSV"): DPR, DPRD
// Provinsi, DPRD Kab/Kota and DPD sheets in long format, streamed into legislative_batch.
// Distributed under the Boost Software License, Version 1.0.
//
// One sheet is many rows (its administration row and one row per figure), so a record of this
// reader is a sheet: the rows of one kode_tps + kontes, which must follow each other (in any
// order among themselves) so that memory stays bounded: one sheet being assembled, one batch of
// `batch_rows` sheets (reused), the line feeder's one block and the key set of the sheets seen
// (16 bytes a sheet, io/csv/keys.hpp) to refuse a sheet whose rows come apart. The first bad
// row of a sheet rejects the sheet (file, line, column, value, bilingual reason), its later
// rows are part of that rejected record; a row whose kode_tps or kontes cannot be read belongs
// to no sheet and is a rejected record of its own. `read == validated + rejected` always holds.
// Lines, cells and figures are read by the C.Hasil reader's own parts (io/csv/lines.hpp,
// io/csv/cells.hpp, io/csv/row_general.hpp), with its reasons where the fault is the same.
// csv_options::parse_threads and isa do not apply (one thread, one row path).
#ifndef SUARA_IO_LEGISLATIVE_CSV_READER_HPP
#define SUARA_IO_LEGISLATIVE_CSV_READER_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <istream>
#include <limits>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <suara/core/dapil.hpp>
#include <suara/core/kontes.hpp>
#include <suara/core/text.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/form/ballot_number.hpp>
#include <suara/form/field.hpp>
#include <suara/form/legislative_batch.hpp>
#include <suara/form/legislative_sheet.hpp>
#include <suara/io/csv/cells.hpp>
#include <suara/io/csv/keys.hpp>
#include <suara/io/csv/layout.hpp>
#include <suara/io/csv/lines.hpp>
#include <suara/io/csv/options.hpp>
#include <suara/io/csv/whole.hpp>
#include <suara/io/csv/row_general.hpp>
#include <suara/io/report.hpp>

namespace suara::io {

/// Why a legislative CSV row, sheet or header was rejected (the C.Hasil reader's csv_reason
/// where the fault is the same: a bad number, code, contest, quote, column count).
namespace legislative_csv_reason {
/// Rejection: the contest is not a legislative one.
inline constexpr bilingual not_legislative{"kontes bukan kontes legislatif (pdpr, pdprdp, pdprdk, pdpd)",
                                           "not a legislative contest (pdpr, pdprdp, pdprdk, pdpd)"};
static_assert(max_ballot_parties == 24, "the nomor_partai message below names the limit");
/// Rejection: nomor_partai is not a party number.
inline constexpr bilingual bad_party{"nomor_partai harus bilangan 1 sampai 24", "nomor_partai must be a number from 1 to 24"};
static_assert(max_party_candidates == 12 && max_dpd_candidates == 64, "the nomor_urut message below names the limits");
/// Rejection: nomor_urut is not a ballot number of the row's kind.
inline constexpr bilingual bad_urut{"nomor_urut harus bilangan 0 sampai 12 pada baris partai, 1 sampai 64 pada baris DPD",
                                    "nomor_urut must be a number from 0 to 12 on a party row, 1 to 64 on a DPD row"};
/// Rejection: a DPD row names a party.
inline constexpr bilingual dpd_with_party{"baris DPD tidak memuat nomor_partai", "a DPD row has no nomor_partai"};
/// Rejection: a DPR or DPRD figure row names no party.
inline constexpr bilingual party_missing{"baris angka DPR/DPRD harus memuat nomor_partai",
                                         "a DPR/DPRD figure row needs nomor_partai"};
/// Rejection: a figure on the administration row.
inline constexpr bilingual admin_row_figure{"baris administrasi (nomor_urut kosong) tidak memuat nomor_partai, suara atau total_partai",
                                            "the administration row (empty nomor_urut) has no nomor_partai, suara or total_partai"};
/// Rejection: an administration field on a figure row.
inline constexpr bilingual field_on_figure_row{"angka administrasi hanya pada baris administrasi (nomor_urut kosong)",
                                               "administration figures belong on the administration row (empty nomor_urut)"};
/// Rejection: total_partai off the party-only row.
inline constexpr bilingual total_off_party_row{"total_partai hanya pada baris partai (nomor_urut 0)",
                                               "total_partai belongs on the party row (nomor_urut 0)"};
/// Rejection: the same row twice in one sheet (names the first line).
inline constexpr bilingual repeated_row{"baris ini sudah ada pada lembar yang sama", "row already given for this sheet"};
/// Rejection: rows of a sheet after other sheets' rows (names the sheet's first line).
inline constexpr bilingual not_contiguous{"baris lembar ini terpisah: lembar kode_tps dan kontes ini sudah berakhir",
                                          "rows of this sheet are apart: this kode_tps and kontes sheet already ended"};
/// Rejection: a kode_dapil that is not a dapil code.
inline constexpr bilingual bad_dapil{"kode_dapil harus paling banyak 15 karakter ASCII cetak tanpa tanda kutip",
                                     "kode_dapil must be at most 15 printable ASCII characters without quotes"};
/// Rejection: kode_dapil differs between rows of one sheet (names the sheet's first line).
inline constexpr bilingual dapil_differs{"kode_dapil berbeda di dalam satu lembar", "kode_dapil differs within one sheet"};
/// Rejection: the header lacks nomor_partai, nomor_urut or suara; file not read.
inline constexpr bilingual header_missing_column{"header tidak memuat kolom wajib; berkas tidak dibaca",
                                                 "header lacks a required column; file not read"};
}  // namespace legislative_csv_reason

/// True when `first_line` (a CSV file's header, a byte-order mark allowed) is the header of a
/// legislative CSV: it names both `kode_tps` and `nomor_urut` (the C.Hasil CSV has no
/// `nomor_urut`). What a caller that takes either file uses to pick the reader.
[[nodiscard]] inline bool is_legislative_csv_header(std::string_view first_line) {
    if (first_line.size() >= 3 && first_line.substr(0, 3) == "\xEF\xBB\xBF") first_line.remove_prefix(3);
    if (const auto nl = first_line.find_first_of("\r\n"); nl != std::string_view::npos) first_line = first_line.substr(0, nl);
    std::string scratch;
    std::size_t pos = 0;
    bool last = false, code = false, urut = false;
    while (!last) {
        std::string_view cell;
        const bilingual* err = nullptr;
        if (!detail::next_csv_cell(first_line, pos, cell, last, err, scratch)) return false;
        code = code || cell == "kode_tps";
        urut = urut || cell == "nomor_urut";
    }
    return code && urut;
}

namespace detail {

enum class leg_column : std::uint8_t { ignored, code, contest, dapil, party, urut, votes, total, field };

struct leg_layout {
    struct column {
        leg_column kind = leg_column::ignored;
        csv_column_kind field_kind = csv_column_kind::ignored;  // for a field column
        std::uint8_t field = 0;
    };
    std::vector<column> columns;
    std::vector<std::string> names;  // each column's name, for messages
};

/// Reads the header of a legislative file. The fault, if any, makes the file unreadable.
template <class Warn>
cell_fault read_legislative_header(std::string_view line, std::string& scratch, leg_layout& out, Warn&& warn) {
    out = leg_layout{};
    std::array<bool, 8> have{};  // by leg_column
    std::array<bool, field_count> have_field{};
    std::size_t pos = 0;
    bool last = false;
    while (!last) {
        std::string_view name;
        const bilingual* err = nullptr;
        if (!next_csv_cell(line, pos, name, last, err, scratch)) return {out.columns.size() + 1, name, &csv_reason::header_bad};
        leg_layout::column col;
        bool duplicate = false;
        constexpr std::array<std::pair<std::string_view, leg_column>, 7> keys{{{"kode_tps", leg_column::code},
                                                                               {"kontes", leg_column::contest},
                                                                               {"kode_dapil", leg_column::dapil},
                                                                               {"nomor_partai", leg_column::party},
                                                                               {"nomor_urut", leg_column::urut},
                                                                               {"suara", leg_column::votes},
                                                                               {"total_partai", leg_column::total}}};
        for (const auto& [key, kind] : keys)
            if (name == key) col.kind = kind;
        if (col.kind != leg_column::ignored) {
            duplicate = std::exchange(have[static_cast<std::size_t>(col.kind)], true);
        } else if (auto f = field_from_string(name)) {
            col.kind = leg_column::field;
            switch (form_of(*f)) {
            case field_form::count: col.field_kind = csv_column_kind::count; break;
            case field_form::flag: col.field_kind = csv_column_kind::flag; break;
            case field_form::gangguan: col.field_kind = csv_column_kind::gangguan; break;
            case field_form::gangguan_tahap: col.field_kind = csv_column_kind::tahap; break;
            }
            col.field = static_cast<std::uint8_t>(index(*f));
            duplicate = std::exchange(have_field[index(*f)], true);
        } else {
            warn(name.empty() ? std::to_string(out.columns.size() + 1) : quote_value(name), csv_reason::unknown_column);
        }
        if (duplicate) return {out.columns.size() + 1, name, &csv_reason::header_duplicate};
        out.columns.push_back(col);
        out.names.emplace_back(name.empty() ? std::to_string(out.columns.size()) : std::string{name});
    }
    if (!have[static_cast<std::size_t>(leg_column::code)]) return {0, "kode_tps", &csv_reason::header_missing_code};
    if (!have[static_cast<std::size_t>(leg_column::contest)]) return {0, "kontes", &csv_reason::header_missing_kontes};
    for (auto [kind, name] : {std::pair{leg_column::party, "nomor_partai"}, std::pair{leg_column::urut, "nomor_urut"},
                              std::pair{leg_column::votes, "suara"}})
        if (!have[static_cast<std::size_t>(kind)]) return {0, name, &legislative_csv_reason::header_missing_column};
    return {};
}

/// One row's cells, as read.
struct leg_row {
    std::optional<tps_code> code;
    std::optional<kontes> contest;
    std::string dapil;     // copied: a later quoted cell reuses the scratch buffer
    std::string party_text, urut_text;
    std::uint32_t party = missing_figure, urut = missing_figure, votes = missing_figure, total = missing_figure;
    std::array<std::uint32_t, field_count> fields{};
    std::size_t first_field_column = 0;  // 1-based column of the first non-empty field cell; 0: none
    std::string first_field_text;
    void reset() {
        code.reset();
        contest.reset();
        dapil.clear();
        party_text.clear();
        urut_text.clear();
        party = urut = votes = total = missing_figure;
        fields.fill(missing_figure);
        first_field_column = 0;
        first_field_text.clear();
    }
};

/// The sheet being assembled from its rows (in any order among themselves).
struct leg_pending {
    struct party {
        std::uint32_t party_votes = missing_figure, total = missing_figure;
        std::uint8_t candidates = 0;  // the highest nomor_urut seen
        std::array<std::uint32_t, max_party_candidates> votes{};
        std::array<std::uint64_t, max_party_candidates + 1> line{};  // by nomor_urut; 0: not seen
    };
    bool open = false;
    bool failed = false;
    std::uint64_t key = 0;
    std::uint64_t first_line = 0;
    tps_code code{};
    kontes contest{};
    std::string dapil;
    std::array<std::uint32_t, field_count> fields{};
    std::uint64_t admin_line = 0;
    std::uint32_t parties_seen = 0;  // bit p-1: party p has a row
    std::array<party, max_ballot_parties> parties{};
    std::uint8_t dpd_candidates = 0;
    std::array<std::uint32_t, max_dpd_candidates> dpd_votes{};
    std::array<std::uint64_t, max_dpd_candidates> dpd_line{};

    void start(std::uint64_t k, std::uint64_t line, tps_code c, kontes ko, std::string_view d) {
        open = true;
        failed = false;
        key = k;
        first_line = line;
        code = c;
        contest = ko;
        dapil.assign(d);
        fields.fill(missing_figure);
        admin_line = 0;
        for (std::size_t p = 0; p < max_ballot_parties; ++p)
            if ((parties_seen >> p) & 1U) parties[p] = party{};
        parties_seen = 0;
        dpd_candidates = 0;
        dpd_votes.fill(missing_figure);
        dpd_line.fill(0);
    }
};

}  // namespace detail

/// Streaming legislative CSV reader. Feed it bytes; it calls `on_batch(legislative_batch&)`
/// whenever `batch_rows` sheets are ready and once more from `finish()`, then reuses the batch.
class legislative_csv_reader {
public:
    /// A reader; `source` names the input in messages. Of `opts`, batch_rows, block_bytes,
    /// max_line_bytes, keep_limit and the callbacks apply.
    explicit legislative_csv_reader(std::string source, csv_options opts = {})
        : source_{std::move(source)}, opts_{std::move(opts)}, lines_{opts_.max_line_bytes} {
        if (opts_.batch_rows == 0) opts_.batch_rows = 1;
        if (opts_.block_bytes == 0) opts_.block_bytes = 1;
        report_.keep_limit = opts_.keep_limit;
        report_.on_rejection = opts_.on_rejection;
        report_.on_warning = opts_.on_warning;
        batch_.set_source(source_);
    }

    /// Parses every complete line of `chunk` (plus the line left over from the previous call).
    template <class OnBatch>
    void feed(std::string_view chunk, OnBatch&& on_batch) {
        lines_.feed(chunk, [&](const detail::csv_line& l) { line_(l, on_batch); });
    }

    /// Parses the last line, closes the last sheet and delivers the remaining sheets.
    template <class OnBatch>
    void finish(OnBatch&& on_batch) {
        lines_.finish([&](const detail::csv_line& l) { line_(l, on_batch); });
        close_(on_batch);
        if (header_ == header_state::awaited && !empty_warned_) {
            empty_warned_ = true;
            report_.warn({source_, 0, "", "", csv_reason::empty_file});
        }
        if (!batch_.empty()) deliver_(on_batch);
    }

    /// Reads a whole stream in `block_bytes` blocks (including `finish()`).
    template <class OnBatch>
    void read(std::istream& in, OnBatch&& on_batch) {
        std::unique_ptr<char[]> buf{new char[opts_.block_bytes]};
        while (in) {
            in.read(buf.get(), static_cast<std::streamsize>(opts_.block_bytes));
            const auto got = static_cast<std::size_t>(in.gcount());
            if (got == 0) break;
            feed(std::string_view{buf.get(), got}, on_batch);
        }
        finish(on_batch);
    }

    /// Reads a whole C stdio file in blocks (including `finish()`).
    template <class OnBatch>
    void read(std::FILE* f, OnBatch&& on_batch) {
        std::unique_ptr<char[]> buf{new char[opts_.block_bytes]};
        for (;;) {
            const std::size_t got = std::fread(buf.get(), 1, opts_.block_bytes, f);
            if (got == 0) break;
            feed(std::string_view{buf.get(), got}, on_batch);
        }
        finish(on_batch);
    }

    /// What has been read, rejected and warned about so far (records are sheets).
    [[nodiscard]] const read_report& report() const noexcept { return report_; }
    /// The same, writable (to merge or to move out).
    [[nodiscard]] read_report& report() noexcept { return report_; }
    /// The input's name.
    [[nodiscard]] const std::string& source() const noexcept { return source_; }
    /// True when the header could not be read: the file then holds no record the reader can read.
    [[nodiscard]] bool header_failed() const noexcept { return header_ == header_state::failed; }
    /// Lines seen so far (the header included).
    [[nodiscard]] std::size_t lines() const noexcept { return lines_.count(); }

private:
    enum class header_state : std::uint8_t { awaited, read, failed };

    template <class OnBatch>
    void line_(const detail::csv_line& l, OnBatch& on_batch) {
        if (header_ == header_state::failed) return;
        if (header_ == header_state::awaited) {
            if (l.too_long) fail_header_(l.number, {0, l.text, &csv_reason::line_too_long});
            else if (!l.text.empty()) read_header_(l);
            return;
        }
        if (l.too_long) {  // belongs to no sheet that can be named
            report_.reject({source_, l.number, "", quote_value(l.text), csv_reason::line_too_long});
            return;
        }
        if (l.text.empty()) return;
        row_(l, on_batch);
    }

    void read_header_(const detail::csv_line& l) {
        header_ = header_state::read;
        const detail::cell_fault fault = detail::read_legislative_header(l.text, scratch_, layout_, [&](std::string column, const bilingual& why) {
            report_.warn({source_, l.number, std::move(column), "", why});
        });
        if (fault.reason != nullptr) {
            fail_header_(l.number, fault);
            return;
        }
        // A field without a column is one the file does not publish (a Sirekap-shaped file has
        // no ballot rows): record.incomplete leaves it out and the summary names the checks not
        // run, as for Sirekap's own records. Kejadian fields missing already mean "not reported".
        std::uint64_t given = 0;
        for (const auto& c : layout_.columns)
            if (c.kind == detail::leg_column::field) given |= std::uint64_t{1} << c.field;
        const std::uint64_t sheet_fields = (std::uint64_t{1} << index(first_incident_field)) - 1;
        batch_.set_unpublished(sheet_fields & ~given, "CSV");
    }

    void fail_header_(std::uint64_t line, const detail::cell_fault& fault) {
        header_ = header_state::failed;
        report_.reject({source_, line, fault.column == 0 ? std::string{} : std::to_string(fault.column), quote_value(fault.value),
                        *fault.reason});
    }

    [[nodiscard]] std::string column_name_(std::size_t column) const {
        return column >= 1 && column <= layout_.names.size() ? layout_.names[column - 1] : std::to_string(column);
    }

    // Reads the row's cells into cells_; the first fault, if any.
    detail::cell_fault parse_(std::string_view text) {
        using detail::leg_column;
        cells_.reset();
        return detail::read_csv_cells(text, layout_.columns.size(), scratch_, [&](std::size_t col, std::string_view cell) {
            const bilingual* err = nullptr;
            const auto c = layout_.columns[col];
            switch (c.kind) {
            case leg_column::ignored: break;
            case leg_column::code:
                if (cell.empty()) err = &csv_reason::missing_code;
                else if (!(cells_.code = tps_code::parse(cell))) err = &csv_reason::bad_code;
                break;
            case leg_column::contest:
                if (cell.empty()) err = &csv_reason::missing_kontes;
                else if (!(cells_.contest = kontes_from_string(cell))) err = &csv_reason::unknown_kontes;
                break;
            case leg_column::dapil: cells_.dapil.assign(cell); break;
            case leg_column::party:
                cells_.party_text.assign(cell);
                if (!detail::parse_count(cell, cells_.party, err) ||
                    (cells_.party != missing_figure && (cells_.party == 0 || cells_.party > max_ballot_parties)))
                    err = &legislative_csv_reason::bad_party;
                break;
            case leg_column::urut:
                cells_.urut_text.assign(cell);
                if (!detail::parse_count(cell, cells_.urut, err) || (cells_.urut != missing_figure && cells_.urut > max_dpd_candidates))
                    err = &legislative_csv_reason::bad_urut;
                break;
            case leg_column::votes: detail::parse_count(cell, cells_.votes, err); break;
            case leg_column::total: detail::parse_count(cell, cells_.total, err); break;
            case leg_column::field:
                err = detail::parse_field_cell(c.field_kind, cell, cells_.fields[c.field]);
                if (err == nullptr && !cell.empty() && cells_.first_field_column == 0) {
                    cells_.first_field_column = col + 1;
                    cells_.first_field_text.assign(cell);
                }
                break;
            }
            return err;
        });
    }

    template <class OnBatch>
    void row_(const detail::csv_line& l, OnBatch& on_batch) {
        const detail::cell_fault fault = parse_(l.text);
        if (!cells_.code || !cells_.contest) {  // no sheet to attach the row to: a record of its own
            // (both columns are in the header, and an empty or bad cell is a fault)
            report_.reject({source_, l.number, column_name_(fault.column), quote_value(fault.value),
                            fault.reason != nullptr ? *fault.reason : csv_reason::missing_code});
            return;
        }
        const std::uint64_t key = cells_.code->number() * 8 + static_cast<std::uint64_t>(*cells_.contest);
        if (!pending_.open || pending_.key != key) {
            close_(on_batch);
            pending_.start(key, l.number, *cells_.code, *cells_.contest, cells_.dapil);
            if (const auto first = keys_.insert(key, l.number); first != 0) {
                fail_(l.number, "kode_tps+kontes", to_string(*cells_.code) + "," + std::string{to_string(*cells_.contest)},
                      legislative_csv_reason::not_contiguous, first);
                return;
            }
            if (!is_legislative_contest(*cells_.contest)) {
                fail_(l.number, "kontes", std::string{to_string(*cells_.contest)}, legislative_csv_reason::not_legislative);
                return;
            }
        }
        if (pending_.failed) return;  // a later row of a rejected sheet: part of that record
        if (fault.reason != nullptr) {
            fail_(l.number, column_name_(fault.column), std::string{fault.value}, *fault.reason);
            return;
        }
        check_and_store_(l.number);
    }

    void check_and_store_(std::uint64_t line) {
        namespace why = legislative_csv_reason;
        if (cells_.dapil != pending_.dapil) {
            fail_(line, "kode_dapil", cells_.dapil, why::dapil_differs, pending_.first_line);
            return;
        }
        if (pending_.first_line == line && !valid_dapil_(cells_.dapil)) {
            fail_(line, "kode_dapil", cells_.dapil, why::bad_dapil);
            return;
        }
        const bool dpd = pending_.contest == kontes::pdpd;
        if (cells_.urut == missing_figure) {  // the administration row
            if (cells_.party != missing_figure) return fail_(line, "nomor_partai", cells_.party_text, why::admin_row_figure);
            if (cells_.votes != missing_figure) return fail_(line, "suara", std::to_string(cells_.votes), why::admin_row_figure);
            if (cells_.total != missing_figure) return fail_(line, "total_partai", std::to_string(cells_.total), why::admin_row_figure);
            if (pending_.admin_line != 0) return fail_(line, "nomor_partai+nomor_urut", ",", why::repeated_row, pending_.admin_line);
            pending_.admin_line = line;
            pending_.fields = cells_.fields;
            return;
        }
        if (cells_.first_field_column != 0)
            return fail_(line, column_name_(cells_.first_field_column), cells_.first_field_text, why::field_on_figure_row);
        const std::string pair = cells_.party_text + "," + cells_.urut_text;
        if (dpd) {
            if (cells_.party != missing_figure) return fail_(line, "nomor_partai", cells_.party_text, why::dpd_with_party);
            if (cells_.urut == 0) return fail_(line, "nomor_urut", cells_.urut_text, why::bad_urut);
            if (cells_.total != missing_figure) return fail_(line, "total_partai", std::to_string(cells_.total), why::total_off_party_row);
            const std::size_t c = cells_.urut - 1;
            if (pending_.dpd_line[c] != 0) return fail_(line, "nomor_partai+nomor_urut", pair, why::repeated_row, pending_.dpd_line[c]);
            pending_.dpd_line[c] = line;
            pending_.dpd_votes[c] = cells_.votes;
            if (cells_.urut > pending_.dpd_candidates) pending_.dpd_candidates = static_cast<std::uint8_t>(cells_.urut);
            return;
        }
        if (cells_.party == missing_figure) return fail_(line, "nomor_partai", "", why::party_missing);
        if (cells_.urut > max_party_candidates) return fail_(line, "nomor_urut", cells_.urut_text, why::bad_urut);
        if (cells_.urut != 0 && cells_.total != missing_figure)
            return fail_(line, "total_partai", std::to_string(cells_.total), why::total_off_party_row);
        const std::size_t p = cells_.party - 1;
        auto& party = pending_.parties[p];
        if (((pending_.parties_seen >> p) & 1U) == 0) {
            party = detail::leg_pending::party{};
            party.votes.fill(missing_figure);
            pending_.parties_seen |= 1U << p;
        }
        if (party.line[cells_.urut] != 0) return fail_(line, "nomor_partai+nomor_urut", pair, why::repeated_row, party.line[cells_.urut]);
        party.line[cells_.urut] = line;
        if (cells_.urut == 0) {
            party.party_votes = cells_.votes;
            party.total = cells_.total;
        } else {
            party.votes[cells_.urut - 1] = cells_.votes;
            if (cells_.urut > party.candidates) party.candidates = static_cast<std::uint8_t>(cells_.urut);
        }
    }

    [[nodiscard]] static bool valid_dapil_(std::string_view d) noexcept {
        if (d.size() > max_dapil_code) return false;
        for (char c : d)
            if (c < 0x21 || c > 0x7E || c == '"' || c == '\\') return false;
        return true;
    }

    void fail_(std::uint64_t line, std::string column, std::string_view value, const bilingual& why, std::uint64_t other = 0) {
        pending_.failed = true;
        rejection r{source_, line, std::move(column), quote_value(value), why};
        r.other_line = other;
        report_.reject(std::move(r));
    }

    // Ends the sheet being assembled: into the batch, or (rejected) nowhere.
    template <class OnBatch>
    void close_(OnBatch& on_batch) {
        if (!pending_.open) return;
        pending_.open = false;
        if (pending_.failed) return;
        auto s = legislative_sheet::empty(pending_.code, pending_.contest, dapil_code{pending_.dapil});
        s.admin.figures = pending_.fields;
        for (std::size_t p = 0; p < max_ballot_parties; ++p) {
            if (((pending_.parties_seen >> p) & 1U) == 0) continue;
            const auto& pr = pending_.parties[p];
            const std::size_t j = s.add_party(party_number{static_cast<std::uint8_t>(p + 1)}, pr.candidates);
            s.set_party_votes(j, pr.party_votes).set_party_total(j, pr.total);
            for (std::size_t c = 0; c < pr.candidates; ++c) s.set_candidate_votes(j, c, pr.votes[c]);
        }
        if (pending_.contest == kontes::pdpd) {
            s.set_dpd_candidates(pending_.dpd_candidates);
            for (std::size_t c = 0; c < pending_.dpd_candidates; ++c) s.set_dpd_votes(c, pending_.dpd_votes[c]);
        }
        const std::size_t row = batch_.push_back(s);
        batch_.set_line(row, pending_.first_line);
        report_.validated();
        if (batch_.size() >= opts_.batch_rows) deliver_(on_batch);
    }

    template <class OnBatch>
    void deliver_(OnBatch& on_batch) {
        on_batch(batch_);
        batch_.clear();
        batch_.set_source(source_);
    }

    std::string source_;
    csv_options opts_;
    read_report report_;
    detail::csv_lines lines_;
    header_state header_ = header_state::awaited;
    bool empty_warned_ = false;
    std::string scratch_;
    detail::leg_layout layout_;
    detail::leg_row cells_;
    detail::leg_pending pending_;
    detail::tps_key_set keys_;
    legislative_batch batch_;
};

/// A whole legislative input read into one batch (the convenience form; national files should stream).
struct legislative_csv_result {
    legislative_batch sheets;  ///< The sheets read.
    read_report report;        ///< What was read, rejected and warned about.
};

/// Reads legislative CSV text held in memory; `source` names it in messages.
[[nodiscard]] inline legislative_csv_result read_legislative_csv_string(std::string_view text, std::string source = "<string>",
                                                                        csv_options opts = {}) {
    return detail::read_whole_string<legislative_csv_reader, legislative_csv_result>(text, std::move(source), opts);
}

/// Streams a legislative CSV file: `on_batch(legislative_batch&)` receives up to
/// `opts.batch_rows` sheets at a time. A file that cannot be opened or read throws
/// io::input_error naming it.
template <class OnBatch>
read_report read_legislative_csv_file(const std::string& path, OnBatch&& on_batch, csv_options opts = {}) {
    return detail::read_streamed_file<legislative_csv_reader>(path, on_batch, opts);
}

/// Reads a whole legislative CSV file into one batch.
[[nodiscard]] inline legislative_csv_result read_legislative_csv_file(const std::string& path, csv_options opts = {}) {
    return detail::read_whole_file<legislative_csv_reader, legislative_csv_result>(path, opts);
}

/// Streams legislative CSV from any std::istream (standard input for `-`).
template <class OnBatch>
read_report read_legislative_csv_stream(std::istream& in, std::string source, OnBatch&& on_batch, csv_options opts = {}) {
    return detail::read_streamed<legislative_csv_reader>(in, std::move(source), on_batch, opts);
}

}  // namespace suara::io

#endif  // SUARA_IO_LEGISLATIVE_CSV_READER_HPP
