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

/// Pilkada 2024: the regional head elections of 27 November 2024 (governor, regent or mayor),
/// under UU 1/2015 as amended and PKPU 17/2024. Every constant carries its basis and the
/// confidence of its source (docs/regimes.md).
struct pilkada_2024 {
    /// The regime's name in reports and on the command line.
    static constexpr std::string_view name = "pilkada-2024";

    // The statute calls unregistered voters "Pemilih tambahan" (Perpu 1/2014 Pasal 95 ayat (4),
    // Wikisource scan), hence DPTb; the form C.Hasil-KWK prints the moved-in list as DPPh (tirto's
    // guide, KPU member Idham Holik). Some KPU summaries say DPTb for the moved-in list: sources
    // conflict, and which label PKPU 7/2024 itself uses is unverified.
    /// Printed labels of DPT, DPTb, DPK.
    static constexpr cited<list_labels> labels{
        {"DPT", "DPPh", "DPTb", "Daftar Pemilih Tetap", "Daftar Pemilih Pindahan", "Daftar Pemilih Tambahan"},
        {.law = "Perpu 1/2014 (UU 1/2015)", .article = "Pasal 95", .paragraph = "ayat (4)",
         .level = confidence::secondary,
         .note = "Pemilih tambahan = unregistered is the statute's word; DPPh as printed on Model C.Hasil-KWK per tirto and "
                 "KPU member Idham Holik; sources conflict"}};

    // Two ballots per voter, governor and regent/mayor (a TPS of a region without one of the
    // races, e.g. DIY without a governor race, holds fewer: tps_state::contests).
    /// Contests held at a TPS.
    static constexpr cited<kontes_set> kontes_held{
        {kontes::pkwkp, kontes::pkwkk},
        {.law = "UU 1/2015", .level = confidence::secondary, .note = "2 ballots per voter (detik, tirto)"}};

    // docs/sources.md#ballot-supply: at most 600 voters per TPS, a KPU decision put in PKPU 7/2024 (article unverified).
    /// Most registered DPT voters per TPS.
    static constexpr cited<count_rep> tps_capacity{
        600, {.law = "PKPU 7/2024", .level = confidence::secondary, .note = "KPU chair at DPR hearing, 15 May 2024"}};

    // docs/sources.md#ballot-supply: "ditambah dengan 2,5% ... dari jumlah Pemilih tetap sebagai cadangan".
    /// Reserve ballots as a share of DPT.
    static constexpr cited<reserve_rate> ballot_reserve{
        {25, 1000}, {.law = "Perpu 1/2014 (UU 1/2015)", .article = "Pasal 80", .level = confidence::primary}};

    // docs/sources.md#ballot-supply: per-TPS rounding up is practice (Makassar 2020); no regulation read says so.
    /// Rounding of the per-TPS reserve.
    static constexpr cited<rounding> reserve_rounding{
        rounding::up, {.law = "Perpu 1/2014 (UU 1/2015)", .article = "Pasal 80", .level = confidence::unverified,
                       .note = "rounding up per TPS inferred from Makassar 2020 totals; one contradicting anecdote"}};

    // docs/sources.md#ballot-supply: "sama dengan jumlah Pemilih ... dalam Daftar Pemilih Tetap dan Daftar Pemilih Tambahan
    // ditambah dengan 2,5%" (article number unverified, probably Pasal 87).
    /// Whether the per-TPS ballot allocation adds the moved-in list.
    static constexpr cited<bool> allocation_includes_dptb{
        true, {.law = "Perpu 1/2014 (UU 1/2015)", .article = "Pasal 87", .level = confidence::unverified,
               .note = "statutory text read (p. 66), article number unverified"}};

