#!/usr/bin/env bash
# Failed-login latency for names with and without an account, against a running zhifa with the demo data (default
# http://localhost:8080). The answers are identical; this prints how close their timing is.
#   bench/login-timing-bench.sh [BASE_URL] [ROUNDS≤4]
set -euo pipefail
BASE=${1:-http://localhost:8080}
ROUNDS=${2:-4}
DIR=$(cd "$(dirname "$0")" && pwd)
PASSWORD=${ZHIFA_BENCH_PASSWORD:-Zhifa@2025}
echo "zhifa login timing — $(date -Is), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), target $BASE"
java "$DIR/LoginTiming.java" "$BASE" "$ROUNDS" "$PASSWORD"
