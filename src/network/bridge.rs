//! A container's endpoints on user-defined networks: a veth pair from the
//! container's network namespace to the bridge in the network's namespace
//! (held by `dhow __netns-holder`, see [`super::holder`]), its address,
//! and the `/etc/hosts` entries through which containers of a network find
//! each other by name.
//!
//! Outside access goes through the bridge too: the network's holder runs a
//! shared user-mode uplink in its namespace (see [`super::holder::Uplink`]) and the
//! container's default route is via the network's gateway, as in docker.
//! Published TCP ports stay on the monitor's forwarder. When the network has
//! no uplink (internal, or tools missing) or the container publishes UDP
//! ports, the container has its own user-mode tool carrying the default
//! route instead.
//!
//! Names are `/etc/hosts` lines, not a DNS server: when a container on a
//! network starts or stops, the hosts file of every running container
//! sharing a network with it is rewritten in place (truncate + write: the
//! file is bind-mounted, a rename would not be seen inside).

use crate::config::paths::Paths;
use crate::container::record::NetworkEndpoint;
use crate::container::ContainerStore;
use crate::network::record as networks;
use crate::network::netlink;
use super::live::{running_peers, Peer};
pub use super::live::{network_in_use, EndpointInfo};
use anyhow::{anyhow, bail, Context, Result};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

/// Where the managed part of a container's `/etc/hosts` starts.
pub const HOSTS_MARKER: &str = "# dhow: containers on the same networks\n";

fn holder_netns(pid: i32) -> PathBuf {
    PathBuf::from(format!("/proc/{pid}/ns/net"))
}

fn same_user_namespace(pid: i32) -> bool {
    let a = std::fs::metadata(format!("/proc/{pid}/ns/user"));
    let b = std::fs::metadata("/proc/self/ns/user");
    matches!((a, b), (Ok(a), Ok(b)) if (a.dev(), a.ino()) == (b.dev(), b.ino()))
}

/// docker's MAC for an address: 02:42 and the four address bytes.
pub fn mac_for(ip: Ipv4Addr) -> String {
    let o = ip.octets();
    format!("02:42:{:02x}:{:02x}:{:02x}:{:02x}", o[0], o[1], o[2], o[3])
}

/// The addresses of network `name` in use: the endpoints of containers that
/// run or are being started, and the fixed `--ip` of other containers (kept
/// free for them).
///
/// A container starting at the same time as this one has recorded its
/// endpoint (under the network's lock) but is not "running" yet: its
/// monitor is alive, or it was never started before (created). Counting
/// only running containers gave two containers started side by side the
/// same address. An exited container's stale `network.json` is not counted.
///
/// Endpoints are read from the containers in the attached index
/// ([`super::live::attached_ids`]), not from every record; fixed `--ip`
/// addresses exist only on user-defined networks (and on the default one
/// after a `network connect --ip`), so only those read every record (the
/// default network, every plain `run`, does not).
fn used_addresses(root: &Path, name: &str, me: &str) -> Result<Vec<IpAddr>> {
    let store = ContainerStore::new(root);
    let mut used = Vec::new();
    // Both families: an endpoint's IPv4 and IPv6 address.
    let on = |network: &str, ips: [&String; 2]| -> Vec<IpAddr> {
        if network != name {
            return Vec::new();
        }
        ips.into_iter().filter_map(|ip| ip.parse().ok()).collect()
    };
    let on_info = |e: &EndpointInfo| on(&e.network, [&e.ip_address, &e.ipv6_address]);
    let on_fixed = |e: &NetworkEndpoint| on(&e.network, [&e.ip_address, &e.ipv6_address]);
    let live = |s: crate::container::ContainerState| {
        let s = s.effective();
        s.is_running() || s.monitor_alive() || s.status == crate::container::Status::Created
    };
    let attached = super::live::attached_ids(store.root_dir());
    let fixed_possible = !networks::is_default(name) || super::live::has_fixed_address(store.root_dir(), name);
    if let (Some(ids), false) = (&attached, fixed_possible) {
        for id in ids.iter().filter(|id| *id != me) {
            let Ok((_, s)) = store.load(id) else {
                super::live::unindex(store.root_dir(), id);
                continue;
            };
            if live(s) {
                if let Some(info) = super::live::runtime_info(&store.dir(id)) {
                    used.extend(info.networks.iter().flat_map(on_info));
                }
            }
        }
        return Ok(used);
    }
    for (r, s) in store.list()? {
        if r.id == me {
            continue;
        }
        if live(s) {
            if let Some(info) = super::live::runtime_info(&store.dir(&r.id)) {
                used.extend(info.networks.iter().flat_map(on_info));
            }
        }
        used.extend(networks::container_networks(&r).iter().flat_map(on_fixed));
    }
    Ok(used)
}

