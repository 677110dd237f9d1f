// suara — Pemilu 2024: the national general election of 14 February 2024.
// Distributed under the Boost Software License, Version 1.0.
//
// Law: UU 7/2017; KPU rules PKPU 25/2023 (voting and counting), PKPU 7/2022 as amended by PKPU
// 7/2023 (voter lists). PKPU texts were read only through secondary sources; see each tag.
// The sources of each value are listed in docs/sources.md (anchors given in the comments).
#ifndef SUARA_REGIMES_PEMILU_2024_HPP
#define SUARA_REGIMES_PEMILU_2024_HPP

#include <boost/hana/tuple.hpp>
#include <boost/hana/type.hpp>

#include <suara/core/civil_date.hpp>
#include <suara/law/conditions.hpp>
#include <suara/law/incident_law.hpp>
#include <suara/law/regime.hpp>
#include <suara/form/rule_id.hpp>

namespace suara {

/// Pemilu 2024: the general election of 14 February 2024 (president and vice-president, DPR, DPD,
/// DPRD Provinsi, DPRD Kabupaten/Kota), under UU 7/2017 and PKPU 25/2023. Every constant carries
/// its basis and the confidence of its source (docs/regimes.md).
struct pemilu_2024 {
    /// The regime's name in reports and on the command line.
    static constexpr std::string_view name = "pemilu-2024";

    // DPT / DPTb / DPK (UU 7/2017 Pasal 348 ayat (1) huruf a-c, as eranasional reports it).
    /// Printed labels of DPT, DPTb, DPK.
    static constexpr cited<list_labels> labels{
        {"DPT", "DPTb", "DPK", "Daftar Pemilih Tetap", "Daftar Pemilih Tambahan", "Daftar Pemilih Khusus"},
        {.law = "UU 7/2017", .article = "Pasal 348", .paragraph = "ayat (1)", .letter = "huruf a-c",
         .level = confidence::secondary}};

    // Five ballots: PPWP, DPR, DPD, DPRD Provinsi, DPRD Kab/Kota.
    /// Contests held at a TPS.
    static constexpr cited<kontes_set> kontes_held{
        {kontes::ppwp, kontes::pdpr, kontes::pdpd, kontes::pdprdp, kontes::pdprdk},
        {.law = "UU 7/2017", .level = confidence::secondary, .note = "five ballot types, as Sirekap codes them"}};

    // docs/sources.md#ballot-supply: 300 per TPS by the PKPU on voter lists (draft Pasal 15 ayat (3)); the law allows 500.
    /// Most registered DPT voters per TPS.
    static constexpr cited<count_rep> tps_capacity{
        300, {.law = "PKPU 7/2022", .article = "Pasal 15", .paragraph = "ayat (3)", .level = confidence::secondary,
              .note = "draft article; final number unverified"}};

    // docs/sources.md#ballot-supply: DPT + 2 % reserve.
    /// Reserve ballots as a share of DPT.
    static constexpr cited<reserve_rate> ballot_reserve{
        {2, 100}, {.law = "UU 7/2017", .article = "Pasal 344", .paragraph = "ayat (2)", .level = confidence::primary,
                   .note = "OCR scan"}};
    /// Rounding of the per-TPS reserve.
    static constexpr cited<rounding> reserve_rounding{
        rounding::up, {.law = "UU 7/2017", .article = "Pasal 344", .paragraph = "ayat (2)",
                       .level = confidence::unverified,
                       .note = "300 DPT -> 306 ballots (Kompas TV); rule itself unverified"}};
    // docs/sources.md#ballot-supply: per TPS DPT + DPTb + 2 % of DPT.
    /// Whether the per-TPS ballot allocation adds the moved-in list.
    static constexpr cited<bool> allocation_includes_dptb{
        true, {.law = "UU 7/2017", .article = "Pasal 350", .paragraph = "ayat (3)", .level = confidence::secondary,
               .note = "quoted by Bawaslu's Fritz Siregar"}};

