//! End-to-end tests of the built-in OCI runtime with a busybox rootfs.
//!
//! They need real root (to create namespaces and mount) and Debian's static
//! busybox (`apt-get install busybox-static`); without either they print why
//! and pass. One test re-runs a container as an unprivileged user inside a
//! user namespace made by `unshare --map-root-user`, the way dhow runs
//! rootless.

use std::fs;
use std::os::fd::OwnedFd;
use std::os::unix::fs::{symlink, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

use dhow::runtime::{self, defaults, seccomp, InitStdio, RuntimeError, Stdio};
use nix::sys::wait::{waitpid, WaitStatus};
use oci_spec::runtime::{
    Capabilities, Capability, LinuxBuilder, LinuxCapabilitiesBuilder, LinuxIdMappingBuilder,
    LinuxNamespaceBuilder, LinuxNamespaceType, ProcessBuilder, RootBuilder, Spec, SpecBuilder,
};

/// `spawn` clones the calling process; tests run on threads, so one
/// container at a time keeps other test threads from holding locks the
/// child would inherit.
static SERIAL: Mutex<()> = Mutex::new(());

const BUSYBOX: &str = "/bin/busybox";
const APPLETS: &[&str] = &[
    "sh", "echo", "cat", "ls", "id", "hostname", "sleep", "mount", "ps", "unshare", "test", "grep",
    "touch", "cut", "readlink",
];

fn is_root() -> bool {
    nix::unistd::geteuid().is_root()
}

/// Whether this environment can run the tests; prints the reason if not.
fn usable() -> bool {
    if !is_root() {
        eprintln!("skipped: the runtime tests need real root");
        return false;
    }
    if !Path::new(BUSYBOX).exists() {
        eprintln!("skipped: {BUSYBOX} is missing (apt-get install -y busybox-static)");
        return false;
    }
    true
}

/// A world-readable temporary directory holding `rootfs/` with busybox.
struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::Builder::new()
            .prefix("dhow-rt-")
            .tempdir()
            .unwrap();
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
        let root = dir.path().join("rootfs");
        fs::create_dir_all(root.join("bin")).unwrap();
        for d in ["proc", "dev", "sys", "tmp", "etc"] {
            fs::create_dir(root.join(d)).unwrap();
        }
        fs::copy(BUSYBOX, root.join("bin/busybox")).unwrap();
        fs::set_permissions(root.join("bin/busybox"), fs::Permissions::from_mode(0o755)).unwrap();
        for a in APPLETS {
            symlink("busybox", root.join("bin").join(a)).unwrap();
        }
        fs::write(root.join("bin/data"), "not a program\n").unwrap();
        fs::set_permissions(root.join("bin/data"), fs::Permissions::from_mode(0o644)).unwrap();
        Fixture { dir }
    }

    fn rootfs(&self) -> PathBuf {
        self.dir.path().join("rootfs")
    }
}

fn default_caps() -> Capabilities {
    defaults::capabilities()
        .iter()
        .map(|c| {
            serde_json::from_value::<Capability>(serde_json::Value::String(c.clone())).unwrap()
        })
        .collect()
}

