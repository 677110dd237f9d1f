// The national generator's legislative contests (`national --contests all`): all five sheets of
// each Pemilu 2024 TPS (ppwp, pdpr, pdprdp, pdprdk, pdpd) as Sirekap records (docs/sources.md#legislative-sheets),
// their candidate lists, a SYNTHETIC dapil assignment, and ground truth for planted defects.
// Distributed under the Boost Software License, Version 1.0.
//
// Why a header of its own: national.cpp stays the PPWP generator whose output the benchmarks and
// CTest pin byte for byte; this file only runs when `--contests all` is given.
//
// Everything about dapils, seats, parties and candidates here is SYNTHETIC, not law, and not the
// KPU's real districts (docs/formats.md#legislative-contests-of-the-national-generator):
//  - DPR and DPRD Provinsi dapils: the regencies/cities of a province, in code order, cut into
//    1 + seeded % ceil(n/3) (DPR) or 1 + seeded % ceil(n/2) (DPRD Provinsi) runs of neighbours;
//    DPRD Kabupaten/Kota dapils: the districts (kecamatan) of a regency cut into 1 + seeded % 7
//    runs (at most one per district). So each DPRD Kab/Kota dapil lies in one DPR and one DPRD
//    Provinsi dapil, as whole regencies make up those.
//  - seats per dapil: DPR 3..10, DPRD 3..12 (seeded); parties 1..18, every one on every ballot,
//    each with 1..seats candidates (seeded); DPD: 10..50 candidates per province (seeded).
//  - party names "Partai 1" .. "Partai 18" (the domain reference does not list the 2024 parties);
//    candidate names drawn from short lists of common Indonesian names.
// Figures, per TPS: the PPWP sheet is national.cpp's own (same generator, same draws); every
// sheet has its DPT, DPT voters and DPK voters; each DPTb voter of the PPWP sheet gets the DPD
// ballot when moved within the province, a DPR / DPRD ballot only from the same dapil of that
// contest (docs/sources.md#contests-of-one-tps), drawn per voter. Per sheet: voters = DPT + DPTb + DPK voters;
// suara_total = voters; suara_sah = suara_total - suara_tidak_sah; per party total = party-only +
// Σ its candidates; Σ party totals (DPD: Σ candidates) = suara_sah.
// Defects (probability --defect-rate per TPS, one each, on one sheet): see `legis_defect`. The
// truth file lists, per defect, every (TPS, contest, rule) that fires on the records as a
// Sirekap reader reads them (unpublished fields are not incomplete, as in bulk/validator.hpp),
// and the generator checks that itself: it runs check_legislative / check_sheet and
// check_tps_contests on every TPS and fails (exit 3) when the findings differ from the truth.
#ifndef SUARA_TOOLS_GENERATORS_LEGISLATIVE_HPP
#define SUARA_TOOLS_GENERATORS_LEGISLATIVE_HPP

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include <suara/io/legislative_csv_writer.hpp>
#include <suara/form/legislative_sheet.hpp>
#include <suara/form/sheet.hpp>
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/tally/legislative_rules.hpp>
#include <suara/tally/rules.hpp>

#include <suara_synthetic/rng.hpp>

