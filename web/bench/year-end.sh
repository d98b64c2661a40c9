#!/usr/bin/env bash
# Benchmark (not a test): the year-end closing of 2030 over N certificates (default 100 000) of E executors (default
# 100), on a fresh Payara Micro (embedded H2 file database opened with AUTO_SERVER, demo data, -Xmx1g, the database's
# own trace TRACE_LEVEL_FILE=2; lib/payment-bench.sh). Written straight into the database with SQL (H2's RunScript,
# system_range): N children with a certificate of 2030 in use (72 h, 15 000,00), each with one contract of 72 h
# (12 207,60) in a group of its executor's programme and its ledger — ISSUE, ALLOCATE and for two contracts of three a
# CONSUME; nine contracts of ten end on 25.12.2030 (60 h consumed, or none), every tenth is of a group that goes on to
# 31.05.2031 (30 h consumed, 42 h left); the certificate terms of 2031 and an approved order of 2031 whose certificate
# volume holds half of those multi-year contracts (42 h each within the 72 h of a 2031 certificate). Then, as the
# administrator through the API, the calendar of 2030 is saved with today as its stop date (the year end may be run
# by hand from the stop date on), the year end is started (POST …/run) and polled until its job ends. Prints the
# duration, certificates per second, the statements the database traced during the run per certificate
# (SELECT / INSERT / UPDATE / DELETE / other, and the most frequent ones), the peak heap (jstat), the outcome counts the
# API gives — completed, continued, not continued — and the balances that expired, each checked against what the SQL
# wrote (and the ledger, contracts and certificates after the run); exits 1 on a mismatch.
#   web/bench/year-end.sh [certificates] [executors]
# Needs a built web module (mvn package -DskipTests -pl web -am), python3, curl and the JDK's jstat. The server's log is
# left in /tmp/year-end-server.log.
set -euo pipefail
. "$(dirname "$0")/lib/payment-bench.sh"
bench_init "${1:-100000}" "${2:-100}"
trap 'kill $(cat "$work/jstat" 2>/dev/null) 2>/dev/null || true; kill $(cat "$work/pid" 2>/dev/null) 2>/dev/null || true; cp "$work/server.log" /tmp/year-end-server.log 2>/dev/null || true; rm -rf "$work"' EXIT
[ "$contracts" -ge 20 ] || { echo "at least 20 certificates"; exit 2; }
multi=$((contracts / 10))   # every tenth contract goes on into 2031
room=$((multi / 2))         # the 2031 order's certificate volume: that many certificates of 72 h
last=$((90000000 + contracts))
failures=0
check() { # check <label> <expected> <actual>
  if [ "$2" = "$3" ]; then printf "  PASS  %-62s %s\n" "$1" "$3"; else printf "  FAIL  %-62s expected %s, got %s\n" "$1" "$2" "$3"; failures=$((failures + 1)); fi
}
result() { # the line an SQL script selected as 'RESULT …'
  echo "select 'RESULT ' || $1;" > "$work/q.sql"
  bench_sql "$work/q.sql" "$work/q.out"
  grep -q '^--> RESULT ' "$work/q.out" || { echo "SQL failed: $(head -c 600 "$work/q.out")" >&2; exit 1; }
  sed -n 's/^--> RESULT //p' "$work/q.out"
}
json() { python3 -c 'import json,sys; r=json.load(sys.stdin); print(*[r.get(k) for k in sys.argv[1:]])' "$@"; }

