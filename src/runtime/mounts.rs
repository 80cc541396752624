//! The container's root filesystem: mounts, `pivot_root`, masked and
//! read-only paths.
//!
//! Runs in the container init after it has its own mount namespace and before
//! credentials are dropped. Two phases: [`prepare`] works with host paths
//! (bind sources, the host's device nodes, `/sys` for the fallback) and ends
//! with `pivot_root`; [`finish`] then works inside the container. Both make
//! their privileged calls through [`Syscall`], so the whole sequence is
//! unit-tested with a recording double (`rootfs_tests.rs`).

use std::os::fd::{AsFd, OwnedFd};
use std::path::{Path, PathBuf};

use nix::errno::Errno;
use nix::mount::{MntFlags, MsFlags};
use oci_spec::runtime::{Mount, Spec};

use super::paths::{self, Kind};
use super::syscall::{Linux, Node, Syscall};
use super::{devices, RuntimeError};

/// Parsed fstab-style options of an OCI mount.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MountOptions {
    /// Flags to set (`ro`, `nosuid`, ...).
    pub flags: MsFlags,
    /// Flags explicitly asked off (`rw`, `suid`, ...).
    pub clear: MsFlags,
    /// The last propagation option (`rprivate`, `shared`, ...), if any.
    pub propagation: Option<MsFlags>,
    /// `bind` or `rbind` was given.
    pub bind: bool,
    /// `rbind`: bind the whole subtree.
    pub recursive: bool,
    /// Everything else, passed to the filesystem (`mode=755`, `size=64m`).
    pub data: Vec<String>,
}

impl Default for MountOptions {
    fn default() -> Self {
        MountOptions {
            flags: MsFlags::empty(),
            clear: MsFlags::empty(),
            propagation: None,
            bind: false,
            recursive: false,
            data: Vec::new(),
        }
    }
}

impl MountOptions {
    /// Filesystem options joined for `mount(2)`'s data argument.
    pub fn data_string(&self) -> String {
        self.data.join(",")
    }
}

/// Splits OCI mount options into mount flags, propagation and filesystem
/// data, following `mount(8)`'s names. Options that only mean something to
/// other engines (podman's `z`, `Z`, `U`, `tmpcopyup`...) are dropped
/// rather than passed to the kernel, which would reject them.
pub fn parse_mount_options(options: &[String]) -> MountOptions {
    let mut o = MountOptions::default();
    for opt in options {
        let (set, clear): (MsFlags, MsFlags) = match opt.as_str() {
            "defaults" => (MsFlags::empty(), MsFlags::empty()),
            "ro" | "rro" => (MsFlags::MS_RDONLY, MsFlags::empty()),
            "rw" | "rrw" => (MsFlags::empty(), MsFlags::MS_RDONLY),
            "nosuid" => (MsFlags::MS_NOSUID, MsFlags::empty()),
            "suid" => (MsFlags::empty(), MsFlags::MS_NOSUID),
            "nodev" => (MsFlags::MS_NODEV, MsFlags::empty()),
            "dev" => (MsFlags::empty(), MsFlags::MS_NODEV),
            "noexec" => (MsFlags::MS_NOEXEC, MsFlags::empty()),
            "exec" => (MsFlags::empty(), MsFlags::MS_NOEXEC),
            "sync" => (MsFlags::MS_SYNCHRONOUS, MsFlags::empty()),
            "async" => (MsFlags::empty(), MsFlags::MS_SYNCHRONOUS),
            "dirsync" => (MsFlags::MS_DIRSYNC, MsFlags::empty()),
            "mand" => (MsFlags::MS_MANDLOCK, MsFlags::empty()),
            "nomand" => (MsFlags::empty(), MsFlags::MS_MANDLOCK),
            "noatime" => (MsFlags::MS_NOATIME, MsFlags::empty()),
            "atime" => (MsFlags::empty(), MsFlags::MS_NOATIME),
            "nodiratime" => (MsFlags::MS_NODIRATIME, MsFlags::empty()),
            "diratime" => (MsFlags::empty(), MsFlags::MS_NODIRATIME),
            "relatime" => (MsFlags::MS_RELATIME, MsFlags::empty()),
            "norelatime" => (MsFlags::empty(), MsFlags::MS_RELATIME),
            "strictatime" => (MsFlags::MS_STRICTATIME, MsFlags::empty()),
            "nostrictatime" => (MsFlags::empty(), MsFlags::MS_STRICTATIME),
            "remount" => (MsFlags::MS_REMOUNT, MsFlags::empty()),
            "bind" => {
                o.bind = true;
                continue;
            }
            "rbind" => {
                o.bind = true;
                o.recursive = true;
                continue;
            }
            "z" | "Z" | "U" | "tmpcopyup" | "notmpcopyup" | "copy-symlink" | "idmap" | "ridmap"
            | "nocopy" | "copy" => continue,
            other => {
                if let Some(p) = propagation_flags(other) {
                    o.propagation = Some(p);
                } else {
                    o.data.push(other.to_string());
                }
                continue;
            }
        };
        o.flags = (o.flags - clear) | set;
        o.clear = (o.clear - set) | clear;
    }
    o
}

