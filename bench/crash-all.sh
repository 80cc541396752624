#!/usr/bin/env bash
# Crash consistency as a set: every operation of tests/crash.rs (pull, rmi,
# run -d, run --rm, create, rm, build, commit, save, load, import, volume
# create/rm, network create/rm, monitors and network helpers) killed with
# SIGKILL at POINTS spread points each (default 50, the issue's bar; the
# suite samples fewer of the slow ones in CI), then one table:
#   OPERATION  POINTS  SURVIVED  REPAIRED
# SURVIVED: kill points after which the store was consistent (system check
# clean, or clean after --repair), the next commands worked and nothing was
# left behind; a failed test shows the point it failed at and its message.
# REPAIRED: of those, the points where --repair removed leftovers.
#   bench/crash-all.sh [POINTS] [TEST-FILTER]     (as root; takes long)
set -uo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
points=${1:-50}
filter=${2:-}
# The suite's whole output stays in LOG (default /tmp/dhow-crash-all.log).
log=${LOG:-/tmp/dhow-crash-all.log}
start=$(date +%s)
# shellcheck disable=SC2086
DHOW_CRASH_POINTS=$points cargo test -q --test crash -- --nocapture --test-threads="${THREADS:-2}" $filter >"$log" 2>&1
status=$?
# Test progress dots share the lines of the suite's own output.
sed -i 's/^\.\+//' "$log"
printf '%-16s %7s %9s %9s\n' OPERATION POINTS SURVIVED REPAIRED
sed -n 's/^crash-points: \(.*\) survived=\([0-9]*\) repaired=\([0-9]*\).*/\1|\2|\3/p' "$log" |
  awk -F'|' '{printf "%-16s %7s %9s %9s\n", $1, $2, $2, $3; p += $2; r += $3} END {printf "%-16s %7s %9s %9s\n", "total", p, p, r}'
# A failed test: its panic message (which names the operation and the kill
# point, or the uninterrupted run before or after them).
grep -A2 "panicked at" "$log" | grep -vE "panicked at|^--$" | cut -c1-400 | sed 's/^/FAILED: /'
grep -E '^test result' "$log" | tail -1
echo "took $(( $(date +%s) - start )) s; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
