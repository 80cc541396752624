//! The user's Docker study notes (`shared/seeds/`), step by step, as the
//! unprivileged user: each test replays one lesson's commands (with the
//! test images in place of centos/tomcat/nginx) and asserts what docker
//! shows for them.

mod common;

use common::TestEnv;
use serde_json::Value;

fn inspect(env: &TestEnv, what: &[&str]) -> Value {
    let mut args = vec!["inspect"];
    args.extend_from_slice(what);
    let v: Value = serde_json::from_str(&env.ok(&args)).unwrap();
    v[0].clone()
}

/// 数据卷容器: `VOLUME ["volume01","volume02"]` in a Dockerfile, then
/// `--volumes-from docker01`; relative image volumes are mounted at
/// `/volume01`, `/volume02` (docker resolves them inside the root), in
/// `run`, `create`, a `commit`ted image, and shared by `--volumes-from`
/// even after docker01 is removed.
#[test]
fn dockerfile_volume_relative_paths_and_volumes_from() {
    let env = TestEnv::new();
    let df = format!(
        "FROM {}\n\nVOLUME [\"volume01\",\"volume02\"]\nVOLUME /abs\n\nCMD echo \"----end----\"\nCMD /bin/sh\n",
        env.fx().busybox.reference
    );
    let ctx = env.write_home("docker-test-volume/dockerfile1", &df);
    let ctx = ctx.parent().unwrap().display().to_string();
    env.ok(&["build", "-f", &format!("{ctx}/dockerfile1"), "-t", "kizai/centos", &ctx]);

    let mounted = "grep -o ' /volume0[12] \\| /abs ' /proc/mounts | sort | tr -d ' ' | tr '\\n' ,";
    let out = env.ok(&["run", "--name", "docker01", "kizai/centos", "sh", "-c", &format!("{mounted}; echo one > /volume01/f; echo abs > /abs/f")]);
    assert_eq!(out, "/abs,/volume01,/volume02,", "every image volume is a mount");
    let dests = |c: &str| -> Vec<String> {
        let mut d: Vec<String> = inspect(&env, &[c])["Mounts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["Destination"].as_str().unwrap().to_string())
            .collect();
        d.sort();
        d
    };
    assert_eq!(dests("docker01"), ["/abs", "/volume01", "/volume02"]);
    assert_eq!(env.ok(&["volume", "ls", "-q"]).lines().count(), 3, "three anonymous volumes");

    env.ok(&["create", "--name", "docker03", "kizai/centos"]);
    assert_eq!(dests("docker03"), ["/abs", "/volume01", "/volume02"]);

    let out = env.ok(&["run", "--name", "docker02", "--volumes-from", "docker01", "kizai/centos", "cat", "/volume01/f", "/abs/f"]);
    assert_eq!(out, "one\nabs\n");
    env.ok(&["rm", "-v", "docker01"]);
    assert_eq!(env.ok(&["start", "-a", "docker02"]), "one\nabs\n", "the data outlives docker01");

    // A committed image keeps the volumes, and the volume's content is not in its layer.
    env.ok(&["commit", "docker02", "committed"]);
    let out = env.ok(&["run", "--rm", "committed", "sh", "-c", &format!("{mounted}; ls /volume01 | wc -l")]);
    assert_eq!(out, "/abs,/volume01,/volume02,0\n");
}

/// `docker diff`, `docker top`, `docker network inspect` as the notes show
/// them: diff lists what the container changed, not the runtime's own mount
/// points; top's USER column has names; a user network resolves names and
/// says so.
#[test]
fn diff_top_and_network_inspect_as_docker_shows_them() {
    let env = TestEnv::new();
    let img = &env.fx().busybox.reference;
    env.ok(&["run", "--name", "c", img, "sh", "-c", "mkdir -p /tmp/new && echo x > /tmp/new/f"]);
    assert_eq!(env.ok(&["diff", "c"]), "C /tmp\nA /tmp/new\nA /tmp/new/f\n", "no /etc/hostname, /etc/hosts, /etc/resolv.conf, /etc");
    // A real change at one of those paths still shows.
    let mine = env.write_home("hostname", "mine\n");
    env.ok(&["cp", &mine.display().to_string(), "c:/etc/hostname"]);
    assert_eq!(env.ok(&["diff", "c"]), "C /etc\nA /etc/hostname\nC /tmp\nA /tmp/new\nA /tmp/new/f\n");

    // docker top: the USER column has names from the container's /etc/passwd.
    env.ok(&["run", "-d", "--name", "top1", img, "sh", "-c", "while true; do echo hello docker; sleep 1; done"]);
    let top = env.ok(&["top", "top1"]);
    let rows: Vec<&str> = top.lines().skip(1).collect();
    assert!(!rows.is_empty() && rows.iter().all(|r| r.starts_with("root ")), "{top}");

    // docker network inspect: names resolve on a user network, and it says so.
    env.ok(&["network", "create", "mynet"]);
    let net: Value = serde_json::from_str(&env.ok(&["network", "inspect", "mynet"])).unwrap();
    let net = &net[0];
    assert_eq!(net["dns_enabled"], true, "{net}");
    env.ok(&["run", "-d", "--name", "a", "--network", "mynet", img, "sleep", "60"]);
    env.ok(&["run", "--rm", "--network", "mynet", img, "ping", "-c", "1", "-W", "5", "a"]);
    env.ok(&["rm", "-f", "a", "top1"]);
}

/// `docker network create --subnet 192.168.0.0/16 --gateway 192.168.0.1
/// mynet`, then `ip route` in a container on it: the default route is via
/// the network's gateway, and the way out still works (the host's loopback,
/// reached as host.containers.internal through the user-mode uplink).
#[test]
fn user_network_gateway_is_the_default_route() {
    let env = TestEnv::new();
    let img = &env.fx().busybox.reference;
    env.ok(&["network", "create", "--driver", "bridge", "--subnet", "192.168.77.0/24", "--gateway", "192.168.77.1", "mynet"]);
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = std::thread::spawn(move || {
        use std::io::{Read, Write};
        let (mut s, _) = listener.accept().unwrap();
        let mut buf = [0u8; 1024];
        let _ = s.read(&mut buf);
        s.write_all(b"HTTP/1.0 200 OK\r\nContent-Length: 9\r\n\r\nfrom-host").unwrap();
    });
    let script = format!("ip route; wget -q -O - http://host.containers.internal:{port}/");
    let out = env.ok(&["run", "--rm", "--network", "mynet", "--ip", "192.168.77.10", img, "sh", "-c", &script]);
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some("default via 192.168.77.1 dev eth0 "), "{out}");
    assert!(out.contains("192.168.77.0/24 dev eth0 scope link  src 192.168.77.10"), "{out}");
    assert!(out.ends_with("from-host"), "{out}");
    server.join().unwrap();
    // Only one interface besides lo: no per-container uplink.
    let links = env.ok(&["run", "--rm", "--network", "mynet", img, "sh", "-c", "ls /sys/class/net | sort | tr '\\n' ' '"]);
    assert_eq!(links, "eth0 lo ");
}

