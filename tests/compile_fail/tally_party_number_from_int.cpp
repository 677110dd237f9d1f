// Claim: party and candidate numbers are their own types: a bare int, or the two swapped, does
// not compile (party 2's candidate 1 is not party 1's candidate 2).
#include <suara/tally/legislative_ballot.hpp>
int main() {
    using namespace suara;
#ifdef SUARA_COMPILE_FAIL
    const auto b = legislative_ballot{}.punch_candidate(candidate_number{1}, party_number{2});
#else
    const auto b = legislative_ballot{}.punch_candidate(party_number{2}, candidate_number{1});
#endif
    return b.mark_count == 1 ? 0 : 1;
}
