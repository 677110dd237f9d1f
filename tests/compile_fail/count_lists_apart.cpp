// Claim: participants of two different lists (DPT and DPTb) cannot be added directly; the only
// way to a total is suara::total_participants.
#include <suara/core/count.hpp>
int main() {
    suara::pengguna_count<suara::dpt> a{10};
    suara::pengguna_count<suara::dptb> b{3};
#ifdef SUARA_COMPILE_FAIL
    auto total = a + b;
#else
    auto total = suara::total_participants(a, b, suara::pengguna_count<suara::dpk>{0});
#endif
    return static_cast<int>(total.value());
}
