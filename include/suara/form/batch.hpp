// suara — a columnar batch of results sheets (struct of arrays).
// Distributed under the Boost Software License, Version 1.0.
//
// One contiguous column per field, so that a rule reads only the figures it needs and a
// national batch (820,161 sheets) streams through the cache. Rows model `sheet_like`, so the
// rule catalogue runs on them unchanged. Missing figures are `missing_figure`, as in `sheet`.
// Where each row came from travels beside the figures without an allocation per row: the
// batch's source name, a line column, and for readers that know more per record (Sirekap: the
// record's file, photo URLs and time stamp) a side table whose texts share one pool per batch.
#ifndef SUARA_FORM_BATCH_HPP
#define SUARA_FORM_BATCH_HPP

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <suara/form/sheet.hpp>
#include <suara/form/sheet_like.hpp>

namespace suara {

namespace detail {
/// An allocator whose `resize(n)` leaves new elements uninitialised (`resize(n, v)` still fills):
/// a reader that writes every row of a column anyway need not have it filled first.
template <class T>
struct default_init_allocator : std::allocator<T> {
    template <class U>
    struct rebind {
        using other = default_init_allocator<U>;
    };
    default_init_allocator() = default;
    template <class U>
    constexpr default_init_allocator(const default_init_allocator<U>&) noexcept {}
    template <class U>
    void construct(U* p) noexcept(std::is_nothrow_default_constructible_v<U>) {
        ::new (static_cast<void*>(p)) U;
    }
    template <class U, class... Args>
    void construct(U* p, Args&&... args) {
        std::construct_at(p, std::forward<Args>(args)...);
    }
};
}  // namespace detail

/// Many results sheets stored by column: one array per field, candidate column and key, so that
/// the validator reads each rule's inputs as contiguous memory. Rows model `sheet_like`
/// through row(i); missing figures hold `missing_figure` as on a sheet.
class sheet_batch {
public:
    sheet_batch() = default;

    /// Number of rows.
    [[nodiscard]] std::size_t size() const noexcept { return codes_.size(); }
    /// True when the batch has no row.
    [[nodiscard]] bool empty() const noexcept { return codes_.empty(); }
    /// Candidate columns held (the widest sheet so far).
    [[nodiscard]] std::size_t candidate_columns() const noexcept { return votes_.size(); }

    /// Reserves room for `n` rows in every column.
    void reserve(std::size_t n) {
        codes_.reserve(n);
        contests_.reserve(n);
        candidate_counts_.reserve(n);
        blank_flags_.reserve(n);
        blank_.reserve(n);
        lines_.reserve(n);
        for (auto& c : figures_) c.reserve(n);
        for (auto& c : votes_) c.reserve(n);
    }

    /// Reserves room for the origins of `rows` rows holding `bytes` of file names, time stamps
    /// and photo URLs in all (set_origin, add_image): a reader that knows how many records come
    /// grows the string pool once instead of copying it at every doubling.
    void reserve_origins(std::size_t rows, std::size_t bytes) {
        origins_.reserve(rows);
        pool_.reserve(bytes);
    }

    /// Removes every row, keeping the memory for the next batch.
    void clear() noexcept {
        codes_.clear();
        contests_.clear();
        candidate_counts_.clear();
        blank_flags_.clear();
        blank_.clear();
        lines_.clear();
        origins_.clear();
        pool_.clear();
        source_.clear();
        for (auto& c : figures_) c.clear();
        for (auto& c : votes_) c.clear();
    }

    /// Appends a row with every figure missing and returns its index; readers then fill the
    /// columns in place, so that no per-record `sheet` is built.
    std::size_t append_missing(tps_code code, kontes k, std::size_t n_candidates, bool blank_column) {
        if (n_candidates > max_candidates) throw std::length_error("suara::sheet_batch: too many candidate columns");
        const std::size_t row = size();
        widen(n_candidates);
        codes_.push_back(code);
        contests_.push_back(k);
        candidate_counts_.push_back(static_cast<std::uint8_t>(n_candidates));
        blank_flags_.push_back(blank_column ? 1 : 0);
        blank_.push_back(missing_figure);
        lines_.push_back(0);
        if (!origins_.empty()) origins_.push_back({});
        for (auto& c : figures_) c.push_back(missing_figure);
        for (auto& c : votes_) c.push_back(missing_figure);
        return row;
    }

