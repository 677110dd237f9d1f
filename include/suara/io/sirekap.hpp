// suara — the Sirekap per-TPS JSON reader (docs/formats.md). Needs Boost.JSON: link
// `suara::sirekap`.
// Distributed under the Boost Software License, Version 1.0.
//
// One file is one record: it is read into one sheet, or rejected as a whole with the file, the
// JSON key and the offending value. Decisions the format leaves open:
//  - The TPS code is the file name (13 digits); the contest is the nearest path component
//    that is a contest code (`…/hhcw/<kontes>/<PP>/<PPKK>/<PPKKCC>/<desa>/<kode_tps>.json`),
//    or `sirekap_options::default_kontes` when the path has none. Numeric region folders on the
//    way must be prefixes of the code.
//  - Directories are read recursively in sorted path order. Files not ending in `.json` are
//    skipped with a warning (they are not records: an `images/` folder or a README must not
//    count as a rejected TPS).
//  - `chart` ids map to ballot numbers through a `candidate_table` (built in: Pemilu 2024 ppwp).
//    A contest absent from the table gets ballot numbers by ascending id, with one warning per
//    contest (and, when its chart is null, no candidate columns at all: nothing says how many);
//    an id absent from a contest's table rejects the file.
//  - JSON `null` (chart, administrasi, a single field, a candidate) is missing, never zero.
//  - `psu` is kept per record (`sirekap_result::psu`); an unknown string warns and reads as
//    `psu_status::other`.
//  - A record of a legislative contest (pdpr, pdprdp, pdprdk, pdpd) is read into
//    `sirekap_result::legislative` instead (io/sirekap_legislative.hpp), in every container.
#ifndef SUARA_IO_SIREKAP_HPP
#define SUARA_IO_SIREKAP_HPP

#include <algorithm>
#include <cmath>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <limits>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include <boost/json.hpp>
#if defined(SUARA_SIREKAP_SIMDJSON)
#include <simdjson.h>  // the fast path (suara::sirekap defines the macro when simdjson is found)
#endif

#include <suara/form/batch.hpp>
#include <suara/form/legislative_batch.hpp>
#include <suara/core/kontes.hpp>
#include <suara/core/text.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/io/candidate_list.hpp>
#include <suara/io/report.hpp>
#include <suara/io/sirekap_legislative.hpp>
#include <suara/io/sirekap_reasons.hpp>
#include <suara/form/field.hpp>
#include <suara/form/psu_status.hpp>
#include <suara/form/sheet.hpp>

