// Claim: a kejadian field without its member in the table of report members does not compile
// (the same check guards suara::incident_members itself, so a reader or writer cannot skip one).
#include <suara/form/incident_report.hpp>

#include <cstddef>
#include <tuple>
#include <utility>

namespace {
template <std::size_t N>
constexpr auto first_entries() {
    return []<std::size_t... I>(std::index_sequence<I...>) {
        return std::tuple{std::get<I>(suara::incident_members)...};
    }(std::make_index_sequence<N>{});
}
constexpr std::size_t entries = std::tuple_size_v<std::remove_cvref_t<decltype(suara::incident_members)>>;
constexpr auto as_shipped = first_entries<entries>();
#ifdef SUARA_COMPILE_FAIL
// The last entry (kejadian_sah_tidak_konsisten) left out.
constexpr auto one_short = first_entries<entries - 1>();
static_assert(suara::check_incident_members<one_short>());
#endif
}  // namespace
static_assert(suara::check_incident_members<as_shipped>());
int main() {}
