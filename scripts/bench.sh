#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs what is missing, builds the optimised preset and runs the backup and restore
# benchmarks. Arguments (database size, logs) go to both.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh all
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"
tests/bench/bench_backup.sh build/release "$@"
echo
exec tests/bench/bench_restore.sh build/release "$@"
