//! `dhow diff`: what a container changed, from its overlay upper dir,
//! in docker's `A`/`C`/`D` form.
//!
//! * a whiteout (char device 0/0) is a deleted path: `D`;
//! * anything else in the upper dir is `C` if the path exists in one of the
//!   image's layers, else `A` (so the parents of a change, which overlayfs
//!   copied up, show as `C` as in docker);
//! * an opaque directory (`user.overlay.opaque=y`) hides the lower
//!   directory's entries: those not in the upper dir are `D`.
//!
//! The upper dir belongs to the container's sub-IDs (directories may be
//! 0700), so the caller first enters the container's user namespace
//! ([`super::rootfs::enter_userns`]); no mount is needed.

use crate::engine::Engine;
use crate::image::digest::Digest;
use crate::util::fsat;
use anyhow::{Context, Result};
use std::ffi::{CStr, CString};
use std::fs::File;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::path::{Path, PathBuf};

/// One line of `dhow diff`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Change {
    /// 'A', 'C' or 'D'.
    pub kind: char,
    pub path: String,
}

impl std::fmt::Display for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.kind, self.path)
    }
}

/// Finds the container, enters its user namespace (single-threaded caller,
/// not yet in a user namespace) and lists its changes sorted by path.
pub fn diff(engine: &Engine, query: &str) -> Result<Vec<Change>> {
    let (record, state) = super::ops::find(engine, query)?;
    super::rootfs::enter_userns(&state)?;
    let upper = crate::container::ContainerStore::new(&engine.paths.root)
        .dir(&record.id)
        .join("upper");
    let layers_root = engine.store_readonly().root().join("layers");
    let lowers: Vec<PathBuf> = record
        .layers
        .iter()
        .rev()
        .map(|d: &Digest| layers_root.join(d.hex()).join("diff"))
        .collect();
    changes(&upper, &lowers)
}

