// Claim: a sheet's votes are read through a typed field tag; the run-time field enum does not
// select a figure's type, so s.suara(field::pemilih_dpt_j) does not compile (it used to throw).
#include <suara/form/sheet.hpp>
int main() {
    using namespace suara;
    auto s = sheet::empty(*tps_code::from_number(6471051002001ULL), kontes::pkwkk, 2);
    s.set(fields::suara_sah, 150).set(fields::pemilih_dpt_j, 201);
#ifdef SUARA_COMPILE_FAIL
    auto v = s.suara(field::pemilih_dpt_j);
#else
    auto v = s.suara(fields::suara_sah);
#endif
    return v ? static_cast<int>(v->value()) : 0;
}
