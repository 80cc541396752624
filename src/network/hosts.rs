//! The container's `/etc/hosts` (its own names, the host's, `--add-host`,
//! peers on user-defined networks) and `/etc/resolv.conf` (the host's,
//! changed by `--dns`, `--dns-search`, `--dns-option`), written by the
//! monitor at each start.

use super::attach::Attached;
use super::plan::parse_add_host;
use crate::container::ContainerRecord;

/// The container's `/etc/hosts`: `base` (see [`hosts_base`]), the
/// localhost lines it lacks, then dhow's entries.
pub fn hosts_file(record: &ContainerRecord, net: Option<&Attached>, base: &str) -> String {
    let mut h = base.to_string();
    if !h.is_empty() && !h.ends_with('\n') {
        h.push('\n');
    }
    let has = |h: &str, addr: &str| h.lines().any(|l| {
        let mut w = l.split_whitespace();
        w.next() == Some(addr) && w.any(|n| n == "localhost")
    });
    if !has(&h, "127.0.0.1") {
        h.push_str("127.0.0.1\tlocalhost localhost.localdomain\n");
    }
    if !has(&h, "::1") {
        h.push_str("::1\tlocalhost ip6-localhost ip6-loopback\n");
    }
    h.push_str(&format!("127.0.1.1\t{} {}\n", record.config.hostname, record.name));
    h.push_str(&hosts_lines(record, net));
    h
}

/// Writes the container's `/etc/hosts` to `path` (atomically) under the
/// hosts lock, so that a peer attached meanwhile either is in the text or
/// rewrites the file after it ([`super::bridge::refresh_hosts`]), never
/// before it is replaced by text that lacks it.
pub fn write_hosts_file(root: &std::path::Path, record: &ContainerRecord, net: Option<&Attached>, base: &str, path: &std::path::Path) -> anyhow::Result<()> {
    let _lock = match net.is_some_and(|n| !n.info.networks.is_empty()) {
        true => Some(crate::network::record::lock_hosts(root)?),
        false => None,
    };
    crate::util::atomic::write_file_volatile(path, hosts_file(record, net, base).as_bytes(), 0o644)
}

