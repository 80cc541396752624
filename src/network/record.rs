//! User-defined networks (`dhow network ...`): their definitions, subnet
//! allocation, create/rm/prune, and which containers are on which network.
//! The process that holds each one's "infra" network namespace is
//! [`super::holder`]; `connect`/`disconnect` are [`super::connect`].
//!
//! A definition is `<root>/networks/<name>.json` (podman's shape), written
//! atomically under `<root>/networks/networks.lock`, which also serialises
//! subnet allocation so two `network create` never pick the same subnet.
//!
//! The infra namespace of a network holds a bridge with the gateway address
//! and, unless the network is internal, the shared way out
//! ([`super::holder::Uplink`]);
//! each container on the network gets a veth pair whose one end is on that
//! bridge (see [`super::bridge`]). The namespace is kept by a
//! small process, `dhow __netns-holder NAME` (started detached on first use,
//! stopped by `network rm`), which sits in it. All holders and all
//! containers on user-defined networks share ONE user namespace: a veth end
//! can only be moved between network namespaces owned by the same user
//! namespace, and a container may be on several networks. So a new holder
//! joins the user namespace of a running one (like the CLI joins a monitor's
//! for `--network container:X`), and the CLI that starts a container on a
//! network joins the holder's. The holder marks itself dumpable: it entered
//! its user namespace after exec, and the kernel would otherwise refuse its
//! `/proc/PID/ns/*` files to the monitors that must open them.

use crate::config::paths::Paths;
use crate::container::ContainerStore;
use crate::util::lock::FileLock;
use anyhow::{anyhow, bail, Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::net::Ipv4Addr;
use std::path::{Path, PathBuf};

/// The name of the default network (podman's; docker's `bridge` names it
/// too). It is not a record on disk but it works like a user-defined one,
/// as docker0 does: a bridge with [`DEFAULT_SUBNET`] in its own namespace,
/// each container with its own address on it, the shared uplink behind it;
/// names do not resolve on it (as on docker's default bridge).
pub const DEFAULT_NETWORK: &str = "podman";

/// The default network's subnet (podman's); its gateway is the first host.
pub const DEFAULT_SUBNET: &str = "10.88.0.0/16";

/// A subnet (IPv4, or IPv6 on an `--ipv6` network) with its gateway,
/// podman's `subnets` entry; `lease_range` is `--ip-range`: the addresses
/// picked for containers (an `--ip` may still be anywhere in the subnet).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Subnet {
    pub subnet: String,
    pub gateway: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lease_range: Option<LeaseRange>,
}

/// podman's `lease_range` (from `--ip-range`), first and last address.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LeaseRange {
    pub start_ip: String,
    pub end_ip: String,
}

/// One user-defined network, as stored and as `network inspect` prints it
/// (plus `containers`, filled at inspect).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NetworkRecord {
    pub name: String,
    pub id: String,
    pub driver: String,
    /// The bridge's name inside the network's namespace.
    pub network_interface: String,
    pub created: chrono::DateTime<chrono::Utc>,
    pub subnets: Vec<Subnet>,
    #[serde(default)]
    pub ipv6_enabled: bool,
    #[serde(default)]
    pub internal: bool,
    /// Whether container names resolve on the network: true on every
    /// user-defined network (through `/etc/hosts` entries kept current, not
    /// a DNS server) unless created with `--disable-dns`, false on the
    /// default one, as podman reports them.
    #[serde(default)]
    pub dns_enabled: bool,
    /// `--disable-dns` (stored apart: records from before it said
    /// `dns_enabled: false` for networks whose names resolved).
    #[serde(default, skip_serializing_if = "std::ops::Not::not", rename = "dhow_dns_disabled")]
    pub dns_disabled: bool,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    #[serde(default)]
    pub options: BTreeMap<String, String>,
    #[serde(default)]
    pub ipam_options: BTreeMap<String, String>,
}

/// An IPv4 network: address (masked) and prefix length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr {
    pub addr: Ipv4Addr,
    pub prefix: u8,
}

