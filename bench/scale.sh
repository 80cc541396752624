#!/usr/bin/env bash
# Scale: as the store grows to N containers (one in ten running) and N
# images, the latency of single commands (`run --rm true`, `ps -a`,
# `inspect` of one container, `stop -t 0` and `rm` of one more container,
# `images`, and the in-use checks: `volume rm` of an unused volume,
# `volume ls --filter dangling=true`, `rmi` of an unused image), for dhow and rootless podman on the same work; the growth of each
# from the first checkpoint to N; and the resident memory per running
# container (monitor + the network's holder and uplink, for dhow; conmon +
# pasta/slirp4netns, for podman).
#   bench/scale.sh [N] [ENGINES] [CHECKPOINTS]   (as root; N default 1000,
#   ENGINES default "dhow podman", CHECKPOINTS default "10 300 N")
# NETWORK=none runs every container with --network none (no slirp4netns per
# running container: what is then measured is the engines' own bookkeeping).
# MEASURE=cpu: user+sys CPU seconds of each command and its waited-for
# children (getrusage, microseconds; not the detached monitor) instead of wall time: steadier on a loaded
# machine, and what an O(containers) scan per command shows up in.
# PODMAN_MAX=M stops podman's curve at M containers (podman's creates and
# imports are slow: the run says where it stopped).
# The issue's bar: run start time may grow by at most 10 % from 10 to N.
source "$(dirname "$0")/common.sh"
n=${1:-1000}
engines=${2:-dhow podman}
runs=${RUNS:-5}
push_busybox
pull_both

# A tiny distinct rootfs tar per image (import makes one image each).
tars=$work/tars; mkdir -p "$tars"; chown "$bench_user:" "$tars"

args_of() { if [ "$1" = dhow ]; then echo "$bench_bin" "${D[@]}"; else echo podman "${P[@]}"; fi; }

grow() { # ENGINE TARGET: containers and images up to TARGET
  local e=$1 target=$2 have i
  local -a a; read -r -a a <<<"$(args_of "$e")"
  have=$(as_user "${a[@]}" ps -aq | wc -l)
  for ((i = have; i < target; i++)); do
    if ((i % 10 == 0)); then
      as_user "${a[@]}" run -d "${net[@]}" --name "s$i" "$image" sleep 1000000 >/dev/null
    else
      as_user "${a[@]}" create "${net[@]}" --name "s$i" "$image" true >/dev/null
    fi
  done
  have=$(as_user "${a[@]}" images -q | wc -l)
  for ((i = have; i < target; i++)); do
    [ -f "$tars/$i.tar" ] || { mkdir -p "$tars/r$i" && echo "$i" >"$tars/r$i/id" && tar -C "$tars/r$i" -cf "$tars/$i.tar" id && rm -rf "$tars/r$i"; chown "$bench_user:" "$tars/$i.tar"; }
    as_user "${a[@]}" import -q "$tars/$i.tar" "scale/img$i:1" >/dev/null
  done
}

# measure as_user CMD...: one measurement of CMD run as the bench user.
measure() {
  shift # as_user
  if [ "${MEASURE:-wall}" = cpu ]; then
    # wait4's rusage of the command: microseconds (GNU time prints
    # hundredths, below which dhow's single commands mostly fall).
    python3 -c 'import os, sys
err = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
null = os.open(os.devnull, os.O_WRONLY)
acts = [(os.POSIX_SPAWN_DUP2, null, 1), (os.POSIX_SPAWN_DUP2, err, 2)]
pid = os.posix_spawnp(sys.argv[2], sys.argv[2:], os.environ, file_actions=acts)
_, status, ru = os.wait4(pid, 0)
print("%.4f" % (ru.ru_utime + ru.ru_stime))
sys.exit(os.waitstatus_to_exitcode(status))' "$work/last-error" "${as_user_cmd[@]}" "$@" ||
      { echo "benchmark command failed: $*" >&2; cat "$work/last-error" >&2; exit 1; }
  else
    seconds as_user "$@"
  fi
}

median_of() { # as_user CMD...: median time of $runs runs
  local t=""
  for _ in $(seq "$runs"); do t+=" $(measure "$@")"; done
  printf '%s\n' $t | median
}

