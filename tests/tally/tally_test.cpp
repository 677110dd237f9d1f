// Run-time tests of the rule catalogue: messages for people, user rules, the bulk fast path on
// batch rows, and the laws over many generated sheets.
#include <boost/test/unit_test.hpp>

#include <suara/form/batch.hpp>
#include <suara/form/legislative_batch.hpp>
#include <suara/incidents/describe.hpp>
#include <suara/tally/ballot_validity.hpp>
#include <suara/tally/catalogue.hpp>
#include <suara/tally/explain.hpp>
#include <suara/tally/legislative_ballot.hpp>
#include <suara/tally/legislative_rules.hpp>
#include <suara/tally/rules.hpp>
#include <suara/tally/verdict.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <suara_synthetic/rng.hpp>

#include "fixtures.hpp"
#include "laws.hpp"
#include "printing.hpp"

namespace {
using namespace suara;
using pk = pilkada_2024;
using pm = pemilu_2024;

template <class R>
std::vector<finding> all_findings(const sheet& s, rule_set on = rule_set::all()) {
    std::vector<finding> out;
    check_sheet<R>(s, [&](const finding& f) { out.push_back(f); }, on);
    return out;
}

const finding* first(const std::vector<finding>& fs, rule_id r) {
    for (const auto& f : fs)
        if (f.rule == r && f.user_key.empty()) return &f;
    return nullptr;
}

// A user rule: more than a tenth of the votes invalid is worth a look.
struct invalid_share {
    static constexpr std::string_view key = "audit.invalid_share";
    static constexpr severity level = severity::warning;
    static constexpr outcome result = outcome::review;
    static constexpr citation basis{.law = "audit plan 2024", .level = confidence::derived,
                                    .note = "user heuristic"};
    static constexpr bilingual title{"Suara tidak sah lebih dari 10 %", "More than 10 % invalid votes"};
    template <class R, sheet_like S>
    static constexpr bool fires(const S& s) {
        const auto sah = s.figure(field::suara_sah), tidak = s.figure(field::suara_tidak_sah);
        return sah != missing_figure && tidak != missing_figure && std::uint64_t{tidak} * 10 > std::uint64_t{sah} + tidak;
    }
    template <class R, sheet_like S>
    static constexpr void figures(const S& s, finding& f) {
        f.add("suara_tidak_sah", s.figure(field::suara_tidak_sah)).add("suara_sah", s.figure(field::suara_sah));
    }
};

/// Perturbs a consistent sheet: some figures changed a little, some cleared, some incidents set.
template <class R>
sheet perturbed(synthetic::rng& g) {
    sheet s = fixtures::consistent<R>();
    const std::uint32_t changes = g.below(4);
    for (std::uint32_t i = 0; i < changes; ++i) {
        const auto f = static_cast<field>(g.below(static_cast<std::uint32_t>(field_count)));
        switch (g.below(5)) {
        case 0: s.clear(f); break;
        case 1: s.set_raw(f, s.known(f) ? s.figure(f) + 1 : 1); break;
        case 2: s.set_raw(f, s.known(f) ? s.figure(f) * 10 + g.below(10) : 2); break;  // an extra digit
        case 3: s.set_raw(f, g.below(3)); break;
        default: s.set_candidate_votes(g.below(2), g.below(1000)); break;
        }
    }
    return s;
}

/// The printed labels of `other` that `r` never prints: under `r` they name a list of the other
/// regime ("DPK" under Pilkada 2024, "DPPh" under Pemilu 2024).
std::vector<std::string> foreign_labels(const list_labels& r, const list_labels& other) {
    const std::vector<std::string_view> own{r.dpt, r.dptb, r.dpk, r.dpt_name, r.dptb_name, r.dpk_name};
    std::vector<std::string> out;
    for (std::string_view l : {other.dpt, other.dptb, other.dpk, other.dpt_name, other.dptb_name, other.dpk_name}) {
        bool mine = false;
        for (std::string_view o : own) mine = mine || o == l;
        if (!mine && !l.empty()) out.emplace_back(l);
    }
    return out;
}

// ---- legislative ballots: one DPR ballot layout and a case for every outcome ----
const party_number lp1{1}, lp2{2}, lp3{3}, lp5{5};
const candidate_number lc1{1}, lc2{2}, lc3{3};
/// Parties 1, 2 and 5 (3 and 4 are not on this ballot); candidate 3 of party 5 is disqualified.
legislative_ballot_layout test_dpr_layout() {
    return legislative_ballot_layout{kontes::pdpr}.party(lp1, 3).party(lp2, 1).party(lp5, 4).strike(lp5, lc3);
}
/// One ballot and what it must give: the fault, the rule, the party and candidate.
struct legislative_case {
    std::string what;
    legislative_ballot ballot;
    legislative_fault fault;
    legislative_rule rule;
    party_number party{};
    candidate_number candidate{};
};
legislative_ballot with_state(legislative_ballot b, bool signed_by_chair, bool damaged, bool written, bool tool) {
    b.signed_by_chair = signed_by_chair;
    b.damaged = damaged;
    b.written_on = written;
    b.provided_tool = tool;
    return b;
}
std::vector<legislative_case> legislative_table() {
    using lf = legislative_fault;
    using lr = legislative_rule;
    const legislative_ballot party1 = legislative_ballot{}.punch_party(lp1);
    return {
        {"party only", party1, lf::none, lr::party_only, lp1, {}},
        {"party punched twice", legislative_ballot{}.punch_party(lp1).punch_party(lp1), lf::none, lr::party_only, lp1, {}},
        {"candidate only", legislative_ballot{}.punch_candidate(lp5, candidate_number{4}), lf::none, lr::candidate_only, lp5, candidate_number{4}},
        {"candidate punched twice", legislative_ballot{}.punch_candidate(lp1, lc2).punch_candidate(lp1, lc2), lf::none,
         lr::candidate_only, lp1, lc2},
        {"party and its candidate", legislative_ballot{}.punch_party(lp2).punch_candidate(lp2, lc1), lf::none,
         lr::party_and_candidate, lp2, lc1},
        {"two candidates of one party", legislative_ballot{}.punch_candidate(lp1, lc1).punch_candidate(lp1, lc3), lf::none,
         lr::several_candidates, lp1, {}},
        {"line between two candidates", legislative_ballot{}.punch(legislative_mark::between_candidates(lp5)), lf::none,
         lr::between_candidates, lp5, {}},
        {"disqualified candidate", legislative_ballot{}.punch_candidate(lp5, lc3), lf::none, lr::struck_candidate, lp5, {}},
        {"not signed", with_state(party1, false, false, false, true), lf::not_signed, lr::none},
        {"damaged", with_state(party1, true, true, false, true), lf::damaged, lr::none},
        {"written on", with_state(party1, true, false, true, true), lf::written_on, lr::none},
        {"other tool", with_state(party1, true, false, false, false), lf::not_provided_tool, lr::none},
        {"no mark", legislative_ballot{}, lf::unmarked, lr::none},
        {"outside the columns", legislative_ballot{}.punch(legislative_mark::outside_columns()), lf::outside_columns, lr::none},
        {"between two parties", legislative_ballot{}.punch(legislative_mark::between_parties()), lf::between_parties, lr::none},
        {"two parties", legislative_ballot{}.punch_party(lp1).punch_party(lp2), lf::several_parties, lr::none},
        {"candidates of two parties", legislative_ballot{}.punch_candidate(lp1, lc1).punch_candidate(lp5, lc1),
         lf::several_parties, lr::none},
        {"party not on the ballot", legislative_ballot{}.punch_party(lp3), lf::no_such_party, lr::none},
        {"candidate beyond the list", legislative_ballot{}.punch_candidate(lp2, lc2), lf::no_such_candidate, lr::none},
    };
}
/// Pemilu 2024 read strictly: one spot punched twice, or two candidates of one party, is invalid.
struct strict_legislative : pemilu_2024 {
    static constexpr cited<bool> several_marks_in_one_column{false, {.law = "test regime", .level = confidence::derived}};
    static constexpr cited<bool> several_candidates_of_one_party{false, {.law = "test regime", .level = confidence::derived}};
};
/// Pemilu 2024 holding DPR ballots only.
struct dpr_only_regime : pemilu_2024 {
    static constexpr cited<kontes_set> kontes_held{{kontes::pdpr}, {.law = "test regime", .level = confidence::derived}};
    static constexpr cited<electoral_areas> contest_areas{{{kontes::pdpr, electoral_area::dapil_within_province}},
                                                          {.law = "test regime", .level = confidence::derived}};
};
template <class R>
std::vector<legislative_decision> legislative_cases() {
    std::vector<legislative_decision> out;
    for (const auto& c : legislative_table()) out.push_back(judge_legislative_ballot<R>(c.ballot, test_dpr_layout()));
    return out;
}

/// Every text for people suara's tally and incident side writes under R: titles (per contest),
/// field labels, finding explanations on generated sheets of every contest the regime holds,
/// incident decisions, ballot reasons.
template <class R>
std::vector<std::string> every_text() {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < rule_count; ++i) {
        const auto id = static_cast<rule_id>(i);
        for (lang l : {lang::id, lang::en}) {
            out.emplace_back(describe<R>(id).title.in(l));
            for (kontes k : all_kontes)
                if (R::kontes_held.value.contains(k)) out.emplace_back(describe<R>(id, k).title.in(l));
        }
    }
    for (std::size_t f = 0; f < field_count; ++f)
        for (lang l : {lang::id, lang::en}) out.emplace_back(field_label<R>(static_cast<field>(f), l));
    synthetic::rng g{2024};
    for (kontes k : all_kontes) {
        if (!R::kontes_held.value.contains(k)) continue;
        for (int n = 0; n < 3000; ++n) {
            sheet s = perturbed<R>(g);
            s.contest = k;
            check_sheet<R>(s, [&](const finding& f) {
                out.push_back(explain<R>(f, lang::id));
                out.push_back(explain<R>(f, lang::en));
            });
        }
    }
    for (std::size_t f = index(first_incident_field); f < field_count; ++f) {
        sheet s = fixtures::consistent<R>();
        s.set_raw(static_cast<field>(f), 2).set_raw(field::kejadian_gangguan, 2).set_raw(field::kejadian_gangguan_tahap, 1);
        out.push_back(describe_incidents<R>(incident_report_of(s)));
    }
    for (auto f : {ballot_fault::not_signed, ballot_fault::written_on}) {
        ballot b = ballot{}.punch(mark_place::pair_column, 0);
        b.signed_by_chair = f != ballot_fault::not_signed;
        b.written_on = f == ballot_fault::written_on;
        const auto d = judge_ballot<R>(ballot_type::pilkada, b, 2);
        out.emplace_back(d.reason.id);
        out.emplace_back(d.reason.en);
    }
    if constexpr (holds_legislative_contest<R>())
        for (const legislative_decision& d : legislative_cases<R>()) {
            out.emplace_back(d.reason.id);
            out.emplace_back(d.reason.en);
        }
    return out;
}

