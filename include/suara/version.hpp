// suara — version.
// Distributed under the Boost Software License, Version 1.0.
#ifndef SUARA_VERSION_HPP
#define SUARA_VERSION_HPP

#define SUARA_VERSION_MAJOR 0
#define SUARA_VERSION_MINOR 1
#define SUARA_VERSION_PATCH 0

namespace suara {
inline constexpr int version_major = SUARA_VERSION_MAJOR;
inline constexpr int version_minor = SUARA_VERSION_MINOR;
inline constexpr int version_patch = SUARA_VERSION_PATCH;
}  // namespace suara

#endif  // SUARA_VERSION_HPP
