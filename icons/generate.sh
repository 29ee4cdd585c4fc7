#!/usr/bin/env bash
# Regenerates every icon size from icons/icon.svg:
#   icons/png/icon-<N>.png for N in 16 24 32 48 64 128 256 512 1024,
#   icons/icon.ico (Windows: 16-256), icons/icon.icns (macOS: 16-1024),
#   and the window icons the app loads from the class path
#   (src/main/resources/io/connectorexplorer/app/icons/icon-{16,32,64,128,256}.png).
# Needs Debian packages: librsvg2-bin (rsvg-convert), imagemagick (convert), icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"

need() {
  command -v "$1" >/dev/null 2>&1 || { echo "generate.sh: $1 not found; apt-get install -y $2" >&2; exit 1; }
}
need rsvg-convert librsvg2-bin
need convert imagemagick
need png2icns icnsutils

sizes=(16 24 32 48 64 128 256 512 1024)
mkdir -p png
for n in "${sizes[@]}"; do
  rsvg-convert --width "$n" --height "$n" --keep-aspect-ratio icon.svg --output "png/icon-$n.png"
  # Drop text chunks (creation time etc.) so an unchanged drawing gives byte-identical files.
  convert "png/icon-$n.png" -strip -define png:exclude-chunks=date,time "png/icon-$n.png"
done

convert png/icon-{16,24,32,48,64,128,256}.png icon.ico
png2icns icon.icns png/icon-{16,32,48,128,256,512,1024}.png >/dev/null

window=../src/main/resources/io/connectorexplorer/app/icons
mkdir -p "$window"
for n in 16 32 64 128 256; do
  cp "png/icon-$n.png" "$window/icon-$n.png"
done
echo "generate.sh: icons written from icon.svg"
