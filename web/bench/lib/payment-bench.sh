# Sourced by the benchmarks on bulk data written with SQL (web/bench/payment-run.sh, web/bench/payment-run-kill.sh,
# web/bench/year-end.sh), not run on its own: a Payara Micro on an embedded H2 file database (AUTO_SERVER, demo data,
# -Xmx1g, the database's trace) and N certificates of 2030 of E executors written straight into the database with SQL.
#   bench_init <contracts> <executors>  sets here (the web module whose target/ is run: $BENCH_WEB, by default this
#                                       one), work (a fresh directory), port ($BENCH_PORT, 18093), api, h2 (the
#                                       driver jar), url
#   bench_start_server [log]            starts the server on $work/db (again after a stop: the same file), waits for
#                                       «ready in»; its pid in $work/pid
#   bench_base_sql                      prints the SQL of what every bench shares: @a (an authority with a certified
#                                       programme), @s (its service), @t (its territory); E executors with a registry
#                                       entry and a certified programme (ids 90000001…), N children of @t and their
#                                       certificates of 2030 in use (ids 90000001…, numbers 41-30-serial-check digit;
#                                       72 h, 15 000,00; no ledger)
#   bench_load <script file> <what>     runs the script (its last statement: select @a), says what was written and how
#                                       long it took; sets authority
#   bench_write_data                    the payment benches' data: the base, an agreement per executor, a contract per
#                                       certificate (January–June 2030) with submitted usage of January
#   bench_sql <script file> [output]    runs an SQL script on the database (RunScript, results shown)
#   bench_watch_heap                    samples the server's heap (jstat, every second) until the script ends
#   bench_heap                          prints the peak heap sampled so far
#   bench_trace_size                    the size of the database's trace now (where a measurement starts)
#   bench_measured <from> <t0> <t1> <n> <unit> [top]
#                                       prints the duration t1 - t0 (n units/s) and the statements the database traced
#                                       since byte <from> per unit (SELECT / INSERT / UPDATE / DELETE / other); with
#                                       top, also the top most frequent statements (literals and parameters elided)

bench_init() {
  contracts=$1
  executors=$2
  here=${BENCH_WEB:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
  work=$(mktemp -d /tmp/socorder-bench-XXXXXX)
  port=${BENCH_PORT:-18093}
  api="http://127.0.0.1:$port/api/v1"
  h2=$(ls "$here"/target/socorder/WEB-INF/lib/h2-*.jar 2>/dev/null | head -1 || true)
  [ -n "$h2" ] || h2=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | sort | tail -1)
  url="jdbc:h2:$work/db;AUTO_SERVER=TRUE"
  cat > "$work/h2.asadmin" <<ASADMIN
create-jdbc-connection-pool --datasourceclassname org.h2.jdbcx.JdbcDataSource --restype javax.sql.DataSource --property url=jdbc\\:h2\\:$work/db;AUTO_SERVER\\=TRUE;TRACE_LEVEL_FILE\\=2;TRACE_MAX_FILE_SIZE\\=16000 socorder-pool
create-jdbc-resource --connectionpoolid socorder-pool jdbc/socorder
ASADMIN
}

bench_start_server() {
  local log=${1:-$work/server.log}
  java -Xmx1g -jar "$here/target/payara-micro.jar" --deploy "$here/target/socorder.war" --contextroot / --port "$port" \
       --nocluster --postbootcommandfile "$work/h2.asadmin" > "$log" 2>&1 &
  echo $! > "$work/pid"
  for _ in $(seq 1 240); do grep -q "ready in" "$log" && break; sleep 1; done
  grep -q "ready in" "$log" || { echo "server did not start"; tail -50 "$log"; exit 1; }
}

bench_sql() {
  java -cp "$h2" org.h2.tools.RunScript -url "$url" -user "" -password "" -script "$1" -showResults > "${2:-/dev/stdout}"
}

