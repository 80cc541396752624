//! The merged YAML value → the typed [`Project`]: each key read with an
//! error that names its path, unknown keys kept as warnings, then profiles
//! applied and references between services, networks and volumes checked.

use super::interpolate::parse_env_file;
use super::loader::{resolve_path, split_command};
use super::model::*;
use super::normalise::{key_str, scalar_string};
use anyhow::{anyhow, bail, Context, Result};
use serde_yaml_ng::{Mapping, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
struct Conv<'a> {
    dir: &'a Path,
    vars: &'a BTreeMap<String, String>,
    warnings: Vec<String>,
}

const TOP_KEYS: [&str; 7] = ["name", "services", "networks", "volumes", "version", "secrets", "configs"];

pub(super) fn convert(project: &mut Project, doc: &Mapping, vars: &BTreeMap<String, String>) -> Result<()> {
    let dir = project.working_dir.clone();
    let mut c = Conv { dir: &dir, vars, warnings: Vec::new() };
    for (k, _) in doc {
        let key = key_str(k);
        if !TOP_KEYS.contains(&key.as_str()) && !key.starts_with("x-") {
            c.warnings.push(format!("top-level key {key:?} is not supported by dhow and is ignored"));
        }
    }
    let pname = project.name.clone();
    if let Some(Value::Mapping(nets)) = doc.get("networks") {
        for (k, v) in nets {
            let key = key_str(k);
            project.networks.insert(key.clone(), c.network(&pname, &key, v)?);
        }
    }
    if let Some(Value::Mapping(vols)) = doc.get("volumes") {
        for (k, v) in vols {
            let key = key_str(k);
            project.volumes.insert(key.clone(), c.volume(&pname, &key, v)?);
        }
    }
    for kind in ["secrets", "configs"] {
        if let Some(Value::Mapping(objs)) = doc.get(kind) {
            for (k, v) in objs {
                let key = key_str(k);
                let obj = c.file_object(&pname, kind, &key, v)?;
                if kind == "secrets" { &mut project.secrets } else { &mut project.configs }.insert(key, obj);
            }
        }
    }
    match doc.get("services") {
        Some(Value::Mapping(svcs)) => {
            for (k, v) in svcs {
                let name = key_str(k);
                check_service_name(&name)?;
                project.services.insert(name.clone(), c.service(&name, v)?);
            }
        }
        Some(Value::Null) | None => {}
        Some(_) => bail!("services must be a mapping"),
    }
    project.warnings.extend(c.warnings);
    Ok(())
}

/// `ipam.config[i]`: subnet, ip_range and gateway checked (CIDRs and an
/// address of one family, inside the subnet); `aux_addresses` kept.
fn ipam_pool(v: &Value, path: &str) -> Result<IpamPool> {
    let m = mapping(v, path)?.cloned().unwrap_or_default();
    let pool = IpamPool {
        subnet: opt_str(&m, "subnet", path)?,
        gateway: opt_str(&m, "gateway", path)?,
        ip_range: opt_str(&m, "ip_range", path)?,
        aux_addresses: m.get("aux_addresses").map(|a| labels_of(a, &format!("{path}.aux_addresses"))).transpose()?.unwrap_or_default(),
    };
    let subnet = pool.subnet.as_deref().map(|s| cidr(s).ok_or_else(|| anyhow!("{path}.subnet: invalid CIDR address {s:?}"))).transpose()?;
    let range = pool.ip_range.as_deref().map(|s| cidr(s).ok_or_else(|| anyhow!("{path}.ip_range: invalid CIDR address {s:?}"))).transpose()?;
    let gateway = pool.gateway.as_deref().map(|g| g.parse::<std::net::IpAddr>().map_err(|_| anyhow!("{path}.gateway: invalid IP address {g:?}"))).transpose()?;
    if let Some(net) = subnet {
        if let Some(g) = gateway {
            if !in_cidr(net, g) {
                bail!("{path}.gateway: {g} is not in subnet {}", pool.subnet.as_deref().unwrap_or_default());
            }
        }
        if let Some((r, len)) = range {
            if !in_cidr(net, r) || len < net.1 {
                bail!("{path}.ip_range: {} is not inside subnet {}", pool.ip_range.as_deref().unwrap_or_default(), pool.subnet.as_deref().unwrap_or_default());
            }
        }
    } else if gateway.is_some() || range.is_some() {
        bail!("{path}: a gateway or ip_range needs a subnet");
    }
    for (name, a) in &pool.aux_addresses {
        a.parse::<std::net::IpAddr>().map_err(|_| anyhow!("{path}.aux_addresses.{name}: invalid IP address {a:?}"))?;
    }
    Ok(pool)
}

/// `ADDR/LEN` with LEN at most the family's bits.
fn cidr(s: &str) -> Option<(std::net::IpAddr, u8)> {
    let (a, l) = s.split_once('/')?;
    let addr: std::net::IpAddr = a.parse().ok()?;
    let len: u8 = l.parse().ok()?;
    let max = if addr.is_ipv4() { 32 } else { 128 };
    (len <= max).then_some((addr, len))
}

fn in_cidr((net, len): (std::net::IpAddr, u8), a: std::net::IpAddr) -> bool {
    use std::net::IpAddr::*;
    let (n, x, bits) = match (net, a) {
        (V4(n), V4(x)) => (u128::from(u32::from(n)), u128::from(u32::from(x)), 32),
        (V6(n), V6(x)) => (u128::from(n), u128::from(x), 128),
        _ => return false,
    };
    let shift = bits - u32::from(len);
    shift >= 128 || (n >> shift) == (x >> shift)
}