    /// Appends a row holding these figures (`missing_figure` where a record wrote none; votes
    /// beyond `n_candidates` and the blank votes without `blank_column` are ignored) and returns
    /// its index: one push per column, for readers that hold a whole record before appending
    /// (io/sirekap.hpp), instead of append_missing and a second write per column.
    std::size_t append_row(tps_code code, kontes k, std::size_t n_candidates, bool blank_column,
                           const std::array<std::uint32_t, field_count>& figures,
                           const std::array<std::uint32_t, max_candidates>& votes, std::uint32_t blank) {
        if (n_candidates > max_candidates) throw std::length_error("suara::sheet_batch: too many candidate columns");
        const std::size_t row = size();
        widen(n_candidates);
        codes_.push_back(code);
        contests_.push_back(k);
        candidate_counts_.push_back(static_cast<std::uint8_t>(n_candidates));
        blank_flags_.push_back(blank_column ? 1 : 0);
        blank_.push_back(blank_column ? blank : missing_figure);
        lines_.push_back(0);
        if (!origins_.empty()) origins_.push_back({});
        for (std::size_t f = 0; f < field_count; ++f) figures_[f].push_back(figures[f]);
        for (std::size_t i = 0; i < votes_.size(); ++i) votes_[i].push_back(i < n_candidates ? votes[i] : missing_figure);
        return row;
    }

    /// Grows or shrinks to `n` rows. New rows have every figure missing, no candidate column,
    /// code 0 and contest ppwp until `set_identity` names them. For bulk readers: one vectorised
    /// fill per column instead of a push per figure and row (io/csv_reader.hpp).
    void resize(std::size_t n) { resize_for_overwrite(n, {}, 0, false); }  // nothing left unset

    /// Grows or shrinks to `n` rows like `resize`, except that the new rows of the columns the
    /// caller will write for every row are left unset instead of filled: the fields marked in
    /// `written`, the first `written_candidates` candidate columns, and the blank column when
    /// `written_blank`. For bulk readers (io/csv_reader.hpp), which would otherwise fill every
    /// column once and then overwrite most of it.
    void resize_for_overwrite(std::size_t n, const std::array<bool, field_count>& written,
                              std::size_t written_candidates, bool written_blank) {
        codes_.resize(n);
        contests_.resize(n, kontes::ppwp);
        candidate_counts_.resize(n, 0);
        blank_flags_.resize(n, 0);
        lines_.resize(n, 0);
        if (!origins_.empty()) origins_.resize(n);
        if (written_blank) blank_.resize(n);
        else blank_.resize(n, missing_figure);
        for (std::size_t f = 0; f < field_count; ++f) {
            if (written[f]) figures_[f].resize(n);
            else figures_[f].resize(n, missing_figure);
        }
        for (std::size_t i = 0; i < votes_.size(); ++i) {
            if (i < written_candidates) votes_[i].resize(n);
            else votes_[i].resize(n, missing_figure);
        }
    }

    /// Names row `row` (after `resize`): its TPS, contest, candidate columns and blank column.
    void set_identity(std::size_t row, tps_code code, kontes k, std::size_t n_candidates, bool blank_column) {
        if (n_candidates > max_candidates) throw std::length_error("suara::sheet_batch: too many candidate columns");
        if (row >= size()) throw std::out_of_range("suara::sheet_batch::set_identity");
        widen(n_candidates);
        codes_[row] = code;
        contests_[row] = k;
        candidate_counts_[row] = static_cast<std::uint8_t>(n_candidates);
        blank_flags_[row] = blank_column ? 1 : 0;
    }

    /// Appends any sheet_like row.
    template <sheet_like S>
    std::size_t push_back(const S& s) {
        const std::size_t row = append_missing(s.code(), s.kontes_code(), s.candidate_count(), s.has_blank());
        for (std::size_t f = 0; f < field_count; ++f) figures_[f][row] = s.figure(static_cast<field>(f));
        for (std::size_t i = 0; i < s.candidate_count(); ++i) votes_[i][row] = s.candidate_figure(i);
        blank_[row] = s.blank_figure();
        return row;
    }

    /// Removes the last row (a reader that finds a row bad after appending it).
    void pop_back() {
        if (empty()) throw std::out_of_range("suara::sheet_batch::pop_back on an empty batch");
        codes_.pop_back();
        contests_.pop_back();
        candidate_counts_.pop_back();
        blank_flags_.pop_back();
        blank_.pop_back();
        lines_.pop_back();
        if (!origins_.empty()) origins_.pop_back();
        for (auto& c : figures_) c.pop_back();
        for (auto& c : votes_) c.pop_back();
    }

