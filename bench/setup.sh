#!/usr/bin/env bash
# Installs what the load benchmarks need, only what is missing:
#  - Debian's postfix for smtp-source (load client) and smtp-sink (reference sink). Preseeded to
#    "No configuration" so no mail daemon is configured or started.
#  - Node.js and Nodemailer's smtp-server (bench/nodesink, from its committed package-lock.json).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "bench/setup.sh: need root (or sudo) to install packages" >&2; exit 1; }
    sudo="sudo"
fi

missing=()
for p in postfix python3 openssl procps; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node may come from elsewhere (e.g. NodeSource); only ask Debian for it when there is none.
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)

if [ ${#missing[@]} -gt 0 ]; then
    echo "bench/setup.sh: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    echo "postfix postfix/main_mailer_type select No configuration" | $sudo debconf-set-selections
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -d "$here/nodesink/node_modules/smtp-server" ]; then
    (cd "$here/nodesink" && npm ci --no-audit --no-fund --loglevel=error)
fi
