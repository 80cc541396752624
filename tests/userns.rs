//! End-to-end check of `dhow::sys::userns::enter` as an unprivileged user
//! with subordinate ranges: container root must be the user's uid and
//! container IDs 1.. its /etc/subuid and /etc/subgid range.
//!
//! Needs root to create the test user (CI runs as root); skips otherwise.
//! The test re-runs this very test binary as that user, filtered to the
//! ignored `userns_child` test, which enters the namespace and prints what
//! it sees.

use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

const USER: &str = "dhowuserns";
const RANGE_START: u32 = 300000;
const RANGE_COUNT: u32 = 65536;
const ROLE_ENV: &str = "DHOW_USERNS_TEST_ROLE";

fn have_program(name: &str) -> bool {
    ["/usr/bin", "/usr/sbin", "/bin", "/sbin"].iter().any(|d| Path::new(d).join(name).exists())
}

/// Creates the test user if missing (no home, no login shell).
fn ensure_user() -> nix::unistd::User {
    if let Ok(Some(user)) = nix::unistd::User::from_name(USER) {
        return user;
    }
    // SUB_*_COUNT=0: Debian's useradd would otherwise allocate a range itself.
    let out = Command::new("useradd")
        .args(["-M", "-s", "/usr/sbin/nologin", "-K", "SUB_UID_COUNT=0", "-K", "SUB_GID_COUNT=0", USER])
        .output()
        .expect("running useradd");
    // Exit 9: created meanwhile by a concurrent run.
    assert!(
        out.status.success() || out.status.code() == Some(9),
        "useradd {USER} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    nix::unistd::User::from_name(USER).expect("looking up the test user").expect("test user exists after useradd")
}

/// Makes `USER:300000:65536` the test user's only entry in a subordinate ID
/// file, leaving other users' lines alone.
fn ensure_range(path: &str, uid: u32) {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    if dhow::sys::userns::parse_subid_file(&text, USER, uid) == [(RANGE_START, RANGE_COUNT)] {
        return;
    }
    let uid_text = uid.to_string();
    let mut kept: String = text
        .lines()
        .filter(|l| {
            let name = l.split(':').next().unwrap_or("").trim();
            name != USER && name != uid_text
        })
        .map(|l| format!("{l}\n"))
        .collect();
    kept.push_str(&format!("{USER}:{RANGE_START}:{RANGE_COUNT}\n"));
    std::fs::write(path, kept).expect("writing subordinate ID file");
}

/// The ID map lines the child printed after the `name` marker (up to the
/// first line that is not three numbers), whitespace-normalised.
fn section(stdout: &str, name: &str) -> Vec<String> {
    stdout
        .lines()
        .skip_while(|l| l.trim() != name)
        .skip(1)
        .map(|l| l.split_whitespace().collect::<Vec<_>>())
        .take_while(|f| f.len() == 3 && f.iter().all(|n| n.parse::<u32>().is_ok()))
        .map(|f| f.join(" "))
        .collect()
}

#[test]
fn enter_maps_subordinate_ranges() {
    if !nix::unistd::geteuid().is_root() {
        eprintln!("skipped: creating the test user {USER} needs root");
        return;
    }
    if !have_program("newuidmap") || !have_program("setpriv") {
        eprintln!("skipped: newuidmap (package uidmap) or setpriv (util-linux) is not installed");
        return;
    }
    // The e2e harness (tests/common/user.rs) edits the same files under this lock.
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open("/tmp/dhow-e2e-user.lock")
        .expect("opening /tmp/dhow-e2e-user.lock");
    fs2::FileExt::lock_exclusive(&lock).expect("locking /tmp/dhow-e2e-user.lock");
    let user = ensure_user();
    let (uid, gid) = (user.uid.as_raw(), user.gid.as_raw());
    ensure_range("/etc/subuid", uid);
    ensure_range("/etc/subgid", uid);
    drop(lock);

    // The test user may not be able to reach target/; run a copy it can read.
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod tempdir");
    let exe = dir.path().join("userns-test");
    std::fs::copy(std::env::current_exe().expect("current_exe"), &exe).expect("copying the test binary");
    std::fs::set_permissions(&exe, std::fs::Permissions::from_mode(0o755)).expect("chmod test binary");

    let out = Command::new("setpriv")
        .arg(format!("--reuid={uid}"))
        .arg(format!("--regid={gid}"))
        .arg("--init-groups")
        .args(["env", "-i"])
        .arg(format!("HOME={}", dir.path().display()))
        .arg("PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin")
        .arg(format!("{ROLE_ENV}=child"))
        .arg(&exe)
        .args(["--exact", "userns_child", "--ignored", "--nocapture", "--test-threads=1"])
        .output()
        .expect("running setpriv");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let context = format!("status {}\nstdout:\n{stdout}\nstderr:\n{stderr}", out.status);
    assert!(out.status.success(), "child failed: {context}");
    assert!(!stdout.contains("ERROR:"), "enter() failed: {context}");
    assert!(!stderr.contains("WARN:"), "unexpected fallback warning: {context}");

    let uid_map = section(&stdout, "UIDMAP");
    let gid_map = section(&stdout, "GIDMAP");
    assert_eq!(uid_map, vec![format!("0 {uid} 1"), format!("1 {RANGE_START} {RANGE_COUNT}")], "{context}");
    assert_eq!(gid_map, vec![format!("0 {gid} 1"), format!("1 {RANGE_START} {RANGE_COUNT}")], "{context}");
    assert_eq!(section(&stdout, "GRANDCHILDUIDMAP"), uid_map, "write_mappings_for through newuidmap: {context}");
    assert_eq!(section(&stdout, "GRANDCHILDGIDMAP"), gid_map, "write_mappings_for through newgidmap: {context}");
    assert!(stdout.lines().any(|l| l.trim() == "EUID 0"), "{context}");
    assert!(stdout.lines().any(|l| l.trim() == "EGID 0"), "{context}");
    assert!(stdout.lines().any(|l| l.trim() == "ENV 1"), "{context}");
}

/// Has `write_mappings_for` map a grandchild that unshared, as an
/// unprivileged caller (so through newuidmap/newgidmap), and reports the
/// grandchild's maps under GRANDCHILDUIDMAP/GRANDCHILDGIDMAP.
fn helper_mapped_grandchild() -> String {
    use std::io::Read;
    use std::os::fd::OwnedFd;
    let (ready_r, ready_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).expect("pipe");
    let (hold_r, hold_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).expect("pipe");
    // SAFETY: the grandchild only makes syscalls and leaves through _exit;
    // the child is single-threaded.
    match unsafe { nix::unistd::fork() }.expect("fork") {
        nix::unistd::ForkResult::Child => {
            drop::<OwnedFd>(ready_r);
            drop::<OwnedFd>(hold_w);
            let ok = nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWUSER).is_ok();
            let _ = std::fs::File::from(ready_w).write_all(if ok { b"1" } else { b"0" });
            let _ = std::fs::File::from(hold_r).read(&mut [0u8; 1]);
            unsafe { libc::_exit(0) }
        }
        nix::unistd::ForkResult::Parent { child } => {
            drop(ready_w);
            drop(hold_r);
            let mut byte = [0u8; 1];
            let mut out = String::new();
            if std::fs::File::from(ready_r).read_exact(&mut byte).is_err() || &byte != b"1" {
                out.push_str("ERROR: grandchild could not unshare\n");
            } else {
                let written = dhow::sys::userns::rootless_mappings()
                    .and_then(|(maps, _)| dhow::sys::userns::write_mappings_for(child.as_raw(), &maps));
                if let Err(e) = written {
                    out.push_str(&format!("ERROR: write_mappings_for: {e:#}\n"));
                }
                for (marker, file) in [("GRANDCHILDUIDMAP", "uid_map"), ("GRANDCHILDGIDMAP", "gid_map")] {
                    out.push_str(&format!("{marker}\n"));
                    out.push_str(&std::fs::read_to_string(format!("/proc/{child}/{file}")).unwrap_or_default());
                }
            }
            drop(hold_w);
            let _ = nix::sys::wait::waitpid(child, None);
            out
        }
    }
}

