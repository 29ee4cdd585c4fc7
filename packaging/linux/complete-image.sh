#!/usr/bin/env bash
# Build step of `./mvnw -Pinstaller package` on Linux, between the app image and the packages:
# adds what the install scripts use to the image's lib/ folder, and the AOT cache.
#   lib/system-integration.sh         run by the package scripts: PATH, menu entry, icons, AppStream
#   lib/<id>.desktop, lib/<id>.metainfo.xml   the menu entry and AppStream metadata (filtered from the pom)
#   lib/icons/<size>.png              the app icon for the hicolor theme
#   lib/app/connector-explorer.aot    the AOT cache: the classes a recorded start-up loads and links
#                                     (create-aot-cache.sh, which also names it in lib/app/connector-explorer.cfg)
#   lib/connector-explorer.sh         what the menu entry and the PATH start (write-start-script.sh says why)
#
# Usage: complete-image.sh APP_IMAGE_DIR FILTERED_PACKAGING_LINUX_DIR
set -euo pipefail

image=${1:?usage: complete-image.sh APP_IMAGE_DIR FILTERED_PACKAGING_LINUX_DIR}
filtered=${2:?usage: complete-image.sh APP_IMAGE_DIR FILTERED_PACKAGING_LINUX_DIR}
here=$(cd "$(dirname "$0")" && pwd)
icons="$here/../../icons/png"

install -m 755 "$here/system-integration.sh" "$image/lib/"
install -m 644 "$filtered"/*.desktop "$filtered"/*.metainfo.xml "$image/lib/"
mkdir -p "$image/lib/icons"
for size in 16 24 32 48 64 128 256 512; do
  install -m 644 "$icons/icon-$size.png" "$image/lib/icons/$size.png"
done
# The runtime's default CDS archives (JDK classes only) would never be used: the launcher names the app's
# AOT cache, which holds the JDK classes start-up needs too. 28 MB less to install.
rm -f "$image"/lib/runtime/lib/server/classes*.jsa
"$here/create-aot-cache.sh" "$image"
"$here/write-start-script.sh" "$image"
