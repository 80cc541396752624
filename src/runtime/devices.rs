//! Device nodes and the standard `/dev` symlinks.
//!
//! A rootless container cannot `mknod` (the kernel refuses device nodes
//! created in a user namespace), so each device is the host's node
//! bind-mounted onto an empty file in the container's `/dev`. That works
//! the same as real root, so it is used everywhere; `mknod` is only tried
//! for a spec device the host does not have.

use std::collections::BTreeMap;
use std::ffi::CString;
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::path::{Path, PathBuf};

use nix::errno::Errno;
use nix::mount::MsFlags;
use oci_spec::runtime::{LinuxDevice, LinuxDeviceType};

use super::paths::{self, Kind};
use super::syscall::{Node, Syscall};
use super::{defaults, RuntimeError};

fn err(step: impl std::fmt::Display, e: impl std::fmt::Display) -> RuntimeError {
    RuntimeError::Setup {
        step: step.to_string(),
        detail: e.to_string(),
    }
}

/// The devices to provide: OCI's default set plus the spec's, the spec
/// winning on the same path.
pub(crate) fn device_list(extra: &[LinuxDevice]) -> Vec<LinuxDevice> {
    let mut by_path: BTreeMap<PathBuf, LinuxDevice> = BTreeMap::new();
    for d in defaults::default_devices()
        .into_iter()
        .chain(extra.iter().cloned())
    {
        by_path.insert(d.path().clone(), d);
    }
    by_path.into_values().collect()
}

/// Creates every device of [`device_list`] inside the rootfs `root`.
pub(crate) fn create(
    sys: &dyn Syscall,
    root: &OwnedFd,
    extra: &[LinuxDevice],
) -> Result<(), RuntimeError> {
    for d in device_list(extra) {
        create_one(sys, root, &d)?;
    }
    Ok(())
}

fn device_number(d: &LinuxDevice) -> libc::dev_t {
    libc::makedev(d.major() as u32, d.minor() as u32)
}

fn create_one(sys: &dyn Syscall, root: &OwnedFd, d: &LinuxDevice) -> Result<(), RuntimeError> {
    let path = d.path();
    let step = format!("create device {}", path.display());
    if !path.is_absolute() || !path.starts_with("/dev") {
        return Err(RuntimeError::InvalidSpec(format!(
            "device path {} must be under /dev",
            path.display()
        )));
    }
    let want_block = matches!(d.typ(), LinuxDeviceType::B);
    // The host's node with the same path and number, if it has one.
    let host_ok = match sys.stat(path) {
        Ok(Node::Block(n)) => want_block && n == device_number(d),
        Ok(Node::Char(n)) => !want_block && n == device_number(d),
        _ => false,
    };
    if host_ok {
        let target = paths::ensure(root, path, Kind::File).map_err(|e| err(&step, e))?;
        let tpath = PathBuf::from(paths::fd_path(&target));
        return sys
            .mount(Some(path), &tpath, None, MsFlags::MS_BIND, None)
            .map_err(|e| err(&step, format!("bind host {}: {e}", path.display())));
    }
    mknod(sys, root, d).map_err(|e| match e {
        Errno::EPERM => err(
            &step,
            format!(
                "the host has no {} device {}:{} to share and creating device nodes needs real root",
                path.display(),
                d.major(),
                d.minor()
            ),
        ),
        e => err(&step, e),
    })
}

