// suara — one legislative results sheet (Model C.Hasil-DPR, -DPRD Provinsi, -DPRD Kab/Kota, -DPD):
// one TPS, one contest.
// Distributed under the Boost Software License, Version 1.0.
//
// The administration section (voters, ballots, valid and invalid votes) is a `sheet` with no
// candidate column, so that the existing rules read it unchanged. A DPR or DPRD sheet adds, per
// party on the ballot (by its number): its party-only votes (suara partai), its candidates'
// votes by nomor urut (a variable number per party and dapil) and its total (jumlah suara sah
// partai dan calon), as the form prints them (docs/sources.md#legislative-sheets: Sirekap `chart`
// `{jml_suara_partai, jml_suara_total}` and `caleg`). A DPD sheet adds one figure per candidate,
// as the PPWP sheet does, but for up to max_dpd_candidates candidates. Every figure can be
// missing (`missing_figure`), and missing is never zero. A fixed-size value: it can be built and
// checked in a constant expression.
#ifndef SUARA_FORM_LEGISLATIVE_SHEET_HPP
#define SUARA_FORM_LEGISLATIVE_SHEET_HPP

#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string_view>

#include <suara/core/dapil.hpp>
#include <suara/core/kontes.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/form/ballot_number.hpp>
#include <suara/form/field.hpp>
#include <suara/form/sheet.hpp>

namespace suara {

/// Most candidates one DPD sheet can hold. UNVERIFIED and regime-independent: the domain
/// reference does not state the largest number of DPD candidates of one province in 2024 (news
/// reports put the largest provinces above 50; not checked against the KPU's DCT). 64 holds that
/// with margin; a reader refuses a sheet with more, it never cuts one. The PPWP and Pilkada
/// `sheet` keeps its own max_candidates, so the national engine's rows do not grow.
inline constexpr std::size_t max_dpd_candidates = 64;

/// True for the contests whose sheet carries party and candidate votes: DPR, DPRD Provinsi,
/// DPRD Kabupaten/Kota.
[[nodiscard]] constexpr bool is_party_contest(kontes k) noexcept {
    return k == kontes::pdpr || k == kontes::pdprdp || k == kontes::pdprdk;
}
/// True for the four legislative contests: the party contests and DPD.
[[nodiscard]] constexpr bool is_legislative_contest(kontes k) noexcept { return is_party_contest(k) || k == kontes::pdpd; }

/// One party's column of a DPR or DPRD sheet. Raw figures: `missing_figure` where nothing was written.
struct party_result {
    party_number party{};  ///< The party's number on the ballot (1..max_ballot_parties).
    std::uint32_t party_votes = missing_figure;  ///< Votes for the party only (suara partai).
    std::uint32_t total = missing_figure;  ///< The party's total as written: party-only plus its candidates.
    std::uint8_t candidates = 0;  ///< Candidates of the party on this dapil's ballot.
    /// Votes per candidate by nomor urut (nomor urut 1 is [0]); `missing_figure` where not written.
    std::array<std::uint32_t, max_party_candidates> candidate_votes{};
    /// Equal when every member is.
    friend constexpr bool operator==(const party_result&, const party_result&) = default;
};

/// What the legislative rules read (suara/tally/legislative_rules.hpp): a legislative_sheet and a
/// row of the legislative_batch both model it. Figures are raw (`missing_figure` where nothing
/// was written); for a DPD sheet party_count() is 0 and candidate_count() the DPD candidates,
/// for a party sheet candidate_count() is 0.
template <class L>
concept legislative_like = requires(const L& s, field f, std::size_t p, std::size_t c) {
    { s.code() } -> std::convertible_to<tps_code>;
    { s.kontes_code() } -> std::convertible_to<kontes>;
    { s.figure(f) } -> std::convertible_to<std::uint32_t>;
    { s.dapil() } -> std::convertible_to<std::string_view>;
    { s.party_count() } -> std::convertible_to<std::size_t>;
    { s.party_at(p) } -> std::convertible_to<party_number>;
    { s.party_figure(p) } -> std::convertible_to<std::uint32_t>;
    { s.party_total(p) } -> std::convertible_to<std::uint32_t>;
    { s.party_candidate_count(p) } -> std::convertible_to<std::size_t>;
    { s.party_candidate_figure(p, c) } -> std::convertible_to<std::uint32_t>;
    { s.candidate_count() } -> std::convertible_to<std::size_t>;
    { s.candidate_figure(c) } -> std::convertible_to<std::uint32_t>;
};

/// One TPS, one legislative contest: what the KPPS wrote on the sheet.
struct legislative_sheet {
    /// The administration section: TPS, contest and the figures by `field`; no candidate column.
    sheet admin{};
    /// The dapil code as the input gave it (empty when none).
    dapil_code dapil_of{};
    /// Parties on the ballot, in ascending number.
    std::uint8_t parties_used = 0;
    /// The parties' columns; the first `parties_used` are used.
    std::array<party_result, max_ballot_parties> parties{};
    /// DPD: candidates on the ballot.
    std::uint8_t dpd_candidates = 0;
    /// DPD: votes per candidate in ballot order; `missing_figure` where not written.
    std::array<std::uint32_t, max_dpd_candidates> dpd_votes{};

