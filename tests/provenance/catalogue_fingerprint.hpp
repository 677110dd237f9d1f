// The behavioural fingerprint of the rule catalogue: what check_sheet, the incident grounds, the
// roll-up checkers and describe<R> do on a fixed corpus, hashed deterministically. The catalogue's
// version (suara/version.hpp) is recorded with the fingerprint of its behaviour; a change to a
// rule's condition, severity or outcome changes the fingerprint, and the test then asks for a new
// version.
//
// The corpus is generated here, from a seeded counter and the one sheet builder of
// tools/synthetic (no test fixture, so that editing a fixture cannot move the fingerprint; a
// change to the builder that moves it changes every generated sheet, and shows here):
//  - consistent sheets over a range of sizes, turnouts and list mixes, built under each regime's
//    own allocation and checked under both regimes;
//  - every field and candidate column of three consistent sheets perturbed (+1, -1, x10 + 1,
//    0, missing, huge): every identity broken, every input missing;
//  - thresholds at and around their values: ballots received swept around DPT + DPTb + reserve,
//    DPT swept across the capacity ceilings, DPT voters = DPT registered swept (voters.copied_row);
//  - incident reports: every entry alone at every value, every pair of entries, every disturbance
//    kind with every stage, on a consistent sheet (check_sheet) and on their own (has_ground and
//    obliges for PSU, recount, continued and follow-up voting);
//  - 20,000 seeded random sheets, consistent or near it, with random incidents;
//  - the roll-up rules on a small city (recap figures equal, off by one, missing; expected TPS
//    present and absent);
//  - legislative sheets (DPR, DPRD, DPD), consistent and with every party and candidate figure
//    perturbed (check_legislative), and the sheets of one TPS with every compared figure perturbed
//    (check_tps_contests);
//  - describe<R>(id) for every rule id: key, section, severity, outcome, mandatory, applies.
// What is hashed of a finding: its key, severity, outcome, and the inputs it found missing (a
// message, a citation or a figure's name can change without a new catalogue version).
#ifndef SUARA_TESTS_PROVENANCE_CATALOGUE_FINGERPRINT_HPP
#define SUARA_TESTS_PROVENANCE_CATALOGUE_FINGERPRINT_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include <suara/form/batch.hpp>
#include <suara/form/legislative_sheet.hpp>
#include <suara/bulk/rollup.hpp>
#include <suara/core/kontes.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/law/condition_set.hpp>
#include <suara/form/incident_report.hpp>
#include <suara/law/regime.hpp>
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/tally/catalogue.hpp>
#include <suara/form/field.hpp>
#include <suara/form/rule_id.hpp>
#include <suara/tally/legislative_rules.hpp>
#include <suara/tally/rules.hpp>
#include <suara/form/sheet.hpp>

#include <suara_synthetic/rng.hpp>
#include <suara_synthetic/sheet.hpp>