std::string read_text(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

const std::filesystem::path source_dir{SUARA_SOURCE_DIR};

/// Anchors of docs/sources.md: explicit `<a id="...">` and GitHub heading slugs.
std::set<std::string> sources_anchors() {
    const std::string text = read_text(source_dir / "docs" / "sources.md");
    std::set<std::string> out;
    const std::regex explicit_anchor{R"re(<a id="([^"]+)">)re"};
    for (auto it = std::sregex_iterator(text.begin(), text.end(), explicit_anchor); it != std::sregex_iterator(); ++it)
        out.insert((*it)[1]);
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        if (line.empty() || line[0] != '#') continue;
        std::string slug;
        for (char c : line.substr(line.find_first_not_of('#'))) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') slug += c;
            else if (c >= 'A' && c <= 'Z') slug += static_cast<char>(c - 'A' + 'a');
            else if (c == ' ') slug += '-';
        }
        while (!slug.empty() && slug.front() == '-') slug.erase(slug.begin());
        out.insert(slug);
    }
    return out;
}

/// Why a citation text cannot be followed by a reader of the repository (empty when it can).
std::string unfollowable(std::string_view text, const std::set<std::string>& anchors) {
    for (std::string_view bad : {"reference " "\u00a7", "\u00a7", "shared" "/", "spe" "c/"})
        if (text.find(bad) != std::string_view::npos) return "names \"" + std::string(bad) + "\"";
    for (std::size_t at = text.find("docs/sources.md#"); at != std::string_view::npos;
         at = text.find("docs/sources.md#", at + 1)) {
        std::size_t end = at + 16;
        while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '-')) ++end;
        const std::string anchor{text.substr(at + 16, end - at - 16)};
        if (!anchors.contains(anchor)) return "points to docs/sources.md#" + anchor + ", which does not exist";
    }
    return {};
}

