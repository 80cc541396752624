//! The typed compose project: what the loader produces and the planner and
//! `compose config` consume. Own types rather than a compose-spec crate: only
//! the keys dhow honours are modelled, each in the one canonical form the
//! loader normalises every spelling to (short and long syntax, list or map),
//! and serialising it gives `compose config`'s normalised YAML (keys sorted,
//! paths absolute, defaults filled in as docker compose prints them).

use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

fn is_false(b: &bool) -> bool {
    !*b
}

fn as_float<S: serde::Serializer>(v: &Option<String>, s: S) -> Result<S::Ok, S::Error> {
    match v.as_deref().map(|x| x.parse::<f32>()) {
        Some(Ok(f)) => s.serialize_f32(f),
        _ => v.serialize(s),
    }
}

fn hosts_list<S: serde::Serializer>(v: &[String], s: S) -> Result<S::Ok, S::Error> {
    let mut l: Vec<String> = v
        .iter()
        .map(|h| {
            let (host, ip) = h.split_once('=').or_else(|| h.split_once(':')).unwrap_or((h, ""));
            let ip = ip.strip_prefix('[').and_then(|i| i.strip_suffix(']')).unwrap_or(ip);
            format!("{host}={ip}")
        })
        .collect();
    l.sort();
    l.serialize(s)
}

/// `KEY=VALUE` strings as a mapping (compose-go's `Mapping`).
fn as_map<S: serde::Serializer>(v: &[String], s: S) -> Result<S::Ok, S::Error> {
    let m: BTreeMap<&str, &str> = v.iter().map(|x| x.split_once('=').unwrap_or((x, ""))).collect();
    m.serialize(s)
}

fn ulimits_map<S: serde::Serializer>(v: &[String], s: S) -> Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    #[serde(untagged)]
    enum Limit {
        Single(i64),
        Pair { soft: i64, hard: i64 },
    }
    let num = |x: &str| x.parse::<i64>().unwrap_or(-1);
    let m: BTreeMap<&str, Limit> = v
        .iter()
        .map(|x| {
            let (name, l) = x.split_once('=').unwrap_or((x, ""));
            match l.split_once(':') {
                Some((a, b)) => (name, Limit::Pair { soft: num(a), hard: num(b) }),
                None => (name, Limit::Single(num(l))),
            }
        })
        .collect();
    m.serialize(s)
}

/// A loaded project: its name, files, and the services enabled by profiles.
#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct Project {
    pub name: String,
    pub services: BTreeMap<String, Service>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub networks: BTreeMap<String, Network>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub volumes: BTreeMap<String, Volume>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub secrets: BTreeMap<String, FileObject>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub configs: BTreeMap<String, FileObject>,
    /// The directory relative paths are resolved against.
    #[serde(skip)]
    pub working_dir: PathBuf,
    #[serde(skip)]
    pub config_files: Vec<PathBuf>,
    /// Services present in the files but disabled by profiles.
    #[serde(skip)]
    pub disabled: BTreeMap<String, Service>,
    /// Warnings to print (ignored keys, unset variables, `version`).
    #[serde(skip)]
    pub warnings: Vec<String>,
}

