// suara — internal: the C.Hasil CSV reader's duplicate check (same kode_tps and kontes), and the
// merge of slices parsed ahead by the lanes (io/csv/lanes.hpp) in file order.
// Distributed under the Boost Software License, Version 1.0.
//
// A later row with the key of an earlier one is rejected naming the first line. The check runs
// on the calling thread in file order whatever the number of parsing threads, so that the same
// row is kept and the same one rejected for any of them.
#ifndef SUARA_IO_CSV_KEYS_HPP
#define SUARA_IO_CSV_KEYS_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include <suara/form/batch.hpp>
#include <suara/core/kontes.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/io/csv/options.hpp>
#include <suara/io/report.hpp>

namespace suara::io::detail {

/// The kode_tps x kontes keys seen so far, with the line each was first seen on.
/// A national file is sorted by kode_tps, so keys mostly arrive in increasing order: a key above
/// every key so far cannot be a duplicate and is appended to a sorted run (sequential memory,
/// no probe, 16 bytes a row). Only a key that arrives out of order is looked up, in the run
/// (binary search) and in a small open-addressing set that holds the out-of-order keys.
/// Memory: 16 bytes per distinct key in chunks of 1 MiB (no reallocation copy of the whole run);
/// the only part of reading that grows with the file.
class tps_key_set {
public:
    /// The line the key was first seen on, or 0 after inserting it now.
    std::uint64_t insert(std::uint64_t key, std::uint64_t line) {
        if (size_ == 0 || key > last_) {
            append_(key, line);
            return 0;
        }
        if (const auto l = find_in_run_(key); l != 0) return l;
        const auto l = others_.insert(key, line);
        if (l == 0) ++size_;
        return l;
    }
    [[nodiscard]] std::size_t size() const noexcept { return size_; }
    void clear() noexcept {
        chunks_.clear();
        others_.clear();
        size_ = 0;
        last_ = 0;
    }

private:
    struct entry {
        std::uint64_t key;
        std::uint64_t line;
    };
    static constexpr std::size_t chunk_entries = std::size_t{1} << 16;

    // Open addressing, 16 bytes a slot, load <= 1/2; only for keys that arrive out of order.
    class hash_set {
    public:
        std::uint64_t insert(std::uint64_t key, std::uint64_t line) {
            if ((size_ + 1) * 2 > slots_.size()) grow();
            const std::uint64_t stored = key + 1;  // 0 marks an empty slot
            std::size_t i = slot_of(stored);
            for (;;) {
                auto& s = slots_[i];
                if (s.key == 0) {
                    s = {stored, line};
                    ++size_;
                    return 0;
                }
                if (s.key == stored) return s.line;
                i = (i + 1) & (slots_.size() - 1);
            }
        }
        void clear() noexcept {
            slots_.clear();
            size_ = 0;
        }

    private:
        [[nodiscard]] std::size_t slot_of(std::uint64_t stored) const noexcept {
            return static_cast<std::size_t>((stored * 0x9E3779B97F4A7C15ULL) >> 20) & (slots_.size() - 1);
        }
        void grow() {
            std::vector<entry> old = std::move(slots_);
            slots_.assign(old.empty() ? 1024 : old.size() * 2, entry{0, 0});
            for (const auto& s : old) {
                if (s.key == 0) continue;
                std::size_t i = slot_of(s.key);
                while (slots_[i].key != 0) i = (i + 1) & (slots_.size() - 1);
                slots_[i] = s;
            }
        }
        std::vector<entry> slots_;
        std::size_t size_ = 0;
    };

    void append_(std::uint64_t key, std::uint64_t line) {
        if (chunks_.empty() || chunks_.back().size() == chunk_entries) {
            chunks_.emplace_back();
            chunks_.back().reserve(chunk_entries);
        }
        chunks_.back().push_back({key, line});
        last_ = key;
        ++size_;
    }
    [[nodiscard]] std::uint64_t find_in_run_(std::uint64_t key) const noexcept {
        // The first chunk whose last key is >= key, then the key within it.
        auto c = std::lower_bound(chunks_.begin(), chunks_.end(), key,
                                  [](const std::vector<entry>& ch, std::uint64_t k) { return ch.back().key < k; });
        if (c == chunks_.end()) return 0;
        auto e = std::lower_bound(c->begin(), c->end(), key, [](const entry& x, std::uint64_t k) { return x.key < k; });
        return e != c->end() && e->key == key ? e->line : 0;
    }

