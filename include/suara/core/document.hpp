// suara — identity and voting documents shown at the TPS.
// Distributed under the Boost Software License, Version 1.0.
#ifndef SUARA_CORE_DOCUMENT_HPP
#define SUARA_CORE_DOCUMENT_HPP

#include <cstdint>
#include <initializer_list>
#include <string_view>

namespace suara {

/// Documents a person may show at the TPS. Which of them prove identity, and which entitle a
/// person on no list by their address, is a regime constant (`identity_documents`,
/// `dpk_address_documents`).
enum class document : std::uint8_t {
    ktp_el,              ///< electronic identity card
    suket,               ///< Dukcapil certificate that the KTP-el was recorded
    kk,                  ///< Kartu Keluarga (family card)
    biodata_penduduk,    ///< Biodata Penduduk printout
    ikd,                 ///< Identitas Kependudukan Digital
    c_pemberitahuan,     ///< Model C.Pemberitahuan invitation (not a condition to vote)
    form_a_pindah,       ///< Form Model A pindah memilih (moving form); what it entitles is a `moving_form`
};

[[nodiscard]] constexpr std::string_view to_string(document d) noexcept {
    switch (d) {
    case document::ktp_el: return "KTP-el";
    case document::suket: return "suket";
    case document::kk: return "KK";
    case document::biodata_penduduk: return "Biodata Penduduk";
    case document::ikd: return "IKD";
    case document::c_pemberitahuan: return "C.Pemberitahuan";
    case document::form_a_pindah: return "Form A pindah memilih";
    }
    return "";
}

/// A set of documents.
class document_set {
public:
    constexpr document_set() noexcept = default;
    /// The documents listed.
    constexpr document_set(std::initializer_list<document> ds) noexcept {
        for (auto d : ds) insert(d);
    }
    /// Adds a document.
    constexpr void insert(document d) noexcept { bits_ |= bit(d); }
    /// True when the set holds `d`.
    [[nodiscard]] constexpr bool contains(document d) const noexcept { return (bits_ & bit(d)) != 0; }
    /// True when the set holds no document.
    [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
    /// True when this set holds at least one document of `any_of`.
    [[nodiscard]] constexpr bool intersects(document_set any_of) const noexcept {
        return (bits_ & any_of.bits_) != 0;
    }
    /// True when every document of `other` is in this set.
    [[nodiscard]] constexpr bool includes(document_set other) const noexcept {
        return (other.bits_ & ~bits_) == 0;
    }
    /// Equal when they hold the same documents.
    friend constexpr bool operator==(document_set, document_set) noexcept = default;

private:
    static constexpr std::uint8_t bit(document d) noexcept {
        return static_cast<std::uint8_t>(1U << static_cast<unsigned>(d));
    }
    std::uint8_t bits_ = 0;
};

}  // namespace suara

#endif  // SUARA_CORE_DOCUMENT_HPP
