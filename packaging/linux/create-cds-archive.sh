#!/bin/sh
# Creates the AppCDS archive of an installed Connector Explorer, so the window comes up faster.
# Run by the .deb/.rpm install scripts; safe to run again (e.g. after copying the app elsewhere).
#
# Why at install time: on JDK 17 an AppCDS archive only works for the absolute jar paths (and jar
# timestamps) it was created with, so one made at build time would not match /opt/connector-explorer.
# The build records which classes start-up loads (lib/app/connector-explorer.classlist, from a run of
# the packaged app); here that list is turned into an archive for this very location.
#
# Usage: create-cds-archive.sh [APP_HOME]   (default: the folder this script's lib/ is in)
set -eu

home=${1:-$(cd "$(dirname "$0")/.." && pwd)}
app="$home/lib/app"
launcher="$home/bin/connector-explorer"
list="$app/connector-explorer.classlist"
archive="$app/connector-explorer.jsa"

if [ ! -f "$list" ] || [ ! -x "$launcher" ]; then
  echo "create-cds-archive: no class list or launcher under $home; the app starts without AppCDS" >&2
  exit 0
fi
rm -f "$archive"
# The launcher's own options name the same archive (-XX:SharedArchiveFile=$APPDIR/connector-explorer.jsa),
# and it passes the exact class path the app runs with, which the archive must match. -Xshare:dump makes
# the JVM write the archive and exit before the app's main method runs: no window, no network.
if JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$list -XX:SharedArchiveFile=$archive" \
    "$launcher" >/dev/null 2>&1 && [ -s "$archive" ]; then
  chmod 644 "$archive"
else
  rm -f "$archive"
  echo "create-cds-archive: could not create $archive; the app starts without AppCDS" >&2
fi
exit 0
