//! fd-relative file system operations: opening a path inside a root without
//! escaping it, and stat/mkdir/remove/readlink/xattr calls at a directory fd.
//!
//! Everything that works inside a tree an image or a container controls goes
//! through here: layer extraction and `write_layer` (`image::layer`), `cp`,
//! `diff`, the builder's COPY/ADD (`engine::build::fsops`), reading an image's
//! `/etc/passwd`, volume copy-up, and the runtime's mount targets
//! (`runtime::paths`). Such a tree may hold `/etc -> /` or
//! `x -> ../../../../host`; resolved naively from the host it would lead out
//! of the tree. [`open_at_in_root`] resolves every component (symlinks and
//! `..` included) with `openat2(RESOLVE_IN_ROOT)`, as if the root were `/`,
//! which is what the container sees; where openat2 is missing (old kernel, or
//! refused by a seccomp filter) it walks the path one component at a time
//! with `O_NOFOLLOW`, so a symlink is refused rather than followed. The other
//! calls act on a name in an already resolved directory, never on a path.
//!
//! Why in `util`: the runtime must not import anything above it (it knows
//! only the OCI spec), and `sys` sits above the runtime in the layering
//! (`image / config / sys → runtime / format / util / error`). `util` is the
//! bottom layer every other one may use, so the runtime and the image code
//! share this one copy.

use std::ffi::{CStr, CString};
use std::fs::File;
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Component, Path};
use std::sync::atomic::{AtomicBool, Ordering};

/// Set once openat2 turned out to be unavailable (seccomp or old kernel).
static NO_OPENAT2: AtomicBool = AtomicBool::new(false);

/// `struct open_how` from linux/openat2.h (libc's is non-exhaustive).
#[repr(C)]
struct OpenHow {
    flags: u64,
    mode: u64,
    resolve: u64,
}

/// A libc return value as an `io::Result`.
pub fn cvt(r: libc::c_int) -> io::Result<libc::c_int> {
    if r < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(r)
    }
}

/// A name for the fd-relative calls; an error naming it if it holds a NUL.
pub fn cstring(b: &[u8]) -> io::Result<CString> {
    CString::new(b).map_err(|_| {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("invalid name {:?}: contains a NUL byte", String::from_utf8_lossy(b)),
        )
    })
}

/// `/proc/self/fd/N`: a path naming exactly the file `fd` refers to, for
/// calls that only take a path (mount, lsetxattr, an extractor).
pub fn fd_path(fd: &impl AsRawFd) -> String {
    format!("/proc/self/fd/{}", fd.as_raw_fd())
}

/// Opens a host path with `flags` (`O_CLOEXEC` is added).
pub fn open(path: &Path, flags: libc::c_int) -> io::Result<OwnedFd> {
    let c = CString::new(path.as_os_str().as_bytes()).map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))?;
    // SAFETY: valid C string.
    let fd = cvt(unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC) })?;
    // SAFETY: fd was just opened and is owned here.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

