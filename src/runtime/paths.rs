//! Safe path resolution inside the container's root filesystem.
//!
//! Mount targets come from the spec but are resolved inside a rootfs that the
//! container's image controls. An image may contain a symlink such as
//! `/etc -> /` or `/x -> ../../../../host`, and a naive `mount(rootfs + dest)`
//! would follow it out of the rootfs onto the host. Every target is therefore
//! resolved with `openat2(RESOLVE_IN_ROOT)`, which treats the rootfs as `/`
//! for absolute symlinks and `..`, mount points are created one component at
//! a time relative to already-resolved directories, and the mount itself goes
//! through the resulting `/proc/self/fd/N`, so the path cannot be swapped
//! between check and use.
//!
//! The openat2 call itself (with its fallback) is the shared one in
//! [`crate::util::fsat`]; this file adds what only mounts need.

use std::ffi::CString;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Component, Path, PathBuf};

use nix::errno::Errno;

use crate::util::fsat;

/// What to create when a mount point is missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Dir,
    File,
}

pub(crate) use crate::util::fsat::fd_path;

/// The runtime reports `Errno`s; the shared helpers return `io::Error`s.
fn errno(e: std::io::Error) -> Errno {
    Errno::from_raw(e.raw_os_error().unwrap_or(libc::EINVAL))
}

/// Opens `path` (the rootfs on the host) as an `O_PATH` directory handle.
pub(crate) fn open_dir(path: &Path) -> Result<OwnedFd, Errno> {
    fsat::open(path, libc::O_PATH | libc::O_DIRECTORY).map_err(errno)
}

/// Resolves `rel` below `root` as if `root` were `/`; returns an `O_PATH`
/// handle. Magic links (`/proc/*/fd`) are refused, since they could point
/// anywhere; see [`fsat::open_at_in_root`] for the fallback without openat2.
pub(crate) fn resolve(root: &OwnedFd, rel: &Path) -> Result<OwnedFd, Errno> {
    fsat::open_at_in_root(root, &relative(rel), libc::O_PATH).map_err(errno)
}

/// `dest` without its leading `/`, with `.` components dropped.
pub(crate) fn relative(dest: &Path) -> PathBuf {
    dest.components()
        .filter(|c| {
            !matches!(
                c,
                Component::RootDir | Component::CurDir | Component::Prefix(_)
            )
        })
        .collect()
}

/// Returns a handle on `dest` inside `root`, creating missing directories
/// (mode 0755) and, for `Kind::File`, an empty final file (mode 0644). Each
/// new entry is created relative to the resolved handle of its parent, so a
/// symlink in the image can never redirect creation outside the rootfs.
pub(crate) fn ensure(root: &OwnedFd, dest: &Path, kind: Kind) -> Result<OwnedFd, Errno> {
    let rel = relative(dest);
    let comps: Vec<Component> = rel.components().collect();
    let mut prefix = PathBuf::new();
    let mut parent = resolve(root, Path::new(""))?;
    for (i, comp) in comps.iter().enumerate() {
        prefix.push(comp.as_os_str());
        match resolve(root, &prefix) {
            Ok(fd) => parent = fd,
            Err(Errno::ENOENT) => {
                let name = CString::new(comp.as_os_str().as_bytes()).map_err(|_| Errno::EINVAL)?;
                let last = i + 1 == comps.len();
                if last && kind == Kind::File {
                    // SAFETY: valid dirfd and name; the fd is closed at once.
                    let fd = unsafe {
                        libc::openat(
                            parent.as_raw_fd(),
                            name.as_ptr(),
                            libc::O_CREAT
                                | libc::O_EXCL
                                | libc::O_WRONLY
                                | libc::O_NOFOLLOW
                                | libc::O_CLOEXEC,
                            0o644 as libc::c_uint,
                        )
                    };
                    if fd < 0 && Errno::last() != Errno::EEXIST {
                        return Err(Errno::last());
                    }
                    if fd >= 0 {
                        // SAFETY: we own the fresh descriptor.
                        drop(unsafe { OwnedFd::from_raw_fd(fd) });
                    }
                } else {
                    // SAFETY: valid dirfd and name.
                    let rc = unsafe { libc::mkdirat(parent.as_raw_fd(), name.as_ptr(), 0o755) };
                    if rc < 0 && Errno::last() != Errno::EEXIST {
                        return Err(Errno::last());
                    }
                }
                parent = resolve(root, &prefix)?;
            }
            Err(e) => return Err(e),
        }
    }
    Ok(parent)
}

/// Whether the handle is a directory.
#[cfg(test)]
pub(crate) fn is_dir(fd: &OwnedFd) -> bool {
    nix::sys::stat::fstat(fd.as_raw_fd())
        .map(|st| st.st_mode & libc::S_IFMT == libc::S_IFDIR)
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn relative_strips_root() {
        assert_eq!(relative(Path::new("/a/./b/")), PathBuf::from("a/b"));
        assert_eq!(relative(Path::new("/")), PathBuf::new());
    }

    #[test]
    fn symlinks_stay_inside_root() {
        let outer = tempfile::tempdir().unwrap();
        let root = outer.path().join("root");
        std::fs::create_dir(&root).unwrap();
        // An absolute symlink that would escape to the outer directory.
        symlink("/", root.join("escape")).unwrap();
        symlink("../../..", root.join("up")).unwrap();
        let rfd = open_dir(&root).unwrap();
        let fd = ensure(&rfd, Path::new("/escape/made-here"), Kind::Dir).unwrap();
        assert!(is_dir(&fd));
        assert!(root.join("made-here").is_dir(), "created inside the root");
        assert!(!outer.path().join("made-here").exists());
        ensure(&rfd, Path::new("/up/file"), Kind::File).unwrap();
        assert!(root.join("file").is_file());
        assert!(!outer.path().join("file").exists());
    }

    #[test]
    fn creates_nested_dirs_and_files() {
        let d = tempfile::tempdir().unwrap();
        let rfd = open_dir(d.path()).unwrap();
        let fd = ensure(&rfd, Path::new("/a/b/c"), Kind::File).unwrap();
        assert!(!is_dir(&fd));
        assert!(d.path().join("a/b/c").is_file());
        // Existing entries are reused, not recreated.
        ensure(&rfd, Path::new("/a/b/c"), Kind::File).unwrap();
        assert!(resolve(&rfd, Path::new("/nope")).is_err());
    }
}
