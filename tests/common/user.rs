//! The unprivileged user every `dhow` invocation runs as.
//!
//! As root (CI) the harness creates `dhowtest` with a subordinate ID range,
//! so the tests exercise the rootless path a real user would; as a normal
//! user (a developer) it runs as that user, who must have a range already.

use fs2::FileExt;
use std::fs::{self, OpenOptions};
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

/// Name of the user created when the tests run as root.
pub const TEST_USER: &str = "dhowtest";
/// Subordinate range given to [`TEST_USER`]: `dhowtest:200000:65536`.
pub const TEST_SUB_START: u32 = 200_000;
pub const TEST_SUB_COUNT: u32 = 65_536;
/// Serialises user creation between test binaries running at the same time.
const USER_LOCK: &str = "/tmp/dhow-e2e-user.lock";

/// Who runs `dhow`, and how its container IDs map to host IDs.
#[derive(Debug, Clone)]
pub struct TestUser {
    pub name: String,
    pub uid: u32,
    pub gid: u32,
    /// First host uid/gid of the user's /etc/subuid and /etc/subgid ranges.
    pub subuid_start: u32,
    pub subgid_start: u32,
    /// True when the harness is root and must switch to this user for every
    /// command it runs on the user's behalf.
    pub switch: bool,
}

impl TestUser {
    /// The user for this test process (created on first use when root).
    pub fn get() -> &'static TestUser {
        static USER: OnceLock<Result<TestUser, String>> = OnceLock::new();
        match USER.get_or_init(setup) {
            Ok(u) => u,
            Err(e) => panic!("e2e test user setup failed: {e}"),
        }
    }

    /// Host uid that container uid `id` maps to under dhow's rootless
    /// mapping: 0 → the user, 1..=65536 → the subuid range.
    pub fn host_uid(&self, id: u32) -> u32 {
        if id == 0 {
            self.uid
        } else {
            self.subuid_start + id - 1
        }
    }

    /// Host gid that container gid `id` maps to (see [`TestUser::host_uid`]).
    pub fn host_gid(&self, id: u32) -> u32 {
        if id == 0 {
            self.gid
        } else {
            self.subgid_start + id - 1
        }
    }

    /// Makes `cmd` run as this user (no-op when the harness already is it).
    /// std clears supplementary groups when root sets a uid.
    pub fn apply(&self, cmd: &mut Command) {
        if self.switch {
            std::os::unix::process::CommandExt::uid(cmd, self.uid);
            std::os::unix::process::CommandExt::gid(cmd, self.gid);
        }
    }

    /// Gives `path` to this user (only needed, and only possible, as root).
    pub fn chown(&self, path: &Path) {
        if self.switch {
            std::os::unix::fs::chown(path, Some(self.uid), Some(self.gid))
                .unwrap_or_else(|e| panic!("chown {} to {}: {e}", path.display(), self.name));
        }
    }
}

fn setup() -> Result<TestUser, String> {
    if nix::unistd::geteuid().is_root() {
        setup_as_root()
    } else {
        current_user()
    }
}

fn setup_as_root() -> Result<TestUser, String> {
    let lock = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(USER_LOCK)
        .map_err(|e| format!("opening {USER_LOCK}: {e}"))?;
    lock.lock_exclusive().map_err(|e| format!("locking {USER_LOCK}: {e}"))?;
    if lookup(TEST_USER)?.is_none() {
        let out = Command::new("useradd")
            .args(["-m", "-s", "/bin/bash", TEST_USER])
            .output()
            .map_err(|e| format!("running useradd: {e} (install the passwd package)"))?;
        // Exit 9: another process created the user between lookup and useradd.
        if !out.status.success() && out.status.code() != Some(9) {
            return Err(format!("useradd {TEST_USER} failed: {}", String::from_utf8_lossy(&out.stderr)));
        }
    }
    for file in ["/etc/subuid", "/etc/subgid"] {
        ensure_sub_range(Path::new(file))?;
    }
    for dev in ["/dev/net/tun", "/dev/fuse"] {
        if Path::new(dev).exists() {
            fs::set_permissions(dev, fs::Permissions::from_mode(0o666)).map_err(|e| format!("chmod 0666 {dev}: {e}"))?;
        }
    }
    drop(lock);
    let user = lookup(TEST_USER)?.ok_or_else(|| format!("user {TEST_USER} missing right after useradd"))?;
    let subuid_start = sub_start(Path::new("/etc/subuid"), &user)?
        .ok_or_else(|| format!("no /etc/subuid entry for {TEST_USER}"))?;
    let subgid_start = sub_start(Path::new("/etc/subgid"), &user)?
        .ok_or_else(|| format!("no /etc/subgid entry for {TEST_USER}"))?;
    Ok(TestUser {
        name: user.name,
        uid: user.uid.as_raw(),
        gid: user.gid.as_raw(),
        subuid_start,
        subgid_start,
        switch: true,
    })
}

fn current_user() -> Result<TestUser, String> {
    let uid = nix::unistd::getuid();
    let user = nix::unistd::User::from_uid(uid)
        .map_err(|e| format!("looking up uid {uid}: {e}"))?
        .ok_or_else(|| format!("uid {uid} has no passwd entry"))?;
    let hint = |file: &str| {
        format!(
            "user {} has no range of at least 65536 IDs in {file}; dhow's rootless tests need one. Add it with:\n  \
             sudo usermod --add-subuids 100000-165535 --add-subgids 100000-165535 {}",
            user.name, user.name
        )
    };
    let subuid_start = sub_start(Path::new("/etc/subuid"), &user)?.ok_or_else(|| hint("/etc/subuid"))?;
    let subgid_start = sub_start(Path::new("/etc/subgid"), &user)?.ok_or_else(|| hint("/etc/subgid"))?;
    Ok(TestUser {
        name: user.name.clone(),
        uid: user.uid.as_raw(),
        gid: user.gid.as_raw(),
        subuid_start,
        subgid_start,
        switch: false,
    })
}

fn lookup(name: &str) -> Result<Option<nix::unistd::User>, String> {
    nix::unistd::User::from_name(name).map_err(|e| format!("looking up user {name}: {e}"))
}

/// Appends `dhowtest:200000:65536` to `file` unless the user has an entry.
fn ensure_sub_range(file: &Path) -> Result<(), String> {
    let text = match fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(format!("reading {}: {e}", file.display())),
    };
    if text.lines().any(|l| l.split(':').next() == Some(TEST_USER)) {
        return Ok(());
    }
    let mut f = OpenOptions::new()
        .create(true)
        .append(true)
        .open(file)
        .map_err(|e| format!("opening {}: {e}", file.display()))?;
    let sep = if text.is_empty() || text.ends_with('\n') { "" } else { "\n" };
    writeln!(f, "{sep}{TEST_USER}:{TEST_SUB_START}:{TEST_SUB_COUNT}").map_err(|e| format!("appending to {}: {e}", file.display()))
}

/// Start of the first range of `user` (by name or uid) in a subuid/subgid file.
fn sub_start(file: &Path, user: &nix::unistd::User) -> Result<Option<u32>, String> {
    let text = match fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("reading {}: {e}", file.display())),
    };
    let uid = user.uid.to_string();
    Ok(text.lines().find_map(|line| {
        let mut parts = line.trim().split(':');
        let who = parts.next()?;
        let start = parts.next()?.parse::<u32>().ok()?;
        let count = parts.next()?.parse::<u32>().ok()?;
        ((who == user.name || who == uid) && count >= TEST_SUB_COUNT).then_some(start)
    }))
}
