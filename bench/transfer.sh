#!/usr/bin/env bash
# Image transfer (issue 7): `save` to a docker-archive and `load` of it into a
# fresh store, for a 4-layer image (~190 MB uncompressed, the one bench/pull.sh
# uses), and `push` to a registry on 127.0.0.1: dhow vs rootless podman, as the
# same unprivileged user. Goal: at most half of podman's time.
#   - push, same registry: every run tags the image into a new repository, so
#     no blob is in that repository; the registry still holds the blobs in the
#     pulled repository, so a client may mount them (cross-repository) instead
#     of uploading. The output says how many layer blobs each tool did not upload
#     (mounted or present; podman checked by one untimed debug-level push).
#   - push, fresh registry: every run pushes to a newly started registry with
#     empty storage, so every blob is really uploaded.
#   bench/transfer.sh [RUNS]    (as root)
source "$(dirname "$0")/common.sh"
runs=${1:-3}
echo "building the benchmark image..."
src=$work/src; mkdir -p "$src"/{l1,l2/usr/lib,l3/usr/share,l4/usr/lib}
"$repo/scripts/busybox-rootfs.sh" "$src/l1"
cp -a /usr/lib/gcc "$src/l2/usr/lib/"
cp -a /usr/share/perl "$src/l3/usr/share/"
cp -a /usr/lib/python3 "$src/l4/usr/lib/"
"$repo/scripts/oci-image.sh" "$work/oci" "$src/l1" "$src/l2" "$src/l3" "$src/l4" >/dev/null
skopeo copy -q --dest-tls-verify=false "oci:$work/oci:latest" "docker://$registry/bench/big:latest"
image=$registry/bench/big:latest
out=$work/out; mkdir -p "$out"; chown "$bench_user:" "$out"
pull_both

# --- save -----------------------------------------------------------------
dt="" pt=""
for _ in $(seq "$runs"); do
  rm -f "$out"/*.tar; settle
  dt+=" $(seconds as_user dhow-bench "${D[@]}" save -o "$out/dhow.tar" "$image")"
  settle
  pt+=" $(seconds as_user podman "${P[@]}" save -o "$out/podman.tar" "$image")"
done
report "save (docker-archive)" "$dt" "$pt"
echo "archive sizes: dhow $(stat -c %s "$out/dhow.tar") bytes, podman $(stat -c %s "$out/podman.tar") bytes"

# --- load: both load podman's archive (the same input) into a fresh store ---
# (dhow's own archive is checked to load too, untimed.)
as_user dhow-bench --root "$store/check" --runroot "$store/checkrun" load -q -i "$out/dhow.tar" >/dev/null
as_user podman unshare rm -rf "$store/check" "$store/checkrun"
dt="" pt=""
for i in $(seq "$runs"); do
  settle
  dt+=" $(seconds as_user dhow-bench --root "$store/dl$i" --runroot "$store/dlrun$i" load -q -i "$out/podman.tar")"
  [ "$(as_user dhow-bench --root "$store/dl$i" images -q | wc -l)" = 1 ] || { echo "dhow load did not add the image" >&2; exit 1; }
  settle
  pt+=" $(seconds as_user podman --root "$store/pl$i" --runroot "$store/plrun$i" load -q -i "$out/podman.tar")"
  as_user podman unshare rm -rf "$store/dl$i" "$store/dlrun$i" "$store/pl$i" "$store/plrun$i" 2>/dev/null || true
done
report "load (docker-archive)" "$dt" "$pt"
rm -f "$out"/*.tar

# --- push to new repositories of the same registry ---------------------------
# skipped FILE: how many blobs a push reported as not uploaded: dhow prints
# "Copying blob X skipped: already exists"; podman says so only at debug level.
skipped() { grep -c 'Copying blob .*skipped\|Skipping blob .*already present' "$1" || true; }
dt="" pt="" dskip=""
for i in $(seq "$runs"); do
  as_user dhow-bench "${D[@]}" tag "$image" "$registry/dpush$i/big:latest"
  as_user podman "${P[@]}" tag "$image" "$registry/ppush$i/big:latest"
  settle
  dt+=" $(seconds as_user dhow-bench "${D[@]}" push --tls-verify=false "$registry/dpush$i/big:latest")"
  dskip+=" $(skipped "$work/last-error")"
  settle
  pt+=" $(seconds as_user podman "${P[@]}" push --tls-verify=false "$registry/ppush$i/big:latest")"
done
report "push, new repo same registry" "$dt" "$pt"
# One more, untimed, podman push at debug level to see what podman did.
as_user podman "${P[@]}" tag "$image" "$registry/pcheck/big:latest"
as_user podman "${P[@]}" push --log-level=debug --tls-verify=false "$registry/pcheck/big:latest" >/dev/null 2>"$work/pcheck.log"
echo "  layer blobs of 4 not uploaded (cross-repo mounted or present): dhow per run:$dskip | podman (untimed debug push): $(skipped "$work/pcheck.log"), of which mounted: $(grep -c 'mount OK' "$work/pcheck.log" || true)"

# --- push to a fresh registry (empty storage) every run ----------------------
fresh_pid=""
# fresh_registry DIR: starts a registry storing in DIR; sets fresh_port/fresh_pid.
fresh_registry() {
  fresh_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  printf 'version: 0.1\nstorage:\n  filesystem:\n    rootdirectory: %s\nhttp:\n  addr: 127.0.0.1:%s\nlog:\n  level: error\n' "$1" "$fresh_port" > "$1.yml"
  /usr/bin/docker-registry serve "$1.yml" > "$1.log" 2>&1 &
  fresh_pid=$!
  for _ in $(seq 50); do curl -fs "http://127.0.0.1:$fresh_port/v2/" >/dev/null && return; sleep 0.1; done
  echo "registry in $1 did not start: $(cat "$1.log")" >&2; exit 1
}
stop_fresh() { [ -z "$fresh_pid" ] || { kill "$fresh_pid" 2>/dev/null || true; wait "$fresh_pid" 2>/dev/null || true; fresh_pid=""; }; }
trap 'stop_fresh; cleanup' EXIT
dt="" pt="" dskip=""
for i in $(seq "$runs"); do
  fresh_registry "$work/freg-d$i"; settle
  dt+=" $(seconds as_user dhow-bench "${D[@]}" push --tls-verify=false "$image" "127.0.0.1:$fresh_port/bench/big:latest")"
  dskip+=" $(skipped "$work/last-error")"
  stop_fresh; rm -rf "$work/freg-d$i"
  fresh_registry "$work/freg-p$i"; settle
  pt+=" $(seconds as_user podman "${P[@]}" push --tls-verify=false "$image" "127.0.0.1:$fresh_port/bench/big:latest")"
  stop_fresh; rm -rf "$work/freg-p$i"
done
report "push, fresh registry" "$dt" "$pt"
echo "  layer blobs of 4 not uploaded: dhow per run:$dskip (empty storage: every blob is uploaded by both)"
as_user podman unshare rm -rf "$store" 2>/dev/null || true
