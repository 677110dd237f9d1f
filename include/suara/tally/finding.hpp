// suara — forwarding header (SUARA_FORWARDING_HEADER): <suara/tally/finding.hpp> moved to
// <suara/form/finding.hpp> in suara 0.3.0, when the headers were put in layers (README, "Layout").
// It is kept for one release and goes in 0.4.0; include the new path.
// Distributed under the Boost Software License, Version 1.0.
#ifndef SUARA_TALLY_FINDING_HPP
#define SUARA_TALLY_FINDING_HPP
#include <suara/form/finding.hpp>
#endif  // SUARA_TALLY_FINDING_HPP
