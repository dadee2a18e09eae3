#!/usr/bin/env bash
# Personnel/training benchmark: loads 5,000 officers and 200,000 training attendance rows into the database of a
# running zhifa, then measures p95 latency of the officer list page and the training ledger page (target < 100 ms).
# Prints the figures; asserts nothing.
#
#   ./mvnw spring-boot:run                     # in another terminal (embedded database under ./data)
#   bench/personnel-bench.sh [BASE_URL] [SECONDS] [CLIENTS]
#   bench/personnel-bench.sh --cleanup         # remove the bench rows again
#
# Database: ZHIFA_DB_URL / ZHIFA_DB_USER / ZHIFA_DB_PASSWORD when set, otherwise the embedded PostgreSQL whose port
# and superuser password are read from ${ZHIFA_DATA_DIR:-data} (bench/embedded-db.sh).
set -euo pipefail
DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$DIR/.." && pwd)
DATA=${ZHIFA_DATA_DIR:-$ROOT/data}
PG_JAR=$(ls "$HOME"/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)
if [[ -n "${ZHIFA_DB_URL:-}" ]]; then
  DB_URL=$ZHIFA_DB_URL; DB_USER=${ZHIFA_DB_USER:-}; DB_PASS=${ZHIFA_DB_PASSWORD:-}
else
  . "$DIR/embedded-db.sh" && embedded_db "$DATA"
  DB_URL=$PG_JDBC_URL; DB_USER=$PGUSER; DB_PASS=$PGPASSWORD
fi
sql() { java -cp "$PG_JAR" "$DIR/SqlRun.java" "$DB_URL" "$DB_USER" "$DB_PASS" "$1"; }

if [[ "${1:-}" == "--cleanup" ]]; then
  sql "$DIR/personnel-bench-cleanup.sql"
  exit 0
fi
BASE=${1:-http://localhost:8080}
SECONDS_PER_RUN=${2:-20}
CLIENTS=${3:-2}
PASSWORD=${ZHIFA_BENCH_PASSWORD:-Zhifa@2025}

echo "zhifa personnel benchmark — $(date -Is), $(nproc) cores, target $BASE, ${SECONDS_PER_RUN}s per run, $CLIENTS clients"
EXISTING=$(java -cp "$PG_JAR" "$DIR/SqlRun.java" "$DB_URL" "$DB_USER" "$DB_PASS" \
  <(echo "select count(*) as bench_officers from officer where name like '压测%';") | head -1 | sed 's/.*=//')
if [[ "$EXISTING" == "0" ]]; then
  sql "$DIR/personnel-bench.sql"
else
  echo "bench data already loaded ($EXISTING officers); run with --cleanup to remove it"
fi

token() {
  curl -fsS -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$PASSWORD\"}" \
    "$BASE/api/auth/token" | sed -E 's/.*"token":"([^"]+)".*/\1/'
}
SUP=$(token supervisor1)
HEAD=$(token head1)
YEAR=$(date +%Y)
run() { java "$DIR/HttpLoad.java" "$1" GET "$2" "$CLIENTS" "$SECONDS_PER_RUN" - "Authorization: Bearer $3" \
  "Accept: ${4:-text/html}"; }

# supervisor1 sees all ~5,000 officers; head1 sees 德令哈 (bureau + brigade, ~720 officers)
run "officers page 1 (all units)"  "$BASE/personnel/officers" "$SUP"
run "officers page 120 (all)"      "$BASE/personnel/officers?page=120" "$SUP"
run "officers search q=压测0042"    "$BASE/personnel/officers?q=%E5%8E%8B%E6%B5%8B0042" "$SUP"
run "officers unit 11 page 3"      "$BASE/personnel/officers?unitId=11&page=3" "$HEAD"
run "ledger page (all units)"      "$BASE/training/ledger?year=$YEAR" "$SUP"
run "ledger below-target (all)"    "$BASE/training/ledger?year=$YEAR&below=true&page=5" "$SUP"
run "ledger page (德令哈)"          "$BASE/training/ledger?year=$YEAR" "$HEAD"
run "API ledger JSON (all)"        "$BASE/api/training/ledger?year=$YEAR" "$SUP" application/json
run "API officers JSON (all)"      "$BASE/api/personnel/officers?page=50" "$SUP" application/json
