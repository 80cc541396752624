//! `dhow doctor`: checks this host's rootless set-up for the current user
//! and says, per check, OK / WARN / FAIL, what it means and the exact
//! command that fixes it. Most rootless trouble is set-up trouble (missing
//! sub-ID ranges, `XDG_RUNTIME_DIR` left over from another user after `su`,
//! user namespaces disabled, no network helper).
//!
//! [`gather`] reads the host into [`Facts`]; [`evaluate`] turns facts into
//! findings without touching the host, so each failing branch is a unit
//! test.

use crate::engine::Engine;
use serde::Serialize;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Level {
    Ok,
    Warn,
    Fail,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Ok => "OK",
            Level::Warn => "WARN",
            Level::Fail => "FAIL",
        }
    }
}

/// One check's verdict.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Finding {
    pub check: &'static str,
    pub status: Level,
    pub message: String,
    /// The command that fixes it ("" when OK).
    pub fix: String,
}

fn finding(check: &'static str, status: Level, message: impl Into<String>, fix: impl Into<String>) -> Finding {
    Finding { check, status, message: message.into(), fix: fix.into() }
}

/// A setuid-or-capabilities helper such as newuidmap.
#[derive(Debug, Clone, Default)]
pub struct Helper {
    /// Where it is ("" when not installed).
    pub path: String,
    /// Setuid root, or has file capabilities.
    pub privileged: bool,
}

/// What [`evaluate`] judges, as read from the host.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    pub user: String,
    pub uid: u32,
    /// `/etc/subuid` and `/etc/subgid` text ("" when missing).
    pub subuid: String,
    pub subgid: String,
    pub newuidmap: Helper,
    pub newgidmap: Helper,
    /// `user.max_user_namespaces`, `kernel.unprivileged_userns_clone`,
    /// `kernel.apparmor_restrict_unprivileged_userns` (None where absent).
    pub max_user_namespaces: Option<u64>,
    pub unprivileged_userns_clone: Option<u64>,
    pub apparmor_restrict_userns: Option<u64>,
    pub native_overlay: bool,
    pub fuse_overlayfs: String,
    /// Whether `/dev/fuse` and `/dev/net/tun` open read-write.
    pub dev_fuse: bool,
    pub dev_net_tun: bool,
    pub slirp4netns: String,
    pub pasta: String,
    /// `XDG_RUNTIME_DIR` and the owner of that directory (None: missing).
    pub xdg_runtime_dir: Option<String>,
    pub xdg_runtime_dir_owner: Option<u32>,
    /// systemd runs the user's session (`/run/systemd/system`), and linger.
    pub systemd: bool,
    pub linger: bool,
    pub cgroup_v2: bool,
    /// Controllers delegated to the user (v2), None when unknown.
    pub delegated: Option<String>,
    pub unprivileged_port_start: Option<u32>,
    pub storage: PathBuf,
    /// Free bytes where the storage is (None: unknown).
    pub storage_free: Option<u64>,
    /// registries.conf: an error message when it does not parse.
    pub registries_error: Option<String>,
    /// auth files found: path, mode, parse error.
    pub auth_files: Vec<(PathBuf, u32, Option<String>)>,
}

const SUB_IDS: u64 = 65536;

/// Every check, in the order printed.
pub fn evaluate(f: &Facts) -> Vec<Finding> {
    let mut out = vec![sub_ids(f, "sub-UIDs", "/etc/subuid", &f.subuid), sub_ids(f, "sub-GIDs", "/etc/subgid", &f.subgid)];
    out.push(helper("newuidmap", &f.newuidmap));
    out.push(helper("newgidmap", &f.newgidmap));
    out.push(user_namespaces(f));
    out.push(overlay(f));
    out.push(devices(f));
    out.push(network(f));
    out.push(runtime_dir(f));
    out.push(linger(f));
    out.push(cgroups(f));
    out.push(ports(f));
    out.push(storage(f));
    out.extend(config_files(f));
    out
}

/// Ranges of every user in a subid file: (name, start, count).
fn all_ranges(text: &str) -> Vec<(String, u64, u64)> {
    text.lines()
        .filter_map(|l| {
            let mut p = l.trim().split(':');
            let (name, start, count) = (p.next()?, p.next()?.trim().parse().ok()?, p.next()?.trim().parse().ok()?);
            (!name.starts_with('#') && !name.is_empty()).then(|| (name.to_string(), start, count))
        })
        .collect()
}

