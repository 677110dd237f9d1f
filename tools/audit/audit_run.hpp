// suara — the audit run of `suara-audit` (docs/cli.md), as a library function.
// Distributed under the Boost Software License, Version 1.0.
//
// The command-line tool is a thin `main` over `parse_audit_args` and `run_audit`, so that every
// behaviour (options, exit codes, rejected rows, outputs) is testable without a process.
// Inputs stream: a CSV file is mapped and fed in 32 MiB blocks (standard input is read in 4 MiB
// blocks), parsed slice by slice on every core and merged in file order; each merged batch is
// validated, its findings written, and the batch reused; parsed pages are released. Memory grows
// with the findings (and 16 bytes per distinct kode_tps+kontes for the duplicate check), not with
// the file, and the report is byte-identical for any thread count (with SOURCE_DATE_EPOCH fixed).
// Each input is digested as it is read (a mapped CSV block by block, beside its parsing; a
// Sirekap record when it is read), never read twice; the report, which starts with the
// provenance (bulk/provenance.hpp), is held until every input has been read.
#ifndef SUARA_TOOLS_AUDIT_RUN_HPP
#define SUARA_TOOLS_AUDIT_RUN_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <initializer_list>
#include <string_view>
#include <system_error>
#include <thread>
#include <utility>
#include <variant>
#include <vector>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

#include <CLI/CLI.hpp>

#include <suara/bulk/action_list.hpp>
#include <suara/bulk/action_records.hpp>
#include <suara/bulk/ballot_labels.hpp>
#include <suara/bulk/engine.hpp>
#include <suara/bulk/html_report.hpp>
#include <suara/bulk/legislative.hpp>
#include <suara/bulk/provenance.hpp>
#include <suara/bulk/report.hpp>
#include <suara/bulk/rollup.hpp>
#include <suara/bulk/rollup_input.hpp>
#include <suara/bulk/rollup_table.hpp>
#include <suara/bulk/tuning.hpp>
#include <suara/bulk/validator.hpp>
#include <suara/detail/mapped_file.hpp>
#include <suara/form/legislative_batch.hpp>
#include <suara/io/csv_reader.hpp>
#include <suara/io/csv_writer.hpp>
#include <suara/io/legislative_csv_reader.hpp>
#include <suara/io/report.hpp>
#include <suara/tally/catalogue.hpp>
#include <suara/tally/explain.hpp>
#include <suara/version.hpp>

#include "rules_file.hpp"