fn check_service_name(n: &str) -> Result<()> {
    if n.is_empty() || !n.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-')) || !n.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        bail!("invalid service name {n:?}: use letters, digits, '_', '.' and '-', starting with a letter or digit");
    }
    Ok(())
}

pub(super) fn str_of(v: &Value, path: &str) -> Result<String> {
    scalar_string(v).ok_or_else(|| anyhow!("{path} must be a string"))
}

/// A size (`512m`, `1g`, `1048576`) as a number of bytes, the way
/// compose-go's `UnitBytes` holds and prints it.
pub(super) fn bytes_of(v: &Value, path: &str) -> Result<String> {
    let s = str_of(v, path)?;
    crate::util::human::parse_size(&s).map(|b| b.to_string()).map_err(|e| anyhow!("{path}: {e}"))
}

/// A duration (`90s`, `1m30s`) in Go's `Duration.String()` form
/// (`1m30s`), the way compose-go's `Duration` prints it.
pub(super) fn duration_of(v: &Value, path: &str) -> Result<String> {
    let s = str_of(v, path)?;
    let ns = crate::util::duration::parse(&s).map_err(|e| anyhow!("{path}: {e}"))?.as_nanos();
    Ok(crate::util::duration::format_go(ns as i64))
}

pub(super) fn opt_str(m: &Mapping, key: &str, path: &str) -> Result<Option<String>> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => str_of(v, &format!("{path}.{key}")).map(Some),
    }
}

pub(super) fn bool_of(v: &Value, path: &str) -> Result<bool> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::String(s) if s == "true" || s == "false" => Ok(s == "true"),
        Value::Null => Ok(false),
        _ => bail!("{path} must be a boolean"),
    }
}

pub(super) fn str_list(v: &Value, path: &str) -> Result<Vec<String>> {
    match v {
        Value::Sequence(s) => s.iter().enumerate().map(|(i, x)| str_of(x, &format!("{path}[{i}]"))).collect(),
        Value::Null => Ok(vec![]),
        other => Ok(vec![str_of(other, path)?]),
    }
}

fn str_map(v: &Value, path: &str) -> Result<BTreeMap<String, Option<String>>> {
    let mut out = BTreeMap::new();
    match v {
        Value::Mapping(m) => {
            for (k, x) in m {
                let key = key_str(k);
                let val = match x {
                    Value::Null => None,
                    other => Some(str_of(other, &format!("{path}.{key}"))?),
                };
                out.insert(key, val);
            }
        }
        Value::Null => {}
        _ => bail!("{path} must be a mapping or a list of KEY=VALUE"),
    }
    Ok(out)
}

/// A mapping or a list of `KEY=VALUE`, as `KEY=VALUE` strings (`sysctls`).
fn kv_list(v: &Value, path: &str) -> Result<Vec<String>> {
    match v {
        Value::Sequence(_) => str_list(v, path),
        _ => Ok(labels_of(v, path)?.into_iter().map(|(k, v)| format!("{k}={v}")).collect()),
    }
}

pub(super) fn labels_of(v: &Value, path: &str) -> Result<BTreeMap<String, String>> {
    Ok(str_map(v, path)?.into_iter().map(|(k, v)| (k, v.unwrap_or_default())).collect())
}

pub(super) fn mapping<'v>(v: &'v Value, path: &str) -> Result<Option<&'v Mapping>> {
    match v {
        Value::Mapping(m) => Ok(Some(m)),
        Value::Null => Ok(None),
        _ => bail!("{path} must be a mapping"),
    }
}

fn command_of(v: &Value, path: &str) -> Result<Option<Vec<String>>> {
    match v {
        Value::Null => Ok(None),
        Value::String(s) => Ok(Some(split_command(s).map_err(|e| anyhow!("{path}: {e}"))?)),
        Value::Sequence(_) => Ok(Some(str_list(v, path)?)),
        _ => bail!("{path} must be a string or a list of strings"),
    }
}

