#!/usr/bin/env bash
# Disk throughput inside a container (issue 5): write a file with
# `dd bs=1M conv=fsync`, then read it straight back (from the page cache:
# dropping caches is impossible rootless), on a named volume and on the
# container's overlay rootfs, for dhow and rootless podman, next to the same
# busybox dd on the host in the same file system. The clock is read inside the
# container (/proc/uptime, 10 ms steps) around each dd, so container start-up
# is not counted. The read is 4 passes over the file (the clock is coarse).
# Goal: a dhow volume within 5% of the host.
#   bench/volume.sh [RUNS] [SIZE_MB]    (as root)
source "$(dirname "$0")/common.sh"
runs=${1:-5}
size=${2:-256}
push_busybox
mkdir -p "$work/hostdir"; chown "$bench_user:" "$work/hostdir"
pull_both
as_user dhow-bench "${D[@]}" volume create benchvol >/dev/null
as_user podman "${P[@]}" volume create benchvol >/dev/null

# Prints "WRITE_SECONDS READ_SECONDS" for a file at $1; runs under busybox sh.
probe='f=$1; read t0 _ < /proc/uptime
dd if=/dev/zero of="$f" bs=1M count='"$size"' conv=fsync 2>/dev/null || exit 1
read t1 _ < /proc/uptime
for _ in 1 2 3 4; do dd if="$f" of=/dev/null bs=1M 2>/dev/null || exit 1; done
read t2 _ < /proc/uptime
rm -f "$f"; echo "$t0 $t1 $t2"'

# measure CMD...: runs the probe command, fails loudly, prints "W R" seconds.
measure() {
  local out
  if ! out=$("$@" 2>"$work/last-error"); then
    echo "benchmark command failed: $*" >&2; cat "$work/last-error" >&2; exit 1
  fi
  set -- $(printf '%s\n' "$out" | tail -1)
  [ $# = 3 ] || { echo "unexpected probe output: $out" >&2; exit 1; }
  echo "$(echo "$2 - $1" | bc -l) $(echo "$3 - $2" | bc -l)"
}

host()     { as_user busybox sh -c "$probe" sh "$work/hostdir/f"; }
dvolume()  { as_user dhow-bench "${D[@]}" run --rm -v benchvol:/data "$image" sh -c "$probe" sh /data/f; }
pvolume()  { as_user podman "${P[@]}" run --rm -v benchvol:/data "$image" sh -c "$probe" sh /data/f; }
doverlay() { as_user dhow-bench "${D[@]}" run --rm "$image" sh -c "$probe" sh /bench-file; }
poverlay() { as_user podman "${P[@]}" run --rm "$image" sh -c "$probe" sh /bench-file; }

# Warm both engines (podman's pause process) before timing.
as_user dhow-bench "${D[@]}" run --rm "$image" true
as_user podman "${P[@]}" run --rm "$image" true

declare -A W R
for case in host dvolume pvolume doverlay poverlay; do W[$case]=""; R[$case]=""; done
for _ in $(seq "$runs"); do
  for case in host dvolume pvolume doverlay poverlay; do
    settle
    res=$(measure "$case")
    W[$case]+=" ${res% *}"; R[$case]+=" ${res#* }"
  done
done

mbps() { echo "$size * $2 / $1" | bc -l; }
for kind in write read; do
  if [ $kind = write ]; then declare -n T=W; n=1; else declare -n T=R; n=4; fi
  h=$(printf '%s\n' ${T[host]} | median)
  printf '%-30s %.3fs  (%.0f MB/s)   (%s)\n' "host $kind" "$h" "$(mbps "$h" $n)" "${T[host]}"
  for c in volume overlay; do
    d=$(printf '%s\n' ${T[d$c]} | median); p=$(printf '%s\n' ${T[p$c]} | median)
    printf '%-30s dhow/host %.2f  podman/host %.2f\n' "$c $kind vs host" \
      "$(echo "$d / $h" | bc -l)" "$(echo "$p / $h" | bc -l)"
    report "$c $kind" "${T[d$c]}" "${T[p$c]}"
  done
  unset -n T
done
as_user dhow-bench "${D[@]}" volume rm benchvol >/dev/null || true
as_user podman "${P[@]}" volume rm benchvol >/dev/null || true
as_user podman unshare rm -rf "$store" 2>/dev/null || true