/// Opens `name` in directory `dir` with `flags` (`O_CLOEXEC` is added) and
/// `mode` for a created file.
pub fn openat(dir: RawFd, name: &CStr, flags: libc::c_int, mode: libc::mode_t) -> io::Result<OwnedFd> {
    // SAFETY: valid C string; mode is passed as the variadic argument.
    let fd = cvt(unsafe { libc::openat(dir, name.as_ptr(), flags | libc::O_CLOEXEC, mode as libc::c_uint) })?;
    // SAFETY: fd was just opened and is owned here.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

/// Opens `path` (absolute or relative, always taken from `root`) resolved
/// inside `root` as if it were `/`, with `flags` (`O_CLOEXEC` is added;
/// `O_NOFOLLOW` applies to the last component). Magic links (`/proc/*/fd`)
/// are refused, since they could point anywhere. Without openat2 the path
/// is walked component by component and any symlink on it is refused.
pub fn open_at_in_root(root: &impl AsRawFd, path: &Path, flags: libc::c_int) -> io::Result<OwnedFd> {
    let flags = flags | libc::O_CLOEXEC;
    let rel = path.strip_prefix("/").unwrap_or(path);
    if rel.as_os_str().is_empty() {
        return openat(root.as_raw_fd(), c".", flags, 0);
    }
    if !NO_OPENAT2.load(Ordering::Relaxed) {
        let c = CString::new(rel.as_os_str().as_bytes()).map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))?;
        let how = OpenHow { flags: flags as u64, mode: 0, resolve: libc::RESOLVE_IN_ROOT | libc::RESOLVE_NO_MAGICLINKS };
        for _ in 0..16 {
            // SAFETY: valid dirfd and C string, and a correctly sized open_how.
            let r = unsafe { libc::syscall(libc::SYS_openat2, root.as_raw_fd(), c.as_ptr(), &how as *const OpenHow, std::mem::size_of::<OpenHow>()) };
            if r >= 0 {
                // SAFETY: the syscall returned a new fd owned here.
                return Ok(unsafe { OwnedFd::from_raw_fd(r as RawFd) });
            }
            let err = io::Error::last_os_error();
            match err.raw_os_error() {
                // Concurrent rename somewhere under root: the kernel asks to retry.
                Some(libc::EAGAIN) | Some(libc::EINTR) => continue,
                Some(libc::ENOSYS) => {
                    NO_OPENAT2.store(true, Ordering::Relaxed);
                    break;
                }
                _ => return Err(err),
            }
        }
        if !NO_OPENAT2.load(Ordering::Relaxed) {
            return Err(io::Error::from_raw_os_error(libc::EAGAIN));
        }
    }
    walk_in_root(root, rel, flags)
}

/// openat2's fallback: one component at a time, never following a symlink
/// (`ELOOP`); `..` goes back to the directory it came from, never above root.
fn walk_in_root(root: &impl AsRawFd, rel: &Path, flags: libc::c_int) -> io::Result<OwnedFd> {
    let step = libc::O_PATH | libc::O_DIRECTORY | libc::O_NOFOLLOW;
    let comps: Vec<Component> = rel.components().filter(|c| !matches!(c, Component::CurDir | Component::RootDir | Component::Prefix(_))).collect();
    let mut stack: Vec<OwnedFd> = vec![openat(root.as_raw_fd(), c".", step, 0)?];
    for (i, c) in comps.iter().enumerate() {
        let last = i + 1 == comps.len();
        match c {
            Component::ParentDir => {
                if stack.len() > 1 {
                    stack.pop();
                }
                if last {
                    let top = stack.last().map_or(root.as_raw_fd(), |f| f.as_raw_fd());
                    return openat(top, c".", flags, 0);
                }
            }
            Component::Normal(name) => {
                let name = CString::new(name.as_bytes()).map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))?;
                let top = stack.last().map_or(root.as_raw_fd(), |f| f.as_raw_fd());
                if !last {
                    stack.push(openat(top, &name, step, 0)?);
                    continue;
                }
                let fd = openat(top, &name, flags | libc::O_NOFOLLOW, 0)?;
                // With O_PATH, O_NOFOLLOW opens the link itself: refuse it as
                // openat2 would have followed it.
                if flags & libc::O_NOFOLLOW == 0 && is_fmt(&fstat(fd.as_raw_fd())?, libc::S_IFLNK) {
                    return Err(io::Error::from_raw_os_error(libc::ELOOP));
                }
                return Ok(fd);
            }
            _ => {}
        }
    }
    let top = stack.last().map_or(root.as_raw_fd(), |f| f.as_raw_fd());
    openat(top, c".", flags, 0)
}

