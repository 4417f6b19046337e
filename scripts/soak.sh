#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs what is missing, builds the Debug preset and runs the soak: N backups (default 300)
# against a simulated CA with seeded random faults, daemon restarts and client kills, printing a
# table of outcomes and the seed. Usage: scripts/soak.sh [RUNS] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh all
cmake --preset default >/dev/null
cmake --build --preset default -j "$(nproc)" --target tst_soak certsrv-backup-cli certsrv-sim \
  certsrv-simd certadm-sim
export CERTSRV_SOAK_RUNS=${1:-300}
if [ -n "${2:-}" ]; then
  export CERTSRV_SOAK_SEED=$2
fi
exec build/default/bin/tst_soak
