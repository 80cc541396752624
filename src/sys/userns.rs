//! The rootless user namespace.
//!
//! Unprivileged dhow runs inside a user namespace where container root is the
//! user's own uid and container IDs 1..N are the user's subordinate ranges
//! from `/etc/subuid` and `/etc/subgid` (see DESIGN.md, "Rootless ID
//! mapping"). Layers are extracted inside that mapping so files owned by
//! other users in an image keep distinct owners on disk.
//!
//! Only the setuid helpers `newuidmap`/`newgidmap` (Debian's `uidmap`
//! package) may write a multi-range mapping for an unprivileged process, so
//! [`enter`] forks a helper child that runs them against this process after it
//! has unshared. The process keeps its own PID: there is no relaying of exit
//! codes, signals or terminals. Without subordinate ranges, or without the
//! helpers, the process maps only its own IDs itself and warns once.

use anyhow::{anyhow, bail, Context, Result};
use nix::errno::Errno;
use nix::fcntl::OFlag;
use nix::sched::CloneFlags;
use nix::unistd::{ForkResult, Gid, Pid, Uid};
use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::OwnedFd;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// `/proc/self/uid_map` of the initial user namespace: every ID maps to itself.
const IDENTITY_SIZE: u32 = u32::MAX;

/// The kernel accepts at most this many lines in a uid_map/gid_map (since 4.15).
const MAX_MAP_LINES: usize = 340;

/// One line of a uid_map/gid_map: `size` IDs starting at `container_id`
/// inside the namespace are `host_id..` outside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct IdMapping {
    pub container_id: u32,
    pub host_id: u32,
    pub size: u32,
}

impl IdMapping {
    /// `id - container_id` when `id` falls inside this mapping's container side.
    fn container_offset(&self, id: u32) -> Option<u32> {
        let off = id.checked_sub(self.container_id)?;
        (off < self.size).then_some(off)
    }

    /// `id - host_id` when `id` falls inside this mapping's host side.
    fn host_offset(&self, id: u32) -> Option<u32> {
        let off = id.checked_sub(self.host_id)?;
        (off < self.size).then_some(off)
    }

    fn overlaps_host(&self, start: u32, count: u32) -> bool {
        let (a0, a1) = (self.host_id as u64, self.host_id as u64 + self.size as u64);
        let (b0, b1) = (start as u64, start as u64 + count as u64);
        a0 < b1 && b0 < a1
    }
}

/// The uid and gid mappings of one user namespace.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct IdMappings {
    pub uids: Vec<IdMapping>,
    pub gids: Vec<IdMapping>,
}

fn map_to_host(maps: &[IdMapping], id: u32) -> Option<u32> {
    maps.iter().find_map(|m| m.container_offset(id).and_then(|off| m.host_id.checked_add(off)))
}

fn map_to_container(maps: &[IdMapping], id: u32) -> Option<u32> {
    maps.iter().find_map(|m| m.host_offset(id).and_then(|off| m.container_id.checked_add(off)))
}

impl IdMappings {
    /// The host uid that container uid `c` is, if it is mapped.
    pub fn to_host_uid(&self, c: u32) -> Option<u32> {
        map_to_host(&self.uids, c)
    }

    /// The host gid that container gid `c` is, if it is mapped.
    pub fn to_host_gid(&self, c: u32) -> Option<u32> {
        map_to_host(&self.gids, c)
    }

    /// The container uid that host uid `h` appears as, if it is mapped.
    pub fn to_container_uid(&self, h: u32) -> Option<u32> {
        map_to_container(&self.uids, h)
    }

    /// The container gid that host gid `h` appears as, if it is mapped.
    pub fn to_container_gid(&self, h: u32) -> Option<u32> {
        map_to_container(&self.gids, h)
    }

    /// The highest container uid mapped (0 when nothing is mapped), so callers
    /// can tell up front whether an image's owners fit.
    pub fn max_uid(&self) -> u32 {
        self.uids
            .iter()
            .filter(|m| m.size > 0)
            .map(|m| (m.container_id as u64 + m.size as u64 - 1).min(u32::MAX as u64) as u32)
            .max()
            .unwrap_or(0)
    }
}

