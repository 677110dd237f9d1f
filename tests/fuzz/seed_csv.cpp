// Writes seed inputs for fuzz_csv from the embedded Balikpapan 2024 data set (with its planted
// defects): a few small CSV files of consecutive sheets, in the writer's layout and in CRLF.
//   fuzz_seed_csv <directory>
// Small files on purpose: the fuzzer mutates structure, and big inputs only slow it down.
#include <cstddef>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include <suara_demo/balikpapan_2024.hpp>
#include <suara/io/csv_writer.hpp>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_seed_csv <directory>\n");
        return 1;
    }
    const suara::sheet_batch all = suara::data::balikpapan_2024::batch();
    constexpr std::size_t files = 8, rows = 6;
    for (std::size_t f = 0; f < files; ++f) {
        suara::sheet_batch part;
        // Spread over the data set, so that planted defects of several kinds are among the seeds.
        const std::size_t first = f * (all.size() / files);
        for (std::size_t i = first; i < first + rows && i < all.size(); ++i) part.push_back(all.row(i));
        std::ostringstream out;
        suara::io::write_csv(out, part);
        std::string text = out.str();
        if (f % 2 == 1) {  // every other file with CRLF line ends
            std::string crlf;
            for (char c : text) {
                if (c == '\n') crlf += '\r';
                crlf += c;
            }
            text = crlf;
        }
        const std::string path = std::string{argv[1]} + "/balikpapan_" + std::to_string(f) + ".csv";
        std::ofstream file{path, std::ios::binary};
        file << text;
        if (!file) {
            std::fprintf(stderr, "fuzz_seed_csv: cannot write %s\n", path.c_str());
            return 1;
        }
    }
    return 0;
}
