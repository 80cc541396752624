//! The less common `run`/`create` settings (podman's namespace modes,
//! `--device`, `--sysctl`, `--shm-size`, `--tz`, `--umask`, ...), fixed at
//! create and kept in the record beside docker's `HostConfig` fields; and
//! their pure parsing and validation, with docker's and podman's rules.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// Settings of the flags this module parses; flattened into the record's
/// `host` object, every field optional so older records read unchanged.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RunExtras {
    /// `--pid`, `--ipc`, `--uts`, `--cgroupns` as resolved at create:
    /// "" (the default), "host", "private", "shareable", "none",
    /// "container:<id>" or "ns:<path>".
    #[serde(skip_serializing_if = "String::is_empty")]
    pub pid_mode: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub ipc_mode: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub uts_mode: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub cgroupns_mode: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub devices: Vec<Device>,
    /// `--device-cgroup-rule`, as given (validated by
    /// [`parse_device_cgroup_rule`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub device_cgroup_rules: Vec<String>,
    /// `--group-add`: names (resolved in the container's /etc/group at
    /// start), numbers, or `keep-groups`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub group_add: Vec<String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub sysctls: BTreeMap<String, String>,
    /// `--shm-size` in bytes; 0 is the default (64 MiB).
    #[serde(skip_serializing_if = "is_zero")]
    pub shm_size: u64,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub annotations: BTreeMap<String, String>,
    /// `--uidmap`/`--gidmap`: container ID, ID in dhow's namespace, size.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub uid_maps: Vec<(u32, u32, u32)>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub gid_maps: Vec<(u32, u32, u32)>,
    /// `--passwd=false`: no /etc/passwd entry is added for a user the
    /// image does not know.
    #[serde(skip_serializing_if = "is_false")]
    pub no_passwd: bool,
    /// `--hostuser`: host users whose passwd entries are added.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub host_users: Vec<String>,
    /// `--tz`: a zoneinfo name, or "local".
    #[serde(skip_serializing_if = "String::is_empty")]
    pub timezone: String,
    /// `--umask` as octal text.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub umask: String,
    /// `--timeout` in seconds: the container is killed after it.
    #[serde(skip_serializing_if = "is_zero")]
    pub timeout: u64,
    /// `--systemd`: "" (true), "false", "always".
    #[serde(skip_serializing_if = "String::is_empty")]
    pub systemd: String,
    /// `--requires`: IDs of containers started before this one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub requires: Vec<String>,
    /// `--read-only-tmpfs=false`: no tmpfs on /run, /tmp, /var/tmp with
    /// `--read-only`.
    #[serde(skip_serializing_if = "is_false")]
    pub no_read_only_tmpfs: bool,
    /// `--image-volume`: "" (bind), "tmpfs" or "ignore".
    #[serde(skip_serializing_if = "String::is_empty")]
    pub image_volume: String,
    /// `--unsetenv`: variables the image or dhow would set that stay unset.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unsetenv: Vec<String>,
    /// `--unsetenv-all`: only `-e`/`--env-file` variables.
    #[serde(skip_serializing_if = "is_false")]
    pub unsetenv_all: bool,
    /// `--pidfile`: written with the container's PID at each start.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub pidfile: String,
    /// `--conmon-pidfile`: written with the monitor's PID at each start.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub conmon_pidfile: String,
    /// `--passwd-entry`: template of the added /etc/passwd line.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub passwd_entry: String,
    /// `--personality`: LINUX or LINUX32.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub personality: String,
    /// `--init-path`: the init binary run as PID 1 with `--init`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub init_path: String,
    /// `--seccomp-policy image`: the image's seccomp profile label wins.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub seccomp_policy: String,
    /// `--chrootdirs`: directories that get their own etc/hosts,
    /// etc/hostname and etc/resolv.conf binds.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub chroot_dirs: Vec<String>,
    /// `--rootfs DIR[:O]`: the container's root is this host directory
    /// (bind-mounted, written in place), not an image; with `:O`
    /// (`rootfs_overlay`) an overlay over it keeps the writes in the
    /// container's own upper directory.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub rootfs: String,
    #[serde(skip_serializing_if = "is_false")]
    pub rootfs_overlay: bool,
    /// `-a/--attach`: the streams an attachment shows (all when empty).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attach: Vec<String>,
}

/// One `--device HOST[:CONTAINER][:PERMISSIONS]`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Device {
    pub path_on_host: String,
    pub path_in_container: String,
    pub cgroup_permissions: String,
}

/// Which namespace flag a mode is for (the modes each takes differ).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NsKind {
    Pid,
    Ipc,
    Uts,
    Cgroup,
}

