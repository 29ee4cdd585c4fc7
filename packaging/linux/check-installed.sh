#!/usr/bin/env bash
# Installs the .deb that `./mvnw -Pinstaller package` built and checks the installed app as a user meets it.
# Run by .ci/run after the tests; fails loudly (non-zero exit, "FAIL: ...") at the first thing that is wrong.
#
#   1. the .deb is at most 50 MB (50,000,000 bytes), and installs with dpkg (its dependencies from apt when missing);
#   2. connector-explorer is on the PATH and is the installed launcher; the menu entry, icons and AppStream
#      metadata are in place and valid; the shipped AOT cache is one the JVM uses where the app is installed;
#   3. the installed command line: `list --demo --json` prints the demo account's 27 connectors,
#      `describe --demo` a connector configuration, a bad option exits with status 2;
#   4. TLS through the packaged runtime: its trust store holds Amazon's root CAs, and the command line
#      completes a handshake with an HTTPS endpoint standing in for AWS (https://repo.maven.apache.org) and
#      gets its HTTP answer (ECDHE, which AWS endpoints negotiate); skipped when that host is unreachable;
#   5. the window: the installed launcher, started under Xvfb with an empty HOME and no AWS configuration,
#      maps a window titled "Connector Explorer — Demo (offline)" carrying the app icon, whose screen
#      shows "27 connectors" and "Salesforce" (read back with OCR); a screenshot is kept in
#      target/check-installed/; Ctrl+Q closes it with exit status 0;
#   6. dpkg -r takes away everything the package added (unless --keep).
#
# Usage: packaging/linux/check-installed.sh [--keep] [path/to/connector-explorer.deb]
# Needs root (or sudo) for dpkg and apt-get; installs xvfb, xdotool, x11-utils, imagemagick, tesseract-ocr
# with apt-get only when they are missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

keep=no
deb=""
for arg in "$@"; do
  case "$arg" in
    --keep) keep=yes ;;
    -*) echo "usage: $0 [--keep] [path/to/.deb]" >&2; exit 2 ;;
    *) deb=$arg ;;
  esac
done
if [ -z "$deb" ]; then
  deb=$(ls target/installer/connector-explorer_*.deb 2>/dev/null | head -n 1 || true)
fi

HOME_DIR=/opt/connector-explorer
ID=io.connectorexplorer.ConnectorExplorer
TITLE_DEMO="Connector Explorer — Demo (offline)"
DEMO_CONNECTORS=27
MAX_DEB_BYTES=50000000
out=target/check-installed
work=$(mktemp -d)
xvfb_pid=""
app_pid=""
sudo=""
[ "$(id -u)" = 0 ] || sudo=sudo

cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "check-installed: FAIL: $*" >&2; exit 1; }
ok() { echo "check-installed: ok: $*"; }

