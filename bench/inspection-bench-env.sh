# Shared by the inspection benchmarks (sourced): builds the packaged jar (no offline Maven), starts zhifa on port
# 18096 with its own embedded database in target/inspection-bench-data (kept between runs), waits until it answers,
# and defines sql (a SQL file over JDBC as the embedded superuser, bench/embedded-db.sh; no psql) and token (a bearer
# token of a demo user).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PORT=${ZHIFA_BENCH_PORT:-18096}
BASE="http://localhost:$PORT"
DATA=target/inspection-bench-data
PASSWORD=${ZHIFA_BENCH_PASSWORD:-Zhifa@2025}
if [[ "${ZHIFA_BENCH_SKIP_BUILD:-}" != "1" ]]; then
  ./mvnw -q -DskipTests package
fi
java -Xmx2g -jar target/zhifa.jar --server.port=$PORT --zhifa.db.data-dir=$DATA --logging.level.root=WARN \
  > target/inspection-bench-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -fsS -o /dev/null "$BASE/login" 2>/dev/null && break
  kill -0 $APP 2>/dev/null || { echo "zhifa did not start, see target/inspection-bench-app.log"; exit 1; }
  sleep 2
done
PG_JAR=$(ls "$HOME"/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)
. bench/embedded-db.sh && embedded_db "$DATA"
sql() { java -cp "$PG_JAR" bench/SqlRun.java "$PG_JDBC_URL" "$PGUSER" "$PGPASSWORD" "$1"; }
scalar() { java -cp "$PG_JAR" bench/SqlRun.java "$PG_JDBC_URL" "$PGUSER" "$PGPASSWORD" <(echo "$1") | head -1 \
  | sed 's/^[^=]*=//; s/ .*//'; }
token() {
  curl -fsS -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$PASSWORD\"}" \
    "$BASE/api/auth/token" | sed -E 's/.*"token":"([^"]+)".*/\1/'
}
# the demo data is created just after the server starts answering: wait for it before adding bench rows
for _ in $(seq 1 120); do
  [[ "$(scalar "select count(*) as n from insp_item;")" != "0" ]] && break
  sleep 1
done
if [[ "$(scalar "select count(*) as n from insp_target where name like '压测对象%';")" == "0" ]]; then
  echo "loading 100,000 objects and 500 inspectors …"
  sql bench/inspection-draw-data.sql
fi
