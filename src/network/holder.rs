//! The process that holds a network's namespace (`dhow __netns-holder NAME`),
//! the one user namespace all holders and the containers on their networks
//! share, and the network's shared user-mode uplink. See `record` for why.

use crate::config::paths::Paths;
use crate::container::ContainerStore;
use crate::util::lock::FileLock;
use anyhow::{anyhow, bail, Context, Result};
use std::path::PathBuf;
use std::time::{Duration, Instant};
use super::record::*;


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
pub(crate) fn in_other_user_namespace(pid: i32) -> bool {
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
        (state.is_running() && pid > 0 && (root_user || in_other_user_namespace(pid))).then_some(pid)
    })
}

/// The user namespace `network disconnect NET CTR` runs in: the running
/// container's (its monitor's), where its interfaces can be removed; else
/// the shared one.
pub fn disconnect_user_namespace_owner(paths: &Paths, container: &str) -> Option<i32> {
    let store = ContainerStore::new(&paths.root);
    let running = store.find(container).ok().map(|(_, s)| s.effective()).filter(|s| s.is_running() && s.monitor_pid > 0);
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
    crate::sys::memory::give_malloc_tunables(&mut cmd);
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
pub fn holder_main(paths: &Paths, name: &str) -> i32 {
    crate::sys::memory::drop_malloc_tunables();
    match holder_setup(paths, name) {
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
                let gone = if is_default(name) { !paths.root.exists() } else { !record_path(&paths.root, name).exists() };
                if gone {
                    let _ = std::fs::remove_file(pid_path(paths, name));
                    return 0;
                }
                // Exclusive means no command is starting a container on the
                // network and no monitor holds it; kept until we exit, so
                // none can begin while the PID file goes.
                let idle = FileLock::try_exclusive(&in_use_path(paths, name))
                    .ok()
                    .flatten()
                    .filter(|_| {
                        !crate::network::live::network_in_use(&paths.root, name)
                    });
                match (idle, idle_since) {
                    (Some(_guard), Some(t)) if t.elapsed() >= timeout => {
                        let _ = std::fs::remove_file(pid_path(paths, name));
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

fn holder_setup(paths: &Paths, name: &str) -> Result<Option<Uplink>> {
    use nix::sys::signal::{signal, SigHandler, Signal};
    for s in [Signal::SIGHUP, Signal::SIGINT, Signal::SIGPIPE] {
        // SAFETY: SIG_IGN installs no handler code.
        let _ = unsafe { signal(s, SigHandler::SigIgn) };
    }
    // SAFETY: prctl with constant arguments.
    unsafe { libc::prctl(libc::PR_SET_DUMPABLE, 1, 0, 0, 0) };
    let rec = load(&paths.root, name)?;
    let (subnet, gw) = rec.subnet()?;
    // Before the process leaves the host's network namespace.
    let host = (!rec.internal).then(HostThread::start);
    nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNET)
        .context("creating the network's namespace")?;
    let br = &rec.network_interface;
    crate::network::netlink::in_namespace(None, |r| {
        r.set_up("lo", None)?;
        r.add_bridge(br, rec.mtu())?;
        r.add_address(br, gw, subnet.prefix)?;
        if let Some((sub6, gw6)) = rec.subnet6() {
            r.add_address6(br, gw6, sub6.prefix)?;
        }
        r.set_up(br, None)?;
        Ok(())
    })
    .with_context(|| format!("creating the bridge {br} of network {name}"))?;
    let uplink = match host {
        None => None,
        Some(host) => match start_uplink(paths, &rec, subnet, host) {
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
        &pid_path(paths, name),
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
    /// The IPv6 subnet routed out too (an `--ipv6` network).
    subnet6: Option<super::record::Cidr6>,
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
            .run(move || crate::network::usermode::start_slirp(&slirp, &ns, &[], &dir, &api, UPLINK_IF))?;
        self.child = child;
        self._exit_fd = exit_fd;
        // The new tap0 has slirp4netns's IPv4 set-up only.
        if let Some(sub6) = self.subnet6 {
            ipv6_way_out(sub6, false)?;
        }
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
    let slirp = crate::network::usermode::find_program("slirp4netns").ok_or_else(|| anyhow!("slirp4netns is not installed"))?;
    let iptables = crate::network::usermode::find_program("iptables").ok_or_else(|| anyhow!("iptables is not installed"))?;
    let dir = uplink_dir(paths, &rec.name);
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    // Unix socket paths are limited to 108 bytes: keep it short.
    let api = paths.runroot.join("sockets").join(format!("n{}.slirp", &rec.id[..12.min(rec.id.len())]));
    let ns = PathBuf::from(format!("/proc/{}/ns/net", std::process::id()));
    let start = (slirp.clone(), ns.clone(), dir.clone(), api.clone());
    let (child, exit_fd) = host.run(move || crate::network::usermode::start_slirp(&slirp, &ns, &[], &dir, &api, UPLINK_IF))?;
    let (_, _, _, gateway) = crate::network::ifaddr::read_addresses()?;
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
    if let Some((sub6, _)) = rec.subnet6() {
        // Best effort: without it the network keeps IPv6 inside.
        if let Err(e) = ipv6_way_out(sub6, true) {
            eprintln!("dhow network holder {}: no IPv6 way out: {e:#}", rec.name);
        }
    }
    Ok(Uplink { child, _exit_fd: exit_fd, host, start, gateway, subnet6: rec.subnet6().map(|s| s.0) })
}

/// slirp4netns's IPv6 network (its gateway, which also reaches the host's
/// loopback, and an address of ours on it).
const SLIRP_GATEWAY6: std::net::Ipv6Addr = std::net::Ipv6Addr::new(0xfd00, 0, 0, 0, 0, 0, 0, 2);
const SLIRP_ADDRESS6: std::net::Ipv6Addr = std::net::Ipv6Addr::new(0xfd00, 0, 0, 0, 0, 0, 0, 0x100);

/// An `--ipv6` network's way out, like the IPv4 one: a fixed address on
/// slirp4netns's `fd00::/64` (`nodad`: usable at once, not waiting for its
/// router advertisement), forwarding on, the default route via its
/// gateway, and (once: the rule names the interface, it outlives a
/// restarted slirp4netns) the subnet masqueraded leaving by `tap0`.
fn ipv6_way_out(subnet: super::record::Cidr6, masquerade: bool) -> Result<()> {
    let ip6tables = crate::network::usermode::find_program("ip6tables").ok_or_else(|| anyhow!("ip6tables is not installed"))?;
    std::fs::write("/proc/sys/net/ipv6/conf/all/forwarding", "1").context("enabling IPv6 forwarding in the network's namespace")?;
    crate::network::netlink::in_namespace(None, |r| {
        let exists = |e: &crate::network::netlink::RequestError| e.errno() == Some(libc::EEXIST);
        r.add_address6(UPLINK_IF, SLIRP_ADDRESS6, 64).or_else(|e| if exists(&e) { Ok(()) } else { Err(e) })?;
        r.add_default_route(UPLINK_IF, SLIRP_GATEWAY6.into()).or_else(|e| if exists(&e) { Ok(()) } else { Err(e) })?;
        Ok(())
    })?;
    if !masquerade {
        return Ok(());
    }
    let cidr = subnet.to_string();
    let out = std::process::Command::new(&ip6tables)
        .args(["-t", "nat", "-A", "POSTROUTING", "-s", &cidr, "-o", UPLINK_IF, "-j", "MASQUERADE"])
        .stdin(std::process::Stdio::null())
        .output()
        .with_context(|| format!("running {}", ip6tables.display()))?;
    if !out.status.success() {
        bail!("ip6tables: {}", String::from_utf8_lossy(&out.stderr).trim());
    }
    Ok(())
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
    let network = if crate::network::record::is_default_mode(network) {
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

/// `network rm`: refused while containers use the network unless `force`,
/// which removes those containers first with `remove_container` (podman's
/// behaviour; the engine's container removal, see `engine::network`).
pub fn remove(
    paths: &Paths,
    query: &str,
    force: bool,
    remove_container: &mut dyn FnMut(&crate::container::ContainerRecord) -> Result<()>,
) -> Result<String> {
    if is_default(query) || query == "host" || query == "none" {
        bail!("{query} is a pre-defined network and cannot be removed");
    }
    let root = &paths.root;
    let rec = find(root, query)?;
    let users = users(root, &rec.name)?;
    if !users.is_empty() {
        if !force {
            let names: Vec<String> = users.iter().map(|(r, _)| r.name.clone()).collect();
            return Err(crate::error::Busy(format!(
                "network {} is being used by container(s) {}: network is being used; remove them first or use network rm -f",
                rec.name,
                names.join(", ")
            ))
            .into());
        }
        for (r, _) in &users {
            remove_container(r).with_context(|| {
                format!("removing container {} of network {}", r.name, rec.name)
            })?;
        }
    }
    let _lock = lock_all(root)?;
    stop_holder(paths, &rec.name);
    std::fs::remove_file(record_path(root, &rec.name))
        .with_context(|| format!("removing network {}", rec.name))?;
    let _ = std::fs::remove_file(dir(root).join(format!("{}.lock", rec.name)));
    Ok(rec.name)
}

/// `network prune`: removes every network no container is configured on.
/// `network prune`: removes the networks no container uses that `chosen`
/// (the `--filter`s) picks.
pub fn prune(paths: &Paths, chosen: &dyn Fn(&NetworkRecord) -> bool) -> Result<Vec<String>> {
    let root = &paths.root;
    let mut removed = Vec::new();
    for n in list_records(root)? {
        if chosen(&n) && users(root, &n.name)?.is_empty() {
            removed.push(remove(paths, &n.name, false, &mut |_| Ok(()))?);
        }
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remove_takes_the_record_away() {
        let tmp = tempfile::tempdir().unwrap();
        let paths = Paths::resolve(Some(tmp.path().join("root")), Some(tmp.path().join("run"))).unwrap();
        create(&paths, &CreateOptions { name: "a".into(), ..Default::default() }).unwrap();
        assert!(remove(&paths, "podman", false, &mut |_| unreachable!()).unwrap_err().to_string().contains("pre-defined"));
        assert_eq!(remove(&paths, "a", false, &mut |_| unreachable!("no containers")).unwrap(), "a");
        assert!(load(&paths.root, "a").is_err());
        assert!(find(&paths.root, "a").is_err());
    }
}
