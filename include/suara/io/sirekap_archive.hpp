// suara — Sirekap records inside zip and tar(.gz) archives, read with libarchive, and the one
// entry that reads any Sirekap input form (docs/formats.md). Needs libarchive and Boost.JSON:
// link `suara::sirekap_archive`.
// Distributed under the Boost Software License, Version 1.0.
//
// An archive is read as a stream, member by member in archive order (no seeking, so a
// tar.gz from a pipe works and nothing is read whole): each `.json` member is one record whose
// member path gives its TPS code and contest exactly as a path on disk does
// (parse_sirekap_path). Its place in rejections is `<archive>:<member>`. Nothing is ever written
// to disk. Hostile archives:
//  - a member name with a `..` component or an absolute path (`/x`, `\x`, `C:`) is rejected
//    unread, the rest read;
//  - a member unpacking beyond sirekap_stream_limits::max_member_bytes is rejected (reading
//    stops at the limit: a zip bomb costs at most that), the rest read;
//  - the archive unpacking beyond max_archive_bytes in all is rejected there and not read further;
//  - a damaged or truncated archive: the members before the damage are kept, the damaged one
//    rejected with its name, and reading stops (a stream cannot resynchronise).
#ifndef SUARA_IO_SIREKAP_ARCHIVE_HPP
#define SUARA_IO_SIREKAP_ARCHIVE_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include <archive.h>
#include <archive_entry.h>

#include <suara/io/report.hpp>
#include <suara/io/sirekap.hpp>
#include <suara/io/sirekap_ndjson.hpp>
#include <suara/io/sirekap_reasons.hpp>

