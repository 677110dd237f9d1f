// suara — the audit run of `suara-audit` (spec/cli.md), as a library function.
// Distributed under the Boost Software License, Version 1.0.
//
// The command-line tool is a thin `main` over `parse_audit_args` and `run_audit`, so that every
// behaviour (options, exit codes, rejected rows, outputs) is testable without a process.
// Inputs stream: a CSV file is mapped and fed in 32 MiB blocks (standard input is read in 4 MiB
// blocks), parsed slice by slice on every core and merged in file order; each merged batch is
// validated, its findings written, and the batch reused; parsed pages are released. Memory grows
// with the findings (and 16 bytes per distinct kode_tps+kontes for the duplicate check), not with
// the file, and the report is byte-identical for any thread count.
#ifndef SUARA_BULK_AUDIT_HPP
#define SUARA_BULK_AUDIT_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <variant>
#include <vector>

#include <suara/bulk/engine.hpp>
#include <suara/bulk/report.hpp>
#include <suara/bulk/rollup.hpp>
#include <suara/bulk/rollup_input.hpp>
#include <suara/bulk/validator.hpp>
#include <suara/detail/mapped_file.hpp>
#include <suara/io/csv_reader.hpp>
#include <suara/io/report.hpp>
#include <suara/tally/catalogue.hpp>
#include <suara/tally/explain.hpp>

namespace suara {

enum class input_format : unsigned char { auto_detect, csv, sirekap };

/// Bytes of a mapped CSV file fed to the reader at once (the reader cuts them into slices for its
/// threads; the blocks, and so the report, do not depend on the thread count).
inline constexpr std::size_t mapped_block_bytes = std::size_t{32} << 20;


struct audit_options {
    std::vector<std::string> inputs;  ///< empty: the embedded data set
    regime_choice regime = regime_choice::by_contest;
    input_format format = input_format::auto_detect;
    output_format output = output_format::text;
    lang language = lang::id;
    unsigned threads = 0;  ///< 0 = all cores
    bool quiet = false;
    std::string recap;    ///< extension: recap CSV for recap.mismatch
    std::string regions;  ///< extension: expected TPS codes for recap.missing_tps
    std::size_t batch_rows = 16384;  ///< rows per batch (io::csv_options::batch_rows)
    /// Library only (no option on the command line): how a mapped CSV is fed to the reader and
    /// cut for its threads. The report depends on neither (tests use small values to exercise
    /// many blocks and slices).
    std::size_t csv_block_bytes = mapped_block_bytes;
    std::size_t csv_slice_bytes = std::size_t{1} << 20;
    bool help = false;
};

struct usage_error {
    std::string message;
};

inline constexpr std::string_view audit_usage =
    "usage: suara-audit [options] [INPUT...]\n"
    "  INPUT                 CSV files, Sirekap JSON files or directories of them; '-' = CSV on stdin;\n"
    "                        none = the embedded Balikpapan 2024 data set\n"
    "  --regime R            pilkada-2024 | pemilu-2024 (default: by contest)\n"
    "  --format F            auto | csv | sirekap (default auto)\n"
    "  --output O            text | jsonl | csv (default text)\n"
    "  --lang L              id | en (default id)\n"
    "  --threads N           worker threads (default: all cores)\n"
    "  --quiet               no progress bar\n"
    "  --recap FILE          recap CSV (kode_wilayah, kontes, figures): checks recap.mismatch\n"
    "  --regions FILE        expected 13-digit TPS codes, one a line: checks recap.missing_tps\n"
    "exit status: 0 no error finding, 1 some error findings, 2 usage error or unreadable input\n";

/// Parses the command line (argv[0] excluded).
[[nodiscard]] inline std::variant<audit_options, usage_error> parse_audit_args(const std::vector<std::string>& args) {
    audit_options o;
    auto value = [&](std::size_t& i, std::string_view opt) -> std::optional<std::string> {
        const std::string& a = args[i];
        if (a.size() > opt.size() && a.compare(0, opt.size(), opt) == 0 && a[opt.size()] == '=')
            return a.substr(opt.size() + 1);
        if (i + 1 < args.size()) return args[++i];
        return std::nullopt;
    };
    auto is = [](const std::string& a, std::string_view opt) {
        return a == opt || (a.size() > opt.size() && a.compare(0, opt.size(), opt) == 0 && a[opt.size()] == '=');
    };
    bool only_inputs = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (only_inputs || a == "-" || a.empty() || a[0] != '-') {
            o.inputs.push_back(a);
            continue;
        }
        if (a == "--") {
            only_inputs = true;
        } else if (a == "--help" || a == "-h") {
            o.help = true;
        } else if (a == "--quiet" || a == "-q") {
            o.quiet = true;
        } else if (is(a, "--regime")) {
            auto v = value(i, "--regime");
            auto r = v ? regime_choice_from_string(*v) : std::nullopt;
            if (!r) return usage_error{"--regime: expected pilkada-2024 or pemilu-2024, got '" + v.value_or("") + "'"};
            o.regime = *r;
        } else if (is(a, "--format")) {
            auto v = value(i, "--format");
            if (v == "auto") o.format = input_format::auto_detect;
            else if (v == "csv") o.format = input_format::csv;
            else if (v == "sirekap") o.format = input_format::sirekap;
            else return usage_error{"--format: expected auto, csv or sirekap, got '" + v.value_or("") + "'"};
        } else if (is(a, "--output")) {
            auto v = value(i, "--output");
            auto f = v ? output_format_from_string(*v) : std::nullopt;
            if (!f) return usage_error{"--output: expected text, jsonl or csv, got '" + v.value_or("") + "'"};
            o.output = *f;
        } else if (is(a, "--lang")) {
            auto v = value(i, "--lang");
            if (v == "id") o.language = lang::id;
            else if (v == "en") o.language = lang::en;
            else return usage_error{"--lang: expected id or en, got '" + v.value_or("") + "'"};
        } else if (is(a, "--threads")) {
            auto v = value(i, "--threads");
            auto n = v ? detail::parse_digits(*v, 4096) : std::nullopt;
            if (!n || *n == 0) return usage_error{"--threads: expected a number from 1 to 4096, got '" + v.value_or("") + "'"};
            o.threads = static_cast<unsigned>(*n);
        } else if (is(a, "--recap")) {
            auto v = value(i, "--recap");
            if (!v || v->empty()) return usage_error{"--recap: expected a file name"};
            o.recap = *v;
        } else if (is(a, "--regions")) {
            auto v = value(i, "--regions");
            if (!v || v->empty()) return usage_error{"--regions: expected a file name"};
            o.regions = *v;
        } else {
            return usage_error{"unknown option '" + a + "'"};
        }
    }
    return o;
}