impl NsKind {
    pub fn flag(self) -> &'static str {
        match self {
            NsKind::Pid => "--pid",
            NsKind::Ipc => "--ipc",
            NsKind::Uts => "--uts",
            NsKind::Cgroup => "--cgroupns",
        }
    }

    /// The name of the namespace in `/proc/PID/ns/` and the OCI spec.
    pub fn proc_name(self) -> &'static str {
        match self {
            NsKind::Pid => "pid",
            NsKind::Ipc => "ipc",
            NsKind::Uts => "uts",
            NsKind::Cgroup => "cgroup",
        }
    }

    fn plain_modes(self) -> &'static [&'static str] {
        match self {
            NsKind::Pid | NsKind::Uts => &["host", "private"],
            NsKind::Ipc => &["host", "private", "shareable", "none"],
            NsKind::Cgroup => &["host", "private"],
        }
    }
}

/// A parsed namespace mode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NsMode {
    /// A plain mode ("" for the default).
    Plain(String),
    /// `container:NAME|ID` (the name as given).
    Container(String),
    /// `ns:PATH`.
    Path(String),
}

/// Parses `--pid`/`--ipc`/`--uts`/`--cgroupns` as podman does.
pub fn parse_ns_mode(kind: NsKind, v: &str) -> Result<NsMode, String> {
    if v.is_empty() || kind.plain_modes().contains(&v) {
        return Ok(NsMode::Plain(v.to_string()));
    }
    if let Some(c) = v.strip_prefix("container:") {
        if c.is_empty() {
            return Err(format!("invalid {} {v:?}: container: needs a container name or ID", kind.flag()));
        }
        return Ok(NsMode::Container(c.to_string()));
    }
    if let Some(p) = v.strip_prefix("ns:") {
        if !p.starts_with('/') {
            return Err(format!("invalid {} {v:?}: ns: needs an absolute path to a namespace file", kind.flag()));
        }
        return Ok(NsMode::Path(p.to_string()));
    }
    let modes = kind.plain_modes().join(", ");
    Err(format!("invalid {} {v:?}: use {modes}, container:NAME or ns:PATH", kind.flag()))
}

/// Parses `--device HOST[:CONTAINER][:PERMISSIONS]` (docker's grammar:
/// a last part made of r, w and m is the permissions).
pub fn parse_device(v: &str) -> Result<Device, String> {
    let parts: Vec<&str> = v.split(':').collect();
    let is_perm = |s: &str| !s.is_empty() && s.len() <= 3 && s.chars().all(|c| matches!(c, 'r' | 'w' | 'm'));
    let (host, ctr, perm) = match parts.as_slice() {
        [h] => (*h, *h, "rwm"),
        [h, p] if is_perm(p) => (*h, *h, *p),
        [h, c] => (*h, *c, "rwm"),
        [h, c, p] if is_perm(p) => (*h, *c, *p),
        _ => return Err(format!("invalid --device {v:?}: use HOST-PATH[:CONTAINER-PATH][:PERMISSIONS], permissions from r, w, m")),
    };
    if !host.starts_with('/') || !ctr.starts_with('/') {
        return Err(format!("invalid --device {v:?}: both paths must be absolute"));
    }
    Ok(Device { path_on_host: host.into(), path_in_container: ctr.into(), cgroup_permissions: perm.into() })
}

/// One `--device-cgroup-rule` (docker's `TYPE MAJOR:MINOR ACCESS`, e.g.
/// `c 1:3 rwm`): an OCI `linux.resources.devices` allow entry; `None` for
/// a `*` number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceRule {
    /// `a` (all), `b` (block) or `c` (character).
    pub kind: char,
    pub major: Option<i64>,
    pub minor: Option<i64>,
    /// Some of `r`, `w`, `m`.
    pub access: String,
}

/// Parses a `--device-cgroup-rule` with docker's grammar
/// (`^([acb]) ([0-9]+|\*):([0-9]+|\*) ([rwm]{1,3})$`).
pub fn parse_device_cgroup_rule(v: &str) -> Result<DeviceRule, String> {
    let bad = || format!("invalid --device-cgroup-rule {v:?}: expected TYPE MAJOR:MINOR ACCESS, e.g. 'c 1:3 rwm' (TYPE a, b or c; MAJOR and MINOR numbers or *; ACCESS from r, w, m)");
    let parts: Vec<&str> = v.split(' ').collect();
    let [kind, numbers, access] = parts.as_slice() else { return Err(bad()) };
    let kind = match *kind {
        "a" | "b" | "c" => kind.chars().next().unwrap_or('a'),
        _ => return Err(bad()),
    };
    let number = |s: &str| -> Result<Option<i64>, String> {
        match s {
            "*" => Ok(None),
            _ if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) => s.parse().map(Some).map_err(|_| bad()),
            _ => Err(bad()),
        }
    };
    let (major, minor) = numbers.split_once(':').ok_or_else(bad)?;
    let ok_access = !access.is_empty() && access.len() <= 3 && access.chars().all(|c| matches!(c, 'r' | 'w' | 'm'));
    if !ok_access {
        return Err(bad());
    }
    Ok(DeviceRule { kind, major: number(major)?, minor: number(minor)?, access: access.to_string() })
}

