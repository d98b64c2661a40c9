#!/usr/bin/env bash
# EAR smoke test on the full application servers ministries run: Payara Server 6, Eclipse GlassFish 7 and WildFly.
# The one ear/target/socorder.ear (its SHA-256 is printed: the same bytes go to every server) is installed on each
# server in turn the way the README tells an administrator to: the distribution comes from Maven Central through
# Maven (so it is cached in ~/.m2), the server starts with SOCORDER_ADMIN_PASSWORD for the first administrator, the
# PostgreSQL datasource jdbc/socorder is defined on a fresh database with the server's own tools (asadmin, jboss-cli),
# the EAR is deployed, the same checks run, the server stops and the database is dropped.
# Checks: health on PostgreSQL without demo data, migrations applied, the OpenAPI description, the Russian login
# page, a form login, a page of every area, the API with HTTP Basic, a reference record, an authority and a social
# order created through the API, the order's printed PDF (Cyrillic text read back with pdftotext), its XLSX, and a
# problem+json error naming the field.
# A failure names the server and the step: "EAR SMOKE FAILED on GlassFish 7.0.21, step «deploy»: …".
#
# Usage: .ci/ear-smoke.sh [payara] [glassfish] [wildfly]      (default: all three, in this order)
# Expects ear/target/socorder.ear and web/target/payara/lib/postgresql.jar (mvn package or install).
set -Eeuo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
ear="$top/ear/target/socorder.ear"
driver="$top/web/target/payara/lib/postgresql.jar"
prop() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$top/pom.xml" | head -n1; }
port_http=18080
base="http://127.0.0.1:$port_http"
admin_password="ear-smoke-$(date +%s)"
server="" step="" work="" db="" log="" stop_server=""

fail() {
  trap - ERR
  echo "EAR SMOKE FAILED on $server, step «$step»: $*" >&2
  if [ -n "$log" ] && [ -f "$log" ]; then
    echo "--- last lines of $log" >&2
    tail -n 80 "$log" >&2 || true
  fi
  exit 1
}
trap 'fail "command failed (exit $?): $BASH_COMMAND"' ERR

finish_server() {
  if [ -n "$stop_server" ]; then
    "$stop_server" >/dev/null 2>&1 || true
    stop_server=""
  fi
  if [ -n "$db" ]; then
    dropdb -h 127.0.0.1 -U postgres --if-exists "$db" >/dev/null 2>&1 || true
    db=""
  fi
  if [ -n "$work" ]; then
    rm -rf "$work"
    work=""
  fi
}
trap finish_server EXIT

at() { step=$1; echo "-- $server: $step"; }

