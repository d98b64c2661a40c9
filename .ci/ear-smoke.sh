#!/usr/bin/env bash
# EAR smoke test on a full Payara Server: unzip the distribution from Maven Central, start the domain, define the
# PostgreSQL datasource jdbc/socorder the way a ministry's administrator would, deploy the EAR, check the login page,
# a form login and an authenticated page and the API, then stop everything and drop the throwaway database.
# Expects `mvn install` to have built ear/target/socorder.ear and web/target/payara/lib/postgresql.jar.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/socorder-ear-XXXXXX)
payara_version=$(sed -n "s:.*<payara.version>\(.*\)</payara.version>.*:\1:p" "$top/pom.xml")
db="socorder_ear_$(date +%s)"
admin_password="ear-smoke-$(date +%s)"
port_http=18080
port_admin=14848
asadmin="$work/payara6/bin/asadmin"

cleanup() {
  "$asadmin" stop-domain domain1 >/dev/null 2>&1 || true
  dropdb -h 127.0.0.1 -U postgres --if-exists "$db" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "== EAR smoke test: Payara Server $payara_version, database $db"
mvn -q -B dependency:copy -Dartifact="fish.payara.distributions:payara:$payara_version:zip" -DoutputDirectory="$work" -Dmdep.stripVersion=true
unzip -q "$work/payara.zip" -d "$work"
"$asadmin" --user admin --passwordfile /dev/null set-admin-password >/dev/null 2>&1 || true
# ports of our own, so nothing else on the machine is disturbed
sed -i "s/port=\"8080\"/port=\"$port_http\"/; s/port=\"4848\"/port=\"$port_admin\"/; s/port=\"8181\"/port=\"18181\"/" \
  "$work/payara6/glassfish/domains/domain1/config/domain.xml"
export AS_ADMIN_PORT=$port_admin

createdb -h 127.0.0.1 -U postgres "$db"
cp "$top/web/target/payara/lib/postgresql.jar" "$work/payara6/glassfish/domains/domain1/lib/"

# the first administrator of a production installation gets its password from the environment
SOCORDER_ADMIN_PASSWORD="$admin_password" "$asadmin" start-domain domain1
"$asadmin" create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource \
  --restype javax.sql.DataSource \
  --property "serverName=127.0.0.1:portNumber=5432:databaseName=$db:user=postgres:password=trust" socorder-pool
"$asadmin" ping-connection-pool socorder-pool
"$asadmin" create-jdbc-resource --connectionpoolid socorder-pool jdbc/socorder
"$asadmin" deploy --name socorder "$top/ear/target/socorder.ear"

base="http://127.0.0.1:$port_http"
fail() { echo "EAR SMOKE FAILED: $*"; tail -n 80 "$work/payara6/glassfish/domains/domain1/logs/server.log" || true; exit 1; }

health=$(curl -s "$base/api/v1/health")
echo "health: $health"
echo "$health" | grep -q '"status":"UP"' || fail "health is not UP"
echo "$health" | grep -q '"kind":"POSTGRESQL"' || fail "not running on PostgreSQL"
echo "$health" | grep -q '"demoMode":false' || fail "demo mode must be off on a production database"

login_page=$(curl -s -c "$work/cookies" "$base/login.xhtml")
echo "$login_page" | grep -q "Вход в систему" || fail "login page"
echo "$login_page" | grep -q "Демонстрационные пользователи" && fail "demo users advertised on a production database"

# form login as the first administrator, then an authenticated page
curl -s -b "$work/cookies" -c "$work/cookies" -o /dev/null -w "%{http_code} %{redirect_url}\n" \
  --data-urlencode "loginForm=loginForm" --data-urlencode "loginForm:username=admin" \
  --data-urlencode "loginForm:password=$admin_password" --data-urlencode "loginForm:submit=" \
  --data-urlencode "jakarta.faces.ViewState=stateless" "$base/login.xhtml" | tee "$work/login-result"
grep -q "index.xhtml" "$work/login-result" || fail "form login did not redirect to the home page"
home=$(curl -s -b "$work/cookies" "$base/index.xhtml")
echo "$home" | grep -q "Администратор системы" || fail "authenticated home page does not show the administrator"
echo "$home" | grep -q "Пользователи" || fail "administrator menu missing"

me=$(curl -s -u "admin:$admin_password" "$base/api/v1/me")
echo "me: $me"
echo "$me" | grep -q '"login":"admin"' || fail "API basic auth"
demo=$(curl -s -o /dev/null -w "%{http_code}" -u "clerk:demo" "$base/api/v1/me")
[ "$demo" = "401" ] || fail "demo user clerk must not exist on a production database (got $demo)"
# resources of the EJB module inside the EAR: the published schema of the social-order export
xsd=$(curl -s -u "admin:$admin_password" "$base/api/v1/social-orders/schemas/social-order-1.0.xsd")
echo "$xsd" | grep -q 'targetNamespace="urn:socorder:social-order:1.0"' || fail "social-order XSD not served from the EAR"

"$asadmin" undeploy socorder
echo "== EAR smoke test passed"
