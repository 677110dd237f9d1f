// suara — internal: CSV line feeding. Blocks of bytes in, complete lines out; no columns.
// Distributed under the Boost Software License, Version 1.0.
//
// The caller feeds blocks of any size (a file block, a pipe read, a whole string); only the one
// line that straddles two blocks is copied. Decided here, for every CSV input suara reads
// (docs/formats.md):
//  - the line end, once, by the first line break of the input: '\n' or "\r\n" (the format), or
//    a '\r' followed by anything else (an old-Mac export: '\r' alone ends lines). Only the first
//    '\r' or '\n' and the byte after it count, so any cutting of the input into blocks decides
//    the same; until then no line has ended and the bytes are only kept;
//  - the '\r' of "\r\n" and the UTF-8 byte-order mark of line 1 are not part of a line;
//  - a line longer than max_line_bytes is not held: only its start is kept, for the report, so
//    that a file without line breaks cannot exhaust memory;
//  - line numbers: every line counts, empty ones too.
#ifndef SUARA_IO_CSV_LINES_HPP
#define SUARA_IO_CSV_LINES_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include <suara/io/report.hpp>

namespace suara::io::detail {

/// One complete line.
struct csv_line {
    std::string_view text;  ///< without its line end; when too long, only its start
    std::uint64_t number;   ///< 1-based
    bool too_long;          ///< longer than max_line_bytes: to be rejected, not read
};

class csv_lines {
public:
    /// `line_end` 0: decided by the input; '\n' or '\r': already known (a parsing lane).
    explicit csv_lines(std::size_t max_line_bytes, char line_end = 0) noexcept : max_{max_line_bytes}, eol_{line_end} {}

    /// Every line `block` completes, to `on_line(const csv_line&)`.
    template <class OnLine>
    void feed(std::string_view block, OnLine&& on_line) {
        decide_line_end(block, on_line);
        take(block, on_line);
    }

    /// The last line, when the input did not end with a line break.
    template <class OnLine>
    void finish(OnLine&& on_line) {
        if (holds_partial_line()) end_kept_line_(on_line);
    }

    /// The first step of feed(): decides the line end if `block` holds the byte that decides it
    /// (a line kept so far may then end).
    template <class OnLine>
    void decide_line_end(std::string_view block, OnLine& on_line) {
        if (eol_ != 0) return;
        std::size_t i = 0;
        if (!pending_cr_) {
            while (i < block.size() && block[i] != '\n' && block[i] != '\r') ++i;
            if (i == block.size()) return;  // no break yet
            if (block[i] == '\n') {
                eol_ = '\n';
                return;
            }
            if (i + 1 == block.size()) {  // a '\r' at the very end: the next byte decides
                pending_cr_ = true;
                return;
            }
            ++i;  // the byte after the '\r'
        } else if (block.empty()) {
            return;
        }
        const bool line_kept = std::exchange(pending_cr_, false);
        if (block[i] == '\n') {
            eol_ = '\n';
            return;
        }
        eol_ = '\r';
        if (line_kept) {
            // The line kept so far ended with that '\r' (a too long one was cut before it).
            if (!too_long_ && !carry_.empty() && carry_.back() == '\r') carry_.pop_back();
            end_kept_line_(on_line);
        }
    }

    /// The second step of feed(): the lines of `piece`, the kept line first; the unfinished end
    /// is kept. Until the line end is decided, everything is kept.
    template <class OnLine>
    void take(std::string_view piece, OnLine& on_line) {
        if (eol_ == 0) {  // no line break seen yet: nothing ends here
            keep_(piece.data(), piece.data() + piece.size());
            return;
        }
        const char* p = piece.data();
        const char* const end = p + piece.size();
        if (holds_partial_line()) {
            const void* nl = p == end ? nullptr : std::memchr(p, eol_, static_cast<std::size_t>(end - p));
            if (nl == nullptr) {
                keep_(p, end);
                return;
            }
            const char* e = static_cast<const char*>(nl);
            keep_(p, e);
            end_kept_line_(on_line);
            p = e + 1;
        }
        while (p < end) {
            const void* nl = std::memchr(p, eol_, static_cast<std::size_t>(end - p));
            if (nl == nullptr) {
                keep_(p, end);
                return;
            }
            const char* e = static_cast<const char*>(nl);
            line_(std::string_view{p, static_cast<std::size_t>(e - p)}, false, on_line);
            p = e + 1;
        }
    }

