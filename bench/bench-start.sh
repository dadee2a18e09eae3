# Sourced by the benchmarks that run zhifa on the synthetic cases (cases, reporting, supervision): the one start-up.
#
#   . "$DIR/bench-start.sh" && bench_start NAME PORT [application arguments …]
#
# builds the jar (./mvnw package, online: nothing has to be cached in ~/.m2 beforehand), takes the PostgreSQL driver
# for SqlRun from the packaged application (no dependency plugin, no ~/.m2 layout), starts zhifa on PORT with its own
# embedded database in target/bench-data (kept between runs; log in target/NAME-bench-app.log, stopped on exit), waits
# until it answers, and reaches that database as its superuser (bench/embedded-db.sh). Then:
#   sql FILE           runs a SQL file over JDBC (bench/SqlRun.java; no psql needed)
#   value "SQL"        the first column of the first row
#   token USER         an API token of a demo user
#   bench_cases N      generates synthetic cases up to N with bench/cases-generate.sql (skipped when they exist)
# and sets BASE, DATA, PASSWORD, PG_JAR, APP.
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

bench_start() {
  local name=$1 port=$2
  shift 2
  BASE="http://localhost:$port"
  DATA=target/bench-data
  PASSWORD=${ZHIFA_BENCH_PASSWORD:-Zhifa@2025}
  ./mvnw -q -DskipTests package
  local lib=target/bench-lib
  rm -rf "$lib" && mkdir -p "$lib"
  (cd "$lib" && jar xf ../zhifa.jar $(jar tf ../zhifa.jar | grep 'BOOT-INF/lib/postgresql-.*\.jar$'))
  PG_JAR=$(ls "$lib"/BOOT-INF/lib/postgresql-*.jar)
  mkdir -p "$DATA"
  java -Xmx2g -jar target/zhifa.jar --server.port="$port" --zhifa.db.data-dir="$DATA" --logging.level.root=WARN "$@" \
    > "target/$name-bench-app.log" 2>&1 &
  APP=$!
  trap 'kill $APP 2>/dev/null || true' EXIT
  for _ in $(seq 1 150); do
    curl -fsS -o /dev/null "$BASE/login" 2>/dev/null && break
    kill -0 $APP 2>/dev/null || { echo "zhifa did not start:"; tail -20 "target/$name-bench-app.log"; exit 1; }
    sleep 2
  done
  # the embedded PostgreSQL as its superuser (generated password, see bench/embedded-db.sh)
  . "$BENCH_DIR/embedded-db.sh" && embedded_db "$DATA"
}

sql() { java -cp "$PG_JAR" "$BENCH_DIR/SqlRun.java" "$PG_JDBC_URL" "$PGUSER" "$PGPASSWORD" "$1"; }
value() { sql <(echo "$1") | head -1 | sed 's/^[^=]*=//; s/ .*//'; }

token() {
  curl -fsS -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$PASSWORD\"}" \
    "$BASE/api/auth/token" | sed -E 's/.*"token":"([^"]+)".*/\1/'
}

bench_cases() {
  local n=$1 have
  have=$(value "select count(*) as n from penalty_case where source_note = 'BENCH'")
  if (( have < n )); then
    echo "generating $((n - have)) cases …"
    sql <(sed "s/:n\b/$((n - have))/g" "$BENCH_DIR/cases-generate.sql")
    sql <(echo "vacuum analyze penalty_case")
    sql <(echo "vacuum analyze case_officer")
  fi
}
