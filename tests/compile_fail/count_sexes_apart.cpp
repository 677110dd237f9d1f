// Claim: L and P figures are not added with +; J comes only from suara::sum_of_sexes.
#include <suara/core/count.hpp>
int main() {
    suara::pemilih_count<suara::dpt, suara::sex::l> l{103};
    suara::pemilih_count<suara::dpt, suara::sex::p> p{98};
#ifdef SUARA_COMPILE_FAIL
    auto j = l + p;
#else
    auto j = suara::sum_of_sexes(l, p);
#endif
    return static_cast<int>(j.value());
}
