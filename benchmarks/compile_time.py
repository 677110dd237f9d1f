#!/usr/bin/env python3
"""Compile time and peak memory of a translation unit that includes only one umbrella header
(<suara/suara.hpp>, <suara/io.hpp>, <suara/bulk.hpp>), with g++ -std=c++20 -O0 -c: what every
user translation unit pays for the include. Median of N runs (default 5).

    python3 benchmarks/compile_time.py <include dir> <out.json> [runs] [compiler]
"""
import json, os, statistics, subprocess, sys, tempfile, time

include_dir, out = sys.argv[1], sys.argv[2]
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
cxx = sys.argv[4] if len(sys.argv) > 4 else "g++"
umbrellas = ["suara/suara.hpp", "suara/io.hpp", "suara/bulk.hpp"]
result = {"compiler": subprocess.run([cxx, "--version"], capture_output=True, text=True).stdout.splitlines()[0],
          "flags": "-std=c++20 -O0 -c", "runs": runs, "umbrellas": {}}
with tempfile.TemporaryDirectory() as tmp:
    src, obj = os.path.join(tmp, "tu.cpp"), os.path.join(tmp, "tu.o")
    # A baseline: Boost.Hana's own umbrella, which every suara header builds on.
    for header in ["boost/hana.hpp"] + umbrellas:
        with open(src, "w") as f:
            f.write(f"#include <{header}>\n")
        seconds, peaks = [], []
        for _ in range(runs):
            t0 = time.perf_counter()
            p = subprocess.Popen([cxx, "-std=c++20", "-O0", "-I", include_dir, "-c", src, "-o", obj])
            _, status, usage = os.wait4(p.pid, 0)
            seconds.append(time.perf_counter() - t0)
            if status != 0:
                sys.exit(f"compile_time: {header} does not compile")
            peaks.append(usage.ru_maxrss)  # KiB on Linux
        result["umbrellas"][header] = {"median_seconds": statistics.median(seconds), "best_seconds": min(seconds),
                                       "peak_rss_mib": max(peaks) / 1024}
        print(f"   {header:18} {statistics.median(seconds):.2f} s median of {runs} "
              f"(best {min(seconds):.2f} s), {max(peaks) / 1024:.0f} MiB")
result["load_average_1min_at_end"] = os.getloadavg()[0]
json.dump(result, open(out, "w"), indent=1)