/// Propagation option names to flags.
fn propagation_flags(name: &str) -> Option<MsFlags> {
    Some(match name {
        "private" => MsFlags::MS_PRIVATE,
        "rprivate" => MsFlags::MS_PRIVATE | MsFlags::MS_REC,
        "shared" => MsFlags::MS_SHARED,
        "rshared" => MsFlags::MS_SHARED | MsFlags::MS_REC,
        "slave" => MsFlags::MS_SLAVE,
        "rslave" => MsFlags::MS_SLAVE | MsFlags::MS_REC,
        "unbindable" => MsFlags::MS_UNBINDABLE,
        "runbindable" => MsFlags::MS_UNBINDABLE | MsFlags::MS_REC,
        _ => return None,
    })
}

fn err(step: impl std::fmt::Display, e: impl std::fmt::Display) -> RuntimeError {
    RuntimeError::Setup {
        step: step.to_string(),
        detail: e.to_string(),
    }
}

const ATIME_FLAGS: MsFlags = MsFlags::MS_NOATIME
    .union(MsFlags::MS_RELATIME)
    .union(MsFlags::MS_STRICTATIME)
    .union(MsFlags::MS_NODIRATIME);

/// Remounts the bind mount at `path` with `want` set, keeping the flags
/// the kernel locked on it (see [`Syscall::mount_flags`]); a remount that
/// dropped them would fail with `EPERM`.
fn bind_remount(sys: &dyn Syscall, path: &Path, fd: &OwnedFd, want: MsFlags) -> Result<(), Errno> {
    let mut keep = sys.mount_flags(fd.as_fd());
    if want.intersects(ATIME_FLAGS) {
        keep -= ATIME_FLAGS;
    }
    let flags = MsFlags::MS_BIND | MsFlags::MS_REMOUNT | want | keep;
    sys.mount(None, path, None, flags, None)
}

/// How the init should treat the spec's `root` and `mounts`.
pub(crate) struct Rootfs {
    /// `linux.rootfsPropagation` to apply to `/` after `pivot_root`, when
    /// it is a shared one (which cannot be set before).
    pub shared_after: Option<MsFlags>,
    /// The container's terminal, when one was asked for.
    pub console: Option<devices::Pty>,
}

/// Phase one: sets propagation, binds the rootfs onto itself, performs the
/// spec's mounts and device setup inside it, and pivots into it.
///
/// `terminal_owner` (the process uid) asks for a terminal: a pty of the
/// container's devpts, bound at `/dev/console` and returned in
/// [`Rootfs::console`].
pub(crate) fn prepare(spec: &Spec, terminal_owner: Option<u32>) -> Result<Rootfs, RuntimeError> {
    prepare_with(&Linux, spec, terminal_owner)
}