/// The ranges `/etc/subuid` or `/etc/subgid` text grants to `user` (matched
/// by name or by numeric `uid`, as shadow-utils does), in file order.
/// Comments, blank lines, malformed lines, empty ranges and ranges running
/// past the last valid ID are ignored; exact duplicates are listed once.
pub fn parse_subid_file(text: &str, user: &str, uid: u32) -> Vec<(u32, u32)> {
    let uid_text = uid.to_string();
    let mut out: Vec<(u32, u32)> = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split(':').map(str::trim).collect();
        let [name, start, count] = fields[..] else { continue };
        if name.is_empty() || (name != user && name != uid_text) {
            continue;
        }
        let (Ok(start), Ok(count)) = (start.parse::<u32>(), count.parse::<u32>()) else { continue };
        // (uid_t)-1 is not a valid ID, so the last usable one is u32::MAX - 1.
        if count == 0 || start as u64 + count as u64 > u32::MAX as u64 {
            continue;
        }
        if !out.contains(&(start, count)) {
            out.push((start, count));
        }
    }
    out
}

/// `0 -> own_id` followed by `ranges` placed consecutively from container
/// ID 1. Ranges that overlap an earlier one on the host side (including the
/// user's own ID) are skipped: the kernel rejects overlapping lines.
fn build_map(own_id: u32, ranges: &[(u32, u32)]) -> Vec<IdMapping> {
    let mut maps = vec![IdMapping { container_id: 0, host_id: own_id, size: 1 }];
    let mut next: u32 = 1;
    for &(start, count) in ranges {
        if maps.len() >= MAX_MAP_LINES {
            break;
        }
        if maps.iter().any(|m| m.overlaps_host(start, count)) {
            continue;
        }
        // Container IDs must also stay below (uid_t)-1.
        let room = u32::MAX - next;
        let size = count.min(room);
        if size == 0 {
            break;
        }
        maps.push(IdMapping { container_id: next, host_id: start, size });
        next += size;
    }
    maps
}

/// The mapping for an unprivileged user given its subordinate ranges; the
/// bool says whether ranges were usable for both uids and gids (a namespace
/// with extra uids but a single gid would still break image extraction, so
/// both or neither).
fn plan(uid: u32, gid: u32, subuids: &[(u32, u32)], subgids: &[(u32, u32)]) -> (IdMappings, bool) {
    let uids = build_map(uid, subuids);
    let gids = build_map(gid, subgids);
    if uids.len() > 1 && gids.len() > 1 {
        (IdMappings { uids, gids }, true)
    } else {
        (single_mapping(uid, gid), false)
    }
}

fn single_mapping(uid: u32, gid: u32) -> IdMappings {
    IdMappings {
        uids: vec![IdMapping { container_id: 0, host_id: uid, size: 1 }],
        gids: vec![IdMapping { container_id: 0, host_id: gid, size: 1 }],
    }
}

fn identity_mapping() -> IdMappings {
    let full = IdMapping { container_id: 0, host_id: 0, size: IDENTITY_SIZE };
    IdMappings { uids: vec![full], gids: vec![full] }
}

/// A missing file means "no ranges"; any other read error is reported.
fn read_optional(path: &str) -> Result<String> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(String::from_utf8_lossy(&bytes).into_owned()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(String::new()),
        Err(e) => Err(anyhow!("cannot read {path}: {e}")),
    }
}

fn user_name(uid: u32) -> Option<String> {
    nix::unistd::User::from_uid(Uid::from_raw(uid)).ok().flatten().map(|u| u.name)
}

/// What a rootless invocation should use: mappings, whether subordinate
/// ranges were found, and which file lacked them (for the warning).
struct Plan {
    maps: IdMappings,
    has_ranges: bool,
    user: String,
    missing_in: &'static str,
}

fn plan_for(uid: u32, gid: u32) -> Result<Plan> {
    let name = user_name(uid);
    let user = name.clone().unwrap_or_else(|| uid.to_string());
    let lookup = name.as_deref().unwrap_or("");
    let subuids = parse_subid_file(&read_optional("/etc/subuid")?, lookup, uid);
    let subgids = parse_subid_file(&read_optional("/etc/subgid")?, lookup, uid);
    let (maps, has_ranges) = plan(uid, gid, &subuids, &subgids);
    let missing_in = if subuids.is_empty() || !subgids.is_empty() { "/etc/subuid" } else { "/etc/subgid" };
    Ok(Plan { maps, has_ranges, user, missing_in })
}

