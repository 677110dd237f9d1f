// suara — the printed names of the three voter lists, and text written with them.
// Distributed under the Boost Software License, Version 1.0.
//
// The three lists mean the same in every regime (registered here, moved in, unregistered), but
// each regime prints them its own way: Pemilu 2024 says DPT / DPTb / DPK, the Pilkada 2024 form
// says DPT / DPPh / DPTb. The same letters "DPTb" mean the moved-in list in one and the
// unregistered list in the other, so a message that spells a label out is wrong under one of
// the two regimes. Messages are therefore written as templates with one token per list,
//
//     "{dpt} + {dptb} + {dpk}"              -> "DPT + DPTb + DPK"        (Pemilu 2024)
//                                           -> "DPT + DPPh + DPTb"       (Pilkada 2024)
//     "daftar hadir {dpk_name}"             -> "daftar hadir Daftar Pemilih Khusus" / "... Tambahan"
//
// and rendered with the regime's `labels` member: at compile time into a fixed buffer
// (`render_labels<N>`, for tables of messages that decisions point into), or into a string.
// A template never names a list by its letters; `names_a_list_literally` lets a test prove it.
// A table of messages may add tokens of its own (`text_token`: "{votes}" for the contest's
// kind of votes in the rule catalogue), rendered by the same functions.
#ifndef SUARA_CORE_LIST_LABELS_HPP
#define SUARA_CORE_LIST_LABELS_HPP

#include <array>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

#include <suara/core/text.hpp>