    // 07:00-13:00 local time (CNN Indonesia, tirto).
    /// Voting hours.
    static constexpr cited<time_window> voting_hours{
        {{7, 0}, {13, 0}}, {.law = "PKPU 17/2024", .level = confidence::secondary, .note = "CNN Indonesia, tirto"}};
    /// When DPT voters may vote.
    static constexpr cited<time_window> dpt_window{
        {{7, 0}, {13, 0}}, {.law = "PKPU 17/2024", .level = confidence::secondary, .note = "dialektis.co, trans7"}};
    // Moved-in voters from 2 hours before the close. The news that reports it reuses the Pemilu
    // 2024 labels and wording; the evidence is of the same kind as for Pemilu 2024's window, so it
    // has the same standing: an advised window, a hard gate unverified.
    /// When moved-in voters may vote.
    static constexpr cited<time_window> dptb_window{
        {{11, 0}, {13, 0}}, {.law = "PKPU 17/2024", .level = confidence::secondary, .note = "dialektis.co, trans7"}};
    /// Whether the moved-in window binds or is advice.
    static constexpr cited<window_kind> dptb_window_kind{
        window_kind::recommended,
        {.law = "PKPU 17/2024", .level = confidence::unverified,
         .note = "a hard gate is unverified; the evidence is of the same kind as for Pemilu 2024 (news reusing its wording)"}};
    // Unregistered voters in the last hour, while ballots remain.
    /// When unregistered voters may vote.
    static constexpr cited<time_window> dpk_window{
        {{12, 0}, {13, 0}}, {.law = "PKPU 17/2024", .level = confidence::secondary,
                             .note = "disway.id citing PKPU 7/2024 and 17/2024"}};

    // The closing-time queue rule for Pilkada 2024 is unverified; expected as in Pemilu 2024.
    /// Whether voters already queuing at closing time may still vote.
    static constexpr cited<bool> closing_queue_rule{
        true, {.law = "PKPU 17/2024", .level = confidence::unverified,
               .note = "expected to mirror the Pemilu 2024 rule (Bawaslu Panduan Pengawas TPS)"}};

    // Registered (DPT) and moved-in voters: KTP-el or suket; a registered voter without a KTP-el
    // may use Biodata Penduduk (PKPU 17/2024 Pasal 19 ayat (2), as banteninside reports it); PKPU
    // 7/2024 Pasal 4 lists KTP-el, KK, Biodata Penduduk and IKD (as detik.com/jabar reports it).
    // Never fewer documents than an unregistered voter may show (checked by check_regime).
    /// Documents that prove identity for DPT and DPTb voters.
    static constexpr cited<document_set> identity_documents{
        {document::ktp_el, document::suket, document::kk, document::biodata_penduduk, document::ikd},
        {.law = "PKPU 17/2024", .article = "Pasal 19", .paragraph = "ayat (2)", .level = confidence::secondary,
         .note = "Biodata Penduduk (banteninside); KK and IKD as PKPU 7/2024 Pasal 4 lists them (detik.com/jabar)"}};
    // Unregistered voters vote by the address on the document shown. SOURCES CONFLICT:
    //  - the statute says "KTP-el atau surat keterangan penduduk" only: Perpu 1/2014 Pasal 57
    //    ayat (2) and Pasal 95 ayat (3) (Wikisource scan, pages 48 and 69) [primary];
    //  - Keputusan KPU 799/2024, as a village office and disway.id summarise it, lets the PPS send
    //    them to the TPS of the address on the KTP-el, KK, Biodata Penduduk or IKD [secondary].
    // suara follows the KPU's operational rule (what KPPS were trained on) and prints this
    // basis with every decision that rests on it; a regime that follows the statute narrows
    // the set to {ktp_el, suket}.
    /// Documents whose address entitles an unregistered voter.
    static constexpr cited<document_set> dpk_address_documents{
        {document::ktp_el, document::suket, document::kk, document::biodata_penduduk, document::ikd},
        {.law = "Keputusan KPU 799/2024", .level = confidence::secondary,
         .note = "disway.id; banjarsari-labuhanhaji; the statute (Perpu 1/2014 Pasal 57 ayat (2), Pasal 95 ayat (3)) "
                 "says KTP-el or surat keterangan penduduk only: sources conflict"}};
    // An unregistered voter may vote only at a TPS located in the RT/RW of the address; the
    // "nearest TPS of the village" is a Pemilu rule.
    /// Where an unregistered voter may vote: own RT/RW, or also the nearest TPS of the village.
    static constexpr cited<dpk_area_rule> dpk_area{
        dpk_area_rule::own_rt_rw, {.law = "PKPU 17/2024", .level = confidence::secondary,
                                   .note = "disway.id citing PKPU 7/2024 and 17/2024"}};