fn make_spec(rootfs: &Path, args: &[&str], readonly: bool, rootless: bool) -> Spec {
    let caps = default_caps();
    let capabilities = LinuxCapabilitiesBuilder::default()
        .bounding(caps.clone())
        .effective(caps.clone())
        .permitted(caps)
        .build()
        .unwrap();
    let process = ProcessBuilder::default()
        .args(args.iter().map(|s| s.to_string()).collect::<Vec<_>>())
        .env(vec!["PATH=/bin".to_string(), "HOME=/".to_string()])
        .cwd("/")
        .capabilities(capabilities)
        .no_new_privileges(false)
        .terminal(false)
        .build()
        .unwrap();
    let namespaces = [
        LinuxNamespaceType::Pid,
        LinuxNamespaceType::Mount,
        LinuxNamespaceType::Uts,
        LinuxNamespaceType::Ipc,
        LinuxNamespaceType::Network,
    ]
    .into_iter()
    .map(|t| LinuxNamespaceBuilder::default().typ(t).build().unwrap())
    .collect::<Vec<_>>();
    let linux = LinuxBuilder::default()
        .namespaces(namespaces)
        .masked_paths(defaults::masked_paths())
        .readonly_paths(defaults::readonly_paths())
        .seccomp(seccomp::default_profile(&defaults::capabilities()))
        .build()
        .unwrap();
    SpecBuilder::default()
        .version("1.0.2")
        .root(
            RootBuilder::default()
                .path(rootfs)
                .readonly(readonly)
                .build()
                .unwrap(),
        )
        .hostname("dhow-test")
        .mounts(defaults::default_mounts(rootless))
        .process(process)
        .linux(linux)
        .build()
        .unwrap()
}

/// Runs the container; returns its exit code and everything it printed.
fn run(spec: &Spec) -> Result<(i32, String), RuntimeError> {
    let _guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let out = tempfile::tempfile().unwrap();
    let stdio = Stdio {
        stdin: OwnedFd::from(fs::File::open("/dev/null").unwrap()),
        stdout: OwnedFd::from(out.try_clone().unwrap()),
        stderr: OwnedFd::from(out.try_clone().unwrap()),
    };
    let pid = runtime::spawn(spec, stdio)?;
    let code = match waitpid(pid, None).unwrap() {
        WaitStatus::Exited(_, c) => c,
        WaitStatus::Signaled(_, s, _) => 128 + s as i32,
        other => panic!("unexpected wait status {other:?}"),
    };
    let text = fs::read_to_string(format!(
        "/proc/self/fd/{}",
        std::os::fd::AsRawFd::as_raw_fd(&out)
    ))
    .unwrap();
    Ok((code, text))
}

fn sh(fx: &Fixture, script: &str, readonly: bool, rootless: bool) -> (i32, String) {
    let spec = make_spec(&fx.rootfs(), &["sh", "-c", script], readonly, rootless);
    run(&spec).unwrap_or_else(|e| panic!("spawn failed: {e}"))
}

fn expected_cap_eff() -> String {
    let mask: u64 = defaults::capabilities()
        .iter()
        .map(|c| c.parse::<caps::Capability>().unwrap().bitmask())
        .sum();
    format!("{mask:016x}")
}

/// The checks shared by the root and the rootless run.
fn check_isolation(fx: &Fixture, rootless: bool) {
    let marker = fx.dir.path().join("host-marker");
    fs::write(&marker, "host").unwrap();
    let script = format!(
        "echo pid=$$; echo host=$(hostname); \
         if test -e {m}; then echo marker=visible; else echo marker=hidden; fi; \
         grep CapEff /proc/self/status; \
         if unshare -n true 2>/dev/null; then echo unshare=allowed; else echo unshare=blocked; fi; \
         ls /dev/null >/dev/null && echo devnull=ok; echo done",
        m = marker.display()
    );
    let (code, out) = sh(fx, &script, false, rootless);
    assert_eq!(code, 0, "output:\n{out}");
    assert!(out.contains("pid=1\n"), "the shell is PID 1:\n{out}");
    assert!(out.contains("host=dhow-test\n"), "hostname:\n{out}");
    assert!(
        out.contains("marker=hidden\n"),
        "host files visible:\n{out}"
    );
    assert!(
        out.contains("unshare=blocked\n"),
        "seccomp must block unshare:\n{out}"
    );
    assert!(out.contains("devnull=ok\n"), "{out}");
    assert!(out.contains("done\n"), "{out}");
    let cap_line = out
        .lines()
        .find(|l| l.starts_with("CapEff:"))
        .expect("CapEff line");
    assert_eq!(
        cap_line.split_whitespace().nth(1),
        Some(expected_cap_eff().as_str()),
        "{out}"
    );
    // Masked files read as empty (/dev/null over them); masked directories
    // are empty. Only paths this kernel has can be checked.
    let files: Vec<&str> = ["/proc/kcore", "/proc/keys", "/proc/timer_list"]
        .into_iter()
        .filter(|p| Path::new(p).exists())
        .collect();
    assert!(
        !files.is_empty(),
        "no maskable /proc file on this host to test with"
    );
    for f in files {
        let (code, out) = sh(fx, &format!("cat {f} | busybox wc -c"), false, rootless);
        assert_eq!(code, 0, "{out}");
        assert_eq!(out.trim(), "0", "{f} must read empty");
    }
    if Path::new("/proc/acpi").is_dir() {
        let (code, out) = sh(fx, "ls -A /proc/acpi | busybox wc -l", false, rootless);
        assert_eq!((code, out.trim()), (0, "0"), "/proc/acpi must look empty");
    }
}

