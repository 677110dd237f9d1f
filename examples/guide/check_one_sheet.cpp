// Guide, task 1: check one results sheet.
// A Pemilu 2024 presidential sheet (three pairs) of TPS 001 Sepinggan, Balikpapan, its figures
// invented: the KPPS wrote 53 unused ballots where 209 received, 153 used and 2 returned leave 54.
#include <suara/suara.hpp>

#include <cstddef>
#include <iostream>

int main() {
    using namespace suara;
    auto s = sheet::empty(*tps_code::parse("6471051002001"), kontes::ppwp, 3);
    {
        using namespace suara::fields;  // each figure by its name on the form, a typed tag
        s.set(pemilih_dpt_l, 103).set(pemilih_dpt_p, 98).set(pemilih_dpt_j, 201);
        s.set(pemilih_dptb_l, 2).set(pemilih_dptb_p, 1).set(pemilih_dptb_j, 3);
        s.set(pemilih_dpk_l, 11).set(pemilih_dpk_p, 5).set(pemilih_dpk_j, 16);
        s.set(pengguna_dpt_l, 62).set(pengguna_dpt_p, 73).set(pengguna_dpt_j, 135);
        s.set(pengguna_dptb_l, 1).set(pengguna_dptb_p, 1).set(pengguna_dptb_j, 2);
        s.set(pengguna_dpk_l, 11).set(pengguna_dpk_p, 5).set(pengguna_dpk_j, 16);
        s.set(pengguna_total_l, 74).set(pengguna_total_p, 79).set(pengguna_total_j, 153);
        s.set(pemilih_disabilitas_l, 2).set(pemilih_disabilitas_p, 1).set(pemilih_disabilitas_j, 3);
        s.set(pengguna_disabilitas_l, 1).set(pengguna_disabilitas_p, 1).set(pengguna_disabilitas_j, 2);
        s.set(surat_diterima, 209).set(surat_digunakan, 153).set(surat_dikembalikan, 2).set(surat_tidak_digunakan, 53);
        s.set(suara_sah, 150).set(suara_tidak_sah, 3).set(suara_total, 153);
    }
    s.set_candidate_votes(0, 40).set_candidate_votes(1, 61).set_candidate_votes(2, 49);

    // Read back, each figure is the count it is: DPT voters + DPK voters does not compile; the
    // three lists add up only through total_participants.
    const auto voted = total_participants(*s.pengguna<dpt>(), *s.pengguna<dptb>(), *s.pengguna<dpk>());
    std::cout << "DPT + DPTb + DPK = " << voted.value() << " voters; the sheet says " << s.pengguna<all_lists>()->value()
              << "\n\n";

    // Every finding, in catalogue order, with the figures involved; explain words it.
    check_sheet<pemilu_2024>(s, [](const finding& f) {
        std::cout << explain<pemilu_2024>(f, lang::id) << '\n' << explain<pemilu_2024>(f, lang::en) << '\n';
    });

    // The bulk path asks only which rules fire; it runs the same rules, so it agrees.
    const rule_set fired = fired_rules<pemilu_2024>(s);
    std::cout << "\nfired:";
    for (std::size_t i = 0; i < rule_count; ++i)
        if (fired.contains(static_cast<rule_id>(i))) std::cout << ' ' << rule_keys[i];
    std::cout << '\n';
}