    // The electoral area of each race IS its region: the governor is elected in the province,
    // the regent or mayor in the regency or city (Perpu 1/2014 Pasal 1 angka 1: "pelaksanaan
    // kedaulatan rakyat di Provinsi dan Kabupaten/Kota", as Kontan quotes it). Hence, as KPU
    // Sumsel and KPU Kota Pekalongan state the rule: moved within the regency, both ballots; from
    // another regency of the province, the governor ballot only; from another province, none
    // (moving only within the province). A province with no governor race (DIY) gives no
    // governor ballot because the contest is not held there, not because the move is "across
    // provinces".
    /// The electoral area of each contest, which decides a moved voter's ballots.
    static constexpr cited<electoral_areas> contest_areas{
        {{kontes::pkwkp, electoral_area::province}, {kontes::pkwkk, electoral_area::regency}},
        {.law = "PKPU 7/2024", .level = confidence::secondary,
         .note = "KPU Sumsel (antaranews), KPU Kota Pekalongan; each race's area is its region (Perpu 1/2014 Pasal 1 "
                 "angka 1, quoted by Kontan)"}};

    // The "only once" limit is in PKPU 25/2023 for Pemilu; for Pilkada unverified.
    /// Replacement ballots a voter may receive.
    static constexpr cited<count_rep> replacement_ballots_per_voter{
        1, {.law = "PKPU 17/2024", .level = confidence::unverified,
            .note = "expected to mirror PKPU 25/2023 Pasal 26 ayat (4)"}};

    // docs/sources.md#psu-pilkada: "lebih dari satu surat suara", "lebih dari seorang": two or more.
    /// Used ballots destroyed by KPPS that force a PSU.
    static constexpr cited<count_rep> psu_ballots_destroyed_threshold{
        2, {.law = "UU 1/2015", .article = "Pasal 112", .paragraph = "ayat (2)", .letter = "huruf c",
            .level = confidence::secondary, .note = "Bawaslu transcription"}};
    // The PSU that may follow when voters voted more than once: the consequence, not the
    // prohibition of voting twice.
    /// Persons voting more than once that force a PSU.
    static constexpr cited<count_rep> psu_multiple_voting_threshold{
        2, {.law = "UU 1/2015", .article = "Pasal 112", .paragraph = "ayat (2)", .letter = "huruf d",
            .level = confidence::secondary,
            .note = "Bawaslu transcription; the consequence of voting twice, not its prohibition"}};
    /// Persons not entitled who voted that force a PSU.
    static constexpr cited<count_rep> psu_unregistered_voting_threshold{
        2, {.law = "UU 1/2015", .article = "Pasal 112", .paragraph = "ayat (2)", .letter = "huruf e",
            .level = confidence::secondary, .note = "Bawaslu transcription"}};

    // Pasal 112 ayat (2) as amended by UU 10/2016 reads "dapat" (may), on a recommendation of
    // Panwaslu Kecamatan (PKPU 17/2024 Pasal 50): suara reports the ground and the decision
    // stays with the KPU Kabupaten/Kota.
    /// Whether the procedural PSU grounds oblige (wajib) or permit (dapat).
    static constexpr cited<bool> psu_procedural_mandatory{
        false, {.law = "UU 10/2016", .article = "Pasal 112", .paragraph = "ayat (2)", .level = confidence::secondary,
                .note = "dapat diulang; PKPU 17/2024 Pasal 50 ayat (3) huruf d-e and ayat (5) (makassar.tribunnews 2024/12/05)"}};
    /// Whether a disturbance PSU is obliged or permitted.
    static constexpr cited<bool> psu_disturbance_mandatory{
        false, {.law = "UU 1/2015", .article = "Pasal 112", .paragraph = "ayat (1)", .level = confidence::secondary,
                .note = "dapat diulang"}};
    // Pasal 112 ayat (1) names "gangguan keamanan" that made the results unusable or the count
    // impossible. The statute lists riots and disasters apart from it (Pasal 120), so they are
    // not causes of a PSU here.
    /// The disturbances the law names as a cause of a PSU.
    static constexpr cited<gangguan_set> psu_disturbance_causes{
        {gangguan::keamanan},
        {.law = "UU 1/2015", .article = "Pasal 112", .paragraph = "ayat (1)", .level = confidence::secondary,
         .note = "gangguan keamanan (Bawaslu transcription; Keputusan KPU 1774/2024 as summarised by lampung.tribunnews 2024/12/01)"}};