# the distribution zip through Maven (downloaded once, then taken from ~/.m2), unzipped into $work
unpack() {
  (cd "$top" && mvn -q -B dependency:copy -Dartifact="$1" -DoutputDirectory="$work" -Dmdep.stripVersion=true)
  unzip -q "$work"/*.zip -d "$work"
}

# ---- Payara Server and GlassFish: asadmin ----------------------------------------------------------------------
asadmin() { "$home/bin/asadmin" --port 14848 "$@"; }

asadmin_install() { # coordinates, folder in the zip
  unpack "$1"
  home="$work/$2"
  domain="$home/glassfish/domains/domain1"
  log="$domain/logs/server.log"
  # ports of our own, so nothing else on the machine is disturbed
  sed -i "s/port=\"8080\"/port=\"$port_http\"/; s/port=\"4848\"/port=\"14848\"/; s/port=\"8181\"/port=\"18181\"/" \
    "$domain/config/domain.xml"
  # the PostgreSQL driver goes to the domain's lib folder before the start
  cp "$driver" "$domain/lib/"
}

asadmin_start() {
  # the first administrator of a production installation gets its password from the server's environment
  SOCORDER_ADMIN_PASSWORD="$admin_password" asadmin start-domain domain1
  stop_server=asadmin_stop
}

asadmin_datasource() {
  asadmin create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource \
    --restype javax.sql.DataSource \
    --property "serverName=127.0.0.1:portNumber=5432:databaseName=$db:user=postgres:password=trust" socorder-pool
  asadmin ping-connection-pool socorder-pool
  asadmin create-jdbc-resource --connectionpoolid socorder-pool jdbc/socorder
}

asadmin_deploy() {
  asadmin deploy --name socorder "$ear"
}

asadmin_stop() {
  asadmin undeploy socorder || true
  asadmin stop-domain domain1
}

# ---- WildFly: jboss-cli ----------------------------------------------------------------------------------------
cli() { "$home/bin/jboss-cli.sh" --connect --controller=127.0.0.1:19990 "$@"; }

wildfly_install() {
  unpack "org.wildfly:wildfly-dist:$1:zip"
  home="$work/wildfly-$1"
  log="$home/standalone/log/server.log"
}

wildfly_wait() {
  for _ in $(seq 1 120); do
    if cli --command=":read-attribute(name=server-state)" 2>/dev/null | grep -q '"result" => "running"'; then
      return 0
    fi
    sleep 1
  done
  fail "WildFly did not reach the state «running» in 120 s"
}

wildfly_start() {
  # ports moved by 10000 (HTTP 18080, management 19990); the first administrator's password from the environment
  SOCORDER_ADMIN_PASSWORD="$admin_password" "$home/bin/standalone.sh" -b 127.0.0.1 -bmanagement 127.0.0.1 \
    -Djboss.socket.binding.port-offset=10000 >"$work/console.log" 2>&1 &
  stop_server=wildfly_stop
  wildfly_wait
}

wildfly_datasource() {
  cli --command="module add --name=org.postgresql --resources=$driver --dependencies=jakarta.transaction.api"
  cli --commands="/subsystem=datasources/jdbc-driver=postgresql:add(driver-name=postgresql,driver-module-name=org.postgresql,driver-xa-datasource-class-name=org.postgresql.xa.PGXADataSource),\
data-source add --name=socorder --jndi-name=java:/jdbc/socorder --driver-name=postgresql --connection-url=jdbc:postgresql://127.0.0.1:5432/$db --user-name=postgres --password=trust,\
/subsystem=datasources/data-source=socorder:test-connection-in-pool"
  # the application security domain «socorder» that jboss-app.xml names: the application's own identity store decides
  # who logs in and its groups are the roles
  cli --commands="/subsystem=undertow/application-security-domain=socorder:add(security-domain=ApplicationDomain,integrated-jaspi=false),\
/subsystem=ejb3/application-security-domain=socorder:add(security-domain=ApplicationDomain),reload"
  wildfly_wait
}

wildfly_deploy() {
  cli --command="deploy $ear --name=socorder.ear"
}

wildfly_stop() {
  cli --command="undeploy socorder.ear" || true
  cli --command=":shutdown"
}

# ---- the same checks on every server -----------------------------------------------------------------------------
api() { # method path [json body] — HTTP Basic as $as (the first administrator unless set); the body to stdout, the
  local data=()   # status to $work/status, the headers to $work/headers
  [ $# -ge 3 ] && data=(-H "Content-Type: application/json" --data-binary "$3")
  curl -sS -u "${as:-admin:$admin_password}" -X "$1" "${data[@]}" -o "$work/body" -D "$work/headers" -w "%{http_code}" \
    "$base/api/v1/$2" >"$work/status"
  cat "$work/body"
}
status() { cat "$work/status"; }
id_of() { grep -o '"id":[0-9]*' <<<"$1" | head -n1 | cut -d: -f2; }

checks() {
  at "health"
  local health
  health=$(curl -sS "$base/api/v1/health")
  echo "health: $health"
  grep -q '"status":"UP"' <<<"$health" || fail "health is not UP: $health"
  grep -q '"kind":"POSTGRESQL"' <<<"$health" || fail "not running on PostgreSQL: $health"
  grep -q '"demoMode":false' <<<"$health" || fail "demo mode must be off on a production database"

  at "migrations"
  local applied
  applied=$(psql -h 127.0.0.1 -U postgres -d "$db" -tAc "select count(*) from flyway_schema_history where success")
  [ "$applied" -gt 10 ] || fail "Flyway applied $applied migrations"

  at "OpenAPI description"
  [ "$(curl -sS -o "$work/openapi.json" -w "%{http_code}" "$base/api/v1/openapi.json")" = 200 ] || fail "openapi.json is not public"
  grep -q '"openapi": *"3.1.0"' "$work/openapi.json" || fail "not an OpenAPI 3.1 document"

  at "login page"
  curl -sS -c "$work/cookies" -o "$work/login.html" "$base/login.xhtml"
  grep -q "Вход в систему" "$work/login.html" || fail "the login page is not the Russian one"
  ! grep -q "Демонстрационные пользователи" "$work/login.html" || fail "demo users advertised on a production database"

  at "form login"
  curl -sS -b "$work/cookies" -c "$work/cookies" -o /dev/null -w "%{http_code} %{redirect_url}\n" \
    --data-urlencode "loginForm=loginForm" --data-urlencode "loginForm:username=admin" \
    --data-urlencode "loginForm:password=$admin_password" --data-urlencode "loginForm:submit=" \
    --data-urlencode "jakarta.faces.ViewState=stateless" "$base/login.xhtml" >"$work/login-result"
  grep -q "index.xhtml" "$work/login-result" || fail "form login did not redirect to the home page: $(cat "$work/login-result")"
  curl -sS -b "$work/cookies" -o "$work/home.html" "$base/index.xhtml"
  grep -q "Администратор системы" "$work/home.html" || fail "the home page does not show the administrator"

  at "a page of every area"
  local page path text code
  for page in "catalog/services.xhtml|Услуги" "catalog/territories.xhtml|Территории" "decision/decisions.xhtml|Постановления" \
              "order/orders.xhtml|Социальные заказы" "admin/users.xhtml|Пользователи" "admin/audit.xhtml|Журнал действий" \
              "admin/api.xhtml|/api/v1/social-orders/{id}/form.pdf"; do
    path=${page%%|*}
    text=${page#*|}
    code=$(curl -sS -b "$work/cookies" -o "$work/page.html" -w "%{http_code}" "$base/$path")
    [ "$code" = 200 ] || fail "$path answered $code"
    grep -qF "$text" "$work/page.html" || fail "$path does not show «$text»"
  done

  at "API with HTTP Basic"
  local me
  me=$(api GET me)
  grep -q '"login":"admin"' <<<"$me" || fail "GET /api/v1/me as admin: $(status) $me"
  code=$(curl -sS -o /dev/null -w "%{http_code}" -u "clerk:demo" "$base/api/v1/me")
  [ "$code" = 401 ] || fail "demo user clerk must not exist on a production database (got $code)"
  # a resource of the EJB module inside the EAR: the published schema of the social-order export
  api GET social-orders/schemas/social-order-1.0.xsd >/dev/null
  grep -q 'targetNamespace="urn:socorder:social-order:1.0"' "$work/body" || fail "the social-order XSD is not served from the EAR"

  at "records through the API"
  local region direction authority clerk order year
  region=$(api POST territories '{"level":"REGION","name":"Ленинградская область","oktmo":"41000000"}')
  [ "$(status)" = 201 ] || fail "POST territories: $(status) $region"
  direction=$(api GET "directions?size=100" | grep -o '"id":[0-9]*,"version":[0-9]*,"code":"04"' | cut -d, -f1 | cut -d: -f2)
  [ -n "$direction" ] || fail "direction 04 (from the migrations) not found"
  authority=$(api POST authorities "{\"fullName\":\"Комитет по социальной политике Ленинградской области\",\"shortName\":\"Комитет\",\
\"territoryId\":$(id_of "$region"),\"directionIds\":[$direction],\"headPosition\":\"Председатель комитета\",\"headName\":\"И. И. Иванов\"}")
  [ "$(status)" = 201 ] || fail "POST authorities: $(status) $authority"
  # orders are formed by the authority's clerk
  clerk=$(api POST users "{\"login\":\"clerk-lo\",\"fullName\":\"Петрова Анна Сергеевна\",\"active\":true,\
\"roles\":[\"AUTHORITY_CLERK\"],\"authorityId\":$(id_of "$authority"),\"password\":\"$admin_password-clerk\"}")
  [ "$(status)" = 201 ] || fail "POST users: $(status) $clerk"
  local as="clerk-lo:$admin_password-clerk"
  year=$(( $(date +%Y) + 1 ))
  order=$(api POST social-orders "{\"authorityId\":$(id_of "$authority"),\"directionCode\":\"04\",\"fiscalYear\":$year,\
\"title\":\"Государственный социальный заказ на $year год\"}")
  [ "$(status)" = 201 ] || fail "POST social-orders: $(status) $order"
  order=$(id_of "$order")

  at "printed PDF"
  api GET "social-orders/$order/form.pdf" >/dev/null
  [ "$(status)" = 200 ] || fail "form.pdf answered $(status)"
  cp "$work/body" "$work/form.pdf"
  pdftotext "$work/form.pdf" - | tr -s '[:space:]' ' ' >"$work/form.txt" || fail "pdftotext cannot read the printed form"
  grep -q "ПРОЕКТ" "$work/form.txt" || fail "the PDF lacks the Cyrillic «ПРОЕКТ»: $(head -c 600 "$work/form.txt")"
  grep -q "III. Сведения о показателях, характеризующих качество оказания государственной услуги" "$work/form.txt" \
    || fail "the PDF lacks the heading of section III: $(head -c 600 "$work/form.txt")"

  at "XLSX download"
  api GET "social-orders/$order/form.xlsx" >/dev/null
  [ "$(status)" = 200 ] || fail "form.xlsx answered $(status)"
  cp "$work/body" "$work/form.xlsx"
  grep -qi "spreadsheetml" "$work/headers" || fail "form.xlsx has the content type $(grep -i content-type "$work/headers")"
  unzip -p "$work/form.xlsx" xl/workbook.xml >"$work/workbook.xml" || fail "form.xlsx is not a workbook"
  grep -q 'name="Раздел II"' "$work/workbook.xml" || fail "the workbook lacks the sheet «Раздел II»: $(head -c 600 "$work/workbook.xml")"
  unzip -p "$work/form.xlsx" 'xl/worksheets/*' >"$work/sheets.xml"
  grep -q "Уникальный номер реестровой записи" "$work/sheets.xml" || fail "the workbook lacks its column captions"
  api GET "executors/export?format=xlsx" >/dev/null
  [ "$(status)" = 200 ] && unzip -tq "$work/body" >/dev/null || fail "the executors' XLSX export is not a workbook"

  at "problem+json"
  as=""
  local problem
  problem=$(api POST territories '{"level":"REGION","name":"Псковская область","oktmo":"4161"}')
  [ "$(status)" = 400 ] || fail "a bad ОКТМО answered $(status): $problem"
  grep -qi "content-type: application/problem+json" "$work/headers" || fail "not application/problem+json: $(cat "$work/headers")"
  grep -q '"field":"oktmo"' <<<"$problem" || fail "the problem does not name the field oktmo: $problem"
  grep -q "ОКТМО должен содержать 8 или 11 цифр" <<<"$problem" || fail "the problem is not in Russian: $problem"
}

# ---- one server after the other -----------------------------------------------------------------------------------
run() { # name, install function and its arguments…
  local kind=$1 started
  started=$(date +%s)
  server=$2
  shift 2
  work=$(mktemp -d /tmp/socorder-ear-XXXXXX)
  db="socorder_ear_${kind}_$(date +%s)"
  echo
  echo "== EAR smoke test on $server, database $db"
  at "unpack"
  "$@"
  at "database"
  createdb -h 127.0.0.1 -U postgres "$db"
  local family=asadmin
  [ "$kind" = wildfly ] && family=wildfly
  at "start"
  "${family}_start"
  at "datasource"
  "${family}_datasource"
  at "deploy"
  "${family}_deploy"
  checks
  at "stop"
  "$stop_server"
  stop_server=""
  finish_server
  log=""
  echo "== $server: passed in $(( $(date +%s) - started )) s"
}

[ -f "$ear" ] || { echo "EAR SMOKE FAILED: $ear is missing (mvn package first)"; exit 1; }
[ -f "$driver" ] || { echo "EAR SMOKE FAILED: $driver is missing (mvn package first)"; exit 1; }
echo "== EAR $(sha256sum "$ear" | cut -c1-64) ($(stat -c %s "$ear") bytes), the same file on every server"
servers=("$@")
[ ${#servers[@]} -gt 0 ] || servers=(payara glassfish wildfly)
for s in "${servers[@]}"; do
  case "$s" in
    payara) v=$(prop payara.version); run payara "Payara Server $v" asadmin_install "fish.payara.distributions:payara:$v:zip" payara6 ;;
    glassfish) v=$(prop glassfish.version); run glassfish "GlassFish $v" asadmin_install "org.glassfish.main.distributions:glassfish:$v:zip" glassfish7 ;;
    wildfly) v=$(prop wildfly.version); run wildfly "WildFly $v" wildfly_install "$v" ;;
    *) echo "unknown server $s: payara, glassfish or wildfly"; exit 2 ;;
  esac
done
echo "== EAR smoke test passed on: ${servers[*]}"
