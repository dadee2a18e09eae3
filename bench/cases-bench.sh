#!/usr/bin/env bash
# Cases benchmark (figures printed, never asserted):
#   1. builds the jar (./mvnw package, online: nothing has to be cached in ~/.m2 beforehand) and starts zhifa on
#      port 18080 with its own embedded database in target/bench-data (kept between runs);
#   2. generates N synthetic cases (default 1,000,000) with generate_series directly in that database over JDBC
#      (bench/cases-generate.sql run by bench/SqlRun.java; no psql needed; skipped when they already exist);
#   3. p95 of the case list with filters and of the case page (GET /api/cases/{id}) under 8 and 50 clients; deep
#      pages are reached as the list's "next" link does, by keyset (after=… from the previous page's nextAfter);
#   4. transitions per second under 50 concurrent clients (bench/CaseTransitionLoad.java).
# Usage: bench/cases-bench.sh [N] [SECONDS]      (the list count is capped, zhifa.cases.list-count-cap in README)
set -euo pipefail
DIR=$(cd "$(dirname "$0")" && pwd)
cd "$DIR/.."
N=${1:-1000000}
SECS=${2:-20}
. "$DIR/bench-start.sh"
bench_start cases "${PORT:-18080}"
bench_cases "$N"
TOTAL=$(value "select count(*) as n from penalty_case")
T1=$(token officer1)
TS=$(token supervisor1)
OFFICER=$(value "select o.id from officer o join user_account u on u.id = o.user_id where u.username = 'officer2'")
CASE_ID=$(value "select id from penalty_case where unit_id = 11 and state = 'EXECUTION' order by id desc limit 1")

# the keyset position of page N of a list (following nextAfter from the first page, as the "next" link does)
after_page() {
  local url=$1 token=$2 n=$3 after="" i
  for i in $(seq 1 "$n"); do
    after=$(curl -fsS -H "Authorization: Bearer $token" "$BASE$url&page=$i${after:+&after=$after}" \
      | sed -E 's/.*"nextAfter":"?([^",}]*)"?.*/\1/')
  done
  echo "$after"
}
AFTER_V20=$(after_page "/api/cases?violation=GLAQ-69" "$T1" 19)
AFTER_S100=$(after_page "/api/cases?state=EXECUTION" "$TS" 99)

echo "zhifa cases benchmark — $(date -Is), $(nproc) cores, $TOTAL cases in the database, ${SECS}s per run"
for CLIENTS in 8 50; do
  echo "— reads with $CLIENTS concurrent clients (closed loop: with many clients p95 is mostly queueing on $(nproc) cores;" \
    "load average $(cut -d' ' -f1-3 /proc/loadavg))"
  load() { java "$DIR/HttpLoad.java" "$1" GET "$BASE$2" "$CLIENTS" "$SECS" - "Authorization: Bearer $3"; }
  load "list (officer1, unit 11, first page)" "/api/cases?size=20" "$T1"
  load "list state=INVESTIGATION" "/api/cases?state=INVESTIGATION&size=20" "$T1"
  load "list officer + date range" "/api/cases?officerId=$OFFICER&from=2025-01-01&to=2025-06-30" "$T1"
  load "list violation=GLAQ-69 page 20 (keyset)" "/api/cases?violation=GLAQ-69&page=20&after=$AFTER_V20" "$T1"
  load "list overdue" "/api/cases?overdue=true" "$T1"
  load "list supervisor (all units) state, page 100 (keyset)" "/api/cases?state=EXECUTION&page=100&after=$AFTER_S100" "$TS"
  load "list keyword (plate)" "/api/cases?q=%E9%9D%92H00042" "$T1"
  load "case page GET /api/cases/$CASE_ID" "/api/cases/$CASE_ID" "$T1"
done
echo "load average after the reads: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "— transitions with 50 concurrent clients (each on its own case; steps run 8 at a time, see CaseProperties)"
java "$DIR/CaseTransitionLoad.java" "$BASE" "$T1" 50 "$SECS"
