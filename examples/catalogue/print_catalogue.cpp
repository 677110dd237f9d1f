// Prints the rule catalogue (sections A, B and C) as it stands in the code under each regime:
// identifier, severity, outcome (and whether the law obliges or permits it), legal basis with
// its confidence, and the bilingual title in each regime's own labels (and, where it depends on
// it, for each kind of contest); then how the code reads the catalogue, the regime differences
// and the path after each decision. Its output is committed as docs/rules.md and compared by
// CTest, so the documentation of the rules cannot drift from the code.
#include <suara/incidents/describe.hpp>
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>
#include <suara/tally/catalogue.hpp>
#include <suara/form/rule_id.hpp>

#include <cstddef>
#include <iostream>
#include <string>
#include <vector>

namespace {
using namespace suara;

/// "recount, dapat (may)": the modal verb only where the law decides a legal outcome.
std::string outcome_text(const rule_info& r) {
    if (!r.applies) return "—";
    std::string out{to_string(r.result)};
    const bool legal = r.result == outcome::psu || r.result == outcome::recount || r.result == outcome::continued ||
                       r.result == outcome::follow_up;
    if (legal) out += r.mandatory ? ", wajib (must)" : ", dapat (may)";
    return out;
}

template <class R>
void under(rule_id id) {
    const rule_info r = describe<R>(id);
    std::cout << "- `" << R::name << "`: ";
    if (!r.applies) {
        std::cout << "not a ground under this regime's law\n";
        return;
    }
    std::cout << outcome_text(r);
    auto from = [](count_rep n, const char* one, const char* many) {
        std::cout << ", from " << n << ' ' << (n == 1 ? one : many);
    };
    if (id == rule_id::psu_ballots_destroyed) from(R::psu_ballots_destroyed_threshold.value, "ballot", "ballots");
    if (id == rule_id::psu_multiple_voting) from(R::psu_multiple_voting_threshold.value, "person", "persons");
    if (id == rule_id::psu_unregistered_voting) from(R::psu_unregistered_voting_threshold.value, "person", "persons");
    std::cout << "; basis " << basis_text(r.basis) << "\n";
}

/// The title under each regime and, where it differs, each contest: "- `regime` (contests): id /
/// en" lines; one plain line when every regime and contest reads the same.
void titles(rule_id id) {
    struct titled {
        std::string regime;
        std::vector<std::string> contests;
        std::string text;
    };
    std::vector<titled> seen;
    auto regime = [&]<class R>() {
        for (kontes k : all_kontes) {
            if (!R::kontes_held.value.contains(k)) continue;
            const bilingual t = describe<R>(id, k).title;
            const std::string text = std::string{t.id} + " / " + std::string{t.en};
            bool added = false;
            for (auto& e : seen)
                if (e.regime == R::name && e.text == text) e.contests.emplace_back(to_string(k)), added = true;
            if (!added) seen.push_back({std::string{R::name}, {std::string{to_string(k)}}, text});
        }
    };
    regime.template operator()<pilkada_2024>();
    regime.template operator()<pemilu_2024>();
    bool one = true;
    for (const auto& e : seen) one = one && e.text == seen.front().text;
    if (one) {
        std::cout << seen.front().text << "\n\n";
        return;
    }
    for (const auto& e : seen) {
        std::size_t of_regime = 0;
        for (const auto& o : seen) of_regime += o.regime == e.regime ? 1 : 0;
        std::cout << "- `" << e.regime << "`";
        if (of_regime > 1) {
            std::cout << " (";
            for (std::size_t i = 0; i < e.contests.size(); ++i) std::cout << (i ? ", " : "") << e.contests[i];
            std::cout << ")";
        }
        std::cout << ": " << e.text << "\n";
    }
    std::cout << "\n";
}

void section(rule_section s, const char* heading) {
    std::cout << "\n## " << heading << "\n";
    for (const auto& d : catalogue) {
        if (d.section != s) continue;
        std::cout << "\n### `" << to_string(d.id) << "`\n\n";
        titles(d.id);
        std::cout << "- section " << static_cast<char>(d.section) << ", severity " << to_string(d.level) << "\n";
        under<pilkada_2024>(d.id);
        under<pemilu_2024>(d.id);
    }
}

std::string must_may(bool mandatory) { return mandatory ? "wajib (must)" : "dapat (may)"; }
std::string percent(reserve_rate r) {
    const auto per_mille = r.numerator * 1000 / r.denominator;
    // Built by appending: g++ 12 at -O3 warns falsely (-Wrestrict) on the chained operator+.
    std::string out = std::to_string(per_mille / 10);
    if (per_mille % 10 != 0) out.append(".").append(std::to_string(per_mille % 10));
    return out.append(" % of DPT");
}
std::string labels(const list_labels& l) { return std::string{l.dptb} + " / " + std::string{l.dpk}; }
std::string causes(gangguan_set s) {
    std::string out;
    for (gangguan g : all_gangguan)
        if (s.contains(g)) out += (out.empty() ? "" : ", ") + std::string{to_string(g)};
    return out.empty() ? "none" : out;
}

/// One cell of the path table: "KPPS → PPK → KPU Kabupaten/Kota; at the TPS; within 10 days (2024-02-24)".
std::string path_cell(const decision_path& p, civil_date voting_day) {
    // the bodies by their own names (domain terms), joined in English
    auto bodies = [](body_set b) {
        if (!b.known()) return std::string{"unknown"};
        std::string out;
        for (body x : all_bodies)
            if (b.contains(x)) out += (out.empty() ? "" : " or ") + std::string{name_of(x).id};
        return out;
    };
    std::string out = bodies(p.proposed_by.value);
    if (!p.passed_on_by.value.empty()) out += " \u2192 " + bodies(p.passed_on_by.value);
    out += " \u2192 " + bodies(p.decided_by.value) + "; at the " + std::string{name_of(p.held_at.value.at).id};
    if (p.held_at.value.otherwise)
        out += " (the " + std::string{name_of(*p.held_at.value.otherwise).id} + " if the TPS cannot)";
    out += "; ";
    const time_limit& t = p.deadline.value;
    switch (t.what()) {
    case time_limit::kind::unknown: out += "deadline unknown (" + std::string{to_string(p.deadline.basis.level)} + ")"; break;
    case time_limit::kind::on_voting_day: out += "on voting day"; break;
    case time_limit::kind::days_after_voting_day:
        out += "within " + std::to_string(*t.days()) + " days (" + to_string(*t.last_day(voting_day)) + ")";
        break;
    }
    return out;
}

void paths() {
    using pk = pilkada_2024;
    using pm = pemilu_2024;
    std::cout << "\n## The path after a decision\n\n"
                 "Who proposes, who passes the proposal on, who decides, where it is held and by when, from the\n"
                 "regime constants `psu_path`, `recount_path`, `continued_path` and `follow_up_path` (docs/regimes.md\n"
                 "gives every step with its basis and confidence; [sources.md](sources.md#path-after-a-decision)).\n"
                 "A deadline no source states is unknown, not guessed: `time_limit::last_day` is then empty.\n\n"
                 "| outcome | `" << pk::name << "` | `" << pm::name << "` |\n|---|---|---|\n";
    for (outcome o : {outcome::psu, outcome::recount, outcome::continued, outcome::follow_up})
        std::cout << "| " << to_string(o) << " | " << path_cell(*decision_path_of<pk>(o), pk::voting_day.value) << " | "
                  << path_cell(*decision_path_of<pm>(o), pm::voting_day.value) << " |\n";
}

void differences() {
    using pk = pilkada_2024;
    using pm = pemilu_2024;
    std::cout << "\n## Regime differences\n\n"
                 "Printed from the regime constants (docs/regimes.md gives each with its basis and confidence).\n\n"
                 "| | `" << pk::name << "` | `" << pm::name << "` |\n|---|---|---|\n";
    auto line = [](const char* what, const std::string& a, const std::string& b) {
        std::cout << "| " << what << " | " << a << " | " << b << " |\n";
    };
    using std::to_string;
    line("persons voting more than once that force a PSU", to_string(pk::psu_multiple_voting_threshold.value),
         to_string(pm::psu_multiple_voting_threshold.value));
    line("persons not entitled who voted that force a PSU", to_string(pk::psu_unregistered_voting_threshold.value),
         to_string(pm::psu_unregistered_voting_threshold.value));
    line("used ballots destroyed by KPPS that force a PSU", to_string(pk::psu_ballots_destroyed_threshold.value),
         to_string(pm::psu_ballots_destroyed_threshold.value));
    line("procedural PSU grounds", must_may(pk::psu_procedural_mandatory.value), must_may(pm::psu_procedural_mandatory.value));
    line("disturbance PSU", must_may(pk::psu_disturbance_mandatory.value), must_may(pm::psu_disturbance_mandatory.value));
    line("causes of a disturbance PSU", causes(pk::psu_disturbance_causes.value), causes(pm::psu_disturbance_causes.value));
    line("recount grounds", must_may(pk::recount_mandatory.value), must_may(pm::recount_mandatory.value));
    line("continued and follow-up voting", must_may(pk::continuation_mandatory.value),
         must_may(pm::continuation_mandatory.value));
    line("`votes.vs_voters` leads to", std::string{suara::to_string(pk::votes_vs_voters_outcome.value)},
         std::string{suara::to_string(pm::votes_vs_voters_outcome.value)});
    line("reserve ballots", percent(pk::ballot_reserve.value), percent(pm::ballot_reserve.value));
    line("most DPT voters per TPS", to_string(pk::tps_capacity.value), to_string(pm::tps_capacity.value));
    line("form labels of the moved-in / unregistered lists", labels(pk::labels.value), labels(pm::labels.value));
    std::cout << "\nGrounds of one regime only: `recount.inconsistent_validity` is Pilkada's (Perpu 1/2014 Pasal 113\n"
                 "(2) g), `recount.riot` is Pemilu's (UU 7/2017 Pasal 374 (2) a). suara's field names follow Pemilu\n"
                 "in both regimes: `dptb` is the moved-in list, `dpk` the unregistered one, whatever the form prints.\n";
}

constexpr const char* missing_inputs = R"(
## Missing inputs: `record.incomplete`

Missing is never read as zero. A figure is missing when its cell is empty (CSV) or `null` (Sirekap
JSON); the sheet stores it as a sentinel, never as 0. A rule that needs a missing figure is not
evaluated: it neither fires nor stays silent, and `record.incomplete` (info, review) lists what was
missing, in its `missing_fields` mask and, when candidate columns are absent, `missing_candidates`.
Only the inputs of enabled rules are listed: a rule switched off in the `rule_set` reports nothing.
`voters.registered_turnout` applies only "where the sheet has" a registered DPTb or DPK count
(Sirekap publishes none): without one it does not apply, and nothing is listed as missing. `ballots.allocation` needs the registered DPTb only where the regime allocates ballots
for it. `votes.over_supply` bounds the supply by the ballots received where known, otherwise by
DPT + DPTb + reserve, using the moved-in voters who came when the sheet has no registered DPTb
(Sirekap publishes none): a lower bound of the list, a figure the sheet has, never a zero read into
a missing one. The `kejadian_*` incident fields are different: missing there means "not reported",
which is never a ground and never makes a record incomplete.
)";