rss_kb() { local s=0 p; for p in "$@"; do s=$((s + $(awk '/^Rss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0))); done; echo $s; }

net=()
[ -n "${NETWORK:-}" ] && net=(--network "$NETWORK")
checkpoints=${3:-10 300 $n}

# stop -t 0 and rm of a fresh running container, $runs times: "STOP RM".
stop_rm_of() {
  local -a a=("$@") st=() rt=()
  local i
  for ((i = 0; i < runs; i++)); do
    as_user "${a[@]}" run -d "${net[@]}" --name probe "$image" sleep 1000000 >/dev/null
    st+=("$(measure as_user "${a[@]}" stop -t 0 probe)")
    rt+=("$(measure as_user "${a[@]}" rm probe)")
  done
  echo "$(printf '%s\n' "${st[@]}" | median) $(printf '%s\n' "${rt[@]}" | median)"
}

# volume rm of an unused volume, volume ls --filter dangling=true, and rmi
# of an unused image, $runs times each: "VOLRM VOLLS RMI".
in_use_checks_of() {
  local -a a=("$@") vr=() vl=() ri=()
  local i
  [ -f "$tars/probe.tar" ] || { mkdir -p "$tars/rp" && echo probe >"$tars/rp/id" && tar -C "$tars/rp" -cf "$tars/probe.tar" id && rm -rf "$tars/rp"; chown "$bench_user:" "$tars/probe.tar"; }
  for ((i = 0; i < runs; i++)); do
    as_user "${a[@]}" volume create probev >/dev/null
    vl+=("$(measure as_user "${a[@]}" volume ls --filter dangling=true)")
    vr+=("$(measure as_user "${a[@]}" volume rm probev)")
    as_user "${a[@]}" import -q "$tars/probe.tar" scale/probe:1 >/dev/null
    ri+=("$(measure as_user "${a[@]}" rmi scale/probe:1)")
  done
  echo "$(printf '%s\n' "${vr[@]}" | median) $(printf '%s\n' "${vl[@]}" | median) $(printf '%s\n' "${ri[@]}" | median)"
}

keys="run ps inspect stop rm images volrm volls rmi"
printf '%-7s %6s %9s %9s %9s %9s %9s %9s %9s %9s %9s %12s\n' ENGINE COUNT "run --rm" "ps -a" inspect stop rm images "volume rm" "vol ls -f" rmi "KiB/running"
declare -A first last upto
for count in $checkpoints; do
  for e in $engines; do
    if [ "$e" = podman ] && [ "$count" -gt "${PODMAN_MAX:-$count}" ]; then
      echo "podman: not measured at $count containers (PODMAN_MAX=$PODMAN_MAX)"
      continue
    fi
    read -r -a a <<<"$(args_of "$e")"
    grow "$e" "$count"
    upto[$e]=$count
    run_t=$(median_of as_user "${a[@]}" run --rm "${net[@]}" "$image" true)
    ps_t=$(median_of as_user "${a[@]}" ps -a)
    in_t=$(median_of as_user "${a[@]}" inspect s1)
    read -r stop_t rm_t <<<"$(stop_rm_of "${a[@]}")"
    im_t=$(median_of as_user "${a[@]}" images)
    read -r volrm_t volls_t rmi_t <<<"$(in_use_checks_of "${a[@]}")"
    running=$(as_user "${a[@]}" ps -q | wc -l)
    if [ "$e" = dhow ]; then
      pids=$(pgrep -u "$bench_uid" -f "__monitor|__netns-holder|slirp4netns" | tr '\n' ' ')
    else
      pids=$(pgrep -u "$bench_uid" -f "conmon|slirp4netns|pasta" | tr '\n' ' ')
    fi
    # shellcheck disable=SC2086
    mem=$(($(rss_kb $pids) / (running > 0 ? running : 1)))
    printf '%-7s %6s %9.4f %9.4f %9.4f %9.4f %9.4f %9.4f %9.4f %9.4f %9.4f %12s\n' "$e" "$count" "$run_t" "$ps_t" "$in_t" "$stop_t" "$rm_t" "$im_t" "$volrm_t" "$volls_t" "$rmi_t" "$mem"
    echo "  (load average $(cut -d' ' -f1-3 /proc/loadavg), $running running)"
    for k in $keys; do
      case $k in run) v=$run_t ;; ps) v=$ps_t ;; inspect) v=$in_t ;; stop) v=$stop_t ;; rm) v=$rm_t ;; images) v=$im_t ;; volrm) v=$volrm_t ;; volls) v=$volls_t ;; rmi) v=$rmi_t ;; esac
      [ -n "${first[$e.$k]:-}" ] || first[$e.$k]=$v
      last[$e.$k]=$v
    done
  done
done
read -r -a cps <<<"$checkpoints"
echo "growth from ${cps[0]} containers to the last measured count (last / first; ps -a and images list everything, so they grow with N):"
for e in $engines; do
  [ -n "${upto[$e]:-}" ] || continue
  line="$e (${cps[0]} to ${upto[$e]}):"
  for k in $keys; do
    f=${first[$e.$k]}
    [ "$(echo "$f <= 0" | bc)" = 1 ] && f=0.01 # below the CPU clock's resolution
    line+=$(printf ' %s x%.2f' "$k" "$(echo "${last[$e.$k]} / $f" | bc -l)")
  done
  echo "$line"
  f=${first[$e.run]}
  [ "$(echo "$f <= 0" | bc)" = 1 ] && f=0.01
  printf '%s: run --rm start time from %s to %s containers: %+.1f %%\n' "$e" "${cps[0]}" "${upto[$e]}" "$(echo "(${last[$e.run]} / $f - 1) * 100" | bc -l)"
done
for e in $engines; do
  read -r -a a <<<"$(args_of "$e")"
  as_user "${a[@]}" rm -af -t 0 >/dev/null 2>&1 || as_user "${a[@]}" rm -af >/dev/null 2>&1 || true
done
