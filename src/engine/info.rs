//! `dhow info`: what a user needs to know when something does not work:
//! where the storage is, whether native overlay works rootless here, the ID
//! mappings, the cgroup layout, and which network helpers are installed.

use crate::engine::Engine;
use anyhow::Result;
use serde_json::{json, Value};
use std::path::Path;

pub fn info(engine: &Engine) -> Result<Value> {
    let platform = crate::image::manifest::Platform::host();
    let uts = nix::sys::utsname::uname()?;
    let (mappings, has_ranges) = crate::sys::userns::rootless_mappings()?;
    let map_json = |m: &[crate::sys::userns::IdMapping]| -> Vec<Value> {
        m.iter().map(|m| json!({"container_id": m.container_id, "host_id": m.host_id, "size": m.size})).collect()
    };
    let images = engine.store_readonly().images().map(|i| i.len()).unwrap_or(0);
    let registries = engine.registries().map(|r| r.unqualified_search_registries.clone()).unwrap_or_default();
    Ok(json!({
        "host": {
            "arch": platform.architecture,
            "os": platform.os,
            "kernel": uts.release().to_string_lossy(),
            "hostname": uts.nodename().to_string_lossy(),
            "cgroupVersion": cgroup_version(),
            "cgroupManager": "cgroupfs",
            "rootless": !nix::unistd::geteuid().is_root(),
            "idMappings": {
                "uidmap": map_json(&mappings.uids),
                "gidmap": map_json(&mappings.gids),
                "subordinateRanges": has_ranges,
            },
            "newuidmap": which("newuidmap"),
            "pasta": which("pasta"),
            "slirp4netns": which("slirp4netns"),
            "fuseOverlayfs": which("fuse-overlayfs"),
        },
        "store": {
            "graphRoot": engine.paths.root,
            "runRoot": engine.paths.runroot,
            "graphDriverName": "overlay",
            "graphStatus": {
                "Native Overlay": native_overlay_supported(),
                "Supports d_type": "true",
                "Whiteout Format": if nix::unistd::geteuid().is_root() { "trusted.overlay" } else { "user.overlay (userxattr)" },
            },
            "imageStore": {"number": images},
        },
        "registries": {"search": registries},
        "limits": crate::engine::containers::limits::host_report(),
        "version": {"Version": env!("CARGO_PKG_VERSION"), "OsArch": format!("{}/{}", platform.os, platform.architecture)},
    }))
}

/// "v2" on a unified hierarchy, "v1" otherwise (hybrid counts as v1: that is
/// where the controllers are).
fn cgroup_version() -> &'static str {
    match nix::sys::statfs::statfs("/sys/fs/cgroup") {
        Ok(s) if s.filesystem_type() == nix::sys::statfs::CGROUP2_SUPER_MAGIC => "v2",
        _ => "v1",
    }
}

/// Kernel overlay mounts in a user namespace need Linux 5.11 (userxattr).
pub(crate) fn native_overlay_supported() -> bool {
    let has_overlay = std::fs::read_to_string("/proc/filesystems").is_ok_and(|s| s.lines().any(|l| l.ends_with("\toverlay")));
    let release = nix::sys::utsname::uname().map(|u| u.release().to_string_lossy().into_owned()).unwrap_or_default();
    let mut nums = release.split(|c: char| !c.is_ascii_digit()).filter_map(|n| n.parse::<u32>().ok());
    let (major, minor) = (nums.next().unwrap_or(0), nums.next().unwrap_or(0));
    // overlay may be a module not yet loaded: /proc/filesystems then lacks it.
    (has_overlay || Path::new("/sys/module/overlay").exists() || major > 0) && (major, minor) >= (5, 11)
}

/// The full path of a program on PATH, or "" when it is not installed.
pub fn which(program: &str) -> String {
    let path = std::env::var("PATH").unwrap_or_else(|_| "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin".into());
    path.split(':')
        .map(|d| Path::new(d).join(program))
        .find(|p| p.is_file())
        .map(|p| p.display().to_string())
        .unwrap_or_default()
}
