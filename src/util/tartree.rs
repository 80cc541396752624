//! The one tar writer for trees taken as they are: `cp` out of (and into)
//! a container and `volume export`. GNU headers with the modes, owners
//! (as this process sees them: inside the user namespace, the container's
//! IDs) and mtimes of the files; entries in name order; the walk is
//! fd-relative and never follows a symlink, so a running container cannot
//! redirect it; sockets are skipped, as docker does. Layers are written by
//! `image::layer::write` instead: deterministic PAX with overlay whiteouts.

use crate::util::fsat;
use anyhow::{anyhow, Context, Result};
use std::ffi::OsStr;
use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

/// Writes the entry open as `fd` (`O_PATH`, not followed; `st` its stat)
/// and, for a directory, everything below it. Entries are named below
/// `name`; an empty `name` writes a directory's contents at the top.
pub fn write<W: Write>(fd: &OwnedFd, st: &libc::stat, name: &[u8], w: W) -> Result<()> {
    let mut b = tar::Builder::new(w);
    b.follow_symlinks(false);
    if name.is_empty() {
        walk_children(&mut b, fd, &[])?;
    } else {
        add(&mut b, fd, st, name)?;
    }
    b.finish().context("writing the archive")?;
    Ok(())
}

fn header(st: &libc::stat, kind: tar::EntryType) -> tar::Header {
    let mut h = tar::Header::new_gnu();
    h.set_entry_type(kind);
    h.set_mode(st.st_mode & 0o7777);
    h.set_uid(u64::from(st.st_uid));
    h.set_gid(u64::from(st.st_gid));
    h.set_mtime(st.st_mtime.max(0) as u64);
    h.set_size(0);
    h
}

/// Adds the entry open as `fd` (`O_PATH`, not followed) named `name`.
fn add<W: Write>(
    b: &mut tar::Builder<W>,
    fd: &OwnedFd,
    st: &libc::stat,
    name: &[u8],
) -> Result<()> {
    let path = Path::new(OsStr::from_bytes(name));
    match st.st_mode & libc::S_IFMT {
        libc::S_IFDIR => {
            let mut h = header(st, tar::EntryType::Directory);
            b.append_data(&mut h, path, std::io::empty())?;
            walk_children(b, fd, name)?;
        }
        libc::S_IFREG => {
            // Reopening through /proc/self/fd reads exactly the inode we hold.
            let f = File::open(fsat::fd_path(fd))
                .with_context(|| format!("reading {}", path.display()))?;
            let mut h = header(st, tar::EntryType::Regular);
            h.set_size(st.st_size.max(0) as u64);
            // A file that shrinks while we read must not desynchronise the stream.
            let mut data = f.take(st.st_size.max(0) as u64).chain(std::io::repeat(0));
            let mut limited = (&mut data).take(st.st_size.max(0) as u64);
            b.append_data(&mut h, path, &mut limited)?;
        }
        libc::S_IFLNK => {
            let target = nix::fcntl::readlinkat(Some(fd.as_raw_fd()), "")
                .with_context(|| format!("reading symlink {}", path.display()))?;
            let mut h = header(st, tar::EntryType::Symlink);
            b.append_link(&mut h, path, Path::new(&target))?;
        }
        libc::S_IFIFO | libc::S_IFCHR | libc::S_IFBLK => {
            let kind = match st.st_mode & libc::S_IFMT {
                libc::S_IFIFO => tar::EntryType::Fifo,
                libc::S_IFCHR => tar::EntryType::Char,
                _ => tar::EntryType::Block,
            };
            let mut h = header(st, kind);
            if kind != tar::EntryType::Fifo {
                let _ = h.set_device_major(libc::major(st.st_rdev));
                let _ = h.set_device_minor(libc::minor(st.st_rdev));
            }
            b.append_data(&mut h, path, std::io::empty())?;
        }
        _ => {} // sockets cannot be archived; docker skips them too
    }
    Ok(())
}

/// Adds the children of directory `fd` below `prefix`, in name order.
fn walk_children<W: Write>(b: &mut tar::Builder<W>, fd: &OwnedFd, prefix: &[u8]) -> Result<()> {
    let mut names = fsat::list_dir(fd)
        .with_context(|| format!("reading directory {}", String::from_utf8_lossy(prefix)))?;
    names.sort();
    for n in names {
        let child = match fsat::openat(fd.as_raw_fd(), &n, libc::O_PATH | libc::O_NOFOLLOW, 0) {
            Ok(child) => child,
            // Removed by the running container meanwhile.
            Err(e) if e.raw_os_error() == Some(libc::ENOENT) => continue,
            Err(e) => {
                return Err(anyhow!(e)
                    .context(format!("opening {}", String::from_utf8_lossy(n.to_bytes()))))
            }
        };
        let st = fsat::fstat(child.as_raw_fd())?;
        let mut name = prefix.to_vec();
        if !name.is_empty() {
            name.push(b'/');
        }
        name.extend_from_slice(n.to_bytes());
        add(b, &child, &st, &name)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(tar: &[u8]) -> Vec<(String, tar::EntryType)> {
        let mut a = tar::Archive::new(tar);
        a.entries().unwrap().map(|e| {
            let e = e.unwrap();
            (String::from_utf8_lossy(&e.path_bytes()).to_string(), e.header().entry_type())
        }).collect()
    }

    #[test]
    fn a_tree_in_name_order_without_following_symlinks() {
        let tmp = tempfile::tempdir().unwrap();
        let d = tmp.path();
        std::fs::create_dir_all(d.join("b/c")).unwrap();
        std::fs::write(d.join("b/c/f"), b"data").unwrap();
        std::fs::write(d.join("a"), b"x").unwrap();
        std::os::unix::fs::symlink("/etc", d.join("b/link")).unwrap();
        let fd = fsat::open(d, libc::O_PATH | libc::O_DIRECTORY).unwrap();
        let st = fsat::fstat(fd.as_raw_fd()).unwrap();
        let mut out = Vec::new();
        write(&fd, &st, b".", &mut out).unwrap();
        use tar::EntryType::{Directory, Regular, Symlink};
        assert_eq!(
            entries(&out),
            [(".", Directory), ("a", Regular), ("b", Directory), ("b/c", Directory), ("b/c/f", Regular), ("b/link", Symlink)]
                .map(|(n, t)| (n.to_string(), t))
        );
        // Contents only: no entry for the top.
        let mut out = Vec::new();
        write(&fd, &st, b"", &mut out).unwrap();
        assert_eq!(entries(&out)[0], ("a".to_string(), Regular));
        let mut a = tar::Archive::new(&out[..]);
        let mut f = a.entries().unwrap().map(|e| e.unwrap()).find(|e| &*e.path_bytes() == b"b/c/f").unwrap();
        let mut s = String::new();
        f.read_to_string(&mut s).unwrap();
        assert_eq!(s, "data");
    }
}
