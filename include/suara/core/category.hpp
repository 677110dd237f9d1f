// suara — the three voter lists, the sexes of the forms, and what a figure counts.
// Distributed under the Boost Software License, Version 1.0.
#ifndef SUARA_CORE_CATEGORY_HPP
#define SUARA_CORE_CATEGORY_HPP

#include <string_view>
#include <type_traits>

namespace suara {

// ---------------------------------------------------------------------------------------------
// Voter lists. The names say what a list means (docs/sources.md#labels); the printed label belongs to the
// regime (on the Pilkada 2024 form the moved-in list prints as DPPh and the unregistered one as
// DPTb). Keeping them as distinct types is the point: mixing them up forces a re-vote.
// ---------------------------------------------------------------------------------------------

/// Registered in the final voter list (Daftar Pemilih Tetap) of this TPS.
struct dpt {
    static constexpr std::string_view key = "dpt";  ///< The list's key in records and messages.
};
/// Registered elsewhere and moved in with a Form A pindah memilih (DPTb in Pemilu, DPPh on the
/// Pilkada 2024 form).
struct dptb {
    static constexpr std::string_view key = "dptb";  ///< The list's key in records and messages.
};
/// In no list; votes with KTP-el (or suket) at the TPS of the address, in the last hour (DPK in
/// Pemilu, printed DPTb on the Pilkada 2024 form).
struct dpk {
    static constexpr std::string_view key = "dpk";  ///< The list's key in records and messages.
};
/// The three lists together: an aggregate, only produced by named aggregations.
struct all_lists {
    static constexpr std::string_view key = "total";  ///< The key of the total row ("pengguna_total_*").
};
/// Voters with disabilities: a cross-cutting row of the form, not a fourth list.
struct disabilitas {
    static constexpr std::string_view key = "disabilitas";  ///< The key of the disability rows.
};
/// For figures not split by list (ballots, votes).
struct no_list {
    static constexpr std::string_view key = "";  ///< Empty: the figure has no list.
};

/// Run-time name of a list, for records and decisions.
enum class voter_list : unsigned char { dpt, dptb, dpk };

[[nodiscard]] constexpr std::string_view to_string(voter_list l) noexcept {
    switch (l) {
    case voter_list::dpt: return "dpt";
    case voter_list::dptb: return "dptb";
    case voter_list::dpk: return "dpk";
    }
    return "dpt";
}

template <class L>
inline constexpr bool is_voter_list_v =
    std::is_same_v<L, dpt> || std::is_same_v<L, dptb> || std::is_same_v<L, dpk>;

// ---------------------------------------------------------------------------------------------
// Sexes as printed on the form: L (laki-laki), P (perempuan), J (jumlah, the total).
// ---------------------------------------------------------------------------------------------
namespace sex {
/// Laki-laki: men.
struct l {
    static constexpr std::string_view key = "l";  ///< The sex's key, as in the column suffix `_l`.
};
/// Perempuan: women.
struct p {
    static constexpr std::string_view key = "p";  ///< The sex's key, as in the column suffix `_p`.
};
/// Jumlah: only produced by `sum_of_sexes` or read as printed.
struct j {
    static constexpr std::string_view key = "j";  ///< The sex's key, as in the column suffix `_j`.
};
/// For figures not split by sex (ballots, votes).
struct none {
    static constexpr std::string_view key = "";  ///< Empty: the figure has no sex.
};
}  // namespace sex

/// Run-time sex of a person (NIK, voter records).
enum class person_sex : unsigned char { l, p };

// ---------------------------------------------------------------------------------------------
// What a figure counts. Each is its own dimension: voters are not ballots, ballots are not votes.
// ---------------------------------------------------------------------------------------------
namespace kind {
/// Registered voters (pemilih): the "data pemilih" rows.
struct pemilih {
    static constexpr std::string_view key = "pemilih";  ///< The kind's key in field names.
};
/// Voters who used their right to vote (pengguna hak pilih).
struct pengguna_hak_pilih {
    static constexpr std::string_view key = "pengguna";  ///< The kind's key in field names.
};
/// Ballot papers (surat suara).
struct surat_suara {
    static constexpr std::string_view key = "surat";  ///< The kind's key in field names.
};
/// Votes (suara), valid or invalid.
struct suara {
    static constexpr std::string_view key = "suara";  ///< The kind's key in field names.
};
}  // namespace kind

}  // namespace suara

#endif  // SUARA_CORE_CATEGORY_HPP