    /// Appends every row of `other` (readers that deliver a file in several batches). Rows keep
    /// their lines and per-row origins; a batch with no source name takes `other`'s, and an
    /// empty batch its unpublished fields.
    void append(const sheet_batch& other) {
        const std::size_t n = size() + other.size();
        if (source_.empty()) source_ = other.source_;
        if (empty()) set_unpublished(other.unpublished_, other.unpublished_by_);
        if (!other.origins_.empty() || !origins_.empty()) {
            origins_.resize(size());
            const auto base = static_cast<std::uint32_t>(pool_.size());
            pool_ += other.pool_;
            for (std::size_t i = 0; i < other.size(); ++i) {
                row_origin_ref r = other.origins_.empty() ? row_origin_ref{} : other.origins_[i];
                if (r.present) r.begin += base;
                origins_.push_back(r);
            }
        }
        lines_.insert(lines_.end(), other.lines_.begin(), other.lines_.end());
        widen(other.candidate_columns());
        auto add = [](auto& to, const auto& from) { to.insert(to.end(), from.begin(), from.end()); };
        add(codes_, other.codes_);
        add(contests_, other.contests_);
        add(candidate_counts_, other.candidate_counts_);
        add(blank_flags_, other.blank_flags_);
        add(blank_, other.blank_);
        for (std::size_t f = 0; f < field_count; ++f) add(figures_[f], other.figures_[f]);
        for (std::size_t i = 0; i < votes_.size(); ++i) {
            if (i < other.votes_.size()) add(votes_[i], other.votes_[i]);
            else votes_[i].resize(n, missing_figure);
        }
    }

    /// Removes the rows at `rows` (ascending indices), keeping the order of the others.
    /// For a reader that rejects rows after they were parsed (duplicates found in file order).
    void erase_rows(std::span<const std::size_t> rows) {
        if (rows.empty()) return;
        if (!std::is_sorted(rows.begin(), rows.end()) || rows.back() >= size() ||
            std::adjacent_find(rows.begin(), rows.end()) != rows.end())
            throw std::out_of_range("suara::sheet_batch::erase_rows: indices must be ascending, distinct and in range");
        auto compact = [&](auto& col) {
            std::size_t to = rows.front();
            std::size_t k = 0;
            for (std::size_t from = rows.front(); from < col.size(); ++from) {
                if (k < rows.size() && rows[k] == from) {
                    ++k;
                    continue;
                }
                col[to++] = col[from];
            }
            col.resize(to);
        };
        compact(codes_);
        compact(contests_);
        compact(candidate_counts_);
        compact(blank_flags_);
        compact(blank_);
        compact(lines_);
        if (!origins_.empty()) compact(origins_);
        for (auto& c : figures_) compact(c);
        for (auto& c : votes_) compact(c);
    }

    /// Holds at least `n` candidate columns (rows with fewer candidates hold `missing_figure`
    /// there); readers that write rows in place widen once, not row by row.
    void reserve_candidate_columns(std::size_t n) {
        if (n > max_candidates) throw std::length_error("suara::sheet_batch: too many candidate columns");
        widen(n);
    }

    // ---- where rows came from ----
    /// The name of the input the rows came from (a CSV file, "-"), or "" when the reader gives
    /// none or rows name their own (set_origin).
    [[nodiscard]] std::string_view source() const noexcept { return source_; }
    /// Names the batch's input (assigned into reused storage: no allocation once it has grown).
    void set_source(std::string_view s) { source_.assign(s.data(), s.size()); }
    /// The line of each row in its input (1-based; 0: unknown or not a line, e.g. a JSON record).
    [[nodiscard]] std::span<const std::uint64_t> lines() const noexcept { return lines_; }
    /// Sets the line of row `row` in its input.
    void set_line(std::size_t row, std::uint64_t line) noexcept { lines_[row] = line; }

