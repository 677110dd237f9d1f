// suara — Indonesian election-day rules at the polling station (TPS), as C++20 types.
// Distributed under the Boost Software License, Version 1.0.
//
// The umbrella header: everything that needs only the C++ standard library and Boost.Hana.
#ifndef SUARA_SUARA_HPP
#define SUARA_SUARA_HPP

#include <suara/version.hpp>

// core: the vocabulary
#include <suara/core/category.hpp>
#include <suara/core/citation.hpp>
#include <suara/core/civil_date.hpp>
#include <suara/core/clock.hpp>
#include <suara/core/count.hpp>
#include <suara/core/dapil.hpp>
#include <suara/core/document.hpp>
#include <suara/core/kontes.hpp>
#include <suara/core/list_labels.hpp>
#include <suara/core/outcome.hpp>
#include <suara/core/text.hpp>
#include <suara/core/tps_code.hpp>

// regimes: every constant with its legal basis
#include <suara/regimes/incident_law.hpp>
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>
#include <suara/regimes/regime.hpp>

// voters: NIK, typed lists, admission, the polling-station day
#include <suara/voters/admission.hpp>
#include <suara/voters/day.hpp>
#include <suara/voters/decision.hpp>
#include <suara/voters/describe.hpp>
#include <suara/voters/duplicates.hpp>
#include <suara/voters/moving_form.hpp>
#include <suara/voters/nik.hpp>
#include <suara/voters/voter_list.hpp>

// tally: the results sheet and the rule catalogue
#include <suara/tally/ballot_validity.hpp>
#include <suara/tally/catalogue.hpp>
#include <suara/tally/digit_slip.hpp>
#include <suara/tally/explain.hpp>
#include <suara/tally/field.hpp>
#include <suara/tally/finding.hpp>
#include <suara/tally/identities.hpp>
#include <suara/tally/labels.hpp>
#include <suara/tally/rule_id.hpp>
#include <suara/tally/rules.hpp>
#include <suara/tally/sheet.hpp>
#include <suara/tally/sheet_like.hpp>
#include <suara/tally/verdict.hpp>

// incidents: PSU, recount, continued and follow-up conditions (Boost.Hana)
#include <suara/incidents/condition_set.hpp>
#include <suara/incidents/conditions.hpp>
#include <suara/incidents/report.hpp>

// bulk: columnar validation at national scale, roll-ups, reports
#include <suara/bulk/audit.hpp>
#include <suara/bulk/batch.hpp>
#include <suara/bulk/engine.hpp>
#include <suara/bulk/report.hpp>
#include <suara/bulk/rollup.hpp>
#include <suara/bulk/rollup_input.hpp>
#include <suara/bulk/screen.hpp>
#include <suara/bulk/summary.hpp>
#include <suara/bulk/validator.hpp>

// io: the C.Hasil CSV reader and writer (the Sirekap reader, suara/io/sirekap.hpp, needs
// Boost.JSON and is included on its own; so is the 260 KB embedded data set,
// suara/data/balikpapan_2024.hpp)
#include <suara/io/csv_reader.hpp>
#include <suara/io/csv_writer.hpp>
#include <suara/io/report.hpp>

#endif  // SUARA_SUARA_HPP