/// [`prepare`] through `sys`.
pub(crate) fn prepare_with(
    sys: &dyn Syscall,
    spec: &Spec,
    terminal_owner: Option<u32>,
) -> Result<Rootfs, RuntimeError> {
    let root = spec
        .root()
        .as_ref()
        .ok_or_else(|| RuntimeError::InvalidSpec("root.path is missing".into()))?;
    let path = root.path().clone();
    if !path.is_absolute() {
        return Err(RuntimeError::InvalidSpec(format!(
            "root.path {} must be absolute",
            path.display()
        )));
    }
    let linux = spec.linux().as_ref();

    // Mount events in the container must not reach the host (and host events
    // should reach the container only when asked): `rslave` by default, as
    // runc. Shared propagation would make pivot_root fail, so it is applied
    // after the pivot.
    let wanted = match linux.and_then(|l| l.rootfs_propagation().as_deref()) {
        None | Some("") => MsFlags::MS_SLAVE | MsFlags::MS_REC,
        Some(p) => propagation_flags(p)
            .ok_or_else(|| RuntimeError::InvalidSpec(format!("unknown rootfsPropagation {p:?}")))?,
    };
    let shared = wanted.contains(MsFlags::MS_SHARED);
    let first = if shared {
        MsFlags::MS_SLAVE | MsFlags::MS_REC
    } else {
        wanted
    };
    sys.mount(None, Path::new("/"), None, first, None)
        .map_err(|e| err("set mount propagation of /", e))?;

    // pivot_root needs the new root to be a mount point; binding the rootfs
    // onto itself makes it one even when the caller's rootfs is a plain dir.
    sys.mount(
        Some(&path),
        &path,
        None,
        MsFlags::MS_BIND | MsFlags::MS_REC,
        None,
    )
    .map_err(|e| err(format!("bind rootfs {}", path.display()), e))?;
    let root_fd =
        paths::open_dir(&path).map_err(|e| err(format!("open rootfs {}", path.display()), e))?;

    for m in spec.mounts().as_deref().unwrap_or(&[]) {
        mount_one(sys, &root_fd, m)?;
    }

    let extra = linux.and_then(|l| l.devices().as_deref()).unwrap_or(&[]);
    devices::create(sys, &root_fd, extra)?;
    devices::links(sys, &root_fd)?;
    let console = match terminal_owner {
        Some(uid) => Some(devices::console(sys, &root_fd, uid)?),
        None => None,
    };

    pivot(sys, &path)?;
    Ok(Rootfs {
        shared_after: shared.then_some(wanted),
        console,
    })
}

/// `pivot_root(".", ".")` stacks the old root under the new one at `/`;
/// detaching it leaves only the container's tree. The old root is made a
/// slave first so the detach does not propagate to the host's mounts.
fn pivot(sys: &dyn Syscall, path: &Path) -> Result<(), RuntimeError> {
    let dot = Path::new(".");
    sys.chdir(path).map_err(|e| err("chdir to rootfs", e))?;
    sys.pivot_root(dot, dot).map_err(|e| err("pivot_root", e))?;
    sys.mount(None, dot, None, MsFlags::MS_SLAVE | MsFlags::MS_REC, None)
        .map_err(|e| err("make old root a slave", e))?;
    sys.umount2(dot, MntFlags::MNT_DETACH)
        .map_err(|e| err("detach old root", e))?;
    sys.chdir(Path::new("/")).map_err(|e| err("chdir /", e))?;
    Ok(())
}

