#!/usr/bin/env bash
# Crash test (not part of the Maven tests): a month's payment run cut off by a real server kill. On the data of
# payment-run.sh (lib/payment-bench.sh: N contracts, default 20 000, of E executors, default 50, one agreement each,
# 80 % advance, January 2030, embedded H2 file database) the administrator starts the run of January through the API;
# once 20–70 % of the agreements are processed the Java process gets `kill -9`. Then, with the server down, the H2 file
# is opened (org.h2.tools.Shell) and what the month holds is printed: the run, its job, invoices, act lines, payment
# orders — every agreement whole (its job row marked and its invoices written) or not at all — and what the API lets
# be seen (invoices only of READY or APPROVED runs: none). The server is started again on the same file: the run shows
# cut off (FAILED, its job INTERRUPTED), nothing is readable, the approver cannot approve it — a clerk and an approver
# of the data's authority are created through the API first —; the clerk starts the month again, which resumes the
# run (same run, same job) to READY. Checks, via the API and SQL: one settlement invoice of January and one advance of
# February per agreement, act lines = contracts, totals = the arithmetic computed in SQL independently (usage hours ×
# the contract's price per hour; the advance share of each contract's price spread by days over its months, rounded
# down per agreement), one payment order per invoice with something to pay; then the approver approves and the clerk
# starts the month again: nothing changes. Prints PASS/FAIL with the figures; exits 1 on any mismatch.
#   web/bench/payment-run-kill.sh [contracts] [executors]
# Needs a built web module (target/socorder.war and target/payara-micro.jar: mvn package -DskipTests -pl web -am),
# python3 and curl. The servers' logs are left in /tmp/payment-run-kill-server{1,2}.log.
set -euo pipefail
. "$(dirname "$0")/lib/payment-bench.sh"
bench_init "${1:-20000}" "${2:-50}"
trap 'kill $(cat "$work/pid" 2>/dev/null) 2>/dev/null || true; cp "$work/server1.log" /tmp/payment-run-kill-server1.log 2>/dev/null || true;
      cp "$work/server2.log" /tmp/payment-run-kill-server2.log 2>/dev/null || true; rm -rf "$work"' EXIT
failures=0
check() { # check <label> <expected> <actual>
  if [ "$2" = "$3" ]; then printf "  PASS  %-58s %s\n" "$1" "$3"; else printf "  FAIL  %-58s expected %s, got %s\n" "$1" "$2" "$3"; failures=$((failures + 1)); fi
}
sql() { java -cp "$h2" org.h2.tools.Shell -url "$url" -user "" -password "" -sql "$1"; }
row() { # the first row of a query, columns separated by |
  sql "$1" > "$work/row"
  grep -q '^Error' "$work/row" && { echo "SQL failed: $(head -c 600 "$work/row")" >&2; exit 1; }
  awk '/^\([0-9]+ rows?,/ { print prev } { prev = $0 }' "$work/row" | sed -E 's/ *\| */|/g; s/ +$//' # headers may span lines
}
json() { python3 -c 'import decimal,json,sys; r=json.load(sys.stdin, parse_float=decimal.Decimal); print(*[r.get(k) for k in sys.argv[1:]], sep="|")' "$@"; }
call() { # call <user> <method> <path> [body]: the answer's body; its HTTP status in $work/status
  curl -s -o "$work/body" -w '%{http_code}' -u "$1:$([ "$1" = admin ] && echo demo || echo "$password")" -X "$2" -H 'Content-Type: application/json' ${4:+-d "$4"} "$api$3" > "$work/status"
  cat "$work/body"
}

bench_start_server "$work/server1.log"
bench_write_data
# the authority of the bench's data is not the demo clerk's: a clerk and an approver of its own, created as the
# administrator creates users
clerk=bench-clerk approver=bench-approver password=Bench-pass-2030
for user in "$clerk AUTHORITY_CLERK" "$approver APPROVER"; do
  set -- $user
  call admin POST /users "{\"login\":\"$1\",\"fullName\":\"Пользователь краш-теста\",\"active\":true,\"roles\":[\"$2\"],
    \"authorityId\":$authority,\"password\":\"$password\"}" > /dev/null
  [ "$(cat "$work/status")" = 201 ] || { echo "user $1 not created: $(cat "$work/body")"; exit 1; }
