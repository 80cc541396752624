//! Several dhow processes on one store, and a dhow killed with SIGKILL in
//! the middle of a pull: the store must stay consistent (one image, layers
//! complete, no half-extracted leftovers once a later pull has run).

mod common;

use common::output::{last_line, lines};
use common::{proc, table_rows, TestEnv};
use rand::Rng;
use std::thread;
use std::time::{Duration, Instant};

#[test]
fn ten_concurrent_pulls_of_one_image() {
    let env = TestEnv::new();
    let f = &env.fx().layers;
    let args = ["pull", f.reference.as_str(), "--tls-verify=false"];
    let outputs: Vec<_> = thread::scope(|s| {
        let handles: Vec<_> = (0..10).map(|_| s.spawn(|| env.run(&args))).collect();
        handles.into_iter().map(|h| h.join().expect("pull thread")).collect()
    });
    for out in &outputs {
        assert!(out.success(), "every concurrent pull succeeds: {}", out.describe());
        assert_eq!(last_line(&out.stdout), f.id());
    }
    let (_, rows) = table_rows(&env.ok(&["images"]));
    let ours: Vec<_> = rows.iter().filter(|r| r[0] == f.repo).collect();
    assert_eq!(ours.len(), 1, "the image is listed once: {rows:?}");
    assert_eq!(lines(&env.ok(&["images", "-q"])), [f.short_id()]);
    assert_eq!(env.find_in_store("zstd-file").len(), 1, "each layer is extracted once");
}

#[test]
fn pull_killed_mid_way_then_pulled_again() {
    let env = TestEnv::new();
    let f = &env.fx().layers;
    let args = ["pull", f.reference.as_str(), "--tls-verify=false"];
    let mut rng = rand::thread_rng();
    for _ in 0..3 {
        let mut child = env.spawn(&args);
        let pgid = child.id() as i32;
        thread::sleep(Duration::from_millis(rng.gen_range(50..=300)));
        // As a user's `kill -9 PID` would: the main process only.
        // SAFETY: plain syscall on our own child, not yet reaped.
        unsafe {
            libc::kill(pgid, libc::SIGKILL);
        }
        let _ = child.wait();
        wait_group_gone(pgid, env.user.uid);
        // Readable and consistent at any point: nothing, or the whole image.
        let ids = lines(&env.ok(&["images", "-q"])).join(",");
        assert!(ids.is_empty() || ids == f.short_id(), "after a killed pull: {ids}");
    }
    let out = env.ok(&args);
    assert_eq!(last_line(&out), f.id());
    assert_eq!(lines(&env.ok(&["images", "-q"])), [f.short_id()]);
    for rel in ["zstd-file", "home/app/owned", "opaque/old", "bin/busybox"] {
        let found = env.find_in_store(rel);
        assert_eq!(found.len(), 1, "{rel}: complete, and no half-extracted copy left: {found:?}");
    }
}

/// Children a killed dhow left (it forks into a user namespace) may finish
/// their work or die with it; give them a bounded time, then kill them so
/// the next step starts from a quiet store.
fn wait_group_gone(pgid: i32, uid: u32) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !proc::group_members(pgid, uid).is_empty() {
        if Instant::now() > deadline {
            eprintln!("note: processes of a killed dhow still ran after 60 s; killing them");
            proc::kill_group(pgid);
            break;
        }
        thread::sleep(Duration::from_millis(20));
    }
}