/// Performs one entry of `spec.mounts`.
fn mount_one(sys: &dyn Syscall, root: &OwnedFd, m: &Mount) -> Result<(), RuntimeError> {
    let dest = m.destination();
    let typ = m.typ().as_deref().unwrap_or("");
    let opts = parse_mount_options(m.options().as_deref().unwrap_or(&[]));
    let step = format!("mount {}", dest.display());
    if !dest.is_absolute() {
        return Err(RuntimeError::InvalidSpec(format!(
            "mount destination {} must be absolute",
            dest.display()
        )));
    }
    // cgroup v1 without delegation: the container cannot get a cgroup of
    // its own, so no cgroup filesystem is shown to it.
    if typ == "cgroup" || typ == "cgroup2" {
        return Ok(());
    }
    if opts.bind || typ == "bind" {
        let source = m.source().as_ref().ok_or_else(|| {
            RuntimeError::InvalidSpec(format!("bind mount {} has no source", dest.display()))
        })?;
        bind_path(sys, root, source, dest, opts.flags, opts.recursive, &step)?;
        return set_propagation(sys, root, dest, &opts, &step);
    }

    let target = paths::ensure(root, dest, Kind::Dir).map_err(|e| err(&step, e))?;
    let tpath = PathBuf::from(paths::fd_path(&target));
    let source = m
        .source()
        .as_ref()
        .map(|s| s.to_string_lossy().into_owned());
    let source = PathBuf::from(source.unwrap_or_else(|| typ.to_string()));
    let data = opts.data_string();
    let data_opt = (!data.is_empty()).then_some(data.as_str());
    let res = sys.mount(Some(&source), &tpath, Some(typ), opts.flags, data_opt);
    match (typ, res) {
        (_, Ok(())) => {}
        // In a user namespace sysfs can be mounted only together with a
        // network namespace owned by it; otherwise show the host's /sys
        // read-only, as podman does for rootless containers.
        ("sysfs", Err(Errno::EPERM)) => {
            let flags = opts.flags | MsFlags::MS_RDONLY;
            return bind_path(sys, root, Path::new("/sys"), dest, flags, true, &step);
        }
        // proc needs a pid namespace owned by our user namespace; with the
        // host's (`--pid host` rootless) show the host's, as crun does.
        ("proc", Err(Errno::EPERM)) => {
            return bind_path(sys, root, Path::new("/proc"), dest, opts.flags, true, &step);
        }
        // mqueue needs an IPC namespace owned by our user namespace: fall
        // back to the host's, or go without.
        ("mqueue", Err(Errno::EPERM)) => {
            if matches!(sys.stat(Path::new("/dev/mqueue")), Ok(Node::Dir)) {
                let host = Path::new("/dev/mqueue");
                return bind_path(sys, root, host, dest, opts.flags, false, &step);
            }
            return Ok(());
        }
        // gid=5 is invalid when group 5 is not mapped (single-ID rootless).
        ("devpts", Err(Errno::EINVAL)) if opts.data.iter().any(|d| d.starts_with("gid=")) => {
            let data: Vec<&str> = opts
                .data
                .iter()
                .filter(|d| !d.starts_with("gid="))
                .map(String::as_str)
                .collect();
            let data = data.join(",");
            sys.mount(Some(&source), &tpath, Some(typ), opts.flags, Some(&data))
                .map_err(|e| err(&step, e))?;
        }
        (_, Err(e)) => return Err(err(&step, format!("{typ} on {}: {e}", dest.display()))),
    }
    set_propagation(sys, root, dest, &opts, &step)
}

/// Applies a mount's propagation option, if it has one, to the mount now
/// at `dest`.
fn set_propagation(
    sys: &dyn Syscall,
    root: &OwnedFd,
    dest: &Path,
    opts: &MountOptions,
    step: &str,
) -> Result<(), RuntimeError> {
    let Some(p) = opts.propagation else {
        return Ok(());
    };
    let fd = paths::resolve(root, dest).map_err(|e| err(step, e))?;
    sys.mount(None, Path::new(&paths::fd_path(&fd)), None, p, None)
        .map_err(|e| err(format!("{step}: set propagation"), e))
}

