// suara — the fast path of the Sirekap reader (io/sirekap.hpp): an accepted per-TPS record read
// with simdjson's On Demand API. Compiled only with `SUARA_SIREKAP_SIMDJSON` (suara::sirekap
// defines it when CMake finds simdjson); without it this header declares nothing.
// Distributed under the Boost Software License, Version 1.0.
//
// Why On Demand: the DOM API builds a tape of the whole record and the reader then walks it
// again (12.6 instructions a byte over the 1,000 real records of data/sirekap); On Demand reads
// each value once, straight from simdjson's structural index. Its catch: a value that is skipped
// is not validated (`[1 2` inside an ignored key would pass). So this reader consumes every value
// itself — those of unknown keys too, checking their type and recursing into arrays and objects —
// and checks that nothing follows the record. It only ever says "accepted, and here is what it
// holds"; on anything unusual (bad JSON, a rejection, a known key written twice, many unknown keys,
// a number that is not a plain figure, an escape it would have to judge) it declines, changing
// nothing, and the Boost.JSON DOM path (`sirekap_reader::parse_with_dom`) reads the record
// again and alone decides rejections and warnings. tests/fuzz/fuzz_sirekap.cpp compares the two.
#ifndef SUARA_IO_DETAIL_SIREKAP_FAST_HPP
#define SUARA_IO_DETAIL_SIREKAP_FAST_HPP

#if defined(SUARA_SIREKAP_SIMDJSON)

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <simdjson.h>

#include <suara/core/kontes.hpp>
#include <suara/form/field.hpp>
#include <suara/form/psu_status.hpp>
#include <suara/form/sheet.hpp>

namespace suara::io::detail {

/// What an accepted record holds, as the DOM path would read it. The views point into the
/// record's padded copy or the parser's string buffer: valid until the next read().
struct sirekap_fast_record {
    std::array<std::uint32_t, field_count> figures;  ///< administrasi, missing_figure where absent
    std::array<std::uint32_t, max_candidates> votes;  ///< chart, by ballot number - 1
    std::uint32_t blank = missing_figure;  ///< chart's ballot number 0
    std::string_view psu_text;  ///< the psu string ("" when null or absent)
    bool psu_given = false;  ///< psu is a string
    std::string_view ts;  ///< ts when it is a string, else ""
    static constexpr std::size_t max_images = 16;  ///< more photos: declined (the DOM path reads them)
    std::array<std::string_view, max_images> images;  ///< the string entries of `images`, in order
    std::size_t image_count = 0;  ///< how many of `images` are set
    static constexpr std::size_t max_unknown = 8;  ///< more unknown administrasi keys: declined
    std::array<std::string_view, max_unknown> unknown;  ///< unknown administrasi keys, in order (unescaped)
    std::size_t unknown_count = 0;  ///< how many of `unknown` are set
};

/// Reads accepted Sirekap records with simdjson On Demand; declines everything else.
class sirekap_fast_reader {
public:
    /// Ballot number of a Sirekap candidate id in the record's contest (nullopt: not listed).
    using number_of_fn = std::optional<std::uint8_t> (*)(const void* table, std::uint64_t id);
    /// The field of an administrasi key (sirekap_reader::admin_field).
    using field_of_fn = std::optional<field> (*)(std::string_view key);

