//! User-defined networks (`dhow network ...`): their definitions and the
//! process that holds each one's "infra" network namespace.
//!
//! A definition is `<root>/networks/<name>.json` (podman's shape), written
//! atomically under `<root>/networks/networks.lock`, which also serialises
//! subnet allocation so two `network create` never pick the same subnet.
//!
//! The infra namespace of a network holds a bridge with the gateway address
//! and, unless the network is internal, the shared way out ([`Uplink`]);
//! each container on the network gets a veth pair whose one end is on that
//! bridge (see `engine/containers/bridge.rs`). The namespace is kept by a
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
use crate::engine::Engine;
use crate::util::lock::FileLock;
use anyhow::{anyhow, bail, Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::net::Ipv4Addr;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The name of the default network (podman's; docker's `bridge` names it
/// too). It is not a record on disk but it works like a user-defined one,
/// as docker0 does: a bridge with [`DEFAULT_SUBNET`] in its own namespace,
/// each container with its own address on it, the shared uplink behind it;
/// names do not resolve on it (as on docker's default bridge).
pub const DEFAULT_NETWORK: &str = "podman";

/// The default network's subnet (podman's); its gateway is the first host.
pub const DEFAULT_SUBNET: &str = "10.88.0.0/16";

/// An IPv4 subnet with its gateway, podman's `subnets` entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Subnet {
    pub subnet: String,
    pub gateway: String,
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
    /// a DNS server), false on the default one, as podman reports them.
    #[serde(default)]
    pub dns_enabled: bool,
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
            .map_err(|_| anyhow!("invalid subnet {s:?}: {a:?} is not an IPv4 address (IPv6 networks are not supported)"))?;
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

impl std::fmt::Display for Cidr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.network(), self.prefix)
    }
}

impl NetworkRecord {
    /// The (first) subnet and its gateway.
    pub fn subnet(&self) -> Result<(Cidr, Ipv4Addr)> {
        let s = self
            .subnets
            .first()
            .ok_or_else(|| anyhow!("network {} has no subnet", self.name))?;
        let c = Cidr::parse(&s.subnet)?;
        let gw: Ipv4Addr = s
            .gateway
            .parse()
            .map_err(|_| anyhow!("network {}: invalid gateway {:?}", self.name, s.gateway))?;
        Ok((c, gw))
    }
}

/// `network create` options.
#[derive(Debug, Clone, Default)]
pub struct CreateOptions {
    pub name: String,
    pub subnet: Option<String>,
    pub gateway: Option<String>,
    pub internal: bool,
    pub labels: Vec<String>,
    pub driver: Option<String>,
}

/// The error for an unknown network (docker's wording).
#[derive(Debug, thiserror::Error)]
#[error("unable to find network with name or ID {0}: network not found (see 'dhow network ls')")]
pub struct NetworkNotFound(pub String);

fn dir(root: &Path) -> PathBuf {
    root.join("networks")
}

fn record_path(root: &Path, name: &str) -> PathBuf {
    dir(root).join(format!("{name}.json"))
}

fn run_dir(paths: &Paths) -> PathBuf {
    paths.runroot.join("networks")
}

fn pid_path(paths: &Paths, name: &str) -> PathBuf {
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

fn lock_all(root: &Path) -> Result<FileLock> {
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
    rec.dns_enabled = true;
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
        labels: BTreeMap::new(),
        options: BTreeMap::new(),
        ipam_options: BTreeMap::from([("driver".to_string(), "host-local".to_string())]),
    }
}

/// The default network (see [`DEFAULT_NETWORK`]).
pub fn default_record() -> NetworkRecord {
    let subnet = Cidr::parse(DEFAULT_SUBNET).expect("a valid built-in subnet");
    let subnets = vec![Subnet { subnet: subnet.to_string(), gateway: subnet.first_host().to_string() }];
    builtin_record(DEFAULT_NETWORK, "bridge", "dhow0", subnets)
}

/// The networks `network ls` shows without any created, as docker lists
/// them: the default one, `host` and `none`.
pub fn builtin_records() -> Vec<NetworkRecord> {
    vec![default_record(), builtin_record("host", "host", "", Vec::new()), builtin_record("none", "null", "", Vec::new())]
}

