//! Published and exposed ports: docker's `-p`/`--publish` and `--expose`
//! grammar, and the `0.0.0.0:8080->80/tcp` / `80/tcp -> 0.0.0.0:8080` forms
//! that `ps` and `port` print. Pure data and parsing: the networking code in
//! `network` (attach, relay) turns bindings into port forwards. It stays
//! here, beside the record that holds the bindings: `network` reads
//! container records, so the record must not depend on `network`.

use serde::{Deserialize, Serialize};

/// One published port. `host_port` 0 means "a free port chosen at start"
/// (`-p 80`, `-P`); an empty `host_ip` means every address (docker's
/// `0.0.0.0`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortBinding {
    pub container_port: u16,
    /// "tcp" or "udp".
    pub protocol: String,
    #[serde(default)]
    pub host_ip: String,
    #[serde(default)]
    pub host_port: u16,
}

impl PortBinding {
    /// docker's key for the container side: `80/tcp`.
    pub fn private(&self) -> String {
        format!("{}/{}", self.container_port, self.protocol)
    }

    /// The host side as docker prints it: `0.0.0.0:8080`, `[::1]:8080`.
    pub fn host_addr(&self) -> String {
        let ip = if self.host_ip.is_empty() {
            "0.0.0.0"
        } else {
            self.host_ip.as_str()
        };
        if ip.contains(':') {
            format!("[{ip}]:{}", self.host_port)
        } else {
            format!("{ip}:{}", self.host_port)
        }
    }
}

fn parse_proto(p: &str, spec: &str) -> Result<String, String> {
    match p.to_ascii_lowercase().as_str() {
        "" | "tcp" => Ok("tcp".into()),
        "udp" => Ok("udp".into()),
        "sctp" => Err(format!("invalid port {spec:?}: sctp is not supported by the rootless port forwarder (use tcp or udp)")),
        _ => Err(format!("invalid proto {p:?} in {spec:?}: use tcp or udp")),
    }
}

/// `N` or `N-M` (inclusive); `allow_zero` for an unset host side.
fn parse_range(s: &str, spec: &str) -> Result<(u16, u16), String> {
    let bad = || {
        format!("invalid port {spec:?}: ports are numbers from 1 to 65535 (a range is FIRST-LAST)")
    };
    let num = |x: &str| -> Result<u16, String> {
        let n: u32 = x.trim().parse().map_err(|_| bad())?;
        if n == 0 || n > 65535 {
            return Err(format!("invalid port {spec:?}: {n} is outside 1-65535"));
        }
        Ok(n as u16)
    };
    match s.split_once('-') {
        Some((a, b)) => {
            let (a, b) = (num(a)?, num(b)?);
            if b < a {
                return Err(format!(
                    "invalid port range {s:?} in {spec:?}: the end is below the start"
                ));
            }
            Ok((a, b))
        }
        None => {
            let n = num(s)?;
            Ok((n, n))
        }
    }
}

