// suara — forwarding header (SUARA_FORWARDING_HEADER): <suara/tally/rule_id.hpp> moved to
// <suara/form/rule_id.hpp> in suara 0.3.0, when the headers were put in layers (README, "Layout").
// It is kept for one release and goes in 0.4.0; include the new path.
// Distributed under the Boost Software License, Version 1.0.
#ifndef SUARA_TALLY_RULE_ID_HPP
#define SUARA_TALLY_RULE_ID_HPP
#include <suara/form/rule_id.hpp>
#endif  // SUARA_TALLY_RULE_ID_HPP
