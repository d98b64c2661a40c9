#!/usr/bin/env bash
# Measurement (not a test): the search of the registry of recipients (GET /api/v1/certificates) at 100 000
# certificates. Starts a fresh Payara Micro on an embedded H2 file database (demo data loaded; AUTO_SERVER so that
# this script can write to it too), bulk-inserts 100 000 children and their certificates of the demo clerk's (Luga)
# authority with plain SQL (valid numbers with their Damm check digit), logs in through the login form (one session,
# so the password check is not measured) and times the searches a clerk makes: the first page, a surname, a part of
# a number, a status, a deep page. Prints p50 / p95 / max in milliseconds per kind of search.
#   web/bench/recipients-search.sh [web module]      (default: this module)
# Env: BENCH_CERTIFICATES (100000), BENCH_REQUESTS per kind (100), BENCH_PORT (18081).
# Needs a built web module (mvn package -DskipTests -pl persistence,ejb,web), curl, python3 and the H2 jar in ~/.m2.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
module=$(cd "${1:-$here}" && pwd)
port=${BENCH_PORT:-18081}
count=${BENCH_CERTIFICATES:-100000}
requests=${BENCH_REQUESTS:-100}
h2=$(ls ~/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar)
work=$(mktemp -d /tmp/socorder-bench-XXXXXX)
trap 'kill $(cat "$work/pid" 2>/dev/null) 2>/dev/null || true; rm -rf "$work"' EXIT

cat > "$work/h2.asadmin" <<EOF
create-jdbc-connection-pool --datasourceclassname org.h2.jdbcx.JdbcDataSource --restype javax.sql.DataSource --property url=jdbc\\:h2\\:$work/db;AUTO_SERVER\\=TRUE socorder-pool
create-jdbc-resource --connectionpoolid socorder-pool jdbc/socorder
EOF
java -Xmx1g -jar "$module/target/payara-micro.jar" --deploy "$module/target/socorder.war" --contextroot / --port "$port" \
     --nocluster --postbootcommandfile "$work/h2.asadmin" > "$work/server.log" 2>&1 &
echo $! > "$work/pid"
for _ in $(seq 1 240); do grep -q "ready in" "$work/server.log" && break; sleep 1; done
grep -q "ready in" "$work/server.log" || { echo "server did not start"; tail -50 "$work/server.log"; exit 1; }
base="http://127.0.0.1:$port"

