#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The builds that users and packagers make, checked the way CI checks them: the optimised preset
# that README's first command (demo.sh) builds, that command itself without a display (its
# command-line path: backup, verify, replay), and a plain Release build at -O3 as distribution
# packagers make it, with warnings as errors here so that warnings only optimisation shows are
# caught. First of all, every C++ file must be formatted with the project's .clang-format, and
# every source file must name its license (SPDX).
# Installs what is missing. Usage: scripts/check-builds.sh
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh all
jobs=$(nproc)

echo "=== clang-format (the project's .clang-format)"
git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format --dry-run --Werror
echo "every C++ file is formatted"

echo "=== license headers (SPDX) on every source, script and CMake file"
missing=$(git ls-files '*.cpp' '*.h' '*.sh' '*.cmake' '*CMakeLists.txt' .ci/run |
  while read -r file; do
    head -n 3 "$file" | grep -q 'SPDX-License-Identifier: Apache-2.0' || echo "$file"
  done)
if [ -n "$missing" ]; then
  echo "no SPDX-License-Identifier line in the first 3 lines of:" >&2
  echo "$missing" >&2
  exit 1
fi
echo "every file names its license"

echo "=== release preset (what demo.sh builds)"
cmake --preset release >/dev/null
cmake --build --preset release -j "$jobs"

echo "=== demo.sh without a display"
demo_dir=$(mktemp -d)
trap 'rm -rf "$demo_dir"' EXIT
env -u DISPLAY -u WAYLAND_DISPLAY CERTSRV_SIM_HOME="$demo_dir/sim" \
  CERTSRV_DEMO_BACKUPS="$demo_dir/backups" bash scripts/demo.sh

echo "=== plain Release build (-O3, as packagers build), warnings as errors"
cmake -S . -B build/packager -G Ninja -DCMAKE_BUILD_TYPE=Release -DCERTSRV_WERROR=ON >/dev/null
cmake --build build/packager -j "$jobs"
echo "check-builds: formatting, license headers, release preset, demo and packager build all passed"
