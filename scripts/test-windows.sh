#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The Windows suite: cross-builds the Windows executables and the MSI (building the dependency
# cache first when it is missing, see scripts/build-windows.sh) and runs under Wine the unit tests,
# the CLI against simulated CAs of the Linux build (built here when build/default lacks them), the
# MSI's silent install and the GUI.
# Usage: scripts/test-windows.sh
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh all
linux=build/default
if [ ! -x "$linux/bin/certsrv-sim" ] || [ ! -x "$linux/bin/certsrv-backup-cli" ]; then
  cmake --preset default >/dev/null
  cmake --build --preset default --target certsrv-sim certsrv-simd certadm-sim certsrv-backup-cli
fi

bash scripts/build-windows.sh --package
# The tests against simulated CAs of the Linux build (and the GUI test's executable) come with
# the Linux bin folder.
cmake build/windows -DCERTSRV_LINUX_BIN_DIR="$PWD/$linux/bin" >/dev/null
cmake --build build/windows
# The GUI tests draw real windows through Wine's X11 driver: a virtual display of their own.
xvfb-run -a -s "-screen 0 1280x1024x24" \
  ctest --test-dir build/windows --output-on-failure --no-tests=error -j "$(nproc)"
