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
#   gui-wizard     tst_backupwizard_windows.exe walks the backup wizard to a full backup of a
#                  live simulated CA (needs a display); the Linux CLI verifies the set and
#                  certsrv-sim check replays it
set -euo pipefail
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
