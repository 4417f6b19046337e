#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The Windows command-line tool under Wine, against sets and simulated CAs of the Linux build.
# Usage: wine-cli.sh CASE WINDOWS_BIN_DIR LINUX_BIN_DIR|- WINE_PREFIX
#   version        certsrv-backup-cli.exe --version prints the project's version
#   verify-linux   the Windows CLI verifies a set the Linux CLI wrote (CA name with umlauts,
#                  destination with spaces), and fails a set with a damaged file
#   backup         the Windows CLI backs up a live simulated CA (daemon on Linux) through
#                  certadm-sim.dll: full, then logs-only; the Linux CLI verifies both sets and
#                  certsrv-sim check replays them
#   drill          the Windows CLI runs a restore drill (recovery of a scratch copy, no CA
#                  touched) of a chain the Linux CLI wrote, through certadm-sim.dll's recovery;
#                  it finds the certificates certsrv-sim check finds, and fails a chain with a
#                  damaged log (exit 5)
#   restore        the Windows CLI restores a full set into a simulated CA on "this computer"
#                  (named localhost): CertSvc's Configuration values in the registry point at
#                  its folders, the CA is stopped through certadm-sim.dll and started again by
#                  the service control manager through a CertSvc stand-in service
#                  (certsvc_standin.exe); the CA recovers the restored database and runs on the
#                  set's certificates. Needs CERTSRV_STANDIN (the stand-in's path).
#   gui-wizard     tst_backupwizard_windows.exe walks the backup wizard to a full backup of a
#                  live simulated CA (needs a display); the Linux CLI verifies the set and
#                  certsrv-sim check replays it
set -euo pipefail
# The tools' text is read below ("Backup complete: ..."): English, whatever the caller's language.
unset LANGUAGE
export LC_ALL=C.UTF-8
case_name=$1
win_bin=$(cd "$2" && pwd)
linux_bin=$3 # "-" for the cases that need no Linux build
[ "$linux_bin" = - ] || linux_bin=$(cd "$linux_bin" && pwd)
prefix=$4
here=$(cd "$(dirname "$0")" && pwd)
wine_run() { bash "$here/../../scripts/windows/wine-run.sh" "$prefix" "$@"; }

work=$(mktemp -d)
export CERTSRV_SIM_HOME="$work/sim home"
servers=()
cleanup() {
  for s in "${servers[@]}"; do "$linux_bin/certsrv-sim" stop "$s" >/dev/null 2>&1 || true; done
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "FAIL: $*" >&2
  exit 1
}
# A Unix path as Windows programs under Wine see it.
dos_path() { printf 'Z:%s' "${1//\//\\}"; }

make_server() { # NAME CA_NAME
  "$linux_bin/certsrv-sim" create "$1" --ca-name "$2" --db-size 8MiB --certificates 200 --logs 3 >/dev/null
  "$linux_bin/certsrv-sim" start "$1" >/dev/null
  servers+=("$1")
}

case $case_name in
version)
  out=$(wine_run "$win_bin/certsrv-backup-cli.exe" --version | tr -d '\r')
  echo "$out"
  [[ $out == *"$CERTSRV_EXPECTED_VERSION"* ]] || fail "expected version $CERTSRV_EXPECTED_VERSION"
  ;;
verify-linux)
  make_server SUED01 "Zertifizierungsstelle Süd"
  dest="$work/Backups of the CA"
  mkdir -p "$dest"
  out=$("$linux_bin/certsrv-backup-cli" backup --server SUED01 --type full --dest "$dest")
  set_dir=$(printf '%s\n' "$out" | sed -n 's/^Backup complete: //p')
  [ -d "$set_dir" ] || fail "the Linux CLI wrote no set: $out"
  echo "Linux set: $(basename "$set_dir")"
  wine_run "$win_bin/certsrv-backup-cli.exe" verify "$(dos_path "$set_dir")" | tr -d '\r' ||
    fail "the Windows CLI refused a good set"
  # One flipped byte in the database copy must fail the Windows verification (exit 5).
  db=$(find "$set_dir" -name '*.edb' | head -n 1)
  [ -n "$db" ] || fail "no database file in the set"
  printf '\x5a' | dd of="$db" bs=1 seek=4096 conv=notrunc status=none
  set +e
  wine_run "$win_bin/certsrv-backup-cli.exe" verify "$(dos_path "$set_dir")" >"$work/out" 2>&1
  rc=$?
  set -e
  tr -d '\r' <"$work/out"
  [ $rc -eq 5 ] || fail "a damaged set: exit $rc, expected 5"
  ;;