/// One service, normalised.
#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct Service {
    #[serde(skip)]
    pub name: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub profiles: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub build: Option<Build>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub cap_add: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub cap_drop: Vec<String>,
    /// `--cgroup-parent`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cgroup_parent: Option<String>,
    /// `cpus` (`0.5`) as written; printed as a number, as compose-go's
    /// `float32` field is.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "as_float")]
    pub cpus: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub command: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub configs: Vec<FileRef>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub container_name: Option<String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub depends_on: BTreeMap<String, Dependency>,
    /// Printed as written; what runs takes its limits, replicas and
    /// restart policy over the top-level keys ([`Service::limits`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deploy: Option<super::deploy::Deploy>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub devices: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub dns: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub dns_search: Vec<String>,
    /// The NIS domain name: the `kernel.domainname` sysctl of the
    /// container's uts namespace, as docker's `--domainname` sets it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domainname: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entrypoint: Option<Vec<String>>,
    /// `None` values are `KEY` without `=`: taken from dhow's environment.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub environment: BTreeMap<String, Option<String>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub expose: Vec<String>,
    /// `CONTAINER[:ALIAS]`: containers outside the project, reached on a
    /// network they share with the service.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub external_links: Vec<String>,
    /// `HOST:IP` or `HOST=IP`; printed as compose-go's `HostsList`:
    /// `HOST=IP`, sorted, brackets of IPv6 addresses removed.
    #[serde(skip_serializing_if = "Vec::is_empty", serialize_with = "hosts_list")]
    pub extra_hosts: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub group_add: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub healthcheck: Option<Healthcheck>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    #[serde(skip_serializing_if = "is_false")]
    pub init: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ipc: Option<String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: BTreeMap<String, String>,
    /// `SERVICE[:ALIAS]`: the linked service is also reachable as ALIAS.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logging: Option<Logging>,
    /// `mem_limit` as written, in bytes
    /// (`536870912` for `512m`): compose-go's `UnitBytes` prints so.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mem_limit: Option<String>,
    /// `mem_reservation` as written, in bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mem_reservation: Option<String>,
    /// `mac_address`: `--mac-address`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mac_address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub network_mode: Option<String>,
    /// Keys are the project's network keys (not full names).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub networks: BTreeMap<String, Option<ServiceNetwork>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oom_score_adj: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pid: Option<String>,
    /// `pids_limit` as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pids_limit: Option<i64>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ports: Vec<Port>,
    #[serde(skip_serializing_if = "is_false")]
    pub privileged: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pull_policy: Option<String>,
    #[serde(skip_serializing_if = "is_false")]
    pub read_only: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restart: Option<String>,
    /// An OCI runtime (`runc`, `crun` or a path): `run --runtime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub runtime: Option<String>,
    /// The replicas that run: `--scale`, else `scale`, else
    /// `deploy.replicas`, else 1.
    #[serde(skip)]
    pub scale: u32,
    /// `scale` as written (printed only then, as compose-go's `*int`).
    #[serde(rename = "scale", skip_serializing_if = "Option::is_none")]
    pub scale_key: Option<u32>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub secrets: Vec<FileRef>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub security_opt: Vec<String>,
    /// Like `sysctls` (as KEY=VALUE), `devices`, `ipc`, `pid` and
    /// `group_add`: the run flag of the same name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shm_size: Option<String>,
    #[serde(skip_serializing_if = "is_false")]
    pub stdin_open: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stop_grace_period: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stop_signal: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty", serialize_with = "as_map")]
    pub sysctls: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tmpfs: Vec<String>,
    #[serde(skip_serializing_if = "is_false")]
    pub tty: bool,
    /// `NAME=SOFT[:HARD]`, as `run --ulimit` takes them; printed as
    /// compose-go's map (`nproc: 65535`, `nofile: {soft: N, hard: M}`).
    #[serde(skip_serializing_if = "Vec::is_empty", serialize_with = "ulimits_map")]
    pub ulimits: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// `keep-id` or `host`, as `run --userns`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub userns_mode: Option<String>,
    /// `--uts`: `host`, or `service:NAME` for that service's container's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uts: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub volumes: Vec<ServiceVolume>,
    /// `SERVICE[:ro|rw]` or `container:NAME[:ro|rw]`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub volumes_from: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub working_dir: Option<String>,
}

/// What a service's containers are limited to: the top-level keys,
/// overridden by `deploy.resources` (docker compose's `setLimits` and
/// `setReservations`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Limits {
    pub memory: Option<String>,
    pub memory_reservation: Option<String>,
    pub cpus: Option<String>,
    pub pids: Option<i64>,
}

impl Service {
    pub fn limits(&self) -> Limits {
        let mut l = Limits { memory: self.mem_limit.clone(), memory_reservation: self.mem_reservation.clone(), cpus: self.cpus.clone(), pids: self.pids_limit };
        let res = self.deploy.as_ref().map(|d| &d.resources);
        if let Some(lim) = res.and_then(|r| r.limits.as_ref()) {
            l.memory = lim.memory.clone().or(l.memory);
            l.cpus = lim.cpus.map(|c| c.to_string()).or(l.cpus);
            l.pids = lim.pids.filter(|p| *p > 0).or(l.pids);
        }
        if let Some(r) = res.and_then(|r| r.reservations.as_ref()) {
            l.memory_reservation = r.memory.clone().or(l.memory_reservation);
        }
        l
    }

