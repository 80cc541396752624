//! Crash consistency: the dhow CLI is killed with SIGKILL at sampled points
//! during each state-changing operation, and container monitors are killed
//! while they start and run a container. After every kill the store must be
//! consistent (`system check` clean, or clean after `system check --repair`),
//! the next commands must work, and nothing of the killed command may stay
//! behind: no process of its group, no monitor once its container is
//! removed, no process of its containers (found by a marker in their
//! environment, whatever their parent), no namespace they created, no mount
//! under the test env.
//!
//! Kill delays are spread evenly over the operation's duration measured by a
//! first, uninterrupted run (and a little past it, so the commit point at
//! the very end is sampled too). `DHOW_CRASH_POINTS=N` sets the number of
//! points per operation (default: 50 for the cheap ones, fewer for the slow
//! ones, to keep the file within a few minutes); each test prints
//! `crash-points: OP survived=N repaired=M` for `bench/hardening-report.sh`.

mod common;

use common::{proc, TestEnv};
use std::fs;
use std::path::PathBuf;
use std::thread;
use std::time::{Duration, Instant};

/// One operation under test. Every step is a dhow command line.
struct Op {
    name: &'static str,
    /// Brings the store to the state the operation starts from (must succeed).
    setup: Vec<Vec<String>>,
    /// The command that is killed. `{MARK}` is replaced by a marker unique
    /// to the kill point (see [`mark`]).
    args: Vec<String>,
    /// Undoes the operation whether it ran fully, partly or not at all
    /// (must succeed: these are "the next commands" after a kill).
    undo: Vec<Vec<String>>,
    /// Kill points when `DHOW_CRASH_POINTS` is not set.
    points: usize,
}

fn cmd(args: &[&str]) -> Vec<String> {
    args.iter().map(|s| s.to_string()).collect()
}

fn refs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

fn points(default: usize) -> usize {
    std::env::var("DHOW_CRASH_POINTS").ok().and_then(|v| v.parse().ok()).filter(|&n| n > 0).unwrap_or(default)
}

/// The busybox fixture pulled into `env`.
fn image(env: &TestEnv) -> String {
    let f = &env.fx().busybox;
    env.ok(&["pull", "-q", &f.reference]);
    f.reference.clone()
}

/// SIGKILLs one process (as a user's `kill -9 PID` would).
fn kill9(pid: i32) {
    // SAFETY: plain syscall on a process this test started (or its monitor).
    unsafe {
        libc::kill(pid, libc::SIGKILL);
    }
}

/// Waits (bounded) until the process group of a killed dhow is empty: its
/// forked helpers may finish their step or die with it, but must not stay.
fn group_settles(pgid: i32, uid: u32, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let left = proc::group_members(pgid, uid);
        if left.is_empty() {
            return;
        }
        if Instant::now() > deadline {
            let names: Vec<String> =
                left.iter().map(|p| fs::read_to_string(format!("/proc/{p}/cmdline")).unwrap_or_default().replace('\0', " ")).collect();
            proc::kill_group(pgid);
            panic!("{what}: processes of the killed dhow were still running 60 s later: {names:?}");
        }
        thread::sleep(Duration::from_millis(10));
    }
}

/// Waits (bounded) until no monitor of `env` runs.
fn monitors_gone(env: &TestEnv, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !env.monitors().is_empty() {
        assert!(Instant::now() < deadline, "{what}: monitors still running after their containers were removed: {:?}", env.monitors());
        thread::sleep(Duration::from_millis(20));
    }
}

/// No mount on the host refers to the test env (rootless mounts live in
/// namespaces that die with their processes; one visible here leaked).
fn no_mounts(env: &TestEnv, what: &str) {
    let mounts = fs::read_to_string("/proc/self/mountinfo").unwrap_or_default();
    let root = env.root.display().to_string();
    let leaked: Vec<&str> = mounts.lines().filter(|l| l.contains(&root)).collect();
    assert!(leaked.is_empty(), "{what}: mounts left behind: {leaked:?}");
}

/// The environment variable that marks a kill point's containers.
const MARK_VAR: &str = "DHOW_CRASH_MARK";