constexpr const char* digit_slip_text = R"(
## How `record.digit_slip` is read

The catalogue describes a figure "read with one digit dropped or one leading digit removed". The
code reads it as follows. Take every arithmetic identity of section A whose figures are all known
and which fails. For each figure one of them names (the candidate and blank columns stand behind
"sum of candidates"), in field order then candidate order, try each value obtained by deleting one
decimal digit of the value read (641 gives 41, 61, 64; deleting the first digit is the "leading
digit removed" case; values below 10 are skipped). The first such value for which every evaluable
identity naming that figure holds (the failing ones now hold and none that held breaks) is the
likely true value. The finding names each such figure, at most four, with the value read and the
likely value: severity info, outcome correction, for the person correcting the sheet to confirm.
The 2024 case of 64 read as 641 is inside this reading. The catalogue also cites 11 read as 826; no
single digit deletion turns 826 into 11, so that misread is outside this rule, and `votes.valid_sum`
and `votes.over_supply` catch it.
)";

constexpr const char* legislative_text = R"(
## Legislative sheets and the sheets of one TPS

`check_legislative<R>(sheet, sink)` (`suara/tally/legislative_rules.hpp`) checks a DPR, DPRD
Provinsi, DPRD Kabupaten/Kota or DPD sheet (`suara/form/legislative_sheet.hpp`, or a row of
`legislative_batch`). Its administration section is checked by the rules above, unchanged, with
the party totals as the vote columns: `votes.valid_sum` is then "Σ party totals = suara sah", and
no rule is copied. `votes.party_sum` checks, per party, total = party-only votes + Σ its
candidates' votes, only when all of them are written. A DPD sheet is a sheet of candidates, as the
presidential one. The figures of legislative findings have stable keys: `partai_N.total` (the
party's total as written, N its number on the ballot), `partai_N.partai` (party-only votes),
`partai_N.caleg_C` (candidate with nomor urut C), `partai_N.jumlah` (party-only + candidates,
computed). `record.incomplete` names the missing party and candidate figures by these keys (as
figures whose value is the missing sentinel 4294967295, at most eight); `record.digit_slip` also
looks for one party or candidate figure that, with one digit deleted, mends a failing
`votes.party_sum`: the total when it is the larger side (and Σ party totals = suara sah, where
known, then holds), else the first of party-only, candidate 1, 2, ... that can drop the difference.

`check_tps_contests<R>(sheets, sink)` takes the sheets of one TPS (each contest once) and reports,
on the sheet that deviates, `tps.dpt_across_contests` when its registered DPT (L, P, J) differs from
the reference (the PPWP sheet, under Pilkada the governor's, where it has the figure; otherwise the
value most sheets have), and `tps.voters_across_contests` when its DPT or DPK voters differ from the
reference, when it has more moved (DPTb) voters than the sheet of a contest whose ballot each of
them also holds (PPWP over every other; DPD over DPR and DPRD; governor over regent or mayor), or,
where a row is missing, when its voters who voted are above the reference's or below them less the
reference's moved voters. Each finding carries the sheet's figure and the reference's, keyed
`<kontes>.<field>` (`ppwp.pengguna_dpt_j`). A comparison with a missing figure is not made.
)";

