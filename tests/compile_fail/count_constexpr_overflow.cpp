// Claim: no silent overflow: a sum past the representation is not a constant expression.
#include <suara/core/count.hpp>
#ifdef SUARA_COMPILE_FAIL
constexpr auto n = suara::suara_count{~suara::count_rep{0}} + suara::suara_count{1};
#else
constexpr auto n = suara::suara_count{~suara::count_rep{0} - 1} + suara::suara_count{1};
#endif
int main() { return static_cast<int>(n.value() & 1U); }