bench_start_server
{ bench_base_sql; cat <<SQL
set @d = (select direction_id from social_service where id = @s);
set @u = (select id from measurement_unit where code = '539');
insert into programme_group (id, programme_id, name, starts_on, ends_on, capacity, taken)
  select 90000000 + x, 90000000 + x, 'Осень 2030', date '2030-09-01', date '2030-12-25', 1, 0 from system_range(1, $executors);
insert into programme_group (id, programme_id, name, starts_on, ends_on, capacity, taken)
  select 91000000 + x, 90000000 + x, 'Два года', date '2030-09-01', date '2031-05-31', 1, 0 from system_range(1, $executors);
insert into consumer_contract (id, number, executor_id, authority_id, certificate_id, programme_id, group_id, concluded_on, starts_on,
                               ends_on, hours, price_per_hour, price, status)
  select 90000000 + x, 'Г-' || x, 90000001 + mod(x, $executors), @a, 90000000 + x, 90000001 + mod(x, $executors),
         case when mod(x, 10) = 0 then 91000001 else 90000001 end + mod(x, $executors), date '2030-08-28', date '2030-09-01',
         case when mod(x, 10) = 0 then date '2031-05-31' else date '2030-12-25' end, 72, 169.55, 12207.60, 'ACTIVE'
  from system_range(1, $contracts);
merge into programme_group g using (select group_id, count(*) n from consumer_contract where id between 90000001 and $last
                                    group by group_id) k on g.id = k.group_id
  when matched then update set capacity = k.n, taken = k.n;
insert into certificate_movement (id, certificate_id, seq, kind, hours, amount, contract_id, occurred_at, actor, nominal_hours,
                                  nominal_amount, allocated_hours, consumed_hours, expired_hours, allocated_amount, consumed_amount,
                                  expired_amount)
  select 100000000 + 4 * x + 1, 90000000 + x, 1, 'ISSUE', 72, 15000, null, timestamp '2030-01-09 10:00:00', 'bench', 72, 15000,
         0, 0, 0, 0, 0, 0 from system_range(1, $contracts);
insert into certificate_movement (id, certificate_id, seq, kind, hours, amount, contract_id, occurred_at, actor, nominal_hours,
                                  nominal_amount, allocated_hours, consumed_hours, expired_hours, allocated_amount, consumed_amount,
                                  expired_amount, prev_seq, prev_allocated_hours, prev_consumed_hours, prev_expired_hours,
                                  prev_allocated_amount, prev_consumed_amount, prev_expired_amount)
  select 100000000 + 4 * x + 2, 90000000 + x, 2, 'ALLOCATE', 72, 12207.60, 90000000 + x, timestamp '2030-08-28 12:00:00', 'bench',
         72, 15000, 72, 0, 0, 12207.60, 0, 0, 1, 0, 0, 0, 0, 0, 0 from system_range(1, $contracts);
insert into certificate_movement (id, certificate_id, seq, kind, hours, amount, contract_id, occurred_at, actor, nominal_hours,
                                  nominal_amount, allocated_hours, consumed_hours, expired_hours, allocated_amount, consumed_amount,
                                  expired_amount, prev_seq, prev_allocated_hours, prev_consumed_hours, prev_expired_hours,
                                  prev_allocated_amount, prev_consumed_amount, prev_expired_amount)
  select 100000000 + 4 * x + 3, 90000000 + x, 3, 'CONSUME', h, a, 90000000 + x, timestamp '2030-12-10 12:00:00', 'bench',
         72, 15000, 72 - h, h, 0, 12207.60 - a, a, 0, 2, 72, 0, 0, 12207.60, 0, 0
  from (select x, case when mod(x, 10) = 0 then 30 else 60 end h, case when mod(x, 10) = 0 then 5086.50 else 10173.00 end a
        from system_range(1, $contracts) where mod(x, 10) = 0 or mod(x, 3) <> 0);
insert into certificate_terms (id, territory_id, terms_year, valid_from, valid_to, nominal_hours, nominal_amount, age_from, age_to,
                               one_per, answer_days)
  select 90000001, @t, 2031, date '2031-01-01', date '2031-12-31', 72, 15000, 5, 17, 'SERVICE', 5
  where not exists (select 1 from certificate_terms where territory_id = @t and terms_year = 2031);
insert into social_order (id, authority_id, direction_id, fiscal_year, title, status, version_number, family_id)
  values (90000001, @a, @d, 2031, 'Заказ на 2031 год (бенчмарк закрытия года)', 'APPROVED', 1, 90000001);
insert into order_line (id, order_id, position, service_id, volume_indicator, unit_id)
  values (90000001, 90000001, 1, @s, 'Количество человеко-часов', @u);
insert into order_line_year (line_id, order_year, total, treasury, budget_autonomous, competition, certificates)
  select 90000001, 2030 + x, 72 * $room, 0, 0, 0, 72 * $room from system_range(1, 3);
select @a;
SQL
} > "$work/data.sql"
bench_load "$work/data.sql" "$contracts certificates and contracts of 2030 ($multi going on into 2031; room in the 2031 order for $room) of $executors executors"

# what the data holds, counted in SQL: what the year end is to do
read -r e_completed e_multi e_expire < <(result "(select count(*) from consumer_contract where id between 90000001 and $last
    and ends_on <= date '2030-12-31') || ' ' || (select count(*) from consumer_contract where id between 90000001 and $last
    and ends_on > date '2030-12-31') || ' ' || (select count(*) from certificate c where c.id between 90000001 and $last
    and c.nominal_amount > coalesce((select sum(m.amount) from certificate_movement m where m.certificate_id = c.id and m.kind = 'CONSUME'), 0))")
e_continued=$(( e_multi < room ? e_multi : room ))
e_not=$(( e_multi - e_continued ))
territory=$(curl -sf -u admin:demo "$api/authorities/$authority" | json territoryId)
path="$api/year-closing/$territory/2030"
today=$(TZ=Europe/Moscow date +%F)
curl -sf -u admin:demo -X PUT -H 'Content-Type: application/json' \
     -d "{\"stopDate\":\"$today\",\"closingDate\":\"2030-12-31\",\"version\":0}" "$path" > /dev/null \
  || { echo "the calendar of 2030 was not saved"; exit 1; }