impl Conv<'_> {
    fn network(&mut self, project: &str, key: &str, v: &Value) -> Result<Network> {
        let path = format!("networks.{key}");
        let mut n = Network::default();
        if let Some(m) = mapping(v, &path)? {
            for (k, x) in m {
                let k = key_str(k);
                let p = format!("{path}.{k}");
                match k.as_str() {
                    "name" => n.name = str_of(x, &p)?,
                    "driver" => n.driver = Some(str_of(x, &p)?),
                    "external" => n.external = bool_of(x, &p)?,
                    "internal" => n.internal = bool_of(x, &p)?,
                    "enable_ipv6" => n.enable_ipv6 = Some(bool_of(x, &p)?),
                    // dhow's bridge has none of the bridge driver's options
                    // (bridge name, MTU, masquerade, ...): each is named.
                    "driver_opts" => {
                        for (ok, _) in mapping(x, &p)?.into_iter().flatten() {
                            self.warnings.push(format!("{p}: bridge option {:?} is not supported by dhow's networks and is ignored", key_str(ok)));
                        }
                    }
                    "labels" => n.labels = labels_of(x, &p)?,
                    "ipam" => {
                        let Some(im) = mapping(x, &p)? else { continue };
                        n.ipam_driver = opt_str(im, "driver", &p)?;
                        if n.ipam_driver.as_deref().is_some_and(|d| d != "default") {
                            self.warnings.push(format!("{p}.driver: IPAM driver {:?} is not supported by dhow (it allocates addresses itself); ignored", n.ipam_driver.as_deref().unwrap_or_default()));
                        }
                        if im.get("options").is_some() {
                            self.warnings.push(format!("{p}: key \"options\" is not supported by dhow and is ignored"));
                        }
                        if let Some(cfg) = im.get("config") {
                            let items = cfg.as_sequence().ok_or_else(|| anyhow!("{p}.config must be a list"))?;
                            for (i, item) in items.iter().enumerate() {
                                n.pools.push(ipam_pool(item, &format!("{p}.config[{i}]"))?);
                            }
                        }
                    }
                    k if k.starts_with("x-") => {}
                    _ => self.warnings.push(format!("{path}: key {k:?} is not supported by dhow and is ignored")),
                }
            }
        }
        if let Some(d) = &n.driver {
            if d != "bridge" {
                bail!("{path}.driver: unsupported network driver {d:?}: dhow supports only bridge");
            }
        }
        self.check_pools(&path, &n)?;
        if n.name.is_empty() {
            n.name = if n.external { key.to_string() } else { format!("{project}_{key}") };
        }
        Ok(n)
    }

    /// At most one IPv4 and one IPv6 pool (a bridge has one of each); an
    /// IPv6 pool counts only with `enable_ipv6: true`, as docker ignores
    /// it otherwise. IPv6 itself waits for dhow's networks to have it
    /// (`engine::compose::network_create_options`).
    fn check_pools(&mut self, path: &str, n: &Network) -> Result<()> {
        for v6 in [false, true] {
            if n.pools.iter().filter(|p| p.is_ipv6() == v6).count() > 1 {
                bail!("{path}.ipam.config: more than one IPv{} subnet: a bridge network has one of each family", if v6 { 6 } else { 4 });
            }
        }
        // The IPv4 pool's ip_range is the network's --ip-range; an IPv6
        // pool's range and aux_addresses have no counterpart in dhow.
        if n.pools.iter().any(|p| !p.aux_addresses.is_empty()) {
            self.warnings.push(format!("{path}.ipam.config: key \"aux_addresses\" is not supported by dhow's networks and is ignored"));
        }
        if n.ipv6_pool().is_some_and(|p| p.ip_range.is_some()) {
            self.warnings.push(format!("{path}.ipam.config: the IPv6 pool's ip_range is not supported by dhow's networks (addresses come from the whole IPv6 subnet) and is ignored"));
        }
        if n.enable_ipv6 != Some(true) && n.pools.iter().any(IpamPool::is_ipv6) {
            self.warnings.push(format!("{path}.ipam.config: the IPv6 subnet is ignored without enable_ipv6: true (as docker ignores it)"));
        }
        Ok(())
    }

    fn volume(&mut self, project: &str, key: &str, v: &Value) -> Result<Volume> {
        let path = format!("volumes.{key}");
        let mut vol = Volume::default();
        if let Some(m) = mapping(v, &path)? {
            for (k, x) in m {
                let k = key_str(k);
                let p = format!("{path}.{k}");
                match k.as_str() {
                    "name" => vol.name = str_of(x, &p)?,
                    "driver" => vol.driver = Some(str_of(x, &p)?),
                    "driver_opts" => vol.driver_opts = labels_of(x, &p)?,
                    "external" => vol.external = bool_of(x, &p)?,
                    "labels" => vol.labels = labels_of(x, &p)?,
                    k if k.starts_with("x-") => {}
                    _ => self.warnings.push(format!("{path}: key {k:?} is not supported by dhow and is ignored")),
                }
            }
        }
        if let Some(d) = &vol.driver {
            if d != "local" {
                bail!("{path}.driver: unsupported volume driver {d:?}: dhow supports only local");
            }
        }
        vol.local_mount().map_err(|e| anyhow!("{path}.driver_opts: {e}"))?;
        if vol.name.is_empty() {
            vol.name = if vol.external { key.to_string() } else { format!("{project}_{key}") };
        }
        Ok(vol)
    }

    fn service(&mut self, name: &str, v: &Value) -> Result<Service> {
        let path = format!("services.{name}");
        let m = mapping(v, &path)?.cloned().unwrap_or_default();
        let mut s = Service { name: name.to_string(), scale: 1, ..Default::default() };
        let mut env_files: Vec<String> = Vec::new();
        let mut environment = BTreeMap::new();
        for (k, x) in &m {
            let key = key_str(k);
            let p = format!("{path}.{key}");
            match key.as_str() {
                "image" => s.image = Some(str_of(x, &p)?),
                "build" => s.build = Some(self.build(x, &p)?),
                "command" => s.command = command_of(x, &p)?,
                "entrypoint" => s.entrypoint = command_of(x, &p)?,
                "environment" => environment = str_map(x, &p)?,
                "env_file" => env_files.extend(str_list_or_paths(x, &p, self.dir)?),
                "ports" => {
                    for (i, item) in x.as_sequence().ok_or_else(|| anyhow!("{p} must be a list"))?.iter().enumerate() {
                        s.ports.push(port_long(item, &format!("{p}[{i}]"))?);
                    }
                }
                "expose" => s.expose = str_list(x, &p)?,
                "volumes" => {
                    for (i, item) in x.as_sequence().ok_or_else(|| anyhow!("{p} must be a list"))?.iter().enumerate() {
                        s.volumes.push(self.service_volume(item, &format!("{p}[{i}]"))?);
                    }
                }
                "tmpfs" => s.tmpfs = str_list(x, &p)?,
                "depends_on" => {
                    if let Some(deps) = mapping(x, &p)? {
                        for (d, dv) in deps {
                            let dname = key_str(d);
                            s.depends_on.insert(dname.clone(), dependency(dv, &format!("{p}.{dname}"))?);
                        }
                    }
                }
                "restart" => {
                    let r = str_of(x, &p)?;
                    let base = r.split(':').next().unwrap_or_default();
                    if !matches!(base, "no" | "always" | "on-failure" | "unless-stopped") {
                        bail!("{p}: invalid restart policy {r:?}: use no, always, on-failure[:N] or unless-stopped");
                    }
                    s.restart = Some(r);
                }
                "networks" => {
                    if let Some(nets) = mapping(x, &p)? {
                        for (n, nv) in nets {
                            let nname = key_str(n);
                            let np = format!("{p}.{nname}");
                            let sn = match mapping(nv, &np)? {
                                None => None,
                                Some(nm) => {
                                    self.warn_unhonoured(nm, &np, &["aliases", "ipv4_address", "mac_address"]);
                                    Some(ServiceNetwork {
                                        aliases: nm.get("aliases").map(|a| str_list(a, &format!("{np}.aliases"))).transpose()?.unwrap_or_default(),
                                        ipv4_address: opt_str(nm, "ipv4_address", &np)?,
                                        mac_address: opt_str(nm, "mac_address", &np)?,
                                    })
                                }
                            };
                            s.networks.insert(nname, sn);
                        }
                    }
                }
                "network_mode" => s.network_mode = Some(str_of(x, &p)?),
                "container_name" => s.container_name = Some(str_of(x, &p)?),
                "hostname" => s.hostname = Some(str_of(x, &p)?),
                "working_dir" => s.working_dir = Some(str_of(x, &p)?),
                "user" => s.user = Some(str_of(x, &p)?),
                "userns_mode" => {
                    let u = str_of(x, &p)?;
                    if !matches!(u.as_str(), "keep-id" | "host") {
                        bail!("{p}: unsupported user namespace mode {u:?}: use keep-id or host");
                    }
                    s.userns_mode = Some(u);
                }
                // The host's own platform is what dhow runs; another is warned about.
                "platform" => {
                    use crate::image::manifest::Platform;
                    let want = str_of(x, &p)?;
                    let host = Platform::host();
                    if !Platform::parse(&want).map_err(|e| anyhow!("{p}: {e}"))?.matches(&host) {
                        self.warnings.push(format!("{p}: {want:?} is not this host's platform (linux/{}); dhow runs images of its own platform only", host.architecture));
                    }
                }
                "labels" => s.labels = labels_of(x, &p)?,
                "healthcheck" => s.healthcheck = Some(healthcheck(x, &p)?),
                "profiles" => s.profiles = str_list(x, &p)?,
                "scale" => s.scale_key = Some(u32_of(x, &p)?),
                "deploy" => s.deploy = Some(super::deploy::parse(x, &p, &mut self.warnings)?),
                "mem_limit" => s.mem_limit = Some(bytes_of(x, &p)?),
                "mem_reservation" => s.mem_reservation = Some(bytes_of(x, &p)?),
                "oom_score_adj" => {
                    let v = i64_of(x, &p)?;
                    if !(-1000..=1000).contains(&v) {
                        bail!("{p}: {v} is out of range: it must be between -1000 and 1000");
                    }
                    s.oom_score_adj = Some(v as i32);
                }
                "mac_address" => s.mac_address = Some(str_of(x, &p)?),
                "domainname" => s.domainname = Some(str_of(x, &p)?),
                "cgroup_parent" => s.cgroup_parent = Some(str_of(x, &p)?),
                "external_links" => s.external_links = str_list(x, &p)?,
                "runtime" => s.runtime = Some(str_of(x, &p)?),
                "cpus" => s.cpus = Some(str_of(x, &p)?),
                "pids_limit" => s.pids_limit = Some(i64_of(x, &p)?),
                "ulimits" => s.ulimits = ulimits(x, &p)?,
                "cap_add" => s.cap_add = str_list(x, &p)?,
                "cap_drop" => s.cap_drop = str_list(x, &p)?,
                "dns" => s.dns = str_list(x, &p)?,
                "dns_search" => s.dns_search = str_list(x, &p)?,
                "secrets" => s.secrets = file_refs(x, &p)?,
                "configs" => s.configs = file_refs(x, &p)?,
                "volumes_from" => s.volumes_from = str_list(x, &p)?,
                "links" => s.links = str_list(x, &p)?,
                "logging" => s.logging = Some(self.logging(x, &p)?),
                "extra_hosts" => s.extra_hosts = str_list(x, &p)?,
                "security_opt" => s.security_opt = str_list(x, &p)?,
                "shm_size" => s.shm_size = Some(bytes_of(x, &p)?),
                "sysctls" => s.sysctls = kv_list(x, &p)?,
                "devices" => s.devices = str_list(x, &p)?,
                "ipc" => s.ipc = Some(str_of(x, &p)?),
                "pid" => s.pid = Some(str_of(x, &p)?),
                "uts" => s.uts = Some(str_of(x, &p)?),
                "group_add" => s.group_add = str_list(x, &p)?,
                "init" => s.init = bool_of(x, &p)?,
                "privileged" => s.privileged = bool_of(x, &p)?,
                "read_only" => s.read_only = bool_of(x, &p)?,
                "tty" => s.tty = bool_of(x, &p)?,
                "stdin_open" => s.stdin_open = bool_of(x, &p)?,
                "stop_signal" => s.stop_signal = Some(str_of(x, &p)?),
                "stop_grace_period" => s.stop_grace_period = Some(duration_of(x, &p)?),
                "pull_policy" => {
                    let pp = str_of(x, &p)?;
                    if !matches!(pp.as_str(), "always" | "never" | "missing" | "if_not_present" | "build") {
                        bail!("{p}: invalid pull policy {pp:?}: use always, never, missing or build");
                    }
                    // compose-go's normalisation (`loader/normalize.go`).
                    s.pull_policy = Some(if pp == "if_not_present" { "missing".into() } else { pp });
                }
                k if k.starts_with("x-") => {}
                _ => self.warnings.push(format!("{path}: key {key:?} is not supported by dhow and is ignored")),
            }
        }
        // env_file first, environment over it; `KEY` alone takes the
        // variable from the environment compose runs in.
        let mut env: BTreeMap<String, Option<String>> = BTreeMap::new();
        for f in &env_files {
            let fp = resolve_path(f, self.dir, self.vars);
            let text = std::fs::read_to_string(&fp).with_context(|| format!("{path}.env_file: reading {fp}"))?;
            for (k, v) in parse_env_file(&text, &BTreeMap::new()).map_err(|e| anyhow!("{path}.env_file {fp}: {e}"))? {
                env.insert(k, Some(v));
            }
        }
        for (k, v) in environment {
            let v = v.or_else(|| self.vars.get(&k).cloned());
            env.insert(k, v);
        }
        s.environment = env;
        // A MAC address is fixed at create, on the first network only
        // (`network connect` takes none).
        for (i, key) in s.network_keys().into_iter().enumerate() {
            if i > 0 && s.networks[key].as_ref().is_some_and(|n| n.mac_address.is_some()) {
                self.warnings.push(format!("{path}.networks.{key}.mac_address: dhow fixes the MAC address on the service's first network only; ignored"));
            }
        }
        super::deploy::reconcile(name, &mut s)?;
        s.scale = s.scale_key.or(s.deploy.as_ref().and_then(|d| d.replicas)).unwrap_or(1);
        if s.image.is_none() && s.build.is_none() {
            bail!("service {name:?} has neither an image nor a build context specified: invalid compose project");
        }
        Ok(s)
    }

    /// `secrets.NAME` / `configs.NAME`: `file` (made absolute),
    /// `environment` (its value read now), `content` (configs), `external`.
    fn file_object(&mut self, project: &str, kind: &str, key: &str, v: &Value) -> Result<FileObject> {
        let path = format!("{kind}.{key}");
        let mut o = FileObject::default();
        let m = mapping(v, &path)?.cloned().unwrap_or_default();
        for (k, x) in &m {
            let k = key_str(k);
            let p = format!("{path}.{k}");
            match k.as_str() {
                "name" => o.name = str_of(x, &p)?,
                "file" => o.file = Some(resolve_path(&str_of(x, &p)?, self.dir, self.vars)),
                "environment" => o.environment = Some(str_of(x, &p)?),
                "content" if kind == "configs" => o.content = Some(str_of(x, &p)?),
                "external" => o.external = match x {
                    Value::Mapping(_) => true,
                    other => bool_of(other, &p)?,
                },
                k if k.starts_with("x-") => {}
                _ => self.warnings.push(format!("{path}: key {k:?} is not supported by dhow and is ignored")),
            }
        }
        let sources = [o.file.is_some(), o.environment.is_some(), o.content.is_some(), o.external].iter().filter(|b| **b).count();
        let what = if kind == "secrets" { "file, environment or external" } else { "file, environment, content or external" };
        if sources != 1 {
            bail!("{path}: give exactly one of {what}");
        }
        if o.external {
            bail!("{path}: external {kind} live in a swarm, which dhow does not have: use file or environment");
        }
        if let Some(var) = &o.environment {
            o.value = Some(self.vars.get(var).cloned().ok_or_else(|| anyhow!("{path}: environment variable {var:?} is not set"))?);
        }
        if o.name.is_empty() {
            o.name = format!("{project}_{key}");
        }
        Ok(o)
    }

    /// `logging`: the drivers dhow has are kept; another is warned about
    /// and the default (k8s-file) used, as `run` cannot honour it either.
    fn logging(&mut self, v: &Value, path: &str) -> Result<Logging> {
        let mut l = Logging::default();
        let Some(m) = mapping(v, path)? else { return Ok(l) };
        if let Some(d) = opt_str(m, "driver", path)? {
            if crate::container::logs::Driver::parse(&d).is_ok() {
                l.driver = Some(d);
            } else {
                self.warnings.push(format!("{path}.driver: log driver {d:?} is not supported by dhow (it has json-file, k8s-file and none); using k8s-file"));
            }
        }
        if let Some(o) = m.get("options") {
            l.options = labels_of(o, &format!("{path}.options"))?;
        }
        Ok(l)
    }

    fn build(&mut self, v: &Value, path: &str) -> Result<Build> {
        let m = mapping(v, path)?.cloned().unwrap_or_default();
        let mut b = Build::default();
        let mut context = ".".to_string();
        for (k, x) in &m {
            let key = key_str(k);
            let p = format!("{path}.{key}");
            match key.as_str() {
                "context" => context = str_of(x, &p)?,
                "dockerfile" => b.dockerfile = Some(str_of(x, &p)?),
                "dockerfile_inline" => b.dockerfile_inline = Some(str_of(x, &p)?),
                "network" => b.network = Some(str_of(x, &p)?),
                "args" => b.args = str_map(x, &p)?,
                "target" => b.target = Some(str_of(x, &p)?),
                "labels" => b.labels = labels_of(x, &p)?,
                k if k.starts_with("x-") => {}
                _ => self.warnings.push(format!("{path}: key {key:?} is not supported by dhow and is ignored")),
            }
        }
        if b.dockerfile.is_some() && b.dockerfile_inline.is_some() {
            bail!("{path}: dockerfile and dockerfile_inline are mutually exclusive");
        }
        if context.contains("://") || context.starts_with("git@") {
            bail!("{path}.context: remote build contexts ({context}) are not supported: clone it and give the directory");
        }
        b.context = resolve_path(&context, self.dir, self.vars);
        Ok(b)
    }

    /// A warning for each key of `m` other than `honoured` (and `x-` keys).
    fn warn_unhonoured(&mut self, m: &Mapping, path: &str, honoured: &[&str]) {
        for k in m.keys().map(key_str) {
            if !honoured.contains(&k.as_str()) && !k.starts_with("x-") {
                self.warnings.push(format!("{path}: key {k:?} is not supported by dhow and is ignored"));
            }
        }
    }

    fn service_volume(&mut self, v: &Value, path: &str) -> Result<ServiceVolume> {
        let m = mapping(v, path)?.ok_or_else(|| anyhow!("{path}: empty volume"))?;
        self.warn_unhonoured(m, path, &["type", "source", "target", "read_only", "bind", "volume", "tmpfs"]);
        for (key, honoured) in [("bind", &["create_host_path"][..]), ("volume", &["nocopy"]), ("tmpfs", &["size", "mode"])] {
            if let Some(Value::Mapping(sub)) = m.get(key) {
                self.warn_unhonoured(sub, &format!("{path}.{key}"), honoured);
            }
        }
        let tmpfs = match m.get("tmpfs") {
            Some(Value::Mapping(t)) => {
                let size = match t.get("size") {
                    None | Some(Value::Null) => None,
                    Some(v) => Some(bytes_of(v, &format!("{path}.tmpfs.size"))?),
                };
                Some(TmpfsOptions { size, mode: opt_str(t, "mode", path)? })
            }
            _ => None,
        };
        let kind = match opt_str(m, "type", path)?.as_deref() {
            Some("bind") => MountType::Bind,
            Some("volume") | None => MountType::Volume,
            Some("tmpfs") => MountType::Tmpfs,
            Some(t) => bail!("{path}.type: unsupported mount type {t:?}: use bind, volume or tmpfs"),
        };
        let target = opt_str(m, "target", path)?.ok_or_else(|| anyhow!("{path}: target is required"))?;
        if !target.starts_with('/') {
            bail!("{path}: the target {target:?} must be an absolute path");
        }
        let mut source = opt_str(m, "source", path)?.filter(|s| !s.is_empty());
        if kind == MountType::Bind {
            let src = source.ok_or_else(|| anyhow!("{path}: a bind mount needs a source"))?;
            source = Some(resolve_path(&src, self.dir, self.vars));
        }
        let read_only = m.get("read_only").map(|x| bool_of(x, &format!("{path}.read_only"))).transpose()?.unwrap_or(false);
        let bind = match (kind, m.get("bind").map(|b| mapping(b, path)).transpose()?.flatten()) {
            (MountType::Bind, Some(b)) => Some(BindOptions { create_host_path: b.get("create_host_path").map(|x| bool_of(x, path)).transpose()?.unwrap_or(false) }),
            (MountType::Bind, None) => Some(BindOptions { create_host_path: false }),
            _ => None,
        };
        let volume = match m.get("volume").map(|b| mapping(b, path)).transpose()?.flatten() {
            Some(vm) => Some(VolumeOptions { nocopy: vm.get("nocopy").map(|x| bool_of(x, path)).transpose()?.unwrap_or(false) }),
            None => None,
        };
        Ok(ServiceVolume { kind, source, target, read_only, bind, volume, tmpfs })
    }
}

