#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs what is missing, builds, starts a simulated CA that keeps issuing certificates and opens
# the application on it. Without a display it takes a full backup with the command-line tool
# instead, verifies the new set and lets the simulator replay it.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh build
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"

bin=build/release/bin
export CERTSRV_SIM_HOME=${CERTSRV_SIM_HOME:-$PWD/build/demo/sim-home}
backups=${CERTSRV_DEMO_BACKUPS:-$PWD/build/demo/backups}
server=DEMO-CA
mkdir -p "$CERTSRV_SIM_HOME" "$backups"

if ! "$bin/certsrv-sim" list | grep -q "^$server\b"; then
  "$bin/certsrv-sim" create "$server" --ca-name "Demo Issuing CA" --db-size 256MiB \
    --certificates 20000 --logs 4
fi
"$bin/certsrv-sim" start "$server" --issue-rate 200
trap '"$bin/certsrv-sim" stop "$server" >/dev/null 2>&1 || true' EXIT

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "Opening CertSrv Backup Manager; $server issues 200 certificates a second meanwhile."
  echo "Backups go to $backups. Close the window to stop the simulated CA."
  "$bin/certsrv-backup" --wizard --server "$server" --dest "$backups"
  exit 0
fi

echo "No display here (DISPLAY and WAYLAND_DISPLAY are empty): running the command-line demo."
echo
echo "== Full backup of $server while it issues 200 certificates a second"
# (No `tee /dev/stderr`: where standard error is a file, opening it again would truncate it.)
backup_out=$("$bin/certsrv-backup-cli" backup --server "$server" --type full --dest "$backups")
printf '%s\n' "$backup_out"
# The newest full set (the text above is in the operator's language).
set_dir=$(find "$backups" -mindepth 2 -maxdepth 2 -type d -name '*-full' | sort | tail -n 1)
echo
echo "== Verify $set_dir"
"$bin/certsrv-backup-cli" verify "$set_dir"
echo
echo "== The simulator replays the set's logs onto its database"
"$bin/certsrv-sim" check "$set_dir"
