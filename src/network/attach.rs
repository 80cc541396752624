//! Container networking, rootless: the `--network`/`-p`/`--dns`/`--add-host`
//! options checked at create, and what the monitor sets up at each start.
//!
//! The monitor creates the container's network namespace itself (an
//! unshare in a short-lived thread, kept alive by a bind mount on
//! `<ctrdir>/netns` in the monitor's private mount namespace) and connects
//! it before the container exists, so the container's first instruction
//! already has a configured `eth0` and its published ports. On the default
//! network and user-defined ones that is a veth on the network's bridge
//! (see [`super::bridge`]; the default network is docker0-like, each
//! container with its own address). `--network slirp4netns|pasta` (and a
//! network without a shared uplink) start a user-mode tool for the
//! container alone, as the monitor's child with `PR_SET_PDEATHSIG`, so it
//! dies with the monitor even on `kill -9`, releasing the host ports.
//!
//! Why a bind-mounted file and not `/proc/PID/ns/net`: `pasta` drops its
//! capabilities before opening the namespace, and the kernel's ptrace check
//! then refuses `/proc` namespace files of a more privileged process.
//!
//! The host is reachable from the container at the user-mode tool's
//! gateway (which maps it to the host's loopback), published in the
//! container's `/etc/hosts` as `host.containers.internal` and
//! `host.docker.internal`.
//!
//! Limits: `--network container:X` joins X's namespace by
//! `/proc/<X's pid>/ns/net`; X's namespace belongs to the user namespace of
//! the CLI that started X, so it can be joined only from that same user
//! namespace (the runtime reports EPERM otherwise). User-defined networks:
//! see [`super::bridge`]. With `--userns keep-id`
//! the container's nested user namespace is created by the runtime, which
//! has the container born in our network namespace (the child could not
//! `setns` into it from inside its new user namespace).

use crate::container::ports::{self, PortBinding};
use crate::container::{ContainerRecord, ContainerStore};
use crate::engine::Engine;
use anyhow::{anyhow, bail, Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;
use std::net::IpAddr;
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The network flags of `create`/`run`, as typed.
#[derive(Debug, Clone, Default)]
pub struct NetworkOptions {
    /// `--network`/`--net`.
    pub network: Option<String>,
    /// `-p`.
    pub publish: Vec<String>,
    /// `-P`.
    pub publish_all: bool,
    /// `--expose`.
    pub expose: Vec<String>,
    pub dns: Vec<String>,
    pub dns_search: Vec<String>,
    /// `--add-host NAME:IP`.
    pub add_host: Vec<String>,
    pub ip: Option<String>,
    pub aliases: Vec<String>,
}

/// The checked network part of a container record.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Planned {
    pub network_mode: String,
    pub port_bindings: Vec<PortBinding>,
    pub publish_all: bool,
    /// `--expose` and `-p` container ports (`80/tcp`), before the image's.
    pub expose: Vec<String>,
    pub dns: Vec<String>,
    pub dns_search: Vec<String>,
    pub extra_hosts: Vec<String>,
    pub ip_address: String,
    pub aliases: Vec<String>,
}

impl Planned {
    /// docker's `ExposedPorts`: the image's, then `--expose` and `-p`.
    pub fn exposed_ports(
        &self,
        image: Option<&BTreeMap<String, serde_json::Value>>,
    ) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let image_keys = image
            .map(|m| m.keys().cloned().collect::<Vec<_>>())
            .unwrap_or_default();
        for k in image_keys.iter().chain(self.expose.iter()) {
            if let Some((p, proto)) = ports::parse_port_key(k) {
                let key = format!("{p}/{proto}");
                if !out.contains(&key) {
                    out.push(key);
                }
            }
        }
        out
    }
}

/// Whether a container's own network (its `--network`) is a bridge: a
/// user-defined network or the default one.
fn on_bridge(mode: &str) -> bool {
    is_default_mode(mode) || crate::network::record::is_user_network_mode(mode)
}

/// Network modes that mean the default network (a record's mode is "").
pub fn is_default_mode(n: &str) -> bool {
    matches!(n, "" | "default" | "bridge" | "private" | crate::network::record::DEFAULT_NETWORK)
}

/// The user-mode tool a container on the default network gets:
/// slirp4netns when installed, else pasta. slirp4netns is ready within a
/// millisecond where Debian 12's pasta needs about 20 (its start-up, not the
/// namespace set-up), and published TCP ports no longer go through either
/// (see [`super::relay`]). `--network pasta` asks for pasta.
pub fn default_mode_name() -> &'static str {
    if find_program("slirp4netns").is_some() || find_program("pasta").is_none() {
        "slirp4netns"
    } else {
        "pasta"
    }
}