namespace suara::io {

/// The `psu` status of a record: the one type of form/psu_status.hpp, named here too.
using suara::psu_status;
/// Sirekap's spelling to a status (form/psu_status.hpp).
using suara::psu_from_string;

// Why a Sirekap file was rejected: io/sirekap_reasons.hpp (no Boost.JSON, so the report
// writers can name every reason's code).

/// One candidate of a contest: Sirekap id -> ballot number (0 = the blank column).
struct candidate_entry {
    kontes contest = kontes::ppwp;  ///< The contest.
    std::uint64_t id = 0;  ///< Sirekap's candidate id.
    std::uint8_t number = 0;  ///< The ballot number (0: the blank column).
};

/// Candidate ids per contest. Pilkada ids differ by region, so callers supply those.
class candidate_table {
public:
    candidate_table() = default;
    /// Maps Sirekap id `id` of contest `k` to ballot number `number`.
    candidate_table& add(kontes k, std::uint64_t id, std::uint8_t number) {
        entries_.push_back({k, id, number});
        return *this;
    }
    /// True when the table lists candidates of contest `k`.
    [[nodiscard]] bool has(kontes k) const noexcept {
        return std::any_of(entries_.begin(), entries_.end(), [k](const auto& e) { return e.contest == k; });
    }
    /// Ballot number of `id` in contest `k` (0 = blank column); nullopt when not listed.
    [[nodiscard]] std::optional<std::uint8_t> number(kontes k, std::uint64_t id) const noexcept {
        for (const auto& e : entries_)
            if (e.contest == k && e.id == id) return e.number;
        return std::nullopt;
    }
    /// Candidate columns of contest `k` (the highest ballot number).
    [[nodiscard]] std::size_t candidates(kontes k) const noexcept {
        std::size_t n = 0;
        for (const auto& e : entries_)
            if (e.contest == k && e.number > n) n = e.number;
        return n;
    }
    /// True when contest `k` has a blank column (an entry with number 0).
    [[nodiscard]] bool has_blank(kontes k) const noexcept {
        return std::any_of(entries_.begin(), entries_.end(),
                           [k](const auto& e) { return e.contest == k && e.number == 0; });
    }
    /// Pemilu 2024 presidential pairs (Sirekap's ppwp.json, data/README.md): 100025 -> 01
    /// Anies-Muhaimin, 100026 -> 02 Prabowo-Gibran, 100027 -> 03 Ganjar-Mahfud.
    [[nodiscard]] static candidate_table pemilu_2024() {
        candidate_table t;
        t.add(kontes::ppwp, 100025, 1).add(kontes::ppwp, 100026, 2).add(kontes::ppwp, 100027, 3);
        return t;
    }

private:
    std::vector<candidate_entry> entries_;
};

/// The fields a Sirekap record's `administrasi` publishes (bit i = field i): the DPT, the voters
/// (DPT, DPTb, non-DPT = DPK, total) and the votes. Checked on the real 2024 sample
/// (data/sirekap/pemilu): no record has a ballot (surat_*), a DPTb/DPK list or a disability figure.
inline constexpr std::uint64_t sirekap_published_fields = [] {
    std::uint64_t m = 0;
    for (field f : {field::pemilih_dpt_l, field::pemilih_dpt_p, field::pemilih_dpt_j, field::pengguna_dpt_l, field::pengguna_dpt_p,
                    field::pengguna_dpt_j, field::pengguna_dptb_l, field::pengguna_dptb_p, field::pengguna_dptb_j, field::pengguna_dpk_l,
                    field::pengguna_dpk_p, field::pengguna_dpk_j, field::pengguna_total_l, field::pengguna_total_p,
                    field::pengguna_total_j, field::suara_sah, field::suara_tidak_sah, field::suara_total})
        m |= std::uint64_t{1} << index(f);
    return m;
}();

/// The fields Sirekap never publishes, which its batches declare (sheet_batch::set_unpublished):
/// every field before the kejadian_* ones that is not in sirekap_published_fields (a missing
/// kejadian field already means "not reported").
inline constexpr std::uint64_t sirekap_unpublished_fields =
    ((std::uint64_t{1} << index(first_incident_field)) - 1) & ~sirekap_published_fields;

/// How a Sirekap folder or file is read: candidates, default contest, limits, callbacks.
struct sirekap_options {
    candidate_table candidates = candidate_table::pemilu_2024();  ///< Sirekap ids to ballot numbers (Pemilu 2024 PPWP built in).
    /// Contest for files whose path names none.
    std::optional<kontes> default_kontes;
    /// The legislative candidate lists (io/candidate_list.hpp): candidate ids to nomor urut, per
    /// dapil and party. Shared, not copied, with every reader made from these options.
    std::shared_ptr<const candidate_list> caleg;
    /// Without a list for a record's dapil: take a party's candidate ids in ascending order as
    /// nomor urut 1..n (UNVERIFIED, warned once per contest); false rejects such a record.
    bool caleg_by_ascending_id = caleg_nomor_urut_by_ascending_id;
    /// Deepest JSON nesting accepted (a Sirekap record nests 3 deep).
    std::size_t max_depth = 16;
    std::size_t keep_limit = default_keep_limit;  ///< Rejections and warnings kept in the report (the counts are always exact).
    /// Called for every rejection / warning as it happens (also beyond keep_limit).
    std::function<void(const rejection&)> on_rejection;
    std::function<void(const warning&)> on_warning;  ///< the same for warnings
    /// Called with each record's bytes as they are read, before parsing (suara-audit digests them).
    std::function<void(const std::filesystem::path&, std::string_view)> on_file_read;
};

/// Sheets read from Sirekap, with each record's psu marker (same row order). Each row's file,
/// `ts` and photo URLs are the batch's (sheet_batch::origin).
struct sirekap_result {
    sheet_batch sheets;  ///< The sheets read, one row per record, each with its origin.
    std::vector<psu_status> psu;  ///< Each row's psu marker.
    /// The legislative sheets read (pdpr, pdprdp, pdprdk, pdpd records), one row per record.
    legislative_batch legislative;
    std::vector<psu_status> legislative_psu;  ///< Each legislative row's psu marker.
    read_report report;  ///< What was read, rejected and warned about.
};

/// TPS code and contest from a Sirekap path; the reason when the path does not name them.
struct sirekap_path_info {
    std::optional<tps_code> code;  ///< The TPS code from the file name.
    std::optional<kontes> contest;  ///< The contest from the path.
    const bilingual* error = nullptr;  ///< Why the path names neither; nullptr when it does.
    std::string offending;  ///< The part of the path at fault.
};

[[nodiscard]] inline sirekap_path_info parse_sirekap_path(const std::filesystem::path& p,
                                                          std::optional<kontes> fallback = std::nullopt) {
    sirekap_path_info out;
    const std::string stem = p.stem().string();
    out.code = tps_code::parse(stem);
    if (!out.code) {
        out.error = &sirekap_reason::no_tps_code;
        out.offending = stem;
        return out;
    }
    std::vector<std::string> parts;
    for (const auto& c : p.parent_path()) parts.push_back(c.string());
    for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
        if (auto k = kontes_from_string(*it)) {
            out.contest = k;
            break;
        }
        const bool digits = !it->empty() && std::all_of(it->begin(), it->end(), [](char c) { return c >= '0' && c <= '9'; });
        if (digits && (it->size() > 13 || stem.compare(0, it->size(), *it) != 0)) {
            out.error = &sirekap_reason::path_mismatch;
            out.offending = *it;
            return out;
        }
    }
    if (!out.contest) out.contest = fallback;
    if (!out.contest) out.error = &sirekap_reason::no_kontes;
    return out;
}

