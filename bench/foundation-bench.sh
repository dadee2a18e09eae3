#!/usr/bin/env bash
# Foundation benchmark: POST /api/auth/token and GET /api/calendar/deadline with 50 concurrent clients
# against a running zhifa (default http://localhost:8080, demo data). Prints throughput and p95 latency.
#   ./mvnw spring-boot:run            # in another terminal, or java -jar target/zhifa.jar
#   bench/foundation-bench.sh [BASE_URL] [SECONDS]
set -euo pipefail
BASE=${1:-http://localhost:8080}
SECONDS_PER_RUN=${2:-30}
DIR=$(cd "$(dirname "$0")" && pwd)
PASSWORD=${ZHIFA_BENCH_PASSWORD:-Zhifa@2025}

TOKEN=$(curl -fsS -H 'Content-Type: application/json' \
  -d "{\"username\":\"officer1\",\"password\":\"$PASSWORD\"}" "$BASE/api/auth/token" \
  | sed -E 's/.*"token":"([^"]+)".*/\1/')

echo "zhifa foundation benchmark — $(date -Is), $(nproc) cores, target $BASE, ${SECONDS_PER_RUN}s per run"
java "$DIR/HttpLoad.java" "POST /api/auth/token" POST "$BASE/api/auth/token" 50 "$SECONDS_PER_RUN" \
  "{\"username\":\"officer2\",\"password\":\"$PASSWORD\"}" "Content-Type: application/json"
java "$DIR/HttpLoad.java" "GET /api/calendar/deadline" GET \
  "$BASE/api/calendar/deadline?from=2025-09-26&workingDays=7" 50 "$SECONDS_PER_RUN" - \
  "Authorization: Bearer $TOKEN"