/// 网络连通: `docker network connect mynet tomcat01` on a running container
/// of the default network gives it an interface on mynet at once, and names
/// resolve both ways; `network disconnect` takes it away at once, also from
/// the default network. What cannot be done exits 125 with the reason.
#[test]
fn network_connect_and_disconnect_a_running_container() {
    let env = TestEnv::new();
    let img = &env.fx().busybox.reference;
    let ping = |from: &str, to: &str| env.run(&["exec", from, "ping", "-c", "1", "-W", "3", to]).success();
    env.ok(&["run", "-d", "--name", "tomcat01", img, "sleep", "3600"]);
    env.ok(&["network", "create", "--driver", "bridge", "--subnet", "192.168.0.0/16", "--gateway", "192.168.0.1", "mynet"]);
    env.ok(&["run", "-d", "--name", "tomcat-net-01", "--net", "mynet", img, "sleep", "3600"]);
    assert!(!ping("tomcat01", "tomcat-net-01"));

    let out = env.run(&["network", "connect", "mynet", "tomcat01"]);
    assert!(out.success() && out.stderr.is_empty(), "{}", out.describe());
    let ip = env.ok(&["inspect", "-f", "{{.NetworkSettings.Networks.mynet.IPAddress}}", "tomcat01"]);
    let ip = ip.trim();
    assert!(ip.starts_with("192.168."), "{ip}");
    let addrs = env.ok(&["exec", "tomcat01", "ip", "-o", "-4", "addr"]);
    assert!(addrs.contains(&format!("inet {ip}/16")), "{addrs}");
    assert!(ping("tomcat01", "tomcat-net-01"), "tomcat01 -> tomcat-net-01 by name");
    assert!(ping("tomcat-net-01", "tomcat01"), "tomcat-net-01 -> tomcat01 by name");
    assert!(ping("tomcat-net-01", ip));

    env.ok(&["network", "disconnect", "mynet", "tomcat01"]);
    assert!(!ping("tomcat-net-01", ip));
    assert!(!env.ok(&["exec", "tomcat01", "ip", "-o", "-4", "addr"]).contains("192.168."));
    assert_eq!(env.ok(&["inspect", "-f", "{{len .NetworkSettings.Networks}}", "tomcat01"]).trim(), "1");

    // Not possible: exit 125 with the reason, nothing recorded.
    env.ok(&["run", "-d", "--name", "nonet", "--network", "none", img, "sleep", "3600"]);
    let err = env.fail(&["network", "connect", "mynet", "nonet"], 125);
    assert!(err.contains("--network none"), "{err}");
    let err = env.fail(&["network", "connect", "host", "tomcat01"], 125);
    assert!(err.contains("pre-defined network host"), "{err}");
    // The default network (docker's `bridge`) goes live too.
    assert!(env.ok(&["exec", "tomcat01", "ip", "-o", "-4", "addr"]).contains("10.88."));
    env.ok(&["network", "disconnect", "bridge", "tomcat01"]);
    assert!(!env.ok(&["exec", "tomcat01", "ip", "-o", "-4", "addr"]).contains("10.88."));
    env.ok(&["rm", "-f", "tomcat01", "tomcat-net-01", "nonet"]);
}