    // docs/sources.md#recount-pilkada: Pasal 113 does not list the valid+invalid vs voters
    // mismatch as a recount ground (it is in Pemilu); whether PKPU 17/2024 adds it is
    // unverified, so it is a correction.
    /// What a valid+invalid vs voters mismatch leads to.
    static constexpr cited<outcome> votes_vs_voters_outcome{
        outcome::correction, {.law = "Perpu 1/2014 (UU 1/2015)", .article = "Pasal 113", .paragraph = "ayat (2)",
                              .level = confidence::unverified,
                              .note = "not a recount ground in Pasal 113; PKPU 17/2024 unread"}};

    // voters.copied_row (docs/rules.md): a heuristic of the catalogue, not law.
    /// Registered voters from which 100 % DPT turnout is suspicious.
    static constexpr cited<count_rep> copied_row_min_registered{
        50, {.law = "suara rule catalogue", .article = "voters.copied_row", .level = confidence::derived,
             .note = "heuristic, not law"}};

    // ---- voters ----
    /// Voting day, on which ages are reckoned.
    static constexpr cited<civil_date> voting_day{
        {2024, 11, 27}, {.law = "UU 1/2015", .level = confidence::secondary,
                         .note = "27 November 2024 (dialektis.co, trans7)"}};
    // 17 on voting day, or married or once married: Perpu 1/2014 Pasal 56 ayat (1), read.
    /// Age on voting day from which a person may vote.
    static constexpr cited<int> minimum_age{
        17, {.law = "Perpu 1/2014 (UU 1/2015)", .article = "Pasal 56", .paragraph = "ayat (1)",
             .level = confidence::primary, .note = "Wikisource scan, page 48"}};
    /// Whether a married (or once married) person under that age may vote.
    static constexpr cited<bool> married_may_vote{
        true, {.law = "Perpu 1/2014 (UU 1/2015)", .article = "Pasal 56", .paragraph = "ayat (1)",
               .level = confidence::primary, .note = "Wikisource scan, page 48"}};

