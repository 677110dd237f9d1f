// Claim: a non-regime given as the regime of an admission decision fails on the caller's line as
// "regime<R> not satisfied", with no error from inside the voters headers.
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/voters/admission.hpp>
int main() {
    using namespace suara;
    constexpr tps_state tps{};
    constexpr arrival who{.nik = "6471051203900001", .documents = {document::ktp_el}};
#ifdef SUARA_COMPILE_FAIL
    return static_cast<int>(decide<int>(tps, who).kind);
#else
    return static_cast<int>(decide<pemilu_2024>(tps, who).kind);
#endif
}
