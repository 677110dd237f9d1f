// Generates tools/demo/suara_demo/balikpapan_2024.hpp: the embedded Balikpapan Pilkada 2024 data set.
// Distributed under the Boost Software License, Version 1.0.
//
//     balikpapan_2024 [--seed N] > tools/demo/suara_demo/balikpapan_2024.hpp
//
// What is official (KPU Kota Balikpapan's DPT, TPS and city recap of 2024, KPU Kaltim's governor
// recap; sources in the generated header) and reproduced exactly: the 6 districts and
// 34 villages (codes and names, data/wilayah/regions.tsv.gz), TPS per district, the city DPT
// 520,986, the mayor's votes per district and candidate, the mayor's invalid votes 16,278, the
// governor's two city totals. Everything finer is generated here, seeded and deterministic:
// TPS per village, DPT per district (split in proportion to the official provisional list, DPS)
// and per TPS, all sex and voter-category splits, ballots, per-TPS votes, and the governor's
// invalid votes (the mayor's participants minus the governor's valid votes: both contests are
// given the same participants). Then a documented handful of sheets receive deliberate defects.
//
// Reproducible across compilers: only the splitmix64 of tools/synthetic and integer arithmetic,
// no <random> distributions (their output is implementation-defined).
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include <suara/regimes/pilkada_2024.hpp>
#include <suara/form/field.hpp>

#include <suara_synthetic/rng.hpp>
#include <suara_synthetic/sheet.hpp>

namespace {

using rng = suara::synthetic::rng;

struct village {
    std::uint64_t code;
    const char* name;
};
struct district {
    std::uint32_t code;
    const char* name;
    int tps;                       // official (§7.1)
    std::uint32_t dps;             // official provisional list (§7.1), used only as split weights
    std::array<std::uint32_t, 3> mayor;  // official votes per candidate (§7.1)
    std::vector<village> villages; // regions.tsv.gz
};

// Largest-remainder split of `total` in proportion to `weights`.
std::vector<std::uint64_t> split(std::uint64_t total, const std::vector<std::uint64_t>& weights) {
    std::uint64_t wsum = 0;
    for (auto w : weights) wsum += w;
    std::vector<std::uint64_t> out(weights.size());
    std::vector<std::pair<std::uint64_t, std::size_t>> rem;
    std::uint64_t given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const std::uint64_t x = total * weights[i];  // small here: DPT x weight < 2^40
        out[i] = x / wsum;
        rem.emplace_back(x % wsum, i);
        given += out[i];
    }
    std::stable_sort(rem.begin(), rem.end(), [](auto a, auto b) { return a.first > b.first; });
    for (std::size_t k = 0; given < total; ++k, ++given) ++out[rem[k % rem.size()].second];
    return out;
}

// Draws `k` balls without replacement from an urn with `counts` (multivariate hypergeometric).
template <std::size_t N>
std::array<std::uint32_t, N> draw(rng& r, std::array<std::uint64_t, N>& counts, std::uint64_t k) {
    std::array<std::uint32_t, N> got{};
    for (std::uint64_t d = 0; d < k; ++d) {
        std::uint64_t total = 0;
        for (auto c : counts) total += c;
        if (total == 0) {
            std::fprintf(stderr, "urn exhausted\n");
            std::exit(1);
        }
        std::uint64_t x = r.below(total);
        for (std::size_t i = 0; i < N; ++i) {
            if (x < counts[i]) {
                --counts[i];
                ++got[i];
                break;
            }
            x -= counts[i];
        }
    }
    return got;
}

constexpr std::uint16_t missing = 0xFFFF;
constexpr std::size_t stored_fields = suara::index(suara::field::suara_total) + 1;  // all but kejadian_*
constexpr std::size_t width = stored_fields + 3;                                   // + suara_1..3

struct defect {
    std::size_t row;
    std::size_t column;  // field index (kejadian_* included), or field_count + candidate index
    std::uint32_t written;
    std::string_view what;
    std::string_view rules;  // the rules that must fire, as catalogue keys
};

}  // namespace

