//! `dhow mount` / `dhow unmount`: a container's merged root filesystem,
//! mounted where the user can work on it, as podman's commands do.
//!
//! dhow never mounts anything in the host's mount namespace (see
//! [`super::rootfs`]), so — exactly as rootless podman — these commands run
//! only inside `dhow unshare`, whose private mount namespace holds the mount
//! until the shell exits. Outside, they fail with podman's wording.

use super::rootfs;
use crate::container::ContainerRecord;
use crate::engine::Engine;
use crate::error::Exit;
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};

/// podman's refusal outside the user namespace, naming the command.
pub fn require_unshare(command: &str) -> Result<()> {
    if nix::unistd::geteuid().is_root() {
        return Ok(());
    }
    Err(Exit::with_code(125, format!("cannot run command \"dhow {command}\" in rootless mode, must execute `dhow unshare` first")).into())
}

/// Whether `path` is a mount point in this process's mount namespace.
pub fn is_mounted(path: &Path) -> bool {
    let Ok(text) = std::fs::read_to_string("/proc/self/mountinfo") else { return false };
    let want = path.to_string_lossy();
    text.lines().any(|l| l.split(' ').nth(4).is_some_and(|m| unescape(m) == want))
}

/// mountinfo's octal escapes (`\040` for a space).
fn unescape(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' && i + 4 <= b.len() {
            if let Some(v) = s.get(i + 1..i + 4).and_then(|d| u8::from_str_radix(d, 8).ok()) {
                out.push(v);
                i += 4;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Mounts the container's merged view (once) and returns where it is.
pub fn mount(engine: &Engine, record: &ContainerRecord) -> Result<PathBuf> {
    let merged = rootfs::merged_dir(engine, record);
    if is_mounted(&merged) {
        return Ok(merged);
    }
    let dir = merged.parent().map(Path::to_path_buf).unwrap_or_default();
    let cwd = std::env::current_dir().ok();
    let layers_root = engine.store_readonly().root().join("layers");
    let r = rootfs::mount_rootfs(&layers_root, record, &dir, &merged, false);
    if let Some(cwd) = cwd {
        let _ = std::env::set_current_dir(cwd);
    }
    r.with_context(|| format!("mounting container {}", record.name))?;
    Ok(merged)
}

/// Unmounts the container's merged view if it is mounted here.
pub fn unmount(engine: &Engine, record: &ContainerRecord) -> Result<()> {
    let merged = rootfs::merged_dir(engine, record);
    if !is_mounted(&merged) {
        return Ok(());
    }
    nix::mount::umount2(&merged, nix::mount::MntFlags::MNT_DETACH).with_context(|| format!("unmounting container {}", record.name))
}

/// The containers mounted in this mount namespace, with their mount points.
pub fn mounted(engine: &Engine) -> Result<Vec<(ContainerRecord, PathBuf)>> {
    let mut out = Vec::new();
    for (r, _) in super::ops::containers(engine).list()? {
        let m = rootfs::merged_dir(engine, &r);
        if is_mounted(&m) {
            out.push((r, m));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn mountinfo_escapes() {
        assert_eq!(super::unescape("/a\\040b"), "/a b");
        assert_eq!(super::unescape("/plain"), "/plain");
        assert_eq!(super::unescape("/end\\"), "/end\\");
    }
}