/// Checks the network flags of `create`/`run` (before anything is written).
pub fn plan(engine: &Engine, o: &NetworkOptions) -> Result<Planned> {
    let asked = o.network.clone().unwrap_or_default();
    let network_mode = if is_default_mode(&asked) {
        String::new()
    } else if matches!(asked.as_str(), "none" | "host" | "slirp4netns" | "pasta") {
        asked.clone()
    } else if let Some(other) = asked.strip_prefix("container:") {
        let (rec, _) = ContainerStore::new(&engine.paths.root)
            .find(other)
            .map_err(|e| anyhow!("--network container:{other}: {e:#}"))?;
        format!("container:{}", rec.id)
    } else {
        // A user-defined network (docker's "network NAME not found" otherwise).
        crate::network::record::load(&engine.paths.root, &asked)?.name
    };
    let user_network = crate::network::record::is_user_network_mode(&network_mode);
    let mut port_bindings = Vec::new();
    for p in &o.publish {
        port_bindings.extend(ports::parse_publish(p).map_err(|e| anyhow!(e))?);
    }
    let mut expose = Vec::new();
    for e in &o.expose {
        expose.extend(ports::parse_expose(e).map_err(|e| anyhow!(e))?);
    }
    for b in &port_bindings {
        if !expose.contains(&b.private()) {
            expose.push(b.private());
        }
    }
    if !network_mode.is_empty()
        && !user_network
        && network_mode != "none"
        && network_mode != "slirp4netns"
        && network_mode != "pasta"
        && (!port_bindings.is_empty() || o.publish_all)
    {
        // docker: "conflicting options: port publishing and the container type network mode".
        bail!("conflicting options: port publishing and --network {asked} (ports can only be published on the default network)");
    }
    if network_mode == "none" && (!port_bindings.is_empty() || o.publish_all) {
        bail!("conflicting options: port publishing and --network none (a container without network has no ports to publish)");
    }
    let mut seen = std::collections::HashSet::new();
    for b in &port_bindings {
        if b.host_port != 0 && !seen.insert((b.host_ip.clone(), b.host_port, b.protocol.clone())) {
            bail!(
                "invalid port bindings: host port {} is published twice",
                b.host_addr()
            );
        }
    }
    for d in &o.dns {
        d.parse::<IpAddr>()
            .map_err(|_| anyhow!("invalid --dns {d:?}: expected an IP address"))?;
    }
    if network_mode.starts_with("container:") && (!o.dns.is_empty() || !o.add_host.is_empty()) {
        bail!("conflicting options: --dns and --add-host cannot be used with --network container:... (the network is the other container's)");
    }
    for h in &o.add_host {
        parse_add_host(h)?;
    }
    let mut ip_address = String::new();
    if let Some(ip) = &o.ip {
        let addr: std::net::Ipv4Addr = ip
            .parse()
            .map_err(|_| anyhow!("invalid --ip {ip:?}: expected an IPv4 address"))?;
        if !user_network {
            bail!("user specified IP address is supported on user defined networks only (--ip {ip})");
        }
        let net = crate::network::record::load(&engine.paths.root, &network_mode)?;
        let (subnet, gw) = net.subnet()?;
        let taken = ip_taken_by(&engine.paths.root, &network_mode, addr);
        if let Some(other) = taken {
            bail!("requested IP address {ip} is already allocated on network {network_mode} (container {other}): choose another --ip");
        }
        super::bridge::pick_address(subnet, gw, Some(addr), &[], &network_mode)?;
        ip_address = addr.to_string();
    }
    if !o.aliases.is_empty() && !user_network {
        bail!("network-scoped aliases are supported only for containers in user defined networks (--network-alias {})", o.aliases.join(","));
    }
    Ok(Planned {
        network_mode,
        port_bindings,
        publish_all: o.publish_all,
        expose,
        dns: o.dns.clone(),
        dns_search: o.dns_search.clone(),
        extra_hosts: o.add_host.clone(),
        ip_address,
        aliases: o.aliases.clone(),
    })
}

/// The container (name) that has `ip` fixed on `network`, if any.
pub fn ip_taken_by(root: &Path, network: &str, ip: std::net::Ipv4Addr) -> Option<String> {
    let store = ContainerStore::new(root);
    store.list().ok()?.into_iter().find_map(|(r, _)| {
        crate::network::record::container_networks(&r)
            .iter()
            .any(|e| e.network == network && e.ip_address.parse() == Ok(ip))
            .then(|| r.name.clone())
    })
}

/// `NAME:IP` (or `NAME=IP`); IP may be `host-gateway`.
pub fn parse_add_host(s: &str) -> Result<(String, String)> {
    let (name, ip) = s
        .split_once('=')
        .or_else(|| s.split_once(':'))
        .ok_or_else(|| anyhow!("invalid --add-host {s:?}: expected NAME:IP"))?;
    let ip = ip.trim_start_matches('[').trim_end_matches(']');
    if name.is_empty() || name.contains(char::is_whitespace) {
        bail!("invalid --add-host {s:?}: the host name is empty or has spaces");
    }
    if ip != "host-gateway" && ip.parse::<IpAddr>().is_err() {
        bail!("invalid --add-host {s:?}: {ip:?} is not an IP address (or host-gateway)");
    }
    Ok((name.to_string(), ip.to_string()))
}

/// The monitor PID whose user namespace a CLI must join (instead of
/// entering a fresh one) to start a container sharing another's network,
/// or on the default network the shared one
/// ([`crate::network::record::shared_user_namespace`]) when something runs:
/// `network` is a `--network` value or a record's `network_mode`. A network
/// namespace can only be joined from the user namespace that owns it, which
/// is the one of the CLI that started the other container.
pub fn user_namespace_owner(paths: &crate::config::paths::Paths, network: &str) -> Option<i32> {
    let root = paths.root.as_path();
    if let Some(pid) = crate::network::record::user_namespace_owner(paths, network) {
        return Some(pid);
    }
    if is_default_mode(network) || matches!(network, "slirp4netns" | "pasta") {
        // So that `network connect` can reach it later.
        return crate::network::record::shared_user_namespace(paths);
    }
    let other = network.strip_prefix("container:")?;
    let store = ContainerStore::new(root);
    let (_, state) = store.find(other).ok()?;
    let state = state.effective();
    (state.status == crate::container::Status::Running && state.monitor_pid > 0)
        .then_some(state.monitor_pid)
}

/// Like [`user_namespace_owner`], for existing containers named on the
/// command line (`start`, `restart`).
pub fn user_namespace_owner_of(paths: &crate::config::paths::Paths, containers: &[String]) -> Option<i32> {
    let store = ContainerStore::new(&paths.root);
    containers.iter().find_map(|c| {
        let (r, _) = store.find(c).ok()?;
        let mode = r.host.network_mode.as_str();
        crate::network::record::user_namespace_owner(paths, mode)
            .or_else(|| {
                // A container joined to networks by `network connect`.
                r.host
                    .extra_networks
                    .iter()
                    .find_map(|e| crate::network::record::user_namespace_owner(paths, &e.network))
            })
            .or_else(|| user_namespace_owner(paths, mode))
    })
}

/// What a running container's network looks like; `<ctrdir>/network.json`,
/// written by the monitor at each start and removed when it stops.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct RuntimeInfo {
    /// "pasta", "slirp4netns", "none", "host" or "container".
    pub mode: String,
    /// The published ports with their actual host ports.
    #[serde(default)]
    pub ports: Vec<PortBinding>,
    #[serde(default)]
    pub ip_address: String,
    #[serde(default)]
    pub prefix_len: u8,
    #[serde(default)]
    pub gateway: String,
    #[serde(default)]
    pub mac_address: String,
    /// The namespace file (docker's `SandboxKey`).
    #[serde(default)]
    pub sandbox_key: String,
    /// Endpoints on user-defined networks.
    #[serde(default)]
    pub networks: Vec<super::bridge::EndpointInfo>,
    /// pasta's gateway (the host), when `gateway` is a network's.
    #[serde(default)]
    pub uplink_gateway: String,
}

