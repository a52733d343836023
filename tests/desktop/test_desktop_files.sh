#!/usr/bin/env bash
# Installs the desktop component into a scratch prefix and checks what a desktop and a software
# centre read: the .desktop file (desktop-file-validate), the AppStream metainfo
# (appstreamcli validate, offline) and the icon in every hicolor size.
set -euo pipefail
build_dir=$1
app_id=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cmake --install "$build_dir" --prefix "$scratch" --component desktop > "$scratch/install.log"
share=$scratch/share
desktop-file-validate "$share/applications/$app_id.desktop"
appstreamcli validate --no-net --pedantic "$share/metainfo/$app_id.metainfo.xml"
grep -qx "Icon=$app_id" "$share/applications/$app_id.desktop"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$share/metainfo/$app_id.metainfo.xml"
test -s "$share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 22 24 32 48 64 128 256; do
    png=$share/icons/hicolor/${size}x${size}/apps/$app_id.png
    [ "$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print(*struct.unpack(">II", d[16:24]), sep="x")' "$png")" = "${size}x${size}" ] \
        || { echo "$png is not ${size}x${size}" >&2; exit 1; }
done
echo "desktop files valid"
