// suara — internal: lines into the rows of a batch. Owns the batch being filled and the row
// parsers' staging; used by the reader on the calling thread and by each parsing lane.
// Distributed under the Boost Software License, Version 1.0.
//
// Rows are written in place into a reused, pre-sized `sheet_batch`: no per-row `sheet`, no push
// per figure, and the columns the file has are written for every row (so they are not filled
// first; the others hold missing figures). Each line takes a fast path where it can, chosen once
// (csv_options::isa, detail/cpu.hpp): AVX-512 (io/csv/row_avx512.hpp) for lines of up to 255
// bytes in layouts of up to 63 columns, else the baseline (io/csv/row_sse2.hpp). Both read every
// input identically (tested). Anything a fast path leaves takes the general path
// (io/csv/row_general.hpp), which names the fault.
#ifndef SUARA_IO_CSV_ROWS_HPP
#define SUARA_IO_CSV_ROWS_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <suara/form/batch.hpp>
#include <suara/core/kontes.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/detail/cpu.hpp>
#include <suara/io/csv/cells.hpp>
#include <suara/io/csv/layout.hpp>
#include <suara/io/csv/options.hpp>
#include <suara/io/csv/row_avx512.hpp>
#include <suara/io/csv/row_fast.hpp>
#include <suara/io/csv/row_general.hpp>
#include <suara/io/csv/row_sse2.hpp>
#include <suara/form/field.hpp>
#include <suara/form/sheet.hpp>

namespace suara::io::detail {

class csv_rows {
public:
    /// Rows for a file of `layout`; `avx512`: the CPU runs the AVX-512 path and it is wanted.
    /// `source` names the input in every batch delivered (sheet_batch::source).
    csv_rows(const csv_options& opts, csv_layout layout, bool avx512, std::string source = {})
        : layout_{std::move(layout)}, batch_rows_{opts.batch_rows}, candidates_{opts.candidates}, source_{std::move(source)} {
        staging_ = avx512 && !layout_.wide_groups.empty();
        if (staging_) stage_.resize(stage_rows);
    }

    [[nodiscard]] const csv_layout& layout() const noexcept { return layout_; }
    /// Rows kept in the batch so far.
    [[nodiscard]] std::size_t size() const noexcept { return rows_; }
    [[nodiscard]] bool full() const noexcept { return rows_ >= batch_rows_; }

    /// Reads `line` (not empty), line `number` of its input, into the next row of the batch and
    /// keeps it there if `admit(tps_code, kontes)` says so (the duplicate check, which reports a
    /// refusal itself). The fault that rejects the row, if any; a row not kept is overwritten by
    /// the next one.
    template <class Admit>
    cell_fault add(std::string_view line, std::uint64_t number, Admit&& admit) {
        if (rows_ == batch_.size()) grow_();
        const std::size_t row = rows_;
        std::optional<tps_code> code;
        std::optional<kontes> contest;
        if (!fast_(line, row, code, contest))
            if (const cell_fault fault = general_(line, row, code, contest); fault.reason != nullptr) return fault;
        // The row's number of candidates: its jumlah_paslon cell, else the contest's count given
        // to the reader, else the header's suara_i columns. Never inferred from empty cells: an
        // empty suara_3 is a missing figure, not a contest with two pairs. A vote beyond it
        // rejects the row.
        const std::uint32_t declared = layout_.has_paslon_column ? numeric_value_(layout_.paslon_numeric, row) : missing_figure;
        const std::uint8_t fixed = candidates_[static_cast<std::size_t>(*contest)];
        const std::size_t n = declared != missing_figure ? declared : fixed != 0 ? fixed : layout_.header_candidates;
        std::size_t last_filled = 0;
        for (std::size_t i = 0; i < layout_.header_candidates; ++i)
            if (layout_.have_candidate[i] && numeric_value_(layout_.candidate_numeric[i], row) != missing_figure) last_filled = i + 1;
        if (last_filled > n)
            return {column_position(layout_, csv_column_kind::candidate, last_filled - 1), {}, &csv_reason::beyond_candidates};
        if (admit(*code, *contest)) keep_(row, *code, *contest, n, number);
        return {};
    }

    /// The rows kept so far to `on_batch(sheet_batch&)`, if any; the batch is then reused (a
    /// consumer may swap it for another, emptied one).
    template <class OnBatch>
    void deliver(OnBatch& on_batch) {
        if (rows_ == 0) return;
        unstage_();
        batch_.resize(rows_);
        batch_.set_source(source_);
        rows_ = 0;
        stage_base_ = 0;
        on_batch(batch_);
        batch_.clear();
    }

private:
    // The fast path for this reader's instructions (inlined: a call of its own per row measured slower).
    [[gnu::always_inline]] bool fast_(std::string_view line, std::size_t row, std::optional<tps_code>& code, std::optional<kontes>& contest) {
#if defined(SUARA_HAS_AVX512_BODIES)
        if (staging_) {
            std::uint32_t* const staged = stage_[row - stage_base_].cells.data();
            if (line.size() <= max_wide_line)
                return parse_row_avx512(layout_, line, staged, field_columns_.data(), row, code, contest);
            // A long line: the baseline path writes the columns; the row lives in the stage.
            if (!parse_row_sse2(layout_, line, {numeric_dst_.data(), field_columns_.data(), row}, code, contest)) return false;
            for (std::size_t k = 0; k < layout_.numeric_columns.size(); ++k) staged[k] = numeric_dst_[k][row];
            return true;
        }
#endif
        return parse_row_sse2(layout_, line, {numeric_dst_.data(), field_columns_.data(), row}, code, contest);
    }

