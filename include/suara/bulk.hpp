// suara — the umbrella header of bulk validation: the columnar batch, the national engine
// (regime per contest, column screen, threads), roll-ups by region, the audit report's summary
// and writers. It includes <suara/suara.hpp> and <suara/io.hpp>: the engine checks what the
// readers fill.
// Distributed under the Boost Software License, Version 1.0.
#ifndef SUARA_BULK_HPP
#define SUARA_BULK_HPP

#include <suara/suara.hpp>
#include <suara/io.hpp>

#include <suara/bulk/action_list.hpp>
#include <suara/bulk/action_records.hpp>
#include <suara/bulk/ballot_labels.hpp>
#include <suara/bulk/engine.hpp>
#include <suara/bulk/legislative.hpp>
#include <suara/bulk/provenance.hpp>
#include <suara/bulk/report.hpp>
#include <suara/bulk/rollup.hpp>
#include <suara/bulk/rollup_input.hpp>
#include <suara/bulk/rollup_table.hpp>
#include <suara/bulk/scrape_diff.hpp>
#include <suara/bulk/screen.hpp>
#include <suara/bulk/summary.hpp>
#include <suara/bulk/tuning.hpp>
#include <suara/bulk/validator.hpp>

#endif  // SUARA_BULK_HPP
