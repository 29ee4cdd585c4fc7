#!/usr/bin/env bash
# Build step of `./mvnw -Pinstaller package` on Linux, between the app image and the packages:
# adds what the install scripts use to the image's lib/ folder, and the AOT cache.
#   lib/system-integration.sh         run by the package scripts: PATH, menu entry, icons, AppStream
#   lib/<id>.desktop, lib/<id>.metainfo.xml   the menu entry and AppStream metadata (filtered from the pom)
#   lib/icons/<size>.png              the app icon for the hicolor theme
#   lib/app/connector-explorer.aot    the AOT cache: the classes a recorded start-up loads and links
#                                     (create-aot-cache.sh, which also names it in lib/app/connector-explorer.cfg)
#   lib/connector-explorer.sh         what the menu entry and the PATH start (write-start-script.sh says why)
#   lib/app/sqlite/libsqlitejdbc.so   SQLite's native library, named in the launcher's options
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
# SQLite's native library, unpacked here once: sqlite-jdbc otherwise writes it to /tmp and reads it back at
# every start that opens the history (its own copy stays in the jar, for a folder it cannot load from).
arch=$(uname -m)
jar=$(ls "$image"/lib/app/lib/sqlite-jdbc-*.jar)
mkdir -p "$image/lib/app/sqlite"
unpacked=$(mktemp -d)
# The JDK that runs the build has `jar` (Maven sets JAVA_HOME); unzip where it does not.
if [ -x "${JAVA_HOME:-}/bin/jar" ]; then
  (cd "$unpacked" && "$JAVA_HOME/bin/jar" xf "$jar" "org/sqlite/native/Linux/$arch/libsqlitejdbc.so")
else
  (cd "$unpacked" && unzip -q "$jar" "org/sqlite/native/Linux/$arch/libsqlitejdbc.so")
fi
mv "$unpacked/org/sqlite/native/Linux/$arch/libsqlitejdbc.so" "$image/lib/app/sqlite/libsqlitejdbc.so"
rm -rf "$unpacked"
[ -s "$image/lib/app/sqlite/libsqlitejdbc.so" ] || { echo "complete-image: no SQLite library for $arch in $jar" >&2; exit 1; }
chmod 644 "$image/lib/app/sqlite/libsqlitejdbc.so"
cfg="$image/lib/app/connector-explorer.cfg"
if ! grep -q 'org.sqlite.lib.path' "$cfg"; then
  awk '{ line[NR] = $0; if ($0 ~ /^java-options=/) last = NR }
    END { for (i = 1; i <= NR; i++) { print line[i]
      if (i == last) { print "java-options=-Dorg.sqlite.lib.path=$APPDIR/sqlite"; print "java-options=-Dorg.sqlite.lib.name=libsqlitejdbc.so" } } }' \
    "$cfg" >"$cfg.new" && mv "$cfg.new" "$cfg"
fi
# The jars, stored rather than deflated: the packages compress them again, and xz does far better on the
# classes themselves than on deflated ones (the jars take 8.6 MB of a .deb instead of 18.9 MB; installed,
# 54 MB instead of 22 MB). Entries, their order, times and the manifests stay as they were.
if command -v python3 >/dev/null 2>&1; then
  python3 - "$image"/lib/app/*.jar "$image"/lib/app/lib/*.jar <<'PYTHON'
import os, sys, zipfile
for path in sys.argv[1:]:
    stored = path + ".stored"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(stored, "w", zipfile.ZIP_STORED) as target:
        for entry in source.infolist():
            copy = zipfile.ZipInfo(entry.filename, date_time=entry.date_time)
            copy.external_attr = entry.external_attr
            copy.compress_type = zipfile.ZIP_STORED
            target.writestr(copy, source.read(entry.filename))
    os.chmod(stored, os.stat(path).st_mode)
    os.replace(stored, path)
PYTHON
else
  echo "complete-image: WARNING: no python3; the jars stay deflated and the packages ~10 MB larger" >&2
fi
# What the runtime carries that the app never runs: the JDK's command-line tools but java (jlink's
# --strip-native-commands would take java too, which the start script runs), and the native libraries' symbol
# tables (crash reports then name fewer native frames; the JDK's own builds often ship them stripped).
find "$image/lib/runtime/bin" -type f ! -name java -delete
if command -v strip >/dev/null 2>&1; then
  find "$image/lib/runtime/lib" -name '*.so' -exec strip --strip-unneeded {} +
fi
# The runtime's default CDS archives (JDK classes only) would never be used: the launcher names the app's
# AOT cache, which holds the JDK classes start-up needs too. 28 MB less to install.
rm -f "$image"/lib/runtime/lib/server/classes*.jsa
"$here/create-aot-cache.sh" "$image"
"$here/write-start-script.sh" "$image"
