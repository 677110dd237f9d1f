// suara — one line for people about a finding, in Indonesian or English.
// Distributed under the Boost Software License, Version 1.0.
//
//     explain<pilkada_2024>(f, lang::id)  // "votes.valid_sum: Suara sah tidak sama dengan jumlah suara paslon:
//                                          //  suara_sah 185 ≠ jumlah suara paslon 1.223"
//     explain<pilkada_2024>(f, lang::en)  // "...: valid votes 185 ≠ sum of candidates 1,223"
// Numbers are grouped as each language writes them: 1.223 in Indonesian, 1,223 in English.
// Indonesian keeps the form's field names (what a KPPS member reads on the sheet); English
// describes them. Titles and labels are the regime's own (list labels) and the contest's own
// (a DPR sheet counts party and candidate votes, not a pair's): the finding carries its contest.
// Incident flags read "ya" / "yes".
#ifndef SUARA_TALLY_EXPLAIN_HPP
#define SUARA_TALLY_EXPLAIN_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <suara/core/text.hpp>
#include <suara/tally/catalogue.hpp>
#include <suara/form/field.hpp>
#include <suara/form/finding.hpp>
#include <suara/tally/sheet_rules.hpp>
#include <suara/tally/labels.hpp>

namespace suara {

/// 1223 -> "1.223" (Indonesian) or "1,223" (English).
[[nodiscard]] inline std::string format_number(std::uint64_t v, lang l) {
    std::string digits = std::to_string(v);
    std::string out;
    out.reserve(digits.size() + digits.size() / 3);
    const char sep = l == lang::id ? '.' : ',';
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i != 0 && (digits.size() - i) % 3 == 0) out += sep;
        out += digits[i];
    }
    return out;
}

namespace detail {
template <class R>
std::string name_for(std::string_view name, lang l, vote_kind v) {
    std::string out;
    while (true) {
        const auto plus = name.find(" + ");
        const std::string_view part = name.substr(0, plus);
        if (l == lang::id && field_from_string(part)) out += part;
        else if (l == lang::en && part.size() > 6 && part.substr(0, 6) == "suara_" &&
                 part.find_first_not_of("0123456789", 6) == std::string_view::npos)
            out += std::string(words_for(v).column_en) + std::string(part.substr(6));  // suara_N
        else out += figure_label<R>(part, l, v);
        if (plus == std::string_view::npos) break;
        out += " + ";
        name.remove_prefix(plus + 3);
    }
    return out;
}
template <class R>
std::string figure_text(const figure_value& v, lang l, vote_kind k) {
    const auto f = field_from_string(v.name);
    if (f && form_of(*f) == field_form::flag && v.value == 1) return name_for<R>(v.name, l, k) + (l == lang::id ? " ya" : " yes");
    return name_for<R>(v.name, l, k) + ' ' + format_number(v.value, l);
}
/// How each rule's explanation relates its figures: a sheet rule says so in its definition,
/// section B names its kejadian field, section C lists its figures.
inline constexpr std::array<message_form, rule_count> message_forms = [] {
    std::array<message_form, rule_count> out{};
    for (std::size_t i = 0; i < rule_count; ++i)
        out[i] = catalogue[i].section == rule_section::incidents ? message_form::incident : message_form::listed;
    for_each_rule(sheet_rule_table{}, [&]<class D>() { out[static_cast<std::size_t>(D::id)] = message_of<D>(); });
    for_each_rule(legislative_rule_table{}, [&]<class D>() { out[static_cast<std::size_t>(D::id)] = D::message; });
    return out;
}();
}  // namespace detail

/// The body of the line: the figures, related as the rule relates them.
template <regime R>
[[nodiscard]] std::string explain_figures(const finding& f, lang l) {
    const bool id = l == lang::id;
    const vote_kind kind = vote_kind_of(f.contest);
    auto at = [&](std::size_t i) { return detail::figure_text<R>(f.values[i], l, kind); };
    if (!f.user_key.empty()) {
        std::string out;
        for (std::size_t i = 0; i < f.size(); ++i) out += (i ? ", " : "") + at(i);
        return out;
    }
    switch (detail::message_forms[static_cast<std::size_t>(f.rule)]) {
    case message_form::missing: {
        std::string out = id ? "kosong: " : "missing: ";
        // A legislative sheet names its missing party and candidate figures (partai_3.caleg_2)
        // in place of "the votes"; their labels for people hold commas ("PKB, nomor urut 3,
        // <nama>"), so such a list is separated by "; ".
        const bool named = f.size() > 0;
        const std::string_view sep = named ? "; " : ", ";
        bool first = true;
        auto item = [&](const std::string& text) {
            if (!first) out += sep;
            out += text;
            first = false;
        };
        for (std::size_t i = 0; i < field_count; ++i)
            if (((f.missing_fields >> i) & 1U) != 0) item(detail::name_for<R>(field_names[i], l, kind));
        if (f.missing_candidates && !named) item(std::string(words_for(kind).votes.in(l)));
        for (const figure_value& v : f) item(detail::name_for<R>(v.name, l, kind));
        return out;
    }
    case message_form::slips: {
        std::string out;
        for (std::size_t i = 0; i + 1 < f.size(); i += 2) {
            if (i) out += "; ";
            out += detail::name_for<R>(f.values[i].name, l, kind) + (id ? " terbaca " : " read as ") +
                   format_number(f.values[i].value, l) + (id ? ", kemungkinan " : ", likely ") +
                   format_number(f.values[i + 1].value, l);
        }
        return out;
    }
    case message_form::differs:
        if (f.size() >= 2) return at(0) + " \u2260 " + at(1);
        break;
    case message_form::exceeds:
        if (f.size() >= 2) return at(0) + " > " + at(1);
        break;
    case message_form::equals_from:
        if (f.size() >= 3) return at(0) + " = " + at(1) + " (\u2265 " + at(2) + ")";
        break;
    case message_form::incident:
        if (f.size() >= 1) {
            const auto fld = field_from_string(f.values[0].name);
            std::string out;
            if (fld == field::kejadian_gangguan)
                out = detail::name_for<R>(f.values[0].name, l, kind) + ' ' +
                      std::string(to_string(static_cast<gangguan>(f.values[0].value)));
            else if (fld == field::kejadian_gangguan_tahap)
                out = detail::name_for<R>(f.values[0].name, l, kind) + ' ' +
                      std::string(to_string(static_cast<gangguan_tahap>(f.values[0].value)));
            else out = at(0);
            if (f.size() >= 2) {
                out += " (";
                for (std::size_t i = 1; i < f.size(); ++i) out += (i > 1 ? ", " : "") + at(i);
                out += ")";
            }
            return out;
        }
        break;
    case message_form::listed: break;
    }
    std::string out;
    for (std::size_t i = 0; i < f.size(); ++i) out += (i ? ", " : "") + at(i);
    return out;
}

/// "votes.valid_sum: Suara sah tidak sama dengan jumlah suara paslon: suara_sah 185 ≠ jumlah suara paslon 1.223".
template <regime R>
[[nodiscard]] std::string explain(const finding& f, lang l) {
    std::string out{f.key()};
    if (f.user_key.empty()) {
        out += ": ";
        out += describe<R>(f.rule, f.contest).title.in(l);
    }
    const std::string body = explain_figures<R>(f, l);
    if (!body.empty()) out += ": " + body;
    return out;
}

}  // namespace suara

#endif  // SUARA_TALLY_EXPLAIN_HPP