/// Picks the address for a container: the asked one (checked; anywhere in
/// the subnet), else the lowest free host address of `range` (the
/// network's `--ip-range`) or of the whole subnet.
pub fn pick_address(
    subnet: networks::Cidr,
    gateway: Ipv4Addr,
    asked: Option<Ipv4Addr>,
    used: &[Ipv4Addr],
    network: &str,
    range: Option<(Ipv4Addr, Ipv4Addr)>,
) -> Result<Ipv4Addr> {
    if let Some(ip) = asked {
        if !subnet.contains(ip) || ip == subnet.network() || ip == subnet.broadcast() {
            bail!("requested IP address {ip} is not in the subnet {subnet} of network {network}");
        }
        if ip == gateway || used.contains(&ip) {
            bail!("requested IP address {ip} is already allocated on network {network}: choose another --ip");
        }
        return Ok(ip);
    }
    let mut first = u32::from(subnet.network()) + 1;
    let mut last = u32::from(subnet.broadcast());
    if let Some((a, b)) = range {
        first = first.max(u32::from(a));
        last = last.min(u32::from(b).saturating_add(1));
    }
    (first..last)
        .map(Ipv4Addr::from)
        .find(|ip| *ip != gateway && !used.contains(ip))
        .ok_or_else(|| match range {
            Some((a, b)) => anyhow!("no free IP address left in the range {a}-{b} of network {network} ({subnet})"),
            None => anyhow!("no free IP address left on network {network} ({subnet})"),
        })
}

/// The IPv6 address for a container on an IPv6 network: the asked one
/// (checked), else the lowest free one after the gateway.
pub fn pick_address6(
    subnet: networks::Cidr6,
    gateway: Ipv6Addr,
    asked: Option<Ipv6Addr>,
    used: &[Ipv6Addr],
    network: &str,
) -> Result<Ipv6Addr> {
    if let Some(ip) = asked {
        if !subnet.contains(ip) || ip == subnet.network() {
            bail!("requested IPv6 address {ip} is not in the subnet {subnet} of network {network}");
        }
        if ip == gateway || used.contains(&ip) {
            bail!("requested IPv6 address {ip} is already allocated on network {network}: choose another --ip6");
        }
        return Ok(ip);
    }
    let first = u128::from(subnet.network()) + 1;
    let last = u128::from(subnet.last());
    (first..last)
        .take(1 << 16)
        .map(Ipv6Addr::from)
        .find(|ip| *ip != gateway && !used.contains(ip))
        .ok_or_else(|| anyhow!("no free IPv6 address left on network {network} ({subnet})"))
}