fn str_list_or_paths(v: &Value, path: &str, dir: &Path) -> Result<Vec<String>> {
    match v {
        Value::Sequence(s) => {
            let mut out = Vec::new();
            for (i, x) in s.iter().enumerate() {
                match x {
                    Value::Mapping(m) => {
                        let required = m.get("required").map(|r| bool_of(r, path)).transpose()?.unwrap_or(true);
                        let p = opt_str(m, "path", path)?.ok_or_else(|| anyhow!("{path}[{i}]: path is required"))?;
                        if required || dir.join(&p).exists() {
                            out.push(p);
                        }
                    }
                    other => out.push(str_of(other, &format!("{path}[{i}]"))?),
                }
            }
            Ok(out)
        }
        other => str_list(other, path),
    }
}

/// A service's `secrets`/`configs`: `NAME` or `{source, target, uid, gid, mode}`.
fn file_refs(v: &Value, path: &str) -> Result<Vec<FileRef>> {
    let Some(items) = v.as_sequence() else {
        return if v.is_null() { Ok(vec![]) } else { bail!("{path} must be a list") };
    };
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        let p = format!("{path}[{i}]");
        out.push(match x {
            Value::Mapping(m) => FileRef {
                source: opt_str(m, "source", &p)?.ok_or_else(|| anyhow!("{p}: source is required"))?,
                target: opt_str(m, "target", &p)?,
                uid: opt_str(m, "uid", &p)?,
                gid: opt_str(m, "gid", &p)?,
                mode: m.get("mode").filter(|v| !v.is_null()).map(|v| file_mode(v, &format!("{p}.mode"))).transpose()?,
            },
            other => FileRef { source: str_of(other, &p)?, ..Default::default() },
        });
    }
    Ok(out)
}

