// suara — the candidate lists of the legislative contests, read from Sirekap's own JSON
// (docs/formats.md, "Candidate lists"). Needs Boost.JSON: link `suara::sirekap`.
// Distributed under the Boost Software License, Version 1.0.
//
// A Sirekap legislative record names candidates by Sirekap id, the sheet by nomor urut. The
// mapping is in Sirekap's lists: `pemilu/caleg/partai/<dapil>.json` (per party number, per
// candidate id: nama, nomor_urut, jenis_kelamin, tempat_tinggal), `pemilu/caleg/dpd/<provinsi>.json`
// (per candidate id: the same) and `pemilu/partai.json` (per party number: nama, nomor_urut, ...).
// The shapes are SECONDARY (public scrapers, cited in docs/formats.md). Each party and each
// candidate is one record: a bad one is rejected with its file, key and value, the rest kept.
#ifndef SUARA_IO_CANDIDATE_LIST_HPP
#define SUARA_IO_CANDIDATE_LIST_HPP

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <fstream>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include <boost/json.hpp>

#include <suara/core/dapil.hpp>
#include <suara/core/text.hpp>
#include <suara/form/ballot_number.hpp>
#include <suara/form/legislative_sheet.hpp>
#include <suara/io/report.hpp>
#include <suara/io/sirekap_reasons.hpp>

namespace suara::io {

/// One candidate of a list: Sirekap id, nomor urut and name.
struct caleg_entry {
    std::uint64_t id = 0;  ///< Sirekap's candidate id.
    std::uint8_t nomor_urut = 0;  ///< The candidate's number on the party's (or DPD) list, from 1.
    std::string nama;  ///< The name as Sirekap gives it ("" when none was given).
};

/// Party names by number, and candidates per (dapil, party): Sirekap id -> nomor urut and name.
/// DPD candidates are kept under party 0 of their province's code (the DPD dapil is the province).
class candidate_list {
public:
    /// Most bytes of a name kept (a longer one is cut: a name is a label, not a key).
    static constexpr std::size_t max_name = 200;

    /// Sets the name of party `p` (1..max_ballot_parties). Throws std::invalid_argument otherwise.
    candidate_list& add_party(party_number p, std::string_view nama) {
        if (p.value() == 0 || p.value() > max_ballot_parties)
            throw std::invalid_argument("suara::candidate_list: party number outside 1..max_ballot_parties");
        party_names_[p.value() - 1U] = std::string{nama.substr(0, max_name)};
        return *this;
    }
    /// The name of party `p`; nullopt when none was given.
    [[nodiscard]] std::optional<std::string_view> party_name(party_number p) const noexcept {
        if (p.value() == 0 || p.value() > max_ballot_parties || !party_names_[p.value() - 1U]) return std::nullopt;
        return std::string_view{*party_names_[p.value() - 1U]};
    }

    /// Adds candidate `id` with `nomor_urut` to party `p` of `dapil` (party 0: a DPD candidate of
    /// province `dapil`). Throws std::invalid_argument for a party above max_ballot_parties, a
    /// nomor urut outside 1..max_party_candidates (DPD: 1..max_dpd_candidates), an id or nomor
    /// urut the list already has there, or a dapil code dapil_code refuses.
    candidate_list& add_candidate(std::string_view dapil, party_number p, std::uint64_t id, std::uint8_t nomor_urut,
                                  std::string_view nama = {}) {
        const dapil_code d{dapil};  // throws on a bad code
        if (p.value() > max_ballot_parties) throw std::invalid_argument("suara::candidate_list: party number above max_ballot_parties");
        const std::size_t most = p.value() == 0 ? max_dpd_candidates : max_party_candidates;
        if (nomor_urut == 0 || nomor_urut > most) throw std::invalid_argument("suara::candidate_list: nomor urut out of range");
        auto& list = group_(d, p);
        for (const auto& e : list)
            if (e.id == id || e.nomor_urut == nomor_urut)
                throw std::invalid_argument("suara::candidate_list: candidate id or nomor urut given twice");
        list.push_back({id, nomor_urut, std::string{nama.substr(0, max_name)}});
        return *this;
    }