done
month="{\"authorityId\":$authority,\"month\":\"2030-01\"}"

echo "== 1. the run of January 2030 started by the administrator; kill -9 at 20–70 % processed"
id=$(call admin POST /payment-runs "$month" | json id)
while true; do
  IFS='|' read -r status job processed agreements < <(call admin GET "/payment-runs/$id" | json status jobStatus processed agreements)
  pct=$(( agreements > 0 ? processed * 100 / agreements : 0 ))
  if [ "$pct" -ge 20 ] && [ "$pct" -le 70 ]; then break; fi
  if [ "$status $job" != "RUNNING RUNNING" ] || [ "$pct" -gt 70 ]; then
    echo "  the run went past the window before the kill: $status $job $processed/$agreements"; exit 1
  fi
  sleep 0.2
done
pid=$(cat "$work/pid")
kill -9 "$pid"
wait "$pid" 2>/dev/null || true
echo "  killed java $pid at $processed of $agreements agreements processed ($pct %), run $id $status/$job"

echo "== 2. the database after the kill (server down; H2 file opened with org.h2.tools.Shell)"
sql "select r.id, r.status, r.job_id, r.agreements, r.invoices, r.total_due, j.status job_status, j.processed_rows,
       (select count(*) from job_row w where w.job_id = j.id and w.outcome = 'WRITTEN') rows_written,
       (select count(*) from job_row w where w.job_id = j.id and w.outcome is null) rows_pending
     from payment_run r join job_run j on j.id = r.job_id where r.id = $id;
     select i.kind, i.invoice_month, count(*) invoices, count(distinct i.agreement_family_id) agreements, sum(i.amount_due) due,
       (select count(*) from invoice_line l join invoice k on k.id = l.invoice_id where k.run_id = $id and k.kind = i.kind) act_lines,
       (select count(*) from payment_order o join invoice k on k.id = o.invoice_id where k.run_id = $id and k.kind = i.kind) orders
     from invoice i where i.run_id = $id group by i.kind, i.invoice_month order by i.kind desc" | grep -v '^(' | sed 's/^/  /'
