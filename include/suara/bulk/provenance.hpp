// suara — what an audit report says about itself, so that someone else can check it: suara's
// version and the rule catalogue's, the regime(s), the contests, every input with its size and
// digest, the region the sheets cover by name, the time of the run, and whether the data are
// known to be synthetic.
// Distributed under the Boost Software License, Version 1.0.
//
// The library never hashes by itself: the caller supplies a digest (suara-audit: SHA-256 through
// OpenSSL's libcrypto) as a factory of `input_digest`s, and run_audit feeds each input's bytes to
// it as they are read, block by block (no second read). Likewise decompression (zlib) and the
// Sirekap reader are supplied by the tool, so these headers need only the standard library.
#ifndef SUARA_BULK_PROVENANCE_HPP
#define SUARA_BULK_PROVENANCE_HPP

#include <algorithm>
#include <chrono>
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <suara/form/batch.hpp>
#include <suara/core/kontes.hpp>
#include <suara/core/text.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/version.hpp>

namespace suara {

/// Region code → name (e.g. from the embedded Balikpapan data or data/wilayah/regions.tsv.gz).
using region_names = std::map<std::uint64_t, std::string>;

/// A streaming digest of one input's bytes.
class input_digest {
public:
    virtual ~input_digest() = default;
    /// Digests the next bytes of the input.
    virtual void update(std::string_view bytes) = 0;
    /// The digest as lowercase hexadecimal; called once, after the last update.
    [[nodiscard]] virtual std::string finish() = 0;
};

/// Makes a fresh digest per input (and per record of a Sirekap folder).
struct digest_source {
    std::string name;  ///< "sha256"
    std::function<std::unique_ptr<input_digest>()> make;  ///< Makes one digest; empty when the build has none.
    /// True when the build can digest inputs.
    [[nodiscard]] explicit operator bool() const noexcept { return static_cast<bool>(make); }
};

/// What an input was to the audit.
enum class input_role : unsigned char { sheets, recap, regions, names, rules, caleg };
[[nodiscard]] constexpr std::string_view to_string(input_role r) noexcept {
    switch (r) {
    case input_role::sheets: return "sheets";
    case input_role::recap: return "recap";
    case input_role::regions: return "regions";
    case input_role::names: return "names";
    case input_role::rules: return "rules";
    case input_role::caleg: return "caleg";
    }
    return "";
}

/// How an input was read.
enum class input_kind : unsigned char { csv, standard_input, sirekap_file, sirekap_folder, embedded, text, gzip_text };
[[nodiscard]] constexpr std::string_view to_string(input_kind k) noexcept {
    switch (k) {
    case input_kind::csv: return "csv";
    case input_kind::standard_input: return "stdin";
    case input_kind::sirekap_file: return "sirekap";
    case input_kind::sirekap_folder: return "sirekap-folder";
    case input_kind::embedded: return "embedded";
    case input_kind::text: return "text";
    case input_kind::gzip_text: return "gzip";
    }
    return "";
}

/// One input: its size and digest. For a Sirekap folder, `bytes` sums its records and `digest` is
/// the digest of their listing in `sha256sum` form ("<digest>  <path below the folder>\n" per
/// record, in reading order: sorted paths), so that
///     cd FOLDER && find . -name '*.json' | sed 's|^\./||' | LC_ALL=C sort | xargs sha256sum | sha256sum
/// gives the same value. The embedded data set is digested as the C.Hasil CSV io::write_csv
/// makes of it.
struct input_record {
    input_role role = input_role::sheets;  ///< What the input is to the audit (the sheets, a recap, a TPS list, ...).
    input_kind kind = input_kind::csv;  ///< Its format.
    std::string path;             ///< as given; "-" for standard input; the data set's name when embedded
    std::uint64_t bytes = 0;  ///< Its size in bytes.
    std::uint64_t files = 0;      ///< Sirekap folder: records read
    std::string digest;           ///< hexadecimal; empty when the build has no digest
};

/// One region of the chain from the smallest region covering the sheets up to its province.
struct region_ref {
    std::uint64_t code = 0;  ///< The region's code (digits as below).
    int digits = 2;    ///< 2 province, 4 regency/city, 6 district, 10 village
    std::string name;  ///< empty when no name is known
};

[[nodiscard]] constexpr std::string_view region_level_name(int digits) noexcept {
    switch (digits) {
    case 2: return "province";
    case 4: return "regency";
    case 6: return "district";
    case 10: return "village";
    default: return "national";
    }
}

/// The sheets' contests and the smallest region containing them, gathered batch by batch (one
/// pass over two columns of each batch, which the validator reads anyway).
class coverage {
public:
    /// Counts the sheets and contests of a batch.
    void add(const sheet_batch& b) noexcept {
        const auto codes = b.codes();
        const auto contests = b.contests();
        for (std::size_t r = 0; r < b.size(); ++r) {
            const std::uint64_t c = codes[r].number();
            min_ = c < min_ ? c : min_;
            max_ = c > max_ ? c : max_;
            contests_ |= 1U << static_cast<unsigned>(contests[r]);
        }
        sheets_ += b.size();
    }
    /// Sheets counted.
    [[nodiscard]] std::uint64_t sheets() const noexcept { return sheets_; }
    /// True when some sheet was of contest `k`.
    [[nodiscard]] bool has(kontes k) const noexcept { return (contests_ >> static_cast<unsigned>(k) & 1U) != 0; }
    /// The smallest region containing every sheet: its code and digits (0 digits = more than one
    /// province, the nation; nullopt = no sheet).
    [[nodiscard]] std::optional<std::pair<std::uint64_t, int>> smallest_region() const noexcept {
        if (sheets_ == 0) return std::nullopt;
        for (int digits : {10, 6, 4, 2}) {
            std::uint64_t div = 1;
            for (int i = digits; i < 13; ++i) div *= 10;
            if (min_ / div == max_ / div) return std::pair{min_ / div, digits};
        }
        return std::pair{std::uint64_t{0}, 0};
    }

private:
    std::uint64_t min_ = ~std::uint64_t{0};
    std::uint64_t max_ = 0;
    std::uint64_t sheets_ = 0;
    unsigned contests_ = 0;
};

/// One setting of the run that changes what is reported (suara-audit: --fail-on, --min-severity,
/// --rules, --ignore, --rules-file and what the file sets), as a key and its effective value.
struct audit_setting {
    std::string key;    ///< "min_severity", "disabled", "tolerance", ...
    std::string value;  ///< "warning", "votes.over_supply", "votes.valid_sum=2, ballots.balance=1%"
};

/// Everything a report states about its own making.
struct audit_provenance {
    std::string suara_version{version_string};  ///< The suara version that made the report.
    unsigned catalogue_version = suara::catalogue_version;  ///< The rule catalogue's version (docs/rules.md).
    std::string regime_option = "auto";  ///< as chosen: auto (by contest), pilkada-2024, pemilu-2024
    std::vector<std::string> regimes;    ///< the regimes applied to the sheets read
    std::vector<std::string> elections;  ///< the same as elections: "Pilkada 2024"
    std::vector<kontes> contests;        ///< the contests of the sheets read
    std::vector<input_record> inputs;  ///< Every input, in the order given.
    std::string digest_name;             ///< "sha256"; empty: no digest in this build
    bool any_sheet = false;  ///< True when some sheet was read.
    std::vector<region_ref> region;      ///< smallest covering region first, then its parents; empty: nation or no sheet
    std::string names_source;            ///< where the names came from ("" = nowhere: codes only)
    std::int64_t time = 0;               ///< the run, seconds since 1970-01-01 UTC
    bool time_from_source_date_epoch = false;  ///< True when `time` came from SOURCE_DATE_EPOCH.
    std::optional<bool> synthetic;       ///< true: known synthetic; empty: suara cannot tell
    std::string note_id;                 ///< what the data are, in Indonesian
    std::string note_en;                 ///< the same in English
    /// The effective settings, in a fixed order (jsonl: the header's `settings` object).
    std::vector<audit_setting> settings;
};

/// "Pilkada 2024" for "pilkada-2024": the regime's name as the election's.
[[nodiscard]] inline std::string election_of(std::string_view regime_name) {
    std::string out{regime_name};
    for (auto& c : out)
        if (c == '-') c = ' ';
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

/// 2024-11-28T00:00:00Z
[[nodiscard]] inline std::string utc_text(std::int64_t since_epoch) {
    using namespace std::chrono;
    const sys_seconds t{seconds{since_epoch}};
    const auto day = floor<days>(t);
    const year_month_day ymd{day};
    const hh_mm_ss hms{t - day};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()), static_cast<int>(hms.hours().count()),
                  static_cast<int>(hms.minutes().count()), static_cast<int>(hms.seconds().count()));
    return buf;
}

