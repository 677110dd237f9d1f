// suara — the C.Hasil CSV reader (spec/formats.md §1), streaming into columnar batches.
// Distributed under the Boost Software License, Version 1.0.
//
// Design, for national files (820,161 rows and more, gigabytes):
//  - push parser: the caller feeds blocks of any size (a 4 MiB file block, a pipe read, a whole
//    string); only the one line that straddles two blocks is copied. Nothing else is held, so
//    memory is bounded by the block, the batch (`batch_rows` rows, reused) and the duplicate key
//    set (16 bytes per distinct kode_tps+kontes, the only O(rows) part: ~13 MB for a nation;
//    a file sorted by kode_tps appends to a sorted run instead of probing a hash table).
//  - columns are mapped once from the header; cells are parsed without locale, streams or
//    allocation; rows are written in place into the reused, pre-sized `sheet_batch` (no
//    per-row `sheet`, no push per figure).
//  - a bad row is rejected with file, line, column, the offending text and a bilingual reason,
//    and reading goes on with the next line. `read == validated + rejected` always holds.
//  - the common row (no quotes, well-formed cells) takes a fast path; anything unusual falls
//    back to the general path, which names the problem. Two bodies, chosen at run time
//    (csv_options::isa, detail/cpu.hpp), read every input identically (tested):
//    * AVX-512 (BW, VBMI, VBMI2: Ice Lake, Zen 4 and later), lines up to 255 bytes and 63
//      columns: the line in four 64-byte registers, its comma positions compressed into one,
//      sixteen cells converted per step by byte permutes and two multiply-adds, rows staged
//      sixteen at a time and transposed into the batch columns (one 64-byte store per column);
//    * baseline (SSE2): commas located sixteen bytes at a time, four cells converted at once,
//      each value stored straight into its batch column.
//    Measured on the shared 2-core EPYC build VM (benchmarks/run.sh, national file of 108 MB,
//    820,161 rows): see the README's numbers (about 1.6 GB/s per core with AVX-512, 0.8 GB/s
//    baseline).
//  - on several threads (`csv_options::parse_threads`) each fed block is cut into slices at line
//    ends, parsed ahead by helper threads and merged in file order by the calling thread, which
//    also runs the duplicate check: the same rows, rejections and batches for any thread count.
//  - a line longer than `max_line_bytes` (1 MiB) is rejected without being held; the report
//    keeps at most `keep_limit` rejections (counts stay exact; `on_rejection` sees them all).
//
// Decisions the format leaves open (documented in the report to users):
//  - Records end at a line break outside quotes. A quoted cell may hold commas and doubled
//    quotes ("") but not a line break: no column of the format can hold one, and an unterminated
//    quote must not swallow the rest of a national file. Such a row is rejected as
//    "unterminated quote" and the next line is read normally.
//  - Entirely empty lines are skipped and not counted as records.
//  - A header without `kode_tps` or `kontes`, or with a column named twice, makes the file
//    unreadable: one rejection at line 1, counted as one record, and nothing else is read.
//  - Candidate columns: a row has as many candidates as the header has suara_i columns
//    (formats.md: suara_1 ... suara_N), so an empty suara_3 is a missing figure, never a sign
//    that the contest has two pairs. Files that mix contests with different numbers of pairs
//    (a governor with 2 and a mayor with 3 in one file, a national Pilkada file) state each
//    row's count in the extension column `jumlah_paslon` (docs/formats.md; suara's writer adds
//    it when counts differ), or give the reader a count per contest (`csv_options::candidates`).
//    A vote in a column beyond the row's count is a rejection. The blank column (suara_kosong)
//    belongs to a row when its cell is non-empty.
//  - Incident words (kejadian_gangguan, kejadian_gangguan_tahap) are stored as their codes
//    (tally/field.hpp). An empty cell is missing like everywhere else; formats.md's "empty = no
//    disturbance" and "missing" mean the same to the rules (a kejadian_* field not reported is
//    never a finding), so nothing is lost.
#ifndef SUARA_IO_CSV_READER_HPP
#define SUARA_IO_CSV_READER_HPP

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <exception>
#include <functional>
#include <istream>
#include <limits>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include <suara/detail/cpu.hpp>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(SUARA_HAS_AVX512_BODIES)
#include <immintrin.h>
#endif

#include <suara/bulk/batch.hpp>
#include <suara/core/kontes.hpp>
#include <suara/core/text.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/io/report.hpp>
#include <suara/tally/field.hpp>
#include <suara/tally/finding.hpp>
#include <suara/tally/sheet.hpp>

namespace suara::io {

/// The instructions of the CSV row parser (csv_options::isa).
enum class csv_isa : std::uint8_t {
    automatic,  ///< AVX-512 (BW, VBMI, VBMI2) where the CPU has it, else the baseline
    baseline,   ///< the target's baseline only (SSE2 on x86-64)
};

/// Why a CSV row or header was rejected (and the CSV warnings).
namespace csv_reason {
inline constexpr bilingual not_a_number{"bukan bilangan bulat tak negatif", "not a non-negative integer"};
inline constexpr const bilingual& negative = figure_reason::negative;
inline constexpr const bilingual& out_of_range = figure_reason::out_of_range;
inline constexpr bilingual bad_code{"kode_tps harus tepat 13 digit", "kode_tps must be exactly 13 digits"};
inline constexpr bilingual missing_code{"kode_tps kosong", "kode_tps is empty"};
inline constexpr bilingual unknown_kontes{"kode kontes tidak dikenal", "unknown contest code"};
inline constexpr bilingual missing_kontes{"kontes kosong", "kontes is empty"};
inline constexpr bilingual duplicate{"kode_tps dan kontes sudah ada sebelumnya", "kode_tps and kontes already seen"};
inline constexpr bilingual too_few_columns{"jumlah kolom kurang dari header", "fewer columns than the header"};
inline constexpr bilingual too_many_columns{"jumlah kolom lebih dari header", "more columns than the header"};
inline constexpr bilingual unterminated_quote{"tanda kutip tidak ditutup", "unterminated quote"};
inline constexpr bilingual bad_quote{"tanda kutip salah tempat", "malformed quoting"};
inline constexpr bilingual bad_flag{"harus 0 atau 1", "must be 0 or 1"};
inline constexpr bilingual bad_gangguan{"harus kosong, bencana, kerusuhan atau keamanan",
                                        "must be empty, bencana, kerusuhan or keamanan"};
inline constexpr bilingual bad_tahap{"harus kosong, sebagian atau seluruh", "must be empty, sebagian or seluruh"};
inline constexpr bilingual beyond_candidates{"suara untuk nomor urut di luar jumlah calon kontes ini",
                                             "votes for a ballot number beyond this contest's candidates"};
inline constexpr bilingual header_missing_code{"header tidak memuat kolom kode_tps; berkas tidak dibaca",
                                               "header lacks the kode_tps column; file not read"};
inline constexpr bilingual header_missing_kontes{"header tidak memuat kolom kontes; berkas tidak dibaca",
                                                 "header lacks the kontes column; file not read"};
inline constexpr bilingual header_duplicate{"kolom header ganda; berkas tidak dibaca",
                                            "column named twice in the header; file not read"};
inline constexpr bilingual header_bad{"header tidak dapat dibaca; berkas tidak dibaca",
                                      "header cannot be read; file not read"};
inline constexpr bilingual unknown_column{"kolom tidak dikenal, diabaikan", "unknown column, ignored"};
inline constexpr bilingual candidate_gap{"kolom suara_i tidak berurutan; kolom yang tidak ada dianggap kosong",
                                         "suara_i columns have a gap; the absent ones are read as missing"};
inline constexpr bilingual empty_file{"berkas kosong", "empty file"};
static_assert(max_candidates == 24, "the jumlah_paslon message below names the limit");
inline constexpr bilingual bad_paslon{"jumlah_paslon harus bilangan 0 sampai 24", "jumlah_paslon must be a number from 0 to 24"};
inline constexpr bilingual line_too_long{"baris terlalu panjang", "line too long"};
}  // namespace csv_reason

struct csv_options {
    /// Rows per delivered batch (the batch is reused between deliveries). 16,384 national rows
    /// are about 3 MB of columns: the batch stays in the cache between the reader filling it and
    /// the consumer reading it (measured: 65,536 made reading 20-30 % slower on the build VM).
    std::size_t batch_rows = 16384;
    /// Bytes per read when the reader pulls from a file or stream.
    std::size_t block_bytes = std::size_t{4} << 20;
    /// Candidate columns per contest (index: kontes); 0 = the header's suara_i columns. A row's
    /// own `jumlah_paslon` cell, when the file has that column, comes first (see the file comment).
    std::array<std::uint8_t, kontes_count> candidates{};
    /// Longest line accepted; a longer one is rejected without being held in memory.
    std::size_t max_line_bytes = std::size_t{1} << 20;
    /// Rejections and warnings kept in the report (the counts are always exact).
    std::size_t keep_limit = default_keep_limit;
    /// Called for every rejection / warning as it happens (also beyond keep_limit).
    std::function<void(const rejection&)> on_rejection;
    std::function<void(const warning&)> on_warning;
    /// Parsing threads. 0 (the default): rows are parsed on the calling thread as they are fed,
    /// and batches hold `batch_rows` rows. N >= 1 (see detail::resolve_threads for "all cores"
    /// in suara-audit): the complete lines of each fed block are cut into slices of about
    /// `slice_bytes`, parsed on N threads, and delivered in file order from the calling thread,
    /// the duplicate check included. Rows, rejections, counts and batch boundaries (a batch ends
    /// at the end of a slice or after `batch_rows` rows) are then the same for every N, given the
    /// same fed blocks.
    unsigned parse_threads = 0;
    std::size_t slice_bytes = std::size_t{1} << 20;
    /// The row parser's instructions. Every choice reads every input identically (the tests
    /// compare them); `baseline` exists for those tests and for comparisons.
    csv_isa isa = csv_isa::automatic;
};

namespace detail {

/// The kode_tps x kontes keys seen so far, with the line each was first seen on.
/// A national file is sorted by kode_tps, so keys mostly arrive in increasing order: a key above
/// every key so far cannot be a duplicate and is appended to a sorted run (sequential memory,
/// no probe, 16 bytes a row). Only a key that arrives out of order is looked up, in the run
/// (binary search) and in a small open-addressing set that holds the out-of-order keys.
/// Memory: 16 bytes per distinct key in chunks of 1 MiB (no reallocation copy of the whole run).
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

}  // namespace detail

/// Streaming C.Hasil CSV reader. Feed it bytes; it calls `on_batch(sheet_batch&)` whenever
/// `batch_rows` rows are ready and once more from `finish()`, then reuses the batch.
class csv_reader {
public:
    explicit csv_reader(std::string source, csv_options opts = {}) : source_{std::move(source)}, opts_{opts} {
        if (opts_.batch_rows == 0) opts_.batch_rows = 1;
        if (opts_.block_bytes == 0) opts_.block_bytes = 1;
        report_.keep_limit = opts_.keep_limit;
        report_.on_rejection = opts_.on_rejection;
        report_.on_warning = opts_.on_warning;
        wide_rows_ = opts_.isa == csv_isa::automatic && suara::detail::cpu_has_avx512_bodies();
    }

