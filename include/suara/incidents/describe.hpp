// suara — what the law makes of an incident report, as text for people: the decision, each
// ground with its legal basis and title, and the path after the decision (who proposes it, who
// passes it on, who decides, where it is held and by when), in Indonesian and English.
// Distributed under the Boost Software License, Version 1.0.
//
//     std::cout << describe_incidents<pemilu_2024>(report);
//
// Every line of a path carries the basis of that step with its confidence; a step no source
// states reads "tidak diketahui / unknown", never a guess.
#ifndef SUARA_INCIDENTS_DESCRIBE_HPP
#define SUARA_INCIDENTS_DESCRIBE_HPP

#include <string>
#include <string_view>

#include <suara/core/citation.hpp>
#include <suara/core/civil_date.hpp>
#include <suara/core/decision_path.hpp>
#include <suara/core/outcome.hpp>
#include <suara/core/text.hpp>
#include <suara/law/condition_set.hpp>
#include <suara/form/incident_report.hpp>
#include <suara/law/regime.hpp>
#include <suara/tally/catalogue.hpp>
#include <suara/tally/verdict.hpp>

namespace suara {

/// "saksi atau PPL" / "a witness or the field supervisor (PPL)".
[[nodiscard]] inline std::string describe(body_set bodies, lang l) {
    if (!bodies.known()) return l == lang::id ? "tidak diketahui (tidak ditemukan dalam sumber yang dibaca)"
                                              : "unknown (found in no source read)";
    if (bodies.empty()) return l == lang::id ? "tidak ada" : "none";
    std::string out;
    for (body b : all_bodies) {
        if (!bodies.contains(b)) continue;
        if (!out.empty()) out += l == lang::id ? " atau " : " or ";
        out += name_of(b).in(l);
    }
    return out;
}

/// "TPS; PPS jika TPS tidak dapat" / "the TPS; the PPS if the TPS cannot".
[[nodiscard]] inline std::string describe(const place& p, lang l) {
    std::string out{name_of(p.at).in(l)};
    if (p.otherwise) {
        out += "; ";
        out += name_of(*p.otherwise).in(l);
        out += l == lang::id ? " jika di " : " if ";
        out += name_of(p.at).in(l);
        out += l == lang::id ? " tidak dapat" : " cannot";
    }
    return out;
}

/// "paling lama 10 hari setelah hari pemungutan suara (2024-02-24)" / "at most 10 days after
/// voting day (2024-02-24)"; "tidak diketahui" / "unknown" when no source states it.
[[nodiscard]] inline std::string describe(const time_limit& t, civil_date voting_day, lang l) {
    const bool id = l == lang::id;
    switch (t.what()) {
    case time_limit::kind::unknown:
        return id ? "tidak diketahui (tidak ditemukan dalam sumber yang dibaca)" : "unknown (found in no source read)";
    case time_limit::kind::on_voting_day:
        return (id ? "selesai pada hari pemungutan suara (" : "finished on voting day (") + to_string(voting_day) + ")";
    case time_limit::kind::days_after_voting_day: {
        const std::string n = std::to_string(*t.days());
        return (id ? "paling lama " + n + " hari setelah hari pemungutan suara ("
                   : "at most " + n + " days after voting day (") +
               to_string(*t.last_day(voting_day)) + ")";
    }
    }
    return {};
}

/// The path of outcome `o` under R, one step a line (each ending in '\n'), both languages;
/// empty for an outcome without a path (correction, review, none).
template <regime R>
[[nodiscard]] std::string describe_path(outcome o) {
    const auto p = decision_path_of<R>(o);
    if (!p) return {};
    const civil_date day = R::voting_day.value;
    std::string out;
    auto step = [&](std::string_view id, std::string_view en, const std::string& text_id, const std::string& text_en,
                    const citation& basis) {
        out += "  ";
        out += id;
        out += '/';
        out += en;
        out += ": ";
        out += text_id;
        if (text_en != text_id) {
            out += " / ";
            out += text_en;
        }
        out += "\n    dasar hukum/basis: " + basis_text(basis) + '\n';
    };
    out += "jalur setelah keputusan/path after the decision (";
    out += name_of(o).id;
    out += " / ";
    out += name_of(o).en;
    out += "):\n";
    step("diusulkan oleh", "proposed by", describe(p->proposed_by.value, lang::id), describe(p->proposed_by.value, lang::en),
         p->proposed_by.basis);
    step("diteruskan oleh", "passed on by", describe(p->passed_on_by.value, lang::id),
         describe(p->passed_on_by.value, lang::en), p->passed_on_by.basis);
    step("diputuskan oleh", "decided by", describe(p->decided_by.value, lang::id), describe(p->decided_by.value, lang::en),
         p->decided_by.basis);
    step("tempat", "where", describe(p->held_at.value, lang::id), describe(p->held_at.value, lang::en), p->held_at.basis);
    step("batas waktu", "deadline", describe(p->deadline.value, day, lang::id), describe(p->deadline.value, day, lang::en),
         p->deadline.basis);
    return out;
}

/// The decision on an incident report under R: the strongest outcome (and whether the law
/// obliges it), every ground that holds with its basis and title, and the path of the strongest
/// outcome (and of the strongest obliged one, where that differs). Several lines, each ending
/// in '\n'.
template <regime R>
[[nodiscard]] std::string describe_incidents(const incident_report& report) {
    const verdict v = judge<R>(report);
    std::string out = "keputusan/decision: ";
    out += name_of(v.result).id;
    out += " / ";
    out += name_of(v.result).en;
    if (v.result != outcome::none) out += v.mandatory ? " (wajib/must)" : " (dapat/may)";
    out += '\n';
    if (v.count == 0) {
        out += "ID: Tidak ada keadaan yang menurut hukum menjadi dasar PSU, penghitungan ulang, PSL atau PSS\n";
        out += "EN: Nothing reported is a ground in law for a re-vote, a recount, a continued or a follow-up vote\n";
        return out;
    }
    for (const verdict_reason& r : v) {
        const auto id = rule_from_string(r.key);
        if (!id) continue;
        const rule_info info = describe<R>(*id);
        out += "- ";
        out += r.key;
        out += ": ";
        out += name_of(r.result).id;
        out += " / ";
        out += name_of(r.result).en;
        out += r.mandatory ? " (wajib/must)\n" : " (dapat/may)\n";
        out += "  dasar hukum/basis: " + basis_text(info.basis) + '\n';
        out += "  ID: ";
        out += info.title.id;
        out += "\n  EN: ";
        out += info.title.en;
        out += '\n';
    }
    out += describe_path<R>(v.result);
    // what the law obliges besides a stronger outcome it only permits (a recount "dapat" and a
    // continued vote "wajib"): its path too
    if (v.obliged != v.result) out += describe_path<R>(v.obliged);
    return out;
}

}  // namespace suara

#endif  // SUARA_INCIDENTS_DESCRIBE_HPP
