#!/usr/bin/env bash
# Container start-up: `run --rm IMAGE true`, `run -d` + `stop -t 0` + `rm`,
# `exec CTR true`, and `ps -a` with 100 containers; dhow vs rootless podman (runc), as the same
# unprivileged user, on the same busybox image. Prints medians and ratios, and
# the resident memory of dhow's monitor next to podman's conmon.
#   bench/run.sh [RUNS]    (as root)
source "$(dirname "$0")/common.sh"
runs=${1:-15}
push_busybox
pull_both
# Warm both (first podman run sets up its pause process).
as_user "$bench_bin" "${D[@]}" run --rm "$image" true
as_user podman "${P[@]}" run --rm "$image" true
settle

dt="" pt=""
for _ in $(seq "$runs"); do
  dt+=" $(seconds as_user "$bench_bin" "${D[@]}" run --rm "$image" true)"
  pt+=" $(seconds as_user podman "${P[@]}" run --rm "$image" true)"
done
report "run --rm true" "$dt" "$pt"

# Without a network (only lo): the container start itself, without the
# user-mode network helper (podman likewise with --network none).
dt="" pt=""
for _ in $(seq "$runs"); do
  dt+=" $(seconds as_user "$bench_bin" "${D[@]}" run --rm --network none "$image" true)"
  pt+=" $(seconds as_user podman "${P[@]}" run --rm --network none "$image" true)"
done
report "run --rm --network none true" "$dt" "$pt"

# The same with dhow driving runc instead of its built-in runtime: what an
# external OCI runtime would cost (the built-in-vs-library decision in
# ARCHITECTURE.md rests on this).
dt=""
for _ in $(seq "$runs"); do
  dt+=" $(seconds as_user "$bench_bin" "${D[@]}" run --rm --runtime /usr/sbin/runc "$image" true)"
done
report "run --rm true (dhow+runc)" "$dt" "$pt"

lifecycle() { # engine args...
  local e=$1; shift
  as_user "$e" "$@" run -d --name lc "$image" sleep 1000 >/dev/null
  as_user "$e" "$@" stop -t 0 lc >/dev/null
  as_user "$e" "$@" rm lc >/dev/null
}
dt="" pt=""
for _ in $(seq "$runs"); do
  dt+=" $(seconds lifecycle "$bench_bin" "${D[@]}")"
  pt+=" $(seconds lifecycle podman "${P[@]}")"
done
report "run -d + stop -t 0 + rm" "$dt" "$pt"

# Memory of the per-container supervisor while a container runs.
mem_id=$(as_user "$bench_bin" "${D[@]}" run -d --name mem "$image" sleep 1000)
as_user podman "${P[@]}" run -d --name mem "$image" sleep 1000 >/dev/null
sleep 2
rss() { [ -n "$1" ] && awk '/^Rss:/ {print $2}' "/proc/$1/smaps_rollup"; }
mon=$(pgrep -u "$bench_uid" -f "__monitor $mem_id" | head -1)
conmon=$(as_user podman "${P[@]}" inspect --format '{{.State.ConmonPid}}' mem)
echo "supervisor RSS: dhow monitor $(rss "$mon") KiB, conmon $(rss "$conmon") KiB"

# exec into the running container (issue 4's goal: at most 1/5 of podman).
dt="" pt=""
for _ in $(seq "$runs"); do
  dt+=" $(seconds as_user "$bench_bin" "${D[@]}" exec mem true)"
  pt+=" $(seconds as_user podman "${P[@]}" exec mem true)"
done
report "exec CTR true" "$dt" "$pt"
as_user "$bench_bin" "${D[@]}" rm -f mem >/dev/null
as_user podman "${P[@]}" rm -f -t 0 mem >/dev/null

echo "creating 100 containers in each..."
for i in $(seq 100); do
  as_user "$bench_bin" "${D[@]}" create --name c$i "$image" true >/dev/null
  as_user podman "${P[@]}" create --name c$i "$image" true >/dev/null
done
settle
dt="" pt=""
for _ in $(seq "$runs"); do
  dt+=" $(seconds as_user "$bench_bin" "${D[@]}" ps -a)"
  pt+=" $(seconds as_user podman "${P[@]}" ps -a)"
done
report "ps -a (100 containers)" "$dt" "$pt"
as_user "$bench_bin" "${D[@]}" rm -a >/dev/null 2>&1 || true
as_user podman "${P[@]}" rm -a >/dev/null 2>&1 || true
as_user podman unshare rm -rf "$store" 2>/dev/null || true