namespace suara {

/// Printed labels of the three lists on the regime's form, and their names in full.
struct list_labels {
    std::string_view dpt;   ///< the registered list ("DPT")
    std::string_view dptb;  ///< the moved-in list ("DPTb" in Pemilu, "DPPh" in Pilkada)
    std::string_view dpk;   ///< the unregistered list ("DPK" in Pemilu, "DPTb" in Pilkada)
    std::string_view dpt_name{};   ///< "Daftar Pemilih Tetap"
    std::string_view dptb_name{};  ///< "Daftar Pemilih Tambahan" (Pemilu), "Daftar Pemilih Pindahan" (Pilkada)
    std::string_view dpk_name{};   ///< "Daftar Pemilih Khusus" (Pemilu), "Daftar Pemilih Tambahan" (Pilkada)
    /// Equal when every label is.
    friend constexpr bool operator==(const list_labels&, const list_labels&) = default;
};

/// A token beyond the list labels and the text it stands for in one rendering.
struct text_token {
    std::string_view token;  ///< The placeholder in a message template, such as "{dpk}".
    std::string_view text;  ///< What it stands for under the regime.
};

namespace detail {

/// A token of a message template and the label it stands for.
struct label_token {
    std::string_view token;
    std::string_view list_labels::*member;
};
inline constexpr std::array<label_token, 6> label_tokens{{
    {"{dpt}", &list_labels::dpt},
    {"{dptb}", &list_labels::dptb},
    {"{dpk}", &list_labels::dpk},
    {"{dpt_name}", &list_labels::dpt_name},
    {"{dptb_name}", &list_labels::dptb_name},
    {"{dpk_name}", &list_labels::dpk_name},
}};

/// Calls out(piece) for every literal piece and every rendered token of `templ`, in order.
/// Throws std::invalid_argument (a compile error in a constant expression) on a '{' that starts
/// no known token and on a token whose label the regime leaves empty.
template <class Out, std::size_t K = 0>
constexpr void for_each_rendered_piece(std::string_view templ, const list_labels& labels, Out&& out,
                                       const std::array<text_token, K>& extra = {}) {
    while (!templ.empty()) {
        const std::size_t brace = templ.find('{');
        if (brace == std::string_view::npos) {
            out(templ);
            return;
        }
        if (brace > 0) out(templ.substr(0, brace));
        templ.remove_prefix(brace);
        bool matched = false;
        for (const auto& t : extra) {
            if (!t.token.empty() && templ.substr(0, t.token.size()) == t.token) {
                out(t.text);
                templ.remove_prefix(t.token.size());
                matched = true;
                break;
            }
        }
        if (matched) continue;
        for (const auto& t : label_tokens) {
            if (templ.substr(0, t.token.size()) == t.token) {
                const std::string_view text = labels.*(t.member);
                if (text.empty()) throw std::invalid_argument("suara: a message names a list label the regime leaves empty");
                out(text);
                templ.remove_prefix(t.token.size());
                matched = true;
                break;
            }
        }
        if (!matched) throw std::invalid_argument("suara: a message template has an unknown {token}");
    }
}

constexpr bool is_word_char(char c) noexcept {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

}  // namespace detail

/// The length of `templ` once rendered with `labels`.
[[nodiscard]] constexpr std::size_t rendered_size(std::string_view templ, const list_labels& labels) {
    std::size_t n = 0;
    detail::for_each_rendered_piece(templ, labels, [&](std::string_view piece) { n += piece.size(); });
    return n;
}

/// A rendered text of at most N bytes, usable in constant expressions (tables of messages).
template <std::size_t N>
struct fixed_text {
    std::array<char, N> bytes{};  ///< The text's bytes; only the first `size` are used.
    std::size_t size = 0;  ///< Bytes used.
    /// The text as a view into `bytes`.
    [[nodiscard]] constexpr std::string_view view() const noexcept { return {bytes.data(), size}; }
};

/// `templ` with its tokens replaced by the regime's labels, in a buffer of N bytes (throws,
/// i.e. fails to compile in a constant expression, when the result does not fit).
template <std::size_t N, std::size_t K = 0>
[[nodiscard]] constexpr fixed_text<N> render_labels(std::string_view templ, const list_labels& labels,
                                                    const std::array<text_token, K>& extra = {}) {
    fixed_text<N> out;
    detail::for_each_rendered_piece(
        templ, labels,
        [&](std::string_view piece) {
            if (out.size + piece.size() > N) throw std::length_error("suara: a rendered message does not fit its buffer");
            for (char c : piece) out.bytes[out.size++] = c;
        },
        extra);
    return out;
}

/// The same into a string, for text built at run time.
[[nodiscard]] inline std::string render_labels(std::string_view templ, const list_labels& labels) {
    std::string out;
    out.reserve(rendered_size(templ, labels));
    detail::for_each_rendered_piece(templ, labels, [&](std::string_view piece) { out += piece; });
    return out;
}
/// Into a string, with tokens of the caller's own besides the list labels.
template <std::size_t K>
[[nodiscard]] std::string render_labels(std::string_view templ, const list_labels& labels,
                                        const std::array<text_token, K>& extra) {
    std::string out;
    detail::for_each_rendered_piece(templ, labels, [&](std::string_view piece) { out += piece; }, extra);
    return out;
}

/// True when `text` contains `word` as a whole word (not inside a longer word: "DPT" is not in
/// "DPTb").
[[nodiscard]] constexpr bool contains_word(std::string_view text, std::string_view word) noexcept {
    if (word.empty()) return false;
    for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
        const bool starts = at == 0 || !detail::is_word_char(text[at - 1]);
        const std::size_t end = at + word.size();
        const bool ends = end == text.size() || !detail::is_word_char(text[end]);
        if (starts && ends) return true;
    }
    return false;
}

/// True when a template spells a list out instead of using a token: it contains one of the
/// printed labels of `any_regime` (e.g. "DPK", "DPTb", "DPPh") as a word. Message tables are
/// checked with it against the labels of every regime, so that no message can be right under
/// one regime and wrong under another.
[[nodiscard]] constexpr bool names_a_list_literally(std::string_view templ, const list_labels& any_regime) noexcept {
    return contains_word(templ, any_regime.dptb) || contains_word(templ, any_regime.dpk) ||
           (!any_regime.dptb_name.empty() && templ.find(any_regime.dptb_name) != std::string_view::npos) ||
           (!any_regime.dpk_name.empty() && templ.find(any_regime.dpk_name) != std::string_view::npos);
}

/// A rendered bilingual message of at most N bytes per language.
template <std::size_t N>
struct fixed_bilingual {
    fixed_text<N> id;  ///< The Indonesian text.
    fixed_text<N> en;  ///< The English text.
    /// Both texts as views.
    [[nodiscard]] constexpr bilingual view() const noexcept { return {id.view(), en.view()}; }
};

template <std::size_t N>
[[nodiscard]] constexpr fixed_bilingual<N> render_labels(const bilingual& templ, const list_labels& labels) {
    return {render_labels<N>(templ.id, labels), render_labels<N>(templ.en, labels)};
}

}  // namespace suara

#endif  // SUARA_CORE_LIST_LABELS_HPP