/// The mappings a dhow invocation runs under, and whether subordinate ranges
/// were found. Real root (euid 0 in the initial namespace) gets the identity.
/// Root inside some user namespace (dhow's own, or a container's) reports the
/// namespace it is in. Anyone else gets what [`enter`] would set up.
pub fn rootless_mappings() -> Result<(IdMappings, bool)> {
    let euid = nix::unistd::geteuid().as_raw();
    if euid == 0 {
        if !in_user_namespace() {
            return Ok((identity_mapping(), true));
        }
        let maps = current_mappings()?;
        let total: u64 = maps.uids.iter().map(|m| m.size as u64).sum();
        return Ok((maps, total > 1));
    }
    let plan = plan_for(euid, nix::unistd::getegid().as_raw())?;
    Ok((plan.maps, plan.has_ranges))
}

/// Parses the kernel's `/proc/PID/{uid,gid}_map` text.
fn parse_proc_map(text: &str) -> Result<Vec<IdMapping>> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let nums: Vec<u32> = line.split_whitespace().filter_map(|f| f.parse().ok()).collect();
            match nums[..] {
                [container_id, host_id, size] => Ok(IdMapping { container_id, host_id, size }),
                _ => bail!("unexpected ID map line {line:?}"),
            }
        })
        .collect()
}

/// The mappings of the user namespace this process is in, as the kernel
/// reports them (host IDs are those of the parent namespace).
pub fn current_mappings() -> Result<IdMappings> {
    mappings_of("self")
}

/// The mappings of process `pid`'s user namespace (`"self"` for this one),
/// as seen from this process's namespace.
pub fn mappings_of(pid: &str) -> Result<IdMappings> {
    let read = |file: &str| -> Result<Vec<IdMapping>> {
        let path = format!("/proc/{pid}/{file}");
        let text = std::fs::read_to_string(&path).with_context(|| format!("cannot read {path} (is /proc mounted?)"))?;
        parse_proc_map(&text).with_context(|| format!("cannot parse {path}"))
    };
    Ok(IdMappings { uids: read("uid_map")?, gids: read("gid_map")? })
}

/// True unless `/proc/self/uid_map` is the initial namespace's identity
/// `0 0 4294967295`. An unreadable map counts as the initial namespace.
pub fn in_user_namespace() -> bool {
    let Ok(text) = std::fs::read_to_string("/proc/self/uid_map") else { return false };
    match parse_proc_map(&text) {
        Ok(maps) => maps != [IdMapping { container_id: 0, host_id: 0, size: IDENTITY_SIZE }],
        Err(_) => true,
    }
}

/// `unshare(CLONE_NEWUSER)` and `setns` into a user namespace both fail for a
/// multithreaded process; checking first gives a clear error instead of EINVAL.
fn ensure_single_threaded(what: &str) -> Result<()> {
    let Ok(dir) = std::fs::read_dir("/proc/self/task") else { return Ok(()) };
    let threads = dir.filter(|e| e.is_ok()).count();
    if threads > 1 {
        bail!("cannot {what}: the process already runs {threads} threads (this is a dhow bug: it must happen before any thread starts)");
    }
    Ok(())
}

/// An executable named `name` in `$PATH` or the usual system directories.
fn find_program(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let dirs = std::env::split_paths(&path).chain(["/usr/bin", "/usr/sbin", "/bin", "/sbin"].map(PathBuf::from));
    dirs.map(|d| d.join(name))
        .find(|p| p.metadata().map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0).unwrap_or(false))
}

fn read_sysctl(path: &str) -> Option<String> {
    std::fs::read_to_string(path).ok().map(|s| s.trim().to_string())
}

/// Turns an unshare/setns failure into an error naming the likely cause and fix.
fn namespace_error(step: &str, err: Errno) -> anyhow::Error {
    let hint = match err {
        Errno::EPERM | Errno::EACCES => {
            if read_sysctl("/proc/sys/kernel/unprivileged_userns_clone").as_deref() == Some("0") {
                "unprivileged user namespaces are disabled (kernel.unprivileged_userns_clone=0); enable them with: sudo sysctl -w kernel.unprivileged_userns_clone=1".to_string()
            } else if read_sysctl("/proc/sys/kernel/apparmor_restrict_unprivileged_userns").as_deref() == Some("1") {
                "AppArmor restricts unprivileged user namespaces (kernel.apparmor_restrict_unprivileged_userns=1); allow them with: sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0, or install an AppArmor profile for dhow".to_string()
            } else {
                "the kernel or a seccomp filter forbids creating user namespaces here (inside a container, run it with user namespaces allowed)".to_string()
            }
        }
        Errno::ENOSPC => {
            let max = read_sysctl("/proc/sys/user/max_user_namespaces").unwrap_or_else(|| "?".into());
            format!("the limit on user namespaces is reached (user.max_user_namespaces={max}); raise it with: sudo sysctl -w user.max_user_namespaces=15000")
        }
        Errno::EUSERS => "user namespaces are nested too deeply".to_string(),
        Errno::EINVAL => "the process is multithreaded or in a chroot".to_string(),
        _ => "unexpected error from the kernel".to_string(),
    };
    anyhow!("cannot {step}: {}: {hint}", err.desc())
}

