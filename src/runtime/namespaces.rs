//! Namespaces: which to create, which to join, ID maps, the loopback device.

use std::fs::File;
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::os::unix::fs::MetadataExt;
use std::path::Path;

use nix::errno::Errno;
use nix::sched::CloneFlags;
use nix::unistd::Pid;
use oci_spec::runtime::{Linux, LinuxIdMapping, LinuxNamespaceType, Spec};

use super::RuntimeError;

/// The clone flag of a namespace type.
pub(crate) fn flag(t: LinuxNamespaceType) -> CloneFlags {
    match t {
        LinuxNamespaceType::Mount => CloneFlags::CLONE_NEWNS,
        LinuxNamespaceType::Cgroup => CloneFlags::CLONE_NEWCGROUP,
        LinuxNamespaceType::Uts => CloneFlags::CLONE_NEWUTS,
        LinuxNamespaceType::Ipc => CloneFlags::CLONE_NEWIPC,
        LinuxNamespaceType::User => CloneFlags::CLONE_NEWUSER,
        LinuxNamespaceType::Pid => CloneFlags::CLONE_NEWPID,
        LinuxNamespaceType::Network => CloneFlags::CLONE_NEWNET,
        // Not representable in clone(2)'s flags; refused in `plan`.
        LinuxNamespaceType::Time => CloneFlags::empty(),
    }
}

/// What the spec's `linux.namespaces` asks for.
#[derive(Debug)]
pub(crate) struct Plan {
    /// Namespaces to create with `clone(2)`.
    pub new: CloneFlags,
    /// Namespaces to join with `setns(2)` in the child, user namespace first
    /// (joining it first gives us the capabilities to join the others).
    pub join: Vec<(CloneFlags, OwnedFd)>,
    /// A pid namespace to join. A process cannot change its own pid
    /// namespace, so the parent switches the namespace for its children
    /// around the `clone`.
    pub join_pid: Option<OwnedFd>,
    /// The user namespace was joined at `clone` (by the helper, see
    /// `process::inherited_at_clone`), no longer listed in `join`.
    pub joined_user_at_clone: bool,
}

impl Plan {
    pub fn creates(&self, f: CloneFlags) -> bool {
        self.new.contains(f)
    }
}

fn open_ns(path: &Path) -> Result<OwnedFd, RuntimeError> {
    File::open(path)
        .map(OwnedFd::from)
        .map_err(|e| RuntimeError::setup(&format!("open namespace {}", path.display()), e))
}

/// Reads the spec's namespaces, opening the ones given by path now so a
/// wrong path is reported before anything is created.
pub(crate) fn plan(spec: &Spec) -> Result<Plan, RuntimeError> {
    let mut p = Plan {
        new: CloneFlags::empty(),
        join: Vec::new(),
        join_pid: None,
        joined_user_at_clone: false,
    };
    let list = spec
        .linux()
        .as_ref()
        .and_then(|l| l.namespaces().as_deref())
        .unwrap_or(&[]);
    let mut seen = CloneFlags::empty();
    for ns in list {
        let t = ns.typ();
        if t == LinuxNamespaceType::Time {
            return Err(RuntimeError::InvalidSpec(
                "time namespaces are not supported".into(),
            ));
        }
        let f = flag(t);
        if seen.contains(f) {
            return Err(RuntimeError::InvalidSpec(format!(
                "namespace {t} is listed twice"
            )));
        }
        seen |= f;
        match ns.path() {
            None => p.new |= f,
            Some(path) if path.as_os_str().is_empty() => p.new |= f,
            Some(path) => {
                let fd = open_ns(path)?;
                if t == LinuxNamespaceType::Pid {
                    p.join_pid = Some(fd);
                } else if t == LinuxNamespaceType::User {
                    p.join.insert(0, (f, fd));
                } else {
                    p.join.push((f, fd));
                }
            }
        }
    }
    if p.new.contains(CloneFlags::CLONE_NEWUSER) {
        let linux = spec.linux().as_ref();
        let has = |m: Option<&Vec<LinuxIdMapping>>| m.is_some_and(|v| !v.is_empty());
        if !has(linux.and_then(|l| l.uid_mappings().as_ref()))
            || !has(linux.and_then(|l| l.gid_mappings().as_ref()))
        {
            return Err(RuntimeError::InvalidSpec(
                "a new user namespace needs linux.uidMappings and linux.gidMappings".into(),
            ));
        }
    }
    Ok(p)
}