fn check_errors(fx: &Fixture, rootless: bool) {
    let spec = make_spec(&fx.rootfs(), &["no-such-command"], false, rootless);
    match run(&spec) {
        Err(e @ RuntimeError::CommandNotFound { .. }) => {
            assert_eq!(e.exit_code(), 127);
            assert_eq!(
                e.to_string(),
                "exec: \"no-such-command\": executable file not found in $PATH"
            );
        }
        other => panic!("expected CommandNotFound, got {other:?}"),
    }
    let spec = make_spec(&fx.rootfs(), &["/bin/data"], false, rootless);
    match run(&spec) {
        Err(e @ RuntimeError::NotExecutable { .. }) => assert_eq!(e.exit_code(), 126),
        other => panic!("expected NotExecutable, got {other:?}"),
    }
}

fn check_readonly_root(fx: &Fixture, rootless: bool) {
    let (code, out) = sh(
        fx,
        "touch /newfile; echo rc=$?; touch /tmp/x 2>&1 | cat",
        true,
        rootless,
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Read-only file system"), "{out}");
    assert!(out.contains("rc=1"), "{out}");
    assert!(!fx.rootfs().join("newfile").exists());
}

#[test]
fn container_is_isolated() {
    if !usable() {
        return;
    }
    let fx = Fixture::new();
    check_isolation(&fx, false);
}

/// With `CAP_SYS_ADMIN` granted, only the seccomp filter can stop
/// `unshare`: it fails with the default profile and works without one.
#[test]
fn seccomp_blocks_unshare() {
    if !usable() {
        return;
    }
    let fx = Fixture::new();
    let script =
        "if unshare -n true; then echo unshare=allowed; else echo unshare=blocked; fi; echo ok";
    let mut spec = make_spec(&fx.rootfs(), &["sh", "-c", script], false, false);
    let mut caps = default_caps();
    caps.insert(Capability::SysAdmin);
    let capabilities = LinuxCapabilitiesBuilder::default()
        .bounding(caps.clone())
        .effective(caps.clone())
        .permitted(caps)
        .build()
        .unwrap();
    spec.process_mut()
        .as_mut()
        .unwrap()
        .set_capabilities(Some(capabilities));
    let (code, out) = run(&spec).unwrap();
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("unshare=blocked"), "{out}");
    assert!(out.contains("Operation not permitted"), "{out}");

    spec.linux_mut().as_mut().unwrap().set_seccomp(None);
    let (code, out) = run(&spec).unwrap();
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("unshare=allowed"),
        "without a filter CAP_SYS_ADMIN allows it: {out}"
    );
}

#[test]
fn read_only_root_refuses_writes() {
    if !usable() {
        return;
    }
    let fx = Fixture::new();
    check_readonly_root(&fx, false);
}

#[test]
fn missing_and_non_executable_commands() {
    if !usable() {
        return;
    }
    let fx = Fixture::new();
    check_errors(&fx, false);
}