/// The sysctls of an IPC namespace (docker's list).
const IPC_SYSCTLS: &[&str] = &["kernel.msgmax", "kernel.msgmnb", "kernel.msgmni", "kernel.sem", "kernel.shmall", "kernel.shmmax", "kernel.shmmni", "kernel.shm_rmid_forced"];

/// Validates one `--sysctl KEY=VALUE` as docker does: only sysctls of a
/// namespace the container has of its own (IPC ones unless `--ipc host`,
/// `net.*` unless `--network host`, the UTS names unless `--uts host`).
pub fn parse_sysctl(v: &str, ipc_host: bool, net_host: bool, uts_host: bool) -> Result<(String, String), String> {
    let (k, val) = v.split_once('=').ok_or_else(|| format!("invalid --sysctl {v:?}: expected KEY=VALUE"))?;
    let k = k.trim().replace('/', ".");
    if k.is_empty() {
        return Err(format!("invalid --sysctl {v:?}: expected KEY=VALUE"));
    }
    let ipc = IPC_SYSCTLS.contains(&k.as_str()) || k.starts_with("fs.mqueue.");
    let net = k.starts_with("net.");
    let uts = k == "kernel.domainname" || k == "kernel.hostname";
    let host_ns = if ipc {
        ipc_host.then_some("--ipc=host")
    } else if net {
        net_host.then_some("--network=host")
    } else if uts {
        uts_host.then_some("--uts=host")
    } else {
        return Err(format!("sysctl {k:?} is not allowed: only namespaced sysctls (kernel.msg*, kernel.sem, kernel.shm*, fs.mqueue.*, net.*, kernel.domainname) can be set in a container"));
    };
    if let Some(f) = host_ns {
        return Err(format!("sysctl {k:?} is not allowed with {f}: it would change the host's value"));
    }
    Ok((k, val.to_string()))
}

/// `--uidmap`/`--gidmap CONTAINER:HOST:SIZE` (HOST is an ID of the
/// rootless user namespace, as podman's).
pub fn parse_id_map(flag: &str, v: &str) -> Result<(u32, u32, u32), String> {
    let n: Vec<Option<u32>> = v.split(':').map(|p| p.parse::<u32>().ok()).collect();
    match n.as_slice() {
        [Some(c), Some(h), Some(s)] if *s > 0 => Ok((*c, *h, *s)),
        _ => Err(format!("invalid {flag} {v:?}: expected CONTAINER-ID:HOST-ID:SIZE (numbers, SIZE > 0)")),
    }
}

/// `--umask`: octal, at most 0777.
pub fn parse_umask(v: &str) -> Result<u32, String> {
    u32::from_str_radix(v, 8).ok().filter(|m| *m <= 0o777).ok_or_else(|| format!("invalid --umask {v:?}: expected an octal mask like 0022"))
}

/// `--systemd`: true (""), false or always.
pub fn parse_systemd(v: &str) -> Result<String, String> {
    match v.to_ascii_lowercase().as_str() {
        "" | "true" => Ok(String::new()),
        "false" => Ok("false".into()),
        "always" => Ok("always".into()),
        _ => Err(format!("invalid --systemd {v:?}: use true, false or always")),
    }
}

/// `--image-volume`: bind (""), tmpfs or ignore.
pub fn parse_image_volume(v: &str) -> Result<String, String> {
    match v {
        "" | "bind" | "anonymous" => Ok(String::new()),
        "tmpfs" | "ignore" => Ok(v.into()),
        _ => Err(format!("invalid --image-volume {v:?}: use bind, tmpfs or ignore")),
    }
}

/// Whether `--systemd` puts the container in systemd mode for `command`:
/// always, or (true) when the command is systemd or init, as podman.
pub fn systemd_mode(setting: &str, command: &[String]) -> bool {
    match setting {
        "always" => true,
        "false" => false,
        _ => command.first().is_some_and(|c| {
            let base = c.rsplit('/').next().unwrap_or(c);
            base == "init" || base == "systemd" || c == "/usr/sbin/init" || c == "/sbin/init"
        }),
    }
}