    // ---- ballots (docs/sources.md#ballot-validity) ----
    // Several marks inside one pair's column count for it. Read for DPR ballots in the Pemilu
    // regulation; Pilkada's own article (PKPU 17/2024) was not found: by analogy. The kompas.tv
    // report of PKPU 25/2023 Pasal 55 lists several marks on one ballot as invalid: the readings
    // conflict, so the constant stays unverified.
    /// Whether several marks inside one column count for it.
    static constexpr cited<bool> several_marks_in_one_column{
        true, {.law = "PKPU 25/2023", .article = "Pasal 54", .level = confidence::unverified,
               .note = "read for DPR ballots, applied by analogy to Pilkada ballots; Pasal 55 as reported by kompas.tv "
                       "lists several marks on one ballot as invalid"}};
    // Pilkada has no DPR or DPRD ballot: the legislative members say so, and a legislative
    // ballot does not compile under this regime (it holds no legislative contest).
    /// Whether marks on several candidates of one party count for the party: no such ballot here.
    static constexpr cited<bool> several_candidates_of_one_party{
        true, {.law = "UU 1/2015", .level = confidence::unverified,
               .note = "no DPR or DPRD ballot in Pilkada; the value is never read"}};
    // Writing on the ballot makes it invalid: the statute itself (page 69 of the Wikisource scan).
    /// Basis of a ballot with writing on it being invalid.
    static constexpr citation written_ballot_invalid_basis{.law = "Perpu 1/2014 (UU 1/2015)", .article = "Pasal 96",
                                                           .paragraph = "ayat (2)", .level = confidence::primary,
                                                           .note = "statutory text as read"};
    /// What makes a ballot valid or invalid, read only through news and KPU summaries.
    static constexpr citation ballot_validity_basis{.law = "PKPU 17/2024", .level = confidence::secondary,
                                                    .note = "article numbers unverified (docs/sources.md#ballot-validity)"};
    /// One pair: two columns, the pair's and the blank one; a punch on a column's line counts for it.
    static constexpr citation single_candidate_ballot_basis{
        .law = "UU 10/2016", .article = "Pasal 54C", .paragraph = "ayat (2)", .level = confidence::secondary,
        .note = "two columns; punch on a column's line counts for it (docs/sources.md#single-candidate)"};
    /// No DPR or DPRD ballot in Pilkada.
    static constexpr citation legislative_ballot_validity_basis{
        .law = "UU 1/2015", .level = confidence::unverified, .note = "no DPR or DPRD ballot in Pilkada"};
    /// No DPR or DPRD ballot in Pilkada.
    static constexpr citation legislative_vote_basis{
        .law = "UU 1/2015", .level = confidence::unverified, .note = "no DPR or DPRD ballot in Pilkada"};
    /// No DPR or DPRD ballot in Pilkada.
    static constexpr citation struck_candidate_basis{
        .law = "UU 1/2015", .level = confidence::unverified, .note = "no DPR or DPRD ballot in Pilkada"};
    // DPT voters with C.Pemberitahuan at their TPS; moved-in voters with Form Model A.
    /// Basis of voting only at the TPS where one is registered.
    static constexpr citation registered_tps_basis{.law = "PKPU 17/2024", .level = confidence::secondary,
                                                   .note = "dialektis.co, trans7.co.id"};
    // At the TPS of the address "as long as ballots are still available".
    /// Basis of serving unregistered voters only while ballots remain.
    static constexpr citation dpk_while_ballots_remain_basis{.law = "Keputusan KPU 799/2024",
                                                             .level = confidence::secondary,
                                                             .note = "banjarsari-labuhanhaji.desa.id (2024)"};
    // Voting more than once is an offence (the PSU ground of Pasal 112 ayat (2) huruf d is its
    // consequence, cited as such by the decision).
    /// The prohibition of voting more than once (the PSU article is its consequence).
    static constexpr citation multiple_voting_prohibition{.law = "UU 10/2016", .article = "Pasal 178B",
                                                          .level = confidence::secondary,
                                                          .note = "criminal provision on voting more than once, as Bawaslu Pandeglang cites it (banten72.com)"};
    // Ballots run out for a registered voter: no rule refuses him; Pemilu 2024 practice brings
    // ballots from the nearest TPS. For Pilkada expected alike, not found.
    /// What the KPPS does when ballots run out for a registered voter.
    static constexpr citation registered_ballots_run_out_basis{.law = "PKPU 17/2024", .level = confidence::unverified,
                                                               .note = "expected to follow the Pemilu 2024 practice of fetching ballots from the nearest TPS (Bawaslu Bangka Belitung)"};
    // A ballot beyond the Form A: a person voting in a contest he is not entitled to.
    /// Why a ballot beyond a moved voter's Form A entitlement is a finding.
    static constexpr citation moved_beyond_entitlement_basis{.law = "UU 1/2015", .article = "Pasal 112",
                                                             .paragraph = "ayat (2)", .letter = "huruf e",
                                                             .level = confidence::unverified,
                                                             .note = "by analogy with Bawaslu's 2024 Pemilu PSU recommendations (moved voters given ballots beyond their form)"};
    // A NIK that fails the shape check: no rule refuses the voter for it; the document shown and
    // the list decide, and the NIK is copied again from the KTP-el. Not law: suara's own check.
    /// Why a NIK that fails the shape check is a data-entry finding, not a refusal.
    static constexpr citation nik_shape_finding_basis{.law = "suara data-entry check", .level = confidence::derived,
                                                      .note = "no rule refuses a voter because a NIK fails a shape check; the document and the list decide"};

    // ---- incidents (docs/sources.md#psu-pilkada, #recount-pilkada, #continued-and-follow-up) ----
    // Pasal 113 (2) "dilakukan seketika itu juga": a recount ground obliges.
    /// Whether the recount grounds oblige (wajib) or permit (dapat).
    static constexpr cited<bool> recount_mandatory{
        true, {.law = "Perpu 1/2014 (UU 1/2015)", .article = "Pasal 113", .paragraph = "ayat (2)",
               .level = confidence::primary, .note = "dilakukan seketika itu juga"}};
    // The modal verb of continued / follow-up voting was not read; "must" is assumed.
    /// Whether continued and follow-up voting are obliged or permitted.
    static constexpr cited<bool> continuation_mandatory{
        true, {.law = "UU 1/2015", .article = "Pasal 120", .level = confidence::unverified,
               .note = "modal verb not read"}};