IFS='|' read -r written with_invoices half visible run_status < <(row "select
  (select count(*) from job_row w join payment_run r on r.job_id = w.job_id where r.id = $id and w.outcome = 'WRITTEN'),
  (select count(distinct agreement_id) from invoice where run_id = $id),
  (select count(*) from job_row w join payment_run r on r.job_id = w.job_id where r.id = $id
     and (coalesce(w.outcome, '') = 'WRITTEN') <> (exists (select 1 from invoice i where i.run_id = r.id and cast(i.agreement_id as varchar) = w.record_key))),
  (select count(*) from invoice i join payment_run r on r.id = i.run_id where r.id = $id and r.status in ('READY', 'APPROVED')),
  (select status from payment_run where id = $id)")
check "agreements written whole (job row marked <=> invoices)" 0 "$half"
check "agreements with invoices = job rows WRITTEN" "$written" "$with_invoices"
check "run after the kill is not READY/APPROVED" "no" "$([ "$run_status" = READY ] || [ "$run_status" = APPROVED ] && echo yes || echo no)"
check "invoices the API shows (runs READY or APPROVED only)" 0 "$visible"
[ "${written:-0}" -ge "$processed" ] || echo "  note: the API showed $processed agreements processed, the file holds $written: H2 had not yet written the
        last commits (its write delay, up to half a second); whole chunks are lost, the resumption writes them again"

echo "== 3. restart on the same database file"
bench_start_server "$work/server2.log"
grep -o "[0-9]* job(s) were running when the server stopped[^\"]*INTERRUPTED" "$work/server2.log" | head -1 | sed 's/^/  log: /' || true
IFS='|' read -r rid status job label < <(call "$clerk" GET "/payment-runs?authorityId=$authority&month=2030-01" | json id status jobStatus statusLabel)
echo "  run $rid as the clerk sees it: status $status, job $job, «$label»"
check "run after the restart: status / job" "FAILED INTERRUPTED" "$status $job"
call "$clerk" GET "/payment-runs/$id/invoices" | json total > "$work/total"
check "invoices of the run listed to the clerk" 0 "$(cat "$work/total")"
call "$clerk" GET "/payment-runs/$id/register.xlsx" > /dev/null
check "register.xlsx of the cut-off run (HTTP)" 409 "$(cat "$work/status")"
call "$approver" POST "/payment-runs/$id/approve" > /dev/null
check "approval of the cut-off run by the approver (HTTP)" 409 "$(cat "$work/status")"

echo "== 4. the clerk starts the month again: the run resumes"
t0=$(date +%s)
IFS='|' read -r rid status rjob < <(call "$clerk" POST /payment-runs "$month" | json id status jobId)
check "resume by the clerk (HTTP)" 202 "$(cat "$work/status")"
if [ "$(cat "$work/status")" != 202 ]; then # what the clerk was told; the rest is checked on the administrator's resumption
  echo "  the clerk was answered: $(cat "$work/body")"
  IFS='|' read -r rid status rjob < <(call admin POST /payment-runs "$month" | json id status jobId)
  echo "  resumed by the administrator who started it (HTTP $(cat "$work/status"))"
fi
check "resumed, not started anew (run id)" "$id" "$rid"
while true; do
  state=$(call "$clerk" GET "/payment-runs/$id")
  IFS='|' read -r status job < <(echo "$state" | json status jobStatus)
  [ "$status $job" = "RUNNING RUNNING" ] || break
  sleep 1
done
echo "  resumed in $(( $(date +%s) - t0 )) s: $state"
check "run after the resumption" READY "$status"

echo "== 5. the month checked against the arithmetic (SQL over the usage and the contracts)"
IFS='|' read -r jobid invoices delivered advance due < <(echo "$state" | json jobId invoices totalDelivered totalAdvance totalDue)
check "same job as before the kill" "$rjob" "$jobid"
ex="90000001 and $((90000000 + executors))"
# the expectation: Σ round(hours × price per hour) of the submitted usage; per agreement ⌊share × Σ the contracts'
# February plans⌋, a plan = round(price × days in February / days of the contract) (February is not the last month
# of the bench's contracts, 11.01–11.06, so no remainder rule)
IFS='|' read -r e_delivered e_advance n_agr < <(row "select
  (select cast(sum(round(u.hours * c.price_per_hour, 2)) as numeric(19, 2)) from contract_usage u join consumer_contract c on c.id = u.contract_id
     where u.executor_id between $ex and u.usage_month = date '2030-01-01' and u.status = 'SUBMITTED'),
  (select cast(sum(adv) as numeric(19, 2)) from (select trunc(sum(round(c.price * (datediff(day, greatest(c.starts_on, date '2030-02-01'),
        least(c.ends_on, date '2030-02-28')) + 1) / (datediff(day, c.starts_on, c.ends_on) + 1), 2)) * a.advance_share / 100, 2) adv
      from agreement a join consumer_contract c on c.executor_id = a.executor_id and c.status = 'ACTIVE'
      where a.executor_id between $ex and c.starts_on <= date '2030-02-28' and c.ends_on > date '2030-02-28' group by a.id)),
  (select count(*) from agreement where executor_id between $ex)")
e_due=$(python3 -c "from decimal import Decimal as D; print(D('${e_delivered:-0}') + D('${e_advance:-0}'))")
IFS='|' read -r s_inv s_agr s_lines s_due a_inv a_agr a_lines a_due orders o_sum dup_orders bad_acts n_contracts rows_ok < <(row "select
  (select count(*) from invoice where run_id = $id and kind = 'SETTLEMENT' and invoice_month = date '2030-01-01'),
  (select count(distinct agreement_family_id) from invoice where run_id = $id and kind = 'SETTLEMENT' and invoice_month = date '2030-01-01'),
  (select count(*) from invoice_line l join invoice i on i.id = l.invoice_id where i.run_id = $id and i.kind = 'SETTLEMENT'),
  (select sum(amount_due) from invoice where run_id = $id and kind = 'SETTLEMENT'),
  (select count(*) from invoice where run_id = $id and kind = 'ADVANCE' and invoice_month = date '2030-02-01'),
  (select count(distinct agreement_family_id) from invoice where run_id = $id and kind = 'ADVANCE' and invoice_month = date '2030-02-01'),
  (select count(*) from invoice_line l join invoice i on i.id = l.invoice_id where i.run_id = $id and i.kind = 'ADVANCE'),
  (select sum(amount_due) from invoice where run_id = $id and kind = 'ADVANCE'),
  (select count(*) from payment_order where run_id = $id),
  (select sum(amount) from payment_order where run_id = $id),
  (select count(*) from (select i.agreement_family_id from payment_order o join invoice i on i.id = o.invoice_id
     where i.agreement_family_id between $ex group by i.agreement_family_id, i.invoice_month, i.kind having count(*) > 1)),
  (select count(*) from invoice i where i.run_id = $id and i.kind = 'SETTLEMENT'
     and i.delivered <> (select sum(l.amount) from invoice_line l where l.invoice_id = i.id)),
  (select count(*) from consumer_contract where executor_id between $ex),
  (select count(*) from job_row where job_id = $rjob and outcome = 'WRITTEN')")
check "settlement invoices of January (per agreement)" "$n_agr $n_agr" "$s_inv $s_agr"
check "advance invoices of February (per agreement)" "$n_agr $n_agr" "$a_inv $a_agr"
check "act lines of January = contracts" "$n_contracts" "$s_lines"
check "advance lines of February = contracts" "$n_contracts" "$a_lines"
check "acts whose delivered <> the sum of their lines" 0 "$bad_acts"
check "job rows written = agreements" "$n_agr" "$rows_ok"
check "delivered: API total = sum of hours x price per hour" "$e_delivered" "$delivered"
check "delivered: SQL sum of settlements due (no advance in Jan.)" "$e_delivered" "$s_due"
check "advance of Feb.: API total = sum of floor(share x plan)" "$e_advance" "$advance"
check "advance of February: SQL sum of advance invoices" "$e_advance" "$a_due"
check "total due: API = delivered + advance" "$e_due" "$due"
check "invoices: API total" "$((2 * n_agr))" "$invoices"
check "payment orders (one per invoice) and their sum" "$((2 * n_agr)) $e_due" "$orders $o_sum"
check "duplicate payment orders (agreement, month, kind)" 0 "$dup_orders"
call "$clerk" GET "/payment-runs/$id/invoices?size=1" | json total > "$work/total"
check "invoices the API lists to the clerk" "$((2 * n_agr))" "$(cat "$work/total")"

echo "== 6. approved by the approver, then the month started again"
fingerprint() { row "select count(*), sum(id), sum(amount_due), sum(version), max(status), min(status),
  (select count(*) || '/' || sum(id) || '/' || sum(amount) from invoice_line where invoice_id in (select id from invoice where run_id = $id)),
  (select count(*) || '/' || sum(id) || '/' || sum(amount) from payment_order where run_id = $id),
  (select status || '/' || job_id || '/' || total_due from payment_run where id = $id) from invoice where run_id = $id"; }
IFS='|' read -r status by < <(call "$approver" POST "/payment-runs/$id/approve" | json status approvedBy)
check "approval by the approver" "APPROVED $approver" "$status $by"
before=$(fingerprint)
IFS='|' read -r rid status rjob2 due2 < <(call "$clerk" POST /payment-runs "$month" | json id status jobId totalDue)
sleep 2
after=$(fingerprint)
check "start again: the same approved run, job and total" "$id APPROVED $rjob $due" "$rid $status $rjob2 $due2"
check "start again: invoices, lines, orders unchanged" "$before" "$after"
echo "  fingerprint (invoices; lines; orders; run): $after"

echo "== summary"
if [ "$failures" -eq 0 ]; then
  echo "PASS: killed at $pct % ($processed of $agreements agreements), resumed to READY: $n_agr agreements, $n_contracts contracts,"
  echo "      delivered $e_delivered + advance $e_advance = due $e_due, $orders payment orders; approved and started again: unchanged"
else
  echo "FAIL: $failures check(s) failed"
  exit 1
fi