/// A marker unique to one kill point of one operation in this test process.
/// Given to the containers as `-e DHOW_CRASH_MARK=...`, it finds their
/// processes from the host (a rootless container's processes are the test
/// user's, in their own namespaces) whoever their parent is: a list of
/// victims taken before a kill misses an init cloned just after it, and an
/// init orphaned by its monitor's death is reparented out of any tree.
fn mark(op: &str, i: usize) -> String {
    format!("{}-{}-{i}", mark_prefix(op), std::process::id())
}

fn mark_prefix(op: &str) -> String {
    op.replace(|c: char| !c.is_ascii_alphanumeric(), "_")
}

fn pids() -> Vec<i32> {
    fs::read_dir("/proc").map(|d| d.flatten().filter_map(|e| e.file_name().to_str()?.parse().ok()).collect()).unwrap_or_default()
}

/// Live processes whose environment has `DHOW_CRASH_MARK=<value>` with a
/// value `matches` accepts (zombies have no environment left and are not
/// counted: they hold nothing).
fn marked_by(matches: &dyn Fn(&str) -> bool) -> Vec<i32> {
    let var = format!("{MARK_VAR}=");
    pids()
        .into_iter()
        .filter(|p| {
            let env = fs::read(format!("/proc/{p}/environ")).unwrap_or_default();
            env.split(|&b| b == 0).any(|v| v.strip_prefix(var.as_bytes()).is_some_and(|val| matches(&String::from_utf8_lossy(val))))
        })
        .collect()
}

fn marked(mark: &str) -> Vec<i32> {
    marked_by(&|v| v == mark)
}

fn describe_pids(pids: &[i32]) -> Vec<String> {
    pids.iter()
        .map(|p| {
            let cmdline = fs::read_to_string(format!("/proc/{p}/cmdline")).unwrap_or_default().replace('\0', " ");
            format!("{p} (parent {:?}) {}", ppid(*p), cmdline.trim())
        })
        .collect()
}

/// Waits (bounded) until no process carries a marker `matches` accepts:
/// once its containers are removed, nothing of a killed command's
/// containers may run on.
fn no_marked(matches: &dyn Fn(&str) -> bool, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let left = marked_by(matches);
        if left.is_empty() {
            return;
        }
        if Instant::now() > deadline {
            let desc = describe_pids(&left);
            for p in left {
                kill9(p);
            }
            panic!("{what}: processes of the container outlived its removal (found by their marker): {desc:?}");
        }
        thread::sleep(Duration::from_millis(20));
    }
}

const NAMESPACES: [&str; 7] = ["user", "mnt", "pid", "net", "ipc", "uts", "cgroup"];

/// `(type, inode)` of each namespace `pid` is in.
fn namespaces(pid: i32) -> Vec<(&'static str, u64)> {
    use std::os::unix::fs::MetadataExt;
    NAMESPACES.iter().filter_map(|t| Some((*t, fs::metadata(format!("/proc/{pid}/ns/{t}")).ok()?.ino()))).collect()
}

