// Compile-time proof that a regime derived by inheritance works end to end: every constant the
// library reads is a member of the regime, so `struct pilkada_2029 : pilkada_2024` changing one
// constant changes what admission, check_sheet and requires_psu do, and nothing else.
// Building this file is the test.
#include <suara/law/condition_set.hpp>
#include <suara/regimes/known.hpp>
#include <suara/regimes/pilkada_2024.hpp>
#include <suara/tally/catalogue.hpp>
#include <suara/tally/rules.hpp>
#include <suara/tally/verdict.hpp>
#include <suara/voters/admission.hpp>
#include <suara/voters/decision.hpp>
#include <suara/voters/moving_form.hpp>

#include <boost/hana/append.hpp>

#include "../tally/fixtures.hpp"

namespace {
using namespace suara;

// HYPOTHETICAL: not law. A made-up Pilkada 2029 in which one double voter forces a PSU (as in
// Pemilu 2024), marked so that no one mistakes it for a fact of the domain reference.
constexpr citation hypothetical{.law = "UU x/2029 (hypothetical)", .article = "Pasal 1",
                                .level = confidence::unverified,
                                .note = "hypothetical: invented for this test, not law"};
struct pilkada_2029 : pilkada_2024 {
    static constexpr std::string_view name = "pilkada-2029";
    static constexpr cited<count_rep> psu_multiple_voting_threshold{1, hypothetical};
};
static_assert(check_regime<pilkada_2029>() && check_conditions<pilkada_2029>());

// ---- requires_psu: the incident condition reads the derived threshold ----
constexpr incident_report one_double_voter{.memilih_ganda = 1};
static_assert(!requires_psu<pilkada_2024>(one_double_voter));  // "lebih dari seorang"
static_assert(requires_psu<pilkada_2029>(one_double_voter));
static_assert(!obliges<pilkada_2029>(one_double_voter, outcome::psu));  // inherited: procedural PSU is "dapat"
static_assert(requires_psu<pilkada_2029>(incident_report{.memilih_ganda = 2}));
static_assert(!requires_psu<pilkada_2029>(incident_report{.memilih_ganda = 0}));
static_assert(assess<pilkada_2029>(one_double_voter).grounds == rule_set{rule_id::psu_multiple_voting});

// ---- regimes by list: registered in one line, found by its name; by contest the regime shipped
// stays the default unless the list puts the new one first ----
using with_2029 = known_regimes_with<pilkada_2029>;
static_assert(known_regimes::names == std::array<std::string_view, 2>{"pilkada-2024", "pemilu-2024"});
static_assert(with_2029::find("pilkada-2029") == 2U && !known_regimes::find("pilkada-2029"));
static_assert(with_2029::holding(kontes::pkwkk) == 0U && with_2029::holding(kontes::ppwp) == 1U);
static_assert(regime_list<pilkada_2029, pemilu_2024>::holding(kontes::pkwkk) == 0U);
static_assert(!regime_list<pilkada_2029>::holding(kontes::ppwp) && !regime_list<pilkada_2029>::holds_every_contest());
static_assert(chosen_regime<with_2029>(regime_choice::named("pilkada-2029"), kontes::pkwkp) == 2U);
static_assert(chosen_regime<with_2029>(regime_choice::by_contest, kontes::pkwkp) == 0U);
static_assert(!chosen_regime<with_2029>(regime_choice::named("pilkada-2099"), kontes::pkwkp));
static_assert(with_2029::visit(2, []<class R>() { return R::psu_multiple_voting_threshold.value; }) == 1U);
static_assert(with_2029::visit(0, []<class R>() { return R::psu_multiple_voting_threshold.value; }) == 2U);

// ---- check_sheet: the same sheet fires under 2029 only, with the new threshold as its figure ----
constexpr sheet one_double_voter_sheet =
    fixtures::consistent_with<pilkada_2024>([](sheet& s) { s.set_raw(field::kejadian_memilih_ganda, 1); });
static_assert(fired_rules<pilkada_2024>(one_double_voter_sheet).empty());
static_assert(fired_rules<pilkada_2029>(one_double_voter_sheet) == rule_set{rule_id::psu_multiple_voting});
static_assert(findings_of<pilkada_2029>(one_double_voter_sheet).first(rule_id::psu_multiple_voting)->values[1] ==
              figure_value{threshold_name, 1});
static_assert(judge<pilkada_2029>(one_double_voter_sheet).result == outcome::psu);
static_assert(judge<pilkada_2024>(one_double_voter_sheet).result == outcome::none);
// the ground is cited by the derived constant; every other ground keeps Pilkada 2024's article
static_assert(describe<pilkada_2029>(rule_id::psu_multiple_voting).basis == hypothetical);
static_assert(describe<pilkada_2029>(rule_id::psu_ballots_destroyed).basis ==
              describe<pilkada_2024>(rule_id::psu_ballots_destroyed).basis);
static_assert(describe<pilkada_2029>(rule_id::recount_inconsistent_validity).applies);
static_assert(!describe<pilkada_2029>(rule_id::recount_riot).applies);
static_assert(fired_rules<pilkada_2029>(fixtures::consistent<pilkada_2024>()).empty());

// ---- admission: a second ballot is refused on the prohibition; the derived PSU threshold is
// cited as its consequence ----
static_assert(basis_of<pilkada_2029>(reason::refuse_already_voted) == pilkada_2024::multiple_voting_prohibition);
static_assert(refuse_second_vote<pilkada_2029>().basis == pilkada_2024::multiple_voting_prohibition);
static_assert(refuse_second_vote<pilkada_2029>().advice_basis == hypothetical);
static_assert(refuse_second_vote<pilkada_2024>().advice_basis == pilkada_2024::psu_multiple_voting_threshold.basis);

// A second derived regime moves the voting day (again hypothetical): admission's eligibility
// reads it. Born 1 January 2010: 14 on 27 November 2024, 19 on 28 November 2029.
struct pilkada_2029_day : pilkada_2024 {
    static constexpr std::string_view name = "pilkada-2029-day";
    static constexpr cited<civil_date> voting_day{{2029, 11, 28}, hypothetical};
};
constexpr tps_code here = *tps_code::from_number(6471051002001ULL);
constexpr tps_state at_noon = [] {
    tps_state t{.code = here, .area = tps_area{6471051002, {{3, 0}}}, .contests = pilkada_2024::kontes_held.value,
                .now = {12, 10}};
    for (auto k : all_kontes) t.set_left(k, 50);
    return t;
}();
constexpr arrival born_2010{.nik = "6471050101100003", .documents = {document::ktp_el},
                            .address = {6471051002, 3, 5}, .arrived = {12, 10}};
static_assert(decide<pilkada_2024>(at_noon, born_2010).why == reason::refuse_not_eligible);
static_assert(decide<pilkada_2029_day>(at_noon, born_2010).why == reason::admit_dpk);
static_assert(decide<pilkada_2029>(at_noon, born_2010).why == reason::refuse_not_eligible);  // day inherited

// A derived regime that follows the statute for unregistered voters ("KTP-el atau surat
// keterangan penduduk" only) and makes the moved-in window a gate (both hypothetical choices):
// documents narrow for the unregistered only (registered ⊇ unregistered still holds, checked by
// check_regime), and an early moved-in voter waits.
struct pilkada_2029_statute : pilkada_2024 {
    static constexpr std::string_view name = "pilkada-2029-statute";
    static constexpr cited<document_set> dpk_address_documents{{document::ktp_el, document::suket}, hypothetical};
    static constexpr cited<window_kind> dptb_window_kind{window_kind::binding, hypothetical};
};
static_assert(check_regime<pilkada_2029_statute>());
constexpr arrival family_card_only{.nik = "6471050101900003", .documents = {document::kk},
                                   .address = {6471051002, 3, 5}, .arrived = {12, 10}};
static_assert(decide<pilkada_2024>(at_noon, family_card_only).why == reason::admit_dpk);
static_assert(decide<pilkada_2029_statute>(at_noon, family_card_only).why == reason::refuse_no_identity_document);
constexpr tps_code balikpapan_utara = *tps_code::from_number(6471031001004ULL);
constexpr arrival moved_at_nine{.nik = "6471054107900002", .documents = {document::ktp_el},
                                .listed = voter_list::dptb,
                                .form_a = moving_form::by_areas<pilkada_2024>(balikpapan_utara, here),
                                .arrived = {9, 0}};
constexpr tps_state at_nine = [] {
    auto t = at_noon;
    t.now = {9, 0};
    return t;
}();
static_assert(decide<pilkada_2024>(at_nine, moved_at_nine).why == reason::admit_dptb);
static_assert(decide<pilkada_2029_statute>(at_nine, moved_at_nine).why == reason::wait_dptb_window);
static_assert(decide<pilkada_2029_statute>(at_nine, moved_at_nine).until == clock_time{11, 0});
// A derived regime's moved-ballot areas are what admission reads (hypothetical: a Pilkada whose
// mayor race were decided province-wide).
struct pilkada_2029_areas : pilkada_2024 {
    static constexpr std::string_view name = "pilkada-2029-areas";
    static constexpr cited<electoral_areas> contest_areas{
        {{kontes::pkwkp, electoral_area::province}, {kontes::pkwkk, electoral_area::province}}, hypothetical};
};
constexpr tps_code samarinda = *tps_code::from_number(6472011001007ULL);
static_assert(moving_form::by_areas<pilkada_2024>(samarinda, here).ballots() == kontes_set{kontes::pkwkp});
static_assert(moving_form::by_areas<pilkada_2029_areas>(samarinda, here).ballots() == pilkada_2024::kontes_held.value);

// ---- the table of articles: a derived regime changes one entry, the rest is inherited ----
constexpr auto law_2029 = pilkada_2024::incident_law.with(rule_id::psu_disturbance, hypothetical);
static_assert(law_2029.basis(rule_id::psu_disturbance) == hypothetical);
static_assert(law_2029.basis(rule_id::recount_closed) == pilkada_2024::incident_law.basis(rule_id::recount_closed));
static_assert(!law_2029.without(rule_id::recount_closed).contains(rule_id::recount_closed));
static_assert(!pilkada_2024::incident_law.contains(rule_id::recount_riot));
static_assert(pemilu_2024::incident_law.contains(rule_id::recount_riot));
static_assert(pilkada_2024::incident_law.basis(rule_id::votes_valid_sum).empty());  // section A has no entry

// ---- the set of grounds: a derived regime extends its parent's Hana sequence ----
// (hypothetical again) Pilkada 2029 taking over Pemilu's riot ground, with its own article.
struct pilkada_2029_riot : pilkada_2024 {
    static constexpr std::string_view name = "pilkada-2029-riot";
    static constexpr auto incident_law = pilkada_2024::incident_law.with(rule_id::recount_riot, hypothetical);
    static constexpr auto incident_conditions =
        boost::hana::append(pilkada_2024::incident_conditions, boost::hana::type_c<conditions::riot>);
};
constexpr incident_report riot{.gangguan_jenis = gangguan::kerusuhan, .gangguan_tahap_terhenti = gangguan_tahap::none,
                               .hitung_tidak_dapat_dilanjutkan = true};
static_assert(!assess<pilkada_2024>(riot).grounds.contains(rule_id::recount_riot));
static_assert(assess<pilkada_2029_riot>(riot).grounds.contains(rule_id::recount_riot));
static_assert(requires_recount<pilkada_2029_riot>(riot) && obliges<pilkada_2029_riot>(riot, outcome::recount));
static_assert(describe<pilkada_2029_riot>(rule_id::recount_riot).applies);
static_assert(describe<pilkada_2029_riot>(rule_id::recount_riot).basis == hypothetical);

}  // namespace
