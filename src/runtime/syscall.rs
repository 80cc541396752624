//! The seam under the root filesystem setup: every call that needs
//! privilege (`mount`, `pivot_root`, `mknod`) or reads the host's state
//! (a bind source's type, the host's device nodes, the flags the kernel
//! locked on a mount) goes through [`Syscall`], and so do the calls on
//! absolute paths after `pivot_root` (masked and read-only paths, the
//! working directory), which name the container's files.
//!
//! [`Linux`] makes the real calls. The tests' recording double
//! (`runtime::rootfs_tests`) answers them from a table and records the
//! mount plan, so the order of mounts, their flags, the masked and
//! read-only paths and the `/dev` setup are unit-tested without
//! privileges (the idea of youki's `Syscall` trait). The file operations
//! that create mount points inside the rootfs (`paths::ensure`,
//! `symlinkat`) need no privilege and stay real in both.
//!
//! Not to be confused with `syscalls.rs`, the seccomp name table.

use std::ffi::CStr;
use std::os::fd::{AsRawFd, BorrowedFd, FromRawFd, OwnedFd};
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::Path;

use nix::errno::Errno;
use nix::mount::{MntFlags, MsFlags};

/// What a path is, as far as the rootfs setup cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Node {
    Dir,
    /// A regular file, symlink (not followed) or anything else that is not
    /// a directory or device.
    File,
    /// A character device with its number.
    Char(libc::dev_t),
    /// A block device with its number.
    Block(libc::dev_t),
}

impl Node {
    fn of(m: &std::fs::Metadata) -> Node {
        let ft = m.file_type();
        if ft.is_dir() {
            Node::Dir
        } else if ft.is_char_device() {
            Node::Char(m.rdev())
        } else if ft.is_block_device() {
            Node::Block(m.rdev())
        } else {
            Node::File
        }
    }
}