template <class R>
std::vector<citation> every_basis() {
    std::vector<citation> out;
    for (std::size_t i = 0; i < rule_count; ++i) out.push_back(describe<R>(static_cast<rule_id>(i)).basis);
    for (std::size_t i = 0; i < rule_count; ++i) out.push_back(R::incident_law.basis(static_cast<rule_id>(i)));
#define SUARA_BASIS(m) out.push_back(R::m.basis);
    SUARA_BASIS(labels) SUARA_BASIS(kontes_held) SUARA_BASIS(tps_capacity) SUARA_BASIS(ballot_reserve)
    SUARA_BASIS(reserve_rounding) SUARA_BASIS(allocation_includes_dptb) SUARA_BASIS(voting_hours) SUARA_BASIS(dpt_window)
    SUARA_BASIS(dptb_window) SUARA_BASIS(dptb_window_kind) SUARA_BASIS(dpk_window) SUARA_BASIS(closing_queue_rule)
    SUARA_BASIS(identity_documents) SUARA_BASIS(dpk_address_documents) SUARA_BASIS(dpk_area)
    SUARA_BASIS(contest_areas)
    SUARA_BASIS(replacement_ballots_per_voter) SUARA_BASIS(psu_ballots_destroyed_threshold)
    SUARA_BASIS(psu_multiple_voting_threshold) SUARA_BASIS(psu_unregistered_voting_threshold)
    SUARA_BASIS(psu_procedural_mandatory) SUARA_BASIS(psu_disturbance_mandatory) SUARA_BASIS(psu_disturbance_causes)
    SUARA_BASIS(votes_vs_voters_outcome) SUARA_BASIS(copied_row_min_registered) SUARA_BASIS(voting_day)
    SUARA_BASIS(minimum_age) SUARA_BASIS(married_may_vote) SUARA_BASIS(several_marks_in_one_column)
    SUARA_BASIS(several_candidates_of_one_party)
    SUARA_BASIS(recount_mandatory) SUARA_BASIS(continuation_mandatory)
#undef SUARA_BASIS
    for (const citation& c : {R::written_ballot_invalid_basis, R::ballot_validity_basis, R::single_candidate_ballot_basis,
                              R::registered_tps_basis, R::dpk_while_ballots_remain_basis,
                              R::multiple_voting_prohibition, R::registered_ballots_run_out_basis,
                              R::moved_beyond_entitlement_basis, R::nik_shape_finding_basis,
                              R::legislative_ballot_validity_basis, R::legislative_vote_basis, R::struck_candidate_basis})
        out.push_back(c);
    for (const decision_path& p : {R::psu_path, R::recount_path, R::continued_path, R::follow_up_path})
        for (const citation& c : p.bases()) out.push_back(c);
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(tally)

// Every title, label, explanation and incident text under Pilkada 2024 uses Pilkada's labels and
// never a Pemilu-only one (DPK), and the reverse (DPPh). On main "DPT + DPTb + DPK" and "pemilih
// DPK" were printed under Pilkada.
BOOST_AUTO_TEST_CASE(every_text_uses_the_regimes_own_labels) {
    const auto pk_foreign = foreign_labels(pk::labels.value, pm::labels.value);
    const auto pm_foreign = foreign_labels(pm::labels.value, pk::labels.value);
    BOOST_TEST(pk_foreign == (std::vector<std::string>{"DPK", "Daftar Pemilih Khusus"}));
    BOOST_TEST(pm_foreign == (std::vector<std::string>{"DPPh", "Daftar Pemilih Pindahan"}));
    std::size_t checked = 0;
    for (const std::string& text : every_text<pk>()) {
        for (const auto& w : pk_foreign) BOOST_TEST(!contains_word(text, w), "pilkada-2024 text names " << w << ": " << text);
        ++checked;
    }
    for (const std::string& text : every_text<pm>()) {
        for (const auto& w : pm_foreign) BOOST_TEST(!contains_word(text, w), "pemilu-2024 text names " << w << ": " << text);
        ++checked;
    }
    BOOST_TEST(checked > 5000U);
    // and the Pilkada texts do name the Pilkada lists
    BOOST_TEST(describe<pk>(rule_id::voters_category_sum).title.en == "Voters who voted differ from DPT + DPPh + DPTb");
}

// No template of the catalogue or of the field labels spells a list out.
BOOST_AUTO_TEST_CASE(no_template_spells_a_list_literally) {
    for (const auto& d : catalogue)
        for (const list_labels& l : {pk::labels.value, pm::labels.value}) {
            BOOST_TEST(!names_a_list_literally(d.title.id, l), d.title.id);
            BOOST_TEST(!names_a_list_literally(d.title.en, l), d.title.en);
        }
    for (const auto& t : field_label_templates)
        for (const list_labels& l : {pk::labels.value, pm::labels.value}) {
            BOOST_TEST(!names_a_list_literally(t.id, l), t.id);
            BOOST_TEST(!names_a_list_literally(t.en, l), t.en);
        }
}

// A legislative sheet counts party and candidate votes: no "paslon" or "pair" in what suara
// says about it (on main: "jumlah suara paslon" on a DPR sheet).
BOOST_AUTO_TEST_CASE(legislative_sheets_do_not_say_paslon) {
    synthetic::rng g{17};
    std::size_t lines = 0;
    for (kontes k : {kontes::pdpr, kontes::pdpd, kontes::pdprdp, kontes::pdprdk}) {
        for (int n = 0; n < 2000; ++n) {
            sheet s = perturbed<pm>(g);
            s.contest = k;
            check_sheet<pm>(s, [&](const finding& f) {
                for (lang l : {lang::id, lang::en}) {
                    const std::string line = explain<pm>(f, l);
                    BOOST_TEST(line.find("paslon") == std::string::npos, line);
                    BOOST_TEST(line.find("pair") == std::string::npos, line);
                    ++lines;
                }
            });
        }
    }
    BOOST_TEST(lines > 1000U);
    sheet dpr = fixtures::consistent_with<pm>([](sheet& x) { x.set_candidate_votes(0, 18); });
    dpr.contest = kontes::pdpr;
    const auto fs = all_findings<pm>(dpr);
    const finding* f = first(fs, rule_id::votes_valid_sum);
    BOOST_REQUIRE(f != nullptr);
    BOOST_TEST(explain<pm>(*f, lang::id) ==
               "votes.valid_sum: Suara sah tidak sama dengan jumlah suara partai dan calon: suara_sah 150 \u2260 "
               "jumlah suara partai dan calon 151");
    BOOST_TEST(explain<pm>(*f, lang::en) ==
               "votes.valid_sum: Valid votes differ from the sum of party and candidate votes: valid votes 150 \u2260 "
               "sum of party and candidate votes 151");
    BOOST_TEST(detail::name_for<pm>("suara_1", lang::en, vote_kind::parties_and_candidates) == "votes of party 1");
    BOOST_TEST(detail::name_for<pm>("suara_1", lang::en, vote_kind::candidates) == "votes for candidate 1");
    BOOST_TEST(detail::name_for<pk>("suara_1", lang::en, vote_kind::pairs) == "votes for pair 1");
    // the presidential sheet of the same election keeps its pairs
    dpr.contest = kontes::ppwp;
    BOOST_TEST(explain<pm>(*first(all_findings<pm>(dpr), rule_id::votes_valid_sum), lang::id).find("jumlah suara paslon") !=
               std::string::npos);
}

// Every basis string (every rule under both regimes, every regime constant, every step of every
// path, the ballot bases) can be followed from the repository: no numbered section of a reference
// text outside it, no sibling folder, and every docs/sources.md#anchor exists.
BOOST_AUTO_TEST_CASE(every_basis_points_into_the_repository_or_to_the_law) {
    const auto anchors = sources_anchors();
    BOOST_TEST(anchors.contains("identity-1"));
    std::size_t checked = 0;
    auto check = [&](const citation& c, std::string_view regime) {
        for (std::string_view part : {c.law, c.article, c.paragraph, c.letter, c.note}) {
            const std::string why = unfollowable(part, anchors);
            BOOST_TEST(why.empty(), regime << ": " << to_string(c) << " [" << c.note << "] " << why);
        }
        ++checked;
    };
    for (const citation& c : every_basis<pk>()) check(c, pk::name);
    for (const citation& c : every_basis<pm>()) check(c, pm::name);
    BOOST_TEST(checked > 200U);
    // the checker itself
    BOOST_TEST(!unfollowable("reference \u00a72.5 identity 8", anchors).empty());
    BOOST_TEST(!unfollowable("see shared" "/spe" "c/rules.md", anchors).empty());
    BOOST_TEST(!unfollowable("docs/sources.md#no-such-anchor", anchors).empty());
    BOOST_TEST(unfollowable("identity 8; docs/sources.md#identity-8", anchors).empty());
}

// Every link of docs/*.md stays inside the repository (and exists), or is a web address; links
// into docs/sources.md name anchors it has. The generated and hand-written pages of the rules
// never mention the sibling folder (docs/formats.md once linked the original format specification there).
BOOST_AUTO_TEST_CASE(docs_links_stay_inside_the_repository) {
    const auto anchors = sources_anchors();
    const std::regex link{R"re(\]\(([^)\s]+)\))re"};
    std::size_t links = 0;
    for (const auto& entry : std::filesystem::directory_iterator(source_dir / "docs")) {
        if (entry.path().extension() != ".md") continue;
        const std::string text = read_text(entry.path());
        const std::string name = entry.path().filename().string();
        for (auto it = std::sregex_iterator(text.begin(), text.end(), link); it != std::sregex_iterator(); ++it) {
            const std::string target = (*it)[1];
            ++links;
            if (target.rfind("http://", 0) == 0 || target.rfind("https://", 0) == 0) continue;
            BOOST_TEST(target.find("shared/") == std::string::npos, name << " links " << target);
            const std::string file = target.substr(0, target.find('#'));
            const std::string anchor = target.find('#') == std::string::npos ? "" : target.substr(target.find('#') + 1);
            const auto resolved = std::filesystem::weakly_canonical(file.empty() ? entry.path() : source_dir / "docs" / file);
            const auto root = std::filesystem::weakly_canonical(source_dir);
            const auto rel = resolved.lexically_relative(root);
            BOOST_TEST((!rel.empty() && *rel.begin() != ".."), name << " links outside the repository: " << target);
            BOOST_TEST(std::filesystem::exists(resolved), name << " links a missing file: " << target);
            if (!anchor.empty() && resolved.filename() == "sources.md")
                BOOST_TEST(anchors.contains(anchor), name << " links a missing anchor: " << target);
        }
    }
    BOOST_TEST(links > 10U);
    for (const char* page : {"rules.md", "regimes.md", "sources.md", "changes.md"}) {
        const std::string text = read_text(source_dir / "docs" / page);
        BOOST_TEST(!text.empty(), page);
        BOOST_TEST(text.find("reference \u00a7") == std::string::npos, page);
        BOOST_TEST(text.find("shared/") == std::string::npos, page);
        std::size_t at = 0;
        while ((at = text.find("docs/sources.md#", at)) != std::string::npos) {
            std::size_t end = at + 16;
            while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '-')) ++end;
            BOOST_TEST(anchors.contains(text.substr(at + 16, end - at - 16)), page << ": " << text.substr(at, end - at));
            at = end;
        }
    }
}