    // ---- what the source publishes (issue 14 item 5) ----
    /// The fields the batch's source never publishes (bit i = field i), declared by its reader:
    /// such a field is missing on every row by the source's design, not by a gap in one record,
    /// so record.incomplete does not list it (bulk/validator.hpp) and the summary says once that
    /// the checks needing it were not run. 0 (the default, and CSV): every field is published.
    [[nodiscard]] std::uint64_t unpublished_fields() const noexcept { return unpublished_; }
    /// Who does not publish them, for people ("Sirekap"); "" when every field is published.
    [[nodiscard]] std::string_view unpublished_by() const noexcept { return unpublished_by_; }
    /// Declares the fields the source never publishes and its name (static storage). Kept by
    /// clear(), since a reader reuses its batch for the same source.
    void set_unpublished(std::uint64_t fields, std::string_view publisher) noexcept {
        unpublished_ = fields;
        unpublished_by_ = publisher;
    }

    /// What a reader knows of one record besides its line: its own file (an archive member, a
    /// Sirekap JSON file), a time stamp and photo URLs. Views into the batch (valid until it changes).
    struct row_origin {
        std::string_view file;    ///< The record's own file; "" when the batch's source() names it.
        std::string_view ts;      ///< The record's time stamp as the input writes it; "" when none.
        std::string_view images;  ///< Photo URLs, each followed by '\n'; "" when none.
        /// Calls `f(std::string_view url)` for each photo URL, in input order.
        template <class F>
        void for_each_image(F&& f) const {
            std::string_view rest = images;
            while (!rest.empty()) {
                const auto end = rest.find('\n');
                f(rest.substr(0, end));
                rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
            }
        }
    };
    /// Records row `row`'s own file and time stamp (the row's earlier origin, if any, is
    /// replaced). The texts go to the batch's pool: no allocation per row once it has grown.
    void set_origin(std::size_t row, std::string_view file, std::string_view ts) {
        if (row >= size()) throw std::out_of_range("suara::sheet_batch::set_origin");
        if (origins_.empty()) origins_.resize(size());
        row_origin_ref& r = origins_[row];
        r.present = true;
        r.begin = static_cast<std::uint32_t>(pool_.size());
        r.file = static_cast<std::uint32_t>(file.size());
        r.ts = static_cast<std::uint32_t>(ts.size());
        r.images = 0;
        pool_.append(file.data(), file.size());
        pool_.append(ts.data(), ts.size());
        last_origin_ = row;
    }
    /// Adds a photo URL to row `row`, which must be the row last given set_origin. Line breaks in
    /// the URL are stored as spaces (they separate the URLs).
    void add_image(std::size_t row, std::string_view url) {
        if (origins_.empty() || row != last_origin_ || !origins_[row].present)
            throw std::logic_error("suara::sheet_batch::add_image: call set_origin for the row first");
        const std::size_t at = pool_.size();
        pool_.append(url.data(), url.size());
        // Rare: two memchr scans per URL in the common case (a byte loop here was an eighth of
        // the Sirekap reader's time).
        if (std::memchr(url.data(), '\n', url.size()) != nullptr || std::memchr(url.data(), '\r', url.size()) != nullptr)
            for (std::size_t i = at; i < pool_.size(); ++i)
                if (pool_[i] == '\n' || pool_[i] == '\r') pool_[i] = ' ';
        pool_ += '\n';
        origins_[row].images += static_cast<std::uint32_t>(url.size() + 1);
    }
    /// Row `row`'s own origin; every part empty when its reader recorded none.
    [[nodiscard]] row_origin origin(std::size_t row) const noexcept {
        if (origins_.empty() || !origins_[row].present) return {};
        const row_origin_ref& r = origins_[row];
        const std::string_view pool{pool_};
        return {pool.substr(r.begin, r.file), pool.substr(r.begin + r.file, r.ts), pool.substr(r.begin + r.file + r.ts, r.images)};
    }

