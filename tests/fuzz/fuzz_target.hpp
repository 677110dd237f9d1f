// suara fuzz targets: one entry point per parser, compiled two ways.
//  - libFuzzer build (tests/fuzz, clang, -fsanitize=fuzzer,address,undefined): the body is
//    LLVMFuzzerTestOneInput.
//  - replay build (tests/property, any compiler, also under the sanitizer build): the body is
//    suara_fuzz_<name>, and tests/property/fuzz_replay.cpp feeds it every file kept in
//    tests/fuzz/regressions/<name>/, so a crasher once found stays a test everywhere.
// A target checks the parser's contract, not only that it survives: a broken invariant aborts,
// which libFuzzer reports as a crash with the input saved.
#ifndef SUARA_TESTS_FUZZ_TARGET_HPP
#define SUARA_TESTS_FUZZ_TARGET_HPP

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#if defined(SUARA_FUZZ_REPLAY)
#define SUARA_FUZZ_TARGET(name) extern "C" int suara_fuzz_##name(const std::uint8_t* data, std::size_t size)
#else
#define SUARA_FUZZ_TARGET(name) extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
#endif

/// Aborts with the failed condition and its place: the fuzzer keeps the input as a crasher.
#define SUARA_FUZZ_CHECK(cond)                                                                       \
    do {                                                                                             \
        if (!(cond)) {                                                                               \
            std::fprintf(stderr, "suara fuzz: contract broken: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
            std::abort();                                                                            \
        }                                                                                            \
    } while (false)

namespace suara::fuzz {

/// Reads typed values off the front of the fuzz input; past the end it yields zeros, so every
/// input (even empty) is a valid program. (clang's FuzzedDataProvider is not on g++'s path.)
class byte_reader {
public:
    byte_reader(const std::uint8_t* data, std::size_t size) noexcept : p_{data}, n_{size} {}
    [[nodiscard]] std::uint8_t byte() noexcept {
        if (n_ == 0) return 0;
        --n_;
        return *p_++;
    }
    [[nodiscard]] std::uint32_t u32() noexcept {
        std::uint32_t v = 0;
        for (int i = 0; i < 4; ++i) v = (v << 8) | byte();
        return v;
    }
    [[nodiscard]] bool flag() noexcept { return (byte() & 1U) != 0; }
    /// A value in [0, n) (n > 0).
    [[nodiscard]] std::uint32_t below(std::uint32_t n) noexcept { return u32() % n; }
    /// Up to `max` bytes as text.
    [[nodiscard]] std::string_view text(std::size_t max) noexcept {
        std::size_t len = byte();
        if (len > max) len = max;
        if (len > n_) len = n_;
        std::string_view s{reinterpret_cast<const char*>(p_), len};
        p_ += len;
        n_ -= len;
        return s;
    }
    /// Everything not yet read.
    [[nodiscard]] std::string_view rest() noexcept {
        std::string_view s{reinterpret_cast<const char*>(p_), n_};
        p_ += n_;
        n_ = 0;
        return s;
    }
    [[nodiscard]] std::size_t remaining() const noexcept { return n_; }

private:
    const std::uint8_t* p_;
    std::size_t n_;
};

}  // namespace suara::fuzz

#endif  // SUARA_TESTS_FUZZ_TARGET_HPP
