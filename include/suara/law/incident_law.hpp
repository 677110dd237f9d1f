// suara — where each incident ground sits in a regime's law: the `incident_law` member of a
// regime (docs/sources.md#psu, #recount, #continued-and-follow-up; docs/rules.md section B).
// Distributed under the Boost Software License, Version 1.0.
//
// The grounds are the same facts in both regimes, but their articles differ, so each regime
// carries a table `static constexpr suara::incident_law_table incident_law{{ground, basis}, ...}`.
// A ground without an entry has an empty citation; the incident check
// (suara/law/condition_set.hpp) rejects a ground of the regime's condition set whose
// citation is empty. The three grounds with a threshold (psu.ballots_destroyed,
// psu.multiple_voting, psu.unregistered_voting) are cited by the threshold member itself, so
// they have no entry here: the basis of a value and of the ground it decides cannot drift apart.
//
// A regime derived from another changes one article with `with`:
//     static constexpr auto incident_law = pilkada_2024::incident_law.with(rule_id::psu_disturbance, {...});
#ifndef SUARA_LAW_INCIDENT_LAW_HPP
#define SUARA_LAW_INCIDENT_LAW_HPP

#include <array>
#include <cstddef>
#include <initializer_list>
#include <stdexcept>

#include <suara/core/citation.hpp>
#include <suara/form/rule_id.hpp>

namespace suara {

/// The article of each incident ground under one regime.
class incident_law_table {
public:
    /// One row of the table: a section B ground and its article.
    struct entry {
        rule_id ground;  ///< The incident ground (a section B rule).
        citation basis;  ///< Its article under the regime.
    };

    /// Throws (a compile error in a constant initializer) on an identifier outside section B,
    /// on a ground listed twice, and on an entry whose citation names no law.
    constexpr incident_law_table(std::initializer_list<entry> entries) {
        // assigned rather than left to `bases_{}`: g++ 12 refuses to copy a value-initialised
        // element out of a static constexpr table ("modification of ... is not a constant expression")
        for (citation& c : bases_) c = citation{""};
        for (const entry& e : entries) {
            if (!bases_[slot(e.ground)].empty()) throw std::invalid_argument("suara::incident_law_table: ground listed twice");
            set(e.ground, e.basis);
        }
    }

    /// The article of `ground`; empty when the regime does not cite it.
    [[nodiscard]] constexpr citation basis(rule_id ground) const noexcept {
        if (!is_incident_ground(ground)) return {};
        return bases_[static_cast<std::size_t>(ground)];
    }
    /// True when the table gives `ground` an article.
    [[nodiscard]] constexpr bool contains(rule_id ground) const noexcept { return !basis(ground).empty(); }

    /// A copy with the article of `ground` replaced (or added): for a regime derived from another.
    [[nodiscard]] constexpr incident_law_table with(rule_id ground, citation basis) const {
        incident_law_table out = *this;
        out.set(ground, basis);
        return out;
    }
    /// A copy without `ground`: for a derived regime whose law drops it.
    [[nodiscard]] constexpr incident_law_table without(rule_id ground) const {
        incident_law_table out = *this;
        out.bases_[slot(ground)] = citation{};
        return out;
    }

    /// Equal when every ground has the same article.
    friend constexpr bool operator==(const incident_law_table&, const incident_law_table&) = default;

private:
    static constexpr std::size_t slot(rule_id ground) {
        if (!is_incident_ground(ground))
            throw std::invalid_argument("suara::incident_law_table: not an incident ground (rule catalogue section B)");
        return static_cast<std::size_t>(ground);
    }
    constexpr void set(rule_id ground, citation basis) {
        if (basis.empty()) throw std::invalid_argument("suara::incident_law_table: a citation names at least a law");
        bases_[slot(ground)] = basis;
    }
    std::array<citation, rule_count> bases_{};  // indexed by rule_id; only section B is used
};

}  // namespace suara

#endif  // SUARA_LAW_INCIDENT_LAW_HPP
