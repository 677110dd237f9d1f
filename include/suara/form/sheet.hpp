// suara — one results sheet (Model C.Hasil / C.Hasil-KWK): one TPS, one contest.
// Distributed under the Boost Software License, Version 1.0.
//
// Every figure can be missing, and missing is never zero: a figure is stored as a 32-bit count
// with one reserved value, `missing_figure`, and read back through `std::optional` or the typed
// accessors. The same encoding is used by the columnar batch (suara/bulk), so that a sheet and a
// batch row are checked by the same rule code.
#ifndef SUARA_FORM_SHEET_HPP
#define SUARA_FORM_SHEET_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>

#include <suara/core/count.hpp>
#include <suara/core/kontes.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/detail/meta.hpp>
#include <suara/form/field.hpp>

namespace suara {

/// Stored value of a figure that was not written (empty cell, JSON null).
inline constexpr std::uint32_t missing_figure = 0xFFFF'FFFFU;
/// The largest figure a sheet can hold; anything above it is rejected by the readers.
inline constexpr std::uint32_t max_figure = missing_figure - 1;
/// Candidate columns a sheet can hold (suara_1 ... suara_N).
inline constexpr std::size_t max_candidates = 24;

namespace detail {
template <class List>
constexpr std::size_t list_offset() {
    if constexpr (std::is_same_v<List, dpt>) return 0;
    else if constexpr (std::is_same_v<List, dptb>) return 3;
    else if constexpr (std::is_same_v<List, dpk>) return 6;
    else if constexpr (std::is_same_v<List, all_lists>) return 9;  // pengguna_total only
    else if constexpr (std::is_same_v<List, disabilitas>) return 12;
    else static_assert(dependent_false<List>, "suara: no such list on the form");
}
template <class Sex>
constexpr std::size_t sex_offset() {
    if constexpr (std::is_same_v<Sex, sex::l>) return 0;
    else if constexpr (std::is_same_v<Sex, sex::p>) return 1;
    else return 2;
}
}  // namespace detail

/// The field of a typed figure: pemilih_field<dptb, sex::p>() == field::pemilih_dptb_p.
template <class List, class Sex>
[[nodiscard]] constexpr field pemilih_field() noexcept {
    static_assert(!std::is_same_v<List, all_lists>, "suara: the form has no registered-total row");
    constexpr std::size_t base = std::is_same_v<List, disabilitas> ? index(field::pemilih_disabilitas_l)
                                                                    : index(field::pemilih_dpt_l) + detail::list_offset<List>();
    return static_cast<field>(base + detail::sex_offset<Sex>());
}
template <class List, class Sex>
[[nodiscard]] constexpr field pengguna_field() noexcept {
    constexpr std::size_t base = std::is_same_v<List, disabilitas> ? index(field::pengguna_disabilitas_l)
                                                                    : index(field::pengguna_dpt_l) + detail::list_offset<List>();
    return static_cast<field>(base + detail::sex_offset<Sex>());
}

/// One TPS, one contest: what the KPPS wrote on Model C.Hasil.
struct sheet {
    tps_code tps{};
    kontes contest = kontes::ppwp;
    /// Figures by `field`; `missing_figure` where nothing was written.
    std::array<std::uint32_t, field_count> figures{};
    /// Number of candidate (pair) columns on this ballot.
    std::uint8_t candidates = 0;
    /// Single-candidate contest: the ballot has a blank column (kolom kosong).
    bool has_blank_column = false;
    /// Votes per candidate in ballot order (suara_1 is votes[0]); `missing_figure` if not written.
    std::array<std::uint32_t, max_candidates> votes{};
    /// Votes for the blank column; meaningful only with `has_blank_column`.
    std::uint32_t blank_votes = missing_figure;