/// Writes a whole `/proc/PID/...` file in one write(2), as the kernel requires
/// for ID maps.
fn write_proc(path: &str, text: &str) -> std::io::Result<()> {
    let mut f = std::fs::OpenOptions::new().write(true).open(path)?;
    f.write_all(text.as_bytes())
}

fn map_text(maps: &[IdMapping]) -> String {
    maps.iter().map(|m| format!("{} {} {}\n", m.container_id, m.host_id, m.size)).collect()
}

/// `newuidmap PID c h s c h s ...` arguments.
fn helper_args(pid: i32, maps: &[IdMapping]) -> Vec<String> {
    let mut args = vec![pid.to_string()];
    for m in maps {
        args.extend([m.container_id.to_string(), m.host_id.to_string(), m.size.to_string()]);
    }
    args
}

/// Runs newuidmap or newgidmap; the error carries its stderr and the fix.
fn run_helper(program: &Path, pid: i32, maps: &[IdMapping], user: &str, file: &str) -> Result<(), String> {
    let args = helper_args(pid, maps);
    let shown = format!("{} {}", program.display(), args.join(" "));
    let out = Command::new(program)
        .args(&args)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run {shown}: {e} (install it with: sudo apt-get install uidmap)"))?;
    if out.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stderr = stderr.trim();
    Err(format!(
        "setting up the user namespace failed: `{shown}` exited with {}{}{} (check that {user} has a range in {file} and that {} is setuid root: sudo apt-get install --reinstall uidmap)",
        out.status,
        if stderr.is_empty() { "" } else { ": " },
        stderr,
        program.display()
    ))
}

/// Waits for `child`, retrying on EINTR. ECHILD (SIGCHLD ignored by someone)
/// is not an error: the result pipe already told us what happened.
fn reap(child: Pid) {
    loop {
        match nix::sys::wait::waitpid(child, None) {
            Err(Errno::EINTR) => continue,
            _ => return,
        }
    }
}

/// The helper child: waits until the parent has unshared, maps it with the
/// setuid helpers, reports "ok" or an error text, and returns its exit code.
/// Runs in a forked copy of a single-threaded process, so spawning programs
/// from it is safe; it must never return into the caller's code.
fn helper_child(parent: i32, plan: &Plan, tools: &(PathBuf, PathBuf), go: OwnedFd, result: OwnedFd) -> i32 {
    let mut go = File::from(go);
    let mut result = File::from(result);
    let mut byte = [0u8; 1];
    loop {
        match go.read(&mut byte) {
            Ok(1) => break,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            // The parent could not unshare and closed the pipe: nothing to do.
            _ => return 0,
        }
    }
    let outcome = run_helper(&tools.0, parent, &plan.maps.uids, &plan.user, "/etc/subuid")
        .and_then(|()| run_helper(&tools.1, parent, &plan.maps.gids, &plan.user, "/etc/subgid"));
    let report = match &outcome {
        Ok(()) => "ok".to_string(),
        Err(e) => e.clone(),
    };
    let _ = result.write_all(report.as_bytes());
    i32::from(outcome.is_err())
}

/// Unshares and has a forked helper child map this process with
/// newuidmap/newgidmap.
fn enter_with_helpers(plan: &Plan, tools: &(PathBuf, PathBuf)) -> Result<()> {
    let (go_r, go_w) =
        nix::unistd::pipe2(OFlag::O_CLOEXEC).context("cannot create a pipe for the user namespace helper")?;
    let (res_r, res_w) =
        nix::unistd::pipe2(OFlag::O_CLOEXEC).context("cannot create a pipe for the user namespace helper")?;
    let parent = nix::unistd::getpid().as_raw();
    // SAFETY: the caller checked that this process is single-threaded, so the
    // child is a complete copy; it always leaves through _exit.
    match unsafe { nix::unistd::fork() }.context("cannot fork the user namespace helper")? {
        ForkResult::Child => {
            drop(go_w);
            drop(res_r);
            let code = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                helper_child(parent, plan, tools, go_r, res_w)
            }))
            .unwrap_or(2);
            // SAFETY: _exit skips atexit handlers and stdio flushing that belong to the parent.
            unsafe { libc::_exit(code) }
        }
        ForkResult::Parent { child } => {
            drop(go_r);
            drop(res_w);
            let unshared = nix::sched::unshare(CloneFlags::CLONE_NEWUSER);
            let mut go = File::from(go_w);
            if unshared.is_ok() {
                let _ = go.write_all(b"1");
            }
            drop(go);
            let mut report = Vec::new();
            let read = File::from(res_r).read_to_end(&mut report);
            reap(child);
            unshared.map_err(|e| namespace_error("create a user namespace", e))?;
            read.context("cannot read the result of the user namespace helper")?;
            let report = String::from_utf8_lossy(&report);
            match report.trim() {
                "ok" => Ok(()),
                "" => bail!(
                    "setting up the user namespace failed: the newuidmap/newgidmap helper exited without a result"
                ),
                msg => bail!("{msg}"),
            }
        }
    }
}

