#!/usr/bin/env bash
# Summarises the execution samples of a JFR recording: the top frames (self) and the zhifa, driver, Tomcat and
# Spring JDBC methods on the stack (inclusive), as shares of all samples. Usage: bench/jfr-summary.sh FILE.jfr [PATTERN]
# (PATTERN: a regular expression of a method on the stack; only samples with such a frame are counted)
set -euo pipefail
jfr print --events jdk.ExecutionSample --stack-depth 64 "$1" | awk -v only="${2:-}" '
  function flush() {
    if (n == 0) return
    keep = (only == "")
    for (i = 1; i <= n; i++) if (only != "" && st[i] ~ only) keep = 1
    if (keep) {
      samples++; self[st[1]]++; delete seen
      for (i = 1; i <= n; i++) {
        m = st[i]
        if (!(m in seen)) { seen[m] = 1; if (m ~ /^org\.zhifa|^org\.postgresql\.core|^org\.apache\.coyote|^org\.springframework\.jdbc/) incl[m]++ }
      }
    }
    n = 0
  }
  /stackTrace = \[/ { inside = 1; n = 0; next }
  inside && /^[[:space:]]*\]/ { inside = 0; flush(); next }
  inside { m = $1; sub(/\(.*/, "", m); st[++n] = m }
  END {
    printf "%d samples\n-- self (top 25)\n", samples
    for (m in self) printf "%6.1f %%  %s\n", 100 * self[m] / samples, m | "sort -rn | head -25"
    close("sort -rn | head -25")
    print "-- on the stack (top 30)"
    for (m in incl) printf "%6.1f %%  %s\n", 100 * incl[m] / samples, m | "sort -rn | head -30"
  }'
