#!/usr/bin/env bash
# Non-site benchmark (not part of the test suite; prints figures, asserts nothing): judgement throughput per core (in-process), HTTP batch ingest end to end against a running
# zhifa, and raw PostgreSQL COPY of the same rows on the same database for reference, with the ratio.
#
#   bench/nonsite-bench.sh                       # builds the jar, starts zhifa on :18080 with a scratch database
#   BASE=http://localhost:8080 PGURL=jdbc:postgresql://localhost:5432/postgres PGUSER=… PGPASSWORD=… bench/nonsite-bench.sh
#                                                 # existing instance (the COPY reference creates a scratch table)
#
# Settings (environment): SECONDS_HTTP (default 300), CLIENTS (4), BATCH (5000), DEVICES (4), SECONDS_JUDGE (10),
# COPY_ROWS (2000000), ZHIFA_ARGS (extra arguments for the started zhifa, e.g. the old non-durable settings:
# ZHIFA_ARGS="--zhifa.db.fsync=false --zhifa.db.synchronous-commit=off").
set -euo pipefail
DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$DIR/.." && pwd)
SECONDS_HTTP=${SECONDS_HTTP:-300}
CLIENTS=${CLIENTS:-4}
BATCH=${BATCH:-5000}
DEVICES=${DEVICES:-4}
SECONDS_JUDGE=${SECONDS_JUDGE:-10}
COPY_ROWS=${COPY_ROWS:-2000000}
PG_JAR=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)

cd "$ROOT"
if [ ! -f target/zhifa.jar ] || [ -n "${REBUILD:-}" ]; then
  ./mvnw -q package -DskipTests
fi
echo "zhifa non-site benchmark — $(date -Is), $(nproc) cores ($(uptime | sed 's/.*load/load/'))"

echo "== judgement (in-process)"
java -cp "target/classes:$PG_JAR" "$DIR/NonSiteBench.java" judge "$SECONDS_JUDGE"

STARTED=""
if [ -z "${BASE:-}" ]; then
  DATA=$(mktemp -d /tmp/zhifa-nonsite-bench.XXXXXX)
  PORT=${PORT:-18470}
  # shellcheck disable=SC2086
  java -Xmx1g -jar target/zhifa.jar --server.port="$PORT" --zhifa.db.data-dir="$DATA" ${ZHIFA_ARGS:-} >"$DATA/app.log" 2>&1 &
  STARTED=$!
  trap 'kill $STARTED 2>/dev/null || true' EXIT
  BASE=http://localhost:$PORT
  for i in $(seq 1 300); do
    grep -q "Started ZhifaApplication" "$DATA/app.log" && break
    kill -0 $STARTED 2>/dev/null || { echo "zhifa did not start:"; tail -20 "$DATA/app.log"; exit 1; }
    sleep 1
  done
  . "$DIR/embedded-db.sh" && embedded_db "$DATA"
  PGURL=$PG_JDBC_URL
  echo "embedded PostgreSQL: $(grep -o 'fsync=[a-z]*，synchronous_commit=[a-z_]*，full_page_writes=[a-z]*' "$DATA/app.log" | head -1)"
fi
PGURL=${PGURL:?set PGURL for an existing instance}

echo "== HTTP batch ingest ($BASE)"
java -cp "target/classes:$PG_JAR" "$DIR/NonSiteBench.java" http "$BASE" "$CLIENTS" "$SECONDS_HTTP" "$BATCH" "$DEVICES" | tee /tmp/nonsite-bench-http.txt
echo "== raw COPY reference"
java -cp "target/classes:$PG_JAR" "$DIR/NonSiteBench.java" copy "$PGURL" "$COPY_ROWS" "$CLIENTS" | tee /tmp/nonsite-bench-copy.txt
HTTP=$(grep -o 'HTTP ingest: [0-9,]* records/s' /tmp/nonsite-bench-http.txt | tr -dc '0-9')
COPY=$(grep -o 'same database): [0-9,]* rows/s' /tmp/nonsite-bench-copy.txt | tr -dc '0-9')
echo "ratio HTTP ingest / raw COPY: $(awk -v a="$HTTP" -v b="$COPY" 'BEGIN { printf "%.0f %%", 100 * a / b }')"
if [ -n "$STARTED" ]; then
  echo "database size after the run: $(du -sh "$DATA/pg" | cut -f1)"
fi
