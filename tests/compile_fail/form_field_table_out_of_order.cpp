// Claim: the table of the sheet's fields cannot drift from the `field` enumeration: rows out of
// enumerator order do not compile (the same check guards field_table itself).
#include <suara/form/field.hpp>

#include <utility>

namespace {
constexpr auto as_shipped = suara::field_table;
#ifdef SUARA_COMPILE_FAIL
// Two rows swapped, as a hand edit of the table might leave them.
constexpr auto swapped = [] {
    auto t = suara::field_table;
    std::swap(t[27], t[28]);  // surat_diterima, surat_digunakan
    return t;
}();
static_assert(suara::detail::check_rows_of<suara::field, suara::field_count, swapped>());
#endif
}  // namespace
static_assert(suara::detail::check_rows_of<suara::field, suara::field_count, as_shipped>());
int main() {}
