// suara — forwarding header (SUARA_FORWARDING_HEADER): <suara/regimes/incident_law.hpp> moved to
// <suara/law/incident_law.hpp> in suara 0.3.0, when the headers were put in layers (README, "Layout").
// It is kept for one release and goes in 0.4.0; include the new path.
// Distributed under the Boost Software License, Version 1.0.
#ifndef SUARA_REGIMES_INCIDENT_LAW_HPP
#define SUARA_REGIMES_INCIDENT_LAW_HPP
#include <suara/law/incident_law.hpp>
#endif  // SUARA_REGIMES_INCIDENT_LAW_HPP
