// suara — Pemilu 2024: the national general election of 14 February 2024.
// Distributed under the Boost Software License, Version 1.0.
//
// Law: UU 7/2017; KPU rules PKPU 25/2023 (voting and counting), PKPU 7/2022 as amended by PKPU
// 7/2023 (voter lists). PKPU texts were read only through secondary sources; see each tag.
// Sources for each value: shared/domain/reference.md, section given in the comment.
#ifndef SUARA_REGIMES_PEMILU_2024_HPP
#define SUARA_REGIMES_PEMILU_2024_HPP

#include <suara/regimes/regime.hpp>

namespace suara {

struct pemilu_2024 {
    static constexpr std::string_view name = "pemilu-2024";

    // §1.1: DPT / DPTb / DPK (UU 7/2017 Pasal 348 ayat (1) huruf a-c).
    static constexpr cited<list_labels> labels{
        {"DPT", "DPTb", "DPK"}, {"UU 7/2017", "Pasal 348", "ayat (1)", "huruf a-c", confidence::secondary, ""}};

    // §1.4, §8.1: five ballots.
    static constexpr cited<kontes_set> kontes_held{
        {kontes::ppwp, kontes::pdpr, kontes::pdpd, kontes::pdprdp, kontes::pdprdk},
        {"UU 7/2017", "", "", "", confidence::secondary, "five ballot types (reference §2.3)"}};

    // §3: 300 per TPS by the PKPU on voter lists (draft Pasal 15 ayat (3)); the law allows 500.
    static constexpr cited<count_rep> tps_capacity{
        300, {"PKPU 7/2022", "Pasal 15", "ayat (3)", "", confidence::secondary, "draft article; final number unverified"}};

    // §2.1: DPT + 2 % reserve.
    static constexpr cited<reserve_rate> ballot_reserve{
        {2, 100}, {"UU 7/2017", "Pasal 344", "ayat (2)", "", confidence::primary, "OCR scan"}};
    static constexpr cited<rounding> reserve_rounding{
        rounding::up, {"UU 7/2017", "Pasal 344", "ayat (2)", "", confidence::unverified,
                       "300 DPT -> 306 ballots (Kompas TV); rule itself unverified"}};
    // §2.1: per TPS DPT + DPTb + 2 % of DPT.
    static constexpr cited<bool> allocation_includes_dptb{
        true, {"UU 7/2017", "Pasal 350", "ayat (3)", "", confidence::secondary, "quoted by Bawaslu's Fritz Siregar"}};

    // §1.2: 07:00-13:00.
    static constexpr cited<time_window> voting_hours{
        {{7, 0}, {13, 0}}, {"PKPU 25/2023", "Pasal 5", "", "", confidence::secondary, "resume of PKPU 25/2023"}};
    static constexpr cited<time_window> dpt_window{
        {{7, 0}, {13, 0}}, {"PKPU 25/2023", "Pasal 6", "", "", confidence::secondary, "resume of PKPU 25/2023"}};
    // §1.2: moved-in voters urged to come from 11:00; a hard limit is unverified, so advice.
    static constexpr cited<time_window> dptb_window{
        {{11, 0}, {13, 0}}, {"PKPU 25/2023", "", "", "", confidence::unverified, "KPU voter guidance (grid.id)"}};
    static constexpr cited<window_kind> dptb_window_kind{
        window_kind::recommended, {"PKPU 25/2023", "", "", "", confidence::unverified, "hard gate unverified"}};
    // §1.2: DPK in the last hour, after DPT and DPTb voters present.
    static constexpr cited<time_window> dpk_window{
        {{12, 0}, {13, 0}}, {"PKPU 25/2023", "", "", "", confidence::secondary, "Bawaslu Panduan Pengawas TPS"}};
    static constexpr cited<bool> closing_queue_rule{
        true, {"PKPU 25/2023", "", "", "", confidence::secondary, "Bawaslu Panduan Pengawas TPS; article unverified"}};

    // §1.2: KTP-el, or suket since the 2019 MK ruling.
    static constexpr cited<document_set> identity_documents{
        {document::ktp_el, document::suket},
        {"UU 7/2017", "Pasal 348", "ayat (1)", "", confidence::secondary, "suket per MK ruling 2019 (case unverified)"}};
    static constexpr cited<document_set> dpk_address_documents{
        {document::ktp_el, document::suket},
        {"UU 7/2017", "Pasal 349", "", "", confidence::secondary, "ayat unverified"}};

    // §1.4: the ballots follow the electoral districts of origin and destination. Districts are
    // not modelled: within the regency all ballots; from another regency of the province the
    // presidential and DPD ballots (DPR and DPRD Provinsi depend on the district); from another
    // province the presidential ballot only.
    static constexpr cited<kontes_set> moved_same_regency_ballots{
        {kontes::ppwp, kontes::pdpr, kontes::pdpd, kontes::pdprdp, kontes::pdprdk},
        {"UU 7/2017", "", "", "", confidence::secondary, "beritajateng.tv; DPRD Kab/Kota districts not modelled"}};
    static constexpr cited<kontes_set> moved_same_province_ballots{
        {kontes::ppwp, kontes::pdpd}, {"UU 7/2017", "", "", "", confidence::secondary, "beritajateng.tv"}};
    static constexpr cited<kontes_set> moved_other_province_ballots{
        {kontes::ppwp}, {"UU 7/2017", "", "", "", confidence::secondary, "beritajateng.tv"}};

    // §2.2: "hanya dapat dilakukan 1 (satu) kali".
    static constexpr cited<count_rep> replacement_ballots_per_voter{
        1, {"PKPU 25/2023", "Pasal 26", "ayat (4)", "", confidence::secondary, "quoted verbatim by memoindonesia"}};

    // §5.2: destroying more than one used ballot; a single double voter or ineligible voter.
    static constexpr cited<count_rep> psu_ballots_destroyed_threshold{
        2, {"UU 7/2017", "Pasal 372", "ayat (2)", "huruf c", confidence::secondary, ""}};
    static constexpr cited<count_rep> psu_multiple_voting_threshold{
        1, {"PKPU 25/2023", "Pasal 80", "ayat (3)", "", confidence::secondary, ""}};
    static constexpr cited<count_rep> psu_unregistered_voting_threshold{
        1, {"UU 7/2017", "Pasal 372", "ayat (2)", "huruf d", confidence::secondary, ""}};
    static constexpr cited<bool> psu_procedural_mandatory{
        true, {"UU 7/2017", "Pasal 372", "ayat (2)", "", confidence::secondary, "wajib diulang"}};
    static constexpr cited<bool> psu_disturbance_mandatory{
        false, {"UU 7/2017", "Pasal 372", "ayat (1)", "", confidence::secondary, "dapat diulang"}};

    // §6.2: "ketidaksesuaian jumlah ... surat suara yang sah dan ... tidak sah dengan jumlah
    // pemilih yang menggunakan hak pilih" is a recount ground.
    static constexpr cited<outcome> votes_vs_voters_outcome{
        outcome::recount, {"UU 7/2017", "Pasal 374", "ayat (2)", "huruf h", confidence::primary, "OCR scan"}};

    static constexpr cited<count_rep> copied_row_min_registered{
        50, {"suara rule catalogue", "voters.copied_row", "", "", confidence::derived, "heuristic, not law"}};
};

static_assert(check_regime<pemilu_2024>());

}  // namespace suara

#endif  // SUARA_REGIMES_PEMILU_2024_HPP