/// `network create`.
pub fn create(engine: &Engine, o: &CreateOptions) -> Result<NetworkRecord> {
    let root = &engine.paths.root;
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
    let subnet = match &o.subnet {
        Some(s) => {
            let c = Cidr::parse(s)?;
            if let Some(n) = existing
                .iter()
                .find(|n| n.subnet().is_ok_and(|(t, _)| t.overlaps(&c)))
            {
                bail!("subnet {c} is already used on the host or by another config (network {}): choose another --subnet", n.name);
            }
            c
        }
        None => {
            if o.gateway.is_some() {
                bail!("--gateway needs --subnet");
            }
            (0..=255u8)
                .map(|n| Cidr { addr: Ipv4Addr::new(10, 89, n, 0), prefix: 24 })
                .find(|c| !taken.iter().any(|t| t.overlaps(c)))
                .ok_or_else(|| anyhow!("no free subnet left in 10.89.0.0/16: remove unused networks (dhow network prune) or give --subnet"))?
        }
    };
    let gateway = match &o.gateway {
        Some(g) => {
            let ip: Ipv4Addr = g
                .parse()
                .map_err(|_| anyhow!("invalid --gateway {g:?}: expected an IPv4 address"))?;
            if !subnet.contains(ip) || ip == subnet.network() || ip == subnet.broadcast() {
                bail!("gateway {ip} is not a host address of subnet {subnet}");
            }
            ip
        }
        None => subnet.first_host(),
    };
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
        subnets: vec![Subnet {
            subnet: subnet.to_string(),
            gateway: gateway.to_string(),
        }],
        ipv6_enabled: false,
        internal: o.internal,
        dns_enabled: true,
        labels,
        options: BTreeMap::new(),
        ipam_options: BTreeMap::from([("driver".to_string(), "host-local".to_string())]),
    };
    crate::util::atomic::write_json(&record_path(root, &rec.name), &rec)?;
    Ok(rec)
}