fn info_path(dir: &Path) -> PathBuf {
    dir.join("network.json")
}

/// The network of a running container (None when it is not running or has
/// no record of one).
pub fn runtime_info(dir: &Path) -> Option<RuntimeInfo> {
    let text = std::fs::read_to_string(info_path(dir)).ok()?;
    serde_json::from_str(&text).ok()
}

/// The ports a container publishes now, or (stopped) as configured.
pub fn effective_ports(record: &ContainerRecord, dir: &Path, running: bool) -> Vec<PortBinding> {
    if running {
        if let Some(i) = runtime_info(dir) {
            return i.ports;
        }
    }
    let _ = record;
    Vec::new()
}

/// The network the monitor set up for one run of the container; dropped
/// (through [`Attached::detach`]) when the container exits.
pub struct Attached {
    pub info: RuntimeInfo,
    /// The bind-mounted namespace file, when we created the namespace.
    netns: Option<PathBuf>,
    /// A namespace to join given by path (container:X).
    join_path: Option<PathBuf>,
    helper: Option<Child>,
    /// Relays the published TCP ports.
    forwarder: Option<super::relay::PortForwarder>,
    /// slirp4netns exits when this pipe closes.
    _exit_fd: Option<OwnedFd>,
    dir: PathBuf,
    remove_netns: bool,
    /// Set when the container has endpoints on user-defined networks.
    paths: Option<crate::config::paths::Paths>,
    /// Keeps those networks' namespaces from being torn down as idle.
    _in_use: Vec<crate::util::lock::FileLock>,
}

impl Attached {
    /// The address at which the container reaches the host.
    pub fn host_gateway(&self) -> Option<&str> {
        if !self.info.uplink_gateway.is_empty() {
            return Some(self.info.uplink_gateway.as_str());
        }
        (!self.info.gateway.is_empty() && self.info.mode != "bridge").then_some(self.info.gateway.as_str())
    }

    /// Stops the user-mode network (releasing the host ports) and removes
    /// the namespace file and `network.json`.
    pub fn detach(mut self) {
        self.stop();
    }

    fn stop(&mut self) {
        if let Some(mut f) = self.forwarder.take() {
            f.stop();
        }
        if let Some(mut c) = self.helper.take() {
            if !self.info.ports.iter().any(|p| p.protocol == "udp") {
                // The helper holds no host port (TCP ports are ours): don't wait for it
                // to tear down its sockets (tens of milliseconds for pasta).
                // It is reaped later by us or, once we exit, by init.
                let _ = c.kill();
                let _ = c.try_wait();
                std::mem::forget(c);
                self._exit_fd = None;
                if let Some(ns) = self.netns.take() {
                    let _ = nix::mount::umount2(&ns, nix::mount::MntFlags::MNT_DETACH);
                    if self.remove_netns {
                        let _ = std::fs::remove_file(&ns);
                    }
                }
                let _ = std::fs::remove_file(info_path(&self.dir));
                self.leave_networks();
                return;
            }
            let _ = nix::sys::signal::kill(
                nix::unistd::Pid::from_raw(c.id() as i32),
                nix::sys::signal::Signal::SIGTERM,
            );
            let deadline = Instant::now() + Duration::from_secs(2);
            loop {
                match c.try_wait() {
                    Ok(Some(_)) | Err(_) => break,
                    Ok(None) if Instant::now() >= deadline => {
                        let _ = c.kill();
                        let _ = c.wait();
                        break;
                    }
                    Ok(None) => std::thread::sleep(Duration::from_millis(1)),
                }
            }
        }
        self._exit_fd = None;
        if let Some(ns) = self.netns.take() {
            let _ = nix::mount::umount2(&ns, nix::mount::MntFlags::MNT_DETACH);
            if self.remove_netns {
                let _ = std::fs::remove_file(&ns);
            }
        }
        let _ = std::fs::remove_file(info_path(&self.dir));
        self.leave_networks();
    }

    /// Removes our entries from the hosts files of the containers that
    /// shared a network with us. The bridge ends of our veth pairs go with
    /// our namespace (the kernel destroys it, and them, in the background;
    /// deleting them here took ~40 ms of every stop). A restart that finds
    /// its old peer still there deletes it first ([`super::bridge::connect`]).
    fn leave_networks(&mut self) {
        let Some(paths) = self.paths.take() else { return };
        super::bridge::refresh_hosts(&paths.root, None);
        // Our networks may now go idle.
        self._in_use.clear();
    }

    /// Points the spec's network namespace at what we set up: our namespace
    /// file, the other container's, none at all (host), or a new one (none).
    pub fn apply_to_spec(&self, spec: &mut oci_spec::runtime::Spec) -> Result<()> {
        let mut v = serde_json::to_value(&*spec).context("encoding the runtime spec")?;
        if let Some(list) = v
            .pointer_mut("/linux/namespaces")
            .and_then(|n| n.as_array_mut())
        {
            let path = self.netns.as_ref().or(self.join_path.as_ref());
            match (self.info.mode.as_str(), path) {
                ("host", _) => list.retain(|n| n["type"] != "network"),
                (_, Some(p)) => {
                    list.retain(|n| n["type"] != "network");
                    list.push(serde_json::json!({"type": "network", "path": p}));
                }
                _ => {}
            }
        }
        *spec = serde_json::from_value(v).context("building the runtime spec")?;
        Ok(())
    }
}

