//! Escape attempts from inside a container, as root in it (busybox
//! fixture, rootless dhow as the test user). The attempts are made by
//! `tests/escape/probe.c`, built static with the host's gcc and bind-mounted
//! read-only at /probe: each prints `BLOCKED what: errno` or `ALLOWED what`
//! and exits 0 only when everything was blocked. Each test prints its lines
//! as `escape: ...` for `bench/hardening-report.sh`.
//!
//! Compared with rootless podman 4.3 (runc, cgroupfs, overlay, as
//! bench/common.sh sets it up) running the same probe once by hand on
//! 2026-12-07: every attempt blocked there is blocked here, with the same
//! errors, and dhow is stricter in two: podman let `keyctl(JOIN_SESSION_KEYRING)`
//! through (dhow: EPERM) and let the container create a nested user
//! namespace, in which each further attempt then failed (dhow refuses the
//! `unshare` itself, EPERM). `umount /proc/kcore` is ENOENT there (podman
//! masks with an empty file it need not mount over), EPERM here.

mod common;

use common::env::dhow_bin;
use common::{Output, TestEnv};
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::thread;
use std::time::Duration;

/// The probe, built once per test process (gcc -static).
fn probe() -> &'static Path {
    static PROBE: OnceLock<PathBuf> = OnceLock::new();
    PROBE.get_or_init(|| {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/escape/probe.c");
        let dir = tempfile::Builder::new().prefix("dhow-e2e-probe-").tempdir_in("/tmp").expect("probe dir").keep();
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).expect("chmod probe dir");
        common::proc::remove_at_exit(dir.clone());
        let out = dir.join("probe");
        let built = Command::new("gcc").args(["-static", "-O1", "-o"]).arg(&out).arg(&src).output().expect("running gcc");
        assert!(built.status.success(), "building the probe: {}", String::from_utf8_lossy(&built.stderr));
        fs::set_permissions(&out, fs::Permissions::from_mode(0o755)).expect("chmod probe");
        out
    })
}

fn image(env: &TestEnv) -> String {
    let f = &env.fx().busybox;
    env.ok(&["pull", "-q", &f.reference]);
    f.reference.clone()
}

fn mount_arg() -> String {
    format!("{}:/probe:ro", probe().display())
}

/// Every line of the probe says BLOCKED, at least `min` of them, and it
/// exited 0.
fn all_blocked(out: &Output, min: usize, what: &str) {
    let lines: Vec<&str> = out.stdout.lines().collect();
    for l in &lines {
        eprintln!("escape: {l}");
    }
    let allowed: Vec<&&str> = lines.iter().filter(|l| l.starts_with("ALLOWED")).collect();
    assert!(allowed.is_empty(), "{what}: escape attempts succeeded: {allowed:?}\n{}", out.describe());
    assert!(lines.iter().filter(|l| l.starts_with("BLOCKED")).count() >= min, "{what}: the probe ran: {}", out.describe());
    assert!(out.success(), "{what}: {}", out.describe());
}

fn run_probe(env: &TestEnv, img: &str, args: &[&str]) -> Output {
    let m = mount_arg();
    let mut full = vec!["run", "--rm", "-v", m.as_str(), img, "/probe"];
    full.extend_from_slice(args);
    env.run(&full)
}

#[test]
fn kernel_files_are_read_only_or_masked() {
    let env = TestEnv::new();
    let img = image(&env);
    all_blocked(&run_probe(&env, &img, &["kernel-files"]), 8, "kernel files");
    // And with a shell, as a user would try it.
    let sh = env.run(&["run", "--rm", &img, "sh", "-c", "echo 3 > /proc/sys/vm/drop_caches || echo refused; echo h > /proc/sysrq-trigger || echo refused"]);
    assert_eq!(sh.stdout.matches("refused").count(), 2, "{}", sh.describe());
}

#[test]
fn mount_pivot_root_mknod_handles_and_keyrings_are_refused() {
    let env = TestEnv::new();
    let img = image(&env);
    all_blocked(&run_probe(&env, &img, &["mounts"]), 11, "mounts and syscalls");
}

#[test]
fn a_nested_user_namespace_gains_nothing() {
    let env = TestEnv::new();
    let img = image(&env);
    all_blocked(&run_probe(&env, &img, &["nested-userns"]), 1, "nested user namespace");
}

#[test]
fn processes_outside_cannot_be_seen_signalled_or_traced() {
    let env = TestEnv::new();
    let img = image(&env);
    // A process of the test user on the host (so only namespaces protect it).
    let mut sleeper = env.exec("sleep", &["1000"]).spawn().expect("sleep");
    let pid = sleeper.id().to_string();
    let out = run_probe(&env, &img, &["outside", &pid]);
    let _ = sleeper.kill();
    let _ = sleeper.wait();
    all_blocked(&out, 3, "outside processes");
}