    /// True when the list has candidates of some party in `dapil` (DPD lists not counted: their
    /// dapil is a province).
    [[nodiscard]] bool has_dapil(std::string_view dapil) const noexcept {
        return std::any_of(groups_.begin(), groups_.end(), [dapil](const auto& g) { return g.party != 0 && g.dapil.view() == dapil; });
    }
    /// The candidates of party `p` in `dapil` (party 0: DPD of province `dapil`); empty when none.
    [[nodiscard]] const std::vector<caleg_entry>& candidates(std::string_view dapil, party_number p) const noexcept {
        static const std::vector<caleg_entry> none;
        for (const auto& g : groups_)
            if (g.party == p.value() && g.dapil.view() == dapil) return g.entries;
        return none;
    }
    /// The highest nomor urut of party `p` in `dapil` (the candidate columns of its sheet).
    [[nodiscard]] std::size_t candidate_count(std::string_view dapil, party_number p) const noexcept {
        std::size_t n = 0;
        for (const auto& e : candidates(dapil, p)) n = std::max<std::size_t>(n, e.nomor_urut);
        return n;
    }
    /// The candidate with Sirekap id `id` of party `p` in `dapil`; nullptr when not listed.
    [[nodiscard]] const caleg_entry* find(std::string_view dapil, party_number p, std::uint64_t id) const noexcept {
        for (const auto& e : candidates(dapil, p))
            if (e.id == id) return &e;
        return nullptr;
    }
    /// The candidate with nomor urut `n` of party `p` in `dapil`; nullptr when not listed.
    [[nodiscard]] const caleg_entry* find_number(std::string_view dapil, party_number p, std::uint8_t n) const noexcept {
        for (const auto& e : candidates(dapil, p))
            if (e.nomor_urut == n) return &e;
        return nullptr;
    }
    /// Candidates listed in all.
    [[nodiscard]] std::size_t size() const noexcept {
        std::size_t n = 0;
        for (const auto& g : groups_) n += g.entries.size();
        return n;
    }

private:
    struct group {
        dapil_code dapil;
        std::uint8_t party = 0;
        std::vector<caleg_entry> entries;
    };
    std::vector<caleg_entry>& group_(const dapil_code& d, party_number p) {
        for (auto& g : groups_)
            if (g.party == p.value() && g.dapil == d) return g.entries;
        groups_.push_back({d, p.value(), {}});
        return groups_.back().entries;
    }
    std::array<std::optional<std::string>, max_ballot_parties> party_names_{};
    std::vector<group> groups_;
};

namespace detail {
inline void append_party_(std::string& out, const candidate_list* list, party_number p, lang l) {
    if (list != nullptr)
        if (const auto name = list->party_name(p)) {
            out += *name;
            return;
        }
    out += l == lang::id ? "partai " : "party ";
    out += std::to_string(p.value());
}
}  // namespace detail

/// A candidate named for people: "PKB, nomor urut 3, <nama>" (en: "PKB, ballot number 3,
/// <nama>"); without a list entry "partai 1, calon 100123" ("party 1, candidate 100123"). For a
/// DPD candidate (party 0): "nomor urut 3, <nama>" or "calon 100123". `list` may be nullptr.
[[nodiscard]] inline std::string candidate_label(const candidate_list* list, std::string_view dapil, party_number p,
                                                 std::uint64_t id, lang l = lang::id) {
    const caleg_entry* e = list != nullptr ? list->find(dapil, p, id) : nullptr;
    std::string out;
    if (p.value() != 0) {
        detail::append_party_(out, list, p, l);
        out += ", ";
    }
    if (e == nullptr) {
        out += l == lang::id ? "calon " : "candidate ";
        out += std::to_string(id);
        return out;
    }
    out += l == lang::id ? "nomor urut " : "ballot number ";
    out += std::to_string(e->nomor_urut);
    if (!e->nama.empty()) out.append(", ").append(e->nama);
    return out;
}

/// A candidate of a sheet (by nomor urut) named for people: "PKB, nomor urut 3, <nama>", the
/// name left out when the list does not have it ("partai 1, nomor urut 3").
[[nodiscard]] inline std::string nomor_urut_label(const candidate_list* list, std::string_view dapil, party_number p,
                                                  std::uint8_t nomor_urut, lang l = lang::id) {
    std::string out;
    if (p.value() != 0) {
        detail::append_party_(out, list, p, l);
        out += ", ";
    }
    out += l == lang::id ? "nomor urut " : "ballot number ";
    out += std::to_string(nomor_urut);
    const caleg_entry* e = list != nullptr ? list->find_number(dapil, p, nomor_urut) : nullptr;
    if (e != nullptr && !e->nama.empty()) out.append(", ").append(e->nama);
    return out;
}

/// A candidate list read, with its account (each party and each candidate is one record).
struct candidate_list_result {
    candidate_list list;  ///< What was read.
    read_report report;  ///< Read = validated + rejected, with each rejection's place.
};

/// Reads Sirekap's list files into one candidate_list.
class candidate_list_reader {
public:
    /// A reader with an empty list.
    candidate_list_reader() = default;