/// Exit codes of spec/cli.md.
inline constexpr int exit_clean = 0;
inline constexpr int exit_errors = 1;
inline constexpr int exit_usage = 2;

/// A source of sheets the audit can read besides CSV: Sirekap JSON and the embedded data set
/// live in headers with extra dependencies (Boost.JSON), so the tool plugs them in here.
struct audit_sources {
    /// Reads one Sirekap file or directory; calls on_batch per batch; returns its read report.
    /// Empty: Sirekap input is refused with a usage error.
    std::function<io::read_report(const std::string& path, const std::function<void(sheet_batch&)>& on_batch)> sirekap;
    /// The embedded data set (no input given) and its region names.
    std::function<const sheet_batch&()> embedded;
    std::function<const region_names*()> embedded_names;
};

namespace detail {
// A progress bar on standard error: only on a terminal and for inputs worth waiting for.
class progress {
public:
    progress(bool enabled, std::uint64_t total) : enabled_{enabled && total >= (std::uint64_t{64} << 20)}, total_{total} {}
    void update(std::uint64_t done) {
        if (!enabled_) return;
        const int pct = static_cast<int>(done * 100 / (total_ == 0 ? 1 : total_));
        if (pct == last_) return;
        last_ = pct;
        std::fprintf(stderr, "\r[%-50.*s] %3d%%", pct / 2, "##################################################", pct);
        std::fflush(stderr);
    }
    ~progress() {
        if (enabled_ && last_ >= 0) std::fputs("\r\033[K", stderr);
    }
    progress(const progress&) = delete;
    progress& operator=(const progress&) = delete;

private:
    bool enabled_;
    std::uint64_t total_;
    int last_ = -1;
};

[[nodiscard]] inline bool looks_like_json(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char c = 0;
    while (in.get(c))
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return c == '{';
    return false;
}

}  // namespace detail

