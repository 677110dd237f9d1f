// Claim: the typed vote accessor takes only the vote fields: a voter field's tag does not compile.
#include <suara/form/sheet.hpp>
int main() {
    using namespace suara;
    auto s = sheet::empty(*tps_code::from_number(6471051002001ULL), kontes::pkwkk, 2);
    s.set(fields::suara_sah, 150).set(fields::pemilih_dpt_j, 201);
#ifdef SUARA_COMPILE_FAIL
    auto v = s.suara(fields::pemilih_dpt_j);
#else
    auto v = s.suara(fields::suara_total);
#endif
    return v ? static_cast<int>(v->value()) : 0;
}
