// Claim: DPT participants plus DPK participants does not compile, and the message points to the
// one way to total the lists, suara::total_participants.
#include <suara/core/count.hpp>
int main() {
    suara::pengguna_count<suara::dpt> dpt_voters{135};
    suara::pengguna_count<suara::dpk> dpk_voters{16};
#ifdef SUARA_COMPILE_FAIL
    auto total = dpt_voters + dpk_voters;
#else
    auto total = suara::total_participants(dpt_voters, suara::pengguna_count<suara::dptb>{0}, dpk_voters);
#endif
    return static_cast<int>(total.value());
}