    // ---- the path after each decision (docs/sources.md#path-after-a-decision) ----
    // PSU: on a recommendation of Panwaslu Kecamatan (PKPU 17/2024 Pasal 50), decided by the KPU
    // Kabupaten/Kota; who passes it on and the deadline were found in no source read.
    /// The path of a re-vote.
    static constexpr decision_path psu_path{
        {{body::panwaslu_kecamatan},
         {.law = "PKPU 17/2024", .article = "Pasal 50", .paragraph = "ayat (5)", .level = confidence::secondary,
          .note = "on a recommendation of Panwaslu Kecamatan, Pasal 50 ayat (3) huruf d-e (makassar.tribunnews 2024/12/05)"}},
        {body_set::unknown(), {.law = "PKPU 17/2024", .article = "Pasal 50", .level = confidence::unverified,
                               .note = "not found in any source read"}},
        {{body::kpu_kab_kota}, {.law = "UU 1/2015", .article = "Pasal 112", .level = confidence::secondary,
                                .note = "the KPU Kabupaten/Kota decides whether a recommended PSU is held (KIP Abdya, acehglobalnews)"}},
        {{venue::tps}, {.law = "UU 1/2015", .article = "Pasal 112", .paragraph = "ayat (1)",
                        .level = confidence::secondary, .note = "pemungutan suara di TPS"}},
        {time_limit::unknown(), {.law = "UU 1/2015", .article = "Pasal 112", .level = confidence::unverified,
                                 .note = "no deadline found in any source read (Pemilu 2024 has 10 days)"}}};
    // Recount: Pasal 113 ayat (3)-(5), read: a witness or the PPL proposes it at the TPS, at the
    // PPS if the TPS cannot, held and finished on voting day.
    /// The path of a recount.
    static constexpr decision_path recount_path{
        {{body::saksi, body::ppl},
         {.law = "Perpu 1/2014 (UU 1/2015)", .article = "Pasal 113", .paragraph = "ayat (3)",
          .level = confidence::primary,
          .note = "a candidate's witness or the PPL (whether later amendments say Pengawas TPS is unverified)"}},
        {{}, {.law = "Perpu 1/2014 (UU 1/2015)", .article = "Pasal 113", .paragraph = "ayat (3)",
              .level = confidence::derived, .note = "proposed at the TPS itself"}},
        {{body::kpps}, {.law = "Perpu 1/2014 (UU 1/2015)", .article = "Pasal 113", .paragraph = "ayat (2)",
                        .level = confidence::derived,
                        .note = "held at once (seketika itu juga) by the KPPS that counts"}},
        {{venue::tps, venue::pps}, {.law = "Perpu 1/2014 (UU 1/2015)", .article = "Pasal 113",
                                    .paragraph = "ayat (4)", .level = confidence::primary,
                                    .note = "at the TPS; at the PPS if the TPS cannot"}},
        {time_limit::on_voting_day(),
         {.law = "Perpu 1/2014 (UU 1/2015)", .article = "Pasal 113", .paragraph = "ayat (5)",
          .level = confidence::primary, .note = "held and finished on voting day"}}};
    // Continued (PSL) and follow-up (PSS) voting follow a postponement, decided by the KPU
    // Kabupaten/Kota on the PPK's proposal (PKPU 17/2024 as reported); deadlines not found.
    /// The path of a continued vote.
    static constexpr decision_path continued_path{
        {{body::ppk}, {.law = "PKPU 17/2024", .level = confidence::secondary,
                       .note = "postponement on the PPK's proposal when villages or a district are affected (adonaranews.co)"}},
        {{}, {.law = "PKPU 17/2024", .level = confidence::secondary,
              .note = "the PPK proposes to the KPU Kabupaten/Kota (adonaranews.co)"}},
        {{body::kpu_kab_kota}, {.law = "PKPU 17/2024", .level = confidence::secondary, .note = "adonaranews.co"}},
        {{venue::tps}, {.law = "UU 1/2015", .article = "Pasal 120", .level = confidence::secondary,
                        .note = "from the stage that stopped (Kompas via lampung.tribunnews)"}},
        {time_limit::unknown(), {.law = "UU 1/2015", .article = "Pasal 120", .level = confidence::unverified,
                                 .note = "no deadline for Pilkada PSL or PSS found in any source read"}}};
    /// Suara: regime lacks member `incident_law` (the article of each incident ground): declare `static constexpr suara::incident_law_table incident_law{{rule_id, citation}, ...};`.
    static constexpr decision_path follow_up_path{
        continued_path.proposed_by, continued_path.passed_on_by, continued_path.decided_by,
        {{venue::tps}, {.law = "UU 1/2015", .article = "Pasal 121", .level = confidence::secondary,
                        .note = "all stages (Kompas via lampung.tribunnews)"}},
        {time_limit::unknown(), {.law = "UU 1/2015", .article = "Pasal 121", .level = confidence::unverified,
                                 .note = "no deadline for Pilkada PSL or PSS found in any source read"}}};