int main(int argc, char** argv) {
    using suara::field;
    std::uint64_t seed = 20241127;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--seed") == 0 && i + 1 < argc) seed = std::strtoull(argv[++i], nullptr, 10);
        else {
            std::fprintf(stderr, "usage: %s [--seed N] > balikpapan_2024.hpp\n", argv[0]);
            return 2;
        }
    }
    rng r{seed};

    // ---- official facts (KPU Kota Balikpapan, KPU Kaltim; names and codes from data/wilayah/regions.tsv.gz) ----
    std::vector<district> ds{
        {647101, "BALIKPAPAN TIMUR", 139, 70364, {29222, 5585, 7735},
         {{6471011001, "MANGGAR"}, {6471011002, "LAMARU"}, {6471011003, "TERITIP"}, {6471011004, "MANGGAR BARU"}}},
        {647102, "BALIKPAPAN BARAT", 130, 68731, {28778, 5621, 7797},
         {{6471021001, "BARU ILIR"}, {6471021002, "BARU TENGAH"}, {6471021003, "BARU ULU"},
          {6471021004, "KARIANGAU"}, {6471021005, "MARGO MULYO"}, {6471021006, "MARGA SARI"}}},
        {647103, "BALIKPAPAN UTARA", 254, 132229, {38436, 12156, 22351},
         {{6471031001, "BATU AMPAR"}, {6471031002, "GUNUNGSAMARINDA"}, {6471031003, "KARANG JOANG"},
          {6471031004, "MUARARAPAK"}, {6471031005, "GUNUNGSAMARINDA BARU"}, {6471031006, "GRAHA INDAH"}}},
        {647104, "BALIKPAPAN TENGAH", 145, 76393, {26404, 7344, 10656},
         {{6471041001, "GUNUNGSARI ULU"}, {6471041002, "GUNUNGSARI ILIR"}, {6471041003, "KARANG REJO"},
          {6471041004, "KARANG JATI"}, {6471041005, "MEKAR SARI"}, {6471041006, "SUMBER REJO"}}},
        {647105, "BALIKPAPAN SELATAN", 214, 112361, {33271, 9390, 19128},
         {{6471051002, "SEPINGGAN"}, {6471051006, "GUNUNGBAHAGIA"}, {6471051008, "SEPINGGAN BARU"},
          {6471051009, "SEPINGGAN RAYA"}, {6471051010, "SUNGAINANGKA"}, {6471051011, "DAMAI BARU"},
          {6471051012, "DAMAI BAHAGIA"}}},
        {647106, "BALIKPAPAN KOTA", 114, 61055, {21179, 5572, 8520},
         {{6471061001, "PRAPATAN"}, {6471061002, "TELAGA SARI"}, {6471061003, "KLANDASAN ULU"},
          {6471061004, "KLANDASAN ILIR"}, {6471061005, "DAMAI"}}},
    };
    constexpr std::uint64_t dpt_city = 520986;
    constexpr std::uint64_t mayor_invalid_city = 16278;
    constexpr std::uint64_t gov_1 = 126905, gov_2 = 172057;

    // ---- per district: DPT and invalid mayor votes ----
    std::vector<std::uint64_t> dps_w, valid_w;
    for (const auto& d : ds) {
        dps_w.push_back(d.dps);
        valid_w.push_back(std::uint64_t{d.mayor[0]} + d.mayor[1] + d.mayor[2]);
    }
    const auto dpt_d = split(dpt_city, dps_w);
    const auto inv_d = split(mayor_invalid_city, valid_w);

    struct tps {
        std::uint64_t code;
        std::size_t district;
        std::uint32_t dpt_l, dpt_p, dptb_l, dptb_p, dis_l, dis_p;
        std::uint32_t u_dpt_l, u_dpt_p, u_dptb_l, u_dptb_p, u_dpk_l, u_dpk_p, u_dis_l, u_dis_p;
        std::uint32_t participants, returned;
        std::array<std::uint32_t, 4> mayor;  // 3 candidates + invalid
        std::array<std::uint32_t, 3> gov;    // 2 candidates + invalid
    };
    std::vector<tps> all;

    // A TPS whose DPT turnout is exactly 100 % (voters.copied_row): generated so, and counted.
    const std::size_t copied_tps = 301;

    for (std::size_t di = 0; di < ds.size(); ++di) {
        const auto& d = ds[di];
        // TPS per village: random weights, at least 1 each.
        std::vector<std::uint64_t> vw;
        for (std::size_t v = 0; v < d.villages.size(); ++v) vw.push_back(static_cast<std::uint64_t>(r.between(50, 150)));
        auto per_village = split(static_cast<std::uint64_t>(d.tps - static_cast<int>(d.villages.size())), vw);
        const std::size_t first = all.size();
        for (std::size_t v = 0; v < d.villages.size(); ++v)
            for (std::uint64_t n = 1; n <= per_village[v] + 1; ++n) {
                tps t{};
                t.code = d.villages[v].code * 1000 + n;
                t.district = di;
                all.push_back(t);
            }
        const std::size_t count = all.size() - first;
        // DPT per TPS: around the district mean, never above 600 (the Pilkada ceiling), exact sum.
        const std::int64_t mean = static_cast<std::int64_t>(dpt_d[di] / count);
        std::vector<std::int64_t> dpt(count);
        std::int64_t sum = 0;
        for (auto& x : dpt) {
            x = std::clamp<std::int64_t>(mean + r.between(-80, 50), 300, 600);
            sum += x;
        }
        for (std::size_t k = 0; sum != static_cast<std::int64_t>(dpt_d[di]); k = (k + 1) % count) {
            if (sum < static_cast<std::int64_t>(dpt_d[di]) && dpt[k] < 600) ++dpt[k], ++sum;
            else if (sum > static_cast<std::int64_t>(dpt_d[di]) && dpt[k] > 300) --dpt[k], --sum;
        }
        for (std::size_t k = 0; k < count; ++k) {
            auto& t = all[first + k];
            t.dpt_l = static_cast<std::uint32_t>(dpt[k] * r.between(480, 520) / 1000);
            t.dpt_p = static_cast<std::uint32_t>(dpt[k]) - t.dpt_l;
            t.dptb_l = static_cast<std::uint32_t>(r.between(0, 3));
            t.dptb_p = static_cast<std::uint32_t>(r.between(0, 3));
            t.dis_l = static_cast<std::uint32_t>(r.between(0, 4));
            t.dis_p = static_cast<std::uint32_t>(r.between(0, 4));
        }
        // Participants: the district's official total, split in proportion to DPT x turnout noise.
        const std::uint64_t p_d = valid_w[di] + inv_d[di];
        std::uint64_t fixed = 0;
        std::vector<std::uint64_t> pw(count);
        for (std::size_t k = 0; k < count; ++k) {
            auto& t = all[first + k];
            if (first + k == copied_tps) {
                t.participants = t.dpt_l + t.dpt_p + t.dptb_l + t.dptb_p + 2;
                fixed += t.participants;
                pw[k] = 0;
            } else {
                pw[k] = (t.dpt_l + t.dpt_p) * static_cast<std::uint64_t>(r.between(85, 115));
            }
        }
        const auto pt = split(p_d - fixed, pw);
        std::array<std::uint64_t, 4> urn{d.mayor[0], d.mayor[1], d.mayor[2], inv_d[di]};
        for (std::size_t k = 0; k < count; ++k) {
            auto& t = all[first + k];
            if (first + k != copied_tps) t.participants = static_cast<std::uint32_t>(pt[k]);
            const bool copied = first + k == copied_tps;
            t.u_dptb_l = copied ? t.dptb_l : static_cast<std::uint32_t>(r.between(0U, t.dptb_l));
            t.u_dptb_p = copied ? t.dptb_p : static_cast<std::uint32_t>(r.between(0U, t.dptb_p));
            const std::uint32_t dpk = copied ? 2 : static_cast<std::uint32_t>(r.between(0, 3));
            t.u_dpk_l = static_cast<std::uint32_t>(r.between(0U, dpk));
            t.u_dpk_p = dpk - t.u_dpk_l;
            const std::uint32_t u_dpt = t.participants - t.u_dptb_l - t.u_dptb_p - dpk;
            if (u_dpt > t.dpt_l + t.dpt_p) {
                std::fprintf(stderr, "turnout above DPT at %llu\n", static_cast<unsigned long long>(t.code));
                return 1;
            }
            std::array<std::uint64_t, 2> sexes{t.dpt_l, t.dpt_p};
            const auto u = draw(r, sexes, u_dpt);
            t.u_dpt_l = u[0];
            t.u_dpt_p = u[1];
            t.u_dis_l = static_cast<std::uint32_t>(r.between(0U, t.dis_l));
            t.u_dis_p = static_cast<std::uint32_t>(r.between(0U, t.dis_p));
            t.returned = static_cast<std::uint32_t>(r.between(0, 2));
            const auto m = draw(r, urn, t.participants);
            t.mayor = {m[0], m[1], m[2], m[3]};
        }
    }
    // Governor: one city urn; its invalid votes are what the common participants leave.
    std::uint64_t participants_city = 0;
    for (const auto& t : all) participants_city += t.participants;
    std::array<std::uint64_t, 3> gurn{gov_1, gov_2, participants_city - gov_1 - gov_2};
    const std::uint64_t gov_invalid = gurn[2];
    for (auto& t : all) {
        const auto g = draw(r, gurn, t.participants);
        t.gov = {g[0], g[1], g[2]};
    }

    // ---- the sheets, as clean values ----
    std::vector<std::array<std::uint32_t, width>> rows;
    for (const auto& t : all)
        for (int contest = 0; contest < 2; ++contest) {
            // The counts of the sheet; the one sheet builder writes the rest (tools/synthetic).
            suara::synthetic::tps_counts c;
            c.contest = contest == 0 ? suara::kontes::pkwkp : suara::kontes::pkwkk;
            c.dpt_l = t.dpt_l, c.dpt_p = t.dpt_p, c.dptb_l = t.dptb_l, c.dptb_p = t.dptb_p;
            c.dpk_l = t.u_dpk_l, c.dpk_p = t.u_dpk_p;  // the DPK is the unregistered who came
            c.voted_dpt_l = t.u_dpt_l, c.voted_dpt_p = t.u_dpt_p, c.voted_dptb_l = t.u_dptb_l, c.voted_dptb_p = t.u_dptb_p;
            c.voted_dpk_l = t.u_dpk_l, c.voted_dpk_p = t.u_dpk_p;
            c.dis_l = t.dis_l, c.dis_p = t.dis_p, c.voted_dis_l = t.u_dis_l, c.voted_dis_p = t.u_dis_p;
            c.returned = t.returned;
            c.incidents_written = false;
            if (contest == 0) {
                c.candidates = 2;
                c.votes[0] = t.gov[0], c.votes[1] = t.gov[1];
                c.invalid = t.gov[2];
            } else {
                c.candidates = 3;
                c.votes[0] = t.mayor[0], c.votes[1] = t.mayor[1], c.votes[2] = t.mayor[2];
                c.invalid = t.mayor[3];
            }
            if (suara::synthetic::voted(c) != t.participants) {
                std::fprintf(stderr, "participants do not add up at %llu\n", static_cast<unsigned long long>(t.code));
                return 1;
            }
            const auto s = suara::synthetic::sheet_of<suara::pilkada_2024>(c, *suara::tps_code::from_number(t.code));
            std::array<std::uint32_t, width> v{};
            for (std::size_t f = 0; f < stored_fields; ++f) v[f] = s.figures[f];
            for (std::size_t k = 0; k < 3; ++k) v[stored_fields + k] = k < c.candidates ? s.votes[k] : missing;
            rows.push_back(v);
        }

    // ---- deliberate defects: one sheet per rule of sections A and B ----
    // Rows: 2*i is TPS i's governor sheet (pkwkp), 2*i+1 its mayor sheet (pkwkk).
    std::vector<defect> defects;
    auto col = [](field f) { return suara::index(f); };
    auto add = [&](std::size_t row, field f, std::int64_t delta, std::string_view what, std::string_view rules) {
        defects.push_back({row, col(f), static_cast<std::uint32_t>(rows[row][col(f)] + delta), what, rules});
    };
    auto set_incident = [&](std::size_t row, field f, std::uint32_t x, std::string_view what, std::string_view rules) {
        defects.push_back({row, col(f), x, what, rules});
    };
    // A. arithmetic
    add(21, field::pemilih_disabilitas_j, +1, "J disabilitas = L + P + 1", "voters.sex_sum");
    add(143, field::pemilih_dpk_l, +1, "DPK L +1 on both rows (registered and voting), totals unchanged",
        "voters.category_sum");
    add(143, field::pemilih_dpk_j, +1, "", "");
    add(143, field::pengguna_dpk_l, +1, "", "");
    add(143, field::pengguna_dpk_j, +1, "", "");
    {
        const std::size_t row = 265;
        const auto u = rows[row][col(field::pengguna_dpt_l)];
        const auto reg = rows[row][col(field::pemilih_dpt_l)];
        add(row, field::pemilih_dpt_l, static_cast<std::int64_t>(u) - 5 - reg,
            "registered DPT L written 5 below the DPT L voters (J follows)", "voters.dpt_turnout, ballots.allocation");
        add(row, field::pemilih_dpt_j, static_cast<std::int64_t>(u) - 5 - reg, "", "");
    }
    {
        // one DPT voter recorded as DPTb: DPTb voters exceed the DPTb registered
        const std::size_t row = 387;
        const auto reg = rows[row][col(field::pemilih_dptb_l)];
        const auto used = rows[row][col(field::pengguna_dptb_l)];
        const std::int64_t shift = static_cast<std::int64_t>(reg) - used + 1;
        add(row, field::pengguna_dptb_l, shift, "DPTb L voters written above the DPTb L registered, DPT L lowered to match",
            "voters.registered_turnout");
        add(row, field::pengguna_dptb_j, shift, "", "");
        add(row, field::pengguna_dpt_l, -shift, "", "");
        add(row, field::pengguna_dpt_j, -shift, "", "");
    }
    add(509, field::surat_tidak_digunakan, +10, "unused ballots 10 too many", "ballots.balance");
    add(631, field::surat_digunakan, +1, "used ballots +1, unused -1 (balance holds)", "ballots.used_vs_voters");
    add(631, field::surat_tidak_digunakan, -1, "", "");
    add(753, field::surat_diterima, +6, "6 surplus ballots received and left unused (as reported in Balikpapan)",
        "ballots.allocation");
    add(753, field::surat_tidak_digunakan, +6, "", "");
    defects.push_back({875, suara::field_count, rows[875][stored_fields] + 10,
                       "suara_1 10 above what the valid votes allow", "votes.valid_sum"});
    add(997, field::suara_total, +1, "total votes +1", "votes.total_sum");
    add(1119, field::suara_tidak_sah, +3, "invalid and total votes +3", "votes.vs_voters");
    add(1119, field::suara_total, +3, "", "");
    {
        // The 2024 OCR misread: a candidate's figure read with an extra digit (64 -> 641 style).
        const std::size_t row = 1241;
        const auto c2 = rows[row][stored_fields + 1];
        defects.push_back({row, suara::field_count + 1, c2 * 10 + 7,
                           "suara_2 read with an extra trailing digit 7",
                           "votes.valid_sum, votes.over_supply, record.digit_slip"});
    }
    add(1363, field::pemilih_dpt_l, +120, "registered DPT L +120 (J follows): above the 600 ceiling",
        "tps.capacity, ballots.allocation");
    add(1363, field::pemilih_dpt_j, +120, "", "");
    set_incident(1485, field::pemilih_disabilitas_l, missing, "disability rows left empty", "record.incomplete");
    set_incident(1485, field::pemilih_disabilitas_p, missing, "", "");
    set_incident(1485, field::pemilih_disabilitas_j, missing, "", "");
    // B. incidents (clean sheets leave every kejadian_* field unreported)
    set_incident(100, field::kejadian_kotak_dibuka, 1, "ballot box opened against procedure", "psu.ballot_box_opened");
    set_incident(222, field::kejadian_tanda_khusus, 1, "KPPS asked a voter to mark a used ballot", "psu.voter_marked_ballot");
    set_incident(344, field::kejadian_surat_dirusak, 2, "KPPS destroyed 2 used ballots", "psu.ballots_destroyed");
    set_incident(466, field::kejadian_memilih_ganda, 2, "2 persons voted twice", "psu.multiple_voting");
    set_incident(588, field::kejadian_tidak_terdaftar, 2, "2 unregistered persons voted", "psu.unregistered_voting");
    set_incident(710, field::kejadian_memilih_ganda, 1,
                 "1 person voted twice: below the Pilkada threshold (would fire under Pemilu 2024)", "(none)");
    set_incident(832, field::kejadian_gangguan, 3, "security disturbance (keamanan): the results cannot be used",
                 "psu.disturbance");
    set_incident(832, field::kejadian_hasil_tidak_dapat_digunakan, 1, "", "");
    set_incident(954, field::kejadian_gangguan, 2, "riot (kerusuhan) stopped part of the stages", "continued.partial");
    set_incident(954, field::kejadian_gangguan_tahap, 1, "", "");
    set_incident(1076, field::kejadian_gangguan, 3, "security disturbance (keamanan) stopped all stages", "follow_up.all");
    set_incident(1076, field::kejadian_gangguan_tahap, 2, "", "");
    set_incident(1198, field::kejadian_hitung_tertutup, 1, "counted behind closed doors", "recount.closed");
    set_incident(1320, field::kejadian_kurang_terang, 1, "counted in insufficient light", "recount.dim_light");
    set_incident(1442, field::kejadian_suara_tidak_jelas, 1, "results announced unclearly", "recount.unclear_voice");
    set_incident(1564, field::kejadian_tulisan_tidak_jelas, 1, "results written illegibly", "recount.unclear_writing");
    set_incident(1686, field::kejadian_tidak_dapat_disaksikan, 1, "witnesses could not watch", "recount.not_observable");
    set_incident(1808, field::kejadian_tempat_waktu_lain, 1, "counted at another place", "recount.other_place_time");
    set_incident(1930, field::kejadian_sah_tidak_konsisten, 1, "validity decided inconsistently",
                 "recount.inconsistent_validity");

    // ---- write the header ----
    std::string out;
    auto put = [&](std::string_view s) { out += s; };
    auto num = [&](std::uint64_t x) { out += std::to_string(x); };
    put("// suara — embedded data set: Kota Balikpapan, Pilkada 27 November 2024 (996 TPS x 2 contests).\n");
    put("// Distributed under the Boost Software License, Version 1.0.\n");
    put("//\n// GENERATED by tools/generators/balikpapan_2024.cpp (seed ");
    num(seed);
    put("); do not edit: regenerate with\n");
    put("//     balikpapan_2024 > tools/demo/suara_demo/balikpapan_2024.hpp\n");
    put("// A test (example.balikpapan_2024_generator) checks that the generator reproduces this file.\n//\n");
    put("// OFFICIAL, from KPU Kota Balikpapan (DPT and TPS of 19 September 2024; the mayor's results,\n");
    put("// Keputusan KPU Kota Balikpapan 411/2024 of 6 December 2024) and the KPU Kaltim recap of the\n");
    put("// governor election, as reported by borneoflash.com, kaltim.tribunnews.com and wartajuara.com,\n");
    put("// reproduced exactly over the clean values: the 6\n");
    put("// districts and 34 villages (codes, names: data/wilayah/regions.tsv.gz), TPS per district\n");
    put("// (139/130/254/145/214/114 = 996), DPT 520,986, the mayor's votes per district and candidate\n");
    put("// (177,290 / 45,668 / 76,187; the Timur figures of No. 2 and 3 are the total minus the other five),\n");
    put("// the mayor's invalid votes 16,278, the governor's city totals 126,905 and 172,057.\n");
    put("// GENERATED, NOT OFFICIAL: TPS per village, DPT per district (split by the official DPS) and per\n");
    put("// TPS (none above 600), every sex and voter-category split, ballots (received = DPT + DPTb +\n");
    put("// the rounded 2.5 % reserve of pilkada_2024), all per-TPS votes, the per-district invalid mayor\n");
    put("// votes, and the governor's invalid votes (");
    num(gov_invalid);
    put(": both contests are given the same participants).\n");
    put("// TPS ");
    num(all[copied_tps].code);
    put(" (rows ");
    num(2 * copied_tps);
    put(" and ");
    num(2 * copied_tps + 1);
    put(") has 100 % DPT turnout by generation, so voters.copied_row (a warning)\n");
    put("// must fire on both its sheets; it is part of the official totals.\n//\n");
    put("// DELIBERATE DEFECTS. `sheet_values` holds what the KPPS wrote; the sheets below carry a defect\n");
    put("// so that the default report shows what the rules find. `defects` lists each changed cell with\n");
    put("// its clean value; `clean_batch()` undoes them, and the official totals hold over it. Clean\n");
    put("// sheets leave every kejadian_* field unreported (missing = not reported, never a finding).\n");
    put("//   row  kode_tps       kontes  defect -> rules that must fire\n");
    for (const auto& d : defects) {
        if (d.what.empty()) continue;
        char line[512];
        std::snprintf(line, sizeof line, "//   %4zu %llu  %s   %.*s -> %.*s\n", d.row,
                      static_cast<unsigned long long>(all[d.row / 2].code), d.row % 2 == 0 ? "pkwkp" : "pkwkk",
                      static_cast<int>(d.what.size()), d.what.data(), static_cast<int>(d.rules.size()), d.rules.data());
        put(line);
    }
    put("#ifndef SUARA_DEMO_BALIKPAPAN_2024_HPP\n#define SUARA_DEMO_BALIKPAPAN_2024_HPP\n\n");
    put("#include <array>\n#include <cstddef>\n#include <cstdint>\n#include <string_view>\n\n");
    put("#include <suara/form/batch.hpp>\n#include <suara/core/kontes.hpp>\n#include <suara/core/text.hpp>\n"
        "#include <suara/core/tps_code.hpp>\n");
    put("#include <suara/form/field.hpp>\n#include <suara/form/sheet.hpp>\n\n");
    put("namespace suara::data::balikpapan_2024 {\n\n");
    put("struct region {\n    std::uint64_t code;\n    std::string_view name;\n};\n");
    put("struct candidate {\n    std::uint8_t number;\n    std::string_view name;\n};\n\n");
    put("inline constexpr region city{6471, \"KOTA BALIKPAPAN\"};\n");
    put("inline constexpr region province{64, \"KALIMANTAN TIMUR\"};\n\n");
    // What the data set is, said at the top of every report of it: the codes and names are real,
    // the sheets are not (reports of it must not be read as findings about real TPS).
    std::size_t firing = 0;
    for (const auto& d : defects) firing += !d.what.empty() && d.rules != "(none)" ? 1 : 0;
    put("/// What this data set is. suara-audit states it at the top of every report of it, in both\n"
        "/// languages: the TPS codes and village names are real, the sheets are generated.\n");
    put("inline constexpr std::string_view data_set_name = \"balikpapan_2024 (suara_demo/balikpapan_2024.hpp)\";\n");
    put("inline constexpr bool synthetic = true;\n");
    put("/// Sheets with a deliberate defect that the rules must flag (one more is planted below a threshold).\n");
    put("inline constexpr std::size_t planted_defect_count = ");
    num(firing);
    put(";\ninline constexpr bilingual synthetic_note{\n");
    put("    \"DATA SINTETIS: lembar-lembar ini dibangkitkan oleh suara (dikalibrasi ke total resmi kota dan \"\n"
        "    \"kecamatan, dengan ");
    num(firing);
    put(" cacat yang sengaja ditanam) di atas kode TPS dan nama kelurahan yang nyata; temuan dalam \"\n"
        "    \"laporan ini bukan temuan atas TPS yang sebenarnya.\",\n");
    put("    \"SYNTHETIC DATA: these sheets were generated by suara (calibrated to the official city and district \"\n"
        "    \"totals, with ");
    num(firing);
    put(" planted defects) on real TPS codes and village names; a finding in this report is not a \"\n"
        "    \"finding about a real polling station.\"};\n");
    put("inline constexpr std::array<region, 6> districts{{\n");
    for (const auto& d : ds) {
        put("    {");
        num(d.code);
        put(", \"");
        put(d.name);
        put("\"},\n");
    }
    put("}};\ninline constexpr std::array<region, 34> villages{{\n");
    for (const auto& d : ds)
        for (const auto& v : d.villages) {
            put("    {");
            num(v.code);
            put(", \"");
            put(v.name);
            put("\"},\n");
        }
    put("}};\n\n");
    put("/// Candidate pairs in ballot order, as on the 2024 ballots.\n");
    put("inline constexpr std::array<candidate, 2> governor{{{1, \"Isran Noor - Hadi Mulyadi\"}, {2, \"Rudy Mas'ud - Seno Aji\"}}};\n");
    put("inline constexpr std::array<candidate, 3> mayor{{{1, \"Rahmad Mas'ud - Bagus Susetyo\"},\n"
        "                                                {2, \"Rendi Susiswo Ismail - Eddy Sunardi Darmawan\"},\n"
        "                                                {3, \"Muhammad Sa'bani - Syukri Wahid\"}}};\n\n");
    put("// Official figures (KPU Kota Balikpapan, KPU Kaltim: see the top), kept here so that tests and examples can compare.\n");
    put("inline constexpr std::size_t tps_count = 996;\n");
    put("inline constexpr std::uint64_t dpt_total = 520986;\n");
    put("inline constexpr std::array<std::uint64_t, 2> governor_votes{126905, 172057};\n");
    put("inline constexpr std::array<std::uint64_t, 3> mayor_votes{177290, 45668, 76187};\n");
    put("inline constexpr std::uint64_t mayor_invalid = 16278;\n");
    put("/// Mayor's votes per district, in `districts` order (Timur No. 2 and 3 DERIVED in the reference).\n");
    put("inline constexpr std::array<std::array<std::uint64_t, 3>, 6> mayor_votes_by_district{{\n");
    for (const auto& d : ds) {
        put("    {");
        num(d.mayor[0]);
        put(", ");
        num(d.mayor[1]);
        put(", ");
        num(d.mayor[2]);
        put("},\n");
    }
    put("}};\ninline constexpr std::array<std::size_t, 6> tps_by_district{");
    for (std::size_t i = 0; i < ds.size(); ++i) {
        if (i) put(", ");
        num(static_cast<std::uint64_t>(ds[i].tps));
    }
    put("};\n/// GENERATED, not official: the governor's invalid votes.\n");
    put("inline constexpr std::uint64_t governor_invalid = ");
    num(gov_invalid);
    put(";\n\n");
    put("/// Stored columns per sheet: fields pemilih_dpt_l ... suara_total, then suara_1..3;\n");
    put("/// 0xFFFF = missing (the governor's suara_3: two pairs only).\n");
    put("inline constexpr std::size_t stored_fields = ");
    num(stored_fields);
    put(";\ninline constexpr std::size_t row_width = ");
    num(width);
    put(";\ninline constexpr std::uint16_t missing_value = 0xFFFF;\n\n");
    put("/// The 996 TPS codes; sheet rows 2i (pkwkp) and 2i+1 (pkwkk) belong to TPS i.\n");
    put("inline constexpr std::array<std::uint64_t, tps_count> tps_codes{\n");
    for (std::size_t i = 0; i < all.size(); ++i) {
        put(i % 6 == 0 ? "    " : " ");
        num(all[i].code);
        put(",");
        if (i % 6 == 5 || i + 1 == all.size()) put("\n");
    }
    put("};\n\n");
    // Apply the written (defective) values.
    auto written = rows;
    // In-row position of a defect's column (kejadian_* are not stored in the rows).
    auto in_row = [](std::size_t column) -> std::size_t {
        if (column < stored_fields) return column;
        if (column >= suara::field_count) return stored_fields + (column - suara::field_count);
        return width;
    };
    for (const auto& d : defects)
        if (in_row(d.column) < width) written[d.row][in_row(d.column)] = d.written;
    put("/// What the KPPS wrote, per sheet row (defects included).\n");
    put("inline constexpr std::uint16_t sheet_values[tps_count * 2][row_width] = {\n");
    for (const auto& v : written) {
        put("    {");
        for (std::size_t k = 0; k < width; ++k) {
            if (k) put(",");
            num(v[k] == missing ? 0xFFFF : v[k]);
        }
        put("},\n");
    }
    put("};\n\n");
    put("/// A changed cell: `column` is a field index (kejadian_* included) or field_count + i for suara_(i+1).\n");
    put("struct defect {\n    std::uint16_t row;\n    std::uint8_t column;\n    std::uint16_t clean;\n"
        "    std::uint16_t written;\n};\n");
    put("/// Every deliberate defect (see the comment at the top); kejadian_* cells are clean when missing.\n");
    put("inline constexpr std::array<defect, ");
    num(defects.size());
    put("> defects{{\n");
    for (const auto& d : defects) {
        const std::uint32_t clean = in_row(d.column) < width ? rows[d.row][in_row(d.column)] : missing;
        put("    {");
        num(d.row);
        put(", ");
        num(d.column);
        put(", ");
        num(clean == missing ? 0xFFFF : clean);
        put(", ");
        num(d.written == missing ? 0xFFFF : d.written);
        put("},\n");
    }
    put("}};\n");
    put("/// Rows that carry a defect, with the catalogue keys that must fire on them.\n");
    put("struct planted {\n    std::uint16_t row;\n    std::string_view rules;\n};\n");
    std::size_t nplanted = 0;
    for (const auto& d : defects) nplanted += d.what.empty() ? 0 : 1;
    nplanted += 2;
    put("inline constexpr std::array<planted, ");
    num(nplanted);
    put("> planted_defects{{\n");
    for (std::size_t row : {2 * copied_tps, 2 * copied_tps + 1}) {
        put("    {");
        num(row);
        put(", \"voters.copied_row\"},\n");
    }
    for (const auto& d : defects) {
        if (d.what.empty()) continue;
        put("    {");
        num(d.row);
        put(", \"");
        put(d.rules);
        put("\"},\n");
    }
    put("}};\n\n");
    put(R"(namespace detail {
inline sheet_batch make_batch(bool clean) {
    sheet_batch b;
    b.reserve(tps_count * 2);
    for (std::size_t row = 0; row < tps_count * 2; ++row) {
        const auto code = *tps_code::from_number(tps_codes[row / 2]);
        const bool governor = row % 2 == 0;
        const std::size_t n = governor ? 2 : 3;
        const std::size_t r = b.append_missing(code, governor ? kontes::pkwkp : kontes::pkwkk, n, false);
        for (std::size_t f = 0; f < stored_fields; ++f) {
            const auto v = sheet_values[row][f];
            b.column(static_cast<field>(f))[r] = v == missing_value ? missing_figure : v;
        }
        for (std::size_t c = 0; c < n; ++c) {
            const auto v = sheet_values[row][stored_fields + c];
            b.candidate_column(c)[r] = v == missing_value ? missing_figure : v;
        }
    }
    for (const auto& d : defects) {
        const auto v = clean ? d.clean : d.written;
        const std::uint32_t x = v == missing_value ? missing_figure : v;
        if (d.column < field_count) b.column(static_cast<field>(d.column))[d.row] = x;
        else b.candidate_column(d.column - field_count)[d.row] = x;
    }
    return b;
}
}  // namespace detail

