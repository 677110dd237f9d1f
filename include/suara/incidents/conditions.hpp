// suara — forwarding header (SUARA_FORWARDING_HEADER): <suara/incidents/conditions.hpp> moved to
// <suara/law/conditions.hpp> in suara 0.3.0, when the headers were put in layers (README, "Layout").
// It is kept for one release and goes in 0.4.0; include the new path.
// Distributed under the Boost Software License, Version 1.0.
#ifndef SUARA_INCIDENTS_CONDITIONS_HPP
#define SUARA_INCIDENTS_CONDITIONS_HPP
#include <suara/law/conditions.hpp>
#endif  // SUARA_INCIDENTS_CONDITIONS_HPP