/// Unshares and maps only this process's own uid and gid; no helper needed,
/// but setgroups(2) must be denied first for an unprivileged gid_map write.
fn enter_single(uid: u32, gid: u32) -> Result<()> {
    nix::sched::unshare(CloneFlags::CLONE_NEWUSER).map_err(|e| namespace_error("create a user namespace", e))?;
    match write_proc("/proc/self/setgroups", "deny") {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            bail!("cannot write /proc/self/setgroups while setting up the user namespace: {e}")
        }
        _ => {}
    }
    write_proc("/proc/self/uid_map", &format!("0 {uid} 1\n"))
        .map_err(|e| anyhow!("cannot write /proc/self/uid_map while setting up the user namespace: {e}"))?;
    write_proc("/proc/self/gid_map", &format!("0 {gid} 1\n"))
        .map_err(|e| anyhow!("cannot write /proc/self/gid_map while setting up the user namespace: {e}"))?;
    Ok(())
}

/// Becomes uid/gid 0 of the namespace just entered. Supplementary groups
/// are kept, as podman keeps them: unmapped ones show up as `nogroup`
/// inside, but still grant access to the user's group-owned files, which
/// is what `--group-add keep-groups` passes on to a container (otherwise
/// the runtime gives each container process its own list).
fn become_root() -> Result<()> {
    let root_g = Gid::from_raw(0);
    nix::unistd::setresgid(root_g, root_g, root_g).context("cannot become gid 0 in the user namespace")?;
    let root_u = Uid::from_raw(0);
    nix::unistd::setresuid(root_u, root_u, root_u).context("cannot become uid 0 in the user namespace")?;
    Ok(())
}

/// Puts this invocation into the rootless user namespace. Must be called
/// before any thread starts.
///
/// A no-op for euid 0: real root needs no namespace, and root inside a user
/// namespace is either dhow's own (inherited by a monitor or a re-exec) or a
/// container the user already runs in as root. A non-root user inside some
/// other user namespace still gets a nested one, as it needs root to work.
pub fn enter() -> Result<()> {
    let euid = nix::unistd::geteuid().as_raw();
    if euid == 0 {
        return Ok(());
    }
    if std::fs::read_to_string("/proc/self/uid_map").is_ok_and(|t| t.trim().is_empty()) {
        bail!("cannot enter the user namespace: this process is in a user namespace without an ID mapping (an earlier setup step failed)");
    }
    let egid = nix::unistd::getegid().as_raw();
    ensure_single_threaded("enter the user namespace")?;
    let plan = plan_for(euid, egid)?;
    let tools = if plan.has_ranges { find_program("newuidmap").zip(find_program("newgidmap")) } else { None };
    match (plan.has_ranges, tools) {
        (true, Some(tools)) => enter_with_helpers(&plan, &tools)?,
        (true, None) => {
            eprintln!(
                "WARN: newuidmap/newgidmap not found; only one ID is mapped (images whose files belong to other users will fail to extract). Install them with: sudo apt-get install uidmap"
            );
            enter_single(euid, egid)?;
        }
        (false, _) => {
            eprintln!(
                "WARN: no subordinate ID range for {user} in {file}; only one ID is mapped (images whose files belong to other users will fail to extract). Add one with: sudo usermod --add-subuids 100000-165535 --add-subgids 100000-165535 {user}",
                user = plan.user,
                file = plan.missing_in
            );
            enter_single(euid, egid)?;
        }
    }
    become_root()?;
    // Diagnostics only: tells a child process or a bug report we are inside.
    std::env::set_var("DHOW_USERNS", "1");
    Ok(())
}

