// Lets Boost.Test print suara's values in failure messages (found by ADL).
#ifndef SUARA_TESTS_PRINTING_HPP
#define SUARA_TESTS_PRINTING_HPP

#include <optional>
#include <ostream>

#include <suara/core/outcome.hpp>
#include <suara/tally/sheet.hpp>

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
template <class K, class L, class S>
std::ostream& boost_test_print_type(std::ostream& os, count<K, L, S> c) {
    return os << K::key << '_' << L::key << '_' << S::key << '=' << c.value();
}
}  // namespace suara

#endif  // SUARA_TESTS_PRINTING_HPP