fn sub_ids(f: &Facts, check: &'static str, file: &str, text: &str) -> Finding {
    let fix = format!("sudo usermod --add-subuids 100000-165535 --add-subgids 100000-165535 {}", f.user);
    if f.uid == 0 {
        return finding(check, Level::Ok, "root maps the host's IDs: no ranges needed", "");
    }
    let mine = crate::sys::userns::parse_subid_file(text, &f.user, f.uid);
    if mine.is_empty() {
        return finding(check, Level::Fail, format!("{file} has no range for {}: containers get a single ID and images with other owners fail", f.user), fix);
    }
    let total: u64 = mine.iter().map(|(_, c)| u64::from(*c)).sum();
    let uid_text = f.uid.to_string();
    for (start, count) in &mine {
        let (s, e) = (u64::from(*start), u64::from(*start) + u64::from(*count));
        if let Some((other, ..)) = all_ranges(text).into_iter().find(|(n, os, oc)| n != &f.user && *n != uid_text && *os < e && s < os + oc) {
            return finding(
                check,
                Level::Fail,
                format!("{file}: the range {start}:{count} of {} overlaps one of {other}: their containers share IDs", f.user),
                format!("sudo usermod --del-subuids {s}-{} --del-subgids {s}-{} {} && {fix}", e - 1, e - 1, f.user),
            );
        }
    }
    let ranges: Vec<String> = mine.iter().map(|(s, c)| format!("{s}:{c}")).collect();
    if total < SUB_IDS {
        return finding(check, Level::Warn, format!("{file}: {} has {total} IDs ({}); images using IDs up to 65535 need {SUB_IDS}", f.user, ranges.join(", ")), fix);
    }
    finding(check, Level::Ok, format!("{} has {total} IDs in {file} ({})", f.user, ranges.join(", ")), "")
}

fn helper(name: &'static str, h: &Helper) -> Finding {
    if h.path.is_empty() {
        return finding(name, Level::Fail, format!("{name} is not installed: the user namespace cannot map sub-IDs"), "sudo apt-get install uidmap   # or: sudo dnf install shadow-utils");
    }
    if !h.privileged {
        return finding(name, Level::Fail, format!("{} is neither setuid root nor has file capabilities", h.path), format!("sudo chmod u+s {}", h.path));
    }
    finding(name, Level::Ok, h.path.clone(), "")
}

fn user_namespaces(f: &Facts) -> Finding {
    const C: &str = "user namespaces";
    if f.max_user_namespaces == Some(0) {
        return finding(C, Level::Fail, "user.max_user_namespaces is 0: user namespaces are disabled", "sudo sysctl -w user.max_user_namespaces=28633");
    }
    if f.unprivileged_userns_clone == Some(0) {
        return finding(C, Level::Fail, "kernel.unprivileged_userns_clone is 0: unprivileged users cannot create user namespaces", "sudo sysctl -w kernel.unprivileged_userns_clone=1");
    }
    if f.apparmor_restrict_userns == Some(1) {
        return finding(
            C,
            Level::Fail,
            "AppArmor restricts unprivileged user namespaces (kernel.apparmor_restrict_unprivileged_userns=1)",
            "sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0   # or give dhow an AppArmor profile with 'userns,'",
        );
    }
    finding(C, Level::Ok, format!("allowed (max {})", f.max_user_namespaces.map_or("unknown".into(), |n| n.to_string())), "")
}

fn overlay(f: &Facts) -> Finding {
    if f.native_overlay {
        return finding("overlay", Level::Ok, "native overlay in a user namespace (Linux 5.11+)", "");
    }
    let msg = "the kernel's overlay cannot be mounted in a user namespace (needs Linux 5.11+)";
    if !f.fuse_overlayfs.is_empty() {
        return finding("overlay", Level::Warn, format!("{msg}; fuse-overlayfs is installed at {}", f.fuse_overlayfs), "upgrade the kernel to 5.11 or later");
    }
    finding("overlay", Level::Fail, format!("{msg}, and fuse-overlayfs is not installed"), "upgrade the kernel to 5.11 or later, or: sudo apt-get install fuse-overlayfs")
}

