//! What the containers on networks look like now: each running container's
//! `<ctrdir>/network.json` (written by the monitor at each start, see
//! [`super::attach`]) with its endpoints on user-defined networks, and the
//! containers that have such endpoints (for addresses in use, `/etc/hosts`
//! and whether a network's holder is still needed). Below `bridge`,
//! `holder` and `attach`, which all read it.

use crate::container::ports::PortBinding;
use crate::container::ContainerStore;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// A container's live endpoint on one network (in `<ctrdir>/network.json`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EndpointInfo {
    pub network: String,
    #[serde(default)]
    pub network_id: String,
    /// The interface in the container (`eth0`, ...).
    pub interface: String,
    pub ip_address: String,
    pub prefix_len: u8,
    pub gateway: String,
    pub mac_address: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The veth end on the network's bridge.
    #[serde(default)]
    pub peer: String,
    /// The IPv6 address, its prefix length and the gateway on an IPv6
    /// network ("" and 0 otherwise).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub ipv6_address: String,
    #[serde(default, skip_serializing_if = "is_zero")]
    pub ipv6_prefix_len: u8,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub ipv6_gateway: String,
    /// The network was created with `--disable-dns`: peers do not learn
    /// this endpoint's names.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub no_dns: bool,
}

fn is_zero(n: &u8) -> bool {
    *n == 0
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
    pub networks: Vec<EndpointInfo>,
    /// pasta's gateway (the host), when `gateway` is a network's.
    #[serde(default)]
    pub uplink_gateway: String,
    /// The monitor that attached the container (PID and start time): a
    /// container being started is a peer on its networks from the moment
    /// it is attached, before its state says running.
    #[serde(default)]
    pub monitor_pid: i32,
    #[serde(default)]
    pub monitor_start: u64,
}

impl RuntimeInfo {
    /// Whether the monitor that wrote this is still alive.
    pub fn monitor_alive(&self) -> bool {
        self.monitor_pid > 0 && crate::container::state::process_start_time(self.monitor_pid).is_some_and(|t| t == self.monitor_start)
    }
}

pub(super) fn info_path(dir: &Path) -> PathBuf {
    dir.join("network.json")
}

/// The network of a running container (None when it is not running or has
/// no record of one).
pub fn runtime_info(dir: &Path) -> Option<RuntimeInfo> {
    let text = std::fs::read_to_string(info_path(dir)).ok()?;
    serde_json::from_str(&text).ok()
}

pub(super) struct Peer {
    pub id: String,
    pub name: String,
    pub dir: PathBuf,
    pub endpoints: Vec<EndpointInfo>,
    /// Its record's `links` (`NAME:ALIAS`): names it gives other peers.
    pub links: Vec<String>,
}

/// Whether a running container has an endpoint on network `name`.
pub fn network_in_use(root: &Path, name: &str) -> bool {
    running_peers(root)
        .iter()
        .any(|p| p.endpoints.iter().any(|e| e.network == name))
}

/// Containers with endpoints on user-defined networks: running ones, and
/// ones being started whose monitor has attached them already. Two
/// containers started at once each write their own hosts file before
/// either is recorded as running; counting only running ones, each missed
/// the other and nothing added it later.
pub(super) fn running_peers(root: &Path) -> Vec<Peer> {
    let store = ContainerStore::new(root);
    let mut out = Vec::new();
    // Only containers in the attached index can have endpoints (every
    // record in a store that has no index yet).
    let all = match attached_ids(store.root_dir()) {
        Some(ids) => ids
            .iter()
            .filter_map(|id| {
                let loaded = store.load(id);
                if loaded.is_err() {
                    unindex(store.root_dir(), id);
                }
                loaded.ok()
            })
            .collect(),
        None => store.list().unwrap_or_default(),
    };
    for (r, s) in all {
        let dir = store.dir(&r.id);
        if let Some(info) = runtime_info(&dir) {
            if !info.networks.is_empty() && (s.effective().is_running() || info.monitor_alive()) {
                out.push(Peer {
                    id: r.id.clone(),
                    name: r.name.clone(),
                    dir,
                    endpoints: info.networks,
                    links: r.host.links.clone(),
                });
            }
        }
    }
    out
}

/// `containers/.attached/<id>`: an empty file per container that has (or
/// had, until its monitor detached or it was removed) endpoints on bridge
/// networks, so that address allocation and `/etc/hosts` peers read those
/// containers instead of every record of the store. Stale entries (the
/// container removed, or its `network.json` gone) are dropped by the
/// readers.
pub(super) const ATTACHED_INDEX: &str = ".attached";

/// The containers of the store at `containers_dir` with endpoints on bridge
/// networks, by ID ([`ATTACHED_INDEX`]); `None` for a store that has no
/// index yet (one written before it existed: then read every record).
pub(crate) fn attached_ids(containers_dir: &Path) -> Option<Vec<String>> {
    let entries = std::fs::read_dir(containers_dir.join(ATTACHED_INDEX)).ok()?;
    Some(entries.flatten().filter_map(|e| e.file_name().into_string().ok()).filter(|n| !n.starts_with('.')).collect())
}

/// Records that a container of the store has a fixed address on `network`
/// although it is the default network (`network connect --ip`): address
/// allocation on it then reads every record again, to keep that address
/// free while its container is stopped.
pub(crate) fn note_fixed_address(containers_dir: &Path, network: &str) -> anyhow::Result<()> {
    use anyhow::Context;
    let index = containers_dir.join(ATTACHED_INDEX);
    std::fs::create_dir_all(&index).with_context(|| format!("creating {}", index.display()))?;
    std::fs::write(index.join(format!(".fixed-{network}")), b"").context("recording the fixed address")
}

/// Whether [`note_fixed_address`] was called for `network`.
pub(crate) fn has_fixed_address(containers_dir: &Path, network: &str) -> bool {
    containers_dir.join(ATTACHED_INDEX).join(format!(".fixed-{network}")).exists()
}

/// Enters `id` in the index ([`ATTACHED_INDEX`]).
pub(crate) fn index(containers_dir: &Path, id: &std::ffi::OsStr) -> std::io::Result<()> {
    let index = containers_dir.join(ATTACHED_INDEX);
    std::fs::create_dir_all(&index)?;
    std::fs::write(index.join(id), b"")
}

/// Drops `id` from the index (its endpoints are gone).
pub(crate) fn unindex(containers_dir: &Path, id: &str) {
    let _ = std::fs::remove_file(containers_dir.join(ATTACHED_INDEX).join(id));
}
