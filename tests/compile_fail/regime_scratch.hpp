// A regime written from scratch, member by member, for the compile-fail tests that need a regime
// *lacking* a member: a derived regime inherits every member, so it cannot lack one.
#ifndef SUARA_TESTS_REGIME_SCRATCH_HPP
#define SUARA_TESTS_REGIME_SCRATCH_HPP

#define SUARA_TEST_COPY(B, m) static constexpr auto m = B::m;

// Every member check_regime<R>() asks for, except the voters and incidents groups below.
#define SUARA_TEST_REGIME_CORE(B)                                                                    \
    SUARA_TEST_COPY(B, name) SUARA_TEST_COPY(B, labels) SUARA_TEST_COPY(B, kontes_held)              \
    SUARA_TEST_COPY(B, tps_capacity) SUARA_TEST_COPY(B, ballot_reserve) SUARA_TEST_COPY(B, reserve_rounding) \
    SUARA_TEST_COPY(B, allocation_includes_dptb) SUARA_TEST_COPY(B, voting_hours) SUARA_TEST_COPY(B, dpt_window) \
    SUARA_TEST_COPY(B, dptb_window) SUARA_TEST_COPY(B, dptb_window_kind) SUARA_TEST_COPY(B, dpk_window) \
    SUARA_TEST_COPY(B, closing_queue_rule) SUARA_TEST_COPY(B, identity_documents)                    \
    SUARA_TEST_COPY(B, dpk_address_documents) SUARA_TEST_COPY(B, dpk_area)                          \
    SUARA_TEST_COPY(B, contest_areas)                                                               \
    SUARA_TEST_COPY(B, replacement_ballots_per_voter) SUARA_TEST_COPY(B, psu_ballots_destroyed_threshold) \
    SUARA_TEST_COPY(B, psu_multiple_voting_threshold) SUARA_TEST_COPY(B, psu_unregistered_voting_threshold) \
    SUARA_TEST_COPY(B, psu_procedural_mandatory) SUARA_TEST_COPY(B, psu_disturbance_mandatory)      \
    SUARA_TEST_COPY(B, votes_vs_voters_outcome) SUARA_TEST_COPY(B, copied_row_min_registered)        \
    SUARA_TEST_COPY(B, several_marks_in_one_column) SUARA_TEST_COPY(B, written_ballot_invalid_basis) \
    SUARA_TEST_COPY(B, ballot_validity_basis) SUARA_TEST_COPY(B, single_candidate_ballot_basis)      \
    SUARA_TEST_COPY(B, several_candidates_of_one_party) SUARA_TEST_COPY(B, legislative_ballot_validity_basis) \
    SUARA_TEST_COPY(B, legislative_vote_basis) SUARA_TEST_COPY(B, struck_candidate_basis)

// The bases of the voters' rules of every regime (the voters group without the voting day and
// the age, which the compile-fail cases of the voters name one by one).
#define SUARA_TEST_REGIME_VOTER_BASES(B)                                                             \
    SUARA_TEST_COPY(B, registered_tps_basis) SUARA_TEST_COPY(B, dpk_while_ballots_remain_basis)      \
    SUARA_TEST_COPY(B, multiple_voting_prohibition) SUARA_TEST_COPY(B, registered_ballots_run_out_basis) \
    SUARA_TEST_COPY(B, moved_beyond_entitlement_basis) SUARA_TEST_COPY(B, nik_shape_finding_basis)

// The incident members check_regime<R>() asks for (the condition set is checked apart).
#define SUARA_TEST_REGIME_INCIDENTS(B)                                                               \
    SUARA_TEST_COPY(B, recount_mandatory) SUARA_TEST_COPY(B, continuation_mandatory) SUARA_TEST_COPY(B, incident_law) \
    SUARA_TEST_COPY(B, psu_disturbance_causes) SUARA_TEST_COPY(B, psu_path) SUARA_TEST_COPY(B, recount_path)        \
    SUARA_TEST_COPY(B, continued_path) SUARA_TEST_COPY(B, follow_up_path)

#endif  // SUARA_TESTS_REGIME_SCRATCH_HPP
