// Claim: a bare integer never becomes a count implicitly.
#include <suara/core/count.hpp>
suara::surat_suara_count f() {
#ifdef SUARA_COMPILE_FAIL
    return 5;
#else
    return suara::surat_suara_count{5};
#endif
}
int main() { return static_cast<int>(f().value()); }
