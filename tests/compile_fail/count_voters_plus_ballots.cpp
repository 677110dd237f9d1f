// Claim: voters and ballots are different dimensions; adding them does not compile.
#include <suara/core/count.hpp>
int main() {
    suara::pengguna_count<suara::all_lists> voters{151};
    suara::surat_suara_count ballots{3};
#ifdef SUARA_COMPILE_FAIL
    auto wrong = voters + ballots;
#else
    auto wrong = suara::ballots_accounted_for(voters) + ballots;
#endif
    return static_cast<int>(wrong.value());
}
