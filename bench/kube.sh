#!/usr/bin/env bash
# Pods and Kubernetes YAML (issue 17): `kube play` of a 3-container pod
# (images present, from the local registry) and `kube down` of the same
# file; `pod create` + 3 x `run -d --pod` (+ `pod clone`, `pod rm -f`). dhow vs rootless
# podman, same user, same busybox image, same file and commands.
# Goals: kube play + kube down at most 0.25x podman; pod create + 3 runs at
# most 0.25x podman.
#   bench/kube.sh [RUNS]    (as root)
source "$(dirname "$0")/common.sh"
runs=${1:-5}
# podman's infra container runs catatonit (its pause image is built from it).
dpkg -s catatonit >/dev/null 2>&1 || DEBIAN_FRONTEND=noninteractive apt-get install -y -q catatonit >/dev/null || true
push_busybox
pull_both

yaml=$work/pod.yaml
{
  echo "apiVersion: v1"
  echo "kind: Pod"
  echo "metadata:"
  echo "  name: bench"
  echo "spec:"
  echo "  containers:"
  for c in a b c; do
    echo "  - name: $c"
    echo "    image: $image"
    # Exits on SIGTERM (a bare sleep as PID 1 would make a stop wait out its timeout).
    echo "    command: [sh, -c, 'trap \"exit 0\" TERM; sleep 3600 & wait']"
  done
} > "$yaml"
chmod 644 "$yaml"

dh() { as_user "$bench_bin" "${D[@]}" "$@"; }
pm() { as_user podman "${P[@]}" "$@"; }
pod_runs() { # ENGINE: pod create + 3 run --pod
  "$1" pod create --name p3 >/dev/null
  for c in a b c; do "$1" run -d --pod p3 --name "p3-$c" "$image" sh -c 'trap "exit 0" TERM; sleep 3600 & wait' >/dev/null; done
}

# One untimed round each: podman builds its pause image on first use.
dh kube play "$yaml" >/dev/null && dh kube down "$yaml" >/dev/null
pm kube play --tls-verify=false "$yaml" >/dev/null && pm kube down "$yaml" >/dev/null
pm pod create --name warm >/dev/null && pm pod rm -f warm >/dev/null

dp="" dd="" pp="" pd="" dc="" dr="" pc="" pr="" dk="" pk=""
for _ in $(seq "$runs"); do
  dp+=" $(seconds dh kube play "$yaml")"
  dd+=" $(seconds dh kube down "$yaml")"
  pp+=" $(seconds pm kube play --tls-verify=false "$yaml")"
  pd+=" $(seconds pm kube down "$yaml")"
  dc+=" $(seconds pod_runs dh)"
  dk+=" $(seconds dh pod clone --name p3c p3)"
  dh pod rm -f -t 0 p3c >/dev/null
  dr+=" $(seconds dh pod rm -f -t 0 p3)"
  pc+=" $(seconds pod_runs pm)"
  pk+=" $(seconds pm pod clone --name p3c p3)"
  pm pod rm -f -t 0 p3c >/dev/null
  pr+=" $(seconds pm pod rm -f -t 0 p3)"
done
report "kube play (3 containers)" "$dp" "$pp"
report "kube down" "$dd" "$pd"
sum() { paste -d' ' <(printf '%s\n' $1) <(printf '%s\n' $2) | awk '{printf "%.3f ", $1 + $2}'; }
report "kube play + kube down" "$(sum "$dp" "$dd")" "$(sum "$pp" "$pd")"
report "pod create + 3 x run --pod" "$dc" "$pc"
report "pod rm -f (3 containers)" "$dr" "$pr"
report "pod clone (3 containers)" "$dk" "$pk"
