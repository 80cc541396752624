//! A compose file's generic YAML value before it is typed: interpolation
//! of every string, short syntax turned into long syntax (ports, volumes,
//! list-or-map keys), and the compose spec's rules for merging several
//! files.

use super::interpolate::interpolate;
use super::model::Port;
use anyhow::{anyhow, bail, Result};
use serde_yaml_ng::{Mapping, Value};
use std::collections::BTreeMap;
pub(super) fn key_str(k: &Value) -> String {
    match k {
        Value::String(s) => s.clone(),
        other => scalar_string(other).unwrap_or_default(),
    }
}

pub(super) fn untagged_mut(v: &mut Value) -> &mut Value {
    match v {
        Value::Tagged(t) => untagged_mut(&mut t.value),
        other => other,
    }
}

pub(super) fn interpolate_value(v: &mut Value, path: &str, vars: &BTreeMap<String, String>, unset: &mut Vec<String>) -> Result<()> {
    match v {
        Value::String(s) => {
            *s = interpolate(s, vars, unset).map_err(|e| anyhow!("{path}: {}", e.0))?;
        }
        Value::Sequence(seq) => {
            for (i, x) in seq.iter_mut().enumerate() {
                interpolate_value(x, &format!("{path}[{i}]"), vars, unset)?;
            }
        }
        Value::Mapping(m) => {
            for (k, x) in m.iter_mut() {
                let key = key_str(k);
                if !key.starts_with("x-") {
                    interpolate_value(x, &format!("{path}.{key}"), vars, unset)?;
                }
            }
        }
        Value::Tagged(t) => interpolate_value(&mut t.value, path, vars, unset)?,
        _ => {}
    }
    Ok(())
}

/// A scalar as a string (numbers and booleans as YAML writes them).
pub(super) fn scalar_string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// `[K=V, K]` → `{K: V, K: null}`; a mapping stays.
fn list_to_map(v: &mut Value, what: &str) -> Result<()> {
    if let Value::Sequence(seq) = v {
        let mut m = Mapping::new();
        for item in seq.iter() {
            let s = scalar_string(item).ok_or_else(|| anyhow!("{what}: entries must be strings (KEY=VALUE)"))?;
            match s.split_once('=') {
                Some((k, val)) => m.insert(Value::String(k.to_string()), Value::String(val.to_string())),
                None => m.insert(Value::String(s), Value::Null),
            };
        }
        *v = Value::Mapping(m);
    }
    Ok(())
}

fn string_to_list(v: &mut Value) {
    if let Value::String(s) = v {
        *v = Value::Sequence(vec![Value::String(s.clone())]);
    }
}