/// The `/proc/PID/uid_map` text for `maps`.
pub(crate) fn map_text(maps: &[LinuxIdMapping]) -> String {
    maps.iter()
        .map(|m| format!("{} {} {}\n", m.container_id(), m.host_id(), m.size()))
        .collect()
}

/// Parent side: writes the child's ID maps. We are root in the user
/// namespace that owns the child's, so we may write any mapping onto IDs
/// mapped in ours, without `newuidmap`.
pub(crate) fn write_id_maps(pid: Pid, linux: Option<&Linux>) -> Result<(), RuntimeError> {
    let uid = linux
        .and_then(|l| l.uid_mappings().as_deref())
        .unwrap_or(&[]);
    let gid = linux
        .and_then(|l| l.gid_mappings().as_deref())
        .unwrap_or(&[]);
    for (file, maps) in [("uid_map", uid), ("gid_map", gid)] {
        let path = format!("/proc/{pid}/{file}");
        std::fs::write(&path, map_text(maps)).map_err(|e| {
            RuntimeError::setup(
                &format!("write {file}"),
                format!("{e} (mapping {:?}; the host IDs must be mapped in the caller's user namespace)", map_text(maps).trim()),
            )
        })?;
    }
    Ok(())
}

/// Child side: joins the namespaces given by path.
pub(crate) fn join(list: &[(CloneFlags, OwnedFd)]) -> Result<(), RuntimeError> {
    for (f, fd) in list {
        nix::sched::setns(fd.as_fd(), *f).map_err(|e| {
            let hint = if *f == CloneFlags::CLONE_NEWNET && e == Errno::EPERM {
                " (a network namespace of another user namespace cannot be joined from a new user namespace)"
            } else {
                ""
            };
            RuntimeError::setup("join namespace", format!("{f:?}: {e}{hint}"))
        })?;
    }
    Ok(())
}

/// Inode of a namespace file: two processes share a namespace when these
/// are equal.
pub(crate) fn ns_inode(path: &str) -> Option<u64> {
    std::fs::metadata(path).ok().map(|m| m.ino())
}

/// Creates a process in new namespaces `flags`, like `fork` otherwise: the
/// child continues from here on a copy of the parent's memory. Returns
/// `None` in the child.
///
/// Raw `clone(2)` is used because `fork` cannot create a pid namespace for
/// the child itself. The caller is single-threaded, so no lock can be held
/// by a thread that does not exist in the child.
pub(crate) fn clone_process(flags: CloneFlags) -> Result<Option<Pid>, Errno> {
    if flags.is_empty() {
        // Plain fork(3), not the raw syscall: libc's fork takes and resets
        // its malloc and stdio locks around the fork, so a child of a
        // multithreaded parent (a monitor with its port relay or health
        // check, a test harness) cannot inherit a lock another thread held
        // and hang on its first allocation. The raw clone below skips that.
        // SAFETY: the child only does what the caller's child path does
        // (setns, dup2, exec or _exit).
        return match unsafe { libc::fork() } {
            -1 => Err(Errno::last()),
            0 => Ok(None),
            pid => Ok(Some(Pid::from_raw(pid))),
        };
    }
    let raw = flags.bits() as libc::c_ulong | libc::SIGCHLD as libc::c_ulong;
    // SAFETY: with a null stack the child runs on a copy-on-write copy of
    // our stack, exactly like fork(2); the remaining arguments are unused.
    let rc = unsafe { libc::syscall(libc::SYS_clone, raw, 0usize, 0usize, 0usize, 0usize) };
    match rc {
        -1 => Err(Errno::last()),
        0 => Ok(None),
        pid => Ok(Some(Pid::from_raw(pid as i32))),
    }
}

