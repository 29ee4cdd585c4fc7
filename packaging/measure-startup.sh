#!/usr/bin/env bash
# Measures the installed app's start-up: from launching the launcher to its main window being mapped on
# the X server, under Xvfb, with and without the AOT cache (the JDK 25 successor of AppCDS archives), and to
# the connector list filled. Prints
# every run and the medians.
#
#   aot      the app as installed, started as the menu entry and the PATH start it (lib/connector-explorer.sh),
#            with the AOT cache the package ships
#   no-cds   a copy without that cache, and -Xshare:off: no class data sharing at all (the runtime has no
#            default CDS archive of its own: the launcher always names the app's cache)
#   native   the app as installed, started through jpackage's launcher bin/connector-explorer, which first asks
#            the package managers which package owns it (what lib/connector-explorer.sh saves)
#   list     the app as installed, to the connector list filled instead: the app prints a timing mark with
#            its clock when the demo account's list is first filled (-Dconnector-explorer.timing=true, given
#            through JAVA_TOOL_OPTIONS for these runs only)
#
# The window is detected from the X server's MapNotify event (xev on the root window, read as it arrives:
# no polling interval), and must be the window titled "Connector Explorer". Each variant gets one warm-up
# launch first (not counted: the first launch on a machine unpacks JavaFX's native libraries into
# ~/.openjfx and fills font caches), then the runs go round-robin so machine noise spreads evenly.
# Every launch uses the same temporary HOME, with no AWS configuration (the app opens on the demo account).
#
# Usage: packaging/measure-startup.sh [--runs N] [--wait-quiet LOAD] [APP_HOME]
#   APP_HOME      the installed app (default /opt/connector-explorer; install the .deb first, e.g. with
#                 packaging/linux/check-installed.sh --keep)
#   --runs N      measured launches per variant (default 5)
#   --wait-quiet  wait (up to 15 min) until the 1-minute load average is below LOAD before measuring,
#                 for shared machines; the load is printed either way
set -euo pipefail

runs=5
quiet=""
home=/opt/connector-explorer
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --wait-quiet) quiet=$2; shift 2 ;;
    -*) echo "usage: $0 [--runs N] [--wait-quiet LOAD] [APP_HOME]" >&2; exit 2 ;;
    *) home=$1; shift ;;
  esac
done
[ -x "$home/bin/connector-explorer" ] && [ -x "$home/lib/connector-explorer.sh" ] \
  || { echo "measure-startup: no installed app at $home" >&2; exit 1; }
cfg="$home/lib/app/connector-explorer.cfg"
grep -q 'AOTCache' "$cfg" || { echo "measure-startup: $cfg names no AOT cache" >&2; exit 1; }
[ -s "$home/lib/app/connector-explorer.aot" ] || { echo "measure-startup: no AOT cache in $home/lib/app" >&2; exit 1; }
for tool in Xvfb xev xdotool stdbuf; do
  command -v $tool >/dev/null 2>&1 || { echo "measure-startup: needs $tool (apt-get install xvfb x11-utils xdotool)" >&2; exit 1; }
done

work=$(mktemp -d)
xvfb_pid=""
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  exec 5<&- 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# The variant without the cache: a copy of the installed app (cp -a keeps the jars' timestamps) with
# its own launcher configuration.
cp -a "$home" "$work/no-cds"
sed -i '/AOTCache/d' "$work/no-cds/lib/app/connector-explorer.cfg"
rm -f "$work/no-cds/lib/app/connector-explorer.aot" "$work/no-cds/lib/app/connector-explorer-cli.aot"
sed -i 's/^\[JavaOptions\]$/[JavaOptions]\njava-options=-Xshare:off/' "$work/no-cds/lib/app/connector-explorer.cfg"
# The start script holds the options of the configuration it was written from: write the copy's again.
"$(dirname "$0")/linux/write-start-script.sh" "$work/no-cds" >/dev/null
start=lib/connector-explorer.sh
declare -A launcher=([aot]="$home/$start" [no-cds]="$work/no-cds/$start"
                     [native]="$home/bin/connector-explorer" [list]="$home/$start")
