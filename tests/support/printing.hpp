// Lets Boost.Test print suara's values in failure messages (found by ADL).
#ifndef SUARA_TESTS_PRINTING_HPP
#define SUARA_TESTS_PRINTING_HPP

#include <optional>
#include <ostream>

#include <suara/core/outcome.hpp>
#include <suara/form/rule_id.hpp>
#include <suara/form/sheet.hpp>
#include <suara/form/finding.hpp>  // tally
#include <suara/form/psu_status.hpp>
#include <suara/voters/describe.hpp>  // voters
#include <suara/voters/nik.hpp>       // voters

namespace suara {
inline std::ostream& boost_test_print_type(std::ostream& os, outcome o) { return os << to_string(o); }
inline std::ostream& boost_test_print_type(std::ostream& os, severity s) { return os << to_string(s); }
inline std::ostream& boost_test_print_type(std::ostream& os, kontes k) { return os << to_string(k); }
inline std::ostream& boost_test_print_type(std::ostream& os, field f) { return os << to_string(f); }
inline std::ostream& boost_test_print_type(std::ostream& os, tps_code c) { return os << to_string(c); }
inline std::ostream& boost_test_print_type(std::ostream& os, const sheet& s) {
    os << "sheet{" << to_string(s.tps) << ' ' << to_string(s.contest);
    for (std::size_t i = 0; i < field_count; ++i)
        if (s.figures[i] != missing_figure) os << ' ' << field_names[i] << '=' << s.figures[i];
    for (std::size_t i = 0; i < s.candidates; ++i)
        if (s.votes[i] != missing_figure) os << " suara_" << (i + 1) << '=' << s.votes[i];
    return os << '}';
}
// ---- tally: rule identifiers, findings (rule_set: see bulk below) ----
inline std::ostream& boost_test_print_type(std::ostream& os, rule_id r) { return os << to_string(r); }
inline std::ostream& boost_test_print_type(std::ostream& os, psu_status p) { return os << '"' << to_string(p) << '"'; }
inline std::ostream& boost_test_print_type(std::ostream& os, const finding& f) {
    os << "finding{" << f.key() << ' ' << to_string(f.tps) << ' ' << to_string(f.contest) << ' ' << to_string(f.level)
       << ' ' << to_string(f.result);
    for (const auto& v : f) os << ' ' << v.name << '=' << v.value;
    if (f.missing_fields != 0) os << " missing=0x" << std::hex << f.missing_fields << std::dec;
    if (f.missing_candidates) os << " missing_candidates";
    return os << '}';
}
template <class K, class L, class S>
std::ostream& boost_test_print_type(std::ostream& os, count<K, L, S> c) {
    return os << K::key << '_' << L::key << '_' << S::key << '=' << c.value();
}
// ---- bulk ----
inline std::ostream& boost_test_print_type(std::ostream& os, rule_set s) {
    os << '{';
    for (std::size_t i = 0; i < rule_count; ++i)
        if (s.contains(static_cast<rule_id>(i))) os << ' ' << rule_keys[i];
    return os << " }";
}
// ---- voters ----
inline std::ostream& boost_test_print_type(std::ostream& os, reason r) { return os << to_string(r); }
inline std::ostream& boost_test_print_type(std::ostream& os, decision_kind k) { return os << to_string(k); }
inline std::ostream& boost_test_print_type(std::ostream& os, kontes_set s) { return os << '{' << to_string(s) << '}'; }
inline std::ostream& boost_test_print_type(std::ostream& os, const decision& d) { return os << describe(d); }
inline std::ostream& boost_test_print_type(std::ostream& os, nik_error e) { return os << to_string(e); }
inline std::ostream& boost_test_print_type(std::ostream& os, nik n) { return os << to_string(n); }
inline std::ostream& boost_test_print_type(std::ostream& os, voter_list l) { return os << to_string(l); }
inline std::ostream& boost_test_print_type(std::ostream& os, person_sex s) { return os << (s == person_sex::l ? 'L' : 'P'); }
inline std::ostream& boost_test_print_type(std::ostream& os, clock_time t) { return os << to_string(t); }
inline std::ostream& boost_test_print_type(std::ostream& os, const std::optional<tps_code>& c) {
    return c ? os << to_string(*c) : os << "(none)";
}
}  // namespace suara

// ---- io ----
#include <suara/core/text.hpp>
#include <suara/io/report.hpp>
namespace suara {
inline std::ostream& boost_test_print_type(std::ostream& os, const bilingual& b) { return os << b.en << " / " << b.id; }
}  // namespace suara
namespace suara::io {
inline std::ostream& boost_test_print_type(std::ostream& os, const read_summary& s) {
    return os << "{read " << s.read << ", validated " << s.validated << ", rejected " << s.rejected << ", warnings "
              << s.warnings << '}';
}
}  // namespace suara::io

#endif  // SUARA_TESTS_PRINTING_HPP
