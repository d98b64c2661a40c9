#!/usr/bin/env bash
# Benchmark (not a test): a month's payment run over N contracts (default 100 000) of E executors (default 100, one
# agreement each, 80 % advance), on a fresh Payara Micro (embedded H2 file database opened with AUTO_SERVER, demo
# data, -Xmx1g, the database's own trace TRACE_LEVEL_FILE=2). The contracts, certificates, agreements and submitted
# usage of January 2030 are written straight into the database with SQL (H2's RunScript, system_range) — the
# boundaries would take hours to create 100 000 contracts — then the run of January is started through the API as
# the administrator and polled until READY: it writes the settlement acts of January (a line per contract) and the
# advances of February (a line per contract), and a payment order per invoice. Prints the duration, the statements
# the database traced during the run per contract (SELECT / INSERT / UPDATE / DELETE) and the peak heap (jstat).
#   web/bench/payment-run.sh [contracts] [executors]
# The server start and the data are shared with payment-run-kill.sh (lib/payment-bench.sh).
# Needs a built web module (mvn package -DskipTests -pl web -am), python3, curl and the JDK's jstat.
set -euo pipefail
. "$(dirname "$0")/lib/payment-bench.sh"
bench_init "${1:-100000}" "${2:-100}"
trap 'kill $(cat "$work/jstat" 2>/dev/null) 2>/dev/null || true; kill $(cat "$work/pid" 2>/dev/null) 2>/dev/null || true; cp "$work/server.log" /tmp/payment-run-server.log 2>/dev/null || true; rm -rf "$work"' EXIT

bench_start_server
bench_write_data

bench_watch_heap
offset=$(bench_trace_size)
t0=$(date +%s.%N)
run=$(curl -sf -u admin:demo -H 'Content-Type: application/json' -d "{\"authorityId\":$authority,\"month\":\"2030-01\"}" "$api/payment-runs")
id=$(echo "$run" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
while true; do
  state=$(curl -sf -u admin:demo "$api/payment-runs/$id")
  status=$(echo "$state" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["status"], r.get("jobStatus",""))')
  case "$status" in "RUNNING RUNNING") sleep 1 ;; *) break ;; esac
done
t1=$(date +%s.%N)
sleep 2
echo "  run: $state"
bench_measured "$offset" "$t0" "$t1" "$contracts" contract
bench_heap