/// Parses one `-p [IP:][HOSTPORT:]CTRPORT[/PROTO]` (ranges allowed on both
/// sides; an IPv6 address in brackets: `[::1]:8080:80`).
pub fn parse_publish(spec: &str) -> Result<Vec<PortBinding>, String> {
    let (rest, proto) = match spec.rsplit_once('/') {
        Some((r, p)) => (r, parse_proto(p, spec)?),
        None => (spec, "tcp".to_string()),
    };
    // Split off the container port (last colon), then the host port.
    let (head, ctr) = match rest.rsplit_once(':') {
        Some((h, c)) => (Some(h), c),
        None => (None, rest),
    };
    let (ip, host) = match head {
        None => (String::new(), ""),
        Some(h) => {
            if let Some(stripped) = h.strip_prefix('[') {
                // [v6]:hostport or [v6]:
                let (addr, after) = stripped
                    .split_once(']')
                    .ok_or_else(|| format!("invalid IP address in {spec:?}: missing ']'"))?;
                let host = after.strip_prefix(':').ok_or_else(|| {
                    format!("invalid port {spec:?}: expected [IP]:HOSTPORT:CTRPORT")
                })?;
                (addr.to_string(), host)
            } else {
                match h.rsplit_once(':') {
                    Some((ip, host)) => (ip.to_string(), host),
                    None => (String::new(), h),
                }
            }
        }
    };
    if !ip.is_empty() && ip.parse::<std::net::IpAddr>().is_err() {
        return Err(format!("invalid IP address {ip:?} in port spec {spec:?}"));
    }
    if ctr.is_empty() {
        return Err(format!("invalid port {spec:?}: no container port given"));
    }
    let (c0, c1) = parse_range(ctr, spec)?;
    let host_range = if host.is_empty() {
        None
    } else {
        Some(parse_range(host, spec)?)
    };
    let count = u32::from(c1 - c0) + 1;
    let mut out = Vec::new();
    match host_range {
        None => {
            for p in c0..=c1 {
                out.push(PortBinding {
                    container_port: p,
                    protocol: proto.clone(),
                    host_ip: ip.clone(),
                    host_port: 0,
                });
            }
        }
        Some((h0, h1)) => {
            let hcount = u32::from(h1 - h0) + 1;
            if hcount != count {
                return Err(format!("invalid port {spec:?}: the host range has {hcount} ports but the container range {count}"));
            }
            for i in 0..count {
                out.push(PortBinding {
                    container_port: c0 + i as u16,
                    protocol: proto.clone(),
                    host_ip: ip.clone(),
                    host_port: h0 + i as u16,
                });
            }
        }
    }
    Ok(out)
}

/// Parses one `--expose PORT[-PORT][/PROTO]`; returns `80/tcp` keys.
pub fn parse_expose(spec: &str) -> Result<Vec<String>, String> {
    let (rest, proto) = match spec.rsplit_once('/') {
        Some((r, p)) => (r, parse_proto(p, spec)?),
        None => (spec, "tcp".to_string()),
    };
    let (a, b) = parse_range(rest, spec)?;
    Ok((a..=b).map(|p| format!("{p}/{proto}")).collect())
}

/// Reads an image/record `ExposedPorts` key (`80/tcp`, `53/udp`, `8080`).
pub fn parse_port_key(key: &str) -> Option<(u16, String)> {
    let (p, proto) = key.split_once('/').unwrap_or((key, "tcp"));
    let n: u16 = p.parse().ok().filter(|n| *n > 0)?;
    let proto = proto.to_ascii_lowercase();
    matches!(proto.as_str(), "tcp" | "udp").then_some((n, proto))
}

