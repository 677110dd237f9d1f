// suara — messages for people, in Indonesian and English.
// Distributed under the Boost Software License, Version 1.0.
#ifndef SUARA_CORE_TEXT_HPP
#define SUARA_CORE_TEXT_HPP

#include <string_view>

namespace suara {

/// The language of a message for people. Indonesian first: it is the language of the forms.
enum class lang : unsigned char { id, en };

/// One message in both languages. Every decision, rule and error that reaches a person
/// carries one of these.
struct bilingual {
    std::string_view id;  ///< Bahasa Indonesia.
    std::string_view en;  ///< English.

    /// The text in language `l`.
    [[nodiscard]] constexpr std::string_view in(lang l) const noexcept {
        return l == lang::id ? id : en;
    }
    /// Equal when both languages are.
    friend constexpr bool operator==(const bilingual&, const bilingual&) = default;
};

}  // namespace suara

#endif  // SUARA_CORE_TEXT_HPP