// Dates: days after voting day across month, year and leap-year boundaries, and the deadline of
// a re-vote computed from the regime (run-time twin of the static checks).
BOOST_AUTO_TEST_CASE(last_legal_day_of_a_psu) {
    BOOST_TEST(to_string(*pm::psu_path.deadline.value.last_day(pm::voting_day.value)) == "2024-02-24");
    BOOST_TEST(!pk::psu_path.deadline.value.last_day(pk::voting_day.value).has_value());
    BOOST_TEST(to_string(*pk::recount_path.deadline.value.last_day(pk::voting_day.value)) == "2024-11-27");
    // a voting day late in the month, year or February
    const time_limit ten = time_limit::within_days(10);
    BOOST_TEST(to_string(*ten.last_day({2024, 11, 27})) == "2024-12-07");
    BOOST_TEST(to_string(*ten.last_day({2024, 12, 27})) == "2025-01-06");
    BOOST_TEST(to_string(*ten.last_day({2024, 2, 20})) == "2024-03-01");  // 29 February counted
    BOOST_TEST(to_string(*ten.last_day({2023, 2, 20})) == "2023-03-02");
    BOOST_TEST(to_string(*ten.last_day({2100, 2, 20})) == "2100-03-02");  // 2100 is not a leap year
    BOOST_TEST(to_string(*ten.last_day({2000, 2, 20})) == "2000-03-01");  // 2000 is
    const std::string text = describe_path<pm>(outcome::psu);
    BOOST_TEST(text.find("paling lama 10 hari setelah hari pemungutan suara (2024-02-24)") != std::string::npos, text);
    BOOST_TEST(describe_path<pk>(outcome::psu).find("unknown (found in no source read)") != std::string::npos);
    BOOST_TEST(describe_path<pk>(outcome::correction).empty());
}


BOOST_AUTO_TEST_CASE(explain_names_the_figures_in_both_languages) {
    const sheet s = fixtures::consistent_with<pk>([](sheet& x) {
        x.set_candidate_votes(0, 1000).set_candidate_votes(1, 223).set(fields::suara_sah, 185);
    });
    const auto fs = all_findings<pk>(s);
    const finding* f = first(fs, rule_id::votes_valid_sum);
    BOOST_REQUIRE(f != nullptr);
    const std::string id = explain<pk>(*f, lang::id);
    const std::string en = explain<pk>(*f, lang::en);
    BOOST_TEST(id.find("suara_sah 185 \u2260 jumlah suara paslon 1.223") != std::string::npos, id);
    BOOST_TEST(en.find("valid votes 185 \u2260 sum of candidates 1,223") != std::string::npos, en);
    BOOST_TEST(id.rfind("votes.valid_sum: Suara sah", 0) == 0, id);
}

