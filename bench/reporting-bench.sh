#!/usr/bin/env bash
# Reporting benchmark (figures printed, never asserted):
#   1. builds the jar (./mvnw package, online) and starts zhifa on port 18099 with its own embedded database in
#      target/bench-data (kept between runs);
#   2. generates N synthetic cases (default 1,000,000) with bench/cases-generate.sql (the cases benchmark's
#      generator; skipped when they already exist);
#   3. times the monthly prefecture report for a month full of decisions: the prefecture's Excel export
#      (GET /api/reporting/prefecture.xlsx: every reporting unit and the prefecture total computed from the records)
#      and the draft of one unit's report (POST /api/reporting/monthly as head1), each ROUNDS times.
# Usage: [PORT=18099] bench/reporting-bench.sh [N] [MONTH] [ROUNDS]
set -euo pipefail
DIR=$(cd "$(dirname "$0")" && pwd)
cd "$DIR/.."
N=${1:-1000000}
MONTH=${2:-2025-06}
ROUNDS=${3:-5}
. "$DIR/bench-start.sh"
bench_start reporting "${PORT:-18099}"
bench_cases "$N"
TOTAL=$(value "select count(*) as n from penalty_case")
DECIDED=$(value "select count(*) as n from penalty_case where decided_on >= date '$MONTH-01' and decided_on < date '$MONTH-01' + interval '1 month'")
FILED=$(value "select count(*) as n from penalty_case where filed_on >= date '$MONTH-01' and filed_on < date '$MONTH-01' + interval '1 month'")
TS=$(token supervisor1)
TH=$(token head1)
echo "zhifa reporting benchmark — $(date -Is), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$TOTAL cases in the database; $MONTH: $DECIDED decided, $FILED filed"
time_it() {
  local label=$1; shift
  local times=()
  for _ in $(seq 1 "$ROUNDS"); do
    times+=("$(curl -fsS -o /dev/null -w '%{time_total}' "$@")")
  done
  printf '%s: %s s (each of %s rounds)\n' "$label" "${times[*]}" "$ROUNDS"
}
time_it "prefecture monthly report, Excel (all units + total)" -H "Authorization: Bearer $TS" \
  "$BASE/api/reporting/prefecture.xlsx?month=$MONTH"
time_it "one unit's monthly report drafted (德令哈, 40 % of the cases)" -H "Authorization: Bearer $TH" \
  -H 'Content-Type: application/json' -d "{\"unitId\":10,\"month\":\"$MONTH\"}" "$BASE/api/reporting/monthly"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
