// Bimtek case: one person, two lines.
//
// Before voting day the PPS of Sepinggan checks its lists. Ibu Siti moved within Balikpapan and
// obtained a Form A for TPS 002, but her old DPT line at TPS 001 was not marked: she is in the
// DPT of TPS 001 and the DPTb of TPS 002. Pak Joko's DPT line was typed twice at TPS 001. Either
// could end with a person receiving two sets of ballots — voting more than once, a PSU ground.
// The check sorts all lines by NIK once, so a whole regency's lists are checked in a second.
#include <iostream>

#include <suara/voters/duplicates.hpp>

#include "bimtek.hpp"

int main() {
    using namespace suara;
    bimtek::story("Satu orang, dua baris / One person, two lines");
    voter_list_of<dpt> dpt_list;
    voter_list_of<dptb> dptb_list;
    voter_list_of<dpk> dpk_list;
    dpt_list.add({nik::parse("6471051203900001").value(), "Budi", bimtek::rw_3, false, bimtek::tps_001});
    dpt_list.add({nik::parse("6471054107900002").value(), "Siti", bimtek::rw_3, false, bimtek::tps_001});
    dpt_list.add({nik::parse("6471050404700005").value(), "Joko", bimtek::rw_3, false, bimtek::tps_001});
    dpt_list.add({nik::parse("6471050404700005").value(), "Joko", bimtek::rw_3, false, bimtek::tps_001});
    dptb_list.add({nik::parse("6471054107900002").value(), "Siti", {}, false, bimtek::tps_002});
    const auto report = find_duplicates(dpt_list, dptb_list, dpk_list);
    std::cout << "NIK ganda / duplicate NIKs: " << report.size() << '\n';
    for (std::size_t i = 0; i < report.size(); ++i) {
        const auto dup = report[i];
        std::cout << to_string(dup.id) << (dup.same_tps_twice ? " [baris berulang/repeated line]" : "")
                  << (dup.across_tps ? " [dua TPS/two TPS]" : "") << (dup.across_lists ? " [dua daftar/two lists]" : "")
                  << '\n';
        for (const auto& where : dup.where)
            std::cout << "  " << to_string(where.list) << " TPS " << to_string(where.tps) << " baris/line "
                      << where.index << '\n';
    }
}
