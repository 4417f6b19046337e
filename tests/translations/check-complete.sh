#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Every text of the application is translated: a fresh lupdate of a copy of each .ts file (from
# the sources app/CMakeLists.txt translates) leaves no unfinished message, and every finished
# translation keeps its source's placeholders (%1, %n) and accelerator count.
# Usage: check-complete.sh QT_BIN_DIR SOURCE_DIR TS_FILE...
set -euo pipefail
qtbin=${1:?Qt tools folder}
src=${2:?source folder}
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sources=("$src"/app/gui/*.cpp "$src"/app/cli/*.cpp "$src"/app/cli/*.h "$src"/ui/*.cpp "$src"/ui/*.h "$src"/backend/engine/*.cpp "$src"/backend/certadm/hresult.cpp
         "$src"/backend/platform/*.cpp "$src"/backend/profiles/*.cpp)
status=0
copies=()
for ts in "$@"; do
  copy=$work/$(basename "$ts")
  cp "$ts" "$copy"
  copies+=("$copy")
  "$qtbin/lupdate" -silent -no-obsolete -locations none "${sources[@]}" -ts "$copy" 2>/dev/null
  if ! cmp -s "$ts" "$copy"; then
    echo "$(basename "$ts") is not up to date with the sources: run the certsrv-backup_lupdate target" >&2
  fi
  unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
  echo "$(basename "$ts"): $(grep -c '<message' "$copy") messages, $unfinished unfinished"
  if [ "$unfinished" != 0 ]; then
    echo "unfinished translations in $ts:" >&2
    grep -B2 'type="unfinished"' "$copy" | grep '<source>' >&2 || true
    status=1
  fi
done
python3 - "${copies[@]}" <<'PY' || status=1
import re, sys, xml.etree.ElementTree as ET
bad = 0
for path in sys.argv[1:]:
    for message in ET.parse(path).getroot().iter('message'):
        source = message.findtext('source') or ''
        translation = message.find('translation')
        if translation is None or translation.get('type') in ('vanished', 'obsolete', 'unfinished'):
            continue
        forms = [f.text or '' for f in translation.findall('numerusform')] or [translation.text or '']
        wanted = sorted(set(re.findall(r'%(?:n|\d+)', source)))
        for form in forms:
            # A numerus form may leave out %n (one singular form reads "one certificate").
            got = sorted(set(re.findall(r'%(?:n|\d+)', form)))
            if [p for p in wanted if p != '%n'] != [p for p in got if p != '%n']:
                print(f'{path}: placeholders differ: {source!r} -> {form!r}')
                bad += 1
            if source.count('&') != form.count('&'):
                print(f'{path}: accelerators differ: {source!r} -> {form!r}')
                bad += 1
sys.exit(1 if bad else 0)
PY
exit $status
