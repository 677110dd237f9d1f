// suara — voter records and the three voter lists, one type per list.
// Distributed under the Boost Software License, Version 1.0.
//
// The KPPS training drills one thing above all: keep DPT, DPTb and DPK apart, because mixing
// them forces a re-vote (unregistered voters voting, moved voters receiving ballots beyond their
// moving form: both were grounds of Bawaslu's PSU recommendations in 2024). Here each list is its own type, `voter_list_of<dpt>`, `voter_list_of<dptb>`,
// `voter_list_of<dpk>`: a function that wants the DPT does not accept the DPK, and the counts a
// list yields are typed by that list (`pemilih_count<dpt, sex::l>`), so they cannot be added to
// another list's counts either.
#ifndef SUARA_VOTERS_VOTER_LIST_HPP
#define SUARA_VOTERS_VOTER_LIST_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include <suara/core/category.hpp>
#include <suara/core/count.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/voters/nik.hpp>

namespace suara {

/// Where a person lives, as the TPS areas are drawn: RT and RW within a village (desa/kelurahan,
/// the 10-digit Kemendagri code).
struct address_area {
    std::uint64_t village = 0;  ///< The village (kelurahan or desa) code, 10 digits.
    std::uint16_t rw = 0;  ///< Rukun warga (RW) number.
    std::uint16_t rt = 0;  ///< Rukun tetangga (RT) number.
    /// Equal when village, RW and RT are.
    friend constexpr bool operator==(const address_area&, const address_area&) = default;
};

/// One line of a voter list. The sex is the NIK's (day + 40 for women): one source of truth,
/// so a list cannot say L where the NIK says P.
struct voter_record {
    nik id;  ///< The voter's NIK, from which the sex and birth date are read.
    std::string name;  ///< The name as listed.
    address_area address;  ///< The address as listed.
    bool disabilitas = false;  ///< Marked as a voter with a disability.
    /// The TPS whose list this line belongs to.
    tps_code tps;

    /// The sex, from the NIK.
    [[nodiscard]] constexpr person_sex sex() const noexcept { return id.sex(); }
};

namespace detail {
template <class L>
constexpr voter_list list_enum() noexcept {
    if constexpr (std::is_same_v<L, dpt>)
        return voter_list::dpt;
    else if constexpr (std::is_same_v<L, dptb>)
        return voter_list::dptb;
    else
        return voter_list::dpk;
}
}  // namespace detail

/// A voter list of one category (dpt, dptb or dpk), possibly spanning many TPS (a regency's
/// DPT). Records keep their insertion order; `index` in reports refers to it.
template <class L>
class voter_list_of {
    static_assert(is_voter_list_v<L>,
                  "suara: voter_list_of<L> takes one of the three lists: suara::dpt, suara::dptb or suara::dpk");

public:
    using list_type = L;  ///< The list, as a type (dpt, dptb or dpk).
    static constexpr voter_list category = detail::list_enum<L>();  ///< The list, as a run-time value.

    voter_list_of() = default;
    /// A list of these records.
    explicit voter_list_of(std::vector<voter_record> records) : records_{std::move(records)} {}

    /// Appends a record.
    void add(voter_record r) { records_.push_back(std::move(r)); }
    /// Reserves room for `n` records.
    void reserve(std::size_t n) { records_.reserve(n); }

    /// Number of records.
    [[nodiscard]] std::size_t size() const noexcept { return records_.size(); }
    /// True when the list is empty.
    [[nodiscard]] bool empty() const noexcept { return records_.empty(); }
    /// Record `i`, in insertion order.
    [[nodiscard]] const voter_record& operator[](std::size_t i) const { return records_[i]; }
    /// First record.
    [[nodiscard]] auto begin() const noexcept { return records_.begin(); }
    /// One past the last record.
    [[nodiscard]] auto end() const noexcept { return records_.end(); }

    /// The line of `id` at `tps`, if any. Linear: meant for one TPS's list (a few hundred
    /// lines); a regency-wide search goes through `find_duplicates` or a polling-station day.
    [[nodiscard]] const voter_record* find(nik id, tps_code tps) const noexcept {
        for (const auto& r : records_)
            if (r.id == id && r.tps == tps) return &r;
        return nullptr;
    }

    /// Registered voters of this list at `tps`, by sex: the "data pemilih" row of the form,
    /// typed by this list.
    template <class Sex>
    [[nodiscard]] pemilih_count<L, Sex> registered(tps_code tps) const {
        count_rep n = 0;
        for (const auto& r : records_) n += r.tps == tps && matches<Sex>(r) ? 1 : 0;
        return pemilih_count<L, Sex>{n};
    }
    /// Registered voters with disabilities of this list at `tps`, by sex.
    template <class Sex>
    [[nodiscard]] pemilih_count<disabilitas, Sex> registered_disabilitas(tps_code tps) const {
        count_rep n = 0;
        for (const auto& r : records_) n += r.tps == tps && r.disabilitas && matches<Sex>(r) ? 1 : 0;
        return pemilih_count<disabilitas, Sex>{n};
    }

private:
    template <class Sex>
    static constexpr bool matches(const voter_record& r) noexcept {
        if constexpr (std::is_same_v<Sex, sex::l>)
            return r.sex() == person_sex::l;
        else if constexpr (std::is_same_v<Sex, sex::p>)
            return r.sex() == person_sex::p;
        else
            return true;
    }
    std::vector<voter_record> records_;
};

}  // namespace suara

#endif  // SUARA_VOTERS_VOTER_LIST_HPP