BOOST_AUTO_TEST_CASE(format_number_groups_per_language) {
    BOOST_TEST(format_number(0, lang::id) == "0");
    BOOST_TEST(format_number(999, lang::en) == "999");
    BOOST_TEST(format_number(1223, lang::id) == "1.223");
    BOOST_TEST(format_number(2821202, lang::en) == "2,821,202");
}

BOOST_AUTO_TEST_CASE(explain_every_kind_of_finding) {
    // a sheet that fires many rules at once, and one with incidents
    sheet s = fixtures::consistent_with<pm>([](sheet& x) {
        x.set_candidate_votes(0, 170).set(fields::pemilih_dpt_j, 450).clear(field::pengguna_dpk_l);
        x.set_raw(field::kejadian_memilih_ganda, 1).set_raw(field::kejadian_gangguan, 2);
        x.set_raw(field::kejadian_hitung_tidak_dapat_dilanjutkan, 1);
    });
    const auto fs = all_findings<pm>(s);
    BOOST_TEST(fs.size() >= 6U);
    for (const auto& f : fs) {
        for (lang l : {lang::id, lang::en}) {
            const std::string line = explain<pm>(f, l);
            BOOST_TEST(line.rfind(std::string(f.key()), 0) == 0, line);
            BOOST_TEST(line.find('\n') == std::string::npos);
        }
    }
    const finding* slip = first(fs, rule_id::record_digit_slip);
    BOOST_REQUIRE(slip != nullptr);
    BOOST_TEST(explain<pm>(*slip, lang::en).find("votes for pair 1 read as 170, likely 17") != std::string::npos,
               explain<pm>(*slip, lang::en));
    const finding* incomplete = first(fs, rule_id::record_incomplete);
    BOOST_REQUIRE(incomplete != nullptr);
    BOOST_TEST(explain<pm>(*incomplete, lang::id).find("kosong: pengguna_dpk_l") != std::string::npos,
               explain<pm>(*incomplete, lang::id));
    const finding* riot = first(fs, rule_id::recount_riot);
    BOOST_REQUIRE(riot != nullptr);
    BOOST_TEST(explain<pm>(*riot, lang::en).find("kerusuhan (the count could not go on yes)") != std::string::npos,
               explain<pm>(*riot, lang::en));
    BOOST_TEST(explain<pm>(*riot, lang::id).find("Kerusuhan membuat penghitungan tidak dapat dilanjutkan") != std::string::npos,
               explain<pm>(*riot, lang::id));
    const finding* twice = first(fs, rule_id::psu_multiple_voting);
    BOOST_REQUIRE(twice != nullptr);
    BOOST_TEST(explain<pm>(*twice, lang::en).find("(threshold 1)") != std::string::npos, explain<pm>(*twice, lang::en));
}

BOOST_AUTO_TEST_CASE(user_rules_are_evaluated_alongside_the_catalogue) {
    const sheet bad = fixtures::consistent_with<pk>([](sheet& x) {
        x.set_candidate_votes(0, 10).set_candidate_votes(1, 120).set(fields::suara_sah, 130).set(fields::suara_tidak_sah, 21);
    });
    std::vector<finding> fs;
    check_sheet<pk>(bad, [&](const finding& f) { fs.push_back(f); }, rule_set::all(), user_rules<invalid_share>{});
    BOOST_REQUIRE_EQUAL(fs.size(), 1U);
    BOOST_TEST(fs[0].key() == "audit.invalid_share");
    BOOST_TEST(fs[0].level == severity::warning);
    BOOST_TEST(fs[0].values[0].value == 21U);
    BOOST_TEST(explain<pk>(fs[0], lang::en) == "audit.invalid_share: invalid votes 21, valid votes 130");

    fs.clear();
    check_sheet<pk>(fixtures::consistent<pk>(), [&](const finding& f) { fs.push_back(f); }, rule_set::all(),
                    user_rules<invalid_share>{});
    BOOST_TEST(fs.empty());
    // a user rule adds to the verdict like any other reason
    verdict v;
    check_sheet<pk>(bad, [&](const finding& f) { add_finding<pk>(v, f); }, rule_set::all(), user_rules<invalid_share>{});
    BOOST_TEST(v.has("audit.invalid_share"));
    BOOST_TEST(v.result == outcome::review);
}

BOOST_AUTO_TEST_CASE(rule_sets_filter_what_is_checked) {
    const sheet s = fixtures::consistent_with<pk>([](sheet& x) { x.set_candidate_votes(0, 170); });
    BOOST_TEST(fired_rules<pk>(s, rule_set{rule_id::votes_valid_sum}) == rule_set{rule_id::votes_valid_sum});
    BOOST_TEST(fired_rules<pk>(s, rule_set{}).empty());
    BOOST_TEST(all_findings<pk>(s, rule_set{rule_id::tps_capacity}).empty());
}

BOOST_AUTO_TEST_CASE(batch_rows_and_sheets_agree_on_generated_data) {
    synthetic::rng g{20241127};
    sheet_batch batch;
    std::vector<sheet> sheets;
    for (int i = 0; i < 4000; ++i) {
        sheets.push_back(i % 2 == 0 ? perturbed<pk>(g) : perturbed<pm>(g));
        batch.push_back(sheets.back());
    }
    std::size_t fired_somewhere = 0;
    for (std::size_t i = 0; i < sheets.size(); ++i) {
        const bool pilkada = i % 2 == 0;
        const rule_set from_sheet = pilkada ? fired_rules<pk>(sheets[i]) : fired_rules<pm>(sheets[i]);
        const rule_set from_row = pilkada ? fired_rules<pk>(batch.row(i)) : fired_rules<pm>(batch.row(i));
        BOOST_TEST(from_sheet == from_row);
        const bool agrees = pilkada ? laws::fired_agrees_with_findings<pk>(batch.row(i))
                                    : laws::fired_agrees_with_findings<pm>(batch.row(i));
        BOOST_TEST(agrees);
        fired_somewhere += from_sheet.empty() ? 0 : 1;
    }
    BOOST_TEST(fired_somewhere > 1000U);  // the generator does exercise the rules
}

BOOST_AUTO_TEST_CASE(missing_is_never_read_as_zero) {
    for (std::size_t i = 0; i < index(first_incident_field); ++i) {
        const auto f = static_cast<field>(i);
        BOOST_TEST(laws::missing_is_not_zero_for_rules<pk>(fixtures::consistent<pk>(), f), to_string(f));
        BOOST_TEST(laws::missing_is_not_zero_for_rules<pm>(fixtures::consistent<pm>(), f), to_string(f));
    }
}

