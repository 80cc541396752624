//! Kernel overlayfs mounts for container and build root filesystems, made
//! rootless: in a mount namespace of our own, inside the user namespace that
//! owns the layer files, with `userxattr` (whiteouts and opaque markers as
//! `user.overlay.*`, which is how `image::layer` writes them).

use anyhow::{bail, Context, Result};
use std::path::Path;

/// The kernel takes mount options up to one page.
const MAX_OPTIONS: usize = 4000;

/// Makes this process's mount namespace its own and its mounts private, so
/// what it mounts next is invisible to (and not propagated to) the host, and
/// disappears with the process.
pub fn private_mount_namespace() -> Result<()> {
    use nix::mount::{mount, MsFlags};
    nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNS).context("creating a private mount namespace")?;
    mount(None::<&str>, "/", None::<&str>, MsFlags::MS_REC | MsFlags::MS_PRIVATE, None::<&str>).context("making mounts private")?;
    Ok(())
}

/// Mounts the layers `layers` (the hex of their diff IDs, bottom first)
/// found as `<layers_root>/<hex>/diff` at `target`: writable through `upper` =
/// (upperdir, workdir), else read-only. `empty` is an empty directory used
/// as the lowerdir when there are no layers (overlay needs one; a read-only
/// overlay needs two). Changes the current directory while mounting (relative
/// lowerdirs keep the options under a page) and restores `/`.
pub fn mount(layers_root: &Path, layers: &[&str], upper: Option<(&Path, &Path)>, target: &Path, empty: &Path) -> Result<()> {
    mount_with(layers_root, layers, upper, target, empty, false)
}

/// [`mount`] writable and `volatile` (Linux 5.10+): overlayfs skips every
/// sync of the upper layer, including the one at unmount, which on a busy
/// disk costs more than the rest of a short container's life. For upper
/// dirs that are thrown away after use (`run --rm`): after a crash of the
/// host their content is undefined. Falls back to a plain mount on kernels
/// without the option.
pub fn mount_volatile(layers_root: &Path, layers: &[&str], upper: (&Path, &Path), target: &Path, empty: &Path) -> Result<()> {
    mount_with(layers_root, layers, Some(upper), target, empty, true).or_else(|_| mount_with(layers_root, layers, Some(upper), target, empty, false))
}

fn mount_with(layers_root: &Path, layers: &[&str], upper: Option<(&Path, &Path)>, target: &Path, empty: &Path, volatile: bool) -> Result<()> {
    use nix::mount::MsFlags;
    // A volatile mount leaves a marker in the work dir that refuses every
    // later mount (overlayfs' guard against an upper dir left by a crashed
    // host). Only disposable containers are mounted volatile, and one is
    // mounted again only after a clean unmount (`restart`), or to be
    // thrown away: its upper dir is sound enough, so the marker goes.
    if let Some((_, work)) = upper {
        if work.join("work/incompat/volatile").exists() {
            std::fs::remove_dir_all(work.join("work")).with_context(|| format!("clearing {} after an earlier volatile mount", work.display()))?;
        }
    }
    let mut lower: Vec<String> = layers.iter().rev().map(|hex| format!("{hex}/diff")).collect();
    if lower.is_empty() || (upper.is_none() && lower.len() == 1) {
        std::fs::create_dir_all(empty).with_context(|| format!("creating {}", empty.display()))?;
        lower.push(empty.display().to_string());
    }
    let mut data = format!("lowerdir={}", lower.join(":"));
    if let Some((u, w)) = upper {
        data.push_str(&format!(",upperdir={},workdir={}", u.display(), w.display()));
    }
    data.push_str(",userxattr");
    if volatile {
        data.push_str(",volatile");
    }
    if data.len() >= MAX_OPTIONS {
        bail!(
            "the image has too many layers ({}) for one overlay mount; squash it (build with --layers=false, or commit and re-import it)",
            layers.len()
        );
    }
    // Only layer lowerdirs are relative: a store without images (a pod's
    // infra in a fresh store) may have no layers directory at all.
    if !layers.is_empty() {
        std::env::set_current_dir(layers_root).with_context(|| format!("entering {}", layers_root.display()))?;
    }
    let flags = if upper.is_some() { MsFlags::empty() } else { MsFlags::MS_RDONLY };
    let r = nix::mount::mount(Some("overlay"), target, Some("overlay"), flags, Some(data.as_str()));
    let _ = std::env::set_current_dir("/");
    r.with_context(|| format!("mounting an overlay at {} (kernel overlayfs in a user namespace needs Linux 5.11+)", target.display()))
}

/// Mounts an overlay of the plain directory `lower` at `target`, writable
/// through `upper` = (upperdir, workdir): `run --rootfs DIR:O`. `lower`
/// must not contain `:` or `,` (checked at create).
pub fn mount_dir(lower: &Path, upper: (&Path, &Path), target: &Path) -> Result<()> {
    let data = format!("lowerdir={},upperdir={},workdir={},userxattr", lower.display(), upper.0.display(), upper.1.display());
    nix::mount::mount(Some("overlay"), target, Some("overlay"), nix::mount::MsFlags::empty(), Some(data.as_str()))
        .with_context(|| format!("mounting an overlay of {} at {}", lower.display(), target.display()))
}

/// Detaches a mount; nothing to do if it is already gone.
pub fn unmount(target: &Path) {
    let _ = nix::mount::umount2(target, nix::mount::MntFlags::MNT_DETACH);
}