    // 07:00-13:00 (resume of PKPU 25/2023).
    /// Voting hours.
    static constexpr cited<time_window> voting_hours{
        {{7, 0}, {13, 0}}, {.law = "PKPU 25/2023", .article = "Pasal 5", .level = confidence::secondary,
                            .note = "resume of PKPU 25/2023"}};
    /// When DPT voters may vote.
    static constexpr cited<time_window> dpt_window{
        {{7, 0}, {13, 0}}, {.law = "PKPU 25/2023", .article = "Pasal 6", .level = confidence::secondary,
                            .note = "resume of PKPU 25/2023"}};
    // Moved-in voters from 2 hours before the close (the resume of PKPU 25/2023 cites Pasal 6;
    // KPU's voter guidance urges them to come from 11:00). A hard gate is unverified, as for
    // Pilkada 2024: an advised window in both regimes.
    /// When moved-in voters may vote.
    static constexpr cited<time_window> dptb_window{
        {{11, 0}, {13, 0}}, {.law = "PKPU 25/2023", .article = "Pasal 6", .level = confidence::secondary,
                             .note = "resume of PKPU 25/2023; KPU voter guidance (grid.id)"}};
    /// Whether the moved-in window binds or is advice.
    static constexpr cited<window_kind> dptb_window_kind{
        window_kind::recommended, {.law = "PKPU 25/2023", .article = "Pasal 6", .level = confidence::unverified,
                                   .note = "a hard gate is unverified; the evidence is of the same kind as for Pilkada 2024"}};
    // DPK in the last hour, after DPT and DPTb voters present.
    /// When unregistered voters may vote.
    static constexpr cited<time_window> dpk_window{
        {{12, 0}, {13, 0}}, {.law = "PKPU 25/2023", .level = confidence::secondary,
                             .note = "Bawaslu Panduan Pengawas TPS"}};
    /// Whether voters already queuing at closing time may still vote.
    static constexpr cited<bool> closing_queue_rule{
        true, {.law = "PKPU 25/2023", .level = confidence::secondary,
               .note = "Bawaslu Panduan Pengawas TPS; article unverified"}};

    // KTP-el, or suket since the 2019 MK ruling (detik, rumahpemilu). Registered and unregistered
    // voters show the same documents.
    /// Documents that prove identity for DPT and DPTb voters.
    static constexpr cited<document_set> identity_documents{
        {document::ktp_el, document::suket},
        {.law = "UU 7/2017", .article = "Pasal 348", .paragraph = "ayat (1)", .level = confidence::secondary,
         .note = "suket per MK ruling 2019 (case unverified)"}};
    /// Documents whose address entitles an unregistered voter.
    static constexpr cited<document_set> dpk_address_documents{
        {document::ktp_el, document::suket},
        {.law = "UU 7/2017", .article = "Pasal 349", .level = confidence::secondary,
         .note = "dreamers.id, rumahpemilu.org; ayat unverified"}};
    // At the TPS of the RT/RW of the address; where that RT/RW has no TPS, at the nearest TPS of
    // the village.
    /// Where an unregistered voter may vote: own RT/RW, or also the nearest TPS of the village.
    static constexpr cited<dpk_area_rule> dpk_area{
        dpk_area_rule::own_rt_rw_or_nearest_in_village,
        {.law = "UU 7/2017", .article = "Pasal 349", .level = confidence::secondary,
         .note = "dreamers.id, rumahpemilu.org; ayat unverified"}};

    // A moved voter's ballots follow the electoral area of each contest: PPWP always, DPD within
    // the province, DPR, DPRD Provinsi and DPRD Kab/Kota only within the same dapil. Dapils are
    // drawn by the KPU, not by code prefix (Kalimantan Timur is one DPR dapil; Kota Balikpapan has
    // one DPRD Kota dapil per kecamatan), so they come from the caller's dapil table; suara uses
    // only that a council's districts divide its own region (a DPR or DPRD Provinsi dapil lies
    // in one province, a DPRD Kab/Kota dapil in one regency or city). The entitlement is written
    // on Form A and the KPPS issues what is written.
    /// The electoral area of each contest, which decides a moved voter's ballots.
    static constexpr cited<electoral_areas> contest_areas{
        {{kontes::ppwp, electoral_area::nation},
         {kontes::pdpr, electoral_area::dapil_within_province},
         {kontes::pdpd, electoral_area::province},
         {kontes::pdprdp, electoral_area::dapil_within_province},
         {kontes::pdprdk, electoral_area::dapil_within_regency}},
        {.law = "UU 7/2017", .level = confidence::secondary,
         .note = "KPU Lampung Barat (radarlampung.bacakoran.co); tribunnews 2024/01/25; beritajateng.tv"}};