    // The row just parsed, a row of the batch now. A call of its own, in which the compiler keeps
    // the batch's bookkeeping inlined (measured in instructions per row).
    [[gnu::noinline]] void keep_(std::size_t row, tps_code code, kontes contest, std::size_t candidates, std::uint64_t line) {
        const bool with_blank = layout_.has_blank_column && numeric_value_(layout_.blank_numeric, row) != missing_figure;
        ++rows_;
#if defined(SUARA_HAS_AVX512_BODIES)
        if (staging_ && rows_ - stage_base_ == stage_rows) {
            transpose_stage(layout_, stage_.data(), numeric_dst_.data(), stage_base_);
            stage_base_ += stage_rows;
        }
#endif
        batch_.set_identity(row, code, contest, candidates, with_blank);
        batch_.set_line(row, line);
        if (batch_.candidate_columns() != vote_columns_) refresh_columns_();
    }

    // The general path, out of the fast path's way: the row into a row_cells, then every cell
    // the file has into the row (over whatever the fast path left there).
    [[gnu::noinline]] cell_fault general_(std::string_view line, std::size_t row, std::optional<tps_code>& code,
                                          std::optional<kontes>& contest) {
        row_cells r{};
        r.vals[blank_slot] = missing_figure;
        r.vals[paslon_slot] = missing_figure;
        if (const cell_fault fault = parse_row_general(layout_, line, scratch_, r); fault.reason != nullptr) return fault;
        for (std::size_t k = 0; k < layout_.fields_present.size(); ++k) field_columns_[k][row] = r.vals[layout_.fields_present[k]];
        for (std::size_t k = 0; k < layout_.numeric_columns.size(); ++k) {
            const std::uint32_t v = r.vals[layout_.numeric_columns[k].slot];
            if (staging_) stage_[row - stage_base_].cells[k] = v;
            else numeric_dst_[k][row] = v;
        }
        code = r.code;
        contest = r.contest;
        return {};
    }

    // The numeric cell k of `row` (parsed, kept or not yet), wherever it is: every row from
    // stage_base_ on (and the row being parsed) lives in the stage when rows are staged.
    [[nodiscard]] std::uint32_t numeric_value_(std::size_t k, std::size_t row) const noexcept {
        return staging_ ? stage_[row - stage_base_].cells[k] : numeric_dst_[k][row];
    }

    // The staged rows so far into the batch columns, cell by cell (before a delivery).
    void unstage_() noexcept {
        if (!staging_) return;
        for (std::size_t k = 0; k < layout_.numeric_columns.size(); ++k)
            for (std::size_t r = stage_base_; r < rows_; ++r) numeric_dst_[k][r] = stage_[r - stage_base_].cells[k];
        stage_base_ = rows_;
    }

    void grow_() {
        const std::size_t grow = batch_.size() < 4096 ? 4096 : batch_.size() * 2;
        batch_.resize_for_overwrite(grow < batch_rows_ ? grow : batch_rows_, layout_.have_field, layout_.leading_candidates,
                                    layout_.has_blank_column);
        refresh_columns_();
    }

    // Where rows are written: the batch's column of each present field, candidate and numeric
    // cell (valid until the batch is resized or widened; renewed here).
    void refresh_columns_() {
        batch_.reserve_candidate_columns(layout_.header_candidates);
        if (layout_.has_paslon_column) paslon_column_.resize(batch_.size());
        for (std::size_t k = 0; k < layout_.fields_present.size(); ++k)
            field_columns_[k] = batch_.column(static_cast<field>(layout_.fields_present[k])).data();
        vote_columns_ = batch_.candidate_columns();
        for (std::size_t i = 0; i < vote_columns_; ++i) candidate_columns_[i] = batch_.candidate_column(i).data();
        numeric_dst_.resize(layout_.numeric_columns.size());
        for (std::size_t k = 0; k < layout_.numeric_columns.size(); ++k) {
            const std::size_t slot = layout_.numeric_columns[k].slot;
            numeric_dst_[k] = slot < field_count  ? batch_.column(static_cast<field>(slot)).data()
                              : slot < blank_slot  ? candidate_columns_[slot - field_count]
                              : slot == blank_slot ? batch_.blank_column().data()
                                                   : paslon_column_.data();
        }
    }

    csv_layout layout_;
    std::size_t batch_rows_;
    std::array<std::uint8_t, kontes_count> candidates_;
    bool staging_ = false;  // rows go through stage_ (the AVX-512 path and a layout it reads)
    sheet_batch batch_;
    std::size_t rows_ = 0;  // rows kept in batch_ (its size is the pre-sized capacity)
    std::vector<std::uint32_t*> numeric_dst_;  // the batch column of each numeric cell
    std::array<std::uint32_t*, field_count> field_columns_{};  // the batch column of each present field
    std::array<std::uint32_t*, max_candidates> candidate_columns_{};
    std::size_t vote_columns_ = 0;
    std::vector<std::uint32_t> paslon_column_;  // the jumlah_paslon cell of each row of batch_
    std::vector<staged_row> stage_;
    std::size_t stage_base_ = 0;  // the batch row of stage_[0]
    std::string scratch_;         // quoted cells, unescaped
    std::string source_;          // the input's name, given to every batch
};

}  // namespace suara::io::detail

#endif  // SUARA_IO_CSV_ROWS_HPP
