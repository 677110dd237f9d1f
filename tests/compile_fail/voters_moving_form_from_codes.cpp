// Claim: a moving form cannot be made from TPS codes alone (nor default-constructed): it is made
// only by the named functions that state its ballots, `as_written` or `by_areas<R>`.
#include <suara/regimes/pilkada_2024.hpp>
#include <suara/voters/moving_form.hpp>

int main() {
    using namespace suara;
    constexpr tps_code samarinda = *tps_code::from_number(6472011001007ULL);
    constexpr tps_code here = *tps_code::from_number(6471051002001ULL);
#ifdef SUARA_COMPILE_FAIL
    const moving_form form{samarinda, here};
#else
    const moving_form form = moving_form::by_areas<pilkada_2024>(samarinda, here);
#endif
    return static_cast<int>(form.ballots().size());
}