constexpr const char* extensions = R"(
## Beyond the original catalogue

**User rules.** A project adds its own rule without touching the catalogue: a type with
`static constexpr std::string_view key` (its own identifier, not a catalogue one), `severity level`,
`outcome result` (not `none`), `citation basis` (at least a law, or "practice", "audit plan"),
`bilingual title`, `template <class R, sheet_like S> static constexpr bool fires(const S&)` and,
optionally, `figures(const S&, finding&)`. It runs after the catalogue when passed as
`check_sheet<pemilu_2024>(sheet, sink, rule_set::all(), user_rules<my_rule>{})`, and its findings
carry its key (`finding::key()`). An empty key or one that is a catalogue identifier, an empty
citation, outcome `none`, or two user rules with one key do not compile. Its optional `screen`
(tests of `suara/tally/screen_face.hpp` that hold wherever it stays silent, with
`screen_limits<R>()` for tests against a regime figure) lets the bulk validator's column screen,
made for `rule_table_with<catalogue_rule_table, my_rule>`, clear rows for it; without one, that
screen keeps every row.

**One definition per rule.** Each rule of section A is one type (`suara/tally/sheet_rules.hpp`)
holding its identifier, severity, outcome and basis (under a regime where the regime decides them),
title, figures, condition and the face it shows the column screen; this catalogue, `check_sheet`,
the explanations and the screen are made from those types.

