// Claim: a typed setter takes the count its field holds: DPT voters who voted do not go into the
// registered-DPT field (and a bare number needs the field's name, never set_raw's enum).
#include <suara/form/sheet.hpp>
int main() {
    using namespace suara;
    auto s = sheet::empty(*tps_code::from_number(6471051002001ULL), kontes::pkwkk, 2);
    const pengguna_count<dpt, sex::l> voted{62};
#ifdef SUARA_COMPILE_FAIL
    s.set(fields::pemilih_dpt_l, voted);
#else
    s.set(fields::pengguna_dpt_l, voted).set(fields::pemilih_dpt_l, 103);
#endif
    return static_cast<int>(s.figure(field::pemilih_dpt_l) % 7);
}
