// suara — the party and candidate part of a Sirekap legislative record (pdpr, pdprdp, pdprdk,
// pdpd), read into a legislative_sheet (docs/formats.md, "Sirekap legislative records"). Needs
// Boost.JSON: link `suara::sirekap`. io/sirekap.hpp routes a record of a legislative contest
// here, whatever its container (folder, file, NDJSON line, archive member), and reads its
// administrasi, psu, ts and images as for any record.
// Distributed under the Boost Software License, Version 1.0.
//
// The shape (docs/sources.md#legislative-sheets, SECONDARY: a public scraper's strict schema): DPR and DPRD records
// carry `chart` per party number {"jml_suara_total", "jml_suara_partai"} and `caleg` per party
// number, per candidate id, the candidate's votes; DPD records carry `chart` per candidate id,
// as ppwp does. Decisions the format leaves open:
//  - null (chart, caleg, a party, a figure) is missing, never zero; a party in `chart` with no
//    `caleg` entry has 0 candidates known (not zero votes), unless a candidate list gives them;
//    with `chart` null the parties are those of `caleg`, their party figures missing.
//  - Candidate ids become nomor urut through the candidate list (io/candidate_list.hpp) of the
//    record's `kode_dapil` (DPD: its province). Without one, a party's ids in ascending order are
//    taken as nomor urut 1..n: an assumption, UNVERIFIED (caleg_nomor_urut_by_ascending_id), warned
//    once per contest, and refused when sirekap_options::caleg_by_ascending_id is off.
//  - Any bad shape rejects the whole record (the reader's place, the key, the value).
#ifndef SUARA_IO_SIREKAP_LEGISLATIVE_HPP
#define SUARA_IO_SIREKAP_LEGISLATIVE_HPP

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <boost/json.hpp>

#include <suara/core/dapil.hpp>
#include <suara/core/kontes.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/form/ballot_number.hpp>
#include <suara/form/legislative_sheet.hpp>
#include <suara/io/candidate_list.hpp>
#include <suara/io/sirekap_reasons.hpp>

