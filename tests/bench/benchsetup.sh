# SPDX-License-Identifier: Apache-2.0
# Shared by the benchmarks (sourced after `cd` to the source folder): arguments, the work folder
# with its own simulator home, the cleanup, and the arithmetic of the tables.
#   $1 BUILD_DIR (default build/release), $2 DB_SIZE (2GiB), $3 LOGS (64); the work folder is
#   BENCH_DIR, else build/<BENCH_NAME>.
build=${1:-build/release}
db_size=${2:-2GiB}
logs=${3:-64}
bin=$build/bin
work=${BENCH_DIR:-$PWD/build/$BENCH_NAME}
for tool in "$bin/certsrv-sim" "$bin/certsrv-backup-cli" /usr/bin/time; do
  [ -x "$tool" ] || { echo "missing $tool: run scripts/bench.sh (it builds and installs)" >&2; exit 2; }
done

rm -rf "$work"
mkdir -p "$work"
export CERTSRV_SIM_HOME=$work/sim
server=BENCH
trap '"$bin/certsrv-sim" stop "$server" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
mibps() { awk -v bytes="$1" -v s="$2" 'BEGIN { printf "%.0f", bytes / 1048576 / s }'; }
