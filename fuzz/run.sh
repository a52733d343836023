#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) in build-fuzz/ and fuzzes each for a while.
#
#   fuzz/run.sh [SECONDS] [TARGET...]     SECONDS per target (default 60); targets default to all
#   fuzz/run.sh --replay [TARGET...]      runs the seed corpora and the regressions once (a quick check)
#
# Each target's working corpus grows in build-fuzz/corpus/TARGET (seeded from fuzz/corpus/TARGET);
# crashes land in build-fuzz/artifacts/TARGET/. Copy a crash into fuzz/regressions/TARGET/ once it is
# fixed, so that --replay keeps checking it. Exit status 1 when any target crashed.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${MAILSCOPE_FUZZ_BUILD_DIR:-$top/build-fuzz}
all_targets=(commandline pathgrammar proxyheader sasl searchquery mimeparser)

replay=0
seconds=60
if [ "${1:-}" = "--replay" ]; then
    replay=1; shift
elif [[ "${1:-}" =~ ^[0-9]+$ ]]; then
    seconds=$1; shift
fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

"$top/fuzz/setup.sh"
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    CC=clang CXX=clang++ cmake -S "$top" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DMAILSCOPE_BUILD_FUZZERS=ON -DMAILSCOPE_BUILD_TESTS=OFF
fi
cmake --build "$build_dir" --parallel "${MAILSCOPE_JOBS:-2}" --target "${targets[@]/#/fuzz_}"

failed=()
for target in "${targets[@]}"; do
    seeds=("$top/fuzz/corpus/$target")
    [ -d "$top/fuzz/regressions/$target" ] && seeds+=("$top/fuzz/regressions/$target")
    if [ $replay -eq 1 ]; then
        echo "== $target: replaying ${seeds[*]}"
        "$build_dir/fuzz/fuzz_$target" -runs=0 "${seeds[@]}" || failed+=("$target")
        continue
    fi
    corpus="$build_dir/corpus/$target"
    artifacts="$build_dir/artifacts/$target"
    mkdir -p "$corpus" "$artifacts"
    echo "== $target: fuzzing for $seconds s"
    # -max_len: messages are the only input that needs room; 64 KiB keeps runs quick.
    "$build_dir/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" "${seeds[@]}" \
        > "$build_dir/fuzz-$target.log" 2>&1 || failed+=("$target")
    tail -n 14 "$build_dir/fuzz-$target.log" | grep -E "stat::number_of_executed_units|stat::peak_rss_mb|ERROR|SUMMARY|Test unit written" || true
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "crashed: ${failed[*]} (see $build_dir/fuzz-TARGET.log and $build_dir/artifacts/)"
    exit 1
fi
echo "no crash in: ${targets[*]}"
