// Fuzz target: the Sirekap legislative reader (suara/io/sirekap_legislative.hpp, through
// sirekap_reader) and the candidate lists (suara/io/candidate_list.hpp), from memory.
// Input: one control byte, then the bytes of a record; with bit 2 of the control byte set, the
// bytes before the first NUL are a candidate list (read as caleg/partai for dapil 3101, as
// caleg/dpd for province 31 and as partai.json) that the record is then read with.
//   control bits 0-1: the contest (pdpr, pdprdp, pdprdk, pdpd); bit 3: the ascending-id
//   assumption off (sirekap_options::caleg_by_ascending_id).
// Contract checked, beyond "no crash, no leak, no undefined behaviour":
//  - lists: read = validated + rejected; every listed candidate has a nomor urut in range, no id
//    or nomor urut twice in a party and dapil; the labeller names what the list holds;
//  - the record: exactly one is read, validated (one legislative row, its psu and origin, no
//    PPWP sheet) or rejected with a reason in both languages;
//  - an accepted row: parties ascending in 1..max_ballot_parties, at most max_party_candidates
//    each, a DPD row without parties and at most max_dpd_candidates; every figure in range or
//    missing; what an independent Boost.JSON read says of each party's jml_suara_total and
//    jml_suara_partai (an integer is that integer, null is missing), and of each administrasi
//    figure written once.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include <boost/json.hpp>

#include <suara/io/candidate_list.hpp>
#include <suara/io/sirekap.hpp>

#include "fuzz_target.hpp"

namespace {

bool in_range(std::uint32_t v) { return v == suara::missing_figure || v <= suara::max_figure; }

void check_list(const suara::io::candidate_list_result& r) {
    using namespace suara;
    SUARA_FUZZ_CHECK(r.report.summary.balanced());
    SUARA_FUZZ_CHECK(r.report.rejections.size() == r.report.summary.rejected);
    for (const auto& rej : r.report.rejections) SUARA_FUZZ_CHECK(!rej.reason.id.empty() && !rej.reason.en.empty());
    for (unsigned p = 0; p <= max_ballot_parties; ++p) {
        for (const char* d : {"3101", "31"}) {
            const auto& c = r.list.candidates(d, party_number{static_cast<std::uint8_t>(p)});
            const std::size_t most = p == 0 ? max_dpd_candidates : max_party_candidates;
            for (std::size_t i = 0; i < c.size(); ++i) {
                SUARA_FUZZ_CHECK(c[i].nomor_urut >= 1 && c[i].nomor_urut <= most);
                SUARA_FUZZ_CHECK(c[i].nama.size() <= io::candidate_list::max_name);
                for (std::size_t j = 0; j < i; ++j) SUARA_FUZZ_CHECK(c[i].id != c[j].id && c[i].nomor_urut != c[j].nomor_urut);
                const party_number pn{static_cast<std::uint8_t>(p)};
                SUARA_FUZZ_CHECK(r.list.find(d, pn, c[i].id) == &c[i]);
                const std::string label = io::candidate_label(&r.list, d, pn, c[i].id, lang::en);
                SUARA_FUZZ_CHECK(label.find("ballot number " + std::to_string(c[i].nomor_urut)) != std::string::npos);
            }
        }
    }
}

}  // namespace

