// suara — the national generator's archive form of the Sirekap shape (`--sirekap-archive FILE`):
// the records of the folder tree as members of one zip, tar or tar.gz, written with libarchive.
// Distributed under the Boost Software License, Version 1.0.
//
// Why: Sirekap scrapes travel as archives, and suara-audit reads them as a stream
// (io/sirekap_archive.hpp), so the benchmark and the three-forms test need the same records in
// that form too. Members are named exactly as the folder tree's paths below its root
// (`hhcw/ppwp/PP/PPKK/PPKKCC/PPKKCCDDDD/<kode_tps>.json`), in the generator's (code) order,
// regular files only (no directory entries: the reader needs none). Every member carries one
// fixed time (2024-02-14 00:00 UTC, election day) and mode 0644, so that the same seed gives
// the same bytes (a zip's DOS time field is local time: the same bytes under the same TZ). The format follows the file name: `.zip` (deflate), `.tar` (POSIX ustar/pax),
// `.tar.gz` or `.tgz` (the same, gzip); anything else is refused before any record is written.
#ifndef SUARA_TOOLS_GENERATORS_SIREKAP_ARCHIVE_WRITER_HPP
#define SUARA_TOOLS_GENERATORS_SIREKAP_ARCHIVE_WRITER_HPP

#include <ctime>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <archive.h>
#include <archive_entry.h>

namespace suara::tool {

/// The archive formats the generator writes, chosen by the file name.
enum class sirekap_archive_kind : unsigned char { zip, tar, tar_gz };

/// The kind of archive `path` names (.zip, .tar, .tar.gz, .tgz), or nullopt.
[[nodiscard]] inline std::optional<sirekap_archive_kind> sirekap_archive_kind_of(std::string_view path) noexcept {
    auto ends = [path](std::string_view s) { return path.size() > s.size() && path.substr(path.size() - s.size()) == s; };
    if (ends(".zip")) return sirekap_archive_kind::zip;
    if (ends(".tar.gz") || ends(".tgz")) return sirekap_archive_kind::tar_gz;
    if (ends(".tar")) return sirekap_archive_kind::tar;
    return std::nullopt;
}

/// Writes Sirekap records into one archive, member by member; close() finishes it.
class sirekap_archive_writer {
public:
    /// Election day, 00:00 UTC: every member's time (reproducible bytes).
    static constexpr std::time_t member_time = 1707868800;

    /// Opens `path` for writing; error() says why when it could not.
    explicit sirekap_archive_writer(const std::string& path) : path_{path} {
        const auto kind = sirekap_archive_kind_of(path);
        if (!kind) {
            error_ = "not a .zip, .tar, .tar.gz or .tgz name";
            return;
        }
        a_.reset(archive_write_new());
        if (!a_) {
            error_ = "out of memory";
            return;
        }
        int rc = ARCHIVE_OK;
        if (*kind == sirekap_archive_kind::zip) {
            rc = archive_write_set_format_zip(a_.get());
        } else {
            rc = archive_write_set_format_pax_restricted(a_.get());
            if (rc == ARCHIVE_OK && *kind == sirekap_archive_kind::tar_gz) {
                rc = archive_write_add_filter_gzip(a_.get());
                // no name or time in the gzip header: the same seed, the same bytes
                if (rc == ARCHIVE_OK) rc = archive_write_set_filter_option(a_.get(), "gzip", "timestamp", nullptr);
            }
        }
        if (rc == ARCHIVE_OK) rc = archive_write_open_filename(a_.get(), path.c_str());
        if (rc != ARCHIVE_OK) fail_();
        entry_.reset(archive_entry_new());
        if (!entry_ && error_.empty()) error_ = "out of memory";
    }

    sirekap_archive_writer(const sirekap_archive_writer&) = delete;
    sirekap_archive_writer& operator=(const sirekap_archive_writer&) = delete;
    ~sirekap_archive_writer() = default;

    /// Why writing failed ("" while all is well).
    [[nodiscard]] const std::string& error() const noexcept { return error_; }
    /// The archive's file name.
    [[nodiscard]] const std::string& path() const noexcept { return path_; }

    /// Adds the record `json` of TPS `code` (13 digits) and contest `kontes` as the member
    /// `hhcw/<kontes>/PP/PPKK/PPKKCC/PPKKCCDDDD/<code>.json`; false (and error()) on failure.
    bool add(std::string_view code, std::string_view kontes, std::string_view json) {
        if (!error_.empty()) return false;
        std::string name = "hhcw/";
        name += kontes;
        for (std::size_t n : {2u, 4u, 6u, 10u}) {
            name += '/';
            name += code.substr(0, n);
        }
        name += '/';
        name += code;
        name += ".json";
        archive_entry_clear(entry_.get());
        archive_entry_set_pathname(entry_.get(), name.c_str());
        archive_entry_set_filetype(entry_.get(), AE_IFREG);
        archive_entry_set_perm(entry_.get(), 0644);
        archive_entry_set_size(entry_.get(), static_cast<la_int64_t>(json.size()));
        archive_entry_set_mtime(entry_.get(), member_time, 0);
        if (archive_write_header(a_.get(), entry_.get()) != ARCHIVE_OK ||
            archive_write_data(a_.get(), json.data(), json.size()) != static_cast<la_ssize_t>(json.size())) {
            fail_(name);
            return false;
        }
        return true;
    }

    /// Finishes the archive (its central directory or end blocks); false (and error()) on failure.
    bool close() {
        if (!a_) return error_.empty();
        const int rc = archive_write_close(a_.get());
        if (rc != ARCHIVE_OK && error_.empty()) fail_();
        a_.reset();
        return error_.empty();
    }

private:
    struct closer {
        void operator()(::archive* a) const noexcept { archive_write_free(a); }
        void operator()(::archive_entry* e) const noexcept { archive_entry_free(e); }
    };

    void fail_(std::string_view member = {}) {
        const char* why = a_ ? archive_error_string(a_.get()) : nullptr;
        error_ = member.empty() ? std::string{} : std::string{member} + ": ";
        error_ += why != nullptr ? why : "libarchive failed";
    }

    std::string path_;
    std::string error_;
    std::unique_ptr<::archive, closer> a_;
    std::unique_ptr<::archive_entry, closer> entry_;
};

}  // namespace suara::tool

#endif  // SUARA_TOOLS_GENERATORS_SIREKAP_ARCHIVE_WRITER_HPP