    /// `partai.json`: per party number, {"nama": ..., "nomor_urut": ..., ...}.
    void read_partai_json(std::string_view json, std::string_view source) {
        const auto top = parse_(json, source);
        if (!top) return;
        for (const auto& kv : *top) {
            const std::string key{kv.key().data(), kv.key().size()};
            const auto p = party_(key);
            if (!p) {
                reject_(source, key, key, sirekap_reason::bad_party_number);
                continue;
            }
            if (!kv.value().is_object()) {
                reject_(source, key, kind_(kv.value()), sirekap_reason::not_object);
                continue;
            }
            const auto& o = kv.value().get_object();
            std::string_view nama;
            if (!name_(o, source, key, nama)) continue;
            // nomor_urut, when given, must be the key's party number (they are the same thing).
            if (const auto* n = o.if_contains("nomor_urut"); n && !n->is_null()) {
                if (!n->is_int64() || n->get_int64() != static_cast<std::int64_t>(p->value())) {
                    reject_(source, key + ".nomor_urut", kind_(*n), sirekap_reason::party_number_mismatch);
                    continue;
                }
            }
            r_.list.add_party(*p, nama);
            r_.report.validated();
        }
    }

    /// `caleg/partai/<dapil>.json`: per party number, per candidate id, {"nama", "nomor_urut", ...}.
    void read_caleg_partai_json(std::string_view json, std::string_view dapil, std::string_view source) {
        if (!dapil_ok_(dapil, source)) return;
        const auto top = parse_(json, source);
        if (!top) return;
        for (const auto& kv : *top) {
            const std::string key{kv.key().data(), kv.key().size()};
            const auto p = party_(key);
            if (!p) {
                reject_(source, key, key, sirekap_reason::bad_party_number);
                continue;
            }
            if (!kv.value().is_object()) {
                reject_(source, key, kind_(kv.value()), sirekap_reason::not_object);
                continue;
            }
            read_candidates_(kv.value().get_object(), dapil, *p, source, key + ".");
        }
    }

    /// `caleg/dpd/<provinsi>.json`: per candidate id, {"nama", "nomor_urut", ...}.
    void read_caleg_dpd_json(std::string_view json, std::string_view provinsi, std::string_view source) {
        if (!dapil_ok_(provinsi, source)) return;
        const auto top = parse_(json, source);
        if (!top) return;
        read_candidates_(*top, provinsi, party_number{0}, source, "");
    }

