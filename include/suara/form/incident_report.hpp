// suara — what happened at a TPS (Model C.Kejadian Khusus), as a typed value.
// Distributed under the Boost Software License, Version 1.0.
//
// An incident report is what the incident conditions (suara/law/conditions.hpp) read.
// Every entry is optional: an empty optional means "not reported", which is never a ground for
// anything. Reports are literal types, so a user can build one in a constant expression and
// `static_assert` what the law makes of it; the same report is read from a sheet's kejadian_*
// fields for bulk data.
#ifndef SUARA_FORM_INCIDENT_REPORT_HPP
#define SUARA_FORM_INCIDENT_REPORT_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>

#include <suara/core/count.hpp>
#include <suara/detail/meta.hpp>
#include <suara/form/field.hpp>
#include <suara/form/sheet.hpp>
#include <suara/form/sheet_like.hpp>

namespace suara {

/// What the KPPS reported on Model C.Kejadian Khusus, entry by entry; an empty optional is
/// "not reported". Designated initialisers name what happened: `{.memilih_ganda = 2}`.
struct incident_report {
    // ---- PSU grounds (docs/sources.md#psu) ----
    std::optional<bool> kotak_dibuka{};           ///< box or documents opened against procedure
    std::optional<bool> tanda_khusus{};           ///< KPPS asked a voter to mark/sign/write on a used ballot
    std::optional<count_rep> surat_dirusak{};     ///< used ballots destroyed by KPPS
    std::optional<count_rep> memilih_ganda{};     ///< persons who voted more than once
    std::optional<count_rep> tidak_terdaftar{};   ///< persons not entitled who voted
    // ---- disturbances (docs/sources.md#psu, #continued-and-follow-up) ----
    std::optional<gangguan> gangguan_jenis{};       ///< disaster, riot or security disturbance
    std::optional<gangguan_tahap> gangguan_tahap_terhenti{};  ///< which stages it stopped
    // ---- what the disturbance did, in the words of the law (true: it happened) ----
    /// "penghitungan suara tidak dapat dilanjutkan": the count began and could not go on
    /// (UU 7/2017 Pasal 374 ayat (2) huruf a, a recount ground for a riot)
    std::optional<bool> hitung_tidak_dapat_dilanjutkan{};
    /// "penghitungan suara tidak dapat dilakukan": the count cannot be done at all
    /// (UU 7/2017 Pasal 372 ayat (1), UU 1/2015 Pasal 112 ayat (1), a re-vote ground)
    std::optional<bool> hitung_tidak_dapat_dilakukan{};
    /// "hasil pemungutan suara tidak dapat digunakan": the results of the vote cannot be used
    /// (the same two articles)
    std::optional<bool> hasil_tidak_dapat_digunakan{};
    // ---- recount grounds (docs/sources.md#recount) ----
    std::optional<bool> hitung_tertutup{};  ///< the count was held behind closed doors (recount ground)
    std::optional<bool> kurang_terang{};  ///< the count was held in poor light (recount ground)
    std::optional<bool> suara_tidak_jelas{};  ///< the reading of the ballots was not loud enough (recount ground)
    std::optional<bool> tulisan_tidak_jelas{};  ///< the writing of the results was not clear (recount ground)
    std::optional<bool> tidak_dapat_disaksikan{};  ///< witnesses, supervisors or the public could not watch (recount ground)
    std::optional<bool> tempat_waktu_lain{};  ///< the count was held at another place or time than set (recount ground)
    std::optional<bool> sah_tidak_konsisten{};  ///< the valid and invalid votes were counted inconsistently (recount ground)

