// suara — a decision as text for people: kind, reason, ballots, legal basis, and the message in
// Indonesian and English. Used by the Bimtek examples and by any front end.
// Distributed under the Boost Software License, Version 1.0.
#ifndef SUARA_VOTERS_DESCRIBE_HPP
#define SUARA_VOTERS_DESCRIBE_HPP

#include <string>

#include <suara/core/citation.hpp>
#include <suara/core/clock.hpp>
#include <suara/core/kontes.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/voters/decision.hpp>
#include <suara/voters/moving_form.hpp>
#include <suara/voters/nik.hpp>

namespace suara {

/// "pkwkp pkwkk" ("-" when empty).
[[nodiscard]] inline std::string to_string(kontes_set s) {
    std::string out;
    for (auto k : all_kontes)
        if (s.contains(k)) {
            if (!out.empty()) out += ' ';
            out += to_string(k);
        }
    return out.empty() ? std::string{"-"} : out;
}

/// Several lines, each ending in '\n'.
[[nodiscard]] inline std::string describe(const decision& d) {
    std::string out;
    out += "keputusan/decision: ";
    out += to_string(d.kind);
    out += " (";
    out += to_string(d.why);
    out += ")\n";
    if (d.kind == decision_kind::admit) out += "surat suara/ballots: " + to_string(d.ballots) + '\n';
    if (d.kind == decision_kind::wait) out += "dilayani mulai/served from: " + to_string(d.until) + '\n';
    if (d.kind == decision_kind::redirect)
        out +=
            "ke TPS/to TPS: " + (d.redirect_to ? to_string(*d.redirect_to) : std::string{"(terdekat/nearest)"}) + '\n';
    out += "dasar hukum/basis: " + basis_text(d.basis) + '\n';
    out += "ID: ";
    out += d.message.id;
    out += "\nEN: ";
    out += d.message.en;
    out += '\n';
    if (!d.advice.id.empty()) {
        out += "catatan/note: " + basis_text(d.advice_basis) + '\n';
        out += "  ID: ";
        out += d.advice.id;
        out += "\n  EN: ";
        out += d.advice.en;
        out += '\n';
    }
    if (d.nik_finding != nik_error::none) {
        const bilingual what = message(d.nik_finding);
        out += "temuan pencatatan/data-entry finding: ";
        out += to_string(d.nik_finding);
        out += " @" + std::to_string(d.nik_finding_at) + ' ' + basis_text(d.finding_basis) + '\n';
        out += "  ID: ";
        out += what.id;
        out += ". ";
        out += d.finding.id;
        out += "\n  EN: ";
        out += what.en;
        out += ". ";
        out += d.finding.en;
        out += '\n';
    }
    return out;
}

/// "formulir Model A/Form A: 6472011001007 -> 6471051002001, surat suara/ballots: ppwp pdpr pdpd
/// (tertulis/as written)".
[[nodiscard]] inline std::string describe(const moving_form& f) {
    std::string out = "formulir Model A/Form A: " + to_string(f.origin()) + " -> " + to_string(f.destination()) +
                      ", surat suara/ballots: " + to_string(f.ballots());
    out += f.how() == moving_form::source::written ? " (tertulis di formulir/as written on the form)"
                                                   : " (menurut daerah pemilihan/by electoral areas)";
    return out;
}

}  // namespace suara

#endif  // SUARA_VOTERS_DESCRIBE_HPP