/// Connects the network namespace at `netns` to `ep.network` as `ifname`
/// (its number makes the bridge-side name unique per container). `save` is
/// called with the endpoint while its address is still reserved by the
/// network's lock, so it must record it (in `network.json`).
pub fn connect(
    paths: &Paths,
    container_id: &str,
    ep: &NetworkEndpoint,
    ifname: &str,
    netns: &Path,
    save: &mut dyn FnMut(&EndpointInfo) -> Result<()>,
) -> Result<EndpointInfo> {
    let root = paths.root.as_path();
    let net = networks::load(root, &ep.network)?;
    let (subnet, gateway) = net.subnet()?;
    let holder = crate::network::holder::ensure_holder(paths, &net.name)?;
    if !same_user_namespace(holder) {
        bail!(
            "network {} belongs to another dhow user namespace than this container (it was set up while this one ran elsewhere): stop the containers on it and retry",
            net.name
        );
    }
    let asked = if ep.ip_address.is_empty() {
        None
    } else {
        Some(
            ep.ip_address
                .parse::<Ipv4Addr>()
                .map_err(|_| anyhow!("invalid IP address {:?}", ep.ip_address))?,
        )
    };
    let _lock = networks::lock_addresses(root, &net.name)?;
    let used = used_addresses(root, &net.name, container_id)?;
    let used4: Vec<Ipv4Addr> = used.iter().filter_map(|ip| match ip { IpAddr::V4(a) => Some(*a), _ => None }).collect();
    let ip = pick_address(subnet, gateway, asked, &used4, &net.name, net.lease_range())?;
    let v6 = match net.subnet6() {
        Some((sub6, gw6)) => {
            let asked6 = match ep.ipv6_address.as_str() {
                "" => None,
                a => Some(a.parse::<Ipv6Addr>().map_err(|_| anyhow!("invalid IPv6 address {a:?}"))?),
            };
            let used6: Vec<Ipv6Addr> = used.iter().filter_map(|ip| match ip { IpAddr::V6(a) => Some(*a), _ => None }).collect();
            Some((pick_address6(sub6, gw6, asked6, &used6, &net.name)?, sub6.prefix, gw6))
        }
        None if !ep.ipv6_address.is_empty() => bail!("network {} has no IPv6 subnet: --ip6 needs a network created with --ipv6", net.name),
        None => None,
    };
    let (mac, mac_bytes) = if ep.mac_address.is_empty() {
        let o = ip.octets();
        (mac_for(ip), [0x02, 0x42, o[0], o[1], o[2], o[3]])
    } else {
        (ep.mac_address.clone(), mac_bytes(&ep.mac_address)?)
    };
    let index: String = ifname.chars().filter(char::is_ascii_digit).collect();
    let peer = format!("veth{}{index}", &container_id[..8.min(container_id.len())]);
    let inside = |r: &mut netlink::Route| -> Result<()> {
        r.add_veth(ifname, mac_bytes, &peer, holder as u32, net.mtu())?;
        r.add_address(ifname, ip, subnet.prefix)?;
        if let Some((ip6, prefix6, _)) = v6 {
            r.add_address6(ifname, ip6, prefix6)?;
        }
        r.set_up(ifname, None)?;
        Ok(())
    };
    if let Err(e) = netlink::in_namespace(Some(netns), inside) {
        // A peer left by a previous run whose namespace is not gone yet.
        let exists = e
            .downcast_ref::<netlink::RequestError>()
            .is_some_and(|r| r.errno() == Some(libc::EEXIST));
        if !exists {
            return Err(e).with_context(|| format!("connecting to network {}", net.name));
        }
        let _ = netlink::in_namespace(Some(&holder_netns(holder)), |r| Ok(r.delete(&peer)?));
        netlink::in_namespace(Some(netns), inside)
            .with_context(|| format!("connecting to network {}", net.name))?;
    }
    netlink::in_namespace(Some(&holder_netns(holder)), |r| {
        Ok(r.set_up(&peer, Some(&net.network_interface))?)
    })
    .with_context(|| format!("attaching to the bridge of network {}", net.name))?;
    let info = EndpointInfo {
        network: net.name.clone(),
        network_id: net.id.clone(),
        interface: ifname.to_string(),
        ip_address: ip.to_string(),
        prefix_len: subnet.prefix,
        gateway: gateway.to_string(),
        mac_address: mac,
        aliases: ep.aliases.clone(),
        peer,
        ipv6_address: v6.map(|v| v.0.to_string()).unwrap_or_default(),
        ipv6_prefix_len: v6.map_or(0, |v| v.1),
        ipv6_gateway: v6.map(|v| v.2.to_string()).unwrap_or_default(),
        no_dns: !net.dns_enabled,
    };
    save(&info)?;
    Ok(info)
}

