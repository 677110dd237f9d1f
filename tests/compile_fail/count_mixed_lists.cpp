// Claim: DPT participants cannot be added to DPK registrants (different list and kind).
#include <suara/core/count.hpp>
int main() {
    suara::pengguna_count<suara::dpt, suara::sex::l> dpt_users{10};
    suara::pemilih_count<suara::dpk, suara::sex::l> dpk_registered{3};
#ifdef SUARA_COMPILE_FAIL
    auto wrong = dpt_users + dpk_registered;
#else
    auto wrong = dpt_users + dpt_users;
    (void)dpk_registered;
#endif
    return static_cast<int>(wrong.value());
}
