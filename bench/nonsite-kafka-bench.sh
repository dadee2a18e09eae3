#!/usr/bin/env bash
# Kafka ingest benchmark (not part of the test suite; prints figures, asserts nothing): starts an in-JVM Kafka broker
# (loopback), starts zhifa from target/zhifa.jar on a scratch database with the Kafka ingest path on, produces RECORDS
# generated detection records (the generator of bench/NonSiteBench.java) keyed by device code, and waits until all are
# stored. Prints the produce rate, the end-to-end ingest rate and its ratio to the HTTP batch ingest figure when known.
#
#   bench/nonsite-kafka-bench.sh [RECORDS]        # default 500,000
#
# Settings (environment): PARTITIONS (default 4; one registered device per partition), CONSUMERS (consumer threads in
# zhifa, zhifa.nonsite.kafka.concurrency; default 2 as in production), HTTP_RATE (records/s of HTTP
# batch ingest to compare with; default: the figure of the last bench/nonsite-bench.sh run, if any).
set -euo pipefail
DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$DIR/.." && pwd)
RECORDS=${1:-500000}
PARTITIONS=${PARTITIONS:-4}

cd "$ROOT"
if [ ! -f target/zhifa.jar ] || [ -n "${REBUILD:-}" ]; then
  ./mvnw -q package -DskipTests
fi
# the broker comes from spring-kafka-test, so the benchmark runs with the test classpath
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
CP="target/classes:$(cat target/bench.cp)"
# The record generator and device registration are NonSiteBench's (one copy of each).
mkdir -p target/bench-classes
javac -nowarn -d target/bench-classes -cp "$CP" "$DIR/NonSiteBench.java"
CP="target/bench-classes:$CP"
if [ -z "${HTTP_RATE:-}" ] && [ -f /tmp/nonsite-bench-http.txt ]; then
  HTTP_RATE=$(grep -o 'HTTP ingest: [0-9,]* records/s' /tmp/nonsite-bench-http.txt | tr -dc '0-9' || true)
fi

DATA=$(mktemp -d /tmp/zhifa-kafka-bench.XXXXXX)
BENCH=""
cleanup() {
  set +e
  trap '' INT TERM # a second Ctrl-C must not cut the cleanup short
  if [ -n "$BENCH" ]; then
    kill "$BENCH" 2>/dev/null
    wait "$BENCH" 2>/dev/null
  fi
  # zhifa (started by the benchmark program, which also stops it) and then its embedded PostgreSQL
  for f in "$DATA/zhifa.pid" "$DATA/pg/postmaster.pid"; do
    if [ -f "$f" ]; then
      P=$(head -1 "$f")
      kill "$P" 2>/dev/null
      for i in $(seq 1 300); do kill -0 "$P" 2>/dev/null || break; sleep 0.2; done
    fi
  done
  rm -rf "$DATA"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "zhifa Kafka ingest benchmark — $(date -Is), $(nproc) cores ($(uptime | sed 's/.*load/load/'))"
java -Xmx1g -cp "$CP" "$DIR/NonSiteKafkaBench.java" "$ROOT/target/zhifa.jar" "$DATA" "$RECORDS" "$PARTITIONS" \
  "${HTTP_RATE:-}" "${CONSUMERS:-2}" 2>"$DATA/bench.err" > >(tee /tmp/nonsite-kafka-bench.txt) &
BENCH=$!
wait "$BENCH" || { echo "benchmark failed:"; tail -20 "$DATA/bench.err"; exit 1; }
BENCH=""
echo "database size after the run: $(du -sh "$DATA/pg" | cut -f1)"