/// Namespaces of the processes marked `mark` that a container made for
/// itself: not the host's (ours), not its parent's (a monitor), not those of
/// a network holder of `env` (which outlive containers by design).
fn own_namespaces(env: &TestEnv, mark: &str, into: &mut Vec<(&'static str, u64)>) {
    let procs = marked(mark);
    if procs.is_empty() {
        return;
    }
    let mut shared = namespaces(std::process::id() as i32);
    for p in network_holders(env) {
        for (q, _) in tree(p) {
            shared.extend(namespaces(q));
        }
    }
    for &p in &procs {
        if let Some(parent) = ppid(p) {
            if !procs.contains(&parent) {
                shared.extend(namespaces(parent));
            }
        }
    }
    for p in procs {
        for ns in namespaces(p) {
            if !shared.contains(&ns) && !into.contains(&ns) {
                into.push(ns);
            }
        }
    }
}

/// Waits (bounded) until no process is in any of `nss` and no mount pins
/// one (a namespace bind-mounted somewhere outlives its processes).
fn namespaces_gone(nss: &[(&'static str, u64)], what: &str) {
    if nss.is_empty() {
        return;
    }
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let mut left: Vec<String> = Vec::new();
        for p in pids() {
            for ns in namespaces(p) {
                if nss.contains(&ns) {
                    left.push(format!("{}:[{}] held by {}", ns.0, ns.1, describe_pids(&[p]).join("")));
                }
            }
        }
        let mounts = fs::read_to_string("/proc/self/mountinfo").unwrap_or_default();
        for (t, ino) in nss {
            let name = format!("{t}:[{ino}]");
            left.extend(mounts.lines().filter(|l| l.contains(&name)).map(|l| format!("{name} pinned by mount {l}")));
        }
        if left.is_empty() {
            return;
        }
        assert!(Instant::now() < deadline, "{what}: namespaces of the container outlived its removal: {left:?}");
        thread::sleep(Duration::from_millis(20));
    }
}

/// `system check`; when it reports problems, `--repair` must fix them all.
/// Returns whether a repair was needed.
fn store_consistent(env: &TestEnv, what: &str) -> bool {
    let check = env.run(&["system", "check"]);
    if check.success() {
        return false;
    }
    if std::env::var_os("DHOW_CRASH_VERBOSE").is_some() {
        eprintln!("{what}: repaired:\n{}", check.stdout);
    }
    assert_eq!(check.code(), Some(1), "{what}: system check failed to run: {}", check.describe());
    let repair = env.run(&["system", "check", "--repair"]);
    assert!(repair.success(), "{what}: repair did not make the store consistent:\nfound:\n{}\n{}", check.stdout, repair.describe());
    let again = env.run(&["system", "check"]);
    assert!(again.success(), "{what}: still inconsistent after repair: {}", again.describe());
    true
}

fn run_all(env: &TestEnv, steps: &[Vec<String>], what: &str) {
    for s in steps {
        let out = env.run(&refs(s));
        assert!(out.success(), "{what}: {}", out.describe());
    }
}

/// Kills `op` at evenly spread points of its measured duration; after each
/// kill checks the store, undoes, and checks for leftovers. `after_kill` may
/// add checks of its own (e.g. an output file is absent or complete).
fn crash_op(env: &TestEnv, op: &Op, after_kill: &dyn Fn(&TestEnv, &str)) {
    let n = points(op.points);
    // The uninterrupted run: it must work, and its duration spreads the points.
    run_all(env, &op.setup, op.name);
    let t0 = Instant::now();
    let plain: Vec<String> = op.args.iter().map(|a| a.replace("{MARK}", "first")).collect();
    let first = env.run(&refs(&plain));
    let took = t0.elapsed();
    assert!(first.success(), "{}: the uninterrupted run: {}", op.name, first.describe());
    run_all(env, &op.undo, op.name);

    let mut repaired = 0;
    for i in 0..n {
        let what = format!("{} killed at point {}/{n}", op.name, i + 1);
        run_all(env, &op.setup, &what);
        // Points cover 0..110 % of the measured time.
        let delay = took.mul_f64(1.1 * i as f64 / n as f64);
        let m = mark(op.name, i);
        let args: Vec<String> = op.args.iter().map(|a| a.replace("{MARK}", &m)).collect();
        let mut child = env.spawn(&refs(&args));
        let pid = child.id() as i32;
        thread::sleep(delay);
        kill9(pid);
        let _ = child.wait();
        group_settles(pid, env.user.uid, &what);
        if store_consistent(env, &what) {
            repaired += 1;
        }
        after_kill(env, &what);
        run_all(env, &op.undo, &what);
        monitors_gone(env, &what);
        no_marked(&|v| v == m, &what);
        no_mounts(env, &what);
    }
    // An init that was still being set up at a check above is not missed.
    let prefix = format!("{}-{}-", mark_prefix(op.name), std::process::id());
    no_marked(&|v| v.starts_with(&prefix), op.name);
    // After all that, the operation still works and leaves a sound store.
    run_all(env, &op.setup, op.name);
    env.ok(&refs(&plain));
    run_all(env, &op.undo, op.name);
    assert_eq!(env.ok(&["system", "check"]), "The store is consistent.\n", "{}: after the last full run", op.name);
    eprintln!("crash-points: {} survived={n} repaired={repaired} (operation took {took:?} uninterrupted)", op.name);
}

fn nothing(_: &TestEnv, _: &str) {}

fn crash_all(env: &TestEnv, ops: &[Op]) {
    for op in ops {
        crash_op(env, op, &nothing);
    }
}

#[test]
fn kill_during_pull() {
    let env = TestEnv::new();
    let f = &env.fx().layers;
    let op = Op {
        name: "pull",
        setup: vec![],
        args: cmd(&["pull", "-q", &f.reference]),
        undo: vec![cmd(&["rmi", "-i", &f.reference])],
        points: 8,
    };
    crash_op(&env, &op, &nothing);
}

#[test]
fn kill_during_rmi() {
    let env = TestEnv::new();
    let f = &env.fx().layers;
    let op = Op {
        name: "rmi",
        setup: vec![cmd(&["pull", "-q", &f.reference])],
        args: cmd(&["rmi", &f.reference]),
        undo: vec![cmd(&["rmi", "-i", &f.reference])],
        points: 15,
    };
    crash_op(&env, &op, &nothing);
}

#[test]
fn kill_during_run() {
    let env = TestEnv::new();
    let img = image(&env);
    let ops = [
        Op {
            name: "run -d",
            setup: vec![],
            args: cmd(&["run", "-d", "--name", "c", "-e", "DHOW_CRASH_MARK={MARK}", &img, "sleep", "1000"]),
            undo: vec![cmd(&["rm", "-af"])],
            points: 50,
        },
        Op {
            name: "run --rm",
            setup: vec![],
            args: cmd(&["run", "--rm", "-e", "DHOW_CRASH_MARK={MARK}", &img, "true"]),
            undo: vec![cmd(&["rm", "-af"])],
            points: 20,
        },
    ];
    crash_all(&env, &ops);
}

#[test]
fn kill_during_create_and_rm() {
    let env = TestEnv::new();
    let img = image(&env);
    let ops = [
        Op { name: "create", setup: vec![], args: cmd(&["create", "--name", "c", &img, "true"]), undo: vec![cmd(&["rm", "-af"])], points: 50 },
        Op {
            name: "rm",
            setup: vec![cmd(&["create", "--name", "c", &img, "true"])],
            args: cmd(&["rm", "c"]),
            undo: vec![cmd(&["rm", "-af"])],
            points: 50,
        },
    ];
    crash_all(&env, &ops);
}

#[test]
fn kill_during_build_and_commit() {
    let env = TestEnv::new();
    let img = image(&env);
    env.write_home("ctx/Dockerfile", &format!("FROM {img}\nRUN echo built > /built\nCOPY file /file\n"));
    env.write_home("ctx/file", &"context file\n".repeat(1000));
    let ctx = env.home().join("ctx").display().to_string();
    let build = Op {
        name: "build",
        setup: vec![],
        args: cmd(&["build", "-q", "--no-cache", "-t", "built:1", &ctx]),
        undo: vec![cmd(&["rmi", "-i", "built:1"])],
        points: 8,
    };
    crash_op(&env, &build, &nothing);
    env.ok(&["run", "--name", "src", &img, "sh", "-c", "echo changed > /changed"]);
    let commit = Op {
        name: "commit",
        setup: vec![],
        args: cmd(&["commit", "-q", "src", "snap:1"]),
        undo: vec![cmd(&["rmi", "-i", "snap:1"])],
        points: 20,
    };
    crash_op(&env, &commit, &nothing);
}

#[test]
fn kill_during_save() {
    let env = TestEnv::new();
    let f = &env.fx().layers;
    env.ok(&["pull", "-q", &f.reference]);
    let out = env.home().join("out.tar");
    let out_s = out.display().to_string();
    let save = Op { name: "save", setup: vec![], args: cmd(&["save", "-o", &out_s, &f.reference]), undo: vec![], points: 10 };
    // A killed save leaves no archive, or a complete one: never a torn file
    // a later `load` would trip over, nor a temp file beside it.
    let archive_whole = |env: &TestEnv, what: &str| {
        if out.exists() {
            let load = env.run(&["load", "-q", "-i", &out_s]);
            assert!(load.success(), "{what}: a killed save left a broken {out_s}: {}", load.describe());
            fs::remove_file(&out).unwrap_or_else(|e| panic!("removing {out_s}: {e}"));
        }
        let left: Vec<PathBuf> = fs::read_dir(env.home()).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
        let temps: Vec<&PathBuf> = left.iter().filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().contains("out.tar"))).collect();
        assert!(temps.is_empty(), "{what}: temporary files left next to the archive: {temps:?}");
    };
    crash_op(&env, &save, &archive_whole);
}