namespace suara {

enum class input_format : unsigned char { auto_detect, csv, sirekap };

/// Bytes of a mapped CSV file fed to the reader at once (the reader cuts them into slices for its
/// threads; the blocks, and so the report, do not depend on the thread count).
inline constexpr std::size_t mapped_block_bytes = std::size_t{32} << 20;

/// Which findings make the exit status 1 (`--fail-on`, docs/cli.md): those of a severity at or
/// above `level`, or, when `outcomes` is not empty, those leading to one of the outcomes listed.
struct fail_policy {
    severity level = severity::error;  ///< findings of this severity or above fail the run
    std::vector<outcome> outcomes;     ///< when not empty: the outcomes that fail it instead
    /// As given on the command line ("error", "psu,recount").
    std::string text = "error";
    /// True when finding `f` fails the run.
    [[nodiscard]] bool fails(const finding& f) const noexcept {
        if (outcomes.empty()) return f.level >= level;
        return std::find(outcomes.begin(), outcomes.end(), f.result) != outcomes.end();
    }
};

/// The fail policy `s` names: a severity (`error`, `warning`, `info`) or a comma list of
/// outcomes (`psu`, `recount`, `correction`, `review`, `psl` or `continued`, `pss` or
/// `follow_up`); nullopt when it names neither.
[[nodiscard]] inline std::optional<fail_policy> fail_policy_from_string(std::string_view s) {
    fail_policy p;
    p.text = std::string{s};
    for (auto level : {severity::info, severity::warning, severity::error})
        if (s == to_string(level)) {
            p.level = level;
            return p;
        }
    if (s.empty()) return std::nullopt;
    for (;;) {
        const auto comma = s.find(',');
        const std::string_view item = s.substr(0, comma);
        std::optional<outcome> o = item == "psl" ? outcome::continued : item == "pss" ? outcome::follow_up : outcome_from_string(item);
        if (!o || *o == outcome::none) return std::nullopt;
        if (std::find(p.outcomes.begin(), p.outcomes.end(), *o) == p.outcomes.end()) p.outcomes.push_back(*o);
        if (comma == std::string_view::npos) break;
        s.remove_prefix(comma + 1);
    }
    return p;
}


struct audit_options {
    std::vector<std::string> inputs;  ///< empty: the embedded data set
    regime_choice regime = regime_choice::by_contest;
    input_format format = input_format::auto_detect;
    output_format output = output_format::text;
    bool html = false;  ///< --output html: the page of bulk/html_report.hpp (the writer's own report is not written)
    lang language = lang::id;
    unsigned threads = 0;  ///< 0 = all cores
    bool quiet = false;
    std::string recap;    ///< extension: recap CSV for recap.mismatch
    std::string regions;  ///< extension: expected TPS codes for recap.missing_tps
    std::string names;    ///< region names (code<TAB>name); empty: the tool's default places
    std::string caleg;    ///< --caleg: Sirekap candidate lists (a file or folder); empty: parties and candidates by number
    std::string rejections;  ///< --rejections: the rejected records to this file (csv, or jsonl with --output jsonl)
    std::string summary;     ///< --summary: the summary to this file (one-row csv, or the jsonl record)
    bool excel = false;      ///< --excel: csv files with a UTF-8 byte order mark and CRLF line ends
    std::string actions;     ///< --actions: the recount and re-vote list to this file (csv)
    std::string rollup;      ///< --rollup: the roll-up by region with materiality to this file (csv)
    std::optional<kontes> sirekap_kontes;  ///< --kontes: contest of Sirekap files whose path names none
    std::size_t batch_rows = 16384;  ///< rows per batch (io::csv_options::batch_rows)
    fail_policy fail_on;             ///< --fail-on: which findings make the exit status 1
    severity min_severity = severity::info;  ///< --min-severity: findings below it are not reported
    std::string rules_only;  ///< --rules as given ("" = every rule)
    std::string ignore;      ///< --ignore as given
    rule_set only = rule_set::all();  ///< --rules: the rules applied
    rule_set ignored;                 ///< --ignore: the rules not applied
    std::string rules_file;  ///< --rules-file: JSON per rule id or family (enabled, severity, tolerance)
    /// -o/--output-file: the report goes to this file, written atomically (a temporary file in
    /// the same folder, renamed when the report is complete); empty: the `out` stream.
    std::string output_file;
    /// Library only (no option on the command line): how a mapped CSV is fed to the reader and
    /// cut for its threads. The report depends on neither (tests use small values to exercise
    /// many blocks and slices).
    std::size_t csv_block_bytes = mapped_block_bytes;
    std::size_t csv_slice_bytes = std::size_t{1} << 20;
    /// Library only: the time the report states. Empty: SOURCE_DATE_EPOCH, else the clock.
    std::optional<std::int64_t> run_time;
    bool help = false;
    bool version = false;
};

/// A usage error, worded in the language the command line asked for.
struct usage_error {
    std::string message;
    lang language = lang::id;
};

/// A usage error found by an option's setter: the message in Indonesian and in English.
struct option_problem {
    std::string id;  ///< Indonesian
    std::string en;  ///< English
};

/// One option of suara-audit: everything the parser, the usage text, the man page test and the
/// completion test know about it. The options are one table (audit_option_table), so that a new
/// option is one row there.
struct audit_option_spec {
    std::string_view names;     ///< CLI11's spelling: "-o,--output-file", "--regime"
    std::string_view value_id;  ///< the value's placeholder in the Indonesian usage ("BERKAS"); empty: a flag
    std::string_view value_en;  ///< and in the English one ("FILE")
    std::string_view help_id;   ///< what it does, Indonesian; '\n' continues on an indented line; `{regimes}` = the regimes
    std::string_view help_en;   ///< and English
    /// Applies the value (for a flag: ""); returns the problem with it, if any.
    std::optional<option_problem> (*set)(audit_options&, const std::string&);
    /// True when the value is a file name (completion offers files; a missing value says "file name").
    bool file = false;
};

namespace detail {
// appended rather than `"'" + ... + "'"`, which g++ 12 -O3 warns about (-Wrestrict, a false positive)
[[nodiscard]] inline std::string quoted_arg(const std::string& v) {
    std::string out{"'"};
    out += v;
    out += '\'';
    return out;
}
/// A comma list of rule ids and families ("votes.*,ballots.balance") as a rule set.
[[nodiscard]] inline std::optional<option_problem> rule_list(rule_set& into, std::string_view opt, const std::string& v) {
    into = rule_set{};
    std::string_view rest{v};
    for (;;) {
        const auto comma = rest.find(',');
        const std::string item{rest.substr(0, comma)};
        const rule_set r = rules_matching(item);
        if (r.empty())
            return option_problem{std::string{opt} + ": id aturan atau keluarga tidak dikenal " + quoted_arg(item) + " (docs/rules.md)",
                                  std::string{opt} + ": unknown rule id or family " + quoted_arg(item) + " (docs/rules.md)"};
        into |= r;
        if (comma == std::string_view::npos) break;
        rest.remove_prefix(comma + 1);
    }
    return std::nullopt;
}
[[nodiscard]] inline std::optional<option_problem> file_value(std::string& into, std::string_view opt, const std::string& v) {
    if (v.empty()) return option_problem{std::string{opt} + ": perlu nama berkas", std::string{opt} + ": expected a file name"};
    into = v;
    return std::nullopt;
}
/// True when `name` is one of the comma-separated spellings of `names`.
[[nodiscard]] inline bool spelled(std::string_view names, std::string_view name) noexcept {
    while (!names.empty()) {
        const auto comma = names.find(',');
        if (names.substr(0, comma) == name) return true;
        names = comma == std::string_view::npos ? std::string_view{} : names.substr(comma + 1);
    }
    return false;
}
}  // namespace detail

/// The options of suara-audit, in the order the usage lists them. Regime names come from List.
template <regime_list_type List = known_regimes>
[[nodiscard]] const std::vector<audit_option_spec>& audit_option_table() {
    using detail::quoted_arg;
    using problem = std::optional<option_problem>;
    static const std::vector<audit_option_spec> table{
        {"--regime", "R", "R", "{regimes} (bawaan: menurut kontes)", "{regimes} (default: by contest)",
         [](audit_options& o, const std::string& v) -> problem {
             auto r = regime_choice_from_string<List>(v);
             if (!r)
                 return option_problem{"--regime: harus " + regime_names_listed<List>(" atau ") + ", bukan " + quoted_arg(v),
                                       "--regime: expected " + regime_names_listed<List>(" or ") + ", got " + quoted_arg(v)};
             o.regime = *r;
             return std::nullopt;
         }},
        {"--format", "F", "F", "auto | csv | sirekap (bawaan auto)", "auto | csv | sirekap (default auto)",
         [](audit_options& o, const std::string& v) -> problem {
             if (v == "auto") o.format = input_format::auto_detect;
             else if (v == "csv") o.format = input_format::csv;
             else if (v == "sirekap") o.format = input_format::sirekap;
             else return option_problem{"--format: harus auto, csv atau sirekap, bukan " + quoted_arg(v),
                                        "--format: expected auto, csv or sirekap, got " + quoted_arg(v)};
             return std::nullopt;
         }},
        {"--output", "O", "O", "text | jsonl | csv | html (bawaan text)", "text | jsonl | csv | html (default text)",
         [](audit_options& o, const std::string& v) -> problem {
             o.html = v == "html";
             auto f = o.html ? std::optional<output_format>{output_format::text} : output_format_from_string(v);
             if (!f) return option_problem{"--output: harus text, jsonl, csv atau html, bukan " + quoted_arg(v),
                                           "--output: expected text, jsonl, csv or html, got " + quoted_arg(v)};
             o.output = *f;
             return std::nullopt;
         }},
        {"-o,--output-file", "BERKAS", "FILE", "laporan ditulis ke BERKAS (utuh atau tidak sama sekali)",
         "write the report to FILE (whole or not at all)",
         [](audit_options& o, const std::string& v) { return detail::file_value(o.output_file, "--output-file", v); }, true},
        {"--lang", "L", "L", "id | en (bawaan id)", "id | en (default id)",
         [](audit_options& o, const std::string& v) -> problem {
             if (v == "id") o.language = lang::id;
             else if (v == "en") o.language = lang::en;
             else return option_problem{"--lang: harus id atau en, bukan " + quoted_arg(v), "--lang: expected id or en, got " + quoted_arg(v)};
             return std::nullopt;
         }},
        {"--threads", "N", "N", "jumlah utas kerja (bawaan: semua inti)", "worker threads (default: all cores)",
         [](audit_options& o, const std::string& v) -> problem {
             auto n = detail::parse_digits(v, 4096);
             if (!n || *n == 0) return option_problem{"--threads: harus bilangan 1 sampai 4096, bukan " + quoted_arg(v),
                                                      "--threads: expected a number from 1 to 4096, got " + quoted_arg(v)};
             o.threads = static_cast<unsigned>(*n);
             return std::nullopt;
         }},
        {"-q,--quiet", "", "", "tanpa bilah kemajuan", "no progress bar",
         [](audit_options& o, const std::string&) -> problem {
             o.quiet = true;
             return std::nullopt;
         }},
        {"--fail-on", "F", "F",
         "keparahan (error | warning | info) atau daftar akibat (psu,recount,correction,\npsl,pss,review) yang membuat status keluar 1 (bawaan error)",
         "a severity (error | warning | info) or a list of outcomes (psu,recount,correction,\npsl,pss,review) whose findings make the exit status 1 (default error)",
         [](audit_options& o, const std::string& v) -> problem {
             auto p = fail_policy_from_string(v);
             if (!p) return option_problem{"--fail-on: harus error, warning, info atau daftar akibat (psu,recount,correction,psl,pss,review), bukan " + quoted_arg(v),
                                           "--fail-on: expected error, warning, info or a list of outcomes (psu,recount,correction,psl,pss,review), got " + quoted_arg(v)};
             o.fail_on = std::move(*p);
             return std::nullopt;
         }},
        {"--min-severity", "S", "S", "hanya temuan dengan keparahan S ke atas (info | warning | error; bawaan info)",
         "report only findings of severity S and above (info | warning | error; default info)",
         [](audit_options& o, const std::string& v) -> problem {
             for (auto level : {severity::info, severity::warning, severity::error})
                 if (v == to_string(level)) {
                     o.min_severity = level;
                     return std::nullopt;
                 }
             return option_problem{"--min-severity: harus info, warning atau error, bukan " + quoted_arg(v),
                                   "--min-severity: expected info, warning or error, got " + quoted_arg(v)};
         }},
        {"--rules", "DAFTAR", "LIST", "hanya aturan ini: id atau keluarga, dipisah koma (votes.*,ballots.balance)",
         "only these rules: ids or families, comma-separated (votes.*,ballots.balance)",
         [](audit_options& o, const std::string& v) {
             o.rules_only = v;
             return detail::rule_list(o.only, "--rules", v);
         }},
        {"--ignore", "DAFTAR", "LIST", "tanpa aturan ini: id atau keluarga, dipisah koma", "without these rules: ids or families, comma-separated",
         [](audit_options& o, const std::string& v) {
             o.ignore = v;
             return detail::rule_list(o.ignored, "--ignore", v);
         }},
        {"--rules-file", "BERKAS", "FILE", "JSON per id aturan atau keluarga: enabled, severity, tolerance",
         "JSON per rule id or family: enabled, severity, tolerance",
         [](audit_options& o, const std::string& v) { return detail::file_value(o.rules_file, "--rules-file", v); }, true},
        {"--kontes", "K", "K", "kontes berkas Sirekap yang jalurnya tidak memuat kode kontes\n(ppwp, pdpr, pdpd, pdprdp, pdprdk, pkwkp, pkwkk)",
         "the contest of Sirekap files whose path names none\n(ppwp, pdpr, pdpd, pdprdp, pdprdk, pkwkp, pkwkk)",
         [](audit_options& o, const std::string& v) -> problem {
             auto k = kontes_from_string(v);
             if (!k) return option_problem{"--kontes: harus kode kontes (ppwp, pdpr, pdpd, pdprdp, pdprdk, pkwkp, pkwkk), bukan " + quoted_arg(v),
                                           "--kontes: expected a contest code (ppwp, pdpr, pdpd, pdprdp, pdprdk, pkwkp, pkwkk), got " + quoted_arg(v)};
             o.sirekap_kontes = *k;
             return std::nullopt;
         }},
        {"--recap", "BERKAS", "FILE", "CSV rekap (kode_wilayah, kontes, angka): memeriksa recap.mismatch",
         "recap CSV (kode_wilayah, kontes, figures): checks recap.mismatch",
         [](audit_options& o, const std::string& v) { return detail::file_value(o.recap, "--recap", v); }, true},
        {"--regions", "BERKAS", "FILE", "kode TPS 13 digit yang diharapkan, satu per baris (boleh .gz):\nmemeriksa recap.missing_tps",
         "expected 13-digit TPS codes, one a line (.gz too): checks recap.missing_tps",
         [](audit_options& o, const std::string& v) { return detail::file_value(o.regions, "--regions", v); }, true},
        {"--names", "BERKAS", "FILE", "nama wilayah, kode<TAB>nama (boleh .gz; bawaan: data/wilayah/regions.tsv.gz)",
         "region names, code<TAB>name (.gz too; default: data/wilayah/regions.tsv.gz)",
         [](audit_options& o, const std::string& v) { return detail::file_value(o.names, "--names", v); }, true},
        {"--caleg", "JALUR", "PATH",
         "daftar calon Sirekap, berkas atau folder (partai.json, caleg/partai/<dapil>.json,\n"
         "caleg/dpd/<provinsi>.json): nama partai dan calon di laporan, id calon -> nomor urut",
         "Sirekap candidate lists, a file or folder (partai.json, caleg/partai/<dapil>.json,\n"
         "caleg/dpd/<provinsi>.json): party and candidate names in reports, candidate id -> nomor urut",
         [](audit_options& o, const std::string& v) { return detail::file_value(o.caleg, "--caleg", v); }, true},
        {"--rejections", "BERKAS", "FILE", "baris/berkas ditolak ke BERKAS (csv; jsonl bila --output jsonl)",
         "rejected rows/files to FILE (csv; jsonl with --output jsonl)",
         [](audit_options& o, const std::string& v) { return detail::file_value(o.rejections, "--rejections", v); }, true},
        {"--summary", "BERKAS", "FILE", "ringkasan ke BERKAS (csv satu baris; jsonl bila --output jsonl)",
         "the summary to FILE (one-row csv; jsonl with --output jsonl)",
         [](audit_options& o, const std::string& v) { return detail::file_value(o.summary, "--summary", v); }, true},
        {"--actions", "BERKAS", "FILE", "daftar TPS yang wajib/dapat dihitung ulang atau diulang (PSU, PSL, PSS) ke BERKAS (csv)",
         "the TPS that must or may be recounted or re-voted (PSU, PSL, PSS) to FILE (csv)",
         [](audit_options& o, const std::string& v) { return detail::file_value(o.actions, "--actions", v); }, true},
        {"--rollup", "BERKAS", "FILE", "rekap per wilayah (suara, TPS terhitung/diharapkan/bertemuan, materialitas) ke BERKAS (csv)",
         "the roll-up by region (votes, TPS counted/expected/flagged, materiality) to FILE (csv)",
         [](audit_options& o, const std::string& v) { return detail::file_value(o.rollup, "--rollup", v); }, true},
        {"--excel", "", "", "csv untuk lembar kerja: BOM UTF-8 dan akhir baris CRLF",
         "csv for spreadsheets: UTF-8 byte order mark and CRLF line ends",
         [](audit_options& o, const std::string&) -> std::optional<option_problem> {
             o.excel = true;
             return std::nullopt;
         }},
        {"-h,--help", "", "", "teks ini", "this text",
         [](audit_options& o, const std::string&) -> problem {
             o.help = true;
             return std::nullopt;
         }},
        {"--version", "", "", "versi suara dan versi katalog aturan", "suara's version and the rule catalogue's",
         [](audit_options& o, const std::string&) -> problem {
             o.version = true;
             return std::nullopt;
         }},
    };
    return table;
}

/// Every spelling of every option (`-o`, `--output-file`, ...), in table order: what the man
/// page and the bash completion must name (tests/bulk checks both).
template <regime_list_type List = known_regimes>
[[nodiscard]] std::vector<std::string> audit_option_names() {
    std::vector<std::string> out;
    for (const auto& spec : audit_option_table<List>()) {
        std::string_view n = spec.names;
        while (!n.empty()) {
            const auto comma = n.find(',');
            out.emplace_back(n.substr(0, comma));
            n = comma == std::string_view::npos ? std::string_view{} : n.substr(comma + 1);
        }
    }
    return out;
}

namespace detail {
template <regime_list_type List>
std::string usage_for(lang l) {
    const bool id = l == lang::id;
    std::string out = id ? "pemakaian: suara-audit [opsi] [--] [MASUKAN...]\n"
                           "           suara-audit diff [opsi] LAMA BARU   (yang berubah antara dua unduhan; diff --help)\n"
                           "  MASUKAN               berkas CSV, berkas JSON Sirekap atau foldernya; '-' = CSV dari masukan\n"
                           "                        standar; tanpa masukan = data bawaan Balikpapan 2024 (sintetis)\n"
                         : "usage: suara-audit [options] [--] [INPUT...]\n"
                           "       suara-audit diff [options] OLD NEW   (what changed between two scrapes; diff --help)\n"
                           "  INPUT                 CSV files, Sirekap JSON files or directories of them; '-' = CSV on stdin;\n"
                           "                        none = the embedded Balikpapan 2024 data set (synthetic)\n";
    for (const auto& spec : audit_option_table<List>()) {
        std::string left = "  ";
        std::string_view names = spec.names;
        for (std::size_t at = 0; (at = names.find(',')) != std::string_view::npos; names.remove_prefix(at + 1)) {
            left += names.substr(0, at);
            left += ", ";
        }
        left += names;
        const std::string_view value = id ? spec.value_id : spec.value_en;
        if (!value.empty()) {
            left += ' ';
            left += value;
        }
        std::string help{id ? spec.help_id : spec.help_en};
        if (const auto at = help.find("{regimes}"); at != std::string::npos) help.replace(at, 9, regime_names_text<List>());
        if (left.size() < 24) left.resize(24, ' ');
        else left += "  ";
        out += left;
        for (const char c : help) {
            out += c;
            if (c == '\n') out += std::string(24, ' ');
        }
        out += '\n';
    }
    out += id ? "status keluar: 0 bersih, 1 ada temuan sesuai --fail-on, 2 galat pemakaian atau masukan tak terbaca,\n"
                "  3 tidak ada lembar yang dapat divalidasi\n"
              : "exit status: 0 clean, 1 findings as --fail-on says, 2 usage error or unreadable input,\n"
                "  3 no sheet could be validated\n";
    return out;
}
}  // namespace detail

/// The usage text in language l, made from the option table, naming the regimes of List.
template <regime_list_type List = known_regimes>
[[nodiscard]] std::string_view audit_usage(lang l = lang::id) {
    static const std::string id = detail::usage_for<List>(lang::id);
    static const std::string en = detail::usage_for<List>(lang::en);
    return l == lang::id ? id : en;
}

/// What `suara-audit --version` prints.
[[nodiscard]] inline std::string audit_version_text(lang l = lang::id) {
    std::string out = "suara-audit (suara ";
    out += version_string;
    out += l == lang::id ? ")\nversi katalog aturan " : ")\nrule catalogue version ";
    out += std::to_string(catalogue_version);
    out += '\n';
    return out;
}

/// Parses the command line (argv[0] excluded) with CLI11 over audit_option_table: `--opt value`,
/// `--opt=value`, `-o FILE`, `--` before inputs that start with '-'. Errors are worded in the
/// language of `--lang` wherever it stands on the line (Indonesian by default); unknown options
/// are reported first, then the first bad value in table order.
template <regime_list_type List = known_regimes>
[[nodiscard]] std::variant<audit_options, usage_error> parse_audit_args(const std::vector<std::string>& args) {
    audit_options o;
    // The language first, so that every message can be in it.
    for (std::size_t i = 0; i < args.size() && args[i] != "--"; ++i) {
        std::string_view v;
        if (args[i] == "--lang" && i + 1 < args.size()) v = args[i + 1];
        else if (args[i].rfind("--lang=", 0) == 0) v = std::string_view{args[i]}.substr(7);
        if (v == "id") o.language = lang::id;
        else if (v == "en") o.language = lang::en;
    }
    const bool id = o.language == lang::id;
    auto error = [&](const std::string& in_id, const std::string& in_en) { return usage_error{id ? in_id : in_en, o.language}; };

    const auto& table = audit_option_table<List>();
    CLI::App app{"suara-audit"};
    app.set_help_flag();  // -h/--help is a row of the table, so that it is worded in --lang
    app.allow_extras();   // unknown options are collected and reported in --lang
    std::vector<std::string> values(table.size());
    std::vector<CLI::Option*> given(table.size(), nullptr);
    for (std::size_t i = 0; i < table.size(); ++i) {
        const std::string names{table[i].names};
        if (table[i].value_en.empty()) given[i] = app.add_flag(names);
        else given[i] = app.add_option(names, values[i])->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
    }
    app.add_option("inputs", o.inputs);
    // CLI11 takes the command line last argument first.
    std::vector<std::string> reversed(args.rbegin(), args.rend());
    try {
        app.parse(reversed);
    } catch (const CLI::ParseError& e) {
        // A value missing at the end of the line, or followed by an option: "--recap: 1 required TEXT missing".
        std::string what = e.what();
        std::string opt = what.substr(0, what.find(':'));
        for (const auto& spec : table)
            if (detail::spelled(spec.names, opt)) {
                if (spec.file) return error(opt + ": perlu nama berkas", opt + ": expected a file name");
                return error(opt + ": perlu nilai", opt + ": expected a value");
            }
        return error("argumen tidak dapat dibaca: " + what, "cannot read the arguments: " + what);
    }
    for (const auto& extra : app.remaining())
        if (extra != "--") return error("opsi tidak dikenal " + detail::quoted_arg(extra), "unknown option " + detail::quoted_arg(extra));
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (given[i]->count() == 0) continue;
        if (auto problem = table[i].set(o, values[i])) return error(problem->id, problem->en);
    }
    return o;
}

