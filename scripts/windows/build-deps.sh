#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the Windows (mingw-w64) dependencies from Debian's source packages, once, into a cache
# outside the repository: OpenSSL's libcrypto and Qt's qtbase (the versions of the Linux build's
# packages; the mirror serves no qtsvg source, so Windows gets PNG icons) and QtKeychain 0.15 with
# its Credential Manager backend. A cache that is there is reused; one is published only complete
# (built in a .partial folder, then renamed).
# Prints the prefix on its last line. Usage: scripts/windows/build-deps.sh
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
jobs=$(nproc)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Source entries, before any version is looked up: Debian 12 for Qt and OpenSSL; Debian 13 only
# for QtKeychain 0.15's tarball.
src_list=/etc/apt/sources.list.d/certsrv-backup-src.sources
if [ ! -f "$src_list" ]; then
  uri=$(grep -h -m1 -E '^URIs:' /etc/apt/sources.list.d/debian.sources 2>/dev/null | awk '{print $2}')
  uri=${uri:-http://deb.debian.org/debian}
  as_root tee "$src_list" >/dev/null <<SOURCES
Types: deb-src
URIs: $uri
Suites: bookworm bookworm-updates trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb-src
URIs: ${uri%/debian}/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
  as_root apt-get update -q -o DPkg::Lock::Timeout=600
fi

# The Debian 12 point release's source of each: the mirror serves those (not always the security
# pool's). Qt's must equal the host Qt tools (moc, rcc) that the cross build runs.
version_of() { apt-cache madison "$1" | awk -F' [|] ' '$3 ~ /bookworm\/main Sources/ {print $2; exit}'; }
qt_version=$(version_of qt6-base)
ssl_version=$(version_of openssl)
host_qt=$(dpkg-query -W -f='${Version}' qt6-base-dev-tools)
if [ -z "$qt_version" ] || [ -z "$ssl_version" ]; then
  echo "apt knows no bookworm/main source of qt6-base or openssl: check the deb-src entries in $src_list and run apt-get update" >&2
  exit 1
fi
if [ "$qt_version" != "$host_qt" ]; then
  echo "qt6-base source $qt_version differs from the installed Qt tools $host_qt: upgrade qt6-base-dev-tools" >&2
  exit 1
fi
keychain_version=0.15.0
keychain_sha256=f4254dc8f0933b06d90672d683eab08ef770acd8336e44dfa030ce041dc2ca22
recipe=1 # bump when the options below change

key="qt${qt_version%%+*}-ssl${ssl_version%%-*}-qtkeychain${keychain_version}-r${recipe}"
cache_root=${CERTSRV_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/certsrv-backup}
prefix="$cache_root/mingw-$key"
if [ -f "$prefix/.complete" ]; then
  echo "$prefix"
  exit 0
fi

mkdir -p "$cache_root"
work=$(mktemp -d "$cache_root/build.XXXXXX")
trap 'rm -rf "$work"' EXIT
# Each dependency, once built, is marked in the unfinished prefix: a run after a failure goes on
# from the one that failed instead of building Qt again.
stage="$prefix.partial"
mkdir -p "$stage"
toolchain="$here/mingw-w64.cmake"
export CERTSRV_MINGW_PREFIX="$stage"
start=$(date +%s)
step() { echo "== $* ($(($(date +%s) - start)) s)" >&2; }
done_mark() { [ -f "$stage/.built-$1" ]; }
mark_done() { touch "$stage/.built-$1"; }
cd "$work"

# LOG COMMAND...: runs quietly, shows the log's end when it fails.
quiet() {
  local log=$1
  shift
  "$@" >"$log" 2>&1 || { tail -n 40 "$log" >&2; return 1; }
}

if ! done_mark openssl; then
  step "OpenSSL $ssl_version"
  apt-get source -q --download-only "openssl=$ssl_version" >/dev/null 2>&1
  dpkg-source --no-check -x openssl_*.dsc >/dev/null 2>&1
  (
    cd openssl-*/
    quiet ../openssl.log ./Configure mingw64 shared no-tests --prefix="$stage" --libdir=lib \
      CC=x86_64-w64-mingw32-gcc-posix AR=x86_64-w64-mingw32-gcc-ar-posix \
      RANLIB=x86_64-w64-mingw32-gcc-ranlib-posix RC=x86_64-w64-mingw32-windres
    quiet ../openssl.log make -j"$jobs" build_libs
    quiet ../openssl.log make install_dev
  )
  mark_done openssl
fi

if ! done_mark qtbase; then
  step "qtbase $qt_version"
  apt-get source -q --download-only "qt6-base=$qt_version" >/dev/null 2>&1
  dpkg-source --no-check -x qt6-base_*.dsc >/dev/null 2>&1
  mkdir qtbase-build
  (
    cd qtbase-build
    quiet configure.log ../qt6-base-*/configure -prefix "$stage" -xplatform win32-g++ \
      -qt-host-path /usr -release -opensource -confirm-license -nomake examples -nomake tests \
      -no-dbus -no-opengl -no-icu -qt-zlib -qt-pcre -qt-libpng -qt-libjpeg -qt-freetype \
      -qt-harfbuzz -no-feature-sql -no-feature-network -no-feature-printsupport \
      -no-feature-tabletevent -no-feature-direct2d -no-feature-directwrite3 -- \
      -DCMAKE_TOOLCHAIN_FILE="$toolchain"
    quiet build.log cmake --build . --parallel "$jobs"
    quiet install.log cmake --install .
  )
  mark_done qtbase
fi

if ! done_mark qtkeychain; then
  step "QtKeychain $keychain_version"
  # The mirror has the upstream tarball of Debian 13's QtKeychain but not its .dsc: fetch that
  # one file from the address apt gives, and check it against the known checksum.
  tarball=qtkeychain_${keychain_version}.orig.tar.gz
  uri=$(apt-get source -q --print-uris "qtkeychain/trixie" | grep -o "'[^']*/$tarball'" | tr -d "'")
  curl -fsS -o "$tarball" "$uri"
  echo "$keychain_sha256  $tarball" | sha256sum -c --quiet
  tar xf "$tarball"
  src="$work/qtkeychain-$keychain_version"
  # Its Windows branch passes MSVC's /utf-8 to every compiler; GCC reads UTF-8 already.
  sed -i 's|add_definitions( /utf-8 -DUNICODE )|add_definitions( -DUNICODE )|' \
    "$src/qtkeychain/CMakeLists.txt"
  quiet qtkeychain.log cmake -S "$src" -B qtkeychain-build -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DCMAKE_PREFIX_PATH="$stage" \
    -DCMAKE_INSTALL_PREFIX="$stage" -DBUILD_WITH_QT6=ON -DBUILD_TRANSLATIONS=OFF \
    -DBUILD_TEST_APPLICATION=OFF -DBUILD_SHARED_LIBS=ON
  quiet qtkeychain.log cmake --build qtkeychain-build --parallel "$jobs"
  quiet qtkeychain.log cmake --install qtkeychain-build
  mark_done qtkeychain
fi

step "done"
echo "$key" >"$stage/.complete"
rm -rf "$prefix"
mv "$stage" "$prefix"
echo "$prefix"
