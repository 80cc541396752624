#!/usr/bin/env bash
# Memory per running container: N detached `sleep` containers with dhow, then
# with rootless podman (runc), for N = 20 and 100 (COUNTS="20 100"). Sums PSS
# (what a process really costs the host: shared pages divided among their
# users) and RSS from /proc/PID/smaps_rollup over every process of the
# benchmark user except the containers' own `sleep`, per process kind (dhow
# monitor, conmon, slirp4netns/pasta, podman's pause process, ...), and prints
# per-container figures and dhow/podman ratios.
#   bench/memory.sh    (as root; BENCH_USER/BENCH_BIN/BENCH_SUBID as in common.sh)
BENCH_USER=${BENCH_USER:-dhowmem} BENCH_BIN=${BENCH_BIN:-dhow-mem} BENCH_SUBID=${BENCH_SUBID:-500000}
source "$(dirname "$0")/common.sh"
counts=${COUNTS:-20 100}
push_busybox
pull_both
as_user "$bench_bin" "${D[@]}" run --rm "$image" true
as_user podman "${P[@]}" run --rm "$image" true

# measure ENGINE: prints "kind pss_kb rss_kb procs" lines for the user's
# processes of that engine (dhow's are its binary, what it started and what
# names its store; all others are podman's).
measure() {
  python3 - "$bench_uid" "$bench_bin" "$1" "$store" <<'PY'
import os, sys
uid, bench_bin, engine, store = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
def stat(pid):
    try:
        s = open(f"/proc/{pid}/stat").read()
        comm = s[s.index("(") + 1:s.rindex(")")]
        return comm, int(s[s.rindex(")") + 2:].split()[1])
    except (OSError, ValueError):
        return "", 0
def is_dhow(pid, cmdline):
    if f"{store}/dhow" in cmdline:
        return True
    while pid > 1:
        comm, ppid = stat(pid)
        if comm == bench_bin[:15]:
            return True
        pid = ppid
    return False
kinds = {}
for pid in filter(str.isdigit, os.listdir("/proc")):
    try:
        if os.stat(f"/proc/{pid}").st_uid != uid:
            continue
        comm = open(f"/proc/{pid}/comm").read().strip()
        argv = open(f"/proc/{pid}/cmdline", "rb").read().split(b"\0")
        roll = open(f"/proc/{pid}/smaps_rollup").read().split("\n")
    except OSError:
        continue
    if comm == "sleep" or not roll or not argv[0]:
        continue  # the containers' own process; kernel threads
    args = [a.decode(errors="replace") for a in argv]
    if is_dhow(int(pid), " ".join(args)) != (engine == "dhow"):
        continue
    if comm == bench_bin[:15]:
        kind = "dhow monitor" if "__monitor" in args else "dhow " + next((a for a in args[1:] if not a.startswith("-") and "/" not in a), "?")
    elif comm == "catatonit":
        kind = "podman pause"
    else:
        kind = comm
    pss = sum(int(l.split()[1]) for l in roll if l.startswith("Pss:"))
    rss = sum(int(l.split()[1]) for l in roll if l.startswith("Rss:"))
    k = kinds.setdefault(kind, [0, 0, 0])
    k[0] += pss; k[1] += rss; k[2] += 1
for kind, (pss, rss, n) in sorted(kinds.items()):
    print(f"{kind.replace(' ', '_')} {pss} {rss} {n}")
PY
}

# run_many ENGINE N ARGS...: N detached sleep containers.
run_many() {
  local e=$1 n=$2; shift 2
  for i in $(seq "$n"); do
    as_user "$e" "$@" run -d --name "m$i" "$image" sleep 100000 >/dev/null
  done
  sleep 3  # let monitors finish their start (dhow trims set-up memory after 1 s)
}
rm_many() {
  local e=$1; shift
  as_user "$e" "$@" rm -f -a -t 0 >/dev/null 2>&1 || as_user "$e" "$@" rm -f -a >/dev/null
}

# show LABEL N FILE: per-kind per-container figures; TOTAL at the end.
show() {
  awk -v label="$1" -v n="$2" '{pss+=$2; rss+=$3; printf "  %-6s %-22s %3d procs  PSS %7.3f MB/ctr  RSS %7.3f MB/ctr\n", label, $1, $4, $2/1024/n, $3/1024/n}
    END {printf "  %-6s %-22s            PSS %7.3f MB/ctr  RSS %7.3f MB/ctr\n", label, "ALL", pss/1024/n, rss/1024/n}' "$3"
}
total() { awk -v n="$2" -v col="$3" '{s+=$col} END {printf "%.4f", s/1024/n}' "$1"; }
kind() { awk -v n="$2" -v col="$3" -v pat="$4" '$1 ~ pat {s+=$col} END {printf "%.4f", s/1024/n}' "$1"; }

for n in $counts; do
  run_many "$bench_bin" "$n" "${D[@]}"
  measure dhow > "$work/dhow.$n"
  rm_many "$bench_bin" "${D[@]}"
  run_many podman "$n" "${P[@]}"
  measure podman > "$work/podman.$n"
  rm_many podman "${P[@]}"
  echo "== $n running containers (per container; all processes of the user but the containers' sleep)"
  show dhow "$n" "$work/dhow.$n"
  show podman "$n" "$work/podman.$n"
  dm=$(kind "$work/dhow.$n" "$n" 2 '^dhow_monitor$'); cm=$(kind "$work/podman.$n" "$n" 2 '^conmon$')
  dmr=$(kind "$work/dhow.$n" "$n" 3 '^dhow_monitor$'); cmr=$(kind "$work/podman.$n" "$n" 3 '^conmon$')
  dn=$(kind "$work/dhow.$n" "$n" 2 '^(slirp4netns|pasta|passt)'); pn=$(kind "$work/podman.$n" "$n" 2 '^(slirp4netns|pasta|passt|rootlessport)')
  da=$(total "$work/dhow.$n" "$n" 2); pa=$(total "$work/podman.$n" "$n" 2)
  dar=$(total "$work/dhow.$n" "$n" 3); par=$(total "$work/podman.$n" "$n" 3)
  printf 'memory %3d ctrs  monitor/conmon PSS %.3f/%.3f MB ratio %.2f, RSS %.3f/%.3f MB ratio %.2f\n' "$n" "$dm" "$cm" "$(echo "$dm / $cm" | bc -l)" "$dmr" "$cmr" "$(echo "$dmr / $cmr" | bc -l)"
  printf 'memory %3d ctrs  monitor+net helper PSS %.3f/%.3f MB ratio %.2f\n' "$n" "$(echo "$dm + $dn" | bc -l)" "$(echo "$cm + $pn" | bc -l)" "$(echo "($dm + $dn) / ($cm + $pn)" | bc -l)"
  printf 'memory %3d ctrs  all processes PSS %.3f/%.3f MB ratio %.2f, RSS %.3f/%.3f MB ratio %.2f\n' "$n" "$da" "$pa" "$(echo "$da / $pa" | bc -l)" "$dar" "$par" "$(echo "$dar / $par" | bc -l)"
done
as_user podman unshare rm -rf "$store" 2>/dev/null || true