backup)
  make_server SUED02 "Zertifizierungsstelle Süd"
  dest="$work/Windows backups"
  mkdir -p "$dest"
  cli=(wine_run "$win_bin/certsrv-backup-cli.exe" --certadm-library "$(dos_path "$win_bin/certadm-sim.dll")")
  for type in full logs; do
    out=$("${cli[@]}" backup --server SUED02 --type "$type" --dest "$(dos_path "$dest")" 2>&1 |
      tr -d '\r') || fail "the Windows CLI's $type backup failed: $out"
    printf '%s\n' "$out"
    set_dir=$(printf '%s\n' "$out" | sed -n 's/^Backup complete: //p')
    [ -n "$set_dir" ] || fail "the Windows CLI reported no set ($type)"
  done
  sets=("$dest"/*/*)
  [ ${#sets[@]} -eq 2 ] || fail "expected 2 sets, found ${#sets[@]}"
  for s in "${sets[@]}"; do
    "$linux_bin/certsrv-backup-cli" verify "$s" || fail "the Linux CLI refused $(basename "$s")"
  done
  "$linux_bin/certsrv-sim" check "${sets[1]}" || fail "certsrv-sim check could not replay the chain"
  ;;
drill)
  make_server DRILL01 "Zertifizierungsstelle Süd"
  dest="$work/Drill sets"
  mkdir -p "$dest"
  for type in full logs; do
    "$linux_bin/certsrv-backup-cli" backup --server DRILL01 --type "$type" --dest "$dest" >/dev/null ||
      fail "the Linux CLI's $type backup failed"
  done
  logs_set=$(find "$dest" -mindepth 2 -maxdepth 2 -type d -name '*-logs' | head -n 1)
  [ -n "$logs_set" ] || fail "the Linux CLI wrote no logs-only set"
  number() { sed -n "s/.*\"$1\":\([0-9-]*\).*/\1/p"; }
  expected=$("$linux_bin/certsrv-sim" check "$logs_set" --json | number certificates)
  [ -n "$expected" ] || fail "certsrv-sim check counted no certificates"
  cli=(wine_run "$win_bin/certsrv-backup-cli.exe" --certadm-library "$(dos_path "$win_bin/certadm-sim.dll")")
  out=$("${cli[@]}" restore --drill "$(dos_path "$logs_set")" --json | tr -d '\r') ||
    fail "the Windows drill of a good chain failed: $out"
  echo "$out"
  [[ $out == *'"ok":true'* ]] || fail "the drill did not report ok"
  [ "$(printf '%s' "$out" | number certificates)" = "$expected" ] ||
    fail "the drill found other certificates than certsrv-sim check ($expected)"
  "$linux_bin/certsrv-sim" status DRILL01 | grep -Eq "^State: +running" || fail "the drill touched the CA"
  # A damaged log of the logs-only set: its SHA-256 no longer matches the manifest.
  log=$(find "$logs_set" -name '*.log' | head -n 1)
  [ -n "$log" ] || fail "no log file in the logs-only set"
  printf '\x5a' | dd of="$log" bs=1 seek=300 conv=notrunc status=none
  set +e
  "${cli[@]}" restore --drill "$(dos_path "$logs_set")" --json >"$work/out" 2>&1
  rc=$?
  set -e
  tr -d '\r' <"$work/out"
  [ $rc -eq 5 ] || fail "a damaged chain: exit $rc, expected 5"
  ;;
restore)
  # A prefix of its own: its registry names a CA on this computer.
  prefix="$prefix-restore"
  rm -rf "$prefix"
  sim=("$linux_bin/certsrv-sim")
  "${sim[@]}" create localhost --ca-name "Zertifizierungsstelle Süd" --db-size 8MiB \
    --certificates 200 --logs 2 >/dev/null
  servers+=(localhost)
  "${sim[@]}" start localhost >/dev/null
  dest="$work/Restore sets"
  mkdir -p "$dest"
  "$linux_bin/certsrv-backup-cli" backup --server localhost --type full --dest "$dest" >/dev/null ||
    fail "the Linux CLI's full backup failed"
  set_dir=$(find "$dest" -mindepth 2 -maxdepth 2 -type d -name '*-full' | head -n 1)
  [ -n "$set_dir" ] || fail "no full set"
  serial() { sed -n 's/.*"highest_serial":\([0-9]*\).*/\1/p'; }
  in_set=$("${sim[@]}" check "$set_dir" --json | serial)
  # The CA goes on issuing after the backup: the restore must take it back to the set.
  "${sim[@]}" stop localhost >/dev/null
  "${sim[@]}" start localhost --issue-rate 500 >/dev/null
  for _ in $(seq 100); do
    [ "$("${sim[@]}" status localhost --json | serial)" -gt "$((in_set + 50))" ] && break
    sleep 0.1
  done
  before=$("${sim[@]}" status localhost --json | serial)
  [ "$before" -gt "$in_set" ] || fail "the CA issued nothing after the backup"

  # CertSvc: its configuration values, and the stand-in service that starts the simulated CA.
  control="$work/ca-control.sh"
  cat >"$control" <<CONTROL
