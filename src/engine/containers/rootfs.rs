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
//!   mount the overlay with [`mount_rootfs`], the same function the monitor
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

pub use crate::sys::overlay::private_mount_namespace;

/// The layer directory names of diff IDs.
pub(crate) fn hexes(layers: &[Digest]) -> Vec<&str> {
    layers.iter().map(|d| d.hex()).collect()
}

/// Mounts the container's root filesystem at `target`: the overlay of its
/// image layers (`record.layers`, under `layers_root`) with the `upper`/
/// `work` dirs of `ctr_dir`; for `--rootfs DIR` the directory itself
/// (bound, written in place), for `--rootfs DIR:O` an overlay over it.
/// `disposable`: the image overlay of a container whose changes are thrown
/// away when it ends (the monitor's mount for `--rm`), without syncs of
/// its upper dir (`sys::overlay::mount_volatile`).
/// The caller must be in a private mount namespace of a user namespace
/// that owns the files (see [`private_mount_namespace`]).
pub fn mount_rootfs(layers_root: &Path, record: &ContainerRecord, ctr_dir: &Path, target: &Path, disposable: bool) -> Result<()> {
    let (upper, work) = (ctr_dir.join("upper"), ctr_dir.join("work"));
    let x = &record.host.extras;
    // A container with its own ID mapping sees an ID-shifted copy instead.
    let (layers_root, layers) = match super::idshift::mappings(record) {
        Some(maps) if x.rootfs.is_empty() => {
            let (root, hex) = super::idshift::ensure_lower(layers_root, &hexes(&record.layers), ctr_dir, &maps)?;
            (root, vec![hex])
        }
        _ => (layers_root.to_path_buf(), hexes(&record.layers)),
    };
    let mounted = if x.rootfs.is_empty() && disposable {
        crate::sys::overlay::mount_volatile(&layers_root, &layers, (&upper, &work), target, &ctr_dir.join("empty"))
    } else if x.rootfs.is_empty() {
        crate::sys::overlay::mount(&layers_root, &layers, Some((&upper, &work)), target, &ctr_dir.join("empty"))
    } else if x.rootfs_overlay {
        crate::sys::overlay::mount_dir(Path::new(&x.rootfs), (&upper, &work), target)
    } else {
        use nix::mount::MsFlags;
        nix::mount::mount(Some(x.rootfs.as_str()), target, None::<&str>, MsFlags::MS_BIND | MsFlags::MS_REC, None::<&str>)
            .with_context(|| format!("binding the --rootfs directory {} (does it still exist?)", x.rootfs))
    };
    mounted.context("mounting the container's root filesystem")
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
    /// The merged view (the image layers and the container's changes).
    pub merged: PathBuf,
    /// The container's `/` as its processes see it: for a running container
    /// its init's root (`/proc/PID/root`), which has the volumes and bind
    /// mounts too, as docker's `cp` sees them; else the merged view.
    pub root: PathBuf,
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
        mount_rootfs(&layers_root, record, &dir, &merged, false)?;
        Access::Stopped
    };
    if let Some(cwd) = cwd {
        // SAFETY: fchdir on a directory fd we own.
        unsafe { libc::fchdir(cwd.as_raw_fd()) };
    }
    let root = match access {
        Access::Running if state.pid > 0 => PathBuf::from(format!("/proc/{}/root", state.pid)),
        _ => merged.clone(),
    };
    Ok(Rootfs {
        merged,
        root,
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