BOOST_AUTO_TEST_CASE(every_section_a_and_b_rule_fires_somewhere_in_generated_data) {
    // complements the static tests: over generated data every rule of A and B is reached
    synthetic::rng g{7};
    rule_set seen;
    // A disturbance ground needs two fields at once (the kind and what it did): one sheet in
    // eight also reports a disturbance with one of its effects.
    auto with_disturbance = [&](sheet s) {
        if (g.below(8) == 0) {
            s.set_raw(field::kejadian_gangguan, g.below(4U));
            s.set_raw(static_cast<field>(index(field::kejadian_hitung_tidak_dapat_dilanjutkan) + g.below(3U)), 1);
        }
        return s;
    };
    for (int i = 0; i < 20000; ++i) {
        seen |= fired_rules<pk>(with_disturbance(perturbed<pk>(g)));
        seen |= fired_rules<pm>(with_disturbance(perturbed<pm>(g)));
    }
    for (std::size_t i = 0; i <= static_cast<std::size_t>(rule_id::follow_up_all); ++i) {
        const auto r = static_cast<rule_id>(i);
        if (r == rule_id::voters_copied_row) continue;  // needs three equal pairs at once
        BOOST_TEST(seen.contains(r), to_string(r));
    }
}

// Every outcome of a legislative ballot fires on its own case and on no other: each case gives
// exactly its fault, rule, party and candidate, and every fault and rule is some case's.
BOOST_AUTO_TEST_CASE(legislative_ballot_every_outcome_fires_and_not) {
    std::set<legislative_fault> faults;
    std::set<legislative_rule> rules;
    for (const auto& c : legislative_table()) {
        const legislative_decision d = judge_legislative_ballot<pm>(c.ballot, test_dpr_layout());
        BOOST_TEST_CONTEXT(c.what) {
            BOOST_TEST((d.fault == c.fault));
            BOOST_TEST((d.rule == c.rule));
            BOOST_TEST(d.valid == (c.fault == legislative_fault::none));
            BOOST_TEST(d.party.value() == c.party.value());
            BOOST_TEST(d.candidate.value() == c.candidate.value());
            BOOST_TEST(d.for_candidate() == (c.candidate.value() != 0));
            BOOST_TEST(!d.reason.id.empty());
            BOOST_TEST(!d.reason.en.empty());
            BOOST_TEST(!d.basis.empty());
            // party and candidate votes, never a pair's (docs/rules.md, titles in the contest's words)
            for (std::string_view w : {"paslon", "pasangan", "pair"}) {
                BOOST_TEST(d.reason.id.find(w) == std::string_view::npos);
                BOOST_TEST(d.reason.en.find(w) == std::string_view::npos);
            }
        }
        faults.insert(d.fault);
        rules.insert(d.rule);
    }
    // a regime that reads Pasal 55 strictly: one spot punched twice, or two candidates, is
    // invalid; the party with its candidate stays the candidate's
    for (const auto& c : legislative_table()) {
        const legislative_decision d = judge_legislative_ballot<strict_legislative>(c.ballot, test_dpr_layout());
        BOOST_TEST_CONTEXT("strict: " << c.what) {
            if (c.what == "party punched twice" || c.what == "candidate punched twice")
                BOOST_TEST((d.fault == legislative_fault::several_marks));
            else if (c.what == "two candidates of one party")
                BOOST_TEST((d.fault == legislative_fault::several_candidates));
            else
                BOOST_TEST((d.fault == c.fault && d.rule == c.rule));
            if (d.fault == legislative_fault::several_marks || d.fault == legislative_fault::several_candidates)
                BOOST_TEST(d.basis.law == "test regime");
        }
        faults.insert(d.fault);
    }
    // a regime without DPRD Kab/Kota ballots rejects their layout
    const auto dprdk = legislative_ballot_layout{kontes::pdprdk}.party(lp1, 1);
    faults.insert(judge_legislative_ballot<dpr_only_regime>(legislative_ballot{}.punch_party(lp1), dprdk).fault);
    BOOST_TEST(judge_legislative_ballot<dpr_only_regime>(legislative_ballot{}.punch_party(lp1), test_dpr_layout()).valid);
    BOOST_TEST(judge_legislative_ballot<pm>(legislative_ballot{}.punch_party(lp1), dprdk).valid);
    // every fault and every rule
    BOOST_TEST(faults.size() == static_cast<std::size_t>(legislative_fault::contest_not_held) + 1);
    BOOST_TEST(rules.size() == static_cast<std::size_t>(legislative_rule::struck_candidate) + 1);
    // the decision's basis is the regime's own member
    const auto d = [](const legislative_ballot& b) { return judge_legislative_ballot<pm>(b, test_dpr_layout()); };
    BOOST_TEST((d(legislative_ballot{}.punch_party(lp1)).basis == pm::legislative_vote_basis));
    BOOST_TEST((d(legislative_ballot{}.punch_candidate(lp5, lc3)).basis == pm::struck_candidate_basis));
    BOOST_TEST((d(legislative_ballot{}).basis == pm::legislative_ballot_validity_basis));
    BOOST_TEST(to_string(pm::legislative_vote_basis) == "PKPU 25/2023 Pasal 54");
    BOOST_TEST(basis_text(pm::several_candidates_of_one_party.basis).find("unverified") != std::string::npos);
    // the layout refuses what no ballot prints
    BOOST_CHECK_THROW(legislative_ballot_layout{kontes::ppwp}, std::invalid_argument);
    BOOST_CHECK_THROW(legislative_ballot_layout{kontes::pdpd}, std::invalid_argument);
    BOOST_CHECK_THROW(legislative_ballot_layout{kontes::pdpr}.party(party_number{25}, 1), std::out_of_range);
    try {
        legislative_ballot_layout{kontes::pdpr}.party(party_number{25}, 1);
    } catch (const std::out_of_range& e) {
        BOOST_TEST(std::string{e.what()}.find("party number 25") != std::string::npos);  // the message names the value
    }
    BOOST_CHECK_THROW(legislative_ballot_layout{kontes::pdpr}.party(party_number{0}, 1), std::out_of_range);
    BOOST_CHECK_THROW(legislative_ballot_layout{kontes::pdpr}.party(lp1, 13), std::out_of_range);
    BOOST_CHECK_THROW(legislative_ballot_layout{kontes::pdpr}.party(lp1, 2).strike(lp1, lc3), std::out_of_range);
    BOOST_CHECK_NO_THROW(legislative_ballot_layout{kontes::pdprdk}.party(party_number{24}, 12).strike(party_number{24}, candidate_number{12}));
}

