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

# One Wine server for a whole test run: it stays 60 s after its last program ends (then quits by
# itself) instead of 3 s, so each test does not start Wine's services anew.
wineserver -p60 </dev/null >/dev/null 2>&1 || true

# Wine's own processes (services, the desktop) start from whichever program needs them first and
# inherit its standard output and error; they outlive it, and a caller reading those pipes (ctest)
# would wait for them. So the program writes into files, printed when it ends.
out=$(mktemp)
err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
args=("$@")
# Qt Test's plain logger writes to OutputDebugString instead of stdout when the process has no
# console, as under Wine with its output redirected: a test without its own -o logs to a file.
# Under Wine (not on Windows), in a prefix's first minutes, a test process now and then stays in
# process exit after its log is complete: 20 s later it is ended by its PID, that is said, and the
# log is the verdict.
log=
if [[ $(basename "$1") == tst_*.exe ]] && [[ " $* " != *" -o "* ]]; then
  log=$(mktemp)
  args+=(-o "$log,txt")
fi
wine "${args[@]}" >"$out" 2>"$err" &
pid=$!
complete_at=
ended=0
while [ -n "$log" ] && kill -0 "$pid" 2>/dev/null; do
  if [ -z "$complete_at" ] && grep -q '^\*\*\*\*\*\*\*\*\* Finished testing' "$log"; then
    complete_at=$SECONDS
  fi
  if [ -n "$complete_at" ] && [ $((SECONDS - complete_at)) -ge 20 ]; then
    kill "$pid"
    ended=1
    break
  fi
  sleep 0.2
done
set +e
wait "$pid"
rc=$?
set -e
cat "$out"
cat "$err" >&2
if [ -n "$log" ]; then
  cat "$log"
  if [ $ended = 1 ]; then
    echo "note: $(basename "$1") was still exiting 20 s after its log was complete; ended" >&2
    grep -q '^Totals: [0-9]* passed, 0 failed' "$log" && rc=0 || rc=1
  fi
  rm -f "$log"
fi
exit $rc
