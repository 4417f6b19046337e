#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs a Windows program under Wine, headless and quiet, in a Wine prefix of its own (made on first
# use; concurrent first uses wait for each other). The Windows build's ctest emulator.
# Usage: wine-run.sh PREFIX PROGRAM.exe [ARGS...]
set -euo pipefail
prefix=$1
shift
mkdir -p "$prefix"
prefix=$(cd "$prefix" && pwd) # Wine wants an absolute path
export WINEPREFIX=$prefix WINEDEBUG=${WINEDEBUG:--all} WINEARCH=win64
# No Mono or Gecko install dialogs, and no desktop integration files.
export WINEDLLOVERRIDES="mscoree,mshtml,winemenubuilder.exe="
if [ ! -f "$prefix/system.reg" ] || [ -e "$prefix/.initialising" ]; then
  exec 9>"$prefix.lock"
  flock 9
  if [ ! -f "$prefix/system.reg" ]; then
    touch "$prefix/.initialising"
    wine wineboot --init >"$prefix.init.log" 2>&1 || { cat "$prefix.init.log" >&2; exit 1; }
    wineserver --wait
    rm -f "$prefix/.initialising"
  fi
  flock -u 9
fi

# Qt Test's plain logger writes to OutputDebugString instead of stdout when the process has no
# console, as under Wine with its output redirected: a test without its own -o logs to a file,
# which is printed when it ends.
if [[ $(basename "$1") == tst_*.exe ]] && [[ " $* " != *" -o "* ]]; then
  log=$(mktemp)
  set +e
  wine "$@" -o "$log,txt"
  rc=$?
  set -e
  cat "$log"
  rm -f "$log"
  exit $rc
fi
exec wine "$@"