/// The `PORTS` column of `ps`: `0.0.0.0:8080->80/tcp, 127.0.0.1:53->53/udp`;
/// exposed but unpublished ports show as `80/tcp`. Consecutive ports are
/// folded into ranges the way docker does (`0.0.0.0:8000-8002->80-82/tcp`).
pub fn ps_column(bindings: &[PortBinding], exposed: &[String]) -> String {
    let mut items: Vec<String> = Vec::new();
    let mut sorted: Vec<&PortBinding> = bindings.iter().collect();
    sorted.sort_by(|a, b| {
        (&a.protocol, &a.host_ip, a.container_port).cmp(&(
            &b.protocol,
            &b.host_ip,
            b.container_port,
        ))
    });
    let mut i = 0;
    while i < sorted.len() {
        let first = sorted[i];
        let mut j = i;
        while j + 1 < sorted.len() {
            let (cur, next) = (sorted[j], sorted[j + 1]);
            if next.protocol == cur.protocol
                && next.host_ip == cur.host_ip
                && u32::from(next.container_port) == u32::from(cur.container_port) + 1
                && u32::from(next.host_port) == u32::from(cur.host_port) + 1
            {
                j += 1;
            } else {
                break;
            }
        }
        let last = sorted[j];
        let host = PortBinding {
            host_port: first.host_port,
            ..first.clone()
        }
        .host_addr();
        if i == j {
            items.push(format!(
                "{host}->{}/{}",
                first.container_port, first.protocol
            ));
        } else {
            items.push(format!(
                "{host}-{}->{}-{}/{}",
                last.host_port, first.container_port, last.container_port, first.protocol
            ));
        }
        i = j + 1;
    }
    for e in exposed {
        if let Some((p, proto)) = parse_port_key(e) {
            if !bindings
                .iter()
                .any(|b| b.container_port == p && b.protocol == proto)
            {
                items.push(format!("{p}/{proto}"));
            }
        }
    }
    items.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(c: u16, proto: &str, ip: &str, h: u16) -> PortBinding {
        PortBinding {
            container_port: c,
            protocol: proto.into(),
            host_ip: ip.into(),
            host_port: h,
        }
    }

    #[test]
    fn publish_forms() {
        assert_eq!(
            parse_publish("8080:80").unwrap(),
            vec![b(80, "tcp", "", 8080)]
        );
        assert_eq!(parse_publish("80").unwrap(), vec![b(80, "tcp", "", 0)]);
        assert_eq!(
            parse_publish("127.0.0.1:8081:80/tcp").unwrap(),
            vec![b(80, "tcp", "127.0.0.1", 8081)]
        );
        assert_eq!(
            parse_publish("127.0.0.1::80").unwrap(),
            vec![b(80, "tcp", "127.0.0.1", 0)]
        );
        assert_eq!(
            parse_publish("5353:53/udp").unwrap(),
            vec![b(53, "udp", "", 5353)]
        );
        assert_eq!(
            parse_publish("[::1]:8080:80").unwrap(),
            vec![b(80, "tcp", "::1", 8080)]
        );
        assert_eq!(
            parse_publish("8000-8001:80-81").unwrap(),
            vec![b(80, "tcp", "", 8000), b(81, "tcp", "", 8001)]
        );
        assert_eq!(parse_publish("80-81").unwrap().len(), 2);
    }

    #[test]
    fn publish_errors() {
        for bad in [
            "99999:80",
            "abc",
            "8080:",
            "1.2.3:80:80",
            "8000-8002:80-81",
            "80/sctp",
            "80/xyz",
            "0:80",
            "90-80",
        ] {
            assert!(parse_publish(bad).is_err(), "{bad}");
        }
        assert!(parse_publish("99999:80").unwrap_err().contains("99999"));
    }

    #[test]
    fn expose_and_keys() {
        assert_eq!(parse_expose("80").unwrap(), vec!["80/tcp"]);
        assert_eq!(parse_expose("53-54/udp").unwrap(), vec!["53/udp", "54/udp"]);
        assert!(parse_expose("x").is_err());
        assert_eq!(parse_port_key("80/tcp"), Some((80, "tcp".into())));
        assert_eq!(parse_port_key("8080"), Some((8080, "tcp".into())));
        assert_eq!(parse_port_key("80/sctp"), None);
    }

    #[test]
    fn ps_and_port_text() {
        assert_eq!(b(80, "tcp", "", 8080).host_addr(), "0.0.0.0:8080");
        assert_eq!(b(80, "tcp", "::1", 8080).host_addr(), "[::1]:8080");
        assert_eq!(b(53, "udp", "", 1).private(), "53/udp");
        let col = ps_column(
            &[b(80, "tcp", "", 8080), b(53, "udp", "127.0.0.1", 5353)],
            &["443/tcp".into(), "80/tcp".into()],
        );
        assert_eq!(col, "0.0.0.0:8080->80/tcp, 127.0.0.1:5353->53/udp, 443/tcp");
        assert_eq!(
            ps_column(&[b(80, "tcp", "", 8000), b(81, "tcp", "", 8001)], &[]),
            "0.0.0.0:8000-8001->80-81/tcp"
        );
        assert_eq!(ps_column(&[], &[]), "");
    }
}
