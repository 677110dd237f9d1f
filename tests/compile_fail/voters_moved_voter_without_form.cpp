// Claim: a moved-in (DPTb) voter cannot be decided from the TPS codes of origin and destination:
// his ballots come only from a moving form that states them (suara/voters/moving_form.hpp). The
// old way of asking, an origin TPS where the form goes, does not compile.
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/voters/admission.hpp>

int main() {
    using namespace suara;
    constexpr tps_code samarinda = *tps_code::from_number(6472011001007ULL);
    constexpr tps_code here = *tps_code::from_number(6471051002001ULL);
#ifdef SUARA_COMPILE_FAIL
    const arrival who{"6472014107900002", {document::ktp_el}, voter_list::dptb, here, samarinda};
#else
    const arrival who{"6472014107900002", {document::ktp_el}, voter_list::dptb, here,
                      moving_form::as_written(samarinda, here, {kontes::ppwp, kontes::pdpr, kontes::pdpd})};
#endif
    const tps_state tps{here, {}, pemilu_2024::kontes_held.value, {}, {11, 0}};
    return static_cast<int>(decide<pemilu_2024>(tps, who).kind);
}
