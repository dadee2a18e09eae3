#!/usr/bin/env bash
# Catalogue figures (printed, never asserted):
#   1. recommendation throughput in-process (engine, no database);
#   2. catalogue search p95 over 5,000 violations in an embedded PostgreSQL;
#   3. optionally, search p95 over HTTP against a running instance:
#        BENCH_URL=http://localhost:8080 BENCH_USER=officer1 BENCH_PASSWORD=Zhifa@2025 \
#        [BENCH_DB_URL=jdbc:postgresql://… BENCH_DB_USER=… BENCH_DB_PASSWORD=…] bench/catalog-bench.sh
#      With BENCH_DB_URL the instance's catalogue is first topped up to 5,000 violations (codes BENCH-n,
#      remove with: delete from catalog_violation where code like 'BENCH-%').
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench.cp)"
java -cp "$CP" org.zhifa.catalog.CatalogBench recommend
java -cp "$CP" org.zhifa.catalog.CatalogBench search-db
if [[ -n "${BENCH_URL:-}" ]]; then
  java -cp "$CP" org.zhifa.catalog.CatalogBench search-http "$BENCH_URL" "${BENCH_USER:-officer1}" \
    "${BENCH_PASSWORD:-Zhifa@2025}" ${BENCH_DB_URL:+"$BENCH_DB_URL" "$BENCH_DB_USER" "$BENCH_DB_PASSWORD"}
fi