    /// A sheet of a legislative contest with every figure missing and no party (nor DPD
    /// candidate) yet. Throws std::invalid_argument for a contest that is not legislative.
    [[nodiscard]] static constexpr legislative_sheet empty(tps_code code, kontes k, dapil_code dapil = {}) {
        if (!is_legislative_contest(k))
            throw std::invalid_argument("suara::legislative_sheet: not a legislative contest (pdpr, pdprdp, pdprdk, pdpd)");
        legislative_sheet s;
        s.admin = sheet::empty(code, k, 0);
        s.dapil_of = dapil;
        s.dpd_votes.fill(missing_figure);
        return s;
    }

    /// Adds party `p`'s column with `n_candidates` candidates, every figure missing, and returns
    /// its index. Throws std::invalid_argument on a DPD sheet, for party number 0 or above
    /// max_ballot_parties, or one not above the last party's (ascending, no party twice), and
    /// std::length_error above max_party_candidates candidates.
    constexpr std::size_t add_party(party_number p, std::size_t n_candidates) {
        if (!is_party_contest(admin.contest))
            throw std::invalid_argument("suara::legislative_sheet: a DPD sheet has no party columns");
        if (p.value() == 0 || p.value() > max_ballot_parties)
            throw std::invalid_argument("suara::legislative_sheet: party number outside 1..max_ballot_parties");
        if (parties_used > 0 && parties[parties_used - 1U].party.value() >= p.value())
            throw std::invalid_argument("suara::legislative_sheet: parties are added once each, in ascending number");
        if (n_candidates > max_party_candidates)
            throw std::length_error("suara::legislative_sheet: more candidates than max_party_candidates");
        party_result& r = parties[parties_used];
        r = party_result{};
        r.party = p;
        r.candidates = static_cast<std::uint8_t>(n_candidates);
        r.candidate_votes.fill(missing_figure);
        return parties_used++;
    }
    /// Sets the number of DPD candidates, every figure missing. Throws std::invalid_argument on a
    /// party sheet and std::length_error above max_dpd_candidates.
    constexpr legislative_sheet& set_dpd_candidates(std::size_t n) {
        if (admin.contest != kontes::pdpd)
            throw std::invalid_argument("suara::legislative_sheet: only a DPD sheet has candidates without a party");
        if (n > max_dpd_candidates) throw std::length_error("suara::legislative_sheet: more candidates than max_dpd_candidates");
        dpd_candidates = static_cast<std::uint8_t>(n);
        dpd_votes.fill(missing_figure);
        return *this;
    }

    /// Index of party `p`'s column; party_count() when the ballot has no such party.
    [[nodiscard]] constexpr std::size_t index_of(party_number p) const noexcept {
        for (std::size_t i = 0; i < parties_used; ++i)
            if (parties[i].party == p) return i;
        return parties_used;
    }
    /// Writes party i's party-only votes (`missing_figure` clears). Throws std::out_of_range for
    /// a column the sheet does not have.
    constexpr legislative_sheet& set_party_votes(std::size_t i, std::uint32_t v) {
        party_ref(i).party_votes = checked(v);
        return *this;
    }
    /// Writes party i's total (`missing_figure` clears). Throws as set_party_votes.
    constexpr legislative_sheet& set_party_total(std::size_t i, std::uint32_t v) {
        party_ref(i).total = checked(v);
        return *this;
    }
    /// Writes the votes of candidate c (nomor urut c + 1) of party i (`missing_figure` clears).
    /// Throws std::out_of_range for a column the sheet does not have.
    constexpr legislative_sheet& set_candidate_votes(std::size_t i, std::size_t c, std::uint32_t v) {
        party_result& r = party_ref(i);
        if (c >= r.candidates) throw std::out_of_range("suara::legislative_sheet: no such candidate of the party");
        r.candidate_votes[c] = checked(v);
        return *this;
    }
    /// Writes the votes of DPD candidate c (`missing_figure` clears). Throws std::out_of_range for
    /// a candidate the sheet does not have.
    constexpr legislative_sheet& set_dpd_votes(std::size_t c, std::uint32_t v) {
        if (c >= dpd_candidates) throw std::out_of_range("suara::legislative_sheet: no such DPD candidate");
        dpd_votes[c] = checked(v);
        return *this;
    }

