#!/usr/bin/env bash
# CI's second step: the engine, mailscoped and their tests built with AddressSanitizer and
# UndefinedBehaviorSanitizer (GCC) in build-asan/, the unit and end-to-end tests run against that
# build, then each libFuzzer target for a short while from its seed corpus (fuzz/run.sh).
#
#   scripts/sanitize.sh                  sanitized tests, then FUZZ_SECONDS (default 25) per fuzz target
#   FUZZ_SECONDS=0 scripts/sanitize.sh   sanitized tests only
#
# Any sanitizer report fails the run: every process (the tests and each mailscoped they start)
# writes its reports under build-asan/sanitizer-logs/, and the run fails when a report is there,
# whatever the test that started the process made of its exit status. Leaks inside third-party
# libraries are suppressed in scripts/sanitizers/lsan.supp, never leaks in our own code.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${MAILSCOPE_ASAN_BUILD_DIR:-$top/build-asan}
fuzz_seconds=${FUZZ_SECONDS:-25}
started=$SECONDS

"$top/scripts/install-deps.sh" clang libclang-rt-14-dev
flags="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S "$top" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMAILSCOPE_BUILD_WINDOW=OFF \
        -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="$flags" -DCMAKE_SHARED_LINKER_FLAGS="$flags"
fi
cmake --build "$build_dir" --parallel "${MAILSCOPE_JOBS:-2}"
echo "sanitize: build done after $((SECONDS - started)) s"

logs=$build_dir/sanitizer-logs
rm -rf "$logs"
mkdir -p "$logs"
supp=$top/scripts/sanitizers
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:check_initialization_order=1:strict_init_order=1:log_path=$logs/asan"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
# Tests that bound resident memory skip that bound here: ASan's quarantine holds freed memory.
export MAILSCOPE_SANITIZED=1
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:log_path=$logs/ubsan"
status=0
# The package test installs and rebuilds the engine: minutes of work that checks packaging, not memory.
(cd "$build_dir" && ctest --output-on-failure --timeout 900 -LE package) || status=1
if compgen -G "$logs/*" >/dev/null; then
    echo "sanitize: sanitizer reports:" >&2
    for report in "$logs"/*; do
        echo "== $report" >&2
        head -n 60 "$report" >&2
    done
    status=1
fi
echo "sanitize: sanitized tests done after $((SECONDS - started)) s"
unset ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS MAILSCOPE_SANITIZED

if [ "$fuzz_seconds" -gt 0 ]; then
    # fuzz/run.sh builds build-fuzz/ with clang and exits 1 when a target crashes or leaks.
    "$top/fuzz/run.sh" "$fuzz_seconds" || status=1
    echo "sanitize: fuzzing done after $((SECONDS - started)) s"
fi
exit $status