/// Writes `maps` for process `pid`, which has unshared a user namespace.
///
/// Root in the parent namespace (real root, or root in dhow's namespace) has
/// CAP_SETUID/CAP_SETGID there and writes `/proc/PID/{uid,gid}_map` directly.
/// An unprivileged caller mapping just its own IDs writes them directly too
/// (after denying setgroups, as the kernel requires); anything else goes
/// through newuidmap/newgidmap.
pub fn write_mappings_for(pid: i32, maps: &IdMappings) -> Result<()> {
    if maps.uids.is_empty() || maps.gids.is_empty() {
        bail!("cannot set up the user namespace of process {pid}: no uid or gid mapping given");
    }
    let euid = nix::unistd::geteuid().as_raw();
    let egid = nix::unistd::getegid().as_raw();
    let own_only = maps.uids == [IdMapping { container_id: maps.uids[0].container_id, host_id: euid, size: 1 }]
        && maps.gids == [IdMapping { container_id: maps.gids[0].container_id, host_id: egid, size: 1 }];
    if euid == 0 || own_only {
        if euid != 0 {
            let path = format!("/proc/{pid}/setgroups");
            match write_proc(&path, "deny") {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => bail!("cannot write {path}: {e}"),
                _ => {}
            }
        }
        for (file, m) in [("uid_map", &maps.uids), ("gid_map", &maps.gids)] {
            let path = format!("/proc/{pid}/{file}");
            write_proc(&path, &map_text(m)).map_err(|e| anyhow!("cannot write {path}: {e}"))?;
        }
        return Ok(());
    }
    let user = user_name(euid).unwrap_or_else(|| euid.to_string());
    for (tool, m, file) in [("newuidmap", &maps.uids, "/etc/subuid"), ("newgidmap", &maps.gids, "/etc/subgid")] {
        let program = find_program(tool)
            .ok_or_else(|| anyhow!("cannot set up the user namespace of process {pid}: {tool} not found (install it with: sudo apt-get install uidmap)"))?;
        run_helper(&program, pid, m, &user, file).map_err(|e| anyhow!(e))?;
    }
    Ok(())
}