authority=$(curl -sf -u clerk:demo "$base/api/v1/me" | python3 -c 'import json,sys; print(json.load(sys.stdin)["organisation"]["id"])')
territory=$(curl -sf -u admin:demo "$base/api/v1/authorities/$authority" | python3 -c 'import json,sys; print(json.load(sys.stdin)["territoryId"])')
service=$(curl -sf -u admin:demo "$base/api/v1/services?size=1&territoryId=$territory" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')

echo "bulk insert of $count children and certificates (authority $authority, service $service) …"
python3 - "$work/fixture.sql" "$count" "$authority" "$territory" "$service" <<'PY'
import sys
out, n, authority, territory, service = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
D = [[0,3,1,7,5,9,8,6,4,2],[7,0,9,2,1,5,4,8,6,3],[4,2,0,6,8,7,1,3,5,9],[1,7,5,0,9,8,3,4,2,6],[6,1,2,3,0,4,5,9,7,8],
     [3,6,7,4,2,0,9,5,8,1],[5,8,6,9,7,2,0,1,3,4],[8,9,4,5,3,6,2,0,1,7],[9,4,3,8,6,1,7,2,0,5],[2,5,8,1,4,3,6,7,9,0]]
def damm(s):
    i = 0
    for c in s:
        i = D[i][int(c)]
    return str(i)
names = ["Иванов", "Петров", "Сидоров", "Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов", "Михайлов", "Новиков"]
with open(out, "w", encoding="utf-8") as f:
    for start in range(0, n, 1000):
        rows_c, rows_k = [], []
        for x in range(start, min(n, start + 1000)):
            cid = 50_000_000 + x
            last = names[x % 10] + "а" + str(x)
            born = "DATE '2010-01-01' + %d" % (x % 4000)
            rows_c.append("(%d, 0, %s, '%s', 'Мария', 'Ивановна', %s, '%s|мария|ивановна|%d', 'REGISTERED', CURRENT_TIMESTAMP)"
                          % (cid, territory, last, born, last.lower(), x))
            lead = "4124" + "%07d" % (8_000_000 + x % 1_999_999)
            number = lead + damm(lead)
            status = "REVOKED" if x % 10 == 9 else "ISSUED"
            key = "NULL" if status == "REVOKED" else "'bench/%d'" % x
            rows_k.append("(%d, 0, '%s', %s, %d, %s, 2024, DATE '2024-01-15', DATE '2024-01-15', DATE '2024-12-31', 72, 15000.00, '%s', %s)"
                          % (cid, number, authority, cid, service, status, key))
        f.write("insert into consumer (id, version, territory_id, last_name, first_name, middle_name, birth_date, duplicate_key, status, "
                "created_at) values " + ",\n".join(rows_c) + ";\n")
        f.write("insert into certificate (id, version, number, authority_id, consumer_id, service_id, period_year, issued_on, valid_from, "
                "valid_to, nominal_hours, nominal_amount, status, active_key) values " + ",\n".join(rows_k) + ";\n")
PY
start=$(date +%s)
java -cp "$h2" org.h2.tools.RunScript -url "jdbc:h2:$work/db;AUTO_SERVER=TRUE" -script "$work/fixture.sql" -user "" > "$work/runscript.log" 2>&1 \
  || { echo "bulk insert failed"; tail -20 "$work/runscript.log"; exit 1; }
echo "inserted in $(( $(date +%s) - start )) s"

jar="$work/cookies"
curl -sf -c "$jar" -o /dev/null "$base/login.xhtml"
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "loginForm=loginForm" --data-urlencode "loginForm:username=clerk" \
  --data-urlencode "loginForm:password=demo" --data-urlencode "loginForm:submit=" \
  --data-urlencode "jakarta.faces.ViewState=stateless" "$base/login.xhtml"

measure() { # kind, then the query strings (one per request, cycled)
  local kind=$1; shift
  local queries=("$@")
  : > "$work/times"
  for i in $(seq 1 "$requests"); do
    local q
    q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe="=&"))' "${queries[$(( i % ${#queries[@]} ))]}")
    curl -s -b "$jar" -o /dev/null -w "%{http_code} %{time_total}\n" "$base/api/v1/certificates?$q" >> "$work/times"
  done
  python3 - "$kind" "$work/times" <<'PY'
import sys
rows = [l.split() for l in open(sys.argv[2]) if l.strip()]
bad = [r for r in rows if r[0] != "200"]
t = sorted(float(r[1]) * 1000 for r in rows if r[0] == "200")
if not t:
    print("%-28s no successful request (%s)" % (sys.argv[1], bad[:3])); sys.exit()
p = lambda q: t[min(len(t) - 1, int(round(q * (len(t) - 1))))]
print("%-28s n=%4d  p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms%s" % (sys.argv[1], len(t), p(0.5), p(0.95), t[-1],
      "  (%d failed)" % len(bad) if bad else ""))
PY
}
total=$(curl -s -b "$jar" "$base/api/v1/certificates?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
echo "certificates the demo clerk sees: $total"
measure "first page" "size=20"
measure "surname" "q=Иванова12" "q=Петрова777" "q=Сидорова4" "q=Новикова9999"
measure "part of a number" "q=41240800" "q=0812345" "q=80012" "q=4124-0899"
measure "status revoked" "status=revoked&size=20" "status=issued&q=Смирнова"
measure "deep page (page 2000)" "page=2000&size=20"
