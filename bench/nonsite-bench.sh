#!/usr/bin/env bash
# Non-site benchmark (not part of the test suite; prints figures, asserts nothing): judgement throughput per core
# (in-process), HTTP batch ingest end to end against a running zhifa, and raw PostgreSQL COPY of the same rows into
# the same (durable) database for reference, run before and after the ingest in the same run, with the ratio of the
# ingest to their mean and the load average at each step.
#
#   bench/nonsite-bench.sh [--minutes M]         # builds the jar, starts zhifa with a scratch database; the ingest
#                                                 # runs M minutes (default 1; the sustained figure: --minutes 5)
#   JFR=1 bench/nonsite-bench.sh                 # also records the started zhifa with JFR and prints where its
#                                                 # threads spent their samples (jdk.ExecutionSample)
#   BASE=http://localhost:8080 PGURL=jdbc:postgresql://localhost:5432/postgres PGUSER=… PGPASSWORD=… bench/nonsite-bench.sh
#                                                 # existing instance (the COPY reference creates a scratch table)
#
# Settings (environment): SECONDS_HTTP (overrides --minutes), CLIENTS (4), BATCH (5000), DEVICES (4), SECONDS_JUDGE (10),
# COPY_ROWS (2000000), ZHIFA_ARGS (extra arguments for the started zhifa, e.g. the old non-durable settings:
# ZHIFA_ARGS="--zhifa.db.fsync=false --zhifa.db.synchronous-commit=off").
set -euo pipefail
DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$DIR/.." && pwd)
MINUTES=1
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) MINUTES=$2; shift 2 ;;
    *) echo "usage: $0 [--minutes M]" >&2; exit 2 ;;
  esac
done
SECONDS_HTTP=${SECONDS_HTTP:-$((MINUTES * 60))}
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
  JFR_OPTS=""
  if [ -n "${JFR:-}" ]; then
    JFR_OPTS="-XX:+FlightRecorder"
  fi
  java -Xmx1g $JFR_OPTS -jar target/zhifa.jar --server.port="$PORT" --zhifa.db.data-dir="$DATA" ${ZHIFA_ARGS:-} >"$DATA/app.log" 2>&1 &
  STARTED=$!
  trap 'kill $STARTED 2>/dev/null || true; sleep 3; rm -rf "$DATA"' EXIT
  BASE=http://localhost:$PORT
  for i in $(seq 1 600); do
    # ready, and the demo seeding (documents rendered for about thirty demo cases after the start) is over: it
    # would otherwise share the cores with the first minutes of the measurement
    grep -q "Started ZhifaApplication" "$DATA/app.log" 2>/dev/null && grep -q "已创建演示案件\|演示案件.*未能" "$DATA/app.log" && break
    kill -0 $STARTED 2>/dev/null || { echo "zhifa did not start:"; tail -20 "$DATA/app.log"; exit 1; }
    sleep 1
  done
  . "$DIR/embedded-db.sh" && embedded_db "$DATA"
  PGURL=$PG_JDBC_URL
  echo "embedded PostgreSQL: $(grep -o 'fsync=[a-z]*，synchronous_commit=[a-z_]*，full_page_writes=[a-z]*' "$DATA/app.log" | head -1)"
fi
PGURL=${PGURL:?set PGURL for an existing instance}

load() { cut -d' ' -f1-3 /proc/loadavg; }
copy_ref() {
  java -cp "target/classes:$PG_JAR" "$DIR/NonSiteBench.java" copy "$PGURL" "$COPY_ROWS" "$CLIENTS" | tee "$1"
}
rows_per_s() { grep -o 'same database): [0-9,]* rows/s' "$1" | tr -dc '0-9'; }
echo "== raw COPY reference, before (load average $(load))"
copy_ref /tmp/nonsite-bench-copy1.txt
COPY1=$(rows_per_s /tmp/nonsite-bench-copy1.txt)
echo "== HTTP batch ingest ($BASE, load average $(load))"
if [ -n "${JFR:-}" ] && [ -n "$STARTED" ]; then
  jcmd "$STARTED" JFR.start name=ingest settings=profile >/dev/null   # the ingest window only, not the start-up
fi
java -cp "target/classes:$PG_JAR" "$DIR/NonSiteBench.java" http "$BASE" "$CLIENTS" "$SECONDS_HTTP" "$BATCH" "$DEVICES" | tee /tmp/nonsite-bench-http.txt
HTTP_LOAD=$(load)
if [ -n "${JFR:-}" ] && [ -n "$STARTED" ]; then
  jcmd "$STARTED" JFR.stop name=ingest filename="$DATA/ingest.jfr" >/dev/null
fi
echo "== raw COPY reference, after (load average $HTTP_LOAD at the end of the ingest)"
copy_ref /tmp/nonsite-bench-copy2.txt
COPY2=$(rows_per_s /tmp/nonsite-bench-copy2.txt)
HTTP=$(grep -o 'HTTP ingest: [0-9,]* records/s' /tmp/nonsite-bench-http.txt | tr -dc '0-9')
echo "raw COPY before / after: $COPY1 / $COPY2 rows/s (mean $(( (COPY1 + COPY2) / 2 ))); load average now $(load)"
echo "ratio HTTP ingest / raw COPY: $(awk -v a="$HTTP" -v b="$(( (COPY1 + COPY2) / 2 ))" 'BEGIN { printf "%.0f %%", 100 * a / b }') (target ≥ 50 %)"
if [ -n "$STARTED" ]; then
  echo "database size after the run: $(du -sh "$DATA/pg" | cut -f1)"
  if [ -n "${JFR:-}" ]; then
    echo "== JFR execution samples of zhifa during the run (top frames; then methods on the stack, zhifa and driver)"
    "$DIR/jfr-summary.sh" "$DATA/ingest.jfr"
  fi
fi
