#!/usr/bin/env bash
# ID-mapped containers (`--uidmap 0:1:N`): what the ID-shifted copy of the
# image costs (dhow copies the image's merged layers at a container's first
# start; podman 4 with native overlay also copies, per image and mapping),
# against the same container with the default mapping; dhow vs rootless
# podman (runc) as the same unprivileged user, on busybox and on an image
# with a 64 MiB file and 2000 small ones built from the same Containerfile.
#   bench/userns.sh [RUNS]    (as root)
source "$(dirname "$0")/common.sh"
runs=${1:-5}
push_busybox
pull_both
ctx=$work/ctx; mkdir -p "$ctx"
printf 'FROM %s\nRUN dd if=/dev/urandom of=/big bs=1M count=64 2>/dev/null && mkdir /many && for i in $(seq 2000); do echo $i > /many/f$i; done\n' "$image" > "$ctx/Containerfile"
chown -R "$bench_user:" "$ctx"
as_user "$bench_bin" "${D[@]}" build -q -t localhost/big -f "$ctx/Containerfile" "$ctx" >/dev/null
as_user podman "${P[@]}" build -q -t localhost/big -f "$ctx/Containerfile" "$ctx" >/dev/null
as_user "$bench_bin" "${D[@]}" run --rm "$image" true
as_user podman "${P[@]}" run --rm "$image" true
settle

# Each run uses a new mapping (another start ID), so neither engine can
# reuse a copy: the first-start cost.
for img in "$image" localhost/big; do
  for mode in default mapped; do
    dt="" pt=""
    for i in $(seq "$runs"); do
      flags=(); [ "$mode" = mapped ] && flags=(--uidmap "0:$((i * 2000)):1000" --gidmap "0:$((i * 2000)):1000")
      dt+=" $(seconds as_user "$bench_bin" "${D[@]}" run --rm --network none "${flags[@]}" "$img" true)"
      pt+=" $(seconds as_user podman "${P[@]}" run --rm --network none "${flags[@]}" "$img" true)"
    done
    report "run --rm ${img##*/} ($mode)" "$dt" "$pt"
  done
done
