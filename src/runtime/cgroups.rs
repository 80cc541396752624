//! Cgroups an unprivileged user may write: finding them, creating one per
//! container, writing `linux.resources` into it, moving the init in,
//! reading usage back and removing it.
//!
//! Two layouts, both seen through a [`Host`] whose root is normally
//! `/sys/fs/cgroup` (a temporary directory in the unit tests):
//!
//! * **cgroup v2** (`<root>/cgroup.controllers` exists): the container's
//!   cgroup goes under the *delegation root*, the highest ancestor of our
//!   own cgroup that we own (systemd chowns `user@UID.service` to the user).
//!   Our own cgroup holds processes, so by the no-internal-processes rule
//!   the container cannot go below it: the parent is `<delegation
//!   root>/dhow` (or `--cgroup-parent`, relative to the delegation root, or
//!   absolute from `<root>`). Controllers are enabled in
//!   `cgroup.subtree_control` of every level from the delegation root down
//!   to the parent, which never holds processes.
//! * **cgroup v1** (one hierarchy per controller, `<root>/<controller>`):
//!   a directory per controller. A relative parent is taken from our own
//!   cgroup in *each* hierarchy (the controllers may place us at different
//!   depths), an absolute one from each hierarchy's root; with no parent
//!   our own cgroup is used when we own it.
//!
//! A directory is usable when it exists and belongs to us (delegation is
//! done by `chown`, by systemd or an administrator), or we are root.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

/// The controllers dhow uses (cpuacct only for `stats` on v1).
pub const CONTROLLERS: [&str; 5] = ["memory", "cpu", "cpuacct", "cpuset", "pids"];

/// Key of the single directory of a v2 cgroup in [`Cgroup::dirs`].
pub const UNIFIED: &str = "unified";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Version {
    #[serde(rename = "v1")]
    V1,
    #[serde(rename = "v2")]
    V2,
}

impl Version {
    pub fn as_str(self) -> &'static str {
        match self {
            Version::V1 => "v1",
            Version::V2 => "v2",
        }
    }
}

/// The cgroup filesystem as this process sees it.
#[derive(Debug, Clone)]
pub struct Host {
    pub root: PathBuf,
    pub version: Option<Version>,
    /// Our own cgroup: v1 per controller, v2 under [`UNIFIED`].
    pub own: BTreeMap<String, String>,
    /// Our effective uid: directories owned by it are delegated to us.
    pub uid: u32,
    /// Real root (uid 0 of the initial user namespace) may write anywhere.
    pub privileged: bool,
    /// The owner of a path (`stat`; replaced in the unit tests, which
    /// cannot chown).
    pub owner_of: fn(&Path) -> std::io::Result<u32>,
}

fn stat_owner(p: &Path) -> std::io::Result<u32> {
    std::fs::metadata(p).map(|m| m.uid())
}

/// Where a container's cgroup goes, per controller, or why it cannot.
#[derive(Debug, Clone, Default)]
pub struct Placement {
    /// The cgroup, when at least one controller is usable.
    pub cgroup: Option<Cgroup>,
    /// Controllers that cannot be used, with the reason.
    pub unusable: BTreeMap<String, String>,
}

/// A container's cgroup: a directory per v1 controller, or one v2 directory.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cgroup {
    pub version: Version,
    /// v1: controller → directory; v2: [`UNIFIED`] → directory.
    pub dirs: BTreeMap<String, PathBuf>,
    /// v2: the levels from the delegation root down to the parent, in
    /// which the controllers must be enabled (created when missing).
    #[serde(default)]
    pub v2_levels: Vec<PathBuf>,
    /// v2: the controllers enabled for the container.
    #[serde(default)]
    pub v2_controllers: Vec<String>,
}

/// Values to write; `None` leaves a file alone, -1 means unlimited.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Limits {
    pub memory: Option<i64>,
    pub memory_reservation: Option<i64>,
    /// memory + swap (OCI's `memory.swap`).
    pub memory_swap: Option<i64>,
    pub cpu_quota: Option<i64>,
    pub cpu_period: Option<u64>,
    pub cpu_shares: Option<u64>,
    pub cpuset_cpus: Option<String>,
    pub cpuset_mems: Option<String>,
    pub pids: Option<i64>,
}

impl Limits {
    /// Reads OCI's `linux.resources` (as JSON).
    pub fn from_oci(resources: &Value) -> Limits {
        let i = |a: &str, b: &str| resources.get(a).and_then(|x| x.get(b)).and_then(Value::as_i64);
        let u = |a: &str, b: &str| resources.get(a).and_then(|x| x.get(b)).and_then(Value::as_u64);
        let s = |a: &str, b: &str| resources.get(a).and_then(|x| x.get(b)).and_then(Value::as_str).filter(|s| !s.is_empty()).map(String::from);
        Limits {
            memory: i("memory", "limit"),
            memory_reservation: i("memory", "reservation"),
            memory_swap: i("memory", "swap"),
            cpu_quota: i("cpu", "quota"),
            cpu_period: u("cpu", "period"),
            cpu_shares: u("cpu", "shares"),
            cpuset_cpus: s("cpu", "cpus"),
            cpuset_mems: s("cpu", "mems"),
            pids: i("pids", "limit"),
        }
    }
}