    /// A sheet with every figure missing.
    [[nodiscard]] static constexpr sheet empty(tps_code code, kontes k, std::uint8_t n_candidates,
                                               bool blank_column = false) {
        if (n_candidates > max_candidates) throw std::length_error("suara::sheet: too many candidate columns");
        sheet s;
        s.tps = code;
        s.contest = k;
        s.figures.fill(missing_figure);
        s.votes.fill(missing_figure);
        s.candidates = n_candidates;
        s.has_blank_column = blank_column;
        return s;
    }

    // ---- untyped access (rules, readers, the bulk engine) ----
    [[nodiscard]] constexpr std::optional<std::uint32_t> get(field f) const noexcept {
        auto v = figures[index(f)];
        return v == missing_figure ? std::nullopt : std::optional<std::uint32_t>{v};
    }
    [[nodiscard]] constexpr bool known(field f) const noexcept { return figures[index(f)] != missing_figure; }
    constexpr sheet& set(field f, std::uint32_t v) {
        if (v > max_figure) throw std::out_of_range("suara::sheet: figure above max_figure");
        figures[index(f)] = v;
        return *this;
    }
    constexpr sheet& clear(field f) noexcept {
        figures[index(f)] = missing_figure;
        return *this;
    }
    [[nodiscard]] constexpr std::optional<std::uint32_t> candidate_votes(std::size_t i) const {
        if (i >= candidates) throw std::out_of_range("suara::sheet: no such candidate column");
        auto v = votes[i];
        return v == missing_figure ? std::nullopt : std::optional<std::uint32_t>{v};
    }
    constexpr sheet& set_candidate_votes(std::size_t i, std::uint32_t v) {
        if (i >= candidates) throw std::out_of_range("suara::sheet: no such candidate column");
        if (v > max_figure) throw std::out_of_range("suara::sheet: figure above max_figure");
        votes[i] = v;
        return *this;
    }

    // ---- typed access: the strong counts of suara/core/count.hpp ----
    template <class List, class Sex = sex::j>
    [[nodiscard]] constexpr std::optional<pemilih_count<List, Sex>> pemilih() const noexcept {
        auto v = get(pemilih_field<List, Sex>());
        return v ? std::optional{pemilih_count<List, Sex>{*v}} : std::nullopt;
    }
    template <class List, class Sex = sex::j>
    [[nodiscard]] constexpr std::optional<pengguna_count<List, Sex>> pengguna() const noexcept {
        auto v = get(pengguna_field<List, Sex>());
        return v ? std::optional{pengguna_count<List, Sex>{*v}} : std::nullopt;
    }
    [[nodiscard]] constexpr std::optional<surat_suara_count> surat(field f) const {
        if (f < field::surat_diterima || f > field::surat_tidak_digunakan)
            throw std::invalid_argument("suara::sheet::surat: not a ballot field");
        auto v = get(f);
        return v ? std::optional{surat_suara_count{*v}} : std::nullopt;
    }
    [[nodiscard]] constexpr std::optional<suara_count> suara(field f) const {
        if (f < field::suara_sah || f > field::suara_total)
            throw std::invalid_argument("suara::sheet::suara: not a vote field");
        auto v = get(f);
        return v ? std::optional{suara_count{*v}} : std::nullopt;
    }

    // ---- the sheet_like interface (suara/form/sheet_like.hpp), shared with batch rows ----
    [[nodiscard]] constexpr std::uint32_t figure(field f) const noexcept { return figures[index(f)]; }
    [[nodiscard]] constexpr std::size_t candidate_count() const noexcept { return candidates; }
    [[nodiscard]] constexpr std::uint32_t candidate_figure(std::size_t i) const noexcept { return votes[i]; }
    [[nodiscard]] constexpr bool has_blank() const noexcept { return has_blank_column; }
    [[nodiscard]] constexpr std::uint32_t blank_figure() const noexcept { return blank_votes; }
    [[nodiscard]] constexpr tps_code code() const noexcept { return tps; }
    [[nodiscard]] constexpr kontes kontes_code() const noexcept { return contest; }

    friend constexpr bool operator==(const sheet&, const sheet&) = default;
};

}  // namespace suara

#endif  // SUARA_FORM_SHEET_HPP