/// Brings up `lo` in a new network namespace, where it starts down; many
/// programs expect 127.0.0.1 to work even without other networking.
pub(crate) fn loopback_up() -> Result<(), RuntimeError> {
    let step = "bring up the loopback interface";
    // SAFETY: plain socket(2); the descriptor is owned below.
    let s = unsafe { libc::socket(libc::AF_INET, libc::SOCK_DGRAM | libc::SOCK_CLOEXEC, 0) };
    if s < 0 {
        return Err(RuntimeError::setup(step, Errno::last()));
    }
    // SAFETY: fresh descriptor.
    let sock = unsafe { <OwnedFd as std::os::fd::FromRawFd>::from_raw_fd(s) };
    // SAFETY: ifreq is plain data; zero is a valid value.
    let mut req: libc::ifreq = unsafe { std::mem::zeroed() };
    for (dst, src) in req.ifr_name.iter_mut().zip(b"lo\0") {
        *dst = *src as libc::c_char;
    }
    // SAFETY: valid socket and ifreq for these requests.
    unsafe {
        if libc::ioctl(sock.as_raw_fd(), libc::SIOCGIFFLAGS as _, &mut req) < 0 {
            return Err(RuntimeError::setup(step, Errno::last()));
        }
        req.ifr_ifru.ifru_flags |= libc::IFF_UP as libc::c_short;
        if libc::ioctl(sock.as_raw_fd(), libc::SIOCSIFFLAGS as _, &req) < 0 {
            return Err(RuntimeError::setup(step, Errno::last()));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use oci_spec::runtime::{
        LinuxBuilder, LinuxIdMappingBuilder, LinuxNamespaceBuilder, SpecBuilder,
    };

    fn spec_with(ns: Vec<oci_spec::runtime::LinuxNamespace>, maps: bool) -> Spec {
        let mut l = LinuxBuilder::default().namespaces(ns);
        if maps {
            let m = LinuxIdMappingBuilder::default()
                .container_id(0u32)
                .host_id(1000u32)
                .size(1u32)
                .build()
                .unwrap();
            l = l.uid_mappings(vec![m]).gid_mappings(vec![m]);
        }
        SpecBuilder::default()
            .linux(l.build().unwrap())
            .build()
            .unwrap()
    }

    fn ns(t: LinuxNamespaceType) -> oci_spec::runtime::LinuxNamespace {
        LinuxNamespaceBuilder::default().typ(t).build().unwrap()
    }

    #[test]
    fn new_namespaces_become_clone_flags() {
        let s = spec_with(
            vec![
                ns(LinuxNamespaceType::Pid),
                ns(LinuxNamespaceType::Mount),
                ns(LinuxNamespaceType::Network),
            ],
            false,
        );
        let p = plan(&s).unwrap();
        assert_eq!(
            p.new,
            CloneFlags::CLONE_NEWPID | CloneFlags::CLONE_NEWNS | CloneFlags::CLONE_NEWNET
        );
        assert!(p.join.is_empty() && p.join_pid.is_none());
    }

    #[test]
    fn paths_are_opened_and_user_goes_first() {
        let net = LinuxNamespaceBuilder::default()
            .typ(LinuxNamespaceType::Network)
            .path("/proc/self/ns/net")
            .build()
            .unwrap();
        let user = LinuxNamespaceBuilder::default()
            .typ(LinuxNamespaceType::User)
            .path("/proc/self/ns/user")
            .build()
            .unwrap();
        let p = plan(&spec_with(vec![net, user], false)).unwrap();
        assert_eq!(p.join.len(), 2);
        assert_eq!(p.join[0].0, CloneFlags::CLONE_NEWUSER);
        let bad = LinuxNamespaceBuilder::default()
            .typ(LinuxNamespaceType::Ipc)
            .path("/nonexistent/ns")
            .build()
            .unwrap();
        assert!(plan(&spec_with(vec![bad], false)).is_err());
    }

    #[test]
    fn user_namespace_needs_maps() {
        assert!(plan(&spec_with(vec![ns(LinuxNamespaceType::User)], false)).is_err());
        assert!(plan(&spec_with(vec![ns(LinuxNamespaceType::User)], true)).is_ok());
        assert!(plan(&spec_with(vec![ns(LinuxNamespaceType::Time)], false)).is_err());
        assert!(plan(&spec_with(
            vec![ns(LinuxNamespaceType::Pid), ns(LinuxNamespaceType::Pid)],
            false
        ))
        .is_err());
    }

    #[test]
    fn map_text_format() {
        let a = LinuxIdMappingBuilder::default()
            .container_id(0u32)
            .host_id(1000u32)
            .size(1u32)
            .build()
            .unwrap();
        let b = LinuxIdMappingBuilder::default()
            .container_id(1u32)
            .host_id(100000u32)
            .size(65536u32)
            .build()
            .unwrap();
        assert_eq!(map_text(&[a, b]), "0 1000 1\n1 100000 65536\n");
    }
}
