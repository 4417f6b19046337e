#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Puts what the Windows executables in DIR need beside them, as windeployqt would: the Qt, OpenSSL
# and QtKeychain DLLs, the mingw-w64 runtime, the Qt plugins, Qt's own German and French texts
# and a qt.conf that makes DIR the Qt prefix. --tests adds Qt Test and the offscreen platform.
# --strip strips every DLL and executable. Usage: deploy.sh PREFIX DIR [--tests] [--strip]
set -euo pipefail
prefix=$1
dir=$2
shift 2
tests=0
strip=0
for a in "$@"; do
  case $a in
  --tests) tests=1 ;;
  --strip) strip=1 ;;
  *) echo "unknown option $a" >&2; exit 2 ;;
  esac
done

gcc_dir=$(dirname "$(x86_64-w64-mingw32-g++-posix -print-libgcc-file-name)")
runtime=(
  "$gcc_dir/libstdc++-6.dll" "$gcc_dir/libgcc_s_seh-1.dll"
  /usr/x86_64-w64-mingw32/lib/libwinpthread-1.dll
  "$prefix/bin/Qt6Core.dll" "$prefix/bin/Qt6Gui.dll" "$prefix/bin/Qt6Widgets.dll"
  "$prefix/bin/Qt6Concurrent.dll" "$prefix/bin/libcrypto-3-x64.dll" "$prefix/bin/libqt6keychain.dll"
)
plugins=(platforms/qwindows.dll styles/qwindowsvistastyle.dll)
if [ $tests = 1 ]; then
  runtime+=("$prefix/bin/Qt6Test.dll")
  plugins+=(platforms/qoffscreen.dll platforms/qminimal.dll)
fi

mkdir -p "$dir"
for f in "${runtime[@]}"; do
  [ -f "$f" ] || { echo "missing: $f (rebuild the dependencies: scripts/windows/build-deps.sh)" >&2; exit 1; }
  cp -u "$f" "$dir/"
done
for p in "${plugins[@]}"; do
  mkdir -p "$dir/plugins/$(dirname "$p")"
  cp -u "$prefix/plugins/$p" "$dir/plugins/$p"
done
mkdir -p "$dir/translations"
for lang in de fr; do
  cp -u "/usr/share/qt6/translations/qtbase_$lang.qm" "$dir/translations/"
done
printf '[Paths]\nPrefix=.\n' >"$dir/qt.conf"

if [ $strip = 1 ]; then
  find "$dir" \( -name '*.dll' -o -name '*.exe' \) -exec x86_64-w64-mingw32-strip --strip-unneeded {} +
fi