/// A secret's or config's `mode` as docker compose prints it: `0` and
/// octal digits. A YAML number is the mode itself (`256`, `0o400`); a
/// string is octal digits (`"0400"`, and `0400`, a string in YAML 1.2
/// but octal in the YAML 1.1 docker compose reads).
fn file_mode(v: &Value, path: &str) -> Result<String> {
    let bad = || anyhow!("{path} must be a file mode such as 0440");
    let n = match v {
        Value::Number(n) => n.as_u64().ok_or_else(bad)?,
        Value::String(s) => u64::from_str_radix(s.strip_prefix("0o").unwrap_or(s), 8).map_err(|_| bad())?,
        _ => return Err(bad()),
    };
    if n > 0o7777 {
        return Err(bad());
    }
    Ok(format!("0{n:o}"))
}

pub(super) fn i64_of(v: &Value, path: &str) -> Result<i64> {
    match v {
        Value::Number(n) => n.as_i64().ok_or_else(|| anyhow!("{path} must be an integer")),
        Value::String(s) => s.parse().map_err(|_| anyhow!("{path} must be an integer")),
        _ => bail!("{path} must be an integer"),
    }
}

/// `ulimits: {nofile: {soft: N, hard: M}, nproc: N}` → `nofile=N:M`, `nproc=N`.
fn ulimits(v: &Value, path: &str) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let Some(m) = mapping(v, path)? else { return Ok(out) };
    for (k, x) in m {
        let name = key_str(k);
        let p = format!("{path}.{name}");
        match x {
            Value::Mapping(sh) => {
                let get = |key: &str| sh.get(key).map(|n| i64_of(n, &format!("{p}.{key}"))).transpose();
                let (soft, hard) = (get("soft")?, get("hard")?);
                match (soft, hard) {
                    (Some(s), Some(h)) => out.push(format!("{name}={s}:{h}")),
                    (Some(n), None) | (None, Some(n)) => out.push(format!("{name}={n}")),
                    (None, None) => bail!("{p}: soft and hard are missing"),
                }
            }
            other => out.push(format!("{name}={}", i64_of(other, &p)?)),
        }
    }
    Ok(out)
}

