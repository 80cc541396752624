//! Published TCP ports, forwarded by the monitor itself.
//!
//! The monitor binds each host port (in the host's network namespace, where
//! it lives) and accepts there; a thread that has joined the container's
//! network namespace connects to the port on the container's loopback and
//! moves the bytes with `splice(2)` through a pipe, so they never enter user
//! space. Both ends are kernel TCP sockets: no user-mode TCP stack sits in
//! the path (pasta's and slirp4netns's forwarding through theirs was the
//! slow part), and a port that is taken fails at `run` with the reason.
//!
//! The container sees the connection coming from its own loopback, as with
//! podman's `rootlessport` and docker's userland proxy. UDP ports stay with
//! the user-mode helper (pasta or slirp4netns).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, Shutdown, SocketAddr, TcpListener, TcpStream};
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::path::Path;
use std::sync::{Arc, Mutex, Weak};

use anyhow::{anyhow, Context, Result};
use nix::fcntl::{FcntlArg, OFlag, SpliceFFlags};
use nix::poll::{PollFd, PollFlags, PollTimeout};

use crate::container::ports::PortBinding;

/// How much one `splice` moves at most: the pipe's size when the kernel
/// lets us grow it (an unprivileged user may go up to 1 MiB by default).
const PIPE_SIZE: usize = 1 << 20;
/// The relay threads only loop over `splice`.
const RELAY_STACK: usize = 64 * 1024;

/// Host-side listening sockets for the TCP bindings, bound before the
/// container starts.
pub struct Listeners {
    sockets: Vec<(TcpListener, u16)>,
}

impl Listeners {
    /// Binds every TCP binding (port 0 gets a free port, written back into
    /// the binding). An empty host IP means every address, IPv4 and, where
    /// the host has it, IPv6.
    pub fn bind(bindings: &mut [PortBinding]) -> Result<Listeners> {
        let mut sockets = Vec::new();
        for b in bindings.iter_mut().filter(|b| b.protocol == "tcp") {
            let ip: IpAddr = if b.host_ip.is_empty() {
                Ipv4Addr::UNSPECIFIED.into()
            } else {
                b.host_ip
                    .trim_start_matches('[')
                    .trim_end_matches(']')
                    .parse()
                    .map_err(|_| anyhow!("invalid host IP {:?} in -p", b.host_ip))?
            };
            let l = TcpListener::bind(SocketAddr::new(ip, b.host_port))
                .map_err(|e| publish_error(b, &e))?;
            b.host_port = l.local_addr()?.port();
            if b.host_ip.is_empty() {
                // Best effort: a host without IPv6 still serves IPv4.
                if let Ok(l6) = bind_v6_only(b.host_port) {
                    sockets.push((l6, b.container_port));
                }
            }
            sockets.push((l, b.container_port));
        }
        Ok(Listeners { sockets })
    }

    pub fn is_empty(&self) -> bool {
        self.sockets.is_empty()
    }
}

/// Why a host port could not be bound, and what to do about it.
pub fn publish_error(b: &PortBinding, e: &std::io::Error) -> anyhow::Error {
    let hint = match e.raw_os_error() {
        Some(libc::EACCES) => {
            let start = std::fs::read_to_string("/proc/sys/net/ipv4/ip_unprivileged_port_start")
                .unwrap_or_default();
            format!(
                "ports below {} need privileges rootless containers do not have; publish on a higher host port (-p 8080:{}) or lower the sysctl net.ipv4.ip_unprivileged_port_start",
                start.trim().parse::<u16>().unwrap_or(1024),
                b.container_port
            )
        }
        Some(libc::EADDRNOTAVAIL) => {
            "the host has no such address; use one of its addresses or none (all)".to_string()
        }
        _ => "the host port is already in use; choose another host port or stop what uses it"
            .to_string(),
    };
    anyhow!(
        "cannot publish port {}->{}: {e} ({hint})",
        b.host_addr(),
        b.private()
    )
}

/// `[::]:port` for IPv6 clients only (the IPv4 socket has the rest).
fn bind_v6_only(port: u16) -> Result<TcpListener> {
    use nix::sys::socket::{self, sockopt, AddressFamily, SockFlag, SockType, SockaddrIn6};
    let fd = socket::socket(
        AddressFamily::Inet6,
        SockType::Stream,
        SockFlag::SOCK_CLOEXEC,
        None,
    )?;
    socket::setsockopt(&fd, sockopt::ReuseAddr, &true)?;
    socket::setsockopt(&fd, sockopt::Ipv6V6Only, &true)?;
    let addr = SockaddrIn6::from(std::net::SocketAddrV6::new(
        Ipv6Addr::UNSPECIFIED,
        port,
        0,
        0,
    ));
    socket::bind(fd.as_raw_fd(), &addr)?;
    socket::listen(&fd, socket::Backlog::new(128)?)?;
    Ok(TcpListener::from(fd))
}