/// Usage read from a cgroup (what `stats` shows).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Usage {
    pub memory: Option<u64>,
    /// The enforced limit; `None` when unlimited.
    pub memory_limit: Option<u64>,
    /// CPU time in nanoseconds.
    pub cpu_ns: Option<u64>,
    pub pids: Option<u64>,
}

fn read(p: &Path) -> Option<String> {
    std::fs::read_to_string(p).ok().map(|s| s.trim().to_string())
}

fn write(p: &Path, v: &str) -> Result<(), String> {
    std::fs::write(p, v).map_err(|e| format!("writing {v:?} to {}: {e}", p.display()))
}

/// "unlimited" → v1's -1 / v2's "max".
fn v2_value(v: i64) -> String {
    if v < 0 {
        "max".into()
    } else {
        v.to_string()
    }
}

/// docker/runc's mapping of v1 shares (2..262144) onto v2 weights (1..10000).
pub fn shares_to_weight(shares: u64) -> u64 {
    if shares == 0 {
        return 100;
    }
    1 + (shares.clamp(2, 262_144) - 2) * 9999 / 262_142
}

impl Host {
    /// This process's view of `/sys/fs/cgroup`.
    pub fn detect() -> Host {
        let own = std::fs::read_to_string("/proc/self/cgroup").unwrap_or_default();
        let uid = nix::unistd::geteuid().as_raw();
        let mut host = Host::detect_at(Path::new("/sys/fs/cgroup"), &own, uid);
        // uid 0 of dhow's rootless user namespace is the user, not root.
        let initial_ns = std::fs::read_to_string("/proc/self/uid_map").is_ok_and(|m| m.split_whitespace().collect::<Vec<_>>() == ["0", "0", "4294967295"]);
        host.privileged = uid == 0 && initial_ns;
        host
    }

    /// The cgroup tree at `root`, with `self_cgroup` the text of
    /// `/proc/self/cgroup`.
    pub fn detect_at(root: &Path, self_cgroup: &str, uid: u32) -> Host {
        let version = if root.join("cgroup.controllers").exists() {
            Some(Version::V2)
        } else if CONTROLLERS.iter().any(|c| root.join(c).join("cgroup.procs").exists()) {
            Some(Version::V1)
        } else {
            None
        };
        let mut own = BTreeMap::new();
        for line in self_cgroup.lines() {
            let mut f = line.splitn(3, ':');
            let (Some(_), Some(ctrls), Some(path)) = (f.next(), f.next(), f.next()) else { continue };
            if ctrls.is_empty() {
                own.insert(UNIFIED.to_string(), path.to_string());
            }
            for c in ctrls.split(',').filter(|c| !c.is_empty()) {
                own.insert(c.to_string(), path.to_string());
            }
        }
        Host { root: root.to_path_buf(), version, own, uid, privileged: false, owner_of: stat_owner }
    }

