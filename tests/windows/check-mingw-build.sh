#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the Qt-free certadm core with mingw-w64 against the real Windows headers, warnings as
# errors, and checks the ABI types against certbcli.h. Usage: check-mingw-build.sh SOURCE_DIR
set -euo pipefail
src=${1:?source dir}
cxx=$(command -v x86_64-w64-mingw32-g++-posix || command -v x86_64-w64-mingw32-g++ || true)
if [ -z "$cxx" ]; then
  echo "mingw-w64 is not installed (scripts/install-deps.sh test installs it)" >&2
  exit 1
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
flags=(-std=c++17 -O1 -Wall -Wextra -Wpedantic -Wshadow -Werror -DUNICODE -D_UNICODE
       -I"$src/backend")
certadm=$src/backend/certadm
for file in "$certadm"/*.cpp "$src/tests/windows/abi_check.cpp"; do
  case "$file" in *_posix.cpp) continue ;; esac
  echo "mingw-w64: $(basename "$file")"
  "$cxx" "${flags[@]}" -c "$file" -o "$out/$(basename "$file").o"
done
"$cxx" -shared -o "$out/certadm-core.dll" "$out"/*.o
echo "certadm core builds for Windows: $(du -k "$out/certadm-core.dll" | cut -f1) KiB"
