#!/usr/bin/env bash
# Renders resources/mailscope.svg to the PNG sizes kept in resources/icons/ (committed, so a build
# needs no SVG renderer). Run after changing the SVG; needs rsvg-convert (librsvg2-bin).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$top/resources/icons"
for size in 16 22 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" "$top/resources/mailscope.svg" -o "$top/resources/icons/mailscope-$size.png"
done
echo "rendered into $top/resources/icons"