    /// Equal when every entry is.
    friend constexpr bool operator==(const incident_report&, const incident_report&) = default;
};

/// One entry of the report: the report member and the kejadian_* field it is read from and
/// written to (the CSV column of the same name).
template <class T>
struct incident_member {
    field column;                                ///< the kejadian_* field
    std::optional<T> incident_report::*member;  ///< the report member read from it
};
template <class T>
incident_member(field, std::optional<T> incident_report::*) -> incident_member<T>;

/// The report's members, one entry each in declaration order: the readers and writers of the
/// kejadian fields, the report where nothing happened and the conditions of plain flags are
/// made from it. The checks below fail to compile when a member or a kejadian field has no
/// entry, when a field has two, or when a member's type does not fit its field's form.
inline constexpr std::tuple incident_members{
    incident_member{field::kejadian_kotak_dibuka, &incident_report::kotak_dibuka},
    incident_member{field::kejadian_tanda_khusus, &incident_report::tanda_khusus},
    incident_member{field::kejadian_surat_dirusak, &incident_report::surat_dirusak},
    incident_member{field::kejadian_memilih_ganda, &incident_report::memilih_ganda},
    incident_member{field::kejadian_tidak_terdaftar, &incident_report::tidak_terdaftar},
    incident_member{field::kejadian_gangguan, &incident_report::gangguan_jenis},
    incident_member{field::kejadian_gangguan_tahap, &incident_report::gangguan_tahap_terhenti},
    incident_member{field::kejadian_hitung_tidak_dapat_dilanjutkan, &incident_report::hitung_tidak_dapat_dilanjutkan},
    incident_member{field::kejadian_hitung_tidak_dapat_dilakukan, &incident_report::hitung_tidak_dapat_dilakukan},
    incident_member{field::kejadian_hasil_tidak_dapat_digunakan, &incident_report::hasil_tidak_dapat_digunakan},
    incident_member{field::kejadian_hitung_tertutup, &incident_report::hitung_tertutup},
    incident_member{field::kejadian_kurang_terang, &incident_report::kurang_terang},
    incident_member{field::kejadian_suara_tidak_jelas, &incident_report::suara_tidak_jelas},
    incident_member{field::kejadian_tulisan_tidak_jelas, &incident_report::tulisan_tidak_jelas},
    incident_member{field::kejadian_tidak_dapat_disaksikan, &incident_report::tidak_dapat_disaksikan},
    incident_member{field::kejadian_tempat_waktu_lain, &incident_report::tempat_waktu_lain},
    incident_member{field::kejadian_sah_tidak_konsisten, &incident_report::sah_tidak_konsisten},
};

namespace detail {
/// The form of the field a member of type optional<T> reads: a flag, a count or a code.
template <class T>
inline constexpr field_form form_for = std::is_same_v<T, bool>             ? field_form::flag
                                       : std::is_same_v<T, gangguan>       ? field_form::gangguan
                                       : std::is_same_v<T, gangguan_tahap> ? field_form::gangguan_tahap
                                                                           : field_form::count;
/// The largest code of a code field: a larger figure is read as "not reported".
template <class T>
inline constexpr std::uint32_t largest_code = std::is_same_v<T, gangguan> ? static_cast<std::uint32_t>(gangguan::keamanan)
                                                                         : static_cast<std::uint32_t>(gangguan_tahap::seluruh);

/// Converts to any optional<T>, empty: counts the members of an aggregate of optionals.
struct any_optional {
    template <class T>
    constexpr operator std::optional<T>() const noexcept { return std::nullopt; }  // NOLINT: implicit on purpose
};
template <class A, std::size_t... I>
consteval bool takes_initializers(std::index_sequence<I...>) {
    return requires { A{(static_cast<void>(I), any_optional{})...}; };
}
/// True when the aggregate A has exactly N members (every one an optional).
template <class A, std::size_t N>
consteval bool has_members() {
    return takes_initializers<A>(std::make_index_sequence<N>{}) && !takes_initializers<A>(std::make_index_sequence<N + 1>{});
}

template <const auto& Members>
consteval bool each_kejadian_field_once() {
    std::array<int, field_count> seen{};
    std::apply([&](const auto&... m) { (++seen[index(m.column)], ...); }, Members);
    for (std::size_t i = 0; i < field_count; ++i)
        if (seen[i] != (i >= index(first_incident_field) ? 1 : 0)) return false;
    return true;
}
template <class T>
constexpr bool fits_its_field(const incident_member<T>& m) noexcept {
    return form_of(m.column) == form_for<T>;
}
template <const auto& Members>
consteval bool members_fit_their_fields() {
    return std::apply([](const auto&... m) { return (fits_its_field(m) && ... && true); }, Members);
}
template <class A, class B>
constexpr std::size_t same_member(const A& a, const B& b) noexcept {
    if constexpr (std::is_same_v<decltype(a.member), decltype(b.member)>) return a.member == b.member ? 1U : 0U;
    else return 0U;
}
template <const auto& Members>
consteval bool members_distinct() {
    std::size_t same = 0;  // each entry equals itself only
    auto against_all = [&](const auto& x) {
        std::apply([&](const auto&... a) { ((same += same_member(x, a)), ...); }, Members);
    };
    std::apply([&](const auto&... x) { (against_all(x), ...); }, Members);
    return same == std::tuple_size_v<std::remove_cvref_t<decltype(Members)>>;
}
}  // namespace detail

/// Checks a table of report members (the library's own, below; tests give it broken ones).
/// Returns true, so that it can sit in a static_assert; a table that fails does not compile.
template <const auto& Members>
consteval bool check_incident_members() {
    if constexpr (!detail::each_kejadian_field_once<Members>()) {
        static_assert(detail::dependent_false<decltype(Members)>,
                      "suara: every kejadian_* field needs exactly one entry in the table of report members");
    } else if constexpr (!detail::members_distinct<Members>()) {
        static_assert(detail::dependent_false<decltype(Members)>, "suara: a report member is listed twice");
    } else if constexpr (!detail::members_fit_their_fields<Members>()) {
        static_assert(detail::dependent_false<decltype(Members)>,
                      "suara: a report member's type must fit its field: optional<bool> for a flag, "
                      "optional<count_rep> for a count, optional<gangguan> or optional<gangguan_tahap> for a code");
    } else if constexpr (!detail::has_members<incident_report, std::tuple_size_v<std::remove_cvref_t<decltype(Members)>>>()) {
        static_assert(detail::dependent_false<decltype(Members)>,
                      "suara: every member of incident_report needs an entry in the table of report members");
    }
    return true;
}
static_assert(check_incident_members<incident_members>());

/// The member of the report read from kejadian field F.
template <field F>
[[nodiscard]] constexpr const auto& incident_value(const incident_report& r) noexcept {
    constexpr std::size_t i = [] {
        std::size_t at = 0, n = 0;
        std::apply([&](const auto&... m) { ((at = m.column == F ? n : at, ++n), ...); }, incident_members);
        return at;
    }();
    static_assert(std::get<i>(incident_members).column == F, "suara: no report member reads this field");
    return r.*(std::get<i>(incident_members).member);
}

/// Calls `f(entry)` for every entry of incident_members, in order.
template <class F>
constexpr void for_each_incident_member(F&& f) {
    std::apply([&](const auto&... m) { (f(m), ...); }, incident_members);
}

/// The report of a TPS where everything was reported and nothing happened (flags 0, counts 0, no
/// disturbance): every member present and zero. Conditions must hold on neither this nor the
/// empty report (checked at compile time), which lets the bulk path skip sheets whose kejadian
/// fields are all 0 or missing.
[[nodiscard]] constexpr incident_report nothing_happened() noexcept {
    incident_report r{};
    for_each_incident_member([&](const auto& m) { r.*m.member = typename std::remove_cvref_t<decltype(r.*m.member)>::value_type{}; });
    return r;
}

/// True when the optional flag was reported as set.
[[nodiscard]] constexpr bool reported(const std::optional<bool>& flag) noexcept { return flag.value_or(false); }

/// True when the optional count was reported and reaches `threshold` (never for "not reported").
[[nodiscard]] constexpr bool reported_at_least(const std::optional<count_rep>& n, count_rep threshold) noexcept {
    return n.has_value() && *n >= threshold;
}

/// The incident report a sheet's kejadian_* fields carry: a flag is set for any figure but 0, a
/// count is the figure, a code outside the known range (the readers reject those) is read as
/// "not reported" rather than guessed; missing is "not reported".
template <sheet_like S>
[[nodiscard]] constexpr incident_report incident_report_of(const S& s) noexcept {
    incident_report r;
    for_each_incident_member([&]<class T>(const incident_member<T>& m) {
        const std::uint32_t v = s.figure(m.column);
        if constexpr (std::is_same_v<T, bool>) {
            if (v != missing_figure) r.*m.member = v != 0;
        } else if constexpr (detail::form_for<T> == field_form::count) {
            if (v != missing_figure) r.*m.member = count_rep{v};
        } else {
            if (v <= detail::largest_code<T>) r.*m.member = static_cast<T>(v);
        }
    });
    return r;
}

/// Writes a report into a sheet's kejadian_* fields (not reported = missing; a count above
/// max_figure is written as max_figure).
constexpr void write_incidents(sheet& s, const incident_report& r) {
    for_each_incident_member([&]<class T>(const incident_member<T>& m) {
        const std::optional<T>& v = r.*m.member;
        if (!v) {
            s.clear(m.column);
        } else if constexpr (std::is_same_v<T, bool>) {
            s.set_raw(m.column, *v ? 1U : 0U);
        } else if constexpr (detail::form_for<T> == field_form::count) {
            s.set_raw(m.column, *v > max_figure ? max_figure : static_cast<std::uint32_t>(*v));
        } else {
            s.set_raw(m.column, static_cast<std::uint32_t>(*v));
        }
    });
}

}  // namespace suara

#endif  // SUARA_FORM_INCIDENT_REPORT_HPP
