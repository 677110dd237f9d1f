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
    const arrival who{.nik = "6472014107900002", .documents = {document::ktp_el}, .listed = voter_list::dptb,
                      .listed_at = here, .form_a = samarinda};
#else
    const arrival who{.nik = "6472014107900002", .documents = {document::ktp_el}, .listed = voter_list::dptb,
                      .listed_at = here,
                      .form_a = moving_form::as_written(samarinda, here, {kontes::ppwp, kontes::pdpr, kontes::pdpd})};
#endif
    const tps_state tps{.code = here, .contests = pemilu_2024::kontes_held.value, .now = {11, 0}};
    return static_cast<int>(decide<pemilu_2024>(tps, who).kind);
}