bench_base_sql() {
  cat <<SQL
set @a = (select authority_id from programme where status = 'CERTIFIED' order by id fetch first row only);
set @s = (select service_id from programme where status = 'CERTIFIED' and authority_id = @a order by id fetch first row only);
set @t = (select territory_id from authorised_body where id = @a);
set @type = (select type from executor order by id fetch first row only);
-- ИНН 78 + the serial + its check digit (weights 2 4 10 3 5 9 4 6 8, sum mod 11 mod 10): the entities read them
insert into executor (id, type, full_name, short_name, inn, kpp, identity_key)
  select 90000000 + x, @type, 'ООО «Бенч ' || x || '»', 'Бенч ' || x, inn, '470301001', inn || '/470301001'
  from (select x, s || mod(mod(2 * cast(substring(s, 1, 1) as int) + 4 * cast(substring(s, 2, 1) as int)
                               + 10 * cast(substring(s, 3, 1) as int) + 3 * cast(substring(s, 4, 1) as int)
                               + 5 * cast(substring(s, 5, 1) as int) + 9 * cast(substring(s, 6, 1) as int)
                               + 4 * cast(substring(s, 7, 1) as int) + 6 * cast(substring(s, 8, 1) as int)
                               + 8 * cast(substring(s, 9, 1) as int), 11), 10) inn
        from (select x, '78' || lpad(cast(x as varchar), 7, '0') s from system_range(1, $executors)) r) e;
insert into registry_entry (id, authority_id, executor_id, entry_number, status, included_on)
  select 90000000 + x, @a, 90000000 + x, 900000 + x, 'ACTIVE', date '2029-12-01' from system_range(1, $executors);
insert into programme (id, authority_id, executor_id, service_id, name, orientation, form, age_from, age_to, duration_months, hours,
                       capacity, normative_cost, price, status)
  select 90000000 + x, @a, 90000000 + x, @s, 'Программа ' || x, 'TECHNICAL', 'FULL_TIME', 7, 17, 5, 72, 30, 169.55, 12207.60,
         'CERTIFIED' from system_range(1, $executors);
insert into consumer (id, territory_id, last_name, first_name, birth_date, duplicate_key, status, created_at)
  select 90000000 + x, @t, 'Бенчев' || x, 'Иван', date '2020-05-01', 'bench ' || x, 'REGISTERED', current_timestamp
  from system_range(1, $contracts);
-- the certificates' numbers as the application reads them: 41 (the subject), 30 (the year), the serial, the Damm check digit
create table bench_damm (i int, d int, n int, primary key (i, d));
insert into bench_damm (i, d, n) select r.i, x - 1, cast(substring(r.digits, x, 1) as int)
  from (values (0, '0317598642'), (1, '7092154863'), (2, '4206871359'), (3, '1750983426'), (4, '6123045978'), (5, '3674209581'),
               (6, '5869720134'), (7, '8945362017'), (8, '9438617205'), (9, '2581436790')) r (i, digits), system_range(1, 10);
insert into certificate (id, number, authority_id, consumer_id, service_id, period_year, issued_on, valid_from, valid_to, nominal_hours,
                         nominal_amount, status, active_key)
  select 90000000 + r.x, r.n || d11.n, @a, 90000000 + r.x, @s, 2030, date '2030-01-09', date '2030-01-01', date '2030-12-31', 72, 15000,
         'IN_USE', 'bench-' || r.x
  from (select x, '4130' || lpad(cast(x as varchar), 7, '0') n from system_range(1, $contracts)) r
  join bench_damm d1 on d1.i = 0 and d1.d = cast(substring(r.n, 1, 1) as int)
  join bench_damm d2 on d2.i = d1.n and d2.d = cast(substring(r.n, 2, 1) as int)
  join bench_damm d3 on d3.i = d2.n and d3.d = cast(substring(r.n, 3, 1) as int)
  join bench_damm d4 on d4.i = d3.n and d4.d = cast(substring(r.n, 4, 1) as int)
  join bench_damm d5 on d5.i = d4.n and d5.d = cast(substring(r.n, 5, 1) as int)
  join bench_damm d6 on d6.i = d5.n and d6.d = cast(substring(r.n, 6, 1) as int)
  join bench_damm d7 on d7.i = d6.n and d7.d = cast(substring(r.n, 7, 1) as int)
  join bench_damm d8 on d8.i = d7.n and d8.d = cast(substring(r.n, 8, 1) as int)
  join bench_damm d9 on d9.i = d8.n and d9.d = cast(substring(r.n, 9, 1) as int)
  join bench_damm d10 on d10.i = d9.n and d10.d = cast(substring(r.n, 10, 1) as int)
  join bench_damm d11 on d11.i = d10.n and d11.d = cast(substring(r.n, 11, 1) as int);
drop table bench_damm;
SQL
}

bench_load() {
  local started
  started=$(date +%s)
  bench_sql "$1" "$work/data.out"
  authority=$(grep -o '^[0-9]\+' "$work/data.out" | tail -1 || true)
  [ -n "$authority" ] || authority=$(tail -3 "$work/data.out" | grep -o '[0-9]\+' | tail -1)
  echo "  data: $2 written in $(( $(date +%s) - started )) s (authority $authority)"
}