/// The privileged and host-reading calls of the rootfs setup.
pub(crate) trait Syscall {
    /// `mount(2)`.
    fn mount(
        &self,
        source: Option<&Path>,
        target: &Path,
        fstype: Option<&str>,
        flags: MsFlags,
        data: Option<&str>,
    ) -> Result<(), Errno>;
    /// `umount2(2)`.
    fn umount2(&self, target: &Path, flags: MntFlags) -> Result<(), Errno>;
    /// `pivot_root(2)`.
    fn pivot_root(&self, new_root: &Path, put_old: &Path) -> Result<(), Errno>;
    /// `chdir(2)`.
    fn chdir(&self, path: &Path) -> Result<(), Errno>;
    /// The flags of the mount holding `fd` (`fstatvfs`) that a bind
    /// remount must repeat; empty when they cannot be read.
    fn mount_flags(&self, fd: BorrowedFd<'_>) -> MsFlags;
    /// What `path` is, following symlinks (`stat`).
    fn stat(&self, path: &Path) -> std::io::Result<Node>;
    /// What `path` is, not following a final symlink (`lstat`).
    fn lstat(&self, path: &Path) -> std::io::Result<Node>;
    /// An `O_PATH` handle on an absolute path.
    fn open_path(&self, path: &Path) -> Result<OwnedFd, Errno>;
    /// `mknodat(2)` in the directory `dir`; `EEXIST` counts as done.
    fn mknodat(
        &self,
        dir: BorrowedFd<'_>,
        name: &CStr,
        mode: libc::mode_t,
        dev: libc::dev_t,
    ) -> Result<(), Errno>;
    /// `fchownat(2)` without following a final symlink.
    fn lchownat(&self, dir: BorrowedFd<'_>, name: &CStr, uid: u32, gid: u32) -> Result<(), Errno>;
    /// `mkdir(2)` of an absolute path (mode 0777 less the umask).
    fn mkdir(&self, path: &Path) -> std::io::Result<()>;
    /// `lchown(2)` of an absolute path.
    fn lchown(&self, path: &Path, uid: u32, gid: u32) -> std::io::Result<()>;
}

/// The real calls.
pub(crate) struct Linux;

impl Syscall for Linux {
    fn mount(
        &self,
        source: Option<&Path>,
        target: &Path,
        fstype: Option<&str>,
        flags: MsFlags,
        data: Option<&str>,
    ) -> Result<(), Errno> {
        nix::mount::mount(source, target, fstype, flags, data)
    }

    fn umount2(&self, target: &Path, flags: MntFlags) -> Result<(), Errno> {
        nix::mount::umount2(target, flags)
    }

    fn pivot_root(&self, new_root: &Path, put_old: &Path) -> Result<(), Errno> {
        nix::unistd::pivot_root(new_root, put_old)
    }

    fn chdir(&self, path: &Path) -> Result<(), Errno> {
        nix::unistd::chdir(path)
    }

    fn mount_flags(&self, fd: BorrowedFd<'_>) -> MsFlags {
        let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
        // SAFETY: valid fd and out-pointer.
        if unsafe { libc::fstatvfs(fd.as_raw_fd(), &mut st) } != 0 {
            return MsFlags::empty();
        }
        flags_of_statvfs(st.f_flag)
    }

    fn stat(&self, path: &Path) -> std::io::Result<Node> {
        std::fs::metadata(path).map(|m| Node::of(&m))
    }

    fn lstat(&self, path: &Path) -> std::io::Result<Node> {
        std::fs::symlink_metadata(path).map(|m| Node::of(&m))
    }

    fn open_path(&self, path: &Path) -> Result<OwnedFd, Errno> {
        let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes())
            .map_err(|_| Errno::EINVAL)?;
        // SAFETY: valid C string; the descriptor is owned below.
        let fd = unsafe { libc::open(c.as_ptr(), libc::O_PATH | libc::O_CLOEXEC) };
        if fd < 0 {
            return Err(Errno::last());
        }
        // SAFETY: fresh descriptor.
        Ok(unsafe { OwnedFd::from_raw_fd(fd) })
    }

    fn mknodat(
        &self,
        dir: BorrowedFd<'_>,
        name: &CStr,
        mode: libc::mode_t,
        dev: libc::dev_t,
    ) -> Result<(), Errno> {
        // SAFETY: valid dirfd and name.
        let rc = unsafe { libc::mknodat(dir.as_raw_fd(), name.as_ptr(), mode, dev) };
        if rc != 0 && Errno::last() != Errno::EEXIST {
            return Err(Errno::last());
        }
        Ok(())
    }

    fn lchownat(&self, dir: BorrowedFd<'_>, name: &CStr, uid: u32, gid: u32) -> Result<(), Errno> {
        // SAFETY: valid dirfd and name; do not follow a symlink planted there.
        let rc = unsafe {
            libc::fchownat(
                dir.as_raw_fd(),
                name.as_ptr(),
                uid,
                gid,
                libc::AT_SYMLINK_NOFOLLOW,
            )
        };
        if rc != 0 {
            return Err(Errno::last());
        }
        Ok(())
    }

    fn mkdir(&self, path: &Path) -> std::io::Result<()> {
        std::fs::create_dir(path)
    }

    fn lchown(&self, path: &Path, uid: u32, gid: u32) -> std::io::Result<()> {
        std::os::unix::fs::lchown(path, Some(uid), Some(gid))
    }
}

/// `statvfs` flags to the mount flags a bind remount must repeat. In a
/// user namespace the kernel locks `nosuid`/`nodev`/`noexec`/`ro` and the
/// atime mode inherited from a more privileged namespace.
pub(crate) fn flags_of_statvfs(f: libc::c_ulong) -> MsFlags {
    let mut out = MsFlags::empty();
    for (st_flag, ms) in [
        (libc::ST_RDONLY, MsFlags::MS_RDONLY),
        (libc::ST_NOSUID, MsFlags::MS_NOSUID),
        (libc::ST_NODEV, MsFlags::MS_NODEV),
        (libc::ST_NOEXEC, MsFlags::MS_NOEXEC),
        (libc::ST_NOATIME, MsFlags::MS_NOATIME),
        (libc::ST_NODIRATIME, MsFlags::MS_NODIRATIME),
        (libc::ST_RELATIME, MsFlags::MS_RELATIME),
    ] {
        if f & st_flag != 0 {
            out |= ms;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statvfs_flags_map_to_mount_flags() {
        assert_eq!(flags_of_statvfs(0), MsFlags::empty());
        assert_eq!(
            flags_of_statvfs(libc::ST_RDONLY | libc::ST_NOSUID | libc::ST_RELATIME),
            MsFlags::MS_RDONLY | MsFlags::MS_NOSUID | MsFlags::MS_RELATIME
        );
    }

    #[test]
    fn linux_reads_nodes() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("f"), b"").unwrap();
        std::os::unix::fs::symlink("f", d.path().join("l")).unwrap();
        let sys = Linux;
        assert_eq!(sys.stat(d.path()).unwrap(), Node::Dir);
        assert_eq!(sys.stat(&d.path().join("l")).unwrap(), Node::File);
        assert_eq!(sys.lstat(&d.path().join("l")).unwrap(), Node::File);
        assert!(matches!(
            sys.stat(Path::new("/dev/null")).unwrap(),
            Node::Char(_)
        ));
        assert!(sys.stat(&d.path().join("nope")).is_err());
    }
}
