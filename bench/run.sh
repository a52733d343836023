#!/usr/bin/env bash
# Load benchmark: installs what is missing (bench/setup.sh), builds mailscoped and the load client
# smtpload in a Release build folder, then runs every scenario against mailscoped, smtp-sink and
# smtp-server (bench/loadbench.py). Extra arguments go to loadbench.py, e.g. --only huge-50mib, or
# --repeat 5 to run each scenario 5 times per server and report the medians.
# Takes about 5 minutes on 2 cores. Never part of ctest.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${MAILSCOPE_BENCH_BUILD_DIR:-$top/build-bench}

"$top/bench/setup.sh"
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S "$top" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMAILSCOPE_BUILD_BENCHMARKS=ON \
          -DMAILSCOPE_BUILD_TESTS=OFF
fi
cmake --build "$build_dir" --parallel "${MAILSCOPE_JOBS:-2}" --target mailscoped smtpload

# 5,000 idle connections need more descriptors than the usual 1,024, on both ends.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
[ "$(ulimit -n)" = unlimited ] || [ "$(ulimit -n)" -ge 12000 ] || ulimit -n 12000 || \
    echo "bench/run.sh: cannot raise the descriptor limit to 12000; the idle-connection figure may fail" >&2

exec python3 "$top/bench/loadbench.py" --build-dir "$build_dir" "$@"