/// Joins the user namespace of process `pid` (e.g. a container's monitor)
/// and becomes root in it. The caller must be single-threaded. Joining the
/// namespace the caller is already in only does the second part.
pub fn join(pid: i32) -> Result<()> {
    let path = format!("/proc/{pid}/ns/user");
    let target = std::fs::metadata(&path)
        .with_context(|| format!("cannot find the user namespace of process {pid} ({path}); is it still running?"))?;
    let own = std::fs::metadata("/proc/self/ns/user").context("cannot read /proc/self/ns/user")?;
    if (target.dev(), target.ino()) != (own.dev(), own.ino()) {
        ensure_single_threaded("join a user namespace")?;
        let fd = File::open(&path).with_context(|| format!("cannot open {path}"))?;
        nix::sched::setns(&fd, CloneFlags::CLONE_NEWUSER)
            .map_err(|e| namespace_error(&format!("join the user namespace of process {pid}"), e))?;
    }
    become_root()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(container_id: u32, host_id: u32, size: u32) -> IdMapping {
        IdMapping { container_id, host_id, size }
    }

    #[test]
    fn parse_subid_matches_name_and_uid() {
        let text = "# comment\n\nalice:100000:65536\nbob:200000:65536\n1000:300000:10\n  alice : 400000 : 5 \n";
        assert_eq!(parse_subid_file(text, "alice", 1000), vec![(100000, 65536), (300000, 10), (400000, 5)]);
        assert_eq!(parse_subid_file(text, "bob", 1001), vec![(200000, 65536)]);
        assert!(parse_subid_file(text, "carol", 1002).is_empty());
    }

    #[test]
    fn parse_subid_ignores_garbage() {
        let text = "alice\nalice:1\nalice:x:10\nalice:10:y\nalice:10:0\nalice:-5:10\nalice:1:2:3\n:5:5\nalice:4294967290:100\nalice:4294967285:10\nalice:7:3\nalice:7:3\n";
        assert_eq!(parse_subid_file(text, "alice", 1000), vec![(4294967285, 10), (7, 3)]);
        // An empty user name never matches an empty name field.
        assert!(parse_subid_file(":5:5\n", "", 1000).is_empty());
    }

    #[test]
    fn plan_places_ranges_consecutively() {
        let (maps, ranges) = plan(1000, 1001, &[(100000, 65536), (300000, 10)], &[(200000, 5)]);
        assert!(ranges);
        assert_eq!(maps.uids, vec![m(0, 1000, 1), m(1, 100000, 65536), m(65537, 300000, 10)]);
        assert_eq!(maps.gids, vec![m(0, 1001, 1), m(1, 200000, 5)]);
        assert_eq!(maps.max_uid(), 65546);
    }

    #[test]
    fn plan_without_ranges_maps_one_id() {
        let (maps, ranges) = plan(1000, 1001, &[], &[]);
        assert!(!ranges);
        assert_eq!(maps, single_mapping(1000, 1001));
        assert_eq!(maps.max_uid(), 0);
        // uid ranges without gid ranges fall back too.
        let (maps, ranges) = plan(1000, 1001, &[(100000, 65536)], &[]);
        assert!(!ranges);
        assert_eq!(maps.uids.len(), 1);
    }

    #[test]
    fn plan_skips_overlapping_ranges() {
        // The second range contains the user's own uid, the third overlaps the first.
        let (maps, _) = plan(1000, 1000, &[(100000, 100), (900, 200), (100050, 100), (5000, 10)], &[(100000, 10)]);
        assert_eq!(maps.uids, vec![m(0, 1000, 1), m(1, 100000, 100), m(101, 5000, 10)]);
    }

    #[test]
    fn plan_caps_container_ids() {
        let (maps, _) = plan(5, 5, &[(10, 4294967280), (4294967291, 3)], &[(10, 1)]);
        assert_eq!(maps.uids, vec![m(0, 5, 1), m(1, 10, 4294967280), m(4294967281, 4294967291, 3)]);
        let (maps, _) = plan(0, 0, &[(1, 4294967294)], &[(1, 1)]);
        assert_eq!(maps.uids, vec![m(0, 0, 1), m(1, 1, 4294967294)]);
        assert_eq!(maps.max_uid(), 4294967294);
    }

    #[test]
    fn translation_both_ways() {
        let maps = IdMappings {
            uids: vec![m(0, 1000, 1), m(1, 100000, 65536)],
            gids: vec![m(0, 1001, 1), m(1, 200000, 65536)],
        };
        assert_eq!(maps.to_host_uid(0), Some(1000));
        assert_eq!(maps.to_host_uid(1), Some(100000));
        assert_eq!(maps.to_host_uid(65536), Some(165535));
        assert_eq!(maps.to_host_uid(65537), None);
        assert_eq!(maps.to_host_gid(0), Some(1001));
        assert_eq!(maps.to_host_gid(33), Some(200032));
        assert_eq!(maps.to_container_uid(1000), Some(0));
        assert_eq!(maps.to_container_uid(100000), Some(1));
        assert_eq!(maps.to_container_uid(165535), Some(65536));
        assert_eq!(maps.to_container_uid(165536), None);
        assert_eq!(maps.to_container_uid(999), None);
        assert_eq!(maps.to_container_gid(1001), Some(0));
        assert_eq!(maps.to_container_gid(1000), None);
        let identity = identity_mapping();
        assert_eq!(identity.to_host_uid(u32::MAX - 1), Some(u32::MAX - 1));
        assert_eq!(identity.to_container_gid(12345), Some(12345));
        assert_eq!(identity.max_uid(), u32::MAX - 1);
        assert_eq!(IdMappings::default().to_host_uid(0), None);
    }

    #[test]
    fn proc_map_round_trip() {
        let text = "         0       1000          1\n         1     100000      65536\n";
        let maps = parse_proc_map(text).unwrap();
        assert_eq!(maps, vec![m(0, 1000, 1), m(1, 100000, 65536)]);
        assert_eq!(map_text(&maps), "0 1000 1\n1 100000 65536\n");
        assert!(parse_proc_map("0 1000\n").is_err());
        assert!(parse_proc_map("a b c\n").is_err());
    }

    #[test]
    fn helper_args_are_triples() {
        assert_eq!(
            helper_args(42, &[m(0, 1000, 1), m(1, 100000, 65536)]),
            ["42", "0", "1000", "1", "1", "100000", "65536"].map(String::from).to_vec()
        );
    }

    #[test]
    fn current_mappings_agree_with_in_user_namespace() {
        let maps = current_mappings().unwrap();
        let identity = maps.uids == [m(0, 0, IDENTITY_SIZE)];
        assert_eq!(in_user_namespace(), !identity);
        assert!(!maps.gids.is_empty());
    }

    #[test]
    fn rootless_mappings_map_root_to_euid() {
        let (maps, _) = rootless_mappings().unwrap();
        let euid = nix::unistd::geteuid().as_raw();
        if euid != 0 {
            assert_eq!(maps.uids[0], m(0, euid, 1));
            assert_eq!(maps.gids[0], m(0, nix::unistd::getegid().as_raw(), 1));
        } else if !in_user_namespace() {
            assert_eq!(maps, identity_mapping());
        }
    }

    #[test]
    fn write_mappings_rejects_empty() {
        let err = write_mappings_for(1, &IdMappings::default()).unwrap_err().to_string();
        assert!(err.contains("no uid or gid mapping"), "{err}");
    }

    /// Forks a child that unshares a user namespace and waits until `hold` is
    /// closed; returns its pid once it has unshared.
    fn spawn_unshared_child() -> (Pid, OwnedFd) {
        let (ready_r, ready_w) = nix::unistd::pipe2(OFlag::O_CLOEXEC).unwrap();
        let (hold_r, hold_w) = nix::unistd::pipe2(OFlag::O_CLOEXEC).unwrap();
        // SAFETY: the child only makes syscalls and leaves through _exit.
        match unsafe { nix::unistd::fork() }.unwrap() {
            ForkResult::Child => {
                drop(ready_r);
                drop(hold_w);
                let ok = nix::sched::unshare(CloneFlags::CLONE_NEWUSER).is_ok();
                let _ = File::from(ready_w).write_all(if ok { b"1" } else { b"0" });
                let _ = File::from(hold_r).read(&mut [0u8; 1]);
                unsafe { libc::_exit(0) }
            }
            ForkResult::Parent { child } => {
                drop(ready_w);
                drop(hold_r);
                let mut byte = [0u8; 1];
                File::from(ready_r).read_exact(&mut byte).unwrap();
                assert_eq!(&byte, b"1", "child could not unshare");
                (child, hold_w)
            }
        }
    }

    #[test]
    fn root_writes_mappings_and_joins() {
        if nix::unistd::geteuid().as_raw() != 0 || in_user_namespace() {
            eprintln!("skipped: needs real root");
            return;
        }
        let (child, hold) = spawn_unshared_child();
        let maps = IdMappings { uids: vec![m(0, 300000, 65536)], gids: vec![m(0, 300000, 100), m(100, 400000, 5)] };
        let written = write_mappings_for(child.as_raw(), &maps);
        let uid_map = std::fs::read_to_string(format!("/proc/{child}/uid_map")).unwrap();
        let gid_map = std::fs::read_to_string(format!("/proc/{child}/gid_map")).unwrap();

        // join() must run single-threaded: do it in a forked copy of this thread.
        let (res_r, res_w) = nix::unistd::pipe2(OFlag::O_CLOEXEC).unwrap();
        // SAFETY: the child only makes syscalls and leaves through _exit.
        let joined = match unsafe { nix::unistd::fork() }.unwrap() {
            ForkResult::Child => {
                drop(res_r);
                let report = match join(child.as_raw()) {
                    Ok(()) => format!(
                        "{} {} {}",
                        nix::unistd::geteuid(),
                        nix::unistd::getegid(),
                        std::fs::read_to_string("/proc/self/uid_map")
                            .unwrap_or_default()
                            .split_whitespace()
                            .collect::<Vec<_>>()
                            .join(" ")
                    ),
                    Err(e) => format!("error: {e:#}"),
                };
                let _ = File::from(res_w).write_all(report.as_bytes());
                unsafe { libc::_exit(0) }
            }
            ForkResult::Parent { child: joiner } => {
                drop(res_w);
                let mut report = String::new();
                File::from(res_r).read_to_string(&mut report).unwrap();
                reap(joiner);
                report
            }
        };
        drop(hold);
        reap(child);
        written.unwrap();
        assert_eq!(parse_proc_map(&uid_map).unwrap(), maps.uids);
        assert_eq!(parse_proc_map(&gid_map).unwrap(), maps.gids);
        assert_eq!(joined, "0 0 0 300000 65536");
    }

    #[test]
    fn join_reports_missing_process() {
        let err = join(i32::MAX).unwrap_err().to_string();
        assert!(err.contains("is it still running"), "{err}");
    }

    #[test]
    fn namespace_errors_name_a_fix() {
        let msg = namespace_error("create a user namespace", Errno::ENOSPC).to_string();
        assert!(msg.starts_with("cannot create a user namespace: "), "{msg}");
        assert!(msg.contains("user.max_user_namespaces"), "{msg}");
        let msg = namespace_error("create a user namespace", Errno::EPERM).to_string();
        assert!(msg.contains("sysctl") || msg.contains("seccomp"), "{msg}");
    }
}
