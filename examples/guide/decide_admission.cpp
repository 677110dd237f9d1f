// Guide, task 2: decide an admission.
// TPS 001 Sepinggan on Pemilu 2024's voting day. Two people come to the door: Ibu Siti, on this
// TPS's DPT, at 09:10 with her KTP-el; Pak Agus, on no list, living in RT 2 / RW 3 (which this
// TPS serves), at 11:45 and again at 12:00. decide says what the KPPS does, and why.
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/voters/admission.hpp>
#include <suara/voters/describe.hpp>

#include <iostream>

int main() {
    using namespace suara;
    constexpr auto tps_001 = *tps_code::from_number(6471051002001ULL);
    auto tps_at = [&](clock_time now) {
        tps_state t{.code = tps_001,
                    .area = tps_area{6471051002, {{.rw = 3, .rt = 0}, {.rw = 4, .rt = 0}}},  // RT 0: every RT of the RW
                    .contests = pemilu_2024::kontes_held.value,
                    .now = now};
        for (kontes k : all_kontes) t.set_left(k, 40);  // ballots still in hand, per contest
        return t;
    };

    const arrival siti{.nik = "6471054107900002",
                       .documents = {document::ktp_el},
                       .listed = voter_list::dpt,
                       .listed_at = tps_001,
                       .arrived = {9, 10}};
    const arrival agus{.nik = "6471050912060004",
                       .documents = {document::ktp_el},
                       .address = {.village = 6471051002, .rw = 3, .rt = 2},
                       .arrived = {11, 45}};

    std::cout << "-- Siti, 09:10\n" << describe(decide<pemilu_2024>(tps_at({9, 10}), siti)) << '\n';
    std::cout << "-- Agus, 11:45\n" << describe(decide<pemilu_2024>(tps_at({11, 45}), agus)) << '\n';
    std::cout << "-- Agus, 12:00\n" << describe(decide<pemilu_2024>(tps_at({12, 0}), agus)) << '\n';
}