namespace suara::io {

/// True when an archive member name stays inside the archive: not absolute, no `..` component.
[[nodiscard]] inline bool safe_member_name(std::string_view name) noexcept {
    if (name.empty() || name.front() == '/' || name.front() == '\\') return false;
    if (name.size() >= 2 && name[1] == ':') return false;  // a drive letter
    std::size_t start = 0;
    while (start <= name.size()) {
        const std::size_t end = name.find_first_of("/\\", start);
        const std::string_view part = name.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        if (part == "..") return false;
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return true;
}

namespace detail {

struct archive_closer {
    void operator()(::archive* a) const noexcept { archive_read_free(a); }
};
using archive_ptr = std::unique_ptr<::archive, archive_closer>;

[[nodiscard]] inline archive_ptr new_sirekap_archive() {
    archive_ptr a{archive_read_new()};
    if (!a) return a;
    archive_read_support_filter_gzip(a.get());
    archive_read_support_filter_bzip2(a.get());
    archive_read_support_filter_xz(a.get());
    archive_read_support_format_zip(a.get());
    archive_read_support_format_tar(a.get());
    archive_read_support_format_gnutar(a.get());
    return a;
}

/// Reads every member of the opened archive `a` into `r`; `name` names the archive.
inline void read_sirekap_members(sirekap_reader& r, ::archive* a, const std::string& name, const sirekap_stream_limits& limits) {
    const auto& opts = r.options();
    std::array<char, 64 * 1024> block{};
    std::uint64_t total = 0;
    std::string last = "";  // the last member seen, to name where damage starts
    std::string text;
    for (;;) {
        archive_entry* e = nullptr;
        const int rc = archive_read_next_header(a, &e);
        if (rc == ARCHIVE_EOF) return;
        if (rc < ARCHIVE_WARN || e == nullptr) {
            r.reject(last.empty() ? name : name + ":" + last, "", "", sirekap_reason::damaged_archive);
            return;
        }
        const char* raw = archive_entry_pathname(e);
        const std::string member = raw ? raw : "";
        last = member;
        const std::string source = name + ":" + member;
        const auto type = archive_entry_filetype(e);
        if (type == AE_IFDIR) continue;
        if (!safe_member_name(member)) {
            r.reject(source, "", member, sirekap_reason::unsafe_member);
            continue;
        }
        if (std::filesystem::path{member}.extension() != ".json") {
            r.warn({source, 0, "", "", sirekap_reason::skipped});
            continue;
        }
        if (type != AE_IFREG) {  // a link or device named .json: not a record we can read
            r.reject(source, "", "", sirekap_reason::unreadable);
            continue;
        }
        if (archive_entry_size_is_set(e) && archive_entry_size(e) > 0 &&
            static_cast<std::uint64_t>(archive_entry_size(e)) > limits.max_member_bytes) {
            r.reject(source, "", std::to_string(archive_entry_size(e)), sirekap_reason::member_too_large);
            continue;  // the next header skips its data
        }
        text.clear();
        bool big = false;
        for (;;) {
            const la_ssize_t n = archive_read_data(a, block.data(), block.size());
            if (n == 0) break;
            if (n < 0) {
                r.reject(source, "", "", sirekap_reason::damaged_archive);
                return;
            }
            total += static_cast<std::uint64_t>(n);
            if (total > limits.max_archive_bytes) {
                r.reject(source, "", std::to_string(total), sirekap_reason::archive_too_large);
                return;
            }
            if (text.size() + static_cast<std::size_t>(n) > limits.max_member_bytes) {
                big = true;
                break;
            }
            text.append(block.data(), static_cast<std::size_t>(n));
        }
        if (big) {
            r.reject(source, "", "> " + std::to_string(limits.max_member_bytes), sirekap_reason::member_too_large);
            continue;
        }
        const auto info = parse_sirekap_path(member, opts.default_kontes);
        if (opts.on_file_read) opts.on_file_read(source, text);
        if (info.error) r.reject(source, "", info.offending, *info.error);
        else r.parse(text, *info.code, *info.contest, source);
    }
}

}  // namespace detail

/// Reads a zip, tar, tar.gz (or tar.bz2, tar.xz) archive of Sirekap records into `r`.
inline void read_sirekap_archive(sirekap_reader& r, const std::filesystem::path& p, const sirekap_stream_limits& limits = {}) {
    const std::string name = p.string();
    auto a = detail::new_sirekap_archive();
    if (!a || archive_read_open_filename(a.get(), name.c_str(), 64 * 1024) != ARCHIVE_OK) {
        r.reject(name, "", "", sirekap_reason::unreadable);
        return;
    }
    detail::read_sirekap_members(r, a.get(), name, limits);
}

/// Reads an archive held in memory (tests, fuzzers); `name` names it in rejections.
[[nodiscard]] inline sirekap_result read_sirekap_archive_bytes(std::string_view bytes, std::string_view name = "<archive>",
                                                              sirekap_options opts = {}, const sirekap_stream_limits& limits = {}) {
    sirekap_reader r{std::move(opts)};
    auto a = detail::new_sirekap_archive();
    if (!a || archive_read_open_memory(a.get(), bytes.data(), bytes.size()) != ARCHIVE_OK)
        r.reject(name, "", "", sirekap_reason::damaged_archive);
    else
        detail::read_sirekap_members(r, a.get(), std::string{name}, limits);
    return r.take();
}

/// The input form of a Sirekap path, by its name: "-" and .ndjson/.jsonl are NDJSON;
/// .zip, .tar, .tar.gz, .tgz, .tar.bz2, .tar.xz are archives; anything else a file or folder.
enum class sirekap_input_form : unsigned char { tree, ndjson, archive };

/// The form of the input named `path` (see sirekap_input_form).
[[nodiscard]] inline sirekap_input_form sirekap_form_of(std::string_view path) noexcept {
    auto ends = [path](std::string_view s) { return path.size() >= s.size() && path.substr(path.size() - s.size()) == s; };
    if (path == "-" || ends(".ndjson") || ends(".jsonl")) return sirekap_input_form::ndjson;
    if (ends(".zip") || ends(".tar") || ends(".tar.gz") || ends(".tgz") || ends(".tar.bz2") || ends(".tar.xz"))
        return sirekap_input_form::archive;
    return sirekap_input_form::tree;
}

/// Reads any Sirekap input into `r`: a file or folder tree, an archive, or NDJSON ("-": stdin).
inline void read_sirekap_input(sirekap_reader& r, const std::filesystem::path& p, const sirekap_stream_limits& limits = {}) {
    switch (sirekap_form_of(p.string())) {
    case sirekap_input_form::ndjson: read_sirekap_ndjson(r, p, limits); return;
    case sirekap_input_form::archive: read_sirekap_archive(r, p, limits); return;
    case sirekap_input_form::tree: r.read(p); return;
    }
}

/// Reads any Sirekap input (see read_sirekap_input) into one result.
[[nodiscard]] inline sirekap_result read_sirekap_any(const std::filesystem::path& p, sirekap_options opts = {},
                                                    const sirekap_stream_limits& limits = {}) {
    sirekap_reader r{std::move(opts)};
    read_sirekap_input(r, p, limits);
    return r.take();
}

}  // namespace suara::io

#endif  // SUARA_IO_SIREKAP_ARCHIVE_HPP
