// suara — Pilkada 2024: regional head elections of 27 November 2024.
// Distributed under the Boost Software License, Version 1.0.
//
// Law: UU 1/2015 (enacting Perpu 1/2014) as amended (UU 8/2015, UU 10/2016, ... UU 6/2020);
// KPU rules PKPU 17/2024 (voting and counting) and PKPU 7/2024 (voter lists). The primary texts
// of PKPU 17/2024 and 7/2024 were not available: every constant that rests on them is tagged
// `secondary` (reported by news or officials) or `unverified` (not found, expected by analogy).
// The sources of each value are listed in docs/sources.md (anchors given in the comments).
#ifndef SUARA_REGIMES_PILKADA_2024_HPP
#define SUARA_REGIMES_PILKADA_2024_HPP

#include <boost/hana/tuple.hpp>
#include <boost/hana/type.hpp>

#include <suara/core/civil_date.hpp>
#include <suara/law/conditions.hpp>
#include <suara/law/incident_law.hpp>
#include <suara/law/regime.hpp>
#include <suara/form/rule_id.hpp>

namespace suara {

struct pilkada_2024 {
    static constexpr std::string_view name = "pilkada-2024";

    // The statute calls unregistered voters "Pemilih tambahan" (Perpu 1/2014 Pasal 95 ayat (4),
    // Wikisource scan), hence DPTb; the form C.Hasil-KWK prints the moved-in list as DPPh (tirto's
    // guide, KPU member Idham Holik). Some KPU summaries say DPTb for the moved-in list: sources
    // conflict, and which label PKPU 7/2024 itself uses is unverified.
    static constexpr cited<list_labels> labels{
        {"DPT", "DPPh", "DPTb", "Daftar Pemilih Tetap", "Daftar Pemilih Pindahan", "Daftar Pemilih Tambahan"},
        {"Perpu 1/2014 (UU 1/2015)", "Pasal 95", "ayat (4)", "", confidence::secondary,
         "Pemilih tambahan = unregistered is the statute's word; DPPh as printed on Model C.Hasil-KWK per tirto and "
         "KPU member Idham Holik; sources conflict"}};

    // Two ballots per voter, governor and regent/mayor (a TPS of a region without one of the
    // races, e.g. DIY without a governor race, holds fewer: tps_state::contests).
    static constexpr cited<kontes_set> kontes_held{
        {kontes::pkwkp, kontes::pkwkk},
        {"UU 1/2015", "", "", "", confidence::secondary, "2 ballots per voter (detik, tirto)"}};

    // docs/sources.md#ballot-supply: at most 600 voters per TPS, a KPU decision put in PKPU 7/2024 (article unverified).
    static constexpr cited<count_rep> tps_capacity{
        600, {"PKPU 7/2024", "", "", "", confidence::secondary, "KPU chair at DPR hearing, 15 May 2024"}};

    // docs/sources.md#ballot-supply: "ditambah dengan 2,5% ... dari jumlah Pemilih tetap sebagai cadangan".
    static constexpr cited<reserve_rate> ballot_reserve{
        {25, 1000}, {"Perpu 1/2014 (UU 1/2015)", "Pasal 80", "", "", confidence::primary, ""}};

    // docs/sources.md#ballot-supply: per-TPS rounding up is practice (Makassar 2020); no regulation read says so.
    static constexpr cited<rounding> reserve_rounding{
        rounding::up, {"Perpu 1/2014 (UU 1/2015)", "Pasal 80", "", "", confidence::unverified,
                       "rounding up per TPS inferred from Makassar 2020 totals; one contradicting anecdote"}};

    // docs/sources.md#ballot-supply: "sama dengan jumlah Pemilih ... dalam Daftar Pemilih Tetap dan Daftar Pemilih Tambahan
    // ditambah dengan 2,5%" (article number unverified, probably Pasal 87).
    static constexpr cited<bool> allocation_includes_dptb{
        true, {"Perpu 1/2014 (UU 1/2015)", "Pasal 87", "", "", confidence::unverified,
               "statutory text read (p. 66), article number unverified"}};