    /// Parses every complete line of `chunk` (plus the line left over from the previous call).
    template <class OnBatch>
    void feed(std::string_view chunk, OnBatch&& on_batch) {
        if (eol_ == 0) decide_line_end_(chunk, on_batch);
        if (opts_.parse_threads == 0) {
            feed_serial_(chunk, on_batch);
            return;
        }
        const char* p = chunk.data();
        const char* const end = p + chunk.size();
        // The line carried over from the previous block and the lines up to the header: here.
        while (p < end && (!carry_.empty() || overlong_ || !seen_header_ || header_failed_)) {
            const void* nl = std::memchr(p, eol_, static_cast<std::size_t>(end - p));
            const char* e = nl == nullptr || header_failed_ ? end : static_cast<const char*>(nl) + 1;
            feed_serial_(std::string_view{p, static_cast<std::size_t>(e - p)}, on_batch);
            p = e;
        }
        // Then every complete line of the rest in parallel; the unfinished last line is carried.
        const char* last = end;
        while (last > p && last[-1] != eol_) --last;
        if (last > p) {
            flush_(on_batch);  // rows parsed here come first (file order)
            parse_parallel_(std::string_view{p, static_cast<std::size_t>(last - p)}, on_batch);
        }
        feed_serial_(std::string_view{last, static_cast<std::size_t>(end - last)}, on_batch);
    }

