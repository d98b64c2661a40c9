#!/usr/bin/env bash
# Measurement (not a test): how many SQL statements the read paths of a social order send to the database — the
# order screen, the order list (page and API) and the printed form (PDF, XLSX) of the demo orders. Starts a fresh
# Payara Micro on an embedded H2 file database (demo data loaded) whose own trace (TRACE_LEVEL_FILE=2) writes every
# statement the server executes, logs in through the login form (one session for all requests, so the password
# check is not counted) and counts the statements written while each request runs. Nothing in the application is
# changed or configured for it. Prints a table; «first» is the first such request on this server (cold caches),
# the columns after it are the repeated request.
#   web/bench/sql-counts.sh [web module]      (default: this module; e.g. another checkout's web/ to compare)
# With SQL_COUNTS_SQL=<folder> the statements of each request are written there too (one file per row and run).
# Needs a built web module (mvn package -DskipTests -pl web -am), curl and python3. Port: SQL_COUNTS_PORT (18080).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
module=$(cd "${1:-$here}" && pwd)
port=${SQL_COUNTS_PORT:-18080}
work=$(mktemp -d /tmp/socorder-sql-XXXXXX)
trap 'kill $(cat "$work/pid" 2>/dev/null) 2>/dev/null || true; rm -rf "$work"' EXIT

cat > "$work/h2.asadmin" <<EOF
create-jdbc-connection-pool --datasourceclassname org.h2.jdbcx.JdbcDataSource --restype javax.sql.DataSource --property url=jdbc\\:h2\\:$work/db;TRACE_LEVEL_FILE\\=2;TRACE_MAX_FILE_SIZE\\=4000 socorder-pool
create-jdbc-resource --connectionpoolid socorder-pool jdbc/socorder
EOF
java -Xmx1g -jar "$module/target/payara-micro.jar" --deploy "$module/target/socorder.war" --contextroot / --port "$port" \
     --nocluster --postbootcommandfile "$work/h2.asadmin" > "$work/server.log" 2>&1 &
echo $! > "$work/pid"
for _ in $(seq 1 180); do grep -q "ready in" "$work/server.log" && break; sleep 1; done
grep -q "ready in" "$work/server.log" || { echo "server did not start"; tail -50 "$work/server.log"; exit 1; }
base="http://127.0.0.1:$port"
trace="$work/db.trace.db"
jar="$work/cookies"

# form login as a browser does it (the login view is stateless); the session cookie carries every later request
login() {
  rm -f "$jar"
  curl -sf -c "$jar" -o /dev/null "$base/login.xhtml"
  local to
  to=$(curl -s -b "$jar" -c "$jar" -o /dev/null -w "%{http_code} %{redirect_url}" \
    --data-urlencode "loginForm=loginForm" --data-urlencode "loginForm:username=$1" \
    --data-urlencode "loginForm:password=demo" --data-urlencode "loginForm:submit=" \
    --data-urlencode "jakarta.faces.ViewState=stateless" "$base/login.xhtml")
  case "$to" in 302*index.xhtml*) ;; *) echo "form login of $1 failed: $to"; exit 1 ;; esac
}

# the statements the database traced since byte offset $1: SELECT INSERT UPDATE DELETE other (not counting
# transaction control: COMMIT, ROLLBACK, SET)
count_since() {
  python3 - "$trace" "$1" "${2:-}" <<'PY'
import re, sys
with open(sys.argv[1], "rb") as f:
    f.seek(int(sys.argv[2]))
    text = f.read().decode("utf-8", "replace")
kinds = {"SELECT": 0, "INSERT": 0, "UPDATE": 0, "DELETE": 0, "other": 0}
statements = re.findall(r"/\*SQL[^*]*\*/\s*(\w+)([^\n]*)", text)
if sys.argv[3]:
    with open(sys.argv[3], "w", encoding="utf-8") as out:
        out.writelines(word + rest + "\n" for word, rest in statements)
for word, _ in statements:
    w = word.upper()
    if w in ("COMMIT", "ROLLBACK", "SET"):
        continue
    kinds[w if w in kinds else "other"] += 1
print(*kinds.values(), sum(kinds.values()))
PY
}

size() { stat -c %s "$trace"; }

# waits until the trace has not grown for half a second (the server may finish work after the answer)
settle() {
  local before=-1 now
  now=$(size)
  while [ "$now" != "$before" ]; do before=$now; sleep 0.5; now=$(size); done
}

# one measured request: prints its counts (SELECT INSERT UPDATE DELETE other total); fails on a status other than 200
measure() {
  settle
  local from status
  from=$(size)
  status=$(curl -s -b "$jar" -o "$work/body" -w "%{http_code}" "$base/$1")
  [ "$status" = 200 ] || { echo "GET /$1: $status" >&2; head -c 500 "$work/body" >&2; exit 1; }
  settle
  count_since "$from" "${2:-}"
}

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

rows=()
orders() { curl -sf -b "$jar" "$base/api/v1/social-orders?size=1" | json 'd["total"]'; }
row() { # label, lines, path
  local first again
  local keep=""
  if [ -n "${SQL_COUNTS_SQL:-}" ]; then
    mkdir -p "$SQL_COUNTS_SQL"
    keep="$SQL_COUNTS_SQL/$(echo "$1 $2" | tr -c 'A-Za-z0-9\n' '-' | tr -s '-')"
  fi
  first=$(measure "$3" "${keep:+$keep.first.sql}")
  again=$(measure "$3" "${keep:+$keep.sql}")
  rows+=("$(printf "%-44s %5s %6s   %6s %6s %6s %6s %6s %6s" "$1" "$2" "$(echo "$first" | awk '{print $6}')" $again)")
}

