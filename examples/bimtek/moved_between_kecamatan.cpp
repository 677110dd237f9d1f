// Bimtek case: moved within Balikpapan, from one kecamatan to another (Pemilu 2024).
//
// Pak Yusuf is registered at a TPS of Kelurahan Batu Ampar, Kecamatan Balikpapan Utara, and
// moved his vote to TPS 001 Sepinggan, Kecamatan Balikpapan Selatan, for 14 February 2024. Both
// are in Kota Balikpapan, but Balikpapan draws one DPRD Kota dapil per kecamatan: Balikpapan
// Utara and Balikpapan Selatan are two dapils. His Form A therefore gives the presidential, DPR,
// DPD and DPRD Kaltim ballots (the same province, the same DPR dapil, the same DPRD Kaltim dapil
// of Kota Balikpapan) and not the DPRD Kota ballot: the candidates on the Sepinggan DPRD Kota
// ballot are not his. Same city is not same dapil; a dapil is read from the KPU's dapil table,
// not from the digits of a TPS code.
//
// A KPPS member who hands him the DPRD Kota ballot anyway commits what Bawaslu named among the
// grounds of its PSU recommendations in 2024: a moved voter receiving ballots beyond his form.
// The day refuses it, with its own reason and basis, and records the attempt.
//
// In Pilkada 2024 the same move keeps both ballots: the mayor is elected across the city.
#include <vector>

#include <suara/voters/day.hpp>

#include "bimtek.hpp"

int main() {
    using namespace suara;
    using R = pemilu_2024;
    bimtek::story("Pindah antarkecamatan di Balikpapan / Moved between two kecamatan of Balikpapan");
    const auto batu_ampar = *tps_code::from_number(6471031001004ULL);
    const auto form = bimtek::form_a_to_tps_001<R>(batu_ampar);
    bimtek::show_form<R>(form);
    std::cout << "dapil DPRD Kota: " << *bimtek::kaltim_dapils.dapil_of(kontes::pdprdk, batu_ampar) << " -> "
              << *bimtek::kaltim_dapils.dapil_of(kontes::pdprdk, bimtek::tps_001) << '\n';

    voter_list_of<dpt> dpt_list;
    voter_list_of<dptb> dptb_list;
    dptb_list.add({nik::parse("6471031708800041").value(), "Yusuf", {}, false, bimtek::tps_001});
    std::vector<contest_setup> contests;
    for (auto k : all_kontes)
        if (R::kontes_held.value.contains(k)) contests.push_back({k, 10, 3, false});
    polling_station_day<R> day(bimtek::tps_001, tps_area{6471051002, {{3, 0}, {4, 0}}}, dpt_list, dptb_list, contests,
                               bimtek::tps_002);
    const arrival yusuf{.nik = "6471031708800041", .documents = {document::ktp_el, document::form_a_pindah},
                        .listed = voter_list::dptb, .form_a = form, .arrived = {11, 30}};
    bimtek::show<R>("11:30 Yusuf", day.arrive(yusuf, {11, 30}));
    bimtek::show<R>("11:31 surat suara DPRD Kota? / the DPRD Kota ballot?",
                    day.hand_out("6471031708800041", kontes::pdprdk, {11, 31}));
    std::cout << "surat suara DPRD Kota tersisa/DPRD Kota ballots left: " << day.state().left(kontes::pdprdk) << '\n';

    const auto pilkada_form = bimtek::form_a_to_tps_001<pilkada_2024>(batu_ampar);
    bimtek::show_form<pilkada_2024>(pilkada_form);
}
