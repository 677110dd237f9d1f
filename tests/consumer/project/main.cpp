#include <suara/suara.hpp>

#include <iostream>

int main() {
    constexpr auto ballots = suara::expected_ballots<suara::pilkada_2024>(523, 4);
    static_assert(ballots == 541);
    std::cout << "suara consumer: " << ballots << " ballots for 523 DPT and 4 DPPh at a Pilkada 2024 TPS\n";
    return 0;
}