/// The six octets of a MAC address as `--mac-address` stored it.
fn mac_bytes(mac: &str) -> Result<[u8; 6]> {
    let octets: Vec<u8> = mac.split(':').filter_map(|p| u8::from_str_radix(p, 16).ok()).collect();
    octets.try_into().map_err(|_| anyhow!("invalid MAC address {mac:?} in the container's record"))
}

/// Removes an interface inside a container's namespace (`network disconnect`).
pub fn remove_interface(netns: &Path, ifname: &str) -> Result<()> {
    netlink::in_namespace(Some(netns), |r| Ok(r.delete(ifname)?))
}

/// One line per address of the peers on a network we are on, with every
/// name it has: containers sharing a network namespace (a pod's infra and
/// its members) share one address, and all their names go on its line;
/// the ALIAS of each of our `links` (`NAME:ALIAS`) goes on NAME's.
fn lines_for(me: &str, mine: &[EndpointInfo], links: &[String], peers: &[Peer]) -> String {
    let mut lines: Vec<(&str, Vec<String>)> = Vec::new();
    for p in peers.iter().filter(|p| p.id != me) {
        for e in &p.endpoints {
            // Names do not resolve on the default network, as on docker's,
            // nor on one created with --disable-dns.
            if e.no_dns || crate::network::record::is_default(&e.network) {
                continue;
            }
            if !mine.iter().any(|m| m.network == e.network) {
                continue;
            }
            // A line per address: the IPv4 one, and the IPv6 one on an IPv6 network.
            for addr in [&e.ip_address, &e.ipv6_address].into_iter().filter(|a| !a.is_empty()) {
                let linked = links.iter().filter_map(|l| l.split_once(':')).filter(|(n, _)| *n == p.name).map(|(_, a)| a.to_string());
                let names = [p.name.clone(), p.id[..12.min(p.id.len())].to_string()].into_iter().chain(e.aliases.iter().cloned()).chain(linked);
                let at = match lines.iter().position(|(ip, _)| *ip == addr) {
                    Some(i) => i,
                    None => {
                        lines.push((addr, Vec::new()));
                        lines.len() - 1
                    }
                };
                for n in names {
                    if !lines[at].1.contains(&n) {
                        lines[at].1.push(n);
                    }
                }
            }
        }
    }
    lines.iter().map(|(ip, names)| format!("{ip}\t{}\n", names.join(" "))).collect()
}

/// The managed `/etc/hosts` section of container `me` with endpoints `mine`
/// and `links` (`NAME:ALIAS`): the marker, then a line per other running
/// container sharing a network.
pub fn hosts_section(root: &Path, me: &str, mine: &[EndpointInfo], links: &[String]) -> String {
    if mine.is_empty() {
        return String::new();
    }
    format!(
        "{HOSTS_MARKER}{}",
        lines_for(me, mine, links, &running_peers(root))
    )
}

/// Rewrites the managed section of every running networked container's
/// hosts file, in place. `starting` is a container being started (not yet
/// recorded as running): it counts as a peer, its own file is left alone.
pub fn refresh_hosts(root: &Path, starting: Option<(&str, &str, &[EndpointInfo])>) {
    let Ok(_lock) = networks::lock_hosts(root) else {
        return;
    };
    let mut peers = running_peers(root);
    if let Some((id, name, endpoints)) = starting {
        peers.retain(|p| p.id != id);
        peers.push(Peer {
            id: id.to_string(),
            name: name.to_string(),
            dir: PathBuf::new(),
            endpoints: endpoints.to_vec(),
            links: Vec::new(),
        });
    }
    for p in &peers {
        if starting.is_some_and(|s| s.0 == p.id) {
            continue;
        }
        let section = format!("{HOSTS_MARKER}{}", lines_for(&p.id, &p.endpoints, &p.links, &peers));
        let path = p.dir.join("hosts");
        let Ok(old) = std::fs::read_to_string(&path) else {
            continue;
        };
        let base = old.find(HOSTS_MARKER).map_or(old.as_str(), |i| &old[..i]);
        let text = format!("{base}{section}");
        if text != old {
            let _ = write_in_place(&path, text.as_bytes());
        }
    }
}