    std::vector<std::vector<entry>> chunks_;  // the sorted run
    hash_set others_;                          // keys that arrived below the run's last key
    std::uint64_t last_ = 0;
    std::size_t size_ = 0;
};

/// Rows a lane parsed from one slice, ready to merge. Lines are the slice's own, numbered from 2
/// (line 1 stands for the header), so that the slice's line k is line `lines before the slice +
/// k - 1` of the file.
struct slice_part {
    sheet_batch batch;
    std::vector<std::uint64_t> lines;  // the line of each row
};
struct parsed_slice {
    std::vector<slice_part> parts;  // kept between slices, so that the batches are reused
    std::size_t used = 0;           // the parts of this slice
    std::vector<rejection> rejections;
    std::uint64_t lines = 0;  // lines of the slice
};

/// The duplicate check of one file.
class duplicate_check {
public:
    /// True for a key not seen before; else the row of `line` is rejected into `report`, naming
    /// the line the key was first seen on.
    bool admit(tps_code code, kontes k, std::uint64_t line, const std::string& source, read_report& report) {
        const auto first = keys_.insert(key_of_(code, k), line);
        if (first == 0) return true;
        reject_(code, k, line, first, source, report);
        return false;
    }

    /// The file-order part of a slice that follows `lines_before` lines of the file: line
    /// numbers, the duplicate check, the report (rejections in line order), delivery.
    template <class OnBatch>
    void merge(parsed_slice& r, std::uint64_t lines_before, const std::string& source, read_report& report, OnBatch& on_batch) {
        const std::uint64_t before = lines_before;
        std::size_t next_rejection = 0;
        auto report_before = [&](std::uint64_t line) {  // the slice's rejections above `line`
            for (; next_rejection < r.rejections.size() && before + r.rejections[next_rejection].line - 1 < line;
                 ++next_rejection) {
                rejection& x = r.rejections[next_rejection];
                x.line = before + x.line - 1;
                report.reject(std::move(x));
            }
        };
        for (std::size_t k = 0; k < r.used; ++k) {
            auto& part = r.parts[k];
            const auto codes = part.batch.codes();
            const auto contests = part.batch.contests();
            dropped_.clear();
            for (std::size_t row = 0; row < codes.size(); ++row) {
                const std::uint64_t line = before + part.lines[row] - 1;
                part.batch.set_line(row, line);  // the slice's own line, made the file's
                report_before(line);
                if (const auto first = keys_.insert(key_of_(codes[row], contests[row]), line); first != 0) {
                    reject_(codes[row], contests[row], line, first, source, report);
                    dropped_.push_back(row);
                } else {
                    report.validated();
                }
            }
            part.batch.erase_rows(dropped_);
            if (!part.batch.empty()) on_batch(part.batch);
        }
        report_before(std::numeric_limits<std::uint64_t>::max());
    }

private:
    [[nodiscard]] static std::uint64_t key_of_(tps_code code, kontes k) noexcept {
        return code.number() * 8 + static_cast<std::uint64_t>(k);
    }

    static void reject_(tps_code code, kontes k, std::uint64_t line, std::uint64_t first, const std::string& source,
                        read_report& report) {
        // The code as parsed, not the cell's text: a quoted cell is unescaped into a scratch
        // buffer that later cells of the row reuse.
        rejection r{source, line, "kode_tps+kontes", quote_value(to_string(code) + "," + std::string{to_string(k)}),
                    csv_reason::duplicate};
        r.other_line = first;
        report.reject(std::move(r));
    }

    tps_key_set keys_;
    std::vector<std::size_t> dropped_;  // rows of a part rejected as duplicates
};

}  // namespace suara::io::detail

#endif  // SUARA_IO_CSV_KEYS_HPP
