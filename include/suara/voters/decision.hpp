// suara — what the KPPS decides for one person at the TPS, why, and on what legal basis.
// Distributed under the Boost Software License, Version 1.0.
//
// Every reason has one row in `reason_table`: its kind (admit, wait, refuse, redirect), a
// stable key, the message in Indonesian and English, and which legal basis it rests on. The
// basis is regime-dependent and resolved by `basis_of<R>(reason)`, the only place that maps a
// reason to a citation. Decisions are literal types, so they can be checked in static_assert.
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
#include <suara/core/text.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/regimes/regime.hpp>

namespace suara {

enum class decision_kind : std::uint8_t { admit, wait, refuse, redirect };

[[nodiscard]] constexpr std::string_view to_string(decision_kind k) noexcept {
    switch (k) {
    case decision_kind::admit: return "admit";
    case decision_kind::wait: return "wait";
    case decision_kind::refuse: return "refuse";
    case decision_kind::redirect: return "redirect";
    }
    return "refuse";
}

/// Every reason the library gives. Order = row order of `reason_table`.
enum class reason : std::uint8_t {
    admit_dpt,
    admit_dptb_same_regency,
    admit_dptb_same_province,
    admit_dptb_other_province,
    admit_dpk,
    admit_closing_queue,
    admit_replacement,
    wait_not_open,
    wait_dptb_window,
    wait_dpk_window,
    refuse_closed,
    refuse_invalid_nik,
    refuse_no_identity_document,
    refuse_no_form_a,
    refuse_wrong_tps,
    refuse_outside_area,
    refuse_not_eligible,
    refuse_moved_other_province,
    refuse_already_voted,
    refuse_no_ballots_left,
    refuse_second_replacement,
    refuse_no_ballot_held,
    refuse_no_replacement_stock,
    redirect_ballots_exhausted,
};
inline constexpr std::size_t reason_count = static_cast<std::size_t>(reason::redirect_ballots_exhausted) + 1;

/// Which legal basis a reason rests on: the regime member named alike.
enum class basis_source : std::uint8_t {
    voting_hours,
    dptb_window,
    dpk_window,
    closing_queue_rule,
    identity_documents,
    dpk_address_documents,
    moved_same_regency,
    moved_same_province,
    moved_other_province,
    replacement_limit,
    registered_tps,
    dpk_while_ballots_remain,
    minimum_age,
    multiple_voting,
    allocation,
};

struct reason_info {
    reason why;
    decision_kind kind;
    std::string_view key;
    bilingual message;
    basis_source source;
};

// clang-format off
inline constexpr std::array<reason_info, reason_count> reason_table{{
    {reason::admit_dpt, decision_kind::admit, "admit.dpt",
     {"Terdaftar di DPT TPS ini: berikan surat suara", "Registered in the DPT of this TPS: hand out the ballots"},
     basis_source::registered_tps},
    {reason::admit_dptb_same_regency, decision_kind::admit, "admit.dptb_same_regency",
     {"Pindah memilih dalam kabupaten/kota yang sama: berikan surat suara sesuai hak pindahan",
      "Moved within the same regency/city: hand out the ballots the moving form entitles"},
     basis_source::moved_same_regency},
    {reason::admit_dptb_same_province, decision_kind::admit, "admit.dptb_same_province",
     {"Pindah memilih dari kabupaten/kota lain dalam provinsi yang sama: hanya surat suara sesuai hak pindahan",
      "Moved from another regency/city of the same province: only the ballots the moving form entitles"},
     basis_source::moved_same_province},
    {reason::admit_dptb_other_province, decision_kind::admit, "admit.dptb_other_province",
     {"Pindah memilih dari provinsi lain: hanya surat suara sesuai hak pindahan",
      "Moved from another province: only the ballots the moving form entitles"},
     basis_source::moved_other_province},
    {reason::admit_dpk, decision_kind::admit, "admit.dpk",
     {"Tidak terdaftar, beralamat di wilayah TPS ini, pada jam terakhir: catat di daftar hadir DPK dan berikan surat suara",
      "Not registered, lives in this TPS's area, in the last hour: record in the DPK attendance list and hand out the ballots"},
     basis_source::dpk_address_documents},
    {reason::admit_closing_queue, decision_kind::admit, "admit.closing_queue",
     {"Waktu pemungutan suara sudah berakhir, tetapi pemilih sudah hadir dan mengantre sebelum penutupan: tetap dilayani",
      "Voting time is over, but the voter was present and queuing before the close: still served"},
     basis_source::closing_queue_rule},
    {reason::admit_replacement, decision_kind::admit, "admit.replacement",
     {"Surat suara rusak atau keliru dicoblos: berikan satu surat suara pengganti dan catat di berita acara",
      "Ballot damaged or mis-marked: hand out one replacement ballot and record it in the minutes"},
     basis_source::replacement_limit},
    {reason::wait_not_open, decision_kind::wait, "wait.not_open",
     {"TPS belum dibuka: tunggu sampai pemungutan suara dimulai", "The TPS is not open yet: wait until voting starts"},
     basis_source::voting_hours},
    {reason::wait_dptb_window, decision_kind::wait, "wait.dptb_window",
     {"Pemilih pindahan dilayani mulai waktu yang ditetapkan: tunggu", "Moved-in voters are served from the set time: wait"},
     basis_source::dptb_window},
    {reason::wait_dpk_window, decision_kind::wait, "wait.dpk_window",
     {"Pemilih yang tidak terdaftar hanya dilayani pada satu jam terakhir: tunggu",
      "Unregistered voters are served only in the last hour: wait"},
     basis_source::dpk_window},
    {reason::refuse_closed, decision_kind::refuse, "refuse.closed",
     {"Pemungutan suara sudah ditutup dan pemilih tidak berada dalam antrean", "Voting has closed and the voter was not in the queue"},
     basis_source::voting_hours},
    {reason::refuse_invalid_nik, decision_kind::refuse, "refuse.invalid_nik",
     {"NIK tidak sah: identitas tidak dapat dipastikan", "Invalid NIK: the identity cannot be established"},
     basis_source::identity_documents},
    {reason::refuse_no_identity_document, decision_kind::refuse, "refuse.no_identity_document",
     {"Tidak membawa dokumen identitas yang sah", "No valid identity document shown"},
     basis_source::identity_documents},
    {reason::refuse_no_form_a, decision_kind::refuse, "refuse.no_form_a",
     {"Pemilih pindahan wajib menunjukkan formulir Model A pindah memilih", "A moved-in voter must show the Form A pindah memilih"},
     basis_source::registered_tps},
    {reason::refuse_wrong_tps, decision_kind::refuse, "refuse.wrong_tps",
     {"Terdaftar di TPS lain: memilih di TPS tempat terdaftar", "Registered at another TPS: vote at the TPS where registered"},
     basis_source::registered_tps},
    {reason::refuse_outside_area, decision_kind::refuse, "refuse.outside_area",
     {"Tidak terdaftar dan alamat pada dokumen di luar wilayah TPS ini", "Not registered and the address on the document lies outside this TPS's area"},
     basis_source::dpk_address_documents},
    {reason::refuse_not_eligible, decision_kind::refuse, "refuse.not_eligible",
     {"Belum berumur 17 tahun pada hari pemungutan suara dan belum/tidak pernah kawin",
      "Not 17 on voting day and neither married nor previously married"},
     basis_source::minimum_age},
    {reason::refuse_moved_other_province, decision_kind::refuse, "refuse.moved_other_province",
     {"Pindah memilih antarprovinsi tidak dapat dilayani dalam pemilihan ini",
      "Moving across provinces is not possible in this election"},
     basis_source::moved_other_province},
    {reason::refuse_already_voted, decision_kind::refuse, "refuse.already_voted",
     {"NIK ini sudah menerima surat suara untuk pemilihan ini: memilih lebih dari satu kali dilarang",
      "This NIK already received a ballot of this contest: voting more than once is forbidden"},
     basis_source::multiple_voting},
    {reason::refuse_no_ballots_left, decision_kind::refuse, "refuse.no_ballots_left",
     {"Surat suara habis padahal alokasi mencakup setiap pemilih terdaftar: catat sebagai kejadian khusus",
      "No ballots left although the allocation covers every registered voter: record it as an incident"},
     basis_source::allocation},
    {reason::refuse_second_replacement, decision_kind::refuse, "refuse.second_replacement",
     {"Penggantian surat suara hanya dapat dilakukan satu kali", "A ballot can be replaced only once"},
     basis_source::replacement_limit},
    {reason::refuse_no_ballot_held, decision_kind::refuse, "refuse.no_ballot_held",
     {"Pemilih tidak sedang memegang surat suara pemilihan ini", "The voter holds no ballot of this contest"},
     basis_source::replacement_limit},
    {reason::refuse_no_replacement_stock, decision_kind::refuse, "refuse.no_replacement_stock",
     {"Tidak ada lagi surat suara cadangan maupun sisa untuk pengganti", "No reserve or remaining ballot is left for a replacement"},
     basis_source::replacement_limit},
    {reason::redirect_ballots_exhausted, decision_kind::redirect, "redirect.ballots_exhausted",
     {"Surat suara habis: arahkan ke TPS terdekat di desa/kelurahan yang sama",
      "Ballots have run out: direct the voter to the nearest TPS in the same village"},
     basis_source::dpk_while_ballots_remain},
}};
// clang-format on

namespace detail {
consteval bool reason_table_in_order() {
    for (std::size_t i = 0; i < reason_count; ++i)
        if (static_cast<std::size_t>(reason_table[i].why) != i) return false;
    return true;
}
}  // namespace detail
static_assert(detail::reason_table_in_order(), "suara: reason_table rows must follow the order of enum reason");

[[nodiscard]] constexpr const reason_info& info(reason r) noexcept { return reason_table[static_cast<std::size_t>(r)]; }
[[nodiscard]] constexpr std::string_view to_string(reason r) noexcept { return info(r).key; }

/// The legal basis of a reason under regime R.
template <class R>
[[nodiscard]] constexpr citation basis_of(reason r) noexcept {
    static_assert(check_regime<R>());
    switch (info(r).source) {
    case basis_source::voting_hours: return R::voting_hours.basis;
    case basis_source::dptb_window: return R::dptb_window.basis;
    case basis_source::dpk_window: return R::dpk_window.basis;
    case basis_source::closing_queue_rule: return R::closing_queue_rule.basis;
    case basis_source::identity_documents: return R::identity_documents.basis;
    case basis_source::dpk_address_documents: return R::dpk_address_documents.basis;
    case basis_source::moved_same_regency: return R::moved_same_regency_ballots.basis;
    case basis_source::moved_same_province: return R::moved_same_province_ballots.basis;
    case basis_source::moved_other_province: return R::moved_other_province_ballots.basis;
    case basis_source::replacement_limit: return R::replacement_ballots_per_voter.basis;
    case basis_source::registered_tps: return R::registered_tps_basis;
    case basis_source::dpk_while_ballots_remain: return R::dpk_while_ballots_remain_basis;
    case basis_source::minimum_age: return R::minimum_age.basis;
    case basis_source::multiple_voting: return R::psu_multiple_voting_threshold.basis;
    case basis_source::allocation: return R::allocation_includes_dptb.basis;
    }
    return R::voting_hours.basis;
}

/// One decision of the KPPS about one person.
struct decision {
    decision_kind kind = decision_kind::refuse;
    reason why = reason::refuse_invalid_nik;
    /// The ballots to hand out (admit only; empty otherwise).
    kontes_set ballots{};
    citation basis{};
    bilingual message{};
    /// wait: the time from which the person will be served.
    clock_time until{};
    /// redirect: where to send the person, when the TPS knows its nearest neighbour.
    std::optional<tps_code> redirect_to{};
    /// A note that does not change the decision (e.g. a moved-in voter earlier than the
    /// advised time in Pemilu 2024), with its basis; empty when there is none.
    bilingual advice{};
    citation advice_basis{};

    [[nodiscard]] constexpr bool admitted() const noexcept { return kind == decision_kind::admit; }
    friend constexpr bool operator==(const decision&, const decision&) = default;
};

/// A decision for `r` under regime R, with its message and basis from the table.
template <class R>
[[nodiscard]] constexpr decision make_decision(reason r, kontes_set ballots = {}) noexcept {
    decision d;
    d.kind = info(r).kind;
    d.why = r;
    d.ballots = d.kind == decision_kind::admit ? ballots : kontes_set{};
    d.basis = basis_of<R>(r);
    d.message = info(r).message;
    return d;
}

}  // namespace suara

#endif  // SUARA_VOTERS_DECISION_HPP