/// What the child reports: enter()'s result, the maps it ended up with, its IDs.
fn child_report() -> String {
    // libtest has printed "test userns_child ... " without a newline.
    let mut out = String::from("\n");
    out.push_str(&helper_mapped_grandchild());
    if let Err(e) = dhow::sys::userns::enter() {
        out.push_str(&format!("ERROR: {e:#}\n"));
    }
    // A second call must be a no-op now that we are root inside.
    if let Err(e) = dhow::sys::userns::enter() {
        out.push_str(&format!("ERROR: second enter: {e:#}\n"));
    }
    for (marker, file) in [("UIDMAP", "/proc/self/uid_map"), ("GIDMAP", "/proc/self/gid_map")] {
        out.push_str(marker);
        out.push('\n');
        out.push_str(&std::fs::read_to_string(file).unwrap_or_else(|e| format!("ERROR: reading {file}: {e}\n")));
    }
    out.push_str(&format!("EUID {}\n", nix::unistd::geteuid()));
    out.push_str(&format!("EGID {}\n", nix::unistd::getegid()));
    out.push_str(&format!("ENV {}\n", std::env::var("DHOW_USERNS").unwrap_or_default()));
    out
}

#[test]
#[ignore = "run by enter_maps_subordinate_ranges as the unprivileged test user"]
fn userns_child() {
    if std::env::var(ROLE_ENV).as_deref() != Ok("child") {
        return;
    }
    // libtest runs each test on a thread of its own, and enter() needs a
    // single-threaded process: a forked copy of this thread is one.
    // SAFETY: the child only runs the code above and leaves through _exit.
    match unsafe { nix::unistd::fork() }.expect("fork") {
        nix::unistd::ForkResult::Child => {
            let code = std::panic::catch_unwind(|| {
                let report = child_report();
                let mut stdout = std::io::stdout();
                let ok = stdout.write_all(report.as_bytes()).is_ok() && stdout.flush().is_ok();
                i32::from(!ok)
            })
            .unwrap_or(3);
            unsafe { libc::_exit(code) }
        }
        nix::unistd::ForkResult::Parent { child } => {
            let status = nix::sys::wait::waitpid(child, None).expect("waitpid");
            assert_eq!(status, nix::sys::wait::WaitStatus::Exited(child, 0), "forked child failed");
        }
    }
}
