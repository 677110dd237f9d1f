// suara — the rules of legislative sheets and of the sheets of one TPS (catalogue section A,
// docs/rules.md): their identifiers, severities, outcomes, titles and bases, each written once.
// Distributed under the Boost Software License, Version 1.0.
//
// The catalogue (suara/tally/catalogue.hpp) is made from these types as it is from
// suara/tally/sheet_rules.hpp; the checks that evaluate them are in
// suara/tally/legislative_rules.hpp. The administration section of a legislative sheet and the
// sum of the party totals against suara_sah are checked by the rules of the results sheet
// themselves (votes.valid_sum reads the party totals as the vote columns), not by copies here.
#ifndef SUARA_TALLY_LEGISLATIVE_RULE_TABLE_HPP
#define SUARA_TALLY_LEGISLATIVE_RULE_TABLE_HPP

#include <suara/core/citation.hpp>
#include <suara/core/outcome.hpp>
#include <suara/core/text.hpp>
#include <suara/form/rule_id.hpp>
#include <suara/tally/sheet_rules.hpp>

namespace suara {

namespace legislative_rules {

/// votes.party_sum: on a DPR or DPRD sheet, each party's total = its party-only votes + the
/// votes of its candidates (the form's layout).
struct votes_party_sum {
    /// The rule's identifier (docs/rules.md).
    static constexpr rule_id id = rule_id::votes_party_sum;
    /// The rule's severity.
    static constexpr severity level = severity::error;
    /// The outcome a finding of this rule leads to.
    static constexpr outcome result = outcome::correction;
    /// How a finding relates the figures it names: the total, then the sum, then its terms.
    static constexpr message_form message = message_form::differs;
    /// The rule's title, in Indonesian and English.
    static constexpr bilingual title{"Jumlah suara partai tidak sama dengan suara partai + suara calonnya",
                                     "A party's total differs from its party-only votes + its candidates' votes"};
    /// The rule's legal or form basis.
    static constexpr citation basis = detail::catalogue_basis(
        "votes.party_sum", "per party, total = party-only votes + its candidates' votes (form layout); "
                           "docs/sources.md#legislative-sheets");
};

/// tps.dpt_across_contests: the registered DPT (L, P, J) is the same on every sheet of one TPS
/// (one list, one count, whatever the ballot).
struct tps_dpt_across_contests {
    /// The rule's identifier (docs/rules.md).
    static constexpr rule_id id = rule_id::tps_dpt_across_contests;
    /// The rule's severity.
    static constexpr severity level = severity::error;
    /// The outcome a finding of this rule leads to.
    static constexpr outcome result = outcome::correction;
    /// How a finding relates the figures it names: this sheet's figure, then the reference's.
    static constexpr message_form message = message_form::differs;
    /// The rule's title, in Indonesian and English.
    static constexpr bilingual title{"Pemilih {dpt} berbeda antar lembar hasil satu TPS",
                                     "Registered {dpt} differs between the sheets of one TPS"};
    /// The rule's legal or form basis.
    static constexpr citation basis = detail::catalogue_basis(
        "tps.dpt_across_contests", "one list per TPS, copied onto every sheet (form layout); "
                                   "docs/sources.md#contests-of-one-tps");
};

/// tps.voters_across_contests: voters who voted differ between the sheets of one TPS only as
/// moved voters' entitlements allow: the same DPT and DPK voters on every sheet; no more moved
/// voters on a sheet than on the sheet of a contest whose ballot every such voter also holds.
struct tps_voters_across_contests {
    /// The rule's identifier (docs/rules.md).
    static constexpr rule_id id = rule_id::tps_voters_across_contests;
    /// The rule's severity.
    static constexpr severity level = severity::error;
    /// The outcome a finding of this rule leads to: a person decides (a slip, or ballots issued
    /// beyond the moving form, which was a ground for a re-vote recommendation in 2024).
    static constexpr outcome result = outcome::review;
    /// How a finding relates the figures it names: this sheet's figure, then the reference's.
    static constexpr message_form message = message_form::listed;
    /// The rule's title, in Indonesian and English.
    static constexpr bilingual title{"Pengguna hak pilih antar lembar hasil satu TPS berbeda melampaui hak pemilih pindahan",
                                     "Voters who voted differ between the sheets of one TPS beyond moved voters' ballots"};
    /// The rule's legal or form basis.
    static constexpr citation basis = detail::catalogue_basis(
        "tps.voters_across_contests", "moved voters hold the ballots of their moving form; "
                                      "docs/sources.md#contests-of-one-tps");
};

}  // namespace legislative_rules

/// The rules of legislative sheets and of the sheets of one TPS, in rule_id order.
using legislative_rule_table = rule_table<legislative_rules::votes_party_sum, legislative_rules::tps_dpt_across_contests,
                                          legislative_rules::tps_voters_across_contests>;

}  // namespace suara

#endif  // SUARA_TALLY_LEGISLATIVE_RULE_TABLE_HPP