impl Drop for Attached {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Extra `/etc/hosts` lines: the host's names, `--add-host` entries.
pub fn hosts_lines(record: &ContainerRecord, net: Option<&Attached>) -> String {
    let mut out = String::new();
    let gw = net.and_then(|n| n.host_gateway()).map(String::from);
    let mode = net.map(|n| n.info.mode.as_str()).unwrap_or("");
    let host_addr = match (mode, &gw) {
        ("host", _) => Some("127.0.0.1".to_string()),
        (_, Some(g)) => Some(g.clone()),
        _ => None,
    };
    for h in &record.host.extra_hosts {
        if let Ok((name, ip)) = parse_add_host(h) {
            let ip = if ip == "host-gateway" {
                host_addr.clone().unwrap_or_else(|| "127.0.0.1".into())
            } else {
                ip
            };
            out.push_str(&format!("{ip}\t{name}\n"));
        }
    }
    if let Some(ip) = net
        .map(|n| n.info.ip_address.as_str())
        .filter(|s| !s.is_empty())
    {
        out.push_str(&format!(
            "{ip}\t{} {}\n",
            record.config.hostname, record.name
        ));
    }
    if let Some(a) = host_addr {
        out.push_str(&format!(
            "{a}\thost.containers.internal host.docker.internal\n"
        ));
    }
    if let Some(n) = net.filter(|n| !n.info.networks.is_empty()) {
        if let Some(p) = &n.paths {
            out.push_str(&super::bridge::hosts_section(&p.root, &record.id, &n.info.networks));
        }
    }
    out
}

/// The container's `/etc/resolv.conf` when `--dns`/`--dns-search` replace
/// parts of the host's (None: keep the default).
pub fn resolv_conf(record: &ContainerRecord, host: &str) -> Option<String> {
    let h = &record.host;
    if h.dns.is_empty() && h.dns_search.is_empty() {
        return None;
    }
    let mut out = String::new();
    let mut lines: Vec<&str> = host.lines().collect();
    if !h.dns_search.is_empty() {
        lines.retain(|l| {
            !(l.trim_start().starts_with("search") || l.trim_start().starts_with("domain"))
        });
        out.push_str(&format!("search {}\n", h.dns_search.join(" ")));
    }
    if !h.dns.is_empty() {
        lines.retain(|l| !l.trim_start().starts_with("nameserver"));
        for d in &h.dns {
            out.push_str(&format!("nameserver {d}\n"));
        }
    }
    for l in lines {
        if !l.trim().is_empty() {
            out.push_str(l);
            out.push('\n');
        }
    }
    Some(out)
}

/// Sets up the container's network for one start. `paths` locate another
/// container (container:X) and the runtime dir. Runs in the monitor, after
/// its private mount namespace exists.
pub fn attach(
    record: &ContainerRecord,
    dir: &Path,
    paths: &crate::config::paths::Paths,
) -> Result<Attached> {
    let root = paths.root.as_path();
    let mut a = Attached {
        info: RuntimeInfo::default(),
        netns: None,
        join_path: None,
        helper: None,
        forwarder: None,
        _exit_fd: None,
        dir: dir.to_path_buf(),
        remove_netns: true,
        paths: None,
        _in_use: Vec::new(),
    };
    let mode = record.host.network_mode.as_str();
    match mode {
        "none" => {
            a.info.mode = "none".into();
            return Ok(a);
        }
        "host" => {
            a.info.mode = "host".into();
            write_info(dir, &a.info)?;
            return Ok(a);
        }
        m if m.starts_with("container:") => {
            let id = &m["container:".len()..];
            let store = ContainerStore::new(root);
            let (other, state) = store
                .load(id)
                .map_err(|e| anyhow!("joining the network of container {id}: {e:#}"))?;
            let state = state.effective();
            if state.status != crate::container::Status::Running || state.pid <= 0 {
                bail!(
                    "cannot join the network of container {}: it is not running (start it first)",
                    other.name
                );
            }
            a.info = runtime_info(&store.dir(id)).unwrap_or_default();
            a.info.mode = "container".into();
            a.info.ports.clear();
            a.join_path = Some(PathBuf::from(format!("/proc/{}/ns/net", state.pid)));
            return Ok(a);
        }
        _ => {}
    }
    let (bindings, listeners) = resolve_ports(record)?;
    let ns = dir.join("netns");
    create_netns(&ns)?;
    a.netns = Some(ns.clone());
    a.info.sandbox_key = ns.display().to_string();
    a.info.ports = bindings;
    if !listeners.is_empty() {
        a.forwarder = Some(super::relay::PortForwarder::start(listeners, &ns)?);
    }
    // User-defined networks: a veth per network (eth0... when the first is
    // the container's --network, after the uplink's eth0 otherwise).
    // The default network is a bridge too (docker0-like): its endpoint comes
    // first, as eth0.
    let mut endpoints = crate::network::record::container_networks(record);
    if is_default_mode(mode) {
        endpoints.insert(
            0,
            crate::container::record::NetworkEndpoint { network: crate::network::record::DEFAULT_NETWORK.into(), ..Default::default() },
        );
    }
    let user_primary = on_bridge(mode);
    let mut all_internal = user_primary;
    // The first non-internal network whose namespace has the shared uplink:
    // (our interface on it, its gateway, the uplink's gateway).
    let mut shared_uplink: Option<(String, String, String)> = None;
    if !endpoints.is_empty() {
        a.paths = Some(paths.clone());
        let first = usize::from(!user_primary);
        for (i, ep) in endpoints.iter().enumerate() {
            let net = crate::network::record::load(root, &ep.network)?;
            a._in_use.push(crate::network::record::hold_in_use(paths, &net.name)?);
            all_internal &= net.internal;
            let ifname = format!("eth{}", first + i);
            let info = &mut a.info;
            let mut save = |e: &super::bridge::EndpointInfo| -> Result<()> {
                info.networks.push(e.clone());
                write_info(dir, info)
            };
            let e = super::bridge::connect(paths, &record.id, ep, &ifname, &ns, &mut save)?;
            if shared_uplink.is_none() && !net.internal {
                shared_uplink = crate::network::record::holder_uplink(paths, &net.name).map(|u| (ifname, e.gateway, u));
            }
        }
    }
    // On a user network the default route is via the network's gateway, as
    // docker has it, when that network's namespace has the shared uplink.
    // UDP ports are published through a user-mode tool of the container's
    // own, which then carries the default route.
    let udp_ports = a.info.ports.iter().any(|p| p.protocol == "udp");
    if let Some((ifname, gw, uplink_gw)) = shared_uplink.filter(|_| user_primary && !udp_ports) {
        let gw_ip: std::net::Ipv4Addr = gw.parse().map_err(|_| anyhow!("invalid gateway {gw:?}"))?;
        crate::network::netlink::in_namespace(Some(&ns), |r| Ok(r.add_default_route(&ifname, gw_ip)?))
            .context("routing the container through its network's gateway")?;
        a.info.mode = "bridge".into();
        a.info.uplink_gateway = uplink_gw;
        finish_user_networks(&mut a, record, root, dir)?;
        return Ok(a);
    }
    let uplink_if = if user_primary {
        format!("eth{}", endpoints.len())
    } else {
        "eth0".to_string()
    };
    if all_internal {
        // Only internal networks: no way out, hence no user-mode stack.
        if !a.info.ports.is_empty() {
            bail!("cannot publish ports of a container on an internal network only: drop -p/-P or use a non-internal network");
        }
        a.info.mode = "bridge".into();
        finish_user_networks(&mut a, record, root, dir)?;
        return Ok(a);
    }
    let tool = match mode {
        "pasta" | "slirp4netns" => mode,
        _ => default_mode_name(),
    };
    if tool == "pasta" {
        let pasta = find_program("pasta").ok_or_else(|| {
            anyhow!("--network pasta: pasta is not installed (install the passt package, or use --network slirp4netns)")
        })?;
        a.info.mode = "pasta".into();
        a.helper = Some(start_pasta(&pasta, &ns, &a.info.ports, dir, &uplink_if)?);
    } else if let Some(slirp) = find_program("slirp4netns") {
        a.info.mode = "slirp4netns".into();
        // Unix socket paths are limited to 108 bytes: keep it short.
        let api = paths
            .runroot
            .join("sockets")
            .join(format!("{}.slirp", &record.id[..12.min(record.id.len())]));
        let (child, exit_fd) = start_slirp(&slirp, &ns, &a.info.ports, dir, &api, &uplink_if)?;
        a.helper = Some(child);
        a._exit_fd = Some(exit_fd);
    } else {
        bail!("no user-mode network tool found: install slirp4netns (or passt, for pasta), or run with --network none");
    }
    let (ip, prefix, mac, gw) = in_netns(&ns, read_addresses)?;
    a.info.ip_address = ip;
    a.info.prefix_len = prefix;
    a.info.mac_address = mac;
    a.info.gateway = gw.clone();
    a.info.uplink_gateway = gw;
    if !a.info.networks.is_empty() {
        finish_user_networks(&mut a, record, root, dir)?;
        return Ok(a);
    }
    write_info(dir, &a.info)?;
    Ok(a)
}

/// With user-defined networks: the first one's address is the container's
/// (docker shows it in its hosts file), and the others on the networks
/// learn our name.
fn finish_user_networks(a: &mut Attached, record: &ContainerRecord, root: &Path, dir: &Path) -> Result<()> {
    if on_bridge(&record.host.network_mode) {
        if let Some(e) = a.info.networks.first().cloned() {
            a.info.ip_address = e.ip_address;
            a.info.prefix_len = e.prefix_len;
            a.info.mac_address = e.mac_address;
            a.info.gateway = e.gateway;
        }
    }
    write_info(dir, &a.info)?;
    super::bridge::refresh_hosts(root, Some((&record.id, &record.name, &a.info.networks)));
    Ok(())
}

pub(crate) fn write_info(dir: &Path, info: &RuntimeInfo) -> Result<()> {
    let bytes = serde_json::to_vec_pretty(info).context("encoding the network state")?;
    crate::util::atomic::write_file_volatile(&info_path(dir), &bytes, 0o644)
}

pub(crate) fn find_program(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")
        .unwrap_or_else(|| "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin".into());
    std::env::split_paths(&path)
        .chain(["/usr/bin".into(), "/usr/sbin".into()])
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

/// Picks the host ports (`-p 80` and `-P` get free ones) and checks the
/// fixed ones are free, so a taken port is an error at `run`, not a silent
/// forward that never works. TCP ports come back bound, for the monitor's
/// forwarder; UDP ones are only probed (the user-mode helper binds them).
pub fn resolve_ports(record: &ContainerRecord) -> Result<(Vec<PortBinding>, super::relay::Listeners)> {
    let mut wanted = record.host.port_bindings.clone();
    if record.host.publish_all {
        for e in &record.config.exposed_ports {
            if let Some((p, proto)) = ports::parse_port_key(e) {
                if !wanted
                    .iter()
                    .any(|b| b.container_port == p && b.protocol == proto)
                {
                    wanted.push(PortBinding {
                        container_port: p,
                        protocol: proto,
                        host_ip: String::new(),
                        host_port: 0,
                    });
                }
            }
        }
    }
    let listeners = super::relay::Listeners::bind(&mut wanted)?;
    for b in wanted.iter_mut().filter(|b| b.protocol != "tcp") {
        let ip: IpAddr = if b.host_ip.is_empty() {
            IpAddr::from([0, 0, 0, 0])
        } else {
            b.host_ip
                .parse()
                .map_err(|_| anyhow!("invalid host IP {:?}", b.host_ip))?
        };
        let port = probe_udp_port(ip, b.host_port)
            .map_err(|e| super::relay::publish_error(b, &e))?;
        b.host_port = port;
    }
    Ok((wanted, listeners))
}

/// Binds `ip:port` (0 = any free port) and releases it; returns the port.
fn probe_udp_port(ip: IpAddr, port: u16) -> std::io::Result<u16> {
    Ok(std::net::UdpSocket::bind(std::net::SocketAddr::new(ip, port))?.local_addr()?.port())
}

/// A new network namespace, kept by a bind mount on `path`.
fn create_netns(path: &Path) -> Result<()> {
    let _ = nix::mount::umount2(path, nix::mount::MntFlags::MNT_DETACH);
    std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
    let target = path.to_path_buf();
    // A network namespace is per thread: unshare in a thread that then
    // ends, so the monitor itself stays in the host's namespace.
    std::thread::spawn(move || -> Result<()> {
        nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNET)
            .context("creating the container's network namespace")?;
        let _ = loopback_up();
        nix::mount::mount(
            Some("/proc/thread-self/ns/net"),
            &target,
            None::<&str>,
            nix::mount::MsFlags::MS_BIND,
            None::<&str>,
        )
        .with_context(|| {
            format!(
                "bind-mounting the network namespace on {}",
                target.display()
            )
        })?;
        Ok(())
    })
    .join()
    .map_err(|_| anyhow!("creating the network namespace: the thread panicked"))?
}

/// Runs `f` in a thread that joined the namespace at `ns`.
fn in_netns<T: Send + 'static>(ns: &Path, f: fn() -> Result<T>) -> Result<T> {
    let file = std::fs::File::open(ns).with_context(|| format!("opening {}", ns.display()))?;
    std::thread::spawn(move || -> Result<T> {
        nix::sched::setns(file.as_fd(), nix::sched::CloneFlags::CLONE_NEWNET)
            .context("entering the container's network namespace")?;
        f()
    })
    .join()
    .map_err(|_| anyhow!("reading the container's network: the thread panicked"))?
}

