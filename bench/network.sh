#!/usr/bin/env bash
# Networking: host->container throughput and connection latency through a
# published port, container->container throughput on a user-defined network,
# and the time `run` spends on network setup; dhow vs rootless podman (runc).
# Both default to slirp4netns with their own TCP port forwarder (podman's
# rootlessport, dhow's splice relay in the monitor); dhow is also measured
# with --network pasta.
#   bench/network.sh [RUNS]    (as root)
source "$(dirname "$0")/common.sh"
runs=${1:-9}
mb=${MB:-2000}
push_busybox
# A sink/source that is not itself the bottleneck (busybox nc is).
gcc -static -O2 -o "$work/tcpio" "$repo/bench/tools/tcpio.c"
tcpio=(-v "$work/tcpio:/tcpio:ro")
pull_both
as_user dhow-bench "${D[@]}" run --rm "$image" true
as_user podman "${P[@]}" run --rm "$image" true

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# send_mb PORT MB: seconds to push MB megabytes to 127.0.0.1:PORT until the
# receiver has closed (it read everything).
send_mb() {
  python3 - "$1" "$2" <<'PY'
import socket, sys, time
port, mb = int(sys.argv[1]), int(sys.argv[2])
buf = b"\0" * (1 << 20)
for _ in range(300):
    try:
        s = socket.create_connection(("127.0.0.1", port)); break
    except OSError:
        time.sleep(0.05)
t = time.time()
for _ in range(mb):
    s.sendall(buf)
s.shutdown(socket.SHUT_WR)
s.recv(1)
print("%.3f" % (time.time() - t))
PY
}

# requests PORT N: seconds for N sequential HTTP/1.0 GETs on 127.0.0.1:PORT.
requests() {
  python3 - "$1" "$2" <<'PY'
import socket, sys, time
port, n = int(sys.argv[1]), int(sys.argv[2])
def get():
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(b"GET / HTTP/1.0\r\n\r\n")
    data = b""
    while True:
        d = s.recv(65536)
        if not d: break
        data += d
    s.close()
    return data
for _ in range(300):
    try:
        if b"200" in get(): break
    except OSError:
        pass
    time.sleep(0.05)
t = time.time()
for _ in range(n):
    assert b"200" in get()
print("%.3f" % (time.time() - t))
PY
}

throughput() { # engine store-args... -- run-args...
  local e=$1; shift
  local args=() ; while [ "$1" != -- ]; do args+=("$1"); shift; done; shift
  local p; p=$(free_port)
  as_user "$e" "${args[@]}" run -d --name tp -p "127.0.0.1:$p:8080" "${tcpio[@]}" "$@" "$image" /tcpio sink 8080 >/dev/null
  local t; t=$(send_mb "$p" "$mb")
  as_user "$e" "${args[@]}" rm -f tp >/dev/null 2>&1
  echo "$t"
}

latency() {
  local e=$1; shift
  local args=() ; while [ "$1" != -- ]; do args+=("$1"); shift; done; shift
  local p; p=$(free_port)
  as_user "$e" "${args[@]}" run -d --name lat -p "127.0.0.1:$p:8080" "$@" "$image" sh -c 'mkdir -p /w && echo hi > /w/index.html && exec httpd -f -p 8080 -h /w' >/dev/null
  local t; t=$(requests "$p" 100)
  as_user "$e" "${args[@]}" rm -f lat >/dev/null 2>&1
  echo "$t"
}

mbps() { echo "$mb / $1" | bc -l | xargs printf '%.0f'; }

dp="" ds="" pp=""
for _ in $(seq 3); do
  dp+=" $(throughput dhow-bench "${D[@]}" --)"
  ds+=" $(throughput dhow-bench "${D[@]}" -- --network pasta)"
  pp+=" $(throughput podman "${P[@]}" --)"
done
d=$(printf '%s\n' $dp | median); s=$(printf '%s\n' $ds | median); p=$(printf '%s\n' $pp | median)
echo "host->container ${mb} MB via -p: dhow $(mbps "$d") MB/s  dhow(pasta) $(mbps "$s") MB/s  podman $(mbps "$p") MB/s   (s: $dp | $ds | $pp)"

