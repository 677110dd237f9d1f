// suara — the C.Hasil CSV reader (docs/formats.md), streaming into columnar batches.
// Distributed under the Boost Software License, Version 1.0.
//
// Design, for national files (820,161 rows and more, gigabytes):
//  - push parser: the caller feeds blocks of any size; only the one line that straddles two
//    blocks is copied (io/csv/lines.hpp). Memory is bounded by the block, the batch
//    (`batch_rows` rows, reused) and the duplicate key set (16 bytes per distinct kode_tps+kontes,
//    the only part that grows with the file: io/csv/keys.hpp).
//  - columns are mapped once from the header (io/csv/layout.hpp); cells are parsed without
//    locale, streams or allocation; rows are written in place into the reused, pre-sized
//    `sheet_batch` (io/csv/rows.hpp).
//  - the common row (no quotes, well-formed cells) takes a fast path, AVX-512 where the CPU has
//    it (io/csv/row_avx512.hpp) or the baseline (io/csv/row_sse2.hpp); anything unusual falls
//    back to the general path (io/csv/row_general.hpp), which names the problem.
//  - a bad row is rejected with file, line, column, the offending text and a bilingual reason,
//    and reading goes on with the next line. `read == validated + rejected` always holds. The
//    report keeps at most `keep_limit` rejections (counts stay exact; `on_rejection` sees them
//    all).
//  - on several threads (`csv_options::parse_threads`) each fed block is cut into slices at line
//    ends, parsed ahead by helper threads (io/csv/lanes.hpp) and merged in file order by the
//    calling thread, which also runs the duplicate check: the same rows, rejections and batches
//    for any thread count.
//
// Decisions the format leaves open (docs/formats.md): records end at a line break outside
// quotes, and a quoted cell holds no line break; entirely empty lines are skipped and not counted
// as records; a bad header makes the file unreadable (one rejection at line 1, counted as one
// record); a row has the header's suara_i columns as candidates unless it states its own
// (`jumlah_paslon`) or the reader is given a count per contest; incident words are stored as their
// codes (form/field.hpp), an empty cell is missing.
#ifndef SUARA_IO_CSV_READER_HPP
#define SUARA_IO_CSV_READER_HPP

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <istream>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <suara/form/batch.hpp>
#include <suara/detail/cpu.hpp>
#include <suara/io/csv/keys.hpp>
#include <suara/io/csv/lanes.hpp>
#include <suara/io/csv/layout.hpp>
#include <suara/io/csv/lines.hpp>
#include <suara/io/csv/options.hpp>
#include <suara/io/csv/whole.hpp>
#include <suara/io/csv/rows.hpp>
#include <suara/io/report.hpp>

namespace suara::io {

/// Streaming C.Hasil CSV reader. Feed it bytes; it calls `on_batch(sheet_batch&)` whenever
/// `batch_rows` rows are ready and once more from `finish()`, then reuses the batch.
class csv_reader {
public:
    /// A reader; `source` names the input in messages.
    explicit csv_reader(std::string source, csv_options opts = {})
        : source_{std::move(source)}, opts_{std::move(opts)}, lines_{opts_.max_line_bytes} {
        if (opts_.batch_rows == 0) opts_.batch_rows = 1;
        if (opts_.block_bytes == 0) opts_.block_bytes = 1;
        report_.keep_limit = opts_.keep_limit;
        report_.on_rejection = opts_.on_rejection;
        report_.on_warning = opts_.on_warning;
        avx512_ = opts_.isa == csv_isa::automatic && suara::detail::cpu_has_avx512_bodies();
    }

    /// Parses every complete line of `chunk` (plus the line left over from the previous call).
    template <class OnBatch>
    void feed(std::string_view chunk, OnBatch&& on_batch) {
        auto on_line = [&](const detail::csv_line& l) { line_(l, on_batch); };
        lines_.decide_line_end(chunk, on_line);
        if (opts_.parse_threads == 0 || lines_.line_end() == 0) {
            lines_.take(chunk, on_line);
            return;
        }
        const char* p = chunk.data();
        const char* const end = p + chunk.size();
        // The line carried over from the previous block and the lines up to the header: here.
        while (p < end && (lines_.holds_partial_line() || header_ != header_state::read)) {
            const char* e = header_ == header_state::failed ? end : lines_.after_line_end(p, end);
            lines_.take(std::string_view{p, static_cast<std::size_t>(e - p)}, on_line);
            p = e;
        }
        // Then every complete line of the rest in parallel; the unfinished last line is kept.
        const char* const last = lines_.after_last_line_end(p, end);
        if (last > p) {
            flush_(on_batch);  // rows parsed here come first (file order)
            parse_parallel_(std::string_view{p, static_cast<std::size_t>(last - p)}, on_batch);
        }
        lines_.take(std::string_view{last, static_cast<std::size_t>(end - last)}, on_line);
    }

