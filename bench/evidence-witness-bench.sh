#!/usr/bin/env bash
# Witness benchmark (issue 18): prints how fast one witness process (java -jar zhifa.jar witness run) checks and
# cosigns heads — each request carries a new SM2-signed head and the RFC 6962 consistency proof from the previous one;
# the witness verifies the log's signature and the proof, SM2-signs its cosignature and syncs its files before it
# answers — and the latency of one add-head request.
#   bench/evidence-witness-bench.sh [HEADS=2000] [LEAVES_PER_HEAD=3]
# It builds the jar, works in a scratch directory under target/ and removes it after.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
HEADS=${1:-2000}
PER_HEAD=${2:-3}
PORT=${ZHIFA_BENCH_PORT:-18200}
mkdir -p "$ROOT/target"
WORK=$(mktemp -d "$ROOT/target/witness-bench.XXXXXX")

echo "zhifa witness benchmark — $(date -Is), $(nproc) cores, $(java -version 2>&1 | head -1)"
./mvnw -q -DskipTests package
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP="target/test-classes:target/classes:$(cat "$WORK/cp.txt")"
java -cp "$CP" org.zhifa.evidence.witness.WitnessBench init "$WORK/witness" "$WORK/log-key.pem"
java -Xmx128m -jar target/zhifa.jar witness run --data-dir "$WORK/witness" --listen "127.0.0.1:$PORT" \
  >"$WORK/witness.log" 2>&1 &
WITNESS=$!
cleanup() {
  kill "$WITNESS" 2>/dev/null || true
  wait "$WITNESS" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
for _ in $(seq 1 60); do
  grep -q "witness listening" "$WORK/witness.log" && break
  sleep 0.5
done
java -cp "$CP" org.zhifa.evidence.witness.WitnessBench run "http://127.0.0.1:$PORT" "$WORK/log-key.pem" "$HEADS" "$PER_HEAD"
echo "witness files after the run: $(du -sh "$WORK/witness" | cut -f1) (heads.jsonl keeps every head)"
