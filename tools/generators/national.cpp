// Generates a national-scale C.Hasil CSV (and its ground truth) for benchmarks and bulk tests.
// Distributed under the Boost Software License, Version 1.0.
//
//     national [--shape pemilu|pilkada] [--codes tps-codes.txt] [--tps N] [--seed S]
//              [--defect-rate R] [--out file.csv] [--truth truth.csv]
//              [--sirekap-dir DIR] [--sirekap-ndjson FILE.ndjson] [--sirekap-archive FILE.zip|.tar|.tar.gz]
//              [--contests ppwp|all] [--lists-dir DIR]
//
// Shapes (the TPS counts KPU set: Keputusan KPU 857/2023 for Pemilu 2024; KPU's figure of 7 November
// 2024 for Pilkada 2024):
//  - pemilu (default): 820,161 TPS, contest ppwp, 3 pairs.
//  - pilkada: 435,296 TPS x 2 contests (pkwkp, pkwkk), 2-5 pairs per province / regency.
// TPS codes: `--codes` names the real list, one 13-digit code a line, as shipped
// (data/wilayah/tps-codes.txt.gz, read through zlib) or unpacked. That list has 804,908 codes: regency 3201
// (Kabupaten Bogor) is absent, and regions.tsv.gz has no 3201 regions either, so the missing
// 15,253 Pemilu TPS are SYNTHETIC codes under 3201 (districts 320101-320140, villages
// 32010x2001-2011, about 35 TPS each), not real ones. Without `--codes` every code is synthetic
// (province 99). Pilkada takes an evenly spread, seeded subset of the codes.
// Figures are generated (seeded, compiler-independent): DPT up to the regime's per-TPS ceiling,
// ballots = expected_ballots<regime>, voters and votes consistent with every identity. With
// probability --defect-rate (default 0.01) a sheet gets one deliberate defect; --truth then
// lists, per defective sheet, every rule that must fire under the regime
// (`kode_tps,kontes,rule`); sheets not listed fire nothing.
// Sirekap forms (pemilu shape only; docs/formats.md): the same sheets as Sirekap JSON records of
// the national shape (chart ids 100025-100027, the 18 administrasi keys, three photo URLs, ts),
// `--sirekap-dir` as the scrape's folder tree `DIR/hhcw/ppwp/PP/PPKK/PPKKCC/PPKKCCDDDD/<kode_tps>.json`
// and `--sirekap-ndjson` one record a line with `kode_tps` and `kontes` first, `--sirekap-archive`
// the folder tree's files as members of one zip, tar or tar.gz (sirekap_archive_writer.hpp). Sirekap has no
// field for ballots, DPK, disability or incidents, so a defect there is invisible in these forms:
// the truth file describes the CSV.
// `--contests all` (pemilu shape; legislative.hpp): all five contests of each TPS (ppwp, pdpr,
// pdprdp, pdprdk, pdpd) as Sirekap records, on a SYNTHETIC dapil assignment, with the candidate
// lists and partai.json in `--lists-dir` (default: the --sirekap-dir), and a truth file of
// legislative defects; no CSV. Without it the output is the PPWP one, byte for byte.
#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <suara/io/csv_writer.hpp>
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>
#include <suara/form/sheet.hpp>

#include <suara_synthetic/rng.hpp>
#include <suara_synthetic/sheet.hpp>

#include "legislative.hpp"   // --contests all
#include "tool_support.hpp"  // gzip (zlib)
#ifdef SUARA_GENERATOR_ARCHIVE
#include "sirekap_archive_writer.hpp"  // --sirekap-archive (libarchive)
#endif

