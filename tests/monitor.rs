//! The monitor as a long-lived process, end to end as the unprivileged test
//! user: what it keeps of its own memory once a container runs (the
//! executable's pointer tables shared, set-up heap and stack given back),
//! and that the allocator settings `start` gives it reach no one else.
//! bench/memory.sh measures the figures; the bound here is well above what
//! a monitor keeps now and well below what it kept before (about 1 MiB).

mod common;

use common::TestEnv;
use std::io::Read;
use std::time::{Duration, Instant};

/// Polls `f` until it holds; fails after a generous deadline with `what`.
fn wait_until(what: &str, mut f: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !f() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// A process's anonymous (private, never shared) memory in KiB.
fn anonymous_kib(pid: i32) -> u64 {
    let rollup = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).unwrap_or_default();
    rollup.lines().find_map(|l| l.strip_prefix("Anonymous:")).and_then(|v| v.split_whitespace().next()?.parse().ok()).unwrap_or(u64::MAX)
}

/// The children of `parent` whose command name is `comm`.
fn children(parent: i32, comm: &str) -> Vec<i32> {
    let Ok(entries) = std::fs::read_dir("/proc") else { return vec![] };
    entries
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<i32>().ok())
        .filter(|pid| {
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
            let (Some(open), Some(close)) = (stat.find('('), stat.rfind(')')) else { return false };
            let ppid = stat[close + 1..].split_whitespace().nth(1).and_then(|p| p.parse::<i32>().ok());
            &stat[open + 1..close] == comm && ppid == Some(parent)
        })
        .collect()
}

#[test]
fn dhow_is_linked_at_a_fixed_address() {
    // A position-independent executable would get private copies of its
    // relocated pointer tables in every monitor (build.rs).
    let mut head = [0u8; 18];
    std::fs::File::open(env!("CARGO_BIN_EXE_dhow")).and_then(|mut f| f.read_exact(&mut head)).expect("reading the dhow binary");
    assert_eq!(&head[..4], b"\x7fELF");
    assert_eq!(u16::from_le_bytes([head[16], head[17]]), 2, "dhow should be an ET_EXEC (non-PIE) executable");
}

#[test]
fn an_idle_monitor_keeps_little_memory_and_its_allocator_settings_to_itself() {
    let env = TestEnv::new();
    let image = env.fx().busybox.reference.clone();
    env.ok(&["pull", "-q", &image]);
    // Its own slirp4netns: a helper the monitor starts with its environment.
    env.ok(&["run", "-d", "--network", "slirp4netns", "--name", "idle", &image, "sleep", "1000"]);
    let monitors = env.monitors();
    assert_eq!(monitors.len(), 1, "one monitor for one running container: {monitors:?}");
    let pid = monitors[0];
    let helpers = children(pid, "slirp4netns");
    assert_eq!(helpers.len(), 1, "the monitor's slirp4netns: {helpers:?}");
    let environ = std::fs::read(format!("/proc/{}/environ", helpers[0])).expect("reading the helper's environment");
    let environ = String::from_utf8_lossy(&environ);
    assert!(environ.contains("PATH="), "{environ}");
    assert!(!environ.contains("GLIBC_TUNABLES"), "the monitor passed its allocator settings on: {environ}");
    let inside = env.ok(&["exec", "idle", "env"]);
    assert!(!inside.contains("GLIBC_TUNABLES"), "{inside}");
    // The monitor gives its set-up memory back a moment after the start.
    wait_until("the monitor to give back its set-up memory", || anonymous_kib(pid) < 640);
    env.ok(&["rm", "-f", "idle"]);
}
