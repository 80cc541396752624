//! Container operations: create, start (through a monitor), attach, stop,
//! kill, remove, list, inspect. The records themselves live in
//! [`crate::container`]; the runtime that makes processes in [`crate::runtime`].

pub mod client;
pub mod clone;
pub mod cp;
pub mod create;
pub mod diff;
pub mod exec;
pub mod extras;
pub mod external;
pub mod health;
pub mod idshift;
pub mod inspect;
pub mod keep_id;
pub mod limits;
pub mod list;
pub mod logs;
pub mod logs_many;
pub mod monitor;
pub mod mount;
pub mod ops;
pub mod pause;
pub mod pod_member;
pub mod pod_cgroup;
pub mod protocol;
pub mod prune;
pub mod rename;
pub mod rootfs;
pub mod sdnotify;
pub mod spec;
pub mod start;
pub mod stats;
pub mod top;
pub mod top_descriptors;
pub mod update;
pub mod user;

use crate::config::paths::Paths;
use std::path::PathBuf;

/// The monitor's socket. Under the runtime dir (gone after a reboot, as the
/// monitor is) and named by the short ID: Unix socket paths are limited to
/// 108 bytes and the full ID alone is 64.
pub fn socket_path(paths: &Paths, id: &str) -> PathBuf {
    paths.runroot.join("sockets").join(format!("{}.sock", &id[..12.min(id.len())]))
}