    /// True when `json` is a record the DOM path accepts without a rejection; `out` then holds
    /// it. `max_depth`: the nesting the DOM path allows (deeper records are declined).
    /// `number_of(table, id)` maps chart ids of the record's contest (which must have a
    /// candidate table: ascending ids and their warning are the DOM path's).
    bool read(std::string_view json, std::size_t max_depth, const void* table, number_of_fn number_of,
              field_of_fn field_of, sirekap_fast_record& out) {
        namespace od = simdjson::ondemand;
        // A padded copy in reused storage: On Demand reads up to SIMDJSON_PADDING bytes past the end.
        const std::size_t need = json.size() + simdjson::SIMDJSON_PADDING;
        if (buf_.size() < need) buf_.resize(need + need / 2);
        if (!json.empty()) std::memcpy(buf_.data(), json.data(), json.size());
        std::memset(buf_.data() + json.size(), 0, simdjson::SIMDJSON_PADDING);
        if (parser_.capacity() < json.size() &&
            parser_.allocate(std::max<std::size_t>(json.size() + json.size() / 2, 4096), 2 * max_depth + 8))
            return false;

        out.figures.fill(missing_figure);
        out.votes.fill(missing_figure);
        out.blank = missing_figure;
        out.psu_text = {};
        out.psu_given = false;
        out.ts = {};
        out.image_count = 0;
        out.unknown_count = 0;
        max_depth_ = max_depth;
        table_ = table;
        number_of_ = number_of;
        field_of_ = field_of;

        od::document doc;
        if (parser_.iterate(buf_.data(), json.size(), buf_.size()).get(doc)) return false;
        od::object top;
        if (doc.get_object().get(top)) return false;
        if (max_depth_ <= 1) return false;
        unsigned seen = 0;  // known keys met: one bit each; a key written twice is the DOM path's
        const auto once = [&seen](unsigned bit) {
            const bool first = (seen & bit) == 0;
            seen |= bit;
            return first;
        };
        std::size_t others = 0;
        for (auto item : top) {
            od::field f;
            std::string_view key;
            if (std::move(item).get(f) || !key_(f, key)) return false;
            od::value v = f.value();
            if (is_(key, "chart")) {
                // chart and administrasi outside `tungsura` while it is there: unusual, the DOM path's
                if (!once(1u) || (seen & 32u) || !chart_(v, out, 2)) return false;
            } else if (is_(key, "administrasi")) {
                if (!once(2u) || (seen & 32u) || !administrasi_(v, out, 2)) return false;
            } else if (is_(key, "psu")) {
                if (!once(4u)) return false;
                od::json_type t;
                if (v.type().get(t)) return false;
                if (t == od::json_type::null) {
                    if (!null_(v)) return false;
                } else if (t != od::json_type::string || !string_(v, out.psu_text)) {
                    return false;  // a psu that is not a string: a rejection
                } else {
                    out.psu_given = true;
                }
            } else if (is_(key, "ts")) {
                if (!once(8u)) return false;
                od::json_type t;
                if (v.type().get(t)) return false;
                if (t == od::json_type::string) {
                    if (!string_(v, out.ts)) return false;
                } else if (!any_(v, 2)) {
                    return false;
                }
            } else if (is_(key, "images")) {
                if (!once(16u) || !images_(v, out)) return false;
            } else if (is_(key, "tungsura")) {
                if (!once(32u) || (seen & 3u) || !tungsura_(v, out)) return false;
            } else {
                if (++others > 32 || !any_(v, 2)) return false;  // ignored, but it must be JSON
            }
        }
        // nothing may follow the record: at the end, and only there, the location is out of bounds
        const char* rest = nullptr;
        return doc.current_location().get(rest) == simdjson::OUT_OF_BOUNDS;
    }

private:
    template <std::size_t N>
    static bool is_(std::string_view key, const char (&lit)[N]) noexcept {
        return key.size() == N - 1 && std::memcmp(key.data(), lit, N - 1) == 0;
    }

    // A field's key: its raw bytes when they hold no escape (stage 1 has checked their UTF-8), found
    // back from the value's start (`"key" : value`); else simdjson's unescaped copy. Unescaping
    // every key cost a call through simdjson's implementation and a stall per key.
    static bool key_(simdjson::ondemand::field& f, std::string_view& out) noexcept {
        const char* const begin = reinterpret_cast<const char*>(f.key().raw());
        const char* q = f.value().raw_json_token().data();
        const auto ws = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
        while (q > begin && ws(q[-1])) --q;
        if (q > begin && q[-1] == ':') {
            --q;
            while (q > begin && ws(q[-1])) --q;
            if (q > begin && q[-1] == '"') {
                --q;
                bool plain = true;
                for (const char* c = begin; c != q; ++c) plain &= *c != '\\' && *c != '"';
                if (plain) {
                    out = std::string_view(begin, static_cast<std::size_t>(q - begin));
                    return true;
                }
            }
        }
        return !f.unescaped_key().get(out);
    }

