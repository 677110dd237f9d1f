// Tests of what a report says about itself, in process: the rule catalogue's version
// against the fingerprint of its behaviour, the streamed digest of every input, the header of
// each output form, the region and its names, the time of the run, the command line's language.
// The same fields through the real suara-audit (OpenSSL, zlib) are tested in tests/bulk.
#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <unistd.h>
#include <variant>
#include <vector>

#include "audit_run.hpp"
#include <suara/bulk/provenance.hpp>
#include <suara/bulk/report.hpp>
#include <suara_demo/balikpapan_2024.hpp>
#include <suara/version.hpp>

#include "catalogue_fingerprint.hpp"

namespace {

using namespace suara;
namespace fs = std::filesystem;

// ---- the catalogue's version -----------------------------------------------------------------

// HYPOTHETICAL regimes, not law: each changes one rule (a threshold, an outcome, a ground), so
// that the fingerprint is seen to move when a rule does.
constexpr citation hypothetical{.law = "UU x/2099 (hypothetical)", .article = "Pasal 1",
                                .level = confidence::unverified,
                                .note = "hypothetical: invented for this test, not law"};
struct pilkada_smaller_tps : pilkada_2024 {
    static constexpr std::string_view name = "pilkada-smaller-tps";
    static constexpr cited<count_rep> tps_capacity{pilkada_2024::tps_capacity.value - 1, hypothetical};
};
struct pilkada_one_double_voter : pilkada_2024 {
    static constexpr std::string_view name = "pilkada-one-double-voter";
    static constexpr cited<count_rep> psu_multiple_voting_threshold{1, hypothetical};
};
struct pemilu_vs_voters_review : pemilu_2024 {
    static constexpr std::string_view name = "pemilu-vs-voters-review";
    static constexpr cited<outcome> votes_vs_voters_outcome{outcome::review, hypothetical};
};

std::uint64_t current_fingerprint() {
    static const std::uint64_t fp = fingerprint::catalogue_fingerprint<pilkada_2024, pemilu_2024>();
    return fp;
}

std::string hex(std::uint64_t v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%016llXULL", static_cast<unsigned long long>(v));
    return buf;
}

// ---- a digest that records what it was fed ---------------------------------------------------

struct recorded {
    std::vector<std::string> inputs;  // every byte each digest saw, in order
    std::vector<std::size_t> updates;  // update calls per digest
};

class recording_digest final : public input_digest {
public:
    explicit recording_digest(recorded& r) : r_{&r}, slot_{r.inputs.size()} {
        r.inputs.emplace_back();
        r.updates.push_back(0);
    }
    void update(std::string_view bytes) override {
        r_->inputs[slot_] += bytes;
        ++r_->updates[slot_];
    }
    std::string finish() override {
        // A stand-in digest: FNV-1a of the bytes, as hex (the real one is OpenSSL's SHA-256).
        fingerprint::fnv1a h;
        for (char c : r_->inputs[slot_]) h.byte(static_cast<std::uint8_t>(c));
        char buf[24];
        std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h.value()));
        return buf;
    }

private:
    recorded* r_;
    std::size_t slot_;
};

digest_source recording(recorded& r) {
    return {"fnv", [&r] { return std::unique_ptr<input_digest>{new recording_digest{r}}; }};
}

fs::path temp_dir() {
    const auto d = fs::temp_directory_path() / ("suara-provenance-" + std::to_string(::getpid()));
    fs::create_directories(d);
    return d;
}

fs::path write_file(const std::string& name, const std::string& text) {
    const auto p = temp_dir() / name;
    std::ofstream(p, std::ios::binary) << text;
    return p;
}

const std::string columns = "kode_tps,kontes,suara_1,suara_2,suara_sah,suara_tidak_sah,suara_total\n";

struct audit_run {
    int status = -1;
    std::string out, err;
};

