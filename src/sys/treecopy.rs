//! The one copier of directory trees that keeps what a root filesystem
//! needs: owners (optionally shifted through an ID mapping), modes with
//! setuid bits, modification times, symlinks, FIFOs, hard links and the
//! extended attributes that can be set here. Used for a volume's copy-up
//! from the image and for the ID-shifted copy of an image
//! (`engine::containers::idshift`). Device nodes and sockets are skipped:
//! a user namespace cannot create them. Never follows a symlink.

use super::userns::IdMappings;
use anyhow::{Context, Result};
use std::collections::HashMap;
use std::fs;
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// The IDs a file owned by `uid:gid` gets in a copy made through `maps`
/// (inside → outside: the outside IDs the mapping gives the inside ones).
/// An ID the mapping does not cover goes to outside ID 0 when the mapping
/// leaves 0 out (shown as nobody inside), else stays.
pub fn shifted(maps: &IdMappings, uid: u32, gid: u32) -> (u32, u32) {
    let unmapped_uid = || if maps.to_container_uid(0).is_none() { 0 } else { uid };
    let unmapped_gid = || if maps.to_container_gid(0).is_none() { 0 } else { gid };
    (maps.to_host_uid(uid).unwrap_or_else(unmapped_uid), maps.to_host_gid(gid).unwrap_or_else(unmapped_gid))
}

/// Copies the content of `src` into the existing directory `dst`; owners
/// go through `maps` when given, else stay.
pub fn copy_tree(src: &Path, dst: &Path, maps: Option<&IdMappings>) -> Result<()> {
    copy_children(src, dst, maps, &mut HashMap::new())
}

/// Gives `to` the owner (through `maps`), mode and mtime of `md`.
pub fn set_owner_and_mode(to: &Path, md: &fs::Metadata, maps: Option<&IdMappings>) -> Result<()> {
    let (uid, gid) = maps.map_or((md.uid(), md.gid()), |m| shifted(m, md.uid(), md.gid()));
    std::os::unix::fs::lchown(to, Some(uid), Some(gid)).with_context(|| format!("setting the owner of {}", to.display()))?;
    if !md.file_type().is_symlink() {
        // After chown, which clears setuid bits.
        fs::set_permissions(to, fs::Permissions::from_mode(md.mode() & 0o7777))?;
        let t = nix::sys::time::TimeSpec::new(md.mtime(), md.mtime_nsec());
        let _ = nix::sys::stat::utimensat(None, to, &t, &t, nix::sys::stat::UtimensatFlags::NoFollowSymlink);
    }
    Ok(())
}

/// `links`: (dev, inode) of a multiply-linked file → its first copy.
fn copy_children(src: &Path, dst: &Path, maps: Option<&IdMappings>, links: &mut HashMap<(u64, u64), PathBuf>) -> Result<()> {
    for entry in fs::read_dir(src).with_context(|| format!("reading {}", src.display()))? {
        let entry = entry?;
        let (from, to) = (entry.path(), dst.join(entry.file_name()));
        let md = fs::symlink_metadata(&from)?;
        let ft = md.file_type();
        if ft.is_dir() {
            fs::create_dir(&to).with_context(|| format!("creating {}", to.display()))?;
            copy_children(&from, &to, maps, links)?;
        } else if ft.is_symlink() {
            std::os::unix::fs::symlink(fs::read_link(&from)?, &to)?;
        } else if ft.is_file() {
            if md.nlink() > 1 {
                if let Some(first) = links.get(&(md.dev(), md.ino())) {
                    fs::hard_link(first, &to).with_context(|| format!("linking {}", to.display()))?;
                    continue;
                }
                links.insert((md.dev(), md.ino()), to.clone());
            }
            fs::copy(&from, &to).with_context(|| format!("copying {}", from.display()))?;
        } else if ft.is_fifo() {
            nix::unistd::mkfifo(&to, nix::sys::stat::Mode::from_bits_truncate(md.mode() & 0o777))?;
        } else {
            continue;
        }
        copy_xattrs(&from, &to);
        set_owner_and_mode(&to, &md, maps)?;
    }
    Ok(())
}