variants=(aot no-cds native list)

Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.err" &
xvfb_pid=$!
for _ in $(seq 1 100); do [ -s "$work/display" ] && break; sleep 0.05; done
[ -s "$work/display" ] || { cat "$work/xvfb.err" >&2; exit 1; }
export DISPLAY=":$(cat "$work/display")"
# Top-level window events, line-buffered, read by this shell as they come.
exec 5< <(stdbuf -oL xev -root -event substructure 2>/dev/null)
sleep 0.5

mkdir -p "$work/home"
user_env=(env -i "PATH=/usr/bin:/bin" "DISPLAY=$DISPLAY" "HOME=$work/home" "LANG=C.UTF-8"
          "AWS_CONFIG_FILE=$work/no-aws-config" "AWS_SHARED_CREDENTIALS_FILE=$work/no-aws-credentials"
          "CONNECTOR_EXPLORER_HOME=$work/home/.config/connector-explorer")

ms=""
listed=""
launch() {  # launcher [marks]; sets ms: milliseconds from launch to the main window's MapNotify, and with
            # "marks", listed: milliseconds from launch to the connector list filled (the app's timing mark)
  local line window started at extra=()
  ms=""
  listed=""
  [ "${2:-}" = marks ] && extra=("JAVA_TOOL_OPTIONS=-Dconnector-explorer.timing=true")
  while read -r -t 0.01 -u 5 line; do :; done        # drop events from earlier runs
  started=$(date +%s%N)
  "${user_env[@]}" "${extra[@]}" "$1" >"$work/app.out" 2>"$work/app.err" &
  app_pid=$!
  while read -r -t 60 -u 5 line; do
    case "$line" in
      MapNotify*)
        at=$(date +%s%N)
        read -r -t 5 -u 5 line
        window=$(sed -n 's/.* window \(0x[0-9a-f]*\), override.*/\1/p' <<<"$line")
        if [ -n "$window" ] && [[ "$(xdotool getwindowname "$((window))" 2>/dev/null)" == "Connector Explorer"* ]]; then
          ms=$(( (at - started) / 1000000 ))
          break
        fi
        ;;
    esac
  done
  if [ -n "$ms" ] && [ "${2:-}" = marks ]; then
    for _ in $(seq 1 600); do
      at=$(sed -n 's/^\[timing\] list-filled .* at=\([0-9]*\).*/\1/p' "$work/app.err" | head -n 1)
      [ -n "$at" ] && { listed=$(( at - started / 1000000 )); break; }
      sleep 0.05
    done
  fi
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
  [ -n "$ms" ] || { cat "$work/app.err" >&2; echo "measure-startup: no window from $1 within 60 s" >&2; exit 1; }
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
load() { cut -d ' ' -f 1-3 /proc/loadavg; }

if [ -n "$quiet" ]; then
  for _ in $(seq 1 180); do
    awk -v max="$quiet" '{ exit !($1 < max) }' /proc/loadavg && break
    sleep 5
  done
fi

echo "Machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
echo "Java:    $("$home/lib/runtime/bin/java" -version 2>&1 | head -n 1)"
echo "App:     $home, launch to first window (MapNotify) under Xvfb 1280x800"
echo "Load:    $(load) (1, 5, 15 min) before"
marks() { [ "$1" = list ] && echo marks || true; }
for v in "${variants[@]}"; do launch "${launcher[$v]}" "$(marks "$v")"; done      # warm-up
declare -A results
for i in $(seq 1 "$runs"); do
  for v in "${variants[@]}"; do
    launch "${launcher[$v]}" "$(marks "$v")"
    if [ "$v" = list ]; then
      [ -n "$listed" ] || { cat "$work/app.err" >&2; echo "measure-startup: no list-filled mark" >&2; exit 1; }
      results[$v]+="$listed "
    else
      results[$v]+="$ms "
    fi
  done
done
echo "Load:    $(load) (1, 5, 15 min) after"
printf '%-8s %-32s %s\n' variant "runs (ms)" "median (ms)"
for v in "${variants[@]}"; do
  printf '%-8s %-32s %s\n' "$v" "${results[$v]}" "$(tr ' ' '\n' <<<"${results[$v]}" | grep . | median)"
done