fn mknod(sys: &dyn Syscall, root: &OwnedFd, d: &LinuxDevice) -> Result<(), Errno> {
    let rel = paths::relative(d.path());
    let parent_rel = rel.parent().unwrap_or(Path::new(""));
    let parent = paths::ensure(root, parent_rel, Kind::Dir)?;
    // An O_PATH handle cannot be used with mknodat; open the directory.
    let dir = nix::fcntl::openat(
        Some(parent.as_raw_fd()),
        ".",
        nix::fcntl::OFlag::O_DIRECTORY | nix::fcntl::OFlag::O_RDONLY | nix::fcntl::OFlag::O_CLOEXEC,
        nix::sys::stat::Mode::empty(),
    )?;
    // SAFETY: `dir` was just opened and is owned here.
    let dir = unsafe { <OwnedFd as std::os::fd::FromRawFd>::from_raw_fd(dir) };
    let name = rel.file_name().ok_or(Errno::EINVAL)?;
    let cname = CString::new(name.as_encoded_bytes()).map_err(|_| Errno::EINVAL)?;
    let kind = match d.typ() {
        LinuxDeviceType::B => libc::S_IFBLK,
        LinuxDeviceType::P => libc::S_IFIFO,
        _ => libc::S_IFCHR,
    };
    let mode = d.file_mode().unwrap_or(0o666) & 0o7777;
    sys.mknodat(dir.as_fd(), &cname, kind | mode, device_number(d))?;
    let (uid, gid) = (d.uid().unwrap_or(0), d.gid().unwrap_or(0));
    sys.lchownat(dir.as_fd(), &cname, uid, gid)
}

/// The symlinks programs expect in `/dev`. Existing entries are left alone.
pub(crate) fn links(sys: &dyn Syscall, root: &OwnedFd) -> Result<(), RuntimeError> {
    let dev = match paths::resolve(root, Path::new("/dev")) {
        Ok(fd) => fd,
        Err(Errno::ENOENT) => return Ok(()),
        Err(e) => return Err(err("open /dev", e)),
    };
    let dir = nix::fcntl::openat(
        Some(dev.as_raw_fd()),
        ".",
        nix::fcntl::OFlag::O_DIRECTORY | nix::fcntl::OFlag::O_RDONLY | nix::fcntl::OFlag::O_CLOEXEC,
        nix::sys::stat::Mode::empty(),
    )
    .map_err(|e| err("open /dev", e))?;
    // SAFETY: fresh descriptor owned here.
    let dir = unsafe { <OwnedFd as std::os::fd::FromRawFd>::from_raw_fd(dir) };
    let mut list = vec![
        ("/proc/self/fd", "fd"),
        ("/proc/self/fd/0", "stdin"),
        ("/proc/self/fd/1", "stdout"),
        ("/proc/self/fd/2", "stderr"),
        ("pts/ptmx", "ptmx"),
    ];
    if sys.stat(Path::new("/proc/kcore")).is_ok() {
        list.push(("/proc/kcore", "core"));
    }
    for (target, name) in list {
        match nix::unistd::symlinkat(target, Some(dir.as_raw_fd()), name) {
            Ok(()) | Err(Errno::EEXIST) => {}
            Err(e) => return Err(err(format!("create /dev/{name}"), e)),
        }
    }
    Ok(())
}

/// `statfs` magic of devpts, to be sure `/dev/pts/ptmx` is a devpts
/// instance's multiplexer and not a device node of the image.
const DEVPTS_SUPER_MAGIC: libc::c_long = 0x1cd1;

/// A pseudo-terminal of the container's own devpts instance.
#[derive(Debug)]
pub(crate) struct Pty {
    /// Handed to the caller (the monitor), which reads output, writes input
    /// and sets the window size through it.
    pub master: OwnedFd,
    /// The container process's stdin/stdout/stderr and controlling terminal.
    pub slave: OwnedFd,
}

