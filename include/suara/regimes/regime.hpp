// suara — forwarding header (SUARA_FORWARDING_HEADER): <suara/regimes/regime.hpp> moved to
// <suara/law/regime.hpp> in suara 0.3.0, when the headers were put in layers (README, "Layout").
// It is kept for one release and goes in 0.4.0; include the new path.
// Distributed under the Boost Software License, Version 1.0.
#ifndef SUARA_REGIMES_REGIME_HPP
#define SUARA_REGIMES_REGIME_HPP
#include <suara/law/regime.hpp>
#endif  // SUARA_REGIMES_REGIME_HPP