    // 07:00-13:00 local time (CNN Indonesia, tirto).
    static constexpr cited<time_window> voting_hours{
        {{7, 0}, {13, 0}}, {"PKPU 17/2024", "", "", "", confidence::secondary, "CNN Indonesia, tirto"}};
    static constexpr cited<time_window> dpt_window{
        {{7, 0}, {13, 0}}, {"PKPU 17/2024", "", "", "", confidence::secondary, "dialektis.co, trans7"}};
    // Moved-in voters from 2 hours before the close. The news that reports it reuses the Pemilu
    // 2024 labels and wording; the evidence is of the same kind as for Pemilu 2024's window, so it
    // has the same standing: an advised window, a hard gate unverified.
    static constexpr cited<time_window> dptb_window{
        {{11, 0}, {13, 0}}, {"PKPU 17/2024", "", "", "", confidence::secondary, "dialektis.co, trans7"}};
    static constexpr cited<window_kind> dptb_window_kind{
        window_kind::recommended,
        {"PKPU 17/2024", "", "", "", confidence::unverified,
         "a hard gate is unverified; the evidence is of the same kind as for Pemilu 2024 (news reusing its wording)"}};
    // Unregistered voters in the last hour, while ballots remain.
    static constexpr cited<time_window> dpk_window{
        {{12, 0}, {13, 0}}, {"PKPU 17/2024", "", "", "", confidence::secondary, "disway.id citing PKPU 7/2024 and 17/2024"}};

    // The closing-time queue rule for Pilkada 2024 is unverified; expected as in Pemilu 2024.
    static constexpr cited<bool> closing_queue_rule{
        true, {"PKPU 17/2024", "", "", "", confidence::unverified,
               "expected to mirror the Pemilu 2024 rule (Bawaslu Panduan Pengawas TPS)"}};

    // Registered (DPT) and moved-in voters: KTP-el or suket; a registered voter without a KTP-el
    // may use Biodata Penduduk (PKPU 17/2024 Pasal 19 ayat (2), as banteninside reports it); PKPU
    // 7/2024 Pasal 4 lists KTP-el, KK, Biodata Penduduk and IKD (as detik.com/jabar reports it).
    // Never fewer documents than an unregistered voter may show (checked by check_regime).
    static constexpr cited<document_set> identity_documents{
        {document::ktp_el, document::suket, document::kk, document::biodata_penduduk, document::ikd},
        {"PKPU 17/2024", "Pasal 19", "ayat (2)", "", confidence::secondary,
         "Biodata Penduduk (banteninside); KK and IKD as PKPU 7/2024 Pasal 4 lists them (detik.com/jabar)"}};
    // Unregistered voters vote by the address on the document shown. SOURCES CONFLICT:
    //  - the statute says "KTP-el atau surat keterangan penduduk" only: Perpu 1/2014 Pasal 57
    //    ayat (2) and Pasal 95 ayat (3) (Wikisource scan, pages 48 and 69) [primary];
    //  - Keputusan KPU 799/2024, as a village office and disway.id summarise it, lets the PPS send
    //    them to the TPS of the address on the KTP-el, KK, Biodata Penduduk or IKD [secondary].
    // suara follows the KPU's operational rule (what KPPS were trained on) and prints this
    // basis with every decision that rests on it; a regime that follows the statute narrows
    // the set to {ktp_el, suket}.
    static constexpr cited<document_set> dpk_address_documents{
        {document::ktp_el, document::suket, document::kk, document::biodata_penduduk, document::ikd},
        {"Keputusan KPU 799/2024", "", "", "", confidence::secondary,
         "disway.id; banjarsari-labuhanhaji; the statute (Perpu 1/2014 Pasal 57 ayat (2), Pasal 95 ayat (3)) "
         "says KTP-el or surat keterangan penduduk only: sources conflict"}};
    // An unregistered voter may vote only at a TPS located in the RT/RW of the address; the
    // "nearest TPS of the village" is a Pemilu rule.
    static constexpr cited<dpk_area_rule> dpk_area{
        dpk_area_rule::own_rt_rw, {"PKPU 17/2024", "", "", "", confidence::secondary, "disway.id citing PKPU 7/2024 and 17/2024"}};

