// Bimtek case: a re-vote decided on day 3, and its last legal day.
//
// Pemilu 2024, TPS 001 Sepinggan. During the count the Pengawas TPS finds that the KPPS opened
// the ballot box before the time and not as the procedure says. That is a ground on which the
// vote must be repeated (UU 7/2017 Pasal 372 ayat (2) huruf a, "wajib"). The KPPS proposes the
// re-vote (PSU), the PPK passes the proposal on, and the KPU Kota Balikpapan decides it on
// 17 February 2024, day 3 after voting day.
//
// The training question: by when must the PSU be held? Pasal 373 ayat (3): at most 10 days
// after voting day, whatever the day of the decision: 24 February 2024, seven days after the
// decision. (The real PSU at Balikpapan's TPS 031, on another ground, was held on 24 February
// 2024, the last legal day.) suara computes the day at compile time from the regime constant.
//
// Under Pilkada 2024 the same ground permits a PSU ("dapat", on a recommendation of Panwaslu
// Kecamatan), decided by the KPU Kabupaten/Kota; its deadline was found in no source read, so
// suara gives no date rather than a guess: the date is the one the KPU decision sets.
#include <suara/incidents/describe.hpp>

#include "bimtek.hpp"

namespace {

template <class R>
void decided_on_day(int day, const suara::incident_report& report) {
    using namespace suara;
    const civil_date voting = R::voting_day.value;
    const civil_date decided = days_after(voting, day);
    std::cout << "-- [" << R::name << "]\n" << describe_incidents<R>(report);
    std::cout << "hari pemungutan suara/voting day: " << to_string(voting) << '\n'
              << "diputuskan/decided: " << to_string(decided) << " (hari ke-" << day << "/day " << day << ")\n";
    const auto& limit = R::psu_path.deadline;
    if (const auto last = limit.value.last_day(voting)) {
        std::cout << "hari terakhir yang sah/last legal day: " << to_string(*last) << " [" << to_string(limit.basis)
                  << "; " << to_string(limit.basis.level) << "]\n"
                  << "sisa waktu setelah keputusan/days left after the decision: " << days_between(decided, *last)
                  << " hari/days\n\n";
    } else {
        std::cout << "hari terakhir yang sah/last legal day: tidak diketahui/unknown [" << to_string(limit.basis) << "; "
                  << to_string(limit.basis.level) << "; " << limit.basis.note << "]\n"
                  << "  ID: Tanggal PSU mengikuti keputusan KPU Kabupaten/Kota; suara tidak menebak batasnya\n"
                  << "  EN: The PSU date is the one the KPU Kabupaten/Kota decides; suara does not guess the limit\n\n";
    }
}

}  // namespace

int main() {
    using namespace suara;
    bimtek::story("PSU diputuskan pada hari ke-3 / A re-vote decided on day 3");
    constexpr incident_report box_opened{.kotak_dibuka = true};
    // the last legal day, as a constant expression
    static_assert(pemilu_2024::psu_path.deadline.value.last_day(pemilu_2024::voting_day.value) == civil_date{2024, 2, 24});
    static_assert(!pilkada_2024::psu_path.deadline.value.known());
    decided_on_day<pemilu_2024>(3, box_opened);
    decided_on_day<pilkada_2024>(3, box_opened);
}
