// Fuzz target: suara-audit's rules file parser (tools/audit/rules_file.hpp, --rules-file).
// Input: the whole file text.
// Contract checked: the parser either names a problem, in two languages that both begin with the
// file's name, or accepts the file; an accepted file sets tolerances only on rules that compare two
// figures, and every tolerance it set reads back from its own text (what the run's header shows
// is what the run used); parsing the same text twice gives the same tuning.
#include <string>

#include <rules_file.hpp>

#include "fuzz_target.hpp"

SUARA_FUZZ_TARGET(rules_file) {
    const std::string_view text{reinterpret_cast<const char*>(data), size};
    const std::string path = "rules.json";
    suara::rule_tuning t;
    const auto problem = suara::apply_rules_file(text, path, t);
    if (problem) {
        SUARA_FUZZ_CHECK(problem->id.rfind(path, 0) == 0 && problem->en.rfind(path, 0) == 0);
        SUARA_FUZZ_CHECK(problem->id != problem->en);
        return 0;
    }
    for (std::size_t i = 0; i < suara::rule_count; ++i) {
        const auto& tol = t.rules[i].tolerance;
        if (!tol) continue;
        SUARA_FUZZ_CHECK(suara::tolerance_sides(static_cast<suara::rule_id>(i)).has_value());
        SUARA_FUZZ_CHECK(suara::rule_tolerance_from_string(tol->text()) == tol);
    }
    suara::rule_tuning again;
    SUARA_FUZZ_CHECK(!suara::apply_rules_file(text, path, again));
    SUARA_FUZZ_CHECK(again.enabled == t.enabled && again.rules == t.rules && again.min_level == t.min_level);
    return 0;
}
