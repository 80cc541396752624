//! Container networking end to end, rootless: the default user-mode network
//! (slirp4netns) and `--network pasta`, published TCP and UDP ports reached
//! from the host's loopback, `-P` and `port`, a port already in use,
//! `--network none|host|container:`, the host reachable as
//! host.containers.internal, restart keeping the forward.
//! Only 127.0.0.1 and namespaces the tests create are network targets.

mod common;

use common::TestEnv;
use std::net::TcpListener;
use std::time::{Duration, Instant};

fn image(env: &TestEnv) -> String {
    let f = &env.fx().busybox;
    env.ok(&["pull", "-q", &f.reference]);
    f.reference.clone()
}

use common::http::{fetch, free_port};

/// `-d` httpd serving a page that says `page`, with extra run flags.
fn web(env: &TestEnv, img: &str, name: &str, page: &str, flags: &[&str]) -> String {
    let script =
        format!("mkdir -p /www && echo {page} > /www/index.html && exec httpd -f -p 8080 -h /www");
    let mut args = vec!["run", "-d", "--name", name];
    args.extend_from_slice(flags);
    args.extend_from_slice(&[img, "sh", "-c", &script]);
    env.ok(&args).trim().to_string()
}

#[test]
fn published_port_serves_the_page_and_is_released() {
    let env = TestEnv::new();
    let img = image(&env);
    let port = free_port();
    let spec = format!("127.0.0.1:{port}:8080");
    web(&env, &img, "web", "hello-from-dhow", &["-p", &spec]);
    assert!(fetch(port).contains("hello-from-dhow"));
    let ps = env.ok(&["ps", "--format", "{{.Ports}}"]);
    assert_eq!(ps.trim(), format!("127.0.0.1:{port}->8080/tcp"));
    assert_eq!(
        env.ok(&["port", "web"]).trim(),
        format!("8080/tcp -> 127.0.0.1:{port}")
    );
    assert_eq!(
        env.ok(&["port", "web", "8080"]).trim(),
        format!("127.0.0.1:{port}")
    );
    let ports = env.ok(&["inspect", "-f", "{{json .NetworkSettings.Ports}}", "web"]);
    assert!(
        ports.contains(&format!("\"HostPort\":\"{port}\"")),
        "{ports}"
    );

    // After a restart the forward answers again.
    env.ok(&["restart", "-t", "1", "web"]);
    assert!(fetch(port).contains("hello-from-dhow"));

    // rm -f releases the port: we can bind it ourselves.
    env.ok(&["rm", "-f", "web"]);
    let deadline = Instant::now() + Duration::from_secs(10);
    while TcpListener::bind(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "port {port} still taken after rm -f"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn publish_all_uses_free_ports_shown_by_port() {
    let env = TestEnv::new();
    let img = image(&env);
    web(&env, &img, "pall", "all-ports", &["--expose", "8080", "-P"]);
    let out = env.ok(&["port", "pall", "8080/tcp"]);
    let host = out
        .trim()
        .rsplit(':')
        .next()
        .unwrap()
        .parse::<u16>()
        .expect(&out);
    assert!(host > 0);
    assert!(fetch(host).contains("all-ports"));
    env.ok(&["rm", "-f", "pall"]);
}

#[test]
fn port_in_use_fails_run_with_125() {
    let env = TestEnv::new();
    let img = image(&env);
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let spec = format!("127.0.0.1:{port}:80");
    let err = env.fail(
        &[
            "run", "-d", "--name", "busy", "-p", &spec, &img, "sleep", "100",
        ],
        125,
    );
    assert!(
        err.contains(&port.to_string()) && err.contains("in use"),
        "{err}"
    );
    let status = env.ok(&["inspect", "-f", "{{.State.Status}}", "busy"]);
    assert_eq!(status.trim(), "created", "nothing left running");
    assert!(env.monitors().is_empty(), "no monitor left behind");
}

/// Host ports a rootless user cannot bind fail `run` with the reason and
/// leave nothing running.
#[test]
fn unbindable_host_ports_fail_run_with_the_reason() {
    let env = TestEnv::new();
    let img = image(&env);
    let start: u16 = std::fs::read_to_string("/proc/sys/net/ipv4/ip_unprivileged_port_start")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(1024);
    if start > 80 {
        let err = env.fail(&["run", "-d", "--name", "low", "-p", "127.0.0.1:80:8080", &img, "sleep", "9"], 125);
        assert!(err.contains("127.0.0.1:80") && err.contains("below") && err.contains("privileges"), "{err}");
    }
    // 192.0.2.1 (TEST-NET-1) is no address of this host.
    let err = env.fail(&["run", "-d", "--name", "far", "-p", "192.0.2.1:8080:8080", &img, "sleep", "9"], 125);
    assert!(err.contains("192.0.2.1:8080") && err.contains("no such address"), "{err}");
    assert!(env.monitors().is_empty(), "no monitor left behind");
}

#[test]
fn bad_port_specs_are_rejected() {
    let env = TestEnv::new();
    let img = image(&env);
    for bad in ["99999:80", "abc", "1-3:80-81"] {
        let err = env.fail(&["run", "--rm", "-p", bad, &img, "true"], 125);
        assert!(err.contains("port"), "{bad}: {err}");
    }
    let err = env.fail(
        &["run", "--rm", "--network", "nosuchnet", &img, "true"],
        125,
    );
    assert!(err.contains("nosuchnet"), "{err}");
    assert!(
        env.ok(&["ps", "-a", "-q"]).trim().is_empty(),
        "nothing created"
    );
}

#[test]
fn default_network_has_an_interface_and_reaches_the_host() {
    let env = TestEnv::new();
    let img = image(&env);
    let out = env.ok(&["run", "--rm", &img, "cat", "/proc/net/dev"]);
    assert!(out.contains("eth0:") && out.contains("lo:"), "{out}");
    let hosts = env.ok(&[
        "run",
        "--rm",
        "--add-host",
        "db:10.9.8.7",
        &img,
        "cat",
        "/etc/hosts",
    ]);
    assert!(
        hosts.contains("host.containers.internal") && hosts.contains("host.docker.internal"),
        "{hosts}"
    );
    assert!(hosts.contains("10.9.8.7\tdb"), "{hosts}");

    let mode = env.ok(&["create", "--name", "dflt", &img, "true"]);
    let mode = env.ok(&["inspect", "-f", "{{.HostConfig.NetworkMode}}", mode.trim()]);
    assert_eq!(mode.trim(), "bridge", "the default network is a bridge, as docker's (slirp4netns is its uplink)");
    reaches_host_server(&env, &img, &[]);
}

/// A server on the host's loopback answers a container that asks for
/// host.containers.internal.
fn reaches_host_server(env: &TestEnv, img: &str, flags: &[&str]) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = common::http::serve_once(listener, "from-the-host\n");
    let url = format!("http://host.containers.internal:{port}/");
    let mut args = vec!["run", "--rm"];
    args.extend_from_slice(flags);
    args.extend_from_slice(&[img, "wget", "-q", "-O", "-", &url]);
    let out = env.ok(&args);
    assert_eq!(out.trim(), "from-the-host");
    server.join().unwrap();
}

#[test]
fn pasta_network_publishes_ports_and_reaches_the_host() {
    let env = TestEnv::new();
    let img = image(&env);
    let port = free_port();
    let spec = format!("127.0.0.1:{port}:8080");
    web(&env, &img, "pasta", "via-pasta", &["--network", "pasta", "-p", &spec]);
    assert!(fetch(port).contains("via-pasta"));
    let mode = env.ok(&["inspect", "-f", "{{.HostConfig.NetworkMode}}", "pasta"]);
    assert_eq!(mode.trim(), "pasta");
    env.ok(&["rm", "-f", "pasta"]);
    reaches_host_server(&env, &img, &["--network", "pasta"]);
}

const HOST_PYTHON: [&str; 4] = ["-v", "/usr:/host/usr:ro", "-e", "PYTHONHOME=/host/usr"];
/// Prints every datagram that reaches UDP port 5353.
const UDP_PRINTER: &str = "import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\ns.bind(('0.0.0.0', 5353))\nwhile True:\n    print(s.recv(2048).decode().strip())\n";

/// `-p H:C/udp`: datagrams sent to the host port reach a UDP listener in
/// the container (the user-mode tool forwards UDP), for both tools and on
/// the default network (`bridge`, where such a container gets a tool of its
/// own).
#[test]
fn udp_port_is_published() {
    let env = TestEnv::new();
    let img = image(&env);
    for mode in ["slirp4netns", "pasta", "bridge"] {
        let port = std::net::UdpSocket::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let spec = format!("127.0.0.1:{port}:5353/udp");
        let name = format!("udp-{mode}");
        // busybox-static's nc has no UDP: the host's python, run from a
        // read-only bind mount of /usr, is the listener.
        let mut args = vec!["run", "-d", "--name", &name, "--network", mode, "-p", &spec];
        args.extend_from_slice(&HOST_PYTHON);
        args.extend_from_slice(&[&img, "/host/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2", "--library-path", "/host/usr/lib/x86_64-linux-gnu", "/host/usr/bin/python3", "-u", "-c", UDP_PRINTER]);
        env.ok(&args);
        let ports = env.ok(&["port", &name]);
        assert_eq!(ports.trim(), format!("5353/udp -> 127.0.0.1:{port}"));
        let sock = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
        let message = format!("datagram-through-{mode}\n");
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            sock.send_to(message.as_bytes(), ("127.0.0.1", port)).unwrap();
            if env.ok(&["logs", &name]).contains(message.trim()) {
                break;
            }
            assert!(Instant::now() < deadline, "{mode}: the datagram never arrived");
            std::thread::sleep(Duration::from_millis(100));
        }
        env.ok(&["rm", "-f", &name]);
    }
}

