#!/usr/bin/env bash
# Installs what the load benchmarks need, only what is missing:
#  - Debian's postfix for smtp-source (load client) and smtp-sink (reference sink). Preseeded to
#    "No configuration" so no mail daemon is configured or started.
#  - Node.js and Nodemailer's smtp-server (bench/nodesink, from its committed package-lock.json).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

top=$(cd "$here/.." && pwd)

extra=(postfix)
# Node may come from elsewhere (e.g. NodeSource); only ask Debian for it when there is none.
command -v node >/dev/null || extra+=(nodejs)
command -v npm >/dev/null || extra+=(npm)
if ! dpkg-query -W -f='${Status}' postfix 2>/dev/null | grep -q "install ok installed"; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "postfix postfix/main_mailer_type select No configuration" | $sudo debconf-set-selections
fi
"$top/scripts/install-deps.sh" "${extra[@]}"

if [ ! -d "$here/nodesink/node_modules/smtp-server" ]; then
    (cd "$here/nodesink" && npm ci --no-audit --no-fund --loglevel=error)
fi
