// suara — legal citations carried by every regime constant and every rule.
// Distributed under the Boost Software License, Version 1.0.
#ifndef SUARA_CORE_CITATION_HPP
#define SUARA_CORE_CITATION_HPP

#include <string>
#include <string_view>
#include <type_traits>

namespace suara {

/// How sure we are of a fact (`docs/sources.md#confidence`).
/// Only `primary` means the statutory text itself was read; everything else must be read as
/// "reported", and user code that acts on it should say so.
enum class confidence : unsigned char {
    primary,     ///< statutory text read
    secondary,   ///< wording reported by news, officials or Bawaslu pages
    derived,     ///< arithmetic computed from sourced numbers
    unverified,  ///< found in no source read; encoded only as a named regime constant
};

[[nodiscard]] constexpr std::string_view to_string(confidence c) noexcept {
    switch (c) {
    case confidence::primary: return "primary";
    case confidence::secondary: return "secondary";
    case confidence::derived: return "derived";
    case confidence::unverified: return "unverified";
    }
    return "unverified";
}

/// A legal basis: law or regulation, article (Pasal), paragraph (ayat), letter (huruf).
/// Empty parts are simply not printed. `note` says where the fact really comes from when it
/// is not the statutory text (e.g. "as reported by KPU Sumsel").
struct citation {
    std::string_view law{};  ///< The law or regulation ("UU 7/2017", "PKPU 25/2023"); empty means no citation.
    std::string_view article{};  ///< Article ("Pasal 372"), empty when the source names none.
    std::string_view paragraph{};  ///< Paragraph ("ayat (2)").
    std::string_view letter{};  ///< Letter ("huruf d").
    confidence level = confidence::unverified;  ///< How sure the source is; only `primary` means the statutory text was read.
    std::string_view note{};  ///< Where the fact really comes from when it is not the statutory text.

    /// A citation names at least a law. Regimes and rules are checked for this at compile time.
    [[nodiscard]] constexpr bool empty() const noexcept { return law.empty(); }

    /// Equal when every part is.
    friend constexpr bool operator==(const citation&, const citation&) = default;
};

/// "UU 7/2017 Pasal 372 ayat (2) huruf d".
[[nodiscard]] inline std::string to_string(const citation& c) {
    std::string out{c.law};
    for (std::string_view part : {c.article, c.paragraph, c.letter}) {
        if (!part.empty()) {
            out += ' ';
            out += part;
        }
    }
    return out;
}

/// A citation as suara prints it for people, everywhere it prints one (suara-audit's reports,
/// the decisions of voters/describe.hpp and incidents/describe.hpp, docs/rules.md): the law and
/// its parts, then, when the statutory text itself was not read, the confidence and the note:
/// "UU 7/2017 Pasal 372 ayat (2) huruf d", "PKPU 25/2023 Pasal 26 ayat (4) [secondary: quoted
/// verbatim by memoindonesia]". A primary citation needs no qualifier, so its note is not printed.
[[nodiscard]] inline std::string basis_text(const citation& c) {
    std::string out = to_string(c);
    if (c.level != confidence::primary) {
        out += " [";
        out += to_string(c.level);
        if (!c.note.empty()) {
            out += ": ";
            out += c.note;
        }
        out += ']';
    }
    return out;
}

/// A value together with the law that fixes it. Regime constants are all of this form, so
/// that no threshold in suara can exist without its basis.
template <class T>
struct cited {
    using value_type = T;  ///< The type of the value.
    T value;  ///< The value the law fixes.
    citation basis;  ///< Its legal basis.
};

namespace detail {
template <class T>
inline constexpr bool is_cited_v = false;
template <class T>
inline constexpr bool is_cited_v<cited<T>> = true;
}  // namespace detail

/// True for `suara::cited<T>` (cv-qualified too).
template <class T>
inline constexpr bool is_cited_v = detail::is_cited_v<std::remove_cvref_t<T>>;

}  // namespace suara

#endif  // SUARA_CORE_CITATION_HPP
