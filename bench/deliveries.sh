#!/usr/bin/env bash
# Issue 20's delivery benchmark: 1,000 notices filed in a burst, every kelurahan-side message (here a
# signed webhook to a stub provider) handed over, on the embedded default. Prints a Markdown table
# (also written to bench/results/).   bench/deliveries.sh [count]
# Tuning: BENCH_PORT (18081), JAVA_OPTS (as bin/run).
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
port=${BENCH_PORT:-18081}
work=$(pwd)/bench/target/deliveries
rm -rf "$work" && mkdir -p "$work" bench/results
export PORT=$port PILAR_ADMIN_PASSWORD=bench-admin-password PILAR_DATA_DIR=$work/data PILAR_WEBHOOK_ALLOW_PRIVATE_NETWORKS=true
bin/run >"$work/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
  kill -0 "$pid" 2>/dev/null || { tail -30 "$work/service.log" >&2; exit 1; }
  sleep 0.1
done
out=bench/results/$(date +%F)-deliveries-h2-$count.md
{
  echo "# Deliveries: $count notices in a burst (H2, $(nproc) cores, $(date -u +%FT%TZ))"
  echo
  java bench/Deliveries.java "http://127.0.0.1:$port" bench-admin-password 52.72.03.1005 "$count"
} | tee "$out"
