//! The container's merged filesystem view, for commands that read or write
//! inside a container (`cp`, `diff`).
//!
//! The overlay rootfs (`<ctrdir>/merged`) is only ever mounted inside a
//! private mount namespace, never on the host, so nothing stays mounted when
//! a process dies. A CLI that needs the view therefore has to get into such a
//! namespace itself:
//!
//! * **running container**: join the monitor's user namespace, then its
//!   mount namespace (`/proc/<monitor>/ns/{user,mnt}`), where the overlay is
//!   already mounted. The CLI must *not* have entered a fresh user namespace
//!   first (it would not own the monitor's), so such commands have
//!   `needs_user_namespace() == false` and call [`enter`] after finding the
//!   container.
//! * **stopped/created container**: enter dhow's rootless user namespace
//!   (`sys::userns::enter`), unshare a mount namespace, make `/` private and
//!   mount the overlay with [`mount_overlay`], the same function the monitor
//!   uses.
//!
//! Both paths need a single-threaded process (`setns(CLONE_NEWNS)` and
//! `unshare(CLONE_NEWUSER)` refuse otherwise): call [`enter`] before
//! spawning any thread. The current directory is kept, so relative host
//! paths given on the command line still mean what the user typed.

use crate::container::{ContainerRecord, ContainerState, ContainerStore};
use crate::engine::Engine;
use crate::image::digest::Digest;
use anyhow::{Context, Result};
use std::os::fd::AsRawFd;
use std::path::{Path, PathBuf};

/// Makes this process's mount namespace its own and its mounts private, so
/// what it mounts next is invisible to (and not propagated to) the host.
pub fn private_mount_namespace() -> Result<()> {
    use nix::mount::{mount, MsFlags};
    nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNS)
        .context("creating a private mount namespace")?;
    mount(
        None::<&str>,
        "/",
        None::<&str>,
        MsFlags::MS_REC | MsFlags::MS_PRIVATE,
        None::<&str>,
    )
    .context("making mounts private")?;
    Ok(())
}

/// Mounts the overlay of `layers` (diff IDs, bottom first, as in the
/// container record) with the container's `upper`/`work` dirs of `ctr_dir`
/// at `target`. The caller must be in a private mount namespace of a user
/// namespace that owns the layer files (see [`private_mount_namespace`]).
/// Changes the current directory while mounting and restores `/`.
pub fn mount_overlay(
    layers_root: &Path,
    layers: &[Digest],
    ctr_dir: &Path,
    target: &Path,
) -> Result<()> {
    use nix::mount::{mount, MsFlags};
    // Relative lowerdirs keep the option string short (the kernel caps it
    // at one page): work from the layers directory.
    let mut lower: Vec<String> = layers
        .iter()
        .rev()
        .map(|d| format!("{}/diff", d.hex()))
        .collect();
    if lower.is_empty() {
        let empty = ctr_dir.join("empty");
        std::fs::create_dir_all(&empty).with_context(|| format!("creating {}", empty.display()))?;
        lower.push(empty.display().to_string());
    }
    std::env::set_current_dir(layers_root)
        .with_context(|| format!("entering {}", layers_root.display()))?;
    let data = format!(
        "lowerdir={},upperdir={},workdir={},userxattr",
        lower.join(":"),
        ctr_dir.join("upper").display(),
        ctr_dir.join("work").display()
    );
    let r = mount(
        Some("overlay"),
        target,
        Some("overlay"),
        MsFlags::empty(),
        Some(data.as_str()),
    );
    let _ = std::env::set_current_dir("/");
    r.with_context(|| format!("mounting the container's overlay rootfs at {} (kernel overlayfs in a user namespace needs Linux 5.11+)", target.display()))
}

/// How [`enter`] got at the container's files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Joined the running container's monitor (user + mount namespace).
    Running,
    /// Entered the rootless user namespace and mounted the overlay ourselves.
    Stopped,
}

/// The container's files, as reachable after [`enter`].
#[derive(Debug, Clone)]
pub struct Rootfs {
    /// The merged view (the container's `/`).
    pub merged: PathBuf,
    /// The container's writable layer.
    pub upper: PathBuf,
    pub access: Access,
}

/// Where the merged view of the container with this record is mounted.
pub fn merged_dir(engine: &Engine, record: &ContainerRecord) -> PathBuf {
    ContainerStore::new(&engine.paths.root)
        .dir(&record.id)
        .join("merged")
}

/// Gets this (single-threaded, not yet in a user namespace) process into a
/// place where the container's merged rootfs is mounted and its files are
/// accessible as the container's root. See the module documentation.
pub fn enter(engine: &Engine, record: &ContainerRecord, state: &ContainerState) -> Result<Rootfs> {
    let dir = ContainerStore::new(&engine.paths.root).dir(&record.id);
    let merged = dir.join("merged");
    let upper = dir.join("upper");
    // setns(CLONE_NEWNS) moves us to the namespace's root; keep our cwd.
    let cwd = std::fs::File::open(".").ok();
    let running = super::ops::is_running(state) && state.monitor_pid > 0 && state.monitor_alive();
    let access = if running {
        join_monitor(state.monitor_pid)?;
        Access::Running
    } else {
        crate::sys::userns::enter()?;
        private_mount_namespace()?;
        let layers_root = engine.store_readonly().root().join("layers");
        mount_overlay(&layers_root, &record.layers, &dir, &merged)?;
        Access::Stopped
    };
    if let Some(cwd) = cwd {
        // SAFETY: fchdir on a directory fd we own.
        unsafe { libc::fchdir(cwd.as_raw_fd()) };
    }
    Ok(Rootfs {
        merged,
        upper,
        access,
    })
}

/// Only the user namespace, for reading the container's upper dir (whose
/// files belong to sub-IDs): the monitor's when it runs, else a fresh one.
pub fn enter_userns(state: &ContainerState) -> Result<()> {
    if super::ops::is_running(state) && state.monitor_pid > 0 && state.monitor_alive() {
        crate::sys::userns::join(state.monitor_pid)
    } else {
        crate::sys::userns::enter()
    }
}

/// Joins the user namespace, then the mount namespace, of the monitor.
fn join_monitor(pid: i32) -> Result<()> {
    crate::sys::userns::join(pid)?;
    let path = format!("/proc/{pid}/ns/mnt");
    let fd = std::fs::File::open(&path)
        .with_context(|| format!("cannot open {path}; is the container still running?"))?;
    nix::sched::setns(&fd, nix::sched::CloneFlags::CLONE_NEWNS).with_context(|| {
        format!("joining the mount namespace of the container's monitor (process {pid})")
    })?;
    Ok(())
}
