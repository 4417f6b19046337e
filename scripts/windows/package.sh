#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Packages a Windows build: installs it into a folder, deploys its DLLs and plugins (stripped),
# and makes the MSI (wixl) and a portable zip in BUILD/package.
# Usage: package.sh PREFIX BUILD_DIR
set -euo pipefail
prefix=$1
build=$(cd "$2" && pwd)
root=$(cd "$(dirname "$0")/../.." && pwd)

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
out="$build/package"
stage="$out/CertSrvBackupManager-$version"
rm -rf "$out"
mkdir -p "$out"
cmake --install "$build" --prefix "$stage" >/dev/null
bash "$root/scripts/windows/deploy.sh" "$prefix" "$stage" --strip

# Every file of the folder is a component of its own under INSTALLDIR.
(cd "$stage" && find . -type f | sed 's|^\./||' | sort) |
  sed "s|^|$stage/|" |
  wixl-heat --directory-ref INSTALLDIR --component-group ProgramFiles --var var.SourceDir \
    -p "$stage/" --win64 >"$out/files.wxs"
msi="$out/certsrv-backup-$version-x64.msi"
bash "$root/scripts/windows/make-msi.sh" "$stage" "$out/files.wxs" "$version" "$msi"

zip_name="certsrv-backup-$version-windows-x64.zip"
(cd "$out" && zip -q -r "$zip_name" "$(basename "$stage")")
echo "$msi"
echo "$out/$zip_name"
