#!/usr/bin/env bash
# Image builds: a multi-stage Dockerfile with 8 steps (RUN, COPY of a 50 MB
# tree, ENV, WORKDIR, CMD...) built cold, rebuilt fully cached, and rebuilt
# after touching one late COPY source; dhow vs rootless podman (runc), as the
# same unprivileged user, from the same busybox base in a local registry.
#   bench/build.sh [RUNS]    (as root)
source "$(dirname "$0")/common.sh"
runs=${1:-5}
push_busybox

ctx=$work/ctx
mkdir -p "$ctx/tree"
# 50 MB in 200 files of 256 KiB, incompressible.
for i in $(seq 200); do head -c 262144 /dev/urandom > "$ctx/tree/f$i.bin"; done
echo v1 > "$ctx/late.txt"
cat > "$ctx/Containerfile" <<DF
FROM $image AS builder
RUN echo compiled > /artifact
FROM $image
ENV APP=/app
WORKDIR \$APP
COPY tree ./tree
COPY --from=builder /artifact ./artifact
RUN ls tree | wc -l > count
COPY late.txt .
CMD ["cat", "late.txt"]
DF
chown -R "$bench_user:" "$ctx"
pull_both
settle

dbuild() { as_user dhow-bench "${D[@]}" build "$@" -t benchimg "$ctx"; }
pbuild() { as_user podman "${P[@]}" build --tls-verify=false "$@" -t benchimg "$ctx"; }

dt="" pt=""
for _ in $(seq "$runs"); do
  dt+=" $(seconds dbuild --no-cache)"
  pt+=" $(seconds pbuild --no-cache)"
done
report "build, cold (--no-cache)" "$dt" "$pt"

dbuild >/dev/null; pbuild >/dev/null
dt="" pt=""
for _ in $(seq "$runs"); do
  dt+=" $(seconds dbuild)"
  pt+=" $(seconds pbuild)"
done
report "build, fully cached" "$dt" "$pt"

dt="" pt=""
for i in $(seq "$runs"); do
  echo "v$i" > "$ctx/late.txt"; chown "$bench_user:" "$ctx/late.txt"
  dt+=" $(seconds dbuild)"
  pt+=" $(seconds pbuild)"
done
report "build, late COPY changed" "$dt" "$pt"