/// Best effort: what cannot be set in a user namespace (trusted.*) is
/// left out, as the image's layers already left it out.
fn copy_xattrs(from: &Path, to: &Path) {
    use crate::util::fsat::{cstring, list_xattrs, set_xattr, XattrTarget};
    use std::os::unix::ffi::OsStrExt;
    let (Ok(f), Ok(t)) = (cstring(from.as_os_str().as_bytes()), cstring(to.as_os_str().as_bytes())) else { return };
    for (name, value) in list_xattrs(&XattrTarget::Path(f)).unwrap_or_default() {
        if let Ok(name) = cstring(&name) {
            let _ = set_xattr(&XattrTarget::Path(t.clone()), &name, &value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sys::userns::IdMapping;

    fn maps(u: &[(u32, u32, u32)]) -> IdMappings {
        let conv = |m: &[(u32, u32, u32)]| m.iter().map(|&(c, h, s)| IdMapping { container_id: c, host_id: h, size: s }).collect();
        IdMappings { uids: conv(u), gids: conv(u) }
    }

    #[test]
    fn ids_become_the_outside_ids_the_mapping_gives_them() {
        let m = maps(&[(0, 1000, 100)]);
        assert_eq!(shifted(&m, 0, 0), (1000, 1000));
        assert_eq!(shifted(&m, 8, 12), (1008, 1012));
    }

    #[test]
    fn unmapped_ids_go_to_an_id_the_mapping_leaves_out() {
        // Outside 0 is not mapped: nobody inside.
        assert_eq!(shifted(&maps(&[(0, 1, 100)]), 65534, 500), (0, 0));
        // Outside 0 is mapped: the ID stays.
        assert_eq!(shifted(&maps(&[(0, 0, 10)]), 65534, 500), (65534, 500));
    }

    #[test]
    fn copy_keeps_hard_links_modes_and_symlinks_and_shifts_owners() {
        let d = tempfile::tempdir().unwrap();
        let (src, dst) = (d.path().join("s"), d.path().join("d"));
        fs::create_dir_all(src.join("bin")).unwrap();
        fs::write(src.join("bin/busybox"), b"x").unwrap();
        fs::hard_link(src.join("bin/busybox"), src.join("bin/sh")).unwrap();
        std::os::unix::fs::symlink("busybox", src.join("bin/ls")).unwrap();
        fs::set_permissions(src.join("bin/busybox"), fs::Permissions::from_mode(0o4755)).unwrap();
        fs::create_dir(&dst).unwrap();
        copy_tree(&src, &dst, None).unwrap();
        let b = fs::symlink_metadata(dst.join("bin/busybox")).unwrap();
        assert_eq!(b.mode() & 0o7777, 0o4755);
        assert_eq!(b.ino(), fs::symlink_metadata(dst.join("bin/sh")).unwrap().ino());
        assert_eq!(fs::read_link(dst.join("bin/ls")).unwrap(), Path::new("busybox"));
        if !nix::unistd::geteuid().is_root() {
            return; // chown to other IDs needs root (or dhow's namespace)
        }
        std::os::unix::fs::lchown(src.join("bin"), Some(5), Some(6)).unwrap();
        let shifted_dst = d.path().join("shifted");
        fs::create_dir(&shifted_dst).unwrap();
        copy_tree(&src, &shifted_dst, Some(&maps(&[(0, 3000, 100)]))).unwrap();
        let b = fs::symlink_metadata(shifted_dst.join("bin/busybox")).unwrap();
        assert_eq!((b.uid(), b.gid(), b.mode() & 0o7777), (3000, 3000, 0o4755));
        let bin = fs::symlink_metadata(shifted_dst.join("bin")).unwrap();
        assert_eq!((bin.uid(), bin.gid()), (3005, 3006));
    }
}
