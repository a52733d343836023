#!/usr/bin/env bash
# Builds Mailscope and runs every test (unit and end-to-end) with ctest.
# Extra arguments go to ctest, e.g. scripts/test.sh -L unit
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/scripts/build.sh"
cd "${MAILSCOPE_BUILD_DIR:-$top/build}"
ctest --output-on-failure --timeout 600 "$@"