#[test]
fn network_none_has_only_loopback() {
    let env = TestEnv::new();
    let img = image(&env);
    let out = env.ok(&[
        "run",
        "--rm",
        "--network",
        "none",
        &img,
        "cat",
        "/proc/net/dev",
    ]);
    let ifaces: Vec<&str> = out
        .lines()
        .skip(2)
        .filter_map(|l| l.split(':').next())
        .map(str::trim)
        .collect();
    assert_eq!(ifaces, ["lo"], "{out}");
    let err = env.fail(
        &[
            "run",
            "--rm",
            "--network",
            "none",
            "-p",
            "8080:80",
            &img,
            "true",
        ],
        125,
    );
    assert!(err.contains("conflicting options"), "{err}");
}

#[test]
fn network_host_sees_the_hosts_interfaces() {
    let env = TestEnv::new();
    let img = image(&env);
    let out = env.ok(&[
        "run",
        "--rm",
        "--network",
        "host",
        &img,
        "cat",
        "/proc/net/dev",
    ]);
    let host = std::fs::read_to_string("/proc/net/dev").unwrap();
    let names = |t: &str| -> Vec<String> {
        t.lines()
            .skip(2)
            .filter_map(|l| l.split(':').next())
            .map(|s| s.trim().to_string())
            .collect()
    };
    assert_eq!(names(&out), names(&host));
}

