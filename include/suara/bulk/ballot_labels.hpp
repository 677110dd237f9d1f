// suara — what a report calls a party or a candidate of a legislative ballot, and the figure
// keys of legislative findings turned into those names in the lines for people.
// Distributed under the Boost Software License, Version 1.0.
//
// Why a hook: the rules know parties and candidates only by number (`partai_3.caleg_2`), and
// the names belong to the candidate list of each dapil (DCT), which another input will give.
// The report asks one `ballot_labeller` for every label; the default one prints the numbers
// ("partai 3, nomor urut 2"), and a labeller reading a candidate list replaces it without a
// change to the report. The machine-readable figures (jsonl keys) keep the numbers always.
#ifndef SUARA_BULK_BALLOT_LABELS_HPP
#define SUARA_BULK_BALLOT_LABELS_HPP

#include <cctype>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <suara/core/kontes.hpp>
#include <suara/core/text.hpp>
#include <suara/form/ballot_number.hpp>
#include <suara/form/field.hpp>
#include <suara/form/legislative_sheet.hpp>
#include <suara/law/regime.hpp>
#include <suara/tally/labels.hpp>

namespace suara {

/// One place on a legislative ballot: a party (nomor_urut 0), one of its candidates, or a DPD
/// candidate (party 0).
struct ballot_position {
    kontes contest = kontes::pdpr;  ///< The contest of the sheet.
    std::string_view dapil;         ///< The dapil code as the input gave it ("" when none).
    party_number party{};           ///< The party's number; 0 for a DPD candidate.
    candidate_number nomor_urut{};  ///< The candidate's nomor urut; 0 for the party itself.
};

/// Turns a ballot position into a label for people. Override `label` to name parties and
/// candidates (a candidate list); this one prints their numbers.
class ballot_labeller {
public:
    virtual ~ballot_labeller() = default;
    /// A labeller by number.
    ballot_labeller() = default;
    /// Copies (a labeller holds no state of its own).
    ballot_labeller(const ballot_labeller&) = default;
    /// Copies.
    ballot_labeller& operator=(const ballot_labeller&) = default;