    static bool null_(simdjson::ondemand::value& v) noexcept {
        bool n = false;
        return !v.is_null().get(n) && n;
    }

    // A string value, unescaped and checked by simdjson (its UTF-8 and control characters by
    // stage 1). Its raw text would save the copy but not the time: the copy is vectorised.
    static bool string_(simdjson::ondemand::value& v, std::string_view& out) noexcept {
        return !v.get_string().get(out);
    }

    // A figure the DOM path accepts: null (missing) or a plain integer 0..max_figure.
    static bool figure_(simdjson::ondemand::value& v, std::uint32_t& out) noexcept {
        std::uint64_t x = 0;
        const auto err = v.get_uint64().get(x);  // "-0", 1.0, 1e2, 01: not plain, the DOM path's
        if (err == simdjson::INCORRECT_TYPE) {  // not a number (nothing consumed): null or a rejection
            out = missing_figure;
            return null_(v);
        }
        if (err || x > max_figure) return false;
        out = static_cast<std::uint32_t>(x);
        return true;
    }

    // Any JSON value, consumed and checked (nothing is skipped unread), `depth` deep.
    bool any_(simdjson::ondemand::value& v, std::size_t depth) noexcept {
        namespace od = simdjson::ondemand;
        od::json_type t;
        if (v.type().get(t)) return false;
        switch (t) {
        case od::json_type::null: return null_(v);
        case od::json_type::boolean: {
            bool b = false;
            return !v.get_bool().get(b);
        }
        case od::json_type::number: {
            od::number n;
            return !v.get_number().get(n);
        }
        case od::json_type::string: {
            std::string_view s;
            return string_(v, s);
        }
        case od::json_type::array: {
            if (depth >= max_depth_) return false;
            od::array a;
            if (v.get_array().get(a)) return false;
            for (auto item : a) {
                od::value e;
                if (std::move(item).get(e) || !any_(e, depth + 1)) return false;
            }
            return true;
        }
        case od::json_type::object: {
            if (depth >= max_depth_) return false;
            od::object o;
            if (v.get_object().get(o)) return false;
            for (auto item : o) {
                od::field f;
                std::string_view key;
                if (std::move(item).get(f) || !key_(f, key)) return false;
                od::value e = f.value();
                if (!any_(e, depth + 1)) return false;
            }
            return true;
        }
        }
        return false;
    }

    // An object or null; anything else is a rejection. `present` tells which.
    static bool object_or_null_(simdjson::ondemand::value& v, simdjson::ondemand::object& o, bool& present) noexcept {
        simdjson::ondemand::json_type t;
        if (v.type().get(t)) return false;
        if (t == simdjson::ondemand::json_type::null) {
            present = false;
            return null_(v);
        }
        present = true;
        return t == simdjson::ondemand::json_type::object && !v.get_object().get(o);
    }

    bool chart_(simdjson::ondemand::value& v, sirekap_fast_record& out, std::size_t depth) noexcept {
        namespace od = simdjson::ondemand;
        od::object o;
        bool present = false;
        if (depth >= max_depth_ || !object_or_null_(v, o, present)) return false;
        if (!present) return true;
        std::uint64_t numbers_seen = 0;  // a ballot number given twice: the DOM path's
        for (auto item : o) {
            od::field f;
            std::string_view key;
            if (std::move(item).get(f) || !key_(f, key)) return false;
            od::value e = f.value();
            if (is_(key, "null")) {  // Sirekap's stray key: its value is ignored
                if (!any_(e, depth + 1)) return false;
                continue;
            }
            if (key.empty() || key.size() > 18) return false;
            std::uint64_t id = 0;
            for (char c : key) {
                if (c < '0' || c > '9') return false;
                id = id * 10 + static_cast<std::uint64_t>(c - '0');
            }
            const auto num = number_of_(table_, id);
            if (!num || *num >= 64 || *num > max_candidates) return false;
            const std::uint64_t bit = std::uint64_t{1} << *num;
            if (numbers_seen & bit) return false;
            numbers_seen |= bit;
            std::uint32_t value = missing_figure;
            if (!figure_(e, value)) return false;
            if (*num == 0) out.blank = value;
            else out.votes[*num - 1u] = value;
        }
        return true;
    }

