// suara benchmarks — reading input: the C.Hasil CSV reader and the Sirekap JSON reader.
// Distributed under the Boost Software License, Version 1.0.
//
// CSV: the national CSV named by SUARA_NATIONAL_CSV (else a synthetic one written with
// io::write_csv), held in memory and fed to the streaming reader in 4 MiB blocks, exactly as
// suara-audit feeds it, batches of 16,384 rows (the default) delivered and dropped. Figures: bytes/s and
// rows/s on one core (the reader is sequential), with the CPU's row parser (AVX-512 where the
// CPU has it: counter avx512 = 1) and with the baseline one; and on every core.
// Sirekap: the 1,000 real records of data/sirekap, held in memory, each parsed into a
// sheet (Boost.JSON with a monotonic buffer).
// Digest (every report gives each input's SHA-256): OpenSSL's SHA-256 of the national
// CSV on one core, and the national CSV audited in process as suara-audit does it (mapped, every
// core, jsonl findings written to memory) without and with its SHA-256, so that the difference
// is what the digest costs end to end.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "audit_run.hpp"
#include <suara/detail/threads.hpp>
#include <suara/io/csv_reader.hpp>
#include <suara/io/csv_writer.hpp>
#ifdef SUARA_BENCH_SIREKAP
#include <suara/io/sirekap.hpp>
#endif

#include "synthetic.hpp"
#ifdef SUARA_BENCH_DIGEST
#include "tool_support.hpp"  // OpenSSL's SHA-256, as suara-audit uses it
#endif

namespace {

using namespace suara;

const std::string& national_csv() {
    static const std::string text = [] {
        if (const char* path = std::getenv("SUARA_NATIONAL_CSV"); path != nullptr && *path != '\0') {
            std::ifstream in(path, std::ios::binary);
            std::string t{std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
            std::cerr << "bench_io: " << t.size() << " bytes from " << path << '\n';
            return t;
        }
        std::ostringstream out;
        io::write_csv(out, bench::synthetic(820'161));
        std::cerr << "bench_io: SUARA_NATIONAL_CSV not set, synthetic CSV of " << out.str().size() << " bytes\n";
        return out.str();
    }();
    return text;
}

// A file holding the national CSV (SUARA_NATIONAL_CSV, else the synthetic one written out once).
const std::string& national_csv_path() {
    static const std::string path = [] {
        if (const char* p = std::getenv("SUARA_NATIONAL_CSV"); p != nullptr && *p != '\0') return std::string{p};
        const auto tmp = std::filesystem::temp_directory_path() / "suara-bench-national.csv";
        std::ofstream(tmp, std::ios::binary) << national_csv();
        return tmp.string();
    }();
    return path;
}

// Reads the national CSV fed in `block`-byte pieces; the counters say what was read.
void parse_national(benchmark::State& state, const io::csv_options& opts, std::size_t block) {
    const auto& text = national_csv();
    std::size_t rows = 0;
    std::size_t rejected = 0;
    bool avx512 = false;
    for (auto _ : state) {
        io::csv_reader r{"national.csv", opts};
        std::size_t n = 0;
        auto on_batch = [&](sheet_batch& b) { n += b.size(); };
        for (std::size_t off = 0; off < text.size(); off += block)
            r.feed(std::string_view{text}.substr(off, block), on_batch);
        r.finish(on_batch);
        benchmark::DoNotOptimize(n);
        rows = n;
        rejected = r.report().summary.rejected;
        avx512 = r.uses_avx512();
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * rows));
    state.counters["rows"] = static_cast<double>(rows);
    state.counters["rejected"] = static_cast<double>(rejected);
    state.counters["threads"] = static_cast<double>(opts.parse_threads == 0 ? 1 : opts.parse_threads);
    state.counters["avx512"] = avx512 ? 1 : 0;
}

// One core: rows parsed as they are fed, in 4 MiB blocks (the reader's default).
void BM_csv_parse(benchmark::State& state) { parse_national(state, {}, std::size_t{4} << 20); }
BENCHMARK(BM_csv_parse)->Unit(benchmark::kMillisecond)->UseRealTime();

// One core, the baseline row parser (SSE2 only): what a CPU without AVX-512 gets.
void BM_csv_parse_baseline(benchmark::State& state) {
    io::csv_options opts;
    opts.isa = io::csv_isa::baseline;
    parse_national(state, opts, std::size_t{4} << 20);
}
BENCHMARK(BM_csv_parse_baseline)->Unit(benchmark::kMillisecond)->UseRealTime();

// Every core (csv_options::parse_threads), fed as suara-audit feeds a mapped file: 32 MiB blocks,
// 1 MiB slices, rows delivered in file order.
void BM_csv_parse_all_cores(benchmark::State& state) {
    io::csv_options opts;
    opts.parse_threads = suara::detail::resolve_threads(0);
    parse_national(state, opts, mapped_block_bytes);
}
BENCHMARK(BM_csv_parse_all_cores)->Unit(benchmark::kMillisecond)->UseRealTime();

#ifdef SUARA_BENCH_DIGEST
// SHA-256 of the national CSV on one core, in the 32 MiB blocks suara-audit digests.
void BM_sha256(benchmark::State& state) {
    const std::string_view text = national_csv();
    for (auto _ : state) {
        tool::sha256_digest d;
        for (std::size_t off = 0; off < text.size(); off += mapped_block_bytes) d.update(text.substr(off, mapped_block_bytes));
        benchmark::DoNotOptimize(d.finish());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_sha256)->Unit(benchmark::kMillisecond)->UseRealTime();

// The national CSV audited in process (run_audit as suara-audit calls it, every core), without
// (0) and with (1) the SHA-256 of the input.
void BM_audit_national(benchmark::State& state) {
    audit_options o;
    o.inputs = {national_csv_path()};
    o.output = output_format::jsonl;
    o.quiet = true;
    o.run_time = 0;
    audit_sources sources;
    if (state.range(0) != 0) sources.digest = tool::sha256();
    std::size_t bytes = 0;
    for (auto _ : state) {
        std::ostringstream out, err;
        const int status = run_audit(o, sources, out, err);
        benchmark::DoNotOptimize(status);
        bytes = out.str().size();
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * std::filesystem::file_size(o.inputs[0])));
    state.counters["report_bytes"] = static_cast<double>(bytes);
    state.counters["digest"] = static_cast<double>(state.range(0));
}
BENCHMARK(BM_audit_national)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();
#endif

#ifdef SUARA_BENCH_SIREKAP
struct record {
    std::string source;
    std::string json;
    tps_code code;
    kontes contest;
};

const std::vector<record>& sirekap_records() {
    static const std::vector<record> records = [] {
        std::vector<record> out;
        const std::filesystem::path root = std::filesystem::path{SUARA_DATA_DIR} / "sirekap";
        std::vector<std::filesystem::path> files;
        for (const auto& e : std::filesystem::recursive_directory_iterator{root})
            if (e.is_regular_file() && e.path().extension() == ".json") files.push_back(e.path());
        std::sort(files.begin(), files.end());
        for (const auto& f : files) {
            const auto info = io::parse_sirekap_path(f);
            if (info.error) continue;
            std::ifstream in(f, std::ios::binary);
            out.push_back({f.string(), std::string{std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}},
                           *info.code, *info.contest});
        }
        return out;
    }();
    return records;
}

void BM_sirekap_parse(benchmark::State& state) {
    const auto& records = sirekap_records();
    std::size_t bytes = 0;
    for (const auto& r : records) bytes += r.json.size();
    for (auto _ : state) {
        io::sirekap_reader reader;
        reader.reserve(records.size());  // as read_directory does with its file count
        for (const auto& r : records) reader.parse(r.json, r.code, r.contest, r.source);
        benchmark::DoNotOptimize(reader.result().sheets.size());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * records.size()));
    state.counters["files"] = static_cast<double>(records.size());
}
BENCHMARK(BM_sirekap_parse)->Unit(benchmark::kMillisecond)->UseRealTime();

// The same records through the Boost.JSON DOM path alone (the reader before simdjson, and still
// the reference for rejections): the figure the fast path is measured against.
void BM_sirekap_parse_boost_dom(benchmark::State& state) {
    const auto& records = sirekap_records();
    std::size_t bytes = 0;
    for (const auto& r : records) bytes += r.json.size();
    for (auto _ : state) {
        io::sirekap_reader reader;
        reader.reserve(records.size());
        for (const auto& r : records) reader.parse_with_dom(r.json, r.code, r.contest, r.source);
        benchmark::DoNotOptimize(reader.result().sheets.size());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * records.size()));
}
BENCHMARK(BM_sirekap_parse_boost_dom)->Unit(benchmark::kMillisecond)->UseRealTime();

