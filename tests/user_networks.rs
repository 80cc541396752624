//! User-defined networks end to end, rootless: the seed workflow (`network
//! create --subnet 172.38.0.0/16`, containers with `--ip`), ping and data by
//! IP and by name, isolation between networks, `network connect`,
//! `network ls/inspect/rm`, and a published port of a container on a user
//! network fetched from 127.0.0.1. Targets are only 127.0.0.1 and addresses
//! inside the namespaces these tests create.

mod common;

use common::TestEnv;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::time::{Duration, Instant};

fn image(env: &TestEnv) -> String {
    let f = &env.fx().busybox;
    env.ok(&["pull", "-q", &f.reference]);
    f.reference.clone()
}

/// A container that stays up.
fn sleeper(env: &TestEnv, img: &str, name: &str, flags: &[&str]) {
    let mut args = vec!["run", "-d", "--name", name];
    args.extend_from_slice(flags);
    args.extend_from_slice(&[img, "sleep", "3600"]);
    env.ok(&args);
}

/// Runs `sh -c script` in container `ctr`; returns (exit code, stdout+stderr).
fn sh(env: &TestEnv, ctr: &str, script: &str) -> (i32, String) {
    let out = env.run(&["exec", ctr, "sh", "-c", script]);
    let text = format!("{}{}", out.stdout, out.stderr);
    (out.status.code().unwrap_or(-1), text)
}

fn ping_ok(env: &TestEnv, ctr: &str, target: &str) -> bool {
    sh(env, ctr, &format!("ping -c 1 -W 2 {target}")).0 == 0
}