namespace suara::fingerprint {

/// FNV-1a, 64 bits: a fingerprint, not a security hash. Bytes in a fixed order, integers little
/// endian, texts length first, so the value is the same on every compiler and platform.
class fnv1a {
public:
    constexpr void byte(std::uint8_t b) noexcept { h_ = (h_ ^ b) * 0x100000001b3ULL; }
    constexpr void u32(std::uint32_t v) noexcept {
        for (int i = 0; i < 4; ++i) byte(static_cast<std::uint8_t>(v >> (8 * i)));
    }
    constexpr void u64(std::uint64_t v) noexcept {
        for (int i = 0; i < 8; ++i) byte(static_cast<std::uint8_t>(v >> (8 * i)));
    }
    constexpr void text(std::string_view s) noexcept {
        u32(static_cast<std::uint32_t>(s.size()));
        for (char c : s) byte(static_cast<std::uint8_t>(c));
    }
    [[nodiscard]] constexpr std::uint64_t value() const noexcept { return h_; }

private:
    std::uint64_t h_ = 0xcbf29ce484222325ULL;
};

/// The corpus's only source of variety (splitmix64, tools/synthetic).
using counter_rng = synthetic::rng;

/// A TPS described by its lists and voters; `sheet_of` writes it as a consistent sheet.
struct tps_shape {
    std::uint32_t dpt_l = 103, dpt_p = 98, dptb_l = 2, dptb_p = 1, dpk_l = 11, dpk_p = 5;  // registered
    std::uint32_t voted_dpt_l = 62, voted_dpt_p = 73, voted_dptb_l = 0, voted_dptb_p = 0;  // DPK: all voted
    std::uint32_t dis_l = 2, dis_p = 1, voted_dis_l = 1, voted_dis_p = 1;
    std::uint32_t returned = 2, invalid = 1;
    std::optional<std::uint32_t> received;  ///< empty: the allocation of the building regime
    std::uint8_t candidates = 2;
    std::uint32_t split = 17;  ///< how the valid votes are shared (a seed)
    kontes contest = kontes::pkwkk;
};

/// The sheet of `t`, consistent except where `t` itself is not (an explicit `received`): its
/// counts, with every DPK voter voting and the valid votes shared by `split`, written by the one
/// sheet builder (tools/synthetic).
template <class Build>
sheet sheet_of(const tps_shape& t, std::uint64_t code) {
    synthetic::tps_counts c;
    c.contest = t.contest;
    c.dpt_l = t.dpt_l, c.dpt_p = t.dpt_p, c.dptb_l = t.dptb_l, c.dptb_p = t.dptb_p, c.dpk_l = t.dpk_l, c.dpk_p = t.dpk_p;
    c.voted_dpt_l = t.voted_dpt_l, c.voted_dpt_p = t.voted_dpt_p, c.voted_dptb_l = t.voted_dptb_l;
    c.voted_dptb_p = t.voted_dptb_p, c.voted_dpk_l = t.dpk_l, c.voted_dpk_p = t.dpk_p;
    c.dis_l = t.dis_l, c.dis_p = t.dis_p, c.voted_dis_l = t.voted_dis_l, c.voted_dis_p = t.voted_dis_p;
    c.returned = t.returned;
    c.received = t.received;
    c.invalid = t.invalid <= synthetic::voted(c) ? t.invalid : synthetic::voted(c);
    c.candidates = t.candidates;
    std::uint32_t left = synthetic::valid_votes(c);
    for (std::uint8_t k = 0; k + 1 < t.candidates; ++k) {
        const std::uint32_t share = left == 0 ? 0 : (left * ((t.split + 7U * k) % 61U + 20U)) / 100U;
        c.votes[k] = share;
        left -= share;
    }
    c.votes[t.candidates - 1] = left;
    return synthetic::sheet_of<Build>(c, *tps_code::from_number(code));
}

/// A random, plausible TPS (sizes up to past every capacity ceiling).
inline tps_shape random_shape(counter_rng& r, kontes k) {
    tps_shape t;
    t.contest = k;
    t.candidates = static_cast<std::uint8_t>(is_pemilu(k) ? 3 : 2 + r.below(4));
    const std::uint32_t dpt = r.below(9) == 0 ? r.below(1200) : r.below(650);
    t.dpt_l = dpt / 2 + r.below(3);
    t.dpt_p = dpt - dpt / 2;
    t.dptb_l = r.below(4) == 0 ? r.below(12) : 0;
    t.dptb_p = r.below(4) == 0 ? r.below(12) : 0;
    t.dpk_l = r.below(3) == 0 ? r.below(8) : 0;
    t.dpk_p = r.below(3) == 0 ? r.below(8) : 0;
    const std::uint32_t pct = r.below(6) == 0 ? 100 : 40 + r.below(60);
    t.voted_dpt_l = t.dpt_l * pct / 100;
    t.voted_dpt_p = t.dpt_p * pct / 100;
    t.voted_dptb_l = t.dptb_l == 0 ? 0 : r.below(t.dptb_l + 1);
    t.voted_dptb_p = t.dptb_p == 0 ? 0 : r.below(t.dptb_p + 1);
    t.dis_l = r.below(4);
    t.dis_p = r.below(4);
    t.voted_dis_l = t.dis_l == 0 ? 0 : r.below(t.dis_l + 1);
    t.voted_dis_p = t.dis_p == 0 ? 0 : r.below(t.dis_p + 1);
    t.returned = r.below(4);
    t.invalid = r.below(20);
    t.split = r.below(1000);
    return t;
}

/// The incident entries as 17 dimensions, each with its values (index 0 = not reported).
inline constexpr std::size_t incident_dimensions = 17;
inline constexpr std::array<std::uint8_t, incident_dimensions> incident_values{
    3, 3, 10, 10, 10, 5, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3};
inline constexpr std::array<count_rep, 10> incident_counts{0, 0, 1, 2, 3, 4, 5, 10, 100, 4294967294ULL};

inline incident_report incident_of(const std::array<std::uint8_t, incident_dimensions>& pick) {
    incident_report r;
    auto flag = [&](std::size_t d) -> std::optional<bool> {
        if (pick[d] == 0) return std::nullopt;
        return pick[d] == 2;
    };
    auto num = [&](std::size_t d) -> std::optional<count_rep> {
        if (pick[d] == 0) return std::nullopt;
        return incident_counts[pick[d]];
    };
    r.kotak_dibuka = flag(0);
    r.tanda_khusus = flag(1);
    r.surat_dirusak = num(2);
    r.memilih_ganda = num(3);
    r.tidak_terdaftar = num(4);
    if (pick[5] != 0) r.gangguan_jenis = static_cast<gangguan>(pick[5] - 1);
    if (pick[6] != 0) r.gangguan_tahap_terhenti = static_cast<gangguan_tahap>(pick[6] - 1);
    r.hitung_tertutup = flag(7);
    r.kurang_terang = flag(8);
    r.suara_tidak_jelas = flag(9);
    r.tulisan_tidak_jelas = flag(10);
    r.tidak_dapat_disaksikan = flag(11);
    r.tempat_waktu_lain = flag(12);
    r.sah_tidak_konsisten = flag(13);
    r.hitung_tidak_dapat_dilanjutkan = flag(14);
    r.hitung_tidak_dapat_dilakukan = flag(15);
    r.hasil_tidak_dapat_digunakan = flag(16);
    return r;
}

/// Calls fn(report) for every report of the incident corpus.
template <class Fn>
void for_each_incident_report(Fn&& fn) {
    std::array<std::uint8_t, incident_dimensions> pick{};
    fn(incident_of(pick));  // nothing reported
    for (std::size_t d = 0; d < incident_dimensions; ++d)
        for (std::uint8_t v = 1; v < incident_values[d]; ++v) {
            pick = {};
            pick[d] = v;
            fn(incident_of(pick));
        }
    for (std::size_t a = 0; a < incident_dimensions; ++a)
        for (std::size_t b = a + 1; b < incident_dimensions; ++b)
            for (std::uint8_t va = 1; va < incident_values[a]; ++va)
                for (std::uint8_t vb = 1; vb < incident_values[b]; ++vb) {
                    pick = {};
                    pick[a] = va;
                    pick[b] = vb;
                    fn(incident_of(pick));
                }
    // Every disturbance with every stage, alongside each count at the PSU thresholds.
    for (std::uint8_t g = 0; g < incident_values[5]; ++g)
        for (std::uint8_t t = 0; t < incident_values[6]; ++t)
            for (std::uint8_t c = 0; c < 6; ++c) {
                pick = {};
                pick[5] = g;
                pick[6] = t;
                pick[3] = c;
                pick[4] = static_cast<std::uint8_t>(5 - c);
                fn(incident_of(pick));
            }
}

template <class R>
void hash_findings(fnv1a& h, const sheet& s) {
    check_sheet<R>(s, [&](const finding& f) {
        h.text(f.key());
        h.byte(static_cast<std::uint8_t>(f.level));
        h.byte(static_cast<std::uint8_t>(f.result));
        h.u64(f.missing_fields);
        h.byte(f.missing_candidates ? 1 : 0);
    });
    h.byte(0xA5);  // end of sheet
}

template <class R>
void hash_grounds(fnv1a& h, const incident_report& r) {
    for (auto o : {outcome::psu, outcome::recount, outcome::continued, outcome::follow_up}) {
        h.byte(has_ground<R>(r, o) ? 1 : 0);
        h.byte(obliges<R>(r, o) ? 1 : 0);
    }
}

template <class R>
void hash_descriptions(fnv1a& h) {
    for (std::size_t i = 0; i < rule_count; ++i) {
        const rule_info d = describe<R>(static_cast<rule_id>(i));
        h.text(d.key);
        h.byte(static_cast<std::uint8_t>(d.section));
        h.byte(static_cast<std::uint8_t>(d.level));
        h.byte(static_cast<std::uint8_t>(d.result));
        h.byte(d.mandatory ? 1 : 0);
        h.byte(d.applies ? 1 : 0);
    }
}

/// The sheet corpus built under regime Build, each sheet handed to fn.
template <class Build, class Fn>
void for_each_sheet(Fn&& fn) {
    std::uint64_t code = 6471011001001ULL;
    auto emit = [&](const tps_shape& t) { fn(sheet_of<Build>(t, code++)); };
    const kontes contests[] = {kontes::pkwkp, kontes::pkwkk, kontes::ppwp};

    // Consistent sheets over sizes, turnouts and list mixes.
    for (const kontes k : contests)
        for (std::uint32_t dpt : {0U, 1U, 2U, 7U, 40U, 99U, 100U, 101U, 201U, 299U, 300U, 301U, 499U, 500U, 501U,
                                  599U, 600U, 601U, 799U, 800U, 801U, 1000U}) {
            tps_shape t;
            t.contest = k;
            t.candidates = is_pemilu(k) ? 3 : 2;
            t.dpt_l = dpt / 2;
            t.dpt_p = dpt - dpt / 2;
            t.voted_dpt_l = t.dpt_l * 3 / 4;
            t.voted_dpt_p = t.dpt_p * 2 / 3;
            t.dis_l = t.dis_p = t.voted_dis_l = t.voted_dis_p = 0;
            emit(t);
            t.dptb_l = t.dptb_p = 0;
            t.dpk_l = t.dpk_p = 0;
            t.returned = 0;
            emit(t);
        }

    // Every field and candidate column of three consistent sheets perturbed.
    for (const kontes k : contests) {
        tps_shape t;
        t.contest = k;
        t.candidates = is_pemilu(k) ? 3 : 2;
        const sheet base = sheet_of<Build>(t, code++);
        fn(base);
        for (std::size_t f = 0; f < field_count; ++f)
            for (int how = 0; how < 6; ++how) {
                sheet s = base;
                const std::uint32_t v = s.figures[f];
                switch (how) {
                case 0: s.figures[f] = v + 1; break;
                case 1: s.figures[f] = v == 0 ? 0 : v - 1; break;
                case 2: s.figures[f] = v * 10 + 1; break;
                case 3: s.figures[f] = 0; break;
                case 4: s.figures[f] = missing_figure; break;
                default: s.figures[f] = max_figure / 30; break;
                }
                fn(s);
            }
        for (std::uint8_t c = 0; c < t.candidates; ++c)
            for (int how = 0; how < 5; ++how) {
                sheet s = base;
                const std::uint32_t v = s.votes[c];
                s.votes[c] = how == 0 ? v + 1 : how == 1 ? (v == 0 ? 0 : v - 1) : how == 2 ? v * 10 + 7 : how == 3 ? 0 : missing_figure;
                fn(s);
            }
    }

    // Ballots received around DPT + DPTb + reserve (the allocation threshold of either regime).
    for (std::uint32_t dpt : {1U, 2U, 3U, 19U, 20U, 21U, 39U, 40U, 41U, 49U, 50U, 51U, 79U, 80U, 81U, 199U, 200U, 201U,
                              399U, 400U, 401U, 599U, 600U})
        for (std::uint32_t dptb : {0U, 3U}) {
            const std::uint32_t reg = dpt + dptb;
            for (std::uint32_t extra = 0; extra <= dpt / 16 + 4; ++extra)
                for (const std::int32_t sign : {-1, 1}) {
                    if (sign < 0 && extra == 0) continue;
                    if (sign < 0 && (extra > 3 || extra > reg)) continue;
                    tps_shape t;
                    t.dpt_l = dpt / 2;
                    t.dpt_p = dpt - dpt / 2;
                    t.dptb_l = dptb;
                    t.dptb_p = 0;
                    t.dpk_l = t.dpk_p = 0;
                    t.voted_dpt_l = t.dpt_l / 2;
                    t.voted_dpt_p = t.dpt_p / 2;
                    t.voted_dptb_l = t.voted_dptb_p = 0;
                    t.dis_l = t.dis_p = t.voted_dis_l = t.voted_dis_p = 0;
                    t.returned = 0;
                    t.invalid = 0;
                    t.received = sign > 0 ? reg + extra : reg - extra;
                    t.contest = dpt % 2 == 0 ? kontes::pkwkk : kontes::ppwp;
                    t.candidates = 3;
                    emit(t);
                }
        }

    // DPT across the capacity ceilings, and DPT voters = DPT registered (voters.copied_row).
    for (std::uint32_t dpt = 0; dpt <= 1000; ++dpt) {
        tps_shape t;
        t.dpt_l = dpt / 2;
        t.dpt_p = dpt - dpt / 2;
        t.voted_dpt_l = t.dpt_l;
        t.voted_dpt_p = t.dpt_p;
        t.contest = dpt % 3 == 0 ? kontes::pkwkp : kontes::ppwp;
        t.candidates = dpt % 3 == 0 ? 2 : 3;
        emit(t);
        if (dpt % 5 == 0) {
            t.voted_dpt_l = t.dpt_l == 0 ? 0 : t.dpt_l - 1;
            emit(t);
        }
    }

    // Incident reports on a consistent sheet.
    {
        tps_shape t;
        const sheet base = sheet_of<Build>(t, code++);
        for_each_incident_report([&](const incident_report& r) {
            sheet s = base;
            write_incidents(s, r);
            fn(s);
        });
    }

    // Random sheets, consistent or near it, with random incidents.
    counter_rng r{20241127};
    for (int i = 0; i < 20000; ++i) {
        const kontes k = contests[r.below(3)];
        sheet s = sheet_of<Build>(random_shape(r, k), code++);
        const std::uint32_t changes = r.below(4);
        for (std::uint32_t c = 0; c < changes; ++c) {
            const std::size_t f = r.below(static_cast<std::uint32_t>(index(first_incident_field)));
            const std::uint32_t v = s.figures[f];
            if (v == missing_figure) continue;  // already changed to missing
            switch (r.below(5)) {
            case 0: s.figures[f] = v + 1 + r.below(3); break;
            case 1: s.figures[f] = v > 3 ? v - 1 - r.below(3) : 0; break;
            case 2: s.figures[f] = v * 10 + r.below(10); break;
            case 3: s.figures[f] = missing_figure; break;
            default: s.votes[r.below(static_cast<std::uint32_t>(s.candidate_count()))] += 1 + r.below(9); break;
            }
        }
        if (r.below(5) == 0) {
            std::array<std::uint8_t, incident_dimensions> pick{};
            for (std::size_t d = 0; d < incident_dimensions; ++d)
                if (r.below(4) == 0) pick[d] = static_cast<std::uint8_t>(r.below(incident_values[d]));
            write_incidents(s, incident_of(pick));
        }
        fn(s);
    }
}

/// The legislative corpus: consistent DPR, DPRD Provinsi, DPRD Kab/Kota and DPD sheets over a
/// range of sizes (their administration written by the one sheet builder, the valid votes shared
/// over parties 1, 2, 3, 5, 8 and 18 with 3, 0, 12, 1, 2 and 5 candidates, or over 30 DPD
/// candidates), and every party and candidate figure of them perturbed (+1, x10 + 1, 0, missing).
template <class Fn>
void for_each_legislative_sheet(Fn&& fn) {
    std::uint64_t code = 6471021001001ULL;
    constexpr std::array<std::uint8_t, 6> numbers{1, 2, 3, 5, 8, 18};
    constexpr std::array<std::uint8_t, 6> candidates{3, 0, 12, 1, 2, 5};
    for (const kontes k : {kontes::pdpr, kontes::pdprdp, kontes::pdprdk, kontes::pdpd})
        for (std::uint32_t dpt : {60U, 101U, 201U, 300U}) {
            tps_shape t;
            t.contest = kontes::ppwp;
            t.candidates = 1;
            t.dpt_l = dpt / 2;
            t.dpt_p = dpt - dpt / 2;
            t.voted_dpt_l = t.dpt_l * 3 / 4;
            t.voted_dpt_p = t.dpt_p * 2 / 3;
            const sheet admin = sheet_of<pemilu_2024>(t, code++);
            auto s = legislative_sheet::empty(admin.tps, k, dapil_code{"KALTIM-1"});
            s.admin.figures = admin.figures;
            const std::uint32_t valid = admin.figure(field::suara_sah);
            if (k == kontes::pdpd) {
                s.set_dpd_candidates(30);
                for (std::size_t c = 0; c < 30; ++c) s.set_dpd_votes(c, c + 1 < 30 ? valid / 30 : valid - valid / 30 * 29);
            } else {
                std::uint32_t left = valid;
                for (std::size_t p = 0; p < numbers.size(); ++p) {
                    const std::uint32_t share = p + 1 < numbers.size() ? valid / 6 : left;
                    left -= share;
                    const std::size_t j = s.add_party(party_number{numbers[p]}, candidates[p]);
                    const std::uint32_t own = candidates[p] == 0 ? share : share / 3;
                    s.set_party_votes(j, own).set_party_total(j, share);
                    std::uint32_t rest = share - own;
                    for (std::size_t c = 0; c < candidates[p]; ++c) {
                        const std::uint32_t v = c + 1 < candidates[p] ? rest / 2 : rest;
                        s.set_candidate_votes(j, c, v);
                        rest -= v;
                    }
                }
            }
            fn(s);
            auto perturbed = [&](auto set, std::uint32_t old) {
                for (std::uint32_t v : {old + 1, old * 10 + 1, 0U, missing_figure}) {
                    if (v == old) continue;
                    legislative_sheet c = s;
                    set(c, v);
                    fn(c);
                }
            };
            for (std::size_t j = 0; j < s.party_count(); ++j) {
                perturbed([&](legislative_sheet& c, std::uint32_t v) { c.set_party_total(j, v); }, s.party_total(j));
                perturbed([&](legislative_sheet& c, std::uint32_t v) { c.set_party_votes(j, v); }, s.party_figure(j));
                for (std::size_t c = 0; c < s.party_candidate_count(j); ++c)
                    perturbed([&](legislative_sheet& x, std::uint32_t v) { x.set_candidate_votes(j, c, v); },
                              s.party_candidate_figure(j, c));
            }
            for (std::size_t c = 0; c < s.candidate_count(); c += 7)
                perturbed([&](legislative_sheet& x, std::uint32_t v) { x.set_dpd_votes(c, v); }, s.candidate_figure(c));
        }
}

/// The sheets of one TPS: the five Pemilu contests and the two Pilkada ones, each set from one
/// consistent administration with moved voters, then every compared figure of every sheet
/// perturbed (+1, -1, missing).
template <class Fn>
void for_each_tps_set(Fn&& fn) {
    tps_shape t;
    t.voted_dptb_l = 2, t.voted_dptb_p = 1;
    t.candidates = 1;
    for (const auto& contests : {std::vector<kontes>{kontes::ppwp, kontes::pdpr, kontes::pdpd, kontes::pdprdp, kontes::pdprdk},
                                 std::vector<kontes>{kontes::pkwkp, kontes::pkwkk}}) {
        t.contest = contests[0];
        const sheet base = sheet_of<pemilu_2024>(t, 6471031001001ULL);
        std::vector<sheet> set;
        for (kontes k : contests) {
            sheet s = sheet::empty(base.tps, k, 0);
            s.figures = base.figures;
            set.push_back(s);
        }
        fn(set);
        for (std::size_t i = 0; i < set.size(); ++i)
            for (field f : {field::pemilih_dpt_l, field::pemilih_dpt_p, field::pemilih_dpt_j, field::pengguna_dpt_j,
                            field::pengguna_dptb_j, field::pengguna_dpk_j, field::pengguna_total_j})
                for (int how = 0; how < 3; ++how) {
                    std::vector<sheet> c = set;
                    const std::uint32_t old = c[i].figure(f);
                    if (how == 2) c[i].clear(f);
                    else if (how == 0) c[i].set_raw(f, old + 1);
                    else if (old > 0) c[i].set_raw(f, old - 1);
                    else continue;
                    fn(c);
                    // a missing row, with the total moved
                    if (how == 2 && f != field::pengguna_total_j) {
                        c[i].set_raw(field::pengguna_total_j, c[i].figure(field::pengguna_total_j) + 1);
                        fn(c);
                    }
                }
    }
}

template <class R>
void hash_legislative(fnv1a& h, const legislative_sheet& s) {
    check_legislative<R>(s, [&](const finding& f) {
        h.text(f.key());
        h.byte(static_cast<std::uint8_t>(f.level));
        h.byte(static_cast<std::uint8_t>(f.result));
        h.u64(f.missing_fields);
        h.byte(f.missing_candidates ? 1 : 0);
    });
    h.byte(0xA6);  // end of sheet
}

template <class R>
void hash_tps_set(fnv1a& h, const std::vector<sheet>& set) {
    check_tps_contests<R>(set, [&](const finding& f) {
        h.text(f.key());
        h.byte(static_cast<std::uint8_t>(f.level));
        h.byte(static_cast<std::uint8_t>(f.result));
        h.byte(static_cast<std::uint8_t>(f.contest));
    });
    h.byte(0xA7);  // end of set
}

/// The roll-up rules on a small city: two villages of two TPS, recap figures equal, off by one
/// and missing at each level; expected TPS present, absent, in another regency.
inline void hash_rollups(fnv1a& h) {
    sheet_batch b;
    const std::uint64_t codes[] = {6471011001001ULL, 6471011001002ULL, 6471011002001ULL, 6471011002002ULL};
    for (std::size_t i = 0; i < 4; ++i) {
        auto s = sheet::empty(*tps_code::from_number(codes[i]), kontes::pkwkk, 2);
        s.set(fields::suara_sah, static_cast<std::uint32_t>(100 + i)).set(fields::suara_tidak_sah, 2);
        s.set_candidate_votes(0, static_cast<std::uint32_t>(60 + i)).set_candidate_votes(1, 40);
        if (i == 3) s.clear(field::suara_tidak_sah);
        b.push_back(s);
    }
    std::vector<recap_entry> entries;
    const std::pair<region_level, std::uint64_t> regions[] = {{region_level::village, 6471011001ULL},
                                                              {region_level::village, 6471011002ULL},
                                                              {region_level::district, 647101ULL},
                                                              {region_level::regency, 6471ULL},
                                                              {region_level::province, 64ULL}};
    for (const auto& [level, region] : regions)
        for (int how = 0; how < 3; ++how) {
            recap_entry e;
            e.level = level;
            e.code = region;
            e.contest = kontes::pkwkk;
            const bool village1 = region == 6471011001ULL;
            const std::uint32_t sah = village1 ? 201 : region == 6471011002ULL ? 205 : 406;
            e.figures[index(field::suara_sah)] = sah + (how == 1 ? 1U : 0U);
            e.figures[index(field::suara_tidak_sah)] = how == 2 ? 8 : 4;
            e.votes[0] = village1 ? 121 : region == 6471011002ULL ? 125 : 246;
            e.source = "recap";
            entries.push_back(e);
        }
    recap_checker recap{entries};
    recap.add(b);
    auto sink = [&](const finding& f) {
        h.text(f.key());
        h.byte(static_cast<std::uint8_t>(f.level));
        h.byte(static_cast<std::uint8_t>(f.result));
        h.u64(f.tps.number());
        h.byte(static_cast<std::uint8_t>(f.contest));
    };
    recap.finish(sink);
    std::vector<tps_code> expected;
    for (std::uint64_t c : {6471011001001ULL, 6471011001003ULL, 6471011002002ULL, 6471011003001ULL, 6472011001001ULL})
        expected.push_back(*tps_code::from_number(c));
    missing_tps_checker missing{expected};
    missing.add(b);
    missing.finish(sink);
    h.byte(0x5A);
}

/// The fingerprint of the whole catalogue's behaviour under the two regimes.
template <class Pilkada, class Pemilu>
std::uint64_t catalogue_fingerprint() {
    fnv1a h;
    h.u32(static_cast<std::uint32_t>(rule_count));
    hash_descriptions<Pilkada>(h);
    hash_descriptions<Pemilu>(h);
    for_each_sheet<Pilkada>([&](const sheet& s) {
        hash_findings<Pilkada>(h, s);
        hash_findings<Pemilu>(h, s);
    });
    for_each_sheet<Pemilu>([&](const sheet& s) {
        hash_findings<Pilkada>(h, s);
        hash_findings<Pemilu>(h, s);
    });
    for_each_incident_report([&](const incident_report& r) {
        hash_grounds<Pilkada>(h, r);
        hash_grounds<Pemilu>(h, r);
    });
    for_each_legislative_sheet([&](const legislative_sheet& s) {
        hash_legislative<Pilkada>(h, s);
        hash_legislative<Pemilu>(h, s);
    });
    for_each_tps_set([&](const std::vector<sheet>& set) {
        hash_tps_set<Pilkada>(h, set);
        hash_tps_set<Pemilu>(h, set);
    });
    hash_rollups(h);
    return h.value();
}

}  // namespace suara::fingerprint

#endif  // SUARA_TESTS_PROVENANCE_CATALOGUE_FINGERPRINT_HPP