#[test]
fn dns_option_replaces_nameservers() {
    let env = TestEnv::new();
    let img = image(&env);
    let out = env.ok(&[
        "run",
        "--rm",
        "--dns",
        "192.0.2.53",
        "--dns-search",
        "example.test",
        &img,
        "cat",
        "/etc/resolv.conf",
    ]);
    assert!(
        out.contains("nameserver 192.0.2.53") && out.contains("search example.test"),
        "{out}"
    );
    assert_eq!(out.matches("nameserver").count(), 1, "{out}");
}

#[test]
fn network_container_shares_the_other_containers_interfaces() {
    let env = TestEnv::new();
    let img = image(&env);
    let port = free_port();
    let spec = format!("127.0.0.1:{port}:8080");
    web(&env, &img, "first", "shared-net", &["-p", &spec]);
    assert!(fetch(port).contains("shared-net"));
    // The second container sees the first's server on its own loopback.
    let out = env.ok(&[
        "run",
        "--rm",
        "--network",
        "container:first",
        &img,
        "wget",
        "-q",
        "-O",
        "-",
        "http://127.0.0.1:8080/",
    ]);
    assert_eq!(out.trim(), "shared-net");
    let theirs = env.ok(&["exec", "first", "cat", "/sys/class/net/eth0/address"]);
    let ours = env.ok(&[
        "run",
        "--rm",
        "--network",
        "container:first",
        &img,
        "cat",
        "/sys/class/net/eth0/address",
    ]);
    assert_eq!(ours, theirs, "same eth0");
    env.ok(&["rm", "-f", "first"]);
}