namespace suara::io {

/// Without a candidate list, a party's candidate ids in ascending order are taken as its nomor
/// urut 1..n (DPD: the province's ids as 1..n). UNVERIFIED: Sirekap's ids of the 2024 lists seen
/// in public scrapes ascend with nomor urut within a party and dapil (docs/formats.md), but no
/// source says they must. The default of sirekap_options::caleg_by_ascending_id.
inline constexpr bool caleg_nomor_urut_by_ascending_id = true;

/// What the legislative part of a record is read with.
struct legislative_read_options {
    const candidate_list* list = nullptr;  ///< Candidate ids to nomor urut; nullptr: none.
    bool by_ascending_id = caleg_nomor_urut_by_ascending_id;  ///< Without a list: ids ascending as 1..n.
};

namespace detail {

/// A JSON key that is a number of at most `digits` digits, written without a leading zero (so
/// that "07" and "7" cannot name one party or candidate twice); false otherwise.
inline bool json_key_number(std::string_view key, std::size_t digits, std::uint64_t& out) noexcept {
    if (key.empty() || key.size() > digits || (key.size() > 1 && key[0] == '0')) return false;
    out = 0;
    for (char c : key) {
        if (c < '0' || c > '9') return false;
        out = out * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return true;
}

/// The party number of a `chart` or `caleg` key; 0 when it is not one of 1..max_ballot_parties.
inline unsigned json_party_key(std::string_view key) noexcept {
    std::uint64_t n = 0;
    if (!json_key_number(key, 2, n) || n == 0 || n > max_ballot_parties) return 0;
    return static_cast<unsigned>(n);
}

}  // namespace detail

/// Reads `kode_dapil`, `chart` and `caleg` of a legislative record into `out` (made by
/// legislative_sheet::empty for the record's TPS and contest; its administration is the
/// caller's). `top` is the record, `body` where its chart lives (`top`, or its `tungsura`; null
/// when that is null). The Sink reports: `bool figure(const boost::json::value&, std::uint32_t&,
/// const std::string& key)` (reads a figure, or rejects and returns false), `bool reject(column,
/// value, reason)` (returns false), `void warn_key(key, reason)`, `void warn_ascending()`,
/// `std::string kind(const boost::json::value&)`. Returns true when the record was read.
template <class Sink>
bool read_legislative_parts(const boost::json::object& top, const boost::json::object* body, const legislative_read_options& opt,
                            legislative_sheet& out, Sink& sink) {
    // kode_dapil: absent or null is none.
    if (const auto* d = top.if_contains("kode_dapil"); d && !d->is_null()) {
        if (!d->is_string()) return sink.reject("kode_dapil", sink.kind(*d), sirekap_reason::bad_dapil);
        const std::string_view s{d->get_string().data(), d->get_string().size()};
        bool ok = s.size() <= max_dapil_code;
        for (char c : s)
            if (c < 0x21 || c > 0x7E || c == '"' || c == '\\') ok = false;
        if (!ok) return sink.reject("kode_dapil", s, sirekap_reason::bad_dapil);
        out.dapil_of = dapil_code{s};
    }
    const kontes k = out.admin.contest;
    const boost::json::value* chart = body ? body->if_contains("chart") : nullptr;
    const bool has_chart = chart && chart->is_object();  // a non-object chart was refused by the caller

    if (k == kontes::pdpd) {
        // Candidates by province: the record's kode_dapil, else the province of its TPS.
        const std::string dapil = out.dapil_of.empty() ? std::to_string(out.admin.tps.province()) : std::string{out.dapil_of.view()};
        const bool listed = opt.list != nullptr && !opt.list->candidates(dapil, party_number{0}).empty();
        std::vector<std::pair<std::uint64_t, std::uint32_t>> votes;
        if (has_chart) {
            for (const auto& kv : chart->get_object()) {
                const std::string_view key{kv.key().data(), kv.key().size()};
                if (key == "null") continue;  // Sirekap's stray key
                std::uint64_t id = 0;
                if (!detail::json_key_number(key, 18, id)) return sink.reject("chart", key, sirekap_reason::bad_candidate_id);
                std::uint32_t v = missing_figure;
                if (!sink.figure(kv.value(), v, "chart." + std::string{key})) return false;
                votes.emplace_back(id, v);
            }
        }
        std::size_t n = 0;
        if (listed) {
            n = opt.list->candidate_count(dapil, party_number{0});
        } else {
            std::sort(votes.begin(), votes.end());
            if (votes.size() > max_dpd_candidates)
                return sink.reject("chart", std::to_string(votes.size()), sirekap_reason::too_many_candidates);
            if (!votes.empty() && !opt.by_ascending_id) return sink.reject("chart", dapil, sirekap_reason::no_caleg_list);
            if (!votes.empty()) sink.warn_ascending();
            n = votes.size();
        }
        out.set_dpd_candidates(n);
        for (std::size_t i = 0; i < votes.size(); ++i) {
            std::size_t at = i;
            if (listed) {
                const caleg_entry* e = opt.list->find(dapil, party_number{0}, votes[i].first);
                if (e == nullptr) return sink.reject("chart", std::to_string(votes[i].first), sirekap_reason::unknown_caleg);
                at = e->nomor_urut - 1U;
            }
            out.set_dpd_votes(at, votes[i].second);
        }
        return true;
    }

    // ---- DPR / DPRD: parties ----
    struct party_slot {
        bool present = false;
        std::uint32_t party_votes = missing_figure;
        std::uint32_t total = missing_figure;
        std::vector<std::pair<std::uint64_t, std::uint32_t>> caleg;
    };
    std::array<party_slot, max_ballot_parties + 1> slots{};  // by party number; [0] unused
    if (has_chart) {
        for (const auto& kv : chart->get_object()) {
            const std::string_view key{kv.key().data(), kv.key().size()};
            if (key == "null") continue;
            const unsigned p = detail::json_party_key(key);
            if (p == 0) return sink.reject("chart", key, sirekap_reason::bad_party_number);
            auto& s = slots[p];
            s.present = true;
            const std::string at = "chart." + std::string{key};
            if (kv.value().is_null()) continue;  // the party's figures missing
            if (!kv.value().is_object()) return sink.reject(at, sink.kind(kv.value()), sirekap_reason::not_object);
            for (const auto& f : kv.value().get_object()) {
                const std::string_view name{f.key().data(), f.key().size()};
                if (name == "jml_suara_total") {
                    if (!sink.figure(f.value(), s.total, at + ".jml_suara_total")) return false;
                } else if (name == "jml_suara_partai") {
                    if (!sink.figure(f.value(), s.party_votes, at + ".jml_suara_partai")) return false;
                } else {
                    sink.warn_key(name, sirekap_reason::unknown_party_key);
                }
            }
        }
    }
    if (const auto* c = body ? body->if_contains("caleg") : nullptr; c && !c->is_null()) {
        if (!c->is_object()) return sink.reject("caleg", sink.kind(*c), sirekap_reason::not_object);
        for (const auto& kv : c->get_object()) {
            const std::string_view key{kv.key().data(), kv.key().size()};
            if (key == "null") continue;
            const unsigned p = detail::json_party_key(key);
            if (p == 0) return sink.reject("caleg", key, sirekap_reason::bad_party_number);
            auto& s = slots[p];
            if (has_chart && !s.present) return sink.reject("caleg", key, sirekap_reason::caleg_party_not_in_chart);
            s.present = true;  // chart null: the parties are caleg's
            const std::string at = "caleg." + std::string{key};
            if (kv.value().is_null()) continue;
            if (!kv.value().is_object()) return sink.reject(at, sink.kind(kv.value()), sirekap_reason::not_object);
            for (const auto& cv : kv.value().get_object()) {
                const std::string_view id_key{cv.key().data(), cv.key().size()};
                if (id_key == "null") continue;
                std::uint64_t id = 0;
                if (!detail::json_key_number(id_key, 18, id)) return sink.reject(at, id_key, sirekap_reason::bad_candidate_id);
                std::uint32_t v = missing_figure;
                if (!sink.figure(cv.value(), v, at + "." + std::string{id_key})) return false;
                s.caleg.emplace_back(id, v);
            }
        }
    }

    const std::string_view dapil = out.dapil_of.view();
    const bool listed = opt.list != nullptr && !dapil.empty() && opt.list->has_dapil(dapil);
    bool assumed = false;
    for (unsigned p = 1; p <= max_ballot_parties; ++p) {
        auto& s = slots[p];
        if (!s.present) continue;
        const party_number pn{static_cast<std::uint8_t>(p)};
        const std::string at = "caleg." + std::to_string(p);
        std::size_t n = 0;
        if (listed) {
            n = opt.list->candidate_count(dapil, pn);
            for (const auto& [id, v] : s.caleg)
                if (opt.list->find(dapil, pn, id) == nullptr) return sink.reject(at, std::to_string(id), sirekap_reason::unknown_caleg);
        } else {
            std::sort(s.caleg.begin(), s.caleg.end());
            if (s.caleg.size() > max_party_candidates)
                return sink.reject(at, std::to_string(s.caleg.size()), sirekap_reason::too_many_candidates);
            if (!s.caleg.empty() && !opt.by_ascending_id) return sink.reject(at, dapil, sirekap_reason::no_caleg_list);
            assumed = assumed || !s.caleg.empty();
            n = s.caleg.size();
        }
        const std::size_t j = out.add_party(pn, n);
        out.set_party_votes(j, s.party_votes).set_party_total(j, s.total);
        for (std::size_t i = 0; i < s.caleg.size(); ++i) {
            const std::size_t c = listed ? opt.list->find(dapil, pn, s.caleg[i].first)->nomor_urut - 1U : i;
            out.set_candidate_votes(j, c, s.caleg[i].second);
        }
    }
    if (assumed) sink.warn_ascending();
    return true;
}

}  // namespace suara::io

#endif  // SUARA_IO_SIREKAP_LEGISLATIVE_HPP