namespace {

using rng = suara::synthetic::rng;

std::uint64_t mix(std::uint64_t x) {
    rng r{x};
    return r.next();
}

constexpr std::uint64_t pemilu_tps = 820161;   // domestic TPS of Pemilu 2024
constexpr std::uint64_t pilkada_tps = 435296;  // TPS of Pilkada 2024

// Codes for a synthetic regency: 40 districts x 11 villages, TPS numbered 001.. in each village.
void synthesise(std::uint64_t regency, std::uint64_t count, std::vector<std::uint64_t>& out) {
    const std::uint64_t villages = 40 * 11;
    for (std::uint64_t v = 0; v < villages && count > 0; ++v) {
        const std::uint64_t per = count / (villages - v) + (count % (villages - v) != 0 ? 1 : 0);
        const std::uint64_t village = (regency * 100 + (v / 11) + 1) * 10000 + 2001 + (v % 11);
        for (std::uint64_t t = 1; t <= per; ++t) out.push_back(village * 1000 + t);
        count -= per;
    }
}

enum class defect_kind : unsigned {
    sex_sum, category_sum, dpt_turnout, ballots_balance, used_vs_voters, allocation, valid_sum, total_sum,
    vs_voters, digit_slip, capacity, incomplete, box_opened, marked_ballot, destroyed, multiple_voting,
    unregistered, disturbance, riot, partial, all_stopped, closed, dim_light, unclear_voice, unclear_writing,
    not_observable, other_place, inconsistent, count_
};

template <class R>
std::string_view apply(defect_kind k, suara::sheet& s) {
    using suara::field;
    auto bump = [&](field f, std::int64_t d) { s.figures[suara::index(f)] = static_cast<std::uint32_t>(s.figures[suara::index(f)] + d); };
    const bool pemilu = std::string_view{R::name} == "pemilu-2024";
    switch (k) {
    case defect_kind::sex_sum: bump(field::pemilih_disabilitas_j, 1); return "voters.sex_sum";
    case defect_kind::category_sum:
        bump(field::pemilih_dpk_l, 1), bump(field::pemilih_dpk_j, 1), bump(field::pengguna_dpk_l, 1), bump(field::pengguna_dpk_j, 1);
        return "voters.category_sum";
    case defect_kind::dpt_turnout: {
        const std::int64_t d = static_cast<std::int64_t>(s.figures[suara::index(field::pengguna_dpt_l)]) - 3 -
                               s.figures[suara::index(field::pemilih_dpt_l)];
        bump(field::pemilih_dpt_l, d), bump(field::pemilih_dpt_j, d);
        return "voters.dpt_turnout,ballots.allocation";
    }
    case defect_kind::ballots_balance: bump(field::surat_tidak_digunakan, 10); return "ballots.balance";
    case defect_kind::used_vs_voters: bump(field::surat_digunakan, 1), bump(field::surat_tidak_digunakan, -1); return "ballots.used_vs_voters";
    case defect_kind::allocation: bump(field::surat_diterima, 6), bump(field::surat_tidak_digunakan, 6); return "ballots.allocation";
    case defect_kind::valid_sum: {
        // +3 on the leading pair: no single dropped digit of any figure explains a gap of 3 here
        // (checked), so record.digit_slip stays silent.
        const auto top = std::max_element(s.votes.begin(), s.votes.begin() + s.candidates);
        *top += 3;
        return "votes.valid_sum";
    }
    case defect_kind::total_sum: bump(field::suara_total, 1); return "votes.total_sum";
    case defect_kind::vs_voters: bump(field::suara_tidak_sah, 3), bump(field::suara_total, 3); return "votes.vs_voters";
    case defect_kind::digit_slip: {
        // The 2024 OCR misread (64 -> 641): the leading pair's figure gains a digit, which
        // always lifts the candidate sum above the ballots the TPS could have had.
        const auto top = std::max_element(s.votes.begin(), s.votes.begin() + s.candidates);
        *top = *top * 10 + 7;
        return "votes.valid_sum,votes.over_supply,record.digit_slip";
    }
    case defect_kind::capacity: {
        const std::int64_t d = static_cast<std::int64_t>(R::tps_capacity.value) + 20 - s.figures[suara::index(field::pemilih_dpt_j)];
        bump(field::pemilih_dpt_l, d), bump(field::pemilih_dpt_j, d);
        return "tps.capacity,ballots.allocation";
    }
    case defect_kind::incomplete:
        s.clear(field::pemilih_disabilitas_l), s.clear(field::pemilih_disabilitas_p), s.clear(field::pemilih_disabilitas_j);
        return "record.incomplete";
    case defect_kind::box_opened: s.set_raw(field::kejadian_kotak_dibuka, 1); return "psu.ballot_box_opened";
    case defect_kind::marked_ballot: s.set_raw(field::kejadian_tanda_khusus, 1); return "psu.voter_marked_ballot";
    case defect_kind::destroyed: s.set_raw(field::kejadian_surat_dirusak, 2); return "psu.ballots_destroyed";
    case defect_kind::multiple_voting: s.set_raw(field::kejadian_memilih_ganda, 2); return "psu.multiple_voting";
    case defect_kind::unregistered: s.set_raw(field::kejadian_tidak_terdaftar, 2); return "psu.unregistered_voting";
    case defect_kind::disturbance:
        // a cause the regime's law names (Pemilu: bencana alam; Pilkada: gangguan keamanan) that
        // made the results unusable
        s.set_raw(field::kejadian_gangguan, pemilu ? 1 : 3), s.set_raw(field::kejadian_hasil_tidak_dapat_digunakan, 1);
        return "psu.disturbance";
    case defect_kind::riot:
        // a riot after which the count could not go on: a recount ground of UU 7/2017 Pasal 374
        // (2) a only; no ground under Pilkada 2024
        s.set_raw(field::kejadian_gangguan, 2), s.set_raw(field::kejadian_hitung_tidak_dapat_dilanjutkan, 1);
        return pemilu ? "recount.riot" : "";
    case defect_kind::partial: s.set_raw(field::kejadian_gangguan, 3), s.set_raw(field::kejadian_gangguan_tahap, 1); return "continued.partial";
    case defect_kind::all_stopped: s.set_raw(field::kejadian_gangguan, 1), s.set_raw(field::kejadian_gangguan_tahap, 2); return "follow_up.all";
    case defect_kind::closed: s.set_raw(field::kejadian_hitung_tertutup, 1); return "recount.closed";
    case defect_kind::dim_light: s.set_raw(field::kejadian_kurang_terang, 1); return "recount.dim_light";
    case defect_kind::unclear_voice: s.set_raw(field::kejadian_suara_tidak_jelas, 1); return "recount.unclear_voice";
    case defect_kind::unclear_writing: s.set_raw(field::kejadian_tulisan_tidak_jelas, 1); return "recount.unclear_writing";
    case defect_kind::not_observable: s.set_raw(field::kejadian_tidak_dapat_disaksikan, 1); return "recount.not_observable";
    case defect_kind::other_place: s.set_raw(field::kejadian_tempat_waktu_lain, 1); return "recount.other_place_time";
    case defect_kind::inconsistent:
        // A recount ground of Perpu 1/2014 Pasal 113 (2) g only: no rule under Pemilu 2024.
        s.set_raw(field::kejadian_sah_tidak_konsisten, 1);
        return pemilu ? "" : "recount.inconsistent_validity";
    case defect_kind::count_: break;
    }
    return "";
}

// One clean sheet: every identity of rules.md A holds; nothing reported in the kejadian fields.
template <class R>
suara::sheet make_sheet(rng& r, suara::tps_code code, suara::kontes k, std::size_t candidates, std::uint64_t region_seed) {
    suara::synthetic::tps_counts t;
    t.contest = k;
    t.incidents_written = false;
    const auto cap = static_cast<std::uint32_t>(R::tps_capacity.value);
    const std::uint32_t dpt = r.between(cap * 2 / 5, cap - 10);
    t.dpt_l = dpt * r.between(480U, 520U) / 1000, t.dpt_p = dpt - t.dpt_l;
    t.dptb_l = r.between(0U, 3U), t.dptb_p = r.between(0U, 3U);
    const std::uint32_t turnout = r.between(550U, 900U);  // per mille
    t.voted_dpt_l = t.dpt_l * turnout / 1000, t.voted_dpt_p = t.dpt_p * turnout / 1000;
    t.voted_dptb_l = r.between(0U, t.dptb_l), t.voted_dptb_p = r.between(0U, t.dptb_p);
    t.dpk_l = t.voted_dpk_l = r.between(0U, 2U);
    t.dpk_p = t.voted_dpk_p = r.between(0U, 2U);
    t.dis_l = r.between(0U, 4U), t.dis_p = r.between(0U, 4U);
    t.voted_dis_l = r.between(0U, t.dis_l), t.voted_dis_p = r.between(0U, t.dis_p);
    t.returned = r.between(0U, 2U);
    t.invalid = suara::synthetic::voted(t) * r.between(5U, 40U) / 1000;
    // Candidate shares lean by region (seeded by the regency code), then vary per TPS.
    t.candidates = static_cast<std::uint8_t>(candidates);
    const std::uint32_t valid = suara::synthetic::valid_votes(t);
    std::array<std::uint32_t, suara::max_candidates> w{};
    std::uint32_t wsum = 0;
    for (std::size_t c = 0; c < candidates; ++c) {
        w[c] = static_cast<std::uint32_t>(mix(region_seed + c) % 100) + 20 + r.between(0U, 30U);
        wsum += w[c];
    }
    std::uint32_t left = valid;
    for (std::size_t c = 0; c + 1 < candidates; ++c) {
        const std::uint32_t v = static_cast<std::uint32_t>(std::uint64_t{valid} * w[c] / wsum);
        t.votes[c] = std::min(v, left);
        left -= t.votes[c];
    }
    t.votes[candidates - 1] = left;
    return suara::synthetic::sheet_of<R>(t, code);
}

// The administrasi keys of a Sirekap record, in Sirekap's order (data/sirekap), and their fields.
struct sirekap_key {
    std::string_view key;
    suara::field f;
};
const std::array<sirekap_key, 18>& sirekap_keys() {
    using suara::field;
    static const std::array<sirekap_key, 18> keys{{
        {"suara_sah", field::suara_sah}, {"suara_total", field::suara_total},
        {"pemilih_dpt_j", field::pemilih_dpt_j}, {"pemilih_dpt_l", field::pemilih_dpt_l},
        {"pemilih_dpt_p", field::pemilih_dpt_p}, {"pengguna_dpt_j", field::pengguna_dpt_j},
        {"pengguna_dpt_l", field::pengguna_dpt_l}, {"pengguna_dpt_p", field::pengguna_dpt_p},
        {"pengguna_dptb_j", field::pengguna_dptb_j}, {"pengguna_dptb_l", field::pengguna_dptb_l},
        {"pengguna_dptb_p", field::pengguna_dptb_p}, {"suara_tidak_sah", field::suara_tidak_sah},
        {"pengguna_total_j", field::pengguna_total_j}, {"pengguna_total_l", field::pengguna_total_l},
        {"pengguna_total_p", field::pengguna_total_p}, {"pengguna_non_dpt_j", field::pengguna_dpk_j},
        {"pengguna_non_dpt_l", field::pengguna_dpk_l}, {"pengguna_non_dpt_p", field::pengguna_dpk_p},
    }};
    return keys;
}

void append_figure(std::string& out, std::uint32_t v) {
    if (v == suara::missing_figure) {
        out += "null";
        return;
    }
    char buf[16];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

void append_hex(std::string& out, std::uint64_t x, int digits) {
    static constexpr char hex[] = "0123456789abcdef";
    for (int i = digits - 1; i >= 0; --i) out.push_back(hex[(x >> (4 * i)) & 15u]);
}

// One Sirekap record of the national shape (like data/sirekap's), for PPWP sheet `s`, on one line.
void sirekap_record(std::string& out, const suara::sheet& s, rng& r) {
    const std::string code{suara::to_string(s.tps)};
    out += "{\"chart\": {\"null\": null";
    static constexpr std::array<std::string_view, 3> ids{"100025", "100026", "100027"};
    for (std::size_t c = 0; c < ids.size(); ++c) {
        out += ", \"";
        out += ids[c];
        out += "\": ";
        append_figure(out, c < s.candidates ? s.votes[c] : suara::missing_figure);
    }
    // Photo URLs as Sirekap names them: object store shard, region path, code, time, a uuid.
    const std::uint32_t hour = r.between(14U, 23U), minute = r.between(0U, 59U), second = r.between(0U, 59U);
    out += "}, \"images\": [";
    for (int i = 0; i < 3; ++i) {
        if (i > 0) out += ", ";
        out += "\"https://sirekap-obj-formc.kpu.go.id/";
        append_hex(out, r.next(), 4);
        out += "/pemilu/ppwp/";
        for (std::size_t at = 0; at < 10; at += 2) {
            out.append(code, at, 2);
            out += '/';
        }
        out += code;
        out += "-20240214-";
        char t[8];
        std::snprintf(t, sizeof t, "%02u%02u%02u", hour, minute, (second + static_cast<unsigned>(i)) % 60);
        out += t;
        out += "--";
        const std::uint64_t a = r.next(), b = r.next();
        append_hex(out, a >> 32, 8);
        out += '-';
        append_hex(out, a >> 16, 4);
        out += '-';
        append_hex(out, a, 4);
        out += '-';
        append_hex(out, b >> 48, 4);
        out += '-';
        append_hex(out, b, 12);
        out += ".jpg\"";
    }
    out += "], \"administrasi\": {";
    bool first = true;
    for (const auto& k : sirekap_keys()) {
        if (!first) out += ", ";
        first = false;
        out += '"';
        out += k.key;
        out += "\": ";
        append_figure(out, s.figures[suara::index(k.f)]);
    }
    char ts[32];
    std::snprintf(ts, sizeof ts, "2024-02-14 %02u:%02u:%02u", hour, minute, second);
    out += "}, \"psu\": null, \"ts\": \"";
    out += ts;
    out += "\", \"status_suara\": true, \"status_adm\": true}";
}

int usage(const char* argv0) {
    std::fprintf(stderr,
                 "usage: %s [--shape pemilu|pilkada] [--codes FILE] [--tps N] [--seed S] [--defect-rate R]\n"
                 "          [--out FILE.csv] [--truth FILE.csv] [--sirekap-dir DIR] [--sirekap-ndjson FILE]\n"
                 "          [--sirekap-archive FILE.zip|FILE.tar|FILE.tar.gz] [--contests ppwp|all] [--lists-dir DIR]\n"
                 "  --codes FILE   real TPS codes, one a line, plain or gzip (data/wilayah/tps-codes.txt.gz)\n"
                 "  --contests all the five contests of each TPS as Sirekap records (pemilu shape: folder\n"
                 "                 tree, NDJSON; --out: the four legislative sheets as the legislative CSV);\n"
                 "                 dapils, seats, parties (\"Partai 1\"..\"Partai 18\")\n"
                 "                 and candidates are SYNTHETIC, seeded, not the KPU's (docs/formats.md)\n"
                 "  --lists-dir D  where --contests all writes partai.json, caleg/ and dapil.csv\n",
                 argv0);
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    std::string shape = "pemilu", codes_path, out_path, truth_path, sirekap_dir, sirekap_ndjson, sirekap_archive, contests = "ppwp",
                lists_dir;
    std::uint64_t seed = 2024, limit = 0;
    double defect_rate = 0.01;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (i + 1 >= argc) return usage(argv[0]);
        const char* v = argv[++i];
        if (a == "--shape") shape = v;
        else if (a == "--codes") codes_path = v;
        else if (a == "--tps") limit = std::strtoull(v, nullptr, 10);
        else if (a == "--seed") seed = std::strtoull(v, nullptr, 10);
        else if (a == "--defect-rate") defect_rate = std::strtod(v, nullptr);
        else if (a == "--out") out_path = v;
        else if (a == "--truth") truth_path = v;
        else if (a == "--sirekap-dir") sirekap_dir = v;
        else if (a == "--sirekap-ndjson") sirekap_ndjson = v;
        else if (a == "--sirekap-archive") sirekap_archive = v;
        else if (a == "--contests") contests = v;
        else if (a == "--lists-dir") lists_dir = v;
        else return usage(argv[0]);
    }
    if (shape != "pemilu" && shape != "pilkada") return usage(argv[0]);
    if (defect_rate < 0 || defect_rate > 1) return usage(argv[0]);
    const bool pemilu = shape == "pemilu";
    if (contests != "ppwp" && contests != "all") return usage(argv[0]);
    if (contests == "all" && (!pemilu || !sirekap_archive.empty())) {
        std::fprintf(stderr, "national: --contests all is for --shape pemilu and writes a folder tree, NDJSON and the "
                             "legislative CSV (--out) only (no --sirekap-archive)\n");
        return 2;
    }
    if (!pemilu && (!sirekap_dir.empty() || !sirekap_ndjson.empty() || !sirekap_archive.empty())) {
        std::fprintf(stderr, "national: the Sirekap forms are written for --shape pemilu only\n");
        return 2;
    }
    const std::uint64_t target = pemilu ? pemilu_tps : pilkada_tps;

    // ---- codes ----
    std::vector<std::uint64_t> codes;
    codes.reserve(pemilu_tps);
    if (!codes_path.empty()) {
        const auto text = suara::tool::read_maybe_gzip(codes_path);
        if (!text) {
            std::fprintf(stderr, "national: cannot read %s (a list of TPS codes, plain or gzip)\n", codes_path.c_str());
            return 2;
        }
        std::istringstream in{*text};
        std::string line;
        std::size_t n = 0;
        while (std::getline(in, line)) {
            ++n;
            if (!line.empty() && line.back() == '\r') line.pop_back();
            const auto c = suara::tps_code::parse(line);
            if (!c) {
                std::fprintf(stderr, "national: %s:%zu: not a 13-digit TPS code: %.40s\n", codes_path.c_str(), n, line.c_str());
                return 2;
            }
            codes.push_back(c->number());
        }
        if (codes.size() < target) synthesise(3201, target - codes.size(), codes);
    } else {
        for (std::uint64_t regency = 9901; codes.size() < target; ++regency)
            synthesise(regency, std::min<std::uint64_t>(target - codes.size(), 20000), codes);
    }
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    if (!pemilu && codes.size() > target) {
        // An evenly spread subset: the i-th chosen code is the floor(i * n / target)-th.
        std::vector<std::uint64_t> pick;
        pick.reserve(target);
        for (std::uint64_t i = 0; i < target; ++i) pick.push_back(codes[i * codes.size() / target]);
        codes.swap(pick);
    }
    if (limit != 0 && limit < codes.size()) codes.resize(limit);
    if (contests == "all")
        return suara::generators::run_legislative(
            codes, {seed, defect_rate, truth_path, sirekap_dir, sirekap_ndjson, lists_dir, out_path},
            [](rng& g, suara::tps_code c) { return make_sheet<suara::pemilu_2024>(g, c, suara::kontes::ppwp, 3, 0); },
            [](std::string& o, const suara::sheet& s, rng& g) { sirekap_record(o, s, g); });

    // ---- sheets ----
    std::ofstream out_file, truth_file;
    std::ostream* out = &std::cout;
    if (!out_path.empty()) {
        out_file.open(out_path, std::ios::binary);
        if (!out_file) {
            std::fprintf(stderr, "national: cannot write %s\n", out_path.c_str());
            return 2;
        }
        out = &out_file;
    }
    if (!truth_path.empty()) {
        truth_file.open(truth_path, std::ios::binary);
        if (!truth_file) {
            std::fprintf(stderr, "national: cannot write %s\n", truth_path.c_str());
            return 2;
        }
        truth_file << "kode_tps,kontes,rule\n";
    }
    std::ofstream ndjson_file;
    if (!sirekap_ndjson.empty()) {
        ndjson_file.open(sirekap_ndjson, std::ios::binary);
        if (!ndjson_file) {
            std::fprintf(stderr, "national: cannot write %s\n", sirekap_ndjson.c_str());
            return 2;
        }
    }
#ifdef SUARA_GENERATOR_ARCHIVE
    std::optional<suara::tool::sirekap_archive_writer> archive;
    if (!sirekap_archive.empty()) {
        archive.emplace(sirekap_archive);
        if (!archive->error().empty()) {
            std::fprintf(stderr, "national: cannot write %s: %s\n", sirekap_archive.c_str(), archive->error().c_str());
            return 2;
        }
    }
#else
    if (!sirekap_archive.empty()) {
        std::fprintf(stderr, "national: --sirekap-archive needs libarchive, absent from this build\n");
        return 2;
    }
#endif
    // Sirekap records come from their own generator, so the CSV stays the same with or without them.
    rng sirekap_rng{seed ^ 0x5152454b4150ULL};
    std::string record, ndjson_buffer, folder;
    bool sirekap_failed = false;
    const auto write_sirekap = [&](const suara::sheet& s) {
        if (sirekap_dir.empty() && sirekap_ndjson.empty() && sirekap_archive.empty()) return;
        // One record per sheet, written to both forms (the NDJSON line is the file with
        // `kode_tps` and `kontes` first), so that the forms hold the same records.
        record.clear();
        sirekap_record(record, s, sirekap_rng);
        if (!sirekap_ndjson.empty()) {
            ndjson_buffer += "{\"kode_tps\": \"";
            ndjson_buffer += suara::to_string(s.tps);
            ndjson_buffer += "\", \"kontes\": \"ppwp\", ";
            ndjson_buffer.append(record, 1);
            ndjson_buffer += '\n';
            if (ndjson_buffer.size() > (1u << 20)) {
                ndjson_file.write(ndjson_buffer.data(), static_cast<std::streamsize>(ndjson_buffer.size()));
                ndjson_buffer.clear();
            }
        }
#ifdef SUARA_GENERATOR_ARCHIVE
        if (archive && !sirekap_failed && !archive->add(suara::to_string(s.tps), "ppwp", record)) {
            std::fprintf(stderr, "national: cannot write %s: %s\n", sirekap_archive.c_str(), archive->error().c_str());
            sirekap_failed = true;
        }
#endif
        if (sirekap_dir.empty() || sirekap_failed) return;
        const std::string code{suara::to_string(s.tps)};
        std::string dir = sirekap_dir + "/hhcw/ppwp/" + code.substr(0, 2) + '/' + code.substr(0, 4) + '/' +
                          code.substr(0, 6) + '/' + code.substr(0, 10);
        if (dir != folder) {
            std::error_code ec;
            std::filesystem::create_directories(dir, ec);
            if (ec) {
                std::fprintf(stderr, "national: cannot create %s: %s\n", dir.c_str(), ec.message().c_str());
                sirekap_failed = true;
                return;
            }
            folder = dir;
        }
        const std::string file = dir + '/' + code + ".json";
        std::FILE* f = std::fopen(file.c_str(), "wb");
        if (f == nullptr || std::fwrite(record.data(), 1, record.size(), f) != record.size()) sirekap_failed = true;
        if (f != nullptr && std::fclose(f) != 0) sirekap_failed = true;
        if (sirekap_failed) std::fprintf(stderr, "national: cannot write %s\n", file.c_str());
    };
    suara::io::csv_layout layout;
    layout.fields.fill(true);
    layout.candidates = pemilu ? 3 : 5;
    layout.candidate_counts = !pemilu;  // Pilkada contests have 2 to 5 pairs: each row says how many
    suara::io::csv_writer w{*out, layout};
    w.header();
    rng r{seed};
    const auto ppm = static_cast<std::uint32_t>(defect_rate * 1'000'000 + 0.5);
    std::uint64_t sheets = 0, defective = 0;
    auto emit = [&]<class R>(suara::sheet& s) {
        ++sheets;
        if (r.chance(ppm)) {
            const auto kind = static_cast<defect_kind>(r.below(static_cast<std::uint32_t>(defect_kind::count_)));
            const std::string_view rules = apply<R>(kind, s);
            ++defective;
            if (truth_file.is_open() && !rules.empty()) {
                std::string_view rest = rules;
                for (;;) {
                    const auto cut = rest.find(',');
                    truth_file << suara::to_string(s.tps) << ',' << suara::to_string(s.contest) << ','
                               << rest.substr(0, cut) << '\n';
                    if (cut == std::string_view::npos) break;
                    rest = rest.substr(cut + 1);
                }
            }
        }
        w.row(s);
        write_sirekap(s);
    };
    for (const auto number : codes) {
        const auto code = *suara::tps_code::from_number(number);
        if (pemilu) {
            auto s = make_sheet<suara::pemilu_2024>(r, code, suara::kontes::ppwp, 3, 0);
            emit.operator()<suara::pemilu_2024>(s);
        } else {
            const std::size_t gov = 2 + mix(code.province()) % 3;   // 2-4 pairs per province
            const std::size_t head = 2 + mix(code.regency()) % 4;   // 2-5 pairs per regency
            auto g = make_sheet<suara::pilkada_2024>(r, code, suara::kontes::pkwkp, gov, code.province());
            emit.operator()<suara::pilkada_2024>(g);
            auto m = make_sheet<suara::pilkada_2024>(r, code, suara::kontes::pkwkk, head, code.regency());
            emit.operator()<suara::pilkada_2024>(m);
        }
    }
    w.flush();
    if (ndjson_file.is_open()) {
        ndjson_file.write(ndjson_buffer.data(), static_cast<std::streamsize>(ndjson_buffer.size()));
        ndjson_file.flush();
        if (!ndjson_file) {
            std::fprintf(stderr, "national: cannot write %s\n", sirekap_ndjson.c_str());
            return 2;
        }
    }
#ifdef SUARA_GENERATOR_ARCHIVE
    if (archive && !sirekap_failed && !archive->close()) {
        std::fprintf(stderr, "national: cannot write %s: %s\n", sirekap_archive.c_str(), archive->error().c_str());
        return 2;
    }
#endif
    if (sirekap_failed) return 2;
    std::fprintf(stderr, "national: %llu TPS, %llu sheets, %llu with a deliberate defect\n",
                 static_cast<unsigned long long>(codes.size()), static_cast<unsigned long long>(sheets),
                 static_cast<unsigned long long>(defective));
    return 0;
}