#[test]
fn exec_joins_a_running_container() {
    if !usable() {
        return;
    }
    let fx = Fixture::new();
    let spec = make_spec(
        &fx.rootfs(),
        &["sh", "-c", "echo ready > /tmp/ready; sleep 30"],
        false,
        false,
    );
    let _guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let devnull = || OwnedFd::from(fs::File::open("/dev/null").unwrap());
    let log = fs::File::create(fx.dir.path().join("init.log")).unwrap();
    let stdio = Stdio {
        stdin: devnull(),
        stdout: OwnedFd::from(log.try_clone().unwrap()),
        stderr: OwnedFd::from(log),
    };
    let init = runtime::spawn(&spec, stdio).unwrap();

    let out = tempfile::tempfile().unwrap();
    let mut process = spec.process().clone().unwrap();
    process.set_args(Some(vec![
        "sh".into(),
        "-c".into(),
        "for i in 1 2 3 4 5 6 7 8 9 10; do test -e /tmp/ready && break; sleep 0.2; done; echo host=$(hostname); cat /tmp/ready; echo me=$$; ps -o pid,comm | grep -c sleep".into(),
    ]));
    let opts = runtime::ExecOptions::from_spec(&spec);
    let stdio = Stdio {
        stdin: devnull(),
        stdout: OwnedFd::from(out.try_clone().unwrap()),
        stderr: OwnedFd::from(out.try_clone().unwrap()),
    };
    let result = runtime::exec_process(init, &process, &opts, stdio);
    let status = result
        .as_ref()
        .map(|pid| waitpid(*pid, None).unwrap())
        .map_err(|e| e.to_string());
    let _ = nix::sys::signal::kill(init, nix::sys::signal::Signal::SIGKILL);
    let _ = waitpid(init, None);
    let pid = result.unwrap();
    assert!(matches!(status, Ok(WaitStatus::Exited(_, 0))), "{status:?}");
    let text = fs::read_to_string(format!(
        "/proc/self/fd/{}",
        std::os::fd::AsRawFd::as_raw_fd(&out)
    ))
    .unwrap();
    assert!(text.contains("host=dhow-test\n"), "{text}");
    assert!(
        text.contains("ready\n"),
        "sees the container's /tmp: {text}"
    );
    // In the container's pid namespace the exec'd shell has a small pid,
    // not the host pid we got back.
    let inner: i32 = text
        .lines()
        .find_map(|l| l.strip_prefix("me="))
        .unwrap()
        .parse()
        .unwrap();
    assert_ne!(inner, pid.as_raw(), "{text}");

    // A missing command in exec gives the same error as in run.
    let mut bad = process.clone();
    bad.set_args(Some(vec!["nope".into()]));
    let stdio = Stdio {
        stdin: devnull(),
        stdout: devnull(),
        stderr: devnull(),
    };
    let init2 = runtime::spawn(
        &spec,
        Stdio {
            stdin: devnull(),
            stdout: devnull(),
            stderr: devnull(),
        },
    )
    .unwrap();
    let err = runtime::exec_process(init2, &bad, &opts, stdio).unwrap_err();
    let _ = nix::sys::signal::kill(init2, nix::sys::signal::Signal::SIGKILL);
    let _ = waitpid(init2, None);
    assert_eq!(err.exit_code(), 127, "{err}");
}

