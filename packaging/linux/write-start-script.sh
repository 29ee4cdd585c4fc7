#!/usr/bin/env bash
# Build step (complete-image.sh): writes <image>/lib/connector-explorer.sh, which starts the app exactly as
# jpackage's launcher bin/connector-explorer does — the same runtime, JVM options and class path, read here
# from lib/app/connector-explorer.cfg, so the AOT cache applies — but without what that launcher does
# first on every start on Linux: ask rpm and dpkg which package owns it (rpm -qf, dpkg -S; 0.1 to 0.3 s, more
# where the package databases are large). The menu entry and /usr/bin/connector-explorer use the script;
# bin/connector-explorer keeps working. With arguments (a command line) the script names the command line's own
# AOT cache, lib/app/connector-explorer-cli.aot, where the image has one (create-aot-cache.sh says why);
# without, the window's, as the launcher does. On a machine without a GPU it also keeps GTK from loading OpenGL
# (GDK_GL=disable). After writing it, it checks that the JVM uses the command line's.
#
# Usage: write-start-script.sh APP_IMAGE_DIR
set -euo pipefail

image=${1:?usage: write-start-script.sh APP_IMAGE_DIR}
name=connector-explorer
cfg="$image/lib/app/$name.cfg"
out="$image/lib/$name.sh"
[ -f "$cfg" ] || { echo "write-start-script: no $cfg" >&2; exit 1; }

# One shell word per value: single-quoted, with $APPDIR turned into the script's own "$app".
quote() {
  local value=$1
  case "$value" in *"'"*) echo "write-start-script: a quote in '$value'" >&2; exit 1 ;; esac
  value=${value//\$APPDIR/\'\"\$app\"\'}
  printf "'%s'" "$value"
}

main=$(sed -n 's/^app\.mainclass=//p' "$cfg")
[ -n "$main" ] || { echo "write-start-script: no app.mainclass in $cfg" >&2; exit 1; }
classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | paste -sd ':')
{
  echo '#!/bin/sh'
  echo "# Starts Connector Explorer as bin/$name does, without its package-manager queries (written at build"
  echo "# time from lib/app/$name.cfg by packaging/linux/write-start-script.sh; see there)."
  echo 'self=$(readlink -f "$0")'
  echo 'home=${self%/*/*}  # lib/connector-explorer.sh in the app'"'"'s folder: no dirname processes'
  echo 'app="$home/lib/app"'
  echo '# A command line starts with its own AOT cache, the window with the launcher'"'"'s (create-aot-cache.sh).'
  echo "# With its cache a command line also skips the read-ahead thread: its classes are in the cache already, and"
  echo "# the thread's work only competed with the command's for the CPU (a describe took ~9 % longer with it)."
  echo "cache=\"\$app/$name.aot\"; ahead="
  echo "[ \$# -gt 0 ] && [ -f \"\$app/$name-cli.aot\" ] && { cache=\"\$app/$name-cli.aot\"; ahead=-Dconnector-explorer.readAhead=false; }"
  cat <<'EOF'
# No GPU device (a virtual machine, a container, a cloud desktop, Xvfb): GTK would load Mesa's software OpenGL, LLVM
# included (~50 MB resident, tens of ms), when it opens the display, for a window JavaFX then draws with its own
# software renderer anyway (app/SoftwareRendering.java: the same devices). A GDK_GL of the user's own is kept.
if [ -z "${GDK_GL+set}" ]; then
  gpu=
  for device in /dev/dri/* /dev/nvidiactl /dev/dxg; do [ -e "$device" ] && gpu=yes && break; done
  [ -n "$gpu" ] || export GDK_GL=disable
fi
EOF
  echo 'exec "$home/lib/runtime/bin/java" ${ahead:+"$ahead"} \'
  sed -n 's/^java-options=//p' "$cfg" | while IFS= read -r option; do
    case "$option" in
      -XX:AOTCache=*) echo "  '-XX:AOTCache='\"\$cache\" \\" ;;
      *) echo "  $(quote "$option") \\" ;;
    esac
  done
  echo "  '-Djpackage.app-path='\"\$home/bin/$name\" \\"
  echo "  -cp $(quote "$classpath") \\"
  echo "  $(quote "$main") \"\$@\""
} >"$out"
chmod 755 "$out"
sh -n "$out"
if [ -f "$image/lib/app/$name-cli.aot" ] && grep -q '^java-options=-XX:AOTCache=' "$cfg"; then
  # -XX:AOTMode=on: the JVM refuses to start rather than run without the cache it is given.
  JAVA_TOOL_OPTIONS=-XX:AOTMode=on timeout 120 "$out" --help >/dev/null 2>"$image.cli-check.log" \
    || { tail -n 20 "$image.cli-check.log" >&2; echo "write-start-script: the JVM does not use $name-cli.aot" >&2; exit 1; }
  rm -f "$image.cli-check.log"
fi
echo "write-start-script: $out"
