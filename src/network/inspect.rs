//! The inspect views: of a container's network (docker's `HostConfig`
//! network keys, `Config.ExposedPorts` and `NetworkSettings`, live values
//! when it runs) and of a network (podman's `network inspect`, with the
//! containers on it).

use super::attach::runtime_info;
use super::record::NetworkRecord;
use crate::container::ports::{self, PortBinding};
use crate::container::ContainerRecord;
use std::path::Path;

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
        "DnsOptions": r.host.dns_options,
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
    // The primary network's IPv6 address (on a network created with --ipv6).
    let primary = i.networks.iter().find(|e| e.network == net_name).cloned().unwrap_or_default();
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
                "IPv6Gateway": primary.ipv6_gateway,
                "GlobalIPv6Address": primary.ipv6_address,
                "GlobalIPv6PrefixLen": primary.ipv6_prefix_len,
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
                "IPAMConfig": ipam_config(&ep),
                "Links": null,
                "Aliases": aliases,
                "NetworkID": live.network_id,
                "EndpointID": "",
                "Gateway": live.gateway,
                "IPAddress": live.ip_address,
                "IPPrefixLen": live.prefix_len,
                "IPv6Gateway": live.ipv6_gateway,
                "GlobalIPv6Address": live.ipv6_address,
                "GlobalIPv6PrefixLen": live.ipv6_prefix_len,
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
        "IPv6Gateway": primary.ipv6_gateway,
        "GlobalIPv6Address": primary.ipv6_address,
        "GlobalIPv6PrefixLen": primary.ipv6_prefix_len,
        "MacAddress": i.mac_address,
        "Networks": networks,
    })
}


/// docker's `IPAMConfig` of a user-network endpoint: its fixed addresses.
fn ipam_config(ep: &crate::container::record::NetworkEndpoint) -> serde_json::Value {
    let mut m = serde_json::Map::new();
    if !ep.ip_address.is_empty() {
        m.insert("IPv4Address".into(), ep.ip_address.clone().into());
    }
    if !ep.ipv6_address.is_empty() {
        m.insert("IPv6Address".into(), ep.ipv6_address.clone().into());
    }
    if m.is_empty() {
        serde_json::Value::Null
    } else {
        serde_json::Value::Object(m)
    }
}

/// podman's `network inspect` object, with the containers attached.
pub fn network_json(root: &Path, n: &NetworkRecord) -> serde_json::Value {
    let mut v = serde_json::to_value(n).unwrap_or(serde_json::Value::Null);
    let mut containers = serde_json::Map::new();
    let store = crate::container::ContainerStore::new(root);
    if let Ok(users) = crate::network::record::users(root, &n.name) {
        for (r, running) in users {
            let live = if running {
                runtime_info(&store.dir(&r.id))
            } else {
                None
            };
            let ep = live
                .as_ref()
                .and_then(|i| i.networks.iter().find(|e| e.network == n.name));
            let interfaces = match ep {
                Some(e) => {
                    let mut subnets = vec![serde_json::json!({"ipnet": format!("{}/{}", e.ip_address, e.prefix_len), "gateway": e.gateway})];
                    if !e.ipv6_address.is_empty() {
                        subnets.push(serde_json::json!({"ipnet": format!("{}/{}", e.ipv6_address, e.ipv6_prefix_len), "gateway": e.ipv6_gateway}));
                    }
                    serde_json::json!({ e.interface.clone(): { "subnets": subnets, "mac_address": e.mac_address }})
                }
                None => serde_json::json!({}),
            };
            containers.insert(
                r.id.clone(),
                serde_json::json!({"name": r.name, "interfaces": interfaces}),
            );
        }
    }
    if let Some(o) = v.as_object_mut() {
        // dhow's own bookkeeping (dns_enabled says it).
        o.remove("dhow_dns_disabled");
        o.insert("containers".into(), serde_json::Value::Object(containers));
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

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

}
