#!/usr/bin/env bash
# Installs what is missing, then configures and builds Mailscope into build/.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/scripts/install-deps.sh"
build_dir=${MAILSCOPE_BUILD_DIR:-$top/build}
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S "$top" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
fi
cmake --build "$build_dir" --parallel "${MAILSCOPE_JOBS:-2}"
