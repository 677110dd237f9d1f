// Claim: a figure is not written by run-time field and bare number under the short name: set()
// takes a typed tag, and the untyped write is spelled set_raw.
#include <suara/form/sheet.hpp>
int main() {
    using namespace suara;
    auto s = sheet::empty(*tps_code::from_number(6471051002001ULL), kontes::pkwkk, 2);
#ifdef SUARA_COMPILE_FAIL
    s.set(field::pemilih_dpt_l, 103U);
#else
    s.set_raw(field::pemilih_dpt_l, 103U);
#endif
    return static_cast<int>(s.figure(field::pemilih_dpt_l) % 7);
}
