#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Saves PNG screenshots of the application's windows in English and German (and French): each
# wizard page, the progress page mid-backup, the finished page, the main window with history,
# and the whole screen with the desktop notification. The application runs under Xvfb with the
# dunst notification daemon, against a simulated CA.
# Usage: tests/gui/take-screenshots.sh [BUILD_DIR] [OUT_DIR] [LANGUAGES]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/default}
out=${2:-resources/screenshots}
languages=${3:-"en de fr"}
scripts/install-deps.sh all
for tool in xvfb-run dunst dbus-run-session; do
  command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }
done
cmake --build "$build" --target certsrv-screenshots certsrv-sim certsrv-simd certadm-sim >/dev/null
bin=$build/bin

work=$(mktemp -d)
export CERTSRV_SIM_HOME=$work/sim HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
mkdir -p "$HOME" "$out"
trap '"$bin/certsrv-sim" stop CA01 >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
"$bin/certsrv-sim" create CA01 --ca-name "Contoso Issuing CA 01" --db-size 192MiB \
  --certificates 40000 --logs 6 >/dev/null
# Each backup call waits a little, so that the progress page can be caught mid-backup.
"$bin/certsrv-sim" start CA01 --issue-rate 150 --fault stall=25 >/dev/null

for lang in $languages; do
  # Settings of its own per language: the wizard offers a server's last destination.
  export XDG_CONFIG_HOME=$work/config-$lang
  xvfb-run -a -s "-screen 0 1280x900x24" dbus-run-session -- bash -c '
    dunst >/dev/null 2>&1 &
    sleep 0.5
    LANGUAGE='"$lang"' "$0" --out "$1" --lang '"$lang"' --server CA01 --dest "$2"
    status=$?
    kill %1 2>/dev/null
    exit $status' "$bin/certsrv-screenshots" "$out" "$work/backups-$lang"
done
echo "screenshots in $out"