#[test]
fn kill_during_load_and_import() {
    let env = TestEnv::new();
    let f = &env.fx().layers;
    env.ok(&["pull", "-q", &f.reference]);
    let archive = env.home().join("in.tar").display().to_string();
    env.ok(&["save", "-o", &archive, &f.reference]);
    env.ok(&["rmi", &f.reference]);
    let load = Op { name: "load", setup: vec![], args: cmd(&["load", "-q", "-i", &archive]), undo: vec![cmd(&["rmi", "-i", &f.reference])], points: 8 };
    crash_op(&env, &load, &nothing);

    let rootfs = env.home().join("rootfs.tar").display().to_string();
    let img = image(&env);
    env.ok(&["create", "--name", "exp", &img, "true"]);
    env.ok(&["export", "-o", &rootfs, "exp"]);
    let import = Op { name: "import", setup: vec![], args: cmd(&["import", "-q", &rootfs, "imp:1"]), undo: vec![cmd(&["rmi", "-i", "imp:1"])], points: 8 };
    crash_op(&env, &import, &nothing);
}

#[test]
fn kill_during_volume_create_and_rm() {
    let env = TestEnv::new();
    let ops = [
        Op { name: "volume create", setup: vec![], args: cmd(&["volume", "create", "vol"]), undo: vec![cmd(&["volume", "rm", "-f", "vol"])], points: 50 },
        Op {
            name: "volume rm",
            setup: vec![cmd(&["volume", "create", "vol"])],
            args: cmd(&["volume", "rm", "vol"]),
            undo: vec![cmd(&["volume", "rm", "-f", "vol"])],
            points: 50,
        },
    ];
    crash_all(&env, &ops);
}