fn devices(f: &Facts) -> Finding {
    if !f.dev_net_tun {
        return finding("devices", Level::Fail, "/dev/net/tun is not usable: slirp4netns and pasta need it for container networking", "sudo modprobe tun && sudo chmod 0666 /dev/net/tun");
    }
    if !f.dev_fuse {
        return finding("devices", Level::Warn, "/dev/fuse is not usable (only fuse-overlayfs needs it)", "sudo modprobe fuse && sudo chmod 0666 /dev/fuse");
    }
    finding("devices", Level::Ok, "/dev/net/tun and /dev/fuse are usable", "")
}

fn network(f: &Facts) -> Finding {
    let found: Vec<&str> = [f.slirp4netns.as_str(), f.pasta.as_str()].into_iter().filter(|p| !p.is_empty()).collect();
    if found.is_empty() {
        return finding("network helper", Level::Fail, "neither slirp4netns nor pasta is on PATH: containers get no network (only --network none/host work)", "sudo apt-get install slirp4netns   # or: sudo apt-get install passt");
    }
    finding("network helper", Level::Ok, found.join(", "), "")
}

fn runtime_dir(f: &Facts) -> Finding {
    const C: &str = "XDG_RUNTIME_DIR";
    let fix = format!("export XDG_RUNTIME_DIR=/run/user/{}   # log in as {} directly (ssh, machinectl shell {}@) rather than su/sudo", f.uid, f.user, f.user);
    let Some(dir) = &f.xdg_runtime_dir else {
        return finding(C, Level::Warn, format!("not set: dhow uses /tmp/dhow-{} (podman and systemd --user use /run/user/{})", f.uid, f.uid), fix);
    };
    match f.xdg_runtime_dir_owner {
        None => finding(C, Level::Fail, format!("{dir} does not exist"), fix),
        Some(o) if o != f.uid => finding(C, Level::Fail, format!("{dir} belongs to uid {o}, not to {} (uid {}): left over from another user's session (su/sudo)", f.user, f.uid), fix),
        Some(_) => finding(C, Level::Ok, dir.clone(), ""),
    }
}

fn linger(f: &Facts) -> Finding {
    if !f.systemd {
        return finding("linger", Level::Ok, "no systemd session manager: nothing stops containers at logout", "");
    }
    if f.linger {
        return finding("linger", Level::Ok, "enabled: containers and generated services survive logout", "");
    }
    finding("linger", Level::Warn, "disabled: systemd stops the user's containers when the last session ends", format!("sudo loginctl enable-linger {}", f.user))
}

fn cgroups(f: &Facts) -> Finding {
    if !f.cgroup_v2 {
        return finding(
            "cgroups",
            Level::Warn,
            "cgroup v1: nothing is delegated to users by default, so --memory and --cpus are enforced only under a cgroup parent you own (--cgroup-parent or DHOW_CGROUP_PARENT); --pids-limit and --cpuset-cpus fall back to approximations ('dhow info' shows each limit)",
            "boot with systemd.unified_cgroup_hierarchy=1 (cgroup v2), or have an administrator create and chown a cgroup per controller for you and set DHOW_CGROUP_PARENT",
        );
    }
    match f.delegated.as_deref().map(str::trim) {
        Some(c) if !c.is_empty() => finding("cgroups", Level::Ok, format!("v2, delegated controllers: {c}"), ""),
        _ => finding(
            "cgroups",
            Level::Warn,
            "v2, but no controllers are delegated to this user: --memory and --cpus are not enforced; --pids-limit and --cpuset-cpus fall back to approximations",
            "sudo mkdir -p /etc/systemd/system/user@.service.d && printf '[Service]\\nDelegate=cpu cpuset io memory pids\\n' | sudo tee /etc/systemd/system/user@.service.d/delegate.conf && sudo systemctl daemon-reload",
        ),
    }
}

fn ports(f: &Facts) -> Finding {
    match f.unprivileged_port_start {
        Some(n) if n > 0 && f.uid != 0 => finding(
            "low ports",
            Level::Warn,
            format!("net.ipv4.ip_unprivileged_port_start is {n}: -p with a host port below {n} fails"),
            "sudo sysctl -w net.ipv4.ip_unprivileged_port_start=80",
        ),
        _ => finding("low ports", Level::Ok, "every host port can be published", ""),
    }
}