impl Cidr {
    /// Parses `A.B.C.D/N` (host bits must be zero, as podman requires).
    pub fn parse(s: &str) -> Result<Cidr> {
        let (a, p) = s.split_once('/').ok_or_else(|| {
            anyhow!("invalid subnet {s:?}: expected CIDR notation like 10.89.0.0/24")
        })?;
        let addr: Ipv4Addr = a
            .parse()
            .map_err(|_| anyhow!("invalid subnet {s:?}: {a:?} is not an IPv4 address (an IPv6 subnet goes with --ipv6 or a second --subnet)"))?;
        let prefix: u8 = p
            .parse()
            .ok()
            .filter(|p| (8..=30).contains(p))
            .ok_or_else(|| {
                anyhow!("invalid subnet {s:?}: the prefix length must be between 8 and 30")
            })?;
        let c = Cidr { addr, prefix };
        if c.network() != addr {
            bail!(
                "invalid subnet {s:?}: host bits are set (did you mean {}/{prefix}?)",
                c.network()
            );
        }
        Ok(c)
    }

    pub fn mask(&self) -> u32 {
        u32::MAX << (32 - u32::from(self.prefix))
    }

    pub fn network(&self) -> Ipv4Addr {
        Ipv4Addr::from(u32::from(self.addr) & self.mask())
    }

    pub fn broadcast(&self) -> Ipv4Addr {
        Ipv4Addr::from(u32::from(self.addr) | !self.mask())
    }

    pub fn contains(&self, ip: Ipv4Addr) -> bool {
        u32::from(ip) & self.mask() == u32::from(self.network())
    }

    pub fn overlaps(&self, other: &Cidr) -> bool {
        self.contains(other.network()) || other.contains(self.network())
    }

    /// The first host address (podman's default gateway).
    pub fn first_host(&self) -> Ipv4Addr {
        Ipv4Addr::from(u32::from(self.network()) + 1)
    }
}

/// An IPv6 network: address (masked) and prefix length (8 to 126).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr6 {
    pub addr: std::net::Ipv6Addr,
    pub prefix: u8,
}

impl Cidr6 {
    /// Parses `ADDR/N` (host bits must be zero, as podman requires).
    pub fn parse(s: &str) -> Result<Cidr6> {
        let (a, p) = s.split_once('/').ok_or_else(|| anyhow!("invalid subnet {s:?}: expected CIDR notation like fd00:1::/64"))?;
        let addr: std::net::Ipv6Addr = a.parse().map_err(|_| anyhow!("invalid subnet {s:?}: {a:?} is not an IPv6 address"))?;
        let prefix: u8 = p
            .parse()
            .ok()
            .filter(|p| (8..=126).contains(p))
            .ok_or_else(|| anyhow!("invalid subnet {s:?}: the prefix length of an IPv6 subnet must be between 8 and 126"))?;
        let c = Cidr6 { addr, prefix };
        if c.network() != addr {
            bail!("invalid subnet {s:?}: host bits are set (did you mean {}/{prefix}?)", c.network());
        }
        Ok(c)
    }

    fn mask(&self) -> u128 {
        u128::MAX << (128 - u32::from(self.prefix))
    }

    pub fn network(&self) -> std::net::Ipv6Addr {
        (u128::from(self.addr) & self.mask()).into()
    }

    pub fn contains(&self, ip: std::net::Ipv6Addr) -> bool {
        u128::from(ip) & self.mask() == u128::from(self.network())
    }

    pub fn overlaps(&self, other: &Cidr6) -> bool {
        self.contains(other.network()) || other.contains(self.network())
    }

    pub fn first_host(&self) -> std::net::Ipv6Addr {
        (u128::from(self.network()) + 1).into()
    }

    /// The last address of the subnet.
    pub fn last(&self) -> std::net::Ipv6Addr {
        (u128::from(self.network()) | !self.mask()).into()
    }

    /// A random unique local /64 (`fdXX:XXXX:XXXX:XXXX::/64`), as podman
    /// picks for `--ipv6` without an IPv6 `--subnet`.
    pub fn random_ula() -> Cidr6 {
        let r: [u8; 7] = rand::random();
        let mut b = [0u8; 16];
        b[0] = 0xfd;
        b[1..8].copy_from_slice(&r);
        Cidr6 { addr: std::net::Ipv6Addr::from(b), prefix: 64 }
    }
}

impl std::fmt::Display for Cidr6 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.network(), self.prefix)
    }
}

impl std::fmt::Display for Cidr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.network(), self.prefix)
    }
}