**User regimes.** Every constant the rules read is a member of the regime, so a regime derived from
another (`struct pilkada_2029 : suara::pilkada_2024 { ... };`) changes a threshold, an article
(`incident_law.with(ground, basis)`) or the set of grounds (`incident_conditions`, a Boost.Hana
sequence) in one place, and every rule follows. A member missing, uncited or of the wrong type does
not compile, and the message names it. Its `name` (lower-case letters, digits and `-`, not `auto`)
is how it is chosen: registered in one line, `using my_regimes =
suara::known_regimes_with<pilkada_2029>;`, it runs through the bulk validator
(`validate<my_regimes>(batch, regime_choice::named("pilkada-2029"))`) and through suara-audit's
run (`run_audit<my_regimes>`, `--regime pilkada-2029`; see [cli.md](cli.md)). The members a regime
supplies are listed once, in `SUARA_REGIME_MEMBERS` (`suara/law/regime.hpp`): the check and
[regimes.md](regimes.md) are made from that list.

**A new incident ground.** Its row in `incident_grounds` (`suara/form/rule_id.hpp`: identifier,
key, the kejadian field it is read from, outcome, title) is its whole vocabulary: the keys, the
catalogue row and the figures of its findings come from it. A ground that reads a new fact adds
the fact's field (a row in `field_table`, `suara/form/field.hpp`) and its report member (an entry
in `incident_members`, `suara/form/incident_report.hpp`), from which the readers, the writer and
the report where nothing happened are made; a plain flag ground needs no condition code
(`detail::flag_ground`). What the law says of it stays with each regime (its article in
`incident_law`, its place in `incident_conditions`). A row left out, out of order, keyed against
its outcome, or a member without its field does not compile.