#[test]
fn seed_workflow_ping_and_data_by_ip_and_name() {
    let env = TestEnv::new();
    let img = image(&env);
    assert_eq!(
        env.ok(&["network", "create", "redis", "--subnet", "172.38.0.0/16"]).trim(),
        "redis"
    );
    sleeper(&env, &img, "r1", &["--net", "redis", "--ip", "172.38.0.11"]);
    sleeper(&env, &img, "r2", &["--net", "redis", "--ip", "172.38.0.12", "--network-alias", "cache"]);
    // The container's interface carries its address.
    let (code, addr) = sh(&env, "r1", "ip addr show eth0");
    assert_eq!(code, 0, "{addr}");
    assert!(addr.contains("172.38.0.11/16"), "{addr}");
    // By IP and by name, both ways; the alias resolves too.
    assert!(ping_ok(&env, "r1", "172.38.0.12"));
    assert!(ping_ok(&env, "r2", "172.38.0.11"));
    let (_, hosts) = sh(&env, "r1", "cat /etc/hosts; ping -c 1 -W 2 r2");
    assert!(ping_ok(&env, "r1", "r2"), "{hosts}");
    assert!(ping_ok(&env, "r2", "r1"));
    assert!(ping_ok(&env, "r1", "cache"));
    // Data by name: a server in r2, a client in r1.
    env.ok(&["exec", "-d", "r2", "sh", "-c", "echo payload-by-name > /tmp/p; nc -l -p 7000 < /tmp/p"]);
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut got = String::new();
    while Instant::now() < deadline {
        let (_, out) = sh(&env, "r1", "nc -w 2 r2 7000 </dev/null");
        got = out;
        if got.contains("payload-by-name") {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(got.contains("payload-by-name"), "{got}");
    // inspect shows the endpoint in docker's shape.
    let ip = env.ok(&["inspect", "--format", "{{.NetworkSettings.Networks.redis.IPAddress}}", "r1"]);
    assert_eq!(ip.trim(), "172.38.0.11");
    let gw = env.ok(&["inspect", "--format", "{{.NetworkSettings.Networks.redis.Gateway}}", "r1"]);
    assert_eq!(gw.trim(), "172.38.0.1");
    let mac = env.ok(&["inspect", "--format", "{{.NetworkSettings.Networks.redis.MacAddress}}", "r1"]);
    assert_eq!(mac.trim(), "02:42:ac:26:00:0b");
    // A taken --ip is refused at create.
    let err = env.fail(&["run", "-d", "--net", "redis", "--ip", "172.38.0.11", &img, "true"], 125);
    assert!(err.contains("already allocated"), "{err}");
    let err = env.fail(&["run", "-d", "--net", "redis", "--ip", "10.0.0.5", &img, "true"], 125);
    assert!(err.contains("not in the subnet"), "{err}");
    // A stopped container leaves the others' hosts files.
    env.ok(&["stop", "-t", "0", "r2"]);
    let (_, hosts) = sh(&env, "r1", "cat /etc/hosts");
    assert!(!hosts.contains("172.38.0.12"), "{hosts}");
    env.ok(&["rm", "-f", "r1", "r2"]);
    env.ok(&["network", "rm", "redis"]);
}

#[test]
fn networks_are_isolated_until_connected() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["network", "create", "front"]);
    env.ok(&["network", "create", "back"]);
    sleeper(&env, &img, "a", &["--network", "front"]);
    sleeper(&env, &img, "b", &["--network", "front"]);
    sleeper(&env, &img, "c", &["--network", "back"]);
    let b_ip = env.ok(&["inspect", "--format", "{{.NetworkSettings.Networks.front.IPAddress}}", "b"]);
    let b_ip = b_ip.trim().to_string();
    assert!(b_ip.starts_with("10.89."), "{b_ip}");
    assert!(ping_ok(&env, "a", "b"));
    assert!(!ping_ok(&env, "c", &b_ip), "c on another network reached {b_ip}");
    assert!(!ping_ok(&env, "c", "b"));
    env.ok(&["network", "connect", "front", "c"]);
    let c_front = env.ok(&["inspect", "--format", "{{.NetworkSettings.Networks.front.IPAddress}}", "c"]);
    assert!(c_front.trim().starts_with("10.89."), "{c_front}");
    assert!(ping_ok(&env, "c", &b_ip));
    assert!(ping_ok(&env, "c", "b"));
    assert!(ping_ok(&env, "b", "c"));
    let insp = env.ok(&["network", "inspect", "front"]);
    let v: serde_json::Value = serde_json::from_str(&insp).unwrap();
    let names: Vec<String> = v[0]["containers"]
        .as_object()
        .unwrap()
        .values()
        .map(|c| c["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names.len(), 3, "{insp}");
    for n in ["a", "b", "c"] {
        assert!(names.contains(&n.to_string()), "{insp}");
    }
    env.ok(&["network", "disconnect", "front", "c"]);
    assert!(!ping_ok(&env, "c", &b_ip));
    // A network in use cannot be removed.
    let err = env.fail(&["network", "rm", "front"], 2);
    assert!(err.contains("is being used"), "{err}");
    env.ok(&["rm", "-f", "a", "b", "c"]);
    env.ok(&["network", "rm", "front", "back"]);
}

#[test]
fn ls_inspect_and_bad_input() {
    let env = TestEnv::new();
    env.ok(&["network", "create", "-l", "team=db", "--subnet", "172.40.0.0/24", "--gateway", "172.40.0.254", "n1"]);
    env.ok(&["network", "create", "--internal", "n2"]);
    let ls = env.ok(&["network", "ls"]);
    let lines: Vec<&str> = ls.lines().collect();
    assert!(lines[0].starts_with("NETWORK ID") && lines[0].contains("NAME") && lines[0].contains("DRIVER"), "{ls}");
    assert!(ls.contains("podman") && ls.contains("n1") && ls.contains("n2"), "{ls}");
    // Besides docker's pre-defined host and none, every network is a bridge.
    let others: Vec<&&str> = lines.iter().skip(1).filter(|l| !l.contains(" host ") && !l.contains(" none ")).collect();
    assert_eq!(others.len(), 3, "{ls}");
    assert!(others.iter().all(|l| l.contains("bridge")), "{ls}");
    assert_eq!(env.ok(&["network", "ls", "--format", "{{.Name}}", "--filter", "name=n1"]).trim(), "n1");
    assert_eq!(env.ok(&["network", "ls", "-q", "--filter", "label=team=db"]), "n1\n", "podman's -q lists names");
    let v: serde_json::Value = serde_json::from_str(&env.ok(&["network", "inspect", "n1", "n2"])).unwrap();
    assert_eq!(v[0]["name"], "n1");
    assert_eq!(v[0]["driver"], "bridge");
    assert_eq!(v[0]["subnets"][0]["subnet"], "172.40.0.0/24");
    assert_eq!(v[0]["subnets"][0]["gateway"], "172.40.0.254");
    assert_eq!(v[0]["labels"]["team"], "db");
    assert_eq!(v[0]["internal"], false);
    assert_eq!(v[1]["internal"], true);
    assert!(v[1]["subnets"][0]["subnet"].as_str().unwrap().starts_with("10.89."));
    let err = env.fail(&["network", "create", "--subnet", "172.40.0.0/16", "n3"], 125);
    assert!(err.contains("already used"), "{err}");
    let err = env.fail(&["network", "create", "n1"], 125);
    assert!(err.contains("already"), "{err}");
    let err = env.fail(&["network", "inspect", "nope"], 125);
    assert!(err.contains("network with name or ID nope: network not found"), "podman's words: {err}");
    let err = env.fail(&["run", "--network", "nope", "img", "true"], 125);
    assert!(err.contains("network with name or ID nope: network not found"), "podman's words: {err}");
    assert_eq!(env.ok(&["network", "prune"]).lines().count(), 2);
    assert_eq!(env.ok(&["network", "ls", "-q"]).lines().count(), 3, "the default network, host and none");
}

#[test]
fn published_port_on_a_user_network() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["network", "create", "web"]);
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let spec = format!("127.0.0.1:{port}:8080");
    env.ok(&[
        "run", "-d", "--name", "w", "--network", "web", "-p", &spec, &img, "sh", "-c",
        "mkdir -p /www && echo user-net-page > /www/index.html && exec httpd -f -p 8080 -h /www",
    ]);
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut body = String::new();
    while Instant::now() < deadline {
        if let Ok(mut s) = TcpStream::connect(("127.0.0.1", port)) {
            let _ = s.set_read_timeout(Some(Duration::from_secs(10)));
            let _ = s.write_all(b"GET / HTTP/1.0\r\n\r\n");
            body.clear();
            let _ = s.read_to_string(&mut body);
            if body.contains("user-net-page") {
                break;
            }
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(body.contains("user-net-page"), "{body}");
    env.ok(&["rm", "-f", "w"]);
}

/// Stopping leaves the bridge end of the veth pair to the kernel, which
/// removes it with the container's namespace in the background: an
/// immediate restart (same peer name) and a quick stop/start cycle must
/// still come back on the network, reachable by name.
#[test]
fn quick_restarts_stay_on_the_network() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["network", "create", "quick"]);
    sleeper(&env, &img, "q1", &["--network", "quick"]);
    sleeper(&env, &img, "q2", &["--network", "quick"]);
    for _ in 0..3 {
        env.ok(&["restart", "-t", "0", "q1"]);
    }
    env.ok(&["stop", "-t", "0", "q1"]);
    env.ok(&["start", "q1"]);
    assert!(ping_ok(&env, "q2", "q1"), "q1 unreachable by name after its restarts");
    assert!(ping_ok(&env, "q1", "q2"));
    let (code, links) = sh(&env, "q1", "ip -o link show");
    assert_eq!(code, 0, "{links}");
    assert_eq!(links.matches("eth0").count(), 1, "{links}");
    env.ok(&["rm", "-f", "q1", "q2"]);
    env.ok(&["network", "rm", "quick"]);
}

