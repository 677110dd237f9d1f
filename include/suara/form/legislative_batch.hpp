// suara — a columnar batch of legislative results sheets (struct of arrays, ragged columns).
// Distributed under the Boost Software License, Version 1.0.
//
// The administration columns are a `sheet_batch` whose rows have no candidate column (one
// contiguous column per field, the same source, line and origin side tables). The party and
// candidate figures vary in number per row, so they are ragged columns: per row an offset into
// the party columns (number, party-only votes, total), per party an offset into the candidate
// votes, per row an offset into the DPD votes. `clear()` keeps every column's memory, so a
// reader that refills one batch per chunk allocates nothing per record once the columns have
// grown. Rows model `legislative_like` through one view type, `legislative_batch::row_ref`.
#ifndef SUARA_FORM_LEGISLATIVE_BATCH_HPP
#define SUARA_FORM_LEGISLATIVE_BATCH_HPP

#include <cstddef>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <string_view>
#include <vector>

#include <suara/core/dapil.hpp>
#include <suara/core/kontes.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/form/ballot_number.hpp>
#include <suara/form/batch.hpp>
#include <suara/form/field.hpp>
#include <suara/form/legislative_sheet.hpp>
#include <suara/form/sheet.hpp>

namespace suara {

namespace detail {
/// The administration section of a legislative row as a sheet_like with no candidate column
/// (what the sheet_batch of the administration columns stores).
template <legislative_like L>
struct administration_of {
    const L& s;
    [[nodiscard]] constexpr std::uint32_t figure(field f) const noexcept { return s.figure(f); }
    [[nodiscard]] constexpr std::size_t candidate_count() const noexcept { return 0; }
    [[nodiscard]] constexpr std::uint32_t candidate_figure(std::size_t) const noexcept { return missing_figure; }
    [[nodiscard]] constexpr bool has_blank() const noexcept { return false; }
    [[nodiscard]] constexpr std::uint32_t blank_figure() const noexcept { return missing_figure; }
    [[nodiscard]] constexpr tps_code code() const noexcept { return s.code(); }
    [[nodiscard]] constexpr kontes kontes_code() const noexcept { return s.kontes_code(); }
};
}  // namespace detail

/// Many legislative sheets (DPR, DPRD Provinsi, DPRD Kab/Kota, DPD), column by column.
class legislative_batch {
public:
    /// An empty batch.
    legislative_batch() { clear(); }

    /// Rows in the batch.
    [[nodiscard]] std::size_t size() const noexcept { return dapils_.size(); }
    /// True when the batch holds no row.
    [[nodiscard]] bool empty() const noexcept { return dapils_.empty(); }

    /// Reserves room for `rows` rows holding `parties` party columns and `candidates` candidate
    /// figures (party candidates and DPD candidates together) in all.
    void reserve(std::size_t rows, std::size_t parties, std::size_t candidates) {
        admin_.reserve(rows);
        dapils_.reserve(rows);
        party_offsets_.reserve(rows + 1);
        dpd_offsets_.reserve(rows + 1);
        party_numbers_.reserve(parties);
        party_votes_.reserve(parties);
        party_totals_.reserve(parties);
        candidate_offsets_.reserve(parties + 1);
        candidate_votes_.reserve(candidates);
        dpd_votes_.reserve(candidates);
    }

    /// Removes every row and keeps the memory of every column (no allocation when refilled to
    /// the same size).
    void clear() noexcept {
        admin_.clear();
        dapils_.clear();
        party_numbers_.clear();
        party_votes_.clear();
        party_totals_.clear();
        candidate_votes_.clear();
        dpd_votes_.clear();
        // the offset columns keep their leading 0 (room for it is kept by clear())
        party_offsets_.clear();
        party_offsets_.push_back(0);
        candidate_offsets_.clear();
        candidate_offsets_.push_back(0);
        dpd_offsets_.clear();
        dpd_offsets_.push_back(0);
    }

