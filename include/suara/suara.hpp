// suara — Indonesian election-day rules at the polling station (TPS), as C++20 types.
// Distributed under the Boost Software License, Version 1.0.
//
// The umbrella header of the rules: the layers core → form → law → regimes → voters → tally →
// incidents (README, "Layout"). It needs only the C++ standard library and Boost.Hana. The
// bulk engine and the readers have umbrellas of their own, <suara/bulk.hpp> and <suara/io.hpp>,
// because they cost a translation unit several times more to compile than the rules.
#ifndef SUARA_SUARA_HPP
#define SUARA_SUARA_HPP

#include <suara/version.hpp>

// core: the vocabulary of the day (lists, counts, dates, citations, codes)
#include <suara/core/category.hpp>
#include <suara/core/citation.hpp>
#include <suara/core/civil_date.hpp>
#include <suara/core/clock.hpp>
#include <suara/core/count.hpp>
#include <suara/core/dapil.hpp>
#include <suara/core/decision_path.hpp>
#include <suara/core/document.hpp>
#include <suara/core/kontes.hpp>
#include <suara/core/list_labels.hpp>
#include <suara/core/outcome.hpp>
#include <suara/core/text.hpp>
#include <suara/core/tps_code.hpp>

// form: the results sheet (Model C.Hasil), its fields and rule identifiers, the kejadian report
#include <suara/form/field.hpp>
#include <suara/form/finding.hpp>
#include <suara/form/incident_report.hpp>
#include <suara/form/psu_status.hpp>
#include <suara/form/rule_id.hpp>
#include <suara/form/sheet.hpp>
#include <suara/form/sheet_like.hpp>

// law: what a regime is, and the incident conditions it carries
#include <suara/law/condition_set.hpp>
#include <suara/law/conditions.hpp>
#include <suara/law/incident_law.hpp>
#include <suara/law/regime.hpp>
#include <suara/law/regime_list.hpp>

// regimes: Pilkada 2024 and Pemilu 2024, every constant with its legal basis, and their list
#include <suara/regimes/known.hpp>
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>

// voters: NIK, typed lists, admission, the polling-station day
#include <suara/voters/admission.hpp>
#include <suara/voters/day.hpp>
#include <suara/voters/decision.hpp>
#include <suara/voters/describe.hpp>
#include <suara/voters/duplicates.hpp>
#include <suara/voters/moving_form.hpp>
#include <suara/voters/nik.hpp>
#include <suara/voters/voter_list.hpp>

// tally: the rules of the results sheet
#include <suara/tally/ballot_validity.hpp>
#include <suara/tally/legislative_ballot.hpp>
#include <suara/tally/catalogue.hpp>
#include <suara/tally/digit_slip.hpp>
#include <suara/tally/explain.hpp>
#include <suara/tally/identities.hpp>
#include <suara/tally/identity.hpp>
#include <suara/tally/labels.hpp>
#include <suara/tally/rules.hpp>
#include <suara/tally/screen_face.hpp>
#include <suara/tally/sheet_rules.hpp>
#include <suara/tally/verdict.hpp>

// incidents: what an incident report leads to, in words
#include <suara/incidents/describe.hpp>

#endif  // SUARA_SUARA_HPP