#[test]
fn kill_during_network_create_and_rm() {
    let env = TestEnv::new();
    let ops = [
        Op { name: "network create", setup: vec![], args: cmd(&["network", "create", "net"]), undo: vec![cmd(&["network", "prune", "-f"])], points: 50 },
        Op {
            name: "network rm",
            setup: vec![cmd(&["network", "create", "net"])],
            args: cmd(&["network", "rm", "net"]),
            undo: vec![cmd(&["network", "prune", "-f"])],
            points: 50,
        },
    ];
    crash_all(&env, &ops);
}

/// Parent PID of `pid`, from /proc/PID/stat.
fn ppid(pid: i32) -> Option<i32> {
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    stat.rsplit_once(')')?.1.split_whitespace().nth(1)?.parse().ok()
}

/// Start time of `pid` (clock ticks since boot), to tell a PID reused.
fn start_time(pid: i32) -> Option<u64> {
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    stat.rsplit_once(')')?.1.split_whitespace().nth(19)?.parse().ok()
}

/// `pid` and every process below it, with their start times.
fn tree(pid: i32) -> Vec<(i32, u64)> {
    let all: Vec<i32> = fs::read_dir("/proc")
        .map(|d| d.flatten().filter_map(|e| e.file_name().to_str()?.parse().ok()).collect())
        .unwrap_or_default();
    let mut found = vec![pid];
    let mut i = 0;
    while i < found.len() {
        let parent = found[i];
        let children: Vec<i32> = all.iter().copied().filter(|&p| ppid(p) == Some(parent) && !found.contains(&p)).collect();
        found.extend(children);
        i += 1;
    }
    found.into_iter().filter_map(|p| Some((p, start_time(p)?))).collect()
}

fn comm(pid: i32) -> String {
    fs::read_to_string(format!("/proc/{pid}/comm")).unwrap_or_default().trim().to_string()
}

/// The `__netns-holder` processes of this env's networks.
fn network_holders(env: &TestEnv) -> Vec<i32> {
    let root = env.root.display().to_string();
    pids()
        .into_iter()
        .filter(|pid| {
            let cmdline = String::from_utf8_lossy(&fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default()).into_owned();
            cmdline.contains("__netns-holder") && cmdline.contains(&root)
        })
        .collect()
}

/// The user-mode network helper of this env's default network (the
/// `__netns-holder` process's slirp4netns or pasta), else the holder itself.
fn network_helper(env: &TestEnv) -> Option<i32> {
    let holders = network_holders(env);
    let helpers = holders.iter().flat_map(|&h| tree(h)).map(|(p, _)| p);
    helpers.clone().find(|&p| matches!(comm(p).as_str(), "slirp4netns" | "pasta" | "pasta.avx2")).or(holders.first().copied())
}