/// 理解Docker0: two containers on the default network each have their own
/// address on one bridge and ping each other by IP (`docker exec -it
/// tomcat01 ip addr`, then ping tomcat02's address); `network ls` lists the
/// default network, `host` and `none`, as docker does.
#[test]
fn default_network_is_docker0_like() {
    let env = TestEnv::new();
    let img = &env.fx().busybox.reference;
    env.ok(&["run", "-d", "-P", "--name", "tomcat01", img, "sleep", "3600"]);
    env.ok(&["run", "-d", "-P", "--name", "tomcat02", img, "sleep", "3600"]);
    let addr = |c: &str| env.ok(&["inspect", "-f", "{{.NetworkSettings.IPAddress}}", c]).trim().to_string();
    let (ip1, ip2) = (addr("tomcat01"), addr("tomcat02"));
    assert!(ip1.starts_with("10.88.") && ip2.starts_with("10.88.") && ip1 != ip2, "{ip1} {ip2}");
    let ip_addr = env.ok(&["exec", "tomcat01", "ip", "addr"]);
    assert!(ip_addr.contains(&format!("inet {ip1}/16")) && ip_addr.contains("eth0"), "{ip_addr}");
    for (from, to) in [("tomcat01", &ip2), ("tomcat02", &ip1)] {
        let out = env.run(&["exec", from, "ping", "-c", "1", "-W", "3", to]);
        assert!(out.success(), "{from} -> {to}: {}", out.describe());
    }
    let route = env.ok(&["exec", "tomcat01", "ip", "route"]);
    assert!(route.starts_with("default via 10.88.0.1 dev eth0"), "{route}");
    // No names on the default network, as docker's.
    assert!(!env.run(&["exec", "tomcat01", "ping", "-c", "1", "-W", "1", "tomcat02"]).success());
    assert_eq!(env.ok(&["inspect", "-f", "{{.HostConfig.NetworkMode}}", "tomcat01"]).trim(), "bridge");
    assert_eq!(env.ok(&["inspect", "-f", "{{.NetworkSettings.Networks.podman.IPAddress}}", "tomcat01"]).trim(), ip1);

    let ls = env.ok(&["network", "ls", "--format", "{{.Name}} {{.Driver}}"]);
    assert_eq!(ls, "podman bridge\nhost host\nnone null\n");
    let v: Value = serde_json::from_str(&env.ok(&["network", "inspect", "bridge"])).unwrap();
    assert_eq!(v[0]["name"], "podman");
    assert_eq!(v[0]["subnets"][0]["subnet"], "10.88.0.0/16");
    assert_eq!(v[0]["containers"].as_object().map(|c| c.len()), Some(2), "{v}");
    env.ok(&["rm", "-f", "tomcat01", "tomcat02"]);
}
