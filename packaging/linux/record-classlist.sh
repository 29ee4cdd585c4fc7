#!/usr/bin/env bash
# Build step of `./mvnw -Pinstaller package` on Linux: runs the freshly built app image the way a user
# starts it and records which classes start-up loads, into <image>/lib/app/connector-explorer.classlist.
# The .deb/.rpm install scripts turn that list into an AppCDS archive (lib/create-cds-archive.sh).
#
#   - the window, on the demo account (what a double-click does), until the connector list has loaded:
#     under the current $DISPLAY, or a private Xvfb when there is none;
#   - the command line: `list --demo --json` and `describe --demo`.
# Without a display and without Xvfb only the command line is recorded (the window then starts without
# the benefit of AppCDS); the build says so.
#
# Usage: record-classlist.sh APP_IMAGE_DIR
set -euo pipefail

image=${1:?usage: record-classlist.sh APP_IMAGE_DIR}
image=$(cd "$image" && pwd)
launcher="$image/bin/connector-explorer"
out="$image/lib/app/connector-explorer.classlist"
[ -x "$launcher" ] || { echo "record-classlist: no launcher at $launcher" >&2; exit 1; }

work=$(mktemp -d)
xvfb_pid=""
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
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

run_cli() {  # name, args...
  local name=$1; shift
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/$name.classlist" "$launcher" "$@" >"$work/$name.out" 2>"$work/$name.err" || {
    echo "record-classlist: '$*' failed:" >&2; cat "$work/$name.err" >&2; exit 1; }
}

wait_for_class() {  # file, class (slash form), timeout seconds
  local deadline=$((SECONDS + $3))
  until grep -qx "$2" "$1" 2>/dev/null; do
    if ! kill -0 "$app_pid" 2>/dev/null; then
      echo "record-classlist: the app exited before loading $2:" >&2; cat "$work/gui.err" >&2; exit 1
    fi
    if [ $SECONDS -ge $deadline ]; then
      echo "record-classlist: the app did not load $2 within $3 s" >&2; cat "$work/gui.err" >&2; exit 1
    fi
    sleep 0.1
  done
}

gui=yes
if [ -z "${DISPLAY:-}" ]; then
  if command -v Xvfb >/dev/null 2>&1; then
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.err" &
    xvfb_pid=$!
    for _ in $(seq 1 100); do [ -s "$work/display" ] && break; sleep 0.05; done
    [ -s "$work/display" ] || { echo "record-classlist: Xvfb did not start" >&2; cat "$work/xvfb.err" >&2; exit 1; }
    export DISPLAY=":$(cat "$work/display")"
  else
    gui=no
    echo "record-classlist: WARNING: no display and no Xvfb (apt-get install xvfb); recording the command line" \
         "only, so the window will not start faster" >&2
  fi
fi

lists=()
if [ "$gui" = yes ]; then
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/gui.classlist" "$launcher" >"$work/gui.out" 2>"$work/gui.err" &
  app_pid=$!
  # First frame painted, then the demo account's connector list received and shown.
  wait_for_class "$work/gui.classlist" com/sun/javafx/tk/quantum/PresentingPainter 60
  wait_for_class "$work/gui.classlist" software/amazon/awssdk/services/appflow/model/ListConnectorsResponse 60
  sleep 2   # let the list, status bar and account identity render
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
  app_pid=""
  lists+=("$work/gui.classlist")
fi
run_cli list list --demo --json
run_cli describe describe --demo --connector-type Salesforce
lists+=("$work/list.classlist" "$work/describe.classlist")

# One list, each line once, in first-seen order (the JVM reads comments, class names and @lambda lines).
awk '!seen[$0]++' "${lists[@]}" > "$out"
echo "record-classlist: $(grep -vc '^[#@]' "$out") classes recorded (window: $gui) in $out"
