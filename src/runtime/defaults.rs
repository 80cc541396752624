//! docker's defaults, for the engine when it generates a container's spec.
//!
//! These are data, not behaviour: the runtime itself only follows the spec it
//! is given. Keeping docker's lists here means `dhow run` containers see the
//! same capabilities, masked files and mounts as `docker run` ones.

use std::path::PathBuf;

use oci_spec::runtime::{LinuxDevice, LinuxDeviceBuilder, LinuxDeviceType, Mount, MountBuilder};

/// docker's default capability set (the same for bounding, effective and
/// permitted), as `CAP_*` names.
pub fn capabilities() -> Vec<String> {
    [
        "CAP_CHOWN",
        "CAP_DAC_OVERRIDE",
        "CAP_FSETID",
        "CAP_FOWNER",
        "CAP_MKNOD",
        "CAP_NET_RAW",
        "CAP_SETGID",
        "CAP_SETUID",
        "CAP_SETFCAP",
        "CAP_SETPCAP",
        "CAP_NET_BIND_SERVICE",
        "CAP_SYS_CHROOT",
        "CAP_KILL",
        "CAP_AUDIT_WRITE",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

/// Paths hidden from the container: host information or controls that a
/// container must not read (files get `/dev/null`, directories an empty
/// read-only tmpfs).
pub fn masked_paths() -> Vec<String> {
    [
        "/proc/acpi",
        "/proc/asound",
        "/proc/interrupts",
        "/proc/kcore",
        "/proc/keys",
        "/proc/latency_stats",
        "/proc/timer_list",
        "/proc/timer_stats",
        "/proc/sched_debug",
        "/proc/scsi",
        "/sys/firmware",
        "/sys/devices/virtual/powercap",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

/// Kernel controls the container may read but not change.
pub fn readonly_paths() -> Vec<String> {
    [
        "/proc/bus",
        "/proc/fs",
        "/proc/irq",
        "/proc/sys",
        "/proc/sysrq-trigger",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

/// One OCI mount (also the unit tests' way to write one).
pub(crate) fn mount(dest: &str, typ: &str, source: &str, options: &[&str]) -> Mount {
    // The builder only fails on an empty destination, which these are not;
    // fall back to a plain struct to stay panic-free regardless.
    MountBuilder::default()
        .destination(PathBuf::from(dest))
        .typ(typ.to_string())
        .source(PathBuf::from(source))
        .options(options.iter().map(|s| s.to_string()).collect::<Vec<_>>())
        .build()
        .unwrap_or_else(|_| {
            let mut m = Mount::default();
            m.set_destination(PathBuf::from(dest));
            m.set_typ(Some(typ.to_string()));
            m.set_source(Some(PathBuf::from(source)));
            m.set_options(Some(options.iter().map(|s| s.to_string()).collect()));
            m
        })
}

/// docker's standard mounts: `/proc`, a tmpfs `/dev`, `devpts`, `/dev/shm`,
/// `/dev/mqueue` and a read-only `/sys`.
///
/// With `rootless` the devpts `gid=5` option is left out: group 5 may not be
/// mapped in a rootless user namespace (the runtime would also retry without
/// it), and `/sys` gets `rbind`-like semantics from the runtime's fallback
/// when sysfs cannot be mounted.
pub fn default_mounts(rootless: bool) -> Vec<Mount> {
    let devpts: &[&str] = if rootless {
        &[
            "nosuid",
            "noexec",
            "newinstance",
            "ptmxmode=0666",
            "mode=0620",
        ]
    } else {
        &[
            "nosuid",
            "noexec",
            "newinstance",
            "ptmxmode=0666",
            "mode=0620",
            "gid=5",
        ]
    };
    vec![
        mount("/proc", "proc", "proc", &["nosuid", "noexec", "nodev"]),
        mount(
            "/dev",
            "tmpfs",
            "tmpfs",
            &["nosuid", "strictatime", "mode=755", "size=65536k"],
        ),
        mount("/dev/pts", "devpts", "devpts", devpts),
        mount(
            "/dev/shm",
            "tmpfs",
            "shm",
            &["nosuid", "noexec", "nodev", "mode=1777", "size=65536k"],
        ),
        mount(
            "/dev/mqueue",
            "mqueue",
            "mqueue",
            &["nosuid", "noexec", "nodev"],
        ),
        mount(
            "/sys",
            "sysfs",
            "sysfs",
            &["nosuid", "noexec", "nodev", "ro"],
        ),
    ]
}

fn char_device(path: &str, major: i64, minor: i64) -> LinuxDevice {
    LinuxDeviceBuilder::default()
        .path(PathBuf::from(path))
        .typ(LinuxDeviceType::C)
        .major(major)
        .minor(minor)
        .file_mode(0o666u32)
        .uid(0u32)
        .gid(0u32)
        .build()
        .unwrap_or_default()
}

/// The device nodes every container gets (OCI's required set minus the
/// console and ptmx, which come from the terminal and devpts).
pub fn default_devices() -> Vec<LinuxDevice> {
    vec![
        char_device("/dev/null", 1, 3),
        char_device("/dev/zero", 1, 5),
        char_device("/dev/full", 1, 7),
        char_device("/dev/random", 1, 8),
        char_device("/dev/urandom", 1, 9),
        char_device("/dev/tty", 5, 0),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docker_capabilities_are_fourteen_known_names() {
        let caps = capabilities();
        assert_eq!(caps.len(), 14);
        for c in &caps {
            assert!(c.parse::<::caps::Capability>().is_ok(), "{c}");
        }
        assert!(!caps.iter().any(|c| c == "CAP_SYS_ADMIN"));
    }

    #[test]
    fn lists_match_docker() {
        assert!(masked_paths().contains(&"/proc/kcore".to_string()));
        assert_eq!(masked_paths().len(), 12);
        assert!(masked_paths().contains(&"/proc/interrupts".to_string()));
        assert_eq!(readonly_paths().len(), 5);
        assert!(readonly_paths().contains(&"/proc/sys".to_string()));
    }

    #[test]
    fn default_mounts_in_order() {
        let m = default_mounts(false);
        let dests: Vec<_> = m
            .iter()
            .map(|m| m.destination().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            dests,
            [
                "/proc",
                "/dev",
                "/dev/pts",
                "/dev/shm",
                "/dev/mqueue",
                "/sys"
            ]
        );
        let devpts = m[2].options().as_ref().unwrap();
        assert!(devpts.contains(&"gid=5".to_string()));
        let rootless = default_mounts(true);
        assert!(!rootless[2]
            .options()
            .as_ref()
            .unwrap()
            .contains(&"gid=5".to_string()));
    }

    #[test]
    fn devices_are_char_devices() {
        let d = default_devices();
        assert_eq!(d.len(), 6);
        assert!(d.iter().all(|d| d.typ() == LinuxDeviceType::C));
        assert_eq!(d[0].path(), &PathBuf::from("/dev/null"));
        assert_eq!((d[0].major(), d[0].minor()), (1, 3));
    }
}