bench_write_data() {
  { bench_base_sql; cat <<SQL
insert into agreement (id, family_id, version_number, kind, number, number_key, one_per_year, concluded_on, authority_id, executor_id,
                       registry_entry_id, basis, service_id, agreement_year, valid_from, valid_to, payment_mode, advance_share,
                       bank_payee_name, bank_account, bank_bik, bank_name, bank_corr_account, status, created_at, created_by)
  select 90000000 + x, 90000000 + x, 1, 'CERTIFICATE_FINANCING', 'Б-' || x, 'Б-' || x, 1, date '2030-01-10', @a, 90000000 + x,
         90000000 + x, 'реестровая запись', @s, 2030, date '2030-01-01', date '2030-12-31', 'ADVANCE', 80, 'ООО «Бенч ' || x || '»',
         '40702810900000000001', '044030653', 'Северо-Западный банк', '30101810500000000653', 'IN_EXECUTION', current_timestamp, 'bench'
  from system_range(1, $executors);
insert into consumer_contract (id, number, executor_id, authority_id, certificate_id, programme_id, concluded_on, starts_on, ends_on,
                               hours, price_per_hour, price, status)
  select 90000000 + x, 'Б-' || x, 90000001 + mod(x, $executors), @a, 90000000 + x, 90000001 + mod(x, $executors), date '2030-01-10',
         date '2030-01-11', date '2030-06-11', 72, 169.55, 12207.60, 'ACTIVE' from system_range(1, $contracts);
insert into contract_usage (id, contract_id, executor_id, authority_id, usage_month, hours, amount, status, source, entered_by,
                            entered_at, submitted_at)
  select 90000000 + x, 90000000 + x, 90000001 + mod(x, $executors), @a, date '2030-01-01', 10, 1695.50, 'SUBMITTED', 'API', 'bench',
         current_timestamp, current_timestamp from system_range(1, $contracts);
select @a;
SQL
  } > "$work/data.sql"
  bench_load "$work/data.sql" "$contracts contracts of $executors executors"
}

bench_watch_heap() {
  (jstat -gc "$(cat "$work/pid")" 1000 | awk 'NR > 1 { used = $3 + $4 + $6 + $8; if (used > max) max = used; if ($8 > old) old = $8;
    print max, old > "'"$work"'/heap"; fflush("'"$work"'/heap") }') &
  echo $! > "$work/jstat"
}

bench_heap() {
  local peak old
  read -r peak old < <(tail -1 "$work/heap")
  printf "  peak heap used (jstat, -Xmx1g)      %8d MB (old generation at most %d MB)\n" $(( ${peak%.*} / 1024 )) $(( ${old%.*} / 1024 ))
}

bench_trace_size() {
  stat -c %s "$work/db.trace.db" 2>/dev/null || echo 0
}

bench_measured() {
  python3 - "$work/db.trace.db" "$@" <<'PY'
import collections, re, sys
trace, start, t0, t1, n, unit = sys.argv[1:7]
top = int(sys.argv[7]) if len(sys.argv) > 7 else 0
n, seconds = int(n), float(t1) - float(t0)
kinds = {"SELECT": 0, "INSERT": 0, "UPDATE": 0, "DELETE": 0, "other": 0}
shapes = collections.Counter()
statement = re.compile(r"/\*SQL[^*]*\*/\s*((\w+)[^\n]*)")
with open(trace, "rb") as f:  # read a line at a time: the trace of a long run is gigabytes
    f.seek(int(start))
    for raw in f:
        m = statement.search(raw.decode("utf-8", "replace"))
        if not m:
            continue
        w = m.group(2).upper()
        if w in ("COMMIT", "ROLLBACK", "SET"):
            continue
        kinds[w if w in kinds else "other"] += 1
        if top:
            text = re.sub(r"\s*\{\d+:.*$", "", m.group(1)).rstrip(";")       # the parameters traced after the statement
            text = re.sub(r"'[^']*'|\b\d+(\.\d+)?\b", "?", text)
            shapes[text[:150]] += 1
total = sum(kinds.values())
print("  duration of the run                 %8.1f s (%.0f %ss/s)" % (seconds, n / seconds, unit))
print("  SQL statements traced               %8d  = %.2f per %s (%s)" % (total, total / n, unit,
      ", ".join("%s %d" % (k, v) for k, v in kinds.items())))
for text, count in shapes.most_common(top):
    print("    %9d  %6.2f per %s  %s" % (count, count / n, unit, text))
PY
}