/// Exit codes of docs/cli.md.
inline constexpr int exit_clean = 0;
inline constexpr int exit_errors = 1;
inline constexpr int exit_usage = 2;
inline constexpr int exit_nothing_validated = 3;

/// What the tool asks of a Sirekap reader besides the path.
struct sirekap_request {
    std::optional<kontes> default_kontes;  ///< for files whose path names no contest (--kontes)
    /// Called with each record's bytes as they are read (the digest of the input).
    std::function<void(const std::string& file, std::string_view bytes)> on_record;
    /// Called, after the sheets of the same read went to on_batch, with the legislative rows
    /// read (sirekap_result::legislative) and those sheets (whose PPWP rows join the
    /// cross-contest rules of their TPS). Empty: legislative rows are not asked for.
    std::function<void(legislative_batch& legislative, const sheet_batch& sheets)> on_legislative;
};

/// What the embedded data set is, stated at the top of every report of it.
struct embedded_description {
    std::string name;        ///< "balikpapan_2024 (suara_demo/balikpapan_2024.hpp)"
    bool synthetic = false;
    std::string note_id;     ///< what the data are, in Indonesian
    std::string note_en;     ///< and in English
};

/// What the audit can use besides CSV: Sirekap JSON and the embedded data set live in headers
/// with extra dependencies (Boost.JSON), and the digest (SHA-256) and decompression (zlib) in
/// libraries the headers do not link, so the tool plugs them in here. Each may be empty.
struct audit_sources {
    /// Reads one Sirekap file or directory; calls on_batch per batch; returns its read report.
    /// Empty: Sirekap input is refused with a usage error.
    std::function<io::read_report(const std::string& path, const sirekap_request& request,
                                  const std::function<void(sheet_batch&)>& on_batch)>
        sirekap;
    /// The embedded data set (no input given), its region names and what it is.
    std::function<const sheet_batch&()> embedded;
    std::function<const region_names*()> embedded_names;
    embedded_description embedded_about;
    /// The digest of every input (suara-audit: SHA-256 by OpenSSL). Empty: reports say "no digest".
    digest_source digest;
    /// Unpacks a gzip file held in memory (suara-audit: zlib); nullopt when it is corrupt. Empty:
    /// a .gz --regions, --recap or --names file is refused with a clear message.
    std::function<std::optional<std::string>(std::string_view gzip_bytes)> gunzip;
    /// Where to look for region names when --names is not given, first found wins (suara-audit:
    /// the build tree's data/, then the installed share/suara/).
    std::vector<std::string> names_files;
    /// Names parties and candidates in the lines for people (bulk/ballot_labels.hpp; a candidate
    /// list). nullptr: by number ("partai 3, nomor urut 2").
    const ballot_labeller* labeller = nullptr;
    /// Reads the candidate lists of --caleg (a file or folder), calling on_file with each list
    /// file's bytes as it is read, and makes them the Sirekap reader's (candidate id -> nomor
    /// urut) and `labeller`'s (names); returns its read report (each party and candidate one
    /// record). Empty: --caleg is refused with a usage error.
    std::function<io::read_report(const std::string& path,
                                  const std::function<void(const std::string& file, std::string_view bytes)>& on_file)>
        caleg;
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

/// True for the names of Sirekap archives and NDJSON (io/sirekap_archive.hpp reads them).
[[nodiscard]] inline bool sirekap_container_name(std::string_view p) noexcept {
    for (std::string_view s : {".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz", ".ndjson", ".jsonl"})
        if (p.size() >= s.size() && p.substr(p.size() - s.size()) == s) return true;
    return false;
}

[[nodiscard]] inline bool looks_like_json(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char c = 0;
    while (in.get(c))
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return c == '{';
    return false;
}

/// Why a side input (--recap, --regions, --names) is refused as a whole.
namespace side_reason {
inline constexpr bilingual gzip_unsupported{"berkas gzip, dan build ini tidak dapat membukanya (buka dulu dengan gzip -dc):",
                                            "gzip file, which this build cannot unpack (unpack it first with gzip -dc):"};
inline constexpr bilingual gzip_corrupt{"berkas gzip rusak:", "corrupt gzip file:"};
inline constexpr bilingual compressed{"berkas terkompresi (xz, bzip2, zip atau zstd), bukan teks:",
                                      "compressed file (xz, bzip2, zip or zstd), not text:"};
inline constexpr bilingual binary{"berkas biner, bukan teks:", "binary file, not text:"};
}  // namespace side_reason

[[nodiscard]] inline bool starts_with_bytes(std::string_view s, std::string_view magic) noexcept {
    return s.size() >= magic.size() && s.substr(0, magic.size()) == magic;
}

/// A whole small input read, digested and (gzip) unpacked; `why` set when it is refused.
struct side_input {
    std::string text;
    input_record record;
    const bilingual* why = nullptr;
};

[[nodiscard]] inline side_input read_side_input(const std::string& path, input_role role, const audit_sources& sources) {
    side_input r;
    r.record.role = role;
    r.record.kind = input_kind::text;
    r.record.path = path;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        r.why = &io::input_reason::cannot_open;
        return r;
    }
    std::string raw{std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
    if (in.bad()) {
        r.why = &io::input_reason::read_error;
        return r;
    }
    r.record.bytes = raw.size();
    if (sources.digest) {
        auto d = sources.digest.make();
        d->update(raw);
        r.record.digest = d->finish();
    }
    if (starts_with_bytes(raw, "\x1f\x8b")) {
        r.record.kind = input_kind::gzip_text;
        if (!sources.gunzip) {
            r.why = &side_reason::gzip_unsupported;
            return r;
        }
        auto unpacked = sources.gunzip(raw);
        if (!unpacked) {
            r.why = &side_reason::gzip_corrupt;
            return r;
        }
        r.text = std::move(*unpacked);
    } else if (starts_with_bytes(raw, "\xFD" "7zXZ") || starts_with_bytes(raw, "BZh") || starts_with_bytes(raw, "PK\x03\x04") ||
               starts_with_bytes(raw, "\x28\xB5\x2F\xFD")) {
        r.why = &side_reason::compressed;
        return r;
    } else {
        r.text = std::move(raw);
    }
    // Text has no NUL byte; anything else is refused whole rather than read as thousands of
    // rejected lines.
    if (r.text.find('\0') != std::string::npos) r.why = &side_reason::binary;
    return r;
}

/// The smallest region containing every sheet and its parents, named from `names`.
inline void describe_region(audit_provenance& p, const coverage& cov, const region_names* names) {
    p.any_sheet = cov.sheets() != 0;
    p.region.clear();
    const auto smallest = cov.smallest_region();
    if (!smallest || smallest->second == 0) return;
    auto [code, digits] = *smallest;
    for (int d : {10, 6, 4, 2}) {
        if (d > digits) continue;
        std::uint64_t div = 1;
        for (int i = d; i < digits; ++i) div *= 10;
        region_ref r{code / div, d, {}};
        if (names != nullptr)
            if (auto it = names->find(r.code); it != names->end()) r.name = it->second;
        p.region.push_back(std::move(r));
    }
}

/// The codes whose names a report needs (the covering region and its parents).
[[nodiscard]] inline std::vector<std::uint64_t> wanted_region_codes(const coverage& cov) {
    audit_provenance p;
    describe_region(p, cov, nullptr);
    std::vector<std::uint64_t> out;
    for (const auto& r : p.region) out.push_back(r.code);
    return out;
}

}  // namespace detail