#ifdef SUARA_SIREKAP_SIMDJSON
// The floor: simdjson's DOM parse of each record and nothing else (no field read, no row).
void BM_sirekap_simdjson_floor(benchmark::State& state) {
    const auto& records = sirekap_records();
    std::size_t bytes = 0;
    for (const auto& r : records) bytes += r.json.size();
    simdjson::dom::parser parser;
    for (auto _ : state) {
        std::size_t ok = 0;
        for (const auto& r : records) {
            simdjson::dom::element e;
            ok += parser.parse(r.json.data(), r.json.size()).get(e) == simdjson::SUCCESS;
        }
        benchmark::DoNotOptimize(ok);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * records.size()));
}
BENCHMARK(BM_sirekap_simdjson_floor)->Unit(benchmark::kMillisecond)->UseRealTime();
#endif

// One pass over the records, for an instruction count (`bench_io --sirekap-pass reader|boost_dom`
// under valgrind --tool=callgrind --toggle-collect='*sirekap_pass_once*'; benchmarks/run.sh):
// instructions per byte do not depend on how loaded the machine is.
[[gnu::noinline]] std::size_t sirekap_pass_once(bool boost_dom) {
    const auto& records = sirekap_records();
    io::sirekap_reader reader;
    reader.reserve(records.size());
    for (const auto& r : records) {
        if (boost_dom) reader.parse_with_dom(r.json, r.code, r.contest, r.source);
        else reader.parse(r.json, r.code, r.contest, r.source);
    }
    return reader.result().sheets.size();
}

int sirekap_pass(std::string_view kind) {
    if (kind != "reader" && kind != "boost_dom") return 2;
    std::size_t bytes = 0;
    for (const auto& r : sirekap_records()) bytes += r.json.size();  // loaded outside the count
    const std::size_t rows = sirekap_pass_once(kind == "boost_dom");
    std::printf("{\"bytes\": %zu, \"records\": %zu, \"rows\": %zu}\n", bytes, sirekap_records().size(), rows);
    return 0;
}
#endif

}  // namespace

int main(int argc, char** argv) {
#ifdef SUARA_BENCH_SIREKAP
    if (argc == 3 && std::string_view{argv[1]} == "--sirekap-pass") return sirekap_pass(argv[2]);
#endif
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