# --- tools -------------------------------------------------------------------------------------------
missing=()
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
command -v xdotool >/dev/null 2>&1 || missing+=(xdotool)
command -v xprop >/dev/null 2>&1 || missing+=(x11-utils)
command -v import >/dev/null 2>&1 || missing+=(imagemagick)
command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
apt_updated=no
apt_install() {
  [ $apt_updated = yes ] || { $sudo apt-get update -qq; apt_updated=yes; }
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
if [ ${#missing[@]} -gt 0 ]; then
  echo "check-installed: installing ${missing[*]}"
  apt_install "${missing[@]}"
fi

# --- 1. the package ----------------------------------------------------------------------------------
[ -n "$deb" ] && [ -f "$deb" ] || fail "no .deb given or in target/installer/ (./mvnw -B -Pinstaller package -DskipTests)"
size=$(stat -c %s "$deb")
[ "$size" -le $MAX_DEB_BYTES ] || fail "$deb is $size bytes, more than 50 MB (50,000,000 bytes)"
ok "$(basename "$deb") is $((size / 1000000)) MB ($size bytes), at most 50 MB"

if ! $sudo dpkg -i "$deb" >"$work/dpkg.log" 2>&1; then
  # Dependencies not yet on the machine (GTK, ...): let apt bring them and finish the configuration.
  echo "check-installed: dpkg -i needs dependencies; apt-get -f install"
  apt_updated=no
  $sudo apt-get update -qq && apt_updated=yes
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -f -y -qq >>"$work/dpkg.log" 2>&1 \
    || { cat "$work/dpkg.log" >&2; fail "the .deb does not install"; }
fi
status=$(dpkg-query -W -f '${Status}' connector-explorer 2>/dev/null || true)
[ "$status" = "install ok installed" ] || { cat "$work/dpkg.log" >&2; fail "dpkg reports '$status'"; }
ok "installed $(dpkg-query -W -f '${Package} ${Version}' connector-explorer) with dpkg"

# --- 2. what the package put on the system ----------------------------------------------------------
on_path=$(command -v connector-explorer || true)
[ -n "$on_path" ] || fail "connector-explorer is not on the PATH"
START=$HOME_DIR/lib/connector-explorer.sh
[ "$(readlink -f "$on_path")" = "$START" ] \
  || fail "$on_path is not the installed start script ($(readlink -f "$on_path"))"
ok "$on_path -> $START"
"$HOME_DIR/bin/connector-explorer" --help >"$work/native-help.txt" 2>&1 \
  || { cat "$work/native-help.txt" >&2; fail "jpackage's launcher $HOME_DIR/bin/connector-explorer does not start"; }
ok "jpackage's launcher $HOME_DIR/bin/connector-explorer starts too"

desktop=/usr/share/applications/$ID.desktop
metainfo=/usr/share/metainfo/$ID.metainfo.xml
for f in "$desktop" "$metainfo" /usr/share/icons/hicolor/16x16/apps/$ID.png /usr/share/icons/hicolor/256x256/apps/$ID.png; do
  [ -f "$f" ] || fail "$f is missing"
done
grep -qx "Exec=$START" "$desktop" || fail "$desktop does not start the start script"
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$desktop" || fail "$desktop is not a valid desktop entry"
fi
if command -v appstreamcli >/dev/null 2>&1; then
  appstreamcli validate --no-net "$metainfo" >"$work/appstream.log" 2>&1 \
    || { cat "$work/appstream.log" >&2; fail "$metainfo is not valid AppStream metadata"; }
fi
ok "menu entry, icons and AppStream metadata installed"

cache=$HOME_DIR/lib/app/connector-explorer.aot
cli_cache=$HOME_DIR/lib/app/connector-explorer-cli.aot
[ -s "$cache" ] || fail "no AOT cache at $cache (the package ships it: create-aot-cache.sh)"
[ -s "$cli_cache" ] || fail "no command-line AOT cache at $cli_cache (the package ships it: create-aot-cache.sh)"
# The launcher's own options name the window's cache, the start script the command line's when given arguments;
# with -XX:AOTMode=on the JVM refuses to start if it cannot use the cache it is given (made in target/ at build
# time, each must apply to the installed class path).
JAVA_TOOL_OPTIONS=-XX:AOTMode=on timeout 120 "$HOME_DIR/bin/connector-explorer" --help >"$work/aot.log" 2>&1 \
  || { tail -n 20 "$work/aot.log" >&2; fail "the JVM does not use $cache"; }
JAVA_TOOL_OPTIONS=-XX:AOTMode=on timeout 120 "$on_path" --help >"$work/aot-cli.log" 2>&1 \
  || { tail -n 20 "$work/aot-cli.log" >&2; fail "the JVM does not use $cli_cache"; }
grep -q 'connector-explorer-cli.aot' "$HOME_DIR/lib/connector-explorer.sh" \
  || fail "the start script does not name $cli_cache"
ok "AOT caches $cache ($(($(stat -c %s "$cache") / 1024 / 1024)) MB) and $cli_cache ($(($(stat -c %s "$cli_cache") / 1024 / 1024)) MB), made at build time, are used where the app is installed"

# --- 3. the installed command line, as a user with no AWS configuration -------------------------------
mkdir -p "$work/home"
user_env=(env -i "PATH=/usr/local/bin:/usr/bin:/bin" "HOME=$work/home" "LANG=C.UTF-8"
          "AWS_CONFIG_FILE=$work/no-aws-config" "AWS_SHARED_CREDENTIALS_FILE=$work/no-aws-credentials"
          "CONNECTOR_EXPLORER_HOME=$work/home/.config/connector-explorer")

"${user_env[@]}" connector-explorer list --demo --json >"$work/list.json" 2>"$work/list.err" \
  || { cat "$work/list.err" >&2; fail "connector-explorer list --demo --json failed"; }
python3 - "$work/list.json" "$DEMO_CONNECTORS" <<'EOF' || fail "connector-explorer list --demo --json printed the wrong connectors"
import json, sys
connectors = json.load(open(sys.argv[1]))
expected = int(sys.argv[2])
assert isinstance(connectors, list), "not a JSON array"
assert len(connectors) == expected, f"{len(connectors)} connectors, expected {expected}"
for c in connectors:
    assert {"connectorType", "connectorName", "canUseAsSource", "canUseAsDestination"} <= c.keys(), c
types = {c["connectorType"] for c in connectors}
assert {"Salesforce", "S3", "CustomConnector"} <= types, sorted(types)
EOF
# Scripts read stderr too: nothing from the JVM there (the runtime's warnings, e.g. JDK 24+'s on JNI and
# sun.misc.Unsafe, are settled by the launcher's options).
[ ! -s "$work/list.err" ] || { cat "$work/list.err" >&2; fail "connector-explorer list --demo --json wrote to stderr"; }
ok "connector-explorer list --demo --json: $DEMO_CONNECTORS connectors, nothing on stderr"

"${user_env[@]}" connector-explorer describe --demo --connector-type Salesforce >"$work/describe.json" 2>"$work/describe.err" \
  || { cat "$work/describe.err" >&2; fail "connector-explorer describe --demo failed"; }
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["connectorConfiguration"]["canUseAsSource"] is True' \
  "$work/describe.json" || fail "connector-explorer describe --demo printed no connector configuration"
ok "connector-explorer describe --demo --connector-type Salesforce"

set +e
"${user_env[@]}" connector-explorer list --no-such-option >/dev/null 2>&1
status=$?
set -e
[ $status -eq 2 ] || fail "a bad option exited with status $status, expected 2 (the launcher passes the status on)"
ok "a bad option exits with status 2"

# --- 4. TLS through the packaged runtime -----------------------------------------------------------
# AWS endpoints chain to Amazon's root CAs: the packaged trust store must hold them.
# (The runtime ships no keytool: the build's JDK reads the packaged store.)
keytool=${JAVA_HOME:+$JAVA_HOME/bin/}keytool
[ -x "/usr/lib/jvm/temurin-25-jdk-amd64/bin/keytool" ] && keytool=/usr/lib/jvm/temurin-25-jdk-amd64/bin/keytool
"$keytool" -list -keystore "$HOME_DIR/lib/runtime/lib/security/cacerts" -storepass changeit >"$work/cacerts.txt" 2>&1 || true
# (Aliases differ by where jlink took the store from: "amazonrootca1" in the JDK's own, "debian:amazon_root_ca_1.pem"
# where the JDK links to the system's, as Debian's packages of it do.)
for n in 1 2 3 4; do
  grep -qiE "^(amazonrootca$n|debian:amazon_root_ca_$n\.pem)[ ,]" "$work/cacerts.txt" \
    || fail "the packaged trust store has no Amazon Root CA $n"
done
ok "the packaged trust store holds Amazon Root CA 1-4"
# A real handshake through the packaged runtime (ECDHE: in java.base since JDK 22, jdk.crypto.ec before). The host only stands
# in for AWS, so the expected answer is an HTTP error from it. Where the network re-signs TLS traffic (an
# inspecting proxy, as on some CI machines), its CA is only in the system trust store: use that one if any.
tls_host=repo.maven.apache.org
tls_opts=""
[ -f /etc/ssl/certs/java/cacerts ] && tls_opts="-Djavax.net.ssl.trustStore=/etc/ssl/certs/java/cacerts"
if python3 -c "import socket,sys; socket.create_connection((sys.argv[1], 443), 5).close()" "$tls_host" 2>/dev/null; then
  printf '[profile tls-probe]\nregion = us-east-1\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n' \
    >"$work/tls-config"
  set +e
  env -i "PATH=/usr/bin:/bin" "HOME=$work/home" "AWS_CONFIG_FILE=$work/tls-config" \
      "AWS_SHARED_CREDENTIALS_FILE=$work/no-aws-credentials" "AWS_ENDPOINT_URL_APPFLOW=https://$tls_host" \
      "CONNECTOR_EXPLORER_HOME=$work/home/.config/connector-explorer" "JAVA_TOOL_OPTIONS=$tls_opts" \
      connector-explorer list --profile tls-probe >"$work/tls.out" 2>"$work/tls.err"
  status=$?
  set -e
  answer=$(grep -v '^Picked up JAVA_TOOL_OPTIONS' "$work/tls.err" | head -n 1)
  if [ $status -ne 1 ] || ! grep -q "HTTP [0-9]" <<<"$answer"; then
    cat "$work/tls.err" >&2; fail "no HTTPS answer from https://$tls_host through the packaged runtime (exit status $status)"
  fi
  ok "TLS through the packaged runtime: https://$tls_host answered: ${answer#connector-explorer list: }"
else
  echo "check-installed: skipped: TLS handshake ($tls_host:443 not reachable from here)"
fi

# --- 5. the window -----------------------------------------------------------------------------------
mkdir -p "$out"
rm -f "$out"/*.png
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.err" &
xvfb_pid=$!
for _ in $(seq 1 100); do [ -s "$work/display" ] && break; sleep 0.05; done
[ -s "$work/display" ] || { cat "$work/xvfb.err" >&2; fail "Xvfb did not start"; }
display=":$(cat "$work/display")"
export DISPLAY=$display

wait_until() {  # timeout-seconds description command...
  local timeout=$1 what=$2; shift 2
  local deadline=$((SECONDS + timeout))
  until "$@"; do
    kill -0 "$app_pid" 2>/dev/null || { cat "$work/gui.err" >&2; fail "the app exited while waiting for $what"; }
    [ $SECONDS -lt $deadline ] || { cat "$work/gui.err" >&2; import -window root "$out/timeout.png" 2>/dev/null || true
                                    fail "no $what within $timeout s (screen: $out/timeout.png)"; }
    sleep 0.1
  done
}
window=""
find_window() { window=$(xdotool search --onlyvisible --name '^Connector Explorer' 2>/dev/null | head -n 1); [ -n "$window" ]; }
title_is_demo() { [ "$(xdotool getwindowname "$window" 2>/dev/null)" = "$TITLE_DEMO" ]; }
ocr_text=""
screen_shows_demo() {
  import -window root "$work/screen.png" 2>/dev/null || return 1
  convert "$work/screen.png" -resize 200% -colorspace Gray "$work/ocr.png"
  ocr_text=$(tesseract "$work/ocr.png" - 2>/dev/null || true)
  grep -q "$DEMO_CONNECTORS connectors" <<<"$ocr_text" && grep -q "Salesforce" <<<"$ocr_text"
}

started=$(date +%s%N)
"${user_env[@]}" "DISPLAY=$display" connector-explorer >"$work/gui.out" 2>"$work/gui.err" &
app_pid=$!
wait_until 60 "main window" find_window
mapped_ms=$(( ($(date +%s%N) - started) / 1000000 ))
ok "main window mapped $mapped_ms ms after launch (id $window)"
wait_until 30 "window title '$TITLE_DEMO' (the demo account)" title_is_demo
ok "window title: $TITLE_DEMO"
icon=$(xprop -id "$window" _NET_WM_ICON 2>/dev/null | sed -n 's/.*Icon (\([0-9]* x [0-9]*\)).*/\1/p' | head -n 1)
[ -n "$icon" ] || fail "the window carries no icon (_NET_WM_ICON)"
wm_class=$(xprop -id "$window" WM_CLASS 2>/dev/null | sed -n 's/.*= "\([^"]*\)".*/\1/p')
grep -qx "StartupWMClass=$wm_class" "$desktop" || fail "WM_CLASS '$wm_class' does not match the menu entry's StartupWMClass"
ok "window icon set ($icon, from the app's 16-256 px set); WM_CLASS $wm_class matches the menu entry"
wait_until 30 "'$DEMO_CONNECTORS connectors' and 'Salesforce' on screen" screen_shows_demo
cp "$work/screen.png" "$out/main-window.png"
ok "the window shows the demo account's connectors ($DEMO_CONNECTORS connectors, Salesforce); screenshot $out/main-window.png"
if ! ls /dev/dri/* /dev/nvidiactl /dev/dxg >/dev/null 2>&1; then
  # No GPU on this machine: the start script keeps GTK, and the app keeps JavaFX, from loading OpenGL.
  loaded=$( (grep -oE '[^/]*(libGL[^ ]*|_dri\.so|libLLVM[^ ]*)$' "/proc/$app_pid/maps" || true) | sort -u | paste -sd ' ')
  [ -z "$loaded" ] || fail "no GPU here, yet the window loaded OpenGL: $loaded"
  ok "no GPU here: the window draws in software without loading OpenGL or Mesa"
fi

xdotool windowfocus --sync "$window" 2>/dev/null || true
xdotool key --clearmodifiers ctrl+q
for _ in $(seq 1 150); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$app_pid" 2>/dev/null; then fail "Ctrl+Q did not close the app within 15 s"; fi
set +e
wait "$app_pid"
status=$?
set -e
app_pid=""
[ $status -eq 0 ] || { cat "$work/gui.err" >&2; fail "the app exited with status $status after Ctrl+Q"; }
ok "Ctrl+Q closed the app (exit status 0)"

# --- 6. removal --------------------------------------------------------------------------------------
if [ $keep = no ]; then
  $sudo dpkg -r connector-explorer >"$work/remove.log" 2>&1 || { cat "$work/remove.log" >&2; fail "dpkg -r failed"; }
  for f in /usr/bin/connector-explorer "$desktop" "$metainfo" /usr/share/icons/hicolor/16x16/apps/$ID.png "$HOME_DIR"; do
    [ ! -e "$f" ] && [ ! -L "$f" ] || fail "$f is still there after dpkg -r"
  done
  ok "dpkg -r removed the app, the PATH entry, the menu entry, icons, metadata and the AOT cache"
else
  echo "check-installed: left installed (--keep)"
fi
echo "check-installed: all checks passed"
