#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Benchmark of a full backup: a simulated CA with a 2 GiB database and 64 logs of 1 MiB.
# In one run it times certsrv-backup-cli's full backup, `cp` of the same files followed by a
# flush to disk, and `sha256sum` of them, then prints the throughput ratio against cp and the
# CLI's peak RSS. Targets: at least 0.8x the throughput of cp, peak RSS under 64 MiB.
#
# Usage: tests/bench/bench_backup.sh [BUILD_DIR] [DB_SIZE] [LOGS]
#   BUILD_DIR defaults to build/release (scripts/bench.sh builds it); the work folder is
#   BENCH_DIR (default: build/bench), on the disk the backups would go to.
set -euo pipefail
cd "$(dirname "$0")/../.."

BENCH_NAME=bench
# shellcheck source=tests/bench/benchsetup.sh
source tests/bench/benchsetup.sh

t0=$(now)
"$bin/certsrv-sim" create "$server" --ca-name "Bench CA" --db-size "$db_size" --logs "$logs" >/dev/null
t1=$(now)
echo "created a simulated CA: $db_size database, $logs logs in $(seconds "$t0" "$t1") s"
"$bin/certsrv-sim" start "$server" >/dev/null

certlog=$CERTSRV_SIM_HOME/servers/$server/CertLog
mapfile -t files < <(find "$certlog" -maxdepth 1 -type f \( -name '*.edb' -o -name 'edb?????.log' \) | sort)
# The daemon's open log is not part of a backup; cp gets exactly the files the backup copies.
current=$("$bin/certsrv-sim" status "$server" --json | sed -n 's/.*"current": *\([0-9]*\).*/\1/p')
if [ -n "$current" ]; then
  cur_name=$(printf 'edb%05X.log' "$current")
  mapfile -t files < <(printf '%s\n' "${files[@]}" | grep -v "/$cur_name\$")
fi
bytes=$(du -cb "${files[@]}" | tail -n 1 | cut -f1)
echo "files: ${#files[@]}, $((bytes / 1048576)) MiB"

# Warm the page cache for all three the same way.
cat "${files[@]}" >/dev/null

t0=$(now)
/usr/bin/time -f '%M' -o "$work/rss" "$bin/certsrv-backup-cli" backup --server "$server" \
  --type full --keep-logs --no-verify --dest "$work/backups" >"$work/cli.out"
t1=$(now)
cli_s=$(seconds "$t0" "$t1")
rss_kib=$(cat "$work/rss")

mkdir -p "$work/cp"
t0=$(now)
cp "${files[@]}" "$work/cp/"
sync "$work/cp"/*
t1=$(now)
cp_s=$(seconds "$t0" "$t1")

t0=$(now)
sha256sum "${files[@]}" >/dev/null
t1=$(now)
sha_s=$(seconds "$t0" "$t1")

cli_rate=$(mibps "$bytes" "$cli_s")
cp_rate=$(mibps "$bytes" "$cp_s")
sha_rate=$(mibps "$bytes" "$sha_s")
ratio=$(awk -v a="$cp_s" -v b="$cli_s" 'BEGIN { printf "%.2f", a / b }')
echo
printf '%-44s %8s s %7s MiB/s\n' "certsrv-backup-cli backup (hash + flush)" "$cli_s" "$cli_rate"
printf '%-44s %8s s %7s MiB/s\n' "cp + sync" "$cp_s" "$cp_rate"
printf '%-44s %8s s %7s MiB/s\n' "sha256sum" "$sha_s" "$sha_rate"
echo "throughput vs cp: ${ratio}x (target >= 0.8x)"
echo "peak RSS of the CLI: $((rss_kib / 1024)) MiB (target < 64 MiB)"