    /// The restart policy that runs: `deploy.restart_policy` wins over
    /// `restart`, as in docker compose's `getRestartPolicy`.
    pub fn restart_policy(&self) -> Option<String> {
        match self.deploy.as_ref().and_then(|d| d.restart_policy.as_ref()) {
            Some(p) => Some(p.as_restart()),
            None => self.restart.clone(),
        }
    }

    /// The service's network keys in the order they are joined: `default`
    /// first, then by name. The first is the one given at create.
    pub fn network_keys(&self) -> Vec<&String> {
        let mut keys: Vec<&String> = self.networks.keys().collect();
        keys.sort_by_key(|k| (k.as_str() != "default", k.as_str()));
        keys
    }

    /// The services whose first container this one joins a namespace of:
    /// `network_mode`, `ipc`, `pid` and `uts` set to `service:NAME`, as
    /// (key, NAME). Each is an implied dependency.
    pub fn joined_services(&self) -> Vec<(&'static str, &str)> {
        [("network_mode", &self.network_mode), ("ipc", &self.ipc), ("pid", &self.pid), ("uts", &self.uts)]
            .into_iter()
            .filter_map(|(k, v)| v.as_deref().and_then(|m| m.strip_prefix("service:")).map(|n| (k, n)))
            .collect()
    }
}

/// `logging`: the driver (`json-file`, `k8s-file`, `none`) and its options.
#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct Logging {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub driver: Option<String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub options: BTreeMap<String, String>,
}

/// A top-level secret or config: where its content comes from (exactly
/// one of `file`, `environment`, `content`), or `external`.
#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct FileObject {
    pub name: String,
    /// Absolute path on the host.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// The variable whose value is the content.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub environment: Option<String>,
    /// Inline content (configs only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    #[serde(skip_serializing_if = "is_false")]
    pub external: bool,
    /// The content of an `environment` source, read when loading.
    #[serde(skip)]
    pub value: Option<String>,
}

/// A service's use of a secret or config (long syntax).
#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct FileRef {
    pub source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uid: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gid: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
}

/// Printed in compose-go's field order, with its default `dockerfile:
/// Dockerfile` when neither `dockerfile` nor `dockerfile_inline` is set
/// (compose-go `loader/normalize.go`; docker compose's `TestConfig`
/// expects it). The model keeps `None` so that the build still finds a
/// `Containerfile`.
#[derive(Debug, Clone, Serialize, PartialEq, Default)]
#[serde(into = "BuildOut")]
pub struct Build {
    /// Absolute path of the context directory.
    pub context: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dockerfile: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dockerfile_inline: Option<String>,
    /// The network of RUN steps (`host`, `none`, ...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub network: Option<String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<String, Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: BTreeMap<String, String>,
}

#[derive(Serialize)]
struct BuildOut {
    context: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    dockerfile: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dockerfile_inline: Option<String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    args: BTreeMap<String, Option<String>>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    labels: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    network: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    target: Option<String>,
}

impl From<Build> for BuildOut {
    fn from(b: Build) -> Self {
        let dockerfile = b.dockerfile.or_else(|| b.dockerfile_inline.is_none().then(|| "Dockerfile".to_string()));
        BuildOut { context: b.context, dockerfile, dockerfile_inline: b.dockerfile_inline, args: b.args, labels: b.labels, network: b.network, target: b.target }
    }
}

/// `depends_on` entry.
#[derive(Debug, Clone, Serialize, PartialEq)]
/// Fields in compose-go's order; `restart: false` is left out, as docker
/// compose prints it.
pub struct Dependency {
    pub condition: Condition,
    #[serde(skip_serializing_if = "is_false")]
    pub restart: bool,
    pub required: bool,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    ServiceStarted,
    ServiceHealthy,
    ServiceCompletedSuccessfully,
}

#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct Healthcheck {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub test: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeout: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retries: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_period: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_interval: Option<String>,
    #[serde(skip_serializing_if = "is_false")]
    pub disable: bool,
}

/// A published or exposed port in long syntax.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Port {
    pub mode: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host_ip: Option<String>,
    pub target: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    pub protocol: String,
}