    /// "partai 3", "partai 3, nomor urut 2", "calon DPD nomor urut 5" (English: "party 3",
    /// "party 3, ballot number 2", "DPD candidate, ballot number 5"; the words of
    /// io/candidate_list.hpp's labels).
    [[nodiscard]] virtual std::string label(const ballot_position& at, lang l) const {
        const bool id = l == lang::id;
        std::string out;
        if (at.party.value() == 0) {
            out = id ? "calon DPD nomor urut " : "DPD candidate, ballot number ";
            out += std::to_string(at.nomor_urut.value());
            return out;
        }
        out = id ? "partai " : "party ";
        out += std::to_string(at.party.value());
        if (at.nomor_urut.value() != 0) {
            out += id ? ", nomor urut " : ", ballot number ";
            out += std::to_string(at.nomor_urut.value());
        }
        return out;
    }
};

namespace detail {
/// Digits at the start of `s` as a number (0 when none or above 255); `used` the digits read.
[[nodiscard]] constexpr unsigned leading_number(std::string_view s, std::size_t& used) noexcept {
    unsigned v = 0;
    used = 0;
    while (used < s.size() && s[used] >= '0' && s[used] <= '9' && used < 3) v = v * 10 + static_cast<unsigned>(s[used++] - '0');
    return v <= 255 ? v : 0;
}
[[nodiscard]] constexpr bool starts_with(std::string_view s, std::string_view p) noexcept {
    return s.size() >= p.size() && s.substr(0, p.size()) == p;
}
}  // namespace detail

/// `message` (an explain<R> line of a finding of `contest`) with every legislative figure key
/// in it named for people through `labeller`: `partai_N.total`, `.partai`, `.jumlah`,
/// `.caleg_C`; on a DPD sheet the candidate columns (`suara_N`, in English "votes for candidate
/// N"); and the other sheets' figures of the cross-contest rules (`ppwp.pemilih_dpt_j`).
template <regime R>
[[nodiscard]] std::string label_legislative_message(std::string_view message, kontes contest, std::string_view dapil,
                                                    const ballot_labeller& labeller, lang l) {
    const bool id = l == lang::id;
    const std::string_view dpd_column = l == lang::id ? std::string_view{"suara_"} : words_for(vote_kind_of(kontes::pdpd)).column_en;
    std::string out;
    out.reserve(message.size() + 32);
    std::size_t i = 0;
    auto boundary = [&](std::size_t at) { return at == 0 || !(std::isalnum(static_cast<unsigned char>(message[at - 1])) || message[at - 1] == '_'); };
    while (i < message.size()) {
        const std::string_view rest = message.substr(i);
        if (boundary(i) && detail::starts_with(rest, "partai_")) {
            std::size_t used = 0;
            const unsigned p = detail::leading_number(rest.substr(7), used);
            const std::string_view tail = rest.substr(7 + used);
            if (p != 0 && used != 0 && !tail.empty() && tail[0] == '.') {
                const ballot_position party_at{contest, dapil, party_number{static_cast<std::uint8_t>(p)}, candidate_number{}};
                std::string_view what = tail.substr(1);
                std::size_t len = 0;
                std::string text;
                if (detail::starts_with(what, "total")) {
                    len = 5;
                    text = (id ? "jumlah suara sah " : "total of ") + labeller.label(party_at, l);
                } else if (detail::starts_with(what, "partai")) {
                    len = 6;
                    text = (id ? "suara " : "party-only votes of ") + labeller.label(party_at, l) + (id ? " saja" : "");
                } else if (detail::starts_with(what, "jumlah")) {
                    len = 6;
                    text = (id ? "suara partai + caleg " : "party and candidate votes of ") + labeller.label(party_at, l);
                } else if (detail::starts_with(what, "caleg_")) {
                    std::size_t cu = 0;
                    const unsigned c = detail::leading_number(what.substr(6), cu);
                    if (c != 0 && cu != 0) {
                        len = 6 + cu;
                        text = labeller.label({contest, dapil, party_at.party, candidate_number{static_cast<std::uint8_t>(c)}}, l);
                    }
                }
                if (len != 0) {
                    out += text;
                    i += 7 + used + 1 + len;
                    continue;
                }
            }
        }
        if (contest == kontes::pdpd && boundary(i) && detail::starts_with(rest, dpd_column)) {
            std::size_t used = 0;
            const unsigned c = detail::leading_number(rest.substr(dpd_column.size()), used);
            if (c != 0 && used != 0) {
                out += labeller.label({contest, dapil, party_number{}, candidate_number{static_cast<std::uint8_t>(c)}}, l);
                i += dpd_column.size() + used;
                continue;
            }
        }
        // "ppwp.pengguna_dpt_j": another sheet's figure (tps.*_across_contests)
        if (boundary(i)) {
            bool done = false;
            for (kontes k : all_kontes) {
                const std::string_view code = to_string(k);
                if (!detail::starts_with(rest, code) || rest.size() <= code.size() || rest[code.size()] != '.') continue;
                const std::string_view after = rest.substr(code.size() + 1);
                std::size_t len = 0;
                while (len < after.size() && (std::isalnum(static_cast<unsigned char>(after[len])) || after[len] == '_')) ++len;
                const auto f = field_from_string(after.substr(0, len));
                if (!f) continue;
                std::string upper{code};
                for (char& ch : upper) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
                out += id ? std::string{field_names[index(*f)]} : std::string{field_label<R>(*f, l)};
                out += id ? " lembar " : " on the ";
                out += upper;
                out += id ? "" : " sheet";
                i += code.size() + 1 + len;
                done = true;
                break;
            }
            if (done) continue;
        }
        out += message[i++];
    }
    return out;
}

}  // namespace suara

#endif  // SUARA_BULK_BALLOT_LABELS_HPP
