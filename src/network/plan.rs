//! The network flags of `create`/`run` (`--network`, `-p`, `--ip`, `--dns`,
//! `--add-host`, ...) checked before anything is written, and which user
//! namespace a CLI must join to start a container on a shared network.

pub use super::record::is_default_mode;
use super::usermode::find_program;
use crate::container::ports::{self, PortBinding};
use crate::config::paths::Paths;
use crate::container::ContainerStore;
use anyhow::{anyhow, bail, Result};
use std::collections::BTreeMap;
use std::net::IpAddr;
use std::path::Path;

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
    /// `--ip6` (on a network created with `--ipv6`).
    pub ip6: Option<String>,
    pub aliases: Vec<String>,
    /// `--dns-option`.
    pub dns_options: Vec<String>,
    /// `--mac-address`.
    pub mac_address: Option<String>,
    /// `--no-hosts`.
    pub no_hosts: bool,
    /// `--hosts-file PATH|image|none` (see [`HostSettings::hosts_file`](crate::container::record::HostSettings)).
    pub hosts_file: Option<String>,
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
    /// `--ip6`, "" when not given.
    pub ip6_address: String,
    pub aliases: Vec<String>,
    pub dns_options: Vec<String>,
    /// Normalised (lower case, `:`-separated), "" when not given.
    pub mac_address: String,
    pub no_hosts: bool,
    /// `--hosts-file`: "", "image", "none" or an absolute host path.
    pub hosts_file: String,
}