namespace detail {
/// A report file written whole or not at all: the report goes to a new temporary file beside
/// the target, renamed over it by commit(); a report never committed is removed, so a failed
/// or interrupted run leaves no half report under the target's name.
class atomic_output {
public:
    explicit atomic_output(const std::string& target) : target_{target} {
        namespace fs = std::filesystem;
        const fs::path t{target};
        const fs::path dir = t.has_parent_path() ? t.parent_path() : fs::path{"."};
        // O_EXCL: a name nobody else holds; mode 0666 less the umask, as any new file.
        for (unsigned attempt = 0; attempt < 100 && fd_ < 0; ++attempt) {
            // appended rather than `"." + ...`, which g++ 12 -O3 warns about (-Wrestrict, a false positive)
            std::string name{"."};
            name += t.filename().string();
            name += ".tmp-";
            name += std::to_string(::getpid());
            name += '-';
            name += std::to_string(attempt);
            temp_ = (dir / name).string();
            fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
            if (fd_ < 0 && errno != EEXIST) break;
        }
        if (fd_ < 0) {
            temp_.clear();
            return;
        }
        stream_.open(temp_, std::ios::binary | std::ios::trunc);
    }
    atomic_output(const atomic_output&) = delete;
    atomic_output& operator=(const atomic_output&) = delete;
    ~atomic_output() {
        if (fd_ >= 0) ::close(fd_);
        if (!committed_ && !temp_.empty()) ::unlink(temp_.c_str());
    }
    /// True when the temporary file could be made.
    [[nodiscard]] bool ok() const noexcept { return fd_ >= 0 && stream_.is_open(); }
    [[nodiscard]] std::ostream& stream() noexcept { return stream_; }
    /// Flushes the report to disk and renames it over the target; false on failure (the
    /// temporary file is then removed).
    [[nodiscard]] bool commit() {
        stream_.flush();
        const bool written = static_cast<bool>(stream_);
        stream_.close();
        if (!written || ::fsync(fd_) != 0) return false;
        if (::rename(temp_.c_str(), target_.c_str()) != 0) return false;
        committed_ = true;
        return true;
    }

private:
    std::string target_;
    std::string temp_;
    int fd_ = -1;
    std::ofstream stream_;
    bool committed_ = false;
};
/// A csv file of the new outputs (--actions, --rollup): `text` with '\n' line ends as made,
/// with a byte order mark and CRLF line ends for --excel, written whole or not at all as the
/// report is (a pipeline never reads half a list). False when it cannot be written.
[[nodiscard]] inline bool write_csv_file(const std::string& path, const std::string& text, bool excel) {
    atomic_output f{path};
    if (!f.ok()) return false;
    if (excel) {
        std::string crlf{"\xEF\xBB\xBF"};
        for (char c : text) {
            if (c == '\n') crlf += '\r';
            crlf += c;
        }
        f.stream() << crlf;
    } else {
        f.stream() << text;
    }
    return f.commit();
}

/// The checks not run, the action list and the roll-up with materiality (issue 14 items 2 to 5)
/// into the report (text sections, jsonl records) and the --actions / --rollup csv files.
/// The text roll-up lists villages only when there are at most `text_village_limit` of them (the
/// csv and jsonl always have every level). False after a message when a file cannot be written.
inline constexpr std::size_t text_village_limit = 200;
template <regime_list_type List>
[[nodiscard]] bool write_action_outputs(const audit_options& opt, const regime_list_engine<List>& engine, report_writer& writer,
                                        const audit_summary& summary, const std::vector<action_row>& rows,
                                        const std::vector<region_total>& totals, const region_names* names, rule_set enabled,
                                        std::ostream& err) {
    const lang l = opt.language;
    auto visit = [&](kontes k, auto&& fn) { return engine.visit(k, fn); };
    writer.summary_note(render_not_run(summary, l, enabled));
    writer.record(not_run_jsonl(summary, l, enabled));
    if (writer.format() == output_format::text) {
        writer.section(render_action_list_by_contest(rows, names, l, visit));
        std::size_t villages = 0;
        for (const auto& t : totals) villages += t.level == region_level::village ? 1 : 0;
        // Without --regions the missing TPS are unknown, so no region "cannot change": say why.
        const std::string no_regions =
            !totals.empty() && !totals.front().expected
                ? std::string{l == lang::id ? "  (tanpa --regions TPS yang hilang tidak diketahui: materialitas hanya \"dapat mengubah\" atau "
                                              "\"tidak dapat ditentukan\")\n"
                                            : "  (without --regions the missing TPS are unknown: materiality is only \"could change\" or "
                                              "\"undetermined\")\n"}
                : std::string{};
        if (villages <= text_village_limit) {
            writer.section(render_rollup_table(totals, names, l) + no_regions);
        } else {
            std::vector<region_total> upper;
            for (const auto& t : totals)
                if (t.level != region_level::village) upper.push_back(t);
            std::string text = render_rollup_table(upper, names, l);
            text += l == lang::id ? "  (" + std::to_string(villages) + " kelurahan/desa: lihat --rollup BERKAS atau --output jsonl)\n"
                                  : "  (" + std::to_string(villages) + " villages: see --rollup FILE or --output jsonl)\n";
            writer.section(text + no_regions);
        }
    }
    for (const auto& r : rows) writer.record(visit(r.contest, [&]<class R>() { return action_jsonl<R>(r, names, l); }));
    for (const auto& t : totals) writer.record(rollup_jsonl(t, names, l));
    auto failed = [&](const std::string& path) {
        err << "suara-audit: " << (l == lang::id ? "galat tulis" : "write error") << ' ' << path << '\n';
        return false;
    };
    if (!opt.actions.empty()) {
        std::string text;
        for (std::size_t i = 0; i < action_csv_columns.size(); ++i) {
            if (i != 0) text += ',';
            text += action_csv_columns[i];
        }
        text += '\n';
        for (const auto& r : rows) text += visit(r.contest, [&]<class R>() { return action_csv_row<R>(r, names, l); });
        if (!write_csv_file(opt.actions, text, opt.excel)) return failed(opt.actions);
    }
    if (!opt.rollup.empty()) {
        const std::size_t n = rollup_candidate_columns(totals);
        std::string text = rollup_csv_header(n);
        for (const auto& t : totals) text += rollup_csv_row(t, n, names, l);
        if (!write_csv_file(opt.rollup, text, opt.excel)) return failed(opt.rollup);
    }
    return true;
}

/// The audit itself, writing the report to `out`; `*wrote` is set once the report is written.
template <regime_list_type List>
int run_audit_to(const audit_options& opt, const audit_sources& sources, std::ostream& out, std::ostream& err, bool terminal,
                 bool& wrote) {
    // An input that cannot be read at all: one line on standard error, exit status 2.
    auto unreadable = [&](const bilingual& why, const std::string& path) {
        err << "suara-audit: " << why.in(opt.language) << ' ' << path << '\n';
        return exit_usage;
    };
    if (!opt.regime.is_by_contest() && !List::find(opt.regime.name)) {
        err << "suara-audit: "
            << (opt.language == lang::id ? "--regime: harus " + regime_names_listed<List>(" atau ") + ", bukan '"
                                         : "--regime: expected " + regime_names_listed<List>(" or ") + ", got '")
            << opt.regime.name << "'\n";
        return exit_usage;
    }
    const regime_list_engine<List> engine{opt.regime};
    audit_provenance provenance;
    provenance.regime_option = opt.regime.is_by_contest() ? std::string{"auto"} : std::string{opt.regime.name};
    provenance.digest_name = sources.digest ? sources.digest.name : std::string{};
    if (opt.run_time) {
        provenance.time = *opt.run_time;
    } else {
        const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
        const auto t = run_time_from(epoch);
        if (!t) {
            err << "suara-audit: "
                << (opt.language == lang::id ? "SOURCE_DATE_EPOCH harus bilangan detik sejak 1970-01-01 UTC, bukan '"
                                             : "SOURCE_DATE_EPOCH must be a number of seconds since 1970-01-01 UTC, not '")
                << epoch << "'\n";
            return exit_usage;
        }
        provenance.time = t->seconds;
        provenance.time_from_source_date_epoch = t->from_source_date_epoch;
    }

    // Roll-up inputs and region names first: an unreadable file is a usage-level failure (exit 2).
    io::read_report side_report;
    std::vector<recap_entry> recaps;
    std::vector<tps_code> expected;
    std::vector<input_record> side_records;
    if (!opt.recap.empty()) {
        auto in = detail::read_side_input(opt.recap, input_role::recap, sources);
        if (in.why != nullptr) return unreadable(*in.why, opt.recap);
        std::istringstream text{std::move(in.text)};
        recaps = read_recap_csv(text, opt.recap, side_report);
        side_records.push_back(std::move(in.record));
    }
    if (!opt.regions.empty()) {
        auto in = detail::read_side_input(opt.regions, input_role::regions, sources);
        if (in.why != nullptr) return unreadable(*in.why, opt.regions);
        std::istringstream text{std::move(in.text)};
        expected = read_tps_codes(text, opt.regions, side_report);
        side_records.push_back(std::move(in.record));
    }
    std::optional<detail::side_input> names_file;
    if (!opt.names.empty()) {
        names_file = detail::read_side_input(opt.names, input_role::names, sources);
        if (names_file->why != nullptr) return unreadable(*names_file->why, opt.names);
    }
    // The candidate lists before any Sirekap record: the reader maps candidate ids by them.
    if (!opt.caleg.empty()) {
        std::error_code ec;
        if (!std::filesystem::exists(opt.caleg, ec)) return unreadable(io::input_reason::cannot_open, opt.caleg);
        if (!sources.caleg) {
            err << "suara-audit: "
                << (opt.language == lang::id ? "--caleg: daftar calon Sirekap tidak tersedia di build ini"
                                             : "--caleg: Sirekap candidate lists are not available in this build")
                << '\n';
            return exit_usage;
        }
        const bool dir = std::filesystem::is_directory(opt.caleg, ec);
        input_record rec;
        rec.role = input_role::caleg;
        rec.kind = dir ? input_kind::sirekap_folder : input_kind::sirekap_file;
        rec.path = opt.caleg;
        // digested as a Sirekap folder is: the sha256sum listing of its files (bulk/provenance.hpp)
        std::unique_ptr<input_digest> listing = sources.digest ? sources.digest.make() : nullptr;
        const io::read_report lists = sources.caleg(opt.caleg, [&](const std::string& file, std::string_view bytes) {
            rec.bytes += bytes.size();
            ++rec.files;
            if (!listing) return;
            if (!dir) {
                listing->update(bytes);
                return;
            }
            auto d = sources.digest.make();
            d->update(bytes);
            std::string line = d->finish();
            line += "  ";
            line += std::filesystem::path{file}.lexically_relative(opt.caleg).generic_string();
            line += '\n';
            listing->update(line);
        });
        if (listing) rec.digest = listing->finish();
        for (const auto& r : lists.rejections) side_report.rejections.push_back(r);
        for (const auto& w : lists.warnings) side_report.warnings.push_back(w);
        side_records.push_back(std::move(rec));
    }
    // Every input must exist before anything is written, so that a typo gives exit 2 and no
    // half report.
    for (const auto& in : opt.inputs) {
        if (in == "-") continue;
        std::error_code ec;
        if (!std::filesystem::exists(in, ec)) return unreadable(io::input_reason::cannot_open, in);
    }
    if (opt.inputs.empty() && !sources.embedded) {
        err << "suara-audit: "
            << (opt.language == lang::id ? "tidak ada masukan dan tidak ada data bawaan" : "no input and no embedded data set")
            << '\n';
        return exit_usage;
    }

    // The tuning: the rules file first, then --rules and --ignore, then --min-severity.
    rule_tuning tuning;
    std::optional<input_record> rules_record;
    if (!opt.rules_file.empty()) {
        auto in = detail::read_side_input(opt.rules_file, input_role::rules, sources);
        if (in.why != nullptr) return unreadable(*in.why, opt.rules_file);
        if (auto problem = apply_rules_file(in.text, opt.rules_file, tuning)) {
            err << "suara-audit: " << (opt.language == lang::id ? problem->id : problem->en) << '\n';
            return exit_usage;
        }
        rules_record = std::move(in.record);
    }
    for (std::size_t i = 0; i < rule_count; ++i) {
        const auto r = static_cast<rule_id>(i);
        if (!opt.only.contains(r) || opt.ignored.contains(r)) tuning.enabled.erase(r);
    }
    tuning.min_level = opt.min_severity;
    {
        auto& st = provenance.settings;
        auto keys = [](auto&& pick) {
            std::string out;
            for (std::size_t i = 0; i < rule_count; ++i) {
                std::string v = pick(i);
                if (v.empty()) continue;
                if (!out.empty()) out += ", ";
                out += v;
            }
            return out.empty() ? std::string{"-"} : out;
        };
        st.push_back({"fail_on", opt.fail_on.text});
        st.push_back({"min_severity", std::string{to_string(opt.min_severity)}});
        st.push_back({"rules", opt.rules_only.empty() ? std::string{"*"} : opt.rules_only});
        st.push_back({"ignore", opt.ignore.empty() ? std::string{"-"} : opt.ignore});
        st.push_back({"rules_file", opt.rules_file.empty() ? std::string{"-"} : opt.rules_file});
        st.push_back({"disabled", keys([&](std::size_t i) {
                          return tuning.enabled.contains(static_cast<rule_id>(i)) ? std::string{} : std::string{rule_keys[i]};
                      })});
        st.push_back({"severity", keys([&](std::size_t i) {
                          const auto& l = tuning.rules[i].level;
                          return l ? std::string{rule_keys[i]} + "=" + std::string{to_string(*l)} : std::string{};
                      })});
        st.push_back({"tolerance", keys([&](std::size_t i) {
                          const auto& t = tuning.rules[i].tolerance;
                          return t ? std::string{rule_keys[i]} + "=" + t->text() : std::string{};
                      })});
    }

    bulk_validator<tuned_engine<regime_list_engine<List>>> validator{tuned_engine<regime_list_engine<List>>{engine, tuning},
                                                                     validate_options{opt.threads, rule_set::all()}};
    // Everything is held until the end: the header comes first and needs every digest.
    std::ostringstream html_discard;  // --output html: the page replaces the writer's report
    std::optional<html_report> html;
    if (opt.html) html.emplace(html_report_options{opt.language, expected, 20000});
    report_writer writer{opt.html ? html_discard : out, opt.output, opt.language, true};
    writer.set_excel(opt.excel);
    // --rejections and --summary: opened before anything is read, so that a bad path is a usage
    // error (exit 2) before any work.
    std::ofstream rejections_file, summary_file;
    auto open_split = [&](const std::string& path, std::ofstream& f) {
        if (path.empty()) return true;
        f.open(path, std::ios::binary | std::ios::trunc);
        return static_cast<bool>(f);
    };
    if (!open_split(opt.rejections, rejections_file)) return unreadable(io::input_reason::cannot_open, opt.rejections);
    if (!open_split(opt.summary, summary_file)) return unreadable(io::input_reason::cannot_open, opt.summary);
    // --actions and --rollup: checked the same way, without touching the target (they are
    // written at the end, whole, through a temporary file beside it).
    for (const auto* path : {&opt.actions, &opt.rollup}) {
        if (path->empty()) continue;
        const atomic_output probe{*path};
        if (!probe.ok()) return unreadable(io::input_reason::cannot_open, *path);
    }
    if (!opt.rejections.empty()) writer.split_rejections(rejections_file);
    if (!opt.summary.empty()) writer.split_summary(summary_file);
    // The roll-up by region and the action list (issue 14 items 2 to 4), gathered as the
    // findings come: the expected TPS codes are copied before the missing-TPS check takes them.
    rollup_table_options rollup_opts;
    rollup_opts.expected = expected;
    rollup_table rollup{std::move(rollup_opts)};
    action_list actions;
    std::vector<row_mark> marks;
    recap_checker recap{std::move(recaps)};
    missing_tps_checker missing{std::move(expected)};
    coverage covered;

    bool fail_hit = false;       // some finding fails the run (--fail-on)
    bool input_refused = false;  // some input could not be read as its format at all
    // Each finding with its regime, must/may (tally/verdict.hpp decides the same way) and the
    // place its sheet came from: the batch's source and line, or its record's own origin.
    auto annotate_and_write = [&](const finding& f, const sheet_batch* b, std::size_t row) {
        if (opt.fail_on.fails(f)) fail_hit = true;
        engine.visit(f.contest, [&]<class R>() {
            const bool rollup = f.rule == rule_id::recap_mismatch || f.rule == rule_id::recap_missing_tps;
            finding_context where;
            where.regime = R::name;
            where.mandatory = f.user_key.empty() ? describe<R>(f.rule).mandatory : true;
            if (b != nullptr) {
                const auto origin = b->origin(row);
                where.file = origin.file.empty() ? b->source() : origin.file;
                where.line = b->lines()[row];
                where.ts = origin.ts;
                where.images = origin.images;
            }
            const std::string basis = basis_text(describe<R>(f.rule).basis);
            const std::string message = rollup ? explain_rollup(f, opt.language) : explain<R>(f, opt.language);
            writer.finding(f, basis, message, where);
            if (b != nullptr) actions.add<R>(f);  // a sheet's finding; the roll-up rules name regions
            if (html) html->add_finding(f, basis, message, where, b, row);
        });
    };
    auto on_batch = [&](sheet_batch& b) {
        marks.assign(b.size(), row_mark{});
        validator.feed(b, [&](const finding& f, std::size_t row) {
            marks[row].add(f);
            annotate_and_write(f, &b, row);
        });
        rollup.add(b, marks);
        if (html) html->add_batch(b);
        recap.add(b);
        missing.add(b);
        covered.add(b);
    };
    // Legislative rows (DPR, DPRD, DPD): each through check_legislative, each TPS's sheets (with
    // the PPWP rows of the same read) through check_tps_contests; their findings go where a
    // sheet's go, named for people by the labeller.
    const ballot_labeller default_labeller;
    const ballot_labeller& labeller = sources.labeller != nullptr ? *sources.labeller : default_labeller;
    std::vector<row_mark> legislative_marks;
    auto on_legislative = [&](legislative_batch& leg, const sheet_batch& sheets) {
        if (leg.empty()) return;
        const sheet_batch& admin = leg.administration();
        legislative_marks.assign(leg.size(), row_mark{});
        legislative_options lo;
        lo.threads = opt.threads;
        lo.tune = [&](finding& f) { return tuning.apply(f); };
        audit_summary counts;
        validate_legislative_with(
            leg, &sheets, [&](kontes k, auto&& fn) { return engine.visit(k, fn); }, lo,
            [&](const finding& f, legislative_place at) {
                const sheet_batch& b = at.ppwp ? sheets : admin;
                if (!at.ppwp) legislative_marks[at.row].add(f);
                if (opt.fail_on.fails(f)) fail_hit = true;
                const std::string_view dapil = at.ppwp ? std::string_view{} : leg.dapils()[at.row].view();
                // a DPD sheet has no dapil code: its district is the province (the lists' key)
                std::string province;
                if (!at.ppwp && dapil.empty() && f.contest == kontes::pdpd) province = to_string(admin.codes()[at.row]).substr(0, 2);
                const std::string_view label_dapil = province.empty() ? dapil : std::string_view{province};
                engine.visit(f.contest, [&]<class R>() {
                    finding_context where;
                    where.regime = R::name;
                    where.mandatory = f.user_key.empty() ? describe<R>(f.rule).mandatory : true;
                    const auto origin = b.origin(at.row);
                    where.file = origin.file.empty() ? b.source() : origin.file;
                    where.line = b.lines()[at.row];
                    where.ts = origin.ts;
                    where.images = origin.images;
                    where.dapil = dapil;
                    const std::string basis = basis_text(describe<R>(f.rule).basis);
                    const std::string message =
                        label_legislative_message<R>(explain<R>(f, opt.language), f.contest, label_dapil, labeller, opt.language);
                    writer.finding(f, basis, message, where);
                    actions.add<R>(f);
                    if (html) html->add_finding(f, basis, message, where, at.ppwp ? nullptr : &b, at.row);
                });
            },
            counts);
        validator.merge_summary(counts);
        rollup.add(admin, legislative_marks);
        if (html) html->add_batch(admin);
        covered.add(admin);
    };
    auto take_report = [&](const io::read_report& rep) {
        validator.count_rejected(rep.summary.rejected);
        for (const auto& r : rep.rejections) writer.rejected(r);
        for (const auto& w : rep.warnings) writer.warning(w);
    };
    auto new_digest = [&]() -> std::unique_ptr<input_digest> { return sources.digest ? sources.digest.make() : nullptr; };

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
        sheet_batch copy = sources.embedded();
        // The embedded set is digested as the C.Hasil CSV that io::write_csv makes of it.
        input_record rec;
        rec.kind = input_kind::embedded;
        rec.path = sources.embedded_about.name.empty() ? std::string{"embedded"} : sources.embedded_about.name;
        std::ostringstream csv;
        io::write_csv(csv, copy);
        const std::string text = csv.str();
        rec.bytes = text.size();
        if (auto d = new_digest()) {
            d->update(text);
            rec.digest = d->finish();
        }
        provenance.inputs.push_back(std::move(rec));
        // Its rows' places are the lines of that CSV (the header is line 1).
        copy.set_source(provenance.inputs.back().path);
        for (std::size_t i = 0; i < copy.size(); ++i) copy.set_line(i, i + 2);
        on_batch(copy);
    }
    for (const auto& in : opt.inputs) {
        const bool dir = in != "-" && std::filesystem::is_directory(in);
        input_format fmt = opt.format;
        if (fmt == input_format::auto_detect) {
            const auto ext = std::filesystem::path(in).extension().string();
            if (in == "-" || ext == ".csv") fmt = input_format::csv;
            else if (dir || ext == ".json" || detail::sirekap_container_name(in)) fmt = input_format::sirekap;
            else fmt = detail::looks_like_json(in) ? input_format::sirekap : input_format::csv;
        }
        input_record rec;
        rec.path = in;
        if (fmt == input_format::sirekap) {
            if (!sources.sirekap) {
                err << "suara-audit: "
                    << (opt.language == lang::id ? "masukan Sirekap tidak tersedia di build ini"
                                                 : "Sirekap input is not available in this build")
                    << '\n';
                return exit_usage;
            }
            rec.kind = dir ? input_kind::sirekap_folder : input_kind::sirekap_file;
            // A folder is digested as the sha256sum listing of its records (bulk/provenance.hpp),
            // each record as it is read.
            auto listing = new_digest();
            std::unique_ptr<input_digest> whole;
            sirekap_request request;
            request.default_kontes = opt.sirekap_kontes;
            request.on_legislative = on_legislative;
            request.on_record = [&](const std::string& file, std::string_view bytes) {
                rec.bytes += bytes.size();
                ++rec.files;
                if (!listing) return;
                if (!dir) {
                    listing->update(bytes);
                    return;
                }
                auto d = new_digest();
                d->update(bytes);
                std::string line = d->finish();
                line += "  ";
                line += std::filesystem::path{file}.lexically_relative(in).generic_string();
                line += '\n';
                listing->update(line);
            };
            take_report(sources.sirekap(in, request, on_batch));
            if (listing) rec.digest = listing->finish();
            provenance.inputs.push_back(std::move(rec));
            continue;
        }
        rec.kind = in == "-" ? input_kind::standard_input : input_kind::csv;
        auto digest = new_digest();
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
        // An unmapped input's first block is read before its reader is chosen.
        std::vector<char> buf(map.mapped() ? 0 : csv_opts.block_bytes);
        std::size_t first_got = map.mapped() ? 0 : std::fread(buf.data(), 1, buf.size(), f);
        // Which CSV: the legislative one names nomor_urut in its header (docs/formats.md).
        const std::string_view head = map.mapped() ? map.view() : std::string_view{buf.data(), first_got};
        const bool legislative_csv = io::is_legislative_csv_header(head.substr(0, head.find('\n')));
        detail::progress bar{terminal && !opt.quiet, total};
        // Feeds the whole input to `reader` (a C.Hasil or a legislative CSV reader), digested
        // as it goes; rejections and warnings are written batch by batch and dropped, so that a
        // file of bad rows costs no memory per row (the reader's counts stay exact).
        auto read_all = [&](auto& reader, auto&& on_reader_batch) -> std::optional<int> {
            auto drain = [&] {
                auto& rep = reader.report();
                for (const auto& r : rep.rejections) writer.rejected(r);
                for (const auto& w : rep.warnings) writer.warning(w);
                rep.rejections.clear();
                rep.warnings.clear();
            };
            auto on_b = [&](auto& b) {
                on_reader_batch(b);
                drain();
            };
            std::uint64_t done = 0;
            if (map.mapped()) {
                const std::string_view all = map.view();
                for (std::size_t off = 0; off < all.size(); off += block) {
                    const std::string_view part = all.substr(off, block);
                    // The digest reads the block while the reader parses it: on its own thread when
                    // the reader has several (the block's pages are then read from memory once by
                    // both), else just before it.
                    {
                        std::jthread hashing;
                        if (digest && csv_opts.parse_threads > 1) hashing = std::jthread{[&] { digest->update(part); }};
                        else if (digest) digest->update(part);
                        reader.feed(part, on_b);
                    }
                    map.release(off, block);  // parsed and digested (the unfinished line is copied)
                    done = std::min<std::uint64_t>(all.size(), off + block);
                    bar.update(done);
                }
                rec.bytes = all.size();
            } else {
                for (std::size_t got = first_got; got != 0; got = std::fread(buf.data(), 1, buf.size(), f)) {
                    const std::string_view part{buf.data(), got};
                    if (digest) digest->update(part);
                    reader.feed(part, on_b);
                    done += got;
                    bar.update(done);
                }
                rec.bytes = done;
            }
            reader.finish(on_b);
            if (reader.header_failed()) input_refused = true;
            if (!map.mapped() && std::ferror(f) != 0) return unreadable(io::input_reason::read_error, in);
            drain();
            take_report(reader.report());  // the counts; its lists are empty by now
            return std::nullopt;
        };
        std::optional<int> failed;
        if (legislative_csv) {
            // No PPWP sheet joins the cross-contest rules of a legislative CSV (a C.Hasil CSV of
            // the same TPS is another input): its own contests are compared.
            static const sheet_batch no_sheets;
            io::legislative_csv_reader reader{in, csv_opts};
            failed = read_all(reader, [&](legislative_batch& b) { on_legislative(b, no_sheets); });
        } else {
            io::csv_reader reader{in, csv_opts};
            failed = read_all(reader, [&](sheet_batch& b) { on_batch(b); });
        }
        if (failed) return *failed;
        if (digest) rec.digest = digest->finish();
        provenance.inputs.push_back(std::move(rec));
    }

