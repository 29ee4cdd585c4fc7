#!/usr/bin/env bash
# Build step of `./mvnw -Pinstaller package` on Linux, between the app image and the packages:
# adds what the install scripts use to the image's lib/ folder, then records the start-up class list.
#   lib/system-integration.sh         run by the package scripts: PATH, menu entry, icons, AppStream, AppCDS
#   lib/create-cds-archive.sh         turns the class list into an AppCDS archive where the app is installed
#   lib/<id>.desktop, lib/<id>.metainfo.xml   the menu entry and AppStream metadata (filtered from the pom)
#   lib/icons/<size>.png              the app icon for the hicolor theme
#   lib/app/connector-explorer.classlist   (record-classlist.sh)
#   lib/connector-explorer.sh         what the menu entry and the PATH start (write-start-script.sh says why)
#
# Usage: complete-image.sh APP_IMAGE_DIR FILTERED_PACKAGING_LINUX_DIR
set -euo pipefail

image=${1:?usage: complete-image.sh APP_IMAGE_DIR FILTERED_PACKAGING_LINUX_DIR}
filtered=${2:?usage: complete-image.sh APP_IMAGE_DIR FILTERED_PACKAGING_LINUX_DIR}
here=$(cd "$(dirname "$0")" && pwd)
icons="$here/../../icons/png"

install -m 755 "$here/system-integration.sh" "$here/create-cds-archive.sh" "$image/lib/"
install -m 644 "$filtered"/*.desktop "$filtered"/*.metainfo.xml "$image/lib/"
mkdir -p "$image/lib/icons"
for size in 16 24 32 48 64 128 256 512; do
  install -m 644 "$icons/icon-$size.png" "$image/lib/icons/$size.png"
done
"$here/record-classlist.sh" "$image"
"$here/write-start-script.sh" "$image"
