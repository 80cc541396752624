#!/usr/bin/env bash
# podman 4.3's build flags (issue 18), dhow vs rootless podman on the same
# work: a Containerfile written for podman (RUN --mount=type=secret, a
# bind via -v, --add-host, --env, --timestamp, --format docker) is built by
# both; what each image holds is compared, then the builds are timed, with
# --squash-all and --output type=local too.
#   bench/build-flags.sh [RUNS]    (as root)
export BENCH_USER=${BENCH_USER:-dhowfbuild} BENCH_BIN=${BENCH_BIN:-dhow-fbuild} BENCH_SUBID=${BENCH_SUBID:-958752}
source "$(dirname "$0")/common.sh"
runs=${1:-3}
push_busybox

ctx=$work/ctx
mkdir -p "$ctx/bind"
echo s3cret > "$ctx/token"
echo bound > "$ctx/bind/data"
cat > "$ctx/Containerfile" <<DF
FROM $image
RUN --mount=type=secret,id=token test "\$(cat /run/secrets/token)" = s3cret && echo seen > /seen
RUN grep myhost.example /etc/hosts | cut -f1 > /host
RUN cat /mnt/in/data > /bound && echo x > /stamped
DF
chown -R "$bench_user:" "$ctx"
pull_both
flags=(--format docker --timestamp 1000000000 --secret "id=token,src=$ctx/token" --add-host myhost.example:10.1.2.3
  -v "$ctx/bind:/mnt/in:ro" --env FOO=bar)
dbuild() { as_user "$bench_bin" "${D[@]}" build -q "${flags[@]}" "$@" "$ctx"; }
pbuild() { as_user podman "${P[@]}" build -q --tls-verify=false "${flags[@]}" "$@" "$ctx"; }

# The same observable results.
show='cat /seen /host /bound; stat -c %Y /stamped; test -e /run/secrets/token && echo secret-leaked; echo $FOO'
dbuild -t flagsimg >/dev/null
pbuild -t flagsimg >/dev/null
d=$(as_user "$bench_bin" "${D[@]}" run --rm flagsimg sh -c "$show")
p=$(as_user podman "${P[@]}" run --rm flagsimg sh -c "$show")
echo "dhow:   $(echo $d)"; echo "podman: $(echo $p)"
[ "$d" = "$p" ] && echo "results: same" || { echo "results: DIFFER"; exit 1; }
for t in dhow podman; do
  if [ $t = dhow ]; then c=("$bench_bin" "${D[@]}"); else c=(podman "${P[@]}"); fi
  as_user "${c[@]}" push -q --tls-verify=false flagsimg "$registry/bench/flags-$t:1" >/dev/null
  echo "$t pushed manifest: $(curl -s -H 'Accept: application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json' \
    "http://$registry/v2/bench/flags-$t/manifests/1" | python3 -c 'import json,sys; m=json.load(sys.stdin); print(m["mediaType"], m["config"]["mediaType"])')"
done
settle

dt="" pt=""
for _ in $(seq "$runs"); do
  dt+=" $(seconds dbuild --no-cache -t flagsimg)"
  pt+=" $(seconds pbuild --no-cache -t flagsimg)"
done
report "build with podman flags, cold" "$dt" "$pt"

dt="" pt=""
for _ in $(seq "$runs"); do
  dt+=" $(seconds dbuild --squash-all -t flatimg)"
  pt+=" $(seconds pbuild --squash-all -t flatimg)"
done
report "build --squash-all" "$dt" "$pt"
echo "layers after --squash-all: dhow $(as_user "$bench_bin" "${D[@]}" image inspect -f '{{len .RootFS.Layers}}' flatimg)," \
  "podman $(as_user podman "${P[@]}" image inspect -f '{{len .RootFS.Layers}}' flatimg)"

dt="" pt=""
for i in $(seq "$runs"); do
  out=$work/out-$i; mkdir -p "$out/d" "$out/p"; chown -R "$bench_user:" "$out"
  dt+=" $(seconds dbuild -o "type=local,dest=$out/d")"
  pt+=" $(seconds pbuild -o "type=local,dest=$out/p")"
done
report "build -o type=local" "$dt" "$pt"
echo "exported files: dhow $(find "$work/out-1/d" | wc -l), podman $(find "$work/out-1/p" | wc -l)"
