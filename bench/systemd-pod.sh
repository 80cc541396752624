#!/usr/bin/env bash
# A pod as a systemd service (issue 15): the commands the units of
# `generate systemd --new` run for one pod with one container, in systemd's
# order: start = the pod unit's ExecStartPre (pod create --replace with the
# infra PID file and the pod ID file) and ExecStart (pod start --pod-id-file),
# then the container unit's ExecStart (run --pod-id-file --replace --rm
# -d --sdnotify=conmon); stop = the container unit's ExecStop/ExecStopPost
# and the pod unit's ExecStop (pod stop) and ExecStopPost (pod rm -f).
# dhow vs rootless podman, same user, same busybox image, same flags.
#   bench/systemd-pod.sh [RUNS]    (as root)
source "$(dirname "$0")/common.sh"
runs=${1:-5}
dpkg -s catatonit >/dev/null 2>&1 || DEBIAN_FRONTEND=noninteractive apt-get install -y -q catatonit >/dev/null || true
push_busybox
pull_both

dh() { as_user "$bench_bin" "${D[@]}" "$@"; }
pm() { as_user podman "${P[@]}" "$@"; }
t=$runtime_dir
hp=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
unit_start() { # ENGINE
  rm -f "$t/pod-web.pid" "$t/pod-web.pod-id" "$t/app.ctr-id"
  "$1" pod create --infra-conmon-pidfile "$t/pod-web.pid" --pod-id-file "$t/pod-web.pod-id" --name web -p "$hp:8080" --replace >/dev/null
  "$1" pod start --pod-id-file "$t/pod-web.pod-id" >/dev/null
  "$1" run --cidfile="$t/app.ctr-id" --rm --pod-id-file "$t/pod-web.pod-id" --sdnotify=conmon --replace -d --name app "$image" \
    sh -c 'trap "exit 0" TERM; sleep 3600 & wait' >/dev/null
}
unit_stop() { # ENGINE
  "$1" stop --ignore -t 10 --cidfile="$t/app.ctr-id" >/dev/null
  "$1" rm -f --ignore -t 10 --cidfile="$t/app.ctr-id" >/dev/null
  "$1" pod stop --ignore --pod-id-file "$t/pod-web.pod-id" -t 10 >/dev/null
  "$1" pod rm --ignore -f --pod-id-file "$t/pod-web.pod-id" >/dev/null
}

# One untimed round each: podman builds its pause image on first use.
unit_start dh && unit_stop dh
unit_start pm && unit_stop pm

ds="" dt="" ps="" pt=""
for _ in $(seq "$runs"); do
  ds+=" $(seconds unit_start dh)"
  dt+=" $(seconds unit_stop dh)"
  ps+=" $(seconds unit_start pm)"
  pt+=" $(seconds unit_stop pm)"
done
report "pod unit start (pod+1 ctr)" "$ds" "$ps"
report "pod unit stop (pod+1 ctr)" "$dt" "$pt"