// On random stacks of random ballots the count agrees with judging each ballot alone, and the
// form's identities hold: per party total = party-only + Σ candidates; Σ totals = suara sah;
// sah + tidak sah + rejected = ballots.
BOOST_AUTO_TEST_CASE(legislative_count_adds_up_on_random_stacks) {
    synthetic::rng g{53};
    std::size_t candidate_votes = 0, party_votes = 0, invalid = 0, rejected = 0;
    for (int round = 0; round < 200; ++round) {
        legislative_ballot_layout layout{round % 3 == 0 ? kontes::pdpr : round % 3 == 1 ? kontes::pdprdp : kontes::pdprdk};
        const auto parties = g.between<int>(1, 24);
        for (int p = 1; p <= parties; ++p)
            if (g.chance(800'000)) {
                const auto n = g.between<int>(1, 12);
                layout.party(party_number{static_cast<std::uint8_t>(p)}, static_cast<std::uint8_t>(n));
                if (g.chance(200'000))
                    layout.strike(party_number{static_cast<std::uint8_t>(p)},
                                  candidate_number{static_cast<std::uint8_t>(g.between<int>(1, n))});
            }
        std::vector<legislative_ballot> stack(g.between<std::size_t>(0, 300));
        for (legislative_ballot& b : stack) {
            b.signed_by_chair = !g.chance(20'000);
            b.written_on = g.chance(10'000);
            const auto marks = g.below<int>(g.chance(900'000) ? 3 : 6);
            // mostly one party's column, sometimes another's or a stray mark
            const auto home = static_cast<std::uint8_t>(g.between<int>(1, parties));
            for (int m = 0; m < marks; ++m) {
                const auto p = party_number{g.chance(900'000) ? home : static_cast<std::uint8_t>(g.between<int>(1, 24))};
                switch (g.below<int>(10)) {
                case 0: b.punch_party(p); break;
                case 1: b.punch(legislative_mark::between_candidates(p)); break;
                case 2: b.punch(g.chance(500'000) ? legislative_mark::outside_columns() : legislative_mark::between_parties()); break;
                default:
                    b.punch_candidate(p, candidate_number{static_cast<std::uint8_t>(g.between<int>(1, 12))});
                    break;
                }
            }
        }
        const legislative_count c = count_legislative_ballots<pm>(layout, stack);
        BOOST_TEST(c.consistent());
        BOOST_TEST(c.valid + c.invalid + c.rejected == stack.size());
        BOOST_TEST(c.party_total_sum() == c.valid);
        legislative_count oracle;
        for (const legislative_ballot& b : stack) {
            const auto d = judge_legislative_ballot<pm>(b, layout);
            if (d.rejected()) ++oracle.rejected;
            else if (!d.valid) ++oracle.invalid;
            else {
                BOOST_TEST(layout.has_party(d.party));
                auto& t = oracle.parties[d.party.value() - 1];
                if (d.for_candidate()) {
                    BOOST_TEST(layout.has_candidate(d.party, d.candidate));
                    BOOST_TEST(!layout.is_struck(d.party, d.candidate));
                    ++t.candidates[d.candidate.value() - 1];
                    ++candidate_votes;
                } else {
                    ++t.party_only;
                    ++party_votes;
                }
            }
        }
        BOOST_TEST(c.invalid == oracle.invalid);
        BOOST_TEST(c.rejected == oracle.rejected);
        for (std::size_t p = 0; p < max_ballot_parties; ++p) {
            BOOST_TEST(c.parties[p].party_only == oracle.parties[p].party_only);
            BOOST_TEST((c.parties[p].candidates == oracle.parties[p].candidates));
            BOOST_TEST(c.parties[p].adds_up());
        }
        invalid += c.invalid;
        rejected += c.rejected;
    }
    // the stacks exercised every kind of outcome
    BOOST_TEST(candidate_votes > 1000U);
    BOOST_TEST(party_votes > 1000U);
    BOOST_TEST(invalid > 100U);
    BOOST_TEST(rejected > 100U);
}

// ---- legislative sheets ----

// The model refuses what a sheet cannot be, naming why; it never cuts a sheet to fit.
BOOST_AUTO_TEST_CASE(legislative_sheet_refuses_what_it_cannot_hold) {
    legislative_sheet s = fixtures::consistent_dpr();
    BOOST_CHECK_THROW((void)s.add_party(party_number{5}, 1), std::invalid_argument);  // not above the last
    BOOST_CHECK_THROW((void)s.add_party(party_number{0}, 1), std::invalid_argument);
    BOOST_CHECK_THROW((void)s.add_party(party_number{25}, 1), std::invalid_argument);
    BOOST_CHECK_THROW((void)s.add_party(party_number{6}, max_party_candidates + 1), std::length_error);
    BOOST_CHECK_THROW(s.set_candidate_votes(2, 0, 1), std::out_of_range);  // party 5 has no candidate
    BOOST_CHECK_THROW(s.set_party_total(3, 1), std::out_of_range);
    BOOST_CHECK_THROW(s.set_dpd_candidates(3), std::invalid_argument);
    BOOST_CHECK_THROW((void)legislative_sheet::empty(fixtures::code, kontes::ppwp), std::invalid_argument);
    legislative_sheet d = fixtures::consistent_dpd();
    BOOST_CHECK_THROW((void)d.add_party(party_number{1}, 1), std::invalid_argument);
    BOOST_CHECK_THROW(d.set_dpd_candidates(max_dpd_candidates + 1), std::length_error);
    BOOST_CHECK_THROW(d.set_dpd_votes(40, 1), std::out_of_range);
    BOOST_CHECK_NO_THROW(d.set_dpd_candidates(max_dpd_candidates));
    BOOST_CHECK_THROW(dapil_code{"a dapil code far too long"}, std::invalid_argument);
    BOOST_CHECK_THROW(dapil_code{"6401\n"}, std::invalid_argument);
    BOOST_TEST(dapil_code{"6401-2"}.view() == "6401-2");
}

// The batch holds the sheets in ragged columns and gives every one back unchanged; clear()
// keeps the memory, so a refill of the same rows does not reallocate.
BOOST_AUTO_TEST_CASE(legislative_batch_round_trips_and_keeps_its_memory) {
    legislative_batch b;
    legislative_sheet slipped = fixtures::consistent_dpr(kontes::pdprdk);
    slipped.set_candidate_votes(0, 1, missing_figure);
    const std::vector<legislative_sheet> sheets{fixtures::consistent_dpr(), fixtures::consistent_dpd(), slipped,
                                                legislative_sheet::empty(fixtures::code, kontes::pdprdp)};
    for (const auto& s : sheets) b.push_back(s);
    BOOST_TEST(b.size() == sheets.size());
    BOOST_TEST(b.party_offsets().size() == sheets.size() + 1);
    BOOST_TEST(b.party_numbers().size() == 6U);  // 3 + 0 + 3 + 0
    BOOST_TEST(b.candidate_votes().size() == 10U);  // 5 + 5
    BOOST_TEST(b.dpd_votes().size() == 40U);
    BOOST_TEST(b.administration().size() == sheets.size());
    BOOST_TEST(b.administration().candidate_columns() == 0U);  // the batch of the administration has no vote column
    for (std::size_t i = 0; i < sheets.size(); ++i) {
        BOOST_TEST((b.at(i) == sheets[i]), i);
        BOOST_TEST(b.row(i).dapil() == sheets[i].dapil());
        BOOST_TEST((legislative_findings_of<pm>(b.row(i)).items == legislative_findings_of<pm>(sheets[i]).items), i);
    }
    BOOST_CHECK_THROW((void)b.at(sheets.size()), std::out_of_range);
    const std::uint32_t* votes = b.candidate_votes().data();
    const std::uint32_t* dpd = b.dpd_votes().data();
    b.clear();
    BOOST_TEST(b.empty());
    BOOST_TEST(b.party_offsets().size() == 1U);
    for (const auto& s : sheets) b.push_back(s);
    BOOST_TEST(b.candidate_votes().data() == votes);
    BOOST_TEST(b.dpd_votes().data() == dpd);
    BOOST_TEST((b.at(2) == sheets[2]));
    // a row the sheet could not hold is refused whole, and the batch is left as it was
    struct bad_row {
        const legislative_sheet& s;
        tps_code code() const { return s.code(); }
        kontes kontes_code() const { return s.kontes_code(); }
        std::uint32_t figure(field f) const { return s.figure(f); }
        std::string_view dapil() const { return "not a code"; }
        std::size_t party_count() const { return s.party_count(); }
        party_number party_at(std::size_t p) const { return s.party_at(p); }
        std::uint32_t party_figure(std::size_t p) const { return s.party_figure(p); }
        std::uint32_t party_total(std::size_t p) const { return s.party_total(p); }
        std::size_t party_candidate_count(std::size_t p) const { return s.party_candidate_count(p); }
        std::uint32_t party_candidate_figure(std::size_t p, std::size_t c) const { return s.party_candidate_figure(p, c); }
        std::size_t candidate_count() const { return s.candidate_count(); }
        std::uint32_t candidate_figure(std::size_t c) const { return s.candidate_figure(c); }
    };
    BOOST_CHECK_THROW(b.push_back(bad_row{sheets[0]}), std::invalid_argument);
    BOOST_TEST(b.size() == sheets.size());
    BOOST_TEST(b.party_offsets().size() == sheets.size() + 1);
}

// The explanations name the party figures; record.incomplete lists the missing ones by key.
BOOST_AUTO_TEST_CASE(legislative_findings_explain_their_figures) {
    legislative_sheet s = fixtures::consistent_dpr();
    s.set_party_votes(0, 21);
    const auto fl = legislative_findings_of<pm>(s);
    BOOST_REQUIRE(fl.size() == 1U);
    BOOST_TEST(explain<pm>(fl.items[0], lang::en).rfind("votes.party_sum: A party's total differs", 0) == 0);
    BOOST_TEST(explain<pm>(fl.items[0], lang::en).find("partai_1.total 65 \u2260 partai_1.jumlah 66") != std::string::npos);
    legislative_sheet m = fixtures::consistent_dpr();
    m.set_candidate_votes(1, 0, missing_figure);
    m.admin.clear(fields::suara_sah);
    const auto fm = legislative_findings_of<pm>(m);
    const finding* inc = fm.first(rule_id::record_incomplete);
    BOOST_REQUIRE(inc);
    const std::string line = explain<pm>(*inc, lang::id);
    BOOST_TEST(line.find("partai_2.caleg_1") != std::string::npos, line);
    BOOST_TEST(line.find("suara_sah") != std::string::npos, line);
    // every title of the new rules renders in both languages for every legislative contest
    for (rule_id r : {rule_id::votes_party_sum, rule_id::tps_dpt_across_contests, rule_id::tps_voters_across_contests})
        for (kontes k : {kontes::pdpr, kontes::pdpd, kontes::pdprdp, kontes::pdprdk})
            for (lang l : {lang::id, lang::en}) {
                const std::string t{describe<pm>(r, k).title.in(l)};
                BOOST_TEST((!t.empty() && t.find('{') == std::string::npos), t);
            }
}

// The sheets of one TPS: bad input is refused naming the TPS or the contest; a consistent set
// of five sheets raises nothing.
BOOST_AUTO_TEST_CASE(tps_contests_refuse_sheets_of_two_places) {
    const sheet ppwp = fixtures::consistent_admin_of(kontes::ppwp);
    sheet other = fixtures::consistent_admin_of(kontes::pdpr);
    other.tps = *tps_code::parse("6471011001002");
    auto no = [](const finding&) {};
    try {
        check_tps_contests<pm>(std::vector<sheet>{ppwp, other}, no);
        BOOST_FAIL("sheets of two TPS accepted");
    } catch (const std::invalid_argument& e) {
        BOOST_TEST(std::string{e.what()}.find("6471011001002") != std::string::npos);
    }
    BOOST_CHECK_THROW(check_tps_contests<pm>(std::vector<sheet>{ppwp, ppwp}, no), std::invalid_argument);
    sheet pilkada = fixtures::consistent_admin_of(kontes::pkwkk);
    BOOST_CHECK_THROW(check_tps_contests<pm>(std::vector<sheet>{ppwp, pilkada}, no), std::invalid_argument);
    // a legislative sheet takes part through its administration section; a batch row as well
    legislative_batch b;
    b.push_back(fixtures::consistent_dpr());
    b.push_back(fixtures::consistent_dpd());
    std::vector<sheet_batch::row_ref> rows{b.administration().row(0), b.administration().row(1)};
    std::size_t n = 0;
    check_tps_contests<pm>(rows, [&](const finding&) { ++n; });
    check_tps_contests<pm>(std::vector<sheet>{ppwp, fixtures::consistent_dpr().admin}, [&](const finding&) { ++n; });
    BOOST_TEST(n == 0U);
    std::vector<sheet> off{ppwp, fixtures::consistent_dpr().admin};
    off[1].set(fields::pemilih_dpt_p, 97);
    std::vector<std::string> lines;
    check_tps_contests<pm>(off, [&](const finding& f) { lines.push_back(explain<pm>(f, lang::en)); });
    BOOST_REQUIRE(lines.size() == 1U);
    BOOST_TEST(lines[0].find("tps.dpt_across_contests: Registered DPT differs between the sheets of one TPS") == 0U, lines[0]);
}

BOOST_AUTO_TEST_SUITE_END()
