// suara-audit — check every results sheet of an election and report the findings
// (docs/cli.md). Run without arguments to audit the embedded Balikpapan 2024 data set.
// Distributed under the Boost Software License, Version 1.0.
//
// The tool is thin on purpose: options and the whole run live in "audit_run.hpp". What it
// adds are the parts with libraries of their own: the Sirekap reader (Boost.JSON), SHA-256
// (OpenSSL) and gzip (zlib), and where to find the region names.
#include <exception>
#include <filesystem>
#include <iostream>
#include <string>
#include <system_error>
#include <variant>
#include <vector>

#include <unistd.h>

#include "audit_diff.hpp"
#include "audit_run.hpp"
#include <suara_demo/balikpapan_2024.hpp>
#ifdef SUARA_AUDIT_SIREKAP
#include <memory>

#include <suara/bulk/ballot_labels.hpp>
#include <suara/io/candidate_list.hpp>
#include <suara/io/sirekap.hpp>
#ifdef SUARA_AUDIT_SIREKAP_ARCHIVE
#include <suara/io/sirekap_archive.hpp>
#endif
#endif

#include "tool_support.hpp"

namespace {

// Region names, when --names is not given: the build tree's data/ when this program runs from
// its build tree, then share/suara/ beside the installed program, then the install prefix's.
std::vector<std::string> names_files() {
    namespace fs = std::filesystem;
    std::vector<std::string> out;
    std::error_code ec;
    const fs::path exe = fs::weakly_canonical(fs::read_symlink("/proc/self/exe", ec), ec);
#ifdef SUARA_AUDIT_BUILD_DIR
    if (!exe.empty()) {
        const fs::path build = fs::weakly_canonical(SUARA_AUDIT_BUILD_DIR, ec);
        const auto rel = exe.lexically_relative(build);
        if (!rel.empty() && *rel.begin() != "..") out.push_back((build / "data/wilayah/regions.tsv.gz").string());
    }
#endif
    if (!exe.empty()) out.push_back((exe.parent_path().parent_path() / "share/suara/wilayah/regions.tsv.gz").string());
#ifdef SUARA_AUDIT_INSTALL_DATA_DIR
    out.emplace_back(SUARA_AUDIT_INSTALL_DATA_DIR "/wilayah/regions.tsv.gz");
#endif
    return out;
}

#ifdef SUARA_AUDIT_SIREKAP
// Parties and candidates named by the --caleg lists: "PKB, nomor urut 3, <nama>"; what the lists
// do not name, by number as the default labeller does.
class caleg_labeller final : public suara::ballot_labeller {
public:
    std::shared_ptr<const suara::io::candidate_list> list;

    [[nodiscard]] std::string label(const suara::ballot_position& at, suara::lang l) const override {
        if (!list) return ballot_labeller::label(at, l);
        const auto party_name = list->party_name(at.party);
        if (at.nomor_urut.value() == 0) {
            if (at.party.value() != 0 && party_name) return std::string{*party_name};
            return ballot_labeller::label(at, l);
        }
        const auto* e = list->find_number(at.dapil, at.party, at.nomor_urut.value());
        if (e == nullptr && !(at.party.value() != 0 && party_name)) return ballot_labeller::label(at, l);
        return suara::io::nomor_urut_label(list.get(), at.dapil, at.party, at.nomor_urut.value(), l);
    }
};
#endif

}  // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    const std::vector<std::string> args(argv + 1, argv + argc);
    // `suara-audit diff OLD NEW` (audit_diff.hpp) parses its own arguments once the sources are set.
    const bool diff = !args.empty() && args[0] == "diff";
    auto parsed = suara::parse_audit_args(diff ? std::vector<std::string>{} : args);
    if (const auto* e = std::get_if<suara::usage_error>(&parsed)) {
        std::cerr << "suara-audit: " << e->message << '\n' << suara::audit_usage(e->language);
        return suara::exit_usage;
    }
    const auto& opt = std::get<suara::audit_options>(parsed);
    if (opt.help) {
        std::cout << suara::audit_usage(opt.language);
        return suara::exit_clean;
    }
    if (opt.version) {
        std::cout << suara::audit_version_text(opt.language);
        return suara::exit_clean;
    }

    suara::audit_sources sources;
#ifdef SUARA_AUDIT_SIREKAP
    // --caleg: read once, before any record; then the reader's id map and the labeller's names.
    caleg_labeller labels;
    sources.caleg = [&labels](const std::string& path,
                              const std::function<void(const std::string&, std::string_view)>& on_file) {
        suara::io::candidate_list_reader reader;
        reader.on_file_read = [&](const std::filesystem::path& p, std::string_view bytes) { on_file(p.string(), bytes); };
        reader.read(path);
        auto r = reader.take();
        labels.list = std::make_shared<const suara::io::candidate_list>(std::move(r.list));
        return std::move(r.report);
    };
    sources.labeller = &labels;
    sources.sirekap = [&labels](const std::string& path, const suara::sirekap_request& request,
                                const std::function<void(suara::sheet_batch&)>& on_batch) {
        suara::io::sirekap_options o;
        o.default_kontes = request.default_kontes;
        o.caleg = labels.list;
        if (request.on_record)
            o.on_file_read = [&](const std::filesystem::path& p, std::string_view bytes) { request.on_record(p.string(), bytes); };
#ifdef SUARA_AUDIT_SIREKAP_ARCHIVE
        auto r = suara::io::read_sirekap_any(path, std::move(o));  // also zip, tar(.gz), NDJSON, "-"
#else
        auto r = suara::io::read_sirekap(path, std::move(o));
#endif
        on_batch(r.sheets);
        if (request.on_legislative && !r.legislative.empty()) request.on_legislative(r.legislative, r.sheets);
        return std::move(r.report);
    };
#endif
    namespace bpn = suara::data::balikpapan_2024;
    sources.embedded = []() -> const suara::sheet_batch& {
        static const suara::sheet_batch batch = bpn::batch();
        return batch;
    };
    sources.embedded_names = []() -> const suara::region_names* {
        static const suara::region_names names = [] {
            suara::region_names n;
            n.emplace(bpn::province.code, std::string{bpn::province.name});
            n.emplace(bpn::city.code, std::string{bpn::city.name});
            for (const auto& r : bpn::districts) n.emplace(r.code, std::string{r.name});
            for (const auto& r : bpn::villages) n.emplace(r.code, std::string{r.name});
            return n;
        }();
        return &names;
    };
    sources.embedded_about = {std::string{bpn::data_set_name}, bpn::synthetic, std::string{bpn::synthetic_note.id},
                              std::string{bpn::synthetic_note.en}};
    sources.digest = suara::tool::sha256();
    sources.gunzip = [](std::string_view bytes) { return suara::tool::gunzip(bytes); };
    sources.names_files = names_files();

    try {
        if (diff) return suara::run_diff(std::vector<std::string>(args.begin() + 1, args.end()), sources, std::cout, std::cerr);
        return suara::run_audit(opt, sources, std::cout, std::cerr, isatty(STDERR_FILENO) != 0);
    } catch (const suara::io::input_error& e) {
        std::cout.flush();
        std::cerr << "suara-audit: " << e.message(opt.language) << '\n';
        return suara::exit_usage;
    } catch (const std::exception& e) {
        // Anything left is an input that could not be read at all (docs/cli.md: exit 2).
        std::cout.flush();
        std::cerr << "suara-audit: " << e.what() << '\n';
        return suara::exit_usage;
    }
}