/// The time of the run: SOURCE_DATE_EPOCH when set (reproducible reports, the
/// reproducible-builds.org convention), else the clock. A malformed value is refused
/// (nullopt), never silently replaced by the clock.
struct run_time {
    std::int64_t seconds = 0;             ///< Seconds since 1970-01-01 UTC.
    bool from_source_date_epoch = false;  ///< True when it came from SOURCE_DATE_EPOCH.
};
[[nodiscard]] inline std::optional<run_time> run_time_from(const char* source_date_epoch) {
    if (source_date_epoch == nullptr) {
        const auto now = std::chrono::system_clock::now();
        return run_time{std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count(), false};
    }
    const std::string_view s{source_date_epoch};
    if (s.empty() || s.size() > 12) return std::nullopt;
    std::int64_t v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return run_time{v, true};
}

/// Reads `code<TAB>name` lines (data/wilayah/regions.tsv), keeping the names of the `wanted_codes`
/// only (a national list is 91,082 lines; a report needs a handful).
[[nodiscard]] inline region_names region_names_from_tsv(std::string_view text, const std::vector<std::uint64_t>& wanted_codes) {
    region_names out;
    // Sorted once: a roll-up wants every region of its input (up to 91,082 names nationally).
    std::vector<std::uint64_t> sorted = wanted_codes;
    std::sort(sorted.begin(), sorted.end());
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t end = text.find('\n', at);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(at, end - at);
        at = end + 1;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        const auto tab = line.find('\t');
        if (tab == std::string_view::npos || tab == 0 || tab > 13) continue;
        std::uint64_t code = 0;
        bool digits = true;
        for (char c : line.substr(0, tab)) {
            if (c < '0' || c > '9') {
                digits = false;
                break;
            }
            code = code * 10 + static_cast<std::uint64_t>(c - '0');
        }
        if (!digits) continue;
        if (std::binary_search(sorted.begin(), sorted.end(), code)) out.emplace(code, std::string{line.substr(tab + 1)});
    }
    return out;
}

}  // namespace suara

#endif  // SUARA_BULK_PROVENANCE_HPP