    // The electoral area of each race IS its region: the governor is elected in the province,
    // the regent or mayor in the regency or city (Perpu 1/2014 Pasal 1 angka 1: "pelaksanaan
    // kedaulatan rakyat di Provinsi dan Kabupaten/Kota", as Kontan quotes it). Hence, as KPU
    // Sumsel and KPU Kota Pekalongan state the rule: moved within the regency, both ballots; from
    // another regency of the province, the governor ballot only; from another province, none
    // (moving only within the province). A province with no governor race (DIY) gives no
    // governor ballot because the contest is not held there, not because the move is "across
    // provinces".
    static constexpr cited<electoral_areas> contest_areas{
        {{kontes::pkwkp, electoral_area::province}, {kontes::pkwkk, electoral_area::regency}},
        {"PKPU 7/2024", "", "", "", confidence::secondary,
         "KPU Sumsel (antaranews), KPU Kota Pekalongan; each race's area is its region (Perpu 1/2014 Pasal 1 "
         "angka 1, quoted by Kontan)"}};

    // The "only once" limit is in PKPU 25/2023 for Pemilu; for Pilkada unverified.
    static constexpr cited<count_rep> replacement_ballots_per_voter{
        1, {"PKPU 17/2024", "", "", "", confidence::unverified, "expected to mirror PKPU 25/2023 Pasal 26 ayat (4)"}};

    // docs/sources.md#psu-pilkada: "lebih dari satu surat suara", "lebih dari seorang": two or more.
    static constexpr cited<count_rep> psu_ballots_destroyed_threshold{
        2, {"UU 1/2015", "Pasal 112", "ayat (2)", "huruf c", confidence::secondary, "Bawaslu transcription"}};
    // The PSU that may follow when voters voted more than once: the consequence, not the
    // prohibition of voting twice.
    static constexpr cited<count_rep> psu_multiple_voting_threshold{
        2, {"UU 1/2015", "Pasal 112", "ayat (2)", "huruf d", confidence::secondary,
            "Bawaslu transcription; the consequence of voting twice, not its prohibition"}};
    static constexpr cited<count_rep> psu_unregistered_voting_threshold{
        2, {"UU 1/2015", "Pasal 112", "ayat (2)", "huruf e", confidence::secondary, "Bawaslu transcription"}};

    // Pasal 112 ayat (2) as amended by UU 10/2016 reads "dapat" (may), on a recommendation of
    // Panwaslu Kecamatan (PKPU 17/2024 Pasal 50): suara reports the ground and the decision
    // stays with the KPU Kabupaten/Kota.
    static constexpr cited<bool> psu_procedural_mandatory{
        false, {"UU 10/2016", "Pasal 112", "ayat (2)", "", confidence::secondary,
                "dapat diulang; PKPU 17/2024 Pasal 50 ayat (3) huruf d-e and ayat (5) (makassar.tribunnews 2024/12/05)"}};
    static constexpr cited<bool> psu_disturbance_mandatory{
        false, {"UU 1/2015", "Pasal 112", "ayat (1)", "", confidence::secondary, "dapat diulang"}};
    // Pasal 112 ayat (1) names "gangguan keamanan" that made the results unusable or the count
    // impossible. The statute lists riots and disasters apart from it (Pasal 120), so they are
    // not causes of a PSU here.
    static constexpr cited<gangguan_set> psu_disturbance_causes{
        {gangguan::keamanan},
        {"UU 1/2015", "Pasal 112", "ayat (1)", "", confidence::secondary,
         "gangguan keamanan (Bawaslu transcription; Keputusan KPU 1774/2024 as summarised by lampung.tribunnews 2024/12/01)"}};

    // docs/sources.md#recount-pilkada: Pasal 113 does not list the valid+invalid vs voters
    // mismatch as a recount ground (it is in Pemilu); whether PKPU 17/2024 adds it is
    // unverified, so it is a correction.
    static constexpr cited<outcome> votes_vs_voters_outcome{
        outcome::correction, {"Perpu 1/2014 (UU 1/2015)", "Pasal 113", "ayat (2)", "", confidence::unverified,
                              "not a recount ground in Pasal 113; PKPU 17/2024 unread"}};

    // voters.copied_row (docs/rules.md): a heuristic of the catalogue, not law.
    static constexpr cited<count_rep> copied_row_min_registered{
        50, {"suara rule catalogue", "voters.copied_row", "", "", confidence::derived, "heuristic, not law"}};

