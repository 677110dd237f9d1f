// suara — internal: parsing the complete lines of a block on several threads
// (csv_options::parse_threads).
// Distributed under the Boost Software License, Version 1.0.
//
// The lines are cut into slices of about slice_bytes at line ends (the cuts depend on the bytes
// only). Each thread owns a lane: a row parser (io/csv/rows.hpp) with its own copy of the file's
// layout, which parses whole slices, keeps the line of every row and leaves the duplicate check
// to the merge (io/csv/keys.hpp), which runs on the calling thread in file order. The rows,
// rejections, counts and batch boundaries are then the same for any number of threads.
#ifndef SUARA_IO_CSV_LANES_HPP
#define SUARA_IO_CSV_LANES_HPP

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <exception>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include <suara/form/batch.hpp>
#include <suara/io/csv/keys.hpp>
#include <suara/io/csv/layout.hpp>
#include <suara/io/csv/lines.hpp>
#include <suara/io/csv/options.hpp>
#include <suara/io/csv/rows.hpp>
#include <suara/io/report.hpp>

namespace suara::io::detail {

/// One parsing thread's row parser: slices of complete lines in, parsed_slice out.
class csv_lane {
public:
    csv_lane(const std::string& source, const csv_options& opts, const csv_layout& layout, bool avx512, char line_end)
        : source_{source}, rows_{opts, layout, avx512, source}, lines_{opts.max_line_bytes, line_end} {}

    /// Parses `text` (complete lines) into `out`, its lines numbered from 2.
    void parse(std::string_view text, parsed_slice& out) {
        lines_.restart(1);
        out.used = 0;
        out.rejections.clear();
        auto take = [&](sheet_batch& b) {
            if (out.used == out.parts.size()) out.parts.emplace_back();
            auto& part = out.parts[out.used++];
            std::swap(part.batch, b);  // the lane goes on with the part's old batch (cleared)
            std::swap(part.lines, row_lines_);
            row_lines_.clear();
        };
        auto on_line = [&](const csv_line& l) {
            if (l.too_long) {
                too_long_(l, out);
                return;
            }
            if (l.text.empty()) return;
            row_(l, out);
            if (rows_.full()) rows_.deliver(take);
        };
        lines_.take(text, on_line);
        rows_.deliver(take);
        out.lines = lines_.count() - 1;
    }

private:
    void row_(const csv_line& l, parsed_slice& out) {
        const cell_fault fault = rows_.add(l.text, l.number, [&](tps_code, kontes) {
            row_lines_.push_back(l.number);  // the merge checks duplicates in file order
            return true;
        });
        if (fault.reason != nullptr) reject_(l.number, fault, out);
    }

    // Rejections stay out of the line loop, as in the reader (csv_reader::other_line_).
    [[gnu::noinline]] void reject_(std::uint64_t line, const cell_fault& fault, parsed_slice& out) {
        out.rejections.push_back({source_, line, column_name(rows_.layout(), fault.column), quote_value(fault.value), *fault.reason});
    }
    [[gnu::noinline]] void too_long_(const csv_line& l, parsed_slice& out) {
        out.rejections.push_back({source_, l.number, "", quote_value(l.text), csv_reason::line_too_long});
    }

    std::string source_;
    csv_rows rows_;
    csv_lines lines_;
    std::vector<std::uint64_t> row_lines_;  // the line of each row of the batch being filled
};

/// The lanes of one reader and the slices in flight.
class csv_lanes {
public:
    /// Lanes for a file of `layout` whose lines end with `line_end`.
    csv_lanes(const std::string& source, const csv_options& opts, const csv_layout& layout, bool avx512, char line_end)
        : source_{source}, opts_{opts}, layout_{layout}, avx512_{avx512}, eol_{line_end} {
        opts_.on_rejection = nullptr;
        opts_.on_warning = nullptr;
    }

