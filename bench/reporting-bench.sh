#!/usr/bin/env bash
# Reporting benchmark (figures printed, never asserted):
#   1. builds the jar (./mvnw package, online) and starts zhifa on port 18099 with its own embedded database in
#      target/bench-data (kept between runs);
#   2. generates N synthetic cases (default 1,000,000) with bench/cases-generate.sql (the cases benchmark's
#      generator; skipped when they already exist);
#   3. times the monthly prefecture report for a month full of decisions: the prefecture's Excel export
#      (GET /api/reporting/prefecture.xlsx: every reporting unit and the prefecture total computed from the records)
#      and the draft of one unit's report (POST /api/reporting/monthly as head1), each ROUNDS times.
# Usage: bench/reporting-bench.sh [N] [MONTH] [ROUNDS]
set -euo pipefail
DIR=$(cd "$(dirname "$0")" && pwd)
cd "$DIR/.."
N=${1:-1000000}
MONTH=${2:-2025-06}
ROUNDS=${3:-5}
PORT=18099
BASE="http://localhost:$PORT"
DATA=target/bench-data
PASSWORD=${ZHIFA_BENCH_PASSWORD:-Zhifa@2025}

./mvnw -q -DskipTests package
LIB=target/bench-lib
rm -rf "$LIB" && mkdir -p "$LIB"
(cd "$LIB" && jar xf ../zhifa.jar $(jar tf ../zhifa.jar | grep 'BOOT-INF/lib/postgresql-.*\.jar$'))
PG_JAR=$(ls "$LIB"/BOOT-INF/lib/postgresql-*.jar)

mkdir -p "$DATA"
java -Xmx2g -jar target/zhifa.jar --server.port=$PORT --zhifa.db.data-dir=$DATA --logging.level.root=WARN \
  > target/reporting-bench-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 150); do
  curl -fsS -o /dev/null "$BASE/login" 2>/dev/null && break
  kill -0 $APP 2>/dev/null || { echo "zhifa did not start:"; tail -20 target/reporting-bench-app.log; exit 1; }
  sleep 2
done
. "$DIR/embedded-db.sh" && embedded_db "$DATA"
sql() { java -cp "$PG_JAR" "$DIR/SqlRun.java" "$PG_JDBC_URL" "$PGUSER" "$PGPASSWORD" "$1"; }
value() { sql <(echo "$1") | head -1 | sed 's/^[^=]*=//; s/ .*//'; }

HAVE=$(value "select count(*) as n from penalty_case where source_note = 'BENCH'")
if (( HAVE < N )); then
  echo "generating $((N - HAVE)) cases …"
  sql <(sed "s/:n\b/$((N - HAVE))/g" bench/cases-generate.sql)
  sql <(echo "vacuum analyze penalty_case")
fi
TOTAL=$(value "select count(*) as n from penalty_case")
DECIDED=$(value "select count(*) as n from penalty_case where decided_on >= date '$MONTH-01' and decided_on < date '$MONTH-01' + interval '1 month'")
FILED=$(value "select count(*) as n from penalty_case where filed_on >= date '$MONTH-01' and filed_on < date '$MONTH-01' + interval '1 month'")
token() {
  curl -fsS -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$PASSWORD\"}" \
    "$BASE/api/auth/token" | sed -E 's/.*"token":"([^"]+)".*/\1/'
}
TS=$(token supervisor1)
TH=$(token head1)
echo "zhifa reporting benchmark — $(date -Is), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$TOTAL cases in the database; $MONTH: $DECIDED decided, $FILED filed"
time_it() {
  local label=$1; shift
  local times=()
  for _ in $(seq 1 "$ROUNDS"); do
    times+=("$(curl -fsS -o /dev/null -w '%{time_total}' "$@")")
  done
  printf '%s: %s s (each of %s rounds)\n' "$label" "${times[*]}" "$ROUNDS"
}
time_it "prefecture monthly report, Excel (all units + total)" -H "Authorization: Bearer $TS" \
  "$BASE/api/reporting/prefecture.xlsx?month=$MONTH"
time_it "one unit's monthly report drafted (德令哈, 40 % of the cases)" -H "Authorization: Bearer $TH" \
  -H 'Content-Type: application/json' -d "{\"unitId\":10,\"month\":\"$MONTH\"}" "$BASE/api/reporting/monthly"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