    // "hanya dapat dilakukan 1 (satu) kali".
    /// Replacement ballots a voter may receive.
    static constexpr cited<count_rep> replacement_ballots_per_voter{
        1, {.law = "PKPU 25/2023", .article = "Pasal 26", .paragraph = "ayat (4)", .level = confidence::secondary,
            .note = "quoted verbatim by memoindonesia"}};

    // docs/sources.md#psu-pemilu: destroying more than one used ballot; a single double voter or
    // ineligible voter.
    /// Used ballots destroyed by KPPS that force a PSU.
    static constexpr cited<count_rep> psu_ballots_destroyed_threshold{
        2, {.law = "UU 7/2017", .article = "Pasal 372", .paragraph = "ayat (2)", .letter = "huruf c",
            .level = confidence::secondary}};
    // The PSU that follows when a voter voted more than once: the consequence, not the
    // prohibition of voting twice.
    /// Persons voting more than once that force a PSU.
    static constexpr cited<count_rep> psu_multiple_voting_threshold{
        1, {.law = "PKPU 25/2023", .article = "Pasal 80", .paragraph = "ayat (3)", .level = confidence::secondary,
            .note = "the consequence of voting twice, not its prohibition"}};
    /// Persons not entitled who voted that force a PSU.
    static constexpr cited<count_rep> psu_unregistered_voting_threshold{
        1, {.law = "UU 7/2017", .article = "Pasal 372", .paragraph = "ayat (2)", .letter = "huruf d",
            .level = confidence::secondary}};
    /// Whether the procedural PSU grounds oblige (wajib) or permit (dapat).
    static constexpr cited<bool> psu_procedural_mandatory{
        true, {.law = "UU 7/2017", .article = "Pasal 372", .paragraph = "ayat (2)", .level = confidence::secondary,
               .note = "wajib diulang"}};
    /// Whether a disturbance PSU is obliged or permitted.
    static constexpr cited<bool> psu_disturbance_mandatory{
        false, {.law = "UU 7/2017", .article = "Pasal 372", .paragraph = "ayat (1)", .level = confidence::secondary,
                .note = "dapat diulang"}};
    // Pasal 372 ayat (1) names "bencana alam dan/atau kerusuhan" that made the results unusable or
    // the count impossible; a security disturbance is not named there.
    /// The disturbances the law names as a cause of a PSU.
    static constexpr cited<gangguan_set> psu_disturbance_causes{
        {gangguan::bencana, gangguan::kerusuhan},
        {.law = "UU 7/2017", .article = "Pasal 372", .paragraph = "ayat (1)", .level = confidence::secondary,
         .note = "bencana alam dan/atau kerusuhan (docs/sources.md#psu-pemilu)"}};

    // docs/sources.md#recount-pemilu: "ketidaksesuaian jumlah ... surat suara yang sah dan ...
    // tidak sah dengan jumlah pemilih yang menggunakan hak pilih" is a recount ground.
    /// What a valid+invalid vs voters mismatch leads to.
    static constexpr cited<outcome> votes_vs_voters_outcome{
        outcome::recount, {.law = "UU 7/2017", .article = "Pasal 374", .paragraph = "ayat (2)", .letter = "huruf h",
                           .level = confidence::primary, .note = "OCR scan"}};

    /// Registered voters from which 100 % DPT turnout is suspicious.
    static constexpr cited<count_rep> copied_row_min_registered{
        50, {.law = "suara rule catalogue", .article = "voters.copied_row", .level = confidence::derived,
             .note = "heuristic, not law"}};

    // ---- voters ----
    /// Voting day, on which ages are reckoned.
    static constexpr cited<civil_date> voting_day{
        {2024, 2, 14}, {.law = "UU 7/2017", .level = confidence::secondary,
                        .note = "14 February 2024, as KPU's voter guidance reports it (mediapedomanindonesia)"}};
    // 17 on voting day, or married or once married (UU 7/2017 Pasal 198 ayat (1), as a law
    // journal and the KPU chair cite it; the statute's text was not read).
    /// Age on voting day from which a person may vote.
    static constexpr cited<int> minimum_age{
        17, {.law = "UU 7/2017", .article = "Pasal 198", .paragraph = "ayat (1)", .level = confidence::secondary,
             .note = "Jurnal Diskresi (Unram); KPU chair Hasyim Asy'ari via detik"}};
    /// Whether a married (or once married) person under that age may vote.
    static constexpr cited<bool> married_may_vote{
        true, {.law = "UU 7/2017", .article = "Pasal 198", .paragraph = "ayat (1)", .level = confidence::secondary,
               .note = "Jurnal Diskresi (Unram); KPU chair Hasyim Asy'ari via detik"}};