    /// Parses the last line (if the input did not end with a line break) and delivers the
    /// remaining rows.
    template <class OnBatch>
    void finish(OnBatch&& on_batch) {
        auto on_line = [&](const detail::csv_line& l) { line_(l, on_batch); };
        lines_.finish(on_line);
        if (header_ == header_state::awaited && !empty_warned_) {
            empty_warned_ = true;
            report_.warn({source_, 0, "", "", csv_reason::empty_file});
        }
        flush_(on_batch);
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

    /// What has been read, rejected and warned about so far.
    [[nodiscard]] const read_report& report() const noexcept { return report_; }
    /// The same, writable (to merge or to move out).
    [[nodiscard]] read_report& report() noexcept { return report_; }
    /// The input's name.
    [[nodiscard]] const std::string& source() const noexcept { return source_; }
    /// True when the header could not be read (no kode_tps column, a binary file): the file
    /// then holds no record the reader can read, and suara-audit refuses it (exit status 2).
    [[nodiscard]] bool header_failed() const noexcept { return header_ == header_state::failed; }
    /// Lines seen so far (the header included).
    [[nodiscard]] std::size_t lines() const noexcept { return lines_.count(); }
    /// True when rows are parsed with AVX-512 instructions (csv_options::isa and the CPU); even
    /// then lines longer than 255 bytes and files of more than 63 columns take the baseline body.
    [[nodiscard]] bool uses_avx512() const noexcept { return avx512_; }

private:
    enum class header_state : std::uint8_t { awaited, read, failed };

    template <class OnBatch>
    void line_(const detail::csv_line& l, OnBatch& on_batch) {
        if (header_ == header_state::read && !l.too_long) {
            if (l.text.empty()) return;
            row_(l);
            if (rows_->full()) flush_(on_batch);
            return;
        }
        other_line_(l);
    }

    // A line too long, the header, or a line after a header that failed. This and reject_ stay
    // out of line so that the compiler keeps a row's whole work inlined in the line loop (measured
    // in instructions per row).
    [[gnu::noinline]] void other_line_(const detail::csv_line& l) {
        if (header_ == header_state::failed) return;
        if (header_ == header_state::read) report_.reject({source_, l.number, "", quote_value(l.text), csv_reason::line_too_long});
        else if (l.too_long) fail_header_(l.number, {0, l.text, &csv_reason::line_too_long});
        else if (!l.text.empty()) read_header_(l);  // empty lines before the header are skipped too
    }

    void row_(const detail::csv_line& l) {
        bool kept = false;
        const detail::cell_fault fault = rows_->add(
            l.text, l.number, [&](tps_code code, kontes contest) { return kept = keys_.admit(code, contest, l.number, source_, report_); });
        if (fault.reason != nullptr) reject_(l.number, fault);
        else if (kept) report_.validated();
    }

    [[gnu::noinline]] void reject_(std::uint64_t line, const detail::cell_fault& fault) {
        report_.reject({source_, line, detail::column_name(rows_->layout(), fault.column), quote_value(fault.value), *fault.reason});
    }

    void read_header_(const detail::csv_line& l) {
        header_ = header_state::read;
        detail::csv_layout layout;
        const detail::cell_fault fault = detail::read_csv_header(l.text, scratch_, layout, [&](std::string column, const bilingual& why) {
            report_.warn({source_, l.number, std::move(column), "", why});
        });
        if (fault.reason != nullptr) {
            fail_header_(l.number, fault);
            return;
        }
        rows_.emplace(opts_, std::move(layout), avx512_, source_);
    }

    void fail_header_(std::uint64_t line, const detail::cell_fault& fault) {
        header_ = header_state::failed;
        report_.reject({source_, line, fault.column == 0 ? std::string{} : std::to_string(fault.column), quote_value(fault.value),
                        *fault.reason});
    }

    template <class OnBatch>
    void flush_(OnBatch& on_batch) {
        if (rows_) rows_->deliver(on_batch);
    }

    template <class OnBatch>
    void parse_parallel_(std::string_view text, OnBatch& on_batch) {
        if (!lanes_) lanes_.emplace(source_, opts_, rows_->layout(), avx512_, lines_.line_end());
        lanes_->parse(text, [&](detail::parsed_slice& slice) {
            keys_.merge(slice, lines_.count(), source_, report_, on_batch);
            lines_.skip(slice.lines);
        });
    }

    std::string source_;
    csv_options opts_;
    read_report report_;
    detail::csv_lines lines_;
    header_state header_ = header_state::awaited;
    bool empty_warned_ = false;
    bool avx512_ = false;               // rows parsed by the AVX-512 path (csv_options::isa, the CPU)
    std::string scratch_;               // the header's quoted names, unescaped
    std::optional<detail::csv_rows> rows_;    // from the header on
    detail::duplicate_check keys_;
    std::optional<detail::csv_lanes> lanes_;  // from the first block parsed on several threads
};

/// A whole input read into one batch (the convenience form; national files should stream).
struct csv_result {
    sheet_batch sheets;  ///< The sheets read.
    read_report report;  ///< What was read, rejected and warned about.
};

/// Reads CSV text held in memory; `source` names it in messages.
[[nodiscard]] inline csv_result read_csv_string(std::string_view text, std::string source = "<string>",
                                                csv_options opts = {}) {
    return detail::read_whole_string<csv_reader, csv_result>(text, std::move(source), opts);
}

/// Streams a CSV file: `on_batch(sheet_batch&)` receives up to `opts.batch_rows` rows at a time.
/// A file that cannot be opened or read throws io::input_error naming it (the CLI maps it to exit 2).
template <class OnBatch>
read_report read_csv_file(const std::string& path, OnBatch&& on_batch, csv_options opts = {}) {
    return detail::read_streamed_file<csv_reader>(path, on_batch, opts);
}

/// Reads a whole CSV file into one batch.
[[nodiscard]] inline csv_result read_csv_file(const std::string& path, csv_options opts = {}) {
    return detail::read_whole_file<csv_reader, csv_result>(path, opts);
}

/// Streams CSV from any std::istream (standard input for `-`).
template <class OnBatch>
read_report read_csv_stream(std::istream& in, std::string source, OnBatch&& on_batch, csv_options opts = {}) {
    return detail::read_streamed<csv_reader>(in, std::move(source), on_batch, opts);
}

}  // namespace suara::io

#endif  // SUARA_IO_CSV_READER_HPP