/// The running forwarder: a thread accepting on the listeners, and the
/// connections it relays.
pub struct PortForwarder {
    /// Closing it (dropping) wakes the accept loop, which then ends.
    stop: Option<OwnedFd>,
    thread: Option<std::thread::JoinHandle<()>>,
    connections: Arc<Mutex<Vec<Weak<Connection>>>>,
}

struct Connection {
    outside: TcpStream,
    inside: TcpStream,
}

impl Connection {
    fn close(&self) {
        let _ = self.outside.shutdown(Shutdown::Both);
        let _ = self.inside.shutdown(Shutdown::Both);
    }
}

impl PortForwarder {
    /// Starts accepting on `listeners`; connections go to the container
    /// port on the loopback of the network namespace at `netns`.
    pub fn start(listeners: Listeners, netns: &Path) -> Result<PortForwarder> {
        let ns =
            std::fs::File::open(netns).with_context(|| format!("opening {}", netns.display()))?;
        let (stop_r, stop_w) = nix::unistd::pipe2(OFlag::O_CLOEXEC).context("creating a pipe")?;
        for (l, _) in &listeners.sockets {
            l.set_nonblocking(true)?;
        }
        let connections = Arc::new(Mutex::new(Vec::new()));
        let conns = Arc::clone(&connections);
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("portfwd".into())
            .stack_size(RELAY_STACK * 2)
            .spawn(move || {
                // Sockets this thread (and the threads it starts) create
                // belong to the container's namespace; the listeners stay
                // in the host's.
                let joined = if same_namespace(&ns) {
                    Ok(())
                } else {
                    nix::sched::setns(ns.as_fd(), nix::sched::CloneFlags::CLONE_NEWNET)
                        .context("entering the container's network namespace to forward its ports")
                };
                let ok = joined.is_ok();
                let _ = ready_tx.send(joined);
                if ok {
                    accept_loop(listeners, stop_r, conns);
                }
            })
            .context("starting the port forwarder")?;
        ready_rx
            .recv()
            .map_err(|_| anyhow!("the port forwarder stopped before it started"))??;
        Ok(PortForwarder {
            stop: Some(stop_w),
            thread: Some(thread),
            connections,
        })
    }

    /// Closes the host ports (they are free when this returns) and the
    /// connections still open.
    pub fn stop(&mut self) {
        self.stop.take();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
        let list = std::mem::take(&mut *self.connections.lock().unwrap_or_else(|e| e.into_inner()));
        for c in list.iter().filter_map(Weak::upgrade) {
            c.close();
        }
    }
}

