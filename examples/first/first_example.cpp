// An invented Pilkada 2024 results sheet, its figures made up, on the real code of TPS 001
// Sepinggan, Balikpapan, where OCR read 826 for the 11 votes written for pair 1; check it,
// explain each finding, and judge an incident report.
#include <suara/suara.hpp>
#include <suara/tally/explain.hpp>
#include <suara/tally/rules.hpp>

#include <cstddef>
#include <cstdint>
#include <iostream>
#include <iterator>

using namespace suara;

int main() {
    auto s = sheet::empty(*tps_code::parse("6471051002001"), kontes::pkwkk, 2);
    // The administration section in form order: pemilih DPT/DPTb/DPK (L, P, J), pengguna DPT/DPTb/
    // DPK/total, disabilitas; surat suara diterima/digunakan/dikembalikan/tidak digunakan; suara.
    constexpr std::uint32_t written[] = {103, 98, 201, 2, 1, 3, 11, 5, 16, 62, 73, 135, 0, 0, 0, 11, 5, 16, 73, 78, 151,
                                         2, 1, 3, 1, 1, 2, 210, 151, 2, 57, 150, 1, 151};
    for (std::size_t i = 0; i < std::size(written); ++i) s.set(static_cast<field>(i), written[i]);
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
