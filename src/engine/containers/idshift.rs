//! Containers with their own ID mapping (`--uidmap/--gidmap`,
//! `--userns=auto|nomap`, `--subuidname`): the container gets a user
//! namespace nested in dhow's whose root is some dhow ID N ≠ 0, but the
//! image's files belong to dhow's IDs as the image names them (root's files
//! to dhow's 0, the user). So the container's root filesystem must show
//! them with shifted owners: image ID u becomes the dhow ID the container's
//! ID u maps to.
//!
//! How: an ID-shifted copy of the image's merged layers, made once per
//! container at its first mount (`<ctrdir>/lower/diff`, built in
//! `lower.tmp` and renamed, so a crash leaves no half copy in use), used as
//! the overlay's only lower dir; it goes with the container's directory.
//! Hard links stay hard links, so an image like busybox (hundreds of
//! links to one binary) copies in a few milliseconds.
//!
//! Why not podman's rootless way, `fuse-overlayfs -o uidmapping=...`:
//! every file operation of the container would then go through a FUSE
//! daemon (one more long-lived process per container beside the monitor,
//! which must outlive crashes and be cleaned up, and needs `/dev/fuse`),
//! while the copy costs once, at first start, and afterwards the container
//! runs on the kernel's overlay like every other one. Idmapped mounts
//! (`mount_setattr`) would need no copy but are refused in a user
//! namespace for filesystems mounted by the initial one. The price of the
//! copy is disk space and first-start time proportional to the image.

use crate::container::ContainerRecord;
use crate::sys::userns::{IdMapping, IdMappings};
use anyhow::{Context, Result};
use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// The container's own mapping relative to dhow's namespace, if it has one.
pub fn mappings(record: &ContainerRecord) -> Option<IdMappings> {
    let x = &record.host.extras;
    if x.uid_maps.is_empty() {
        return None;
    }
    let conv = |m: &[(u32, u32, u32)]| m.iter().map(|&(c, h, s)| IdMapping { container_id: c, host_id: h, size: s }).collect();
    Some(IdMappings { uids: conv(&x.uid_maps), gids: conv(&x.gid_maps) })
}

/// The container's (uid, gid) mappings as `layer::WriteOptions::owner_map`
/// takes them, so `commit` and `export` write the IDs seen inside.
pub fn owner_map(record: &ContainerRecord) -> Option<[Vec<(u32, u32, u32)>; 2]> {
    let x = &record.host.extras;
    (!x.uid_maps.is_empty()).then(|| [x.uid_maps.clone(), x.gid_maps.clone()])
}

/// The dhow IDs of the container's root (its uid 0 and gid 0).
pub fn root_owner(maps: &IdMappings) -> (u32, u32) {
    crate::sys::treecopy::shifted(maps, 0, 0)
}

/// The lower directory of the container's overlay: made from the image
/// layers `layers` (under `layers_root`) on first use. Returns (root, hex)
/// to hand to `sys::overlay::mount` (`<root>/<hex>/diff`). The caller is in
/// a private mount namespace of dhow's user namespace.
pub fn ensure_lower(layers_root: &Path, layers: &[&str], ctr_dir: &Path, maps: &IdMappings) -> Result<(PathBuf, &'static str)> {
    let done = ctr_dir.join("lower");
    // Two mounts at once (a start and a `cp` into the stopped container)
    // make the copy once.
    let _lock = if done.join("diff").is_dir() { None } else { Some(crate::util::lock::FileLock::exclusive(&ctr_dir.join("lower.lock"))?) };
    if !done.join("diff").is_dir() {
        let tmp = ctr_dir.join("lower.tmp");
        let _ = crate::image::store::remove_tree(&tmp);
        let (src, dst) = (tmp.join("src"), tmp.join("diff"));
        for d in [&src, &dst] {
            fs::create_dir_all(d).with_context(|| format!("creating {}", d.display()))?;
        }
        // No layers (a pod's infra): an empty root, nothing to mount.
        let mounted = !layers.is_empty();
        if mounted {
            crate::sys::overlay::mount(layers_root, layers, None, &src, &ctr_dir.join("empty"))?;
        }
        let copied = crate::sys::treecopy::copy_tree(&src, &dst, Some(maps));
        if mounted {
            crate::sys::overlay::unmount(&src);
        }
        copied.context("making the ID-shifted copy of the image for the container's mapping")?;
        let md = fs::symlink_metadata(&src)?;
        crate::sys::treecopy::set_owner_and_mode(&dst, &md, Some(maps))?;
        fs::remove_dir(&src).with_context(|| format!("removing {}", src.display()))?;
        fs::rename(&tmp, &done).with_context(|| format!("renaming {} to {}", tmp.display(), done.display()))?;
    }
    // The container's writes land in the upper dir, whose root is the
    // root of its `/`: it must be the container root's.
    let (uid, gid) = root_owner(maps);
    let upper = ctr_dir.join("upper");
    std::os::unix::fs::lchown(&upper, Some(uid), Some(gid)).with_context(|| format!("setting the owner of {}", upper.display()))?;
    Ok((ctr_dir.to_path_buf(), "lower"))
}

