// suara — one results sheet (Model C.Hasil / C.Hasil-KWK): one TPS, one contest.
// Distributed under the Boost Software License, Version 1.0.
//
// Every figure can be missing, and missing is never zero: a figure is stored as a 32-bit count
// with one reserved value, `missing_figure`, and read back through `std::optional` or the typed
// accessors. The same encoding is used by the columnar batch (form/batch.hpp), so that a sheet and a
// batch row are checked by the same rule code.
#ifndef SUARA_FORM_SHEET_HPP
#define SUARA_FORM_SHEET_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <concepts>
#include <stdexcept>
#include <tuple>
#include <type_traits>
#include <utility>

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

/// The field of a registered-voter figure: pemilih_field<dptb, sex::p>() == field::pemilih_dptb_p.
/// The form prints no registered total, so `all_lists` has no field here.
template <class List, class Sex>
[[nodiscard]] constexpr field pemilih_field() noexcept {
    static_assert(!std::is_same_v<List, all_lists>, "suara: the form has no registered-total row");
    constexpr std::size_t base = std::is_same_v<List, disabilitas> ? index(field::pemilih_disabilitas_l)
                                                                    : index(field::pemilih_dpt_l) + detail::list_offset<List>();
    return static_cast<field>(base + detail::sex_offset<Sex>());
}
/// The field of a participant figure: pengguna_field<all_lists, sex::j>() == field::pengguna_total_j.
template <class List, class Sex>
[[nodiscard]] constexpr field pengguna_field() noexcept {
    constexpr std::size_t base = std::is_same_v<List, disabilitas> ? index(field::pengguna_disabilitas_l)
                                                                    : index(field::pengguna_dpt_l) + detail::list_offset<List>();
    return static_cast<field>(base + detail::sex_offset<Sex>());
}

/// True for the four ballot fields (section II, surat_*).
[[nodiscard]] constexpr bool is_ballot_field(field f) noexcept {
    return f >= field::surat_diterima && f <= field::surat_tidak_digunakan;
}
/// True for the three vote fields (section IV, suara_*).
[[nodiscard]] constexpr bool is_vote_field(field f) noexcept { return f >= field::suara_sah && f <= field::suara_total; }
/// True for the fields of sections I, II and IV: the figures that are strong counts. The kejadian_*
/// fields are flags, codes and counts of persons, written as an incident_report (write_incidents).
[[nodiscard]] constexpr bool is_count_field(field f) noexcept { return f < first_incident_field; }

namespace detail {
template <class T>
struct type_is {
    using type = T;
};
template <std::size_t I>
using list_at = std::tuple_element_t<I, std::tuple<dpt, dptb, dpk, all_lists, disabilitas>>;
template <std::size_t I>
using sex_at = std::tuple_element_t<I, std::tuple<sex::l, sex::p, sex::j>>;
// The strong count of each count field, read off the form's order: pemilih DPT/DPTb/DPK, pengguna
// DPT/DPTb/DPK/total, pemilih and pengguna disabilitas (L, P, J each), then ballots and votes.
template <field F>
constexpr auto count_type_of() noexcept {
    constexpr std::size_t i = index(F);
    if constexpr (is_ballot_field(F)) return type_is<surat_suara_count>{};
    else if constexpr (is_vote_field(F)) return type_is<suara_count>{};
    else if constexpr (i < index(field::pengguna_dpt_l)) return type_is<pemilih_count<list_at<i / 3>, sex_at<i % 3>>>{};
    else if constexpr (i < index(field::pemilih_disabilitas_l))
        return type_is<pengguna_count<list_at<(i - index(field::pengguna_dpt_l)) / 3>, sex_at<i % 3>>>{};
    else if constexpr (i < index(field::pengguna_disabilitas_l)) return type_is<pemilih_count<disabilitas, sex_at<i % 3>>>{};
    else return type_is<pengguna_count<disabilitas, sex_at<i % 3>>>{};
}
}  // namespace detail