fn u32_of(v: &Value, path: &str) -> Result<u32> {
    match v {
        Value::Number(n) => n.as_u64().and_then(|n| u32::try_from(n).ok()).ok_or_else(|| anyhow!("{path} must be a non-negative integer")),
        Value::String(s) => s.parse().map_err(|_| anyhow!("{path} must be a non-negative integer")),
        _ => bail!("{path} must be a non-negative integer"),
    }
}

fn port_long(v: &Value, path: &str) -> Result<Port> {
    let m = mapping(v, path)?.ok_or_else(|| anyhow!("{path}: empty port"))?;
    let target = m.get("target").ok_or_else(|| anyhow!("{path}: target is required"))?;
    let target: u16 = scalar_string(target).and_then(|t| t.parse().ok()).filter(|t| *t > 0).ok_or_else(|| anyhow!("{path}.target must be a port number"))?;
    let protocol = opt_str(m, "protocol", path)?.unwrap_or_else(|| "tcp".into());
    if !matches!(protocol.as_str(), "tcp" | "udp" | "sctp") {
        bail!("{path}.protocol: invalid protocol {protocol:?}");
    }
    Ok(Port {
        mode: opt_str(m, "mode", path)?.unwrap_or_else(|| "ingress".into()),
        host_ip: opt_str(m, "host_ip", path)?,
        target,
        published: opt_str(m, "published", path)?,
        protocol,
    })
}