/// Reads Sirekap JSON records (files, directory trees, or text in memory) into one result.
class sirekap_reader {
public:
    /// A reader with these options.
    explicit sirekap_reader(sirekap_options opts = {}) : opts_{std::move(opts)} {
        result_.sheets.set_unpublished(sirekap_unpublished_fields, "Sirekap");
        result_.legislative.set_unpublished(sirekap_unpublished_fields, "Sirekap");
        result_.report.keep_limit = opts_.keep_limit;
        result_.report.on_rejection = opts_.on_rejection;
        result_.report.on_warning = opts_.on_warning;
#if defined(SUARA_SIREKAP_SIMDJSON)
        // No deeper than the DOM path allows: a record simdjson refuses is read again there.
        if (sj_.allocate(4096, opts_.max_depth)) sj_ok_ = false;
#endif
    }

    /// Parses one record held in memory (the fuzzing entry). Returns true when it was validated.
    bool parse(std::string_view json, tps_code code, kontes k, std::string_view source) {
#if defined(SUARA_SIREKAP_SIMDJSON)
        // A record that is well formed and accepted is read by simdjson alone; anything else (bad
        // JSON, a rejection, a contest without a candidate table, a key written twice) is read
        // again by the Boost.JSON path below, which alone decides rejections: the error table
        // (reasons, keys, offending values) stays that path's.
        if (fast_(json, code, k, source)) return true;
#endif
        return parse_with_dom(json, code, k, source);
    }

