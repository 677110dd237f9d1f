// suara — duplicate NIKs within a list, across the three lists and across TPS.
// Distributed under the Boost Software License, Version 1.0.
//
// A person on two lines can receive two sets of ballots: voting more than once is forbidden, and
// a PSU ground as its consequence (UU 1/2015 Pasal 112 ayat (2) huruf d; PKPU 25/2023 Pasal 80
// ayat (3)). The check sorts one flat key array, so a
// regency's lists (hundreds of thousands of lines) take one allocation and O(n log n) time.
#ifndef SUARA_VOTERS_DUPLICATES_HPP
#define SUARA_VOTERS_DUPLICATES_HPP

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include <suara/core/category.hpp>
#include <suara/core/tps_code.hpp>
#include <suara/voters/nik.hpp>
#include <suara/voters/voter_list.hpp>

namespace suara {

/// One line on which a NIK appears.
struct appearance {
    voter_list list = voter_list::dpt;  ///< The list of the line.
    tps_code tps;  ///< The TPS of the line.
    /// Index of the line in its list.
    std::size_t index = 0;
    /// Equal when list, TPS and index are.
    friend constexpr bool operator==(const appearance&, const appearance&) = default;
};

/// One NIK found on more than one line, with every line, and what kind of duplicate it is
/// (several flags can hold at once).
struct duplicate {
    nik id;  ///< The NIK.
    std::span<const appearance> where;  ///< Every line it appears on.
    bool same_tps_twice = false;  ///< two lines of one list at one TPS
    bool across_tps = false;      ///< lines at two or more TPS
    bool across_lists = false;    ///< lines in two or more of DPT, DPTb, DPK
};

/// Every duplicate NIK, ordered by NIK.
class duplicate_report {
public:
    /// Number of duplicate NIKs.
    [[nodiscard]] std::size_t size() const noexcept { return entries_.size(); }
    /// True when no NIK appears twice.
    [[nodiscard]] bool empty() const noexcept { return entries_.empty(); }
    /// Duplicate `i`, in NIK order.
    [[nodiscard]] duplicate operator[](std::size_t i) const {
        const auto& e = entries_[i];
        return {e.id, std::span<const appearance>{places_}.subspan(e.offset, e.count), e.same_tps_twice, e.across_tps,
                e.across_lists};
    }
    /// Number of NIKs with lines at two or more TPS / in two or more lists.
    [[nodiscard]] std::size_t count_across_tps() const noexcept { return count_if(&entry::across_tps); }
    /// Number of NIKs with lines in two or more lists.
    [[nodiscard]] std::size_t count_across_lists() const noexcept { return count_if(&entry::across_lists); }
    /// Number of NIKs with two lines of one list at one TPS.
    [[nodiscard]] std::size_t count_same_tps_twice() const noexcept { return count_if(&entry::same_tps_twice); }

private:
    struct entry {
        nik id;
        std::size_t offset;
        std::size_t count;
        bool same_tps_twice, across_tps, across_lists;
    };
    [[nodiscard]] std::size_t count_if(bool entry::*flag) const noexcept {
        return static_cast<std::size_t>(
            std::count_if(entries_.begin(), entries_.end(), [&](const entry& e) { return e.*flag; }));
    }
    template <class... Lists>
    friend duplicate_report find_duplicates(const Lists&... lists);

    std::vector<appearance> places_;
    std::vector<entry> entries_;
};

namespace detail {
struct dup_key {
    std::uint64_t nik;
    std::uint64_t tps;
    voter_list list;
    std::uint32_t index;
    friend constexpr auto operator<=>(const dup_key&, const dup_key&) = default;
};
template <class L>
void push_keys(std::vector<dup_key>& keys, const voter_list_of<L>& list) {
    for (std::size_t i = 0; i < list.size(); ++i)
        keys.push_back({list[i].id.number(), list[i].tps.number(), list.category, static_cast<std::uint32_t>(i)});
}
}  // namespace detail

/// Duplicates among any of the typed lists given (each list at most once: one DPT, one DPTb,
/// one DPK). `find_duplicates(dpt_list)` checks one list; `find_duplicates(dpt, dptb, dpk)`
/// also finds the same NIK in DPT and DPTb.
template <class... Lists>
[[nodiscard]] duplicate_report find_duplicates(const Lists&... lists) {
    static_assert(sizeof...(Lists) >= 1, "suara: find_duplicates needs at least one list");
    std::vector<detail::dup_key> keys;
    keys.reserve((lists.size() + ... + 0));
    (detail::push_keys(keys, lists), ...);
    std::sort(keys.begin(), keys.end());

    duplicate_report report;
    for (std::size_t i = 0; i < keys.size();) {
        std::size_t j = i + 1;
        while (j < keys.size() && keys[j].nik == keys[i].nik) ++j;
        if (j - i > 1) {
            duplicate_report::entry e{
                *nik::from_number(keys[i].nik), report.places_.size(), j - i, false, false, false};
            for (std::size_t k = i; k < j; ++k) {
                report.places_.push_back({keys[k].list, *tps_code::from_number(keys[k].tps), keys[k].index});
                if (k > i) {
                    // Sorted by (nik, tps, list, index): equal neighbours in tps and list mean a
                    // repeated line; a different TPS or list anywhere in the run is seen here.
                    e.across_tps |= keys[k].tps != keys[i].tps;
                    e.across_lists |= keys[k].list != keys[i].list;
                    e.same_tps_twice |= keys[k].tps == keys[k - 1].tps && keys[k].list == keys[k - 1].list;
                }
            }
            report.entries_.push_back(e);
        }
        i = j;
    }
    return report;
}

}  // namespace suara

#endif  // SUARA_VOTERS_DUPLICATES_HPP
