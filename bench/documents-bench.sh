#!/usr/bin/env bash
# Document figures (printed, never asserted): per type, time to print the PDF (laid out twice for 第 N 页 共 M 页),
# to print the OFD, to seal it (GB/T 38540, SM2) and to verify it, in process on one thread, and the file sizes.
#   bench/documents-bench.sh [ROUNDS]     (default 100 per type, after ROUNDS/2 warm-up rounds)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench.cp)"
java -cp "$CP" org.zhifa.documents.DocumentsBench "${1:-100}"