/// A citation as the report prints it: the law and its parts, then the confidence when the
/// text itself was not read (spec: every finding carries its legal basis).
[[nodiscard]] inline std::string basis_text(const citation& c) {
    std::string out = to_string(c);
    if (c.level != confidence::primary) {
        out += " [";
        out += to_string(c.level);
        if (!c.note.empty()) {
            out += ": ";
            out += c.note;
        }
        out += ']';
    }
    return out;
}

/// Runs a whole audit; returns the exit status. `out` receives the report, `err` messages.
/// `terminal` says whether standard error is a terminal (progress bar).
inline int run_audit(const audit_options& opt, const audit_sources& sources, std::ostream& out, std::ostream& err,
                     bool terminal = false) {
    // An input that cannot be read at all: one line on standard error, exit status 2.
    auto unreadable = [&](const bilingual& why, const std::string& path) {
        err << "suara-audit: " << why.in(opt.language) << ' ' << path << '\n';
        return exit_usage;
    };
    // Roll-up inputs first: an unreadable file is a usage-level failure (exit 2).
    io::read_report side_report;
    std::vector<recap_entry> recaps;
    std::vector<tps_code> expected;
    if (!opt.recap.empty()) {
        std::ifstream in(opt.recap, std::ios::binary);
        if (!in) return unreadable(io::input_reason::cannot_open, opt.recap);
        recaps = read_recap_csv(in, opt.recap, side_report);
    }
    if (!opt.regions.empty()) {
        std::ifstream in(opt.regions, std::ios::binary);
        if (!in) return unreadable(io::input_reason::cannot_open, opt.regions);
        expected = read_tps_codes(in, opt.regions, side_report);
    }
    // Every input must exist before anything is written, so that a typo gives exit 2 and no
    // half report.
    for (const auto& in : opt.inputs) {
        if (in == "-") continue;
        std::error_code ec;
        if (!std::filesystem::exists(in, ec)) return unreadable(io::input_reason::cannot_open, in);
    }

    bulk_validator<contest_engine> validator{contest_engine{opt.regime}, validate_options{opt.threads, rule_set::all()}};
    report_writer writer{out, opt.output, opt.language};
    recap_checker recap{std::move(recaps)};
    missing_tps_checker missing{std::move(expected)};

    auto annotate_and_write = [&](const finding& f) {
        visit_regime(opt.regime, f.contest, [&]<class R>() {
            const bool rollup = f.rule == rule_id::recap_mismatch || f.rule == rule_id::recap_missing_tps;
            writer.finding(f, basis_text(describe<R>(f.rule).basis),
                           rollup ? explain_rollup(f, opt.language) : explain<R>(f, opt.language));
        });
    };
    auto on_batch = [&](sheet_batch& b) {
        validator.feed(b, [&](const finding& f, std::size_t) { annotate_and_write(f); });
        recap.add(b);
        missing.add(b);
    };
    auto take_report = [&](const io::read_report& rep) {
        validator.count_rejected(rep.summary.rejected);
        for (const auto& r : rep.rejections) writer.rejected(r);
        for (const auto& w : rep.warnings) writer.warning(w);
    };

    for (const auto& w : side_report.rejections) writer.rejected(w);
    for (const auto& w : side_report.warnings) writer.warning(w);

    io::csv_options csv_opts;
    csv_opts.batch_rows = opt.batch_rows;
    // CSV rows are parsed on every worker thread, slice by slice, and delivered in file order;
    // the blocks are the same whatever the thread count, so the report is too (byte for byte).
    csv_opts.parse_threads = detail::resolve_threads(opt.threads);
    csv_opts.slice_bytes = opt.csv_slice_bytes;
    const std::size_t block = opt.csv_block_bytes == 0 ? mapped_block_bytes : opt.csv_block_bytes;
    if (opt.inputs.empty()) {
        if (!sources.embedded) {
            err << "suara-audit: no input and no embedded data set\n";
            return exit_usage;
        }
        sheet_batch copy = sources.embedded();
        on_batch(copy);
    }
    for (const auto& in : opt.inputs) {
        const bool dir = in != "-" && std::filesystem::is_directory(in);
        input_format fmt = opt.format;
        if (fmt == input_format::auto_detect) {
            const auto ext = std::filesystem::path(in).extension().string();
            if (in == "-" || ext == ".csv") fmt = input_format::csv;
            else if (dir || ext == ".json") fmt = input_format::sirekap;
            else fmt = detail::looks_like_json(in) ? input_format::sirekap : input_format::csv;
        }
        if (fmt == input_format::sirekap) {
            if (!sources.sirekap) {
                err << "suara-audit: Sirekap input is not available in this build\n";
                return exit_usage;
            }
            take_report(sources.sirekap(in, on_batch));
            continue;
        }
        io::csv_reader reader{in, csv_opts};
        // Rejections and warnings are written batch by batch and dropped, so that a file of
        // bad rows costs no memory per row (the reader's counts stay exact).
        auto drain = [&] {
            auto& rep = reader.report();
            for (const auto& r : rep.rejections) writer.rejected(r);
            for (const auto& w : rep.warnings) writer.warning(w);
            rep.rejections.clear();
            rep.warnings.clear();
        };
        auto on_csv_batch = [&](sheet_batch& b) {
            on_batch(b);
            drain();
        };
        // A regular file is mapped and fed in large blocks (no copy; the parsing threads read
        // the page cache); standard input and the rest are opened and read in blocks.
        const detail::mapped_file map{in == "-" ? std::string{} : in};  // "": not mapped
        std::unique_ptr<std::FILE, int (*)(std::FILE*)> file{nullptr, &std::fclose};
        std::FILE* f = stdin;
        std::uint64_t total = map.view().size();
        if (!map.mapped() && in != "-") {
            file.reset(std::fopen(in.c_str(), "rb"));
            if (!file) return unreadable(io::input_reason::cannot_open, in);
            f = file.get();
            std::error_code ec;
            total = std::filesystem::file_size(in, ec);
        }
        detail::progress bar{terminal && !opt.quiet, total};
        std::uint64_t done = 0;
        if (map.mapped()) {
            const std::string_view all = map.view();
            for (std::size_t off = 0; off < all.size(); off += block) {
                reader.feed(all.substr(off, block), on_csv_batch);
                map.release(off, block);  // parsed (the unfinished line is copied)
                done = std::min<std::uint64_t>(all.size(), off + block);
                bar.update(done);
            }
        } else {
            std::vector<char> buf(csv_opts.block_bytes);
            for (;;) {
                const std::size_t got = std::fread(buf.data(), 1, buf.size(), f);
                if (got == 0) break;
                reader.feed(std::string_view{buf.data(), got}, on_csv_batch);
                done += got;
                bar.update(done);
            }
        }
        reader.finish(on_csv_batch);
        if (!map.mapped() && std::ferror(f) != 0) return unreadable(io::input_reason::read_error, in);
        drain();
        take_report(reader.report());  // the counts; its lists are empty by now
    }

    auto count_and_write = [&](const finding& f) {
        validator.count_finding(f);
        annotate_and_write(f);
    };
    recap.finish(count_and_write);
    missing.finish(count_and_write);

    const audit_summary& summary = validator.summary();
    writer.finish(summary, opt.inputs.empty() && sources.embedded_names ? sources.embedded_names() : nullptr);
    // csv rows are findings only: rejections and warnings go to standard error; jsonl carries
    // the rejections itself, and its reading warnings go to standard error.
    if (opt.output == output_format::csv) err << writer.rejections_text();
    if (opt.output == output_format::jsonl) err << writer.warnings_text();
    return summary.count(severity::error) > 0 ? exit_errors : exit_clean;
}

}  // namespace suara

#endif  // SUARA_BULK_AUDIT_HPP
