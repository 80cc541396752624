//! The few rtnetlink requests user-defined networks need — a bridge, veth
//! pairs, addresses, a default route, links up / on a bridge / deleted —
//! sent straight from
//! the calling thread. Running `ip` for them cost a fork and exec of a
//! dynamically linked program per step (about 4 ms each, three to four per
//! container start and stop).
//!
//! A netlink socket belongs to the network namespace of the thread that
//! created it, so [`in_namespace`] runs a closure on a thread that joined
//! the wanted namespace.

use std::net::Ipv4Addr;
use std::os::fd::AsFd;
use std::path::Path;

use anyhow::{anyhow, Context, Result};
use netlink_packet_core::{
    NetlinkHeader, NetlinkMessage, NetlinkPayload, NLM_F_ACK, NLM_F_CREATE, NLM_F_EXCL,
    NLM_F_REQUEST,
};
use netlink_packet_route::address::{AddressAttribute, AddressMessage, AddressScope};
use netlink_packet_route::link::{
    InfoData, InfoKind, InfoVeth, LinkAttribute, LinkFlags, LinkInfo, LinkMessage,
};
use netlink_packet_route::route::{
    RouteAttribute, RouteHeader, RouteMessage, RouteProtocol, RouteScope, RouteType,
};
use netlink_packet_route::{AddressFamily, RouteNetlinkMessage};
use netlink_sys::{protocols::NETLINK_ROUTE, Socket, SocketAddr};

/// An rtnetlink socket of the current thread's network namespace.
pub struct Route {
    socket: Socket,
    seq: u32,
}

/// A request the kernel refused: the errno, for callers that expect some
/// (`EEXIST`, `ENODEV`), and what was asked.
#[derive(Debug, thiserror::Error)]
#[error("{what}: {source}")]
pub struct RequestError {
    pub what: String,
    #[source]
    pub source: std::io::Error,
}

impl RequestError {
    pub fn errno(&self) -> Option<i32> {
        self.source.raw_os_error()
    }
}

/// Runs `f` with a [`Route`] of the namespace at `netns` (on a thread that
/// joins it and then ends), or of the current one when `netns` is None.
pub fn in_namespace<T: Send>(
    netns: Option<&Path>,
    f: impl FnOnce(&mut Route) -> Result<T> + Send,
) -> Result<T> {
    let Some(path) = netns else {
        return f(&mut Route::new()?);
    };
    let ns = std::fs::File::open(path)
        .with_context(|| format!("opening network namespace {}", path.display()))?;
    std::thread::scope(|s| {
        s.spawn(move || {
            nix::sched::setns(ns.as_fd(), nix::sched::CloneFlags::CLONE_NEWNET)
                .with_context(|| format!("entering network namespace {}", path.display()))?;
            f(&mut Route::new()?)
        })
        .join()
        .map_err(|_| {
            anyhow!(
                "configuring network namespace {}: the thread panicked",
                path.display()
            )
        })?
    })
}

impl Route {
    pub fn new() -> Result<Route> {
        let mut socket = Socket::new(NETLINK_ROUTE).context("opening a netlink socket")?;
        socket.bind_auto().context("binding a netlink socket")?;
        socket
            .connect(&SocketAddr::new(0, 0))
            .context("connecting a netlink socket")?;
        Ok(Route { socket, seq: 0 })
    }

    /// Sends one request and waits for its acknowledgement.
    fn request(
        &mut self,
        message: RouteNetlinkMessage,
        flags: u16,
        what: impl FnOnce() -> String,
    ) -> std::result::Result<(), RequestError> {
        let fail = |what: String, source| RequestError { what, source };
        self.seq += 1;
        let mut header = NetlinkHeader::default();
        header.flags = NLM_F_REQUEST | NLM_F_ACK | flags;
        header.sequence_number = self.seq;
        let mut msg = NetlinkMessage::new(header, NetlinkPayload::from(message));
        msg.finalize();
        let mut buf = vec![0u8; msg.buffer_len()];
        msg.serialize(&mut buf);
        if let Err(e) = self.socket.send(&buf, 0) {
            return Err(fail(what(), e));
        }
        let mut reply = vec![0u8; 8192];
        loop {
            let n = match self.socket.recv(&mut &mut reply[..], 0) {
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(fail(what(), e)),
            };
            let mut at = 0;
            while at < n {
                let parsed = NetlinkMessage::<RouteNetlinkMessage>::deserialize(&reply[at..n]);
                let m = match parsed {
                    Ok(m) => m,
                    Err(e) => {
                        return Err(fail(
                            what(),
                            std::io::Error::new(std::io::ErrorKind::InvalidData, e.to_string()),
                        ))
                    }
                };
                let len = m.header.length as usize;
                if m.header.sequence_number == self.seq {
                    if let NetlinkPayload::Error(e) = m.payload {
                        return match e.code {
                            None => Ok(()),
                            Some(_) => Err(fail(what(), e.to_io())),
                        };
                    }
                }
                if len == 0 {
                    break;
                }
                at += len;
            }
        }
    }

    fn index(&self, name: &str) -> std::result::Result<u32, RequestError> {
        nix::net::if_::if_nametoindex(name).map_err(|e| RequestError {
            what: format!("finding interface {name}"),
            source: e.into(),
        })
    }