    /// One file, told apart by its path: `partai.json`, `…/partai/<dapil>.json` (party lists),
    /// `…/dpd/<provinsi>.json` (DPD lists); anything else is rejected as no list.
    void read_file(const std::filesystem::path& p) {
        const std::string source = p.string();
        const std::string parent = p.parent_path().filename().string();
        const std::string stem = p.stem().string();
        const bool parties = p.filename() == "partai.json";
        const bool caleg = !parties && parent == "partai" && p.extension() == ".json";
        const bool dpd = parent == "dpd" && p.extension() == ".json";
        if (!parties && !caleg && !dpd) {
            reject_(source, "", p.filename().string(), sirekap_reason::not_a_list_file);
            return;
        }
        std::ifstream in{p, std::ios::binary};
        if (!in) {
            reject_(source, "", "", sirekap_reason::unreadable);
            return;
        }
        std::string text{std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
        if (in.bad()) {
            reject_(source, "", "", sirekap_reason::unreadable);
            return;
        }
        if (on_file_read) on_file_read(p, text);
        if (parties) read_partai_json(text, source);
        else if (caleg) read_caleg_partai_json(text, stem, source);
        else read_caleg_dpd_json(text, stem, source);
    }

    /// A file, or every `.json` file under a directory in sorted path order.
    void read(const std::filesystem::path& p) {
        std::error_code ec;
        if (!std::filesystem::is_directory(p, ec)) {
            read_file(p);
            return;
        }
        std::vector<std::filesystem::path> files;
        for (std::filesystem::recursive_directory_iterator it{p, ec}, end; !ec && it != end; it.increment(ec))
            if (it->path().extension() == ".json" && !it->is_directory(ec)) files.push_back(it->path());
        if (ec) reject_(p.string(), "", ec.message(), sirekap_reason::unreadable);
        std::sort(files.begin(), files.end());
        for (const auto& f : files) read_file(f);
    }

    /// Called with each list file's bytes as it is read, before parsing (suara-audit digests them).
    std::function<void(const std::filesystem::path&, std::string_view)> on_file_read;

    /// What has been read so far.
    [[nodiscard]] const candidate_list_result& result() const noexcept { return r_; }
    /// Moves the result out.
    [[nodiscard]] candidate_list_result take() { return std::move(r_); }

private:
    std::optional<boost::json::object> parse_(std::string_view json, std::string_view source) {
        boost::system::error_code ec;
        boost::json::parse_options po;
        po.max_depth = 8;  // a list nests 3 deep
        boost::json::value v = boost::json::parse(json, ec, {}, po);
        if (ec) {
            const std::string_view tail = json.substr(json.size() > 16 ? json.size() - 16 : 0);
            reject_(source, "", tail, ec == boost::json::error::incomplete ? sirekap_reason::truncated : sirekap_reason::not_json);
            return std::nullopt;
        }
        if (!v.is_object()) {
            reject_(source, "", kind_(v), sirekap_reason::not_object);
            return std::nullopt;
        }
        return std::move(v.get_object());
    }

    void read_candidates_(const boost::json::object& o, std::string_view dapil, party_number p, std::string_view source,
                          const std::string& prefix) {
        const std::size_t most = p.value() == 0 ? max_dpd_candidates : max_party_candidates;
        for (const auto& kv : o) {
            const std::string key{kv.key().data(), kv.key().size()};
            const std::string where = prefix + key;
            std::uint64_t id = 0;
            if (!candidate_id_(key, id)) {
                reject_(source, where, key, sirekap_reason::bad_candidate_id);
                continue;
            }
            if (!kv.value().is_object()) {
                reject_(source, where, kind_(kv.value()), sirekap_reason::not_object);
                continue;
            }
            const auto& c = kv.value().get_object();
            std::string_view nama;
            if (!name_(c, source, where, nama)) continue;
            const auto* n = c.if_contains("nomor_urut");
            if (n == nullptr || !n->is_int64() || n->get_int64() < 1 || static_cast<std::uint64_t>(n->get_int64()) > most) {
                reject_(source, where + ".nomor_urut", n == nullptr ? std::string{} : kind_(*n),
                        p.value() == 0 ? sirekap_reason::bad_dpd_nomor_urut : sirekap_reason::bad_nomor_urut);
                continue;
            }
            const auto nu = static_cast<std::uint8_t>(n->get_int64());
            if (list_has_(dapil, p, id, nu)) {
                reject_(source, where + ".nomor_urut", std::to_string(nu), sirekap_reason::duplicate_nomor_urut);
                continue;
            }
            r_.list.add_candidate(dapil, p, id, nu, nama);
            r_.report.validated();
        }
    }

    bool list_has_(std::string_view dapil, party_number p, std::uint64_t id, std::uint8_t nu) const {
        return r_.list.find(dapil, p, id) != nullptr || r_.list.find_number(dapil, p, nu) != nullptr;
    }

    bool name_(const boost::json::object& o, std::string_view source, const std::string& where, std::string_view& out) {
        const auto* n = o.if_contains("nama");
        if (n == nullptr || n->is_null()) return true;
        if (!n->is_string()) return reject_(source, where + ".nama", kind_(*n), sirekap_reason::bad_name);
        out = {n->get_string().data(), n->get_string().size()};
        return true;
    }

    bool dapil_ok_(std::string_view dapil, std::string_view source) {
        bool ok = !dapil.empty() && dapil.size() <= max_dapil_code;
        for (char c : dapil)
            if (c < 0x21 || c > 0x7E || c == '"' || c == '\\') ok = false;
        if (!ok) reject_(source, "", dapil, sirekap_reason::bad_dapil);
        return ok;
    }

    static std::optional<party_number> party_(std::string_view key) noexcept {
        if (key.empty() || key.size() > 2) return std::nullopt;
        unsigned n = 0;
        for (char c : key) {
            if (c < '0' || c > '9') return std::nullopt;
            n = n * 10 + static_cast<unsigned>(c - '0');
        }
        if (n == 0 || n > max_ballot_parties) return std::nullopt;
        return party_number{static_cast<std::uint8_t>(n)};
    }

    static bool candidate_id_(std::string_view key, std::uint64_t& id) noexcept {
        if (key.empty() || key.size() > 18) return false;
        id = 0;
        for (char c : key) {
            if (c < '0' || c > '9') return false;
            id = id * 10 + static_cast<std::uint64_t>(c - '0');
        }
        return true;
    }

    static std::string kind_(const boost::json::value& v) {
        if (v.is_string()) return std::string{v.get_string().data(), v.get_string().size()};
        if (v.is_array()) return "[...]";
        if (v.is_object()) return "{...}";
        return boost::json::serialize(v);
    }

    bool reject_(std::string_view source, std::string_view column, std::string_view value, const bilingual& reason) {
        r_.report.reject({std::string{source}, 0, std::string{column}, quote_value(value), reason});
        return false;
    }

    candidate_list_result r_;
};

/// Reads a list file or a directory of them (partai.json, caleg/partai/*.json, caleg/dpd/*.json).
[[nodiscard]] inline candidate_list_result read_candidate_list(const std::filesystem::path& p) {
    candidate_list_reader r;
    r.read(p);
    return r.take();
}

}  // namespace suara::io

#endif  // SUARA_IO_CANDIDATE_LIST_HPP
