#!/usr/bin/env bash
# Benchmark (not a test): how long the executor import takes for N rows (default 10 000) through the API, on a
# fresh Payara Micro with an embedded H2 database. Prints the figures. Needs a built web module (mvn install
# -DskipTests), python3 (to generate the file) and curl.
#   web/bench/import-executors.sh [rows]
set -euo pipefail
rows=${1:-10000}
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/socorder-bench-XXXXXX)
port=18090
trap 'kill $(cat "$work/pid" 2>/dev/null) 2>/dev/null || true; rm -rf "$work"' EXIT

python3 - "$rows" "$work/executors.csv" <<'PY'
import sys
n, path = int(sys.argv[1]), sys.argv[2]
def inn10(p):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return p + str(sum(int(p[i]) * w[i] for i in range(9)) % 11 % 10)
def ogrn13(p):
    return p + str(int(p) % 11 % 10)
with open(path, "w", encoding="utf-8") as f:
    f.write("Тип;Полное наименование;Краткое наименование;ИНН;КПП;ОГРН;ОКТМО;Адрес\n")
    for i in range(n):
        f.write(f"Некоммерческая организация;АНО «Организация № {i}»;АНО № {i};{inn10('66%07d' % i)};660101001;"
                f"{ogrn13('10266%07d' % i)};41633000;г. Луга, ул. Набережная, д. {i}\n")
PY
sed "s#url=jdbc\\\\:h2\\\\:[^ ]*#url=jdbc\\\\:h2\\\\:$work/db#" "$here/target/payara/h2.asadmin" > "$work/h2.asadmin"
java -Xmx1g -jar "$here/target/payara-micro.jar" --deploy "$here/target/socorder.war" --contextroot / --port $port \
     --nocluster --postbootcommandfile "$work/h2.asadmin" > "$work/server.log" 2>&1 &
echo $! > "$work/pid"
for _ in $(seq 1 120); do grep -q "ready in" "$work/server.log" && break; sleep 1; done
grep -q "ready in" "$work/server.log" || { echo "server did not start"; tail -50 "$work/server.log"; exit 1; }
base="http://127.0.0.1:$port/api/v1/executors"
size=$(du -h "$work/executors.csv" | cut -f1)
t() { /usr/bin/env date +%s.%N; }
s=$(t); curl -sf -u clerk:demo --data-binary @"$work/executors.csv" -H 'Content-Type: text/csv' "$base/import?fileName=x.csv" -o "$work/preview.json"; e=$(t)
preview=$(echo "$e - $s" | bc)
s=$(t); curl -sf -u clerk:demo --data-binary @"$work/executors.csv" -H 'Content-Type: text/csv' "$base/import?fileName=x.csv&confirm=true" -o "$work/import.json"
# the import runs as a background job (202): follow it until it has ended
job=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["job"]["id"])' "$work/import.json")
while curl -sf -u clerk:demo "http://127.0.0.1:$port/api/v1/jobs/$job?size=1" | grep -q '"status":"RUNNING"'; do sleep 0.2; done
e=$(t)
import=$(echo "$e - $s" | bc)
s=$(t); curl -sf -u clerk:demo "$base/export?format=xlsx" -o "$work/export.xlsx"; e=$(t)
export=$(echo "$e - $s" | bc)
total=$(curl -sf -u clerk:demo "$base?size=1" | sed -n 's/.*"total":\([0-9]*\).*/\1/p')
echo "executor import benchmark: $rows rows ($size CSV)"
printf "  preview (read + check every row)        %6.2f s\n" "$preview"
printf "  import  (read + store the job + write)   %6.2f s\n" "$import"
printf "  export of all %s executors to XLSX   %6.2f s\n" "$total" "$export"
