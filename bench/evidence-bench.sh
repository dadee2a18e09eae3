#!/usr/bin/env bash
# Evidence benchmark (issues 6 and 19): prints
#   1. upload throughput of a large file (default 2 GB) through the chunked API (8 MB chunks) compared with the
#      single-core SM3 rate of the same library measured in the same run just before and just after the upload
#      (target ≥ 70 %), and with a plain `cp` (+ sync) of the same file on the same disk;
#   2. heap use of the application during the upload, sampled every second with `jcmd GC.heap_info`, while the
#      application runs with -Xmx256m — target constant, < 256 MB;
#   3. proof generation time at 1,000,000 log entries (leaves inserted directly by a generator, then inclusion
#      and consistency proofs timed through the same code as the proof API, plus the HTTP proof API itself) —
#      target < 5 ms.
# It builds the jar, starts its own zhifa on a scratch data directory (embedded PostgreSQL) and removes it after.
#   bench/evidence-bench.sh [FILE_MB=2048] [LOG_ENTRIES=1000000]     (LOG_ENTRIES=0 skips part 3)
# The scratch directory is under target/ (override with ZHIFA_BENCH_DIR, which must be on the disk to measure).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
FILE_MB=${1:-2048}
LOG_ENTRIES=${2:-1000000}
PORT=${ZHIFA_BENCH_PORT:-18187}
PASSWORD=${ZHIFA_BENCH_PASSWORD:-Zhifa@2025}
mkdir -p "${ZHIFA_BENCH_DIR:-$ROOT/target}"
WORK=$(mktemp -d "${ZHIFA_BENCH_DIR:-$ROOT/target}/evidence-bench.XXXXXX")
BASE="http://localhost:$PORT"

echo "zhifa evidence benchmark — $(date -Is), $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "scratch directory: $WORK ($(df -h "$WORK" | awk 'NR==2 {print $1}'))"
./mvnw -q -DskipTests package
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt" >/dev/null

java -Xmx256m -jar target/zhifa.jar --server.port="$PORT" --zhifa.db.data-dir="$WORK/data" \
  --zhifa.db.embedded-clean=true >"$WORK/app.log" 2>&1 &
APP=$!
SAMPLER=
cleanup() {
  [ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null || true
  kill "$APP" 2>/dev/null || true
  wait "$APP" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
for _ in $(seq 1 120); do
  curl -fsS "$BASE/api/public/evidence/log/head" >/dev/null 2>&1 && break
  sleep 1
done
TOKEN=$(curl -fsS -H 'Content-Type: application/json' \
  -d "{\"username\":\"officer1\",\"password\":\"$PASSWORD\"}" "$BASE/api/auth/token" \
  | sed -E 's/.*"token":"([^"]+)".*/\1/')

echo
echo "== 1. upload throughput (${FILE_MB} MB) =="
head -c "${FILE_MB}M" /dev/urandom >"$WORK/video.mp4"
sync
T0=$(date +%s.%N)
cp "$WORK/video.mp4" "$WORK/copy.mp4"
sync
T1=$(date +%s.%N)
rm -f "$WORK/copy.mp4"
CP_S=$(echo "$T1 - $T0" | bc -l)
sync

# heap sampler: used heap (KB) after "used" in GC.heap_info, once a second
( while kill -0 "$APP" 2>/dev/null; do
    jcmd "$APP" GC.heap_info 2>/dev/null | grep -m1 -oE 'used [0-9]+K' | grep -oE '[0-9]+' || true
    sleep 1
  done ) >"$WORK/heap.txt" &
SAMPLER=$!
SM3_BEFORE=$(java -cp "$(cat "$WORK/cp.txt")" "$ROOT/bench/Sm3Rate.java" 5 | sed -n 's/sm3_mb_per_s=//p')
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
UPLOAD_OUT=$(java "$ROOT/bench/EvidenceUpload.java" "$BASE" "$TOKEN" "$WORK/video.mp4" 8)
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
sync
kill "$SAMPLER" 2>/dev/null || true
SAMPLER=
SM3_AFTER=$(java -cp "$(cat "$WORK/cp.txt")" "$ROOT/bench/Sm3Rate.java" 5 | sed -n 's/sm3_mb_per_s=//p')
SM3=$(echo "($SM3_BEFORE + $SM3_AFTER) / 2" | bc -l)
UP_S=$(echo "$UPLOAD_OUT" | sed -n 's/upload_seconds=//p')
EVIDENCE_ID=$(echo "$UPLOAD_OUT" | sed -n 's/evidence_id=//p')
printf 'cp + sync:            %6.2f s  (%7.1f MB/s)\n' "$CP_S" "$(echo "$FILE_MB / $CP_S" | bc -l)"
printf 'chunked upload API:   %6.2f s  (%7.1f MB/s, SM3 and SHA-256 on two threads while streaming, fsync per chunk)\n' \
  "$UP_S" "$(echo "$FILE_MB / $UP_S" | bc -l)"
printf 'upload / cp ratio:    %6.1f %%\n' "$(echo "100 * $CP_S / $UP_S" | bc -l)"
printf 'SM3, one core:        %7.1f MB/s before the upload, %7.1f MB/s after (mean %.1f MB/s; BouncyCastle, 256 KB buffers)\n' \
  "$SM3_BEFORE" "$SM3_AFTER" "$SM3"
printf 'upload / SM3 ratio:   %6.1f %%  (target ≥ 70 %%)\n' "$(echo "100 * $FILE_MB / $UP_S / $SM3" | bc -l)"
echo "load average (1/5/15 min) before the upload: $LOAD_BEFORE; after: $LOAD_AFTER"

echo
echo "== 2. heap during the upload (-Xmx256m) =="
if [ -s "$WORK/heap.txt" ]; then
  sort -n "$WORK/heap.txt" | awk '{a[NR]=$1} END {printf "samples %d, used heap min %.1f MB, median %.1f MB, max %.1f MB (limit 256 MB)\n", NR, a[1]/1024, a[int((NR+1)/2)]/1024, a[NR]/1024}'
else
  echo "no heap samples (jcmd unavailable?)"
fi

[ "$LOG_ENTRIES" -gt 0 ] || exit 0
echo
echo "== 3. proofs at ${LOG_ENTRIES} log entries =="
. "$ROOT/bench/embedded-db.sh" && embedded_db "$WORK/data"
java -cp "target/test-classes:target/classes:$(cat "$WORK/cp.txt")" org.zhifa.evidence.internal.LogProofBench \
  "$PG_JDBC_URL" "$PGUSER" "$PGPASSWORD" "$WORK/data/keys/evidence-log-sm2.pem" \
  "$LOG_ENTRIES" 1000
# the HTTP proof API for the uploaded item against the large tree (includes authentication and the audit record)
for _ in $(seq 1 20); do
  curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" "$BASE/api/evidence/$EVIDENCE_ID/proof"
done
for _ in $(seq 1 100); do
  curl -fsS -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$BASE/api/evidence/$EVIDENCE_ID/proof"
done | sort -n | awk '{a[NR]=$1*1000} END {printf "GET /api/evidence/{id}/proof over HTTP: p50 %.2f ms, p95 %.2f ms, max %.2f ms (%d requests)\n", a[int(NR/2)], a[int(NR*0.95)], a[NR], NR}'
