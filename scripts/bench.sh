#!/usr/bin/env bash
# Installs what is missing, builds the optimised preset and runs the backup benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh all
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"
exec tests/bench/bench_backup.sh build/release "$@"
