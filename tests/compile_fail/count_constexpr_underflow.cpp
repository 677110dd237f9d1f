// Claim: no silent wrap-around: a count going below zero is not a constant expression.
#include <suara/core/count.hpp>
#ifdef SUARA_COMPILE_FAIL
constexpr auto left = suara::surat_suara_count{3} - suara::surat_suara_count{4};
#else
constexpr auto left = suara::surat_suara_count{4} - suara::surat_suara_count{3};
#endif
int main() { return static_cast<int>(left.value()); }
