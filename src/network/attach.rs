//! What the monitor sets up at each start of a container (the options were
//! checked at create, in [`super::plan`]), and the record of it
//! (`<ctrdir>/network.json`) that `port`, `ps` and `inspect` read.
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
//! container alone ([`super::usermode`]), as the monitor's child with
//! `PR_SET_PDEATHSIG`, so it dies with the monitor even on `kill -9`,
//! releasing the host ports. Published TCP ports: [`super::relay`].
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

use super::plan::{default_mode_name, is_default_mode, on_bridge};
use super::ifaddr::{dgram_socket, ifreq, read_addresses};
use super::live::info_path;
pub use super::live::{runtime_info, RuntimeInfo};
use super::usermode::{find_program, start_pasta, start_slirp};
use crate::container::ports::{self, PortBinding};
use crate::container::{ContainerRecord, ContainerStore};
use anyhow::{anyhow, bail, Context, Result};
use std::net::IpAddr;
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::path::{Path, PathBuf};
use std::process::Child;
use std::time::{Duration, Instant};

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

/// `port`: the ports a container publishes now. A running container
/// without a network record (started by a monitor that wrote none) shows
/// its fixed host ports.
pub fn published_ports(record: &ContainerRecord, dir: &Path, running: bool) -> Vec<PortBinding> {
    let live = effective_ports(record, dir, running);
    if live.is_empty() && running {
        return record.host.port_bindings.iter().filter(|b| b.host_port != 0).cloned().collect();
    }
    live
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
    pub(crate) paths: Option<crate::config::paths::Paths>,
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
                remove_info(&self.dir);
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
        remove_info(&self.dir);
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
            // On X's user networks we are reached at X's address (a pod's
            // member at its infra's): a peer like X, whose hosts file
            // learns the other containers' names and is kept current.
            // (Names do not resolve on the default network: nothing to do there.)
            if a.info.networks.iter().any(|e| !crate::network::record::is_default(&e.network)) {
                a.paths = Some(paths.clone());
                write_info(dir, &a.info)?;
                super::bridge::refresh_hosts(root, Some((&record.id, &record.name, &a.info.networks)));
            }
            return Ok(a);
        }
        _ => {}
    }
    let (bindings, listeners) = resolve_ports(record)?;
    a.info.monitor_pid = std::process::id() as i32;
    a.info.monitor_start = crate::container::state::process_start_time(a.info.monitor_pid).unwrap_or(0);
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
            crate::container::record::NetworkEndpoint {
                network: crate::network::record::DEFAULT_NETWORK.into(),
                mac_address: record.host.mac_address.clone(),
                ..Default::default()
            },
        );
    }
    let user_primary = on_bridge(mode);
    let mut all_internal = user_primary;
    // The first non-internal network whose namespace has the shared uplink:
    // (our interface on it, its gateway, the uplink's gateway, its IPv6
    // gateway or "").
    let mut shared_uplink: Option<(String, String, String, String)> = None;
    if !endpoints.is_empty() {
        a.paths = Some(paths.clone());
        let first = usize::from(!user_primary);
        for (i, ep) in endpoints.iter().enumerate() {
            let net = crate::network::record::load(root, &ep.network)?;
            a._in_use.push(crate::network::holder::hold_in_use(paths, &net.name)?);
            all_internal &= net.internal;
            let ifname = format!("eth{}", first + i);
            let info = &mut a.info;
            let mut save = |e: &super::bridge::EndpointInfo| -> Result<()> {
                info.networks.push(e.clone());
                write_info(dir, info)
            };
            let e = super::bridge::connect(paths, &record.id, ep, &ifname, &ns, &mut save)?;
            if shared_uplink.is_none() && !net.internal {
                shared_uplink = crate::network::holder::holder_uplink(paths, &net.name).map(|u| (ifname, e.gateway, u, e.ipv6_gateway));
            }
        }
    }
    // On a user network the default route is via the network's gateway, as
    // docker has it, when that network's namespace has the shared uplink.
    // UDP ports are published through a user-mode tool of the container's
    // own, which then carries the default route.
    let udp_ports = a.info.ports.iter().any(|p| p.protocol == "udp");
    if let Some((ifname, gw, uplink_gw, gw6)) = shared_uplink.filter(|_| user_primary && !udp_ports) {
        let gw_ip: std::net::Ipv4Addr = gw.parse().map_err(|_| anyhow!("invalid gateway {gw:?}"))?;
        // On an IPv6 network, IPv6 goes out through the gateway too.
        let gw6: Option<std::net::Ipv6Addr> = gw6.parse().ok();
        crate::network::netlink::in_namespace(Some(&ns), |r| {
            r.add_default_route(&ifname, gw_ip.into())?;
            if let Some(g) = gw6 {
                r.add_default_route(&ifname, g.into())?;
            }
            Ok(())
        })
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
    // Indexed first: whoever finds our network.json finds us in the index.
    if !info.networks.is_empty() {
        if let (Some(store), Some(id)) = (dir.parent(), dir.file_name()) {
            super::live::index(store, id).with_context(|| format!("indexing the endpoints of {}", dir.display()))?;
        }
    }
    crate::util::atomic::write_file_volatile(&info_path(dir), &bytes, 0o644)
}

/// Removes `network.json` of the container at `dir`, and its index entry.
fn remove_info(dir: &Path) {
    let _ = std::fs::remove_file(info_path(dir));
    if let (Some(store), Some(id)) = (dir.parent(), dir.file_name().and_then(|n| n.to_str())) {
        super::live::unindex(store, id);
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_ports_live_or_fixed() {
        let mut r = super::super::test_record();
        let b = |c: u16, h: u16| PortBinding { container_port: c, protocol: "tcp".into(), host_ip: String::new(), host_port: h };
        r.host.port_bindings = vec![b(80, 8080), b(81, 0)];
        let dir = tempfile::tempdir().unwrap();
        // Stopped: nothing is published.
        assert!(published_ports(&r, dir.path(), false).is_empty());
        // Running without a network record: the fixed host ports.
        assert_eq!(published_ports(&r, dir.path(), true), vec![b(80, 8080)]);
        // Running: what the monitor recorded (81 got a free port).
        let info = RuntimeInfo { ports: vec![b(80, 8080), b(81, 40001)], ..Default::default() };
        write_info(dir.path(), &info).unwrap();
        assert_eq!(published_ports(&r, dir.path(), true), vec![b(80, 8080), b(81, 40001)]);
    }


}