/// A bind mount: the mount point is a file or a directory as the source
/// is, flags other than bind are applied by a remount (the kernel ignores
/// them on the bind itself).
fn bind_path(
    sys: &dyn Syscall,
    root: &OwnedFd,
    source: &Path,
    dest: &Path,
    flags: MsFlags,
    recursive: bool,
    step: &str,
) -> Result<(), RuntimeError> {
    let node = sys
        .stat(source)
        .map_err(|e| err(step, format!("bind source {}: {e}", source.display())))?;
    let kind = if node == Node::Dir {
        Kind::Dir
    } else {
        Kind::File
    };
    let target = paths::ensure(root, dest, kind).map_err(|e| err(step, e))?;
    let mut bflags = MsFlags::MS_BIND;
    if recursive {
        bflags |= MsFlags::MS_REC;
    }
    let tpath = PathBuf::from(paths::fd_path(&target));
    sys.mount(Some(source), &tpath, None, bflags, None)
        .map_err(|e| err(step, format!("bind {}: {e}", source.display())))?;
    let want = flags - (MsFlags::MS_BIND | MsFlags::MS_REC | MsFlags::MS_REMOUNT);
    if !want.is_empty() {
        // Reopen: the handle taken before the mount names the covered
        // directory, not the new mount.
        let fd = paths::resolve(root, dest).map_err(|e| err(step, e))?;
        bind_remount(sys, Path::new(&paths::fd_path(&fd)), &fd, want)
            .map_err(|e| err(step, format!("remount with {want:?}: {e}")))?;
    }
    Ok(())
}

/// Phase two, inside the container after `pivot_root`: masked paths,
/// read-only paths, shared propagation if asked, the working directory,
/// and finally a read-only `/` if `root.readonly`.
pub(crate) fn finish(
    spec: &Spec,
    rootfs: &Rootfs,
    cwd: Option<(&Path, u32, u32)>,
) -> Result<(), RuntimeError> {
    finish_with(&Linux, spec, rootfs, cwd)
}

/// [`finish`] through `sys`.
pub(crate) fn finish_with(
    sys: &dyn Syscall,
    spec: &Spec,
    rootfs: &Rootfs,
    cwd: Option<(&Path, u32, u32)>,
) -> Result<(), RuntimeError> {
    let linux = spec.linux().as_ref();
    for p in linux
        .and_then(|l| l.masked_paths().as_deref())
        .unwrap_or(&[])
    {
        mask(sys, Path::new(p))?;
    }
    for p in linux
        .and_then(|l| l.readonly_paths().as_deref())
        .unwrap_or(&[])
    {
        readonly(sys, Path::new(p))?;
    }
    if let Some(p) = rootfs.shared_after {
        sys.mount(None, Path::new("/"), None, p, None)
            .map_err(|e| err("set rootfs propagation", e))?;
    }
    if let Some((dir, uid, gid)) = cwd {
        ensure_cwd(sys, dir, uid, gid)?;
    }
    if spec
        .root()
        .as_ref()
        .and_then(|r| r.readonly())
        .unwrap_or(false)
    {
        let fd = sys
            .open_path(Path::new("/"))
            .map_err(|e| err("open /", e))?;
        bind_remount(sys, Path::new("/"), &fd, MsFlags::MS_RDONLY)
            .map_err(|e| err("remount / read-only", e))?;
    }
    Ok(())
}

/// Hides `path`: files are covered by `/dev/null`, directories by an empty
/// read-only tmpfs. Paths the kernel does not have are skipped.
fn mask(sys: &dyn Syscall, path: &Path) -> Result<(), RuntimeError> {
    let step = format!("mask {}", path.display());
    let node = match sys.lstat(path) {
        Ok(n) => n,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(err(step, e)),
    };
    let res = if node == Node::Dir {
        let tmpfs = Path::new("tmpfs");
        sys.mount(Some(tmpfs), path, Some("tmpfs"), MsFlags::MS_RDONLY, None)
    } else {
        let null = Path::new("/dev/null");
        sys.mount(Some(null), path, None, MsFlags::MS_BIND, None)
    };
    match res {
        Ok(()) => Ok(()),
        // Gone between the check and the mount (a /proc entry of a process).
        Err(Errno::ENOENT) => Ok(()),
        Err(e) => Err(err(step, e)),
    }
}

