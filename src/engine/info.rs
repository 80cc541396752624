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
    let rootless = !nix::unistd::geteuid().is_root();
    let version = env!("CARGO_PKG_VERSION");
    let exe = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default();
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let mem = |key: &str| meminfo_bytes(&meminfo, key);
    let uptime = std::fs::read_to_string("/proc/uptime").ok().and_then(|t| t.split('.').next()?.parse::<i64>().ok()).unwrap_or(0);
    let containers = container_counts(engine);
    let slirp4netns = which("slirp4netns");
    Ok(json!({
        "host": {
            "arch": platform.architecture,
            "os": platform.os,
            "kernel": uts.release().to_string_lossy(),
            "hostname": uts.nodename().to_string_lossy(),
            "distribution": distribution(),
            "cgroupVersion": cgroup_version(),
            "cgroupManager": "cgroupfs",
            "cpus": std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
            "memTotal": mem("MemTotal"),
            "memFree": mem("MemFree"),
            "swapTotal": mem("SwapTotal"),
            "swapFree": mem("SwapFree"),
            "uptime": crate::util::human::duration(uptime),
            "eventLogger": "file",
            "logDriver": "k8s-file",
            // podman's words for what dhow does itself: the built-in runtime
            // and dhow's own networking.
            "ociRuntime": {"name": "dhow", "package": "dhow (built-in runtime)", "path": exe, "version": version},
            "networkBackend": "dhow",
            "remoteSocket": {"exists": false, "path": ""},
            "serviceIsRemote": false,
            "security": {
                "rootless": rootless,
                "seccompEnabled": true,
                "seccompProfilePath": "",
                "selinuxEnabled": false,
                "apparmorEnabled": false,
                "capabilities": crate::runtime::defaults::capabilities().join(","),
            },
            "slirp4netns": {"executable": slirp4netns, "package": "", "version": ""},
            "rootless": rootless,
            "idMappings": {
                "uidmap": map_json(&mappings.uids),
                "gidmap": map_json(&mappings.gids),
                "subordinateRanges": has_ranges,
            },
            "newuidmap": which("newuidmap"),
            "pasta": which("pasta"),
            "fuseOverlayfs": which("fuse-overlayfs"),
        },
        "store": {
            "graphRoot": engine.paths.root,
            "runRoot": engine.paths.runroot,
            "volumePath": engine.paths.root.join("volumes"),
            "containerStore": containers,
            "graphOptions": {},
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
        "version": {
            "APIVersion": version,
            "Version": version,
            "GoVersion": "",
            "GitCommit": "",
            "Built": 0,
            "BuiltTime": "",
            "Os": platform.os,
            "OsArch": format!("{}/{}", platform.os, platform.architecture),
        },
    }))
}

/// podman's `store.containerStore`: how many containers, by state.
fn container_counts(engine: &Engine) -> Value {
    use crate::container::Status;
    let all: Vec<Status> = crate::engine::containers::ops::containers(engine)
        .list()
        .map(|l| l.into_iter().map(|(_, s)| s.effective().status).collect())
        .unwrap_or_default();
    let count = |f: &dyn Fn(Status) -> bool| all.iter().filter(|s| f(**s)).count();
    json!({
        "number": all.len(),
        "running": count(&|s| matches!(s, Status::Running | Status::Restarting)),
        "paused": count(&|s| s == Status::Paused),
        "stopped": count(&|s| matches!(s, Status::Created | Status::Exited | Status::Removing)),
    })
}

/// A `/proc/meminfo` line's value in bytes (the file counts kB); 0 if absent.
fn meminfo_bytes(meminfo: &str, key: &str) -> u64 {
    meminfo
        .lines()
        .find_map(|l| l.strip_prefix(key)?.strip_prefix(':'))
        .and_then(|v| v.split_whitespace().next()?.parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}

/// `ID` and `VERSION_ID` of /etc/os-release, as podman's `host.distribution`.
fn distribution() -> Value {
    let text = std::fs::read_to_string("/etc/os-release").unwrap_or_default();
    let field = |key: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(key)?.strip_prefix('='))
            .map(|v| v.trim_matches('"').to_string())
            .unwrap_or_default()
    };
    json!({"distribution": field("ID"), "version": field("VERSION_ID"), "codename": field("VERSION_CODENAME")})
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

#[cfg(test)]
mod tests {
    #[test]
    fn meminfo_values_are_bytes() {
        let m = "MemTotal:        8000 kB\nMemFree:   10 kB\nSwapTotal: 0 kB\n";
        assert_eq!(super::meminfo_bytes(m, "MemTotal"), 8000 * 1024);
        assert_eq!(super::meminfo_bytes(m, "MemFree"), 10 * 1024);
        assert_eq!(super::meminfo_bytes(m, "SwapFree"), 0);
    }
}
