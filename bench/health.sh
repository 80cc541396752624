#!/usr/bin/env bash
# Cost of health checks run by dhow's monitors: N containers (default 20)
# with `--health-interval 1s` for SECS seconds (default 30). Prints the CPU
# time the checks cost per check (the monitors' own time plus that of their
# reaped helpers and checks), next to the CPU time of one `dhow exec CTR
# true`, and the monitors' resident memory next to podman's conmon. The check
# is `exit 1` with huge retries, so FailingStreak counts every check exactly.
# Rootless podman runs checks through systemd timers, which this host lacks:
# it is not compared on the checks themselves.
#   bench/health.sh [N] [SECS]    (as root)
source "$(dirname "$0")/common.sh"
n=${1:-20}
secs=${2:-30}
push_busybox
pull_both

# CPU seconds (user + system) of a process and its reaped children.
cpu() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/.*\) /, ""); print ($12 + $13 + $14 + $15) / hz }' "/proc/$1/stat"; }
rss() { awk '/^Rss:/ {print $2}' "/proc/$1/smaps_rollup"; }

ids=()
for i in $(seq "$n"); do
  ids+=("$(as_user dhow-bench "${D[@]}" run -d --name "h$i" --health-cmd 'exit 1' --health-interval 1s \
    --health-retries 1000000 "$image" sleep 100000)")
done
sleep 3
mons=() streak0=0 cpu0=0
for id in "${ids[@]}"; do
  m=$(pgrep -u "$bench_uid" -f "__monitor $id" | sort -n | head -1)
  mons+=("$m")
  streak0=$((streak0 + $(as_user dhow-bench "${D[@]}" inspect -f '{{.State.Health.FailingStreak}}' "$id")))
  cpu0=$(echo "$cpu0 + $(cpu "$m")" | bc -l)
done
sleep "$secs"
streak1=0 cpu1=0 rss_sum=0
for i in "${!ids[@]}"; do
  streak1=$((streak1 + $(as_user dhow-bench "${D[@]}" inspect -f '{{.State.Health.FailingStreak}}' "${ids[$i]}")))
  cpu1=$(echo "$cpu1 + $(cpu "${mons[$i]}")" | bc -l)
  rss_sum=$((rss_sum + $(rss "${mons[$i]}")))
done
checks=$((streak1 - streak0))
per_check=$(echo "($cpu1 - $cpu0) / $checks" | bc -l)

# One `dhow exec CTR true`, CPU time of the whole command (median of 15).
exec_cpu=""
for _ in $(seq 15); do
  exec_cpu+=" $(python3 -c 'import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
r = resource.getrusage(resource.RUSAGE_CHILDREN); print(r.ru_utime + r.ru_stime)' \
    setpriv --reuid="$bench_uid" --regid="$bench_uid" --init-groups \
    env -i HOME="$bench_home" XDG_RUNTIME_DIR="$runtime_dir" PATH=/usr/local/bin:/usr/bin:/bin \
    dhow-bench "${D[@]}" exec h1 true)"
done
exec_med=$(printf '%s\n' $exec_cpu | median)

as_user podman "${P[@]}" run -d --name mem "$image" sleep 1000 >/dev/null
conmon=$(as_user podman "${P[@]}" inspect --format '{{.State.ConmonPid}}' mem)
printf 'health checks: %d containers, interval 1s, %ds: %d checks\n' "$n" "$secs" "$checks"
printf 'CPU per check %.4fs   one dhow exec %.4fs   ratio %.2f (goal < 1)\n' "$per_check" "$exec_med" "$(echo "$per_check / $exec_med" | bc -l)"
printf 'monitor RSS with checks: %d KiB on average; conmon (no checks) %s KiB\n' "$((rss_sum / n))" "$(rss "$conmon")"
echo "podman: rootless health checks need systemd timers, which this host lacks: not compared"
for id in "${ids[@]}"; do as_user dhow-bench "${D[@]}" rm -f "$id" >/dev/null; done
as_user podman "${P[@]}" rm -f -t 0 mem >/dev/null