    /// The Boost.JSON DOM reading of one record: the reference for every rejection.
    bool parse_with_dom(std::string_view json, tps_code code, kontes k, std::string_view source) {
        text_ = json;
        boost::system::error_code ec;
        boost::json::monotonic_resource mr{buffer_.data(), buffer_.size()};
        parser_.reset(boost::json::storage_ptr{&mr});
        const std::size_t at = parser_.write(json.data(), json.size(), ec);
        if (!ec) parser_.finish(ec);
        if (ec) {
            // The offending text is the record's own, from where the parser stopped (the last
            // bytes when it ran out of input), so the message holds no English from Boost.JSON.
            const bilingual* why = &sirekap_reason::not_json;
            std::string_view where = at < json.size() ? json.substr(at) : json.substr(json.size() > 16 ? json.size() - 16 : 0);
            if (ec == boost::json::error::incomplete) {
                why = &sirekap_reason::truncated;
                where = json.substr(json.size() > 16 ? json.size() - 16 : 0);
            } else if (ec == boost::json::error::too_deep) {
                why = &sirekap_reason::too_deep;
            }
            parser_.reset();
            reject_(source, "", where, *why);
            return false;
        }
        boost::json::value v = parser_.release();
        if (!v.is_object()) return reject_(source, "", kind_(v), sirekap_reason::not_object);
        const auto& top = v.get_object();
        const boost::json::object* body = &top;
        if (const auto* t = top.if_contains("tungsura")) {
            if (t->is_null()) body = nullptr;
            else if (!t->is_object()) return reject_(source, "tungsura", kind_(*t), sirekap_reason::not_object);
            else body = &t->get_object();
        }
        const boost::json::value* chart = body ? body->if_contains("chart") : nullptr;
        const boost::json::value* adm = body ? body->if_contains("administrasi") : nullptr;
        if (chart && !chart->is_null() && !chart->is_object())
            return reject_(source, "chart", kind_(*chart), sirekap_reason::not_object);
        if (adm && !adm->is_null() && !adm->is_object())
            return reject_(source, "administrasi", kind_(*adm), sirekap_reason::not_object);

        // psu
        psu_status psu = psu_status::none;
        if (const auto* p = top.if_contains("psu"); p && !p->is_null()) {
            if (!p->is_string()) return reject_(source, "psu", kind_(*p), sirekap_reason::bad_psu);
            const auto& s = p->get_string();
            psu = psu_from_string(std::string_view{s.data(), s.size()});
            if (psu == psu_status::other)
                result_.report.warn({std::string{source}, 0, "psu", quote_value({s.data(), s.size()}),
                                     sirekap_reason::unknown_psu});
        }

        if (is_legislative_contest(k)) return legislative_(top, body, adm, code, k, source, psu);

        // chart -> ballot numbers
        std::array<std::uint32_t, max_candidates> votes;
        votes.fill(missing_figure);
        std::uint32_t blank = missing_figure;
        std::size_t n = opts_.candidates.candidates(k);
        bool with_blank = opts_.candidates.has_blank(k);
        const bool listed = opts_.candidates.has(k);
        if (chart && chart->is_object()) {
            std::vector<std::pair<std::uint64_t, const boost::json::value*>> ids;
            for (const auto& kv : chart->get_object()) {
                const std::string_view key{kv.key().data(), kv.key().size()};
                if (key == "null") continue;  // Sirekap's stray key
                std::uint64_t id = 0;
                bool ok = !key.empty() && key.size() <= 18;
                for (char c : key) {
                    if (c < '0' || c > '9') ok = false;
                    else id = id * 10 + static_cast<std::uint64_t>(c - '0');
                }
                if (!ok) return reject_(source, "chart", key, sirekap_reason::bad_candidate_id);
                ids.emplace_back(id, &kv.value());
            }
            if (!listed) {
                std::sort(ids.begin(), ids.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
                if (ids.size() > max_candidates)
                    return reject_(source, "chart", std::to_string(ids.size()), sirekap_reason::too_many_candidates);
                n = ids.size();
                warn_ascending_(k, source);
            }
            for (std::size_t i = 0; i < ids.size(); ++i) {
                const std::string key = "chart." + std::to_string(ids[i].first);
                std::uint32_t value = missing_figure;
                if (!figure_(*ids[i].second, value, source, key)) return false;
                if (!listed) {
                    votes[i] = value;
                    continue;
                }
                const auto num = opts_.candidates.number(k, ids[i].first);
                if (!num) return reject_(source, "chart", std::to_string(ids[i].first), sirekap_reason::unknown_candidate);
                if (*num == 0) blank = value;
                else votes[*num - 1u] = value;
            }
        } else if (!listed) {
            n = 0;
            with_blank = false;
        }

        // administrasi -> fields
        std::array<std::uint32_t, field_count> fig;
        if (!administrasi_(adm, fig, source)) return false;

        auto& b = result_.sheets;
        const std::size_t row = b.append_missing(code, k, n, with_blank);
        for (std::size_t f = 0; f < field_count; ++f) b.column(static_cast<field>(f))[row] = fig[f];
        for (std::size_t i = 0; i < n; ++i) b.candidate_column(i)[row] = votes[i];
        if (with_blank) b.blank_column()[row] = blank;
        // Where the row came from: its file, time stamp and photos, in the batch's pool (no
        // allocation per record). A ts or image that is not a string is not a place: left out.
        std::string_view ts;
        if (const auto* t = top.if_contains("ts"); t && t->is_string()) ts = {t->get_string().data(), t->get_string().size()};
        b.set_origin(row, source, ts);
        if (line_ != 0) b.set_line(row, line_);  // an NDJSON record: its findings name the line
        if (const auto* im = top.if_contains("images"); im && im->is_array())
            for (const auto& u : im->get_array())
                if (u.is_string()) b.add_image(row, {u.get_string().data(), u.get_string().size()});
        result_.psu.push_back(psu);
        result_.report.validated();
        return true;
    }

    /// Reserves room for `records` more records (columns, psu markers and origins), so that the
    /// columns and the origin pool grow once: read_directory calls it with the number of files.
    void reserve(std::size_t records) {
        auto& b = result_.sheets;
        const std::size_t rows = b.size() + records;
        b.reserve(rows);
        // a Sirekap record's path, `ts` and three photo URLs: about 450 bytes (data/sirekap)
        b.reserve_origins(rows, rows * 512);
        result_.psu.reserve(rows);
    }

    /// Reads one file; its path gives the TPS code and contest.
    bool read_file(const std::filesystem::path& p) {
        const std::string source = p.string();
        const auto info = parse_sirekap_path(p, opts_.default_kontes);
        // A record rejected for its path is still read when someone digests the input.
        if (info.error && !opts_.on_file_read) return reject_(source, "", info.offending, *info.error);
        std::ifstream in{p, std::ios::binary};
        if (!in && info.error) return reject_(source, "", info.offending, *info.error);
        if (!in) return reject_(source, "", "", sirekap_reason::unreadable);
        // One read of the file's size (a tenth of suara-audit's time on a folder tree went to a
        // character-by-character istreambuf_iterator copy); a stream without a size (a FIFO
        // given by name) is read to its end as before.
        std::string text;
        in.seekg(0, std::ios::end);
        const std::streamoff size = in.tellg();
        in.seekg(0, std::ios::beg);
        if (size > 0 && in) {
            text.resize(static_cast<std::size_t>(size));
            in.read(text.data(), static_cast<std::streamsize>(size));
            text.resize(static_cast<std::size_t>(in.gcount()));
        } else {
            in.clear();
            text.assign(std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{});
        }
        if (in.bad()) return reject_(source, "", info.error ? info.offending : "", info.error ? *info.error : sirekap_reason::unreadable);
        if (opts_.on_file_read) opts_.on_file_read(p, text);
        if (info.error) return reject_(source, "", info.offending, *info.error);
        return parse(text, *info.code, *info.contest, source);
    }

    /// Reads every `.json` file under `dir`, recursively, in sorted path order.
    void read_directory(const std::filesystem::path& dir) {
        std::vector<std::filesystem::path> files;
        std::error_code ec;
        std::filesystem::recursive_directory_iterator it{dir, ec}, end;
        std::vector<std::filesystem::path> unreadable;
        for (; !ec && it != end; it.increment(ec)) {
            std::error_code fe;
            if (it->is_regular_file(fe)) files.push_back(it->path());
            else if (!it->is_directory(fe) && it->path().extension() == ".json")
                unreadable.push_back(it->path());  // a dangling link, a FIFO: a record that cannot be read
            else if (!it->is_directory(fe))
                files.push_back(it->path());  // not .json: warned about below
        }
        std::sort(unreadable.begin(), unreadable.end());
        for (const auto& f : unreadable) reject_(f.string(), "", "", sirekap_reason::unreadable);
        if (ec) reject_(dir.string(), "", ec.message(), sirekap_reason::unreadable);
        std::sort(files.begin(), files.end());
        reserve(files.size());
        for (const auto& f : files) {
            if (f.extension() != ".json") {
                result_.report.warn({f.string(), 0, "", "", sirekap_reason::skipped});
                continue;
            }
            read_file(f);
        }
    }

    /// A file or a directory.
    void read(const std::filesystem::path& p) {
        std::error_code ec;
        if (std::filesystem::is_directory(p, ec)) read_directory(p);
        else read_file(p);
    }

    /// True when accepted records are read by simdjson (built with `SUARA_SIREKAP_SIMDJSON`,
    /// which suara::sirekap defines when CMake finds simdjson); false: Boost.JSON alone.
    [[nodiscard]] static constexpr bool uses_simdjson() noexcept {
#if defined(SUARA_SIREKAP_SIMDJSON)
        return true;
#else
        return false;
#endif
    }

    /// The place of the next records inside their source: the NDJSON line (1-based), 0 for a
    /// whole file or an archive member. Rejections carry it (io/sirekap_ndjson.hpp sets it).
    void set_line(std::size_t line) noexcept { line_ = line; }
    /// Rejects a record that the container code (archive, NDJSON) cannot hand to parse().
    bool reject(std::string_view source, std::string_view column, std::string_view value, const bilingual& reason) {
        return reject_(source, column, value, reason);
    }
    /// Warns about something in the input that is not a record (e.g. a skipped archive member).
    void warn(warning w) { result_.report.warn(std::move(w)); }
    /// The options this reader was made with.
    [[nodiscard]] const sirekap_options& options() const noexcept { return opts_; }

    /// What has been read so far.
    [[nodiscard]] const sirekap_result& result() const noexcept { return result_; }
    /// Moves the result out (the reader is then empty).
    [[nodiscard]] sirekap_result take() { return std::move(result_); }

    /// The field of an administrasi key: Sirekap's names, plus the CSV field names.
    [[nodiscard]] static std::optional<field> admin_field(std::string_view key) noexcept {
        constexpr std::string_view non_dpt = "pengguna_non_dpt_";
        if (key.size() == non_dpt.size() + 1 && key.substr(0, non_dpt.size()) == non_dpt) {
            switch (key.back()) {
            case 'l': return field::pengguna_dpk_l;
            case 'p': return field::pengguna_dpk_p;
            case 'j': return field::pengguna_dpk_j;
            default: return std::nullopt;
            }
        }
        if (key.substr(0, 9) == "kejadian_") return std::nullopt;  // not a Sirekap key
        return field_from_string(key);
    }

private:
    // administrasi -> fields (missing where absent or null); false once a figure was rejected.
    bool administrasi_(const boost::json::value* adm, std::array<std::uint32_t, field_count>& fig, std::string_view source) {
        fig.fill(missing_figure);
        if (!adm || !adm->is_object()) return true;
        for (const auto& kv : adm->get_object()) {
            const std::string_view key{kv.key().data(), kv.key().size()};
            auto f = admin_field(key);
            if (!f) {
                warn_key_once_(key, key, source, sirekap_reason::unknown_key);
                continue;
            }
            if (!figure_(kv.value(), fig[index(*f)], source, "administrasi." + std::string{key})) return false;
        }
        return true;
    }

    // A warning about an unknown key, once per key per reader (the first 64 keys remembered).
    void warn_key_once_(std::string_view memo, std::string_view key, std::string_view source, const bilingual& why) {
        if (warned_keys_.size() < 64 && std::find(warned_keys_.begin(), warned_keys_.end(), memo) == warned_keys_.end()) {
            warned_keys_.emplace_back(memo);
            result_.report.warn({std::string{source}, 0, quote_value(key), "", why});
        }
    }

    // What io/sirekap_legislative.hpp reports through: this reader's figures, rejections, warnings.
    struct legislative_sink_ {
        sirekap_reader& r;
        std::string_view source;
        kontes k;
        bool figure(const boost::json::value& v, std::uint32_t& out, const std::string& key) { return r.figure_(v, out, source, key); }
        bool reject(std::string_view column, std::string_view value, const bilingual& why) { return r.reject_(source, column, value, why); }
        void warn_key(std::string_view key, const bilingual& why) { r.warn_key_once_("chart:" + std::string{key}, key, source, why); }
        void warn_ascending() {
            auto& done = r.caleg_ascending_warned_[static_cast<std::size_t>(k)];
            if (done) return;
            done = true;
            r.result_.report.warn({std::string{source}, 0, "caleg", std::string{to_string(k)}, sirekap_reason::ascending_caleg_ids});
        }
        static std::string kind(const boost::json::value& v) { return kind_(v); }
    };

    // A legislative record: its parties and candidates (io/sirekap_legislative.hpp), administrasi,
    // origin and psu, as one row of result_.legislative.
    bool legislative_(const boost::json::object& top, const boost::json::object* body, const boost::json::value* adm, tps_code code,
                      kontes k, std::string_view source, psu_status psu) {
        legislative_sheet& s = leg_scratch_;
        s = legislative_sheet::empty(code, k);
        legislative_sink_ sink{*this, source, k};
        const legislative_read_options lo{opts_.caleg.get(), opts_.caleg_by_ascending_id};
        if (!read_legislative_parts(top, body, lo, s, sink)) return false;
        std::array<std::uint32_t, field_count> fig;
        if (!administrasi_(adm, fig, source)) return false;
        s.admin.figures = fig;
        auto& b = result_.legislative;
        const std::size_t row = b.push_back(s);
        std::string_view ts;
        if (const auto* t = top.if_contains("ts"); t && t->is_string()) ts = {t->get_string().data(), t->get_string().size()};
        b.set_origin(row, source, ts);
        if (line_ != 0) b.set_line(row, line_);
        if (const auto* im = top.if_contains("images"); im && im->is_array())
            for (const auto& u : im->get_array())
                if (u.is_string()) b.add_image(row, {u.get_string().data(), u.get_string().size()});
        result_.legislative_psu.push_back(psu);
        result_.report.validated();
        return true;
    }

#if defined(SUARA_SIREKAP_SIMDJSON)
    // The simdjson DOM reading of an accepted record. Returns false, having changed nothing
    // (no row, no warning), whenever the record is not plainly accepted.
    bool fast_(std::string_view json, tps_code code, kontes k, std::string_view source) {
        namespace dom = simdjson::dom;
        // Legislative records, and ascending ids with their warning: the DOM path.
        if (!sj_ok_ || is_legislative_contest(k) || !opts_.candidates.has(k)) return false;  // ascending ids and their warning: the DOM path
        dom::element root;
        if (sj_.parse(json.data(), json.size()).get(root)) return false;
        dom::object top;
        if (root.get_object().get(top)) return false;
        dom::element chart, adm, psu, ts, images, tungsura;
        unsigned seen = 0;  // a known key written twice: left to the DOM path
        const auto once = [&seen](unsigned bit) {
            const bool first = (seen & bit) == 0;
            seen |= bit;
            return first;
        };
        for (const auto kv : top) {
            const std::string_view key = kv.key;
            if (is_(key, "chart")) { if (!once(1u)) return false; chart = kv.value; }
            else if (is_(key, "administrasi")) { if (!once(2u)) return false; adm = kv.value; }
            else if (is_(key, "psu")) { if (!once(4u)) return false; psu = kv.value; }
            else if (is_(key, "ts")) { if (!once(8u)) return false; ts = kv.value; }
            else if (is_(key, "images")) { if (!once(16u)) return false; images = kv.value; }
            else if (is_(key, "tungsura")) { if (!once(32u)) return false; tungsura = kv.value; }
            else if (!no_double_(kv.value)) return false;  // an ignored key: see no_double_
        }
        // A default dom::element points at no document: every use below is under its flag.
        bool in_chart = (seen & 1u) != 0, in_adm = (seen & 2u) != 0;
        if (seen & 32u) {  // the older shape: chart and administrasi inside `tungsura`
            if ((in_chart && !no_double_(chart)) || (in_adm && !no_double_(adm))) return false;  // ignored here
            in_chart = in_adm = false;
            if (!tungsura.is_null()) {
                dom::object body;
                if (tungsura.get_object().get(body)) return false;
                for (const auto kv : body) {
                    const std::string_view key = kv.key;
                    if (key == "chart") { if (in_chart) return false; in_chart = true; chart = kv.value; }
                    else if (key == "administrasi") { if (in_adm) return false; in_adm = true; adm = kv.value; }
                    else if (!no_double_(kv.value)) return false;
                }
            }
        }
        // A present chart or administrasi must be null or an object.
        const bool has_chart = in_chart && chart.type() == dom::element_type::OBJECT;
        const bool has_adm = in_adm && adm.type() == dom::element_type::OBJECT;
        if (in_chart && !has_chart && !chart.is_null()) return false;
        if (in_adm && !has_adm && !adm.is_null()) return false;

        psu_status p = psu_status::none;
        std::string_view psu_text;
        if ((seen & 4u) && !psu.is_null()) {
            if (psu.get_string().get(psu_text)) return false;
            p = psu_from_string(psu_text);
        }

        std::array<std::uint32_t, max_candidates> votes;
        votes.fill(missing_figure);
        std::uint32_t blank = missing_figure;
        const std::size_t n = opts_.candidates.candidates(k);
        const bool with_blank = opts_.candidates.has_blank(k);
        if (has_chart) {
            std::uint64_t numbers_seen = 0;  // a ballot number given twice: the DOM path
            for (const auto kv : dom::object(chart)) {
                const std::string_view key = kv.key;
                if (is_(key, "null")) {  // Sirekap's stray key: its value is ignored
                    if (!no_double_(kv.value)) return false;
                    continue;
                }
                if (key.empty() || key.size() > 18) return false;
                std::uint64_t id = 0;
                for (char c : key) {
                    if (c < '0' || c > '9') return false;
                    id = id * 10 + static_cast<std::uint64_t>(c - '0');
                }
                const auto num = opts_.candidates.number(k, id);
                if (!num || *num >= 64) return false;
                const std::uint64_t bit = std::uint64_t{1} << *num;
                if (numbers_seen & bit) return false;
                numbers_seen |= bit;
                std::uint32_t value = missing_figure;
                if (!fast_figure_(kv.value, value)) return false;
                if (*num == 0) blank = value;
                else votes[*num - 1u] = value;
            }
        }

        std::array<std::uint32_t, field_count> fig;
        fig.fill(missing_figure);
        std::array<std::string_view, 8> unknown{};  // warned only once the record is accepted
        std::size_t unknowns = 0;
        if (has_adm) {
            std::array<bool, field_count> given{};
            std::size_t at = 0;
            for (const auto kv : dom::object(adm)) {
                const std::string_view key = kv.key;
                // Records write their keys in one order: the field of the key at this place in
                // the last record, when the key is the same, saves admin_field's search.
                // (lengths, then bytes: string's operator!= against a view was a call to compare,
                // 6 % of the reader)
                if (at == adm_keys_.size()) adm_keys_.push_back({std::string{key}, admin_field(key)});
                else if (const std::string& last = adm_keys_[at].first;
                         last.size() != key.size() || std::memcmp(last.data(), key.data(), key.size()) != 0)
                    adm_keys_[at] = {std::string{key}, admin_field(key)};
                const auto f = adm_keys_[at].second;
                if (at < 64) ++at;
                if (!f) {
                    if (unknowns == unknown.size()) return false;  // many unknown keys: the DOM path
                    if (!no_double_(kv.value)) return false;
                    unknown[unknowns++] = key;
                    continue;
                }
                auto& g = given[index(*f)];
                if (g) return false;
                g = true;
                if (!fast_figure_(kv.value, fig[index(*f)])) return false;
            }
        }

        // A ts that is not a string and an `images` that is not a list of strings are ignored.
        if ((seen & 8u) && ts.type() != dom::element_type::STRING && !no_double_(ts)) return false;
        if ((seen & 16u) && !no_double_(images)) return false;

        // Accepted: the same warnings, in the same order, as the DOM path.
        if (p == psu_status::other)
            result_.report.warn({std::string{source}, 0, "psu", quote_value(psu_text), sirekap_reason::unknown_psu});
        for (std::size_t i = 0; i < unknowns; ++i) {
            const std::string_view key = unknown[i];
            if (warned_keys_.size() < 64 && std::find(warned_keys_.begin(), warned_keys_.end(), key) == warned_keys_.end()) {
                warned_keys_.emplace_back(key);
                result_.report.warn({std::string{source}, 0, quote_value(key), "", sirekap_reason::unknown_key});
            }
        }
        auto& b = result_.sheets;
        const std::size_t row = b.append_row(code, k, n, with_blank, fig, votes, blank);
        std::string_view ts_text;
        if ((seen & 8u) && ts.type() == dom::element_type::STRING) ts_text = std::string_view(ts);
        b.set_origin(row, source, ts_text);
        if (line_ != 0) b.set_line(row, line_);  // an NDJSON record: its findings name the line
        if ((seen & 16u) && images.type() == dom::element_type::ARRAY)
            for (const auto u : dom::array(images))
                if (u.type() == dom::element_type::STRING) b.add_image(row, std::string_view(u));
        result_.psu.push_back(p);
        result_.report.validated();
        return true;
    }

    // `key == lit` with the length known at compile time: an inlined compare (string_view's
    // operator== stayed a call here, a tenth of the reader's time).
    template <std::size_t N>
    static bool is_(std::string_view key, const char (&lit)[N]) noexcept {
        return key.size() == N - 1 && std::memcmp(key.data(), lit, N - 1) == 0;
    }

    // False when a value the walk ignores holds a fraction or an exponent anywhere: Boost.JSON
    // rejects some numbers simdjson reads (an exponent beyond its range, `0e99999999999999999999`:
    // "exponent overflow", while simdjson reads 0.0), so a record with one is left to the DOM
    // path. Sirekap records hold none (tests/fuzz/regressions/sirekap/exponent_overflow.json).
    static bool no_double_(simdjson::dom::element v) noexcept {
        switch (v.type()) {
        case simdjson::dom::element_type::DOUBLE: return false;
        case simdjson::dom::element_type::ARRAY:
            for (const auto e : simdjson::dom::array(v))
                if (!no_double_(e)) return false;
            return true;
        case simdjson::dom::element_type::OBJECT:
            for (const auto kv : simdjson::dom::object(v))
                if (!no_double_(kv.value)) return false;
            return true;
        case simdjson::dom::element_type::INT64:
        case simdjson::dom::element_type::UINT64:
        case simdjson::dom::element_type::STRING:
        case simdjson::dom::element_type::BOOL:
        case simdjson::dom::element_type::NULL_VALUE: return true;
        }
        return false;
    }

    // A figure the DOM path would accept: null (missing) or an integer 0..max_figure.
    static bool fast_figure_(simdjson::dom::element v, std::uint32_t& out) noexcept {
        switch (v.type()) {
        case simdjson::dom::element_type::NULL_VALUE: out = missing_figure; return true;
        case simdjson::dom::element_type::INT64: {
            const std::int64_t x = std::int64_t(v);
            if (x < 0 || static_cast<std::uint64_t>(x) > max_figure) return false;
            out = static_cast<std::uint32_t>(x);
            return true;
        }
        case simdjson::dom::element_type::ARRAY:
        case simdjson::dom::element_type::OBJECT:
        case simdjson::dom::element_type::UINT64:
        case simdjson::dom::element_type::DOUBLE:
        case simdjson::dom::element_type::STRING:
        case simdjson::dom::element_type::BOOL: return false;
        }
        return false;
    }

    simdjson::dom::parser sj_;  // reused: its tape and string buffers stay
    std::vector<std::pair<std::string, std::optional<field>>> adm_keys_;  // the last record's administrasi keys
    bool sj_ok_ = true;  // false when it could not be set up: every record then takes the DOM path
#endif

    bool figure_(const boost::json::value& v, std::uint32_t& out, std::string_view source, const std::string& key) {
        if (v.is_null()) {
            out = missing_figure;
            return true;
        }
        if (v.is_int64()) {
            const auto x = v.get_int64();
            if (x < 0) return reject_(source, key, std::to_string(x), sirekap_reason::negative);
            if (static_cast<std::uint64_t>(x) > max_figure) return reject_(source, key, std::to_string(x), sirekap_reason::out_of_range);
            out = static_cast<std::uint32_t>(x);
            return true;
        }
        if (v.is_uint64()) return reject_(source, key, std::to_string(v.get_uint64()), sirekap_reason::out_of_range);
        if (v.is_double()) {
            // Boost.JSON 1.81 keeps an integer beyond 64 bits only as a double: name the digits as
            // written (from the text) and call it out of range, not fractional.
            const double d = v.get_double();
            const std::string written = raw_number_(key);
            std::ostringstream s;
            s << d;
            const std::string shown = written.empty() ? s.str() : written;
            if (d < 0) return reject_(source, key, shown, sirekap_reason::negative);
            const bool integral = written.find_first_of(".eE") == std::string::npos && !written.empty();
            if (integral || (written.empty() && d == std::floor(d) && d > double{max_figure}))
                return reject_(source, key, shown, sirekap_reason::out_of_range);
            return reject_(source, key, shown, sirekap_reason::fractional);
        }
        return reject_(source, key, kind_(v), sirekap_reason::wrong_type);
    }

    /// The number token written after the last segment of `key` ("administrasi.suara_sah" ->
    /// the text after `"suara_sah":`), or "" when it cannot be found.
    [[nodiscard]] std::string raw_number_(std::string_view key) const {
        const auto dot = key.rfind('.');
        std::string quoted(1, '"');  // appended, not chained +: g++ 12 -O3 warns falsely (-Wrestrict)
        quoted.append(dot == std::string_view::npos ? key : key.substr(dot + 1)).push_back('"');
        for (auto at = text_.find(quoted); at != std::string_view::npos; at = text_.find(quoted, at + 1)) {
            auto i = at + quoted.size();
            while (i < text_.size() && (text_[i] == ' ' || text_[i] == '\t' || text_[i] == '\n' || text_[i] == '\r')) ++i;
            if (i >= text_.size() || text_[i] != ':') continue;
            ++i;
            while (i < text_.size() && (text_[i] == ' ' || text_[i] == '\t' || text_[i] == '\n' || text_[i] == '\r')) ++i;
            const auto begin = i;
            while (i < text_.size() && std::string_view{"-+0123456789.eE"}.find(text_[i]) != std::string_view::npos) ++i;
            if (i > begin) return std::string{text_.substr(begin, std::min<std::size_t>(i - begin, 64))};
        }
        return {};
    }

    static std::string kind_(const boost::json::value& v) {
        switch (v.kind()) {
        case boost::json::kind::null: return "null";
        case boost::json::kind::bool_: return v.get_bool() ? "true" : "false";
        case boost::json::kind::string: return quote_value({v.get_string().data(), v.get_string().size()});
        case boost::json::kind::array: return "[...]";
        case boost::json::kind::object: return "{...}";
        case boost::json::kind::int64:
        case boost::json::kind::uint64:
        case boost::json::kind::double_: break;
        }
        return quote_value(boost::json::serialize(v));
    }

    std::string_view text_{};  // the record being parsed (for numbers Boost.JSON keeps only as doubles)
    bool reject_(std::string_view source, std::string_view column, std::string_view value, const bilingual& reason) {
        result_.report.reject({std::string{source}, line_, std::string{column}, quote_value(value), reason});
        return false;
    }

    void warn_ascending_(kontes k, std::string_view source) {
        auto& done = ascending_warned_[static_cast<std::size_t>(k)];
        if (done) return;
        done = true;
        result_.report.warn({std::string{source}, 0, "chart", std::string{to_string(k)}, sirekap_reason::ascending_ids});
    }

    sirekap_options opts_;
    sirekap_result result_;
    std::size_t line_ = 0;  // set_line(): the NDJSON line of the record being read
    std::array<unsigned char, 8192> buffer_{};
    boost::json::stream_parser parser_{{}, [this] {  // reused: its temporary buffers stay
        boost::json::parse_options po;
        po.max_depth = opts_.max_depth;
        return po;
    }()};
    std::array<bool, kontes_count> ascending_warned_{};
    std::array<bool, kontes_count> caleg_ascending_warned_{};  // the legislative assumption, warned once per contest
    legislative_sheet leg_scratch_{};  // one legislative record being read (no allocation per record)
    std::vector<std::string> warned_keys_;
};

/// Reads a file or directory tree of Sirekap JSON.
[[nodiscard]] inline sirekap_result read_sirekap(const std::filesystem::path& p, sirekap_options opts = {}) {
    sirekap_reader r{std::move(opts)};
    r.read(p);
    return r.take();
}

/// Parses one record from memory (tests, fuzzers).
[[nodiscard]] inline sirekap_result read_sirekap_json(std::string_view json, tps_code code, kontes k,
                                                      std::string_view source = "<json>", sirekap_options opts = {}) {
    sirekap_reader r{std::move(opts)};
    r.parse(json, code, k, source);
    return r.take();
}

}  // namespace suara::io

#endif  // SUARA_IO_SIREKAP_HPP