    /// Whether `dir` is ours to write (owned by us, or we are root).
    pub fn owned(&self, dir: &Path) -> Result<(), String> {
        match (self.owner_of)(dir) {
            Ok(_) if self.privileged => Ok(()),
            Ok(uid) if uid == self.uid => Ok(()),
            // 65534 is how an owner outside our user namespace (root) shows.
            Ok(65534) => Err(format!("{} belongs to root (or another user outside dhow's user namespace), not to you", dir.display())),
            Ok(uid) => Err(format!("{} belongs to uid {uid}, not to you", dir.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(format!("{} does not exist", dir.display())),
            Err(e) => Err(format!("{}: {e}", dir.display())),
        }
    }

    /// v1: the hierarchy of `controller`, if mounted.
    fn v1_mount(&self, controller: &str) -> Option<PathBuf> {
        let m = self.root.join(controller);
        m.join("cgroup.procs").exists().then_some(m)
    }

    /// v2: the highest ancestor of our cgroup (itself included) that we own.
    pub fn delegation_root(&self) -> Result<PathBuf, String> {
        let own = self.own.get(UNIFIED).ok_or("this process is in no cgroup v2 (no 0:: line in /proc/self/cgroup)")?;
        let mut dir = self.root.join(own.trim_start_matches('/'));
        if let Err(e) = self.owned(&dir) {
            let hint = match self.user_service() {
                Some(s) => format!(
                    "; your delegated subtree is {}, but this process runs outside it (in a login or SSH session scope): run dhow inside it, for example with 'systemd-run --user --scope dhow ...'",
                    s.display()
                ),
                None => String::new(),
            };
            return Err(format!("your cgroup is not delegated to you: {e}{hint}"));
        }
        while let Some(parent) = dir.parent().filter(|p| p.starts_with(&self.root) && *p != self.root) {
            if self.owned(parent).is_err() {
                break;
            }
            dir = parent.to_path_buf();
        }
        Ok(dir)
    }

    /// v2: when our own cgroup is not delegated to us, systemd's
    /// `user@UID.service` that is (where a transient user scope would go).
    pub fn delegated_user_service(&self) -> Option<PathBuf> {
        if self.version != Some(Version::V2) || self.delegation_root().is_ok() {
            return None;
        }
        self.user_service()
    }

    /// systemd's delegated `user.slice/user-UID.slice/user@UID.service`
    /// that belongs to us, if any.
    fn user_service(&self) -> Option<PathBuf> {
        let slices = std::fs::read_dir(self.root.join("user.slice")).ok()?;
        for slice in slices.flatten().filter(|e| e.file_name().to_string_lossy().starts_with("user-")) {
            let Ok(inner) = std::fs::read_dir(slice.path()) else { continue };
            for svc in inner.flatten() {
                let name = svc.file_name().to_string_lossy().into_owned();
                if name.starts_with("user@") && name.ends_with(".service") && self.owned(&svc.path()).is_ok() {
                    return Some(svc.path());
                }
            }
        }
        None
    }

    /// Where the cgroup `name` of a container goes under `parent`
    /// (`--cgroup-parent`, "" for the default).
    pub fn place(&self, parent: &str, name: &str) -> Placement {
        match self.version {
            None => {
                let why = format!("no cgroup filesystem at {}", self.root.display());
                Placement { cgroup: None, unusable: CONTROLLERS.iter().map(|c| (c.to_string(), why.clone())).collect() }
            }
            Some(Version::V1) => self.place_v1(parent, name),
            Some(Version::V2) => self.place_v2(parent, name),
        }
    }

    fn place_v1(&self, parent: &str, name: &str) -> Placement {
        let mut dirs = BTreeMap::new();
        let mut unusable = BTreeMap::new();
        for c in CONTROLLERS {
            let Some(mount) = self.v1_mount(c) else {
                unusable.insert(c.to_string(), format!("the {c} controller is not mounted at {}", self.root.join(c).display()));
                continue;
            };
            let base = if parent.starts_with('/') {
                mount.join(parent.trim_start_matches('/'))
            } else {
                let own = self.own.get(c).map(String::as_str).unwrap_or("/");
                mount.join(own.trim_start_matches('/')).join(parent)
            };
            let base = PathBuf::from(base.to_string_lossy().trim_end_matches('/'));
            match self.owned(&base) {
                Ok(()) => {
                    dirs.insert(c.to_string(), base.join(name));
                }
                Err(e) => {
                    unusable.insert(c.to_string(), e);
                }
            }
        }
        let cgroup = (!dirs.is_empty()).then(|| Cgroup { version: Version::V1, dirs, v2_levels: vec![], v2_controllers: vec![] });
        Placement { cgroup, unusable }
    }

    fn place_v2(&self, parent: &str, name: &str) -> Placement {
        let fail = |why: String| Placement {
            cgroup: None,
            unusable: CONTROLLERS.iter().filter(|c| **c != "cpuacct").map(|c| (c.to_string(), why.clone())).collect(),
        };
        let deleg = match self.delegation_root() {
            Ok(d) => d,
            Err(e) => return fail(e),
        };
        let parent_dir = if parent.starts_with('/') {
            self.root.join(parent.trim_start_matches('/'))
        } else if parent.is_empty() {
            deleg.join("dhow")
        } else {
            deleg.join(parent)
        };
        // Levels to prepare: the delegation root (or, for an absolute parent,
        // its highest owned ancestor) down to the parent.
        let top = if parent_dir.starts_with(&deleg) {
            deleg.clone()
        } else {
            let mut top = parent_dir.clone();
            while let Some(p) = top.parent().filter(|p| p.starts_with(&self.root) && *p != self.root && self.owned(p).is_ok()) {
                top = p.to_path_buf();
            }
            if let Err(e) = self.owned(&top) {
                return fail(format!("--cgroup-parent: {e}"));
            }
            top
        };
        let mut levels = vec![parent_dir.clone()];
        let mut d = parent_dir.clone();
        while d != top {
            match d.parent() {
                Some(p) => {
                    d = p.to_path_buf();
                    levels.push(d.clone());
                }
                None => break,
            }
        }
        levels.reverse();
        // No internal processes: a level that holds processes cannot pass
        // controllers down unless they are already enabled.
        for level in &levels {
            let procs = read(&level.join("cgroup.procs")).unwrap_or_default();
            let enabled = read(&level.join("cgroup.subtree_control")).unwrap_or_default();
            let missing = ["memory", "pids", "cpu"].iter().any(|c| !enabled.split_whitespace().any(|e| e == *c));
            if !procs.is_empty() && missing {
                return fail(format!(
                    "{} holds processes, so it cannot pass controllers down (cgroup v2's no-internal-processes rule); pass a --cgroup-parent without processes",
                    level.display()
                ));
            }
        }
        let available = read(&top.join("cgroup.controllers")).unwrap_or_default();
        let available: Vec<&str> = available.split_whitespace().collect();
        let mut unusable = BTreeMap::new();
        let mut controllers = Vec::new();
        for c in CONTROLLERS.iter().filter(|c| **c != "cpuacct") {
            if available.contains(c) {
                controllers.push(c.to_string());
            } else {
                unusable.insert(
                    c.to_string(),
                    format!("the {c} controller is not delegated to {} (not in its cgroup.controllers; systemd's Delegate= decides)", top.display()),
                );
            }
        }
        let dirs = BTreeMap::from([(UNIFIED.to_string(), parent_dir.join(name))]);
        Placement { cgroup: Some(Cgroup { version: Version::V2, dirs, v2_levels: levels, v2_controllers: controllers }), unusable }
    }
}

impl Cgroup {
    /// The directory of `controller` (v2: the only one).
    pub fn dir(&self, controller: &str) -> Option<&Path> {
        match self.version {
            Version::V1 => self.dirs.get(controller).map(PathBuf::as_path),
            Version::V2 => self.dirs.get(UNIFIED).filter(|_| controller == "cpuacct" || self.v2_controllers.iter().any(|c| c == controller)).map(PathBuf::as_path),
        }
    }

    /// The cgroup `name` below this one, with the same controllers (a pod
    /// member's under its pod's: the pod's limits bound the members
    /// together). On v2 this one becomes a level that passes the
    /// controllers down (so it must hold no processes itself).
    pub fn child(&self, name: &str) -> Cgroup {
        let mut levels = self.v2_levels.clone();
        if self.version == Version::V2 {
            levels.extend(self.dirs.values().cloned());
        }
        Cgroup {
            version: self.version,
            dirs: self.dirs.iter().map(|(c, d)| (c.clone(), d.join(name))).collect(),
            v2_levels: levels,
            v2_controllers: self.v2_controllers.clone(),
        }
    }

    /// Whether `controller` is usable in this cgroup.
    pub fn has(&self, controller: &str) -> bool {
        self.dir(controller).is_some()
    }

    /// Creates the directories (an existing one, left by a killed monitor,
    /// is reused).
    pub fn create(&self) -> Result<(), String> {
        let mkdir = |d: &Path| match std::fs::create_dir(d) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
            Err(e) => Err(format!("creating cgroup {}: {e}", d.display())),
        };
        match self.version {
            Version::V1 => {
                for (c, d) in &self.dirs {
                    mkdir(d)?;
                    if c == "cpuset" {
                        // A new v1 cpuset is empty: no process may join it
                        // until it has CPUs and memory nodes.
                        for f in ["cpuset.cpus", "cpuset.mems"] {
                            if read(&d.join(f)).unwrap_or_default().is_empty() {
                                let from = d.parent().and_then(|p| read(&p.join(f))).unwrap_or_default();
                                write(&d.join(f), &from)?;
                            }
                        }
                    }
                }
            }
            Version::V2 => {
                let enable: String = self.v2_controllers.iter().map(|c| format!("+{c} ")).collect();
                for level in &self.v2_levels {
                    mkdir(level)?;
                    if !enable.is_empty() {
                        let have = read(&level.join("cgroup.subtree_control")).unwrap_or_default();
                        if self.v2_controllers.iter().any(|c| !have.split_whitespace().any(|h| h == c)) {
                            write(&level.join("cgroup.subtree_control"), enable.trim_end()).map_err(|e| {
                                format!("{e} (a cgroup that holds processes cannot pass controllers down; use a --cgroup-parent without processes)")
                            })?;
                        }
                    }
                }
                for d in self.dirs.values() {
                    mkdir(d)?;
                }
            }
        }
        Ok(())
    }

    /// Writes `limits`; returns the errors of the writes that failed.
    pub fn apply(&self, l: &Limits) -> Result<(), String> {
        let mut errors = Vec::new();
        let mut put = |dir: Option<&Path>, file: &str, v: String| {
            if let Some(d) = dir {
                if let Err(e) = write(&d.join(file), &v) {
                    errors.push(e);
                }
            }
        };
        match self.version {
            Version::V1 => {
                let mem = self.dir("memory");
                if let Some(d) = mem {
                    // limit ≤ memsw always: order the two writes so that
                    // every intermediate state is valid.
                    let memsw = d.join("memory.memsw.limit_in_bytes");
                    let has_memsw = memsw.exists();
                    let current = read(&d.join("memory.limit_in_bytes")).and_then(|s| s.parse::<i64>().ok()).unwrap_or(i64::MAX);
                    let new = l.memory.map(|m| if m < 0 { i64::MAX } else { m }).unwrap_or(current);
                    let swap = l.memory_swap.filter(|_| has_memsw);
                    if new > current {
                        if let Some(s) = swap {
                            put(mem, "memory.memsw.limit_in_bytes", s.to_string());
                        } else if has_memsw && l.memory.is_some() {
                            put(mem, "memory.memsw.limit_in_bytes", "-1".into());
                        }
                        if let Some(m) = l.memory {
                            put(mem, "memory.limit_in_bytes", m.to_string());
                        }
                    } else {
                        if let Some(m) = l.memory {
                            put(mem, "memory.limit_in_bytes", m.to_string());
                        }
                        if let Some(s) = swap {
                            put(mem, "memory.memsw.limit_in_bytes", s.to_string());
                        }
                    }
                }
                if let Some(r) = l.memory_reservation {
                    put(mem, "memory.soft_limit_in_bytes", r.to_string());
                }
                let cpu = self.dir("cpu");
                if let Some(p) = l.cpu_period {
                    put(cpu, "cpu.cfs_period_us", p.to_string());
                }
                if let Some(q) = l.cpu_quota {
                    put(cpu, "cpu.cfs_quota_us", if q <= 0 { "-1".into() } else { q.to_string() });
                }
                if let Some(s) = l.cpu_shares {
                    put(cpu, "cpu.shares", s.to_string());
                }
            }
            Version::V2 => {
                let mem = self.dir("memory");
                if let Some(m) = l.memory {
                    put(mem, "memory.max", v2_value(m));
                }
                if let Some(r) = l.memory_reservation {
                    put(mem, "memory.low", v2_value(r));
                }
                if let Some(s) = l.memory_swap {
                    // OCI's swap is memory + swap; v2's swap.max is swap alone.
                    let v = match (s, l.memory) {
                        (s, _) if s < 0 => "max".to_string(),
                        (s, Some(m)) if m > 0 => (s - m).max(0).to_string(),
                        _ => "max".to_string(),
                    };
                    put(mem, "memory.swap.max", v);
                }
                if l.cpu_quota.is_some() || l.cpu_period.is_some() {
                    let q = l.cpu_quota.filter(|q| *q > 0).map(|q| q.to_string()).unwrap_or_else(|| "max".into());
                    let p = l.cpu_period.unwrap_or(100_000);
                    put(self.dir("cpu"), "cpu.max", format!("{q} {p}"));
                }
                if let Some(s) = l.cpu_shares {
                    put(self.dir("cpu"), "cpu.weight", shares_to_weight(s).to_string());
                }
            }
        }
        // Same files in both versions.
        if let Some(c) = &l.cpuset_cpus {
            put(self.dir("cpuset"), "cpuset.cpus", c.clone());
        }
        if let Some(m) = &l.cpuset_mems {
            put(self.dir("cpuset"), "cpuset.mems", m.clone());
        }
        if let Some(p) = l.pids {
            put(self.dir("pids"), "pids.max", v2_value(p));
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors.join("; "))
        }
    }