    // ---- columns ----
    /// The column of field `f`, one figure per row.
    [[nodiscard]] std::span<const std::uint32_t> column(field f) const noexcept { return figures_[index(f)]; }
    /// The column of field `f`, writable (readers fill it in place).
    [[nodiscard]] std::span<std::uint32_t> column(field f) noexcept { return figures_[index(f)]; }
    /// Votes of candidate column i (0-based); rows with fewer candidates hold `missing_figure`.
    [[nodiscard]] std::span<const std::uint32_t> candidate_column(std::size_t i) const { return votes_.at(i); }
    /// Votes of candidate column i, writable.
    [[nodiscard]] std::span<std::uint32_t> candidate_column(std::size_t i) { return votes_.at(i); }
    /// Votes of the blank column (kolom kosong); `missing_figure` for rows without one.
    [[nodiscard]] std::span<const std::uint32_t> blank_column() const noexcept { return blank_; }
    /// Votes of the blank column, writable.
    [[nodiscard]] std::span<std::uint32_t> blank_column() noexcept { return blank_; }
    /// The TPS code of each row.
    [[nodiscard]] std::span<const tps_code> codes() const noexcept { return codes_; }
    /// The contest of each row.
    [[nodiscard]] std::span<const kontes> contests() const noexcept { return contests_; }
    /// The number of candidate columns of each row.
    [[nodiscard]] std::span<const std::uint8_t> candidate_counts() const noexcept { return candidate_counts_; }
    /// 1 for rows whose ballot has a blank column, else 0.
    [[nodiscard]] std::span<const std::uint8_t> blank_flags() const noexcept { return blank_flags_; }

    /// A light view of one row; models `sheet_like`.
    class row_ref {
    public:
        /// Row `i` of `b`; the view must not outlive the batch.
        row_ref(const sheet_batch& b, std::size_t i) noexcept : b_{&b}, i_{i} {}
        /// The figure of field `f` in this row.
        [[nodiscard]] std::uint32_t figure(field f) const noexcept { return b_->figures_[index(f)][i_]; }
        /// Candidate columns of this row.
        [[nodiscard]] std::size_t candidate_count() const noexcept { return b_->candidate_counts_[i_]; }
        /// Votes of candidate column `c` in this row.
        [[nodiscard]] std::uint32_t candidate_figure(std::size_t c) const noexcept { return b_->votes_[c][i_]; }
        /// True when this row's ballot has a blank column.
        [[nodiscard]] bool has_blank() const noexcept { return b_->blank_flags_[i_] != 0; }
        /// Votes of the blank column in this row.
        [[nodiscard]] std::uint32_t blank_figure() const noexcept { return b_->blank_[i_]; }
        /// This row's TPS code.
        [[nodiscard]] tps_code code() const noexcept { return b_->codes_[i_]; }
        /// This row's contest.
        [[nodiscard]] kontes kontes_code() const noexcept { return b_->contests_[i_]; }
        /// The row's position in its batch.
        [[nodiscard]] std::size_t index_in_batch() const noexcept { return i_; }

    private:
        const sheet_batch* b_;
        std::size_t i_;
    };

    /// A view of row `i` for the rules (no copy).
    [[nodiscard]] row_ref row(std::size_t i) const noexcept { return row_ref{*this, i}; }
    /// Row i as a full `sheet` value.
    [[nodiscard]] sheet at(std::size_t i) const {
        if (i >= size()) throw std::out_of_range("suara::sheet_batch::at");
        return to_sheet(row(i));
    }

    /// Bytes held by the figure and vote columns (what a validation pass must at least read).
    [[nodiscard]] std::size_t column_bytes() const noexcept {
        return (field_count + votes_.size() + 1) * size() * sizeof(std::uint32_t);
    }

private:
    void widen(std::size_t n_candidates) {
        while (votes_.size() < n_candidates) {
            votes_.emplace_back(size(), missing_figure);
            votes_.back().reserve(codes_.capacity());
        }
    }

    std::vector<tps_code> codes_;
    std::vector<kontes> contests_;
    std::vector<std::uint8_t> candidate_counts_;
    std::vector<std::uint8_t> blank_flags_;
    // Where rows came from: see "where rows came from" above.
    struct row_origin_ref {
        std::uint32_t begin = 0;   // offset of the file in pool_, then ts, then images
        std::uint32_t file = 0;    // lengths
        std::uint32_t ts = 0;
        std::uint32_t images = 0;
        bool present = false;
    };
    std::vector<std::uint64_t> lines_;
    std::vector<row_origin_ref> origins_;  // empty, or one per row
    std::string pool_;
    std::string source_;
    std::uint64_t unpublished_ = 0;
    std::string_view unpublished_by_;  // static storage
    std::size_t last_origin_ = 0;
    using figure_column = std::vector<std::uint32_t, detail::default_init_allocator<std::uint32_t>>;
    figure_column blank_;
    std::array<figure_column, field_count> figures_;
    std::vector<figure_column> votes_;
};

static_assert(sheet_like<sheet_batch::row_ref>);

}  // namespace suara

#endif  // SUARA_FORM_BATCH_HPP
