#!/usr/bin/env bash
# Compose (issue 16): a 5-service project (one network, one named volume, a
# depends_on chain a <- b <- c <- d <- e) brought up with `compose up -d`,
# brought up again with nothing changed, and taken down with `compose down`;
# dhow's built-in compose vs podman-compose (Debian package) driving rootless
# podman, same user, same busybox image from the local registry.
# Goals: up -d at most 0.2x podman-compose; the unchanged up under 100 ms.
#   bench/compose.sh [RUNS]    (as root)
source "$(dirname "$0")/common.sh"
runs=${1:-5}
dpkg -s podman-compose >/dev/null 2>&1 || DEBIAN_FRONTEND=noninteractive apt-get install -y -q podman-compose >/dev/null || true
push_busybox
pull_both

proj=$work/proj
mkdir -p "$proj"
{
  echo "services:"
  prev=""
  for s in a b c d e; do
    echo "  $s:"
    echo "    image: $image"
    echo "    command: sleep 3600"
    echo "    stop_signal: SIGKILL"
    echo "    volumes: [data:/data]"
    [ -n "$prev" ] && echo "    depends_on: [$prev]"
    prev=$s
  done
  echo "volumes:"
  echo "  data:"
} > "$proj/compose.yaml"
chown -R "$bench_user:" "$proj"

dc() { as_user sh -c 'cd "$0" && exec dhow-bench "$@"' "$proj" "${D[@]}" compose -p bench "$@"; }
pc() { as_user sh -c 'cd "$0" && exec podman-compose "$@"' "$proj" --podman-args="${P[*]}" -p bench "$@"; }
have_pc=$(command -v podman-compose >/dev/null && echo yes || echo no)

du="" dn="" dd="" pu="" pn="" pd=""
for _ in $(seq "$runs"); do
  du+=" $(seconds dc up -d)"
  dn+=" $(seconds dc up -d)"
  dd+=" $(seconds dc down -t 0)"
  if [ "$have_pc" = yes ]; then
    pu+=" $(seconds pc up -d)"
    pn+=" $(seconds pc up -d)"
    pd+=" $(seconds pc down -t 0)"
  fi
done
if [ "$have_pc" = yes ]; then
  report "compose up -d (5 services)" "$du" "$pu"
  report "compose up -d, unchanged" "$dn" "$pn"
  report "compose down" "$dd" "$pd"
else
  echo "podman-compose is not installed: dhow only"
  for pair in "compose up -d (5 services)|$du" "compose up -d, unchanged|$dn" "compose down|$dd"; do
    printf '%-30s dhow %.3fs   (%s)\n' "${pair%%|*}" "$(printf '%s\n' ${pair#*|} | median)" "${pair#*|}"
  done
fi
