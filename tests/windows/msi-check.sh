#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Checks the MSI that scripts/windows/package.sh made: its tables and files (msiinfo, msiextract),
# then a silent per-machine install under Wine (msiexec /i /qn), the installed CLI's --version,
# an upgrade in place by a newer MSI (the same files as the next patch version: one product is
# registered afterwards, and the older MSI refuses to downgrade it), and a silent uninstall that
# leaves neither a program file nor a registered product behind.
# Usage: msi-check.sh PACKAGE_DIR WINE_PREFIX
set -euo pipefail
package=$1
prefix=$2
here=$(cd "$(dirname "$0")" && pwd)
fail() {
  echo "FAIL: $*" >&2
  exit 1
}
msi=$(find "$package" -maxdepth 1 -name 'certsrv-backup-*-x64.msi' 2>/dev/null | head -n 1)
[ -n "$msi" ] || fail "no MSI in $package: run scripts/build-windows.sh --package"
echo "MSI: $(basename "$msi"), $(du -k "$msi" | cut -f1) KiB"

tables=$(msiinfo tables "$msi")
for t in File Component Directory Shortcut Upgrade Property; do
  grep -qx "$t" <<<"$tables" || fail "table $t missing"
done
properties=$(msiinfo export "$msi" Property | tr -d '\r')
property() { awk -F'\t' -v name="$1" '$1 == name {print $2}' <<<"$properties"; }
[[ $(property UpgradeCode) == *[Dd][Cc][Cc][Dd][Cc]779* ]] || fail "no upgrade code"
[ "$(property ProductVersion)" = "$CERTSRV_EXPECTED_VERSION" ] ||
  fail "ProductVersion is not $CERTSRV_EXPECTED_VERSION"
[ "$(property ALLUSERS)" = 1 ] || fail "not a per-machine package (ALLUSERS)"

files=$(mktemp -d)
newer_dir=$(mktemp -d)
trap 'rm -rf "$files" "$newer_dir"' EXIT
msiextract -C "$files" "$msi" >/dev/null
for f in certsrv-backup.exe certsrv-backup-cli.exe Qt6Core.dll Qt6Widgets.dll libcrypto-3-x64.dll \
  libqt6keychain.dll libstdc++-6.dll qt.conf plugins/platforms/qwindows.dll \
  plugins/styles/qwindowsvistastyle.dll translations/qtbase_de.qm; do
  [ -n "$(find "$files" -path "*/CertSrv Backup Manager/$f")" ] || fail "$f is not in the MSI"
done
echo "MSI tables and files: ok ($(find "$files" -type f | wc -l) files)"

wine_run() { bash "$here/../../scripts/windows/wine-run.sh" "$prefix" "$@"; }
rm -rf "$prefix"
wine_run msiexec /i "Z:${msi//\//\\}" /qn || fail "msiexec /i /qn failed"
installed="$prefix/drive_c/Program Files/CertSrv Backup Manager"
[ -f "$installed/certsrv-backup.exe" ] || fail "nothing installed in Program Files"
[ -n "$(find "$prefix/drive_c" -path '*Start Menu*' -name 'CertSrv Backup Manager.lnk')" ] ||
  fail "no Start menu shortcut"
out=$(wine_run "C:\\Program Files\\CertSrv Backup Manager\\certsrv-backup-cli.exe" --version | tr -d '\r')
echo "installed CLI: $out"
[[ $out == *"$CERTSRV_EXPECTED_VERSION"* ]] || fail "the installed CLI printed no version"
# The registered products of this name, "DisplayVersion" a line each.
registered() {
  wine_run reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall' /s | tr -d '\r' |
    awk '/^HKEY/ { if (name == "CertSrv Backup Manager") print version; name = ""; version = "" }
         $1 == "DisplayName" { sub(/^ *DisplayName +REG_SZ +/, ""); name = $0 }
         $1 == "DisplayVersion" { sub(/^ *DisplayVersion +REG_SZ +/, ""); version = $0 }
         END { if (name == "CertSrv Backup Manager") print version }'
}
[ "$(registered)" = "$CERTSRV_EXPECTED_VERSION" ] ||
  fail "expected one registered product of version $CERTSRV_EXPECTED_VERSION, found: $(registered)"

version=$CERTSRV_EXPECTED_VERSION
next="${version%.*}.$((${version##*.} + 1))"
stage=$(find "$package" -mindepth 1 -maxdepth 1 -type d -name 'CertSrvBackupManager-*' | head -n 1)
[ -n "$stage" ] && [ -f "$package/files.wxs" ] || fail "no staged folder or files.wxs in $package"
newer="$newer_dir/certsrv-backup-$next-x64.msi"
bash "$here/../../scripts/windows/make-msi.sh" "$stage" "$package/files.wxs" "$next" "$newer"
wine_run msiexec /i "Z:${newer//\//\\}" /qn || fail "the upgrade to $next failed"
[ "$(registered)" = "$next" ] || fail "after the upgrade: expected only $next, found: $(registered)"
[ -f "$installed/certsrv-backup-cli.exe" ] || fail "the upgrade removed the program"
echo "upgrade in place: $version -> $next, one product registered"
if wine_run msiexec /i "Z:${msi//\//\\}" /qn; then
  fail "the older MSI installed over the newer one"
fi
[ "$(registered)" = "$next" ] || fail "a refused downgrade changed the product: $(registered)"
echo "downgrade to $version: refused"

wine_run msiexec /x "Z:${newer//\//\\}" /qn || fail "msiexec /x /qn failed"
[ ! -e "$installed/certsrv-backup.exe" ] || fail "uninstall left the program behind"
[ -z "$(registered)" ] || fail "uninstall left the product registered"
echo "PASS: msi"