fn ifreq(name: &str) -> libc::ifreq {
    // SAFETY: ifreq is plain data; all-zero is a valid value.
    let mut r: libc::ifreq = unsafe { std::mem::zeroed() };
    for (i, b) in name.bytes().take(libc::IFNAMSIZ - 1).enumerate() {
        r.ifr_name[i] = b as libc::c_char;
    }
    r
}

fn dgram_socket() -> Result<OwnedFd> {
    nix::sys::socket::socket(
        nix::sys::socket::AddressFamily::Inet,
        nix::sys::socket::SockType::Datagram,
        nix::sys::socket::SockFlag::SOCK_CLOEXEC,
        None,
    )
    .context("creating a socket")
}

/// Brings `lo` up in the current thread's network namespace.
fn loopback_up() -> Result<()> {
    let s = dgram_socket()?;
    let mut r = ifreq("lo");
    // SAFETY: SIOCGIFFLAGS/SIOCSIFFLAGS read and write the ifreq we own.
    unsafe {
        if libc::ioctl(s.as_raw_fd(), libc::SIOCGIFFLAGS, &mut r) < 0 {
            return Err(std::io::Error::last_os_error().into());
        }
        r.ifr_ifru.ifru_flags |= libc::IFF_UP as libc::c_short;
        if libc::ioctl(s.as_raw_fd(), libc::SIOCSIFFLAGS, &r) < 0 {
            return Err(std::io::Error::last_os_error().into());
        }
    }
    Ok(())
}