impl Drop for PortForwarder {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Whether `ns` is the namespace this thread is in already (nothing to
/// join; joining would need privilege over it).
fn same_namespace(ns: &std::fs::File) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (ns.metadata(), std::fs::metadata("/proc/thread-self/ns/net")) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

fn accept_loop(listeners: Listeners, stop: OwnedFd, conns: Arc<Mutex<Vec<Weak<Connection>>>>) {
    loop {
        let mut fds: Vec<PollFd> = listeners
            .sockets
            .iter()
            .map(|(l, _)| PollFd::new(l.as_fd(), PollFlags::POLLIN))
            .collect();
        fds.push(PollFd::new(stop.as_fd(), PollFlags::POLLIN));
        match nix::poll::poll(&mut fds, PollTimeout::NONE) {
            Ok(_) => {}
            Err(nix::errno::Errno::EINTR) => continue,
            Err(_) => return,
        }
        let ready: Vec<bool> = fds.iter().map(|f| f.any().unwrap_or(false)).collect();
        if ready.last().copied().unwrap_or(true) {
            return;
        }
        for (i, (l, port)) in listeners.sockets.iter().enumerate() {
            if !ready[i] {
                continue;
            }
            while let Ok((outside, _)) = l.accept() {
                let port = *port;
                let conns = Arc::clone(&conns);
                // The thread inherits this thread's network namespace, so
                // it connects inside the container.
                let spawned = std::thread::Builder::new()
                    .stack_size(RELAY_STACK)
                    .spawn(move || serve(outside, port, conns));
                drop(spawned);
            }
        }
    }
}

/// Connects to the container's port and relays both ways; a refused
/// connection closes the client's at once (nothing listens there yet).
fn serve(outside: TcpStream, port: u16, conns: Arc<Mutex<Vec<Weak<Connection>>>>) {
    if outside.set_nonblocking(false).is_err() {
        return;
    }
    let inside = TcpStream::connect((Ipv4Addr::LOCALHOST, port))
        .or_else(|_| TcpStream::connect((Ipv6Addr::LOCALHOST, port)));
    let Ok(inside) = inside else { return };
    let _ = outside.set_nodelay(true);
    let _ = inside.set_nodelay(true);
    let conn = Arc::new(Connection { outside, inside });
    {
        let mut list = conns.lock().unwrap_or_else(|e| e.into_inner());
        list.retain(|w| w.strong_count() > 0);
        list.push(Arc::downgrade(&conn));
    }
    let back = Arc::clone(&conn);
    let other = std::thread::Builder::new()
        .stack_size(RELAY_STACK)
        .spawn(move || relay(&back.inside, &back.outside, &back));
    relay(&conn.outside, &conn.inside, &conn);
    if let Ok(t) = other {
        let _ = t.join();
    }
}

/// Moves `from`'s bytes to `to` until `from` ends, then half-closes `to`;
/// on an error both connections are closed (which ends the other way too).
fn relay(from: &TcpStream, to: &TcpStream, conn: &Connection) {
    match splice_all(from, to) {
        Ok(()) => {
            let _ = to.shutdown(Shutdown::Write);
        }
        Err(_) => conn.close(),
    }
}

fn splice_all(from: &TcpStream, to: &TcpStream) -> nix::Result<()> {
    let (r, w) = nix::unistd::pipe2(OFlag::O_CLOEXEC)?;
    let size = nix::fcntl::fcntl(w.as_raw_fd(), FcntlArg::F_SETPIPE_SZ(PIPE_SIZE as i32))
        .map(|n| n as usize)
        .unwrap_or(64 * 1024);
    loop {
        let n =
            retry(|| nix::fcntl::splice(from, None, &w, None, size, SpliceFFlags::SPLICE_F_MOVE))?;
        if n == 0 {
            return Ok(());
        }
        let mut left = n;
        while left > 0 {
            let m = retry(|| {
                nix::fcntl::splice(&r, None, to, None, left, SpliceFFlags::SPLICE_F_MOVE)
            })?;
            if m == 0 {
                return Err(nix::errno::Errno::EPIPE);
            }
            left -= m;
        }
    }
}

fn retry(mut f: impl FnMut() -> nix::Result<usize>) -> nix::Result<usize> {
    loop {
        match f() {
            Err(nix::errno::Errno::EINTR) => continue,
            r => return r,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Write};

    fn binding(port: u16) -> PortBinding {
        PortBinding {
            container_port: port,
            protocol: "tcp".into(),
            host_ip: "127.0.0.1".into(),
            host_port: 0,
        }
    }

    /// With the namespace being our own, the forwarder relays between two
    /// ports of this host: bytes arrive whole both ways, half-close passes
    /// through, and stop frees the port.
    #[test]
    fn relays_both_ways_and_frees_the_port() {
        let server = TcpListener::bind("127.0.0.1:0").unwrap();
        let target = server.local_addr().unwrap().port();
        let mut b = [binding(target)];
        let listeners = Listeners::bind(&mut b).unwrap();
        let published = b[0].host_port;
        assert_ne!(published, 0);
        let mut fwd = PortForwarder::start(listeners, Path::new("/proc/self/ns/net")).unwrap();
        let echo = std::thread::spawn(move || {
            let (mut s, _) = server.accept().unwrap();
            let mut got = Vec::new();
            s.read_to_end(&mut got).unwrap();
            s.write_all(&got).unwrap();
            got.len()
        });
        let mut c = TcpStream::connect(("127.0.0.1", published)).unwrap();
        let data: Vec<u8> = (0..3_000_000u32).map(|i| (i % 251) as u8).collect();
        let writer = {
            let mut c = c.try_clone().unwrap();
            let data = data.clone();
            std::thread::spawn(move || {
                c.write_all(&data).unwrap();
                c.shutdown(Shutdown::Write).unwrap();
            })
        };
        let mut back = Vec::new();
        c.read_to_end(&mut back).unwrap();
        writer.join().unwrap();
        assert_eq!(echo.join().unwrap(), data.len());
        assert!(back == data, "the echoed bytes differ");
        fwd.stop();
        TcpListener::bind(("127.0.0.1", published)).expect("the port is free after stop");
    }

    #[test]
    fn a_taken_port_is_an_error_naming_it() {
        let taken = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = taken.local_addr().unwrap().port();
        let mut b = [PortBinding {
            host_port: port,
            ..binding(80)
        }];
        let e = Listeners::bind(&mut b).err().expect("bind fails");
        let msg = format!("{e:#}");
        assert!(
            msg.contains(&format!("127.0.0.1:{port}")) && msg.contains("80/tcp"),
            "{msg}"
        );
    }

    #[test]
    fn nothing_listening_inside_closes_the_client() {
        let free = TcpListener::bind("127.0.0.1:0").unwrap();
        let target = free.local_addr().unwrap().port();
        drop(free);
        let mut b = [binding(target)];
        let listeners = Listeners::bind(&mut b).unwrap();
        let _fwd = PortForwarder::start(listeners, Path::new("/proc/self/ns/net")).unwrap();
        let mut c = TcpStream::connect(("127.0.0.1", b[0].host_port)).unwrap();
        let mut buf = [0u8; 1];
        assert!(matches!(c.read(&mut buf), Ok(0) | Err(_)));
    }
}
