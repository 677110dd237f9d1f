// An invented Pilkada 2024 results sheet, its figures made up, on the real code of TPS 001
// Sepinggan, Balikpapan, where OCR read 826 for the 11 votes written for pair 1; check it,
// explain each finding, and judge an incident report.
#include <suara/suara.hpp>
#include <suara/tally/explain.hpp>
#include <suara/tally/rules.hpp>

#include <iostream>

using namespace suara;

int main() {
    auto s = sheet::empty(*tps_code::parse("6471051002001"), kontes::pkwkk, 2);
    {
        using namespace suara::fields;  // the figures by their names on the form, each a typed tag
        // I. pemilih (registered) and pengguna (voted) by list, L / P / J; then the disabilitas rows
        s.set(pemilih_dpt_l, 103).set(pemilih_dpt_p, 98).set(pemilih_dpt_j, 201);
        s.set(pemilih_dptb_l, 2).set(pemilih_dptb_p, 1).set(pemilih_dptb_j, 3);
        s.set(pemilih_dpk_l, 11).set(pemilih_dpk_p, 5).set(pemilih_dpk_j, 16);
        s.set(pengguna_dpt_l, 62).set(pengguna_dpt_p, 73).set(pengguna_dpt_j, 135);
        s.set(pengguna_dptb_l, 0).set(pengguna_dptb_p, 0).set(pengguna_dptb_j, 0);
        s.set(pengguna_dpk_l, 11).set(pengguna_dpk_p, 5).set(pengguna_dpk_j, 16);
        s.set(pengguna_total_l, 73).set(pengguna_total_p, 78).set(pengguna_total_j, 151);
        s.set(pemilih_disabilitas_l, 2).set(pemilih_disabilitas_p, 1).set(pemilih_disabilitas_j, 3);
        s.set(pengguna_disabilitas_l, 1).set(pengguna_disabilitas_p, 1).set(pengguna_disabilitas_j, 2);
        // II. surat suara; IV. suara
        s.set(surat_diterima, 210).set(surat_digunakan, 151).set(surat_dikembalikan, 2).set(surat_tidak_digunakan, 57);
        s.set(suara_sah, 150).set(suara_tidak_sah, 1).set(suara_total, 151);
    }
    s.set_candidate_votes(0, 826).set_candidate_votes(1, 139);  // 11 written for pair 1, read as 826

    check_sheet<pilkada_2024>(s, [](const finding& f) {
        std::cout << explain<pilkada_2024>(f, lang::id) << '\n' << explain<pilkada_2024>(f, lang::en) << "\n\n";
    });
}

// The incident rules are constexpr: one person who voted twice forces a re-vote (PSU) under
// Pemilu 2024 but not under Pilkada 2024, whose law says "lebih dari seorang" (more than one).
constexpr incident_report one_double_voter{.memilih_ganda = 1};
static_assert(!requires_psu<pilkada_2024>(one_double_voter));
static_assert(requires_psu<pemilu_2024>(one_double_voter));