audit_run audit(audit_options o, const audit_sources& sources) {
    if (!o.run_time) o.run_time = 1732665600;
    o.quiet = true;
    std::ostringstream out, err;
    audit_run r;
    r.status = run_audit(o, sources, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }

audit_sources embedded_sources() {
    namespace bpn = data::balikpapan_2024;
    audit_sources s;
    s.embedded = []() -> const sheet_batch& {
        static const sheet_batch b = bpn::batch();
        return b;
    };
    s.embedded_names = []() -> const region_names* {
        static const region_names n{{bpn::province.code, std::string{bpn::province.name}},
                                    {bpn::city.code, std::string{bpn::city.name}}};
        return &n;
    };
    s.embedded_about = {std::string{bpn::data_set_name}, bpn::synthetic, std::string{bpn::synthetic_note.id},
                        std::string{bpn::synthetic_note.en}};
    return s;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(catalogue_versioning)

// The test that fails when a rule changes and the version does not.
BOOST_AUTO_TEST_CASE(the_recorded_fingerprint_is_the_catalogues_behaviour) {
    const auto& last = catalogue_releases[std::size(catalogue_releases) - 1];
    BOOST_TEST(last.version == suara::catalogue_version);
    BOOST_TEST(last.fingerprint == current_fingerprint(),
               "the rule catalogue's behaviour changed (a rule's condition, severity or outcome) but its version did "
               "not: catalogue version "
                   << suara::catalogue_version << " was recorded with fingerprint " << hex(last.fingerprint)
                   << ", the catalogue now gives " << hex(current_fingerprint())
                   << ". If the change is intended, bump the version: append {" << suara::catalogue_version + 1 << ", "
                   << hex(current_fingerprint()) << "} to suara::catalogue_releases in include/suara/version.hpp.");
}

BOOST_AUTO_TEST_CASE(releases_count_up_and_each_records_a_change) {
    BOOST_TEST(catalogue_releases[0].version == 1U);
    for (std::size_t i = 1; i < std::size(catalogue_releases); ++i) {
        BOOST_TEST(catalogue_releases[i].version == catalogue_releases[i - 1].version + 1);
        BOOST_TEST(catalogue_releases[i].fingerprint != catalogue_releases[i - 1].fingerprint);
    }
}

BOOST_AUTO_TEST_CASE(the_fingerprint_is_deterministic) {
    BOOST_TEST((fingerprint::catalogue_fingerprint<pilkada_2024, pemilu_2024>() == current_fingerprint()));
}

// The mechanism can fail: one changed threshold, outcome or ground moves the fingerprint.
BOOST_AUTO_TEST_CASE(the_fingerprint_moves_when_a_rule_changes) {
    static_assert(check_regime<pilkada_smaller_tps>() && check_regime<pilkada_one_double_voter>() &&
                  check_regime<pemilu_vs_voters_review>());
    const auto base = current_fingerprint();
    BOOST_TEST((fingerprint::catalogue_fingerprint<pilkada_smaller_tps, pemilu_2024>() != base));
    BOOST_TEST((fingerprint::catalogue_fingerprint<pilkada_one_double_voter, pemilu_2024>() != base));
    BOOST_TEST((fingerprint::catalogue_fingerprint<pilkada_2024, pemilu_vs_voters_review>() != base));
}

// The corpus holds sheets on which nothing fires, so rules firing where they should not count.
BOOST_AUTO_TEST_CASE(the_corpus_has_clean_sheets_and_every_rule_fires_on_it) {
    std::size_t clean = 0, sheets = 0;
    rule_set fired;
    fingerprint::for_each_sheet<pilkada_2024>([&](const sheet& s) {
        ++sheets;
        fired |= fired_rules<pilkada_2024>(s);
        fired |= fired_rules<pemilu_2024>(s);
        clean += fired_rules<pilkada_2024>(s).empty() ? 1 : 0;
    });
    BOOST_TEST(sheets > 20000U);
    BOOST_TEST(clean > 100U);
    std::size_t legislative = 0, legislative_clean = 0, sets = 0;
    fingerprint::for_each_legislative_sheet([&](const legislative_sheet& s) {
        ++legislative;
        const rule_set r = fired_legislative_rules<pemilu_2024>(s);
        fired |= r;
        legislative_clean += r.empty() ? 1 : 0;
    });
    fingerprint::for_each_tps_set([&](const std::vector<sheet>& set) {
        ++sets;
        check_tps_contests<pemilu_2024>(set, [&](const finding& f) { fired.insert(f.rule); });
    });
    BOOST_TEST(legislative > 1000U);
    BOOST_TEST(legislative_clean >= 16U);  // every unperturbed sheet
    BOOST_TEST(sets > 50U);
    for (std::size_t i = 0; i < rule_count; ++i) {
        const auto id = static_cast<rule_id>(i);
        if (id == rule_id::recap_mismatch || id == rule_id::recap_missing_tps) continue;  // roll-ups: hash_rollups
        if (!describe<pilkada_2024>(id).applies && !describe<pemilu_2024>(id).applies) continue;
        BOOST_TEST(fired.contains(id), to_string(id) << " never fires on the corpus");
    }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(report_provenance)

// Each CSV input is digested as it is streamed: every byte once, in order, block by block, for
// any thread count (the digest runs beside the parsing when there are several threads).
BOOST_AUTO_TEST_CASE(a_mapped_csv_is_digested_block_by_block_as_it_is_read) {
    std::string text = columns;
    for (int i = 0; i < 6000; ++i)
        text += std::to_string(6471011001000ULL + static_cast<std::uint64_t>(i / 900) * 1000 + 1 + i % 900) + ",pkwkk,50,40,90,5,95\n";
    const auto csv = write_file("blocks.csv", text);
    std::string first_out;
    for (unsigned threads : {1U, 2U, 3U}) {
        BOOST_TEST_CONTEXT("threads " << threads) {
            recorded rec;
            audit_sources s;
            s.digest = recording(rec);
            audit_options o;
            o.inputs = {csv.string()};
            o.output = output_format::jsonl;
            o.threads = threads;
            o.csv_block_bytes = 16 * 1024;
            o.csv_slice_bytes = 2000;
            const auto r = audit(o, s);
            BOOST_TEST(r.status == exit_clean);
            BOOST_TEST_REQUIRE(rec.inputs.size() == 1U);
            BOOST_TEST((rec.inputs[0] == text));  // every byte, once, in order
            BOOST_TEST(rec.updates[0] == (text.size() + o.csv_block_bytes - 1) / o.csv_block_bytes);  // one per block
            const auto header = first_line(r.out);
            BOOST_TEST(header.find("\"kind\": \"csv\", \"path\": \"" + csv.string() + "\", \"bytes\": " +
                                   std::to_string(text.size()) + ", \"fnv\": \"") != std::string::npos, header);
            if (threads == 1U) first_out = r.out;
            BOOST_TEST((r.out == first_out), "the report differs with " << threads << " threads");
        }
    }
}

BOOST_AUTO_TEST_CASE(without_a_digest_the_report_says_so) {
    const auto csv = write_file("nodigest.csv", columns + "6471011001001,pkwkk,50,40,90,5,95\n");
    audit_options o;
    o.inputs = {csv.string()};
    o.output = output_format::jsonl;
    const auto r = audit(o, audit_sources{});
    const auto header = first_line(r.out);
    BOOST_TEST(header.find("\"digest\": null") != std::string::npos, header);
    BOOST_TEST(header.find("\"digest\": null}]") != std::string::npos, header);  // the input's own field
    o.output = output_format::text;
    BOOST_TEST(audit(o, audit_sources{}).out.find("tanpa hash (build ini tidak punya)") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_embedded_set_is_named_synthetic_in_every_output) {
    namespace bpn = data::balikpapan_2024;
    BOOST_TEST(bpn::synthetic);
    BOOST_TEST(bpn::planted_defect_count == 28U);
    BOOST_TEST(std::string_view{bpn::synthetic_note.id}.find("28 cacat yang sengaja ditanam") != std::string_view::npos);
    BOOST_TEST(std::string_view{bpn::synthetic_note.en}.find("28 planted defects") != std::string_view::npos);
    const auto sources = embedded_sources();
    audit_options o;
    o.output = output_format::jsonl;
    const auto jsonl = first_line(audit(o, sources).out);
    BOOST_TEST(jsonl.rfind("{\"type\": \"header\", ", 0) == 0);
    BOOST_TEST(jsonl.find("\"synthetic\": true, \"note\": {\"id\": \"DATA SINTETIS") != std::string::npos, jsonl);
    // csv: the summary csv (--summary), which carries the provenance, says so.
    o.output = output_format::csv;
    const auto summary = std::filesystem::temp_directory_path() / ("suara-synthetic-summary-" + std::to_string(::getpid()) + ".csv");
    o.summary = summary.string();
    (void)audit(o, sources);
    o.summary.clear();
    std::ifstream in{summary};
    std::string head, row;
    std::getline(in, head);
    std::getline(in, row);
    BOOST_TEST(head.find(",synthetic,inputs") != std::string::npos, head);
    BOOST_TEST(row.find(",true,balikpapan_2024") != std::string::npos, row);
    std::filesystem::remove(summary);
    o.output = output_format::text;
    BOOST_TEST(audit(o, sources).out.rfind("DATA SINTETIS", 0) == 0);
    // A file is never called synthetic or real: suara cannot tell.
    const auto file = write_file("real-or-not.csv", columns + "6471011001001,pkwkk,50,40,90,5,95\n");
    o.inputs = {file.string()};
    o.output = output_format::jsonl;
    BOOST_TEST(first_line(audit(o, sources).out).find("\"synthetic\": null") != std::string::npos);
    o.output = output_format::text;
    BOOST_TEST(audit(o, sources).out.find("SINTETIS") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_region_is_the_smallest_one_holding_every_sheet) {
    const auto names = write_file("names.tsv", "64\tKALIMANTAN TIMUR\n6471\tKOTA BALIKPAPAN\n647101\tBALIKPAPAN TIMUR\n"
                                               "6471011001\tMANGGAR\n6472\tKOTA SAMARINDA\n31\tDKI JAKARTA\n");
    struct case_ {
        std::string rows, want_id, want_en;
    } cases[] = {
        {"6471011001001,pkwkk,50,40,90,5,95\n6471011001002,pkwkk,5,4,9,0,9\n",
         "6471011001 MANGGAR, 647101 BALIKPAPAN TIMUR, 6471 KOTA BALIKPAPAN, 64 KALIMANTAN TIMUR", ""},
        {"6471011001001,pkwkk,50,40,90,5,95\n6471021001001,pkwkk,5,4,9,0,9\n", "6471 KOTA BALIKPAPAN, 64 KALIMANTAN TIMUR", ""},
        {"6471011001001,pkwkk,50,40,90,5,95\n6472011001001,pkwkk,5,4,9,0,9\n", "64 KALIMANTAN TIMUR", ""},
        {"6471011001001,pkwkk,50,40,90,5,95\n3171011001001,pkwkk,5,4,9,0,9\n", "Indonesia (lebih dari satu provinsi)",
         "Indonesia (more than one province)"},
        {"", "(tidak ada lembar)", "(no sheets)"},
    };
    for (const auto& c : cases) {
        BOOST_TEST_CONTEXT(c.want_id) {
            const auto csv = write_file("region.csv", columns + c.rows);
            audit_options o;
            o.inputs = {csv.string()};
            o.names = names.string();
            o.output = output_format::text;
            BOOST_TEST(audit(o, audit_sources{}).out.find("  Wilayah                       " + c.want_id + "\n") != std::string::npos);
            o.language = lang::en;
            BOOST_TEST(audit(o, audit_sources{}).out.find("  Region                        " +
                                                          (c.want_en.empty() ? c.want_id : c.want_en) + "\n") != std::string::npos);
        }
    }
}

// Where the names come from: --names, else the first of the tool's places that exists, else
// nowhere, and then the report gives codes and says so.
BOOST_AUTO_TEST_CASE(region_names_are_found_in_order_or_the_report_says_they_are_missing) {
    const auto csv = write_file("names-order.csv", columns + "6471011001001,pkwkk,50,40,90,5,95\n6471021001001,pkwkk,5,4,9,0,9\n");
    const auto first = write_file("first.tsv", "6471\tFIRST\n");
    const auto second = write_file("second.tsv", "6471\tSECOND\n");
    const auto given = write_file("given.tsv", "6471\tGIVEN\n64\tPROVINCE\n");
    audit_options o;
    o.inputs = {csv.string()};
    o.output = output_format::jsonl;
    audit_sources s;
    s.names_files = {(temp_dir() / "absent.tsv").string(), first.string(), second.string()};
    auto header = first_line(audit(o, s).out);
    BOOST_TEST(header.find("\"code\": \"6471\", \"name\": \"FIRST\"") != std::string::npos, header);
    BOOST_TEST(header.find("\"names_source\": \"" + first.string() + "\"") != std::string::npos, header);
    o.names = given.string();
    header = first_line(audit(o, s).out);
    BOOST_TEST(header.find("\"text\": \"6471 GIVEN, 64 PROVINCE\"") != std::string::npos, header);
    o.names.clear();
    s.names_files = {(temp_dir() / "absent.tsv").string()};
    header = first_line(audit(o, s).out);
    BOOST_TEST(header.find("\"names_source\": null") != std::string::npos, header);
    BOOST_TEST(header.find("\"code\": \"6471\", \"name\": null") != std::string::npos, header);
    o.output = output_format::text;
    BOOST_TEST(audit(o, s).out.find("  Wilayah                       6471, 64 (berkas nama wilayah tidak ditemukan: berikan --names "
                                    "data/wilayah/regions.tsv.gz)\n") != std::string::npos);
    o.names = (temp_dir() / "absent.tsv").string();
    const auto missing = audit(o, s);
    BOOST_TEST(missing.status == exit_usage);
    BOOST_TEST(missing.out.empty());
}

BOOST_AUTO_TEST_CASE(regimes_and_contests_are_those_of_the_sheets_read) {
    const auto csv = write_file("mixed.csv", columns +
                                                 "6471011001001,pkwkk,50,40,90,5,95\n"
                                                 "6471011001001,ppwp,50,40,90,5,95\n"
                                                 "6471011001002,pkwkp,50,40,90,5,95\n");
    audit_options o;
    o.inputs = {csv.string()};
    o.output = output_format::jsonl;
    auto header = first_line(audit(o, audit_sources{}).out);
    BOOST_TEST(header.find("\"regime\": \"auto\", \"regimes\": [\"pemilu-2024\", \"pilkada-2024\"], \"elections\": "
                           "[\"Pemilu 2024\", \"Pilkada 2024\"], \"contests\": [\"ppwp\", \"pkwkp\", \"pkwkk\"]") != std::string::npos,
               header);
    o.regime = regime_choice::of<pemilu_2024>();
    header = first_line(audit(o, audit_sources{}).out);
    BOOST_TEST(header.find("\"regime\": \"pemilu-2024\", \"regimes\": [\"pemilu-2024\"]") != std::string::npos, header);
    o.output = output_format::text;
    BOOST_TEST(audit(o, audit_sources{}).out.find("  Rezim                         pemilu-2024 (ditetapkan dengan --regime)\n") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_time_is_the_given_one_or_source_date_epoch) {
    const auto csv = write_file("time.csv", columns + "6471011001001,pkwkk,50,40,90,5,95\n");
    audit_options o;
    o.inputs = {csv.string()};
    o.output = output_format::jsonl;
    o.run_time = 86400 * 365;
    BOOST_TEST(first_line(audit(o, audit_sources{}).out).find("\"time\": \"1971-01-01T00:00:00Z\", \"time_source\": \"clock\"") !=
               std::string::npos);
    BOOST_TEST(utc_text(1732665600) == "2024-11-27T00:00:00Z");
    BOOST_TEST(utc_text(951782400 + 86399) == "2000-02-29T23:59:59Z");
    BOOST_TEST(run_time_from("1732665600")->seconds == 1732665600);
    BOOST_TEST(run_time_from("1732665600")->from_source_date_epoch);
    BOOST_TEST(!run_time_from("")); 
    BOOST_TEST(!run_time_from("-5"));
    BOOST_TEST(!run_time_from("12a"));
    BOOST_TEST(!run_time_from(nullptr)->from_source_date_epoch);
    // run_audit reads the variable when no time is given.
    ::setenv("SOURCE_DATE_EPOCH", "86400", 1);
    std::ostringstream out, err;
    audit_options env = o;
    env.run_time.reset();
    BOOST_TEST(run_audit(env, audit_sources{}, out, err) == exit_clean);
    BOOST_TEST(first_line(out.str()).find("\"time\": \"1970-01-02T00:00:00Z\", \"time_source\": \"SOURCE_DATE_EPOCH\"") !=
               std::string::npos);
    ::setenv("SOURCE_DATE_EPOCH", "soon", 1);
    std::ostringstream out2, err2;
    BOOST_TEST(run_audit(env, audit_sources{}, out2, err2) == exit_usage);
    BOOST_TEST(out2.str().empty());
    BOOST_TEST(err2.str() == "suara-audit: SOURCE_DATE_EPOCH harus bilangan detik sejak 1970-01-01 UTC, bukan 'soon'\n");
    ::unsetenv("SOURCE_DATE_EPOCH");
}

// --regions/--recap/--names given a gzip file: unpacked by the tool's gunzip, or refused clearly
// when the build has none; never read as lines of codes.
BOOST_AUTO_TEST_CASE(a_gzip_side_input_without_gunzip_is_refused_with_a_clear_message) {
    const auto csv = write_file("gz.csv", columns + "6471011001001,pkwkk,50,40,90,5,95\n");
    const auto gz = write_file("tree.txt.gz", std::string("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10) + "binary");
    audit_options o;
    o.inputs = {csv.string()};
    o.regions = gz.string();
    auto r = audit(o, audit_sources{});
    BOOST_TEST(r.status == exit_usage);
    BOOST_TEST(r.out.empty());
    BOOST_TEST(r.err == "suara-audit: berkas gzip, dan build ini tidak dapat membukanya (buka dulu dengan gzip -dc): " +
                            gz.string() + "\n");
    o.language = lang::en;
    BOOST_TEST(audit(o, audit_sources{}).err ==
               "suara-audit: gzip file, which this build cannot unpack (unpack it first with gzip -dc): " + gz.string() + "\n");
    // With a gunzip, its text is read (here a stand-in that "unpacks" to two codes).
    audit_sources s;
    s.gunzip = [](std::string_view) -> std::optional<std::string> { return std::string{"6471011001001\n6471011001002\n"}; };
    o.output = output_format::jsonl;
    r = audit(o, s);
    BOOST_TEST(r.status == exit_clean);
    BOOST_TEST(r.out.find("\"rule\": \"recap.missing_tps\"") != std::string::npos);
    BOOST_TEST(first_line(r.out).find("\"role\": \"regions\", \"kind\": \"gzip\"") != std::string::npos);
}

// Held jsonl and csv lines move to a temporary file past 8 MiB and come back unchanged.
BOOST_AUTO_TEST_CASE(held_report_lines_spill_to_a_file_and_come_back_in_order) {
    detail::held_lines held;
    std::string want;
    for (int i = 0; i < 200'000; ++i) {
        const std::string line = "{\"line\": " + std::to_string(i) + ", \"pad\": \"" + std::string(40, 'x') + "\"}\n";
        held.append(line);
        want += line;
    }
    BOOST_TEST(want.size() > detail::held_lines::memory_limit);
    BOOST_TEST(held.in_file());
    std::ostringstream out;
    held.write_to(out);
    BOOST_TEST((out.str() == want));
}

// A writer holding its lines writes exactly what a streaming one does, after the header.
BOOST_AUTO_TEST_CASE(a_held_report_is_the_streamed_one_after_its_header) {
    for (auto format : {output_format::jsonl, output_format::csv}) {
        std::ostringstream streamed, held;
        report_writer a{streamed, format, lang::id};
        report_writer b{held, format, lang::id, true};
        finding f;
        f.tps = *tps_code::from_number(6471011001001ULL);
        f.contest = kontes::pkwkk;
        f.rule = rule_id::votes_valid_sum;
        f.level = severity::error;
        f.result = outcome::correction;
        for (auto* w : {&a, &b}) {
            w->finding(f, "BASIS", "MESSAGE");
            w->rejected({"data.csv", 3, "suara_sah", "-3", {"bilangan negatif", "negative number"}});
        }
        BOOST_TEST(held.str().empty());  // nothing before finish
        audit_provenance p;
        p.time = 0;
        a.finish(audit_summary{});
        b.finish(audit_summary{}, nullptr, &p);
        const std::string h = held.str();
        std::size_t at = 0;
        if (format == output_format::jsonl) {
            BOOST_TEST(h.rfind("{\"type\": \"header\", ", 0) == 0);
            at = h.find('\n') + 1;
        }  // csv: the provenance goes with the summary (--summary), the report is the same
        BOOST_TEST((h.substr(at) == streamed.str()));
    }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(command_line)

usage_error error_of(const std::vector<std::string>& args) {
    auto r = parse_audit_args(args);
    BOOST_TEST_REQUIRE(std::holds_alternative<usage_error>(r));
    return std::get<usage_error>(r);
}

BOOST_AUTO_TEST_CASE(usage_errors_are_in_the_language_of_lang_wherever_it_stands) {
    BOOST_TEST(error_of({"--bogus"}).message == "opsi tidak dikenal '--bogus'");
    BOOST_TEST((error_of({"--bogus"}).language == lang::id));
    BOOST_TEST(error_of({"--bogus", "--lang", "en"}).message == "unknown option '--bogus'");
    BOOST_TEST((error_of({"--bogus", "--lang=en"}).language == lang::en));
    BOOST_TEST(error_of({"--lang", "en", "--threads", "0"}).message == "--threads: expected a number from 1 to 4096, got '0'");
    BOOST_TEST(error_of({"--threads", "0"}).message == "--threads: harus bilangan 1 sampai 4096, bukan '0'");
    BOOST_TEST(error_of({"--regime", "pilkada-2099"}).message == "--regime: harus pilkada-2024 atau pemilu-2024, bukan 'pilkada-2099'");
    BOOST_TEST(error_of({"--format", "xml", "--lang", "en"}).message == "--format: expected auto, csv or sirekap, got 'xml'");
    BOOST_TEST(error_of({"--recap"}).message == "--recap: perlu nama berkas");
    BOOST_TEST(error_of({"--names", "", "--lang", "en"}).message == "--names: expected a file name");
    BOOST_TEST(error_of({"--lang", "fr"}).message == "--lang: harus id atau en, bukan 'fr'");
    // The first error is the one reported.
    BOOST_TEST(error_of({"--bogus", "--output", "xml", "--lang", "en"}).message == "unknown option '--bogus'");
    BOOST_TEST(audit_usage(lang::id).substr(0, 10) == "pemakaian:");
    BOOST_TEST(audit_usage(lang::en).substr(0, 6) == "usage:");
}

BOOST_AUTO_TEST_CASE(kontes_names_and_version_options) {
    auto r = parse_audit_args({"--kontes", "pkwkp", "--names=regions.tsv.gz", "--version", "x.json"});
    BOOST_TEST_REQUIRE(std::holds_alternative<audit_options>(r));
    const auto& o = std::get<audit_options>(r);
    BOOST_TEST((o.sirekap_kontes == kontes::pkwkp));
    BOOST_TEST(o.names == "regions.tsv.gz");
    BOOST_TEST(o.version);
    BOOST_TEST(o.inputs == std::vector<std::string>{"x.json"});
    BOOST_TEST(error_of({"--kontes", "pilpres"}).message.rfind("--kontes: harus kode kontes (ppwp, pdpr, pdpd, pdprdp, pdprdk, pkwkp, pkwkk)", 0) == 0);
    BOOST_TEST(audit_version_text(lang::en) ==
               "suara-audit (suara " + std::string{version_string} + ")\nrule catalogue version " + std::to_string(suara::catalogue_version) + "\n");
}

BOOST_AUTO_TEST_SUITE_END()
