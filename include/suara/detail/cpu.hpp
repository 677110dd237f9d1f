// suara — internal: which wide instructions this CPU offers, asked once at run time.
// Distributed under the Boost Software License, Version 1.0.
//
// The library is built for the baseline of its target (x86-64: SSE2). Hot loops that gain from
// wider vectors carry a second body compiled for them (GCC/Clang `target` attribute) and pick it
// here, so one binary runs everywhere and is fast where the CPU allows.
#ifndef SUARA_DETAIL_CPU_HPP
#define SUARA_DETAIL_CPU_HPP

// Sanitizer builds get no load-time clones (SUARA_AVX512_CLONES): a clone's resolver runs while
// the program is being loaded, before the sanitizer's runtime has started, and ThreadSanitizer
// instruments it (a crash at start-up). Those builds then exercise the baseline copy.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define SUARA_NO_LOAD_TIME_CLONES 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define SUARA_NO_LOAD_TIME_CLONES 1
#endif
#endif

#if (defined(__GNUC__) || defined(__clang__)) && defined(__x86_64__)
/// Defined when the compiler can build AVX-512 bodies next to the baseline ones.
#define SUARA_HAS_AVX512_BODIES 1
/// The instruction sets of those bodies: byte-granular AVX-512 (BW), byte permutes (VBMI) and
/// byte compression (VBMI2), e.g. Intel Ice Lake and later, AMD Zen 4 and later.
#define SUARA_AVX512_TARGET __attribute__((target("avx512f,avx512bw,avx512vl,avx512vbmi,avx512vbmi2,popcnt,bmi,bmi2")))
/// A function compiled twice, for the baseline and for x86-64-v4 (AVX-512 F/BW/CD/DQ/VL), the
/// copy chosen when the program loads (an ifunc): for plain loops the compiler vectorises.
#if defined(SUARA_NO_LOAD_TIME_CLONES)
#define SUARA_AVX512_CLONES
#else
#define SUARA_AVX512_CLONES __attribute__((target_clones("arch=x86-64-v4", "default")))
#endif
#else
#define SUARA_AVX512_CLONES
#endif

namespace suara::detail {

/// True when the CPU (and the operating system, which must save the 512-bit registers) runs the
/// AVX-512 bodies (SUARA_AVX512_TARGET).
[[nodiscard]] inline bool cpu_has_avx512_bodies() noexcept {
#if defined(SUARA_HAS_AVX512_BODIES)
    static const bool has = [] {
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
               __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512vbmi") &&
               __builtin_cpu_supports("avx512vbmi2") && __builtin_cpu_supports("popcnt") &&
               __builtin_cpu_supports("bmi") && __builtin_cpu_supports("bmi2");
    }();
    return has;
#else
    return false;
#endif
}

}  // namespace suara::detail

#endif  // SUARA_DETAIL_CPU_HPP