/// A terminal container: the runtime makes the pty in the container's own
/// devpts (so it is `/dev/pts/0` inside, as with docker), it is the
/// controlling terminal and `/dev/console`, and the master comes back to
/// the caller, who can read output, write input and set the window size.
#[test]
fn terminal_is_console() {
    if !usable() {
        return;
    }
    let fx = Fixture::new();
    let script = "test -c /dev/console && echo console=yes; test -t 0 && echo tty=yes; \
                  echo sid=$(cut -d' ' -f6 /proc/self/stat); echo name=$(readlink /proc/self/fd/0); \
                  ls /dev/pts | grep -q '^0$' && echo listed=yes; read line; echo got=$line";
    let mut spec = make_spec(&fx.rootfs(), &["sh", "-c", script], false, false);
    spec.process_mut()
        .as_mut()
        .unwrap()
        .set_terminal(Some(true));
    let _guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    // Streams of the caller's own are refused for a terminal spec.
    let (r, w) = nix::unistd::pipe().unwrap();
    let refused = runtime::spawn(
        &spec,
        Stdio {
            stdin: r,
            stdout: w.try_clone().unwrap(),
            stderr: w,
        },
    );
    assert!(matches!(refused, Err(RuntimeError::InvalidSpec(_))), "{refused:?}");

    let started = runtime::start(&spec, InitStdio::Terminal).unwrap();
    let master = started.console.expect("the terminal's master");
    let ws = libc::winsize { ws_row: 33, ws_col: 77, ws_xpixel: 0, ws_ypixel: 0 };
    // SAFETY: TIOCSWINSZ reads a winsize from a valid pointer.
    assert_eq!(unsafe { libc::ioctl(std::os::fd::AsRawFd::as_raw_fd(&master), libc::TIOCSWINSZ, &ws) }, 0);
    nix::unistd::write(&master, b"hello\n").unwrap();
    // Read until the last slave closes (EIO on Linux), then reap.
    let mut text = String::new();
    let mut buf = [0u8; 4096];
    while let Ok(n) = nix::unistd::read(std::os::fd::AsRawFd::as_raw_fd(&master), &mut buf) {
        if n == 0 {
            break;
        }
        text.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
    let status = waitpid(started.pid, None).unwrap();
    assert!(
        matches!(status, WaitStatus::Exited(_, 0)),
        "{status:?} {text}"
    );
    assert!(text.contains("console=yes"), "{text}");
    assert!(text.contains("tty=yes"), "{text}");
    assert!(text.contains("name=/dev/pts/0"), "{text}");
    assert!(text.contains("listed=yes"), "{text}");
    assert!(text.contains("got=hello"), "input written to the master: {text}");
    // The init is a session leader (sid = its own pid, 1).
    assert!(text.contains("sid=1"), "{text}");
}

/// A spec with its own user namespace (as for `--userns=keep-id`): the
/// runtime writes the maps from the parent.
#[test]
fn new_user_namespace_with_maps() {
    if !usable() {
        return;
    }
    let fx = Fixture::new();
    let mut spec = make_spec(
        &fx.rootfs(),
        &[
            "sh",
            "-c",
            "cat /proc/self/uid_map /proc/self/gid_map; id -u",
        ],
        false,
        false,
    );
    let linux = spec.linux_mut().as_mut().unwrap();
    let mut ns = linux.namespaces().clone().unwrap();
    ns.push(
        LinuxNamespaceBuilder::default()
            .typ(LinuxNamespaceType::User)
            .build()
            .unwrap(),
    );
    linux.set_namespaces(Some(ns));
    let map = LinuxIdMappingBuilder::default()
        .container_id(0u32)
        .host_id(1000u32)
        .size(1u32)
        .build()
        .unwrap();
    let map2 = LinuxIdMappingBuilder::default()
        .container_id(1u32)
        .host_id(200000u32)
        .size(65536u32)
        .build()
        .unwrap();
    linux.set_uid_mappings(Some(vec![map, map2]));
    linux.set_gid_mappings(Some(vec![map, map2]));
    let (code, out) = run(&spec).unwrap();
    assert_eq!(code, 0, "{out}");
    let lines: Vec<Vec<&str>> = out
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(lines[0], ["0", "1000", "1"], "{out}");
    assert_eq!(lines[1], ["1", "200000", "65536"], "{out}");
    assert_eq!(out.lines().last(), Some("0"), "{out}");
}

/// Env var naming the fixture for the inner rootless run.
const ROOTLESS_DIR: &str = "DHOW_RUNTIME_TEST_ROOTLESS_DIR";

/// Runs [`rootless_inner`] as uid 65534 in `unshare --user --map-root-user
/// --mount`, as dhow's monitor runs in the rootless user namespace.
#[test]
fn rootless_in_user_namespace() {
    if !usable() {
        return;
    }
    if Command::new("setpriv").arg("--version").output().is_err()
        || Command::new("unshare").arg("--version").output().is_err()
    {
        eprintln!("skipped: setpriv and unshare (util-linux) are needed");
        return;
    }
    let fx = Fixture::new();
    // The inner run is an unprivileged user; in its namespace 65534 is
    // root, so give it the rootfs, and a copy of this test binary it can
    // execute.
    let status = Command::new("chown")
        .args(["-R", "65534:65534"])
        .arg(fx.dir.path())
        .status()
        .unwrap();
    assert!(status.success());
    let exe = fx.dir.path().join("runtime-test");
    fs::copy(std::env::current_exe().unwrap(), &exe).unwrap();
    fs::set_permissions(&exe, fs::Permissions::from_mode(0o755)).unwrap();
    let out = Command::new("setpriv")
        .args([
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            "unshare",
            "--user",
            "--map-root-user",
            "--mount",
        ])
        .arg(&exe)
        .args([
            "--exact",
            "rootless_inner",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(ROOTLESS_DIR, fx.dir.path())
        .current_dir(fx.dir.path())
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "rootless run failed:\n{text}");
    assert!(
        text.contains("rootless checks passed"),
        "inner test did not run:\n{text}"
    );
}

#[test]
#[ignore = "run by rootless_in_user_namespace inside a user namespace"]
fn rootless_inner() {
    let Some(dir) = std::env::var_os(ROOTLESS_DIR) else {
        eprintln!("skipped: only meaningful when started by rootless_in_user_namespace");
        return;
    };
    let fx = Fixture {
        dir: tempfile::TempDir::new_in(&dir).unwrap(),
    };
    let src = Path::new(&dir).join("rootfs");
    fs::rename(&src, fx.rootfs()).unwrap();
    check_isolation(&fx, true);
    check_readonly_root(&fx, true);
    check_errors(&fx, true);
    println!("rootless checks passed");
}

/// A new user namespace together with a network namespace given by path
/// that belongs to ours (dhow's `--userns keep-id` with a network): the
/// child could not `setns` into it from inside its new user namespace, so
/// the runtime has it born there. It is the caller's child all the same.
#[test]
fn new_user_namespace_joins_our_network_namespace() {
    if !usable() {
        return;
    }
    let fx = Fixture::new();
    let mut spec = make_spec(&fx.rootfs(), &["sh", "-c", "readlink /proc/self/ns/net; id -u"], false, false);
    let linux = spec.linux_mut().as_mut().unwrap();
    let mut ns: Vec<_> = linux
        .namespaces()
        .clone()
        .unwrap()
        .into_iter()
        .filter(|n| n.typ() != LinuxNamespaceType::Network)
        .collect();
    for (t, path) in [(LinuxNamespaceType::User, None), (LinuxNamespaceType::Network, Some("/proc/self/ns/net"))] {
        let mut b = LinuxNamespaceBuilder::default().typ(t);
        if let Some(p) = path {
            b = b.path(PathBuf::from(p));
        }
        ns.push(b.build().unwrap());
    }
    linux.set_namespaces(Some(ns));
    let map = LinuxIdMappingBuilder::default().container_id(0u32).host_id(1000u32).size(1u32).build().unwrap();
    linux.set_uid_mappings(Some(vec![map]));
    linux.set_gid_mappings(Some(vec![map]));
    let ours = fs::read_link("/proc/self/ns/net").unwrap();
    let (code, out) = run(&spec).unwrap();
    assert_eq!(code, 0, "{out}");
    assert_eq!(out.lines().next(), Some(ours.to_string_lossy().as_ref()), "same network namespace: {out}");
    assert_eq!(out.lines().last(), Some("0"), "{out}");
}