/// The 1,992 sheets as written, deliberate defects included (what suara-audit shows by default).
[[nodiscard]] inline sheet_batch batch() { return detail::make_batch(false); }
/// The same sheets with every deliberate defect undone: the official totals hold over these.
[[nodiscard]] inline sheet_batch clean_batch() { return detail::make_batch(true); }

/// Name of the city, a district or a village by its code; empty when unknown.
[[nodiscard]] constexpr std::string_view region_name(std::uint64_t code) noexcept {
    if (code == city.code) return city.name;
    if (code == province.code) return province.name;
    for (const auto& d : districts)
        if (d.code == code) return d.name;
    for (const auto& v : villages)
        if (v.code == code) return v.name;
    return {};
}

/// Candidate names of a contest (empty for contests not held here).
[[nodiscard]] constexpr std::string_view candidate_name(kontes k, std::size_t ballot_number) noexcept {
    if (k == kontes::pkwkp && ballot_number >= 1 && ballot_number <= governor.size()) return governor[ballot_number - 1].name;
    if (k == kontes::pkwkk && ballot_number >= 1 && ballot_number <= mayor.size()) return mayor[ballot_number - 1].name;
    return {};
}

}  // namespace suara::data::balikpapan_2024

#endif  // SUARA_DEMO_BALIKPAPAN_2024_HPP
)");
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
