#!/usr/bin/env bash
# Fuzzes every target for SECONDS each (default 60) with libFuzzer through
# cargo-fuzz, starting from the committed seeds, and prints per target the
# executions, the corpus it grew to and the crashes found. A crash leaves its
# input under fuzz/artifacts/TARGET/: copy it to fuzz/regressions/TARGET/
# (replayed by `cargo test --test fuzz_corpus`) and fix the bug.
#   fuzz/run.sh [SECONDS] [TARGET...]
# Needs cargo-fuzz (`cargo install cargo-fuzz`) and a nightly toolchain.
set -uo pipefail
cd "$(dirname "$0")"
secs=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(sed -n 's/^name = "\(.*\)"$/\1/p' Cargo.toml | grep -v '^dhow-fuzz$')
command -v cargo-fuzz >/dev/null || { echo "fuzz/run.sh: cargo-fuzz not found: cargo install cargo-fuzz" >&2; exit 1; }

printf '%-16s %12s %10s %8s %8s\n' TARGET EXECUTIONS EXEC/S CORPUS CRASHES
total_crashes=0
for t in "${targets[@]}"; do
  work=$(mktemp -d)
  cp -r "corpus/$t/." "$work/" 2>/dev/null
  log=$(mktemp)
  cargo +nightly fuzz run --sanitizer none "$t" "$work" -- \
    -max_total_time="$secs" -print_final_stats=1 -rss_limit_mb=2048 >"$log" 2>&1
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  corpus=$(find "$work" -type f | wc -l)
  crashes=$(find "artifacts/$t" -type f -newer "$log" 2>/dev/null | wc -l)
  if [ -z "$execs" ]; then
    echo "fuzz/run.sh: $t did not run; its output:" >&2
    tail -20 "$log" >&2
    crashes=1
  fi
  total_crashes=$((total_crashes + crashes))
  printf '%-16s %12s %10s %8s %8s\n' "$t" "${execs:-?}" "${rate:-?}" "$corpus" "$crashes"
  rm -rf "$work" "$log"
done
[ "$total_crashes" -eq 0 ]
