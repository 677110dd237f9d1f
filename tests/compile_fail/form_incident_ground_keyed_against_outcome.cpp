// Claim: an incident ground whose key says one outcome and whose row says another does not
// compile (the same check guards suara::incident_grounds itself).
#include <suara/form/rule_id.hpp>

namespace {
constexpr auto as_shipped = suara::incident_grounds;
#ifdef SUARA_COMPILE_FAIL
// psu.ballot_box_opened entered as a recount ground.
constexpr auto mistaken = [] {
    auto t = suara::incident_grounds;
    t[0].result = suara::outcome::recount;
    return t;
}();
static_assert(suara::check_incident_grounds<mistaken>());
#endif
}  // namespace
static_assert(suara::check_incident_grounds<as_shipped>());
int main() {}
