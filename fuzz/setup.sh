#!/usr/bin/env bash
# Installs what the fuzzers need beyond the project's own packages, only what is missing:
# clang and Debian's compiler-rt (libclang-rt-14-dev holds libFuzzer and the sanitizer runtimes).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/scripts/install-deps.sh" clang libclang-rt-14-dev
