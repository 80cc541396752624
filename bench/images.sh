#!/usr/bin/env bash
# `images` with 100 distinct images in the store: dhow vs rootless podman, as
# the same unprivileged user. Prints each median and the ratio.
#   bench/images.sh [RUNS]    (as root)
source "$(dirname "$0")/common.sh"
runs=${1:-20}
count=100
echo "pushing $count tiny images..."
for i in $(seq "$count"); do
  d=$work/img$i; mkdir -p "$d/root"
  echo "image $i" > "$d/root/id"
  "$repo/scripts/oci-image.sh" "$d/oci" "$d/root" >/dev/null
  skopeo copy -q --dest-tls-verify=false "oci:$d/oci:latest" "docker://$registry/bench/img$i:latest"
done
echo "pulling them into both stores..."
for i in $(seq "$count"); do
  as_user dhow-bench "${D[@]}" pull -q --tls-verify=false "$registry/bench/img$i:latest" >/dev/null
  as_user podman "${P[@]}" pull -q --tls-verify=false "$registry/bench/img$i:latest" >/dev/null
done
[ "$(as_user dhow-bench "${D[@]}" images -q | wc -l)" = "$count" ] || { echo "dhow does not list $count images" >&2; exit 1; }
settle
dhow_times=() podman_times=()
for _ in $(seq "$runs"); do
  dhow_times+=("$(seconds as_user dhow-bench "${D[@]}" images)")
  podman_times+=("$(seconds as_user podman "${P[@]}" images)")
done
report "images ($count images)" "${dhow_times[*]}" "${podman_times[*]}"
as_user podman unshare rm -rf "$store" 2>/dev/null || true