/// `--tz`: "local" or a zoneinfo name without `..`.
pub fn check_timezone(v: &str) -> Result<(), String> {
    if v.is_empty() || v.split('/').any(|p| p == ".." || p.is_empty()) || v.starts_with('/') {
        return Err(format!("invalid --tz {v:?}: use local or a zone name like Europe/Paris"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn namespace_modes() {
        assert_eq!(parse_ns_mode(NsKind::Pid, "host").unwrap(), NsMode::Plain("host".into()));
        assert_eq!(parse_ns_mode(NsKind::Ipc, "shareable").unwrap(), NsMode::Plain("shareable".into()));
        assert!(parse_ns_mode(NsKind::Pid, "shareable").is_err());
        assert_eq!(parse_ns_mode(NsKind::Uts, "container:web").unwrap(), NsMode::Container("web".into()));
        assert_eq!(parse_ns_mode(NsKind::Pid, "ns:/proc/1/ns/pid").unwrap(), NsMode::Path("/proc/1/ns/pid".into()));
        assert!(parse_ns_mode(NsKind::Pid, "ns:relative").is_err());
        assert!(parse_ns_mode(NsKind::Cgroup, "bogus").unwrap_err().contains("--cgroupns"));
    }

    #[test]
    fn devices() {
        let d = parse_device("/dev/fuse").unwrap();
        assert_eq!((d.path_in_container.as_str(), d.cgroup_permissions.as_str()), ("/dev/fuse", "rwm"));
        let d = parse_device("/dev/null:/dev/x:r").unwrap();
        assert_eq!((d.path_on_host.as_str(), d.path_in_container.as_str(), d.cgroup_permissions.as_str()), ("/dev/null", "/dev/x", "r"));
        assert_eq!(parse_device("/dev/null:rw").unwrap().path_in_container, "/dev/null");
        assert!(parse_device("dev/null").is_err());
        assert!(parse_device("/a:/b:rwx").is_err());
    }

    #[test]
    fn device_cgroup_rules_in_dockers_grammar() {
        assert_eq!(parse_device_cgroup_rule("c 1:3 rwm").unwrap(), DeviceRule { kind: 'c', major: Some(1), minor: Some(3), access: "rwm".into() });
        assert_eq!(parse_device_cgroup_rule("b 8:* r").unwrap(), DeviceRule { kind: 'b', major: Some(8), minor: None, access: "r".into() });
        assert_eq!(parse_device_cgroup_rule("a *:* m").unwrap().kind, 'a');
        for bad in ["", "c 1:3", "x 1:3 rwm", "c 1 rwm", "c a:3 rwm", "c 1:3 rwx", "c 1:3 rwmr", "c  1:3 rwm", "c 1:3 rwm extra", "c -1:3 rwm", "c 99999999999999999999:1 r"] {
            let e = parse_device_cgroup_rule(bad).unwrap_err();
            assert!(e.contains("invalid --device-cgroup-rule"), "{bad:?}: {e}");
        }
    }

    #[test]
    fn sysctls_as_docker_allows() {
        assert_eq!(parse_sysctl("net.ipv4.ip_forward=1", false, false, false).unwrap(), ("net.ipv4.ip_forward".into(), "1".into()));
        assert!(parse_sysctl("net.ipv4.ip_forward=1", false, true, false).unwrap_err().contains("--network=host"));
        assert!(parse_sysctl("kernel.shmmax=1000", false, false, false).is_ok());
        assert!(parse_sysctl("kernel.shmmax=1000", true, false, false).is_err());
        assert!(parse_sysctl("fs.mqueue.msg_max=20", false, false, false).is_ok());
        assert!(parse_sysctl("vm.swappiness=1", false, false, false).unwrap_err().contains("not allowed"));
        assert!(parse_sysctl("kernel.shmmax", false, false, false).is_err());
    }

    #[test]
    fn small_values() {
        assert_eq!(parse_umask("0027").unwrap(), 0o27);
        assert!(parse_umask("999").is_err());
        assert_eq!(parse_id_map("--uidmap", "0:1:1000").unwrap(), (0, 1, 1000));
        assert!(parse_id_map("--uidmap", "0:1").is_err());
        assert!(parse_id_map("--uidmap", "0:1:0").is_err());
        assert_eq!(parse_systemd("always").unwrap(), "always");
        assert!(parse_systemd("sometimes").is_err());
        assert!(systemd_mode("", &["/sbin/init".into()]));
        assert!(!systemd_mode("", &["sh".into()]));
        assert!(systemd_mode("always", &["sh".into()]));
        assert!(check_timezone("Europe/Paris").is_ok());
        assert!(check_timezone("../etc/passwd").is_err());
        assert!(parse_image_volume("copy").is_err());
    }
}