/// The changes of `upper` over `lowers` (top layer first), sorted by path.
pub fn changes(upper: &Path, lowers: &[PathBuf]) -> Result<Vec<Change>> {
    let lower_roots: Vec<File> = lowers.iter().filter_map(|p| File::open(p).ok()).collect();
    let root = open_dir(
        libc::AT_FDCWD,
        &CString::new(upper.as_os_str().as_encoded_bytes()).context("invalid path")?,
        false,
    )
    .with_context(|| format!("reading the container's upper dir {}", upper.display()))?;
    let mut out = Vec::new();
    walk(&root, "", &lower_roots, &mut out)?;
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

fn open_dir(parent: RawFd, name: &CStr, nofollow: bool) -> std::io::Result<OwnedFd> {
    let mut flags = libc::O_RDONLY | libc::O_DIRECTORY;
    if nofollow {
        flags |= libc::O_NOFOLLOW;
    }
    fsat::openat(parent, name, flags, 0)
}

/// Whether `path` (inside the container) exists in any lower layer;
/// resolved inside each layer, never following a link out of it.
fn in_lower(lowers: &[File], path: &str) -> bool {
    let p = Path::new(path);
    let (Some(parent), Some(name)) = (p.parent(), p.file_name()) else {
        return true;
    };
    let Ok(cname) = CString::new(name.as_encoded_bytes()) else {
        return false;
    };
    lowers.iter().any(|l| {
        match fsat::open_at_in_root(l, parent, libc::O_PATH | libc::O_DIRECTORY) {
            Ok(pfd) => fsat::lstat_at(pfd.as_raw_fd(), &cname).ok().flatten().is_some(),
            Err(_) => false,
        }
    })
}

fn lower_children(lowers: &[File], path: &str) -> Vec<CString> {
    let mut all = Vec::new();
    for l in lowers {
        if let Ok(fd) = fsat::open_at_in_root(l, Path::new(path), libc::O_DIRECTORY) {
            if let Ok(n) = fsat::list_dir(&fd) {
                all.extend(n.into_iter().filter(|c| !c.to_bytes().starts_with(b".wh.")));
            }
        }
    }
    all.sort();
    all.dedup();
    all
}

fn is_opaque(fd: &OwnedFd) -> bool {
    let mut buf = [0u8; 4];
    for key in [c"user.overlay.opaque", c"trusted.overlay.opaque"] {
        // SAFETY: valid fd, C string and buffer.
        let n = unsafe {
            libc::fgetxattr(
                fd.as_raw_fd(),
                key.as_ptr(),
                buf.as_mut_ptr().cast(),
                buf.len(),
            )
        };
        if n == 1 && buf[0] == b'y' {
            return true;
        }
    }
    false
}

fn walk(dir: &OwnedFd, prefix: &str, lowers: &[File], out: &mut Vec<Change>) -> Result<()> {
    let children = fsat::list_dir(dir)
        .with_context(|| format!("reading {}", if prefix.is_empty() { "/" } else { prefix }))?;
    if is_opaque(dir) {
        for n in lower_children(lowers, if prefix.is_empty() { "/" } else { prefix }) {
            if !children.contains(&n) {
                out.push(Change {
                    kind: 'D',
                    path: format!("{prefix}/{}", n.to_string_lossy()),
                });
            }
        }
    }
    for n in children {
        let path = format!("{prefix}/{}", n.to_string_lossy());
        let Some(st) = fsat::lstat_at(dir.as_raw_fd(), &n).ok().flatten() else {
            continue;
        };
        let fmt = st.st_mode & libc::S_IFMT;
        if fmt == libc::S_IFCHR && st.st_rdev == 0 {
            out.push(Change { kind: 'D', path });
            continue;
        }
        let kind = if in_lower(lowers, &path) { 'C' } else { 'A' };
        out.push(Change {
            kind,
            path: path.clone(),
        });
        if fmt == libc::S_IFDIR {
            if let Ok(sub) = open_dir(dir.as_raw_fd(), &n, true) {
                walk(&sub, &path, lowers, out)?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn added_changed_and_opaque() {
        let d = tempfile::tempdir().unwrap();
        let lower = d.path().join("lower");
        let upper = d.path().join("upper");
        for p in ["etc", "var/old"] {
            std::fs::create_dir_all(lower.join(p)).unwrap();
        }
        std::fs::write(lower.join("etc/passwd"), b"x").unwrap();
        std::fs::write(lower.join("var/old/f"), b"x").unwrap();
        std::fs::create_dir_all(upper.join("etc")).unwrap();
        std::fs::write(upper.join("etc/passwd"), b"y").unwrap();
        std::fs::write(upper.join("etc/new"), b"y").unwrap();
        std::fs::create_dir_all(upper.join("newdir/sub")).unwrap();
        let got = changes(&upper, &[lower.clone()]).unwrap();
        let lines: Vec<String> = got.iter().map(|c| c.to_string()).collect();
        assert_eq!(
            lines,
            [
                "C /etc",
                "A /etc/new",
                "C /etc/passwd",
                "A /newdir",
                "A /newdir/sub"
            ]
        );
        // Opaque directory hides lower entries (needs user xattrs on the fs).
        std::fs::create_dir_all(upper.join("var/old")).unwrap();
        let f = File::open(upper.join("var/old")).unwrap();
        // SAFETY: valid fd and strings.
        let ok = unsafe {
            libc::fsetxattr(
                f.as_raw_fd(),
                c"user.overlay.opaque".as_ptr(),
                b"y".as_ptr().cast(),
                1,
                0,
            )
        } == 0;
        if ok {
            let got = changes(&upper, &[lower]).unwrap();
            assert!(
                got.contains(&Change {
                    kind: 'D',
                    path: "/var/old/f".into()
                }),
                "{got:?}"
            );
            assert!(
                got.contains(&Change {
                    kind: 'C',
                    path: "/var/old".into()
                }),
                "{got:?}"
            );
        }
    }
}