    // ---- ballots (docs/sources.md#ballot-validity) ----
    // Several marks inside one candidate's column count for it: read for DPR ballots (Pasal 54),
    // applied by analogy to the presidential ballot. The kompas.tv report of Pasal 55 lists
    // "banyak tanda coblosan dalam satu kertas suara" among the invalid cases: the two readings
    // conflict, so the constant stays unverified.
    /// Whether several marks inside one column count for it.
    static constexpr cited<bool> several_marks_in_one_column{
        true, {.law = "PKPU 25/2023", .article = "Pasal 54", .level = confidence::unverified,
               .note = "read for DPR ballots, applied by analogy to PPWP ballots; Pasal 55 as reported by kompas.tv "
                       "lists several marks on one ballot as invalid"}};
    // Marks on two or more candidates of one party count for the party (Pasal 54 as reported);
    // several marks in one party's column are "several marks on one ballot", which the kompas.tv
    // report of Pasal 55 lists as invalid: the readings conflict, so the constant stays unverified.
    /// Whether marks on several candidates of one party count for the party (DPR, DPRD ballots).
    static constexpr cited<bool> several_candidates_of_one_party{
        true, {.law = "PKPU 25/2023", .article = "Pasal 54", .level = confidence::unverified,
               .note = "the party's vote as reported (docs/sources.md#legislative-ballots); Pasal 55 as reported by kompas.tv "
                       "lists several marks on one ballot as invalid"}};
    // Writing or notes on a ballot make it invalid (Pasal 55 as reported).
    /// Basis of a ballot with writing on it being invalid.
    static constexpr citation written_ballot_invalid_basis{.law = "PKPU 25/2023", .article = "Pasal 55",
                                                           .level = confidence::secondary,
                                                           .note = "as reported (lampost.co, kompas.tv)"};
    /// What makes a PPWP ballot valid (Pasal 53) or invalid (Pasal 55), as reported.
    static constexpr citation ballot_validity_basis{.law = "PKPU 25/2023", .article = "Pasal 53", .paragraph = "ayat (1)",
                                                    .level = confidence::secondary,
                                                    .note = "valid: Pasal 53; invalid: Pasal 55"};
    // DPR, DPRD Provinsi and DPRD Kabupaten/Kota ballots (docs/sources.md#legislative-ballots):
    // valid when signed and marked on a party's number or symbol and/or a candidate's name
    // (Pasal 53 ayat (2)); for whom, Pasal 54; invalid, Pasal 55; all as reported, the letters of
    // Pasal 54 not read.
    /// What makes a DPR or DPRD ballot valid (Pasal 53 ayat (2)) or invalid (Pasal 55), as reported.
    static constexpr citation legislative_ballot_validity_basis{
        .law = "PKPU 25/2023", .article = "Pasal 53", .paragraph = "ayat (2)", .level = confidence::secondary,
        .note = "valid: Pasal 53 ayat (2); invalid: Pasal 55 (docs/sources.md#legislative-ballots)"};
    /// Whom a marked DPR or DPRD ballot counts for: the party only, one candidate, the party and
    /// one of its candidates, the line between two of its candidates (Pasal 54, as reported).
    static constexpr citation legislative_vote_basis{
        .law = "PKPU 25/2023", .article = "Pasal 54", .level = confidence::secondary,
        .note = "party only: the party; a candidate, alone or with its party: the candidate; the line between two "
                "of its candidates: the party; the letters of Pasal 54 unverified (docs/sources.md#legislative-ballots)"};
    /// A mark on a deceased or disqualified candidate counts for the candidate's party (Pasal 54,
    /// as reported); who is struck is the caller's input.
    static constexpr citation struck_candidate_basis{
        .law = "PKPU 25/2023", .article = "Pasal 54", .level = confidence::secondary,
        .note = "a candidate who died or no longer qualifies: the party's vote (docs/sources.md#legislative-ballots)"};
    /// The sources read know a ballot of one pair beside a blank column only in the Pilkada law.
    static constexpr citation single_candidate_ballot_basis{
        .law = "UU 7/2017", .level = confidence::unverified,
        .note = "no ballot of a single pair with a blank column found for this regime (docs/sources.md#single-candidate)"};
    // A KTP-el holder registered in the DPT (or DPTb) of *that* TPS.
    /// Basis of voting only at the TPS where one is registered.
    static constexpr citation registered_tps_basis{.law = "UU 7/2017", .article = "Pasal 348",
                                                   .paragraph = "ayat (1)", .letter = "huruf a-b",
                                                   .level = confidence::secondary, .note = "eranasional.com"};
    // If ballots run out, KPPS directs DPK voters to the nearest TPS in the same village.
    /// Basis of serving unregistered voters only while ballots remain.
    static constexpr citation dpk_while_ballots_remain_basis{.law = "PKPU 25/2023", .level = confidence::secondary,
                                                             .note = "Bawaslu Panduan Pengawas TPS; KPU member Betty Epsilon Idroos"};
    // Voting more than once is an offence; the PSU of PKPU 25/2023 Pasal 80 ayat (3) is its
    // consequence, cited as such by the decision.
    /// The prohibition of voting more than once (the PSU article is its consequence).
    static constexpr citation multiple_voting_prohibition{.law = "UU 7/2017", .article = "Pasal 516",
                                                          .level = confidence::secondary,
                                                          .note = "criminal provision on voting more than once, quoted by KPU Kota Bukittinggi (republika.co.id)"};
    // Ballots run out for a registered voter: no rule refuses him; the practice is to bring
    // ballots from the nearest TPS.
    /// What the KPPS does when ballots run out for a registered voter.
    static constexpr citation registered_ballots_run_out_basis{.law = "PKPU 25/2023", .level = confidence::secondary,
                                                               .note = "practice: ballots fetched from the nearest TPS (Bawaslu Bangka Belitung, bangka.pikiran-rakyat.com)"};
    // A moved voter given a ballot beyond his Form A was a ground of Bawaslu's 2024 PSU
    // recommendations under PKPU 25/2023 Pasal 80.
    /// Why a ballot beyond a moved voter's Form A entitlement is a finding.
    static constexpr citation moved_beyond_entitlement_basis{.law = "PKPU 25/2023", .article = "Pasal 80",
                                                             .level = confidence::secondary,
                                                             .note = "Bawaslu RI's 2024 PSU recommendations: DPTb voters given ballots beyond their form (Kompas, riau24)"};
    // A NIK that fails the shape check: no rule refuses the voter for it; the document shown and
    // the list decide, and the NIK is copied again from the KTP-el. Not law: suara's own check.
    /// Why a NIK that fails the shape check is a data-entry finding, not a refusal.
    static constexpr citation nik_shape_finding_basis{.law = "suara data-entry check", .level = confidence::derived,
                                                      .note = "no rule refuses a voter because a NIK fails a shape check; the document and the list decide"};

