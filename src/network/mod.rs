//! Networking, as one layer: what a container's `--network`, `-p`, `--dns`,
//! `--add-host` mean, the user-defined networks (`dhow network ...`) and
//! what the monitor sets up at each start.
//!
//! Bottom to top (no file imports one above it; tests/layering.rs checks
//! that there is no circle):
//! - `netlink`: the rtnetlink requests (bridge, veth, addresses, routes);
//!   `ifaddr`: the addresses a namespace's default interface has;
//!   `usermode`: slirp4netns and pasta; `relay`: published TCP ports,
//!   forwarded by the monitor.
//! - `live`: each running container's `network.json` and its endpoints,
//!   and which containers are on networks now.
//! - `record`: network definitions on disk, subnet allocation.
//! - `holder`: the process holding each network's namespace, its shared
//!   uplink, the one user namespace of networks; `network rm`/`prune`.
//! - `bridge`: a container's endpoint (veth) on a network's bridge, its
//!   address, the `/etc/hosts` lines of containers sharing networks.
//! - `plan`: the network flags of create/run.
//! - `attach`: what the monitor sets up at each start, `network.json`.
//! - `hosts`, `connect`, `inspect`: /etc/hosts and resolv.conf, network
//!   connect/disconnect, the inspect views.
//!
//! The container records themselves (including the `-p` grammar in
//! `container::ports`) sit below, in `container`.

pub mod attach;
pub mod bridge;
pub mod connect;
pub mod holder;
pub mod hosts;
mod ifaddr;
pub mod live;
pub mod inspect;
pub mod netlink;
pub mod plan;
pub mod record;
pub mod relay;
pub mod usermode;

/// A minimal container record for unit tests.
#[cfg(test)]
pub(crate) fn test_record() -> crate::container::ContainerRecord {
    serde_json::from_value(serde_json::json!({
        "id": "0".repeat(64), "name": "x", "image_name": "i", "image_id": format!("sha256:{}", "0".repeat(64)),
        "layers": [], "created": "2024-01-01T00:00:00Z", "command": ["sh"],
        "config": {"hostname": "h", "user": "", "env": [], "cmd": [], "entrypoint": [], "working_dir": "", "labels": {}, "tty": false, "open_stdin": false, "stop_signal": "", "stop_timeout": 10},
        "host": {"auto_remove": false, "restart_policy": {"name": "no", "maximum_retry_count": 0}, "log_driver": "k8s-file", "read_only": false, "privileged": false, "cap_add": [], "cap_drop": [], "security_opt": [], "init": false}
    }))
    .unwrap()
}
