#!/usr/bin/env bash
# List benchmark (figures printed, never asserted): 1,000,000 inspections and 1,000,000 patrol logs in the bench
# instance's database, then p95 latency of the keyset-paged lists under 8 concurrent clients (closed loop, bench/HttpLoad.java):
# the first page, a page a year deep (the cursor of the previous page), filters, for a county officer and for the
# prefecture supervisor who sees every unit.
# Usage: bench/inspection-lists-bench.sh [SECONDS] [CLIENTS]
source "$(dirname "$0")/inspection-bench-env.sh"
SECS=${1:-20}
CLIENTS=${2:-8}
if [[ "$(scalar "select count(*) as n from inspection where recorded_by_name = '压测';")" == "0" ]]; then
  echo "loading 1,000,000 inspections and 1,000,000 patrol logs …"
  sql bench/inspection-list-data.sql
fi
T1=$(token officer1)
TS=$(token supervisor1)
DEEP="$(date -d '-365 days' +%F)_9223372036854775807"
FROM=$(date -d '-90 days' +%F)
TO=$(date -d '-60 days' +%F)
echo "zhifa inspection list benchmark — $(date -Is), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)," \
  "$(scalar "select count(*) as n from inspection;") inspections, $(scalar "select count(*) as n from patrol_log;") patrols," \
  "${SECS}s per run, $CLIENTS clients"
load() { java bench/HttpLoad.java "$1" GET "$BASE$2" "$CLIENTS" "$SECS" - "Authorization: Bearer $3"; }
load "inspections officer1 first"    "/api/inspection/inspections?size=20" "$T1"
load "inspections officer1 1y deep"  "/api/inspection/inspections?size=20&cursor=$DEEP" "$T1"
load "inspections officer1 30 days"  "/api/inspection/inspections?size=20&from=$FROM&to=$TO" "$T1"
load "inspections all units first"   "/api/inspection/inspections?size=20" "$TS"
load "inspections all 1y deep"       "/api/inspection/inspections?size=20&cursor=$DEEP" "$TS"
load "inspections all CORRECTION"    "/api/inspection/inspections?size=20&outcome=CORRECTION" "$TS"
load "patrols officer1 first"        "/api/patrol/logs?size=20" "$T1"
load "patrols officer1 1y deep"      "/api/patrol/logs?size=20&cursor=$DEEP" "$T1"
load "patrols all units G109"        "/api/patrol/logs?size=20&road=G109" "$TS"
load "patrols all 1y deep"           "/api/patrol/logs?size=20&cursor=$DEEP" "$TS"