    auto count_and_write = [&](const finding& found) {
        finding f = found;
        if (!tuning.apply(f)) return;  // the roll-up rules are tuned as the sheet rules are
        validator.count_finding(f);
        annotate_and_write(f, nullptr, 0);
    };
    recap.finish(count_and_write);
    missing.finish(count_and_write);

    // The header: what was read, by which rules, over which region.
    for (auto& r : side_records) provenance.inputs.push_back(std::move(r));
    if (rules_record) provenance.inputs.push_back(std::move(*rules_record));
    for (auto k : all_kontes) {
        if (!covered.has(k)) continue;
        provenance.contests.push_back(k);
        const std::string name{engine.visit(k, []<class R>() { return std::string_view{R::name}; })};
        if (std::find(provenance.regimes.begin(), provenance.regimes.end(), name) == provenance.regimes.end()) {
            provenance.regimes.push_back(name);
            provenance.elections.push_back(election_of(name));
        }
    }
    const region_names* embedded_names = opt.inputs.empty() && sources.embedded_names ? sources.embedded_names() : nullptr;
    region_names file_names;
    const region_names* names = nullptr;
    if (!names_file && embedded_names == nullptr && covered.sheets() != 0) {
        for (const auto& candidate : sources.names_files) {
            std::error_code ec;
            if (!std::filesystem::is_regular_file(candidate, ec)) continue;
            auto in = detail::read_side_input(candidate, input_role::names, sources);
            if (in.why == nullptr) {
                names_file = std::move(in);
                break;
            }
        }
    }
    const std::vector<region_total> totals = rollup.finish();
    const std::vector<action_row> action_rows = actions.rows();
    if (names_file) {
        // The names of the covering region, and of every region of the roll-up and the action list.
        std::vector<std::uint64_t> wanted = detail::wanted_region_codes(covered);
        for (const auto& t : totals) wanted.push_back(t.code);
        if (html) {
            const auto more = html->region_codes();
            wanted.insert(wanted.end(), more.begin(), more.end());
        }
        file_names = region_names_from_tsv(names_file->text, wanted);
        names = &file_names;
        provenance.names_source = names_file->record.path;
        provenance.inputs.push_back(std::move(names_file->record));
    } else if (embedded_names != nullptr) {
        names = embedded_names;
        provenance.names_source = "embedded";
    }
    detail::describe_region(provenance, covered, names);
    if (opt.inputs.empty()) {
        provenance.synthetic = sources.embedded_about.synthetic;
        provenance.note_id = sources.embedded_about.note_id;
        provenance.note_en = sources.embedded_about.note_en;
    } else {
        provenance.note_id = "suara tidak dapat mengetahui apakah berkas masukan berisi data nyata atau data bangkitan";
        provenance.note_en = "suara cannot tell whether input files hold real or generated data";
    }

