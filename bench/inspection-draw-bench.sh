#!/usr/bin/env bash
# Draw benchmark (figures printed, never asserted): a prefecture-wide plan over the 100,000 bench objects and the 500
# bench inspectors (plus the demo ones) with the default credit-class ratios; times freezing the lists (commit, which
# checks every inspector's certificate on the window's first and last day), the draw through the API (seed revealed,
# result computed, tasks stored), the draw computation alone in-process, and the offline verifier on the published
# manifest (java -jar target/zhifa.jar verify-draw), whose result hash must equal the published one.
# Usage: bench/inspection-draw-bench.sh
source "$(dirname "$0")/inspection-bench-env.sh"
H0=$(token head0)
ITEM=$(scalar "select id from insp_item where code = 'HX-JC-01';")
TODAY=$(date +%F)
END=$(date -d "+5 days" +%F)
[[ "${END:0:4}" == "${TODAY:0:4}" ]] || END="${TODAY:0:4}-12-31"
api() { curl -fsS -H "Authorization: Bearer $H0" -H 'Content-Type: application/json' "$@"; }
PLAN=$(api -d "{\"title\":\"压测全州抽查计划 $(date +%s)\",\"windowStart\":\"$TODAY\",\"windowEnd\":\"$END\",\"itemIds\":[$ITEM]}" \
  "$BASE/api/inspection/plans" | sed -E 's/^\{"id":([0-9]+).*/\1/')
api -X POST -d '{}' "$BASE/api/inspection/plans/$PLAN/publish" > /dev/null
echo "zhifa draw benchmark — $(date -Is), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
T0=$(date +%s.%N)
COMMIT=$(api -X POST -d '{}' "$BASE/api/inspection/plans/$PLAN/draws")
T1=$(date +%s.%N)
DRAW_ID=$(echo "$COMMIT" | sed -E 's/^\{"id":([0-9]+).*/\1/')
OBJECTS=$(echo "$COMMIT" | sed -E 's/.*"objectCount":([0-9]+).*/\1/')
ASSIGNEES=$(echo "$COMMIT" | sed -E 's/.*"assigneeCount":([0-9]+).*/\1/')
DRAWN=$(api -X POST -d '{}' "$BASE/api/inspection/draws/$DRAW_ID/draw")
T2=$(date +%s.%N)
SELECTED=$(echo "$DRAWN" | sed -E 's/.*"selectedCount":([0-9]+).*/\1/')
HASH=$(echo "$DRAWN" | sed -E 's/.*"resultHash":"([0-9a-f]+)".*/\1/')
printf 'lists: %s objects, %s inspectors; %s objects drawn\n' "$OBJECTS" "$ASSIGNEES" "$SELECTED"
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
echo "commit (freeze lists, check certificates, publish commitment) via API: $(secs "$T0" "$T1") s"
echo "draw (reveal seed, compute, store tasks and manifest) via API:         $(secs "$T1" "$T2") s"
curl -fsS "$BASE/api/public/inspection/draws/$DRAW_ID/manifest" -o target/inspection-bench-manifest.json
printf 'manifest: %s bytes\n' "$(stat -c %s target/inspection-bench-manifest.json)"
rm -rf target/inspection-bench-lib && mkdir -p target/inspection-bench-lib
(cd target/inspection-bench-lib && jar xf ../zhifa.jar BOOT-INF/lib BOOT-INF/classes)
java -cp "target/inspection-bench-lib/BOOT-INF/classes:target/inspection-bench-lib/BOOT-INF/lib/*" bench/DrawBench.java \
  target/inspection-bench-manifest.json
T3=$(date +%s.%N)
OUT=$(java -jar target/zhifa.jar verify-draw target/inspection-bench-manifest.json --result-out target/inspection-bench-result.txt)
T4=$(date +%s.%N)
echo "$OUT" | grep -E "结论|result hash"
echo "offline verify-draw (JVM start, parse, recompute, compare): $(secs "$T3" "$T4") s"
VERIFIED=$(echo "$OUT" | sed -n 's/^结果哈希 \/ result hash: //p')
[[ "$VERIFIED" == "$HASH" ]] && echo "the verifier's result hash equals the published one: $HASH" \
  || echo "MISMATCH: published $HASH, verifier $VERIFIED"