    // Pasal 112 as transcribed by Bawaslu (secondary); Pasal 113 read (primary); Pasal 120/121
    // reported by Kompas via lampung.tribunnews (secondary). The three threshold grounds are
    // cited by psu_*_threshold above. No riot letter in Pasal 113.
    /// The article of each incident ground (catalogue section B).
    static constexpr incident_law_table incident_law{
        {rule_id::psu_ballot_box_opened,
         {.law = "UU 1/2015", .article = "Pasal 112", .paragraph = "ayat (2)", .letter = "huruf a",
          .level = confidence::secondary, .note = "Bawaslu transcription"}},
        {rule_id::psu_voter_marked_ballot,
         {.law = "UU 1/2015", .article = "Pasal 112", .paragraph = "ayat (2)", .letter = "huruf b",
          .level = confidence::secondary, .note = "Bawaslu transcription"}},
        {rule_id::psu_disturbance,
         {.law = "UU 1/2015", .article = "Pasal 112", .paragraph = "ayat (1)", .level = confidence::secondary,
          .note = "gangguan keamanan making the results unusable or the count impossible (Bawaslu transcription)"}},
        {rule_id::recount_closed, {.law = "Perpu 1/2014 (UU 1/2015)", .article = "Pasal 113", .paragraph = "ayat (2)",
                                   .letter = "huruf a", .level = confidence::primary}},
        {rule_id::recount_dim_light, {.law = "Perpu 1/2014 (UU 1/2015)", .article = "Pasal 113",
                                      .paragraph = "ayat (2)", .letter = "huruf b", .level = confidence::primary}},
        {rule_id::recount_unclear_voice,
         {.law = "Perpu 1/2014 (UU 1/2015)", .article = "Pasal 113", .paragraph = "ayat (2)", .letter = "huruf c",
          .level = confidence::primary}},
        {rule_id::recount_unclear_writing,
         {.law = "Perpu 1/2014 (UU 1/2015)", .article = "Pasal 113", .paragraph = "ayat (2)", .letter = "huruf d",
          .level = confidence::primary}},
        {rule_id::recount_not_observable,
         {.law = "Perpu 1/2014 (UU 1/2015)", .article = "Pasal 113", .paragraph = "ayat (2)", .letter = "huruf e",
          .level = confidence::primary}},
        {rule_id::recount_other_place_time,
         {.law = "Perpu 1/2014 (UU 1/2015)", .article = "Pasal 113", .paragraph = "ayat (2)", .letter = "huruf f",
          .level = confidence::primary}},
        {rule_id::recount_inconsistent_validity,
         {.law = "Perpu 1/2014 (UU 1/2015)", .article = "Pasal 113", .paragraph = "ayat (2)", .letter = "huruf g",
          .level = confidence::primary}},
        {rule_id::continued_partial, {.law = "UU 1/2015", .article = "Pasal 120", .level = confidence::secondary,
                                      .note = "Kompas via lampung.tribunnews"}},
        {rule_id::follow_up_all, {.law = "UU 1/2015", .article = "Pasal 121", .level = confidence::secondary,
                                  .note = "Kompas via lampung.tribunnews"}},
    };

    // The grounds of rule catalogue section B, as a Boost.Hana sequence of condition types
    // (suara/law/conditions.hpp). Only Pilkada has recount.inconsistent_validity (Pasal 113
    // (2) g); recount.riot is Pemilu's (UU 7/2017 Pasal 374 (2) a).
    /// The incident conditions of catalogue section B this regime has, as a Boost.Hana sequence of types.
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
