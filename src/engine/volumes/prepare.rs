//! What the monitor does to a container's mounts before each start, after
//! the overlay rootfs is mounted and before the runtime spawns the process:
//!
//! * copy-up (docker): an empty volume mounted over a directory of the
//!   image gets that directory's content, owners and modes included. Done
//!   here rather than at create because only here is the merged rootfs (all
//!   layers, whiteouts applied) visible, and the monitor is uid 0 of the
//!   user namespace, so it can keep every owner. Like docker, the check is
//!   "the volume is empty", so a volume emptied by the user is filled again.
//! * `:U` (podman): the source is chowned to the container's user, from
//!   inside the user namespace (so uid 1000 becomes the right sub-ID).
//! * `:O` (podman): the source becomes the lower layer of an overlay whose
//!   writes land in a throw-away directory of the container.
//!
//! The rewritten sources (`:O`) only exist in the monitor's mount
//! namespace, which is also where the runtime runs.

use crate::container::record::Mount;
use crate::container::ContainerRecord;
use anyhow::{bail, Context, Result};
use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;

/// Prepares every mount of `record` (a copy the monitor hands to spec
/// generation; `:O` mounts get their overlay as source).
pub fn prepare(record: &mut ContainerRecord, rootfs: &Path, ctr_dir: &Path, uid: u32, gid: u32) -> Result<()> {
    for (i, m) in record.host.mounts.iter_mut().enumerate() {
        match m.kind.as_str() {
            "volume" => {
                let src = Path::new(&m.source);
                if !src.is_dir() {
                    bail!(
                        "volume {} mounted at {} no longer exists (was it removed?); recreate it with 'dhow volume create {}' or remove this container",
                        m.name,
                        m.destination,
                        m.name
                    );
                }
                if !m.nocopy && is_empty_dir(src) {
                    copy_up(rootfs, &m.destination, src).with_context(|| format!("copying the image's {} into volume {}", m.destination, m.name))?;
                }
            }
            "bind" if super::mounts::is_overlay(m) => overlay(m, ctr_dir, i)?,
            _ => {}
        }
        if m.chown && m.kind != "tmpfs" {
            chown_tree(Path::new(&m.source), uid, gid).with_context(|| format!("chowning {} to {uid}:{gid} for :U", m.source))?;
        }
    }
    Ok(())
}

fn is_empty_dir(p: &Path) -> bool {
    fs::read_dir(p).map(|mut d| d.next().is_none()).unwrap_or(false)
}

/// Copies the image's directory `dest` (resolved inside `rootfs`, so a
/// symlink in the image cannot point the copy at the host) into `volume`.
/// A missing or non-directory path copies nothing, as docker.
pub fn copy_up(rootfs: &Path, dest: &str, volume: &Path) -> Result<()> {
    let dir = match crate::util::fsat::open_in_root(rootfs, Path::new(dest), libc::O_DIRECTORY) {
        Ok(d) => d,
        Err(e) if matches!(e.raw_os_error(), Some(libc::ENOENT) | Some(libc::ENOTDIR)) => return Ok(()),
        Err(e) => return Err(e).with_context(|| format!("opening {dest} in the container's root")),
    };
    // The fd pins the directory the kernel resolved; its /proc path walks
    // from there without re-resolving `dest`.
    let src = std::path::PathBuf::from(crate::util::fsat::fd_path(&dir));
    let meta = fs::metadata(&src)?;
    crate::sys::treecopy::copy_tree(&src, volume, None)?;
    // The volume's root takes the owner and mode of the image's directory
    // (a database's data dir owned by its user).
    std::os::unix::fs::lchown(volume, Some(meta.uid()), Some(meta.gid()))?;
    fs::set_permissions(volume, fs::Permissions::from_mode(meta.mode() & 0o7777))?;
    Ok(())
}

/// Recursively chowns `path` (symlinks themselves, never their targets).
fn chown_tree(path: &Path, uid: u32, gid: u32) -> Result<()> {
    std::os::unix::fs::lchown(path, Some(uid), Some(gid)).with_context(|| format!("chown {}", path.display()))?;
    let md = fs::symlink_metadata(path)?;
    if md.is_dir() {
        for e in fs::read_dir(path)? {
            chown_tree(&e?.path(), uid, gid)?;
        }
    }
    Ok(())
}

/// `:O`: mounts an overlay with the host directory as its lower layer and
/// a fresh upper layer in the container's directory; the container sees
/// the overlay. Fresh at each start, as podman discards it.
fn overlay(m: &mut Mount, ctr_dir: &Path, i: usize) -> Result<()> {
    let base = ctr_dir.join("overlay-mounts").join(i.to_string());
    let _ = nix::mount::umount2(&base.join("merged"), nix::mount::MntFlags::MNT_DETACH);
    let _ = crate::image::store::remove_tree(&base);
    for d in ["upper", "work", "merged"] {
        fs::create_dir_all(base.join(d)).with_context(|| format!("creating {}", base.join(d).display()))?;
    }
    let data = format!("lowerdir={},upperdir={},workdir={},userxattr", m.source, base.join("upper").display(), base.join("work").display());
    let merged = base.join("merged");
    nix::mount::mount(Some("overlay"), &merged, Some("overlay"), nix::mount::MsFlags::empty(), Some(data.as_str()))
        .with_context(|| format!("mounting an overlay over {} for {}:O", m.source, m.destination))?;
    m.source = merged.display().to_string();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_up_copies_content_and_root_mode() {
        let root = tempfile::tempdir().unwrap();
        let vol = tempfile::tempdir().unwrap();
        fs::create_dir_all(root.path().join("data/sub")).unwrap();
        fs::write(root.path().join("data/sub/f"), b"hello").unwrap();
        std::os::unix::fs::symlink("/etc/passwd", root.path().join("data/link")).unwrap();
        fs::set_permissions(root.path().join("data"), fs::Permissions::from_mode(0o750)).unwrap();
        copy_up(root.path(), "/data", vol.path()).unwrap();
        assert_eq!(fs::read(vol.path().join("sub/f")).unwrap(), b"hello");
        assert_eq!(fs::read_link(vol.path().join("link")).unwrap(), Path::new("/etc/passwd"));
        assert_eq!(fs::metadata(vol.path()).unwrap().mode() & 0o777, 0o750);
        // A missing path copies nothing.
        let empty = tempfile::tempdir().unwrap();
        copy_up(root.path(), "/nope", empty.path()).unwrap();
        assert!(is_empty_dir(empty.path()));
    }

    #[test]
    fn copy_up_stays_in_root() {
        let root = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        fs::write(outside.path().join("secret"), b"x").unwrap();
        // An absolute symlink resolves inside the root, not on the host.
        std::os::unix::fs::symlink(outside.path(), root.path().join("escape")).unwrap();
        let vol = tempfile::tempdir().unwrap();
        copy_up(root.path(), "/escape", vol.path()).unwrap();
        assert!(!vol.path().join("secret").exists());
    }
}
