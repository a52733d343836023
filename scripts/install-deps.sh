#!/usr/bin/env bash
# Installs the Debian 12 packages Mailscope needs to build and test, only those missing.
# Extra package names given as arguments are installed the same way (bench/ and fuzz/ use this).
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-httpserver-dev qt6-websockets-dev
    libgmime-3.0-dev libssl-dev libsqlite3-dev
    qt6-webengine-dev fonts-dejavu-core
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    desktop-file-utils appstream librsvg2-bin
    xvfb xauth xdotool imagemagick chromium
    python3 python3-aiosmtpd swaks libnet-ssleay-perl curl openssl procps
    "$@"
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
