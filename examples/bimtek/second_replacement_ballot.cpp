// Bimtek case: a voter asks for a second replacement ballot.
//
// Pak Budi mis-marks his presidential ballot (Pemilu 2024, 14 February 2024), returns it and
// receives a replacement; the KPPS chair records the returned ballot in the minutes. In the
// booth he mis-marks again and asks for another. PKPU 25/2023 Pasal 26 ayat (4): "Penggantian
// surat suara ... hanya dapat dilakukan 1 (satu) kali" — the second request is refused, and he
// votes with the ballot he holds. For Pilkada 2024 the same one-time limit is expected but not
// verified; the basis printed says so.
#include "bimtek.hpp"

int main() {
    using namespace suara;
    bimtek::story("Minta surat suara pengganti kedua / Asking for a second replacement ballot");
    bimtek::show<pemilu_2024>("penggantian pertama / first replacement",
                              decide_replacement<pemilu_2024>(kontes::ppwp, true, 0, 12));
    bimtek::show<pemilu_2024>("penggantian kedua / second replacement",
                              decide_replacement<pemilu_2024>(kontes::ppwp, true, 1, 11));
    bimtek::show<pilkada_2024>("penggantian kedua / second replacement",
                               decide_replacement<pilkada_2024>(kontes::pkwkp, true, 1, 11));
}