    // ---- incidents (docs/sources.md#psu-pemilu, #recount-pemilu, #continued-and-follow-up) ----
    // Pasal 374 (2) "dapat diulang": a recount ground permits, it does not oblige.
    /// Whether the recount grounds oblige (wajib) or permit (dapat).
    static constexpr cited<bool> recount_mandatory{
        false, {.law = "UU 7/2017", .article = "Pasal 374", .paragraph = "ayat (2)", .level = confidence::primary,
                .note = "dapat diulang (OCR scan)"}};
    // The modal verb of continued / follow-up voting was not read; "must" is assumed.
    /// Whether continued and follow-up voting are obliged or permitted.
    static constexpr cited<bool> continuation_mandatory{
        true, {.law = "UU 7/2017", .article = "Pasal 431", .level = confidence::unverified,
               .note = "modal verb not read"}};

    // ---- the path after each decision (docs/sources.md#path-after-a-decision) ----
    // PSU: the KPPS proposes, the PPK passes it on, the KPU Kabupaten/Kota decides; held at most
    // 10 days after voting day (Pasal 373 ayat (3); PKPU 25/2023 Pasal 81).
    /// The path of a re-vote.
    static constexpr decision_path psu_path{
        {{body::kpps}, {.law = "PKPU 25/2023", .article = "Pasal 81", .paragraph = "ayat (1)",
                        .level = confidence::secondary,
                        .note = "proposed by the KPPS stating the circumstances (radarutara.bacakoran.co)"}},
        {{body::ppk}, {.law = "PKPU 25/2023", .article = "Pasal 81", .paragraph = "ayat (2)",
                       .level = confidence::secondary, .note = "through the PPK to the KPU Kabupaten/Kota"}},
        {{body::kpu_kab_kota}, {.law = "UU 7/2017", .article = "Pasal 373", .paragraph = "ayat (3)",
                                .level = confidence::secondary, .note = "berdasarkan keputusan KPU Kabupaten/Kota"}},
        {{venue::tps}, {.law = "UU 7/2017", .article = "Pasal 372", .paragraph = "ayat (1)",
                        .level = confidence::secondary, .note = "pemungutan suara di TPS"}},
        {time_limit::within_days(10),
         {.law = "UU 7/2017", .article = "Pasal 373", .paragraph = "ayat (3)", .level = confidence::secondary,
          .note = "paling lama 10 hari setelah hari pemungutan suara; also PKPU 25/2023 Pasal 81 ayat (3) "
                  "(bangka.pikiran-rakyat.com)"}}};
    // Recount: a participant's witness or the Pengawas TPS proposes it at that TPS (Pasal 375
    // ayat (1), read); who decides and by when are in ayat not read.
    /// The path of a recount.
    static constexpr decision_path recount_path{
        {{body::saksi, body::pengawas_tps},
         {.law = "UU 7/2017", .article = "Pasal 375", .paragraph = "ayat (1)", .level = confidence::primary,
          .note = "OCR scan: a participant's witness or Pengawas TPS"}},
        {{}, {.law = "UU 7/2017", .article = "Pasal 375", .paragraph = "ayat (1)", .level = confidence::derived,
              .note = "proposed at the TPS itself"}},
        {{body::kpps}, {.law = "UU 7/2017", .article = "Pasal 375", .level = confidence::unverified,
                        .note = "the KPPS counts at its TPS; the ayat on who decides were not read"}},
        {{venue::tps}, {.law = "UU 7/2017", .article = "Pasal 375", .paragraph = "ayat (1)",
                        .level = confidence::primary,
                        .note = "at that TPS (OCR scan); in 2024 most recounts were done at the PPK recapitulation"}},
        {time_limit::unknown(), {.law = "UU 7/2017", .article = "Pasal 375", .level = confidence::unverified,
                                 .note = "the ayat on timing were not read"}}};
    // Continued (PSL) and follow-up (PSS) voting follow a postponement decision (Pasal 433, not
    // read; the predecessor UU 8/2012 Pasal 232 gave it to the KPU Kabupaten/Kota on the PPK's
    // proposal). KPU applied the PSU's 10 days to both in 2024.
    /// The path of a continued vote.
    static constexpr decision_path continued_path{
        {{body::ppk}, {.law = "UU 7/2017", .article = "Pasal 433", .level = confidence::unverified,
                       .note = "postponement on the PPK's proposal as in UU 8/2012 Pasal 232; Pasal 433 not read"}},
        {{}, {.law = "UU 7/2017", .article = "Pasal 433", .level = confidence::unverified,
              .note = "as in UU 8/2012 Pasal 232: straight to the KPU Kabupaten/Kota"}},
        {{body::kpu_kab_kota}, {.law = "UU 7/2017", .article = "Pasal 433", .level = confidence::unverified,
                                .note = "KPU Kabupaten/Kota for one or more villages or districts, as in UU 8/2012 Pasal 232"}},
        {{venue::tps}, {.law = "UU 7/2017", .article = "Pasal 431", .paragraph = "ayat (2)",
                        .level = confidence::secondary, .note = "from the stage where it stopped (tirto)"}},
        {time_limit::within_days(10),
         {.law = "UU 7/2017", .article = "Pasal 373", .paragraph = "ayat (3)", .level = confidence::secondary,
          .note = "the PSU's 10 days, applied by KPU to PSL and PSS in 2024 (news.okezone.com 2024/02/21)"}}};
    /// Suara: regime lacks member `incident_law` (the article of each incident ground): declare `static constexpr suara::incident_law_table incident_law{{rule_id, citation}, ...};`.
    static constexpr decision_path follow_up_path{
        continued_path.proposed_by, continued_path.passed_on_by, continued_path.decided_by,
        {{venue::tps}, {.law = "UU 7/2017", .article = "Pasal 432", .paragraph = "ayat (2)",
                        .level = confidence::secondary, .note = "all stages (tirto)"}},
        continued_path.deadline};