fn dependency(v: &Value, path: &str) -> Result<Dependency> {
    let mut d = Dependency { condition: Condition::ServiceStarted, required: true, restart: false };
    if let Some(m) = mapping(v, path)? {
        if let Some(c) = opt_str(m, "condition", path)? {
            d.condition = match c.as_str() {
                "service_started" => Condition::ServiceStarted,
                "service_healthy" => Condition::ServiceHealthy,
                "service_completed_successfully" => Condition::ServiceCompletedSuccessfully,
                _ => bail!("{path}.condition: invalid condition {c:?}: use service_started, service_healthy or service_completed_successfully"),
            };
        }
        if let Some(r) = m.get("required") {
            d.required = bool_of(r, &format!("{path}.required"))?;
        }
        if let Some(r) = m.get("restart") {
            d.restart = bool_of(r, &format!("{path}.restart"))?;
        }
    }
    Ok(d)
}

fn healthcheck(v: &Value, path: &str) -> Result<Healthcheck> {
    let m = mapping(v, path)?.cloned().unwrap_or_default();
    let mut h = Healthcheck::default();
    for (k, x) in &m {
        let key = key_str(k);
        let p = format!("{path}.{key}");
        match key.as_str() {
            "test" => {
                h.test = Some(match x {
                    Value::String(s) => vec!["CMD-SHELL".to_string(), s.clone()],
                    _ => str_list(x, &p)?,
                })
            }
            "interval" | "timeout" | "start_period" | "start_interval" => {
                let d = duration_of(x, &p)?;
                match key.as_str() {
                    "interval" => h.interval = Some(d),
                    "timeout" => h.timeout = Some(d),
                    "start_period" => h.start_period = Some(d),
                    _ => h.start_interval = Some(d),
                }
            }
            "retries" => h.retries = Some(u32_of(x, &p)? as u64),
            "disable" => h.disable = bool_of(x, &p)?,
            _ => bail!("{path}: unknown key {key:?}"),
        }
    }
    Ok(h)
}

