// Run-time tests of the rule catalogue: messages for people, user rules, the bulk fast path on
// batch rows, and the laws over many generated sheets.
#include <boost/test/unit_test.hpp>

#include <suara/bulk/batch.hpp>
#include <suara/tally/explain.hpp>
#include <suara/tally/rules.hpp>
#include <suara/tally/verdict.hpp>

#include <cstdint>
#include <string>
#include <vector>

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
    static constexpr citation basis{"audit plan 2024", "", "", "", confidence::derived, "user heuristic"};
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

/// A small deterministic generator (no std::random: the same sequence on every platform).
struct lcg {
    std::uint64_t state;
    std::uint32_t next(std::uint32_t bound) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::uint32_t>((state >> 33) % bound);
    }
};

/// Perturbs a consistent sheet: some figures changed a little, some cleared, some incidents set.
template <class R>
sheet perturbed(lcg& g) {
    sheet s = fixtures::consistent<R>();
    const std::uint32_t changes = g.next(4);
    for (std::uint32_t i = 0; i < changes; ++i) {
        const auto f = static_cast<field>(g.next(static_cast<std::uint32_t>(field_count)));
        switch (g.next(5)) {
        case 0: s.clear(f); break;
        case 1: s.set(f, s.known(f) ? s.figure(f) + 1 : 1); break;
        case 2: s.set(f, s.known(f) ? s.figure(f) * 10 + g.next(10) : 2); break;  // an extra digit
        case 3: s.set(f, g.next(3)); break;
        default: s.set_candidate_votes(g.next(2), g.next(1000)); break;
        }
    }
    return s;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(tally)

BOOST_AUTO_TEST_CASE(explain_names_the_figures_in_both_languages) {
    const sheet s = fixtures::consistent_with<pk>([](sheet& x) {
        x.set_candidate_votes(0, 1000).set_candidate_votes(1, 223).set(field::suara_sah, 185);
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
        x.set_candidate_votes(0, 170).set(field::pemilih_dpt_j, 450).clear(field::pengguna_dpk_l);
        x.set(field::kejadian_memilih_ganda, 1).set(field::kejadian_gangguan, 2);
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
    BOOST_TEST(explain<pm>(*riot, lang::en).find("kerusuhan") != std::string::npos, explain<pm>(*riot, lang::en));
    const finding* twice = first(fs, rule_id::psu_multiple_voting);
    BOOST_REQUIRE(twice != nullptr);
    BOOST_TEST(explain<pm>(*twice, lang::en).find("(threshold 1)") != std::string::npos, explain<pm>(*twice, lang::en));
}

BOOST_AUTO_TEST_CASE(user_rules_are_evaluated_alongside_the_catalogue) {
    const sheet bad = fixtures::consistent_with<pk>([](sheet& x) {
        x.set_candidate_votes(0, 10).set_candidate_votes(1, 120).set(field::suara_sah, 130).set(field::suara_tidak_sah, 21);
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
    lcg g{20241127};
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
    lcg g{7};
    rule_set seen;
    for (int i = 0; i < 20000; ++i) {
        seen |= fired_rules<pk>(perturbed<pk>(g));
        seen |= fired_rules<pm>(perturbed<pm>(g));
    }
    for (std::size_t i = 0; i <= static_cast<std::size_t>(rule_id::follow_up_all); ++i) {
        const auto r = static_cast<rule_id>(i);
        if (r == rule_id::voters_copied_row) continue;  // needs three equal pairs at once
        BOOST_TEST(seen.contains(r), to_string(r));
    }
}

BOOST_AUTO_TEST_SUITE_END()