    /// Parses the last line (if the input did not end with a line break) and delivers the
    /// remaining rows.
    template <class OnBatch>
    void finish(OnBatch&& on_batch) {
        if (!carry_.empty() || overlong_) {
            line_(carry_, on_batch, std::exchange(overlong_, false));
            carry_.clear();
        }
        if (!seen_header_ && !header_failed_ && !empty_warned_) {
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

    [[nodiscard]] const read_report& report() const noexcept { return report_; }
    [[nodiscard]] read_report& report() noexcept { return report_; }
    [[nodiscard]] const std::string& source() const noexcept { return source_; }
    /// Lines seen so far (the header included).
    [[nodiscard]] std::size_t lines() const noexcept { return line_no_; }
    /// True when rows are parsed with AVX-512 instructions (csv_options::isa and the CPU); even
    /// then lines longer than 255 bytes and files of more than 63 columns take the baseline body.
    [[nodiscard]] bool uses_avx512() const noexcept { return wide_rows_; }

private:
    // Line ends are decided once, by the first line break of the input: '\n' or "\r\n" (the
    // format), or a '\r' followed by anything else (an old-Mac export: '\r' alone ends lines).
    // Only the first '\r' or '\n' and the byte after it count, so any cutting of the input into
    // blocks decides the same. Until then no line has ended, so the bytes are only kept (by
    // feed_serial_). The whole chunk is read afterwards, in the mode decided here.
    template <class OnBatch>
    void decide_line_end_(std::string_view chunk, OnBatch& on_batch) {
        std::size_t i = 0;
        if (!pending_cr_) {
            while (i < chunk.size() && chunk[i] != '\n' && chunk[i] != '\r') ++i;
            if (i == chunk.size()) return;  // no break yet
            if (chunk[i] == '\n') {
                eol_ = '\n';
                return;
            }
            if (i + 1 == chunk.size()) {  // a '\r' at the very end: the next byte decides
                pending_cr_ = true;
                return;
            }
            ++i;  // the byte after the '\r'
        } else if (chunk.empty()) {
            return;
        }
        const bool line_kept = std::exchange(pending_cr_, false);
        if (chunk[i] == '\n') {
            eol_ = '\n';
            return;
        }
        eol_ = '\r';
        if (line_kept) {
            // The line kept so far ended with that '\r' (an overlong one was cut before it).
            if (!overlong_ && !carry_.empty() && carry_.back() == '\r') carry_.pop_back();
            line_(carry_, on_batch, std::exchange(overlong_, false));
            carry_.clear();
        }
        return;
    }

    template <class OnBatch>
    void feed_serial_(std::string_view chunk, OnBatch& on_batch) {
        if (eol_ == 0) {  // no line break seen yet: nothing ends here
            keep_(chunk.data(), chunk.data() + chunk.size());
            return;
        }
        const char* p = chunk.data();
        const char* const end = p + chunk.size();
        if (!carry_.empty() || overlong_) {
            const void* nl = p == end ? nullptr : std::memchr(p, eol_, static_cast<std::size_t>(end - p));
            if (nl == nullptr) {
                keep_(p, end);
                return;
            }
            const char* e = static_cast<const char*>(nl);
            keep_(p, e);
            line_(carry_, on_batch, std::exchange(overlong_, false));
            carry_.clear();
            p = e + 1;
        }
        while (p < end) {
            const void* nl = std::memchr(p, eol_, static_cast<std::size_t>(end - p));
            if (nl == nullptr) {
                keep_(p, end);
                return;
            }
            const char* e = static_cast<const char*>(nl);
            line_(std::string_view{p, static_cast<std::size_t>(e - p)}, on_batch);
            p = e + 1;
        }
    }

    // ---- parallel parsing (csv_options::parse_threads) ----
    // Each thread owns a "lane": a csv_reader with this reader's column layout that parses whole
    // slices, keeps the line of every row and leaves the duplicate check to the merge, which
    // runs here in file order. A lane numbers a slice's lines from 2 (line 1 stands for the
    // header), so that a slice's line k is line `lines before the slice + k - 1` of the file.
    struct slice_part {
        sheet_batch batch;
        std::vector<std::uint64_t> lines;  // the lane's line of each row
    };
    struct slice_result {
        std::vector<slice_part> parts;  // kept between blocks, so that the batches are reused
        std::size_t used = 0;
        std::vector<rejection> rejections;
        std::uint64_t lines = 0;
        std::exception_ptr error;
        std::atomic<bool> ready{false};  // parsed, not yet merged
    };

    [[nodiscard]] std::unique_ptr<csv_reader> make_lane_() const {
        csv_options o = opts_;
        o.parse_threads = 0;
        o.keep_limit = std::numeric_limits<std::size_t>::max();
        o.on_rejection = nullptr;
        o.on_warning = nullptr;
        auto lane = std::make_unique<csv_reader>(source_, std::move(o));
        lane->layout_ = layout_;
        lane->start_staging_();
        lane->seen_header_ = true;
        lane->eol_ = eol_;
        lane->defer_duplicates_ = true;
        return lane;
    }

    void parse_slice_(std::string_view text, slice_result& out) {
        line_no_ = 1;
        report_.summary = {};
        report_.rejections.clear();
        out.used = 0;
        out.error = nullptr;
        auto take = [&](sheet_batch& b) {
            if (out.used == out.parts.size()) out.parts.emplace_back();
            auto& part = out.parts[out.used++];
            std::swap(part.batch, b);  // the lane goes on with the part's old batch (cleared)
            std::swap(part.lines, row_lines_);
            row_lines_.clear();
        };
        feed_serial_(text, take);
        flush_(take);
        out.rejections.swap(report_.rejections);
        report_.rejections.clear();
        out.lines = line_no_ - 1;
    }

    template <class OnBatch>
    void parse_parallel_(std::string_view text, OnBatch& on_batch) {
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
        while (lanes_.size() < threads) lanes_.push_back(make_lane_());
        for (std::size_t w = 0; w < window; ++w) results_[w]->ready.store(false, std::memory_order_relaxed);
        std::atomic<std::size_t> next{0};    // the next slice to claim for parsing
        std::atomic<std::size_t> merged{0};  // slices merged so far
        std::atomic<bool> stop{false};       // the merge failed: helpers leave
        auto parse_one = [&](csv_reader& lane, std::size_t i) noexcept {
            slice_result& r = *results_[i % window];
            try {
                lane.parse_slice_(slices_[i], r);
            } catch (...) {
                r.error = std::current_exception();
            }
            r.ready.store(true, std::memory_order_release);
            r.ready.notify_one();
        };
        auto helper = [&](csv_reader& lane) noexcept {
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
            merge_slice_(r, on_batch);
            merged.store(++done, std::memory_order_release);
            merged.notify_all();
        }
    }

    // The file-order part of a slice: line numbers, the duplicate check, the report, delivery.
    template <class OnBatch>
    void merge_slice_(slice_result& r, OnBatch& on_batch) {
        if (r.error) std::rethrow_exception(std::exchange(r.error, nullptr));
        const std::uint64_t before = line_no_;
        std::size_t next_rejection = 0;
        auto report_before = [&](std::uint64_t line) {  // the slice's rejections above `line`
            for (; next_rejection < r.rejections.size() && before + r.rejections[next_rejection].line - 1 < line;
                 ++next_rejection) {
                rejection& x = r.rejections[next_rejection];
                x.line = before + x.line - 1;
                report_.reject(std::move(x));
            }
        };
        for (std::size_t k = 0; k < r.used; ++k) {
            auto& part = r.parts[k];
            const auto codes = part.batch.codes();
            const auto contests = part.batch.contests();
            dropped_.clear();
            for (std::size_t row = 0; row < codes.size(); ++row) {
                const std::uint64_t line = before + part.lines[row] - 1;
                report_before(line);
                if (const auto first = keys_.insert(key_of_(codes[row], contests[row]), line); first != 0) {
                    reject_duplicate_(codes[row], contests[row], line, first);
                    dropped_.push_back(row);
                } else {
                    report_.validated();
                }
            }
            part.batch.erase_rows(dropped_);
            if (!part.batch.empty()) on_batch(part.batch);
        }
        report_before(std::numeric_limits<std::uint64_t>::max());
        line_no_ = before + r.lines;
    }

    [[nodiscard]] static std::uint64_t key_of_(tps_code code, kontes k) noexcept {
        return code.number() * 8 + static_cast<std::uint64_t>(k);
    }

    void reject_duplicate_(tps_code code, kontes k, std::uint64_t line, std::uint64_t first) {
        // The code as parsed, not the cell's text: a quoted cell is unescaped into a scratch
        // buffer that later cells of the row reuse (tests/fuzz regression).
        rejection r{source_, line, "kode_tps+kontes", quote_value(to_string(code) + "," + std::string{to_string(k)}),
                    csv_reason::duplicate};
        r.other_line = first;
        report_.reject(std::move(r));
    }

    struct row_error {
        std::size_t column = 0;
        std::string_view value;
        const bilingual* reason = nullptr;
    };

    // Keeps the unfinished tail of a block; a line longer than max_line_bytes keeps only its
    // start (for the report), so that a file without line breaks cannot exhaust memory.
    void keep_(const char* b, const char* e) {
        if (overlong_) return;
        const auto n = static_cast<std::size_t>(e - b);
        if (carry_.size() + n > opts_.max_line_bytes) {
            overlong_ = true;
            // One byte beyond what a report quotes, so that the quote shows it was cut.
            const std::size_t room = carry_.size() <= max_quoted_value ? max_quoted_value + 1 - carry_.size() : 0;
            carry_.append(b, std::min(room, n));
            return;
        }
        carry_.append(b, e);
    }

    template <class OnBatch>
    void line_(std::string_view line, OnBatch& on_batch, bool overlong = false) {
        ++line_no_;
        if (overlong || line.size() > opts_.max_line_bytes) {
            if (!seen_header_) {
                seen_header_ = true;
                fail_header_(0, line, csv_reason::line_too_long);
            } else if (!header_failed_) {
                report_.reject({source_, line_no_, "", quote_value(line), csv_reason::line_too_long});
            }
            return;
        }
        if (eol_ != '\r' && !line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line_no_ == 1 && line.size() >= 3 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
        if (header_failed_) return;
        if (!seen_header_) {
            if (!line.empty()) header_(line);  // empty lines before the header are skipped too
            return;
        }
        if (line.empty()) return;
        row_(line);
        if (rows_ >= opts_.batch_rows) flush_(on_batch);
    }

    template <class OnBatch>
    void flush_(OnBatch& on_batch) {
        if (rows_ == 0) return;
        unstage_();
        batch_.resize(rows_);
        rows_ = 0;
        stage_base_ = 0;
        on_batch(batch_);
        batch_.clear();
    }

    // ---- cells ----
    // Returns the next cell of `line` starting at `pos`, advancing `pos` past its comma; sets
    // `last` when the line ended. Quoted cells are unescaped into `scratch_`.
    bool next_cell_(std::string_view line, std::size_t& pos, std::string_view& cell, bool& last,
                    const bilingual*& err) {
        const char* s = line.data();
        const std::size_t n = line.size();
        if (pos < n && s[pos] == '"') {
            scratch_.clear();
            std::size_t i = pos + 1;
            for (;;) {
                if (i >= n) {
                    err = &csv_reason::unterminated_quote;
                    cell = line.substr(pos);
                    return false;
                }
                if (s[i] == '"') {
                    if (i + 1 < n && s[i + 1] == '"') {
                        scratch_ += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                scratch_ += s[i++];
            }
            cell = scratch_;
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

    void header_(std::string_view line) {
        seen_header_ = true;
        layout_.columns.clear();
        std::size_t pos = 0;
        bool last = false;
        bool have_code = false, have_kontes = false;
        std::array<bool, field_count> have_field{};
        std::array<bool, max_candidates> have_candidate{};
        bool have_blank = false;
        bool have_paslon = false;
        layout_.header_candidates = 0;
        while (!last) {
            std::string_view name;
            const bilingual* err = nullptr;
            if (!next_cell_(line, pos, name, last, err)) {
                fail_header_(layout_.columns.size() + 1, name, csv_reason::header_bad);
                return;
            }
            detail::csv_column col;
            bool duplicate = false;
            if (name == "kode_tps") {
                col.kind = detail::csv_column_kind::code;
                duplicate = std::exchange(have_code, true);
            } else if (name == "kontes") {
                col.kind = detail::csv_column_kind::contest;
                duplicate = std::exchange(have_kontes, true);
            } else if (auto f = field_from_string(name)) {
                switch (form_of(*f)) {
                case field_form::count: col.kind = detail::csv_column_kind::count; break;
                case field_form::flag: col.kind = detail::csv_column_kind::flag; break;
                case field_form::gangguan: col.kind = detail::csv_column_kind::gangguan; break;
                case field_form::gangguan_tahap: col.kind = detail::csv_column_kind::tahap; break;
                }
                col.index = static_cast<std::uint8_t>(index(*f));
                duplicate = std::exchange(have_field[index(*f)], true);
            } else if (name == blank_column_name) {
                col.kind = detail::csv_column_kind::blank;
                duplicate = std::exchange(have_blank, true);
            } else if (name == detail::paslon_column_name) {
                col.kind = detail::csv_column_kind::paslon;
                duplicate = std::exchange(have_paslon, true);
            } else if (const int ci = detail::candidate_index(name);
                       ci >= 0 && static_cast<std::size_t>(ci) < max_candidates) {
                col.kind = detail::csv_column_kind::candidate;
                col.index = static_cast<std::uint8_t>(ci);
                duplicate = std::exchange(have_candidate[static_cast<std::size_t>(ci)], true);
                if (static_cast<std::size_t>(ci) + 1 > layout_.header_candidates) layout_.header_candidates = static_cast<std::size_t>(ci) + 1;
            } else {
                report_.warn({source_, line_no_, name.empty() ? std::to_string(layout_.columns.size() + 1) : quote_value(name),
                              "", csv_reason::unknown_column});
            }
            if (duplicate) {
                fail_header_(layout_.columns.size() + 1, name, csv_reason::header_duplicate);
                return;
            }
            layout_.columns.push_back(col);
        }
        if (!have_code) {
            fail_header_(0, "kode_tps", csv_reason::header_missing_code);
            return;
        }
        if (!have_kontes) {
            fail_header_(0, "kontes", csv_reason::header_missing_kontes);
            return;
        }
        for (std::size_t i = 0; i < layout_.header_candidates; ++i)
            if (!have_candidate[i]) {
                report_.warn({source_, line_no_, std::string{candidate_column_names[i]}, "", csv_reason::candidate_gap});
                break;
            }
        layout_.has_blank_column = have_blank;
        layout_.has_paslon_column = have_paslon;
        layout_.have_field = have_field;
        layout_.leading_candidates = 0;
        while (layout_.leading_candidates < max_candidates && have_candidate[layout_.leading_candidates]) ++layout_.leading_candidates;
        layout_.have_candidate = have_candidate;
        layout_.numeric_columns.clear();
        layout_.text_columns.clear();
        for (std::size_t k = 0; k < layout_.columns.size(); ++k) {
            const auto c = layout_.columns[k];
            switch (c.kind) {
            case detail::csv_column_kind::count: layout_.numeric_columns.push_back({k, c.index, max_figure}); break;
            case detail::csv_column_kind::flag: layout_.numeric_columns.push_back({k, c.index, 1}); break;
            case detail::csv_column_kind::candidate:
                layout_.numeric_columns.push_back({k, field_count + std::size_t{c.index}, max_figure});
                break;
            case detail::csv_column_kind::blank: layout_.numeric_columns.push_back({k, blank_slot, max_figure}); break;
            case detail::csv_column_kind::paslon: layout_.numeric_columns.push_back({k, paslon_slot, max_candidates}); break;
            case detail::csv_column_kind::code:
            case detail::csv_column_kind::contest:
            case detail::csv_column_kind::gangguan:
            case detail::csv_column_kind::tahap: layout_.text_columns.push_back({k, c.index, c.kind}); break;
            case detail::csv_column_kind::ignored: break;
            }
        }
        layout_.numeric_limit.clear();
        for (const auto& nc : layout_.numeric_columns)  // four-digit cells are far below INT32_MAX
            layout_.numeric_limit.push_back(static_cast<std::int32_t>(std::min<std::uint64_t>(nc.max, 0x7FFFFFFF)));
        layout_.wide_groups.clear();
        if (layout_.columns.size() <= max_wide_columns)
            for (std::size_t k = 0; k < layout_.numeric_columns.size(); k += 16) {
                wide_group& g = layout_.wide_groups.emplace_back();
                g.cells = std::min<std::size_t>(16, layout_.numeric_columns.size() - k);
                for (std::size_t j = 0; j < 16; ++j) {
                    const std::size_t at = j < g.cells ? k + j : k;  // spare lanes repeat the first cell
                    const auto col = static_cast<std::uint8_t>(layout_.numeric_columns[at].column);
                    for (std::size_t b = 0; b < 4; ++b) {
                        g.end_index[4 * j + b] = static_cast<std::uint8_t>(col + 1);
                        g.begin_index[4 * j + b] = col;
                    }
                    g.limit[j] = layout_.numeric_limit[at];
                }
            }
        layout_.numeric_group.clear();
        for (std::size_t g = 0; g + 4 <= layout_.numeric_columns.size(); g += 4) {
            const std::size_t c = layout_.numeric_columns[g].column;
            bool adjacent = true;
            for (std::size_t j = 1; j < 4; ++j) adjacent &= layout_.numeric_columns[g + j].column == c + j;
            layout_.numeric_group.push_back(adjacent ? static_cast<std::uint32_t>(c) : no_group);
        }
        layout_.fields_present.clear();
        for (std::size_t f = 0; f < field_count; ++f)
            if (have_field[f]) layout_.fields_present.push_back(static_cast<std::uint8_t>(f));
        for (auto& t : layout_.text_columns)
            if (t.kind == detail::csv_column_kind::gangguan || t.kind == detail::csv_column_kind::tahap)
                t.present = static_cast<std::size_t>(
                    std::find(layout_.fields_present.begin(), layout_.fields_present.end(), static_cast<std::uint8_t>(t.slot)) -
                    layout_.fields_present.begin());
        for (std::size_t k = 0; k < layout_.numeric_columns.size(); ++k) {
            const std::size_t slot = layout_.numeric_columns[k].slot;
            if (slot >= field_count && slot < blank_slot) layout_.candidate_numeric[slot - field_count] = k;
            else if (slot == blank_slot) layout_.blank_numeric = k;
            else if (slot == paslon_slot) layout_.paslon_numeric = k;
        }
        start_staging_();
    }

    // ---- the stage (row_fast_wide_) ----
    // Rows parsed by row_fast_wide_ keep their numeric cells in a stage of sixteen rows (one
    // 64-byte store per sixteen cells) and reach the batch columns sixteen rows at a time, by a
    // transposition: a 64-byte store per column instead of a 4-byte store per cell. Every row
    // between stage_base_ and rows_ (and the row being parsed) lives in the stage, whichever path
    // parsed it; unstage_ empties it before the batch is delivered.
    void start_staging_() {
        staging_ = wide_rows_ && !layout_.wide_groups.empty();
        if (staging_) stage_.resize(stage_rows);
        stage_base_ = 0;
    }

    // The numeric cell k of `row` (parsed, not yet committed or committed), wherever it is.
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

    void fail_header_(std::size_t column, std::string_view value, const bilingual& reason) {
        header_failed_ = true;
        report_.reject({source_, line_no_, column == 0 ? std::string{} : std::to_string(column), quote_value(value), reason});
    }

    // Parses a count cell: empty -> missing; digits -> value <= max_figure.
    static bool parse_count_(std::string_view cell, std::uint32_t& out, const bilingual*& err) noexcept {
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

    // The parsed cells of one row, before it is committed to the batch.
    // Figures, candidate votes and the blank column in one flat array, so that the fast path
    // stores every numeric cell the same way (slot = field, field_count + i, or blank_slot).
    static constexpr std::size_t blank_slot = field_count + max_candidates;
    static constexpr std::size_t paslon_slot = blank_slot + 1;
    struct row_cells {
        std::array<std::uint32_t, paslon_slot + 1> vals;
        [[nodiscard]] std::uint32_t* fig() noexcept { return vals.data(); }
        [[nodiscard]] std::uint32_t* votes() noexcept { return vals.data() + field_count; }
        [[nodiscard]] std::uint32_t& blank() noexcept { return vals[blank_slot]; }
        std::optional<tps_code> code;
        std::optional<kontes> contest;
    };

    // For each byte of a 16-bit comma mask (row: half * 256 + byte), the offsets in the 16-byte
    // step of its set bits, then padding (4 KiB).
    static constexpr auto comma_offsets_ = [] {
        std::array<std::array<std::uint8_t, 8>, 512> t{};
        for (unsigned half = 0; half < 2; ++half)
            for (unsigned b = 0; b < 256; ++b) {
                unsigned k = 0;
                for (unsigned bit = 0; bit < 8; ++bit)
                    if ((b >> bit) & 1U) t[half * 256 + b][k++] = static_cast<std::uint8_t>(bit + 8 * half);
            }
        return t;
    }();

    // Bits set in a 16-bit mask, without a library call where the target lacks POPCNT (two
    // lookups in a 256-byte table).
    [[nodiscard]] static std::size_t popcount16_(unsigned m) noexcept {
#if defined(__POPCNT__)
        return static_cast<std::size_t>(std::popcount(m));
#else
        static constexpr auto bits = [] {
            std::array<std::uint8_t, 256> t{};
            for (unsigned i = 0; i < 256; ++i) t[i] = static_cast<std::uint8_t>(std::popcount(i));
            return t;
        }();
        return std::size_t{bits[m & 0xFFU]} + bits[(m >> 8) & 0xFFU];
#endif
    }

    // The text cells of a fast-path row: the code (13 digits, read unchecked: a byte that is not
    // a digit stays counted in `others` and sends the row to the general path), the contest (its
    // letters taken off `others`) and empty incident words (words take the general path).
    // `cell(column)` gives a cell's text; the line ends at `line_end`.
    template <class Cell>
    bool text_cells_fast_(const Cell& cell, const char* line_end, std::size_t row, std::optional<tps_code>& code,
                          std::optional<kontes>& contest, std::size_t& others) const noexcept {
        for (const auto& sc : layout_.text_columns) {
            const std::string_view text = cell(sc.column);
            if (sc.kind == detail::csv_column_kind::code) {
                if (text.size() != 13) return false;
                const char* const p = text.data();
                // Digits 1-8 and 6-13 as two eight-byte numbers.
                if constexpr (std::endian::native == std::endian::little) {
                    auto eight = [](const char* q) {
                        std::uint64_t w;
                        std::memcpy(&w, q, 8);
                        return eight_digits_(w);
                    };
                    code = tps_code::from_number(eight(p) / 1000 * 100'000'000 + eight(p + 5));
                } else {
                    std::uint64_t v = 0;
                    for (std::size_t k = 0; k < 13; ++k) v = v * 10 + (static_cast<unsigned char>(p[k]) & 0x0FU);
                    code = tps_code::from_number(v);
                }
            } else if (sc.kind == detail::csv_column_kind::contest) {
                // One eight-byte load where the line has the bytes (no byte-by-byte word).
                if (std::endian::native == std::endian::little && text.size() <= 7 && text.data() + 8 <= line_end) {
                    std::uint64_t bytes;
                    std::memcpy(&bytes, text.data(), 8);
                    contest = suara::detail::kontes_from_word(suara::detail::kontes_word(bytes, text.size()));
                } else {
                    contest = kontes_from_string(text);
                }
                if (!contest) return false;
                others -= text.size();  // a contest code is letters only
            } else {
                if (!text.empty()) return false;
                field_columns_[sc.present][row] = missing_figure;
            }
        }
        return others == 0;  // else a stray byte in some numeric cell: the general path names it
    }

    // Fast path for the common row: no quotes, every cell well formed. Returns false at the
    // first irregularity; the general path then re-reads the row and names the problem.
    // First every comma of the line is located (16 bytes per step with SSE2), then each cell
    // is parsed from its known bounds: cells do not wait on each other, so the CPU overlaps them.
    // Both loops avoid data-dependent branches (measured: mispredicted branches, not loads, were
    // the cost): the comma positions of a 16-byte step are written unconditionally, and numeric
    // cells are checked eight bytes at a time with their faults collected into one flag.
    bool row_fast_(std::string_view line, std::size_t row, std::optional<tps_code>& code,
                   std::optional<kontes>& contest) const noexcept {
        const std::size_t ncols = layout_.columns.size();
        if (ncols > max_fast_columns) return false;
        const char* const s = line.data();
        const std::size_t n = line.size();
        // Slack: a 16-byte step writes up to 16 positions before the count is checked.
        // bounds[c] is the comma before cell c (bounds[0]: "-1"), bounds[c + 1] the end of cell c.
        std::array<std::uint32_t, max_fast_columns + 2 + 16> bounds;
        bounds[0] = std::numeric_limits<std::uint32_t>::max();
        std::uint32_t* const ends = bounds.data() + 1;
        std::size_t cells = 0;
        std::size_t i = 0;
        // Bytes of the line that are neither digits nor commas: when they all lie in the kontes
        // cell (the code is checked digit by digit, incident words leave the fast path), every
        // numeric cell is digits only, and the cells need no check of their own.
        std::size_t others = 0;
#if defined(__SSE2__)
        const __m128i comma = _mm_set1_epi8(',');
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i below_zero = _mm_set1_epi8('0' - 1);
        const __m128i above_nine = _mm_set1_epi8('9' + 1);
        const __m128i one = _mm_set1_epi8(1);
        const __m128i zero = _mm_setzero_si128();
        __m128i other_bytes = zero;
        for (; i + 16 <= n; i += 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
            if (_mm_movemask_epi8(_mm_cmpeq_epi8(v, quote)) != 0) return false;
            const __m128i is_comma = _mm_cmpeq_epi8(v, comma);
            const __m128i is_digit = _mm_and_si128(_mm_cmpgt_epi8(v, below_zero), _mm_cmplt_epi8(v, above_nine));
            // Counted in the vector (one sum of absolute differences per step), not bit by bit.
            other_bytes = _mm_add_epi64(other_bytes, _mm_sad_epu8(_mm_andnot_si128(_mm_or_si128(is_comma, is_digit), one), zero));
            const auto m = static_cast<unsigned>(_mm_movemask_epi8(is_comma));
            // The comma positions of each 8-byte half from a table (the offsets of the set bits
            // of a byte), widened to 32 bits and stored eight at a time whatever the count (those
            // beyond it are overwritten by the next step).
            const __m128i base = _mm_set1_epi32(static_cast<int>(i));
            for (unsigned half = 0; half < 2; ++half) {
                const unsigned bits = (m >> (8 * half)) & 0xFFU;
                const __m128i at = _mm_unpacklo_epi8(
                    _mm_loadl_epi64(reinterpret_cast<const __m128i*>(comma_offsets_[half * 256 + bits].data())), zero);
                std::uint32_t* const out = ends + cells;
                _mm_storeu_si128(reinterpret_cast<__m128i*>(out), _mm_add_epi32(_mm_unpacklo_epi16(at, zero), base));
                _mm_storeu_si128(reinterpret_cast<__m128i*>(out + 4), _mm_add_epi32(_mm_unpackhi_epi16(at, zero), base));
                cells += popcount16_(bits);
            }
            if (cells > ncols) return false;
        }
        others += static_cast<std::size_t>(_mm_cvtsi128_si32(other_bytes)) +
                  static_cast<std::size_t>(_mm_cvtsi128_si32(_mm_unpackhi_epi64(other_bytes, other_bytes)));
#endif
        for (; i < n; ++i) {
            if (s[i] == '"') return false;
            if (s[i] == ',') {
                if (cells >= ncols) return false;
                ends[cells++] = static_cast<std::uint32_t>(i);
            } else if (static_cast<unsigned char>(s[i]) - unsigned{'0'} > 9) {
                ++others;
            }
        }
        if (cells + 1 != ncols) return false;
        ends[cells] = static_cast<std::uint32_t>(n);

        auto cell = [&](std::size_t col) { return std::string_view{s + (bounds[col] + 1U), ends[col] - (bounds[col] + 1U)}; };
        if (!text_cells_fast_(cell, s + n, row, code, contest, others)) return false;
        // The numeric columns: one uniform loop, no dispatch per cell, each value stored straight
        // into its batch column (a row that leaves the fast path half way is overwritten by the
        // general path, or by the next row when rejected). Cells of up to four digits (every
        // figure of a real sheet) with four readable bytes are converted four bytes at a time,
        // without a branch per digit or per empty cell; longer ones eight at a time; the line's
        // last cells byte by byte.
        std::uint64_t fault = 0;
        const std::size_t count = layout_.numeric_columns.size();
        const numeric_column* const nc = layout_.numeric_columns.data();
        std::uint32_t* const* const dst = numeric_dst_.data();
        // One cell: up to four digits four bytes at a time, up to eight eight at a time (no
        // branch per digit or per empty cell), the rest (the line's last cells, long numbers)
        // byte by byte. False: not a fast-path cell (the general path names the problem).
        auto one_cell = [&](std::size_t k) -> bool {
            const std::uint32_t b = bounds[nc[k].column] + 1U;
            const std::uint32_t len = bounds[nc[k].column + 1] - b;
            const char* const p = s + b;
            std::uint64_t v = 0;
            if (std::endian::native == std::endian::little && len <= 4 && b + 4 <= n) {
                std::uint32_t w4;
                std::memcpy(&w4, p, 4);
                v = (std::uint64_t{w4} << (32 - 8 * len)) & 0xFFFFFFFFULL;  // len 0: 0
                v = ((v & 0x0F0F0F0FULL) * 2561) >> 8;
                v = (((v & 0x00FF00FFULL) * 6553601) >> 16) & 0xFFFFULL;
                fault |= static_cast<std::uint64_t>(v > nc[k].max);  // flags: 1; counts: max_figure
                dst[k][row] = len == 0 ? missing_figure : static_cast<std::uint32_t>(v);
                return true;
            }
            if (std::endian::native == std::endian::little && len <= 8 && b + 8 <= n) {
                std::uint64_t w;
                std::memcpy(&w, p, 8);
                v = eight_digits_(w << (64 - 8 * len));  // len >= 5 here: the cell right-aligned
                fault |= static_cast<std::uint64_t>(v > nc[k].max);
                dst[k][row] = static_cast<std::uint32_t>(v);
                return true;
            }
            return cell_one_by_one_(std::string_view{p, len}, nc[k].max, dst[k][row]);
        };
        std::size_t k = 0;
#if defined(__SSE2__)
        // Four cells of up to four digits at a time (every cell of a real sheet): each cell's
        // last four bytes are loaded (the cell right-aligned), the bytes before the cell masked
        // off, and the digits weighted 1000/100/10/1 by one multiply-add for all four cells.
        // `others == 0` above means the bytes in numeric cells are digits. A group of cells that
        // are not adjacent columns, or with a longer cell, is read cell by cell.
        {
            const __m128i zero = _mm_setzero_si128();
            const __m128i byte_index = _mm_set1_epi32(0x03020100);
            const __m128i three = _mm_set1_epi8(3);
            const __m128i low_nibble = _mm_set1_epi8(0x0F);
            const __m128i weights = _mm_set_epi16(1, 10, 100, 1000, 1, 10, 100, 1000);
            __m128i faults = zero;
            const __m128i four = _mm_set1_epi32(4);
            for (; k + 4 <= count; k += 4) {
                // Adjacent columns (layout_.numeric_group): the group's bounds are two overlapping loads;
                // other groups (cells around a text column) gather them one by one.
                const std::uint32_t c = layout_.numeric_group[k / 4];
                std::uint32_t end_of[4];
                __m128i ends;
                __m128i begins;
                if (c != no_group) {
                    ends = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bounds.data() + c + 1));
                    begins = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bounds.data() + c));
                    for (std::size_t j = 0; j < 4; ++j) end_of[j] = bounds[c + 1 + j];
                } else {
                    std::uint32_t begin_of[4];
                    for (std::size_t j = 0; j < 4; ++j) {
                        begin_of[j] = bounds[nc[k + j].column];
                        end_of[j] = bounds[nc[k + j].column + 1];
                    }
                    ends = _mm_loadu_si128(reinterpret_cast<const __m128i*>(end_of));
                    begins = _mm_loadu_si128(reinterpret_cast<const __m128i*>(begin_of));
                }
                const __m128i lens = _mm_sub_epi32(_mm_sub_epi32(ends, begins), _mm_set1_epi32(1));
                // Up to four digits, and four bytes before each end within the line.
                if (_mm_movemask_epi8(_mm_or_si128(_mm_cmpgt_epi32(lens, four), _mm_cmplt_epi32(ends, four))) != 0) {
                    for (std::size_t j = 0; j < 4; ++j)
                        if (!one_cell(k + j)) return false;
                    continue;
                }
                std::uint32_t w[4];
                for (std::size_t j = 0; j < 4; ++j) std::memcpy(&w[j], s + end_of[j] - 4, 4);
                const __m128i words = _mm_set_epi32(static_cast<int>(w[3]), static_cast<int>(w[2]), static_cast<int>(w[1]),
                                                    static_cast<int>(w[0]));
                __m128i len_bytes = _mm_or_si128(lens, _mm_slli_epi32(lens, 8));
                len_bytes = _mm_or_si128(len_bytes, _mm_slli_epi32(len_bytes, 16));
                // Byte j of a window belongs to the cell when j + len > 3.
                const __m128i in_cell = _mm_cmpgt_epi8(_mm_add_epi8(byte_index, len_bytes), three);
                const __m128i digits = _mm_and_si128(_mm_and_si128(words, in_cell), low_nibble);
                __m128i lo = _mm_madd_epi16(_mm_unpacklo_epi8(digits, zero), weights);  // cells 0, 1
                __m128i hi = _mm_madd_epi16(_mm_unpackhi_epi8(digits, zero), weights);  // cells 2, 3
                lo = _mm_add_epi32(lo, _mm_srli_epi64(lo, 32));
                hi = _mm_add_epi32(hi, _mm_srli_epi64(hi, 32));
                __m128i values = _mm_castps_si128(
                    _mm_shuffle_ps(_mm_castsi128_ps(lo), _mm_castsi128_ps(hi), _MM_SHUFFLE(2, 0, 2, 0)));
                const __m128i limit = _mm_loadu_si128(reinterpret_cast<const __m128i*>(layout_.numeric_limit.data() + k));
                faults = _mm_or_si128(faults, _mm_cmpgt_epi32(values, limit));  // flags: 1; counts: far above
                values = _mm_or_si128(values, _mm_cmpeq_epi32(lens, zero));      // an empty cell: missing (all ones)
                alignas(16) std::uint32_t out[4];
                _mm_store_si128(reinterpret_cast<__m128i*>(out), values);
                for (std::size_t j = 0; j < 4; ++j) dst[k + j][row] = out[j];
            }
            fault |= static_cast<std::uint64_t>(_mm_movemask_epi8(faults) != 0);
        }
#endif
        for (; k < count; ++k)
            if (!one_cell(k)) return false;
        return fault == 0 && code && contest;
    }

#if defined(SUARA_HAS_AVX512_BODIES)
#if defined(__GNUC__) && !defined(__clang__)
// GCC 12 warns inside its own AVX-512 intrinsics (their "undefined" pass-through operand).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
    // The fast path with AVX-512 (byte permutes and compression), for lines of up to 255 bytes
    // and up to max_wide_columns columns (every national row; others take row_fast_). The line
    // is held in four 64-byte registers; the comma positions, one byte each, are compressed into
    // one register (`bounds`), so that any cell's ends are one byte permute away. Sixteen numeric
    // cells of up to four digits are then converted at once: each cell's last four bytes are
    // permuted out of the line (right-aligned, 64 bytes = 16 windows), the bytes before the cell
    // masked off, and the digits weighted 10/1 then 100/1 by two multiply-adds. The same checks
    // as row_fast_ decide when a row must take the general path.
    SUARA_AVX512_TARGET bool row_fast_wide_(std::string_view line, std::size_t row, std::optional<tps_code>& code,
                                            std::optional<kontes>& contest) noexcept {
        const std::size_t n = line.size();
        const std::size_t ncols = layout_.columns.size();
        if (n > 255) {  // a long line: row_fast_ writes the columns; the row lives in the stage
            if (!row_fast_(line, row, code, contest)) return false;
            for (std::size_t k = 0; k < layout_.numeric_columns.size(); ++k) stage_[row - stage_base_].cells[k] = numeric_dst_[k][row];
            return true;
        }
        const char* const s = line.data();
        // bounds[0] is "-1" (the comma before the first cell), bounds[c + 1] the end of cell c;
        // byte arithmetic wraps, so a cell begins at bounds[c] + 1 for every c.
        alignas(64) std::uint8_t bounds[128];
        bounds[0] = 0xFF;
        std::size_t commas = 0;
        std::size_t others = 0;  // bytes neither digit nor comma (see row_fast_)
        const __m512i comma = _mm512_set1_epi8(',');
        const __m512i quote = _mm512_set1_epi8('"');
        const __m512i zero_char = _mm512_set1_epi8('0');
        const __m512i ten = _mm512_set1_epi8(10);
        const __m512i offsets = _mm512_loadu_si512(byte_offsets_.data());
        __m512i text[4];
        for (std::size_t c = 0; c < 4; ++c) {
            const std::size_t at = 64 * c;
            // Masked loads read nothing beyond the line (masked-off bytes cannot fault).
            const __mmask64 valid = at >= n ? 0 : n - at >= 64 ? ~__mmask64{0} : _bzhi_u64(~std::uint64_t{0}, static_cast<unsigned>(n - at));
            text[c] = _mm512_maskz_loadu_epi8(valid, s + at);
            const __mmask64 is_comma = _mm512_cmpeq_epi8_mask(text[c], comma);
            const __mmask64 is_digit = _mm512_cmplt_epu8_mask(_mm512_sub_epi8(text[c], zero_char), ten);
            if (_mm512_cmpeq_epi8_mask(text[c], quote) != 0) return false;
            others += static_cast<std::size_t>(_mm_popcnt_u64(valid & ~(is_comma | is_digit)));
            _mm512_storeu_si512(bounds + 1 + commas,
                                _mm512_maskz_compress_epi8(is_comma, _mm512_add_epi8(offsets, _mm512_set1_epi8(static_cast<char>(at)))));
            commas += static_cast<std::size_t>(_mm_popcnt_u64(is_comma));
            if (commas >= ncols) return false;  // more cells than the header (and bounds stays within 128 bytes)
        }
        if (commas + 1 != ncols) return false;
        bounds[ncols] = static_cast<std::uint8_t>(n);
        auto cell = [&](std::size_t col) {
            const std::uint8_t b = static_cast<std::uint8_t>(bounds[col] + 1U);
            return std::string_view{s + b, static_cast<std::size_t>(bounds[col + 1] - b)};
        };
        if (!text_cells_fast_(cell, s + n, row, code, contest, others)) return false;

        const __m512i ends_of = _mm512_load_si512(bounds);
        const __m512i one = _mm512_set1_epi8(1);
        const __m512i three = _mm512_set1_epi8(3);
        const __m512i four = _mm512_set1_epi8(4);
        const __m512i window_index = _mm512_set1_epi32(0x03020100);
        const __m512i window_start = _mm512_set1_epi32(static_cast<int>(0xFFFEFDFCU));  // -4, -3, -2, -1
        const __m512i tens = _mm512_set1_epi32(0x010A010A);                               // 10, 1, 10, 1
        const __m512i hundreds = _mm512_set1_epi32(0x00010064);                           // 100, 1
        const __m512i missing = _mm512_set1_epi32(-1);
        __mmask16 faults = 0;
        const numeric_column* const nc = layout_.numeric_columns.data();
        std::uint32_t* const staged = stage_[row - stage_base_].cells.data();
        std::size_t k = 0;
        for (const auto& group : layout_.wide_groups) {
            // Per 32-bit lane (one cell): its end and the comma before it, in all four bytes.
            const __m512i ends = _mm512_permutexvar_epi8(_mm512_loadu_si512(group.end_index.data()), ends_of);
            const __m512i before = _mm512_permutexvar_epi8(_mm512_loadu_si512(group.begin_index.data()), ends_of);
            const __m512i lens = _mm512_sub_epi8(_mm512_sub_epi8(ends, before), one);
            if (_mm512_cmpgt_epu8_mask(lens, four) != 0) {  // a cell of five digits or more: one by one
                for (std::size_t j = 0; j < group.cells; ++j)
                    if (!cell_one_by_one_(cell(nc[k + j].column), nc[k + j].max, staged[k + j])) return false;
                k += group.cells;
                continue;
            }
            const __m512i at = _mm512_add_epi8(ends, window_start);
            const __m512i window = _mm512_mask_blend_epi8(_mm512_movepi8_mask(at), _mm512_permutex2var_epi8(text[0], at, text[1]),
                                                          _mm512_permutex2var_epi8(text[2], at, text[3]));
            // Byte j of a window belongs to the cell when j + len > 3; the others count as 0.
            const __mmask64 in_cell = _mm512_cmpgt_epi8_mask(_mm512_add_epi8(lens, window_index), three);
            const __m512i digits = _mm512_maskz_sub_epi8(in_cell, window, zero_char);
            __m512i values = _mm512_madd_epi16(_mm512_maddubs_epi16(digits, tens), hundreds);
            faults |= _mm512_cmpgt_epi32_mask(values, _mm512_loadu_si512(group.limit.data()));
            values = _mm512_mask_mov_epi32(values, _mm512_cmpeq_epi32_mask(lens, _mm512_setzero_si512()), missing);
            _mm512_store_si512(staged + k, values);  // k is a multiple of 16: aligned
            k += group.cells;
        }
        return faults == 0 && code && contest;
    }

    // The sixteen staged rows into the batch columns: each group of sixteen cells is a 16 x 16
    // block transposed in registers (32-bit, then 64-bit interleaves within 128-bit lanes, then
    // two rounds of 128-bit lane shuffles), then stored as sixteen rows of a column at once.
    SUARA_AVX512_TARGET void transpose_stage_() noexcept {
        std::size_t k = 0;
        for (const auto& group : layout_.wide_groups) {
            __m512i r[16];
            for (std::size_t i = 0; i < 16; ++i) r[i] = _mm512_load_si512(stage_[i].cells.data() + k);
            __m512i a[16];
            for (std::size_t i = 0; i < 16; i += 2) {
                a[i] = _mm512_unpacklo_epi32(r[i], r[i + 1]);
                a[i + 1] = _mm512_unpackhi_epi32(r[i], r[i + 1]);
            }
            // b[4i + c], 128-bit lane L: cell 4L + c of rows 4i ... 4i + 3.
            __m512i b[16];
            for (std::size_t i = 0; i < 16; i += 4) {
                b[i] = _mm512_unpacklo_epi64(a[i], a[i + 2]);
                b[i + 1] = _mm512_unpackhi_epi64(a[i], a[i + 2]);
                b[i + 2] = _mm512_unpacklo_epi64(a[i + 1], a[i + 3]);
                b[i + 3] = _mm512_unpackhi_epi64(a[i + 1], a[i + 3]);
            }
            for (std::size_t c = 0; c < 4; ++c) {
                const __m512i s0 = _mm512_shuffle_i32x4(b[c], b[4 + c], _MM_SHUFFLE(2, 0, 2, 0));
                const __m512i s1 = _mm512_shuffle_i32x4(b[c], b[4 + c], _MM_SHUFFLE(3, 1, 3, 1));
                const __m512i s2 = _mm512_shuffle_i32x4(b[8 + c], b[12 + c], _MM_SHUFFLE(2, 0, 2, 0));
                const __m512i s3 = _mm512_shuffle_i32x4(b[8 + c], b[12 + c], _MM_SHUFFLE(3, 1, 3, 1));
                const __m512i cell_of_lane[4] = {_mm512_shuffle_i32x4(s0, s2, _MM_SHUFFLE(2, 0, 2, 0)),
                                                 _mm512_shuffle_i32x4(s1, s3, _MM_SHUFFLE(2, 0, 2, 0)),
                                                 _mm512_shuffle_i32x4(s0, s2, _MM_SHUFFLE(3, 1, 3, 1)),
                                                 _mm512_shuffle_i32x4(s1, s3, _MM_SHUFFLE(3, 1, 3, 1))};
                for (std::size_t lane = 0; lane < 4; ++lane) {
                    const std::size_t j = 4 * lane + c;  // the cell within the group
                    if (j < group.cells) _mm512_storeu_si512(numeric_dst_[k + j] + stage_base_, cell_of_lane[lane]);
                }
            }
            k += group.cells;
        }
        stage_base_ += stage_rows;
    }
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
#endif

    // Eight digit bytes (little-endian: the first digit in the lowest byte; leading bytes that
    // are zero count as 0) as their number: pairs, then quads, then the eight, each step one
    // multiply that weights the higher part by 10, 100, 10,000.
    [[nodiscard]] static constexpr std::uint64_t eight_digits_(std::uint64_t w) noexcept {
        w = ((w & 0x0F0F0F0F0F0F0F0FULL) * 2561) >> 8;
        w = ((w & 0x00FF00FF00FF00FFULL) * 6553601) >> 16;
        return ((w & 0x0000FFFF0000FFFFULL) * 42949672960001ULL) >> 32;
    }

    // A numeric cell read digit by digit (long numbers): false when it is not a fast-path cell.
    [[nodiscard]] static bool cell_one_by_one_(std::string_view text, std::uint64_t max, std::uint32_t& out) noexcept {
        if (text.empty()) {
            out = missing_figure;
            return true;
        }
        if (text.size() > 10) return false;
        std::uint64_t v = 0;
        for (const char ch : text) {
            const unsigned d = static_cast<unsigned char>(ch) - unsigned{'0'};
            if (d > 9) return false;
            v = v * 10 + d;
        }
        if (v > max) return false;
        out = static_cast<std::uint32_t>(v);
        return true;
    }

    void row_(std::string_view line) {
        // Rows are written in place into a pre-sized batch: the columns the file has are written
        // for every row (so they are not filled first), the others hold missing figures.
        if (rows_ == batch_.size()) {
            const std::size_t grow = batch_.size() < 4096 ? 4096 : batch_.size() * 2;
            batch_.resize_for_overwrite(grow < opts_.batch_rows ? grow : opts_.batch_rows, layout_.have_field,
                                        layout_.leading_candidates, layout_.has_blank_column);
            refresh_columns_();
        }
        const std::size_t row = rows_;
        std::optional<tps_code> code;
        std::optional<kontes> contest;
#if defined(SUARA_HAS_AVX512_BODIES)
        const bool fast = staging_ ? row_fast_wide_(line, row, code, contest) : row_fast_(line, row, code, contest);
#else
        const bool fast = row_fast_(line, row, code, contest);
#endif
        if (fast) {
            commit_(row, *code, *contest);
            return;
        }
        row_cells r{};
        r.blank() = missing_figure;
        r.vals[paslon_slot] = missing_figure;
        if (!row_general_(line, r)) return;
        // Every cell the file has, into the row (over whatever the fast path left there).
        for (std::size_t k = 0; k < layout_.fields_present.size(); ++k) field_columns_[k][row] = r.fig()[layout_.fields_present[k]];
        for (std::size_t k = 0; k < layout_.numeric_columns.size(); ++k) {
            const std::uint32_t v = r.vals[layout_.numeric_columns[k].slot];
            if (staging_) stage_[row - stage_base_].cells[k] = v;
            else numeric_dst_[k][row] = v;
        }
        commit_(row, *r.code, *r.contest);
    }

    // The general path: quotes, words, and every error with its place.
    bool row_general_(std::string_view line, row_cells& r) {
        std::uint32_t* const fig = r.fig();
        std::uint32_t* const votes = r.votes();
        std::uint32_t& blank = r.blank();
        auto& code = r.code;
        auto& contest = r.contest;
        row_error error;
        std::size_t pos = 0;
        bool last = false;
        const std::size_t ncols = layout_.columns.size();
        std::size_t col = 0;
        for (; col < ncols; ++col) {
            if (last) {
                error = {col + 1, std::string_view{}, &csv_reason::too_few_columns};
                break;
            }
            std::string_view cell;
            const bilingual* err = nullptr;
            if (!next_cell_(line, pos, cell, last, err)) {
                error = {col + 1, cell, err};
                break;
            }
            const auto c = layout_.columns[col];
            switch (c.kind) {
            case detail::csv_column_kind::ignored: break;
            case detail::csv_column_kind::code:
                if (cell.empty()) err = &csv_reason::missing_code;
                else if (!(code = tps_code::parse(cell))) err = &csv_reason::bad_code;
                break;
            case detail::csv_column_kind::contest:
                if (cell.empty()) err = &csv_reason::missing_kontes;
                else if (!(contest = kontes_from_string(cell))) err = &csv_reason::unknown_kontes;
                break;
            case detail::csv_column_kind::count: parse_count_(cell, fig[c.index], err); break;
            case detail::csv_column_kind::flag:
                // Read as a count first (so "01" means 1 on both row paths), then held to 0/1.
                if (parse_count_(cell, fig[c.index], err) && fig[c.index] != missing_figure && fig[c.index] > 1)
                    err = &csv_reason::bad_flag;
                if (err == &csv_reason::not_a_number || err == &csv_reason::negative || err == &csv_reason::out_of_range)
                    err = &csv_reason::bad_flag;
                break;
            case detail::csv_column_kind::gangguan:
                if (cell.empty()) fig[c.index] = missing_figure;
                else if (cell == to_string(suara::gangguan::bencana)) fig[c.index] = 1;
                else if (cell == to_string(suara::gangguan::kerusuhan)) fig[c.index] = 2;
                else if (cell == to_string(suara::gangguan::keamanan)) fig[c.index] = 3;
                else err = &csv_reason::bad_gangguan;
                break;
            case detail::csv_column_kind::tahap:
                if (cell.empty()) fig[c.index] = missing_figure;
                else if (cell == to_string(suara::gangguan_tahap::sebagian)) fig[c.index] = 1;
                else if (cell == to_string(suara::gangguan_tahap::seluruh)) fig[c.index] = 2;
                else err = &csv_reason::bad_tahap;
                break;
            case detail::csv_column_kind::candidate: parse_count_(cell, votes[c.index], err); break;
            case detail::csv_column_kind::blank: parse_count_(cell, blank, err); break;
            case detail::csv_column_kind::paslon:
                if (parse_count_(cell, r.vals[paslon_slot], err) && r.vals[paslon_slot] != missing_figure &&
                    r.vals[paslon_slot] > max_candidates)
                    err = &csv_reason::bad_paslon;
                if (err == &csv_reason::not_a_number || err == &csv_reason::negative || err == &csv_reason::out_of_range)
                    err = &csv_reason::bad_paslon;
                break;
            }
            if (err != nullptr) {
                error = {col + 1, cell, err};
                break;
            }
        }
        if (error.reason == nullptr && !last) error = {ncols + 1, line.substr(pos), &csv_reason::too_many_columns};
        if (error.reason != nullptr) {
            reject_(error.column, error.value, *error.reason);
            return false;
        }
        return true;
    }

    // Names the row just parsed into `row` and counts it, or rejects it (candidates beyond a
    // fixed count, duplicate); its figures are in the batch already.
    void commit_(std::size_t row, tps_code code, kontes contest) {
        // Candidate count of this row: its jumlah_paslon cell, else the contest's count given to
        // the reader, else the header's suara_i columns. Never inferred from empty cells: an
        // empty suara_3 is a missing figure, not a contest with two pairs.
        const std::uint32_t declared = layout_.has_paslon_column ? numeric_value_(layout_.paslon_numeric, row) : missing_figure;
        const std::uint8_t fixed = opts_.candidates[static_cast<std::size_t>(contest)];
        const std::size_t n = declared != missing_figure ? declared : fixed != 0 ? fixed : layout_.header_candidates;
        std::size_t last_filled = 0;
        for (std::size_t i = 0; i < layout_.header_candidates; ++i)
            if (layout_.have_candidate[i] && numeric_value_(layout_.candidate_numeric[i], row) != missing_figure) last_filled = i + 1;
        if (last_filled > n) {
            reject_(column_pos_(detail::csv_column_kind::candidate, last_filled - 1), std::string_view{},
                    csv_reason::beyond_candidates);
            return;
        }
        if (defer_duplicates_) {
            row_lines_.push_back(line_no_);  // a lane: the merge checks duplicates in file order
        } else if (const auto first = keys_.insert(key_of_(code, contest), line_no_); first != 0) {
            reject_duplicate_(code, contest, line_no_, first);
            return;
        }
        const bool with_blank = layout_.has_blank_column && numeric_value_(layout_.blank_numeric, row) != missing_figure;
        ++rows_;
#if defined(SUARA_HAS_AVX512_BODIES)
        if (staging_ && rows_ - stage_base_ == stage_rows) transpose_stage_();
#endif
        batch_.set_identity(row, code, contest, n, with_blank);
        if (batch_.candidate_columns() != vote_columns_) refresh_columns_();
        report_.validated();
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
            numeric_dst_[k] = slot < field_count   ? batch_.column(static_cast<field>(slot)).data()
                              : slot < blank_slot ? candidate_columns_[slot - field_count]
                              : slot == blank_slot ? batch_.blank_column().data()
                                                   : paslon_column_.data();
        }
    }

    // The 1-based position of the column of `kind` (and candidate index `i`), for a rejection.
    [[nodiscard]] std::size_t column_pos_(detail::csv_column_kind kind, std::size_t i) const noexcept {
        for (std::size_t k = 0; k < layout_.columns.size(); ++k)
            if (layout_.columns[k].kind == kind && (kind != detail::csv_column_kind::candidate || layout_.columns[k].index == i))
                return k + 1;
        return 0;
    }

    void reject_(std::size_t column, std::string_view value, const bilingual& reason) {
        std::string name;
        if (column >= 1 && column <= layout_.columns.size()) name = header_names_(column);
        else name = std::to_string(column);
        report_.reject({source_, line_no_, std::move(name), quote_value(value), reason});
    }

    // The header name of 1-based column `column` (kept as names only for reporting).
    [[nodiscard]] std::string header_names_(std::size_t column) const {
        const auto c = layout_.columns[column - 1];
        switch (c.kind) {
        case detail::csv_column_kind::code: return "kode_tps";
        case detail::csv_column_kind::contest: return "kontes";
        case detail::csv_column_kind::count:
        case detail::csv_column_kind::flag:
        case detail::csv_column_kind::gangguan:
        case detail::csv_column_kind::tahap: return std::string{field_names[c.index]};
        case detail::csv_column_kind::candidate: return std::string{candidate_column_names[c.index]};
        case detail::csv_column_kind::blank: return std::string{blank_column_name};
        case detail::csv_column_kind::paslon: return std::string{detail::paslon_column_name};
        case detail::csv_column_kind::ignored: break;
        }
        return std::to_string(column);
    }

    // Rows wider than this take the general path (a national file has about 60 columns).
    static constexpr std::size_t max_fast_columns = 255;

    std::string source_;
    csv_options opts_;
    read_report report_;
    sheet_batch batch_;
    std::size_t rows_ = 0;  // rows filled in batch_ (its size is the pre-sized capacity)
    detail::tps_key_set keys_;
    struct numeric_column {
        std::size_t column;
        std::size_t slot;
        std::uint64_t max;
    };
    struct text_column {
        std::size_t column;
        std::size_t slot;
        detail::csv_column_kind kind;
        std::size_t present = 0;  // gangguan / tahap: the index of the field in fields_present
    };
    // For each group of four numeric cells (k = 4g ... 4g + 3): the column of its first cell when
    // the four are adjacent columns, else no_group (the group's bounds are gathered one by one).
    static constexpr std::uint32_t no_group = std::numeric_limits<std::uint32_t>::max();
    // For row_fast_wide_: sixteen numeric cells at a time, by their place in the line.
    static constexpr std::size_t max_wide_columns = 63;  // bounds[0 ... columns] in 64 bytes
    struct wide_group {
        std::array<std::uint8_t, 64> end_index{};    // per cell, four times: its column + 1
        std::array<std::uint8_t, 64> begin_index{};  // per cell, four times: its column
        std::array<std::int32_t, 16> limit{};        // each cell's maximum
        std::size_t cells = 0;                       // used lanes (the last group may have fewer)
    };
    // 0, 1, ..., 63: the offset of each byte of a 64-byte step.
    static constexpr auto byte_offsets_ = [] {
        std::array<std::uint8_t, 64> t{};
        for (std::size_t i = 0; i < 64; ++i) t[i] = static_cast<std::uint8_t>(i);
        return t;
    }();
    // What the header says, read once (header_) and shared as a whole with the parsing lanes.
    struct file_layout {
        std::vector<detail::csv_column> columns;
        std::vector<numeric_column> numeric_columns;
        std::vector<std::int32_t> numeric_limit;   // each numeric cell's maximum, for the 4-cell path
        std::vector<std::uint32_t> numeric_group;  // per group of four numeric cells (see no_group)
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
    file_layout layout_;
    std::vector<std::uint32_t*> numeric_dst_;  // the batch column of each numeric cell
    // Where commit_ writes: the batch's column of each present field and candidate (valid until
    // the batch is resized or widened; refresh_columns_ renews them).
    std::array<std::uint32_t*, field_count> field_columns_{};
    std::array<std::uint32_t*, max_candidates> candidate_columns_{};
    std::size_t vote_columns_ = 0;
    std::vector<std::uint32_t> paslon_column_;  // the jumlah_paslon cell of each row of batch_
    std::string carry_;
    std::string scratch_;
    std::size_t line_no_ = 0;
    bool seen_header_ = false;
    bool header_failed_ = false;
    bool empty_warned_ = false;
    bool overlong_ = false;
    char eol_ = 0;             // the line end: '\n' (also "\r\n"), '\r' (old Mac), 0: not known yet
    bool pending_cr_ = false;  // the input so far ends with its first '\r'
    // Parallel parsing: the lanes, the slices of the current block and their results.
    bool defer_duplicates_ = false;
    bool wide_rows_ = false;  // rows parsed by row_fast_wide_ (csv_options::isa, the CPU)
    bool staging_ = false;    // wide rows and a layout they can read: rows go through stage_
    static constexpr std::size_t stage_rows = 16;
    struct alignas(64) staged_row {
        std::array<std::uint32_t, 64> cells;  // the numeric cells, by numeric_columns index
    };
    std::vector<staged_row> stage_;
    std::size_t stage_base_ = 0;  // the batch row of stage_[0]
    std::vector<std::uint64_t> row_lines_;
    std::vector<std::unique_ptr<csv_reader>> lanes_;
    std::vector<std::string_view> slices_;
    std::vector<std::unique_ptr<slice_result>> results_;
    std::vector<std::size_t> dropped_;
};

/// A whole input read into one batch (the convenience form; national files should stream).
struct csv_result {
    sheet_batch sheets;
    read_report report;
};

/// Reads CSV text held in memory; `source` names it in messages.
[[nodiscard]] inline csv_result read_csv_string(std::string_view text, std::string source = "<string>",
                                                csv_options opts = {}) {
    opts.batch_rows = std::numeric_limits<std::size_t>::max();
    csv_result out;
    csv_reader r{std::move(source), opts};
    auto take = [&](sheet_batch& b) { out.sheets = std::move(b); };
    r.feed(text, take);
    r.finish(take);
    out.report = std::move(r.report());
    return out;
}

/// Streams a CSV file: `on_batch(sheet_batch&)` receives up to `opts.batch_rows` rows at a time.
/// A file that cannot be opened or read throws io::input_error naming it (the CLI maps it to exit 2).
template <class OnBatch>
read_report read_csv_file(const std::string& path, OnBatch&& on_batch, csv_options opts = {}) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> f{std::fopen(path.c_str(), "rb"), &std::fclose};
    if (!f) throw input_error(path, input_reason::cannot_open);
    csv_reader r{path, opts};
    r.read(f.get(), on_batch);
    if (std::ferror(f.get()) != 0) throw input_error(path, input_reason::read_error);
    return std::move(r.report());
}

/// Reads a whole CSV file into one batch.
[[nodiscard]] inline csv_result read_csv_file(const std::string& path, csv_options opts = {}) {
    opts.batch_rows = std::numeric_limits<std::size_t>::max();
    csv_result out;
    out.report = read_csv_file(path, [&](sheet_batch& b) { out.sheets = std::move(b); }, opts);
    return out;
}

/// Streams CSV from any std::istream (standard input for `-`).
template <class OnBatch>
read_report read_csv_stream(std::istream& in, std::string source, OnBatch&& on_batch, csv_options opts = {}) {
    csv_reader r{std::move(source), opts};
    r.read(in, on_batch);
    return std::move(r.report());
}

}  // namespace suara::io

#endif  // SUARA_IO_CSV_READER_HPP