    bool administrasi_(simdjson::ondemand::value& v, sirekap_fast_record& out, std::size_t depth) noexcept {
        namespace od = simdjson::ondemand;
        od::object o;
        bool present = false;
        if (depth >= max_depth_ || !object_or_null_(v, o, present)) return false;
        if (!present) return true;
        std::array<bool, field_count> given{};
        std::size_t at = 0;
        for (auto item : o) {
            od::field f;
            std::string_view key;
            if (std::move(item).get(f) || !key_(f, key)) return false;
            od::value e = f.value();
            // Records write their keys in one order: the field of the key at this place in the
            // last record, when the key is the same, saves field_of's search.
            if (at == keys_.size()) keys_.push_back({std::string{key}, field_of_(key)});
            else if (const std::string& last = keys_[at].first;
                     last.size() != key.size() || std::memcmp(last.data(), key.data(), key.size()) != 0)
                keys_[at] = {std::string{key}, field_of_(key)};
            const auto fld = keys_[at].second;
            if (at < 64) ++at;
            if (!fld) {
                // warned by the reader once accepted; a repeated unknown key: the DOM path's
                if (out.unknown_count == out.unknown.size()) return false;
                for (std::size_t i = 0; i < out.unknown_count; ++i)
                    if (out.unknown[i] == key) return false;
                out.unknown[out.unknown_count++] = key;
                if (!any_(e, depth + 1)) return false;
                continue;
            }
            bool& g = given[index(*fld)];
            if (g) return false;
            g = true;
            if (!figure_(e, out.figures[index(*fld)])) return false;
        }
        return true;
    }

    bool images_(simdjson::ondemand::value& v, sirekap_fast_record& out) noexcept {
        namespace od = simdjson::ondemand;
        od::json_type t;
        if (v.type().get(t)) return false;
        if (t != od::json_type::array) return any_(v, 2);  // not a list of places: ignored
        if (max_depth_ <= 2) return false;
        od::array a;
        if (v.get_array().get(a)) return false;
        for (auto item : a) {
            od::value e;
            if (std::move(item).get(e) || e.type().get(t)) return false;
            if (t != od::json_type::string) {
                if (!any_(e, 3)) return false;
                continue;
            }
            if (out.image_count == out.images.size()) return false;
            if (!string_(e, out.images[out.image_count++])) return false;
        }
        return true;
    }

    // The older shape: chart and administrasi inside `tungsura` (null: neither).
    bool tungsura_(simdjson::ondemand::value& v, sirekap_fast_record& out) noexcept {
        namespace od = simdjson::ondemand;
        od::object o;
        bool present = false;
        if (!object_or_null_(v, o, present)) return false;
        if (!present) return true;
        if (max_depth_ <= 2) return false;
        bool chart = false, adm = false;
        for (auto item : o) {
            od::field f;
            std::string_view key;
            if (std::move(item).get(f) || !key_(f, key)) return false;
            od::value e = f.value();
            if (is_(key, "chart")) {
                if (chart || !chart_(e, out, 3)) return false;
                chart = true;
            } else if (is_(key, "administrasi")) {
                if (adm || !administrasi_(e, out, 3)) return false;
                adm = true;
            } else if (!any_(e, 3)) {
                return false;
            }
        }
        return true;
    }

private:
    simdjson::ondemand::parser parser_;  // reused: its index and string buffer stay
    std::vector<char> buf_;  // the padded copy of the record
    std::vector<std::pair<std::string, std::optional<field>>> keys_;  // the last record's administrasi keys
    std::size_t max_depth_ = 0;
    const void* table_ = nullptr;
    number_of_fn number_of_ = nullptr;
    field_of_fn field_of_ = nullptr;
};

}  // namespace suara::io::detail

#endif  // SUARA_SIREKAP_SIMDJSON
#endif  // SUARA_IO_DETAIL_SIREKAP_FAST_HPP