    // ---- voters ----
    static constexpr cited<civil_date> voting_day{
        {2024, 11, 27}, {"UU 1/2015", "", "", "", confidence::secondary, "27 November 2024 (dialektis.co, trans7)"}};
    // 17 on voting day, or married or once married: Perpu 1/2014 Pasal 56 ayat (1), read.
    static constexpr cited<int> minimum_age{
        17, {"Perpu 1/2014 (UU 1/2015)", "Pasal 56", "ayat (1)", "", confidence::primary, "Wikisource scan, page 48"}};
    static constexpr cited<bool> married_may_vote{
        true, {"Perpu 1/2014 (UU 1/2015)", "Pasal 56", "ayat (1)", "", confidence::primary, "Wikisource scan, page 48"}};

    // ---- ballots (docs/sources.md#ballot-validity) ----
    // Several marks inside one pair's column count for it. Read for DPR ballots in the Pemilu
    // regulation; Pilkada's own article (PKPU 17/2024) was not found: by analogy. The kompas.tv
    // report of PKPU 25/2023 Pasal 55 lists several marks on one ballot as invalid: the readings
    // conflict, so the constant stays unverified.
    static constexpr cited<bool> several_marks_in_one_column{
        true, {"PKPU 25/2023", "Pasal 54", "", "", confidence::unverified,
               "read for DPR ballots, applied by analogy to Pilkada ballots; Pasal 55 as reported by kompas.tv "
               "lists several marks on one ballot as invalid"}};
    // Writing on the ballot makes it invalid: the statute itself (page 69 of the Wikisource scan).
    static constexpr citation written_ballot_invalid_basis{
        "Perpu 1/2014 (UU 1/2015)", "Pasal 96", "ayat (2)", "", confidence::primary, "statutory text as read"};
    // What makes a ballot valid or invalid, read only through news and KPU summaries.
    static constexpr citation ballot_validity_basis{
        "PKPU 17/2024", "", "", "", confidence::secondary, "article numbers unverified (docs/sources.md#ballot-validity)"};
    // One pair: two columns, the pair's and the blank one; a punch on a column's line counts for it.
    static constexpr citation single_candidate_ballot_basis{
        "UU 10/2016", "Pasal 54C", "ayat (2)", "", confidence::secondary,
        "two columns; punch on a column's line counts for it (docs/sources.md#single-candidate)"};
    // DPT voters with C.Pemberitahuan at their TPS; moved-in voters with Form Model A.
    static constexpr citation registered_tps_basis{
        "PKPU 17/2024", "", "", "", confidence::secondary, "dialektis.co, trans7.co.id"};
    // At the TPS of the address "as long as ballots are still available".
    static constexpr citation dpk_while_ballots_remain_basis{
        "Keputusan KPU 799/2024", "", "", "", confidence::secondary, "banjarsari-labuhanhaji.desa.id (2024)"};
    // Voting more than once is an offence (the PSU ground of Pasal 112 ayat (2) huruf d is its
    // consequence, cited as such by the decision).
    static constexpr citation multiple_voting_prohibition{
        "UU 10/2016", "Pasal 178B", "", "", confidence::secondary,
        "criminal provision on voting more than once, as Bawaslu Pandeglang cites it (banten72.com)"};
    // Ballots run out for a registered voter: no rule refuses him; Pemilu 2024 practice brings
    // ballots from the nearest TPS. For Pilkada expected alike, not found.
    static constexpr citation registered_ballots_run_out_basis{
        "PKPU 17/2024", "", "", "", confidence::unverified,
        "expected to follow the Pemilu 2024 practice of fetching ballots from the nearest TPS (Bawaslu Bangka Belitung)"};
    // A ballot beyond the Form A: a person voting in a contest he is not entitled to.
    static constexpr citation moved_beyond_entitlement_basis{
        "UU 1/2015", "Pasal 112", "ayat (2)", "huruf e", confidence::unverified,
        "by analogy with Bawaslu's 2024 Pemilu PSU recommendations (moved voters given ballots beyond their form)"};
    // A NIK that fails the shape check: no rule refuses the voter for it; the document shown and
    // the list decide, and the NIK is copied again from the KTP-el. Not law: suara's own check.
    static constexpr citation nik_shape_finding_basis{
        "suara data-entry check", "", "", "", confidence::derived,
        "no rule refuses a voter because a NIK fails a shape check; the document and the list decide"};