impl Planned {
    /// Records the plan in a new container's host settings: the one place
    /// the network fields go from the flags to the record (a container's
    /// and a pod infra's alike).
    pub fn record_in(&self, host: &mut crate::container::record::HostSettings) {
        host.network_mode = self.network_mode.clone();
        host.port_bindings = self.port_bindings.clone();
        host.publish_all = self.publish_all;
        host.dns = self.dns.clone();
        host.dns_search = self.dns_search.clone();
        host.dns_options = self.dns_options.clone();
        host.no_hosts = self.no_hosts;
        host.hosts_file = self.hosts_file.clone();
        host.mac_address = self.mac_address.clone();
        host.extra_hosts = self.extra_hosts.clone();
        host.ip_address = self.ip_address.clone();
        host.ip6_address = self.ip6_address.clone();
        host.network_aliases = self.aliases.clone();
    }

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
pub(crate) fn on_bridge(mode: &str) -> bool {
    is_default_mode(mode) || crate::network::record::is_user_network_mode(mode)
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
pub fn plan(paths: &Paths, o: &NetworkOptions) -> Result<Planned> {
    let asked = o.network.clone().unwrap_or_default();
    let network_mode = if is_default_mode(&asked) {
        String::new()
    } else if matches!(asked.as_str(), "none" | "host" | "slirp4netns" | "pasta") {
        asked.clone()
    } else if let Some(other) = asked.strip_prefix("container:") {
        let (rec, _) = ContainerStore::new(&paths.root)
            .find(other)
            .map_err(|e| anyhow!("--network container:{other}: {e:#}"))?;
        format!("container:{}", rec.id)
    } else {
        // A user-defined network (docker's "network NAME not found" otherwise).
        crate::network::record::load(&paths.root, &asked)?.name
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
    if network_mode.starts_with("container:") && (!o.dns.is_empty() || !o.add_host.is_empty() || !o.dns_options.is_empty()) {
        bail!("conflicting options: --dns, --dns-option and --add-host cannot be used with --network container:... (the network is the other container's)");
    }
    if o.no_hosts && !o.add_host.is_empty() {
        bail!("conflicting options: --no-hosts and --add-host (with --no-hosts the image's /etc/hosts is left as it is)");
    }
    if o.no_hosts && o.hosts_file.is_some() {
        bail!("--no-hosts and --hosts-file cannot be set together (--no-hosts leaves the image's /etc/hosts as it is; --hosts-file=image starts from it)");
    }
    let hosts_file = hosts_file(o.hosts_file.as_deref().unwrap_or(""))?;
    let mac_address = match &o.mac_address {
        None => String::new(),
        Some(m) => {
            let mac = parse_mac(m)?;
            if !on_bridge(&network_mode) {
                bail!("conflicting options: --mac-address and --network {asked} (a MAC address can only be set on the default network or a user-defined one)");
            }
            mac
        }
    };
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
        let net = crate::network::record::load(&paths.root, &network_mode)?;
        let (subnet, gw) = net.subnet()?;
        let taken = ip_taken_by(&paths.root, &network_mode, addr.into());
        if let Some(other) = taken {
            bail!("requested IP address {ip} is already allocated on network {network_mode} (container {other}): choose another --ip");
        }
        super::bridge::pick_address(subnet, gw, Some(addr), &[], &network_mode, None)?;
        ip_address = addr.to_string();
    }
    let mut ip6_address = String::new();
    if let Some(ip) = &o.ip6 {
        ip.parse::<std::net::Ipv6Addr>().map_err(|_| anyhow!("invalid --ip6 {ip:?}: expected an IPv6 address"))?;
        if !user_network {
            bail!("user specified IP address is supported on user defined networks only (--ip6 {ip})");
        }
        ip6_address = check_fixed_ip6(&paths.root, &crate::network::record::load(&paths.root, &network_mode)?, ip)?;
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
        ip6_address,
        aliases: o.aliases.clone(),
        dns_options: o.dns_options.clone(),
        mac_address,
        no_hosts: o.no_hosts,
        hosts_file,
    })
}

/// A fixed `--ip6` on network `net` (run, connect): in its IPv6 subnet,
/// not its gateway, not fixed for another container. Returns it normalised.
pub fn check_fixed_ip6(root: &Path, net: &crate::network::record::NetworkRecord, ip: &str) -> Result<String> {
    let addr: std::net::Ipv6Addr = ip.parse().map_err(|_| anyhow!("invalid --ip6 {ip:?}: expected an IPv6 address"))?;
    let (sub6, gw6) = net.subnet6().ok_or_else(|| anyhow!("--ip6 {ip}: network {} has no IPv6 subnet (create it with --ipv6)", net.name))?;
    if let Some(other) = ip_taken_by(root, &net.name, addr.into()) {
        bail!("requested IPv6 address {ip} is already allocated on network {} (container {other}): choose another --ip6", net.name);
    }
    super::bridge::pick_address6(sub6, gw6, Some(addr), &[], &net.name)?;
    Ok(addr.to_string())
}

/// `--hosts-file`: "" (dhow's default base), `image`, `none`, or a file
/// on the host (made absolute, and it must exist now; it is read at each
/// start, as podman reads it).
fn hosts_file(v: &str) -> Result<String> {
    if matches!(v, "" | "image" | "none") {
        return Ok(v.to_string());
    }
    let path = std::path::absolute(v).map_err(|e| anyhow!("invalid --hosts-file {v:?}: {e}"))?;
    if !path.is_file() {
        bail!("--hosts-file {v}: no such file (give a file on the host, image or none)");
    }
    Ok(path.to_string_lossy().into_owned())
}

/// `--mac-address`: six hex octets separated by `:` or `-`, unicast (a
/// multicast address cannot be an interface's), normalised to lower case
/// with `:`.
pub fn parse_mac(s: &str) -> Result<String> {
    let bad = || anyhow!("invalid --mac-address {s:?}: expected six hex octets such as 92:d0:c6:0a:29:33");
    let octets: Vec<u8> = s
        .split([':', '-'])
        .map(|p| if p.len() == 2 && p.bytes().all(|b| b.is_ascii_hexdigit()) { u8::from_str_radix(p, 16).map_err(|_| bad()) } else { Err(bad()) })
        .collect::<Result<_>>()?;
    if octets.len() != 6 {
        return Err(bad());
    }
    if octets[0] & 1 == 1 {
        bail!("invalid --mac-address {s}: it is a multicast address (the lowest bit of the first octet is set)");
    }
    Ok(octets.iter().map(|o| format!("{o:02x}")).collect::<Vec<_>>().join(":"))
}

/// The container (name) that has `ip` (IPv4 or IPv6) fixed on `network`, if any.
pub fn ip_taken_by(root: &Path, network: &str, ip: IpAddr) -> Option<String> {
    let store = ContainerStore::new(root);
    store.list().ok()?.into_iter().find_map(|(r, _)| {
        crate::network::record::container_networks(&r)
            .iter()
            .any(|e| e.network == network && (e.ip_address.parse() == Ok(ip) || e.ipv6_address.parse() == Ok(ip)))
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
pub fn user_namespace_owner(paths: &Paths, network: &str) -> Option<i32> {
    let root = paths.root.as_path();
    if let Some(pid) = crate::network::holder::user_namespace_owner(paths, network) {
        return Some(pid);
    }
    if is_default_mode(network) || matches!(network, "slirp4netns" | "pasta") {
        // So that `network connect` can reach it later.
        return crate::network::holder::shared_user_namespace(paths);
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
pub fn user_namespace_owner_of(paths: &Paths, containers: &[String]) -> Option<i32> {
    let store = ContainerStore::new(&paths.root);
    containers.iter().find_map(|c| {
        let (r, _) = store.find(c).ok()?;
        let mode = r.host.network_mode.as_str();
        crate::network::holder::user_namespace_owner(paths, mode)
            .or_else(|| {
                // A container joined to networks by `network connect`.
                r.host
                    .extra_networks
                    .iter()
                    .find_map(|e| crate::network::holder::user_namespace_owner(paths, &e.network))
            })
            .or_else(|| user_namespace_owner(paths, mode))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn mac_addresses() {
        assert_eq!(parse_mac("92:D0:C6:0A:29:33").unwrap(), "92:d0:c6:0a:29:33");
        assert_eq!(parse_mac("02-42-ac-11-00-02").unwrap(), "02:42:ac:11:00:02");
        for bad in ["", "92:d0:c6:0a:29", "92:d0:c6:0a:29:33:44", "92:d0:c6:0a:29:3", "zz:d0:c6:0a:29:33", "92:d0:c6:0a:29:+3"] {
            assert!(parse_mac(bad).is_err(), "{bad}");
        }
        let e = parse_mac("01:00:5e:00:00:01").unwrap_err();
        assert!(e.to_string().contains("multicast"), "{e}");
    }

}