/// Makes `path` read-only by binding it onto itself and remounting the bind.
fn readonly(sys: &dyn Syscall, path: &Path) -> Result<(), RuntimeError> {
    let step = format!("make {} read-only", path.display());
    match sys.mount(
        Some(path),
        path,
        None,
        MsFlags::MS_BIND | MsFlags::MS_REC,
        None,
    ) {
        Ok(()) => {}
        Err(Errno::ENOENT) => return Ok(()),
        Err(e) => return Err(err(step, e)),
    }
    let fd = sys.open_path(path).map_err(|e| err(&step, e))?;
    bind_remount(sys, path, &fd, MsFlags::MS_RDONLY).map_err(|e| err(step, e))
}

/// docker creates a missing working directory; so do we, owned by the
/// process user, before `/` may become read-only.
fn ensure_cwd(sys: &dyn Syscall, dir: &Path, uid: u32, gid: u32) -> Result<(), RuntimeError> {
    if matches!(sys.stat(dir), Ok(Node::Dir)) {
        return Ok(());
    }
    let step = format!("create working directory {}", dir.display());
    let mut created = Vec::new();
    let mut cur = PathBuf::from("/");
    for c in paths::relative(dir).components() {
        cur.push(c);
        if sys.stat(&cur).is_err() {
            sys.mkdir(&cur).map_err(|e| err(&step, e))?;
            created.push(cur.clone());
        }
    }
    for d in created {
        sys.lchown(&d, uid, gid).map_err(|e| err(&step, e))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(list: &[&str]) -> MountOptions {
        parse_mount_options(&list.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn flags_and_data_are_split() {
        let o = opts(&["nosuid", "strictatime", "mode=755", "size=65536k"]);
        assert_eq!(o.flags, MsFlags::MS_NOSUID | MsFlags::MS_STRICTATIME);
        assert_eq!(o.data_string(), "mode=755,size=65536k");
        assert!(!o.bind);
    }

    #[test]
    fn later_options_win() {
        let o = opts(&["ro", "rw", "nodev"]);
        assert_eq!(o.flags, MsFlags::MS_NODEV);
        assert!(o.clear.contains(MsFlags::MS_RDONLY));
        let o = opts(&["rw", "ro"]);
        assert!(o.flags.contains(MsFlags::MS_RDONLY));
        assert!(!o.clear.contains(MsFlags::MS_RDONLY));
    }

    #[test]
    fn bind_and_propagation() {
        let o = opts(&["rbind", "ro", "rprivate", "Z"]);
        assert!(o.bind && o.recursive);
        assert_eq!(o.propagation, Some(MsFlags::MS_PRIVATE | MsFlags::MS_REC));
        assert_eq!(o.flags, MsFlags::MS_RDONLY);
        assert!(o.data.is_empty(), "podman's Z is not for the kernel");
        let o = opts(&["bind", "shared"]);
        assert!(o.bind && !o.recursive);
        assert_eq!(o.propagation, Some(MsFlags::MS_SHARED));
    }

    #[test]
    fn devpts_options() {
        let o = opts(&[
            "nosuid",
            "noexec",
            "newinstance",
            "ptmxmode=0666",
            "mode=0620",
            "gid=5",
        ]);
        assert_eq!(o.flags, MsFlags::MS_NOSUID | MsFlags::MS_NOEXEC);
        assert_eq!(o.data_string(), "newinstance,ptmxmode=0666,mode=0620,gid=5");
    }
}
