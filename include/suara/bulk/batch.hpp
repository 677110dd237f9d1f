// suara — forwarding header (SUARA_FORWARDING_HEADER): <suara/bulk/batch.hpp> moved to
// <suara/form/batch.hpp> in suara 0.3.0, when the headers were put in layers (README, "Layout").
// It is kept for one release and goes in 0.4.0; include the new path.
// Distributed under the Boost Software License, Version 1.0.
#ifndef SUARA_BULK_BATCH_HPP
#define SUARA_BULK_BATCH_HPP
#include <suara/form/batch.hpp>
#endif  // SUARA_BULK_BATCH_HPP