/// (IPv4 address, prefix length, MAC, default gateway) of the namespace's
/// interface with the default route.
pub(crate) fn read_addresses() -> Result<(String, u8, String, String)> {
    let route = std::fs::read_to_string("/proc/thread-self/net/route").unwrap_or_default();
    let (ifname, gw) =
        parse_default_route(&route).unwrap_or_else(|| ("eth0".into(), String::new()));
    let s = dgram_socket()?;
    let mut ip = String::new();
    let mut prefix = 0u8;
    let mut mac = String::new();
    // SAFETY: the ioctls fill the ifreq we own; the union members read are
    // the ones these requests write.
    unsafe {
        let mut r = ifreq(&ifname);
        if libc::ioctl(s.as_raw_fd(), libc::SIOCGIFADDR, &mut r) == 0 {
            let sin =
                &*(&r.ifr_ifru.ifru_addr as *const libc::sockaddr as *const libc::sockaddr_in);
            ip = std::net::Ipv4Addr::from(u32::from_be(sin.sin_addr.s_addr)).to_string();
        }
        let mut r = ifreq(&ifname);
        if libc::ioctl(s.as_raw_fd(), libc::SIOCGIFNETMASK, &mut r) == 0 {
            let sin =
                &*(&r.ifr_ifru.ifru_netmask as *const libc::sockaddr as *const libc::sockaddr_in);
            prefix = u32::from_be(sin.sin_addr.s_addr).count_ones() as u8;
        }
        let mut r = ifreq(&ifname);
        if libc::ioctl(s.as_raw_fd(), libc::SIOCGIFHWADDR, &mut r) == 0 {
            let d = r.ifr_ifru.ifru_hwaddr.sa_data;
            mac = d[..6]
                .iter()
                .map(|b| format!("{:02x}", *b as u8))
                .collect::<Vec<_>>()
                .join(":");
        }
    }
    Ok((ip, prefix, mac, gw))
}

/// The default route's interface and gateway from `/proc/net/route`.
fn parse_default_route(text: &str) -> Option<(String, String)> {
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.len() > 2 && f[1] == "00000000" {
            let gw = u32::from_str_radix(f[2], 16).ok()?;
            // The kernel prints the network-order address read as a native
            // integer: its native bytes are the address bytes.
            let gw = std::net::Ipv4Addr::from(gw.to_ne_bytes());
            return Some((f[0].to_string(), gw.to_string()));
        }
    }
    None
}

/// The stderr log of the user-mode network helper.
fn helper_log(dir: &Path) -> Result<std::fs::File> {
    std::fs::OpenOptions::new()
        .create(true)
        .write(true)
        .truncate(true)
        .open(dir.join("network.log"))
        .context("opening the network helper's log")
}

fn last_log_line(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("network.log"))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.contains("syslog") && !l.trim().is_empty())
        .collect::<Vec<_>>()
        .iter()
        .rev()
        .take(3)
        .rev()
        .copied()
        .collect::<Vec<_>>()
        .join("; ")
}