fn storage(f: &Facts) -> Finding {
    const GIB: u64 = 1 << 30;
    let fix = format!("free space on the filesystem of {}, or move the storage with --root DIR", f.storage.display());
    match f.storage_free {
        None => finding("storage", Level::Warn, format!("cannot tell the free space at {}", f.storage.display()), ""),
        Some(b) if b < GIB / 10 => finding("storage", Level::Fail, format!("{} free at {}", crate::util::human::size(b), f.storage.display()), fix),
        Some(b) if b < GIB => finding("storage", Level::Warn, format!("only {} free at {}", crate::util::human::size(b), f.storage.display()), fix),
        Some(b) => finding("storage", Level::Ok, format!("{} free at {}", crate::util::human::size(b), f.storage.display()), ""),
    }
}

fn config_files(f: &Facts) -> Vec<Finding> {
    let mut out = vec![match &f.registries_error {
        Some(e) => finding("registries.conf", Level::Fail, e.clone(), "correct the file named above (see containers-registries.conf(5))"),
        None => finding("registries.conf", Level::Ok, "readable and valid", ""),
    }];
    let mut auth = finding("auth.json", Level::Ok, "no credentials stored", "");
    for (path, mode, error) in &f.auth_files {
        if let Some(e) = error {
            auth = finding("auth.json", Level::Fail, format!("{}: {e}", path.display()), format!("fix or remove {} (then 'dhow login' again)", path.display()));
            break;
        }
        if mode & 0o004 != 0 {
            auth = finding("auth.json", Level::Fail, format!("{} is readable by everyone: it holds registry credentials", path.display()), format!("chmod 600 {}", path.display()));
            break;
        }
        auth = finding("auth.json", Level::Ok, format!("{} is valid and private", path.display()), "");
    }
    out.push(auth);
    out
}

fn read_number(path: &str) -> Option<u64> {
    std::fs::read_to_string(path).ok()?.trim().parse().ok()
}

fn find_helper(name: &str) -> Helper {
    let mut path = super::info::which(name);
    if path.is_empty() {
        path = ["/usr/bin", "/usr/sbin", "/bin"].iter().map(|d| format!("{d}/{name}")).find(|p| Path::new(p).is_file()).unwrap_or_default();
    }
    let privileged = std::fs::metadata(&path).is_ok_and(|m| m.mode() & 0o4000 != 0 && m.uid() == 0) || has_file_caps(&path);
    Helper { path, privileged }
}

fn has_file_caps(path: &str) -> bool {
    let Ok(c) = std::ffi::CString::new(path) else { return false };
    // SAFETY: a size query (null buffer) on a NUL-terminated path.
    unsafe { libc::getxattr(c.as_ptr(), c"security.capability".as_ptr(), std::ptr::null_mut(), 0) > 0 }
}

fn usable(dev: &str) -> bool {
    std::fs::OpenOptions::new().read(true).write(true).open(dev).is_ok()
}

/// Free bytes on the filesystem of `path` or its nearest existing parent.
fn free_space(path: &Path) -> Option<u64> {
    let existing = path.ancestors().find(|p| p.exists())?;
    let s = nix::sys::statvfs::statvfs(existing).ok()?;
    Some(s.blocks_available() as u64 * s.fragment_size() as u64)
}

/// The controllers delegated to our cgroup's parent (systemd's user@UID.service).
fn delegated_controllers() -> Option<String> {
    let own = std::fs::read_to_string("/proc/self/cgroup").ok()?;
    let rel = own.lines().find_map(|l| l.strip_prefix("0::"))?;
    let dir = Path::new("/sys/fs/cgroup").join(rel.trim_start_matches('/'));
    // Walk up to the first cgroup the user owns: what is delegated is what its
    // cgroup.controllers lists.
    let uid = nix::unistd::getuid().as_raw();
    dir.ancestors()
        .take_while(|d| d.starts_with("/sys/fs/cgroup") && *d != Path::new("/sys/fs/cgroup"))
        .filter(|d| std::fs::metadata(d).is_ok_and(|m| m.uid() == uid))
        .last()
        .and_then(|d| std::fs::read_to_string(d.join("cgroup.controllers")).ok())
        .or(Some(String::new()))
}

