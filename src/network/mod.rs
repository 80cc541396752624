//! Networking, as one layer: what a container's `--network`, `-p`, `--dns`,
//! `--add-host` mean, the user-defined networks (`dhow network ...`) and
//! what the monitor sets up at each start.
//!
//! Bottom to top:
//! - `netlink`: the rtnetlink requests (bridge, veth, addresses, routes).
//! - `record`: network definitions on disk, subnet allocation, the holder
//!   process of each network's namespace and its shared uplink.
//! - `bridge`: a container's endpoint (veth) on a network's bridge, its
//!   address, the `/etc/hosts` lines of containers sharing networks.
//! - `relay`: published TCP ports, forwarded by the monitor.
//! - `attach`: the per-container plan (create) and attachment (start),
//!   user-mode helpers (slirp4netns, pasta), hosts/resolv.conf, the
//!   inspect view.
//!
//! The container records themselves (including the `-p` grammar in
//! `container::ports`) sit below, in `container`.

pub mod attach;
pub mod bridge;
pub mod connect;
pub mod holder;
pub mod hosts;
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
