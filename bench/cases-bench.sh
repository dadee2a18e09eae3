#!/usr/bin/env bash
# Cases benchmark (figures printed, never asserted):
#   1. builds the jar (./mvnw package, online: nothing has to be cached in ~/.m2 beforehand) and starts zhifa on
#      port 18080 with its own embedded database in target/bench-data (kept between runs);
#   2. generates N synthetic cases (default 1,000,000) with generate_series directly in that database over JDBC
#      (bench/cases-generate.sql run by bench/SqlRun.java; no psql needed; skipped when they already exist);
#   3. p95 of the case list with filters and of the case page (GET /api/cases/{id}) under 8 and 50 clients; deep
#      pages are reached as the list's "next" link does, by keyset (after=… from the previous page's nextAfter);
#   4. transitions per second under 50 concurrent clients (bench/CaseTransitionLoad.java), then how long the render
#      queue takes to render the documents those steps issued (renderings per second).
# Usage: bench/cases-bench.sh [N] [SECONDS]      (the list count is capped, zhifa.cases.list-count-cap in README)
#        STEPS_ONLY=1 bench/cases-bench.sh [N] [SECONDS]   only part 4 (the steps), e.g. with N=20000
#        JFR=1 …   also records zhifa with JFR during the steps and prints where the time went (bench/jfr-summary.sh)
set -euo pipefail
DIR=$(cd "$(dirname "$0")" && pwd)
cd "$DIR/.."
N=${1:-1000000}
SECS=${2:-20}
. "$DIR/bench-start.sh"
# ZHIFA_ARGS: further application arguments, e.g. --zhifa.documents.render.workers=1
bench_start cases "${PORT:-18080}" ${ZHIFA_ARGS:-}
bench_cases "$N"
TOTAL=$(value "select count(*) as n from penalty_case")
T1=$(token officer1)
TS=$(token supervisor1)
OFFICER=$(value "select o.id from officer o join user_account u on u.id = o.user_id where u.username = 'officer2'")
CASE_ID=$(value "select id from penalty_case where unit_id = 11 and state = 'EXECUTION' order by id desc limit 1")

# the keyset position of page N of a list (following nextAfter from the first page, as the "next" link does)
after_page() {
  local url=$1 token=$2 n=$3 after="" i
  for i in $(seq 1 "$n"); do
    after=$(curl -fsS -H "Authorization: Bearer $token" "$BASE$url&page=$i${after:+&after=$after}" \
      | sed -E 's/.*"nextAfter":"?([^",}]*)"?.*/\1/')
  done
  echo "$after"
}
if [[ -z ${STEPS_ONLY:-} ]]; then
AFTER_V20=$(after_page "/api/cases?violation=GLAQ-69" "$T1" 19)
AFTER_S100=$(after_page "/api/cases?state=EXECUTION" "$TS" 99)

echo "zhifa cases benchmark — $(date -Is), $(nproc) cores, $TOTAL cases in the database, ${SECS}s per run"
for CLIENTS in 8 50; do
  echo "— reads with $CLIENTS concurrent clients (closed loop: with many clients p95 is mostly queueing on $(nproc) cores;" \
    "load average $(cut -d' ' -f1-3 /proc/loadavg))"
  load() { java "$DIR/HttpLoad.java" "$1" GET "$BASE$2" "$CLIENTS" "$SECS" - "Authorization: Bearer $3"; }
  load "list (officer1, unit 11, first page)" "/api/cases?size=20" "$T1"
  load "list state=INVESTIGATION" "/api/cases?state=INVESTIGATION&size=20" "$T1"
  load "list officer + date range" "/api/cases?officerId=$OFFICER&from=2025-01-01&to=2025-06-30" "$T1"
  load "list violation=GLAQ-69 page 20 (keyset)" "/api/cases?violation=GLAQ-69&page=20&after=$AFTER_V20" "$T1"
  load "list overdue" "/api/cases?overdue=true" "$T1"
  load "list supervisor (all units) state, page 100 (keyset)" "/api/cases?state=EXECUTION&page=100&after=$AFTER_S100" "$TS"
  load "list keyword (plate)" "/api/cases?q=%E9%9D%92H00042" "$T1"
  load "case page GET /api/cases/$CASE_ID" "/api/cases/$CASE_ID" "$T1"
done
echo "load average after the reads: $(cut -d' ' -f1-3 /proc/loadavg)"
fi
echo "— transitions with 50 concurrent clients (each on its own case; steps run 8 at a time, see CaseProperties;" \
  "documents rendered after the commit; load average $(cut -d' ' -f1-3 /proc/loadavg))"
# the demo seeding's documents are rendered first, so that the steps do not share the cores with them
until [[ $(value "select count(*) as n from document_render_queue") == 0 ]]; do sleep 1; done
# a warm-up run (class loading, JIT) whose documents the workers are still rendering during the measured run
java "$DIR/CaseTransitionLoad.java" "$BASE" "$T1" 50 10 | sed 's/^/warm-up, 10 s: /'
[[ -z ${JFR:-} ]] || jcmd $APP JFR.start name=steps settings=profile >/dev/null
java "$DIR/CaseTransitionLoad.java" "$BASE" "$T1" 50 "$SECS"
[[ -z ${JFR:-} ]] || jcmd $APP JFR.stop name=steps filename="$PWD/target/cases-steps.jfr" >/dev/null
echo "load average after the steps: $(cut -d' ' -f1-3 /proc/loadavg)"
QUEUED=$(value "select count(*) as n from document_render_queue")
T0=$(date +%s.%N)
until [[ $(value "select count(*) as n from document_render_queue") == 0 ]]; do sleep 1; done
T1R=$(date +%s.%N)
echo "render queue: $QUEUED documents pending when the steps ended, rendered in $(echo "$T1R - $T0" | bc) s" \
  "($(echo "scale=1; $QUEUED / ($T1R - $T0)" | bc) documents/s with zhifa.documents.render.workers; the queue rendered" \
  "during the steps as well)"
if [[ -n ${JFR:-} ]]; then
  echo "== JFR execution samples of zhifa during the steps, all threads"
  "$DIR/jfr-summary.sh" target/cases-steps.jfr
  echo "== the same, samples of the step requests only (CaseWorkflow on the stack)"
  "$DIR/jfr-summary.sh" target/cases-steps.jfr 'CaseWorkflow'
fi