login admin
orders=$(curl -sf -b "$jar" "$base/api/v1/social-orders?size=100")
luga=$(echo "$orders" | json '[o["id"] for o in d["items"] if "Лужск" in o["authority"] and o["fiscalYear"] == 2024][0]')
kaluga=$(echo "$orders" | json '[o["id"] for o in d["items"] if "Калужск" in o["authority"]][0]')
luga_lines=$(curl -sf -b "$jar" "$base/api/v1/social-orders/$luga" | json 'len(d["lines"])')
kaluga_lines=$(curl -sf -b "$jar" "$base/api/v1/social-orders/$kaluga" | json 'len(d["lines"])')
settle
idle_from=$(size); sleep 2; settle
idle=$(count_since "$idle_from")
rows+=("$(printf "%-44s %5s %6s   %6s %6s %6s %6s %6s %6s" "(no request: 2 s idle)" "" "" $idle)")

login clerk
row "order screen (clerk), Luga 2024" "$luga_lines" "order/order.xhtml?id=$luga"
row "order list page (clerk), orders: $(orders)" "" "order/orders.xhtml"
row "GET /api/v1/social-orders (clerk), orders: $(orders)" "" "api/v1/social-orders"
row "GET /api/v1/social-orders/{id} (clerk), Luga" "$luga_lines" "api/v1/social-orders/$luga"
row "printed form PDF (clerk), Luga" "$luga_lines" "api/v1/social-orders/$luga/form.pdf"
row "printed form XLSX (clerk), Luga" "$luga_lines" "api/v1/social-orders/$luga/form.xlsx"
# two orders of the demo clerk made here, alike but for their number of lines (2 and 20; each line three years
# of volumes and a quality indicator per year, on services of its own): what grows with the lines shows as the
# difference
made=$(python3 - "$base" <<'PY'
import base64, json, sys, urllib.request
base = sys.argv[1]
def call(method, path, body, user):
    request = urllib.request.Request(base + "/api/v1/" + path, method=method,
                                     data=None if body is None else json.dumps(body).encode("utf-8"),
                                     headers={"Content-Type": "application/json", "Authorization": "Basic "
                                              + base64.b64encode((user + ":demo").encode()).decode()})
    with urllib.request.urlopen(request) as answer:
        return json.load(answer)
me = call("GET", "me", None, "clerk")
territory = call("GET", "authorities/%d" % me["organisation"]["id"], None, "admin")["territoryId"]
direction = [d["id"] for d in call("GET", "directions?size=100", None, "admin")["items"] if d["code"] == "04"][0]
numbers = []
for i in range(20):
    number = "804200О.99.0.ЯЯ99АЖ%05d" % i
    call("POST", "services", {"registryNumber": number, "territoryId": territory, "directionId": direction,
                              "name": "Услуга для подсчёта запросов %d" % i, "normativeCost": 100,
                              "indicators": [{"kind": "VOLUME", "name": "Количество человеко-часов", "unitCode": "539"},
                                             {"kind": "QUALITY", "name": "Доля детей", "unitCode": "744"}]}, "admin")
    numbers.append(number)
ids = []
for year, count in ((2027, 2), (2028, 20)):
    lines = [{"registryNumber": n, "unitCode": "539", "volumeIndicator": "Количество человеко-часов",
              "years": [{"year": y, "total": 100, "treasury": 0, "budgetAutonomous": 60, "competition": 0,
                         "certificates": 40} for y in range(year, year + 3)],
              "quality": [{"year": y, "indicator": "Доля детей", "unitCode": "744", "value": 80, "deviation": 10,
                           "deviationInPercent": True} for y in range(year, year + 3)]} for n in numbers[:count]]
    ids.append(call("POST", "social-orders", {"directionCode": "04", "fiscalYear": year, "lines": lines,
                    "title": "Заказ для подсчёта запросов на %d год" % year}, "clerk")["id"])
print(*ids)
PY
)
read -r small big <<< "$made"
row "order screen (clerk), made order" 2 "order/order.xhtml?id=$small"
row "order screen (clerk), made order" 20 "order/order.xhtml?id=$big"
row "printed form PDF (clerk), made order" 2 "api/v1/social-orders/$small/form.pdf"
row "printed form PDF (clerk), made order" 20 "api/v1/social-orders/$big/form.pdf"
row "printed form XLSX (clerk), made order" 2 "api/v1/social-orders/$small/form.xlsx"
row "printed form XLSX (clerk), made order" 20 "api/v1/social-orders/$big/form.xlsx"
row "order list page (clerk), orders: $(orders)" "" "order/orders.xhtml"
row "GET /api/v1/social-orders (clerk), orders: $(orders)" "" "api/v1/social-orders"
login admin
row "order screen (admin), Kaluga" "$kaluga_lines" "order/order.xhtml?id=$kaluga"
row "order list page (admin), orders: $(orders)" "" "order/orders.xhtml"
row "GET /api/v1/social-orders (admin), orders: $(orders)" "" "api/v1/social-orders"
row "printed form PDF (admin), Kaluga" "$kaluga_lines" "api/v1/social-orders/$kaluga/form.pdf"
row "printed form XLSX (admin), Kaluga" "$kaluga_lines" "api/v1/social-orders/$kaluga/form.xlsx"

version=$(cd "$module" && git describe --always --dirty 2>/dev/null || echo "?")
echo "SQL statements per request ($module, $version; H2 trace, one form-login session)"
printf "%-44s %5s %6s   %6s %6s %6s %6s %6s %6s\n" "request" "lines" "first" "SELECT" "INSERT" "UPDATE" "DELETE" "other" "total"
printf "%s\n" "${rows[@]}"
