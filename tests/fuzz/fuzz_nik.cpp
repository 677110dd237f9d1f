// Fuzz target: the NIK parser (suara/voters/nik.hpp).
// Input: 3 bytes of reference date (the voting day used for birth_date), then the text to parse.
// Contract checked: parse never fails silently (a result is either a NIK that prints back as
// the input, or an error with a position inside the text and a message in both languages);
// what a valid NIK reports is consistent (sex, day, month, serial, region parts, a real birth
// date on or before the reference day); from_number agrees with parse.
#include <suara/voters/nik.hpp>

#include "fuzz_target.hpp"

SUARA_FUZZ_TARGET(nik) {
    suara::fuzz::byte_reader in{data, size};
    // Reference day anywhere in 1900-2155, on a real date.
    const int year = 1900 + in.byte();
    const int month = 1 + in.byte() % 12;
    const int day = 1 + in.byte() % suara::civil_date::days_in_month(year, month);
    const suara::civil_date reference{year, month, day};
    const std::string_view text = in.rest();

    const auto r = suara::nik::parse(text);
    const auto msg = r.message();
    SUARA_FUZZ_CHECK(!msg.id.empty() && !msg.en.empty());
    if (!r) {
        SUARA_FUZZ_CHECK(r.error() != suara::nik_error::none);
        SUARA_FUZZ_CHECK(r.position() <= text.size());
        SUARA_FUZZ_CHECK(r.error() == suara::nik_error::empty || r.error() == suara::nik_error::wrong_length ||
                         r.position() < text.size());
        SUARA_FUZZ_CHECK(r.value().number() == 0);  // never a guess
        return 0;
    }
    const suara::nik n = r.value();
    SUARA_FUZZ_CHECK(text.size() == suara::nik::digits);
    SUARA_FUZZ_CHECK(suara::to_string(n) == text);
    SUARA_FUZZ_CHECK(n.province() > 0 && n.province() % 100 == n.province());
    SUARA_FUZZ_CHECK(n.regency() % 100 != 0 && n.region() % 100 != 0);
    SUARA_FUZZ_CHECK(n.serial() != 0);
    SUARA_FUZZ_CHECK(n.birth_month() >= 1 && n.birth_month() <= 12);
    SUARA_FUZZ_CHECK(n.birth_day() >= 1 && n.birth_day() <= 31);
    SUARA_FUZZ_CHECK((n.sex() == suara::person_sex::p) == (n.day_field() > 40));
    const auto born = n.birth_date(reference);
    SUARA_FUZZ_CHECK(born.valid());
    SUARA_FUZZ_CHECK(born.month == n.birth_month() && born.day == n.birth_day());
    SUARA_FUZZ_CHECK(born.year % 100 == n.birth_year_2());
    SUARA_FUZZ_CHECK(!(reference < born));
    SUARA_FUZZ_CHECK(suara::age_on(born, reference) >= 0);
    const auto again = suara::nik::from_number(n.number());
    SUARA_FUZZ_CHECK(again && *again == n);
    return 0;
}
