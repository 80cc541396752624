//! Containers as systemd services, end to end as the unprivileged test
//! user: the recorded create command, `--replace`, `--sdnotify` on a
//! datagram socket the test owns, and (below) generated units checked by
//! `systemd-analyze verify` and executed the way systemd would. State
//! changes are polled with a generous deadline, never timed.

mod common;

use common::TestEnv;
use std::os::unix::net::UnixDatagram;
use std::time::{Duration, Instant};

fn image(env: &TestEnv) -> String {
    let f = &env.fx().busybox;
    env.ok(&["pull", "-q", &f.reference]);
    f.reference.clone()
}

fn inspect(env: &TestEnv, name: &str, template: &str) -> String {
    env.ok(&["inspect", "-f", template, name]).trim().to_string()
}

/// A datagram socket in the env's runtime dir that the test user may send to.
fn notify_socket(env: &TestEnv) -> (UnixDatagram, std::path::PathBuf) {
    let path = env.runtime_dir().join("notify.sock");
    let sock = UnixDatagram::bind(&path).unwrap();
    env.user.chown(&path);
    sock.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    (sock, path)
}

/// `dhow args...` with `NOTIFY_SOCKET` set, as under a `Type=notify` unit.
fn run_notified(env: &TestEnv, socket: &std::path::Path, args: &[&str]) {
    let mut cmd = env.command(args);
    cmd.env("NOTIFY_SOCKET", socket);
    let out = env.run_command(cmd);
    assert!(out.success(), "{}", out.describe());
}

/// Messages received on `sock` until one contains `want` (or the deadline).
fn receive_until(sock: &UnixDatagram, want: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut all = String::new();
    let mut buf = [0u8; 4096];
    while !all.contains(want) {
        assert!(Instant::now() < deadline, "no {want:?} on the notify socket; got {all:?}");
        if let Ok(n) = sock.recv(&mut buf) {
            all.push_str(&String::from_utf8_lossy(&buf[..n]));
        }
    }
    all
}

#[test]
fn create_command_is_recorded_and_shown_by_inspect() {
    let env = TestEnv::new();
    let img = image(&env);
    env.ok(&["create", "--name", "cc", "-e", "A=b c", &img, "echo", "%hi"]);
    let cmd = inspect(&env, "cc", "{{json .Config.CreateCommand}}");
    let v: Vec<String> = serde_json::from_str(&cmd).unwrap();
    assert!(v[0].starts_with('/'), "argv[0] as run: {v:?}");
    assert_eq!(&v[1..], ["create", "--name", "cc", "-e", "A=b c", img.as_str(), "echo", "%hi"]);
}

#[test]
fn replace_removes_the_named_container_first_even_running() {
    let env = TestEnv::new();
    let img = image(&env);
    let first = env.ok(&["run", "-d", "--name", "web", &img, "sleep", "600"]).trim().to_string();
    // Without --replace the name is taken.
    env.fail(&["run", "-d", "--name", "web", &img, "sleep", "600"], 125);
    let second = env.ok(&["run", "-d", "--replace", "--name", "web", &img, "sleep", "600"]).trim().to_string();
    assert_ne!(first, second);
    assert_eq!(inspect(&env, "web", "{{.Id}} {{.State.Status}}"), format!("{second} running"));
    let all = env.ok(&["ps", "-a", "--format", "{{.ID}}"]);
    assert_eq!(all.lines().count(), 1, "{all}");
    // create --replace of a stopped container; --replace of a free name is fine.
    env.ok(&["create", "--replace", "--name", "web", &img, "true"]);
    env.ok(&["create", "--replace", "--name", "other", &img, "true"]);
    assert_eq!(inspect(&env, "web", "{{.State.Status}}"), "created");
    env.ok(&["rm", "-f", "web", "other"]);
}

#[test]
fn sdnotify_conmon_sends_mainpid_and_ready() {
    let env = TestEnv::new();
    let img = image(&env);
    let (sock, path) = notify_socket(&env);
    run_notified(&env, &path, &["run", "-d", "--name", "svc", &img, "sleep", "600"]);
    let got = receive_until(&sock, "READY=1");
    let monitor: i32 = got.lines().find_map(|l| l.strip_prefix("MAINPID=")).expect("MAINPID").parse().unwrap();
    assert!(env.monitors().contains(&monitor), "MAINPID {monitor} is not the monitor ({:?})", env.monitors());
    env.ok(&["rm", "-f", "svc"]);
}

#[test]
fn sdnotify_container_passes_the_socket_in_and_ignore_sends_nothing() {
    let env = TestEnv::new();
    let img = image(&env);
    let (sock, path) = notify_socket(&env);
    let script = "echo $NOTIFY_SOCKET; test -S $NOTIFY_SOCKET && echo socket; sleep 600";
    run_notified(&env, &path, &["run", "-d", "--sdnotify=container", "--name", "c", &img, "sh", "-c", script]);
    let got = receive_until(&sock, "MAINPID=");
    assert!(!got.contains("READY=1"), "{got}");
    let deadline = Instant::now() + Duration::from_secs(60);
    while !env.ok(&["logs", "c"]).contains("socket") {
        assert!(Instant::now() < deadline, "logs: {}", env.ok(&["logs", "c"]));
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(env.ok(&["logs", "c"]).starts_with("/run/notify/notify.sock\n"));
    env.ok(&["rm", "-f", "c"]);

    run_notified(&env, &path, &["run", "-d", "--sdnotify=ignore", "--name", "i", &img, "sleep", "600"]);
    assert_eq!(inspect(&env, "i", "{{.State.Status}}"), "running");
    sock.set_nonblocking(true).unwrap();
    let mut buf = [0u8; 256];
    assert!(sock.recv(&mut buf).is_err(), "ignore sent something");
    env.ok(&["rm", "-f", "i"]);
}

#[test]
fn sdnotify_healthy_waits_for_a_healthy_check() {
    let env = TestEnv::new();
    let img = image(&env);
    let (sock, path) = notify_socket(&env);
    env.fail(&["create", "--sdnotify=healthy", &img, "true"], 125);
    run_notified(&env, &path, &["run", "-d", "--sdnotify=healthy", "--health-cmd", "true", "--health-interval", "1s", "--name", "h", &img, "sleep", "600"]);
    receive_until(&sock, "READY=1");
    assert_eq!(inspect(&env, "h", "{{.State.Health.Status}}"), "healthy");
    env.ok(&["rm", "-f", "h"]);
}