namespace suara::generators {

using legis_rng = suara::synthetic::rng;

inline constexpr std::size_t legis_parties = 18;  // national parties on every ballot (synthetic)

/// What `--contests all` needs from national.cpp's options.
struct legislative_options {
    std::uint64_t seed = 2024;
    double defect_rate = 0.01;
    std::string truth_path, sirekap_dir, sirekap_ndjson, lists_dir;
    std::string legislative_csv;  ///< --out: the four legislative sheets of each TPS (docs/formats.md, legislative CSV)
};

/// The defects planted (one per chosen TPS), each with the rules it makes fire.
enum class legis_defect : unsigned {
    party_sum,     // party-only + 3 on one party: votes.party_sum
    valid_sum,     // one party's party-only and total + 3: Σ totals ≠ suara_sah (votes.valid_sum)
    digit_slip,    // one candidate v read as 10v + d: votes.party_sum, record.digit_slip
    missing,       // one candidate figure null: record.incomplete
    dpt_differs,   // DPT L and J + 1..9 on one legislative sheet: tps.dpt_across_contests
    dptb_excess,   // DPR sheet: DPTb above the PPWP sheet's (voters, votes follow): tps.voters_across_contests
    count_
};

namespace legis_detail {

inline std::uint64_t mix(std::uint64_t x) {
    legis_rng r{x};
    return r.next();
}
// FNV-1a: a string's seed, the same on every compiler (std::hash is not).
inline std::uint64_t fnv(std::string_view s) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
    return h;
}

/// One dapil of a party contest: its code, seats, candidates per party and first candidate id.
struct dapil_info {
    std::string code;
    unsigned seats = 0;
    std::array<std::uint8_t, legis_parties> candidates{};
    std::uint64_t first_id = 0;  // candidate ids: first_id + running index over the parties
    std::vector<std::uint64_t> regions;  // regencies (DPR, DPRD Provinsi) or districts (DPRD Kab/Kota)
    std::uint64_t province = 0;
};

struct dpd_info {
    unsigned candidates = 0;
    std::uint64_t first_id = 0;
};

/// The synthetic districts of every contest, for the regions the TPS codes name.
struct districts {
    std::array<std::vector<dapil_info>, 3> of;        // pdpr, pdprdp, pdprdk
    std::array<std::map<std::uint64_t, std::size_t>, 3> by_region;  // region -> dapil index
    std::map<std::uint64_t, dpd_info> dpd;            // province -> DPD list
    std::map<std::uint64_t, std::size_t> dapils_in_province_dpr, dapils_in_province_dprdp;
};

inline districts make_districts(const std::vector<std::uint64_t>& codes, std::uint64_t seed) {
    // province -> regency -> districts, in code order
    std::map<std::uint64_t, std::map<std::uint64_t, std::set<std::uint64_t>>> tree;
    for (const std::uint64_t c : codes) {
        const std::uint64_t district = c / 10'000'000;  // 13 digits -> 6
        tree[district / 10'000][district / 100].insert(district);
    }
    districts d;
    std::array<std::uint64_t, 3> next_id{1'000'001, 2'000'001, 3'000'001};
    auto add = [&](std::size_t k, std::uint64_t province, std::string code, const std::vector<std::uint64_t>& regions,
                   unsigned min_seats, unsigned max_seats) {
        dapil_info info;
        info.code = std::move(code);
        info.province = province;
        info.regions = regions;
        legis_rng r{seed ^ mix(fnv(info.code) * 3 + k)};
        info.seats = r.between(min_seats, max_seats);
        info.first_id = next_id[k];
        for (auto& n : info.candidates) {
            n = static_cast<std::uint8_t>(r.between(1U, info.seats));
            next_id[k] += n;
        }
        for (const auto reg : regions) d.by_region[k][reg] = d.of[k].size();
        d.of[k].push_back(std::move(info));
    };
    auto two = [](std::uint64_t v) {
        char b[8];
        std::snprintf(b, sizeof b, "%02u", static_cast<unsigned>(v % 100));
        return std::string{b};
    };
    for (const auto& [province, regencies] : tree) {
        std::vector<std::uint64_t> regs;
        for (const auto& [reg, _] : regencies) regs.push_back(reg);
        const std::uint64_t n = regs.size();
        for (std::size_t k = 0; k < 2; ++k) {
            const std::uint64_t cap = k == 0 ? (n + 2) / 3 : (n + 1) / 2;
            const std::uint64_t count = 1 + mix(seed ^ (province * 7 + k)) % std::max<std::uint64_t>(cap, 1);
            for (std::uint64_t i = 0; i < count; ++i) {
                std::vector<std::uint64_t> part;
                for (std::uint64_t j = 0; j < n; ++j)
                    if (j * count / n == i) part.push_back(regs[j]);
                // DPR PPNN, DPRD Provinsi PP0NN, DPRD Kab/Kota RRRRNN: one flat folder of lists holds
                // all three (Sirekap's caleg/partai/<kode_dapil>.json), so no two codes are alike
                if (!part.empty()) add(k, province, two(province) + (k == 0 ? "" : "0") + two(i + 1), part, 3, k == 0 ? 10 : 12);
            }
            (k == 0 ? d.dapils_in_province_dpr : d.dapils_in_province_dprdp)[province] = count;
        }
        for (const auto& [reg, dists] : regencies) {
            std::vector<std::uint64_t> ds(dists.begin(), dists.end());
            const std::uint64_t m = ds.size();
            const std::uint64_t count = std::min<std::uint64_t>(1 + mix(seed ^ (reg * 11 + 5)) % 7, m);
            for (std::uint64_t i = 0; i < count; ++i) {
                std::vector<std::uint64_t> part;
                for (std::uint64_t j = 0; j < m; ++j)
                    if (j * count / m == i) part.push_back(ds[j]);
                add(2, province, std::to_string(reg) + two(i + 1), part, 3, 12);
            }
        }
        legis_rng r{seed ^ mix(province * 13 + 9)};
        d.dpd[province] = {r.between(10U, 50U), 4'000'000 + province * 100 + 1};
    }
    return d;
}

inline void append_number(std::string& out, std::uint64_t v) {
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}
inline void append_figure(std::string& out, std::uint32_t v) {
    if (v == missing_figure) out += "null";
    else append_number(out, v);
}
inline void append_hex(std::string& out, std::uint64_t x, int digits) {
    static constexpr char hex[] = "0123456789abcdef";
    for (int i = digits - 1; i >= 0; --i) out.push_back(hex[(x >> (4 * i)) & 15U]);
}

/// The administrasi keys (the same 18 as the PPWP records of national.cpp, in that order).
struct admin_key {
    std::string_view key;
    field f;
};
inline constexpr std::array<admin_key, 18> admin_keys{{
    {"suara_sah", field::suara_sah},           {"suara_total", field::suara_total},
    {"pemilih_dpt_j", field::pemilih_dpt_j},   {"pemilih_dpt_l", field::pemilih_dpt_l},
    {"pemilih_dpt_p", field::pemilih_dpt_p},   {"pengguna_dpt_j", field::pengguna_dpt_j},
    {"pengguna_dpt_l", field::pengguna_dpt_l}, {"pengguna_dpt_p", field::pengguna_dpt_p},
    {"pengguna_dptb_j", field::pengguna_dptb_j}, {"pengguna_dptb_l", field::pengguna_dptb_l},
    {"pengguna_dptb_p", field::pengguna_dptb_p}, {"suara_tidak_sah", field::suara_tidak_sah},
    {"pengguna_total_j", field::pengguna_total_j}, {"pengguna_total_l", field::pengguna_total_l},
    {"pengguna_total_p", field::pengguna_total_p}, {"pengguna_non_dpt_j", field::pengguna_dpk_j},
    {"pengguna_non_dpt_l", field::pengguna_dpk_l}, {"pengguna_non_dpt_p", field::pengguna_dpk_p},
}};
inline std::uint64_t published_mask() {
    std::uint64_t m = 0;
    for (const auto& k : admin_keys) m |= std::uint64_t{1} << index(k.f);
    return m;
}
/// The sheet as a Sirekap reader holds it: the published fields only, the rest missing.
inline sheet published_only(const sheet& s) {
    sheet out = s;
    const std::uint64_t keep = published_mask();
    for (std::size_t f = 0; f < field_count; ++f)
        if (((keep >> f) & 1U) == 0) out.figures[f] = missing_figure;
    return out;
}

/// Splits `total` by weights, largest remainder first (ties: the lower index), so that no
/// column collects the rounding.
inline void split(std::uint32_t total, const std::uint32_t* w, std::size_t n, std::uint32_t* out) {
    if (n == 0) return;
    std::uint64_t wsum = 0;
    for (std::size_t i = 0; i < n; ++i) wsum += w[i];
    if (wsum == 0) {
        for (std::size_t i = 0; i < n; ++i) out[i] = i == 0 ? total : 0;
        return;
    }
    std::uint32_t left = total;
    std::vector<std::pair<std::uint64_t, std::size_t>> rest(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t x = std::uint64_t{total} * w[i];
        out[i] = static_cast<std::uint32_t>(x / wsum);
        left -= out[i];
        rest[i] = {wsum - x % wsum, i};  // ascending = largest remainder first
    }
    std::sort(rest.begin(), rest.end());
    for (std::size_t i = 0; i < left; ++i) ++out[rest[i % n].second];
}

/// One photo list, psu, ts and status keys (the tail every record shares).
inline void append_tail_images(std::string& out, std::string_view kontes_name, const std::string& code, legis_rng& r,
                               unsigned& hour, unsigned& minute, unsigned& second) {
    hour = r.between(15U, 23U), minute = r.between(0U, 59U), second = r.between(0U, 59U);
    out += "\"images\": [";
    for (int i = 0; i < 3; ++i) {
        if (i > 0) out += ", ";
        out += "\"https://sirekap-obj-formc.kpu.go.id/";
        append_hex(out, r.next(), 4);
        out += "/pemilu/";
        out += kontes_name;
        out += '/';
        for (std::size_t at = 0; at < 10; at += 2) out.append(code, at, 2), out += '/';
        out += code;
        char t[40];
        std::snprintf(t, sizeof t, "-20240214-%02u%02u%02u--", hour, minute, (second + static_cast<unsigned>(i)) % 60);
        out += t;
        const std::uint64_t a = r.next(), b = r.next();
        append_hex(out, a >> 32, 8), out += '-', append_hex(out, a >> 16, 4), out += '-', append_hex(out, a, 4);
        out += '-', append_hex(out, b >> 48, 4), out += '-', append_hex(out, b, 12);
        out += ".jpg\"";
    }
    out += "], ";
}

inline void append_admin(std::string& out, const sheet& s) {
    out += "\"administrasi\": {";
    bool first = true;
    for (const auto& k : admin_keys) {
        if (!first) out += ", ";
        first = false;
        out += '"';
        out += k.key;
        out += "\": ";
        append_figure(out, s.figures[index(k.f)]);
    }
    out += "}, ";
}

inline void append_end(std::string& out, unsigned hour, unsigned minute, unsigned second) {
    char ts[80];
    std::snprintf(ts, sizeof ts, "\"psu\": null, \"ts\": \"2024-02-14 %02u:%02u:%02u\", ", hour, minute, second);
    out += ts;
    out += "\"status_suara\": true, \"status_adm\": true}";
}

/// A legislative record (§10.7): chart, caleg (party contests), images, administrasi,
/// kode_dapil (party contests), psu, ts, status_suara, status_adm.
inline void legislative_record(std::string& out, const legislative_sheet& s, std::uint64_t first_id, legis_rng& r) {
    const std::string code{to_string(s.code())};
    const kontes k = s.kontes_code();
    out += "{\"chart\": {";
    if (is_party_contest(k)) {
        for (std::size_t p = 0; p < s.party_count(); ++p) {
            if (p > 0) out += ", ";
            out += '"';
            append_number(out, s.party_at(p).value());
            out += "\": {\"jml_suara_total\": ";
            append_figure(out, s.party_total(p));
            out += ", \"jml_suara_partai\": ";
            append_figure(out, s.party_figure(p));
            out += '}';
        }
        out += "}, \"caleg\": {";
        std::uint64_t id = first_id;
        for (std::size_t p = 0; p < s.party_count(); ++p) {
            if (p > 0) out += ", ";
            out += '"';
            append_number(out, s.party_at(p).value());
            out += "\": {";
            for (std::size_t c = 0; c < s.party_candidate_count(p); ++c) {
                if (c > 0) out += ", ";
                out += '"';
                append_number(out, id++);
                out += "\": ";
                append_figure(out, s.party_candidate_figure(p, c));
            }
            out += '}';
        }
    } else {
        for (std::size_t c = 0; c < s.candidate_count(); ++c) {
            if (c > 0) out += ", ";
            out += '"';
            append_number(out, first_id + c);
            out += "\": ";
            append_figure(out, s.candidate_figure(c));
        }
    }
    out += "}, ";
    unsigned h = 0, m = 0, sec = 0;
    append_tail_images(out, to_string(k), code, r, h, m, sec);
    append_admin(out, s.admin);
    if (is_party_contest(k)) {
        out += "\"kode_dapil\": \"";
        out += s.dapil();
        out += "\", ";
    }
    append_end(out, h, m, sec);
}

// ---- candidate lists (synthetic) ----
inline constexpr std::array<std::string_view, 12> names_l{"Ahmad", "Budi", "Dedi", "Eko", "Hadi", "Joko",
                                                          "Made", "Rahmat", "Teguh", "Wahyu", "Yusuf", "Agus"};
inline constexpr std::array<std::string_view, 12> names_p{"Citra", "Dewi", "Fitri", "Gita", "Indah", "Kartika",
                                                          "Lestari", "Nur", "Putri", "Sari", "Yuni", "Ayu"};
inline constexpr std::array<std::string_view, 12> family{"Santoso", "Wijaya", "Saputra", "Hidayat", "Pratama", "Siregar",
                                                         "Nasution", "Kusuma", "Rahayu", "Hasibuan", "Setiawan", "Lubis"};

inline void append_candidate(std::string& out, std::uint64_t id, unsigned nomor, std::uint64_t home, std::uint64_t seed) {
    legis_rng r{seed ^ mix(id)};
    const bool woman = r.below(2U) == 1;
    out += '"';
    append_number(out, id);
    out += "\": {\"nama\": \"";
    out += (woman ? names_p : names_l)[r.below(12U)];
    out += ' ';
    out += family[r.below(12U)];
    out += "\", \"nomor_urut\": ";
    append_number(out, nomor);
    out += ", \"jenis_kelamin\": \"";
    out += woman ? 'P' : 'L';
    out += "\", \"tempat_tinggal\": \"KODE WILAYAH ";
    append_number(out, home);
    out += "\"}";
}

inline bool write_file(const std::filesystem::path& path, const std::string& text) {
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);
    std::ofstream f{path, std::ios::binary};
    f << text;
    f.flush();
    if (!f) std::fprintf(stderr, "national: cannot write %s\n", path.string().c_str());
    return static_cast<bool>(f);
}

inline bool write_lists(const districts& d, const std::string& dir, std::uint64_t seed) {
    namespace fs = std::filesystem;
    std::string text = "{";
    for (std::size_t p = 1; p <= legis_parties; ++p) {
        if (p > 1) text += ", ";
        text += '"' + std::to_string(p) + "\": {\"nama\": \"Partai " + std::to_string(p) + "\", \"nomor_urut\": " + std::to_string(p) + '}';
    }
    if (!write_file(fs::path{dir} / "partai.json", text + "}\n")) return false;
    static constexpr std::array<std::string_view, 3> names{"pdpr", "pdprdp", "pdprdk"};
    std::string csv = "kontes,kode_dapil,tingkat,kode_wilayah,kursi\n";
    for (std::size_t k = 0; k < 3; ++k) {
        for (const auto& dp : d.of[k]) {
            text = "{";
            std::uint64_t id = dp.first_id;
            for (std::size_t p = 0; p < legis_parties; ++p) {
                if (p > 0) text += ", ";
                text += '"' + std::to_string(p + 1) + "\": {";
                for (unsigned c = 0; c < dp.candidates[p]; ++c) {
                    if (c > 0) text += ", ";
                    const std::uint64_t home = dp.regions[mix(id) % dp.regions.size()];
                    append_candidate(text, id++, c + 1, k == 2 ? home / 100 : home, seed);
                }
                text += '}';
            }
            if (!write_file(fs::path{dir} / "caleg" / "partai" / (dp.code + ".json"), text + "}\n")) return false;
            for (const auto reg : dp.regions)
                csv += std::string{names[k]} + ',' + dp.code + ',' + (k == 2 ? "kecamatan" : "kabupaten_kota") + ',' +
                       std::to_string(reg) + ',' + std::to_string(dp.seats) + '\n';
        }
    }
    for (const auto& [province, info] : d.dpd) {
        text = "{";
        for (unsigned c = 0; c < info.candidates; ++c) {
            if (c > 0) text += ", ";
            append_candidate(text, info.first_id + c, c + 1, province, seed);
        }
        char pp[8];
        std::snprintf(pp, sizeof pp, "%02u", static_cast<unsigned>(province));
        if (!write_file(fs::path{dir} / "caleg" / "dpd" / (std::string{pp} + ".json"), text + "}\n")) return false;
        csv += "pdpd," + std::string{pp} + ",provinsi," + pp + ",4\n";
    }
    if (!write_file(fs::path{dir} / "dapil.csv", csv)) return false;
    return true;
}

/// The five sheets of one TPS as a reader holds them (published fields only), with the ids of
/// their first candidate.
struct tps_sheets {
    sheet ppwp_full{};
    sheet ppwp{};
    std::array<legislative_sheet, 4> legis{};  // pdpr, pdprdp, pdprdk, pdpd
    std::array<std::uint64_t, 4> first_id{};
};

inline constexpr std::array<kontes, 4> legis_kontes{kontes::pdpr, kontes::pdprdp, kontes::pdprdk, kontes::pdpd};

inline void set(sheet& s, field f, std::uint32_t v) { s.figures[index(f)] = v; }
inline std::uint32_t get(const sheet& s, field f) { return s.figures[index(f)]; }

/// The legislative sheets of a TPS from its PPWP sheet: same DPT, DPT and DPK voters; moved
/// voters by entitlement; votes split over parties and candidates (or DPD candidates).
inline void fill_legislative(tps_sheets& t, const districts& d, legis_rng& r) {
    const sheet& p = t.ppwp;
    const tps_code code = p.tps;
    const std::uint64_t district = code.number() / 10'000'000, regency = district / 100, province = regency / 100;
    const std::array<std::size_t, 3> dapil{d.by_region[0].at(regency), d.by_region[1].at(regency), d.by_region[2].at(district)};
    const bool one_dpr = d.dapils_in_province_dpr.at(province) == 1, one_dprdp = d.dapils_in_province_dprdp.at(province) == 1;
    // moved voters' ballots, one voter at a time: [contest][0 = L, 1 = P]
    std::array<std::array<std::uint32_t, 2>, 4> moved{};
    const std::array<std::uint32_t, 2> ppwp_moved{get(p, field::pengguna_dptb_l), get(p, field::pengguna_dptb_p)};
    for (std::size_t sex = 0; sex < 2; ++sex)
        for (std::uint32_t v = 0; v < ppwp_moved[sex]; ++v) {
            if (!r.chance(700'000)) continue;  // from another province: the PPWP ballot only
            const bool dpr = one_dpr || r.chance(600'000), dprdp = one_dprdp || r.chance(600'000);
            const bool dprdk = dpr && dprdp && r.chance(500'000);
            moved[3][sex] += 1;
            moved[0][sex] += dpr ? 1U : 0U;
            moved[1][sex] += dprdp ? 1U : 0U;
            moved[2][sex] += dprdk ? 1U : 0U;
        }
    for (std::size_t i = 0; i < 4; ++i) {
        const kontes k = legis_kontes[i];
        legislative_sheet s = legislative_sheet::empty(code, k, i < 3 ? dapil_code{d.of[i][dapil[i]].code} : dapil_code{});
        sheet& a = s.admin;
        for (field f : {field::pemilih_dpt_l, field::pemilih_dpt_p, field::pemilih_dpt_j, field::pengguna_dpt_l,
                        field::pengguna_dpt_p, field::pengguna_dpt_j, field::pengguna_dpk_l, field::pengguna_dpk_p,
                        field::pengguna_dpk_j})
            set(a, f, get(p, f));
        set(a, field::pengguna_dptb_l, moved[i][0]), set(a, field::pengguna_dptb_p, moved[i][1]);
        set(a, field::pengguna_dptb_j, moved[i][0] + moved[i][1]);
        const std::uint32_t tl = get(p, field::pengguna_dpt_l) + moved[i][0] + get(p, field::pengguna_dpk_l);
        const std::uint32_t tp = get(p, field::pengguna_dpt_p) + moved[i][1] + get(p, field::pengguna_dpk_p);
        set(a, field::pengguna_total_l, tl), set(a, field::pengguna_total_p, tp), set(a, field::pengguna_total_j, tl + tp);
        set(a, field::suara_total, tl + tp);
        const std::uint32_t invalid = (tl + tp) * r.between(20U, 120U) / 1000;  // legislative ballots: 2-12 % invalid
        const std::uint32_t valid = tl + tp - invalid;
        set(a, field::suara_tidak_sah, invalid), set(a, field::suara_sah, valid);
        if (i < 3) {
            const dapil_info& dp = d.of[i][dapil[i]];
            t.first_id[i] = dp.first_id;
            std::array<std::uint32_t, legis_parties> w{}, totals{};
            for (std::size_t q = 0; q < legis_parties; ++q)
                w[q] = static_cast<std::uint32_t>(mix(dp.first_id * 64 + q) % 100) + 5 + r.between(0U, 20U);
            split(valid, w.data(), legis_parties, totals.data());
            std::uint64_t id = dp.first_id;
            for (std::size_t q = 0; q < legis_parties; ++q) {
                const std::size_t n = dp.candidates[q];
                const std::size_t j = s.add_party(party_number{static_cast<std::uint8_t>(q + 1)}, n);
                const std::uint32_t party_only = totals[q] * r.between(100U, 400U) / 1000;
                std::array<std::uint32_t, max_party_candidates> cw{}, cv{};
                for (std::size_t c = 0; c < n; ++c) cw[c] = static_cast<std::uint32_t>(mix(id + c) % 50) + 1 + r.between(0U, 10U);
                id += n;
                split(totals[q] - party_only, cw.data(), n, cv.data());
                s.set_party_votes(j, party_only).set_party_total(j, totals[q]);
                for (std::size_t c = 0; c < n; ++c) s.set_candidate_votes(j, c, cv[c]);
            }
        } else {
            const dpd_info& info = d.dpd.at(province);
            t.first_id[i] = info.first_id;
            s.set_dpd_candidates(info.candidates);
            std::array<std::uint32_t, max_dpd_candidates> w{}, v{};
            for (std::size_t c = 0; c < info.candidates; ++c)
                w[c] = static_cast<std::uint32_t>(mix(info.first_id + c) % 80) + 1 + r.between(0U, 10U);
            split(valid, w.data(), info.candidates, v.data());
            for (std::size_t c = 0; c < info.candidates; ++c) s.set_dpd_votes(c, v[c]);
        }
        t.legis[i] = s;
    }
}

using truth_line = std::tuple<std::uint64_t, kontes, rule_id>;

/// Plants one defect of kind `kind` on a sheet of `t`; returns the (contest, rule) pairs that fire.
inline std::vector<std::pair<kontes, rule_id>> plant(tps_sheets& t, legis_defect kind, legis_rng& r) {
    std::vector<std::pair<kontes, rule_id>> out;
    const std::size_t party_sheet = r.below(std::size_t{3});
    legislative_sheet& s = t.legis[party_sheet];
    const kontes k = s.kontes_code();
    switch (kind) {
    case legis_defect::party_sum: {
        // +3 on a party-only figure: no figure with one digit deleted mends a gap of 3
        const std::size_t q = r.below(s.party_count());
        s.set_party_votes(q, s.party_figure(q) + 3);
        out.emplace_back(k, rule_id::votes_party_sum);
        break;
    }
    case legis_defect::valid_sum: {
        const std::size_t q = r.below(s.party_count());
        s.set_party_votes(q, s.party_figure(q) + 3).set_party_total(q, s.party_total(q) + 3);
        out.emplace_back(k, rule_id::votes_valid_sum);
        break;
    }
    case legis_defect::digit_slip: {
        // the leading candidate of the sheet, v read as 10 v + d (the 2024 OCR misread)
        std::size_t bq = 0, bc = 0;
        for (std::size_t q = 0; q < s.party_count(); ++q)
            for (std::size_t c = 0; c < s.party_candidate_count(q); ++c)
                if (s.party_candidate_figure(q, c) > s.party_candidate_figure(bq, bc)) bq = q, bc = c;
        const std::uint32_t v = s.party_candidate_figure(bq, bc);
        if (v == 0) return plant(t, legis_defect::missing, r);
        s.set_candidate_votes(bq, bc, v * 10 + r.between(0U, 9U));
        out.emplace_back(k, rule_id::votes_party_sum);
        out.emplace_back(k, rule_id::record_digit_slip);
        break;
    }
    case legis_defect::missing: {
        const std::size_t q = r.below(s.party_count());
        s.set_candidate_votes(q, r.below(s.party_candidate_count(q)), missing_figure);
        out.emplace_back(k, rule_id::record_incomplete);
        break;
    }
    case legis_defect::dpt_differs: {
        legislative_sheet& o = t.legis[r.below(std::size_t{4})];
        const std::uint32_t d = r.between(1U, 9U);
        set(o.admin, field::pemilih_dpt_l, get(o.admin, field::pemilih_dpt_l) + d);
        set(o.admin, field::pemilih_dpt_j, get(o.admin, field::pemilih_dpt_j) + d);
        out.emplace_back(o.kontes_code(), rule_id::tps_dpt_across_contests);
        break;
    }
    case legis_defect::dptb_excess: {
        // more DPTb voters on the DPR sheet than on the PPWP sheet (ballots beyond the moving
        // forms); the sheet itself still adds up: voters, suara_total, suara_sah and party 1 follow
        legislative_sheet& o = t.legis[0];
        const std::uint32_t e = get(t.ppwp, field::pengguna_dptb_j) - get(o.admin, field::pengguna_dptb_j) + r.between(1U, 3U);
        for (field f : {field::pengguna_dptb_l, field::pengguna_dptb_j, field::pengguna_total_l, field::pengguna_total_j,
                        field::suara_total, field::suara_sah})
            set(o.admin, f, get(o.admin, f) + e);
        o.set_party_votes(0, o.party_figure(0) + e).set_party_total(0, o.party_total(0) + e);
        out.emplace_back(kontes::pdpr, rule_id::tps_voters_across_contests);
        break;
    }
    case legis_defect::count_: break;
    }
    return out;
}

/// The rules that fire on the TPS's records as a Sirekap reader holds them.
inline std::set<truth_line> fired(const tps_sheets& t) {
    std::set<truth_line> out;
    const std::uint64_t unpublished = ~published_mask();
    auto sink = [&](const finding& f) {
        if (f.rule == rule_id::record_incomplete && (f.missing_fields & ~unpublished) == 0 && !f.missing_candidates) return;
        out.emplace(f.tps.number(), f.contest, f.rule);
    };
    check_sheet<pemilu_2024>(t.ppwp, sink);
    for (const auto& s : t.legis) check_legislative<pemilu_2024>(s, sink);
    const std::array<sheet, 5> admins{t.ppwp, t.legis[0].admin, t.legis[1].admin, t.legis[2].admin, t.legis[3].admin};
    check_tps_contests<pemilu_2024>(admins, sink);
    return out;
}

}  // namespace legis_detail

/// `national --contests all`: writes the five contests of every TPS in `codes`. `ppwp_sheet`
/// makes national.cpp's PPWP sheet; `ppwp_record` writes it as its Sirekap record. Returns the
/// process's exit status.
inline int run_legislative(const std::vector<std::uint64_t>& codes, const legislative_options& o,
                           const std::function<sheet(legis_rng&, tps_code)>& ppwp_sheet,
                           const std::function<void(std::string&, const sheet&, legis_rng&)>& ppwp_record) {
    using namespace legis_detail;
    const districts d = make_districts(codes, o.seed);
    const std::string lists = o.lists_dir.empty() ? o.sirekap_dir : o.lists_dir;
    if (!lists.empty() && !write_lists(d, lists, o.seed)) return 2;
    std::ofstream truth, ndjson;
    if (!o.truth_path.empty()) {
        truth.open(o.truth_path, std::ios::binary);
        if (!truth) {
            std::fprintf(stderr, "national: cannot write %s\n", o.truth_path.c_str());
            return 2;
        }
        truth << "kode_tps,kontes,rule\n";
    }
    if (!o.sirekap_ndjson.empty()) {
        ndjson.open(o.sirekap_ndjson, std::ios::binary);
        if (!ndjson) {
            std::fprintf(stderr, "national: cannot write %s\n", o.sirekap_ndjson.c_str());
            return 2;
        }
    }
    std::ofstream csv;
    std::optional<io::legislative_csv_writer> csv_writer;
    if (!o.legislative_csv.empty()) {
        csv.open(o.legislative_csv, std::ios::binary);
        if (!csv) {
            std::fprintf(stderr, "national: cannot write %s\n", o.legislative_csv.c_str());
            return 2;
        }
    }
    legis_rng r{o.seed}, images{o.seed ^ 0x5152454b4150ULL}, defects{o.seed ^ 0x4c45474953ULL};
    const auto ppm = static_cast<std::uint32_t>(o.defect_rate * 1'000'000 + 0.5);
    std::string record, buffer;
    std::uint64_t defective = 0, mismatched = 0;
    bool failed = false;
    auto write = [&](const tps_code code, kontes k) {
        const std::string c{to_string(code)};
        if (!o.sirekap_ndjson.empty()) {
            buffer += "{\"kode_tps\": \"" + c + "\", \"kontes\": \"";
            buffer += to_string(k);
            buffer += "\", ";
            buffer.append(record, 1);
            buffer += '\n';
            if (buffer.size() > (1U << 20)) ndjson.write(buffer.data(), static_cast<std::streamsize>(buffer.size())), buffer.clear();
        }
        if (o.sirekap_dir.empty() || failed) return;
        const std::filesystem::path file = std::filesystem::path{o.sirekap_dir} / "hhcw" / std::string{to_string(k)} /
                                           c.substr(0, 2) / c.substr(0, 4) / c.substr(0, 6) / c.substr(0, 10) / (c + ".json");
        failed = !write_file(file, record);
    };
    for (const std::uint64_t number : codes) {
        const tps_code code = *tps_code::from_number(number);
        tps_sheets t;
        t.ppwp_full = ppwp_sheet(r, code);
        t.ppwp = published_only(t.ppwp_full);
        fill_legislative(t, d, r);
        std::vector<std::pair<kontes, rule_id>> planted;
        if (defects.chance(ppm)) {
            ++defective;
            planted = plant(t, static_cast<legis_defect>(defects.below(static_cast<unsigned>(legis_defect::count_))), defects);
        }
        std::set<truth_line> expected;
        for (const auto& [k, rule] : planted) expected.emplace(number, k, rule);
        if (const auto got = fired(t); got != expected) {
            if (mismatched++ < 5) {
                std::fprintf(stderr, "national: TPS %s: the planted defects and the findings differ:",
                             std::string{to_string(code)}.c_str());
                for (const auto& [n, k, rule] : got)
                    std::fprintf(stderr, " %s/%s", std::string{to_string(k)}.c_str(), std::string{to_string(rule)}.c_str());
                std::fprintf(stderr, " (planted:");
                for (const auto& [n, k, rule] : expected)
                    std::fprintf(stderr, " %s/%s", std::string{to_string(k)}.c_str(), std::string{to_string(rule)}.c_str());
                std::fprintf(stderr, ")\n");
            }
        }
        if (truth.is_open())
            for (const auto& [n, k, rule] : expected) truth << to_string(code) << ',' << to_string(k) << ',' << to_string(rule) << '\n';
        if (csv.is_open()) {
            if (!csv_writer) {  // the field columns of the sheets as Sirekap publishes them
                io::legislative_csv_layout layout;
                for (const auto& s : t.legis) layout.include(s, io::csv_columns::used);
                csv_writer.emplace(csv, layout);
                csv_writer->header();
            }
            for (const auto& s : t.legis) csv_writer->sheet(s);
        }
        if (o.sirekap_dir.empty() && o.sirekap_ndjson.empty()) continue;
        record.clear();
        ppwp_record(record, t.ppwp_full, images);
        write(code, kontes::ppwp);
        for (std::size_t i = 0; i < 4; ++i) {
            record.clear();
            legislative_record(record, t.legis[i], t.first_id[i], images);
            write(code, legis_kontes[i]);
        }
    }
    if (csv_writer) csv_writer->flush();
    if (csv.is_open() && !csv.flush()) {
        std::fprintf(stderr, "national: cannot write %s\n", o.legislative_csv.c_str());
        return 2;
    }
    if (ndjson.is_open()) {
        ndjson.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        ndjson.flush();
        if (!ndjson) {
            std::fprintf(stderr, "national: cannot write %s\n", o.sirekap_ndjson.c_str());
            return 2;
        }
    }
    if (failed) return 2;
    std::fprintf(stderr, "national: %llu TPS x 5 contests, %llu with a deliberate defect\n",
                 static_cast<unsigned long long>(codes.size()), static_cast<unsigned long long>(defective));
    if (mismatched > 0) {
        std::fprintf(stderr, "national: %llu TPS whose findings differ from the truth\n", static_cast<unsigned long long>(mismatched));
        return 3;
    }
    return 0;
}

}  // namespace suara::generators

#endif  // SUARA_TOOLS_GENERATORS_LEGISLATIVE_HPP