    /// Appends any legislative sheet or row and returns its index. Throws std::invalid_argument
    /// for a contest that is not legislative, a DPD row with parties or a party row with DPD
    /// candidates, party numbers not ascending in 1..max_ballot_parties or a bad dapil code,
    /// and std::length_error for a row with more parties,
    /// party candidates or DPD candidates than a legislative_sheet can hold (so that every row
    /// can be read back as one).
    template <legislative_like L>
    std::size_t push_back(const L& s) {
        if (!is_legislative_contest(s.kontes_code()))
            throw std::invalid_argument("suara::legislative_batch: not a legislative contest (pdpr, pdprdp, pdprdk, pdpd)");
        const std::size_t parties = s.party_count(), dpd = s.candidate_count();
        if (parties > max_ballot_parties) throw std::length_error("suara::legislative_batch: more parties than max_ballot_parties");
        if (dpd > max_dpd_candidates) throw std::length_error("suara::legislative_batch: more candidates than max_dpd_candidates");
        if (s.kontes_code() == kontes::pdpd ? parties != 0 : dpd != 0)
            throw std::invalid_argument("suara::legislative_batch: a DPD row has candidates only, a DPR/DPRD row parties only");
        for (std::size_t p = 0; p < parties; ++p) {
            if (s.party_candidate_count(p) > max_party_candidates)
                throw std::length_error("suara::legislative_batch: more candidates than max_party_candidates");
            const unsigned n = s.party_at(p).value();
            if (n == 0 || n > max_ballot_parties || (p > 0 && s.party_at(p - 1).value() >= n))
                throw std::invalid_argument("suara::legislative_batch: party numbers in 1..max_ballot_parties, ascending, once each");
        }
        const dapil_code dapil{s.dapil()};  // checked before anything is appended
        const std::size_t row = admin_.push_back(detail::administration_of<L>{s});
        dapils_.push_back(dapil);
        for (std::size_t p = 0; p < parties; ++p) {
            party_numbers_.push_back(s.party_at(p).value());
            party_votes_.push_back(s.party_figure(p));
            party_totals_.push_back(s.party_total(p));
            for (std::size_t c = 0; c < s.party_candidate_count(p); ++c) candidate_votes_.push_back(s.party_candidate_figure(p, c));
            candidate_offsets_.push_back(static_cast<std::uint32_t>(candidate_votes_.size()));
        }
        party_offsets_.push_back(static_cast<std::uint32_t>(party_numbers_.size()));
        for (std::size_t c = 0; c < dpd; ++c) dpd_votes_.push_back(s.candidate_figure(c));
        dpd_offsets_.push_back(static_cast<std::uint32_t>(dpd_votes_.size()));
        return row;
    }

    // ---- where rows came from (kept by the administration columns) ----
    /// The batch's source (file name).
    [[nodiscard]] std::string_view source() const noexcept { return admin_.source(); }
    /// Sets the batch's source.
    void set_source(std::string_view s) { admin_.set_source(s); }
    /// Sets the input line of a row.
    void set_line(std::size_t row, std::uint64_t line) noexcept { admin_.set_line(row, line); }
    /// Records a row's own file and time stamp (sheet_batch::set_origin).
    void set_origin(std::size_t row, std::string_view file, std::string_view ts) { admin_.set_origin(row, file, ts); }
    /// Adds a photo URL to the row last given an origin (sheet_batch::add_image).
    void add_image(std::size_t row, std::string_view url) { admin_.add_image(row, url); }

    /// Declares the fields the batch's source never publishes (sheet_batch::set_unpublished, kept
    /// by clear()): record.incomplete then leaves them out, as on the source's PPWP sheets.
    void set_unpublished(std::uint64_t fields, std::string_view publisher) noexcept { admin_.set_unpublished(fields, publisher); }

    // ---- columns ----
    /// The administration columns: one row per sheet, no candidate column.
    [[nodiscard]] const sheet_batch& administration() const noexcept { return admin_; }
    /// The dapil code of each row.
    [[nodiscard]] std::span<const dapil_code> dapils() const noexcept { return dapils_; }
    /// Row i's party columns are [party_offsets()[i], party_offsets()[i + 1]); size() + 1 entries.
    [[nodiscard]] std::span<const std::uint32_t> party_offsets() const noexcept { return party_offsets_; }
    /// The party number of each party column.
    [[nodiscard]] std::span<const std::uint8_t> party_numbers() const noexcept { return party_numbers_; }
    /// The party-only votes of each party column.
    [[nodiscard]] std::span<const std::uint32_t> party_votes() const noexcept { return party_votes_; }
    /// The total of each party column.
    [[nodiscard]] std::span<const std::uint32_t> party_totals() const noexcept { return party_totals_; }
    /// Party column j's candidates are [candidate_offsets()[j], candidate_offsets()[j + 1]).
    [[nodiscard]] std::span<const std::uint32_t> candidate_offsets() const noexcept { return candidate_offsets_; }
    /// The votes of every party candidate, party column after party column.
    [[nodiscard]] std::span<const std::uint32_t> candidate_votes() const noexcept { return candidate_votes_; }
    /// Row i's DPD candidates are [dpd_offsets()[i], dpd_offsets()[i + 1]).
    [[nodiscard]] std::span<const std::uint32_t> dpd_offsets() const noexcept { return dpd_offsets_; }
    /// The votes of every DPD candidate, row after row.
    [[nodiscard]] std::span<const std::uint32_t> dpd_votes() const noexcept { return dpd_votes_; }