fn write_in_place(path: &Path, data: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .truncate(true)
        .open(path)?;
    f.write_all(data)
}

/// The interfaces present in the network namespace of process `pid`.
pub fn interfaces_of(pid: i32) -> Vec<String> {
    std::fs::read_to_string(format!("/proc/{pid}/net/dev"))
        .unwrap_or_default()
        .lines()
        .skip(2)
        .filter_map(|l| l.split(':').next().map(|s| s.trim().to_string()))
        .collect()
}

/// The first `ethN` not in `taken`.
pub fn free_eth(taken: &[String]) -> String {
    (0..)
        .map(|i| format!("eth{i}"))
        .find(|n| !taken.contains(n))
        .unwrap_or_else(|| "eth9".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses() {
        let s = networks::Cidr::parse("172.38.0.0/16").unwrap();
        let gw = Ipv4Addr::new(172, 38, 0, 1);
        let used = vec![Ipv4Addr::new(172, 38, 0, 2), Ipv4Addr::new(172, 38, 0, 11)];
        assert_eq!(
            pick_address(s, gw, None, &used, "n", None).unwrap(),
            Ipv4Addr::new(172, 38, 0, 3)
        );
        assert_eq!(
            pick_address(s, gw, Some(Ipv4Addr::new(172, 38, 0, 12)), &used, "n", None).unwrap(),
            Ipv4Addr::new(172, 38, 0, 12)
        );
        assert!(
            pick_address(s, gw, Some(Ipv4Addr::new(172, 38, 0, 11)), &used, "n", None)
                .unwrap_err()
                .to_string()
                .contains("already allocated")
        );
        assert!(pick_address(s, gw, Some(gw), &used, "n", None).is_err());
        assert!(
            pick_address(s, gw, Some(Ipv4Addr::new(10, 0, 0, 1)), &used, "n", None)
                .unwrap_err()
                .to_string()
                .contains("not in the subnet")
        );
        let tiny = networks::Cidr::parse("10.9.9.0/30").unwrap();
        let g = Ipv4Addr::new(10, 9, 9, 1);
        assert_eq!(
            pick_address(tiny, g, None, &[], "t", None).unwrap(),
            Ipv4Addr::new(10, 9, 9, 2)
        );
        assert!(pick_address(tiny, g, None, &[Ipv4Addr::new(10, 9, 9, 2)], "t", None).is_err());
        // --ip-range: picked from the range only.
        let range = Some((Ipv4Addr::new(172, 38, 0, 129), Ipv4Addr::new(172, 38, 0, 130)));
        assert_eq!(pick_address(s, gw, None, &used, "n", range).unwrap(), Ipv4Addr::new(172, 38, 0, 129));
        let full = [Ipv4Addr::new(172, 38, 0, 129), Ipv4Addr::new(172, 38, 0, 130)];
        assert!(pick_address(s, gw, None, &full, "n", range).unwrap_err().to_string().contains("range"));
        assert_eq!(pick_address(s, gw, Some(Ipv4Addr::new(172, 38, 0, 7)), &full, "n", range).unwrap(), Ipv4Addr::new(172, 38, 0, 7));
        // IPv6.
        let s6 = networks::Cidr6::parse("fd00:1::/64").unwrap();
        let gw6: Ipv6Addr = "fd00:1::1".parse().unwrap();
        let used6: Vec<Ipv6Addr> = vec!["fd00:1::2".parse().unwrap()];
        assert_eq!(pick_address6(s6, gw6, None, &used6, "n").unwrap(), "fd00:1::3".parse::<Ipv6Addr>().unwrap());
        assert!(pick_address6(s6, gw6, Some("fd00:1::2".parse().unwrap()), &used6, "n").unwrap_err().to_string().contains("already allocated"));
        assert!(pick_address6(s6, gw6, Some("fd00:2::2".parse().unwrap()), &used6, "n").unwrap_err().to_string().contains("not in the subnet"));
        assert_eq!(mac_for(Ipv4Addr::new(172, 38, 0, 11)), "02:42:ac:26:00:0b");
    }

    #[test]
    fn hosts_lines_only_for_shared_networks() {
        let ep = |net: &str, ip: &str| EndpointInfo {
            network: net.into(),
            ip_address: ip.into(),
            ..Default::default()
        };
        let peers = vec![
            Peer {
                id: "a".repeat(64),
                name: "one".into(),
                dir: PathBuf::new(),
                endpoints: vec![ep("red", "10.0.0.2")],
                links: vec![],
            },
            Peer {
                id: "b".repeat(64),
                name: "two".into(),
                dir: PathBuf::new(),
                endpoints: vec![EndpointInfo {
                    aliases: vec!["db".into()],
                    ..ep("red", "10.0.0.3")
                }],
                links: vec![],
            },
            Peer {
                id: "c".repeat(64),
                name: "three".into(),
                dir: PathBuf::new(),
                endpoints: vec![ep("blue", "10.1.0.2")],
                links: vec![],
            },
        ];
        let mine = vec![ep("red", "10.0.0.2")];
        let text = lines_for(&"a".repeat(64), &mine, &[], &peers);
        assert_eq!(text, format!("10.0.0.3\ttwo {} db\n", "b".repeat(12)));
        // A link (`external_links: [two:legacy]`) names the peer for us only.
        let text = lines_for(&"a".repeat(64), &mine, &["two:legacy".into(), "three:far".into()], &peers);
        assert_eq!(text, format!("10.0.0.3\ttwo {} db legacy\n", "b".repeat(12)), "three shares no network");
        // A pod's member shares its infra's address (and aliases): one line.
        let mut with_member = peers;
        with_member.push(Peer {
            id: "d".repeat(64),
            name: "two-web".into(),
            dir: PathBuf::new(),
            endpoints: vec![EndpointInfo { aliases: vec!["db".into()], ..ep("red", "10.0.0.3") }],
            links: vec![],
        });
        let text = lines_for(&"a".repeat(64), &mine, &[], &with_member);
        assert_eq!(text, format!("10.0.0.3\ttwo {} db two-web {}\n", "b".repeat(12), "d".repeat(12)));
        assert_eq!(free_eth(&["lo".into(), "eth0".into()]), "eth1");
        // On an IPv6 network a peer has a line per address.
        let dual = vec![Peer {
            id: "e".repeat(64),
            name: "six".into(),
            dir: PathBuf::new(),
            endpoints: vec![EndpointInfo { ipv6_address: "fd00:1::3".into(), ..ep("red", "10.0.0.4") }],
            links: vec![],
        }];
        let text = lines_for(&"a".repeat(64), &mine, &[], &dual);
        assert_eq!(text, format!("10.0.0.4\tsix {e}\nfd00:1::3\tsix {e}\n", e = "e".repeat(12)));
        // Not on a network created with --disable-dns.
        let quiet = vec![Peer { id: "f".repeat(64), name: "q".into(), dir: PathBuf::new(), endpoints: vec![EndpointInfo { no_dns: true, ..ep("red", "10.0.0.5") }], links: vec![] }];
        assert_eq!(lines_for(&"a".repeat(64), &mine, &[], &quiet), "");
    }

    /// A container not yet recorded as running whose monitor has attached
    /// it is a peer (two containers started at once see each other); one
    /// whose monitor is gone, with a stale `network.json`, is not.
    #[test]
    fn starting_containers_are_peers() {
        use crate::container::state::{process_start_time, ContainerState};
        let d = tempfile::tempdir().unwrap();
        let store = ContainerStore::new(d.path());
        let me = std::process::id() as i32;
        for (c, name, monitor) in [('a', "starting", me), ('b', "stale", i32::MAX - 1)] {
            let r = crate::container::store::test_record(c, name);
            store.create(&r, &ContainerState::default()).unwrap();
            let info = super::super::attach::RuntimeInfo {
                networks: vec![EndpointInfo { network: "red".into(), ip_address: "10.0.0.9".into(), ..Default::default() }],
                monitor_pid: monitor,
                monitor_start: process_start_time(me).unwrap(),
                ..Default::default()
            };
            super::super::attach::write_info(&store.dir(&r.id), &info).unwrap();
        }
        let names: Vec<String> = running_peers(d.path()).into_iter().map(|p| p.name).collect();
        assert_eq!(names, ["starting"]);
    }

    /// Peers and used addresses come from the attached index, not from every
    /// record: a container with a network.json but no index entry is not
    /// read (on the default network); a removed container's entry is
    /// dropped; a store without an index is read whole; a fixed address on
    /// the default network (`network connect --ip`) brings every record back.
    #[test]
    fn endpoints_are_found_through_the_attached_index() {
        use crate::container::state::{process_start_time, ContainerState};
        use crate::network::live::{self, RuntimeInfo};
        let d = tempfile::tempdir().unwrap();
        let store = ContainerStore::new(d.path());
        let me = std::process::id() as i32;
        let info = |ip: &str| RuntimeInfo {
            networks: vec![EndpointInfo { network: "podman".into(), ip_address: ip.into(), ..Default::default() }],
            monitor_pid: me,
            monitor_start: process_start_time(me).unwrap(),
            ..Default::default()
        };
        let mut ids = Vec::new();
        for (c, name, ip) in [('a', "one", "10.88.0.2"), ('b', "two", "10.88.0.3")] {
            let r = crate::container::store::test_record(c, name);
            store.create(&r, &ContainerState::default()).unwrap();
            ids.push(r.id.clone());
            // Written without the index (as by a dhow from before it).
            let bytes = serde_json::to_vec(&info(ip)).unwrap();
            std::fs::write(store.dir(&r.id).join("network.json"), bytes).unwrap();
        }
        let addrs = |me: &str| {
            let mut v = used_addresses(d.path(), "podman", me).unwrap();
            v.sort();
            v
        };
        let ip = |s: &str| s.parse::<Ipv4Addr>().unwrap();
        assert_eq!(addrs("x"), [ip("10.88.0.2"), ip("10.88.0.3")], "no index yet: every record");
        assert_eq!(running_peers(d.path()).len(), 2);
        // "one" is indexed (as the monitor's write_info does); "two" is not.
        live::index(store.root_dir(), ids[0].as_ref()).unwrap();
        assert_eq!(addrs("x"), [ip("10.88.0.2")], "only the indexed container is read");
        assert_eq!(running_peers(d.path()).into_iter().map(|p| p.name).collect::<Vec<_>>(), ["one"]);
        assert!(addrs(&ids[0]).is_empty(), "our own endpoint is not in the way");
        // A fixed address on the default network: every record again.
        live::note_fixed_address(store.root_dir(), "podman").unwrap();
        assert_eq!(addrs("x").len(), 2);
        std::fs::remove_file(store.root_dir().join(".attached/.fixed-podman")).unwrap();
        // The container removed: its stale entry goes.
        std::fs::remove_dir_all(store.dir(&ids[0])).unwrap();
        assert!(addrs("x").is_empty());
        assert_eq!(live::attached_ids(store.root_dir()), Some(vec![]));
    }
}