/// Containers started side by side on one network each get their own
/// address (compose starts independent services at once; two of them once
/// got the same address because a starting container did not count yet).
#[test]
fn containers_started_at_once_get_distinct_addresses() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["network", "create", "busy"]);
    let names: Vec<String> = (0..6).map(|i| format!("p{i}")).collect();
    for n in &names {
        env.ok(&["create", "--name", n, "--network", "busy", &img, "sleep", "3600"]);
    }
    // All started before any is awaited.
    let children: Vec<_> = names
        .iter()
        .map(|n| {
            let mut cmd = env.command(&["start", n]);
            cmd.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped());
            (n, cmd.spawn().unwrap_or_else(|e| panic!("starting {n}: {e}")))
        })
        .collect();
    for (n, child) in children {
        let out = child.wait_with_output().unwrap_or_else(|e| panic!("starting {n}: {e}"));
        assert!(out.status.success(), "start {n}: {}", String::from_utf8_lossy(&out.stderr));
    }
    let mut ips: Vec<String> = names
        .iter()
        .map(|n| env.ok(&["inspect", "--format", "{{.NetworkSettings.Networks.busy.IPAddress}}", n]).trim().to_string())
        .collect();
    assert!(ips.iter().all(|ip| !ip.is_empty()), "{ips:?}");
    ips.sort();
    let before = ips.len();
    ips.dedup();
    assert_eq!(ips.len(), before, "two containers share an address: {ips:?}");
    let mut args = vec!["rm", "-f"];
    args.extend(names.iter().map(String::as_str));
    env.ok(&args);
    env.ok(&["network", "rm", "busy"]);
}

