#!/usr/bin/env bash
# Resource limits: what enforcing them adds to a start, and `stats` with many
# containers. dhow enforces through a cgroup v1 subtree this script delegates
# to the benchmark user (as an administrator would: mkdir + chown under this
# shell's own cgroup in each hierarchy, removed at exit; cgroup mounts are
# never changed); rootless podman on cgroup v1 ignores the limits, so its
# figure is the cost of a start that enforces nothing.
#   bench/limits.sh [RUNS]    (as root)
source "$(dirname "$0")/common.sh"
runs=${1:-15}
push_busybox
pull_both

parent=dhow-bench-$$
dirs=()
for c in memory cpu cpuacct cpuset pids; do
  own=$(awk -F: -v c="$c" '{n=split($2,a,","); for (i=1;i<=n;i++) if (a[i]==c) print $3}' /proc/self/cgroup)
  [ -d "/sys/fs/cgroup/$c" ] || continue
  d=/sys/fs/cgroup/$c${own%/}/$parent
  mkdir -p "$d"
  if [ "$c" = cpuset ]; then
    cat "$(dirname "$d")/cpuset.cpus" > "$d/cpuset.cpus"
    cat "$(dirname "$d")/cpuset.mems" > "$d/cpuset.mems"
  fi
  chown -R "$bench_user:" "$d"
  dirs+=("$d")
done
uncgroup() {
  as_user "$bench_bin" "${D[@]}" rm -f $(as_user "$bench_bin" "${D[@]}" ps -aq) >/dev/null 2>&1 || true
  as_user podman "${P[@]}" rm -f -a >/dev/null 2>&1 || true
  for d in "${dirs[@]}"; do
    # (|| true: under set -e a failed rmdir would end this trap before
    # cleanup, leaving the registry running.)
    for _ in $(seq 50); do rmdir "$d"/dhow-* 2>/dev/null || true; rmdir "$d" 2>/dev/null && break; sleep 0.1; done
  done
  cleanup
}
trap uncgroup EXIT

limits=(-m 64m --pids-limit 100 --cpus 1)
as_user "$bench_bin" "${D[@]}" run --rm --cgroup-parent "$parent" "${limits[@]}" "$image" true
podman_ok=1
as_user podman "${P[@]}" run --rm "${limits[@]}" "$image" true >/dev/null 2>&1 || podman_ok=0
settle

dn="" dl="" pl=""
for _ in $(seq "$runs"); do
  dn+=" $(seconds as_user "$bench_bin" "${D[@]}" run --rm "$image" true)"
  dl+=" $(seconds as_user "$bench_bin" "${D[@]}" run --rm --cgroup-parent "$parent" "${limits[@]}" "$image" true)"
  if [ "$podman_ok" = 1 ]; then pl+=" $(seconds as_user podman "${P[@]}" run --rm "${limits[@]}" "$image" true)"; fi
done
report "run --rm true (no limits)" "$dn" "$dn"
if [ "$podman_ok" = 1 ]; then
  report "run --rm ${limits[*]} true" "$dl" "$pl"
else
  report "run --rm ${limits[*]} true" "$dl" "$dn"
  echo "(podman refused the limits here; the ratio above is dhow with limits / dhow without)"
fi
d=$(printf '%s\n' $dl | median); n=$(printf '%s\n' $dn | median)
printf 'limits add %.1f ms to a start (goal: at most 5 ms)\n' "$(echo "($d - $n) * 1000" | bc -l)"

# stats --no-stream with 20 running containers (each in its cgroup).
for i in $(seq 20); do
  as_user "$bench_bin" "${D[@]}" run -d --cgroup-parent "$parent" -m 64m "$image" sleep 1000 >/dev/null
done
ds=""
for _ in $(seq "$runs"); do
  ds+=" $(seconds as_user "$bench_bin" "${D[@]}" stats --no-stream)"
done
d=$(printf '%s\n' $ds | median)
# One sample: CPU % is each container's average since its start (as podman).
printf '%-30s dhow %.1f ms (goal: under 50 ms)   (%s)\n' "stats --no-stream, 20 ctrs" "$(echo "$d * 1000" | bc -l)" "$ds"