    // ---- the legislative_like interface, shared with legislative_batch rows ----
    /// The TPS code.
    [[nodiscard]] constexpr tps_code code() const noexcept { return admin.tps; }
    /// The contest.
    [[nodiscard]] constexpr kontes kontes_code() const noexcept { return admin.contest; }
    /// The stored figure of an administration field.
    [[nodiscard]] constexpr std::uint32_t figure(field f) const noexcept { return admin.figure(f); }
    /// The dapil code ("" when none).
    [[nodiscard]] constexpr std::string_view dapil() const noexcept { return dapil_of.view(); }
    /// Parties on the sheet (0 on a DPD sheet).
    [[nodiscard]] constexpr std::size_t party_count() const noexcept { return parties_used; }
    /// The number of party column i.
    [[nodiscard]] constexpr party_number party_at(std::size_t i) const noexcept { return parties[i].party; }
    /// Stored party-only votes of party column i.
    [[nodiscard]] constexpr std::uint32_t party_figure(std::size_t i) const noexcept { return parties[i].party_votes; }
    /// Stored total of party column i.
    [[nodiscard]] constexpr std::uint32_t party_total(std::size_t i) const noexcept { return parties[i].total; }
    /// Candidates of party column i.
    [[nodiscard]] constexpr std::size_t party_candidate_count(std::size_t i) const noexcept { return parties[i].candidates; }
    /// Stored votes of candidate c of party column i.
    [[nodiscard]] constexpr std::uint32_t party_candidate_figure(std::size_t i, std::size_t c) const noexcept {
        return parties[i].candidate_votes[c];
    }
    /// DPD candidates (0 on a party sheet).
    [[nodiscard]] constexpr std::size_t candidate_count() const noexcept { return dpd_candidates; }
    /// Stored votes of DPD candidate c.
    [[nodiscard]] constexpr std::uint32_t candidate_figure(std::size_t c) const noexcept { return dpd_votes[c]; }

    /// Equal when every figure and key is.
    friend constexpr bool operator==(const legislative_sheet&, const legislative_sheet&) = default;

private:
    constexpr party_result& party_ref(std::size_t i) {
        if (i >= parties_used) throw std::out_of_range("suara::legislative_sheet: no such party column");
        return parties[i];
    }
    // every 32-bit value is a figure or missing_figure (max_figure is missing_figure - 1)
    static constexpr std::uint32_t checked(std::uint32_t v) noexcept { return v; }
};

static_assert(legislative_like<legislative_sheet>);

/// Copies any legislative_like row into a legislative_sheet (for reporting a row in full).
/// Throws as legislative_sheet::add_party and set_dpd_candidates on a row they would refuse.
template <legislative_like L>
[[nodiscard]] constexpr legislative_sheet to_legislative_sheet(const L& row) {
    auto out = legislative_sheet::empty(row.code(), row.kontes_code(), dapil_code{row.dapil()});
    for (std::size_t f = 0; f < field_count; ++f) out.admin.figures[f] = row.figure(static_cast<field>(f));
    for (std::size_t p = 0; p < row.party_count(); ++p) {
        const std::size_t j = out.add_party(row.party_at(p), row.party_candidate_count(p));
        out.set_party_votes(j, row.party_figure(p)).set_party_total(j, row.party_total(p));
        for (std::size_t c = 0; c < row.party_candidate_count(p); ++c) out.set_candidate_votes(j, c, row.party_candidate_figure(p, c));
    }
    if (row.kontes_code() == kontes::pdpd) {
        out.set_dpd_candidates(row.candidate_count());
        for (std::size_t c = 0; c < row.candidate_count(); ++c) out.set_dpd_votes(c, row.candidate_figure(c));
    }
    return out;
}

}  // namespace suara

#endif  // SUARA_FORM_LEGISLATIVE_SHEET_HPP
