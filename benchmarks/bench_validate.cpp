// suara benchmarks — in-memory validation of a national batch beside its memory floor.
// Distributed under the Boost Software License, Version 1.0.
//
// Data: the national CSV named by SUARA_NATIONAL_CSV (run.sh generates it), read once before
// timing; without it, a synthetic batch of the same size (820,161 sheets) with a few percent of
// sheets made inconsistent. The floor is a pass that reads exactly the columns validation reads
// (every figure column, the candidate columns, the blank column and its flags, codes, contests
// and candidate counts) and sums them: validation cannot be faster than that, so validation
// time / floor time says how much the rules cost.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include <suara/form/batch.hpp>
#include <suara/bulk/engine.hpp>
#include <suara/bulk/legislative.hpp>
#include <suara/bulk/validator.hpp>
#include <suara/io/csv_reader.hpp>

#include "synthetic.hpp"

namespace {

using namespace suara;

const sheet_batch& national() {
    static const sheet_batch batch = [] {
        if (const char* path = std::getenv("SUARA_NATIONAL_CSV"); path != nullptr && *path != '\0') {
            auto r = io::read_csv_file(path);
            std::cerr << "bench_validate: " << r.sheets.size() << " sheets from " << path << " ("
                      << r.report.summary.rejected << " rejected)\n";
            return std::move(r.sheets);
        }
        std::cerr << "bench_validate: SUARA_NATIONAL_CSV not set, synthetic batch of 820,161 sheets\n";
        return bench::synthetic(820'161);
    }();
    return batch;
}

unsigned threads_of(const benchmark::State& state) {
    const auto t = static_cast<unsigned>(state.range(0));
    return t != 0 ? t : std::max(1U, std::thread::hardware_concurrency());
}

void BM_validate(benchmark::State& state) {
    const auto& b = national();
    const unsigned threads = threads_of(state);
    std::uint64_t findings = 0;
    for (auto _ : state) {
        bulk_validator<contest_engine> v{contest_engine{}, validate_options{threads, rule_set::all()}};
        std::uint64_t n = 0;
        v.feed(b, [&](const finding&, std::size_t) { ++n; });
        benchmark::DoNotOptimize(n);
        findings = n;
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * b.size()));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * b.column_bytes()));
    state.counters["threads"] = threads;
    state.counters["sheets"] = static_cast<double>(b.size());
    state.counters["findings"] = static_cast<double>(findings);
}

// The legislative sheets of the same TPS (synthetic_legislative: pdpr, pdprdp, pdprdk with 18
// parties of 1-10 candidates, pdpd with 20-50 candidates), checked row by row and across the
// five contests of each TPS (the PPWP sheet of national() joins). Items are legislative sheets.
// SUARA_LEGISLATIVE_TPS caps the TPS (a quick run); default all of national().
const legislative_batch& national_legislative() {
    static const legislative_batch batch = [] {
        const auto& ppwp = national();
        std::size_t n = ppwp.size();
        if (const char* cap = std::getenv("SUARA_LEGISLATIVE_TPS"); cap != nullptr && *cap != '\0')
            n = std::min<std::size_t>(n, std::strtoull(cap, nullptr, 10));
        sheet_batch first;
        first.reserve(n);
        for (std::size_t i = 0; i < n; ++i) first.push_back(ppwp.at(i));
        auto b = bench::synthetic_legislative(first);
        std::cerr << "bench_validate: " << b.size() << " legislative sheets of " << n << " TPS (synthetic)\n";
        return b;
    }();
    return batch;
}

void BM_validate_legislative(benchmark::State& state) {
    const auto& ppwp = national();
    const auto& leg = national_legislative();
    const unsigned threads = threads_of(state);
    std::uint64_t findings = 0;
    const contest_engine engine{};
    legislative_options o;
    o.threads = threads;
    for (auto _ : state) {
        std::uint64_t n = 0;
        audit_summary s;
        validate_legislative_with(
            leg, &ppwp, [&](kontes k, auto&& fn) { return engine.visit(k, fn); }, o, [&](const finding&, legislative_place) { ++n; }, s);
        benchmark::DoNotOptimize(n);
        findings = n;
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * leg.size()));
    state.counters["threads"] = threads;
    state.counters["sheets"] = static_cast<double>(leg.size());
    state.counters["findings"] = static_cast<double>(findings);
}

// The same columns, summed: what any validation must at least read.
std::uint64_t floor_part(const sheet_batch& b, std::size_t begin, std::size_t end) {
    std::uint64_t s = 0;
    for (std::size_t f = 0; f < field_count; ++f) {
        const auto col = b.column(static_cast<field>(f));
        for (std::size_t i = begin; i < end; ++i) s += col[i];
    }
    for (std::size_t c = 0; c < b.candidate_columns(); ++c) {
        const auto col = b.candidate_column(c);
        for (std::size_t i = begin; i < end; ++i) s += col[i];
    }
    const auto blank = b.blank_column();
    const auto codes = b.codes();
    const auto contests = b.contests();
    const auto counts = b.candidate_counts();
    const auto blank_flags = b.blank_flags();
    for (std::size_t i = begin; i < end; ++i)
        s += blank[i] + codes[i].number() + static_cast<std::uint64_t>(contests[i]) + counts[i] + blank_flags[i];
    return s;
}

void BM_floor(benchmark::State& state) {
    const auto& b = national();
    const unsigned threads = threads_of(state);
    for (auto _ : state) {
        std::vector<std::uint64_t> sums(threads);
        {
            std::vector<std::jthread> workers;
            const std::size_t per = (b.size() + threads - 1) / threads;
            for (unsigned t = 1; t < threads; ++t)
                workers.emplace_back([&, t] {
                    sums[t] = floor_part(b, std::min(b.size(), t * per), std::min(b.size(), (t + 1) * per));
                });
            sums[0] = floor_part(b, 0, std::min(b.size(), per));
        }
        std::uint64_t total = 0;
        for (auto s : sums) total += s;
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * b.size()));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * b.column_bytes()));
    state.counters["threads"] = threads;
}

}  // namespace

// Arg: threads (0 = all cores).
BENCHMARK(BM_validate)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_validate_legislative)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_floor)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond)->UseRealTime();

BENCHMARK_MAIN();
