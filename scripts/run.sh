#!/usr/bin/env bash
# Builds Mailscope and starts it in the foreground on 127.0.0.1:1025 (Ctrl+C stops it).
# Extra arguments go to mailscoped, e.g. scripts/run.sh --listen lmtp://127.0.0.1:2424
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/scripts/build.sh"
exec "${MAILSCOPE_BUILD_DIR:-$top/build}/app/mailscoped/mailscoped" "$@"