/// Short syntax → long syntax for the keys whose merge depends on it.
pub(super) fn normalise_service(svc: &mut Value, name: &str) -> Result<()> {
    let m = match svc {
        Value::Mapping(m) => m,
        Value::Null => {
            *svc = Value::Mapping(Mapping::new());
            return Ok(());
        }
        _ => bail!("services.{name} must be a mapping"),
    };
    for (k, v) in m.iter_mut() {
        let key = key_str(k);
        let path = format!("services.{name}.{key}");
        let v = untagged_mut(v);
        match key.as_str() {
            "build" => {
                if let Value::String(s) = v {
                    let mut b = Mapping::new();
                    b.insert("context".into(), Value::String(s.clone()));
                    *v = Value::Mapping(b);
                }
                if let Some(args) = v.get_mut("args") {
                    list_to_map(untagged_mut(args), &format!("{path}.args"))?;
                }
                if let Some(labels) = v.get_mut("labels") {
                    list_to_map(untagged_mut(labels), &format!("{path}.labels"))?;
                }
            }
            "environment" | "labels" => list_to_map(v, &path)?,
            "depends_on" => {
                if let Value::Sequence(seq) = v {
                    let mut out = Mapping::new();
                    for s in seq.iter() {
                        let dep = scalar_string(s).ok_or_else(|| anyhow!("{path}: entries must be service names"))?;
                        let mut c = Mapping::new();
                        c.insert("condition".into(), "service_started".into());
                        out.insert(Value::String(dep), Value::Mapping(c));
                    }
                    *v = Value::Mapping(out);
                }
            }
            "networks" => {
                if let Value::Sequence(seq) = v {
                    let mut out = Mapping::new();
                    for s in seq.iter() {
                        let n = scalar_string(s).ok_or_else(|| anyhow!("{path}: entries must be network names"))?;
                        out.insert(Value::String(n), Value::Null);
                    }
                    *v = Value::Mapping(out);
                }
            }
            "env_file" | "dns" | "tmpfs" | "profiles" | "expose" => string_to_list(v),
            "extra_hosts" => {
                if let Value::Mapping(hm) = v {
                    let list = hm
                        .iter()
                        .map(|(h, ip)| Value::String(format!("{}:{}", key_str(h), scalar_string(ip).unwrap_or_default())))
                        .collect();
                    *v = Value::Sequence(list);
                }
            }
            "ports" => {
                if let Value::Sequence(seq) = v {
                    let mut out = Vec::new();
                    for (i, p) in seq.iter().enumerate() {
                        let p = untagged_value(p);
                        match p {
                            Value::Mapping(_) => out.push(p.clone()),
                            _ => {
                                let s = scalar_string(&p).ok_or_else(|| anyhow!("{path}[{i}]: expected a port string or mapping"))?;
                                for port in parse_port(&s).map_err(|e| anyhow!("{path}[{i}]: {e}"))? {
                                    out.push(serde_yaml_ng::to_value(port)?);
                                }
                            }
                        }
                    }
                    *v = Value::Sequence(out);
                }
            }
            "volumes" => {
                if let Value::Sequence(seq) = v {
                    for (i, item) in seq.iter_mut().enumerate() {
                        if let Value::String(s) = untagged_mut(item) {
                            *item = short_volume(s).map_err(|e| anyhow!("{path}[{i}]: {e}"))?;
                        }
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

pub(super) fn untagged_value(v: &Value) -> Value {
    match v {
        Value::Tagged(t) => untagged_value(&t.value),
        other => other.clone(),
    }
}

/// Ports in short syntax: `[HOST_IP:][HOST:]CONTAINER[/PROTO]`, with
/// ranges (`8000-8001:80-81`) expanded to one entry per port.
pub fn parse_port(s: &str) -> Result<Vec<Port>> {
    let (spec, proto) = match s.rsplit_once('/') {
        Some((a, p)) => (a, p.to_string()),
        None => (s, "tcp".to_string()),
    };
    if !matches!(proto.as_str(), "tcp" | "udp" | "sctp") {
        bail!("invalid protocol {proto:?} in port {s:?}: use tcp, udp or sctp");
    }
    let (ip, rest) = if let Some(r) = spec.strip_prefix('[') {
        let (ip, rest) = r.split_once("]:").ok_or_else(|| anyhow!("invalid port {s:?}: unterminated IPv6 address"))?;
        (Some(ip.to_string()), rest)
    } else {
        let parts: Vec<&str> = spec.split(':').collect();
        match parts.len() {
            1 | 2 => (None, spec),
            3 => (Some(parts[0].to_string()), &spec[parts[0].len() + 1..]),
            _ => bail!("invalid port {s:?}: expected [HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]"),
        }
    };
    let (published, target) = match rest.split_once(':') {
        Some((h, c)) => (Some(h).filter(|h| !h.is_empty()), c),
        None => (None, rest),
    };
    let range = |r: &str| -> Result<(u16, u16)> {
        let bad = || anyhow!("invalid port {s:?}: {r:?} is not a port number or range");
        let (a, b) = r.split_once('-').unwrap_or((r, r));
        let a: u16 = a.parse().map_err(|_| bad())?;
        let b: u16 = b.parse().map_err(|_| bad())?;
        if a == 0 || b < a {
            return Err(bad());
        }
        Ok((a, b))
    };
    let (t0, t1) = range(target)?;
    let host = published.map(range).transpose()?;
    let mut out = Vec::new();
    for (i, t) in (t0..=t1).enumerate() {
        let published = match host {
            None => None,
            Some((h0, h1)) if t0 == t1 && h0 != h1 => Some(format!("{h0}-{h1}")),
            Some((h0, h1)) => {
                if h1 - h0 != t1 - t0 {
                    bail!("invalid port {s:?}: host and container port ranges differ in length");
                }
                Some((h0 + i as u16).to_string())
            }
        };
        out.push(Port { mode: "ingress".into(), host_ip: ip.clone(), target: t, published, protocol: proto.clone() });
    }
    Ok(out)
}

/// Volumes in short syntax: `SRC:DST[:MODE]` or `DST`; a source starting
/// with `.`, `/` or `~` is a bind, anything else a named volume.
pub fn short_volume(s: &str) -> Result<Value> {
    let parts: Vec<&str> = s.split(':').collect();
    let (src, dst, mode) = match parts.as_slice() {
        [d] => (None, *d, ""),
        [src, d] => (Some(*src), *d, ""),
        [src, d, m] => (Some(*src), *d, *m),
        _ => bail!("invalid volume {s:?}: expected [SOURCE:]TARGET[:MODE]"),
    };
    if dst.is_empty() || src == Some("") {
        bail!("invalid volume {s:?}: empty source or target");
    }
    let opts: Vec<&str> = mode.split(',').filter(|o| !o.is_empty()).collect();
    for o in &opts {
        if !matches!(*o, "ro" | "rw" | "z" | "Z" | "nocopy" | "U" | "O" | "shared" | "slave" | "private" | "rshared" | "rslave" | "rprivate" | "cached" | "delegated" | "consistent") {
            bail!("invalid volume {s:?}: unknown mode {o:?}");
        }
    }
    let mut m = Mapping::new();
    let is_bind = src.is_some_and(|p| p.starts_with('.') || p.starts_with('/') || p.starts_with('~'));
    m.insert("type".into(), if is_bind { "bind" } else { "volume" }.into());
    if let Some(src) = src {
        m.insert("source".into(), src.into());
    }
    m.insert("target".into(), dst.into());
    if opts.contains(&"ro") {
        m.insert("read_only".into(), true.into());
    }
    if is_bind {
        let mut b = Mapping::new();
        b.insert("create_host_path".into(), true.into());
        m.insert("bind".into(), Value::Mapping(b));
    } else if opts.contains(&"nocopy") {
        let mut b = Mapping::new();
        b.insert("nocopy".into(), true.into());
        m.insert("volume".into(), Value::Mapping(b));
    }
    Ok(Value::Mapping(m))
}

// ---- merging ----

/// Merges `over` into `base` with the compose spec's rules: mappings merge
/// key by key; `command`, `entrypoint` and `healthcheck.test` are replaced;
/// a service's `volumes` merge by target; other sequences append what is
/// not already there; `!reset` removes a key and `!override` replaces it.
pub fn merge_mapping(base: &mut Mapping, over: Mapping, path: &str) {
    for (k, v) in over {
        let key = key_str(&k);
        let child = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
        if let Value::Tagged(t) = &v {
            let tag = t.tag.to_string();
            if tag == "!reset" {
                base.remove(&k);
                continue;
            }
            if tag == "!override" {
                base.insert(k, strip_tags(t.value.clone()));
                continue;
            }
        }
        // Only this level's tag goes: deeper ones are for the recursion.
        let v = match v {
            Value::Tagged(t) => t.value,
            v => v,
        };
        match (base.get_mut(&k), v) {
            (Some(Value::Mapping(b)), Value::Mapping(o)) => merge_mapping(b, o, &child),
            (Some(Value::Sequence(b)), Value::Sequence(o)) => merge_sequence(b, o.into_iter().map(strip_tags).collect(), &child),
            (_, v) => {
                base.insert(k, strip_tags(v));
            }
        }
    }
}

fn merge_sequence(base: &mut Vec<Value>, over: Vec<Value>, path: &str) {
    let parts: Vec<&str> = path.split('.').collect();
    let in_service = parts.len() >= 3 && parts[0] == "services";
    let last = *parts.last().unwrap_or(&"");
    if in_service && (matches!(last, "command" | "entrypoint") || path.ends_with("healthcheck.test")) {
        *base = over;
        return;
    }
    if in_service && parts.len() == 3 && last == "volumes" {
        for v in over {
            let target = v.get("target").cloned();
            match base.iter_mut().find(|b| target.is_some() && b.get("target") == target.as_ref()) {
                Some(slot) => *slot = v,
                None => base.push(v),
            }
        }
        return;
    }
    for v in over {
        if !base.contains(&v) {
            base.push(v);
        }
    }
}

pub(super) fn strip_tags(v: Value) -> Value {
    match v {
        Value::Tagged(t) => strip_tags(t.value),
        Value::Sequence(s) => Value::Sequence(s.into_iter().map(strip_tags).collect()),
        Value::Mapping(m) => Value::Mapping(m.into_iter().map(|(k, v)| (k, strip_tags(v))).collect()),
        other => other,
    }
}
