#!/usr/bin/env bash
# Public search benchmark (issue 7): fills a running zhifa's database with N fictitious published decisions
# (default 1,000,000), waits until the instance's search index has caught up, then measures
# GET /api/public/decisions for one-, two- and four-character queries and a party name (p95, light load) and the
# throughput with 100 concurrent clients.
#   java -jar target/zhifa.jar            # in another terminal (embedded database under ./data)
#   bench/publicity-bench.sh [BASE_URL] [SECONDS] [N]
# The database is found from the embedded server's postmaster.pid under ZHIFA_DATA_DIR (default ./data);
# for an external database set PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE instead.
set -euo pipefail
BASE=${1:-http://localhost:8080}
SECONDS_PER_RUN=${2:-15}
N=${3:-1000000}
DIR=$(cd "$(dirname "$0")" && pwd)
DATA_DIR=${ZHIFA_DATA_DIR:-data}

if [[ -z "${PGPORT:-}" && -f "$DATA_DIR/pg/postmaster.pid" ]]; then
  . "$DIR/embedded-db.sh" && embedded_db "$DATA_DIR"
fi
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
total() {
  local body
  body=$(curl -fsS "$BASE/api/public/decisions?size=1") || { echo "zhifa is not answering at $BASE" >&2; exit 1; }
  echo "$body" | sed -E 's/.*"total":([0-9]+).*/\1/'
}

echo "zhifa publicity benchmark — $(date -Is), $(nproc) cores, target $BASE, ${SECONDS_PER_RUN}s per run"
t0=$(date +%s)
psql -q -v n="$N" -f "$DIR/publicity-generate.sql"
t1=$(date +%s)
echo "generated (or found) $N decisions in $((t1 - t0)) s; waiting for the search index…"
while true; do n=$(total); (( n >= N )) && break; sleep 2; done
t2=$(date +%s)
echo "index caught up: $(total) published decisions searchable, $((t2 - t1)) s after the insert"

run() { java "$DIR/HttpLoad.java" "$1" GET "$BASE/api/public/decisions?$2" "$3" "$SECONDS_PER_RUN"; }
echo "--- latency per query kind (4 clients)"
run "q=超 (1 char)"          "q=$(enc 超)&page=0&size=20" 4
run "q=超限 (2 chars)"       "q=$(enc 超限)&page=0&size=20" 4
run "q=超限运输 (4 chars)"   "q=$(enc 超限运输)&page=0&size=20" 4
run "party=德令哈昌隆物流有限公司" "party=$(enc 德令哈昌隆物流有限公司)&page=0&size=20" 4
run "party=王某某"           "party=$(enc 王某某)&page=0&size=20" 4
run "q=格尔木 超限 + 2024"  "q=$(enc '格尔木 超限')&from=2024-01-01&to=2024-12-31&page=2&size=20" 4
echo "--- throughput (100 clients)"
run "q=超限 (2 chars)"       "q=$(enc 超限)&page=0&size=20" 100
run "q=超 (1 char)"          "q=$(enc 超)&page=0&size=20" 100
