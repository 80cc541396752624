# Shared set-up for benchmarks: an unprivileged user, a registry on 127.0.0.1,
# podman configured as the rootless peer. Sourced by bench/*.sh (run as root).
# BENCH_USER / BENCH_BIN / BENCH_SUBID give a run its own user, installed
# binary and ID range (so that benchmarks run side by side don't see or
# replace each other's processes).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bench_user=${BENCH_USER:-dhowbench}
bench_bin=${BENCH_BIN:-dhow-bench}
bench_subid=${BENCH_SUBID:-300000}
[ "$(id -u)" = 0 ] || { echo "run benchmarks as root: they create the unprivileged user $bench_user" >&2; exit 1; }

for p in uidmap docker-registry busybox-static skopeo podman runc curl bc gcc libc6-dev python3; do
  dpkg -s "$p" >/dev/null 2>&1 || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$p"; }
done
id "$bench_user" >/dev/null 2>&1 || useradd -m -s /bin/bash "$bench_user"
grep -q "^$bench_user:" /etc/subuid || echo "$bench_user:$bench_subid:65536" >> /etc/subuid
grep -q "^$bench_user:" /etc/subgid || echo "$bench_user:$bench_subid:65536" >> /etc/subgid
bench_home=$(getent passwd "$bench_user" | cut -d: -f6)
bench_uid=$(id -u "$bench_user")
mkdir -p "$bench_home/.config/containers"
# crun 1.8 refuses this VM's hybrid cgroups; vfs would be podman's slow path.
cat > "$bench_home/.config/containers/containers.conf" <<CONF
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
CONF
cat > "$bench_home/.config/containers/storage.conf" <<CONF
[storage]
driver = "overlay"
CONF
chown -R "$bench_user:" "$bench_home/.config"
runtime_dir=/tmp/$bench_user-run
mkdir -p "$runtime_dir" && chown "$bench_user:" "$runtime_dir" && chmod 700 "$runtime_dir"

# BENCH_PREBUILT=PATH measures that binary (an earlier build, say) instead.
if [ -n "${BENCH_PREBUILT:-}" ]; then
  install -m 0755 "$BENCH_PREBUILT" "/usr/local/bin/$bench_bin"
else
  cargo build --release -q --manifest-path "$repo/Cargo.toml"
  install -m 0755 "$repo/target/release/dhow" "/usr/local/bin/$bench_bin"
fi

work=$(mktemp -d /tmp/dhow-bench.XXXXXX)
chmod 755 "$work"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
printf 'version: 0.1\nstorage:\n  filesystem:\n    rootdirectory: %s/registry\nhttp:\n  addr: 127.0.0.1:%s\nlog:\n  level: error\n' "$work" "$port" > "$work/registry.yml"
/usr/bin/docker-registry serve "$work/registry.yml" > "$work/registry.log" 2>&1 &
registry_pid=$!
cleanup() { kill "$registry_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/v2/" >/dev/null && break; sleep 0.1; done
registry=127.0.0.1:$port

# as_user CMD...: runs a command as the benchmark user with its own session env.
# as_user_cmd is the same prefix as an array, for tools that exec a command
# (time, strace) and cannot call a shell function.
as_user_cmd=(setpriv --reuid="$bench_uid" --regid="$bench_uid" --init-groups
  env -i HOME="$bench_home" USER="$bench_user" XDG_RUNTIME_DIR="$runtime_dir" PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin)
as_user() { "${as_user_cmd[@]}" "$@"; }

# seconds CMD...: wall time of one run, in seconds with millisecond precision.
seconds() {
  local start end
  start=$(date +%s.%N)
  if ! "$@" >/dev/null 2>"$work/last-error"; then
    echo "benchmark command failed: $*" >&2; cat "$work/last-error" >&2; exit 1
  fi
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

# settle: this VM's disk slows file creation for a while after mass deletes.
settle() { sync; sleep "${SETTLE:-5}"; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# report NAME "DHOW_TIMES" "PODMAN_TIMES": medians and the dhow/podman ratio.
report() {
  local d p
  d=$(printf '%s\n' $2 | median); p=$(printf '%s\n' $3 | median)
  printf '%-30s dhow %.3fs  podman %.3fs  ratio dhow/podman %.2f   (dhow: %s | podman: %s)\n' \
    "$1" "$d" "$p" "$(echo "$d / $p" | bc -l)" "$2" "$3"
}

# One store per engine under $work; D and P are their --root/--runroot.
store=$work/stores; mkdir -p "$store"; chown "$bench_user:" "$store"
D=(--root "$store/dhow" --runroot "$store/dhowrun")
P=(--root "$store/podman" --runroot "$store/podmanrun")

# push_busybox: the busybox fixture image in the registry, as $image.
push_busybox() {
  "$repo/scripts/fixture-image.sh" "$work/oci" >/dev/null
  skopeo copy -q --dest-tls-verify=false "oci:$work/oci:latest" "docker://$registry/bench/busybox:latest"
  image=$registry/bench/busybox:latest
}

# pull_both: $image into both stores.
pull_both() {
  as_user "$bench_bin" "${D[@]}" pull -q --tls-verify=false "$image" >/dev/null
  as_user podman "${P[@]}" pull -q --tls-verify=false "$image" >/dev/null
}
