// suara — what the KPPS decides for one person at the TPS, why, and on what legal basis.
// Distributed under the Boost Software License, Version 1.0.
//
// Every reason has one row in `reason_table`: its kind (admit, wait, pending, refuse, redirect),
// a stable key, the message in Indonesian and English, and which legal basis it rests on. The
// basis is regime-dependent and resolved by `basis_of<R>(reason)`, the only place that maps a
// reason to a citation.
//
// Messages name the voter lists by tokens ({dpt}, {dptb}, {dpk}, {dpk_name}, ...; see
// suara/core/list_labels.hpp), never by their letters: "DPTb" is the moved-in list in Pemilu
// 2024 and the unregistered list in Pilkada 2024. `message_of<R>(reason)` is the message with
// R's own labels, rendered at compile time into a table of R, so a decision points at static
// text and stays a literal type that static_assert can check.
#ifndef SUARA_VOTERS_DECISION_HPP
#define SUARA_VOTERS_DECISION_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include <suara/core/citation.hpp>
#include <suara/core/clock.hpp>
#include <suara/core/kontes.hpp>
#include <suara/core/list_labels.hpp>
#include <suara/core/text.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/law/regime.hpp>
#include <suara/voters/nik.hpp>

namespace suara {

/// admit: hand out the ballots; wait: served from a later time; pending: the KPPS does something
/// first (fetch ballots, copy the NIK again) and then serves or decides again; refuse; redirect:
/// to another TPS.
enum class decision_kind : std::uint8_t { admit, wait, pending, refuse, redirect };

[[nodiscard]] constexpr std::string_view to_string(decision_kind k) noexcept {
    switch (k) {
    case decision_kind::admit: return "admit";
    case decision_kind::wait: return "wait";
    case decision_kind::pending: return "pending";
    case decision_kind::refuse: return "refuse";
    case decision_kind::redirect: return "redirect";
    }
    return "refuse";
}

/// Every reason the library gives. Order = row order of `reason_table`.
enum class reason : std::uint8_t {
    admit_dpt,
    admit_dptb,
    admit_dpk,
    admit_closing_queue,
    admit_replacement,
    admit_extra_ballot,
    wait_not_open,
    wait_dptb_window,
    wait_dpk_window,
    pending_copy_nik,
    pending_fetch_ballots,
    refuse_closed,
    refuse_no_identity_document,
    refuse_no_form_a,
    refuse_wrong_tps,
    refuse_outside_area,
    refuse_not_eligible,
    refuse_moved_other_province,
    refuse_moved_no_contest_here,
    refuse_no_contest_here,
    refuse_not_admitted,
    refuse_already_voted,
    refuse_beyond_entitlement,
    refuse_second_replacement,
    refuse_no_ballot_held,
    refuse_no_replacement_stock,
    refuse_dpk_ballots_exhausted,
    redirect_nearest_in_village,
    redirect_same_neighbourhood,
};
inline constexpr std::size_t reason_count = static_cast<std::size_t>(reason::redirect_same_neighbourhood) + 1;

/// Which legal basis a reason rests on: the regime member named alike.
enum class basis_source : std::uint8_t {
    voting_hours,
    dptb_window,
    dpk_window,
    closing_queue_rule,
    identity_documents,
    dpk_address_documents,
    dpk_area,
    contest_areas,
    kontes_held,
    replacement_limit,
    registered_tps,
    dpk_while_ballots_remain,
    minimum_age,
    multiple_voting_prohibition,
    registered_ballots_run_out,
    moved_beyond_entitlement,
    nik_shape_finding,
};

/// One reason of the table: its decision, key, message template and where its basis comes from.
struct reason_info {
    reason why;  ///< The reason.
    decision_kind kind;  ///< The decision it leads to.
    std::string_view key;  ///< Its stable key ("admit.dpt").
    /// A template: lists are named by tokens, rendered with the regime's labels (message_of<R>).
    bilingual message;
    basis_source source;  ///< Where its basis comes from under a regime.
};

// clang-format off
inline constexpr std::array<reason_info, reason_count> reason_table{{
    {reason::admit_dpt, decision_kind::admit, "admit.dpt",
     {"Terdaftar di {dpt} TPS ini: berikan surat suara", "Registered in the {dpt} of this TPS: hand out the ballots"},
     basis_source::registered_tps},
    {reason::admit_dptb, decision_kind::admit, "admit.dptb",
     {"Pemilih pindahan ({dptb}): berikan hanya surat suara yang menjadi haknya menurut formulir Model A",
      "Moved-in voter ({dptb}): hand out only the ballots the Form A entitles"},
     basis_source::contest_areas},
    {reason::admit_dpk, decision_kind::admit, "admit.dpk",
     {"Tidak terdaftar, beralamat di wilayah TPS ini, pada jam terakhir: catat di daftar hadir {dpk} ({dpk_name}) dan berikan surat suara",
      "Not registered, lives in this TPS's area, in the last hour: record in the {dpk} ({dpk_name}) attendance list and hand out the ballots"},
     basis_source::dpk_address_documents},
    {reason::admit_closing_queue, decision_kind::admit, "admit.closing_queue",
     {"Waktu pemungutan suara sudah berakhir, tetapi pemilih sudah hadir dan mengantre sebelum penutupan: tetap dilayani",
      "Voting time is over, but the voter was present and queuing before the close: still served"},
     basis_source::closing_queue_rule},
    {reason::admit_replacement, decision_kind::admit, "admit.replacement",
     {"Surat suara rusak atau keliru dicoblos: berikan satu surat suara pengganti dan catat di berita acara",
      "Ballot damaged or mis-marked: hand out one replacement ballot and record it in the minutes"},
     basis_source::replacement_limit},
    {reason::admit_extra_ballot, decision_kind::admit, "admit.extra_ballot",
     {"Surat suara ini menjadi hak pemilih dan belum diberikan: berikan", "This ballot is due to the voter and was not handed out yet: hand it out"},
     basis_source::contest_areas},
    {reason::wait_not_open, decision_kind::wait, "wait.not_open",
     {"TPS belum dibuka: tunggu sampai pemungutan suara dimulai", "The TPS is not open yet: wait until voting starts"},
     basis_source::voting_hours},
    {reason::wait_dptb_window, decision_kind::wait, "wait.dptb_window",
     {"Pemilih pindahan ({dptb}) dilayani mulai waktu yang ditetapkan: tunggu", "Moved-in voters ({dptb}) are served from the set time: wait"},
     basis_source::dptb_window},
    {reason::wait_dpk_window, decision_kind::wait, "wait.dpk_window",
     {"Pemilih yang tidak terdaftar ({dpk}) hanya dilayani pada jam terakhir: tunggu",
      "Unregistered voters ({dpk}) are served only in the last hour: wait"},
     basis_source::dpk_window},
    {reason::pending_copy_nik, decision_kind::pending, "pending.copy_nik",
     {"NIK yang dicatat tidak berbentuk NIK: salin ulang dari KTP-el, lalu putuskan lagi; ini temuan pencatatan, bukan alasan menolak pemilih",
      "The NIK as copied is not a well-formed NIK: copy it again from the KTP-el, then decide again; it is a data-entry finding, not a ground to refuse the voter"},
     basis_source::nik_shape_finding},
    {reason::pending_fetch_ballots, decision_kind::pending, "pending.fetch_ballots",
     {"Surat suara habis untuk pemilih terdaftar: ambil surat suara dari TPS terdekat, lalu layani pemilih, dan catat sebagai kejadian khusus",
      "Ballots have run out for a registered voter: fetch ballots from the nearest TPS, then serve the voter, and record it as an incident"},
     basis_source::registered_ballots_run_out},
    {reason::refuse_closed, decision_kind::refuse, "refuse.closed",
     {"Pemungutan suara sudah ditutup dan pemilih tidak berada dalam antrean", "Voting has closed and the voter was not in the queue"},
     basis_source::voting_hours},
    {reason::refuse_no_identity_document, decision_kind::refuse, "refuse.no_identity_document",
     {"Tidak membawa dokumen identitas yang sah", "No valid identity document shown"},
     basis_source::identity_documents},
    {reason::refuse_no_form_a, decision_kind::refuse, "refuse.no_form_a",
     {"Pemilih pindahan ({dptb}) wajib menunjukkan formulir Model A pindah memilih", "A moved-in voter ({dptb}) must show the Form A pindah memilih"},
     basis_source::registered_tps},
    {reason::refuse_wrong_tps, decision_kind::refuse, "refuse.wrong_tps",
     {"Terdaftar di TPS lain: memilih di TPS tempat terdaftar", "Registered at another TPS: vote at the TPS where registered"},
     basis_source::registered_tps},
    {reason::refuse_outside_area, decision_kind::refuse, "refuse.outside_area",
     {"Tidak terdaftar dan alamat pada dokumen di luar wilayah TPS ini", "Not registered and the address on the document lies outside this TPS's area"},
     basis_source::dpk_area},
    {reason::refuse_not_eligible, decision_kind::refuse, "refuse.not_eligible",
     {"Belum cukup umur pada hari pemungutan suara dan belum/tidak pernah kawin",
      "Under the voting age on voting day and neither married nor previously married"},
     basis_source::minimum_age},
    {reason::refuse_moved_other_province, decision_kind::refuse, "refuse.moved_other_province",
     {"Pindah memilih dari provinsi lain: tidak satu pun surat suara di TPS ini menjadi hak pemilih ini",
      "Moved from another province: none of the ballots of this TPS is due to this voter"},
     basis_source::contest_areas},
    {reason::refuse_moved_no_contest_here, decision_kind::refuse, "refuse.moved_no_contest_here",
     {"Pemilihan yang menjadi hak pemilih pindahan ini tidak diselenggarakan di TPS ini",
      "None of the contests the moving form entitles is held at this TPS"},
     basis_source::kontes_held},
    {reason::refuse_no_contest_here, decision_kind::refuse, "refuse.no_contest_here",
     {"Pemilihan ini tidak diselenggarakan di TPS ini", "This contest is not held at this TPS"},
     basis_source::kontes_held},
    {reason::refuse_not_admitted, decision_kind::refuse, "refuse.not_admitted",
     {"Orang ini belum diterima sebagai pemilih di TPS ini: putuskan dulu kedatangannya",
      "This person has not been admitted at this TPS: decide the arrival first"},
     basis_source::registered_tps},
    {reason::refuse_already_voted, decision_kind::refuse, "refuse.already_voted",
     {"NIK ini sudah menerima surat suara pemilihan ini: memilih lebih dari satu kali dilarang",
      "This NIK already received a ballot of this contest: voting more than once is forbidden"},
     basis_source::multiple_voting_prohibition},
    {reason::refuse_beyond_entitlement, decision_kind::refuse, "refuse.beyond_entitlement",
     {"Surat suara ini bukan hak pemilih pindahan ({dptb}) menurut formulir Model A: jangan diberikan; memberikannya adalah temuan dan dapat menjadi dasar PSU",
      "This ballot is not due to the moved-in voter ({dptb}) by the Form A: do not hand it out; handing it out is a finding and can be a PSU ground"},
     basis_source::moved_beyond_entitlement},
    {reason::refuse_second_replacement, decision_kind::refuse, "refuse.second_replacement",
     {"Penggantian surat suara hanya dapat dilakukan satu kali", "A ballot can be replaced only once"},
     basis_source::replacement_limit},
    {reason::refuse_no_ballot_held, decision_kind::refuse, "refuse.no_ballot_held",
     {"Pemilih tidak sedang memegang surat suara pemilihan ini", "The voter holds no ballot of this contest"},
     basis_source::replacement_limit},
    {reason::refuse_no_replacement_stock, decision_kind::refuse, "refuse.no_replacement_stock",
     {"Tidak ada lagi surat suara cadangan maupun sisa untuk pengganti", "No reserve or remaining ballot is left for a replacement"},
     basis_source::replacement_limit},
    {reason::refuse_dpk_ballots_exhausted, decision_kind::refuse, "refuse.dpk_ballots_exhausted",
     {"Surat suara habis, dan pemilih {dpk} hanya dapat memilih di TPS yang berada di RT/RW alamatnya: tidak ada TPS lain yang diketahui di sana",
      "Ballots have run out, and an unregistered voter ({dpk}) may vote only at a TPS in the RT/RW of the address: no other is known there"},
     basis_source::dpk_area},
    {reason::redirect_nearest_in_village, decision_kind::redirect, "redirect.nearest_in_village",
     {"Surat suara habis: arahkan pemilih {dpk} ke TPS terdekat di desa/kelurahan yang sama",
      "Ballots have run out: direct the unregistered voter ({dpk}) to the nearest TPS in the same village"},
     basis_source::dpk_while_ballots_remain},
    {reason::redirect_same_neighbourhood, decision_kind::redirect, "redirect.same_neighbourhood",
     {"Surat suara habis: arahkan pemilih {dpk} ke TPS lain yang berada di RT/RW alamatnya",
      "Ballots have run out: direct the unregistered voter ({dpk}) to another TPS in the RT/RW of the address"},
     basis_source::dpk_area},
}};

/// Notes a decision may carry besides its message, as templates like the messages.
enum class advice : std::uint8_t { dptb_early, nik_copy_again, multiple_voting_consequence };
inline constexpr std::size_t advice_count = 3;
inline constexpr std::array<bilingual, advice_count> advice_table{{
    {"Dilayani; pemilih pindahan ({dptb}) dianjurkan datang pada rentang waktu yang ditetapkan",
     "Served; moved-in voters ({dptb}) are advised to come within the set window"},
    {"NIK yang dicatat tidak berbentuk NIK: salin ulang dari KTP-el; ini temuan pencatatan, bukan alasan menolak pemilih",
     "The NIK as copied is not a well-formed NIK: copy it again from the KTP-el; it is a data-entry finding, not a ground to refuse the voter"},
    {"Akibatnya: pemilih yang memberikan suara lebih dari satu kali dapat menjadi dasar pemungutan suara ulang (PSU)",
     "Consequence: a voter voting more than once can be a ground for a re-vote (PSU)"},
}};
// clang-format on

namespace detail {
consteval bool reason_table_in_order() {
    for (std::size_t i = 0; i < reason_count; ++i)
        if (static_cast<std::size_t>(reason_table[i].why) != i) return false;
    return true;
}
/// Room for one rendered message per language (a label may be a list's full name).
inline constexpr std::size_t message_capacity = 320;

template <class R>
inline constexpr auto rendered_reasons = [] {
    std::array<fixed_bilingual<message_capacity>, reason_count> out{};
    for (std::size_t i = 0; i < reason_count; ++i)
        out[i] = render_labels<message_capacity>(reason_table[i].message, R::labels.value);
    return out;
}();
template <class R>
inline constexpr auto rendered_advice = [] {
    std::array<fixed_bilingual<message_capacity>, advice_count> out{};
    for (std::size_t i = 0; i < advice_count; ++i)
        out[i] = render_labels<message_capacity>(advice_table[i], R::labels.value);
    return out;
}();
}  // namespace detail
static_assert(detail::reason_table_in_order(), "suara: reason_table rows must follow the order of enum reason");

[[nodiscard]] constexpr const reason_info& info(reason r) noexcept { return reason_table[static_cast<std::size_t>(r)]; }
[[nodiscard]] constexpr std::string_view to_string(reason r) noexcept { return info(r).key; }

/// The message of `r` with R's own list labels (static text).
template <regime R>
[[nodiscard]] constexpr bilingual message_of(reason r) noexcept {
    static_assert(check_regime<R>());
    return detail::rendered_reasons<R>[static_cast<std::size_t>(r)].view();
}
/// The note `a` with R's own list labels (static text).
template <regime R>
[[nodiscard]] constexpr bilingual advice_of(advice a) noexcept {
    static_assert(check_regime<R>());
    return detail::rendered_advice<R>[static_cast<std::size_t>(a)].view();
}

/// The legal basis of a reason under regime R.
template <regime R>
[[nodiscard]] constexpr citation basis_of(reason r) noexcept {
    static_assert(check_regime<R>());
    switch (info(r).source) {
    case basis_source::voting_hours: return R::voting_hours.basis;
    case basis_source::dptb_window: return R::dptb_window.basis;
    case basis_source::dpk_window: return R::dpk_window.basis;
    case basis_source::closing_queue_rule: return R::closing_queue_rule.basis;
    case basis_source::identity_documents: return R::identity_documents.basis;
    case basis_source::dpk_address_documents: return R::dpk_address_documents.basis;
    case basis_source::dpk_area: return R::dpk_area.basis;
    case basis_source::contest_areas: return R::contest_areas.basis;
    case basis_source::kontes_held: return R::kontes_held.basis;
    case basis_source::replacement_limit: return R::replacement_ballots_per_voter.basis;
    case basis_source::registered_tps: return R::registered_tps_basis;
    case basis_source::dpk_while_ballots_remain: return R::dpk_while_ballots_remain_basis;
    case basis_source::minimum_age: return R::minimum_age.basis;
    case basis_source::multiple_voting_prohibition: return R::multiple_voting_prohibition;
    case basis_source::registered_ballots_run_out: return R::registered_ballots_run_out_basis;
    case basis_source::moved_beyond_entitlement: return R::moved_beyond_entitlement_basis;
    case basis_source::nik_shape_finding: return R::nik_shape_finding_basis;
    }
    return R::voting_hours.basis;
}

/// One decision of the KPPS about one person.
struct decision {
    decision_kind kind = decision_kind::refuse;  ///< Admit, wait, refuse or redirect.
    reason why = reason::refuse_closed;  ///< The reason, with a stable key.
    /// The ballots to hand out (admit only; empty otherwise).
    kontes_set ballots{};
    citation basis{};  ///< The legal basis under the regime.
    bilingual message{};  ///< What the KPPS does, in Indonesian and English.
    /// wait: the time from which the person will be served.
    clock_time until{};
    /// redirect: where to send the person, when the TPS knows it.
    std::optional<tps_code> redirect_to{};
    /// A note that does not change the decision (a moved-in voter earlier than the advised
    /// time; the reason a voter in the closing queue is served; the consequence of a refused
    /// second vote), with its basis; empty when there is none.
    bilingual advice{};
    citation advice_basis{};  ///< The basis of `advice`.
    /// A data-entry finding: the NIK as copied fails the shape check (where, and the note to
    /// copy it again from the KTP-el). It never refuses the voter by itself.
    nik_error nik_finding = nik_error::none;
    std::size_t nik_finding_at = 0;  ///< Position of the first offending character of the NIK.
    bilingual finding{};  ///< The NIK finding for the record, in Indonesian and English.
    citation finding_basis{};  ///< The basis of `finding`.

    /// True when the person is admitted.
    [[nodiscard]] constexpr bool admitted() const noexcept { return kind == decision_kind::admit; }
    /// Equal when every member is.
    friend constexpr bool operator==(const decision&, const decision&) = default;
};

/// A decision for `r` under regime R, with its message and basis from the table.
template <regime R>
[[nodiscard]] constexpr decision make_decision(reason r, kontes_set ballots = {}) noexcept {
    decision d;
    d.kind = info(r).kind;
    d.why = r;
    d.ballots = d.kind == decision_kind::admit ? ballots : kontes_set{};
    d.basis = basis_of<R>(r);
    d.message = message_of<R>(r);
    return d;
}

/// `d` with the data-entry finding of a NIK text that failed the shape check (unchanged when
/// the NIK is well formed).
template <regime R>
[[nodiscard]] constexpr decision with_nik_finding(decision d, const nik_result& parsed) noexcept {
    if (parsed.ok()) return d;
    d.nik_finding = parsed.error();
    d.nik_finding_at = parsed.position();
    d.finding = advice_of<R>(advice::nik_copy_again);
    d.finding_basis = R::nik_shape_finding_basis;
    return d;
}

}  // namespace suara

#endif  // SUARA_VOTERS_DECISION_HPP
