#!/usr/bin/env bash
# Cold pull of a 4-layer image (~190 MB uncompressed) from a local registry:
# dhow vs rootless podman, both as the same unprivileged user, fresh storage
# for every run. Prints each median and the ratio.
#   bench/pull.sh [RUNS]    (as root)
source "$(dirname "$0")/common.sh"
runs=${1:-5}
echo "building the benchmark image..."
src=$work/src; mkdir -p "$src"/{l1,l2/usr/lib,l3/usr/share,l4/usr/lib}
"$repo/scripts/busybox-rootfs.sh" "$src/l1"
cp -a /usr/lib/gcc "$src/l2/usr/lib/"
cp -a /usr/share/perl "$src/l3/usr/share/"
cp -a /usr/lib/python3 "$src/l4/usr/lib/"
"$repo/scripts/oci-image.sh" "$work/oci" "$src/l1" "$src/l2" "$src/l3" "$src/l4"
skopeo copy -q --dest-tls-verify=false "oci:$work/oci:latest" "docker://$registry/bench/big:latest"
image=$registry/bench/big:latest

dhow_times=() podman_times=()
for i in $(seq "$runs"); do
  settle
  dhow_times+=("$(seconds as_user dhow-bench --root "$store/dhow$i" --runroot "$store/dhowrun$i" pull -q --tls-verify=false "$image")")
  as_user dhow-bench --root "$store/dhow$i" images >/dev/null
  settle
  podman_times+=("$(seconds as_user podman --root "$store/podman$i" --runroot "$store/podmanrun$i" pull -q --tls-verify=false "$image")")
done
# Removed only now: this VM's disk creates files slowly for about a minute
# after a mass delete, which inside the loop fell on the next dhow pull.
for i in $(seq "$runs"); do
  as_user podman unshare rm -rf "$store/dhow$i" "$store/podman$i" 2>/dev/null || true
done
report "cold pull ($runs runs)" "${dhow_times[*]}" "${podman_times[*]}"
