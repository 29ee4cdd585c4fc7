#!/bin/sh
# What the Linux packages add outside their own folder, and take away again; run by the .deb's
# postinst/prerm and the .rpm's scriptlets as `system-integration.sh install` / `... remove`.
#   - connector-explorer on the PATH: /usr/bin/connector-explorer -> <home>/lib/connector-explorer.sh, the
#     start script that skips jpackage's launcher's package-manager queries (write-start-script.sh); it runs
#     the window without arguments, the command line with a subcommand;
#   - the menu entry, /usr/share/applications/<id>.desktop, and its icons in the hicolor theme;
#   - the AppStream metadata, /usr/share/metainfo/<id>.metainfo.xml.
# (The AOT cache is one of the package's own files, made at build time: create-aot-cache.sh.)
# Done here rather than with jpackage's --linux-shortcut: that calls xdg-desktop-menu, which fails (and
# with it the whole install) on systems without a menu directory, such as containers and WSL.
# <id> is the app id the files in this folder are named after (the build names them from the pom).
set -eu

lib=$(cd "$(dirname "$0")" && pwd)
home=$(dirname "$lib")
id=$(basename "$lib"/*.metainfo.xml .metainfo.xml)
bin=/usr/bin/connector-explorer
share=/usr/share

refresh_caches() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
}

case "${1:-}" in
  install)
    if [ ! -e "$bin" ] || [ -L "$bin" ]; then
      ln -sf "$lib/connector-explorer.sh" "$bin"
    else
      echo "system-integration: $bin exists and is not a link; left as it is" >&2
    fi
    install -D -m 644 "$lib/$id.desktop" "$share/applications/$id.desktop"
    install -D -m 644 "$lib/$id.metainfo.xml" "$share/metainfo/$id.metainfo.xml"
    for png in "$lib"/icons/*.png; do
      size=$(basename "$png" .png)
      install -D -m 644 "$png" "$share/icons/hicolor/${size}x${size}/apps/$id.png"
    done
    refresh_caches
    ;;
  remove)
    case "$(readlink "$bin" 2>/dev/null || true)" in
      "$home"/*) rm -f "$bin" ;;   # ours: this version's start script, or an older version's launcher
    esac
    rm -f "$share/applications/$id.desktop" "$share/metainfo/$id.metainfo.xml"
    for png in "$lib"/icons/*.png; do
      size=$(basename "$png" .png)
      rm -f "$share/icons/hicolor/${size}x${size}/apps/$id.png"
    done
    refresh_caches
    ;;
  *)
    echo "usage: system-integration.sh install|remove" >&2
    exit 2
    ;;
esac
