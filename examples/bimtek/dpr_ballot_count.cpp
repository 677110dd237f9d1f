// Bimtek case: counting DPR ballots, the party or one of its candidates.
//
// Evening of 14 February 2024 at TPS 001 Sepinggan, Balikpapan. The KPPS chair holds up each DPR
// ballot of dapil Kalimantan Timur and says aloud for whom it counts; the tally goes on the
// party's rows of the C.Hasil DPR sheet. Five parties are on this training ballot (numbers 1 to
// 5), each with four candidates by nomor urut (a training ballot, not the real one). The KPU's
// announcement posted at the TPS says candidate 2 of party 5 has died: a punch on that
// candidate goes to the party. PKPU 25/2023 Pasal 53 ayat (2), 54 and 55 are known through news
// and KPU summaries (secondary), and two readings conflict (several marks on one ballot): the
// basis printed with each decision says so.
#include <array>
#include <iostream>
#include <string_view>

#include <suara/regimes/pemilu_2024.hpp>
#include <suara/tally/legislative_ballot.hpp>

#include "bimtek.hpp"

namespace {
using namespace suara;
using pm = pemilu_2024;

constexpr party_number party(std::uint8_t n) { return party_number{n}; }
constexpr candidate_number nomor(std::uint8_t n) { return candidate_number{n}; }

constexpr legislative_ballot_layout kaltim_dpr = [] {
    legislative_ballot_layout l{kontes::pdpr};
    for (std::uint8_t p = 1; p <= 5; ++p) l.party(party(p), 4);
    l.strike(party(5), nomor(2));  // died before voting day (the KPU's announcement)
    return l;
}();

void show(std::string_view what, const legislative_ballot& b) {
    const legislative_decision d = judge_legislative_ballot<pm>(b, kaltim_dpr);
    std::cout << "-- " << what << " [" << pm::name << "]\n";
    std::cout << "keputusan/decision: " << (d.valid ? "sah/valid" : "tidak sah/invalid");
    if (d.valid) {
        std::cout << ", partai/party " << int{d.party.value()};
        if (d.for_candidate()) std::cout << ", nomor urut " << int{d.candidate.value()};
        else std::cout << " (suara partai/party vote)";
    }
    std::cout << "\ndasar hukum/basis: " << basis_text(d.basis) << "\nID: " << d.reason.id << "\nEN: " << d.reason.en
              << "\n\n";
}
}  // namespace

int main() {
    bimtek::story("Menghitung surat suara DPR / Counting DPR ballots");
    const std::array<std::pair<std::string_view, legislative_ballot>, 9> stack{{
        {"lambang partai 2 saja / party 2's symbol only", legislative_ballot{}.punch_party(party(2))},
        {"calon nomor urut 3 partai 1 saja / candidate 3 of party 1 only",
         legislative_ballot{}.punch_candidate(party(1), nomor(3))},
        {"partai 4 dan calon nomor urut 1-nya / party 4 and its candidate 1",
         legislative_ballot{}.punch_party(party(4)).punch_candidate(party(4), nomor(1))},
        {"calon nomor urut 1 dan 2 partai 1 / candidates 1 and 2 of party 1",
         legislative_ballot{}.punch_candidate(party(1), nomor(1)).punch_candidate(party(1), nomor(2))},
        {"calon nomor urut 2 partai 5, meninggal dunia / candidate 2 of party 5, deceased",
         legislative_ballot{}.punch_candidate(party(5), nomor(2))},
        {"garis di antara dua calon partai 3 / the line between two candidates of party 3",
         legislative_ballot{}.punch(legislative_mark::between_candidates(party(3)))},
        {"partai 1 dan partai 2 / party 1 and party 2", legislative_ballot{}.punch_party(party(1)).punch_party(party(2))},
        {"calon partai 2 dan calon partai 3 / a candidate of party 2 and one of party 3",
         legislative_ballot{}.punch_candidate(party(2), nomor(1)).punch_candidate(party(3), nomor(4))},
        {"tidak dicoblos / not marked", legislative_ballot{}},
    }};
    std::array<legislative_ballot, stack.size()> ballots{};
    for (std::size_t i = 0; i < stack.size(); ++i) {
        show(stack[i].first, stack[i].second);
        ballots[i] = stack[i].second;
    }

    // The party rows of the sheet: party-only votes, each candidate, and the total, which must
    // equal party-only + the candidates (the form's own identity); Σ totals = suara sah.
    const legislative_count c = count_legislative_ballots<pm>(kaltim_dpr, ballots);
    std::cout << "== Lembar C.Hasil DPR / The DPR results sheet ==\n";
    for (std::uint8_t p = 1; p <= 5; ++p) {
        const party_tally t = c.party(party(p));
        std::cout << "partai/party " << int{p} << ": suara partai/party only " << t.party_only;
        for (std::uint8_t n = 1; n <= kaltim_dpr.candidates(party(p)); ++n)
            std::cout << ", no. " << int{n} << (kaltim_dpr.is_struck(party(p), nomor(n)) ? " (meninggal/deceased)" : "")
                      << ' ' << t.candidate(nomor(n));
        std::cout << "; jumlah/total " << t.total << (t.adds_up() ? " (= partai + calon / party + candidates)" : " (!)")
                  << '\n';
    }
    std::cout << "suara sah/valid " << c.valid << ", suara tidak sah/invalid " << c.invalid << ", jumlah/total "
              << c.valid + c.invalid << '\n';
    std::cout << "jumlah suara partai = suara sah / party totals = valid votes: "
              << (c.consistent() ? "ya/yes" : "tidak/no") << '\n';

    // The secretary copies party 1's row onto the sheet and writes its total as 5: the row no
    // longer adds up, and the count above says which figure is right.
    party_tally copied = c.party(party(1));
    copied.total = 5;
    std::cout << "\n== Baris partai 1 yang disalin / Party 1's row as copied ==\n"
              << "suara partai/party only " << copied.party_only << " + calon/candidates " << copied.candidate_sum()
              << " = " << copied.party_only + copied.candidate_sum() << ", tertulis/written " << copied.total << ": "
              << (copied.adds_up() ? "cocok/adds up" : "tidak cocok/does not add up") << '\n'
              << "dasar/basis: susunan formulir C.Hasil DPR (jumlah = suara partai + suara calon) / "
                 "the form's own layout (total = party only + candidates) [derived]\n";
    return c.consistent() && !copied.adds_up() && c.rejected == 0 ? 0 : 1;
}