/// Reads the host for the current user.
pub fn gather(engine: &Engine) -> Facts {
    let uid = nix::unistd::getuid().as_raw();
    let user = nix::unistd::User::from_uid(uid.into()).ok().flatten().map_or_else(|| uid.to_string(), |u| u.name);
    let xdg = std::env::var("XDG_RUNTIME_DIR").ok().filter(|s| !s.is_empty());
    let xdg_owner = xdg.as_ref().and_then(|d| std::fs::metadata(d).ok()).map(|m| m.uid());
    let cgroup_v2 = nix::sys::statfs::statfs("/sys/fs/cgroup").is_ok_and(|s| s.filesystem_type() == nix::sys::statfs::CGROUP2_SUPER_MAGIC);
    let mut auth_files = Vec::new();
    for p in crate::config::auth::search_paths() {
        let Ok(m) = std::fs::metadata(&p) else { continue };
        let error = match std::fs::read(&p) {
            Ok(b) => serde_json::from_slice::<serde_json::Value>(&b).err().map(|e| format!("not valid JSON: {e}")),
            Err(e) => Some(format!("cannot read it: {e}")),
        };
        auth_files.push((p, m.mode(), error));
    }
    Facts {
        subuid: std::fs::read_to_string("/etc/subuid").unwrap_or_default(),
        subgid: std::fs::read_to_string("/etc/subgid").unwrap_or_default(),
        newuidmap: find_helper("newuidmap"),
        newgidmap: find_helper("newgidmap"),
        max_user_namespaces: read_number("/proc/sys/user/max_user_namespaces"),
        unprivileged_userns_clone: read_number("/proc/sys/kernel/unprivileged_userns_clone"),
        apparmor_restrict_userns: read_number("/proc/sys/kernel/apparmor_restrict_unprivileged_userns"),
        native_overlay: super::info::native_overlay_supported(),
        fuse_overlayfs: super::info::which("fuse-overlayfs"),
        dev_fuse: usable("/dev/fuse"),
        dev_net_tun: usable("/dev/net/tun"),
        slirp4netns: super::info::which("slirp4netns"),
        pasta: super::info::which("pasta"),
        xdg_runtime_dir: xdg,
        xdg_runtime_dir_owner: xdg_owner,
        systemd: Path::new("/run/systemd/system").is_dir(),
        linger: Path::new("/var/lib/systemd/linger").join(&user).exists(),
        cgroup_v2,
        delegated: if cgroup_v2 { delegated_controllers() } else { None },
        unprivileged_port_start: read_number("/proc/sys/net/ipv4/ip_unprivileged_port_start").map(|n| n as u32),
        storage_free: free_space(&engine.paths.root),
        storage: engine.paths.root.clone(),
        registries_error: crate::config::registries::RegistriesConf::load().err().map(|e| format!("{e:#}")),
        auth_files,
        user,
        uid,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn healthy() -> Facts {
        Facts {
            user: "alice".into(),
            uid: 1000,
            subuid: "alice:100000:65536\n".into(),
            subgid: "alice:100000:65536\n".into(),
            newuidmap: Helper { path: "/usr/bin/newuidmap".into(), privileged: true },
            newgidmap: Helper { path: "/usr/bin/newgidmap".into(), privileged: true },
            max_user_namespaces: Some(28633),
            native_overlay: true,
            dev_fuse: true,
            dev_net_tun: true,
            slirp4netns: "/usr/bin/slirp4netns".into(),
            xdg_runtime_dir: Some("/run/user/1000".into()),
            xdg_runtime_dir_owner: Some(1000),
            cgroup_v2: true,
            delegated: Some("cpu memory pids".into()),
            unprivileged_port_start: Some(0),
            storage: "/home/alice/.local/share/dhow".into(),
            storage_free: Some(10 << 30),
            ..Default::default()
        }
    }

    fn check(f: &Facts, name: &str) -> Finding {
        evaluate(f).into_iter().find(|x| x.check == name).unwrap()
    }

    #[test]
    fn a_good_host_is_all_ok() {
        let all = evaluate(&healthy());
        assert!(all.iter().all(|f| f.status == Level::Ok && f.fix.is_empty()), "{all:#?}");
    }

    #[test]
    fn sub_id_problems() {
        let mut f = healthy();
        f.subuid = "bob:100000:65536\n".into();
        let c = check(&f, "sub-UIDs");
        assert_eq!(c.status, Level::Fail);
        assert_eq!(c.fix, "sudo usermod --add-subuids 100000-165535 --add-subgids 100000-165535 alice");
        f.subuid = "alice:100000:1000\n".into();
        assert_eq!(check(&f, "sub-UIDs").status, Level::Warn);
        f.subuid = "alice:100000:65536\nbob:150000:65536\n".into();
        let c = check(&f, "sub-UIDs");
        assert_eq!(c.status, Level::Fail);
        assert!(c.message.contains("overlaps one of bob"), "{}", c.message);
        // By uid works too.
        f.subuid = "1000:100000:65536\n".into();
        assert_eq!(check(&f, "sub-UIDs").status, Level::Ok);
    }

    #[test]
    fn helpers_namespaces_and_devices() {
        let mut f = healthy();
        f.newuidmap = Helper::default();
        assert!(check(&f, "newuidmap").fix.contains("apt-get install uidmap"));
        f.newgidmap.privileged = false;
        assert_eq!(check(&f, "newgidmap").fix, "sudo chmod u+s /usr/bin/newgidmap");
        let mut f = healthy();
        f.apparmor_restrict_userns = Some(1);
        assert!(check(&f, "user namespaces").fix.contains("apparmor_restrict_unprivileged_userns=0"));
        f.unprivileged_userns_clone = Some(0);
        assert!(check(&f, "user namespaces").fix.contains("unprivileged_userns_clone=1"));
        f.max_user_namespaces = Some(0);
        assert!(check(&f, "user namespaces").fix.contains("max_user_namespaces"));
        let mut f = healthy();
        f.dev_net_tun = false;
        let c = check(&f, "devices");
        assert_eq!((c.status, c.fix.as_str()), (Level::Fail, "sudo modprobe tun && sudo chmod 0666 /dev/net/tun"));
        f.dev_net_tun = true;
        f.dev_fuse = false;
        assert_eq!(check(&f, "devices").status, Level::Warn);
        f.native_overlay = false;
        assert_eq!(check(&f, "overlay").status, Level::Fail);
    }

    #[test]
    fn network_runtime_dir_linger_cgroups_ports_storage() {
        let mut f = healthy();
        f.slirp4netns.clear();
        assert!(check(&f, "network helper").fix.contains("apt-get install slirp4netns"));
        f.pasta = "/usr/bin/pasta".into();
        assert_eq!(check(&f, "network helper").status, Level::Ok);
        let mut f = healthy();
        f.xdg_runtime_dir_owner = Some(0);
        let c = check(&f, "XDG_RUNTIME_DIR");
        assert_eq!(c.status, Level::Fail);
        assert!(c.message.contains("belongs to uid 0") && c.fix.starts_with("export XDG_RUNTIME_DIR=/run/user/1000"), "{c:?}");
        f.xdg_runtime_dir = None;
        assert_eq!(check(&f, "XDG_RUNTIME_DIR").status, Level::Warn);
        let mut f = healthy();
        f.systemd = true;
        assert_eq!(check(&f, "linger").fix, "sudo loginctl enable-linger alice");
        f.linger = true;
        assert_eq!(check(&f, "linger").status, Level::Ok);
        f.delegated = Some(String::new());
        assert!(check(&f, "cgroups").fix.contains("Delegate="));
        f.cgroup_v2 = false;
        assert_eq!(check(&f, "cgroups").status, Level::Warn);
        f.unprivileged_port_start = Some(1024);
        assert!(check(&f, "low ports").message.contains("below 1024"));
        f.storage_free = Some(1 << 20);
        assert_eq!(check(&f, "storage").status, Level::Fail);
    }

    #[test]
    fn config_files() {
        let mut f = healthy();
        f.registries_error = Some("registries.conf: bad TOML".into());
        assert_eq!(check(&f, "registries.conf").status, Level::Fail);
        f.auth_files = vec![(PathBuf::from("/h/auth.json"), 0o644, None)];
        let c = check(&f, "auth.json");
        assert_eq!((c.status, c.fix.as_str()), (Level::Fail, "chmod 600 /h/auth.json"));
        f.auth_files = vec![(PathBuf::from("/h/auth.json"), 0o600, Some("not valid JSON".into()))];
        assert_eq!(check(&f, "auth.json").status, Level::Fail);
        f.auth_files = vec![(PathBuf::from("/h/auth.json"), 0o600, None)];
        assert_eq!(check(&f, "auth.json").status, Level::Ok);
    }
}
