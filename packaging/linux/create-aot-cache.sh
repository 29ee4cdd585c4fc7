#!/usr/bin/env bash
# Build step of `./mvnw -Pinstaller package` on Linux (complete-image.sh): gives the app image its AOT caches,
# lib/app/connector-explorer.aot (the window's), which it names in the launcher's options, and
# lib/app/connector-explorer-cli.aot (the command line's), which the start script names when the app is started
# with arguments (write-start-script.sh). The packages ship both.
#
# The AOT cache (JDK 24+, JEP 483; the successor of AppCDS archives) holds the classes start-up loads, already
# parsed, verified and linked, with the lambdas it creates: the JVM maps them instead of loading them from the
# jars. It is made in two steps, as the JDK does it:
#   1. a training run of the app image (-XX:AOTMode=record): the window, under the current $DISPLAY or a
#      private Xvfb, on the demo account (the build has no AWS configuration), until the connector list is
#      drawn; then the command line's `list --json` and `describe`, in the same run; then it closes itself
#      (-Dconnector-explorer.training=true, app/TrainingRun.java). Without a display and Xvfb the training is
#      the command line only, and the build says so: the window then starts without the cache's benefit;
#   2. the cache made from what the run recorded (-XX:AOTMode=create), with the launcher's own class path and
#      options, so everything that must match between cache and run does;
#   3. the same two steps for the command line (-Dconnector-explorer.training=cli, app/CommandLineTraining.java):
#      a static-keys profile against the demo catalogue on loopback, with STS and the history, running the
#      commands scripts run most. A JVM loads every class of its cache at start: the window's cache would make
#      each command line load JavaFX and the window for nothing (0.75 s of CPU for a describe, 0.54 s with its
#      own cache), and lacks STS and the history, which the demo account never uses.
# Made here, in target/, it still applies once the app is installed in /opt/connector-explorer: the JVM matches
# a cache's class path by the part after the longest common prefix (the installed app keeps the image's layout),
# and does not compare the jars' timestamps (jpackage resets them when it packs the image). The check at the end
# starts the image's launcher with -XX:AOTMode=on, which fails if the JVM cannot use the cache.
#
# Usage: create-aot-cache.sh APP_IMAGE_DIR
set -euo pipefail

image=${1:?usage: create-aot-cache.sh APP_IMAGE_DIR}
image=$(cd "$image" && pwd)
launcher="$image/bin/connector-explorer"
cfg="$image/lib/app/connector-explorer.cfg"
cache="$image/lib/app/connector-explorer.aot"
cli_cache="$image/lib/app/connector-explorer-cli.aot"
option='java-options=-XX:AOTCache=$APPDIR/connector-explorer.aot'
[ -x "$launcher" ] && [ -f "$cfg" ] || { echo "create-aot-cache: no launcher or $cfg" >&2; exit 1; }

work=$(mktemp -d)
xvfb_pid=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# A user without AWS configuration: the app opens on the built-in demo account, and nothing of the
# builder's own home, settings or AWS profiles is read or written.
export HOME="$work/home" CONNECTOR_EXPLORER_HOME="$work/home/.config/connector-explorer"
export AWS_CONFIG_FILE="$work/no-aws-config" AWS_SHARED_CREDENTIALS_FILE="$work/no-aws-credentials"
unset AWS_PROFILE AWS_REGION AWS_DEFAULT_REGION AWS_ENDPOINT_URL AWS_ENDPOINT_URL_APPFLOW JAVA_TOOL_OPTIONS || true
mkdir -p "$HOME"

# The launcher must not name a cache while the run records (the JVM refuses both at once): a build that runs
# this step again starts from the options jpackage wrote.
sed -i '/-XX:AOTCache=/d' "$cfg"
rm -f "$cache" "$cli_cache"

training=window
if [ -z "${DISPLAY:-}" ]; then
  if command -v Xvfb >/dev/null 2>&1; then
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.err" &
    xvfb_pid=$!
    for _ in $(seq 1 100); do [ -s "$work/display" ] && break; sleep 0.05; done
    [ -s "$work/display" ] || { echo "create-aot-cache: Xvfb did not start" >&2; cat "$work/xvfb.err" >&2; exit 1; }
    export DISPLAY=":$(cat "$work/display")"
  else
    training="command line only"
    echo "create-aot-cache: WARNING: no display and no Xvfb (apt-get install xvfb); training the command line" \
         "only, so the window will not start faster" >&2
  fi
fi

# make_cache NAME CACHE RECORD_OPTIONS [ARGS...]: a training run of the launcher that records (with ARGS), then
# the cache made from what it recorded.
make_cache() {
  local name=$1 made=$2 options=$3
  shift 3
  local recorded="$work/$name.aotconf"
  if ! JAVA_TOOL_OPTIONS="-XX:AOTMode=record -XX:AOTConfiguration=$recorded $options" timeout 300 "$launcher" "$@" \
      >"$work/$name-training.out" 2>"$work/$name-training.err" || [ ! -s "$recorded" ]; then
    tail -n 30 "$work/$name-training.err" >&2
    echo "create-aot-cache: the $name training run failed" >&2
    exit 1
  fi
  if ! JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$recorded -XX:AOTCache=$made" \
      timeout 600 "$launcher" >"$work/$name-create.log" 2>&1 || [ ! -s "$made" ]; then
    tail -n 30 "$work/$name-create.log" >&2
    echo "create-aot-cache: could not create $made" >&2
    exit 1
  fi
  chmod 644 "$made"
}

if [ "$training" = window ]; then
  # JavaFX's OpenGL pipeline is tried in the training even where the build machine has no GPU (where the app itself
  # goes straight to the software one, app/SoftwareRendering.java), so its classes are in the cache for the machines
  # that have one.
  make_cache window "$cache" "-Dconnector-explorer.training=true -Dprism.order=es2,sw"
else
  make_cache window "$cache" "" list --demo --json
fi
make_cache command-line "$cli_cache" -Dconnector-explorer.training=cli
# After the launcher's last JVM option (in its [JavaOptions] section).
awk -v option="$option" '{ line[NR] = $0; if ($0 ~ /^java-options=/) last = NR }
  END { for (i = 1; i <= NR; i++) { print line[i]; if (i == last) print option } }' "$cfg" >"$work/cfg"
grep -qxF "$option" "$work/cfg" || { echo "create-aot-cache: no java-options in $cfg" >&2; exit 1; }
cat "$work/cfg" >"$cfg"
if ! JAVA_TOOL_OPTIONS=-XX:AOTMode=on timeout 120 "$launcher" --help >"$work/check.log" 2>&1; then
  tail -n 30 "$work/check.log" >&2
  echo "create-aot-cache: the JVM does not use $cache" >&2
  exit 1
fi
echo "create-aot-cache: $cache ($(( $(stat -c %s "$cache") / 1024 / 1024 )) MB; training: $training)"
echo "create-aot-cache: $cli_cache ($(( $(stat -c %s "$cli_cache") / 1024 / 1024 )) MB; training: command line)"