    /// The files through which a process moves *itself* in (writing "0"),
    /// one per directory. On v1 that is `tasks`, which moves the calling
    /// thread alone: the kernel then skips the global
    /// `cgroup_threadgroup_rwsem` write lock that every `cgroup.procs`
    /// write takes, and whose first taking waits for an RCU grace period
    /// (10-15 ms here, the whole cost limits added to a start). For a
    /// single-threaded process (a child between clone and exec) one thread
    /// is the whole process. v2 has no such file: `cgroup.procs`.
    pub fn join_files(&self) -> Vec<PathBuf> {
        let file = match self.version {
            Version::V1 => "tasks",
            Version::V2 => "cgroup.procs",
        };
        self.dirs.values().map(|d| d.join(file)).collect()
    }

    /// Moves process `pid` (and later its children) into the cgroup.
    pub fn attach(&self, pid: i32) -> Result<(), String> {
        for d in self.dirs.values() {
            write(&d.join("cgroup.procs"), &pid.to_string())?;
        }
        Ok(())
    }

    /// How many processes the kernel's OOM killer killed in the cgroup.
    pub fn oom_kills(&self) -> u64 {
        let Some(d) = self.dir("memory") else { return 0 };
        let file = match self.version {
            Version::V1 => "memory.oom_control",
            Version::V2 => "memory.events",
        };
        read(&d.join(file)).map(|t| keyed(&t, "oom_kill")).unwrap_or(0)
    }

