#!/usr/bin/env bash
# Writes an OCI image layout with one gzip layer per argument.
#   scripts/oci-image.sh OUTDIR ROOTDIR...
# Each ROOTDIR's content becomes one layer (paths relative to ROOTDIR). Tars
# are deterministic (fixed owner, mtime, order) so digests are stable.
set -euo pipefail
out=${1:?usage: oci-image.sh OUTDIR ROOTDIR...}
shift
[ $# -gt 0 ] || { echo "usage: oci-image.sh OUTDIR ROOTDIR..." >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out/blobs/sha256"
diff_ids=() layers=() history=()
for dir in "$@"; do
  tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='2024-01-01 00:00:00' -C "$dir" -cf "$work/layer.tar" .
  diff_ids+=("\"sha256:$(sha256sum "$work/layer.tar" | cut -d' ' -f1)\"")
  gzip -n -c "$work/layer.tar" > "$work/layer.tar.gz"
  digest=$(sha256sum "$work/layer.tar.gz" | cut -d' ' -f1)
  layers+=("{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\",\"digest\":\"sha256:$digest\",\"size\":$(stat -c %s "$work/layer.tar.gz")}")
  history+=("{\"created\":\"2024-01-01T00:00:00Z\",\"created_by\":\"/bin/sh -c #(nop) ADD dir:$(basename "$dir") in / \"}")
  mv "$work/layer.tar.gz" "$out/blobs/sha256/$digest"
  rm -f "$work/layer.tar"
done
join() { local IFS=,; echo "$*"; }
history+=('{"created":"2024-01-01T00:00:00Z","created_by":"/bin/sh -c #(nop)  CMD [\"sh\"]","empty_layer":true}')
arch=$(dpkg --print-architecture 2>/dev/null || echo amd64)
printf '{"architecture":"%s","os":"linux","created":"2024-01-01T00:00:00Z","config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],"Cmd":["sh"]},"rootfs":{"type":"layers","diff_ids":[%s]},"history":[%s]}' \
  "$arch" "$(join "${diff_ids[@]}")" "$(join "${history[@]}")" > "$work/config.json"
config=$(sha256sum "$work/config.json" | cut -d' ' -f1)
config_size=$(stat -c %s "$work/config.json")
mv "$work/config.json" "$out/blobs/sha256/$config"
printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:%s","size":%s},"layers":[%s]}' \
  "$config" "$config_size" "$(join "${layers[@]}")" > "$work/manifest.json"
manifest=$(sha256sum "$work/manifest.json" | cut -d' ' -f1)
manifest_size=$(stat -c %s "$work/manifest.json")
mv "$work/manifest.json" "$out/blobs/sha256/$manifest"
printf '{"schemaVersion":2,"manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:%s","size":%s,"annotations":{"org.opencontainers.image.ref.name":"latest"}}]}' \
  "$manifest" "$manifest_size" > "$out/index.json"
echo '{"imageLayoutVersion":"1.0.0"}' > "$out/oci-layout"
