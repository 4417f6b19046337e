#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Cross-builds the Windows executables (certsrv-backup.exe, certsrv-backup-cli.exe and the unit
# tests) with mingw-w64 into build/windows/bin, with the DLLs and plugins beside them. The first
# run also builds Qt, OpenSSL and QtKeychain for Windows into a cache outside the repository
# (scripts/windows/build-deps.sh); later runs reuse it.
# Usage: scripts/build-windows.sh [--package]   (--package also makes the MSI and the zip)
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh windows
prefix=$(bash scripts/windows/build-deps.sh | tail -n 1)
export CERTSRV_MINGW_PREFIX=$prefix

cmake --preset windows >/dev/null
cmake --build --preset windows
bash scripts/windows/deploy.sh "$prefix" build/windows/bin --tests

if [ "${1:-}" = --package ]; then
  bash scripts/windows/package.sh "$prefix" build/windows
fi