/// A copy of dhow owned by the test user, as a `cargo install` in the
/// user's home would be: the container's root (the user) could write it.
fn own_copy(env: &TestEnv) -> PathBuf {
    let own = env.home().join("bin/dhow");
    fs::create_dir_all(own.parent().unwrap()).unwrap();
    env.user.chown(own.parent().unwrap());
    fs::copy(dhow_bin(), &own).expect("copying dhow");
    fs::set_permissions(&own, fs::Permissions::from_mode(0o755)).unwrap();
    env.user.chown(&own);
    own
}

/// CVE-2019-5736 family. dhow here is a copy owned by the test user (as a
/// `cargo install` in the user's home would be), so the container's root,
/// mapped to that user, could write it if it could reach it. While a probe
/// in the container hunts for foreign executables (`/proc/PID/exe`, and
/// O_PATH fds re-opened after the process ends), `dhow exec` joins the
/// container again and again, also through a `#!/proc/self/exe` script
/// that makes the kernel re-execute whatever process runs it. The binary
/// must stay byte-for-byte the same.
#[test]
fn the_runtime_binary_cannot_be_overwritten_from_inside() {
    let env = TestEnv::new();
    let img = image(&env);
    let own = own_copy(&env);
    let before = fs::read(&own).unwrap();
    let dhow = |args: &[&str]| env.run_command(env.exec(&own, args));

    let m = mount_arg();
    let started = dhow(&["run", "-d", "--name", "hunter", "-v", &m, &img, "/probe", "exe-overwrite", "15"]);
    assert!(started.success(), "{}", started.describe());
    let evil = dhow(&["exec", "hunter", "sh", "-c", "printf '#!/proc/self/exe\\n' > /evil && chmod +x /evil"]);
    assert!(evil.success(), "{}", evil.describe());
    // Whether the kernel ran dhow's binary as /evil's interpreter (some
    // refuse a `/proc/self/exe` interpreter outside the mount namespace).
    let mut interpreted = false;
    for i in 0..20 {
        let args: &[&str] = if i % 2 == 0 { &["exec", "hunter", "true"] } else { &["exec", "hunter", "/evil"] };
        let out = dhow(args);
        assert!(!out.stderr.contains("panicked"), "{}", out.describe());
        interpreted |= i % 2 == 1 && out.code() != Some(127);
        thread::sleep(Duration::from_millis(200));
    }
    let waited = dhow(&["wait", "hunter"]);
    assert!(waited.success(), "{}", waited.describe());
    let logs = dhow(&["logs", "hunter"]);
    let out = Output { status: logs.status, stdout: logs.stdout.clone(), stderr: logs.stderr.clone(), cmdline: logs.cmdline.clone() };
    assert_eq!(waited.stdout.trim(), "0", "the probe found nothing writable: {}", logs.stdout);
    all_blocked(&out, 1, "runtime binary");
    // Not merely unwritable at that moment: the exec'd processes were born
    // while the probe looked and were closed to it (non-dumpable until
    // their execve), and no runtime process it could see ran from a binary
    // on a writable mount (only "text file busy" would have stood between).
    let figure = |name: &str| -> Option<u32> {
        let line = logs.stdout.lines().find(|l| l.contains("exe overwrite ("))?;
        line.split(&['(', ',', ')'][..]).find_map(|part| part.trim().strip_suffix(name)?.trim().parse().ok())
    };
    assert!(figure("hidden").is_some_and(|n| n > 0), "the probe never met a hidden exec process: {}", logs.stdout);
    assert_eq!(figure("on writable mounts"), Some(0), "runtime processes ran from a writable binary: {}", logs.stdout);
    if !interpreted {
        assert_eq!(figure("foreign executables seen"), Some(0), "exec processes were visible before their execve: {}", logs.stdout);
    }
    assert!(fs::read(&own).unwrap() == before, "the dhow binary was modified from inside the container");
    let _ = dhow(&["rm", "-f", "hunter"]);
}

fn on_readonly_mount(pid: u32) -> bool {
    nix::sys::statvfs::statvfs(format!("/proc/{pid}/exe").as_str()).is_ok_and(|s| s.flags().contains(nix::sys::statvfs::FsFlags::ST_RDONLY))
}