    // Pasal 372 quoted (secondary); Pasal 374 read on an OCR scan (primary); Pasal 431/432 per
    // tirto (secondary). The three threshold grounds are cited by psu_*_threshold above.
    // Pasal 374 (2) has no inconsistent-validity letter.
    /// The article of each incident ground (catalogue section B).
    static constexpr incident_law_table incident_law{
        {rule_id::psu_ballot_box_opened, {.law = "UU 7/2017", .article = "Pasal 372", .paragraph = "ayat (2)",
                                          .letter = "huruf a", .level = confidence::secondary}},
        {rule_id::psu_voter_marked_ballot, {.law = "UU 7/2017", .article = "Pasal 372", .paragraph = "ayat (2)",
                                            .letter = "huruf b", .level = confidence::secondary}},
        {rule_id::psu_disturbance,
         {.law = "UU 7/2017", .article = "Pasal 372", .paragraph = "ayat (1)", .level = confidence::secondary,
          .note = "bencana alam dan/atau kerusuhan making the results unusable or the count impossible"}},
        {rule_id::recount_riot,
         {.law = "UU 7/2017", .article = "Pasal 374", .paragraph = "ayat (2)", .letter = "huruf a",
          .level = confidence::primary,
          .note = "OCR scan: a riot after which the count could not go on; the same words in UU 8/2012 Pasal 223 ayat (2) huruf a"}},
        {rule_id::recount_closed, {.law = "UU 7/2017", .article = "Pasal 374", .paragraph = "ayat (2)",
                                   .letter = "huruf b", .level = confidence::primary, .note = "OCR scan"}},
        {rule_id::recount_dim_light, {.law = "UU 7/2017", .article = "Pasal 374", .paragraph = "ayat (2)",
                                      .letter = "huruf c", .level = confidence::primary, .note = "OCR scan"}},
        {rule_id::recount_unclear_voice, {.law = "UU 7/2017", .article = "Pasal 374", .paragraph = "ayat (2)",
                                          .letter = "huruf d", .level = confidence::primary, .note = "OCR scan"}},
        {rule_id::recount_unclear_writing, {.law = "UU 7/2017", .article = "Pasal 374", .paragraph = "ayat (2)",
                                            .letter = "huruf e", .level = confidence::primary, .note = "OCR scan"}},
        {rule_id::recount_not_observable, {.law = "UU 7/2017", .article = "Pasal 374", .paragraph = "ayat (2)",
                                           .letter = "huruf f", .level = confidence::primary, .note = "OCR scan"}},
        {rule_id::recount_other_place_time, {.law = "UU 7/2017", .article = "Pasal 374", .paragraph = "ayat (2)",
                                             .letter = "huruf g", .level = confidence::primary, .note = "OCR scan"}},
        {rule_id::continued_partial, {.law = "UU 7/2017", .article = "Pasal 431", .level = confidence::secondary,
                                      .note = "tirto"}},
        {rule_id::follow_up_all, {.law = "UU 7/2017", .article = "Pasal 432", .level = confidence::secondary,
                                  .note = "tirto"}},
    };

    // The grounds of rule catalogue section B, as a Boost.Hana sequence of condition types
    // (suara/law/conditions.hpp): recount.riot (Pasal 374 (2) a), no inconsistent validity.
    /// The incident conditions of catalogue section B this regime has, as a Boost.Hana sequence of types.
    static constexpr auto incident_conditions = boost::hana::tuple_t<
        conditions::ballot_box_opened, conditions::voter_marked_ballot, conditions::ballots_destroyed,
        conditions::multiple_voting, conditions::unregistered_voting, conditions::disturbance,
        conditions::riot, conditions::closed_count, conditions::dim_light, conditions::unclear_voice,
        conditions::unclear_writing, conditions::not_observable, conditions::other_place_time,
        conditions::continued_partial, conditions::follow_up_all>;
};

static_assert(check_regime<pemilu_2024>());

}  // namespace suara

#endif  // SUARA_REGIMES_PEMILU_2024_HPP