    // ---- incidents (docs/sources.md#psu-pilkada, #recount-pilkada, #continued-and-follow-up) ----
    // Pasal 113 (2) "dilakukan seketika itu juga": a recount ground obliges.
    static constexpr cited<bool> recount_mandatory{
        true, {"Perpu 1/2014 (UU 1/2015)", "Pasal 113", "ayat (2)", "", confidence::primary, "dilakukan seketika itu juga"}};
    // The modal verb of continued / follow-up voting was not read; "must" is assumed.
    static constexpr cited<bool> continuation_mandatory{
        true, {"UU 1/2015", "Pasal 120", "", "", confidence::unverified, "modal verb not read"}};

    // ---- the path after each decision (docs/sources.md#path-after-a-decision) ----
    // PSU: on a recommendation of Panwaslu Kecamatan (PKPU 17/2024 Pasal 50), decided by the KPU
    // Kabupaten/Kota; who passes it on and the deadline were found in no source read.
    static constexpr decision_path psu_path{
        {{body::panwaslu_kecamatan},
         {"PKPU 17/2024", "Pasal 50", "ayat (5)", "", confidence::secondary,
          "on a recommendation of Panwaslu Kecamatan, Pasal 50 ayat (3) huruf d-e (makassar.tribunnews 2024/12/05)"}},
        {body_set::unknown(), {"PKPU 17/2024", "Pasal 50", "", "", confidence::unverified, "not found in any source read"}},
        {{body::kpu_kab_kota}, {"UU 1/2015", "Pasal 112", "", "", confidence::secondary,
                                "the KPU Kabupaten/Kota decides whether a recommended PSU is held (KIP Abdya, acehglobalnews)"}},
        {{venue::tps}, {"UU 1/2015", "Pasal 112", "ayat (1)", "", confidence::secondary, "pemungutan suara di TPS"}},
        {time_limit::unknown(), {"UU 1/2015", "Pasal 112", "", "", confidence::unverified,
                                 "no deadline found in any source read (Pemilu 2024 has 10 days)"}}};
    // Recount: Pasal 113 ayat (3)-(5), read: a witness or the PPL proposes it at the TPS, at the
    // PPS if the TPS cannot, held and finished on voting day.
    static constexpr decision_path recount_path{
        {{body::saksi, body::ppl},
         {"Perpu 1/2014 (UU 1/2015)", "Pasal 113", "ayat (3)", "", confidence::primary,
          "a candidate's witness or the PPL (whether later amendments say Pengawas TPS is unverified)"}},
        {{}, {"Perpu 1/2014 (UU 1/2015)", "Pasal 113", "ayat (3)", "", confidence::derived, "proposed at the TPS itself"}},
        {{body::kpps}, {"Perpu 1/2014 (UU 1/2015)", "Pasal 113", "ayat (2)", "", confidence::derived,
                        "held at once (seketika itu juga) by the KPPS that counts"}},
        {{venue::tps, venue::pps}, {"Perpu 1/2014 (UU 1/2015)", "Pasal 113", "ayat (4)", "", confidence::primary,
                                    "at the TPS; at the PPS if the TPS cannot"}},
        {time_limit::on_voting_day(),
         {"Perpu 1/2014 (UU 1/2015)", "Pasal 113", "ayat (5)", "", confidence::primary, "held and finished on voting day"}}};
    // Continued (PSL) and follow-up (PSS) voting follow a postponement, decided by the KPU
    // Kabupaten/Kota on the PPK's proposal (PKPU 17/2024 as reported); deadlines not found.
    static constexpr decision_path continued_path{
        {{body::ppk}, {"PKPU 17/2024", "", "", "", confidence::secondary,
                       "postponement on the PPK's proposal when villages or a district are affected (adonaranews.co)"}},
        {{}, {"PKPU 17/2024", "", "", "", confidence::secondary, "the PPK proposes to the KPU Kabupaten/Kota (adonaranews.co)"}},
        {{body::kpu_kab_kota}, {"PKPU 17/2024", "", "", "", confidence::secondary, "adonaranews.co"}},
        {{venue::tps}, {"UU 1/2015", "Pasal 120", "", "", confidence::secondary,
                        "from the stage that stopped (Kompas via lampung.tribunnews)"}},
        {time_limit::unknown(), {"UU 1/2015", "Pasal 120", "", "", confidence::unverified,
                                 "no deadline for Pilkada PSL or PSS found in any source read"}}};
    static constexpr decision_path follow_up_path{
        continued_path.proposed_by, continued_path.passed_on_by, continued_path.decided_by,
        {{venue::tps}, {"UU 1/2015", "Pasal 121", "", "", confidence::secondary, "all stages (Kompas via lampung.tribunnews)"}},
        {time_limit::unknown(), {"UU 1/2015", "Pasal 121", "", "", confidence::unverified,
                                 "no deadline for Pilkada PSL or PSS found in any source read"}}};