    /// '\n' (also "\r\n"), '\r' (old Mac), 0: not decided yet.
    [[nodiscard]] char line_end() const noexcept { return eol_; }
    /// A line has begun and not ended.
    [[nodiscard]] bool holds_partial_line() const noexcept { return !carry_.empty() || too_long_; }
    /// Just past the first line end in [p, end), or `end`.
    [[nodiscard]] const char* after_line_end(const char* p, const char* end) const noexcept {
        const void* nl = std::memchr(p, eol_, static_cast<std::size_t>(end - p));
        return nl == nullptr ? end : static_cast<const char*>(nl) + 1;
    }
    /// Just past the last line end in [p, end), or `p`.
    [[nodiscard]] const char* after_last_line_end(const char* p, const char* end) const noexcept {
        while (end > p && end[-1] != eol_) --end;
        return end;
    }
    /// Lines seen so far.
    [[nodiscard]] std::uint64_t count() const noexcept { return number_; }
    /// Counts lines read elsewhere (by a parsing lane), or restarts the count.
    void skip(std::uint64_t lines) noexcept { number_ += lines; }
    void restart(std::uint64_t lines_before) noexcept { number_ = lines_before; }

private:
    template <class OnLine>
    void end_kept_line_(OnLine& on_line) {
        line_(carry_, std::exchange(too_long_, false), on_line);
        carry_.clear();
    }

    template <class OnLine>
    void line_(std::string_view line, bool cut, OnLine& on_line) {
        ++number_;
        if (cut || line.size() > max_) {
            on_line(csv_line{line, number_, true});
            return;
        }
        if (eol_ != '\r' && !line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (number_ == 1 && line.size() >= 3 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
        on_line(csv_line{line, number_, false});
    }

    void keep_(const char* b, const char* e) {
        if (too_long_) return;
        const auto n = static_cast<std::size_t>(e - b);
        if (carry_.size() + n > max_) {
            too_long_ = true;
            // One byte beyond what a report quotes, so that the quote shows it was cut.
            const std::size_t room = carry_.size() <= max_quoted_value ? max_quoted_value + 1 - carry_.size() : 0;
            carry_.append(b, std::min(room, n));
            return;
        }
        carry_.append(b, e);
    }

    std::size_t max_;
    char eol_;
    bool pending_cr_ = false;  // the input so far ends with its first '\r'
    bool too_long_ = false;    // the kept line is longer than max_: only its start is kept
    std::string carry_;        // the line begun and not ended
    std::uint64_t number_ = 0;
};

/// Every line of a whole stream, read in blocks of `block_bytes`, to `on_line(const csv_line&)`.
template <class OnLine>
void for_each_csv_line(std::istream& in, std::size_t max_line_bytes, OnLine&& on_line, std::size_t block_bytes = std::size_t{1} << 16) {
    csv_lines lines{max_line_bytes};
    std::unique_ptr<char[]> buf{new char[block_bytes]};
    while (in) {
        in.read(buf.get(), static_cast<std::streamsize>(block_bytes));
        const auto got = static_cast<std::size_t>(in.gcount());
        if (got == 0) break;
        lines.feed(std::string_view{buf.get(), got}, on_line);
    }
    lines.finish(on_line);
}

}  // namespace suara::io::detail

#endif  // SUARA_IO_CSV_LINES_HPP
