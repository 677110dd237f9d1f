// Replays fuzz inputs through the fuzz targets' entry functions, without libFuzzer, so that every
// crasher ever found (tests/fuzz/regressions/<target>/) stays a test under every compiler and in
// the sanitizer build.
//   fuzz_replay <target> <file-or-directory>...     (directories are read recursively)
// Exit status 0 when every input went through the target's contract checks (a broken contract
// aborts), 1 for a usage error or an unreadable input, 2 when no input was found at all.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

extern "C" {
#ifdef SUARA_FUZZ_HAVE_CSV
int suara_fuzz_csv(const std::uint8_t*, std::size_t);
#endif
#ifdef SUARA_FUZZ_HAVE_LEGISLATIVE_CSV
int suara_fuzz_legislative_csv(const std::uint8_t*, std::size_t);
#endif
#ifdef SUARA_FUZZ_HAVE_SIREKAP
int suara_fuzz_sirekap(const std::uint8_t*, std::size_t);
#endif
#ifdef SUARA_FUZZ_HAVE_SIREKAP_NDJSON
int suara_fuzz_sirekap_ndjson(const std::uint8_t*, std::size_t);
#endif
#ifdef SUARA_FUZZ_HAVE_SIREKAP_LEGISLATIVE
int suara_fuzz_sirekap_legislative(const std::uint8_t*, std::size_t);
#endif
#ifdef SUARA_FUZZ_HAVE_SIREKAP_ARCHIVE
int suara_fuzz_sirekap_archive(const std::uint8_t*, std::size_t);
#endif
#ifdef SUARA_FUZZ_HAVE_NIK
int suara_fuzz_nik(const std::uint8_t*, std::size_t);
#endif
#ifdef SUARA_FUZZ_HAVE_ADMISSION
int suara_fuzz_admission(const std::uint8_t*, std::size_t);
#endif
#ifdef SUARA_FUZZ_HAVE_RULES_FILE
int suara_fuzz_rules_file(const std::uint8_t*, std::size_t);
#endif
}

namespace {

using entry = int (*)(const std::uint8_t*, std::size_t);

struct target {
    std::string_view name;
    entry run;
};

constexpr target targets[] = {
#ifdef SUARA_FUZZ_HAVE_CSV
    {"csv", suara_fuzz_csv},
#endif
#ifdef SUARA_FUZZ_HAVE_LEGISLATIVE_CSV
    {"legislative_csv", suara_fuzz_legislative_csv},
#endif
#ifdef SUARA_FUZZ_HAVE_SIREKAP
    {"sirekap", suara_fuzz_sirekap},
#endif
#ifdef SUARA_FUZZ_HAVE_SIREKAP_NDJSON
    {"sirekap_ndjson", suara_fuzz_sirekap_ndjson},
#endif
#ifdef SUARA_FUZZ_HAVE_SIREKAP_LEGISLATIVE
    {"sirekap_legislative", suara_fuzz_sirekap_legislative},
#endif
#ifdef SUARA_FUZZ_HAVE_SIREKAP_ARCHIVE
    {"sirekap_archive", suara_fuzz_sirekap_archive},
#endif
#ifdef SUARA_FUZZ_HAVE_NIK
    {"nik", suara_fuzz_nik},
#endif
#ifdef SUARA_FUZZ_HAVE_ADMISSION
    {"admission", suara_fuzz_admission},
#endif
#ifdef SUARA_FUZZ_HAVE_RULES_FILE
    {"rules_file", suara_fuzz_rules_file},
#endif
    {"", nullptr},
};

bool is_input(const std::filesystem::path& p) {
    const auto name = p.filename().string();
    return name.rfind("README", 0) != 0 && name.front() != '.';
}

}  // namespace

int main(int argc, char** argv) {
    namespace fs = std::filesystem;
    if (argc < 3) {
        std::fprintf(stderr, "usage: fuzz_replay <target> <file-or-directory>...\n");
        return 1;
    }
    const std::string_view wanted = argv[1];
    entry run = nullptr;
    for (const auto& t : targets)
        if (t.run != nullptr && t.name == wanted) run = t.run;
    if (run == nullptr) {
        std::fprintf(stderr, "fuzz_replay: target '%s' is not compiled in\n", argv[1]);
        return 1;
    }
    std::vector<fs::path> files;
    for (int i = 2; i < argc; ++i) {
        const fs::path p = argv[i];
        std::error_code ec;
        if (fs::is_directory(p, ec)) {
            for (const auto& e : fs::recursive_directory_iterator(p))
                if (e.is_regular_file() && is_input(e.path())) files.push_back(e.path());
        } else if (fs::is_regular_file(p, ec)) {
            files.push_back(p);
        } else {
            std::fprintf(stderr, "fuzz_replay: %s: no such file or directory\n", argv[i]);
            return 1;
        }
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) {
        std::fprintf(stderr, "fuzz_replay: no input found\n");
        return 2;
    }
    for (const auto& f : files) {
        std::ifstream in(f, std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "fuzz_replay: %s: cannot be read\n", f.c_str());
            return 1;
        }
        const std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        // Printed before the run, so that an abort names its input.
        std::fprintf(stderr, "fuzz_replay %s: %s (%zu bytes)\n", argv[1], f.c_str(), bytes.size());
        run(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    }
    std::fprintf(stderr, "fuzz_replay %s: %zu inputs, all passed\n", argv[1], files.size());
    return 0;
}