/// A count field named at compile time, together with the strong count it holds: what the typed
/// `sheet::set` and `sheet::get` take, so that a figure is written and read as what it counts
/// (`fields::pemilih_dpt_l` holds a `pemilih_count<dpt, sex::l>`). The named tags are in
/// namespace `suara::fields`.
template <field F>
struct field_tag {
    static_assert(is_count_field(F),
                  "suara: only the figures of sections I, II and IV have field tags; write the kejadian_* fields "
                  "as an incident_report (write_incidents)");
    /// The field the tag names.
    static constexpr field value = F;
    /// The strong count of the figure (suara/core/count.hpp).
    using count_type = typename decltype(detail::count_type_of<F>())::type;
};

/// The count fields of the form by name, as typed tags: `s.set(fields::suara_sah, 150)`.
namespace fields {
// clang-format off
inline constexpr field_tag<field::pemilih_dpt_l> pemilih_dpt_l{};                    ///< DPT registered, L
inline constexpr field_tag<field::pemilih_dpt_p> pemilih_dpt_p{};                    ///< DPT registered, P
inline constexpr field_tag<field::pemilih_dpt_j> pemilih_dpt_j{};                    ///< DPT registered, J
inline constexpr field_tag<field::pemilih_dptb_l> pemilih_dptb_l{};                  ///< DPTb registered, L
inline constexpr field_tag<field::pemilih_dptb_p> pemilih_dptb_p{};                  ///< DPTb registered, P
inline constexpr field_tag<field::pemilih_dptb_j> pemilih_dptb_j{};                  ///< DPTb registered, J
inline constexpr field_tag<field::pemilih_dpk_l> pemilih_dpk_l{};                    ///< DPK registered, L
inline constexpr field_tag<field::pemilih_dpk_p> pemilih_dpk_p{};                    ///< DPK registered, P
inline constexpr field_tag<field::pemilih_dpk_j> pemilih_dpk_j{};                    ///< DPK registered, J
inline constexpr field_tag<field::pengguna_dpt_l> pengguna_dpt_l{};                  ///< DPT voters who voted, L
inline constexpr field_tag<field::pengguna_dpt_p> pengguna_dpt_p{};                  ///< DPT voters who voted, P
inline constexpr field_tag<field::pengguna_dpt_j> pengguna_dpt_j{};                  ///< DPT voters who voted, J
inline constexpr field_tag<field::pengguna_dptb_l> pengguna_dptb_l{};                ///< DPTb voters who voted, L
inline constexpr field_tag<field::pengguna_dptb_p> pengguna_dptb_p{};                ///< DPTb voters who voted, P
inline constexpr field_tag<field::pengguna_dptb_j> pengguna_dptb_j{};                ///< DPTb voters who voted, J
inline constexpr field_tag<field::pengguna_dpk_l> pengguna_dpk_l{};                  ///< DPK voters who voted, L
inline constexpr field_tag<field::pengguna_dpk_p> pengguna_dpk_p{};                  ///< DPK voters who voted, P
inline constexpr field_tag<field::pengguna_dpk_j> pengguna_dpk_j{};                  ///< DPK voters who voted, J
inline constexpr field_tag<field::pengguna_total_l> pengguna_total_l{};              ///< all voters who voted, L
inline constexpr field_tag<field::pengguna_total_p> pengguna_total_p{};              ///< all voters who voted, P
inline constexpr field_tag<field::pengguna_total_j> pengguna_total_j{};              ///< all voters who voted, J
inline constexpr field_tag<field::pemilih_disabilitas_l> pemilih_disabilitas_l{};    ///< registered with a disability, L
inline constexpr field_tag<field::pemilih_disabilitas_p> pemilih_disabilitas_p{};    ///< registered with a disability, P
inline constexpr field_tag<field::pemilih_disabilitas_j> pemilih_disabilitas_j{};    ///< registered with a disability, J
inline constexpr field_tag<field::pengguna_disabilitas_l> pengguna_disabilitas_l{};  ///< voted, with a disability, L
inline constexpr field_tag<field::pengguna_disabilitas_p> pengguna_disabilitas_p{};  ///< voted, with a disability, P
inline constexpr field_tag<field::pengguna_disabilitas_j> pengguna_disabilitas_j{};  ///< voted, with a disability, J
inline constexpr field_tag<field::surat_diterima> surat_diterima{};                  ///< ballots received
inline constexpr field_tag<field::surat_digunakan> surat_digunakan{};                ///< ballots used
inline constexpr field_tag<field::surat_dikembalikan> surat_dikembalikan{};          ///< ballots returned (damaged, mis-marked)
inline constexpr field_tag<field::surat_tidak_digunakan> surat_tidak_digunakan{};    ///< ballots not used
inline constexpr field_tag<field::suara_sah> suara_sah{};                            ///< valid votes
inline constexpr field_tag<field::suara_tidak_sah> suara_tidak_sah{};                ///< invalid votes
inline constexpr field_tag<field::suara_total> suara_total{};                        ///< valid and invalid votes
// clang-format on
/// The registered-voter tag of a list and sex, for generic code: `pemilih_of<dpt, sex::l>`.
template <class List, class Sex>
inline constexpr field_tag<pemilih_field<List, Sex>()> pemilih_of{};
/// The participant tag of a list and sex, for generic code: `pengguna_of<all_lists, sex::j>`.
template <class List, class Sex>
inline constexpr field_tag<pengguna_field<List, Sex>()> pengguna_of{};
}  // namespace fields

