// suara — the umbrella header of the readers and writers of the C.Hasil CSV (PPWP and Pilkada
// sheets; legislative sheets in their long format), filling and draining the columnar batches
// (<suara/form/batch.hpp>, <suara/form/legislative_batch.hpp>). The Sirekap JSON reader,
// <suara/io/sirekap.hpp>, needs Boost.JSON (the `suara::sirekap` target) and is included on
// its own.
// Distributed under the Boost Software License, Version 1.0.
#ifndef SUARA_IO_HPP
#define SUARA_IO_HPP

#include <suara/form/batch.hpp>
#include <suara/io/csv_reader.hpp>
#include <suara/io/csv_writer.hpp>
#include <suara/io/legislative_csv_reader.hpp>
#include <suara/io/legislative_csv_writer.hpp>
#include <suara/io/report.hpp>

#endif  // SUARA_IO_HPP