    /// `ip link add NAME address MAC [mtu N] type veth peer name PEER netns PID [mtu N]`.
    pub fn add_veth(
        &mut self,
        name: &str,
        mac: [u8; 6],
        peer: &str,
        peer_netns_pid: u32,
        mtu: Option<u32>,
    ) -> std::result::Result<(), RequestError> {
        let mut peer_msg = LinkMessage::default();
        peer_msg.attributes = vec![
            LinkAttribute::IfName(peer.to_string()),
            LinkAttribute::NetNsPid(peer_netns_pid),
        ];
        peer_msg.attributes.extend(mtu.map(LinkAttribute::Mtu));
        let mut link = LinkMessage::default();
        link.attributes = vec![
            LinkAttribute::IfName(name.to_string()),
            LinkAttribute::Address(mac.to_vec()),
            LinkAttribute::LinkInfo(vec![
                LinkInfo::Kind(InfoKind::Veth),
                LinkInfo::Data(InfoData::Veth(InfoVeth::Peer(peer_msg))),
            ]),
        ];
        link.attributes.extend(mtu.map(LinkAttribute::Mtu));
        self.request(
            RouteNetlinkMessage::NewLink(link),
            NLM_F_CREATE | NLM_F_EXCL,
            || format!("creating veth pair {name}/{peer}"),
        )
    }

    /// `ip link add NAME [mtu N] type bridge`.
    pub fn add_bridge(&mut self, name: &str, mtu: Option<u32>) -> std::result::Result<(), RequestError> {
        let mut link = LinkMessage::default();
        link.attributes = vec![
            LinkAttribute::IfName(name.to_string()),
            LinkAttribute::LinkInfo(vec![LinkInfo::Kind(InfoKind::Bridge)]),
        ];
        link.attributes.extend(mtu.map(LinkAttribute::Mtu));
        self.request(
            RouteNetlinkMessage::NewLink(link),
            NLM_F_CREATE | NLM_F_EXCL,
            || format!("creating bridge {name}"),
        )
    }

    /// `ip addr add IP/PREFIX dev NAME`.
    pub fn add_address(
        &mut self,
        name: &str,
        ip: Ipv4Addr,
        prefix: u8,
    ) -> std::result::Result<(), RequestError> {
        let mut msg = AddressMessage::default();
        msg.header.family = AddressFamily::Inet;
        msg.header.prefix_len = prefix;
        msg.header.scope = AddressScope::Universe;
        msg.header.index = self.index(name)?;
        msg.attributes = vec![
            AddressAttribute::Local(ip.into()),
            AddressAttribute::Address(ip.into()),
        ];
        let host = u32::from(ip);
        if prefix < 31 {
            let mask = if prefix == 0 {
                0
            } else {
                u32::MAX << (32 - prefix)
            };
            msg.attributes
                .push(AddressAttribute::Broadcast(Ipv4Addr::from(host | !mask)));
        }
        self.request(
            RouteNetlinkMessage::NewAddress(msg),
            NLM_F_CREATE | NLM_F_EXCL,
            || format!("adding address {ip}/{prefix} to {name}"),
        )
    }

    /// `ip addr add IP/PREFIX dev NAME nodad` for an IPv6 address: usable
    /// at once (duplicate address detection would keep it tentative for a
    /// second or more; addresses are handed out under a lock, never twice).
    pub fn add_address6(
        &mut self,
        name: &str,
        ip: std::net::Ipv6Addr,
        prefix: u8,
    ) -> std::result::Result<(), RequestError> {
        use netlink_packet_route::address::{AddressFlags, AddressHeaderFlags};
        let mut msg = AddressMessage::default();
        msg.header.family = AddressFamily::Inet6;
        msg.header.prefix_len = prefix;
        msg.header.scope = AddressScope::Universe;
        msg.header.flags = AddressHeaderFlags::Nodad;
        msg.header.index = self.index(name)?;
        msg.attributes = vec![AddressAttribute::Address(ip.into()), AddressAttribute::Flags(AddressFlags::Nodad)];
        self.request(
            RouteNetlinkMessage::NewAddress(msg),
            NLM_F_CREATE | NLM_F_EXCL,
            || format!("adding address {ip}/{prefix} to {name}"),
        )
    }

    /// `ip link set NAME [master BRIDGE] up`.
    pub fn set_up(
        &mut self,
        name: &str,
        master: Option<&str>,
    ) -> std::result::Result<(), RequestError> {
        let mut link = LinkMessage::default();
        link.header.index = self.index(name)?;
        link.header.flags = LinkFlags::Up;
        link.header.change_mask = LinkFlags::Up;
        if let Some(m) = master {
            link.attributes
                .push(LinkAttribute::Controller(self.index(m)?));
        }
        self.request(RouteNetlinkMessage::SetLink(link), 0, || match master {
            Some(m) => format!("attaching {name} to {m}"),
            None => format!("bringing {name} up"),
        })
    }

    /// `ip [-6] route add default via GATEWAY dev NAME`.
    pub fn add_default_route(&mut self, name: &str, gateway: std::net::IpAddr) -> std::result::Result<(), RequestError> {
        let mut msg = RouteMessage::default();
        msg.header.address_family = if gateway.is_ipv4() { AddressFamily::Inet } else { AddressFamily::Inet6 };
        msg.header.table = RouteHeader::RT_TABLE_MAIN;
        msg.header.protocol = RouteProtocol::Boot;
        msg.header.scope = RouteScope::Universe;
        msg.header.kind = RouteType::Unicast;
        msg.attributes = vec![
            RouteAttribute::Gateway(gateway.into()),
            RouteAttribute::Oif(self.index(name)?),
        ];
        self.request(RouteNetlinkMessage::NewRoute(msg), NLM_F_CREATE | NLM_F_EXCL, || {
            format!("adding the default route via {gateway} dev {name}")
        })
    }

    /// `ip link del NAME`.
    pub fn delete(&mut self, name: &str) -> std::result::Result<(), RequestError> {
        let mut link = LinkMessage::default();
        link.header.index = self.index(name)?;
        self.request(RouteNetlinkMessage::DelLink(link), 0, || {
            format!("deleting {name}")
        })
    }
}