dl="" pl=""
for _ in $(seq 3); do
  dl+=" $(latency dhow-bench "${D[@]}" --)"
  pl+=" $(latency podman "${P[@]}" --)"
done
report "100 HTTP requests via -p" "$dl" "$pl"

# Container -> container on a user-defined network.
c2c() {
  local e=$1; shift
  as_user "$e" "$@" network create benchnet >/dev/null 2>&1 || true
  as_user "$e" "$@" run -d --name srv --network benchnet "${tcpio[@]}" "$image" /tcpio sink 9000 >/dev/null
  as_user "$e" "$@" run -d --name cli --network benchnet "${tcpio[@]}" "$image" sleep 1000 >/dev/null
  local ip; ip=$(as_user "$e" "$@" inspect -f '{{.NetworkSettings.Networks.benchnet.IPAddress}}' srv)
  as_user "$e" "$@" exec cli /tcpio source "$ip" 9000 1
  local t; t=$(seconds as_user "$e" "$@" exec cli /tcpio source "$ip" 9000 "$mb")
  as_user "$e" "$@" rm -f srv cli >/dev/null 2>&1
  echo "$t"
}
dc="" pc=""
for _ in $(seq 3); do
  dc+=" $(c2c dhow-bench "${D[@]}")"
  pc+=" $(c2c podman "${P[@]}" 2>/dev/null || echo 0)"
done
d=$(printf '%s\n' $dc | median); p=$(printf '%s\n' $pc | median)
echo "container->container ${mb} MB (user network): dhow $(mbps "$d") MB/s  podman $( [ "$p" = 0 ] && echo n/a || mbps "$p") MB/s   (s: $dc | $pc)"
as_user dhow-bench "${D[@]}" network rm benchnet >/dev/null 2>&1 || true
as_user podman "${P[@]}" network rm benchnet >/dev/null 2>&1 || true

settle
dn="" dd="" pn="" pd=""
for _ in $(seq "$runs"); do
  dn+=" $(seconds as_user dhow-bench "${D[@]}" run --rm --network none "$image" true)"
  dd+=" $(seconds as_user dhow-bench "${D[@]}" run --rm "$image" true)"
  pn+=" $(seconds as_user podman "${P[@]}" run --rm --network none "$image" true)"
  pd+=" $(seconds as_user podman "${P[@]}" run --rm "$image" true)"
done
report "run --rm --network none true" "$dn" "$pn"
report "run --rm (default net) true" "$dd" "$pd"
d=$(echo "$(printf '%s\n' $dd | median) - $(printf '%s\n' $dn | median)" | bc -l)
p=$(echo "$(printf '%s\n' $pd | median) - $(printf '%s\n' $pn | median)" | bc -l)
printf 'network setup time in run: dhow %.3fs  podman %.3fs\n' "$d" "$p"
# The seed workflow publishes a port: podman then also starts rootlessport.
dp="" pp=""
for _ in $(seq "$runs"); do
  dp+=" $(seconds as_user dhow-bench "${D[@]}" run --rm -p "127.0.0.1:$(free_port):80" "$image" true)"
  pp+=" $(seconds as_user podman "${P[@]}" run --rm -p "127.0.0.1:$(free_port):80" "$image" true)"
done
report "run --rm -p H:80 true" "$dp" "$pp"
d=$(echo "$(printf '%s\n' $dp | median) - $(printf '%s\n' $dn | median)" | bc -l)
p=$(echo "$(printf '%s\n' $pp | median) - $(printf '%s\n' $pn | median)" | bc -l)
printf 'network setup time in run with a published port: dhow %.3fs  podman %.3fs\n' "$d" "$p"
as_user dhow-bench "${D[@]}" network create setupnet >/dev/null
# podman keeps its (CNI) network definitions in the user's config, outside
# the per-run store: one left by an earlier run would make create fail.
as_user podman "${P[@]}" network rm -f setupnet >/dev/null 2>&1 || true
as_user podman "${P[@]}" network create setupnet >/dev/null
du="" pu=""
for _ in $(seq "$runs"); do
  du+=" $(seconds as_user dhow-bench "${D[@]}" run --rm --network setupnet "$image" true)"
  pu+=" $(seconds as_user podman "${P[@]}" run --rm --network setupnet "$image" true)"
done
report "run --rm on a user network" "$du" "$pu"