/// The directories above dhow's store `top`, up to `/`, must let such a
/// container's root through too. Those of the user's own that do not get
/// `g+x,o+x` (0711, as podman's storage) with a warning (podman changes
/// them silently); another's without `o+x` is refused, naming it.
pub fn allow_traversal_above(top: &Path) -> Result<()> {
    let me = nix::unistd::geteuid().as_raw();
    for dir in top.ancestors().skip(1) {
        let md = fs::metadata(dir).with_context(|| format!("reading {}", dir.display()))?;
        // g+x too: the container keeps the user's supplementary groups
        // (a rootless namespace cannot drop them), so the group's bits
        // apply to it on the user's directories.
        let want = if md.uid() == me { 0o011 } else { 0o001 };
        if md.mode() & want == want {
            continue;
        }
        if md.uid() != me {
            anyhow::bail!(
                "the container's root (not your own ID with this mapping) cannot pass through {} (mode {:o}, not yours) to reach dhow's store {}; ask its owner for o+x, or keep the store elsewhere with --root",
                dir.display(),
                md.mode() & 0o7777,
                top.display()
            );
        }
        let mode = (md.mode() & 0o7777) | 0o011;
        fs::set_permissions(dir, fs::Permissions::from_mode(mode)).with_context(|| format!("letting the container's root through {}", dir.display()))?;
        eprintln!("dhow: {} is now mode {mode:o} (g+x, o+x): a container with its own ID mapping must pass through it to reach dhow's store", dir.display());
    }
    Ok(())
}

/// Lets a container root other than the user pass through (not list)
/// the directories from `top` down to `path`, as podman's storage does
/// (0711): the runtime, already in the container's user namespace, binds
/// the rootfs, hosts files and volumes by their paths below dhow's 0700
/// store.
pub fn allow_traversal(top: &Path, path: &Path) -> Result<()> {
    for dir in path.ancestors().take_while(|d| d.starts_with(top)) {
        let md = fs::metadata(dir).with_context(|| format!("reading {}", dir.display()))?;
        if md.is_dir() && md.mode() & 0o011 != 0o011 {
            fs::set_permissions(dir, fs::Permissions::from_mode((md.mode() & 0o7777) | 0o011)).with_context(|| format!("letting the container's root through {}", dir.display()))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_containers_root_is_the_id_its_0_maps_to() {
        let m = IdMappings { uids: vec![IdMapping { container_id: 0, host_id: 1000, size: 10 }], gids: vec![IdMapping { container_id: 0, host_id: 2000, size: 10 }] };
        assert_eq!(root_owner(&m), (1000, 2000));
    }

    #[test]
    fn traversal_is_opened_from_the_top_down_to_the_path_only() {
        let d = tempfile::tempdir().unwrap();
        let (top, path) = (d.path().join("store"), d.path().join("store/containers/x"));
        fs::create_dir_all(&path).unwrap();
        for p in [d.path(), top.as_path(), top.join("containers").as_path(), path.as_path()] {
            fs::set_permissions(p, fs::Permissions::from_mode(0o700)).unwrap();
        }
        allow_traversal(&top, &path).unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().mode() & 0o7777;
        assert_eq!((mode(&top), mode(&top.join("containers")), mode(&path)), (0o711, 0o711, 0o711));
        assert_eq!(mode(d.path()), 0o700, "above the top stays closed");
        // Above the top: our own directories get o+x, nothing else changes.
        allow_traversal_above(&top).unwrap();
        assert_eq!(mode(d.path()), 0o711);
    }
}
