// Guide, task 5: audit a batch.
// A C.Hasil CSV of three Pilkada 2024 sheets (three_tps.csv beside this file): one clean, one
// where OCR read 826 for 11 votes, one with a cell that is not a number. The reader streams the
// file into columnar batches and rejects what it cannot read, naming line, column and text; the
// validator runs the whole catalogue over each batch on every core, the findings in row order.
// The same code audits a national file: memory grows with the findings, not with the rows.
#include <suara/bulk.hpp>
#include <suara/io.hpp>

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
    using namespace suara;
    if (argc != 2) {
        std::cerr << "usage: audit_a_batch <C.Hasil CSV>\n";
        return 2;
    }
    std::ifstream file{argv[1], std::ios::binary};
    const std::string name = std::filesystem::path{argv[1]}.filename().string();  // how messages name it

    bulk_validator<regime_engine<pilkada_2024>> validator;
    const io::read_report read = io::read_csv_stream(file, name, [&](const sheet_batch& batch) {
        validator.feed(batch, [&](const finding& f, std::size_t row) {
            std::cout << "batch row " << row << ", TPS " << to_string(f.tps) << ": " << explain<pilkada_2024>(f, lang::en)
                      << '\n';
        });
    });

    for (const io::rejection& r : read.rejections) std::cout << to_string(r, lang::en) << '\n';
    const audit_summary& sum = validator.summary();
    std::cout << "\nread " << read.summary.read << ", rejected " << read.summary.rejected << ", validated "
              << sum.validated << ", flagged " << sum.flagged << ", errors " << sum.count(severity::error) << '\n';
}