/// As [`open_at_in_root`], from the root's host path, for reading.
pub fn open_in_root(root: &Path, path: &Path, flags: libc::c_int) -> io::Result<File> {
    let dir = File::open(root)?;
    open_at_in_root(&dir, path, libc::O_RDONLY | flags).map(File::from)
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

/// `fstat(2)`.
pub fn fstat(fd: RawFd) -> io::Result<libc::stat> {
    let mut st = std::mem::MaybeUninit::<libc::stat>::uninit();
    // SAFETY: valid fd and a buffer of the right type.
    cvt(unsafe { libc::fstat(fd, st.as_mut_ptr()) })?;
    // SAFETY: fstat succeeded and filled it.
    Ok(unsafe { st.assume_init() })
}

/// `lstat` of `name` in `dir`; `Ok(None)` when it does not exist.
pub fn lstat_at(dir: RawFd, name: &CStr) -> io::Result<Option<libc::stat>> {
    let mut st = std::mem::MaybeUninit::<libc::stat>::uninit();
    // SAFETY: valid C string and a buffer of the right type.
    let r = unsafe { libc::fstatat(dir, name.as_ptr(), st.as_mut_ptr(), libc::AT_SYMLINK_NOFOLLOW) };
    if r < 0 {
        let e = io::Error::last_os_error();
        return if e.raw_os_error() == Some(libc::ENOENT) { Ok(None) } else { Err(e) };
    }
    // SAFETY: fstatat succeeded and filled it.
    Ok(Some(unsafe { st.assume_init() }))
}

/// Whether `st` is of file type `fmt` (`S_IFDIR`, `S_IFLNK`, ...).
pub fn is_fmt(st: &libc::stat, fmt: libc::mode_t) -> bool {
    st.st_mode & libc::S_IFMT == fmt
}

/// `mkdirat(2)`.
pub fn mkdir_at(dir: RawFd, name: &CStr, mode: libc::mode_t) -> io::Result<()> {
    // SAFETY: valid C string.
    cvt(unsafe { libc::mkdirat(dir, name.as_ptr(), mode) }).map(|_| ())
}

/// Removes whatever is at `name` in `dir` (recursively for a directory, making
/// directories its owner cannot enter writable first); a missing name is fine.
pub fn remove_at(dir: RawFd, name: &CStr) -> io::Result<()> {
    let Some(st) = lstat_at(dir, name)? else { return Ok(()) };
    if !is_fmt(&st, libc::S_IFDIR) {
        // SAFETY: valid C string.
        return cvt(unsafe { libc::unlinkat(dir, name.as_ptr(), 0) }).map(|_| ());
    }
    let flags = libc::O_RDONLY | libc::O_DIRECTORY | libc::O_NOFOLLOW;
    let fd = match openat(dir, name, flags, 0) {
        Err(e) if e.raw_os_error() == Some(libc::EACCES) => {
            // An unprivileged owner may need to unlock the directory first.
            // SAFETY: valid C string; it is a directory (checked above).
            cvt(unsafe { libc::fchmodat(dir, name.as_ptr(), 0o700, 0) })?;
            openat(dir, name, flags, 0)?
        }
        r => r?,
    };
    // SAFETY: fd is open. Failure only matters if removal then fails.
    let _ = unsafe { libc::fchmod(fd.as_raw_fd(), 0o700) };
    for child in list_dir(&fd)? {
        remove_at(fd.as_raw_fd(), &child)?;
    }
    // SAFETY: valid C string.
    cvt(unsafe { libc::unlinkat(dir, name.as_ptr(), libc::AT_REMOVEDIR) }).map(|_| ())
}

/// Names in a directory, without `.` and `..`, in directory order.
pub fn list_dir(fd: &impl AsRawFd) -> io::Result<Vec<CString>> {
    // A fresh open of "." so the caller's fd offset is untouched.
    let own = openat(fd.as_raw_fd(), c".", libc::O_RDONLY | libc::O_DIRECTORY, 0)?;
    let mut d = nix::dir::Dir::from(own).map_err(io::Error::from)?;
    let mut out = Vec::new();
    for ent in d.iter() {
        let ent = ent.map_err(io::Error::from)?;
        let n = ent.file_name();
        if n.to_bytes() != b"." && n.to_bytes() != b".." {
            out.push(n.to_owned());
        }
    }
    Ok(out)
}

/// The target of symlink `name` in `dir`.
pub fn readlink_at(dir: RawFd, name: &CStr) -> io::Result<Vec<u8>> {
    let mut buf = vec![0u8; 256];
    loop {
        // SAFETY: valid C string and buffer of the given size.
        let n = unsafe { libc::readlinkat(dir, name.as_ptr(), buf.as_mut_ptr().cast(), buf.len()) };
        if n < 0 {
            return Err(io::Error::last_os_error());
        }
        if (n as usize) < buf.len() {
            buf.truncate(n as usize);
            return Ok(buf);
        }
        buf.resize(buf.len() * 2, 0);
    }
}

/// What an xattr call acts on.
pub enum XattrTarget {
    Fd(RawFd),
    /// A path not followed at its last component (`l*xattr`), e.g. a
    /// [`fd_path`] joined with a name, for files that cannot be opened.
    Path(CString),
}

/// Sets one extended attribute.
pub fn set_xattr(target: &XattrTarget, name: &CStr, value: &[u8]) -> io::Result<()> {
    // SAFETY: valid fd or C strings, and a buffer of the given size.
    cvt(unsafe {
        match target {
            XattrTarget::Fd(fd) => libc::fsetxattr(*fd, name.as_ptr(), value.as_ptr().cast(), value.len(), 0),
            XattrTarget::Path(p) => libc::lsetxattr(p.as_ptr(), name.as_ptr(), value.as_ptr().cast(), value.len(), 0),
        }
    })
    .map(|_| ())
}

/// All extended attributes of a file, sorted by name. Attributes that are
/// gone or not readable here (trusted.* outside real root, no xattr
/// support) are left out.
pub fn list_xattrs(target: &XattrTarget) -> io::Result<Vec<(Vec<u8>, Vec<u8>)>> {
    let list = |buf: &mut [u8]| -> isize {
        // SAFETY: valid fd or C string, and a buffer of the given size (or a size query).
        unsafe {
            let ptr = if buf.is_empty() { std::ptr::null_mut() } else { buf.as_mut_ptr().cast() };
            match target {
                XattrTarget::Fd(fd) => libc::flistxattr(*fd, ptr, buf.len()),
                XattrTarget::Path(p) => libc::llistxattr(p.as_ptr(), ptr, buf.len()),
            }
        }
    };
    let Some(names) = read_sized(list).map_err(|e| io::Error::new(e.kind(), format!("listing extended attributes: {e}")))? else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for name in names.split(|&b| b == 0).filter(|n| !n.is_empty()) {
        let cname = cstring(name)?;
        let get = |buf: &mut [u8]| -> isize {
            // SAFETY: as above.
            unsafe {
                let ptr = if buf.is_empty() { std::ptr::null_mut() } else { buf.as_mut_ptr().cast() };
                match target {
                    XattrTarget::Fd(fd) => libc::fgetxattr(*fd, cname.as_ptr(), ptr, buf.len()),
                    XattrTarget::Path(p) => libc::lgetxattr(p.as_ptr(), cname.as_ptr(), ptr, buf.len()),
                }
            }
        };
        let value = read_sized(get).map_err(|e| io::Error::new(e.kind(), format!("reading extended attribute {}: {e}", cname.to_string_lossy())))?;
        if let Some(v) = value {
            out.push((name.to_vec(), v));
        }
    }
    out.sort();
    Ok(out)
}

/// Runs a size-query-then-fill xattr call. None when the attribute is gone
/// or not readable here (trusted.* outside real root, no xattr support).
fn read_sized(mut call: impl FnMut(&mut [u8]) -> isize) -> io::Result<Option<Vec<u8>>> {
    let skip = |e: &io::Error| matches!(e.raw_os_error(), Some(libc::ENODATA | libc::EPERM | libc::EACCES | libc::ENOTSUP));
    loop {
        let n = call(&mut []);
        if n < 0 {
            let e = io::Error::last_os_error();
            return if skip(&e) { Ok(None) } else { Err(e) };
        }
        let mut buf = vec![0u8; n as usize];
        if buf.is_empty() {
            return Ok(Some(buf));
        }
        let m = call(&mut buf);
        if m < 0 {
            let e = io::Error::last_os_error();
            if e.raw_os_error() == Some(libc::ERANGE) {
                continue; // grew in between
            }
            return if skip(&e) { Ok(None) } else { Err(e) };
        }
        buf.truncate(m as usize);
        return Ok(Some(buf));
    }
}

/// Apparent size of everything under `dir` (files and symlinks, not
/// directories), as docker's SizeRw counts the writable layer. Unreadable
/// parts (directories of other container users) are skipped.
pub fn dir_size(dir: &Path) -> u64 {
    let mut total = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let Ok(md) = e.path().symlink_metadata() else {
                continue;
            };
            if md.is_dir() {
                stack.push(e.path());
            } else {
                total += md.len();
            }
        }
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn dir_size_counts_files() {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir(d.path().join("sub")).unwrap();
        std::fs::write(d.path().join("a"), b"12345").unwrap();
        std::fs::write(d.path().join("sub/b"), b"123").unwrap();
        assert_eq!(dir_size(d.path()), 8);
        assert_eq!(dir_size(&d.path().join("missing")), 0);
    }

    #[test]
    fn symlinks_resolve_inside_the_root() {
        let root = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret"), b"host").unwrap();
        std::fs::create_dir(root.path().join("etc")).unwrap();
        std::fs::write(root.path().join("secret"), b"inside").unwrap();
        // Absolute and climbing links both land in the root.
        symlink(outside.path().join("secret"), root.path().join("etc/abs")).unwrap();
        symlink("../../../../../../secret", root.path().join("etc/up")).unwrap();
        assert_eq!(read_in_root(root.path(), Path::new("/etc/up")).unwrap().unwrap(), b"inside");
        // The absolute link points at a path that does not exist inside.
        assert!(read_in_root(root.path(), Path::new("/etc/abs")).unwrap().is_none());
        assert!(read_in_root(root.path(), Path::new("/missing/x")).unwrap().is_none());
    }

    #[test]
    fn fallback_walk_refuses_symlinks_and_stays_inside() {
        let root = tempfile::tempdir().unwrap();
        let r = File::open(root.path()).unwrap();
        std::fs::create_dir_all(root.path().join("a/b")).unwrap();
        std::fs::write(root.path().join("a/b/f"), b"x").unwrap();
        symlink("/", root.path().join("a/up")).unwrap();
        let rd = libc::O_RDONLY;
        assert!(walk_in_root(&r, Path::new("a/b/f"), rd).is_ok());
        // `..` never climbs above the root.
        assert!(walk_in_root(&r, Path::new("../../a/./b/../b/f"), rd).is_ok());
        // A symlink, in the middle or at the end, is refused.
        let e = walk_in_root(&r, Path::new("a/up/a/b/f"), rd).unwrap_err();
        assert!(matches!(e.raw_os_error(), Some(libc::ELOOP | libc::ENOTDIR)), "{e}");
        let e = walk_in_root(&r, Path::new("a/up"), libc::O_PATH).unwrap_err();
        assert_eq!(e.raw_os_error(), Some(libc::ELOOP));
        // Unless the caller asked for the link itself.
        assert!(walk_in_root(&r, Path::new("a/up"), libc::O_PATH | libc::O_NOFOLLOW).is_ok());
    }

    #[test]
    fn remove_at_removes_trees_and_ignores_missing_names() {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(d.path().join("t/x/y")).unwrap();
        std::fs::write(d.path().join("t/x/y/f"), b"x").unwrap();
        let dir = open(d.path(), libc::O_RDONLY | libc::O_DIRECTORY).unwrap();
        remove_at(dir.as_raw_fd(), c"t").unwrap();
        assert!(!d.path().join("t").exists());
        remove_at(dir.as_raw_fd(), c"t").unwrap();
        assert!(lstat_at(dir.as_raw_fd(), c"t").unwrap().is_none());
    }
}