export CERTSRV_SIM_HOME='$CERTSRV_SIM_HOME'
echo "\$(date +%T.%N) \$1" >>"$work/ca-control.log"
"$linux_bin/certsrv-sim" "\$1" localhost >>"$work/ca-control.log" 2>&1
rc=\$?
echo "\$(date +%T.%N) \$1 done: \$rc" >>"$work/ca-control.log"
echo \$rc >"\$0.\$1"
CONTROL
  wine_run sc create CertSvc binpath= "\"$(dos_path "$CERTSRV_STANDIN")\" $control" >/dev/null ||
    fail "sc create CertSvc failed"
  config='HKLM\SYSTEM\CurrentControlSet\Services\CertSvc\Configuration'
  folder=$(dos_path "$CERTSRV_SIM_HOME/servers/localhost/CertLog")
  for value in DBDirectory DBLogDirectory DBSystemDirectory; do
    wine_run reg add "$config" /v "$value" /t REG_SZ /d "$folder" /f >/dev/null
  done
  wine_run reg add "$config" /v Active /t REG_SZ /d "Zertifizierungsstelle Süd" /f >/dev/null
  # Stops the stand-in and waits for it: it stops the daemon through the control script.
  stop_service() {
    wine_run sc stop CertSvc >/dev/null 2>&1 || true
    for _ in $(seq 100); do
      wine_run sc query CertSvc 2>/dev/null | grep -q STOPPED && return 0
      sleep 0.3
    done
    echo "warning: CertSvc did not stop" >&2
  }

  # Bounded, so that a hang fails with what the CLI, the CA and the service said.
  WINEPREFIX="$prefix" WINEDEBUG=-all timeout 150 wine "$win_bin/certsrv-backup-cli.exe" \
    --verbose --certadm-library "$(dos_path "$win_bin/certadm-sim.dll")" restore \
    "$(dos_path "$set_dir")" --server localhost --stop-service --start --json \
    >"$work/restore.out" 2>"$work/restore.err" </dev/null || {
    echo "--- the CLI's log:"
    tr -d '\r' <"$work/restore.err"
    echo "--- the control script's log:"
    cat "$work/ca-control.log" || true
    wine_run sc query CertSvc || true
    tail -n 20 "$CERTSRV_SIM_HOME/servers/localhost/daemon.log" || true
    stop_service
    fail "the Windows restore failed: $(tr -d '\r' <"$work/restore.out")"
  }
  out=$(tr -d '\r' <"$work/restore.out")
  echo "$out"
  [[ $out == *'"ok":true'* ]] || fail "the restore did not report ok"
  [[ $out == *'"service_started":true'* ]] || fail "the service manager did not start the CA"
  status=$("${sim[@]}" status localhost --json)
  stop_service
  [[ $status == *'"online":true'* ]] || fail "the CA is not online after the restore: $status"
  after=$(printf '%s' "$status" | serial)
  echo "highest serial: $before before the restore, $in_set in the set, $after after"
  [ "$after" = "$in_set" ] || fail "the CA runs on serial $after, not on the set's $in_set"
  ;;
gui-wizard)
  make_server CA01 "Contoso Issuing CA 01"
  dest="$work/GUI backups"
  mkdir -p "$dest"
  # A Wine prefix of its own for the GUI.
  prefix="$prefix-gui"
  CERTSRV_TEST_SERVER=CA01 CERTSRV_TEST_CA_NAME="Contoso Issuing CA 01" \
    CERTSRV_TEST_DEST="$(dos_path "$dest")" wine_run "$win_bin/tst_backupwizard_windows.exe" ||
    fail "the wizard test failed"
  sets=("$dest"/*/*)
  [ ${#sets[@]} -eq 1 ] || fail "expected 1 set, found ${#sets[@]}"
  "$linux_bin/certsrv-backup-cli" verify "${sets[0]}" || fail "the Linux CLI refused the set"
  "$linux_bin/certsrv-sim" check "${sets[0]}" || fail "certsrv-sim check could not replay it"
  ;;
*)
  echo "unknown case $case_name" >&2
  exit 2
  ;;
esac
echo "PASS: $case_name"
