// suara — the stable identifiers of the rule catalogue (docs/rules.md).
// Distributed under the Boost Software License, Version 1.0.
//
// Identifiers are part of the public contract: tools key on the strings, so a string never
// changes meaning once released. New rules get new enumerators appended at the end, and a row
// in one of the two tables below (a key, or for an incident ground its whole row).
#ifndef SUARA_FORM_RULE_ID_HPP
#define SUARA_FORM_RULE_ID_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string_view>

#include <suara/core/outcome.hpp>
#include <suara/core/text.hpp>
#include <suara/detail/enum_table.hpp>
#include <suara/detail/meta.hpp>
#include <suara/form/field.hpp>

namespace suara {

enum class rule_id : std::uint8_t {
    // A. results-sheet arithmetic
    voters_sex_sum, voters_category_sum, voters_dpt_turnout, voters_registered_turnout, voters_copied_row,
    ballots_balance, ballots_used_vs_voters, ballots_allocation,
    votes_valid_sum, votes_total_sum, votes_vs_voters, votes_over_supply,
    tps_capacity, record_incomplete, record_digit_slip,
    // B. incidents
    psu_ballot_box_opened, psu_voter_marked_ballot, psu_ballots_destroyed, psu_multiple_voting,
    psu_unregistered_voting, psu_disturbance,
    recount_closed, recount_dim_light, recount_unclear_voice, recount_unclear_writing, recount_not_observable,
    recount_other_place_time, recount_inconsistent_validity, recount_riot,
    continued_partial, follow_up_all,
    // C. roll-up
    recap_mismatch, recap_missing_tps,
    // A, appended: legislative sheets (suara/tally/legislative_rules.hpp) and the sheets of one TPS
    votes_party_sum, tps_dpt_across_contests, tps_voters_across_contests,
};

inline constexpr std::size_t rule_count = static_cast<std::size_t>(rule_id::tps_voters_across_contests) + 1;

/// A rule of sections A and C: its identifier and its key.
struct rule_key_row {
    rule_id id;            ///< the rule
    std::string_view key;  ///< "votes.valid_sum": the enumerator's spelling, its first '_' a '.'
};

/// The keys of the rules of sections A and C (section B's are in incident_grounds below).
inline constexpr auto sheet_and_rollup_keys = std::to_array<rule_key_row>({
    {rule_id::voters_sex_sum, "voters.sex_sum"},
    {rule_id::voters_category_sum, "voters.category_sum"},
    {rule_id::voters_dpt_turnout, "voters.dpt_turnout"},
    {rule_id::voters_registered_turnout, "voters.registered_turnout"},
    {rule_id::voters_copied_row, "voters.copied_row"},
    {rule_id::ballots_balance, "ballots.balance"},
    {rule_id::ballots_used_vs_voters, "ballots.used_vs_voters"},
    {rule_id::ballots_allocation, "ballots.allocation"},
    {rule_id::votes_valid_sum, "votes.valid_sum"},
    {rule_id::votes_total_sum, "votes.total_sum"},
    {rule_id::votes_vs_voters, "votes.vs_voters"},
    {rule_id::votes_over_supply, "votes.over_supply"},
    {rule_id::tps_capacity, "tps.capacity"},
    {rule_id::record_incomplete, "record.incomplete"},
    {rule_id::record_digit_slip, "record.digit_slip"},
    {rule_id::recap_mismatch, "recap.mismatch"},
    {rule_id::recap_missing_tps, "recap.missing_tps"},
    {rule_id::votes_party_sum, "votes.party_sum"},
    {rule_id::tps_dpt_across_contests, "tps.dpt_across_contests"},
    {rule_id::tps_voters_across_contests, "tps.voters_across_contests"},
});

/// One incident ground of rule catalogue section B, everything that does not depend on the
/// election in one row: the regime adds the article (incident_law), whether it obliges, and
/// the condition itself (suara/law/conditions.hpp), which reads the report member of `column`
/// (incident_members, suara/form/incident_report.hpp).
struct incident_ground {
    rule_id id;            ///< the ground's identifier
    std::string_view key;  ///< "psu.ballot_box_opened": the outcome, a '.', the rest of the spelling
    field column;          ///< the kejadian_* field it is read from, the first figure of its finding
    outcome result;        ///< what it leads to, in every regime that has it
    bilingual title;       ///< the catalogue's title, a template rendered per regime (tally/catalogue.hpp)
};

/// The incident grounds. A new ground is a row here, its enumerator in `rule_id` and, when it
/// reads a new fact, that fact's field and report member; the keys, the catalogue rows, the
/// figures of its findings and the conditions of plain flags come from this row, and the
/// checks below (and in suara/form/incident_report.hpp) fail to compile on a row that is
/// missing, given twice, keyed against its outcome or read from a field that is no kejadian.
inline constexpr auto incident_grounds = std::to_array<incident_ground>({
    {rule_id::psu_ballot_box_opened, "psu.ballot_box_opened", field::kejadian_kotak_dibuka, outcome::psu,
     {"Kotak suara atau berkas dibuka tidak sesuai tata cara", "Ballot box or documents opened against procedure"}},
    {rule_id::psu_voter_marked_ballot, "psu.voter_marked_ballot", field::kejadian_tanda_khusus, outcome::psu,
     {"KPPS meminta pemilih memberi tanda khusus pada surat suara", "KPPS asked a voter to mark a used ballot"}},
    {rule_id::psu_ballots_destroyed, "psu.ballots_destroyed", field::kejadian_surat_dirusak, outcome::psu,
     {"KPPS merusak lebih dari satu surat suara", "KPPS destroyed more than one used ballot"}},
    {rule_id::psu_multiple_voting, "psu.multiple_voting", field::kejadian_memilih_ganda, outcome::psu,
     {"Pemilih menggunakan hak pilih lebih dari satu kali", "Persons voted more than once"}},
    {rule_id::psu_unregistered_voting, "psu.unregistered_voting", field::kejadian_tidak_terdaftar, outcome::psu,
     {"Pemilih tidak berhak memberikan suara", "Persons not entitled voted"}},
    {rule_id::psu_disturbance, "psu.disturbance", field::kejadian_gangguan, outcome::psu,
     {"Hasil tidak dapat digunakan atau penghitungan tidak dapat dilakukan karena {psu_cause}",
      "Results unusable or the count impossible because of {psu_cause}"}},
    {rule_id::recount_closed, "recount.closed", field::kejadian_hitung_tertutup, outcome::recount,
     {"Penghitungan secara tertutup", "Counted behind closed doors"}},
    {rule_id::recount_dim_light, "recount.dim_light", field::kejadian_kurang_terang, outcome::recount,
     {"Penghitungan di tempat kurang terang", "Counted in insufficient light"}},
    {rule_id::recount_unclear_voice, "recount.unclear_voice", field::kejadian_suara_tidak_jelas, outcome::recount,
     {"Hasil dibacakan dengan suara kurang jelas", "Results announced unclearly"}},
    {rule_id::recount_unclear_writing, "recount.unclear_writing", field::kejadian_tulisan_tidak_jelas, outcome::recount,
     {"Hasil dicatat dengan tulisan kurang jelas", "Results written illegibly"}},
    {rule_id::recount_not_observable, "recount.not_observable", field::kejadian_tidak_dapat_disaksikan, outcome::recount,
     {"Saksi, pengawas atau warga tidak dapat menyaksikan dengan jelas", "Witnesses, supervisors or public could not watch"}},
    {rule_id::recount_other_place_time, "recount.other_place_time", field::kejadian_tempat_waktu_lain, outcome::recount,
     {"Penghitungan di tempat atau waktu lain", "Counted at another place or time"}},
    {rule_id::recount_inconsistent_validity, "recount.inconsistent_validity", field::kejadian_sah_tidak_konsisten, outcome::recount,
     {"Penentuan sah/tidak sah tidak konsisten", "Validity decided inconsistently"}},
    {rule_id::recount_riot, "recount.riot", field::kejadian_gangguan, outcome::recount,
     {"Kerusuhan membuat penghitungan tidak dapat dilanjutkan", "A riot left the count unable to go on"}},
    {rule_id::continued_partial, "continued.partial", field::kejadian_gangguan_tahap, outcome::continued,
     {"Gangguan menghentikan sebagian tahapan", "A disturbance stopped part of the stages"}},
    {rule_id::follow_up_all, "follow_up.all", field::kejadian_gangguan_tahap, outcome::follow_up,
     {"Gangguan menghentikan seluruh tahapan", "A disturbance stopped all stages"}},
});

namespace detail {
template <class Rows>
constexpr void put_keys(std::array<std::string_view, rule_count>& out, const Rows& rows) noexcept {
    for (const auto& r : rows)
        if (static_cast<std::size_t>(r.id) < rule_count && out[static_cast<std::size_t>(r.id)].empty())
            out[static_cast<std::size_t>(r.id)] = r.key;
}
/// Every rule has one row, in one of the two tables.
consteval bool one_key_row_per_rule() {
    std::array<int, rule_count> rows{};
    for (const auto& r : sheet_and_rollup_keys) ++rows[static_cast<std::size_t>(r.id)];
    for (const auto& g : incident_grounds) ++rows[static_cast<std::size_t>(g.id)];
    for (int n : rows)
        if (n != 1) return false;
    return true;
}
}  // namespace detail

/// The key of every rule, by rule_id.
inline constexpr auto rule_keys = [] {
    std::array<std::string_view, rule_count> out{};
    detail::put_keys(out, sheet_and_rollup_keys);
    detail::put_keys(out, incident_grounds);
    return out;
}();

namespace detail {
/// A ground's key starts with its outcome ("psu.", "recount.", "continued.", "follow_up."), its
/// column is a kejadian field.
template <std::size_t N>
consteval bool grounds_keyed_by_outcome(const std::array<incident_ground, N>& grounds) {
    for (const incident_ground& g : grounds) {
        const std::string_view o = to_string(g.result);
        if (g.key.size() <= o.size() || g.key.substr(0, o.size()) != o || g.key[o.size()] != '.') return false;
        if (g.result != outcome::psu && g.result != outcome::recount && g.result != outcome::continued &&
            g.result != outcome::follow_up)
            return false;
    }
    return true;
}
template <std::size_t N>
consteval bool grounds_read_kejadian(const std::array<incident_ground, N>& grounds) {
    for (const incident_ground& g : grounds)
        if (g.column < first_incident_field) return false;
    return true;
}
template <std::size_t N>
consteval bool grounds_titled(const std::array<incident_ground, N>& grounds) {
    for (const incident_ground& g : grounds)
        if (g.title.id.empty() || g.title.en.empty()) return false;
    return true;
}
}  // namespace detail

/// Checks a table of incident grounds (the library's own, below; tests give it broken ones).
/// Returns true, so that it can sit in a static_assert; a table that fails does not compile.
template <const auto& Grounds>
consteval bool check_incident_grounds() {
    if constexpr (!detail::grounds_keyed_by_outcome(Grounds)) {
        static_assert(detail::dependent_false<decltype(Grounds)>,
                      "suara: an incident ground's key must start with its outcome (psu., recount., continued., "
                      "follow_up.), and its outcome must be one of these");
    } else if constexpr (!detail::grounds_read_kejadian(Grounds)) {
        static_assert(detail::dependent_false<decltype(Grounds)>,
                      "suara: an incident ground is read from a kejadian_* field");
    } else if constexpr (!detail::grounds_titled(Grounds)) {
        static_assert(detail::dependent_false<decltype(Grounds)>, "suara: an incident ground needs its title in both languages");
    }
    return true;
}

static_assert(detail::no_enumerator_at<rule_id, rule_count>(),
              "suara: an enumerator was appended to `rule_id` past rule_count: give it its key row and move rule_count");
static_assert(detail::one_key_row_per_rule(),
              "suara: every rule_id needs exactly one row: in sheet_and_rollup_keys or, for a ground, in incident_grounds");
static_assert(detail::check_names_of<rule_id, rule_keys, true>());
static_assert(check_incident_grounds<incident_grounds>());

/// "votes.valid_sum".
[[nodiscard]] constexpr std::string_view to_string(rule_id r) noexcept {
    return rule_keys[static_cast<std::size_t>(r)];
}

[[nodiscard]] constexpr std::optional<rule_id> rule_from_string(std::string_view s) noexcept {
    for (std::size_t i = 0; i < rule_count; ++i)
        if (rule_keys[i] == s) return static_cast<rule_id>(i);
    return std::nullopt;
}

/// The row of a section B ground; null for the rules of sections A and C.
[[nodiscard]] constexpr const incident_ground* ground_of(rule_id id) noexcept {
    for (const incident_ground& g : incident_grounds)
        if (g.id == id) return &g;
    return nullptr;
}

/// True for the identifiers of rule catalogue section B (the incident grounds).
[[nodiscard]] constexpr bool is_incident_ground(rule_id id) noexcept { return ground_of(id) != nullptr; }

/// The kejadian_* field a section B ground is read from (the first figure of its finding);
/// empty for the rules of sections A and C.
[[nodiscard]] constexpr std::optional<field> incident_field(rule_id id) noexcept {
    if (const incident_ground* g = ground_of(id)) return g->column;
    return std::nullopt;
}

/// A set of rules as a bit mask (which rules fired on a sheet, which a user selected).
class rule_set {
public:
    constexpr rule_set() noexcept = default;
    /// The rules listed.
    constexpr rule_set(std::initializer_list<rule_id> rs) noexcept {
        for (auto r : rs) insert(r);
    }
    /// Every rule of the catalogue.
    [[nodiscard]] static constexpr rule_set all() noexcept {
        rule_set s;
        s.bits_ = (std::uint64_t{1} << rule_count) - 1;
        return s;
    }
    /// Adds a rule.
    constexpr void insert(rule_id r) noexcept { bits_ |= bit(r); }
    /// Removes a rule.
    constexpr void erase(rule_id r) noexcept { bits_ &= ~bit(r); }
    /// True when the set holds `r`.
    [[nodiscard]] constexpr bool contains(rule_id r) const noexcept { return (bits_ & bit(r)) != 0; }
    /// True when the set holds no rule.
    [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
    /// The set as a bit mask, bit i for rule_id i.
    [[nodiscard]] constexpr std::uint64_t bits() const noexcept { return bits_; }
    /// Adds every rule of `o`.
    constexpr rule_set& operator|=(rule_set o) noexcept {
        bits_ |= o.bits_;
        return *this;
    }
    /// Equal when they hold the same rules.
    friend constexpr bool operator==(rule_set, rule_set) noexcept = default;

private:
    static constexpr std::uint64_t bit(rule_id r) noexcept { return std::uint64_t{1} << static_cast<unsigned>(r); }
    std::uint64_t bits_ = 0;
};
static_assert(rule_count <= 64, "rule_set holds at most 64 rules");

}  // namespace suara

#endif  // SUARA_FORM_RULE_ID_HPP
