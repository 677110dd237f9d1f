// suara — forwarding header (SUARA_FORWARDING_HEADER): <suara/incidents/condition_set.hpp> moved to
// <suara/law/condition_set.hpp> in suara 0.3.0, when the headers were put in layers (README, "Layout").
// It is kept for one release and goes in 0.4.0; include the new path.
// Distributed under the Boost Software License, Version 1.0.
#ifndef SUARA_INCIDENTS_CONDITION_SET_HPP
#define SUARA_INCIDENTS_CONDITION_SET_HPP
#include <suara/law/condition_set.hpp>
#endif  // SUARA_INCIDENTS_CONDITION_SET_HPP