impl NetworkRecord {
    /// The (first) IPv4 subnet and its gateway.
    pub fn subnet(&self) -> Result<(Cidr, Ipv4Addr)> {
        let s = self
            .subnets
            .iter()
            .find(|s| !s.subnet.contains(':'))
            .ok_or_else(|| anyhow!("network {} has no IPv4 subnet", self.name))?;
        let c = Cidr::parse(&s.subnet)?;
        let gw: Ipv4Addr = s
            .gateway
            .parse()
            .map_err(|_| anyhow!("network {}: invalid gateway {:?}", self.name, s.gateway))?;
        Ok((c, gw))
    }

    /// The IPv6 subnet and its gateway, on an `--ipv6` network.
    pub fn subnet6(&self) -> Option<(Cidr6, std::net::Ipv6Addr)> {
        let s = self.subnets.iter().find(|s| s.subnet.contains(':'))?;
        Some((Cidr6::parse(&s.subnet).ok()?, s.gateway.parse().ok()?))
    }

    /// The addresses containers are given on the IPv4 subnet without
    /// `--ip`: its `lease_range` (`--ip-range`), else the whole subnet.
    pub fn lease_range(&self) -> Option<(Ipv4Addr, Ipv4Addr)> {
        let r = self.subnets.iter().find(|s| !s.subnet.contains(':'))?.lease_range.as_ref()?;
        Some((r.start_ip.parse().ok()?, r.end_ip.parse().ok()?))
    }

    /// The MTU of the network's bridge and veths (`--opt mtu=N`), None for
    /// the kernel's default.
    pub fn mtu(&self) -> Option<u32> {
        self.options.get("mtu").and_then(|m| m.parse().ok()).filter(|m| *m > 0)
    }
}

/// `network create` options.
#[derive(Debug, Clone, Default)]
pub struct CreateOptions {
    pub name: String,
    /// `--subnet`, repeatable (one IPv4 and one IPv6 at most).
    pub subnets: Vec<String>,
    /// `--gateway`, repeatable: the n-th goes with the n-th `--subnet`.
    pub gateways: Vec<String>,
    /// `--ip-range`, repeatable: the n-th goes with the n-th `--subnet`.
    pub ip_ranges: Vec<String>,
    pub internal: bool,
    pub labels: Vec<String>,
    pub driver: Option<String>,
    pub disable_dns: bool,
    pub ipv6: bool,
    /// `-o/--opt KEY=VALUE`.
    pub options: Vec<String>,
}

/// Checks the `--opt` driver options of a bridge network, as podman does
/// (with netavark): `mtu` (a non-negative integer; 0 is the default),
/// `isolate` (a boolean), `metric` (a non-negative integer: the route
/// metric of the default route, recorded), `vlan` (0 to 4094, recorded:
/// each network is its own bridge in its own namespace already). Any other
/// key is podman's "unsupported network option".
fn parse_options(opts: &[String]) -> Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for o in opts {
        let (k, v) = o.split_once('=').unwrap_or((o.as_str(), ""));
        match k {
            "mtu" => {
                let m: i64 = v.parse().map_err(|_| anyhow!("strconv.Atoi: parsing {v:?}: invalid syntax (--opt mtu takes a number of bytes)"))?;
                if m < 0 {
                    bail!("mtu {m} is less than zero");
                }
                if m != 0 && !(68..=65535).contains(&m) {
                    bail!("mtu {m} is out of range: an interface's MTU is between 68 and 65535 (0 keeps the default)");
                }
            }
            "isolate" => {
                if !matches!(v, "1" | "t" | "T" | "TRUE" | "true" | "True" | "0" | "f" | "F" | "FALSE" | "false" | "False") {
                    bail!("strconv.ParseBool: parsing {v:?}: invalid syntax (--opt isolate takes true or false)");
                }
            }
            "metric" => {
                v.parse::<u32>().map_err(|_| anyhow!("strconv.ParseUint: parsing {v:?}: invalid syntax (--opt metric takes a non-negative number)"))?;
            }
            "vlan" => {
                let n: i64 = v.parse().map_err(|_| anyhow!("strconv.Atoi: parsing {v:?}: invalid syntax (--opt vlan takes a VLAN ID)"))?;
                if !(0..=4094).contains(&n) {
                    bail!("vlan ID {n} must be between 0 and 4094");
                }
            }
            _ => bail!("unsupported network option {k}"),
        }
        out.insert(k.to_string(), v.to_string());
    }
    Ok(out)
}