    /// Current usage.
    pub fn usage(&self) -> Usage {
        let num = |d: Option<&Path>, f: &str| d.and_then(|d| read(&d.join(f))).and_then(|s| s.parse::<u64>().ok());
        match self.version {
            Version::V1 => {
                let mem = self.dir("memory");
                // docker's v1 usage: usage minus the inactive page cache.
                let inactive = mem.and_then(|d| read(&d.join("memory.stat"))).map(|t| keyed(&t, "total_inactive_file")).unwrap_or(0);
                let limit = num(mem, "memory.limit_in_bytes").filter(|l| *l < (1 << 62));
                Usage {
                    memory: num(mem, "memory.usage_in_bytes").map(|u| u.saturating_sub(inactive)),
                    memory_limit: limit,
                    cpu_ns: num(self.dir("cpuacct"), "cpuacct.usage"),
                    pids: num(self.dir("pids"), "pids.current"),
                }
            }
            Version::V2 => {
                let d = self.dirs.get(UNIFIED).map(PathBuf::as_path);
                let inactive = d.and_then(|d| read(&d.join("memory.stat"))).map(|t| keyed(&t, "inactive_file")).unwrap_or(0);
                Usage {
                    memory: num(d, "memory.current").map(|u| u.saturating_sub(inactive)),
                    memory_limit: num(d, "memory.max"),
                    cpu_ns: d.and_then(|d| read(&d.join("cpu.stat"))).map(|t| keyed(&t, "usage_usec") * 1000),
                    pids: num(d, "pids.current"),
                }
            }
        }
    }

    /// Removes the directories once the processes are gone (the kernel
    /// empties a cgroup shortly after its last process exits: retried
    /// for up to a second).
    pub fn remove(&self) {
        for d in self.dirs.values() {
            for _ in 0..100 {
                match std::fs::remove_dir(d) {
                    Ok(()) => break,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => break,
                    Err(_) => std::thread::sleep(std::time::Duration::from_millis(10)),
                }
            }
        }
    }
}

