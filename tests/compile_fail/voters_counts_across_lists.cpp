// Claim: the registered counts a list yields are typed by that list: DPT men plus DPK men does
// not compile (the only total is total_registered / total_participants).
#include <suara/voters/voter_list.hpp>
int main() {
    using namespace suara;
    const auto code = *tps_code::from_number(6471051002001ULL);
    voter_list_of<dpt> registered;
    voter_list_of<dpk> unregistered;
#ifdef SUARA_COMPILE_FAIL
    auto men = registered.registered<sex::l>(code) + unregistered.registered<sex::l>(code);
#else
    auto men = registered.registered<sex::l>(code) + registered.registered<sex::l>(code);
    (void)unregistered;
#endif
    return static_cast<int>(men.value());
}
