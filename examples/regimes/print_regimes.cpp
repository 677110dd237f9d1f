// Prints every constant of both regimes with its legal basis and confidence, as Markdown: the
// members of SUARA_REGIME_MEMBERS (suara/law/regime.hpp) in its order, then the incident grounds.
// Its output is committed as docs/regimes.md and compared by CTest, so the documentation of
// the regimes cannot drift from the code.
#include <suara/law/condition_set.hpp>
#include <suara/incidents/describe.hpp>
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>

#include <iostream>
#include <string>

namespace {
using namespace suara;

std::string show(count_rep v) { return std::to_string(v); }
std::string show(int v) { return std::to_string(v); }
std::string show(civil_date d) { return to_string(d); }
std::string show(bool v) { return v ? "yes" : "no"; }
std::string show(reserve_rate r) {
    return std::to_string(r.numerator) + "/" + std::to_string(r.denominator) + " of DPT";
}
std::string show(rounding r) {
    switch (r) {
    case rounding::up: return "up";
    case rounding::down: return "down";
    case rounding::nearest: return "nearest";
    }
    return "";
}
std::string show(time_window w) { return to_string(w.opens) + "-" + to_string(w.closes); }
std::string show(window_kind k) { return k == window_kind::binding ? "binding" : "recommended"; }
std::string show(outcome o) { return std::string{to_string(o)}; }
std::string show(const list_labels& l) {
    return "DPT: " + std::string{l.dpt} + ", moved-in: " + std::string{l.dptb} + ", unregistered: " + std::string{l.dpk};
}
std::string show(gangguan_set s) {
    std::string out;
    for (gangguan g : all_gangguan)
        if (s.contains(g)) out += (out.empty() ? "" : ", ") + std::string{to_string(g)};
    return out.empty() ? "none" : out;
}
std::string show(kontes_set s) {
    if (s.empty()) return "none";
    std::string out;
    for (auto k : all_kontes)
        if (s.contains(k)) out += (out.empty() ? "" : ", ") + std::string{to_string(k)};
    return out;
}
std::string show(dpk_area_rule r) {
    return r == dpk_area_rule::own_rt_rw ? "own RT/RW only" : "own RT/RW, else the nearest TPS of the village";
}
std::string show(const electoral_areas& a) {
    std::string out;
    for (auto k : all_kontes)
        if (a[k] != electoral_area::not_held)
            out += (out.empty() ? "" : ", ") + std::string{to_string(k)} + ": " + std::string{to_string(a[k])};
    return out;
}
std::string show(document_set s) {
    std::string out;
    for (auto d : {document::ktp_el, document::suket, document::kk, document::biodata_penduduk, document::ikd,
                   document::c_pemberitahuan, document::form_a_pindah})
        if (s.contains(d)) out += (out.empty() ? "" : ", ") + std::string{to_string(d)};
    return out;
}

void cells(const std::string& name, const std::string& value, const citation& basis) {
    std::cout << "| " << name << " | " << value << " | " << to_string(basis) << " | " << to_string(basis.level)
              << " | " << basis.note << " |\n";
}
template <class T>
void row(const char* name, const cited<T>& c) {
    cells("`" + std::string{name} + "`", show(c.value), c.basis);
}
// A rule of every regime whose basis alone differs.
void row(const char* name, const citation& c) { cells("`" + std::string{name} + "`", "(basis only)", c); }

template <class R>
void table() {
    static_assert(check_regime<R>());
    std::cout << "\n## `" << R::name << "`\n\n| constant | value | basis | confidence | note |\n|---|---|---|---|---|\n";
    // every member of SUARA_REGIME_MEMBERS but the paths, in its order
#define SUARA_ROW(member, ...) row(#member, R::member);
#define SUARA_SKIP(member, ...)
    SUARA_REGIME_MEMBERS(SUARA_ROW, SUARA_ROW, SUARA_SKIP)
    std::cout << "\nIncident grounds (`incident_conditions`, in set order), each cited by `incident_law` or, for a\n"
                 "ground decided by a threshold, by that threshold:\n\n"
                 "| ground | outcome | basis | confidence | note |\n|---|---|---|---|---|\n";
    for_each_condition<R>([]<class C>() {
        const bool must = condition_mandatory<C, R>();
        cells("`" + std::string{to_string(C::id)} + "`",
              std::string{to_string(C::result)} + (must ? " (wajib)" : " (dapat)"), C::template basis<R>());
    });
    std::string paths;
#define SUARA_PATH_NAME(member, ...) paths += std::string{paths.empty() ? "" : ", "} + "`" #member "`";
    SUARA_REGIME_MEMBERS(SUARA_SKIP, SUARA_SKIP, SUARA_PATH_NAME)
#undef SUARA_PATH_NAME
    std::cout << "\nThe path after each decision (" << paths << "),\n"
                 "every step cited; a body or deadline no source states is \"unknown\", never a guess:\n\n"
                 "| path | step | value | basis | confidence | note |\n|---|---|---|---|---|---|\n";
    auto path = [](const char* name, const decision_path& p) {
        auto step = [&](const char* what, const std::string& value, const citation& basis) {
            std::cout << "| `" << name << "` | " << what << " | " << value << " | " << to_string(basis) << " | "
                      << to_string(basis.level) << " | " << basis.note << " |\n";
        };
        step("proposed by", describe(p.proposed_by.value, lang::en), p.proposed_by.basis);
        step("passed on by", describe(p.passed_on_by.value, lang::en), p.passed_on_by.basis);
        step("decided by", describe(p.decided_by.value, lang::en), p.decided_by.basis);
        step("held at", describe(p.held_at.value, lang::en), p.held_at.basis);
        step("deadline", describe(p.deadline.value, R::voting_day.value, lang::en), p.deadline.basis);
    };
#define SUARA_PATH(member, ...) path(#member, R::member);
    SUARA_REGIME_MEMBERS(SUARA_SKIP, SUARA_SKIP, SUARA_PATH)
#undef SUARA_PATH
#undef SUARA_SKIP
#undef SUARA_ROW
}
}  // namespace

int main() {
    std::cout << "# Regimes and their legal bases\n\n"
                 "Generated by `examples/regimes/print_regimes.cpp`; CTest fails when this file and the code differ.\n"
                 "Confidence ([sources.md](sources.md#confidence)): *primary* = statutory text read; *secondary* = reported\n"
                 "by news, officials or Bawaslu; *derived* = computed; *unverified* = not found in any source read,\n"
                 "kept as a named constant so that it can be corrected in one place. Notes that are not an article\n"
                 "point into [sources.md](sources.md), which lists every law and public page relied on. A regime\n"
                 "derived from another (`struct pilkada_2029 : suara::pilkada_2024 { ... };`) inherits every row and\n"
                 "overrides those its law changes. The rows are the members of `SUARA_REGIME_MEMBERS`\n"
                 "(`suara/law/regime.hpp`), in its order: the list `check_regime` asks for.\n";
    table<pilkada_2024>();
    table<pemilu_2024>();
}