/// PIDs of this test's namespace holders for network `name`.
fn holders(env: &TestEnv, name: &str) -> Vec<i32> {
    let root = env.root.display().to_string();
    std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<i32>().ok())
        .filter(|pid| {
            let raw = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
            let args: Vec<&[u8]> = raw.split(|b| *b == 0).collect();
            let has = |s: &str| args.contains(&s.as_bytes());
            has("__netns-holder") && has(name) && String::from_utf8_lossy(&raw).contains(&root)
        })
        .collect()
}

/// A network's namespace (its holder process, bridge and all) lives while
/// containers use it, goes once it has been unused for the idle time, and
/// comes back when a container needs it again.
#[test]
fn an_unused_network_namespace_goes_away_and_comes_back() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["network", "create", "--subnet", "10.77.0.0/24", "idle"]);
    let ok = |args: &[&str]| {
        let mut cmd = env.command(args);
        cmd.env("DHOW_NETWORK_IDLE_TIMEOUT", "0.3");
        let out = env.run_command(cmd);
        assert!(out.success(), "{}", out.describe());
        out.stdout
    };
    ok(&["run", "-d", "--name", "i1", "--network", "idle", &img, "sleep", "3600"]);
    assert_eq!(holders(&env, "idle").len(), 1);
    // In use: well past the idle time it is still there, and reachable.
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(holders(&env, "idle").len(), 1, "the holder went away while a container used it");
    let out = ok(&["run", "--rm", "--network", "idle", &img, "ping", "-c", "1", "-W", "2", "i1"]);
    assert!(out.contains("1 packets received"), "{out}");
    env.ok(&["rm", "-f", "i1"]);
    let deadline = Instant::now() + Duration::from_secs(30);
    while !holders(&env, "idle").is_empty() {
        assert!(Instant::now() < deadline, "the holder of an unused network never exited");
        std::thread::sleep(Duration::from_millis(100));
    }
    // On demand again, with the same subnet.
    let out = ok(&["run", "--rm", "--network", "idle", &img, "ip", "-o", "-4", "addr", "show", "eth0"]);
    assert!(out.contains("10.77.0."), "{out}");
    env.ok(&["network", "rm", "idle"]);
}

#[test]
fn mac_address_on_a_user_network() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["network", "create", "macnet"]);
    sleeper(&env, &img, "fixed", &["--network", "macnet", "--mac-address", "92:d0:c6:0a:29:34"]);
    sleeper(&env, &img, "other", &["--network", "macnet"]);
    let (code, out) = sh(&env, "fixed", "cat /sys/class/net/eth0/address");
    assert_eq!((code, out.trim()), (0, "92:d0:c6:0a:29:34"));
    let shown = env.ok(&["inspect", "--format", "{{.NetworkSettings.Networks.macnet.MacAddress}}", "fixed"]);
    assert_eq!(shown.trim(), "92:d0:c6:0a:29:34");
    // Peers reach it by name through that address.
    assert!(ping_ok(&env, "other", "fixed"));
    let (_, neigh) = sh(&env, "other", "cat /proc/net/arp");
    assert!(neigh.contains("92:d0:c6:0a:29:34"), "{neigh}");
}