/// The containers (records) configured on network `name`, with whether they run.
pub fn users(root: &Path, name: &str) -> Result<Vec<(crate::container::ContainerRecord, bool)>> {
    let store = ContainerStore::new(root);
    let mut out = Vec::new();
    for (r, s) in store.list()? {
        let on_default = is_default(name) && crate::network::attach::is_default_mode(&r.host.network_mode);
        if on_default || container_networks(&r).iter().any(|e| e.network == name) {
            let running = crate::engine::containers::ops::is_running(&s.effective());
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
            aliases: r.host.network_aliases.clone(),
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

/// `network rm`: refused while containers use the network unless `force`,
/// which removes those containers first (podman's behaviour).
pub fn remove(engine: &Engine, query: &str, force: bool) -> Result<String> {
    if is_default(query) || query == "host" || query == "none" {
        bail!("{query} is a pre-defined network and cannot be removed");
    }
    let root = &engine.paths.root;
    let rec = find(root, query)?;
    let users = users(root, &rec.name)?;
    if !users.is_empty() {
        if !force {
            let names: Vec<String> = users.iter().map(|(r, _)| r.name.clone()).collect();
            bail!(
                "network {} is being used by container(s) {}: remove them first or use network rm -f",
                rec.name,
                names.join(", ")
            );
        }
        for (r, _) in &users {
            crate::engine::containers::ops::remove(engine, &r.id, true).with_context(|| {
                format!("removing container {} of network {}", r.name, rec.name)
            })?;
        }
    }
    let _lock = lock_all(root)?;
    stop_holder(&engine.paths, &rec.name);
    std::fs::remove_file(record_path(root, &rec.name))
        .with_context(|| format!("removing network {}", rec.name))?;
    let _ = std::fs::remove_file(dir(root).join(format!("{}.lock", rec.name)));
    Ok(rec.name)
}

/// `network prune`: removes every network no container is configured on.
pub fn prune(engine: &Engine) -> Result<Vec<String>> {
    let root = &engine.paths.root;
    let mut removed = Vec::new();
    for n in list_records(root)? {
        if users(root, &n.name)?.is_empty() {
            removed.push(remove(engine, &n.name, false)?);
        }
    }
    Ok(removed)
}

// ---- connect / disconnect ----

/// `network connect [--ip] [--alias] NET CTR`: records the endpoint and, if
/// the container runs, adds the interface now, as docker. A running
/// container outside the network's user namespace cannot get a veth: that
/// is an error, and nothing is recorded.
pub fn connect(
    engine: &Engine,
    network: &str,
    container: &str,
    ip: Option<&str>,
    aliases: &[String],
) -> Result<()> {
    use crate::network::{bridge, attach as cnet};
    let root = &engine.paths.root;
    if network == "host" || network == "none" {
        bail!("cannot connect a container to the pre-defined network {network}: it is chosen at create (--network)");
    }
    let net = find(root, network)?;
    let store = ContainerStore::new(root);
    let (found, _) = store.find(container)?;
    let _lock = store.lock_container(&found.id)?;
    let (mut rec, state) = store.load(&found.id)?;
    let mode = rec.host.network_mode.as_str();
    if matches!(mode, "none" | "host") || mode.starts_with("container:") {
        bail!(
            "cannot connect container {} to network {}: it uses --network {}",
            rec.name,
            net.name,
            if mode.starts_with("container:") {
                "container:..."
            } else {
                mode
            }
        );
    }
    let on_default = is_default(&net.name) && crate::network::attach::is_default_mode(mode);
    if on_default || container_networks(&rec).iter().any(|e| e.network == net.name) {
        bail!(
            "container {} is already connected to network {}",
            rec.name,
            net.name
        );
    }
    let mut ip_address = String::new();
    if let Some(ip) = ip {
        let addr: Ipv4Addr = ip
            .parse()
            .map_err(|_| anyhow!("invalid --ip {ip:?}: expected an IPv4 address"))?;
        let (subnet, gw) = net.subnet()?;
        if let Some(other) = cnet::ip_taken_by(root, &net.name, addr) {
            bail!("requested IP address {ip} is already allocated on network {} (container {other}): choose another --ip", net.name);
        }
        bridge::pick_address(subnet, gw, Some(addr), &[], &net.name)?;
        ip_address = addr.to_string();
    }
    let ep = crate::container::record::NetworkEndpoint {
        network: net.name.clone(),
        ip_address,
        aliases: aliases.to_vec(),
    };
    let state = state.effective();
    let running = crate::engine::containers::ops::is_running(&state) && state.pid > 0;
    if running && in_other_user_namespace(state.pid) {
        // A veth cannot join namespaces of two user namespaces: nothing is
        // recorded, the user decides.
        bail!(
            "cannot connect running container {} to network {} now: it was started in another user namespace than the network's (two sets of containers were started while none ran); stop it, connect it, and start it again (dhow stop {}; dhow network connect {} {}; dhow start {})",
            rec.name, net.name, rec.name, net.name, rec.name, rec.name
        );
    }
    rec.host.extra_networks.push(ep.clone());
    let dir = store.dir(&rec.id);
    crate::util::atomic::write_json(&dir.join("container.json"), &rec)?;
    if !running {
        return Ok(());
    }
    let netns = PathBuf::from(format!("/proc/{}/ns/net", state.pid));
    let ifname = bridge::free_eth(&bridge::interfaces_of(state.pid));
    let mut save = |e: &bridge::EndpointInfo| -> Result<()> {
        let mut info = cnet::runtime_info(&dir).unwrap_or_default();
        info.networks.push(e.clone());
        cnet::write_info(&dir, &info)
    };
    let result = bridge::connect(&engine.paths, &rec.id, &ep, &ifname, &netns, &mut save);
    if let Err(e) = result {
        // Nothing half-configured: forget the endpoint again.
        rec.host.extra_networks.retain(|x| x.network != net.name);
        let _ = crate::util::atomic::write_json(&dir.join("container.json"), &rec);
        return Err(e);
    }
    bridge::refresh_hosts(root, None);
    Ok(())
}

/// `network disconnect NET CTR`.
pub fn disconnect(engine: &Engine, network: &str, container: &str) -> Result<()> {
    use crate::network::{bridge, attach as cnet};
    let root = &engine.paths.root;
    if network == "host" || network == "none" {
        bail!("cannot disconnect a container from the pre-defined network {network}: it is chosen at create (--network)");
    }
    let name = find(root, network)?.name;
    let store = ContainerStore::new(root);
    let (found, _) = store.find(container)?;
    let _lock = store.lock_container(&found.id)?;
    let (mut rec, state) = store.load(&found.id)?;
    let primary = rec.host.network_mode == name || (is_default(&name) && crate::network::attach::is_default_mode(&rec.host.network_mode));
    if primary {
        // Its primary network: what is left is the first connected one, or none.
        if rec.host.extra_networks.is_empty() {
            rec.host.network_mode = "none".into();
        } else {
            let next = rec.host.extra_networks.remove(0);
            rec.host.network_mode = next.network;
            rec.host.ip_address = next.ip_address;
            rec.host.network_aliases = next.aliases;
        }
    } else if let Some(i) = rec
        .host
        .extra_networks
        .iter()
        .position(|e| e.network == name)
    {
        rec.host.extra_networks.remove(i);
    } else {
        bail!("container {} is not connected to network {name}", rec.name);
    }
    let dir = store.dir(&rec.id);
    let state = state.effective();
    // The interface goes first: on failure nothing is recorded.
    let mut live = None;
    if crate::engine::containers::ops::is_running(&state) && state.pid > 0 {
        if let Some(mut info) = cnet::runtime_info(&dir) {
            if let Some(i) = info.networks.iter().position(|e| e.network == name) {
                let e = info.networks.remove(i);
                let netns = PathBuf::from(format!("/proc/{}/ns/net", state.pid));
                bridge::remove_interface(&netns, &e.interface).with_context(|| {
                    format!(
                        "cannot disconnect container {} from network {name}: removing its interface {}",
                        rec.name, e.interface
                    )
                })?;
                live = Some(info);
            }
        }
    }
    crate::util::atomic::write_json(&dir.join("container.json"), &rec)?;
    if let Some(info) = live {
        cnet::write_info(&dir, &info)?;
        bridge::refresh_hosts(root, None);
    }
    Ok(())
}

// ---- the holder of a network's namespace ----

/// The PID of the running holder of network `name`.
pub fn holder_pid(paths: &Paths, name: &str) -> Option<i32> {
    let text = std::fs::read_to_string(pid_path(paths, name)).ok()?;
    let mut f = text.split_whitespace();
    let pid: i32 = f.next()?.parse().ok()?;
    let start: u64 = f.next()?.parse().ok()?;
    (crate::container::state::process_start_time(pid) == Some(start)).then_some(pid)
}

/// Some running holder (whose user namespace a new one joins).
fn any_holder(paths: &Paths) -> Option<i32> {
    let rd = std::fs::read_dir(run_dir(paths)).ok()?;
    rd.flatten().find_map(|e| {
        let n = e.file_name().to_string_lossy().to_string();
        n.strip_suffix(".pid").and_then(|n| holder_pid(paths, n))
    })
}

/// Whether process `pid` is in another user namespace than this one.
fn in_other_user_namespace(pid: i32) -> bool {
    use std::os::unix::fs::MetadataExt;
    let theirs = std::fs::metadata(format!("/proc/{pid}/ns/user"));
    let ours = std::fs::metadata("/proc/self/ns/user");
    matches!((theirs, ours), (Ok(t), Ok(o)) if (t.dev(), t.ino()) != (o.dev(), o.ino()))
}

/// A running process in dhow's shared user namespace, for a command to
/// join instead of making a fresh one: a network's holder, else the monitor
/// of a running container. Containers, holders and the commands that start
/// or connect them thus end up in one user namespace while anything runs,
/// which is what lets `network connect` add a veth to a running container
/// (both ends of a veth must be in namespaces of the same user namespace).
pub fn shared_user_namespace(paths: &Paths) -> Option<i32> {
    if let Some(pid) = any_holder(paths) {
        return Some(pid);
    }
    let root_user = nix::unistd::geteuid().is_root();
    let store = ContainerStore::new(&paths.root);
    let rd = std::fs::read_dir(paths.runroot.join("sockets")).ok()?;
    rd.flatten().find_map(|e| {
        let n = e.file_name().to_string_lossy().to_string();
        let short = n.strip_suffix(".sock")?;
        let (_, state) = store.find(short).ok()?;
        let state = state.effective();
        let pid = state.monitor_pid;
        (crate::engine::containers::ops::is_running(&state) && pid > 0 && (root_user || in_other_user_namespace(pid))).then_some(pid)
    })
}

/// The user namespace `network disconnect NET CTR` runs in: the running
/// container's (its monitor's), where its interfaces can be removed; else
/// the shared one.
pub fn disconnect_user_namespace_owner(paths: &Paths, container: &str) -> Option<i32> {
    let store = ContainerStore::new(&paths.root);
    let running = store.find(container).ok().map(|(_, s)| s.effective()).filter(|s| crate::engine::containers::ops::is_running(s) && s.monitor_pid > 0);
    match running {
        Some(s) => Some(s.monitor_pid),
        None => shared_user_namespace(paths),
    }
}

/// The holder of network `name`, started if needed; returns its PID.
/// Callable as the plain user (before any user namespace: the holder then
/// joins another holder's or makes its own) or from inside dhow's.
pub fn ensure_holder(paths: &Paths, name: &str) -> Result<i32> {
    if let Some(pid) = holder_pid(paths, name) {
        return Ok(pid);
    }
    load(&paths.root, name)?;
    std::fs::create_dir_all(run_dir(paths)).context("creating the networks run directory")?;
    let _lock = FileLock::exclusive(&run_dir(paths).join("holders.lock"))?;
    if let Some(pid) = holder_pid(paths, name) {
        return Ok(pid);
    }
    let pidfile = pid_path(paths, name);
    let _ = std::fs::remove_file(&pidfile);
    let exe = std::env::current_exe().context("finding the dhow executable")?;
    let log = std::fs::OpenOptions::new()
        .create(true)
        .write(true)
        .truncate(true)
        .open(run_dir(paths).join(format!("{name}.log")))
        .context("opening the network holder's log")?;
    let mut cmd = std::process::Command::new(exe);
    cmd.arg("--root")
        .arg(&paths.root)
        .arg("--runroot")
        .arg(&paths.runroot)
        .arg("__netns-holder")
        .arg(name)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::from(log));
    // Long-lived like a monitor: the same allocator settings.
    crate::engine::containers::monitor::give_malloc_tunables(&mut cmd);
    {
        use std::os::unix::process::CommandExt;
        // SAFETY: setsid is async-signal-safe.
        unsafe {
            cmd.pre_exec(|| {
                if libc::setsid() < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
    }
    let mut child = cmd
        .spawn()
        .context("starting the network's namespace holder")?;
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(pid) = holder_pid(paths, name) {
            return Ok(pid);
        }
        if let Ok(Some(status)) = child.try_wait() {
            let log = std::fs::read_to_string(run_dir(paths).join(format!("{name}.log")))
                .unwrap_or_default();
            bail!(
                "setting up network {name} failed ({status}): {}",
                log.trim()
            );
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            bail!("setting up network {name}: its namespace holder did not get ready within 10s");
        }
        std::thread::sleep(Duration::from_millis(1));
    }
}

/// Stops the holder of `name` (its namespace and bridge go with it).
pub fn stop_holder(paths: &Paths, name: &str) {
    if let Some(pid) = holder_pid(paths, name) {
        let _ = nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(pid),
            nix::sys::signal::Signal::SIGKILL,
        );
    }
    let _ = std::fs::remove_file(pid_path(paths, name));
    let _ = std::fs::remove_dir_all(uplink_dir(paths, name));
}

/// How long a network's namespace outlives its last container (so a burst
/// of `run --rm` does not rebuild the bridge each time): 30 s, or
/// `DHOW_NETWORK_IDLE_TIMEOUT` seconds.
fn holder_idle_timeout() -> Duration {
    let secs = std::env::var("DHOW_NETWORK_IDLE_TIMEOUT")
        .ok()
        .and_then(|v| v.parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s >= 0.0)
        .unwrap_or(30.0);
    Duration::from_secs_f64(secs)
}

/// The lock that keeps a network's holder alive: commands starting or
/// connecting containers on it hold it shared (see [`hold_in_use`]), and
/// monitors while their container is attached.
fn in_use_path(paths: &Paths, name: &str) -> PathBuf {
    run_dir(paths).join(format!("{name}.users"))
}

/// Marks network `name` as in use until the guard is dropped; blocks while
/// its idle holder is exiting (after which a new one is started on demand).
pub fn hold_in_use(paths: &Paths, name: &str) -> Result<FileLock> {
    std::fs::create_dir_all(run_dir(paths)).context("creating the networks run directory")?;
    FileLock::shared(&in_use_path(paths, name))
}

/// Entry point of `dhow __netns-holder NAME` (already inside the shared user
/// namespace): makes the network's namespace with its bridge, publishes its
/// PID, and stays until its network is removed or has been unused (no
/// running container on it, nobody holding [`hold_in_use`]) for
/// [`holder_idle_timeout`]; the namespace and bridge go with it.
pub fn holder_main(engine: &Engine, name: &str) -> i32 {
    crate::engine::containers::monitor::drop_malloc_tunables();
    match holder_setup(engine, name) {
        // The uplink (if any) lives as long as this process.
        Ok(mut uplink) => {
            // One per user and network for as long as containers use it:
            // give back what the set-up touched (the loop needs little).
            crate::sys::memory::trim();
            let timeout = holder_idle_timeout();
            let tick = (timeout / 4).clamp(Duration::from_millis(100), Duration::from_secs(2));
            let mut idle_since: Option<Instant> = None;
            loop {
                std::thread::sleep(tick);
                if let Some(Err(e)) = uplink.as_mut().map(Uplink::revive) {
                    eprintln!("dhow network holder {name}: restarting the uplink: {e:#}");
                }
                // Gone with its network: also when the whole store was
                // deleted (a test's or benchmark's), not only `network rm`.
                let gone = if is_default(name) { !engine.paths.root.exists() } else { !record_path(&engine.paths.root, name).exists() };
                if gone {
                    let _ = std::fs::remove_file(pid_path(&engine.paths, name));
                    return 0;
                }
                // Exclusive means no command is starting a container on the
                // network and no monitor holds it; kept until we exit, so
                // none can begin while the PID file goes.
                let idle = FileLock::try_exclusive(&in_use_path(&engine.paths, name))
                    .ok()
                    .flatten()
                    .filter(|_| {
                        !crate::network::bridge::network_in_use(&engine.paths.root, name)
                    });
                match (idle, idle_since) {
                    (Some(_guard), Some(t)) if t.elapsed() >= timeout => {
                        let _ = std::fs::remove_file(pid_path(&engine.paths, name));
                        std::process::exit(0);
                    }
                    (Some(_), None) => idle_since = Some(Instant::now()),
                    (Some(_), Some(_)) => {}
                    (None, _) => idle_since = None,
                }
            }
        }
        Err(e) => {
            eprintln!("dhow network holder {name}: {e:#}");
            crate::error::ENGINE_FAILURE
        }
    }
}

fn holder_setup(engine: &Engine, name: &str) -> Result<Option<Uplink>> {
    use nix::sys::signal::{signal, SigHandler, Signal};
    for s in [Signal::SIGHUP, Signal::SIGINT, Signal::SIGPIPE] {
        // SAFETY: SIG_IGN installs no handler code.
        let _ = unsafe { signal(s, SigHandler::SigIgn) };
    }
    // SAFETY: prctl with constant arguments.
    unsafe { libc::prctl(libc::PR_SET_DUMPABLE, 1, 0, 0, 0) };
    let rec = load(&engine.paths.root, name)?;
    let (subnet, gw) = rec.subnet()?;
    // Before the process leaves the host's network namespace.
    let host = (!rec.internal).then(HostThread::start);
    nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNET)
        .context("creating the network's namespace")?;
    let br = &rec.network_interface;
    crate::network::netlink::in_namespace(None, |r| {
        r.set_up("lo", None)?;
        r.add_bridge(br)?;
        r.add_address(br, gw, subnet.prefix)?;
        r.set_up(br, None)?;
        Ok(())
    })
    .with_context(|| format!("creating the bridge {br} of network {name}"))?;
    let uplink = match host {
        None => None,
        Some(host) => match start_uplink(&engine.paths, &rec, subnet, host) {
            Ok(u) => Some(u),
            Err(e) => {
                // Containers then bring their own user-mode uplink.
                eprintln!("dhow network holder {name}: no shared uplink: {e:#}");
                None
            }
        },
    };
    let pid = std::process::id() as i32;
    let start = crate::container::state::process_start_time(pid).unwrap_or(0);
    let gw = uplink.as_ref().map_or("-", |u| u.gateway.as_str());
    crate::util::atomic::write_file_volatile(
        &pid_path(&engine.paths, name),
        format!("{pid} {start} {gw}\n").as_bytes(),
        0o644,
    )?;
    Ok(uplink)
}

/// A network's way out, in its namespace: slirp4netns on `tap0` (the
/// default route) and a masquerade of the subnet's traffic leaving by it,
/// as rootless docker has behind its bridge. Containers route through the
/// network's gateway, and the uplink's own gateway still reaches the host's
/// loopback (`host.containers.internal`).
pub struct Uplink {
    child: std::process::Child,
    _exit_fd: std::os::fd::OwnedFd,
    host: HostThread,
    /// slirp4netns, the namespace, log dir and API socket it was started with.
    start: (PathBuf, PathBuf, PathBuf, PathBuf),
    /// The uplink's gateway (slirp4netns's 10.0.2.2).
    pub gateway: String,
}

impl Uplink {
    /// Reaps slirp4netns when it died (killed, crashed) and starts it again
    /// on the same namespace, so the network keeps its way out (the NAT
    /// rule names the interface, which comes back with it).
    fn revive(&mut self) -> Result<()> {
        if !matches!(self.child.try_wait(), Ok(Some(_))) {
            return Ok(());
        }
        let (slirp, ns, dir, api) = self.start.clone();
        let (child, exit_fd) = self
            .host
            .run(move || crate::engine::containers::network::start_slirp(&slirp, &ns, &[], &dir, &api, UPLINK_IF))?;
        self.child = child;
        self._exit_fd = exit_fd;
        Ok(())
    }
}

const UPLINK_IF: &str = "tap0";

type HostJob = Box<dyn FnOnce() + Send>;

/// A thread of the holder left in the host's network namespace (it is
/// started before the holder unshares its own): slirp4netns must be started
/// from there, its sockets being the host's. It lives as long as this value,
/// because the `PR_SET_PDEATHSIG` of a child fires when the thread that
/// forked it ends.
struct HostThread {
    jobs: std::sync::mpsc::Sender<HostJob>,
}

impl HostThread {
    fn start() -> HostThread {
        let (jobs, rx) = std::sync::mpsc::channel::<HostJob>();
        std::thread::spawn(move || {
            for job in rx {
                job();
            }
        });
        HostThread { jobs }
    }

    /// Runs `f` on the thread and waits for its result.
    fn run<T: Send + 'static>(&self, f: impl FnOnce() -> Result<T> + Send + 'static) -> Result<T> {
        let (tx, rx) = std::sync::mpsc::channel();
        self.jobs
            .send(Box::new(move || {
                let _ = tx.send(f());
            }))
            .map_err(|_| anyhow!("the holder's host-side thread is gone"))?;
        rx.recv().map_err(|_| anyhow!("the holder's host-side thread is gone"))?
    }
}

fn start_uplink(paths: &Paths, rec: &NetworkRecord, subnet: Cidr, host: HostThread) -> Result<Uplink> {
    use crate::network::attach as cnet;
    let slirp = cnet::find_program("slirp4netns").ok_or_else(|| anyhow!("slirp4netns is not installed"))?;
    let iptables = cnet::find_program("iptables").ok_or_else(|| anyhow!("iptables is not installed"))?;
    let dir = uplink_dir(paths, &rec.name);
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    // Unix socket paths are limited to 108 bytes: keep it short.
    let api = paths.runroot.join("sockets").join(format!("n{}.slirp", &rec.id[..12.min(rec.id.len())]));
    let ns = PathBuf::from(format!("/proc/{}/ns/net", std::process::id()));
    let start = (slirp.clone(), ns.clone(), dir.clone(), api.clone());
    let (child, exit_fd) = host.run(move || cnet::start_slirp(&slirp, &ns, &[], &dir, &api, UPLINK_IF))?;
    let (_, _, _, gateway) = cnet::read_addresses()?;
    std::fs::write("/proc/sys/net/ipv4/ip_forward", "1").context("enabling IPv4 forwarding in the network's namespace")?;
    let cidr = subnet.to_string();
    let out = std::process::Command::new(&iptables)
        .args(["-t", "nat", "-A", "POSTROUTING", "-s", &cidr, "-o", UPLINK_IF, "-j", "MASQUERADE"])
        .stdin(std::process::Stdio::null())
        .output()
        .with_context(|| format!("running {}", iptables.display()))?;
    if !out.status.success() {
        bail!("iptables: {}", String::from_utf8_lossy(&out.stderr).trim());
    }
    Ok(Uplink { child, _exit_fd: exit_fd, host, start, gateway })
}

/// Where the uplink of network `name` logs.
fn uplink_dir(paths: &Paths, name: &str) -> PathBuf {
    run_dir(paths).join(format!("{name}.uplink"))
}

/// The gateway of network `name`'s shared uplink, when its holder runs
/// one (see [`Uplink`]).
pub fn holder_uplink(paths: &Paths, name: &str) -> Option<String> {
    holder_pid(paths, name)?;
    let text = std::fs::read_to_string(pid_path(paths, name)).ok()?;
    text.split_whitespace().nth(2).filter(|g| *g != "-").map(String::from)
}

/// The user namespace a command on `network` must run in: the holder's
/// (started now if needed) when it is a user-defined network.
pub fn user_namespace_owner(paths: &Paths, network: &str) -> Option<i32> {
    let network = if crate::network::attach::is_default_mode(network) {
        DEFAULT_NETWORK
    } else if is_user_network_mode(network) {
        network
    } else {
        return None;
    };
    load(&paths.root, network).ok()?;
    // Held until this command exits (it has then started or connected the
    // container, whose monitor holds its own): the holder cannot go idle
    // between our joining its user namespace and the container attaching.
    match hold_in_use(paths, network) {
        Ok(guard) => std::mem::forget(guard),
        Err(e) => eprintln!("WARN: {e:#}"),
    }
    match ensure_holder(paths, network) {
        Ok(pid) => Some(pid),
        Err(e) => {
            eprintln!("WARN: {e:#}");
            None
        }
    }
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
        let engine = Engine::new(paths);
        let a = create(
            &engine,
            &CreateOptions {
                name: "a".into(),
                ..Default::default()
            },
        )
        .unwrap();
        let b = create(
            &engine,
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
            &engine,
            &CreateOptions {
                name: "c".into(),
                subnet: Some("10.89.0.0/16".into()),
                ..Default::default()
            },
        )
        .unwrap_err();
        assert!(e.to_string().contains("already used"), "{e}");
        let e = create(
            &engine,
            &CreateOptions {
                name: "d".into(),
                subnet: Some("10.88.5.0/24".into()),
                ..Default::default()
            },
        )
        .unwrap_err();
        assert!(e.to_string().contains("network podman"), "the default network's subnet is taken: {e}");
        assert!(a.dns_enabled && load(&engine.paths.root, "a").unwrap().dns_enabled);
        assert!(create(
            &engine,
            &CreateOptions {
                name: "a".into(),
                ..Default::default()
            }
        )
        .is_err());
        assert_eq!(find(&engine.paths.root, &a.id[..6]).unwrap().name, "a");
        assert_eq!(remove(&engine, "a", false).unwrap(), "a");
        assert!(load(&engine.paths.root, "a").is_err());
    }
}