/// Container monitors (and the network helpers they start) killed with
/// SIGKILL at points spread over `run -d`'s start-up and after it: the
/// store stays consistent (a container recorded as running whose monitor is
/// gone is what `--repair` sets to exited), `rm -f` works, and no process of
/// the killed monitor's tree is left once the container is removed.
#[test]
fn kill_monitors_and_network_helpers() {
    let env = TestEnv::new();
    let img = image(&env);
    let args_marked = |m: &str| -> Vec<String> { cmd(&["run", "-d", "--name", "m", "-e", &format!("{MARK_VAR}={m}"), &img, "sleep", "1000"]) };
    let first = args_marked("first");
    let args = refs(&first);
    let t0 = Instant::now();
    env.ok(&args);
    let took = t0.elapsed();
    env.ok(&["rm", "-af"]);
    monitors_gone(&env, "first run");
    let n = points(20);
    let (mut repaired, mut helpers_killed, mut monitors_killed, mut namespaces_checked) = (0, 0, 0, 0);
    for i in 0..n {
        let what = format!("monitor killed at point {}/{n}", i + 1);
        // Points cover 0..150 % of `run -d`: start-up, then a running container.
        let delay = took.mul_f64(1.5 * i as f64 / n as f64);
        let m = mark("monitor", i);
        let mut child = env.spawn(&refs(&args_marked(&m)));
        let t = Instant::now();
        let mut victims = Vec::new();
        let mut nss = Vec::new();
        // Kill whatever monitor exists at the point (poll until it).
        while victims.is_empty() && t.elapsed() < delay + took {
            if t.elapsed() >= delay {
                own_namespaces(&env, &m, &mut nss);
                // Odd points: a network helper (slirp4netns or pasta, else
                // the network's namespace holder) if one runs; else monitors.
                let helper = if i % 2 == 1 { network_helper(&env) } else { None };
                if let Some(h) = helper {
                    victims.extend(tree(h));
                    kill9(h);
                    helpers_killed += 1;
                } else {
                    for m in env.monitors() {
                        let procs = tree(m);
                        if std::env::var_os("DHOW_CRASH_VERBOSE").is_some() {
                            eprintln!("{what}: monitor tree {:?}", procs.iter().map(|&(p, _)| comm(p)).collect::<Vec<_>>());
                        }
                        kill9(m);
                        monitors_killed += 1;
                        victims.extend(procs);
                    }
                }
            }
            thread::sleep(Duration::from_millis(2));
        }
        let _ = proc::wait_bounded(&mut child, proc::COMMAND_TIMEOUT);
        group_settles(child.id() as i32, env.user.uid, &what);
        own_namespaces(&env, &m, &mut nss);
        if store_consistent(&env, &what) {
            repaired += 1;
        }
        let rm = env.run(&["rm", "-af"]);
        assert!(rm.success(), "{what}: {}", rm.describe());
        monitors_gone(&env, &what);
        no_marked(&|v| v == m, &what);
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let left: Vec<String> =
                victims.iter().filter(|&&(p, st)| start_time(p) == Some(st)).map(|&(p, _)| format!("{p} {}", comm(p))).collect();
            if left.is_empty() {
                break;
            }
            assert!(Instant::now() < deadline, "{what}: processes of the container outlived its removal: {left:?}");
            thread::sleep(Duration::from_millis(20));
        }
        namespaces_gone(&nss, &what);
        if std::env::var_os("DHOW_CRASH_VERBOSE").is_some() {
            eprintln!("{what}: the container's own namespaces, all gone: {nss:?}");
        }
        namespaces_checked += usize::from(!nss.is_empty());
        no_mounts(&env, &what);
    }
    // An init that was still being set up at a check above is not missed.
    let prefix = format!("{}-{}-", mark_prefix("monitor"), std::process::id());
    no_marked(&|v| v.starts_with(&prefix), "monitor kills");
    env.ok(&args);
    assert_eq!(env.ok(&["exec", "m", "echo", "ok"]), "ok\n");
    env.ok(&["rm", "-f", "m"]);
    assert_eq!(env.ok(&["system", "check"]), "The store is consistent.\n");
    eprintln!("crash-points: monitor survived={n} repaired={repaired} (monitors killed {monitors_killed}, network helpers killed {helpers_killed}, points with namespaces checked gone {namespaces_checked})");
}