    /// One row, read through the columns; models `legislative_like`.
    class row_ref {
    public:
        /// Row `i` of batch `b`.
        row_ref(const legislative_batch& b, std::size_t i) noexcept
            : b_{&b}, i_{i}, party0_{b.party_offsets_[i]}, dpd0_{b.dpd_offsets_[i]} {}
        /// The TPS code.
        [[nodiscard]] tps_code code() const noexcept { return b_->admin_.codes()[i_]; }
        /// The contest.
        [[nodiscard]] kontes kontes_code() const noexcept { return b_->admin_.contests()[i_]; }
        /// The stored figure of an administration field.
        [[nodiscard]] std::uint32_t figure(field f) const noexcept { return b_->admin_.column(f)[i_]; }
        /// The dapil code ("" when none).
        [[nodiscard]] std::string_view dapil() const noexcept { return b_->dapils_[i_].view(); }
        /// Parties on the row.
        [[nodiscard]] std::size_t party_count() const noexcept { return b_->party_offsets_[i_ + 1] - party0_; }
        /// The number of party column p.
        [[nodiscard]] party_number party_at(std::size_t p) const noexcept { return party_number{b_->party_numbers_[party0_ + p]}; }
        /// Stored party-only votes of party column p.
        [[nodiscard]] std::uint32_t party_figure(std::size_t p) const noexcept { return b_->party_votes_[party0_ + p]; }
        /// Stored total of party column p.
        [[nodiscard]] std::uint32_t party_total(std::size_t p) const noexcept { return b_->party_totals_[party0_ + p]; }
        /// Candidates of party column p.
        [[nodiscard]] std::size_t party_candidate_count(std::size_t p) const noexcept {
            return b_->candidate_offsets_[party0_ + p + 1] - b_->candidate_offsets_[party0_ + p];
        }
        /// Stored votes of candidate c of party column p.
        [[nodiscard]] std::uint32_t party_candidate_figure(std::size_t p, std::size_t c) const noexcept {
            return b_->candidate_votes_[b_->candidate_offsets_[party0_ + p] + c];
        }
        /// DPD candidates on the row.
        [[nodiscard]] std::size_t candidate_count() const noexcept { return b_->dpd_offsets_[i_ + 1] - dpd0_; }
        /// Stored votes of DPD candidate c.
        [[nodiscard]] std::uint32_t candidate_figure(std::size_t c) const noexcept { return b_->dpd_votes_[dpd0_ + c]; }
        /// The row's index in the batch.
        [[nodiscard]] std::size_t index_in_batch() const noexcept { return i_; }

    private:
        const legislative_batch* b_;
        std::size_t i_;
        std::size_t party0_;
        std::size_t dpd0_;
    };

    /// Row i (unchecked).
    [[nodiscard]] row_ref row(std::size_t i) const noexcept { return row_ref{*this, i}; }

    /// Row i copied into a legislative_sheet. Throws std::out_of_range past the end.
    [[nodiscard]] legislative_sheet at(std::size_t i) const {
        if (i >= size()) throw std::out_of_range("suara::legislative_batch::at");
        return to_legislative_sheet(row(i));
    }

private:
    sheet_batch admin_;
    std::vector<dapil_code> dapils_;
    std::vector<std::uint32_t> party_offsets_;
    std::vector<std::uint8_t> party_numbers_;
    std::vector<std::uint32_t> party_votes_;
    std::vector<std::uint32_t> party_totals_;
    std::vector<std::uint32_t> candidate_offsets_;
    std::vector<std::uint32_t> candidate_votes_;
    std::vector<std::uint32_t> dpd_offsets_;
    std::vector<std::uint32_t> dpd_votes_;

};

static_assert(legislative_like<legislative_batch::row_ref>);

}  // namespace suara

#endif  // SUARA_FORM_LEGISLATIVE_BATCH_HPP
