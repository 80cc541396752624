#!/usr/bin/env bash
# A/B of two dhow builds on `run --rm IMAGE true` (default network, then
# `--network none`): this tree's build (or BENCH_PREBUILT) against an
# earlier one, alternating run by run so both see the same load; prints
# medians and the new/old ratio. Each build has its own store.
#   BENCH_OLD=/path/to/old/dhow bench/run-ab.sh [RUNS]    (as root)
source "$(dirname "$0")/common.sh"
runs=${1:-21}
[ -x "${BENCH_OLD:-}" ] || { echo "set BENCH_OLD to the earlier dhow binary" >&2; exit 1; }
install -m 0755 "$BENCH_OLD" "/usr/local/bin/$bench_bin-old"
old=$bench_bin-old
O=(--root "$store/old" --runroot "$store/oldrun")
push_busybox
as_user "$bench_bin" "${D[@]}" pull -q --tls-verify=false "$image" >/dev/null
as_user "$old" "${O[@]}" pull -q --tls-verify=false "$image" >/dev/null
as_user "$bench_bin" "${D[@]}" run --rm "$image" true
as_user "$old" "${O[@]}" run --rm "$image" true
settle
for net in "" "--network none"; do
  nt="" ot=""
  for _ in $(seq "$runs"); do
    nt+=" $(seconds as_user "$bench_bin" "${D[@]}" run --rm $net "$image" true)"
    ot+=" $(seconds as_user "$old" "${O[@]}" run --rm $net "$image" true)"
  done
  report "run --rm ${net:+$net }true" "$nt" "$ot" | sed 's/podman/old/g'
done