/// The base of the container's `/etc/hosts` as `--hosts-file` says: none
/// (the default and `none`), the image's (`image`: read inside `rootfs`,
/// never following a link out of it), or a host file.
pub fn hosts_base(record: &ContainerRecord, rootfs: &std::path::Path) -> anyhow::Result<String> {
    use anyhow::Context;
    let bytes = match record.host.hosts_file.as_str() {
        "" | "none" => return Ok(String::new()),
        "image" => crate::util::fsat::read_in_root(rootfs, std::path::Path::new("/etc/hosts"))
            .context("reading the image's /etc/hosts (--hosts-file=image)")?
            .unwrap_or_default(),
        path => std::fs::read(path).with_context(|| format!("reading the --hosts-file {path}"))?,
    };
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The container's `/etc/resolv.conf`, from the host's (`host`).
pub fn resolv_file(record: &ContainerRecord, net: Option<&Attached>, host: &str) -> String {
    let text = resolv_conf(record, host).unwrap_or_else(|| default_resolv(net, host));
    with_options(text, &record.host.dns_options)
}

/// `--dns-option`: the `options` line, replacing the host's.
fn with_options(text: String, options: &[String]) -> String {
    if options.is_empty() {
        return text;
    }
    let mut out: String = text.lines().filter(|l| !l.trim_start().starts_with("options")).map(|l| format!("{l}\n")).collect();
    out.push_str(&format!("options {}\n", options.join(" ")));
    out
}

/// The host's resolvers as the container can reach them.
fn default_resolv(net: Option<&Attached>, host: &str) -> String {
    // Loopback resolvers of the host are unreachable from the container's
    // own network namespace.
    let mut kept: Vec<&str> = host
        .lines()
        .filter(|l| !(l.trim_start().starts_with("nameserver") && (l.contains(" 127.") || l.contains(" ::1"))))
        .collect();
    // Left without one (systemd-resolved's 127.0.0.53, say): slirp4netns
    // forwards DNS at 10.0.2.3 to the host's resolver.
    // (Also behind a user network's shared uplink, which is slirp4netns.)
    let slirp = net.is_some_and(|n| n.info.mode == "slirp4netns" || (n.info.mode == "bridge" && !n.info.uplink_gateway.is_empty()));
    if slirp && !kept.iter().any(|l| l.trim_start().starts_with("nameserver")) {
        kept.push("nameserver 10.0.2.3");
    }
    kept.join("\n") + "\n"
}

/// Extra `/etc/hosts` lines: the host's names, `--add-host` entries.
pub fn hosts_lines(record: &ContainerRecord, net: Option<&Attached>) -> String {
    let mut out = String::new();
    let gw = net.and_then(|n| n.host_gateway()).map(String::from);
    let mode = net.map(|n| n.info.mode.as_str()).unwrap_or("");
    let host_addr = match (mode, &gw) {
        ("host", _) => Some("127.0.0.1".to_string()),
        (_, Some(g)) => Some(g.clone()),
        _ => None,
    };
    for h in &record.host.extra_hosts {
        if let Ok((name, ip)) = parse_add_host(h) {
            let ip = if ip == "host-gateway" {
                host_addr.clone().unwrap_or_else(|| "127.0.0.1".into())
            } else {
                ip
            };
            out.push_str(&format!("{ip}\t{name}\n"));
        }
    }
    if let Some(ip) = net
        .map(|n| n.info.ip_address.as_str())
        .filter(|s| !s.is_empty())
    {
        out.push_str(&format!(
            "{ip}\t{} {}\n",
            record.config.hostname, record.name
        ));
    }
    if let Some(a) = host_addr {
        out.push_str(&format!(
            "{a}\thost.containers.internal host.docker.internal\n"
        ));
    }
    if let Some(n) = net.filter(|n| !n.info.networks.is_empty()) {
        if let Some(p) = &n.paths {
            out.push_str(&super::bridge::hosts_section(&p.root, &record.id, &n.info.networks, &record.host.links));
        }
    }
    out
}

/// The container's `/etc/resolv.conf` when `--dns`/`--dns-search` replace
/// parts of the host's (None: keep the default).
fn resolv_conf(record: &ContainerRecord, host: &str) -> Option<String> {
    let h = &record.host;
    if h.dns.is_empty() && h.dns_search.is_empty() {
        return None;
    }
    let mut out = String::new();
    let mut lines: Vec<&str> = host.lines().collect();
    if !h.dns_search.is_empty() {
        lines.retain(|l| {
            !(l.trim_start().starts_with("search") || l.trim_start().starts_with("domain"))
        });
        out.push_str(&format!("search {}\n", h.dns_search.join(" ")));
    }
    if !h.dns.is_empty() {
        lines.retain(|l| !l.trim_start().starts_with("nameserver"));
        for d in &h.dns {
            out.push_str(&format!("nameserver {d}\n"));
        }
    }
    for l in lines {
        if !l.trim().is_empty() {
            out.push_str(l);
            out.push('\n');
        }
    }
    Some(out)
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolv_conf_overrides() {
        let mut r = super::super::test_record();
        assert_eq!(resolv_conf(&r, "nameserver 1.1.1.1\n"), None);
        r.host.dns = vec!["9.9.9.9".into()];
        r.host.dns_search = vec!["example.com".into()];
        let out = resolv_conf(&r, "search corp\nnameserver 1.1.1.1\noptions ndots:2\n").unwrap();
        assert_eq!(
            out,
            "search example.com\nnameserver 9.9.9.9\noptions ndots:2\n"
        );
        r.host.dns_options = vec!["ndots:5".into(), "timeout:1".into()];
        let out = resolv_file(&r, None, "search corp\nnameserver 1.1.1.1\noptions ndots:2\n");
        assert_eq!(out, "search example.com\nnameserver 9.9.9.9\noptions ndots:5 timeout:1\n");
        r.host.dns = Vec::new();
        r.host.dns_search = Vec::new();
        // Alone, --dns-option changes only the options of the default file
        // (whose loopback resolvers are dropped).
        let out = resolv_file(&r, None, "search corp\nnameserver 127.0.0.53\nnameserver 1.1.1.1\noptions ndots:2\n");
        assert_eq!(out, "search corp\nnameserver 1.1.1.1\noptions ndots:5 timeout:1\n");
        r.host.extra_hosts = vec!["db:10.1.2.3".into(), "gw:host-gateway".into()];
        let lines = hosts_lines(&r, None);
        assert!(lines.contains("10.1.2.3\tdb\n"), "{lines}");
        assert!(lines.contains("127.0.0.1\tgw\n"), "{lines}");
    }

    #[test]
    fn hosts_file_bases() {
        let mut r = super::super::test_record();
        r.config.hostname = "h".into();
        let default = hosts_file(&r, None, "");
        assert!(default.starts_with("127.0.0.1\tlocalhost localhost.localdomain\n::1\tlocalhost"), "{default}");
        assert!(default.contains("127.0.1.1\th x\n"), "{default}");
        // A base keeps its lines; only the localhost lines it lacks are added.
        let out = hosts_file(&r, None, "10.0.0.1 db\n::1 localhost6 localhost");
        assert!(out.starts_with("10.0.0.1 db\n::1 localhost6 localhost\n127.0.0.1\tlocalhost"), "{out}");
        assert_eq!(out.matches("::1").count(), 1, "{out}");
        // The base: none by default and with none; a host file; the image's, inside the root only.
        let d = tempfile::tempdir().unwrap();
        assert_eq!(hosts_base(&r, d.path()).unwrap(), "");
        r.host.hosts_file = "none".into();
        assert_eq!(hosts_base(&r, d.path()).unwrap(), "");
        let f = d.path().join("base");
        std::fs::write(&f, "1.2.3.4 file.example\n").unwrap();
        r.host.hosts_file = f.display().to_string();
        assert_eq!(hosts_base(&r, d.path()).unwrap(), "1.2.3.4 file.example\n");
        r.host.hosts_file = d.path().join("gone").display().to_string();
        assert!(hosts_base(&r, d.path()).unwrap_err().to_string().contains("--hosts-file"));
        let root = d.path().join("root");
        std::fs::create_dir_all(root.join("etc")).unwrap();
        r.host.hosts_file = "image".into();
        assert_eq!(hosts_base(&r, &root).unwrap(), "", "an image without /etc/hosts");
        std::os::unix::fs::symlink(&f, root.join("etc/hosts")).unwrap();
        assert_ne!(hosts_base(&r, &root).ok().as_deref(), Some("1.2.3.4 file.example\n"), "a link out of the image is not followed");
        std::fs::remove_file(root.join("etc/hosts")).unwrap();
        std::fs::write(root.join("etc/hosts"), "5.6.7.8 image.example\n").unwrap();
        assert_eq!(hosts_base(&r, &root).unwrap(), "5.6.7.8 image.example\n");
    }

}