bench_watch_heap
offset=$(bench_trace_size)
t0=$(date +%s.%N)
code=$(curl -s -o "$work/run" -w '%{http_code}' -u admin:demo -X POST "$path/run")
[ "$code" = 202 ] || { echo "run: HTTP $code $(cat "$work/run")"; exit 1; }
awk -v now="$(date +%s.%N)" -v t0="$t0" 'BEGIN { printf "  started: POST …/run answered in %.1f s (the job'"'"'s rows planned)\n", now - t0 }'
shown=$(date +%s)
while true; do
  state=$(curl -sf -u admin:demo "$path") || { sleep 2; continue; }
  read -r running status processed total < <(echo "$state" | json running status processed total)
  [ "$running" = True ] || break
  if [ $(( $(date +%s) - shown )) -ge 60 ]; then
    echo "  … $processed of $total units after $(( $(date +%s) - ${t0%.*} )) s"
    shown=$(date +%s)
  fi
  sleep 2
done
t1=$(date +%s.%N)
sleep 2
state=$(curl -sf -u admin:demo "$path")
echo "  year end: $state"
bench_measured "$offset" "$t0" "$t1" "$contracts" certificate 12
bench_heap
read -r status total processed completed continued not_continued < <(echo "$state" | json status total processed completed continued notContinued)
check "closing status" CLOSED "$status"
check "units planned and processed (contracts + certificates)" "$((2 * contracts)) $((2 * contracts))" "$total $processed"
check "completed (API)" "$e_completed" "$completed"
check "continued (API)" "$e_continued" "$continued"
check "not continued (API)" "$e_not" "$not_continued"
read -r s_completed s_continued s_not s_exhausted s_expire s_release s_expired s_held s_next s_next_k s_next_h s_left s_done s_taken < <(result "
  (select count(*) from year_closing_contract where contract_id between 90000001 and $last and outcome = 'COMPLETED') || ' ' ||
  (select count(*) from year_closing_contract where contract_id between 90000001 and $last and outcome = 'CONTINUED') || ' ' ||
  (select count(*) from year_closing_contract where contract_id between 90000001 and $last and outcome = 'NOT_CONTINUED') || ' ' ||
  (select count(*) from year_closing_contract where contract_id between 90000001 and $last and reason = 'VOLUME_EXHAUSTED') || ' ' ||
  (select count(*) from certificate_movement where certificate_id between 90000001 and $last and kind = 'EXPIRE') || ' ' ||
  (select count(*) from certificate_movement where certificate_id between 90000001 and $last and kind = 'RELEASE') || ' ' ||
  (select count(*) from certificate where id between 90000001 and $last and status = 'EXPIRED') || ' ' ||
  (select count(*) from certificate c join certificate_movement m on m.certificate_id = c.id
     and m.seq = (select max(seq) from certificate_movement where certificate_id = c.id) where c.id between 90000001 and $last
     and (m.allocated_amount <> 0 or m.allocated_hours <> 0 or m.consumed_amount + m.expired_amount <> c.nominal_amount
          or m.consumed_hours + m.expired_hours <> c.nominal_hours)) || ' ' ||
  (select count(*) from certificate where authority_id = $authority and period_year = 2031 and status = 'IN_USE') || ' ' ||
  (select count(*) from consumer_contract where continues_id between 90000001 and $last) || ' ' ||
  (select coalesce(sum(hours), 0) from consumer_contract where continues_id between 90000001 and $last) || ' ' ||
  (select count(*) from consumer_contract where id between 90000001 and $last and status in ('CONCLUDED', 'ACTIVE')) || ' ' ||
  (select count(*) from consumer_contract where id between 90000001 and $last and status = 'COMPLETED') || ' ' ||
  (select sum(taken) from programme_group where programme_id between 90000001 and $((90000000 + executors)))")
check "completed / continued / not continued (SQL) = API" "$completed $continued $not_continued" "$s_completed $s_continued $s_not"
check "not continued for the exhausted volume of 2031" "$e_not" "$s_exhausted"
check "expired balances (EXPIRE movements) = certificates with money left" "$e_expire" "$s_expire"
check "certificates of 2030 expired" "$contracts" "$s_expired"
check "allocations released (RELEASE movements, one per contract)" "$contracts" "$s_release"
check "certificates of 2030 with anything allocated or available left" 0 "$s_held"
check "certificates of 2031 in use / continuation contracts" "$e_continued $e_continued" "$s_next $s_next_k"
check "hours of the continuations (42 h each)" "$((42 * e_continued))" "${s_next_h%.*}"
check "contracts of 2030 completed / waiting (not continued)" "$((e_completed + e_continued)) $e_not" "$s_done $s_left"
check "places taken: continued and not continued keep theirs" "$e_multi" "$s_taken"
if [ "$failures" -eq 0 ]; then
  echo "PASS: $contracts certificates closed: completed $completed, continued $continued, not continued $not_continued, expired balances $s_expire"
else
  echo "FAIL: $failures check(s) failed"
  exit 1
fi
