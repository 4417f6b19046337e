#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Benchmark of a restore: a simulated CA with a 2 GiB database and 64 logs of 1 MiB is backed
# up, stopped, and restored from that set with certsrv-backup-cli (every file copied, its SHA-256
# checked against the manifest, flushed, renamed into place, registered), then `cp` of the same
# files followed by `sync` of them is timed (taking turns, see ROUNDS), and the CA is started on the restored database
# (its recovery) and timed apart. Prints the throughput ratio against cp and the CLI's peak RSS.
# Targets: at least 0.9x the throughput of cp, peak RSS under 64 MiB.
#
# Usage: tests/bench/bench_restore.sh [BUILD_DIR] [DB_SIZE] [LOGS]
#   BUILD_DIR defaults to build/release (scripts/bench.sh builds it); the work folder is
#   BENCH_DIR (default: build/bench-restore).
set -euo pipefail
cd "$(dirname "$0")/../.."

BENCH_NAME=bench-restore
# shellcheck source=tests/bench/benchsetup.sh
source tests/bench/benchsetup.sh

"$bin/certsrv-sim" create "$server" --ca-name "Bench CA" --db-size "$db_size" --logs "$logs" >/dev/null
"$bin/certsrv-sim" start "$server" >/dev/null
set_path=$("$bin/certsrv-backup-cli" backup --server "$server" --type full --keep-logs \
  --no-verify --dest "$work/backups" --json | sed -n 's/.*"set":"\([^"]*\)".*/\1/p')
[ -d "$set_path" ] || { echo "the backup failed" >&2; exit 1; }
"$bin/certsrv-sim" stop "$server" >/dev/null

mapfile -t files < <(find "$set_path/DataBase" -maxdepth 1 -type f \( -name '*.edb' -o -name 'edb?????.log' \) | sort)
bytes=$(du -cb "${files[@]}" | tail -n 1 | cut -f1)
echo "set: ${#files[@]} files, $((bytes / 1048576)) MiB"

# The disk's speed swings from run to run: restore and cp take turns, ROUNDS times (default 3),
# and the medians are compared. Each restore moves the previous files aside, as it does on a CA.
rounds=${ROUNDS:-3}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
restore_times=()
cp_times=()
rss_max=0
for round in $(seq "$rounds"); do
  cat "${files[@]}" >/dev/null # the same warm page cache for both
  t0=$(now)
  /usr/bin/time -f '%M' -o "$work/rss" "$bin/certsrv-backup-cli" restore "$set_path" \
    --server "$server" >"$work/cli.out"
  t1=$(now)
  restore_times+=("$(seconds "$t0" "$t1")")
  rss_kib=$(cat "$work/rss")
  [ "$rss_kib" -gt "$rss_max" ] && rss_max=$rss_kib

  # A new folder each round, as each restore writes new files (the CA's previous ones are kept
  # aside): both then write into page cache that was not just freed, which on some virtual
  # machines costs far more than reusing it.
  mkdir -p "$work/cp/$round"
  cat "${files[@]}" >/dev/null
  t0=$(now)
  cp "${files[@]}" "$work/cp/$round/"
  sync "$work/cp/$round"/*
  t1=$(now)
  cp_times+=("$(seconds "$t0" "$t1")")
  echo "round $round: restore ${restore_times[-1]} s, cp + sync ${cp_times[-1]} s"
done
cli_s=$(printf '%s\n' "${restore_times[@]}" | median)
cp_s=$(printf '%s\n' "${cp_times[@]}" | median)
rss_kib=$rss_max

t0=$(now)
"$bin/certsrv-sim" start "$server" >/dev/null
t1=$(now)
start_s=$(seconds "$t0" "$t1")

cli_rate=$(mibps "$bytes" "$cli_s")
cp_rate=$(mibps "$bytes" "$cp_s")
ratio=$(awk -v a="$cp_s" -v b="$cli_s" 'BEGIN { printf "%.2f", a / b }')
echo
printf '%-48s %8s s %7s MiB/s\n' "certsrv-backup-cli restore (median)" "$cli_s" "$cli_rate"
printf '%-48s %8s s %7s MiB/s\n' "cp + sync (median)" "$cp_s" "$cp_rate"
printf '%-48s %8s s\n' "CA start with recovery of the restored set" "$start_s"
echo "throughput vs cp: ${ratio}x (target >= 0.9x)"
echo "peak RSS of the CLI: $((rss_kib / 1024)) MiB (target < 64 MiB)"
