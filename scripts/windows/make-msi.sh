#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Makes the MSI of a staged Windows install folder with wixl, from resources/windows/
# certsrv-backup.wxs and the folder's file list (wixl-heat output of package.sh).
# Usage: make-msi.sh STAGE_DIR FILES_WXS VERSION OUTPUT_MSI
set -euo pipefail
stage=$1
files=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
version=$3
msi=$(cd "$(dirname "$4")" && pwd)/$(basename "$4")
root=$(cd "$(dirname "$0")/../.." && pwd)
# wixl reads the files by paths relative to where it runs.
(cd "$stage" && wixl -a x64 -D SourceDir=. -D Version="$version" -D Win64=yes -o "$msi" \
  "$root/resources/windows/certsrv-backup.wxs" "$files")
