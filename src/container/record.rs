//! What a container is made of, fixed when it is created (`container.json`).
//! Field names follow docker's inspect output so that `inspect` is mostly a
//! projection of this record.

use crate::image::digest::Digest;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ContainerRecord {
    /// 64 hex characters.
    pub id: String,
    pub name: String,
    /// The image as the user named it.
    pub image_name: String,
    pub image_id: Digest,
    /// Diff IDs of the image's layers, bottom first (the overlay lowerdirs).
    pub layers: Vec<Digest>,
    pub created: DateTime<Utc>,
    /// The command: first element is docker's `Path`, the rest `Args`.
    pub command: Vec<String>,
    pub config: Settings,
    pub host: HostSettings,
}

/// docker's `Config` part.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Settings {
    pub hostname: String,
    pub user: String,
    pub env: Vec<String>,
    pub cmd: Vec<String>,
    pub entrypoint: Vec<String>,
    pub working_dir: String,
    pub labels: BTreeMap<String, String>,
    pub tty: bool,
    pub open_stdin: bool,
    pub stop_signal: String,
    pub stop_timeout: u32,
    /// docker's `ExposedPorts` keys (`80/tcp`): the image's plus `--expose`/`-p`.
    #[serde(default)]
    pub exposed_ports: Vec<String>,
    /// docker's `Healthcheck`: the image's `HEALTHCHECK` merged with the
    /// `--health-*` flags; None when there is no check to run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub healthcheck: Option<super::health::HealthConfig>,
    /// podman's `--health-on-failure`.
    #[serde(default, skip_serializing_if = "super::health::OnFailure::is_none")]
    pub health_on_failure: super::health::OnFailure,
    /// podman's `CreateCommand`: the command line that created the
    /// container (`generate systemd --new` re-runs it). Empty in records
    /// written before it was kept, and for containers compose created.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub create_command: Vec<String>,
    /// `--sdnotify`: "" (conmon: the monitor notifies), container, healthy, ignore.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sd_notify: String,
}

/// docker's `HostConfig` part.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct HostSettings {
    pub auto_remove: bool,
    pub restart_policy: RestartPolicy,
    pub log_driver: String,
    #[serde(default)]
    pub log_opts: BTreeMap<String, String>,
    pub read_only: bool,
    pub privileged: bool,
    pub cap_add: Vec<String>,
    pub cap_drop: Vec<String>,
    pub security_opt: Vec<String>,
    pub init: bool,
    #[serde(default)]
    pub tmpfs: BTreeMap<String, String>,
    #[serde(default)]
    pub ulimits: Vec<Ulimit>,
    #[serde(default)]
    pub userns: String,
    /// An external OCI runtime (`--runtime`), else the built-in one.
    #[serde(default)]
    pub runtime: Option<String>,
    /// Bind mounts, volumes and `--mount type=tmpfs`, in mount order
    /// (`-v`, `--mount`, `--volumes-from`, the image's `VOLUME`s).
    #[serde(default)]
    pub mounts: Vec<Mount>,
    /// `--volumes-from` as given, for inspect.
    #[serde(default)]
    pub volumes_from: Vec<String>,
    /// `--network`: "" (the default user-mode network), "none", "host",
    /// "container:<id>" (resolved at create) or a network's name.
    #[serde(default)]
    pub network_mode: String,
    /// `-p`: host port 0 = a free port picked at each start.
    #[serde(default)]
    pub port_bindings: Vec<super::ports::PortBinding>,
    /// `-P`: publish every exposed port on a free host port.
    #[serde(default)]
    pub publish_all: bool,
    /// `--dns` servers (replace the host's resolvers).
    #[serde(default)]
    pub dns: Vec<String>,
    /// `--dns-search` domains.
    #[serde(default)]
    pub dns_search: Vec<String>,
    /// `--dns-option` (resolv.conf `options`, replacing the host's).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dns_options: Vec<String>,
    /// `--add-host NAME:IP`, as given (`host-gateway` resolved at start).
    #[serde(default)]
    pub extra_hosts: Vec<String>,
    /// `--no-hosts`: `/etc/hosts` is the image's, untouched.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub no_hosts: bool,
    /// `--hosts-file`: the base of the generated `/etc/hosts`: "" (none
    /// but the localhost lines), "none" (the same), "image" (the image's
    /// `/etc/hosts`), or a host file read at each start.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub hosts_file: String,
    /// `--mac-address` of the interface on its own (first) network.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub mac_address: String,
    /// `--ip` on a user-defined network.
    #[serde(default)]
    pub ip_address: String,
    /// `--ip6` on a user-defined IPv6 network.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub ip6_address: String,
    /// `--network-alias`.
    #[serde(default)]
    pub network_aliases: Vec<String>,
    /// Links to containers outside a compose project (`external_links`):
    /// `NAME:ALIAS`, ALIAS naming container NAME's address in this
    /// container's `/etc/hosts` on a network they share, kept current as
    /// NAME restarts (the managed hosts section is rewritten then).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<String>,
    /// User-defined networks joined with `network connect` (besides
    /// `network_mode`), each with its own `--ip`/`--alias`.
    #[serde(default)]
    pub extra_networks: Vec<NetworkEndpoint>,
    /// `-m`, `--cpus`, `--pids-limit`, ...: changed by `update`.
    #[serde(default)]
    pub resources: super::resources::Resources,
    /// The pod's ID for a container in a pod (`--pod`), else "".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub pod: String,
    /// podman's less common flags (`--pid`, `--device`, `--sysctl`, ...).
    #[serde(flatten)]
    pub extras: super::extras::RunExtras,
}

