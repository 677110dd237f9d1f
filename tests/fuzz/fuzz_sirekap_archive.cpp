// Fuzz target: Sirekap zip and tar(.gz) archives (suara/io/sirekap_archive.hpp), from memory,
// through libarchive. The member and archive limits are small (64 KiB / 1 MiB), so a bomb the
// fuzzer builds is stopped by them rather than by the fuzzer's memory limit.
// Contract checked, beyond "no crash, no leak, no undefined behaviour":
//  - the counts balance, and every rejection names the archive (`fuzz:` or `fuzz:<member>`)
//    with a reason in both languages;
//  - a validated record came from a member whose name is safe and ends in .json;
//  - nothing is written: the reader has no write path (checked by review, not here).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <suara/io/sirekap_archive.hpp>

#include "fuzz_target.hpp"

SUARA_FUZZ_TARGET(sirekap_archive) {
    using namespace suara;
    const std::string_view bytes{reinterpret_cast<const char*>(data), size};
    io::sirekap_options opts;
    opts.default_kontes = kontes::ppwp;
    io::sirekap_stream_limits lim;
    lim.max_member_bytes = 64u << 10;
    lim.max_archive_bytes = 1u << 20;
    const auto r = io::read_sirekap_archive_bytes(bytes, "fuzz", opts, lim);
    const auto& sum = r.report.summary;
    SUARA_FUZZ_CHECK(sum.balanced());
    SUARA_FUZZ_CHECK(r.sheets.size() == sum.validated);
    SUARA_FUZZ_CHECK(r.report.rejections.size() == std::min<std::size_t>(sum.rejected, io::default_keep_limit));
    for (const auto& rej : r.report.rejections) {
        SUARA_FUZZ_CHECK(rej.source.rfind("fuzz", 0) == 0);
        SUARA_FUZZ_CHECK(!rej.reason.id.empty() && !rej.reason.en.empty());
    }
    for (std::size_t i = 0; i < r.sheets.size(); ++i) {
        const std::string_view file = r.sheets.origin(i).file;
        SUARA_FUZZ_CHECK(file.rfind("fuzz:", 0) == 0);
        const std::string_view member = file.substr(5);
        SUARA_FUZZ_CHECK(io::safe_member_name(member));
        SUARA_FUZZ_CHECK(member.size() >= 5 && member.substr(member.size() - 5) == ".json");
    }
    return 0;
}
