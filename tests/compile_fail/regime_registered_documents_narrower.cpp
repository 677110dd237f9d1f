// Claim: a regime that accepts fewer documents from a registered voter than from an unregistered
// one does not compile (check_regime: identity_documents must include dpk_address_documents),
// user regimes included.
#include <suara/regimes/pilkada_2024.hpp>

// HYPOTHETICAL: not law. A made-up regime that would refuse a registered voter's Biodata Penduduk
// while admitting an unregistered voter with it.
struct pilkada_2029 : suara::pilkada_2024 {
    static constexpr std::string_view name = "pilkada-2029";
#ifdef SUARA_COMPILE_FAIL
    static constexpr suara::cited<suara::document_set> identity_documents{
        {suara::document::ktp_el, suara::document::suket}, {.law = "UU x/2029 (hypothetical)"}};
#else
    static constexpr suara::cited<suara::document_set> dpk_address_documents{
        {suara::document::ktp_el, suara::document::suket}, {.law = "UU x/2029 (hypothetical)"}};
#endif
};
static_assert(suara::check_regime<pilkada_2029>());
int main() {}
