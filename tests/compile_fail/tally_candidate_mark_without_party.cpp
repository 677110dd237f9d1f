// Claim: a mark on a candidate names the candidate's party (every party's list starts at nomor
// urut 1, so a number alone names no one); without it the call fails on the caller's line and
// the message names misuse::candidate_mark_needs_its_party.
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/tally/legislative_ballot.hpp>
int main() {
    using namespace suara;
    const auto layout = legislative_ballot_layout{kontes::pdpr}.party(party_number{1}, 3);
#ifdef SUARA_COMPILE_FAIL
    const auto b = legislative_ballot{}.punch_candidate(candidate_number{2});  // which party's candidate 2?
#else
    const auto b = legislative_ballot{}.punch_candidate(party_number{1}, candidate_number{2});
#endif
    return judge_legislative_ballot<pemilu_2024>(b, layout).valid ? 0 : 1;
}