/// Creates the container's terminal the way runc does for
/// `--console-socket`: the pty comes from the devpts mounted at `/dev/pts`
/// in the container (so inside, `tty` says `/dev/pts/0` and
/// `/dev/pts` lists it, as with docker), its slave is given to `owner`
/// (the process user, who may reopen it) and bound at `/dev/console`.
///
/// The slave is taken with `TIOCGPTPEER` from the master rather than opened
/// by name: no path lookup can be redirected by the container's files.
/// Unlocks the pty whose master is `master` and opens its slave through
/// the master itself (`TIOCGPTPEER`), so the slave is surely this pty's even
/// in a devpts of another mount namespace. Close-on-exec, not a controlling
/// terminal.
pub fn pty_peer(master: &OwnedFd) -> std::io::Result<OwnedFd> {
    let unlock: libc::c_int = 0;
    // SAFETY: TIOCSPTLCK reads an int from a valid pointer (unlockpt).
    if unsafe { libc::ioctl(master.as_raw_fd(), libc::TIOCSPTLCK, &unlock) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: TIOCGPTPEER returns a new descriptor or -1.
    let slave = unsafe { libc::ioctl(master.as_raw_fd(), libc::TIOCGPTPEER, libc::O_RDWR | libc::O_NOCTTY | libc::O_CLOEXEC) };
    if slave < 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: fresh descriptor from the kernel.
    Ok(unsafe { <OwnedFd as std::os::fd::FromRawFd>::from_raw_fd(slave) })
}

pub(crate) fn console(sys: &dyn Syscall, root: &OwnedFd, owner: u32) -> Result<Pty, RuntimeError> {
    let step = "create the container's terminal";
    let ptmx = paths::resolve(root, Path::new("/dev/pts/ptmx")).map_err(|e| {
        err(
            step,
            format!("/dev/pts/ptmx: {e} (a terminal needs devpts mounted at /dev/pts in the spec)"),
        )
    })?;
    // SAFETY: fstatfs fills a zeroed struct from a valid descriptor.
    let mut fs: libc::statfs = unsafe { std::mem::zeroed() };
    if unsafe { libc::fstatfs(ptmx.as_raw_fd(), &mut fs) } != 0 {
        return Err(err(step, format!("/dev/pts/ptmx: {}", Errno::last())));
    }
    if fs.f_type as libc::c_long != DEVPTS_SUPER_MAGIC {
        return Err(err(
            step,
            "/dev/pts is not a devpts mount (a terminal needs devpts mounted at /dev/pts in the spec)",
        ));
    }
    let master = nix::fcntl::open(
        paths::fd_path(&ptmx).as_str(),
        nix::fcntl::OFlag::O_RDWR | nix::fcntl::OFlag::O_NOCTTY | nix::fcntl::OFlag::O_CLOEXEC,
        nix::sys::stat::Mode::empty(),
    )
    .map_err(|e| err(step, format!("open /dev/pts/ptmx: {e}")))?;
    // SAFETY: fresh descriptor owned here.
    let master = unsafe { <OwnedFd as std::os::fd::FromRawFd>::from_raw_fd(master) };
    let slave = pty_peer(&master).map_err(|e| err(step, format!("open the terminal's slave: {e}")))?;
    nix::unistd::fchown(slave.as_raw_fd(), Some(nix::unistd::Uid::from_raw(owner)), None)
        .map_err(|e| err(step, format!("give the terminal to uid {owner}: {e}")))?;
    let target =
        paths::ensure(root, Path::new("/dev/console"), Kind::File).map_err(|e| err(step, e))?;
    // Through /proc/self/fd the bind names exactly this slave, in the devpts
    // instance of our own mount namespace.
    let (source, tpath) = (paths::fd_path(&slave), paths::fd_path(&target));
    sys.mount(
        Some(Path::new(&source)),
        Path::new(&tpath),
        None,
        MsFlags::MS_BIND,
        None,
    )
    .map_err(|e| err("bind the terminal at /dev/console", e))?;
    Ok(Pty { master, slave })
}

#[cfg(test)]
mod tests {
    use super::*;
    use oci_spec::runtime::LinuxDeviceBuilder;

    #[test]
    fn spec_devices_extend_and_override_defaults() {
        let fuse = LinuxDeviceBuilder::default()
            .path(PathBuf::from("/dev/fuse"))
            .typ(LinuxDeviceType::C)
            .major(10i64)
            .minor(229i64)
            .build()
            .unwrap();
        let null = LinuxDeviceBuilder::default()
            .path(PathBuf::from("/dev/null"))
            .typ(LinuxDeviceType::C)
            .major(1i64)
            .minor(3i64)
            .file_mode(0o600u32)
            .build()
            .unwrap();
        let list = device_list(&[fuse, null]);
        assert_eq!(list.len(), 7);
        let n = list
            .iter()
            .find(|d| d.path() == Path::new("/dev/null"))
            .unwrap();
        assert_eq!(n.file_mode(), Some(0o600));
        assert!(list.iter().any(|d| d.path() == Path::new("/dev/fuse")));
    }

    #[test]
    fn device_numbers() {
        let d = &defaults::default_devices()[0];
        assert_eq!(device_number(d), libc::makedev(1, 3));
    }
}
