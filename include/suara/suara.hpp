// suara — Indonesian election-day rules at the polling station (TPS), as C++20 types.
// Distributed under the Boost Software License, Version 1.0.
//
// The umbrella header: everything that needs only the C++ standard library and Boost.Hana.
// The Sirekap JSON reader (suara/io/sirekap.hpp) also needs Boost.JSON and is included on its own.
#ifndef SUARA_SUARA_HPP
#define SUARA_SUARA_HPP

#include <suara/version.hpp>

#include <suara/core/category.hpp>
#include <suara/core/citation.hpp>
#include <suara/core/clock.hpp>
#include <suara/core/count.hpp>
#include <suara/core/document.hpp>
#include <suara/core/kontes.hpp>
#include <suara/core/outcome.hpp>
#include <suara/core/text.hpp>
#include <suara/core/tps_code.hpp>

#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>
#include <suara/regimes/regime.hpp>

#include <suara/tally/field.hpp>
#include <suara/tally/finding.hpp>
#include <suara/tally/rule_id.hpp>
#include <suara/tally/sheet.hpp>
#include <suara/tally/sheet_like.hpp>

#include <suara/bulk/batch.hpp>

// SUARA-UMBRELLA: later areas (voters, tally rules, incidents, bulk, io) are listed here.

#endif  // SUARA_SUARA_HPP