    // Pasal 112 as transcribed by Bawaslu (secondary); Pasal 113 read (primary); Pasal 120/121
    // reported by Kompas via lampung.tribunnews (secondary). The three threshold grounds are
    // cited by psu_*_threshold above. No riot letter in Pasal 113.
    static constexpr incident_law_table incident_law{
        {rule_id::psu_ballot_box_opened,
         {"UU 1/2015", "Pasal 112", "ayat (2)", "huruf a", confidence::secondary, "Bawaslu transcription"}},
        {rule_id::psu_voter_marked_ballot,
         {"UU 1/2015", "Pasal 112", "ayat (2)", "huruf b", confidence::secondary, "Bawaslu transcription"}},
        {rule_id::psu_disturbance,
         {"UU 1/2015", "Pasal 112", "ayat (1)", "", confidence::secondary,
          "gangguan keamanan making the results unusable or the count impossible (Bawaslu transcription)"}},
        {rule_id::recount_closed, {"Perpu 1/2014 (UU 1/2015)", "Pasal 113", "ayat (2)", "huruf a", confidence::primary, ""}},
        {rule_id::recount_dim_light, {"Perpu 1/2014 (UU 1/2015)", "Pasal 113", "ayat (2)", "huruf b", confidence::primary, ""}},
        {rule_id::recount_unclear_voice,
         {"Perpu 1/2014 (UU 1/2015)", "Pasal 113", "ayat (2)", "huruf c", confidence::primary, ""}},
        {rule_id::recount_unclear_writing,
         {"Perpu 1/2014 (UU 1/2015)", "Pasal 113", "ayat (2)", "huruf d", confidence::primary, ""}},
        {rule_id::recount_not_observable,
         {"Perpu 1/2014 (UU 1/2015)", "Pasal 113", "ayat (2)", "huruf e", confidence::primary, ""}},
        {rule_id::recount_other_place_time,
         {"Perpu 1/2014 (UU 1/2015)", "Pasal 113", "ayat (2)", "huruf f", confidence::primary, ""}},
        {rule_id::recount_inconsistent_validity,
         {"Perpu 1/2014 (UU 1/2015)", "Pasal 113", "ayat (2)", "huruf g", confidence::primary, ""}},
        {rule_id::continued_partial, {"UU 1/2015", "Pasal 120", "", "", confidence::secondary, "Kompas via lampung.tribunnews"}},
        {rule_id::follow_up_all, {"UU 1/2015", "Pasal 121", "", "", confidence::secondary, "Kompas via lampung.tribunnews"}},
    };

    // The grounds of rule catalogue section B, as a Boost.Hana sequence of condition types
    // (suara/law/conditions.hpp). Only Pilkada has recount.inconsistent_validity (Pasal 113
    // (2) g); recount.riot is Pemilu's (UU 7/2017 Pasal 374 (2) a).
    static constexpr auto incident_conditions = boost::hana::tuple_t<
        conditions::ballot_box_opened, conditions::voter_marked_ballot, conditions::ballots_destroyed,
        conditions::multiple_voting, conditions::unregistered_voting, conditions::disturbance,
        conditions::closed_count, conditions::dim_light, conditions::unclear_voice, conditions::unclear_writing,
        conditions::not_observable, conditions::other_place_time, conditions::inconsistent_validity,
        conditions::continued_partial, conditions::follow_up_all>;
};

static_assert(check_regime<pilkada_2024>());

}  // namespace suara

#endif  // SUARA_REGIMES_PILKADA_2024_HPP
