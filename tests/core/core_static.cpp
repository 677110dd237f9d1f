// Compile-time tests of the core vocabulary and the two regimes. Building this file is the test.
#include <suara/core/citation.hpp>
#include <suara/core/civil_date.hpp>
#include <suara/core/count.hpp>
#include <suara/core/kontes.hpp>
#include <suara/core/list_labels.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>
#include <suara/form/sheet.hpp>

#include <type_traits>

#include "laws.hpp"

namespace {
using namespace suara;

// ---- strong counts: the algebra ----
constexpr pengguna_count<dpt, sex::l> dpt_l{62};
constexpr pengguna_count<dpt, sex::p> dpt_p{73};
static_assert(sum_of_sexes(dpt_l, dpt_p) == pengguna_count<dpt, sex::j>{135});
static_assert(std::is_same_v<decltype(sum_of_sexes(dpt_l, dpt_p)), pengguna_count<dpt, sex::j>>);
static_assert(total_participants(pengguna_count<dpt>{135}, pengguna_count<dptb>{0}, pengguna_count<dpk>{16}) ==
              pengguna_count<all_lists>{151});
static_assert(std::is_same_v<decltype(total_participants(pengguna_count<dpt, sex::p>{}, pengguna_count<dptb, sex::p>{},
                                                         pengguna_count<dpk, sex::p>{})),
                             pengguna_count<all_lists, sex::p>>);
static_assert(ballots_accounted(surat_suara_count{243}, surat_suara_count{2}, surat_suara_count{43}) ==
              surat_suara_count{288});
static_assert(ballots_accounted_for(pengguna_count<all_lists>{151}) == surat_suara_count{151});
static_assert(votes_cast_from(surat_suara_count{151}) == suara_count{151});
static_assert(surat_suara_count{10} - surat_suara_count{4} == surat_suara_count{6});
static_assert(pemilih_count<dpt>{3} < pemilih_count<dpt>{4});
// Different lists, sexes or kinds are different types: no common arithmetic.
template <class A, class B>
concept addable = requires(A a, B b) { a + b; };
static_assert(addable<pengguna_count<dpt>, pengguna_count<dpt>>);
static_assert(!addable<pengguna_count<dpt>, pengguna_count<dpk>>);
static_assert(!addable<pengguna_count<dpt, sex::l>, pengguna_count<dpt, sex::p>>);
static_assert(!addable<pengguna_count<dpt>, pemilih_count<dpt>>);
static_assert(!addable<pengguna_count<all_lists>, surat_suara_count>);
static_assert(!addable<surat_suara_count, suara_count>);
static_assert(!addable<pengguna_count<dpt>, int>);
static_assert(!std::is_convertible_v<int, pemilih_count<dpt>>);
static_assert(!std::is_convertible_v<pemilih_count<dpt>, count_rep>);

// Checked arithmetic: a throwing path is not a constant expression.
template <auto F>
concept constant = requires { typename std::integral_constant<int, (F(), 0)>; };
static_assert(constant<[] { return surat_suara_count{1} + surat_suara_count{2}; }>);
static_assert(!constant<[] { return surat_suara_count{1} - surat_suara_count{2}; }>);
static_assert(!constant<[] { return surat_suara_count{~count_rep{0}} + surat_suara_count{1}; }>);

// ---- the tally laws hold for counts ----
static_assert(suara::laws::sex_sum_law<kind::pengguna_hak_pilih, dpk>(5, 7));
static_assert(suara::laws::addition_is_monoid<surat_suara_count>(3, 4, 5));

// ---- reserve and allocation ----
static_assert(apply_rate(300, {2, 100}, rounding::up) == 6);  // 300 DPT -> 306 ballots (docs/sources.md#ballot-supply)
static_assert(apply_rate(250, {2, 100}, rounding::up) == 5);
static_assert(apply_rate(523, {25, 1000}, rounding::up) == 14);  // 13.075 -> 14
static_assert(apply_rate(523, {25, 1000}, rounding::down) == 13);
static_assert(apply_rate(520, {25, 1000}, rounding::nearest) == 13);
static_assert(apply_rate(0, {25, 1000}, rounding::up) == 0);
static_assert(expected_ballots<pilkada_2024>(523, 4) == 523 + 14 + 4);
static_assert(expected_ballots<pemilu_2024>(300, 0) == 306);

// ---- regimes: every constant cited, the documented differences ----
static_assert(check_regime<pilkada_2024>() && check_regime<pemilu_2024>());
static_assert(pilkada_2024::tps_capacity.value == 600 && pemilu_2024::tps_capacity.value == 300);
static_assert(pilkada_2024::psu_multiple_voting_threshold.value == 2);
static_assert(pemilu_2024::psu_multiple_voting_threshold.value == 1);
static_assert(pilkada_2024::psu_unregistered_voting_threshold.value == 2);
static_assert(pemilu_2024::psu_unregistered_voting_threshold.value == 1);
static_assert(pilkada_2024::psu_ballots_destroyed_threshold.value == 2 &&
              pemilu_2024::psu_ballots_destroyed_threshold.value == 2);
static_assert(pilkada_2024::votes_vs_voters_outcome.value == outcome::correction);
static_assert(pemilu_2024::votes_vs_voters_outcome.value == outcome::recount);
static_assert(pemilu_2024::votes_vs_voters_outcome.basis.level == confidence::primary);
static_assert(pilkada_2024::labels.value.dptb == "DPPh" && pilkada_2024::labels.value.dpk == "DPTb");
static_assert(pemilu_2024::labels.value.dptb == "DPTb" && pemilu_2024::labels.value.dpk == "DPK");
static_assert(pilkada_2024::ballot_reserve.value == reserve_rate{25, 1000});
static_assert(pilkada_2024::reserve_rounding.basis.level == confidence::unverified);
static_assert(pilkada_2024::contest_areas.value[kontes::pkwkp] == electoral_area::province);
static_assert(pilkada_2024::contest_areas.value[kontes::pkwkk] == electoral_area::regency);
static_assert(pemilu_2024::contest_areas.value[kontes::pdprdk] == electoral_area::dapil_within_regency);
static_assert(pilkada_2024::dptb_window.value.contains(clock_time{11, 0}));
static_assert(!pilkada_2024::dptb_window.value.contains(clock_time{10, 59}));
static_assert(!pilkada_2024::dpk_window.value.contains(clock_time{13, 0}));

// ---- TPS codes ----
constexpr auto code = *tps_code::parse("6471011001001");
static_assert(code.province() == 64 && code.regency() == 6471 && code.district() == 647101);
static_assert(code.village() == 6471011001 && code.tps_number() == 1);
static_assert(!tps_code::parse("647101100100").has_value());
static_assert(!tps_code::parse("64710110010a1").has_value());

// ---- contest codes: one multiply and one probe, exact on the seven codes and nothing else ----
constexpr bool every_code_reads_back() {
    for (auto k : all_kontes)
        if (kontes_from_string(to_string(k)) != k) return false;
    return true;
}
static_assert(every_code_reads_back());
static_assert(!kontes_from_string("").has_value());
static_assert(!kontes_from_string("ppw").has_value());
static_assert(!kontes_from_string("ppwpp").has_value());
static_assert(!kontes_from_string("PPWP").has_value());
static_assert(!kontes_from_string(std::string_view{"ppwp\0", 5}).has_value());  // a trailing NUL is a different text
static_assert(!kontes_from_string("pdprdkx").has_value());
static_assert(!kontes_from_string("pdprdk_long_text").has_value());

// ---- sheets: missing is never zero ----
constexpr auto blank = sheet::empty(code, kontes::pkwkk, 3);
static_assert(!blank.get(field::suara_sah).has_value());
static_assert(!blank.pengguna<dpk, sex::l>().has_value());
static_assert(sheet::empty(code, kontes::pkwkk, 3).set(fields::suara_sah, 0).get(field::suara_sah) == 0U);
static_assert(pengguna_field<dpk, sex::p>() == field::pengguna_dpk_p);
static_assert(pengguna_field<all_lists, sex::j>() == field::pengguna_total_j);
static_assert(pemilih_field<disabilitas, sex::l>() == field::pemilih_disabilitas_l);
static_assert(field_from_string("kejadian_gangguan_tahap") == field::kejadian_gangguan_tahap);

// ---- typed field tags: each tag holds the strong count its field is ----
template <class Tag>
using count_of_tag = typename std::remove_cvref_t<Tag>::count_type;
template <class List, class Sex>
constexpr bool row_tags_agree() {
    using pengguna_tag = std::remove_cvref_t<decltype(fields::pengguna_of<List, Sex>)>;
    bool ok = pengguna_tag::value == pengguna_field<List, Sex>() &&
              std::is_same_v<typename pengguna_tag::count_type, pengguna_count<List, Sex>>;
    if constexpr (!std::is_same_v<List, all_lists>) {  // the form prints no registered total
        using pemilih_tag = std::remove_cvref_t<decltype(fields::pemilih_of<List, Sex>)>;
        ok = ok && pemilih_tag::value == pemilih_field<List, Sex>() &&
             std::is_same_v<typename pemilih_tag::count_type, pemilih_count<List, Sex>>;
    }
    return ok;
}
template <class List>
constexpr bool list_tags_agree() {
    return row_tags_agree<List, sex::l>() && row_tags_agree<List, sex::p>() && row_tags_agree<List, sex::j>();
}
static_assert(list_tags_agree<dpt>() && list_tags_agree<dptb>() && list_tags_agree<dpk>() &&
              list_tags_agree<all_lists>() && list_tags_agree<disabilitas>());
static_assert(std::is_same_v<count_of_tag<decltype(fields::pemilih_dptb_p)>, pemilih_count<dptb, sex::p>>);
static_assert(std::is_same_v<count_of_tag<decltype(fields::pengguna_total_j)>, pengguna_count<all_lists>>);
static_assert(std::is_same_v<count_of_tag<decltype(fields::surat_dikembalikan)>, surat_suara_count>);
static_assert(std::is_same_v<count_of_tag<decltype(fields::suara_tidak_sah)>, suara_count>);
static_assert(is_count_field(field::suara_total) && !is_count_field(field::kejadian_kotak_dibuka));
// The typed write and the raw write store the same figure; the typed read gives it back as a count.
static_assert(sheet::empty(code, kontes::pkwkk, 3).set(fields::pemilih_dpk_l, 7) ==
              sheet::empty(code, kontes::pkwkk, 3).set_raw(field::pemilih_dpk_l, 7));
static_assert(sheet::empty(code, kontes::pkwkk, 3).set(fields::pemilih_dpk_l, pemilih_count<dpk, sex::l>{7}).pemilih<dpk, sex::l>() ==
              pemilih_count<dpk, sex::l>{7});
template <class S, class Tag, class V>
concept settable = requires(S s, Tag t, V v) { s.set(t, v); };
static_assert(settable<sheet, decltype(fields::pengguna_dpt_l), pengguna_count<dpt, sex::l>>);
static_assert(settable<sheet, decltype(fields::pengguna_dpt_l), int>);
static_assert(!settable<sheet, decltype(fields::pengguna_dpt_l), pemilih_count<dpt, sex::l>>);
static_assert(!settable<sheet, decltype(fields::pengguna_dpt_l), pengguna_count<dpt, sex::p>>);
static_assert(!settable<sheet, decltype(fields::suara_sah), surat_suara_count>);
static_assert(!settable<sheet, decltype(fields::suara_sah), bool>);
static_assert(!settable<sheet, field, std::uint32_t>);
static_assert(field_names.size() == field_count);

// ---- list labels: one template, each regime's own words ----
constexpr std::string_view sum_template = "{dpt} + {dptb} + {dpk}";
static_assert(render_labels<64>(sum_template, pemilu_2024::labels.value).view() == "DPT + DPTb + DPK");
static_assert(render_labels<64>(sum_template, pilkada_2024::labels.value).view() == "DPT + DPPh + DPTb");
static_assert(render_labels<64>("daftar hadir {dpk_name}", pilkada_2024::labels.value).view() ==
              "daftar hadir Daftar Pemilih Tambahan");
static_assert(rendered_size(sum_template, pilkada_2024::labels.value) == 17);
static_assert(contains_word("pengguna DPTb L", "DPTb"));
static_assert(!contains_word("pengguna DPTb L", "DPT"));  // DPT is not inside DPTb
static_assert(!contains_word("DPKx", "DPK"));
static_assert(names_a_list_literally("pengguna DPK", pemilu_2024::labels.value));
static_assert(names_a_list_literally("pemilih DPTb", pilkada_2024::labels.value));
static_assert(!names_a_list_literally("pengguna {dpk}", pemilu_2024::labels.value));
static_assert(!names_a_list_literally("pemilih DPT", pilkada_2024::labels.value));  // DPT means the same in both

// ---- dates: days after a date, across month, year and leap-year boundaries ----
static_assert(days_after({2024, 2, 14}, 10) == civil_date{2024, 2, 24});
static_assert(days_after({2024, 1, 31}, 1) == civil_date{2024, 2, 1});
static_assert(days_after({2024, 2, 28}, 1) == civil_date{2024, 2, 29});   // 2024 is a leap year
static_assert(days_after({2023, 2, 28}, 1) == civil_date{2023, 3, 1});
static_assert(days_after({2100, 2, 28}, 1) == civil_date{2100, 3, 1});    // 2100 is not
static_assert(days_after({2000, 2, 28}, 1) == civil_date{2000, 2, 29});   // 2000 is
static_assert(days_after({2024, 12, 27}, 10) == civil_date{2025, 1, 6});
static_assert(days_after({2024, 11, 27}, 0) == civil_date{2024, 11, 27});
static_assert(days_after({2025, 1, 6}, -10) == civil_date{2024, 12, 27});
static_assert(days_after({2024, 3, 1}, -1) == civil_date{2024, 2, 29});
static_assert(days_after({1999, 12, 31}, 366) == civil_date{2000, 12, 31});
static_assert(days_after({1970, 1, 1}, 0) == civil_date{1970, 1, 1});
static_assert(days_between({2024, 2, 17}, {2024, 2, 24}) == 7);
static_assert(days_between({2024, 2, 24}, {2024, 2, 17}) == -7);
static_assert(days_between({2024, 1, 1}, {2025, 1, 1}) == 366);
static_assert(days_between({2023, 1, 1}, {2024, 1, 1}) == 365);
static_assert(days_between({1900, 3, 1}, {2100, 3, 1}) == 73049);  // 200 years, 49 leap days (2000 is one)
// every day steps to its successor, over three spans that cross the year and leap-year cases
// (2000 a leap year, 2024 one, 2100 not); kept short for clang's constexpr step limit
constexpr bool days_step_through(civil_date d, int days) {
    for (int i = 0; i < days; ++i) {
        const civil_date next = days_after(d, 1);
        if (!next.valid() || !(d < next) || days_between(d, next) != 1) return false;
        const bool month_ends = d.day == civil_date::days_in_month(d.year, d.month);
        if (month_ends ? next.day != 1 : (next.day != d.day + 1 || next.month != d.month)) return false;
        d = next;
    }
    return true;
}
static_assert(days_step_through({1999, 12, 1}, 500));
static_assert(days_step_through({2023, 1, 1}, 800));
static_assert(days_step_through({2099, 12, 1}, 130));
}  // namespace