/// The monitor's child dies with it.
fn die_with_parent(cmd: &mut Command) {
    use std::os::unix::process::CommandExt;
    // SAFETY: prctl is async-signal-safe.
    unsafe {
        cmd.pre_exec(|| {
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) < 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
}

/// pasta's `-t`/`-u` arguments for the bindings: UDP only, TCP ports are
/// the monitor's own ([`super::relay`]).
pub fn pasta_port_args(bindings: &[PortBinding]) -> Vec<String> {
    let mut args = vec!["-t".to_string(), "none".to_string()];
    let udp: Vec<&PortBinding> = bindings.iter().filter(|b| b.protocol == "udp").collect();
    if udp.is_empty() {
        args.extend(["-u", "none"].map(String::from));
    }
    for b in udp {
        let addr = if b.host_ip.is_empty() {
            String::new()
        } else {
            format!("{}/", b.host_ip)
        };
        args.extend(["-u".to_string(), format!("{addr}{}:{}", b.host_port, b.container_port)]);
    }
    args.extend(["-T", "none", "-U", "none"].map(String::from));
    args
}

fn start_pasta(pasta: &Path, ns: &Path, bindings: &[PortBinding], dir: &Path, ifname: &str) -> Result<Child> {
    let pidfile = dir.join("network.pid");
    let _ = std::fs::remove_file(&pidfile);
    let mut cmd = Command::new(pasta);
    cmd.args([
        "--config-net",
        "--foreground",
        "--quiet",
        "--ns-ifname",
        ifname,
        "--mtu",
        "65520",
    ]);
    cmd.arg("--netns").arg(ns).arg("--pid").arg(&pidfile);
    // As real root (rootful dhow) pasta would drop to "nobody", who cannot
    // open the namespace file under root's store: keep root.
    if nix::unistd::geteuid().is_root() && !crate::sys::userns::in_user_namespace() {
        cmd.args(["--runas", "0:0"]);
    }
    cmd.args(pasta_port_args(bindings));
    cmd.stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::from(helper_log(dir)?));
    die_with_parent(&mut cmd);
    let mut child = cmd
        .spawn()
        .with_context(|| format!("starting {}", pasta.display()))?;
    // pasta writes its PID file once the namespace is configured and the
    // ports are bound.
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if std::fs::metadata(&pidfile)
            .map(|m| m.len() > 0)
            .unwrap_or(false)
        {
            return Ok(child);
        }
        if let Ok(Some(status)) = child.try_wait() {
            bail!(
                "setting up the container's network: pasta failed ({status}): {}",
                last_log_line(dir)
            );
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            bail!(
                "setting up the container's network: pasta did not get ready within 20s: {}",
                last_log_line(dir)
            );
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

pub(crate) fn start_slirp(
    slirp: &Path,
    ns: &Path,
    bindings: &[PortBinding],
    dir: &Path,
    api: &Path,
    ifname: &str,
) -> Result<(Child, OwnedFd)> {
    let (ready_r, ready_w) = nix::unistd::pipe().context("creating a pipe")?;
    let (exit_r, exit_w) =
        nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("creating a pipe")?;
    if let Some(parent) = api.parent() {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("creating {}", parent.display()))?;
    }
    let _ = std::fs::remove_file(api);
    let mut cmd = Command::new(slirp);
    // The gateway (10.0.2.2) reaches the host's loopback, as pasta's does:
    // that is host.containers.internal.
    cmd.args(["--configure", "--mtu=65520", "--enable-ipv6", "--netns-type=path"]);
    cmd.arg(format!("--ready-fd={}", ready_w.as_raw_fd()));
    cmd.arg(format!("--exit-fd={}", exit_r.as_raw_fd()));
    cmd.arg("--api-socket").arg(api);
    cmd.arg(ns).arg(ifname);
    cmd.stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::from(helper_log(dir)?));
    let exit_raw = exit_r.as_raw_fd();
    {
        use std::os::unix::process::CommandExt;
        // SAFETY: fcntl and prctl are async-signal-safe.
        unsafe {
            cmd.pre_exec(move || {
                let fl = libc::fcntl(exit_raw, libc::F_GETFD);
                libc::fcntl(exit_raw, libc::F_SETFD, fl & !libc::FD_CLOEXEC);
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                Ok(())
            });
        }
    }
    let mut child = cmd
        .spawn()
        .with_context(|| format!("starting {}", slirp.display()))?;
    drop(ready_w);
    drop(exit_r);
    let mut b = [0u8; 1];
    let n = nix::unistd::read(ready_r.as_raw_fd(), &mut b).unwrap_or(0);
    if n != 1 {
        let _ = child.kill();
        let _ = child.wait();
        bail!(
            "setting up the container's network: slirp4netns failed: {}",
            last_log_line(dir)
        );
    }
    for p in bindings.iter().filter(|p| p.protocol == "udp") {
        let host_addr = if p.host_ip.is_empty() {
            "0.0.0.0"
        } else {
            p.host_ip.as_str()
        };
        let req = serde_json::json!({"execute": "add_hostfwd", "arguments": {"proto": p.protocol, "host_addr": host_addr, "host_port": p.host_port, "guest_port": p.container_port}});
        let mut s = std::os::unix::net::UnixStream::connect(api)
            .context("connecting to the slirp4netns API socket")?;
        s.write_all(req.to_string().as_bytes())?;
        let _ = s.shutdown(std::net::Shutdown::Write);
        let mut resp = String::new();
        std::io::Read::read_to_string(&mut s, &mut resp)?;
        if resp.contains("\"error\"") {
            let _ = child.kill();
            let _ = child.wait();
            bail!(
                "publishing port {}->{}: slirp4netns: {}",
                p.host_addr(),
                p.private(),
                resp.trim()
            );
        }
    }
    Ok((child, exit_w))
}

/// docker's `{"80/tcp": [{"HostIp": "0.0.0.0", "HostPort": "8080"}]}`.
pub fn ports_map(bindings: &[PortBinding], exposed: &[String]) -> serde_json::Value {
    let mut m = serde_json::Map::new();
    for e in exposed {
        if let Some((p, proto)) = ports::parse_port_key(e) {
            m.insert(format!("{p}/{proto}"), serde_json::Value::Null);
        }
    }
    for b in bindings {
        let entry = m
            .entry(b.private())
            .or_insert_with(|| serde_json::json!([]));
        if entry.is_null() {
            *entry = serde_json::json!([]);
        }
        if let Some(a) = entry.as_array_mut() {
            let ip = if b.host_ip.is_empty() {
                "0.0.0.0"
            } else {
                b.host_ip.as_str()
            };
            a.push(serde_json::json!({"HostIp": ip, "HostPort": b.host_port.to_string()}));
        }
    }
    serde_json::Value::Object(m)
}

/// docker's `Config.ExposedPorts`: `{"80/tcp": {}}`, null when empty.
pub fn exposed_map(exposed: &[String]) -> serde_json::Value {
    if exposed.is_empty() {
        return serde_json::Value::Null;
    }
    serde_json::Value::Object(
        exposed
            .iter()
            .map(|e| (e.clone(), serde_json::json!({})))
            .collect(),
    )
}

/// docker's `HostConfig` network keys, as configured (host port "" = picked
/// at start).
pub fn inspect_host_config(r: &ContainerRecord) -> serde_json::Value {
    let mut pb = serde_json::Map::new();
    for b in &r.host.port_bindings {
        let entry = pb
            .entry(b.private())
            .or_insert_with(|| serde_json::json!([]));
        if let Some(a) = entry.as_array_mut() {
            let port = if b.host_port == 0 {
                String::new()
            } else {
                b.host_port.to_string()
            };
            a.push(serde_json::json!({"HostIp": b.host_ip, "HostPort": port}));
        }
    }
    // docker's (and podman's with a bridge) value for the default network.
    let mode = match r.host.network_mode.as_str() {
        "" => "bridge",
        m => m,
    };
    serde_json::json!({
        "NetworkMode": mode,
        "PortBindings": pb,
        "PublishAllPorts": r.host.publish_all,
        "Dns": r.host.dns,
        "DnsSearch": r.host.dns_search,
        "ExtraHosts": if r.host.extra_hosts.is_empty() { serde_json::Value::Null } else { serde_json::json!(r.host.extra_hosts) },
    })
}

/// docker's `NetworkSettings` for a container (live values when it runs).
pub fn inspect_settings(r: &ContainerRecord, dir: &Path, running: bool) -> serde_json::Value {
    let info = if running { runtime_info(dir) } else { None };
    let i = info.clone().unwrap_or_default();
    let ports = ports_map(&i.ports, &r.config.exposed_ports);
    let mut networks = serde_json::Map::new();
    let net_name = match r.host.network_mode.as_str() {
        "" => crate::network::record::DEFAULT_NETWORK.to_string(),
        m if m.starts_with("container:") => String::new(),
        m => m.to_string(),
    };
    if !net_name.is_empty() {
        networks.insert(
            net_name,
            serde_json::json!({
                "IPAMConfig": null,
                "Links": null,
                "Aliases": if r.host.network_aliases.is_empty() { serde_json::Value::Null } else { serde_json::json!(r.host.network_aliases) },
                "NetworkID": "",
                "EndpointID": "",
                "Gateway": i.gateway,
                "IPAddress": i.ip_address,
                "IPPrefixLen": i.prefix_len,
                "IPv6Gateway": "",
                "GlobalIPv6Address": "",
                "GlobalIPv6PrefixLen": 0,
                "MacAddress": i.mac_address,
            }),
        );
    }
    // User-defined networks: one entry each, live values when running.
    for ep in crate::network::record::container_networks(r) {
        let live = i.networks.iter().find(|e| e.network == ep.network).cloned().unwrap_or_default();
        let aliases = if ep.aliases.is_empty() { serde_json::Value::Null } else { serde_json::json!(ep.aliases) };
        networks.insert(
            ep.network.clone(),
            serde_json::json!({
                "IPAMConfig": if ep.ip_address.is_empty() { serde_json::Value::Null } else { serde_json::json!({"IPv4Address": ep.ip_address}) },
                "Links": null,
                "Aliases": aliases,
                "NetworkID": live.network_id,
                "EndpointID": "",
                "Gateway": live.gateway,
                "IPAddress": live.ip_address,
                "IPPrefixLen": live.prefix_len,
                "IPv6Gateway": "",
                "GlobalIPv6Address": "",
                "GlobalIPv6PrefixLen": 0,
                "MacAddress": live.mac_address,
            }),
        );
    }
    serde_json::json!({
        "Bridge": "",
        "SandboxID": "",
        "HairpinMode": false,
        "LinkLocalIPv6Address": "",
        "LinkLocalIPv6PrefixLen": 0,
        "Ports": ports,
        "SandboxKey": i.sandbox_key,
        "Gateway": i.gateway,
        "IPAddress": i.ip_address,
        "IPPrefixLen": i.prefix_len,
        "MacAddress": i.mac_address,
        "Networks": networks,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_route_parsing() {
        let t = "Iface\tDestination\tGateway \tFlags\nwlan0\t0001A8C0\t00000000\t0001\neth0\t00000000\t010200C0\t0003\n";
        assert_eq!(
            parse_default_route(t),
            Some(("eth0".into(), "192.0.2.1".into()))
        );
        assert_eq!(parse_default_route("Iface\n"), None);
    }

    #[test]
    fn add_host_forms() {
        assert_eq!(
            parse_add_host("db:10.0.0.2").unwrap(),
            ("db".into(), "10.0.0.2".into())
        );
        assert_eq!(
            parse_add_host("db=::1").unwrap(),
            ("db".into(), "::1".into())
        );
        assert_eq!(parse_add_host("gw:host-gateway").unwrap().1, "host-gateway");
        assert!(parse_add_host("db").is_err());
        assert!(parse_add_host("db:notanip").is_err());
    }

    #[test]
    fn docker_ports_map() {
        let b = vec![PortBinding {
            container_port: 80,
            protocol: "tcp".into(),
            host_ip: String::new(),
            host_port: 8080,
        }];
        let m = ports_map(&b, &["80/tcp".into(), "443/tcp".into()]);
        assert_eq!(
            m,
            serde_json::json!({"80/tcp": [{"HostIp": "0.0.0.0", "HostPort": "8080"}], "443/tcp": null})
        );
    }

    #[test]
    fn pasta_arguments() {
        let b = vec![
            PortBinding {
                container_port: 80,
                protocol: "tcp".into(),
                host_ip: "127.0.0.1".into(),
                host_port: 8080,
            },
            PortBinding {
                container_port: 53,
                protocol: "udp".into(),
                host_ip: String::new(),
                host_port: 5353,
            },
        ];
        assert_eq!(
            pasta_port_args(&b),
            [
                "-t",
                "none",
                "-u",
                "5353:53",
                "-T",
                "none",
                "-U",
                "none"
            ]
        );
        assert_eq!(
            pasta_port_args(&[]),
            ["-t", "none", "-u", "none", "-T", "none", "-U", "none"]
        );
    }

    #[test]
    fn resolv_conf_overrides() {
        let mut r: ContainerRecord = serde_json::from_value(serde_json::json!({
            "id": "0".repeat(64), "name": "x", "image_name": "i", "image_id": format!("sha256:{}", "0".repeat(64)),
            "layers": [], "created": "2024-01-01T00:00:00Z", "command": ["sh"],
            "config": {"hostname": "h", "user": "", "env": [], "cmd": [], "entrypoint": [], "working_dir": "", "labels": {}, "tty": false, "open_stdin": false, "stop_signal": "", "stop_timeout": 10},
            "host": {"auto_remove": false, "restart_policy": {"name": "no", "maximum_retry_count": 0}, "log_driver": "k8s-file", "read_only": false, "privileged": false, "cap_add": [], "cap_drop": [], "security_opt": [], "init": false}
        }))
        .unwrap();
        assert_eq!(resolv_conf(&r, "nameserver 1.1.1.1\n"), None);
        r.host.dns = vec!["9.9.9.9".into()];
        r.host.dns_search = vec!["example.com".into()];
        let out = resolv_conf(&r, "search corp\nnameserver 1.1.1.1\noptions ndots:2\n").unwrap();
        assert_eq!(
            out,
            "search example.com\nnameserver 9.9.9.9\noptions ndots:2\n"
        );
        r.host.extra_hosts = vec!["db:10.1.2.3".into(), "gw:host-gateway".into()];
        let lines = hosts_lines(&r, None);
        assert!(lines.contains("10.1.2.3\tdb\n"), "{lines}");
        assert!(lines.contains("127.0.0.1\tgw\n"), "{lines}");
    }
}
