#!/usr/bin/env bash
# Benchmark (not a test): the import of certificate applications from a Navigator file of N rows (default 100 000)
# through the API, on a fresh Payara Micro (embedded H2 file database, -Xmx1g). Sets up what a region has at the start
# of a year — an authority with an approved order whose certificate volume covers every child, spread over S services
# (default 10), and the certificate terms — then loads the file: preview (read + check + store every row), the job
# writing every row as an application (consumer registered, eligibility, volume lock, certificate, ledger), and the
# same file loaded a second time (nothing may be created twice). Prints rows/s and the peak heap used (jstat).
#   web/bench/import-applications.sh [rows] [services]
# Needs a built web module (mvn package -DskipTests -pl web -am), python3, curl and the JDK's jstat.
set -euo pipefail
rows=${1:-100000}
services=${2:-10}
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/socorder-bench-XXXXXX)
port=${BENCH_PORT:-18091}
trap 'kill $(cat "$work/jstat" 2>/dev/null) 2>/dev/null || true; kill $(cat "$work/pid" 2>/dev/null) 2>/dev/null || true; cp "$work/server.log" /tmp/import-applications-server.log 2>/dev/null || true; rm -rf "$work"' EXIT

sed "s#url=jdbc\\\\:h2\\\\:[^ ]*#url=jdbc\\\\:h2\\\\:$work/db#" "$here/target/payara/h2.asadmin" > "$work/h2.asadmin"
java -Xmx1g -jar "$here/target/payara-micro.jar" --deploy "$here/target/socorder.war" --contextroot / --port "$port" \
     --nocluster --postbootcommandfile "$work/h2.asadmin" > "$work/server.log" 2>&1 &
echo $! > "$work/pid"
for _ in $(seq 1 180); do grep -q "ready in" "$work/server.log" && break; sleep 1; done
grep -q "ready in" "$work/server.log" || { echo "server did not start"; tail -50 "$work/server.log"; exit 1; }
# heap used (survivors + eden + old, KB) once a second while the benchmark runs
# and the old generation's (what survives collections: the retained data), KB
(jstat -gc "$(cat "$work/pid")" 1000 | awk 'NR > 1 { used = $3 + $4 + $6 + $8; if (used > max) max = used; if ($8 > old) old = $8;
  print max, old > "'"$work"'/heap"; fflush("'"$work"'/heap") }') &
echo $! > "$work/jstat"
python3 "$here/bench/import_applications.py" "http://127.0.0.1:$port/api/v1" "$rows" "$services" "$work"
sleep 2
read -r peak old < <(tail -1 "$work/heap")
printf "  peak heap used (jstat, -Xmx1g)          %6d MB (old generation at most %d MB)\n" $(( ${peak%.*} / 1024 )) $(( ${old%.*} / 1024 ))