    const audit_summary& summary = validator.summary();
    if (!detail::write_action_outputs<List>(opt, engine, writer, summary, action_rows, totals, names, tuning.enabled, err)) return exit_usage;
    writer.finish(summary, names, &provenance);
    if (html)
        html->write(out, summary, provenance, names, [&](const action_row& r) {
            return engine.visit(r.contest, [&]<class R>() { return render_action_row<R>(r, names, opt.language); });
        });
    // csv rows are findings only: without --rejections the rejections go to standard error with
    // the warnings, and without --summary the summary as one line for people; jsonl carries the
    // rejections and the summary itself, and its reading warnings go to standard error.
    if (opt.output == output_format::csv) {
        err << writer.rejections_text();
        if (opt.summary.empty()) err << writer.summary_text(summary);
        err << render_not_run(summary, opt.language, tuning.enabled);
    }
    if (opt.output == output_format::jsonl) err << writer.warnings_text();
    if (opt.html) err << writer.rejections_text();
    wrote = true;
    for (auto* f : {&rejections_file, &summary_file}) {
        if (!f->is_open()) continue;
        f->close();
        if (f->fail()) {
            err << "suara-audit: " << (opt.language == lang::id ? "galat tulis" : "write error") << ' '
                << (f == &rejections_file ? opt.rejections : opt.summary) << '\n';
            return exit_usage;
        }
    }
    // The strongest reason wins: an input refused whole, then nothing validated, then findings.
    if (input_refused) return exit_usage;
    if (summary.validated == 0) return exit_nothing_validated;
    return fail_hit ? exit_errors : exit_clean;
}

}  // namespace detail

