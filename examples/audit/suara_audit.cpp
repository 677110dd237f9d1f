// suara-audit — check every results sheet of an election and report the findings
// (spec/cli.md). Run without arguments to audit the embedded Balikpapan 2024 data set.
// Distributed under the Boost Software License, Version 1.0.
//
// The tool is thin on purpose: options and the whole run live in <suara/bulk/audit.hpp>.
#include <exception>
#include <iostream>
#include <string>
#include <variant>
#include <vector>

#include <unistd.h>

#include <suara/bulk/audit.hpp>
#include <suara/data/balikpapan_2024.hpp>
#ifdef SUARA_AUDIT_SIREKAP
#include <suara/io/sirekap.hpp>
#endif

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    const std::vector<std::string> args(argv + 1, argv + argc);
    auto parsed = suara::parse_audit_args(args);
    if (const auto* e = std::get_if<suara::usage_error>(&parsed)) {
        std::cerr << "suara-audit: " << e->message << '\n' << suara::audit_usage;
        return suara::exit_usage;
    }
    const auto& opt = std::get<suara::audit_options>(parsed);
    if (opt.help) {
        std::cout << suara::audit_usage;
        return suara::exit_clean;
    }

    suara::audit_sources sources;
#ifdef SUARA_AUDIT_SIREKAP
    sources.sirekap = [](const std::string& path, const std::function<void(suara::sheet_batch&)>& on_batch) {
        auto r = suara::io::read_sirekap(path);
        on_batch(r.sheets);
        return std::move(r.report);
    };
#endif
    sources.embedded = []() -> const suara::sheet_batch& {
        static const suara::sheet_batch batch = suara::data::balikpapan_2024::batch();
        return batch;
    };
    sources.embedded_names = []() -> const suara::region_names* {
        static const suara::region_names names = [] {
            suara::region_names n;
            namespace bpn = suara::data::balikpapan_2024;
            n.emplace(bpn::province.code, std::string{bpn::province.name});
            n.emplace(bpn::city.code, std::string{bpn::city.name});
            for (const auto& r : bpn::districts) n.emplace(r.code, std::string{r.name});
            for (const auto& r : bpn::villages) n.emplace(r.code, std::string{r.name});
            return n;
        }();
        return &names;
    };

    try {
        return suara::run_audit(opt, sources, std::cout, std::cerr, isatty(STDERR_FILENO) != 0);
    } catch (const std::exception& e) {
        // Anything left is an input that could not be read at all (spec/cli.md: exit 2).
        std::cout.flush();
        std::cerr << "suara-audit: " << e.what() << '\n';
        return suara::exit_usage;
    }
}