/// `--ip-range`: a CIDR inside the subnet (podman's form; `START-END` is
/// accepted too), as podman's lease range: from the range's first host to
/// its last address.
fn parse_ip_range(range: &str, subnet: Cidr) -> Result<LeaseRange> {
    let (start, end) = match range.split_once('-') {
        Some((a, b)) => {
            let p = |x: &str| x.trim().parse::<Ipv4Addr>().map_err(|_| anyhow!("invalid --ip-range {range:?}: {x:?} is not an IPv4 address"));
            (p(a)?, p(b)?)
        }
        None => {
            let c = Cidr::parse(range).map_err(|e| anyhow!("invalid --ip-range {range:?}: {e:#}"))?;
            (c.first_host(), c.broadcast())
        }
    };
    if !subnet.contains(start) {
        bail!("lease range start ip {start} not in subnet {subnet}");
    }
    if !subnet.contains(end) {
        bail!("lease range end ip {end} not in subnet {subnet}");
    }
    if u32::from(start) > u32::from(end) {
        bail!("invalid --ip-range {range}: it starts after it ends");
    }
    Ok(LeaseRange { start_ip: start.to_string(), end_ip: end.to_string() })
}

/// The error for an unknown network (docker's wording).
#[derive(Debug, thiserror::Error)]
#[error("unable to find network with name or ID {0}: network not found (see 'dhow network ls')")]
pub struct NetworkNotFound(pub String);

pub(super) fn dir(root: &Path) -> PathBuf {
    root.join("networks")
}

pub(crate) fn record_path(root: &Path, name: &str) -> PathBuf {
    dir(root).join(format!("{name}.json"))
}

pub(crate) fn run_dir(paths: &Paths) -> PathBuf {
    paths.runroot.join("networks")
}

pub(crate) fn pid_path(paths: &Paths, name: &str) -> PathBuf {
    run_dir(paths).join(format!("{name}.pid"))
}

/// The lock serialising allocation of IP addresses on one network.
pub fn lock_addresses(root: &Path, name: &str) -> Result<FileLock> {
    std::fs::create_dir_all(dir(root)).context("creating the networks directory")?;
    FileLock::exclusive(&dir(root).join(format!("{name}.lock")))
}

/// The lock under which `/etc/hosts` files of running containers are rewritten.
pub fn lock_hosts(root: &Path) -> Result<FileLock> {
    std::fs::create_dir_all(dir(root)).context("creating the networks directory")?;
    FileLock::exclusive(&dir(root).join("hosts.lock"))
}

pub(super) fn lock_all(root: &Path) -> Result<FileLock> {
    std::fs::create_dir_all(dir(root)).context("creating the networks directory")?;
    FileLock::exclusive(&dir(root).join("networks.lock"))
}

/// Whether `name` means the default network (podman's name or docker's).
pub fn is_default(name: &str) -> bool {
    name == DEFAULT_NETWORK || name == "bridge"
}

/// A valid network name: docker's container-name grammar.
fn check_name(name: &str) -> Result<()> {
    let ok = name.len() <= 128
        && name
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c));
    if !ok {
        bail!("invalid network name {name:?}: names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*");
    }
    if matches!(
        name,
        "none"
            | "host"
            | "bridge"
            | "default"
            | "pasta"
            | "slirp4netns"
            | "private"
            | DEFAULT_NETWORK
    ) {
        bail!("network name {name} is reserved: choose another name");
    }
    Ok(())
}

/// Loads the network `name` (the built-in ones too: the default network,
/// `host`, `none`).
pub fn load(root: &Path, name: &str) -> Result<NetworkRecord> {
    if let Some(b) = builtin_records().into_iter().find(|b| b.name == name || (is_default(name) && is_default(&b.name))) {
        return Ok(b);
    }
    let p = record_path(root, name);
    if name.contains('/') || name.is_empty() {
        return Err(NetworkNotFound(name.to_string()).into());
    }
    let text = match std::fs::read_to_string(&p) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(NetworkNotFound(name.to_string()).into())
        }
        Err(e) => return Err(e).with_context(|| format!("reading {}", p.display())),
    };
    let mut rec: NetworkRecord = serde_json::from_str(&text).with_context(|| format!("parsing {}", p.display()))?;
    // Records written before names were reported as resolving said false.
    rec.dns_enabled = !rec.dns_disabled;
    Ok(rec)
}

