// suara — internal: which wide instructions this CPU offers, asked once at run time.
// Distributed under the Boost Software License, Version 1.0.
//
// The library is built for the baseline of its target (x86-64: SSE2). Hot loops that gain from
// wider vectors carry a second body compiled for them (GCC/Clang `target` attribute) and pick it
// here, so one binary runs everywhere and is fast where the CPU allows.
#ifndef SUARA_DETAIL_CPU_HPP
#define SUARA_DETAIL_CPU_HPP

#if (defined(__GNUC__) || defined(__clang__)) && defined(__x86_64__)
/// Defined when the compiler can build AVX-512 bodies next to the baseline ones.
#define SUARA_HAS_AVX512_BODIES 1
/// The instruction sets of those bodies: byte-granular AVX-512 (BW), byte permutes (VBMI) and
/// byte compression (VBMI2), e.g. Intel Ice Lake and later, AMD Zen 4 and later.
#define SUARA_AVX512_TARGET __attribute__((target("avx512f,avx512bw,avx512vl,avx512vbmi,avx512vbmi2,popcnt,bmi,bmi2")))
/// The wide body of a plain loop the compiler vectorises: x86-64-v4 (AVX-512 F/BW/CD/DQ/VL).
/// Templates take it as well as functions (load-time clones, `target_clones`, do not: Clang
/// refuses them on templates), and the body is picked at run time (`cpu_has_x86_64_v4`).
#define SUARA_X86_64_V4_TARGET __attribute__((target("arch=x86-64-v4")))
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

/// True when the CPU runs the x86-64-v4 bodies (SUARA_X86_64_V4_TARGET).
[[nodiscard]] inline bool cpu_has_x86_64_v4() noexcept {
#if defined(SUARA_HAS_AVX512_BODIES)
    static const bool has = [] {
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
               __builtin_cpu_supports("avx512cd") && __builtin_cpu_supports("avx512dq") &&
               __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx2") &&
               __builtin_cpu_supports("bmi2") && __builtin_cpu_supports("fma");
    }();
    return has;
#else
    return false;
#endif
}

}  // namespace suara::detail

#endif  // SUARA_DETAIL_CPU_HPP
