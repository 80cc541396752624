//! The addresses of the current thread's network namespace, read with
//! interface ioctls and `/proc/thread-self/net/route`: what a user-mode
//! tool (a container's, or a network's shared uplink) configured.

use anyhow::{Context, Result};
use std::os::fd::{AsRawFd, OwnedFd};

pub(crate) fn ifreq(name: &str) -> libc::ifreq {
    // SAFETY: ifreq is plain data; all-zero is a valid value.
    let mut r: libc::ifreq = unsafe { std::mem::zeroed() };
    for (i, b) in name.bytes().take(libc::IFNAMSIZ - 1).enumerate() {
        r.ifr_name[i] = b as libc::c_char;
    }
    r
}

pub(crate) fn dgram_socket() -> Result<OwnedFd> {
    nix::sys::socket::socket(
        nix::sys::socket::AddressFamily::Inet,
        nix::sys::socket::SockType::Datagram,
        nix::sys::socket::SockFlag::SOCK_CLOEXEC,
        None,
    )
    .context("creating a socket")
}

/// (IPv4 address, prefix length, MAC, default gateway) of the namespace's
/// interface with the default route.
pub(crate) fn read_addresses() -> Result<(String, u8, String, String)> {
    let route = std::fs::read_to_string("/proc/thread-self/net/route").unwrap_or_default();
    let (ifname, gw) =
        parse_default_route(&route).unwrap_or_else(|| ("eth0".into(), String::new()));
    let s = dgram_socket()?;
    let mut ip = String::new();
    let mut prefix = 0u8;
    let mut mac = String::new();
    // SAFETY: the ioctls fill the ifreq we own; the union members read are
    // the ones these requests write.
    unsafe {
        let mut r = ifreq(&ifname);
        if libc::ioctl(s.as_raw_fd(), libc::SIOCGIFADDR, &mut r) == 0 {
            let sin =
                &*(&r.ifr_ifru.ifru_addr as *const libc::sockaddr as *const libc::sockaddr_in);
            ip = std::net::Ipv4Addr::from(u32::from_be(sin.sin_addr.s_addr)).to_string();
        }
        let mut r = ifreq(&ifname);
        if libc::ioctl(s.as_raw_fd(), libc::SIOCGIFNETMASK, &mut r) == 0 {
            let sin =
                &*(&r.ifr_ifru.ifru_netmask as *const libc::sockaddr as *const libc::sockaddr_in);
            prefix = u32::from_be(sin.sin_addr.s_addr).count_ones() as u8;
        }
        let mut r = ifreq(&ifname);
        if libc::ioctl(s.as_raw_fd(), libc::SIOCGIFHWADDR, &mut r) == 0 {
            let d = r.ifr_ifru.ifru_hwaddr.sa_data;
            mac = d[..6]
                .iter()
                .map(|b| format!("{:02x}", *b as u8))
                .collect::<Vec<_>>()
                .join(":");
        }
    }
    Ok((ip, prefix, mac, gw))
}

/// The default route's interface and gateway from `/proc/net/route`.
fn parse_default_route(text: &str) -> Option<(String, String)> {
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.len() > 2 && f[1] == "00000000" {
            let gw = u32::from_str_radix(f[2], 16).ok()?;
            // The kernel prints the network-order address read as a native
            // integer: its native bytes are the address bytes.
            let gw = std::net::Ipv4Addr::from(gw.to_ne_bytes());
            return Some((f[0].to_string(), gw.to_string()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_route_parsing() {
        let t = "Iface\tDestination\tGateway \tFlags\nwlan0\t0001A8C0\t00000000\t0001\neth0\t00000000\t010200C0\t0003\n";
        assert_eq!(
            parse_default_route(t),
            Some(("eth0".into(), "192.0.2.1".into()))
        );
        assert_eq!(parse_default_route("Iface\n"), None);
    }
}
