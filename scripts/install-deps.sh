#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the Debian 12 packages that building, running and testing need; installs only what is
# missing, so a second run costs a second. Usage: scripts/install-deps.sh [build|test|all|windows]
set -euo pipefail

what=${1:-all}

build_packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev qt6-translations-l10n libgl-dev qtkeychain-qt6-dev libssl-dev
  # QtKeychain loads libsecret at run time to reach the Secret Service (gnome-keyring, KWallet).
  libsecret-1-0
)
test_packages=(
  clang-14 libclang-rt-14-dev clang-format
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools time
  g++-mingw-w64-x86-64-posix mingw-w64-x86-64-dev dunst
)

# The Windows build: mingw-w64, the Debian sources of its dependencies (dpkg-dev, curl), the host
# Qt tools it runs (moc, rcc, lrelease from the build set), PNG icons, Wine, the MSI tools.
windows_packages=(
  g++-mingw-w64-x86-64-posix mingw-w64-x86-64-dev dpkg-dev curl ca-certificates
  librsvg2-bin wine wine64 wixl msitools zip xvfb xauth
)

packages=("${build_packages[@]}")
case $what in
test | all) packages+=("${test_packages[@]}") ;;
windows) packages+=("${windows_packages[@]}") ;;
build) ;;
*)
  echo "unknown package set: $what (build, test, all or windows)" >&2
  exit 2
  ;;
esac

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null; then
    echo "These packages are missing: ${missing[*]}" >&2
    echo "Run this script as root, or install sudo." >&2
    exit 1
  fi
  sudo_cmd=(sudo)
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# Another install (an unattended upgrade, a second script) may hold apt's locks: wait for it.
"${sudo_cmd[@]}" apt-get update -q -o DPkg::Lock::Timeout=600
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=600 \
  "${missing[@]}"
