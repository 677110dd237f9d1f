// suara — compile-time checks that tie a table of descriptors to the enumeration it describes.
// Distributed under the Boost Software License, Version 1.0.
//
// The vocabularies of the forms (fields, rule identifiers) are enumerations declared once, by
// hand, where a reader of the API finds them, and each has one table of descriptors (its
// strings, forms, labels) from which everything else is generated. These checks make the pair
// fail to compile when they drift: a table whose rows are not in enumerator order, a row left
// out, an enumerator appended without its row, a name left empty, given twice, or spelled
// otherwise than its enumerator.
#ifndef SUARA_DETAIL_ENUM_TABLE_HPP
#define SUARA_DETAIL_ENUM_TABLE_HPP

#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

#include <suara/detail/meta.hpp>

namespace suara::detail {

/// The enumerator spelling of V ("pemilih_dpt_l" for field::pemilih_dpt_l) as the compiler
/// writes it in the function's signature; empty when V names no enumerator (the compiler then
/// writes a cast, "(suara::field)51") or when the compiler writes signatures in a form not
/// recognised here, so that the checks built on it pass rather than guess.
template <auto V>
[[nodiscard]] consteval std::string_view enumerator_spelling() noexcept {
    // g++:     "... enumerator_spelling() [with auto V = suara::field::pemilih_dpt_l; ...]"
    // clang++: "... enumerator_spelling() [V = suara::field::pemilih_dpt_l]"
    const std::string_view sig = __PRETTY_FUNCTION__;
    const std::size_t at = sig.find("V = ");
    if (at == std::string_view::npos) return {};
    const std::string_view rest = sig.substr(at + 4);
    const std::string_view value = rest.substr(0, rest.find_first_of(";]"));
    if (value.empty() || value.find('(') != std::string_view::npos) return {};
    const std::size_t colon = value.rfind("::");
    return colon == std::string_view::npos ? value : value.substr(colon + 2);
}

/// True where the compiler's signatures tell an enumerator's spelling (g++ and clang++ do).
enum class spelling_probe : unsigned char { probe };
inline constexpr bool spellings_known = enumerator_spelling<spelling_probe::probe>() == "probe";

/// True when no enumerator of E has the value N: the enumeration ends below N (given that its
/// enumerators are consecutive from 0, which the tables' order check asks anyway).
template <class E, std::size_t N>
[[nodiscard]] consteval bool no_enumerator_at() noexcept {
    return !spellings_known || enumerator_spelling<static_cast<E>(N)>().empty();
}

/// The spelling of an enumerator that a key writes with dots ("follow_up.all": follow_up_all).
[[nodiscard]] consteval bool same_but_dots(std::string_view key, std::string_view spelling) noexcept {
    if (key.size() != spelling.size()) return false;
    for (std::size_t i = 0; i < key.size(); ++i)
        if ((key[i] == '.' ? '_' : key[i]) != spelling[i]) return false;
    return true;
}

template <class E, const auto& Names, bool Dotted>
consteval bool names_spell_enumerators() {
    if constexpr (!spellings_known) {
        return true;
    } else {
        return []<std::size_t... I>(std::index_sequence<I...>) {
            return (same_but_dots(Names[I], enumerator_spelling<static_cast<E>(I)>()) && ...) &&
                   (Dotted || ((Names[I].find('.') == std::string_view::npos) && ...));
        }(std::make_index_sequence<Names.size()>{});
    }
}

template <const auto& Table>
consteval bool rows_in_order() {
    for (std::size_t i = 0; i < Table.size(); ++i)
        if (static_cast<std::size_t>(Table[i].id) != i) return false;
    return true;
}

template <const auto& Names>
consteval bool names_present_and_distinct() {
    for (std::size_t i = 0; i < Names.size(); ++i) {
        if (Names[i].empty()) return false;
        for (std::size_t j = i + 1; j < Names.size(); ++j)
            if (Names[i] == Names[j]) return false;
    }
    return true;
}

/// Checks a table of descriptors of E (rows with a member `id`): exactly `Count` rows, row i
/// describing enumerator i, and no enumerator at `Count` or past it. Returns true, so that it
/// can sit in a static_assert; a table that fails does not compile, and the message says why.
template <class E, std::size_t Count, const auto& Table>
consteval bool check_rows_of() {
    if constexpr (Table.size() != Count) {
        static_assert(dependent_false<E>, "suara: a table of an enumeration needs exactly one row per enumerator");
    } else if constexpr (!no_enumerator_at<E, Count>()) {
        static_assert(dependent_false<E>, "suara: an enumerator was appended past the count of its table: give it its "
                                          "row and move the count");
    } else if constexpr (!rows_in_order<Table>()) {
        static_assert(dependent_false<E>, "suara: a table of an enumeration must list the enumerators in order, row i "
                                          "for enumerator i");
    }
    return true;
}

/// Checks the names of E's enumerators, indexed by enumerator: each present, none given twice,
/// each the enumerator's spelling (where the compiler tells it); `Dotted`: a key may write the
/// spelling's underscores as dots ("follow_up.all" for follow_up_all).
template <class E, const auto& Names, bool Dotted = false>
consteval bool check_names_of() {
    if constexpr (!names_present_and_distinct<Names>()) {
        static_assert(dependent_false<E>, "suara: every enumerator needs a name of its own (one is empty or given twice)");
    } else if constexpr (!names_spell_enumerators<E, Names, Dotted>()) {
        static_assert(dependent_false<E>, "suara: a name in the table is not its enumerator's spelling");
    }
    return true;
}

}  // namespace suara::detail

#endif  // SUARA_DETAIL_ENUM_TABLE_HPP