/// The value of `key` in a "key value" per line file (memory.stat, cpu.stat).
fn keyed(text: &str, key: &str) -> u64 {
    text.lines()
        .find_map(|l| l.strip_prefix(key).and_then(|r| r.strip_prefix(' ')))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    struct Fake {
        dir: tempfile::TempDir,
        uid: u32,
    }

    impl Fake {
        fn new() -> Fake {
            let dir = tempfile::tempdir().unwrap();
            let uid = fs::metadata(dir.path()).unwrap().uid();
            Fake { dir, uid }
        }
        fn root(&self) -> &Path {
            self.dir.path()
        }
        fn file(&self, rel: &str, content: &str) {
            let p = self.root().join(rel);
            fs::create_dir_all(p.parent().unwrap()).unwrap();
            fs::write(p, content).unwrap();
        }
        fn get(&self, rel: &str) -> String {
            fs::read_to_string(self.root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
        }
    }

    fn v2_tree() -> Fake {
        let f = Fake::new();
        f.file("cgroup.controllers", "cpuset cpu io memory pids");
        f.file("user.slice/user-1000.slice/user@1000.service/cgroup.controllers", "cpu memory pids");
        f.file("user.slice/user-1000.slice/user@1000.service/cgroup.subtree_control", "");
        f.file("user.slice/user-1000.slice/user@1000.service/app.slice/term.scope/cgroup.procs", "42");
        f
    }

    const V2_SELF: &str = "0::/user.slice/user-1000.slice/user@1000.service/app.slice/term.scope\n";

    /// As systemd leaves it: the slices are root's, the user's service
    /// and everything below it the user's.
    fn systemd_owner(p: &Path) -> std::io::Result<u32> {
        let uid = fs::metadata(p)?.uid();
        Ok(if p.ancestors().any(|a| a.ends_with("user@1000.service")) { uid } else { uid + 1 })
    }

    fn v2_host(f: &Fake, uid: u32) -> Host {
        Host { owner_of: systemd_owner, ..Host::detect_at(f.root(), V2_SELF, uid) }
    }

    #[test]
    fn a_child_cgroup_nests_in_every_hierarchy() {
        let f = v2_tree();
        let pod = v2_host(&f, f.uid).place("", "dhow-pod-p").cgroup.unwrap();
        let member = pod.child("dhow-m");
        assert_eq!(member.dirs[UNIFIED], pod.dirs[UNIFIED].join("dhow-m"));
        assert_eq!(member.v2_levels.last(), Some(&pod.dirs[UNIFIED]), "the pod's cgroup passes the controllers down");
        member.create().unwrap();
        let sc = fs::read_to_string(pod.dirs[UNIFIED].join("cgroup.subtree_control")).unwrap();
        assert!(sc.contains("+memory") && sc.contains("+pids"), "{sc}");
        let v1 = Cgroup { version: Version::V1, dirs: BTreeMap::from([("pids".to_string(), PathBuf::from("/x/pids/p"))]), v2_levels: vec![], v2_controllers: vec![] };
        let m = v1.child("c");
        assert_eq!((m.dirs["pids"].clone(), m.v2_levels.len()), (PathBuf::from("/x/pids/p/c"), 0));
        assert_eq!(v1.join_files(), [PathBuf::from("/x/pids/p/tasks")], "v1: a thread moves itself without the global lock");
    }

    #[test]
    fn v2_delegated_subtree_is_found_and_prepared() {
        let f = v2_tree();
        let host = v2_host(&f, f.uid);
        assert_eq!(host.version, Some(Version::V2));
        let deleg = host.delegation_root().unwrap();
        assert_eq!(deleg, f.root().join("user.slice/user-1000.slice/user@1000.service"));
        let p = host.place("", "dhow-abc");
        let cg = p.cgroup.expect("a cgroup");
        assert_eq!(cg.version, Version::V2);
        assert!(cg.v2_controllers.contains(&"memory".to_string()));
        cg.create().unwrap();
        let dir = cg.dirs[UNIFIED].clone();
        assert!(dir.ends_with("dhow/dhow-abc"), "{}", dir.display());
        for level in &cg.v2_levels {
            let sc = fs::read_to_string(level.join("cgroup.subtree_control")).unwrap();
            for c in &cg.v2_controllers {
                assert!(sc.contains(&format!("+{c}")), "{} enables {c}: {sc}", level.display());
            }
        }
        let limits = Limits {
            memory: Some(32 << 20),
            memory_swap: Some(64 << 20),
            memory_reservation: Some(16 << 20),
            cpu_quota: Some(50_000),
            cpu_period: Some(100_000),
            cpu_shares: Some(1024),
            pids: Some(10),
            ..Default::default()
        };
        cg.apply(&limits).unwrap();
        let rd = |f: &str| fs::read_to_string(dir.join(f)).unwrap();
        assert_eq!(rd("memory.max"), (32 << 20).to_string());
        assert_eq!(rd("memory.swap.max"), (32 << 20).to_string(), "swap alone");
        assert_eq!(rd("memory.low"), (16 << 20).to_string());
        assert_eq!(rd("cpu.max"), "50000 100000");
        assert_eq!(rd("cpu.weight"), "39");
        assert_eq!(rd("pids.max"), "10");
        cg.apply(&Limits { pids: Some(-1), memory: Some(-1), ..Default::default() }).unwrap();
        assert_eq!((rd("pids.max").as_str(), rd("memory.max").as_str()), ("max", "max"));
        cg.attach(4242).unwrap();
        assert_eq!(rd("cgroup.procs"), "4242");
        fs::write(dir.join("memory.events"), "low 0\nhigh 0\nmax 3\noom 1\noom_kill 1\n").unwrap();
        assert_eq!(cg.oom_kills(), 1);
        fs::write(dir.join("memory.current"), "1000").unwrap();
        fs::write(dir.join("memory.stat"), "anon 900\ninactive_file 100\n").unwrap();
        fs::write(dir.join("cpu.stat"), "usage_usec 5\nuser_usec 3\n").unwrap();
        fs::write(dir.join("pids.current"), "3").unwrap();
        let u = cg.usage();
        assert_eq!((u.memory, u.cpu_ns, u.pids), (Some(900), Some(5000), Some(3)));
    }

    #[test]
    fn v2_cpuset_when_delegated_and_nothing_outside_the_subtree() {
        let f = v2_tree();
        f.file("user.slice/user-1000.slice/user@1000.service/cgroup.controllers", "cpuset cpu memory pids");
        let host = v2_host(&f, f.uid);
        let cg = host.place("", "dhow-cs").cgroup.expect("a cgroup");
        assert!(cg.v2_controllers.contains(&"cpuset".to_string()), "{:?}", cg.v2_controllers);
        cg.create().unwrap();
        cg.apply(&Limits { cpuset_cpus: Some("0".into()), cpuset_mems: Some("0".into()), ..Default::default() }).unwrap();
        let dir = &cg.dirs[UNIFIED];
        assert_eq!((f.get(&rel(&f, dir, "cpuset.cpus")), f.get(&rel(&f, dir, "cpuset.mems"))), ("0".to_string(), "0".to_string()));
        let sc = f.get("user.slice/user-1000.slice/user@1000.service/cgroup.subtree_control");
        assert!(sc.contains("+cpuset"), "{sc}");
        // Nothing was written above the delegated subtree.
        assert!(!f.root().join("user.slice/cgroup.subtree_control").exists());
        assert!(!f.root().join("cgroup.subtree_control").exists());
    }

    fn rel(f: &Fake, dir: &Path, file: &str) -> String {
        dir.join(file).strip_prefix(f.root()).unwrap().display().to_string()
    }

    #[test]
    fn v2_without_delegation_says_why() {
        let f = v2_tree();
        let host = v2_host(&f, f.uid + 1);
        let p = host.place("", "dhow-abc");
        assert!(p.cgroup.is_none());
        assert!(p.unusable["memory"].contains("not delegated"), "{:?}", p.unusable);
        assert!(p.unusable["memory"].contains("term.scope"), "names the cgroup: {:?}", p.unusable);
    }

    #[test]
    fn v2_from_a_session_scope_points_at_the_delegated_subtree() {
        let f = v2_tree();
        f.file("user.slice/user-1000.slice/session-3.scope/cgroup.procs", "7");
        let host = Host { owner_of: systemd_owner, ..Host::detect_at(f.root(), "0::/user.slice/user-1000.slice/session-3.scope\n", f.uid) };
        let p = host.place("", "c");
        assert!(p.cgroup.is_none());
        let why = &p.unusable["memory"];
        assert!(why.contains("session-3.scope") && why.contains("user@1000.service") && why.contains("systemd-run --user --scope"), "{why}");
    }

    #[test]
    fn v2_missing_controllers_are_reported() {
        let f = v2_tree();
        // systemd delegates cpu, memory and pids by default, not cpuset.
        let host = v2_host(&f, f.uid);
        let p = host.place("", "x");
        assert!(p.unusable.get("cpuset").is_some_and(|r| r.contains("not delegated")), "{:?}", p.unusable);
        assert!(!p.unusable.contains_key("memory"));
    }

    #[test]
    fn v2_relative_and_absolute_parents() {
        let f = v2_tree();
        let host = v2_host(&f, f.uid);
        let deleg = host.delegation_root().unwrap();
        let p = host.place("mine/sub", "c1").cgroup.unwrap();
        assert_eq!(p.dirs[UNIFIED], deleg.join("mine/sub/c1"));
        assert_eq!(p.v2_levels.first(), Some(&deleg));
        let p = host.place("/user.slice/user-1000.slice/user@1000.service/abs", "c2").cgroup.unwrap();
        assert_eq!(p.dirs[UNIFIED], f.root().join("user.slice/user-1000.slice/user@1000.service/abs/c2"));
        // A parent that holds processes cannot get controllers.
        let p = host.place("app.slice/term.scope", "c4");
        assert!(p.cgroup.is_none() && p.unusable["pids"].contains("no-internal-processes"), "{:?}", p.unusable);
        // Absolute outside the delegated subtree: not ours.
        let p = host.place("/user.slice", "c3");
        assert!(p.cgroup.is_none() && p.unusable["memory"].contains("not to you"), "{:?}", p.unusable);
    }

    fn v1_tree() -> Fake {
        let f = Fake::new();
        for c in CONTROLLERS {
            f.file(&format!("{c}/cgroup.procs"), "");
        }
        f.file("memory/job/7/cgroup.procs", "");
        f.file("memory/job/7/box/cgroup.procs", "");
        for c in ["cpu", "cpuacct", "cpuset", "pids"] {
            f.file(&format!("{c}/box/cgroup.procs"), "");
        }
        f.file("cpuset/box/cpuset.cpus", "0-1");
        f.file("cpuset/box/cpuset.mems", "0");
        f
    }

    const V1_SELF: &str = "8:pids:/\n4:memory:/job/7\n3:cpuset:/\n2:cpuacct:/\n1:cpu:/\n";

    #[test]
    fn v1_relative_parent_follows_our_cgroup_in_each_hierarchy() {
        let f = v1_tree();
        let host = Host::detect_at(f.root(), V1_SELF, f.uid);
        assert_eq!(host.version, Some(Version::V1));
        let p = host.place("box", "dhow-1");
        let cg = p.cgroup.unwrap();
        assert!(p.unusable.is_empty(), "{:?}", p.unusable);
        assert_eq!(cg.dirs["memory"], f.root().join("memory/job/7/box/dhow-1"));
        assert_eq!(cg.dirs["pids"], f.root().join("pids/box/dhow-1"));
        cg.create().unwrap();
        assert_eq!(f.get("cpuset/box/dhow-1/cpuset.cpus"), "0-1", "a new cpuset inherits its parent's CPUs");
        // An absolute parent is taken from each hierarchy's root.
        let abs = host.place("/box", "dhow-2");
        assert!(abs.unusable.contains_key("memory"), "memory has no /box: {:?}", abs.unusable);
        assert_eq!(abs.cgroup.unwrap().dirs["pids"], f.root().join("pids/box/dhow-2"));
    }

    #[test]
    fn v1_limits_are_written() {
        let f = v1_tree();
        let host = Host::detect_at(f.root(), V1_SELF, f.uid);
        let cg = host.place("box", "c").cgroup.unwrap();
        cg.create().unwrap();
        f.file("memory/job/7/box/c/memory.limit_in_bytes", "9223372036854771712");
        f.file("memory/job/7/box/c/memory.memsw.limit_in_bytes", "9223372036854771712");
        let l = Limits {
            memory: Some(32 << 20),
            memory_swap: Some(64 << 20),
            memory_reservation: Some(8 << 20),
            cpu_quota: Some(50_000),
            cpu_period: Some(100_000),
            cpu_shares: Some(512),
            cpuset_cpus: Some("0".into()),
            pids: Some(10),
            ..Default::default()
        };
        cg.apply(&l).unwrap();
        assert_eq!(f.get("memory/job/7/box/c/memory.limit_in_bytes"), (32 << 20).to_string());
        assert_eq!(f.get("memory/job/7/box/c/memory.memsw.limit_in_bytes"), (64 << 20).to_string());
        assert_eq!(f.get("memory/job/7/box/c/memory.soft_limit_in_bytes"), (8 << 20).to_string());
        assert_eq!(f.get("cpu/box/c/cpu.cfs_quota_us"), "50000");
        assert_eq!(f.get("cpu/box/c/cpu.cfs_period_us"), "100000");
        assert_eq!(f.get("cpu/box/c/cpu.shares"), "512");
        assert_eq!(f.get("cpuset/box/c/cpuset.cpus"), "0");
        assert_eq!(f.get("pids/box/c/pids.max"), "10");
        f.file("memory/job/7/box/c/memory.oom_control", "oom_kill_disable 0\nunder_oom 0\noom_kill 2\n");
        assert_eq!(cg.oom_kills(), 2);
        cg.attach(99).unwrap();
        assert_eq!(f.get("pids/box/c/cgroup.procs"), "99");
    }

    #[test]
    fn v1_not_owned_or_missing_parent_is_unusable() {
        let f = v1_tree();
        let host = Host::detect_at(f.root(), V1_SELF, f.uid + 1);
        let p = host.place("box", "c");
        assert!(p.cgroup.is_none());
        assert!(p.unusable["pids"].contains("not to you"), "{:?}", p.unusable);
        let host = Host::detect_at(f.root(), V1_SELF, f.uid);
        let p = host.place("nope", "c");
        assert!(p.unusable["cpu"].contains("does not exist"), "{:?}", p.unusable);
    }

    #[test]
    fn no_cgroupfs() {
        let f = Fake::new();
        let host = Host::detect_at(f.root(), "", f.uid);
        assert_eq!(host.version, None);
        assert!(host.place("", "c").unusable["memory"].contains("no cgroup filesystem"));
    }

    #[test]
    fn limits_from_oci_resources() {
        let v = serde_json::json!({"memory": {"limit": 100, "swap": 200}, "cpu": {"quota": 5000, "period": 100000, "cpus": "0"}, "pids": {"limit": 7}});
        let l = Limits::from_oci(&v);
        assert_eq!((l.memory, l.memory_swap, l.cpu_quota, l.pids), (Some(100), Some(200), Some(5000), Some(7)));
        assert_eq!(l.cpuset_cpus.as_deref(), Some("0"));
        assert_eq!(shares_to_weight(2), 1);
        assert_eq!(shares_to_weight(262_144), 10_000);
    }
}
