// Claim: there are three voter lists and no fourth; disability is a row of the form, not a list.
#include <suara/voters/voter_list.hpp>
int main() {
#ifdef SUARA_COMPILE_FAIL
    suara::voter_list_of<suara::disabilitas> wrong;
#else
    suara::voter_list_of<suara::dpk> wrong;
#endif
    return static_cast<int>(wrong.size());
}
