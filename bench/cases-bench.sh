#!/usr/bin/env bash
# Cases benchmark (figures printed, never asserted):
#   1. starts zhifa on port 18080 with its own embedded database in target/bench-data (kept between runs);
#   2. generates N synthetic cases (default 1,000,000) with generate_series directly in that database
#      (bench/cases-generate.sql; skipped when they already exist);
#   3. p95 of the case list with filters and of the case page (GET /api/cases/{id}) under 50 clients;
#   4. transitions per second under 50 concurrent clients (bench/CaseTransitionLoad.java).
# Usage: bench/cases-bench.sh [N] [SECONDS]      (needs psql; the list count is capped at 10,000, see README)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
SECS=${2:-20}
PORT=18080
BASE="http://localhost:$PORT"
DATA=target/bench-data
PASSWORD=${ZHIFA_BENCH_PASSWORD:-Zhifa@2025}

./mvnw -q compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-main.cp -Dmdep.includeScope=runtime
java -Xmx2g -cp "target/classes:$(cat target/bench-main.cp)" org.zhifa.ZhifaApplication --server.port=$PORT \
  --zhifa.db.data-dir=$DATA --logging.level.root=WARN > target/cases-bench-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "$BASE/login" 2>/dev/null && break
  sleep 2
done
. bench/embedded-db.sh && embedded_db "$DATA"
PSQL=(psql -X -q -t -A)
HAVE=$("${PSQL[@]}" -c "select count(*) from penalty_case where source_note = 'BENCH'")
if (( HAVE < N )); then
  echo "generating $((N - HAVE)) cases …"
  start=$(date +%s)
  "${PSQL[@]}" -v n=$((N - HAVE)) -f bench/cases-generate.sql
  echo "generated in $(( $(date +%s) - start )) s"
fi
TOTAL=$("${PSQL[@]}" -c "select count(*) from penalty_case")
token() {
  curl -fsS -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$PASSWORD\"}" \
    "$BASE/api/auth/token" | sed -E 's/.*"token":"([^"]+)".*/\1/'
}
T1=$(token officer1)
TS=$(token supervisor1)
OFFICER=$("${PSQL[@]}" -c "select o.id from officer o join user_account u on u.id = o.user_id where u.username = 'officer2'")
CASE_ID=$("${PSQL[@]}" -c "select id from penalty_case where unit_id = 11 and state = 'EXECUTION' order by id desc limit 1")

echo "zhifa cases benchmark — $(date -Is), $(nproc) cores, $TOTAL cases in the database, ${SECS}s per run"
for CLIENTS in 8 50; do
  echo "— reads with $CLIENTS concurrent clients (closed loop: with many clients p95 is mostly queueing on $(nproc) cores)"
  load() { java bench/HttpLoad.java "$1" GET "$BASE$2" "$CLIENTS" "$SECS" - "Authorization: Bearer $3"; }
  load "list (officer1, unit 11, first page)" "/api/cases?size=20" "$T1"
  load "list state=INVESTIGATION" "/api/cases?state=INVESTIGATION&size=20" "$T1"
  load "list officer + date range" "/api/cases?officerId=$OFFICER&from=2025-01-01&to=2025-06-30" "$T1"
  load "list violation=GLAQ-69 page 20" "/api/cases?violation=GLAQ-69&page=20" "$T1"
  load "list overdue" "/api/cases?overdue=true" "$T1"
  load "list supervisor (all units) state, page 100" "/api/cases?state=EXECUTION&page=100" "$TS"
  load "list keyword (plate)" "/api/cases?q=%E9%9D%92H00042" "$T1"
  load "case page GET /api/cases/$CASE_ID" "/api/cases/$CASE_ID" "$T1"
done
echo "— transitions with 50 concurrent clients (each on its own case; steps run 8 at a time, see CaseProperties)"
java bench/CaseTransitionLoad.java "$BASE" "$T1" 50 "$SECS"
