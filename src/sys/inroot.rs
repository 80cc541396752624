//! Opening paths inside a container root without escaping it.
//!
//! An image's `/etc/passwd` may be a symlink to `/etc/passwd`, or
//! `../../../etc/shadow`: resolved naively from the host it would read the
//! host's file. `openat2(RESOLVE_IN_ROOT)` resolves every component (symlinks
//! and `..` included) as if `root` were `/`, which is what the container sees.

use std::ffi::CString;
use std::fs::File;
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

/// Opens `path` (absolute or relative, always taken from `root`) for reading,
/// resolved inside `root`. `flags` are extra `O_*` flags (e.g. `O_DIRECTORY`).
pub fn open_in_root(root: &Path, path: &Path, flags: i32) -> io::Result<File> {
    let dir = File::open(root)?;
    open_at_in_root(&dir, path, flags).map(File::from)
}

/// As [`open_in_root`], from an already open root directory.
pub fn open_at_in_root(root: &File, path: &Path, flags: i32) -> io::Result<OwnedFd> {
    let rel = path.strip_prefix("/").unwrap_or(path);
    let rel = if rel.as_os_str().is_empty() { Path::new(".") } else { rel };
    let c = CString::new(rel.as_os_str().as_bytes()).map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))?;
    // SAFETY: open_how is plain data; all-zero is its documented default.
    let mut how: libc::open_how = unsafe { std::mem::zeroed() };
    how.flags = (libc::O_RDONLY | libc::O_CLOEXEC | flags) as u64;
    how.resolve = libc::RESOLVE_IN_ROOT | libc::RESOLVE_NO_MAGICLINKS;
    // SAFETY: valid fd, NUL-terminated path and a properly sized open_how.
    let fd = unsafe {
        libc::syscall(libc::SYS_openat2, root.as_raw_fd(), c.as_ptr(), &how as *const libc::open_how, std::mem::size_of::<libc::open_how>())
    };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: the kernel just gave us this descriptor.
    Ok(unsafe { OwnedFd::from_raw_fd(fd as i32) })
}

/// Reads a whole file inside `root`; `Ok(None)` when it does not exist.
pub fn read_in_root(root: &Path, path: &Path) -> io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    match open_in_root(root, path, 0) {
        Ok(mut f) => {
            let mut buf = Vec::new();
            f.read_to_end(&mut buf)?;
            Ok(Some(buf))
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound || e.raw_os_error() == Some(libc::ENOTDIR) => Ok(None),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symlinks_resolve_inside_the_root() {
        let root = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret"), b"host").unwrap();
        std::fs::create_dir(root.path().join("etc")).unwrap();
        std::fs::write(root.path().join("secret"), b"inside").unwrap();
        // Absolute and climbing links both land in the root.
        std::os::unix::fs::symlink(outside.path().join("secret"), root.path().join("etc/abs")).unwrap();
        std::os::unix::fs::symlink("../../../../../../secret", root.path().join("etc/up")).unwrap();
        assert_eq!(read_in_root(root.path(), Path::new("/etc/up")).unwrap().unwrap(), b"inside");
        // The absolute link points at a path that does not exist inside.
        assert!(read_in_root(root.path(), Path::new("/etc/abs")).unwrap().is_none());
        assert!(read_in_root(root.path(), Path::new("/missing/x")).unwrap().is_none());
    }
}