/// A container's membership in a user-defined network, as configured.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NetworkEndpoint {
    pub network: String,
    /// A fixed address (`--ip`), else one is picked at each start.
    #[serde(default)]
    pub ip_address: String,
    /// A fixed IPv6 address (`--ip6`) on an IPv6 network, else one is
    /// picked at each start.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub ipv6_address: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// A fixed MAC address (`--mac-address`), else one derived from the IP.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub mac_address: String,
}

/// One user mount, fixed at create (docker's `Mounts` entry).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Mount {
    /// "bind", "volume" or "tmpfs".
    pub kind: String,
    /// The volume's name ("" for binds and tmpfs).
    #[serde(default)]
    pub name: String,
    /// Host path: the bind source or the volume's `_data` directory.
    #[serde(default)]
    pub source: String,
    pub destination: String,
    #[serde(default)]
    pub read_only: bool,
    /// rprivate, private, rshared, shared, rslave, slave ("" = rprivate).
    #[serde(default)]
    pub propagation: String,
    /// The mode string as given (`ro,Z`), for inspect's `Mode`.
    #[serde(default)]
    pub mode: String,
    /// `:U`: chown the source to the container's user at start.
    #[serde(default)]
    pub chown: bool,
    /// `nocopy`: never pre-fill the volume from the image.
    #[serde(default)]
    pub nocopy: bool,
    /// An anonymous volume this container created (removed by `rm -v`/`--rm`).
    #[serde(default)]
    pub anonymous: bool,
    /// tmpfs mount options (size=, mode=).
    #[serde(default)]
    pub tmpfs_options: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RestartPolicy {
    /// "no", "always", "on-failure", "unless-stopped".
    pub name: String,
    pub maximum_retry_count: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ulimit {
    pub name: String,
    pub soft: u64,
    pub hard: u64,
}

impl ContainerRecord {
    pub fn short_id(&self) -> &str {
        &self.id[..12]
    }
}

impl RestartPolicy {
    /// Parses `--restart no|always|on-failure[:N]|unless-stopped`.
    pub fn parse(s: &str) -> Result<RestartPolicy, String> {
        let (name, count) = match s.split_once(':') {
            Some((n, c)) => (n, Some(c)),
            None => (s, None),
        };
        match (name, count) {
            ("no" | "always" | "unless-stopped", None) | ("", None) => {
                Ok(RestartPolicy { name: if name.is_empty() { "no".into() } else { name.into() }, maximum_retry_count: 0 })
            }
            ("on-failure", None) => Ok(RestartPolicy { name: name.into(), maximum_retry_count: 0 }),
            ("on-failure", Some(c)) => c
                .parse()
                .map(|n| RestartPolicy { name: name.into(), maximum_retry_count: n })
                .map_err(|_| format!("invalid restart policy {s:?}: the retry count must be a number")),
            (_, Some(_)) => Err(format!("invalid restart policy {s:?}: only on-failure takes a retry count")),
            _ => Err(format!("invalid restart policy {s:?}: use no, always, on-failure[:N] or unless-stopped")),
        }
    }
}

impl Ulimit {
    /// Parses `--ulimit name=soft[:hard]` (docker's syntax; -1 is unlimited).
    pub fn parse(s: &str) -> Result<Ulimit, String> {
        const NAMES: &[&str] = &[
            "core", "cpu", "data", "fsize", "locks", "memlock", "msgqueue", "nice", "nofile", "nproc", "rss", "rtprio",
            "rttime", "sigpending", "stack", "as",
        ];
        let err = || format!("invalid ulimit {s:?}: expected NAME=SOFT[:HARD], for example nofile=1024:2048");
        let (name, limits) = s.split_once('=').ok_or_else(err)?;
        if !NAMES.contains(&name) {
            return Err(format!("invalid ulimit {s:?}: unknown limit {name:?} (known: {})", NAMES.join(", ")));
        }
        let num = |v: &str| -> Result<u64, String> {
            if v == "-1" || v == "unlimited" {
                Ok(u64::MAX)
            } else {
                v.parse().map_err(|_| err())
            }
        };
        let (soft, hard) = match limits.split_once(':') {
            Some((a, b)) => (num(a)?, num(b)?),
            None => (num(limits)?, num(limits)?),
        };
        if soft > hard {
            return Err(format!("invalid ulimit {s:?}: the soft limit is above the hard limit"));
        }
        Ok(Ulimit { name: name.into(), soft, hard })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn restart_policies() {
        assert_eq!(RestartPolicy::parse("on-failure:3").unwrap().maximum_retry_count, 3);
        assert_eq!(RestartPolicy::parse("always").unwrap().name, "always");
        assert!(RestartPolicy::parse("sometimes").is_err());
        assert!(RestartPolicy::parse("always:2").is_err());
        assert!(RestartPolicy::parse("on-failure:x").is_err());
    }
    #[test]
    fn records_without_create_command_still_load() {
        let old = r#"{"hostname":"h","user":"","env":[],"cmd":["sh"],"entrypoint":[],"working_dir":"","labels":{},
            "tty":false,"open_stdin":false,"stop_signal":"SIGTERM","stop_timeout":10}"#;
        let s: Settings = serde_json::from_str(old).unwrap();
        assert!(s.create_command.is_empty() && s.sd_notify.is_empty());
        let v = serde_json::to_value(&s).unwrap();
        assert!(v.get("create_command").is_none() && v.get("sd_notify").is_none());
    }
    #[test]
    fn ulimits() {
        assert_eq!(Ulimit::parse("nofile=1024:2048").unwrap(), Ulimit { name: "nofile".into(), soft: 1024, hard: 2048 });
        assert_eq!(Ulimit::parse("core=-1").unwrap().hard, u64::MAX);
        for bad in ["nofile", "bogus=1", "nofile=2:1", "nofile=x"] {
            assert!(Ulimit::parse(bad).is_err(), "{bad}");
        }
    }
}
