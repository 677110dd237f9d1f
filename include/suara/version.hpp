// suara — versions: the library's, and the rule catalogue's.
// Distributed under the Boost Software License, Version 1.0.
//
// The library's version lives here only: CMakeLists.txt reads SUARA_VERSION_MAJOR/MINOR/PATCH
// from this file. The catalogue's version says which rules a report was judged by: it changes
// whenever a rule's condition, severity or outcome changes under either regime, so that a finding
// sent on can be checked against the same rules. A test (tests/provenance) runs the catalogue over
// a fixed corpus of sheets and incident reports and compares its behaviour's fingerprint with the
// one recorded here for the current version; it fails, naming the new fingerprint, when a rule
// changed and the version did not.
#ifndef SUARA_VERSION_HPP
#define SUARA_VERSION_HPP

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>

#define SUARA_VERSION_MAJOR 0
#define SUARA_VERSION_MINOR 4
#define SUARA_VERSION_PATCH 0

#define SUARA_DETAIL_STRINGIFY2(x) #x
#define SUARA_DETAIL_STRINGIFY(x) SUARA_DETAIL_STRINGIFY2(x)
#define SUARA_VERSION_STRING                                                                                 \
    SUARA_DETAIL_STRINGIFY(SUARA_VERSION_MAJOR)                                                               \
    "." SUARA_DETAIL_STRINGIFY(SUARA_VERSION_MINOR) "." SUARA_DETAIL_STRINGIFY(SUARA_VERSION_PATCH)

namespace suara {
inline constexpr int version_major = SUARA_VERSION_MAJOR;
inline constexpr int version_minor = SUARA_VERSION_MINOR;
inline constexpr int version_patch = SUARA_VERSION_PATCH;
/// The version as text, "major.minor.patch".
inline constexpr std::string_view version_string = SUARA_VERSION_STRING;

/// One version of the rule catalogue and the fingerprint of its behaviour (FNV-1a over what
/// check_sheet and describe do on the corpus of tests/provenance/catalogue_fingerprint.hpp).
struct catalogue_release {
    unsigned version;  ///< The catalogue version (docs/rules.md).
    std::uint64_t fingerprint;  ///< FNV-1a fingerprint of the catalogue's behaviour at that version.
};

/// Every catalogue version so far, oldest first. Append a line when a rule's condition,
/// severity or outcome changes (the test prints the line to add); never edit a line.
inline constexpr catalogue_release catalogue_releases[] = {
    {1, 0xDA2A848C8EA790CDULL},
    // 2: the law read again (docs/changes.md): recount.riot only when the count could not go on,
    // psu.disturbance only for the regime's cause with unusable results or an impossible count,
    // a disturbance that stopped every stage a follow-up vote alone; three kejadian fields.
    {2, 0x627CD53728FAA6B4ULL},
    // 3: legislative sheets and the sheets of one TPS: votes.party_sum, tps.dpt_across_contests,
    // tps.voters_across_contests (docs/changes.md); the fingerprint's corpus gains both.
    {3, 0x8BCAC0C74B1434FFULL},
};

/// The rule catalogue's version: the last of catalogue_releases.
inline constexpr unsigned catalogue_version = catalogue_releases[std::size(catalogue_releases) - 1].version;
}  // namespace suara

#endif  // SUARA_VERSION_HPP