impl Port {
    /// The `-p` spelling: `[IP:][HOST:]CTR/PROTO`.
    pub fn publish_spec(&self) -> String {
        let mut s = String::new();
        if let Some(ip) = &self.host_ip {
            s.push_str(ip);
            s.push(':');
            if self.published.is_none() {
                s.push(':');
            }
        }
        if let Some(p) = &self.published {
            s.push_str(p);
            s.push(':');
        }
        format!("{s}{}/{}", self.target, self.protocol)
    }
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum MountType {
    Bind,
    Volume,
    Tmpfs,
}

/// A service's mount in long syntax; sources of binds are absolute.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ServiceVolume {
    #[serde(rename = "type")]
    pub kind: MountType,
    /// Bind: the host path; volume: the project's volume key (empty for an
    /// anonymous volume).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    pub target: String,
    #[serde(skip_serializing_if = "is_false")]
    pub read_only: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bind: Option<BindOptions>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub volume: Option<VolumeOptions>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tmpfs: Option<TmpfsOptions>,
}

/// `tmpfs: {size, mode}` of a tmpfs mount: `--tmpfs` options.
#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct TmpfsOptions {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BindOptions {
    pub create_host_path: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct VolumeOptions {
    pub nocopy: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct ServiceNetwork {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ipv4_address: Option<String>,
    /// Only on the service's first network ([`Service::network_keys`]),
    /// the one given at create.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mac_address: Option<String>,
}

/// A top-level network. `name` is the full engine name. Printed as
/// compose-go's `NetworkConfig` (`ipam: {driver, config: [{subnet,
/// gateway, ip_range, aux_addresses}]}`).
#[derive(Debug, Clone, Serialize, PartialEq, Default)]
#[serde(into = "NetworkOut")]
pub struct Network {
    pub name: String,
    pub driver: Option<String>,
    pub external: bool,
    pub internal: bool,
    /// As written (compose-go's `*bool`: printed when given, false too).
    pub enable_ipv6: Option<bool>,
    pub ipam_driver: Option<String>,
    /// `ipam.config`, in order: at most one IPv4 and one IPv6 subnet,
    /// as a bridge network has.
    pub pools: Vec<IpamPool>,
    pub labels: BTreeMap<String, String>,
}

impl Network {
    /// The IPv4 pool (its subnet and gateway go to `network create`).
    pub fn ipv4_pool(&self) -> Option<&IpamPool> {
        self.pools.iter().find(|p| !p.is_ipv6())
    }

    /// The IPv6 pool, when `enable_ipv6` asks for one.
    pub fn ipv6_pool(&self) -> Option<&IpamPool> {
        self.pools.iter().find(|p| p.is_ipv6()).filter(|_| self.enable_ipv6 == Some(true))
    }
}

#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct IpamPool {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subnet: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gateway: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip_range: Option<String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub aux_addresses: BTreeMap<String, String>,
}

impl IpamPool {
    pub fn is_ipv6(&self) -> bool {
        [&self.subnet, &self.gateway, &self.ip_range].iter().any(|x| x.as_deref().is_some_and(|a| a.contains(':')))
    }
}

#[derive(Serialize)]
struct NetworkOut {
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    driver: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ipam: Option<Ipam>,
    #[serde(skip_serializing_if = "is_false")]
    external: bool,
    #[serde(skip_serializing_if = "is_false")]
    internal: bool,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    labels: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    enable_ipv6: Option<bool>,
}

#[derive(Serialize)]
struct Ipam {
    #[serde(skip_serializing_if = "Option::is_none")]
    driver: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    config: Vec<IpamPool>,
}

impl From<Network> for NetworkOut {
    fn from(n: Network) -> Self {
        let ipam = (!n.pools.is_empty() || n.ipam_driver.is_some()).then(|| Ipam { driver: n.ipam_driver, config: n.pools });
        NetworkOut { name: n.name, driver: n.driver, ipam, external: n.external, internal: n.internal, labels: n.labels, enable_ipv6: n.enable_ipv6 }
    }
}

/// A top-level volume. `name` is the full engine name.
#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct Volume {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub driver: Option<String>,
    /// The local driver's `type`, `o` and `device` (see [`Volume::local_mount`]).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub driver_opts: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "is_false")]
    pub external: bool,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: BTreeMap<String, String>,
}

pub use crate::container::local_volume::LocalMount;

impl Volume {
    /// The mount the volume's `driver_opts` ask for; `None` without them.
    /// Only what a rootless user can mount is accepted: a bind of a host
    /// directory and a tmpfs (devices and network filesystems need root).
    pub fn local_mount(&self) -> Result<Option<LocalMount>, String> {
        crate::container::local_volume::parse(&self.driver_opts)
    }
}
