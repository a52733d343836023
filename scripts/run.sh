#!/usr/bin/env bash
# Builds Mailscope and starts the window, listening on 127.0.0.1:1025 (or the next free port).
# scripts/run.sh --headless [OPTIONS] starts the headless server mailscoped instead, in the
# foreground (Ctrl+C stops it), e.g. scripts/run.sh --headless --listen lmtp://127.0.0.1:2424
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/scripts/build.sh"
build_dir=${MAILSCOPE_BUILD_DIR:-$top/build}
if [ "${1:-}" = "--headless" ]; then
    shift
    exec "$build_dir/app/mailscoped/mailscoped" "$@"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run.sh: no display; start the headless server with scripts/run.sh --headless" >&2
    exit 2
fi
# Chromium (the HTML preview) refuses its sandbox as root.
[ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
exec "$build_dir/app/mailscope/mailscope" "$@"