/// Runs a whole audit with the regimes of List (the one `opt.regime` names, or each sheet's by
/// its contest); returns the exit status (docs/cli.md: 0 clean, 1 findings as `--fail-on` says,
/// 2 usage error or unreadable input, 3 no sheet validated). `out` receives the report, unless
/// `opt.output_file` names a file, which is then written atomically; `err` receives messages.
/// `terminal` says whether standard error is a terminal (progress bar).
template <regime_list_type List = known_regimes>
int run_audit(const audit_options& opt, const audit_sources& sources, std::ostream& out, std::ostream& err,
              bool terminal = false) {
    bool wrote = false;
    if (opt.output_file.empty()) return detail::run_audit_to<List>(opt, sources, out, err, terminal, wrote);
    detail::atomic_output file{opt.output_file};
    if (!file.ok()) {
        err << "suara-audit: "
            << (opt.language == lang::id ? "tidak dapat membuat berkas laporan di samping " : "cannot create the report file beside ")
            << opt.output_file << '\n';
        return exit_usage;
    }
    const int status = detail::run_audit_to<List>(opt, sources, file.stream(), err, terminal, wrote);
    if (!wrote) return status;  // no report: the temporary file goes, the target stays as it was
    if (!file.commit()) {
        err << "suara-audit: " << (opt.language == lang::id ? "tidak dapat menulis laporan " : "cannot write the report ")
            << opt.output_file << '\n';
        return exit_usage;
    }
    return status;
}

}  // namespace suara

#endif  // SUARA_TOOLS_AUDIT_RUN_HPP