    /// Parses the complete lines `text` on up to parse_threads threads (this one included) and
    /// hands each slice to `merge(parsed_slice&)` on this thread, in file order. An exception from
    /// a lane or from `merge` stops the helpers and passes on.
    template <class Merge>
    void parse(std::string_view text, Merge&& merge) {
        // Cut at line ends, about every slice_bytes: the cuts depend on the bytes only.
        const std::size_t want = opts_.slice_bytes == 0 ? 1 : opts_.slice_bytes;
        slices_.clear();
        for (const char* b = text.data(); b < text.data() + text.size();) {
            const char* const end = text.data() + text.size();
            const char* e = end;
            if (static_cast<std::size_t>(end - b) > want) {
                e = static_cast<const char*>(std::memchr(b + want - 1, eol_, static_cast<std::size_t>(end - (b + want - 1)))) + 1;
            }
            slices_.emplace_back(b, static_cast<std::size_t>(e - b));
            b = e;
        }
        // A window of slices in flight: helpers parse ahead, this thread merges slices in file
        // order as soon as they are ready and parses one itself when the next is not. The window
        // bounds the memory (one batch per slice in flight) whatever the size of the block.
        const std::size_t total = slices_.size();
        const std::size_t threads = std::min<std::size_t>(opts_.parse_threads, total);
        const std::size_t window = std::min<std::size_t>(total, 4 * threads);
        while (results_.size() < window) results_.push_back(std::make_unique<slice_result>());
        while (lanes_.size() < threads) lanes_.push_back(std::make_unique<csv_lane>(source_, opts_, layout_, avx512_, eol_));
        for (std::size_t w = 0; w < window; ++w) results_[w]->ready.store(false, std::memory_order_relaxed);
        std::atomic<std::size_t> next{0};    // the next slice to claim for parsing
        std::atomic<std::size_t> merged{0};  // slices merged so far
        std::atomic<bool> stop{false};       // the merge failed: helpers leave
        auto parse_one = [&](csv_lane& lane, std::size_t i) noexcept {
            slice_result& r = *results_[i % window];
            r.error = nullptr;
            try {
                lane.parse(slices_[i], r.slice);
            } catch (...) {
                r.error = std::current_exception();
            }
            r.ready.store(true, std::memory_order_release);
            r.ready.notify_one();
        };
        auto helper = [&](csv_lane& lane) noexcept {
            for (;;) {
                const std::size_t i = next.fetch_add(1, std::memory_order_relaxed);
                if (i >= total) return;
                // Wait until the slice's place in the window is free (slice i - window merged).
                for (std::size_t m = merged.load(std::memory_order_acquire); i >= m + window;
                     m = merged.load(std::memory_order_acquire)) {
                    if (stop.load(std::memory_order_relaxed)) return;
                    merged.wait(m, std::memory_order_acquire);
                }
                if (stop.load(std::memory_order_relaxed)) return;
                parse_one(lane, i);
            }
        };
        std::vector<std::jthread> helpers;
        helpers.reserve(threads - 1);
        for (std::size_t t = 1; t < threads; ++t) helpers.emplace_back([&, t] { helper(*lanes_[t]); });
        struct finally {  // on any exit: helpers released and joined before the window goes
            std::atomic<bool>& stop;
            std::atomic<std::size_t>& merged;
            std::vector<std::jthread>& helpers;
            ~finally() {
                stop.store(true);
                merged.fetch_add(1);  // a waiting helper wakes on a changed value only
                merged.notify_all();
                helpers.clear();
            }
        } release{stop, merged, helpers};
        for (std::size_t done = 0; done < total;) {
            slice_result& r = *results_[done % window];
            if (!r.ready.load(std::memory_order_acquire)) {
                // Not ready: parse the next unclaimed slice here if its place is free, else wait.
                std::size_t i = next.load(std::memory_order_relaxed);
                if (i < total && i < done + window && next.compare_exchange_strong(i, i + 1)) {
                    parse_one(*lanes_[0], i);
                } else {
                    r.ready.wait(false, std::memory_order_acquire);
                }
                continue;
            }
            r.ready.store(false, std::memory_order_relaxed);
            if (r.error) std::rethrow_exception(std::exchange(r.error, nullptr));
            merge(r.slice);
            merged.store(++done, std::memory_order_release);
            merged.notify_all();
        }
    }

private:
    struct slice_result {
        parsed_slice slice;
        std::exception_ptr error;
        std::atomic<bool> ready{false};  // parsed, not yet merged
    };

    std::string source_;
    csv_options opts_;
    csv_layout layout_;
    bool avx512_;
    char eol_;
    std::vector<std::unique_ptr<csv_lane>> lanes_;
    std::vector<std::string_view> slices_;
    std::vector<std::unique_ptr<slice_result>> results_;
};

}  // namespace suara::io::detail

#endif  // SUARA_IO_CSV_LANES_HPP
