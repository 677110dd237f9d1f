// Claim: a user rule cannot take a catalogue identifier as its key.
#include <suara/regimes/pemilu_2024.hpp>
#include <suara/regimes/pilkada_2024.hpp>
#include <suara/tally/rules.hpp>

struct my_rule {
#ifdef SUARA_COMPILE_FAIL
    static constexpr std::string_view key = "votes.valid_sum";
#else
    static constexpr std::string_view key = "audit.valid_sum_strict";
#endif
    static constexpr suara::severity level = suara::severity::warning;
    static constexpr suara::outcome result = suara::outcome::review;
    static constexpr suara::citation basis{.law = "audit plan 2024"};
    static constexpr suara::bilingual title{"uji", "test"};
    template <class R, suara::sheet_like S>
    static constexpr bool fires(const S&) { return false; }
};

int main() {
    const auto s = suara::sheet::empty(*suara::tps_code::parse("3101011001001"), suara::kontes::ppwp, 3);
    suara::check_sheet<suara::pemilu_2024>(s, [](const suara::finding&) {}, suara::rule_set::all(),
                                           suara::user_rules<my_rule>{});
}