/// The defence behind the test above, seen from the host: with a dhow
/// binary the test user owns (so the container's root could write it), the
/// monitor (whose child is the container's init) and a `dhow exec` run from
/// a read-only view of it; with one the user cannot write (the harness's,
/// root's) nothing is done.
#[test]
fn processes_entering_a_container_run_from_a_read_only_binary() {
    let env = TestEnv::new();
    let img = image(&env);
    let own = own_copy(&env);
    let pidfile = env.home().join("monitor.pid");
    let pf = pidfile.display().to_string();
    let dhow = |args: &[&str]| env.run_command(env.exec(&own, args));
    let started = dhow(&["run", "-d", "--name", "a", "--conmon-pidfile", &pf, &img, "sleep", "1000"]);
    assert!(started.success(), "{}", started.describe());
    let monitor: u32 = fs::read_to_string(&pidfile).unwrap().trim().parse().unwrap();
    assert!(on_readonly_mount(monitor), "the monitor of a container started by a user-owned dhow runs from a writable binary");

    // `dhow exec` re-executes itself from the view before it forks.
    let mut exec = env.exec(&own, &["exec", "a", "sleep", "1000"]).spawn().expect("dhow exec");
    let pid = exec.id();
    let seen_readonly = loop {
        if on_readonly_mount(pid) {
            break true;
        }
        if exec.try_wait().unwrap().is_some() {
            break false;
        }
        thread::sleep(Duration::from_millis(20));
    };
    let _ = exec.kill();
    let _ = exec.wait();
    assert!(seen_readonly, "dhow exec with a user-owned binary never ran from a read-only view");
    let out = dhow(&["exec", "a", "echo", "fine"]);
    assert_eq!(out.stdout.trim(), "fine", "{}", out.describe());

    let other = env.home().join("monitor2.pid");
    let o = other.display().to_string();
    env.ok(&["run", "-d", "--name", "b", "--conmon-pidfile", &o, &img, "sleep", "1000"]);
    let monitor2: u32 = fs::read_to_string(&other).unwrap().trim().parse().unwrap();
    assert!(!on_readonly_mount(monitor2), "a binary the user cannot write needs no view");
    let _ = dhow(&["rm", "-f", "-t", "0", "a", "b"]);
}

/// A container's init is set up (mounts, `pivot_root`, capabilities) by a
/// runtime process that, until its `execve`, holds the host's root,
/// working directory, binary and descriptors. In a PID namespace shared
/// with other containers (a pod with `--share pid`, `--pid container:X`)
/// they can see it from its birth: it must be closed to them (born
/// non-dumpable, as an `exec` child is) or a member could walk
/// `/proc/PID/root` into the host. A watcher in the pod hunts for such
/// processes while members start, plain and with a user namespace of
/// their own (`--userns keep-id`, whose ID maps the monitor writes during
/// the setup).
#[test]
fn a_container_being_set_up_is_closed_to_its_pid_namespace() {
    let env = TestEnv::new();
    let img = image(&env);
    let ctl = env.home().join("ctl");
    fs::create_dir_all(&ctl).unwrap();
    env.user.chown(&ctl);
    let ctl_arg = format!("{}:/ctl", ctl.display());
    let m = mount_arg();
    env.ok(&["pod", "create", "--name", "pp", "--share", "+pid"]);
    env.ok(&["run", "-d", "--name", "watcher", "--pod", "pp", "-v", &m, "-v", &ctl_arg, &img, "/probe", "setup-watch", "600"]);
    while !env.ok(&["logs", "watcher"]).contains("watching") {
        thread::sleep(Duration::from_millis(20));
    }
    for i in 0..8 {
        let out = env.run(&["run", "--rm", "--pod", "pp", &img, "true"]);
        assert!(out.success(), "member {i}: {}", out.describe());
        let out = env.run(&["run", "--rm", "--pid", "container:watcher", &img, "true"]);
        assert!(out.success(), "--pid container: {i}: {}", out.describe());
        let out = env.run(&["run", "--rm", "--pid", "container:watcher", "--userns", "keep-id", &img, "true"]);
        assert!(out.success(), "--pid container: --userns keep-id {i}: {}", out.describe());
    }
    // Hidden, they are set up as before: the keep-id member has its own
    // user namespace with the user's ID, and an OOM score the init could
    // not have written for itself once non-dumpable.
    let uid = env.user.uid.to_string();
    let out = env.ok(&["run", "--rm", "--pid", "container:watcher", "--userns", "keep-id", &img, "id", "-u"]);
    assert_eq!(out.trim(), uid);
    let out = env.ok(&["run", "--rm", "--pod", "pp", "--oom-score-adj", "500", &img, "cat", "/proc/self/oom_score_adj"]);
    assert_eq!(out.trim(), "500");
    fs::write(ctl.join("stop"), "").unwrap();
    let waited = env.ok(&["wait", "watcher"]);
    let logs = env.run(&["logs", "watcher"]);
    let lines: Vec<&str> = logs.stdout.lines().filter(|l| *l != "watching").collect();
    let out = Output { status: logs.status, stdout: lines.join("\n"), stderr: logs.stderr.clone(), cmdline: logs.cmdline.clone() };
    all_blocked(&out, 1, "a container being set up");
    assert_eq!(waited.trim(), "0", "the watcher reached a process in setup: {}", logs.stdout);
    let logs = logs.stdout;
    // The watcher did meet the inits while they were set up (closed to it):
    // a watch that saw nothing could not have failed.
    let hidden: u32 = logs
        .lines()
        .find(|l| l.contains("setup watch ("))
        .and_then(|l| l.split(&['(', ','][..]).find_map(|p| p.trim().strip_suffix("of our user hidden)")?.trim().parse().ok()))
        .unwrap_or(0);
    assert!(hidden > 0, "the watcher never met a container init during its setup: {logs}");
    env.ok(&["pod", "rm", "-f", "pp"]);
}
