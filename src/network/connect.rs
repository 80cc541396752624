//! `network connect`/`disconnect`: a container's endpoint on a network,
//! recorded in its `container.json` and, while it runs, added to or removed
//! from its network namespace at once (as docker).

use crate::config::paths::Paths;
use crate::container::ContainerStore;
use anyhow::{anyhow, bail, Context, Result};
use std::net::Ipv4Addr;
use std::path::PathBuf;
use super::holder::in_other_user_namespace;
use super::record::*;


/// `network connect [--ip] [--alias] NET CTR`: records the endpoint and, if
/// the container runs, adds the interface now, as docker. A running
/// container outside the network's user namespace cannot get a veth: that
/// is an error, and nothing is recorded.
pub fn connect(
    paths: &Paths,
    network: &str,
    container: &str,
    ip: Option<&str>,
    aliases: &[String],
) -> Result<()> {
    connect_with(paths, network, container, &Fixed { ip, ..Default::default() }, aliases)
}

/// The fixed addresses `network connect` may give: `--ip`, `--ip6`,
/// `--mac-address`.
#[derive(Debug, Default)]
pub struct Fixed<'a> {
    pub ip: Option<&'a str>,
    pub ip6: Option<&'a str>,
    pub mac: Option<&'a str>,
}

/// [`connect`] with every fixed address `network connect` takes.
pub fn connect_with(paths: &Paths, network: &str, container: &str, fixed: &Fixed, aliases: &[String]) -> Result<()> {
    let ip = fixed.ip;
    use crate::network::{bridge, attach as cnet};
    let root = &paths.root;
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
    let on_default = is_default(&net.name) && crate::network::record::is_default_mode(mode);
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
        if let Some(other) = crate::network::plan::ip_taken_by(root, &net.name, addr.into()) {
            bail!("requested IP address {ip} is already allocated on network {} (container {other}): choose another --ip", net.name);
        }
        bridge::pick_address(subnet, gw, Some(addr), &[], &net.name, None)?;
        if is_default(&net.name) {
            super::live::note_fixed_address(crate::container::ContainerStore::new(root).root_dir(), &net.name)?;
        }
        ip_address = addr.to_string();
    }
    let ipv6_address = match fixed.ip6 {
        Some(ip) => crate::network::plan::check_fixed_ip6(root, &net, ip)?,
        None => String::new(),
    };
    let mac_address = match fixed.mac {
        Some(m) => crate::network::plan::parse_mac(m)?,
        None => String::new(),
    };
    let ep = crate::container::record::NetworkEndpoint {
        network: net.name.clone(),
        ip_address,
        ipv6_address,
        aliases: aliases.to_vec(),
        mac_address,
        ..Default::default()
    };
    let state = state.effective();
    let running = state.is_running() && state.pid > 0;
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
    let result = bridge::connect(paths, &rec.id, &ep, &ifname, &netns, &mut save);
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
pub fn disconnect(paths: &Paths, network: &str, container: &str) -> Result<()> {
    use crate::network::{bridge, attach as cnet};
    let root = &paths.root;
    if network == "host" || network == "none" {
        bail!("cannot disconnect a container from the pre-defined network {network}: it is chosen at create (--network)");
    }
    let name = find(root, network)?.name;
    let store = ContainerStore::new(root);
    let (found, _) = store.find(container)?;
    let _lock = store.lock_container(&found.id)?;
    let (mut rec, state) = store.load(&found.id)?;
    let primary = rec.host.network_mode == name || (is_default(&name) && crate::network::record::is_default_mode(&rec.host.network_mode));
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
    if state.is_running() && state.pid > 0 {
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