SUARA_FUZZ_TARGET(sirekap_legislative) {
    using namespace suara;
    fuzz::byte_reader in{data, size};
    const std::uint8_t control = in.byte();
    constexpr kontes contests[] = {kontes::pdpr, kontes::pdprdp, kontes::pdprdk, kontes::pdpd};
    const kontes k = contests[control & 3U];
    std::string_view json = in.rest();
    io::sirekap_options o;
    o.caleg_by_ascending_id = (control & 8U) == 0;
    if ((control & 4U) != 0) {
        const auto nul = json.find('\0');
        const std::string_view list = json.substr(0, nul);
        json = nul == std::string_view::npos ? std::string_view{} : json.substr(nul + 1);
        io::candidate_list_reader r;
        r.read_caleg_partai_json(list, "3101", "partai/3101.json");
        r.read_caleg_dpd_json(list, "31", "dpd/31.json");
        r.read_partai_json(list, "partai.json");
        check_list(r.result());
        o.caleg = std::make_shared<const io::candidate_list>(r.take().list);
    }

    const tps_code code = *tps_code::from_number(3101011001001ULL);
    const auto r = io::read_sirekap_json(json, code, k, "fuzz.json", o);
    const auto& sum = r.report.summary;
    SUARA_FUZZ_CHECK(sum.read == 1 && sum.balanced());
    SUARA_FUZZ_CHECK(r.sheets.size() == 0 && r.psu.empty());
    SUARA_FUZZ_CHECK(r.legislative.size() == sum.validated && r.legislative_psu.size() == sum.validated);
    SUARA_FUZZ_CHECK(r.report.rejections.size() == sum.rejected);
    for (const auto& rej : r.report.rejections) {
        SUARA_FUZZ_CHECK(rej.source == "fuzz.json");
        SUARA_FUZZ_CHECK(!rej.reason.id.empty() && !rej.reason.en.empty());
        SUARA_FUZZ_CHECK(rej.value.size() <= io::max_quoted_value + 3);
    }
    if (sum.validated == 0) return 0;

    const auto row = r.legislative.row(0);
    SUARA_FUZZ_CHECK(row.code() == code && row.kontes_code() == k);
    SUARA_FUZZ_CHECK(r.legislative.administration().origin(0).file == "fuzz.json");
    for (std::size_t f = 0; f < field_count; ++f) SUARA_FUZZ_CHECK(in_range(row.figure(static_cast<field>(f))));
    if (k == kontes::pdpd) {
        SUARA_FUZZ_CHECK(row.party_count() == 0 && row.candidate_count() <= max_dpd_candidates);
        for (std::size_t c = 0; c < row.candidate_count(); ++c) SUARA_FUZZ_CHECK(in_range(row.candidate_figure(c)));
    } else {
        SUARA_FUZZ_CHECK(row.candidate_count() == 0 && row.party_count() <= max_ballot_parties);
        for (std::size_t p = 0; p < row.party_count(); ++p) {
            const unsigned n = row.party_at(p).value();
            SUARA_FUZZ_CHECK(n >= 1 && n <= max_ballot_parties);
            if (p > 0) SUARA_FUZZ_CHECK(row.party_at(p - 1).value() < n);
            SUARA_FUZZ_CHECK(row.party_candidate_count(p) <= max_party_candidates);
            SUARA_FUZZ_CHECK(in_range(row.party_figure(p)) && in_range(row.party_total(p)));
            for (std::size_t c = 0; c < row.party_candidate_count(p); ++c) SUARA_FUZZ_CHECK(in_range(row.party_candidate_figure(p, c)));
        }
    }

    // Accepted, so a plain parse accepts it too: compare what it says plainly.
    boost::system::error_code ec;
    const boost::json::value v = boost::json::parse(boost::json::string_view{json.data(), json.size()}, ec);
    SUARA_FUZZ_CHECK(!ec && v.is_object());
    const boost::json::object* body = &v.get_object();
    if (const auto* t = body->if_contains("tungsura")) body = t->is_object() ? &t->get_object() : nullptr;
    if (body == nullptr) return 0;
    const auto* chart = body->if_contains("chart");
    if (k != kontes::pdpd && chart != nullptr && chart->is_object()) {
        for (const auto& kv : chart->get_object()) {
            const std::string_view key{kv.key().data(), kv.key().size()};
            if (key == "null") continue;
            std::size_t p = 0;
            while (p < row.party_count() && std::to_string(row.party_at(p).value()) != key) ++p;
            SUARA_FUZZ_CHECK(p < row.party_count());  // every chart party is a column
            if (!kv.value().is_object()) continue;
            for (const auto& [name, got] : {std::pair{"jml_suara_total", row.party_total(p)}, std::pair{"jml_suara_partai", row.party_figure(p)}}) {
                const auto* f = kv.value().get_object().if_contains(name);
                if (f == nullptr || f->is_null()) SUARA_FUZZ_CHECK(got == missing_figure);
                else if (f->is_int64()) SUARA_FUZZ_CHECK(got == static_cast<std::uint64_t>(f->get_int64()));
            }
        }
    }
    if (const auto* adm = body->if_contains("administrasi"); adm && adm->is_object()) {
        for (const auto& kv : adm->get_object()) {
            const auto f = io::sirekap_reader::admin_field(std::string_view{kv.key().data(), kv.key().size()});
            if (!f) continue;
            std::size_t same = 0;
            for (const auto& other : adm->get_object())
                if (io::sirekap_reader::admin_field(std::string_view{other.key().data(), other.key().size()}) == f) ++same;
            if (same != 1) continue;
            if (kv.value().is_null()) SUARA_FUZZ_CHECK(row.figure(*f) == missing_figure);
            else if (kv.value().is_int64()) SUARA_FUZZ_CHECK(row.figure(*f) == static_cast<std::uint64_t>(kv.value().get_int64()));
        }
    }
    return 0;
}
