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
# The first caller makes the prefix; the first to find no Wine server running starts one that
# stays 60 s after its last program ends (instead of 3 s) and brings Wine's services up with a
# trivial program, both under a lock: test programs started at once on a server still starting
# its services were seen to hang in their exit.
exec 9>"$prefix.lock"
flock 9
if [ ! -f "$prefix/system.reg" ] || [ -e "$prefix/.initialising" ]; then
  touch "$prefix/.initialising"
  wine wineboot --init >"$prefix.init.log" 2>&1 9>&- || { cat "$prefix.init.log" >&2; exit 1; }
  wineserver --wait 9>&-
  rm -f "$prefix/.initialising"
fi
# (Wine's long-lived processes must not inherit the lock: 9>&-.)
if wineserver -p60 </dev/null >/dev/null 2>&1 9>&-; then
  wine cmd /c exit </dev/null >/dev/null 2>&1 9>&- || true
fi
flock -u 9
exec 9>&-

# Wine's own processes (services, the desktop) start from whichever program needs them first and
# inherit its standard output and error; they outlive it, and a caller reading those pipes (ctest)
# would wait for them. So the program writes into files, printed when it ends.
out=$(mktemp)
err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
args=("$@")
# Qt Test's plain logger writes to OutputDebugString instead of stdout when the process has no
# console, as under Wine with its output redirected: a test without its own -o logs to a file.
# A test process now and then stays in process exit after its log is complete: Qt Test's main()
# returns into mingw-w64's DLL detach routines, which can wait for ever for a winpthreads lock held
# by a thread that ExitProcess ended (the applications end themselves, backend/platform/
# processend.h). 20 s later it is ended by its PID, that is said, and the log is the verdict.
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