/// One TPS, one contest: what the KPPS wrote on Model C.Hasil.
struct sheet {
    tps_code tps{};  ///< The TPS (kode TPS, 13 digits).
    kontes contest = kontes::ppwp;  ///< The contest of this sheet.
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

    // ---- typed access: a figure named by its field tag, as the strong count it is ----

    /// Writes a figure as the strong count it is: `s.set(fields::pengguna_dpt_j, voted)` with
    /// `voted` a `pengguna_count<dpt>`; a count of another kind, list or sex does not compile.
    /// Throws std::out_of_range above max_figure.
    template <field F>
    constexpr sheet& set(field_tag<F>, typename field_tag<F>::count_type n) {
        if (n.value() > max_figure) throw std::out_of_range("suara::sheet: figure above max_figure");
        figures[index(F)] = static_cast<std::uint32_t>(n.value());
        return *this;
    }
    /// Writes a figure as written on the form, named by its field: `s.set(fields::suara_sah, 150)`.
    /// Throws std::out_of_range below zero or above max_figure.
    template <field F, std::integral I>
        requires(!std::is_same_v<I, bool>)
    constexpr sheet& set(field_tag<F>, I n) {
        if (std::cmp_less(n, 0) || std::cmp_greater(n, max_figure))
            throw std::out_of_range("suara::sheet: figure below zero or above max_figure");
        figures[index(F)] = static_cast<std::uint32_t>(n);
        return *this;
    }
    /// Reads a figure as the strong count it is; nullopt where nothing was written (never zero).
    template <field F>
    [[nodiscard]] constexpr std::optional<typename field_tag<F>::count_type> get(field_tag<F>) const noexcept {
        using C = typename field_tag<F>::count_type;
        const std::uint32_t v = figures[index(F)];
        return v == missing_figure ? std::nullopt : std::optional<C>{C{v}};
    }
    /// Marks a figure as not written.
    template <field F>
    constexpr sheet& clear(field_tag<F>) noexcept {
        figures[index(F)] = missing_figure;
        return *this;
    }
    /// Registered voters of a list and sex: `s.pemilih<dpt, sex::l>()`.
    template <class List, class Sex = sex::j>
    [[nodiscard]] constexpr std::optional<pemilih_count<List, Sex>> pemilih() const noexcept {
        return get(fields::pemilih_of<List, Sex>);
    }
    /// Voters of a list and sex who voted: `s.pengguna<all_lists>()` is pengguna_total_j.
    template <class List, class Sex = sex::j>
    [[nodiscard]] constexpr std::optional<pengguna_count<List, Sex>> pengguna() const noexcept {
        return get(fields::pengguna_of<List, Sex>);
    }
    /// A ballot figure: `s.surat(fields::surat_diterima)`; a field of another section does not compile.
    template <field F>
        requires(is_ballot_field(F))
    [[nodiscard]] constexpr std::optional<surat_suara_count> surat(field_tag<F> f) const noexcept {
        return get(f);
    }
    /// A vote figure: `s.suara(fields::suara_sah)`; a field of another section does not compile.
    template <field F>
        requires(is_vote_field(F))
    [[nodiscard]] constexpr std::optional<suara_count> suara(field_tag<F> f) const noexcept {
        return get(f);
    }

