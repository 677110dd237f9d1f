// Fuzz target: the Sirekap per-TPS JSON reader (suara/io/sirekap.hpp), from memory.
// Input: the bytes of one JSON record, as is (seeds are the real records of shared/data). The
// contest alternates with the input length between ppwp (built-in candidate table) and pkwkp
// (no table: candidates by ascending id), so both paths are explored.
// Contract checked, beyond "no crash, no leak, no undefined behaviour":
//  - exactly one record is read, and it is either validated (one sheet, its psu marker and its
//    source) or rejected with a reason in both languages;
//  - a validated sheet holds what the JSON says, checked against an independent Boost.JSON DOM
//    read: an administrasi figure that is an integer in range is that integer; a null one is
//    missing, never zero; figures are in range;
//  - the reader (simdjson fast path, when built with it) and its Boost.JSON DOM path
//    (`parse_with_dom`) agree exactly: the same sheet, origin, psu, rejections and warnings, so
//    the fast path never changes the error table.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <boost/json.hpp>

#include <suara/io/sirekap.hpp>

#include "fuzz_target.hpp"

namespace {

// Independent of the reader: the administrasi object, wherever the record keeps it.
const boost::json::object* administrasi_of(const boost::json::value& v) {
    if (!v.is_object()) return nullptr;
    const boost::json::object* body = &v.get_object();
    if (const auto* t = body->if_contains("tungsura")) {
        if (!t->is_object()) return nullptr;
        body = &t->get_object();
    }
    const auto* a = body->if_contains("administrasi");
    return a != nullptr && a->is_object() ? &a->get_object() : nullptr;
}

}  // namespace

SUARA_FUZZ_TARGET(sirekap) {
    using namespace suara;
    const std::string_view json{reinterpret_cast<const char*>(data), size};
    const kontes k = size % 2 == 0 ? kontes::ppwp : kontes::pkwkp;
    const tps_code code = *tps_code::from_number(3173011002204ULL);
    const auto r = io::read_sirekap_json(json, code, k, "fuzz.json");
    const auto& sum = r.report.summary;
    {
        io::sirekap_reader dom;
        dom.parse_with_dom(json, code, k, "fuzz.json");
        const auto& d = dom.result();
        SUARA_FUZZ_CHECK(d.report.summary.validated == sum.validated && d.report.summary.rejected == sum.rejected);
        SUARA_FUZZ_CHECK(d.report.rejections.size() == r.report.rejections.size());
        for (std::size_t i = 0; i < d.report.rejections.size() && i < r.report.rejections.size(); ++i) {
            const auto& a = d.report.rejections[i];
            const auto& b = r.report.rejections[i];
            SUARA_FUZZ_CHECK(a.column == b.column && a.value == b.value && a.reason.id == b.reason.id);
        }
        SUARA_FUZZ_CHECK(d.report.warnings.size() == r.report.warnings.size());
        for (std::size_t i = 0; i < d.report.warnings.size() && i < r.report.warnings.size(); ++i) {
            const auto& a = d.report.warnings[i];
            const auto& b = r.report.warnings[i];
            SUARA_FUZZ_CHECK(a.column == b.column && a.value == b.value && a.message.id == b.message.id);
        }
        SUARA_FUZZ_CHECK(d.sheets.size() == r.sheets.size() && d.psu == r.psu);
        for (std::size_t i = 0; i < d.sheets.size() && i < r.sheets.size(); ++i) {
            const sheet a = d.sheets.at(i);
            const sheet b = r.sheets.at(i);
            SUARA_FUZZ_CHECK(a.figures == b.figures && a.votes == b.votes && a.candidates == b.candidates &&
                             a.has_blank_column == b.has_blank_column && a.blank_votes == b.blank_votes);
            const auto oa = d.sheets.origin(i);
            const auto ob = r.sheets.origin(i);
            SUARA_FUZZ_CHECK(oa.file == ob.file && oa.ts == ob.ts && oa.images == ob.images);
        }
    }
    SUARA_FUZZ_CHECK(sum.read == 1 && sum.balanced());
    SUARA_FUZZ_CHECK(r.sheets.size() == sum.validated);
    SUARA_FUZZ_CHECK(r.psu.size() == sum.validated);
    for (std::size_t i = 0; i < r.sheets.size(); ++i) SUARA_FUZZ_CHECK(r.sheets.origin(i).file == "fuzz.json");
    SUARA_FUZZ_CHECK(r.report.rejections.size() == sum.rejected);
    for (const auto& rej : r.report.rejections) {
        SUARA_FUZZ_CHECK(rej.source == "fuzz.json");
        SUARA_FUZZ_CHECK(!rej.reason.id.empty() && !rej.reason.en.empty());
        SUARA_FUZZ_CHECK(rej.value.size() <= io::max_quoted_value + 3);
    }
    if (sum.validated == 0) return 0;

    const sheet s = r.sheets.at(0);
    SUARA_FUZZ_CHECK(s.tps == code && s.contest == k);
    SUARA_FUZZ_CHECK(s.candidates <= max_candidates);
    for (std::size_t f = 0; f < field_count; ++f) SUARA_FUZZ_CHECK(s.figures[f] == missing_figure || s.figures[f] <= max_figure);
    for (std::size_t i = 0; i < s.candidates; ++i) SUARA_FUZZ_CHECK(s.votes[i] == missing_figure || s.votes[i] <= max_figure);

    // The reader accepted it, so a plain parse accepts it too; compare the administrasi figures.
    boost::system::error_code ec;
    const boost::json::value v = boost::json::parse(boost::json::string_view{json.data(), json.size()}, ec);
    SUARA_FUZZ_CHECK(!ec);
    if (const auto* adm = administrasi_of(v)) {
        for (const auto& kv : *adm) {
            const auto f = io::sirekap_reader::admin_field(std::string_view{kv.key().data(), kv.key().size()});
            if (!f) continue;
            // Two keys for one field (Sirekap's name and the CSV name, or a key given twice):
            // which one wins is the reader's choice; compare only unambiguous fields.
            std::size_t same = 0;
            for (const auto& other : *adm)
                if (io::sirekap_reader::admin_field(std::string_view{other.key().data(), other.key().size()}) == f) ++same;
            if (same != 1) continue;
            if (kv.value().is_null()) SUARA_FUZZ_CHECK(s.figures[index(*f)] == missing_figure);
            else if (kv.value().is_int64()) SUARA_FUZZ_CHECK(s.figures[index(*f)] == static_cast<std::uint64_t>(kv.value().get_int64()));
        }
    }
    return 0;
}
