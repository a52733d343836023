#!/usr/bin/env bash
# The window under a flood: fills a store with 100,000 messages once (storebench, kept in
# build-bench/window-store), opens the real window on it under Xvfb, sends mail at 1,000
# messages a second with smtpload and prints the event loop's lateness (bench/windowlatency.cpp).
# Extra arguments go to windowlatency, e.g. --rate 2000 --seconds 20. Never part of ctest.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${MAILSCOPE_BENCH_BUILD_DIR:-$top/build-bench}
stored=${MAILSCOPE_BENCH_STORED:-100000}

"$top/scripts/install-deps.sh"
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S "$top" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMAILSCOPE_BUILD_BENCHMARKS=ON \
          -DMAILSCOPE_BUILD_TESTS=OFF
fi
cmake --build "$build_dir" --parallel "${MAILSCOPE_JOBS:-2}" --target storebench smtpload windowlatency

store="$build_dir/window-store-$stored"
if [ ! -f "$store/.filled" ]; then
    "$build_dir/bench/storebench" "$stored" "$store" >&2
    touch "$store/.filled"
fi
# A copy per run, so every run starts from the same 100,000 messages.
run_store=$(mktemp -d)
trap 'rm -rf "$run_store"' EXIT
cp -a "$store/." "$run_store/"
export QTWEBENGINE_DISABLE_SANDBOX=1 QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu
xvfb-run -a -s "-screen 0 1280x800x24" "$build_dir/bench/windowlatency" \
    --store "$run_store" --smtpload "$build_dir/bench/smtpload" "$@"