#[test]
fn killed_monitor_releases_the_published_port() {
    let env = TestEnv::new();
    let img = image(&env);
    let port = free_port();
    let spec = format!("127.0.0.1:{port}:8080");
    web(&env, &img, "k9", "k9", &["-p", &spec]);
    assert!(fetch(port).contains("k9"));
    for pid in env.monitors() {
        // SAFETY: plain kill(2) on a monitor this test started.
        unsafe { libc::kill(pid, libc::SIGKILL) };
    }
    // pasta dies with the monitor (PR_SET_PDEATHSIG): the port is free again.
    let deadline = Instant::now() + Duration::from_secs(10);
    while TcpListener::bind(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "port {port} still taken after the monitor was killed"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let status = env.ok(&["inspect", "-f", "{{.State.Running}}", "k9"]);
    assert_eq!(status.trim(), "false");
    assert_eq!(
        env.ok(&["ps", "-a", "--format", "{{.Ports}}"]).trim(),
        "",
        "a dead container shows no ports"
    );
}

#[test]
fn slirp4netns_network_publishes_ports_too() {
    let env = TestEnv::new();
    let img = image(&env);
    let port = free_port();
    let spec = format!("127.0.0.1:{port}:8080");
    web(
        &env,
        &img,
        "slirp",
        "via-slirp",
        &["--network", "slirp4netns", "-p", &spec],
    );
    assert!(fetch(port).contains("via-slirp"));
    let mode = env.ok(&["inspect", "-f", "{{.HostConfig.NetworkMode}}", "slirp"]);
    assert_eq!(mode.trim(), "slirp4netns");
    env.ok(&["rm", "-f", "slirp"]);
}

#[test]
fn dns_option_sets_the_options_line() {
    let env = TestEnv::new();
    let img = image(&env);
    let out = env.ok(&["run", "--rm", "--dns-option", "ndots:5", "--dns-option", "timeout:1", &img, "cat", "/etc/resolv.conf"]);
    assert_eq!(out.matches("options").count(), 1, "{out}");
    assert!(out.contains("options ndots:5 timeout:1\n"), "{out}");
    // The nameservers are still the default ones.
    assert!(out.contains("nameserver"), "{out}");
    env.ok(&["create", "--name", "opts", "--dns-option", "ndots:2", &img, "true"]);
    let shown = env.ok(&["inspect", "--format", "{{.HostConfig.DnsOptions}}", "opts"]);
    assert_eq!(shown.trim(), "[ndots:2]");
    let err = env.fail(&["run", "--rm", "--network", "container:opts", "--dns-option", "ndots:2", &img, "true"], 125);
    assert!(err.contains("--dns-option"), "{err}");
}

#[test]
fn no_hosts_leaves_the_images_hosts_file() {
    let env = TestEnv::new();
    let img = image(&env);
    let script = "cat /etc/hosts 2>/dev/null; echo end";
    // By default dhow writes the file: the container's own name is in it.
    let managed = env.ok(&["run", "--rm", "--name", "managed", &img, "sh", "-c", script]);
    assert!(managed.contains("managed") && managed.contains("host.containers.internal"), "{managed}");
    let plain = env.ok(&["run", "--rm", "--name", "plain", "--no-hosts", &img, "sh", "-c", script]);
    assert!(!plain.contains("plain") && !plain.contains("host.containers.internal"), "{plain}");
    assert!(plain.ends_with("end\n"), "{plain}");
    let err = env.fail(&["run", "--rm", "--no-hosts", "--add-host", "db:10.1.2.3", &img, "true"], 125);
    assert!(err.contains("--no-hosts") && err.contains("--add-host"), "{err}");
}

#[test]
fn mac_address_is_the_interfaces() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["run", "-d", "--name", "mac", "--mac-address", "92:D0:C6:0A:29:33", &img, "sleep", "60"]);
    let inside = env.ok(&["exec", "mac", "cat", "/sys/class/net/eth0/address"]);
    assert_eq!(inside.trim(), "92:d0:c6:0a:29:33");
    let shown = env.ok(&["inspect", "--format", "{{.NetworkSettings.MacAddress}}", "mac"]);
    assert_eq!(shown.trim(), "92:d0:c6:0a:29:33");
    env.ok(&["rm", "-f", "-t", "0", "mac"]);
    for (flags, want) in [
        (vec!["--mac-address", "92:d0:c6:0a:29"], "invalid --mac-address"),
        (vec!["--mac-address", "01:00:5e:00:00:01"], "multicast"),
        (vec!["--network", "host", "--mac-address", "92:d0:c6:0a:29:33"], "conflicting options"),
        (vec!["--network", "none", "--mac-address", "92:d0:c6:0a:29:33"], "conflicting options"),
    ] {
        let mut args = vec!["run", "--rm"];
        args.extend(flags);
        args.extend([img.as_str(), "true"]);
        let err = env.fail(&args, 125);
        assert!(err.contains(want), "{args:?}: {err}");
    }
}
