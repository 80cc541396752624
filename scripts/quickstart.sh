#!/usr/bin/env bash
# The first run of dhow on a fresh Debian machine without internet: installs
# what it needs, builds dhow, starts a local registry on 127.0.0.1, fills it
# with a busybox image made from Debian's busybox-static, pulls and lists it,
# and runs a first container from it.
#   scripts/quickstart.sh            (as root, or as a user with sudo for packages)
set -euo pipefail
cd "$(dirname "$0")/.."
packages=(uidmap docker-registry busybox-static skopeo curl python3)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "+ apt-get install ${missing[*]}"
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
  else
    echo "dhow quickstart needs: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi
echo "+ cargo build --release"
cargo build --release -q
dhow=$PWD/target/release/dhow

work=$(mktemp -d /tmp/dhow-quickstart.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat > "$work/registry.yml" <<YML
version: 0.1
storage:
  filesystem:
    rootdirectory: $work/registry
http:
  addr: 127.0.0.1:$port
log:
  level: error
YML
/usr/bin/docker-registry serve "$work/registry.yml" > "$work/registry.log" 2>&1 &
registry_pid=$!
trap 'kill $registry_pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/v2/" >/dev/null && break; sleep 0.1; done

echo "+ building a busybox image from busybox-static and pushing it to 127.0.0.1:$port"
scripts/fixture-image.sh "$work/oci"
skopeo copy -q --dest-tls-verify=false "oci:$work/oci:latest" "docker://127.0.0.1:$port/demo/busybox:latest"

echo "+ dhow pull 127.0.0.1:$port/demo/busybox:latest --tls-verify=false"
"$dhow" pull "127.0.0.1:$port/demo/busybox:latest" --tls-verify=false
echo "+ dhow images"
"$dhow" images
echo "+ dhow run --rm 127.0.0.1:$port/demo/busybox:latest echo Hello from a dhow container"
"$dhow" run --rm "127.0.0.1:$port/demo/busybox:latest" echo "Hello from a dhow container"
