// Claim: a message template with a token that names no list does not compile when a table of
// messages is rendered at compile time (the typo cannot reach a person).
#include <suara/core/list_labels.hpp>
#include <suara/regimes/pemilu_2024.hpp>
#ifdef SUARA_COMPILE_FAIL
constexpr auto rendered = suara::render_labels<64>("pengguna {dpkk}", suara::pemilu_2024::labels.value);
#else
constexpr auto rendered = suara::render_labels<64>("pengguna {dpk}", suara::pemilu_2024::labels.value);
#endif
int main() { return static_cast<int>(rendered.size); }