**Must or may.** Where the law says "dapat" (may) rather than "wajib" (must), the ground is still
reported, marked as permitting; the verdict keeps both the strongest outcome of any reason and the
strongest outcome the law obliges.

**Reading the disturbance fields.** A reported disturbance (`kejadian_gangguan`) that stopped part
of the stages is `continued.partial`; one that stopped all stages is `follow_up.all`, and nothing
else: nothing was held, so nothing is recounted or re-voted. `psu.disturbance` needs a cause the
regime's law names (Pilkada 2024 "gangguan keamanan", UU 1/2015 Pasal 112 ayat (1); Pemilu 2024
"bencana alam dan/atau kerusuhan", UU 7/2017 Pasal 372 ayat (1)) and an effect reported:
`kejadian_hasil_tidak_dapat_digunakan` (the results cannot be used) or
`kejadian_hitung_tidak_dapat_dilakukan` (the count cannot be done). A disturbance that stopped
nothing is no ground. `recount.riot` (Pemilu 2024, UU 7/2017 Pasal 374 ayat (2) huruf a) needs a
riot after which the count could not go on (`kejadian_hitung_tidak_dapat_dilanjutkan`). Not
reported is never "no" and never "yes" ([sources.md](sources.md#disturbances)).

**Titles in the regime's own words.** Titles and figure labels are written with the regime's list
labels (Pilkada 2024 prints DPT / DPPh / DPTb, Pemilu 2024 DPT / DPTb / DPK) and the contest's kind
of votes: pairs (*paslon*) on the president's, governor's and regent's or mayor's sheets, party and
candidate votes on the DPR and DPRD sheets, candidates on the DPD sheet. A finding carries its
contest, so its explanation says the right one.

**Sirekap status.** The verdict's outcome maps to and from Sirekap's `psu` strings ("Reguler",
"Penghitungan Suara Ulang", "Pemungutan Suara Ulang", "... Susulan", "... Lanjutan").

**Ballot validity.** Whether one ballot is valid, and for whom ([sources.md](sources.md#ballot-validity)),
is decided by `suara/tally/ballot_validity.hpp`. Writing on a Pilkada ballot makes it invalid by
the statute itself (Perpu 1/2014 Pasal 96 ayat (2), primary). Several marks inside one column count
for it, a cited constant read for DPR ballots only and applied by analogy, unverified: the report
of PKPU 25/2023 Pasal 55 by kompas.tv lists several marks on one ballot as invalid.

**DPR and DPRD ballots.** Whether one DPR, DPRD Provinsi or DPRD Kabupaten/Kota ballot is valid,
and whether it counts for the party or one of its candidates ([sources.md](sources.md#legislative-ballots)),
is decided by `judge_legislative_ballot<R>` (`suara/tally/legislative_ballot.hpp`) against the
ballot's layout (its parties, their candidates by nomor urut, and which candidates are known
deceased or disqualified: the caller's input, never guessed). PKPU 25/2023 as reported
(secondary), the first that applies wins:

| marks on the ballot | decision | basis (regime member) |
|---|---|---|
| unsigned, damaged, not punched with the tool provided, no mark, outside the columns, on the line between two parties | invalid | Pasal 53 ayat (2), 55 (`legislative_ballot_validity_basis`) |
| writing on it | invalid | Pasal 55 (`written_ballot_invalid_basis`) |
| a party or candidate the layout does not have | rejected (a caller error, counted nowhere) | |
| two parties, or candidates of two parties | invalid | Pasal 55 (`legislative_ballot_validity_basis`) |
| one spot punched more than once | counts once | Pasal 54, unverified (`several_marks_in_one_column`) |
| two or more candidates of one party | the party | Pasal 54, unverified (`several_candidates_of_one_party`) |
| the line between two candidates of one party | the party | Pasal 54 (`legislative_vote_basis`) |
| one candidate, deceased or disqualified | the party | Pasal 54 (`struck_candidate_basis`) |
| one candidate, with or without its party | the candidate | Pasal 54 (`legislative_vote_basis`) |
| the party only | the party | Pasal 54 (`legislative_vote_basis`) |

The two unverified rows are cited constants because the report of Pasal 55 by kompas.tv lists
several marks on one ballot as invalid; a regime that reads it so sets them to `false`, and those
ballots become invalid. `count_legislative_ballots<R>` counts a stack per party: party-only votes,
each candidate's votes and the total, counted apart so that the form's identities (total =
party-only + Σ candidates; Σ party totals = suara sah) are checks (`legislative_count::consistent`).
A regime that holds no DPR or DPRD contest (Pilkada 2024) does not compile there.
)";
}  // namespace

int main() {
    std::cout << "# Rule catalogue as implemented\n\n"
                 "Generated by `examples/catalogue/print_catalogue.cpp`; CTest fails when this file and the code differ.\n"
                 "The identifiers are stable (`suara/form/rule_id.hpp`). For each rule: its title in Indonesian and\n"
                 "English in each regime's own labels, its section and severity, and under each regime the outcome\n"
                 "(with *wajib*/must or *dapat*/may where the law decides a recount, a re-vote or further voting)\n"
                 "and the legal basis as suara-audit prints it: a basis read in the statutory text stands alone; any\n"
                 "other carries its confidence and note in brackets: *secondary* = reported; *derived* = computed or\n"
                 "a rule of the form and of practice; *unverified* = not found in any source read. Where a basis is\n"
                 "not an article, its note points into [sources.md](sources.md), which lists every law, article and\n"
                 "public page relied on.\n";
    section(rule_section::sheet, "A. Results-sheet arithmetic (Model C.Hasil)");
    section(rule_section::incidents, "B. Incidents at the TPS (Model C.Kejadian Khusus)");
    section(rule_section::rollup, "C. Roll-up (rekapitulasi)");
    std::cout << missing_inputs << digit_slip_text << legislative_text << extensions;
    differences();
    paths();
}