    /// Votes of candidate column i (suara_1 is 0); nullopt where nothing was written. Throws
    /// std::out_of_range for a column the ballot does not have.
    [[nodiscard]] constexpr std::optional<std::uint32_t> candidate_votes(std::size_t i) const {
        if (i >= candidates) throw std::out_of_range("suara::sheet: no such candidate column");
        auto v = votes[i];
        return v == missing_figure ? std::nullopt : std::optional<std::uint32_t>{v};
    }
    /// Writes the votes of candidate column i. Throws std::out_of_range for a column the ballot
    /// does not have or a figure above max_figure.
    constexpr sheet& set_candidate_votes(std::size_t i, std::uint32_t v) {
        if (i >= candidates) throw std::out_of_range("suara::sheet: no such candidate column");
        if (v > max_figure) throw std::out_of_range("suara::sheet: figure above max_figure");
        votes[i] = v;
        return *this;
    }

    // ---- untyped access by run-time field: readers, rules, the kejadian_* fields ----

    /// Any figure by run-time field, as a bare number; nullopt where nothing was written.
    [[nodiscard]] constexpr std::optional<std::uint32_t> get(field f) const noexcept {
        auto v = figures[index(f)];
        return v == missing_figure ? std::nullopt : std::optional<std::uint32_t>{v};
    }
    /// True when the figure was written.
    [[nodiscard]] constexpr bool known(field f) const noexcept { return figures[index(f)] != missing_figure; }
    /// Low level: writes any figure, kejadian_* fields included, by run-time field and as a bare
    /// number, past the strong counts. For readers and generators that walk the fields; code
    /// that names a figure writes `set(fields::..., n)`. Throws std::out_of_range above max_figure.
    constexpr sheet& set_raw(field f, std::uint32_t v) {
        if (v > max_figure) throw std::out_of_range("suara::sheet: figure above max_figure");
        figures[index(f)] = v;
        return *this;
    }
    /// Marks a figure as not written.
    constexpr sheet& clear(field f) noexcept {
        figures[index(f)] = missing_figure;
        return *this;
    }

    // ---- the sheet_like interface (suara/form/sheet_like.hpp), shared with batch rows ----
    /// The stored figure of `f` (`missing_figure` where nothing was written); `sheet_like`.
    [[nodiscard]] constexpr std::uint32_t figure(field f) const noexcept { return figures[index(f)]; }
    /// Candidate columns; `sheet_like`.
    [[nodiscard]] constexpr std::size_t candidate_count() const noexcept { return candidates; }
    /// Stored votes of candidate column i; `sheet_like`.
    [[nodiscard]] constexpr std::uint32_t candidate_figure(std::size_t i) const noexcept { return votes[i]; }
    /// True when the ballot has a blank column; `sheet_like`.
    [[nodiscard]] constexpr bool has_blank() const noexcept { return has_blank_column; }
    /// Stored votes of the blank column; `sheet_like`.
    [[nodiscard]] constexpr std::uint32_t blank_figure() const noexcept { return blank_votes; }
    /// The TPS code; `sheet_like`.
    [[nodiscard]] constexpr tps_code code() const noexcept { return tps; }
    /// The contest; `sheet_like`.
    [[nodiscard]] constexpr kontes kontes_code() const noexcept { return contest; }

    /// Equal when every figure and key is.
    friend constexpr bool operator==(const sheet&, const sheet&) = default;
};

}  // namespace suara

#endif  // SUARA_FORM_SHEET_HPP