/// Finds a network by name, full ID or unique ID prefix.
pub fn find(root: &Path, query: &str) -> Result<NetworkRecord> {
    if let Ok(n) = load(root, query) {
        return Ok(n);
    }
    let all = list_records(root)?;
    let hits: Vec<&NetworkRecord> = all
        .iter()
        .filter(|n| query.len() >= 3 && n.id.starts_with(query))
        .collect();
    match hits.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(NetworkNotFound(query.to_string()).into()),
        _ => bail!("network ID prefix {query} is ambiguous: give more characters"),
    }
}

/// Every stored network, by name.
pub fn list_records(root: &Path) -> Result<Vec<NetworkRecord>> {
    let mut out = Vec::new();
    let rd = match std::fs::read_dir(dir(root)) {
        Ok(rd) => rd,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
        Err(e) => return Err(e).context("reading the networks directory"),
    };
    for e in rd.flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        if let Some(n) = name.strip_suffix(".json") {
            if let Ok(r) = load(root, n) {
                out.push(r);
            }
        }
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

/// A network that exists without `network create`.
fn builtin_record(name: &str, driver: &str, iface: &str, subnets: Vec<Subnet>) -> NetworkRecord {
    use sha2::Digest;
    NetworkRecord {
        name: name.into(),
        id: hex::encode(sha2::Sha256::digest(name.as_bytes())),
        driver: driver.into(),
        network_interface: iface.into(),
        created: chrono::DateTime::<chrono::Utc>::UNIX_EPOCH,
        subnets,
        ipv6_enabled: false,
        internal: false,
        dns_enabled: false,
        dns_disabled: false,
        labels: BTreeMap::new(),
        options: BTreeMap::new(),
        ipam_options: BTreeMap::from([("driver".to_string(), "host-local".to_string())]),
    }
}

/// The default network (see [`DEFAULT_NETWORK`]).
pub fn default_record() -> NetworkRecord {
    let subnet = Cidr::parse(DEFAULT_SUBNET).expect("a valid built-in subnet");
    let subnets = vec![Subnet { subnet: subnet.to_string(), gateway: subnet.first_host().to_string(), lease_range: None }];
    builtin_record(DEFAULT_NETWORK, "bridge", "dhow0", subnets)
}

/// The networks `network ls` shows without any created, as docker lists
/// them: the default one, `host` and `none`.
pub fn builtin_records() -> Vec<NetworkRecord> {
    vec![default_record(), builtin_record("host", "host", "", Vec::new()), builtin_record("none", "null", "", Vec::new())]
}

/// `network create`.
pub fn create(paths: &Paths, o: &CreateOptions) -> Result<NetworkRecord> {
    let root = &paths.root;
    check_name(&o.name)?;
    if let Some(d) = &o.driver {
        if d != "bridge" {
            bail!("unsupported network driver {d:?}: dhow supports only bridge");
        }
    }
    let mut labels = BTreeMap::new();
    for l in &o.labels {
        let (k, v) = l.split_once('=').unwrap_or((l.as_str(), ""));
        if k.is_empty() {
            bail!("invalid label {l:?}: expected KEY=VALUE");
        }
        labels.insert(k.to_string(), v.to_string());
    }
    let _lock = lock_all(root)?;
    let existing = list_records(root)?;
    if existing.iter().any(|n| n.name == o.name) {
        bail!(
            "network name {} already used: network already exists",
            o.name
        );
    }
    let mut existing = existing;
    existing.push(default_record());
    let taken: Vec<Cidr> = existing
        .iter()
        .filter_map(|n| n.subnet().ok().map(|(c, _)| c))
        .collect();
    let taken6: Vec<Cidr6> = existing.iter().filter_map(|n| n.subnet6().map(|(c, _)| c)).collect();
    let (mut v4, mut v6): (Vec<(usize, &String)>, Vec<(usize, &String)>) = (Vec::new(), Vec::new());
    for (i, s) in o.subnets.iter().enumerate() {
        if s.contains(':') { v6.push((i, s)) } else { v4.push((i, s)) }
    }
    if v4.len() > 1 || v6.len() > 1 {
        bail!("dhow networks take one IPv4 and one IPv6 --subnet at most: create another network for the others");
    }
    if o.subnets.is_empty() && (!o.gateways.is_empty() || !o.ip_ranges.is_empty()) {
        bail!("cannot set gateway or range without subnet");
    }
    if o.gateways.len() > o.subnets.len() || o.ip_ranges.len() > o.subnets.len() {
        bail!("more --gateway or --ip-range than --subnet: each goes with the --subnet in the same position");
    }
    let subnet = match v4.first() {
        Some((_, s)) => {
            let c = Cidr::parse(s)?;
            if let Some(n) = existing
                .iter()
                .find(|n| n.subnet().is_ok_and(|(t, _)| t.overlaps(&c)))
            {
                bail!("subnet {c} is already used on the host or by another config (network {}): choose another --subnet", n.name);
            }
            c
        }
        None => (0..=255u8)
            .map(|n| Cidr { addr: Ipv4Addr::new(10, 89, n, 0), prefix: 24 })
            .find(|c| !taken.iter().any(|t| t.overlaps(c)))
            .ok_or_else(|| anyhow!("no free subnet left in 10.89.0.0/16: remove unused networks (dhow network prune) or give --subnet"))?,
    };
    // A gateway "" (compose's pool without one) is the default.
    let gateway_of = |i: usize| o.gateways.get(i).filter(|g| !g.is_empty());
    let gateway = match v4.first().and_then(|(i, _)| gateway_of(*i)) {
        Some(g) => {
            let ip: Ipv4Addr = g
                .parse()
                .map_err(|_| anyhow!("invalid --gateway {g:?}: expected an IPv4 address for subnet {subnet}"))?;
            if !subnet.contains(ip) || ip == subnet.network() || ip == subnet.broadcast() {
                bail!("gateway {ip} is not a host address of subnet {subnet}");
            }
            ip
        }
        None => subnet.first_host(),
    };
    let lease_range = match v4.first().and_then(|(i, _)| o.ip_ranges.get(*i)) {
        Some(r) => Some(parse_ip_range(r, subnet)?),
        None => None,
    };
    let mut subnets = vec![Subnet { subnet: subnet.to_string(), gateway: gateway.to_string(), lease_range }];
    let ipv6 = o.ipv6 || !v6.is_empty();
    if ipv6 {
        let c6 = match v6.first() {
            Some((i, s)) => {
                if o.ip_ranges.get(*i).is_some() {
                    bail!("--ip-range on an IPv6 subnet is not supported by dhow: give a smaller IPv6 --subnet instead");
                }
                let c = Cidr6::parse(s)?;
                if let Some(n) = existing.iter().find(|n| n.subnet6().is_some_and(|(t, _)| t.overlaps(&c))) {
                    bail!("subnet {c} is already used on the host or by another config (network {}): choose another --subnet", n.name);
                }
                c
            }
            None => (0..64)
                .map(|_| Cidr6::random_ula())
                .find(|c| !taken6.iter().any(|t| t.overlaps(c)))
                .ok_or_else(|| anyhow!("no free IPv6 subnet found: give one with --subnet"))?,
        };
        let gw6 = match v6.first().and_then(|(i, _)| gateway_of(*i)) {
            Some(g) => {
                let ip: std::net::Ipv6Addr = g.parse().map_err(|_| anyhow!("invalid --gateway {g:?}: expected an IPv6 address for subnet {c6}"))?;
                if !c6.contains(ip) || ip == c6.network() {
                    bail!("gateway {ip} is not a host address of subnet {c6}");
                }
                ip
            }
            None => c6.first_host(),
        };
        subnets.push(Subnet { subnet: c6.to_string(), gateway: gw6.to_string(), lease_range: None });
    }
    let options = parse_options(&o.options)?;
    let used_ifaces: Vec<String> = existing
        .iter()
        .map(|n| n.network_interface.clone())
        .collect();
    let iface = (1..)
        .map(|i| format!("dhow{i}"))
        .find(|n| !used_ifaces.contains(n))
        .unwrap_or_else(|| "dhow0".into());
    let rec = NetworkRecord {
        name: o.name.clone(),
        id: hex::encode(rand::random::<[u8; 32]>()),
        driver: "bridge".into(),
        network_interface: iface,
        created: chrono::Utc::now(),
        subnets,
        ipv6_enabled: ipv6,
        internal: o.internal,
        dns_enabled: !o.disable_dns,
        dns_disabled: o.disable_dns,
        labels,
        options,
        ipam_options: BTreeMap::from([("driver".to_string(), "host-local".to_string())]),
    };
    crate::util::atomic::write_json(&record_path(root, &rec.name), &rec)?;
    Ok(rec)
}

/// A network by name or ID prefix, the default one included.
pub fn find_or_default(root: &Path, query: &str) -> Result<NetworkRecord> {
    if is_default(query) {
        Ok(default_record())
    } else {
        find(root, query)
    }
}

/// The containers (records) configured on network `name`, with whether they run.
pub fn users(root: &Path, name: &str) -> Result<Vec<(crate::container::ContainerRecord, bool)>> {
    let store = ContainerStore::new(root);
    let mut out = Vec::new();
    for (r, s) in store.list()? {
        let on_default = is_default(name) && is_default_mode(&r.host.network_mode);
        if on_default || container_networks(&r).iter().any(|e| e.network == name) {
            let running = s.effective().is_running();
            out.push((r, running));
        }
    }
    Ok(out)
}

/// The user-defined networks a container is configured on: its
/// `--network` (when it names one), then those added by `network connect`.
pub fn container_networks(
    r: &crate::container::ContainerRecord,
) -> Vec<crate::container::record::NetworkEndpoint> {
    let mut out = Vec::new();
    let m = r.host.network_mode.as_str();
    if is_user_network_mode(m) {
        out.push(crate::container::record::NetworkEndpoint {
            network: m.to_string(),
            ip_address: r.host.ip_address.clone(),
            ipv6_address: r.host.ip6_address.clone(),
            aliases: r.host.network_aliases.clone(),
            mac_address: r.host.mac_address.clone(),
        });
    }
    out.extend(r.host.extra_networks.iter().cloned());
    out
}

/// Whether a record's `network_mode` names a user-defined network.
pub fn is_user_network_mode(m: &str) -> bool {
    !matches!(
        m,
        "" | "none"
            | "host"
            | "slirp4netns"
            | "pasta"
            | "bridge"
            | "default"
            | "private"
            | DEFAULT_NETWORK
    ) && !m.starts_with("container:")
}

/// Network modes that mean the default network (a record's mode is "").
pub fn is_default_mode(n: &str) -> bool {
    matches!(n, "" | "default" | "bridge" | "private" | DEFAULT_NETWORK)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cidr_parsing_and_overlap() {
        let c = Cidr::parse("172.38.0.0/16").unwrap();
        assert_eq!(c.first_host(), Ipv4Addr::new(172, 38, 0, 1));
        assert!(c.contains(Ipv4Addr::new(172, 38, 0, 11)));
        assert!(!c.contains(Ipv4Addr::new(172, 39, 0, 11)));
        assert_eq!(c.broadcast(), Ipv4Addr::new(172, 38, 255, 255));
        assert!(Cidr::parse("172.38.0.1/16").is_err());
        assert!(Cidr::parse("172.38.0.0").is_err());
        assert!(Cidr::parse("fd00::/64").is_err());
        assert!(Cidr::parse("10.0.0.0/31").is_err());
        let d = Cidr::parse("172.38.4.0/24").unwrap();
        assert!(c.overlaps(&d) && d.overlaps(&c));
        assert!(!d.overlaps(&Cidr::parse("172.38.5.0/24").unwrap()));
        assert_eq!(d.to_string(), "172.38.4.0/24");
    }

    #[test]
    fn ipv6_subnets_options_and_ranges() {
        let c = Cidr6::parse("fd00:130::/64").unwrap();
        assert_eq!(c.first_host().to_string(), "fd00:130::1");
        assert!(c.contains("fd00:130::ffff".parse().unwrap()) && !c.contains("fd00:131::1".parse().unwrap()));
        assert!(Cidr6::parse("fd00:130::1/64").unwrap_err().to_string().contains("host bits"));
        assert!(Cidr6::parse("10.0.0.0/8").is_err());
        let r = Cidr6::random_ula();
        assert_eq!((r.prefix, r.addr.octets()[0]), (64, 0xfd));
        assert!(c.overlaps(&Cidr6::parse("fd00::/16").unwrap()));
        let o = parse_options(&["mtu=1400".into(), "isolate=true".into(), "metric=5".into(), "vlan=3".into()]).unwrap();
        assert_eq!(o.get("mtu").map(String::as_str), Some("1400"));
        assert_eq!(parse_options(&["foo=1".into()]).unwrap_err().to_string(), "unsupported network option foo");
        assert!(parse_options(&["mtu=-1".into()]).unwrap_err().to_string().contains("less than zero"));
        assert!(parse_options(&["vlan=5000".into()]).is_err());
        assert!(parse_options(&["isolate=perhaps".into()]).is_err());
        let s = Cidr::parse("10.1.0.0/24").unwrap();
        assert_eq!(parse_ip_range("10.1.0.128/25", s).unwrap(), LeaseRange { start_ip: "10.1.0.129".into(), end_ip: "10.1.0.255".into() });
        assert_eq!(parse_ip_range("10.1.0.10-10.1.0.20", s).unwrap().end_ip, "10.1.0.20");
        assert!(parse_ip_range("10.2.0.0/25", s).unwrap_err().to_string().contains("not in subnet"));
    }

    #[test]
    fn names() {
        assert!(check_name("redis").is_ok());
        assert!(check_name("my_net-1.x").is_ok());
        assert!(check_name("-x").is_err());
        assert!(check_name("a/b").is_err());
        assert!(check_name("podman").is_err());
        assert!(check_name("host").is_err());
    }

    #[test]
    fn built_in_networks() {
        let tmp = tempfile::tempdir().unwrap();
        let names: Vec<String> = builtin_records().into_iter().map(|n| n.name).collect();
        assert_eq!(names, ["podman", "host", "none"]);
        for (asked, name) in [("podman", "podman"), ("bridge", "podman"), ("host", "host"), ("none", "none")] {
            assert_eq!(load(tmp.path(), asked).unwrap().name, name);
        }
        let d = default_record();
        assert_eq!(d.subnet().unwrap().1, Ipv4Addr::new(10, 88, 0, 1));
        assert!(!d.dns_enabled, "names do not resolve on the default network");
        assert!(is_default("bridge") && is_default("podman") && !is_default("host"));
    }

    #[test]
    fn user_network_modes() {
        assert!(is_user_network_mode("redis"));
        assert!(!is_user_network_mode(""));
        assert!(!is_user_network_mode("podman"));
        assert!(!is_user_network_mode("container:abc"));
        assert!(!is_user_network_mode("none"));
    }

    #[test]
    fn subnets_allocated_without_overlap() {
        let tmp = tempfile::tempdir().unwrap();
        let paths =
            Paths::resolve(Some(tmp.path().join("root")), Some(tmp.path().join("run"))).unwrap();
        let a = create(
            &paths,
            &CreateOptions {
                name: "a".into(),
                ..Default::default()
            },
        )
        .unwrap();
        let b = create(
            &paths,
            &CreateOptions {
                name: "b".into(),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(a.subnets[0].subnet, "10.89.0.0/24");
        assert_eq!(b.subnets[0].subnet, "10.89.1.0/24");
        assert_eq!(b.subnets[0].gateway, "10.89.1.1");
        assert_ne!(a.network_interface, b.network_interface);
        let e = create(
            &paths,
            &CreateOptions {
                name: "c".into(),
                subnets: vec!["10.89.0.0/16".into()],
                ..Default::default()
            },
        )
        .unwrap_err();
        assert!(e.to_string().contains("already used"), "{e}");
        let e = create(
            &paths,
            &CreateOptions {
                name: "d".into(),
                subnets: vec!["10.88.5.0/24".into()],
                ..Default::default()
            },
        )
        .unwrap_err();
        assert!(e.to_string().contains("network podman"), "the default network's subnet is taken: {e}");
        assert!(a.dns_enabled && load(&paths.root, "a").unwrap().dns_enabled);
        assert!(create(
            &paths,
            &CreateOptions {
                name: "a".into(),
                ..Default::default()
            }
        )
        .is_err());
        assert_eq!(find(&paths.root, &a.id[..6]).unwrap().name, "a");
    }
}