/// Services whose profiles are not active move to `disabled`, unless named
/// on the command line or needed by an enabled service.
pub(super) fn apply_profiles(p: &mut Project, profiles: &[String], named: &[String]) -> Result<()> {
    let all = profiles.iter().any(|x| x == "*");
    let mut enabled: BTreeSet<String> = p
        .services
        .values()
        .filter(|s| s.profiles.is_empty() || all || s.profiles.iter().any(|x| profiles.contains(x)) || named.contains(&s.name))
        .map(|s| s.name.clone())
        .collect();
    // Dependencies of enabled services are enabled too.
    let mut queue: Vec<String> = enabled.iter().cloned().collect();
    while let Some(n) = queue.pop() {
        if let Some(s) = p.services.get(&n) {
            for d in s.depends_on.keys() {
                if p.services.contains_key(d) && enabled.insert(d.clone()) {
                    queue.push(d.clone());
                }
            }
        }
    }
    let names: Vec<String> = p.services.keys().cloned().collect();
    for n in names {
        if !enabled.contains(&n) {
            if let Some(s) = p.services.remove(&n) {
                p.disabled.insert(n, s);
            }
        }
    }
    for n in named {
        if !p.services.contains_key(n) {
            bail!("no such service: {n}");
        }
    }
    Ok(())
}

/// References between services, networks and volumes.
pub(super) fn validate(p: &mut Project) -> Result<()> {
    let mut uses_default = false;
    let names: Vec<String> = p.services.keys().cloned().collect();
    for n in &names {
        let s = p.services.get_mut(n).expect("listed");
        let mut dropped = Vec::new();
        for (d, dep) in &s.depends_on {
            if d == n {
                bail!("service {n:?} depends on itself");
            }
            if !names.contains(d) {
                if dep.required {
                    bail!("service {n:?} depends on undefined service {d:?}: invalid compose project");
                }
                dropped.push(d.clone());
            }
        }
        for d in dropped {
            s.depends_on.remove(&d);
            p.warnings.push(format!("service {n:?}: optional dependency {d:?} is not enabled, ignored"));
        }
        if s.network_mode.is_some() && !s.networks.is_empty() {
            bail!("service {n:?} declares both network_mode and networks: they are mutually exclusive");
        }
        // A namespace joined from another service's container: that
        // service must exist and is an implicit dependency.
        let joined: Vec<(&str, String)> = s.joined_services().into_iter().map(|(k, o)| (k, o.to_string())).collect();
        for (key, other) in joined {
            if other == *n {
                bail!("service {n:?}: {key} service:{other} refers to the service itself");
            }
            if !names.iter().any(|x| *x == other) {
                bail!("service {n:?}: {key} \"service:{other}\" refers to undefined service {other:?}");
            }
            // docker compose restarts a service whose namespace owner is restarted.
            s.depends_on.entry(other).or_insert(Dependency { condition: Condition::ServiceStarted, required: true, restart: true });
        }
        if s.network_mode.is_none() && s.networks.is_empty() {
            uses_default = true;
        }
        for net in s.networks.keys() {
            if net == "default" {
                uses_default = true;
            } else if !p.networks.contains_key(net) {
                bail!("service {n:?} refers to undefined network {net}: invalid compose project");
            }
        }
        for v in &s.volumes {
            if v.kind == MountType::Volume {
                if let Some(src) = &v.source {
                    if !p.volumes.contains_key(src) {
                        bail!("service {n:?} refers to undefined volume {src}: invalid compose project");
                    }
                }
            }
        }
        for (kind, refs, defined) in [("secret", &s.secrets, &p.secrets), ("config", &s.configs, &p.configs)] {
            for r in refs {
                if !defined.contains_key(&r.source) {
                    bail!("service {n:?} refers to undefined {kind} {}: invalid compose project", r.source);
                }
            }
        }
        // volumes_from and links name services they need started first;
        // a link is restarted with its target, as in docker compose.
        let mut implied = Vec::new();
        for vf in &s.volumes_from {
            if vf.starts_with("container:") {
                continue;
            }
            let other = vf.split(':').next().unwrap_or_default();
            if !names.iter().any(|x| x == other) {
                bail!("service {n:?}: volumes_from refers to undefined service {other:?}: invalid compose project");
            }
            implied.push((other.to_string(), false));
        }
        for l in &s.links {
            let other = l.split(':').next().unwrap_or_default();
            if !names.iter().any(|x| x == other) {
                bail!("service {n:?}: links refers to undefined service {other:?}: invalid compose project");
            }
            implied.push((other.to_string(), true));
        }
        for (other, restart) in implied {
            if other == *n {
                bail!("service {n:?} refers to itself in volumes_from or links");
            }
            s.depends_on.entry(other).or_insert(Dependency { condition: Condition::ServiceStarted, required: true, restart });
        }
        if s.scale > 1 && s.container_name.is_some() {
            bail!("service {n:?}: container_name {:?} cannot be used with more than one replica (scale {})", s.container_name.as_deref().unwrap_or_default(), s.scale);
        }
    }
    if uses_default && !p.networks.contains_key("default") {
        let name = format!("{}_default", p.name);
        p.networks.insert("default".into(), Network { name, ..Default::default() });
    }
    // Services on the default network list it, as `compose config` does.
    for s in p.services.values_mut() {
        if s.network_mode.is_none() && s.networks.is_empty() {
            s.networks.insert("default".into(), None);
        }
    }
    Ok(())
}
