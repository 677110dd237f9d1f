// Bimtek case: a party's total on the DPR sheet that does not add up.
//
// Night of 14 February 2024 at TPS 001 Sepinggan, Balikpapan, after the DPR count (the training
// ballot of dpr_ballot_count.cpp: five parties, four candidates each, candidate 2 of party 5
// deceased). The secretary copies the tally onto the C.Hasil DPR sheet of dapil Kalimantan Timur
// and, tired, writes party 2's total as 64 where the tally says 15 + 20 + 6 + 4 + 1 = 46. Before
// the sheet is signed the KPPS checks it with check_legislative<pemilu_2024>: two findings, each
// with its figures and the basis the rule cites (the form's own layout). With party 2's total
// put right as the tally shows, the sheet checks clean.
#include <array>
#include <cstdint>
#include <iostream>

#include <suara/core/citation.hpp>
#include <suara/form/legislative_sheet.hpp>
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/tally/catalogue.hpp>
#include <suara/tally/explain.hpp>
#include <suara/tally/legislative_rules.hpp>
#include <suara/tally/sheet_rules.hpp>

#include "bimtek.hpp"

namespace {
using namespace suara;
using pm = pemilu_2024;

// The party rows as the tally at the TPS gives them: party-only votes, then candidates 1 to 4.
struct party_row {
    std::uint32_t party_only;
    std::array<std::uint32_t, 4> candidates;
    [[nodiscard]] constexpr std::uint32_t total() const {
        return party_only + candidates[0] + candidates[1] + candidates[2] + candidates[3];
    }
};
constexpr std::array<party_row, 5> tally{{
    {10, {12, 8, 3, 2}},   // 35
    {15, {20, 6, 4, 1}},   // 46
    {7, {11, 5, 2, 0}},    // 25
    {9, {14, 3, 3, 1}},    // 30
    {12, {10, 0, 6, 4}},   // 32: the deceased candidate 2's punches counted for the party
}};

// The DPR sheet of TPS 001 with party 2's total written as `party_2_total`. Administration:
// DPT 210 (104 L, 106 P), DPTb 3, DPK 2; 174 voted; 168 valid, 6 invalid; nothing reported.
constexpr legislative_sheet dpr_sheet(std::uint32_t party_2_total) {
    auto s = legislative_sheet::empty(bimtek::tps_001, kontes::pdpr, dapil_code{"KALTIM"});
    sheet& a = s.admin;
    auto triple = [&](field l, std::uint32_t vl, std::uint32_t vp) {
        a.set_raw(l, vl).set_raw(static_cast<field>(index(l) + 1), vp).set_raw(static_cast<field>(index(l) + 2), vl + vp);
    };
    triple(field::pemilih_dpt_l, 104, 106);
    triple(field::pemilih_dptb_l, 2, 1);
    triple(field::pemilih_dpk_l, 1, 1);
    triple(field::pengguna_dpt_l, 80, 90);
    triple(field::pengguna_dptb_l, 1, 1);
    triple(field::pengguna_dpk_l, 1, 1);
    triple(field::pengguna_total_l, 82, 92);
    triple(field::pemilih_disabilitas_l, 1, 1);
    triple(field::pengguna_disabilitas_l, 1, 0);
    const auto received = static_cast<std::uint32_t>(expected_ballots<pm>(210, 3));
    a.set_raw(field::surat_diterima, received).set_raw(field::surat_digunakan, 174).set_raw(field::surat_dikembalikan, 1);
    a.set_raw(field::surat_tidak_digunakan, received - 175);
    a.set_raw(field::suara_sah, 168).set_raw(field::suara_tidak_sah, 6).set_raw(field::suara_total, 174);
    for (std::size_t f = index(first_incident_field); f < field_count; ++f) a.set_raw(static_cast<field>(f), 0);
    for (std::uint8_t p = 1; p <= 5; ++p) {
        const party_row& row = tally[p - 1U];
        const std::size_t j = s.add_party(party_number{p}, 4);
        s.set_party_votes(j, row.party_only).set_party_total(j, p == 2 ? party_2_total : row.total());
        for (std::size_t c = 0; c < 4; ++c) s.set_candidate_votes(j, c, row.candidates[c]);
    }
    return s;
}

// Checked at compile time as well: the copied sheet fails votes.party_sum, the corrected one
// fires nothing.
static_assert(fired_legislative_rules<pm>(dpr_sheet(64)).contains(rule_id::votes_party_sum));
static_assert(fired_legislative_rules<pm>(dpr_sheet(tally[1].total())).empty());

std::size_t show_findings(const legislative_sheet& s) {
    std::size_t n = 0;
    check_legislative<pm>(s, [&](const finding& f) {
        ++n;
        const rule_info r = describe<pm>(f.rule, f.contest);
        std::cout << "- " << f.key() << " [" << to_string(f.level) << "]\n"
                  << "  ID: " << explain<pm>(f, lang::id) << "\n"
                  << "  EN: " << explain<pm>(f, lang::en) << "\n"
                  << "  angka/figures:";
        for (std::size_t i = 0; i < f.value_count; ++i)
            std::cout << (i ? ", " : " ") << f.values[i].name << ' ' << f.values[i].value;
        std::cout << "\n"
                  << "  dasar/basis: " << basis_text(r.basis) << "\n";
    });
    if (n == 0) std::cout << "tidak ada temuan / no findings\n";
    return n;
}
}  // namespace

int main() {
    bimtek::story("Jumlah suara partai yang tidak cocok / A party total that does not add up");
    std::cout << "-- lembar C.Hasil DPR seperti disalin: jumlah partai 2 ditulis 64 / "
                 "the DPR sheet as copied: party 2's total written as 64 ["
              << pm::name << "]\n";
    const std::size_t copied = show_findings(dpr_sheet(64));
    const party_row& p2 = tally[1];
    std::cout << "\n-- menurut penghitungan di TPS / as the count at the TPS gives it: partai/party 2: "
              << p2.party_only << " + " << p2.candidates[0] << " + " << p2.candidates[1] << " + " << p2.candidates[2]
              << " + " << p2.candidates[3] << " = " << p2.total() << "\n"
              << "  ID: Jumlah partai 2 dibetulkan menjadi " << p2.total()
              << " sesuai penghitungan, sebelum lembar ditandatangani\n"
              << "  EN: Party 2's total is put right as " << p2.total() << ", as counted, before the sheet is signed\n\n";
    std::cout << "-- lembar yang dibetulkan / the corrected sheet [" << pm::name << "]\n";
    const std::size_t corrected = show_findings(dpr_sheet(p2.total()));
    return copied > 0 && corrected == 0 ? 0 : 1;
}
