#!/usr/bin/env bash
# Scale: as the store grows to N containers (one in ten running) and N
# images, how long `ps -a`, `images`, `inspect` of one container and
# `run --rm true` take, for dhow and rootless podman on the same work; and
# the resident memory per running container (monitor + the network's holder
# and uplink, for dhow; conmon + pasta/slirp4netns, for podman).
#   bench/scale.sh [N] [ENGINES]    (as root; N default 1000, checkpoints at
#   10, 100 and N; ENGINES default "dhow podman")
# The issue's bar: run start time may grow by at most 10 % from 10 to N.
source "$(dirname "$0")/common.sh"
n=${1:-1000}
engines=${2:-dhow podman}
runs=${RUNS:-5}
push_busybox
pull_both

# A tiny distinct rootfs tar per image (import makes one image each).
tars=$work/tars; mkdir -p "$tars"; chown "$bench_user:" "$tars"

args_of() { if [ "$1" = dhow ]; then echo dhow-bench "${D[@]}"; else echo podman "${P[@]}"; fi; }

grow() { # ENGINE TARGET: containers and images up to TARGET
  local e=$1 target=$2 have i
  local -a a; read -r -a a <<<"$(args_of "$e")"
  have=$(as_user "${a[@]}" ps -aq | wc -l)
  for ((i = have; i < target; i++)); do
    if ((i % 10 == 0)); then
      as_user "${a[@]}" run -d --name "s$i" "$image" sleep 1000000 >/dev/null
    else
      as_user "${a[@]}" create --name "s$i" "$image" true >/dev/null
    fi
  done
  have=$(as_user "${a[@]}" images -q | wc -l)
  for ((i = have; i < target; i++)); do
    [ -f "$tars/$i.tar" ] || { mkdir -p "$tars/r$i" && echo "$i" >"$tars/r$i/id" && tar -C "$tars/r$i" -cf "$tars/$i.tar" id && rm -rf "$tars/r$i"; chown "$bench_user:" "$tars/$i.tar"; }
    as_user "${a[@]}" import -q "$tars/$i.tar" "scale/img$i:1" >/dev/null
  done
}

median_of() { # CMD...: median wall time of $runs runs
  local t=""
  for _ in $(seq "$runs"); do t+=" $(seconds "$@")"; done
  printf '%s\n' $t | median
}

rss_kb() { local s=0 p; for p in "$@"; do s=$((s + $(awk '/^Rss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0))); done; echo $s; }

printf '%-7s %6s %9s %9s %9s %9s %12s\n' ENGINE COUNT "ps -a" images inspect "run --rm" "KiB/running"
declare -A first_run last_run
for count in 10 100 "$n"; do
  for e in $engines; do
    read -r -a a <<<"$(args_of "$e")"
    grow "$e" "$count"
    ps_t=$(median_of as_user "${a[@]}" ps -a)
    im_t=$(median_of as_user "${a[@]}" images)
    in_t=$(median_of as_user "${a[@]}" inspect s1)
    run_t=$(median_of as_user "${a[@]}" run --rm "$image" true)
    running=$(as_user "${a[@]}" ps -q | wc -l)
    if [ "$e" = dhow ]; then
      pids=$(pgrep -u "$bench_uid" -f "__monitor|__netns-holder|slirp4netns" | tr '\n' ' ')
    else
      pids=$(pgrep -u "$bench_uid" -f "conmon|slirp4netns|pasta" | tr '\n' ' ')
    fi
    # shellcheck disable=SC2086
    mem=$(($(rss_kb $pids) / (running > 0 ? running : 1)))
    printf '%-7s %6s %9.3f %9.3f %9.3f %9.3f %12s\n' "$e" "$count" "$ps_t" "$im_t" "$in_t" "$run_t" "$mem"
    [ -n "${first_run[$e]:-}" ] || first_run[$e]=$run_t
    last_run[$e]=$run_t
  done
done
for e in $engines; do
  printf '%s: run --rm start time from 10 to %s containers: %+.1f %%\n' "$e" "$n" "$(echo "(${last_run[$e]} / ${first_run[$e]} - 1) * 100" | bc -l)"
done
for e in $engines; do
  read -r -a a <<<"$(args_of "$e")"
  as_user "${a[@]}" rm -af -t 0 >/dev/null 2>&1 || as_user "${a[@]}" rm -af >/dev/null 2>&1 || true
done
