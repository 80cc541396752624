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

/// Runs `n` copies of `args` at once; returns their outputs.
fn at_once(env: &TestEnv, n: usize, args: &[&str]) -> Vec<common::env::Output> {
    thread::scope(|s| {
        let handles: Vec<_> = (0..n).map(|_| s.spawn(|| env.run(args))).collect();
        handles.into_iter().map(|h| h.join().expect("thread")).collect()
    })
}

/// Where names collide, exactly one of 20 parallel creates wins and the
/// others fail clearly; nothing is left half made. (`volume create` of an
/// existing name succeeds, as docker's does: one volume, 20 successes.)
#[test]
fn twenty_parallel_creates_of_one_name_have_one_winner() {
    let env = TestEnv::new();
    let img = env.fx().busybox.reference.clone();
    env.ok(&["pull", "-q", &img]);
    for o in at_once(&env, 20, &["volume", "create", "shared"]) {
        assert!(o.success() && o.stdout == "shared\n", "{}", o.describe());
    }
    for (args, what) in [
        (vec!["network", "create", "shared"], "network"),
        (vec!["create", "--name", "shared", img.as_str(), "true"], "container"),
    ] {
        let outs = at_once(&env, 20, &args);
        let (won, lost): (Vec<_>, Vec<_>) = outs.iter().partition(|o| o.success());
        assert_eq!(won.len(), 1, "one {what} create wins: {:?}", outs.iter().map(|o| o.describe()).collect::<Vec<_>>());
        for o in lost {
            assert_eq!(o.code(), Some(125), "{}", o.describe());
            assert!(o.stderr.starts_with("Error: ") && (o.stderr.contains("already") || o.stderr.contains("in use")), "a clear error: {}", o.describe());
        }
    }
    assert_eq!(lines(&env.ok(&["volume", "ls", "-q"])), ["shared"]);
    assert_eq!(lines(&env.ok(&["ps", "-aq"])).len(), 1);
    assert_eq!(env.ok(&["network", "ls", "-q", "--filter", "name=shared"]).lines().count(), 1);
    env.ok(&["system", "check"]);
}

/// run --rm, pull and rmi of the same image, and rm -f of the same
/// container, all at once: every command either does its work or fails
/// with a clear error, and the store is consistent afterwards.
#[test]
fn mixed_run_pull_rmi_and_rm_at_once_leave_a_consistent_store() {
    let env = TestEnv::new();
    let f = &env.fx().busybox;
    env.ok(&["pull", "-q", &f.reference]);
    env.ok(&["run", "-d", "--name", "victim", &f.reference, "sleep", "1000"]);
    let outs: Vec<common::env::Output> = thread::scope(|s| {
        let mut handles = Vec::new();
        for i in 0..20 {
            let env = &env;
            let r = f.reference.as_str();
            handles.push(s.spawn(move || match i % 4 {
                0 => env.run(&["run", "--rm", r, "true"]),
                1 => env.run(&["pull", "-q", r]),
                2 => env.run(&["rmi", r]),
                _ => env.run(&["rm", "-f", "victim"]),
            }));
        }
        handles.into_iter().map(|h| h.join().expect("thread")).collect()
    });
    for o in &outs {
        if !o.success() {
            assert!(o.stderr.starts_with("Error: "), "a failure says why: {}", o.describe());
            assert!(!o.stderr.contains("panicked"), "{}", o.describe());
        }
    }
    assert!(env.ok(&["ps", "-aq", "--filter", "name=victim"]).trim().is_empty(), "rm -f won in the end");
    // Whatever order they ran in, the store is sound and usable.
    let check = env.run(&["system", "check"]);
    assert!(check.success(), "{}", check.describe());
    env.ok(&["pull", "-q", &f.reference]);
    assert_eq!(env.ok(&["run", "--rm", &f.reference, "echo", "ok"]), "ok\n");
    assert_eq!(lines(&env.ok(&["ps", "-aq"])).len(), 0, "every run --rm removed its container");
}
