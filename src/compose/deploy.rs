//! A service's `deploy:` section, kept as a block and printed by `compose
//! config` the way docker compose v2 prints it: compose-go's `DeployConfig`
//! (`types/types.go`) in its field order, empty parts left out (yaml.v3's
//! `omitempty`), sizes as strings of bytes (`UnitBytes`), `cpus` as a
//! float32 (`NanoCPUs`), durations in Go's form, a device request without
//! `count` or `device_ids` given `count: -1` ("all", compose-go
//! `transform/devices.go`). The top-level `scale`, `cpus`, `mem_limit`,
//! `mem_reservation` and `pids_limit` stay where they were written; a
//! value given in both places must agree (compose-go `loader/validate.go`),
//! and what runs takes deploy's ([`super::model::Service::limits`]), as
//! docker compose's `getDeployResources` and `getRestartPolicy` do.

use super::convert::{bytes_of, duration_of, mapping, opt_str, str_list, str_of};
use super::normalise::key_str;
use anyhow::{anyhow, bail, Result};
use serde::Serialize;
use serde_yaml_ng::Value;
use std::collections::BTreeMap;

fn is_zero_u64(n: &Option<u64>) -> bool {
    n.is_none_or(|n| n == 0)
}

#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct Deploy {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replicas: Option<u32>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub update_config: Option<UpdateConfig>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rollback_config: Option<UpdateConfig>,
    #[serde(skip_serializing_if = "Resources::is_empty")]
    pub resources: Resources,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restart_policy: Option<RestartPolicy>,
    #[serde(skip_serializing_if = "Placement::is_empty")]
    pub placement: Placement,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub endpoint_mode: Option<String>,
}

/// `update_config` / `rollback_config` (swarm only).
#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct UpdateConfig {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parallelism: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delay: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failure_action: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub monitor: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_failure_ratio: Option<f32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct Resources {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limits: Option<Resource>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reservations: Option<Resource>,
}

impl Resources {
    fn is_empty(&self) -> bool {
        self.limits.is_none() && self.reservations.is_none()
    }
}

#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct Resource {
    /// `0.5`; printed as a float32.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cpus: Option<f32>,
    /// Bytes, printed as a string.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pids: Option<i64>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub devices: Vec<DeviceRequest>,
    /// Kept as written (swarm only).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub generic_resources: Vec<Value>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct DeviceRequest {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub capabilities: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub driver: Option<String>,
    /// -1 is `all`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub device_ids: Vec<String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub options: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct RestartPolicy {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delay: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_attempts: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub window: Option<String>,
}

impl RestartPolicy {
    /// The engine's restart policy, as docker compose's
    /// `mapRestartPolicyCondition` maps it (`any` is `always`, `none` is
    /// `no`), with `max_attempts` for `on-failure`.
    pub fn as_restart(&self) -> String {
        let name = match self.condition.as_deref() {
            None | Some("any") | Some("always") => "always",
            Some("none") | Some("no") => "no",
            Some(other) => other,
        };
        match (name, self.max_attempts) {
            ("on-failure", Some(n)) if n > 0 => format!("on-failure:{n}"),
            _ => name.to_string(),
        }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct Placement {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub constraints: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub preferences: Vec<Preference>,
    #[serde(skip_serializing_if = "is_zero_u64")]
    pub max_replicas_per_node: Option<u64>,
}

impl Placement {
    fn is_empty(&self) -> bool {
        self.constraints.is_empty() && self.preferences.is_empty() && is_zero_u64(&self.max_replicas_per_node)
    }
}

#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct Preference {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spread: Option<String>,
}

fn u64_of(v: &Value, path: &str) -> Result<u64> {
    match v {
        Value::Number(n) => n.as_u64().ok_or_else(|| anyhow!("{path} must be a non-negative integer")),
        Value::String(s) => s.parse().map_err(|_| anyhow!("{path} must be a non-negative integer")),
        _ => bail!("{path} must be a non-negative integer"),
    }
}

fn f32_of(v: &Value, path: &str) -> Result<f32> {
    let s = str_of(v, path)?;
    s.parse::<f32>().ok().filter(|f| f.is_finite() && *f >= 0.0).ok_or_else(|| anyhow!("{path}: invalid number {s:?}"))
}

/// Reads `deploy` at `path`; the keys dhow cannot honour (swarm's) are
/// pushed to `warnings`, as the rest of `convert` does.
pub fn parse(v: &Value, path: &str, warnings: &mut Vec<String>) -> Result<Deploy> {
    let mut d = Deploy::default();
    let Some(m) = mapping(v, path)? else { return Ok(d) };
    let ignored = |w: &mut Vec<String>, p: &str, k: &str| w.push(format!("{p}: key {k:?} is not supported by dhow and is ignored"));
    for (k, x) in m {
        let key = key_str(k);
        let p = format!("{path}.{key}");
        match key.as_str() {
            "mode" => {
                let mode = str_of(x, &p)?;
                if mode != "replicated" {
                    warnings.push(format!("{p}: {mode:?} is a swarm mode; dhow runs the service's replicas (scale) on this host"));
                }
                d.mode = Some(mode);
            }
            "replicas" => {
                let n = u64_of(x, &p).map_err(|_| anyhow!("{p}: must be greater than or equal to 0"))?;
                d.replicas = Some(u32::try_from(n).map_err(|_| anyhow!("{p}: {n} is too many replicas"))?);
            }
            "labels" => {
                d.labels = super::convert::labels_of(x, &p)?;
                ignored(warnings, path, &key);
            }
            "update_config" | "rollback_config" => {
                let u = update_config(x, &p)?;
                if key == "update_config" { d.update_config = Some(u) } else { d.rollback_config = Some(u) }
                ignored(warnings, path, &key);
            }
            "resources" => d.resources = resources(x, &p, warnings)?,
            "restart_policy" => d.restart_policy = Some(restart_policy(x, &p, warnings)?),
            "placement" => {
                d.placement = placement(x, &p)?;
                ignored(warnings, path, &key);
            }
            "endpoint_mode" => {
                d.endpoint_mode = Some(str_of(x, &p)?);
                ignored(warnings, path, &key);
            }
            k if k.starts_with("x-") => {}
            _ => ignored(warnings, path, &key),
        }
    }
    Ok(d)
}

fn update_config(v: &Value, path: &str) -> Result<UpdateConfig> {
    let mut u = UpdateConfig::default();
    let Some(m) = mapping(v, path)? else { return Ok(u) };
    for (k, x) in m {
        let key = key_str(k);
        let p = format!("{path}.{key}");
        match key.as_str() {
            "parallelism" => u.parallelism = Some(u64_of(x, &p)?),
            "delay" => u.delay = Some(duration_of(x, &p)?).filter(|d| d != "0s"),
            "failure_action" => u.failure_action = Some(str_of(x, &p)?),
            "monitor" => u.monitor = Some(duration_of(x, &p)?).filter(|d| d != "0s"),
            "max_failure_ratio" => u.max_failure_ratio = Some(f32_of(x, &p)?).filter(|f| *f != 0.0),
            "order" => u.order = Some(str_of(x, &p)?),
            k if k.starts_with("x-") => {}
            _ => bail!("{path} Additional property {key} is not allowed"),
        }
    }
    Ok(u)
}

fn resources(v: &Value, path: &str, warnings: &mut Vec<String>) -> Result<Resources> {
    let mut r = Resources::default();
    let Some(m) = mapping(v, path)? else { return Ok(r) };
    for (k, x) in m {
        let key = key_str(k);
        let p = format!("{path}.{key}");
        match key.as_str() {
            "limits" => r.limits = Some(resource(x, &p, true, warnings)?),
            "reservations" => r.reservations = Some(resource(x, &p, false, warnings)?),
            k if k.starts_with("x-") => {}
            _ => warnings.push(format!("{path}: key {key:?} is not supported by dhow and is ignored")),
        }
    }
    Ok(r)
}

/// Limits: memory, cpus and pids are honoured. Reservations: memory (a
/// soft limit); cpus, devices and generic resources are the scheduler's
/// and warned about.
fn resource(v: &Value, path: &str, limits: bool, warnings: &mut Vec<String>) -> Result<Resource> {
    let mut r = Resource::default();
    let Some(m) = mapping(v, path)? else { return Ok(r) };
    for (k, x) in m {
        let key = key_str(k);
        let p = format!("{path}.{key}");
        let honoured = match key.as_str() {
            "cpus" => {
                r.cpus = Some(f32_of(x, &p)?).filter(|f| *f != 0.0);
                limits
            }
            "memory" => {
                r.memory = Some(bytes_of(x, &p)?).filter(|b| b != "0");
                true
            }
            "pids" => {
                r.pids = Some(super::convert::i64_of(x, &p)?).filter(|n| *n != 0);
                limits
            }
            "devices" if !limits => {
                r.devices = devices(x, &p)?;
                false
            }
            "generic_resources" if !limits => {
                r.generic_resources = x.as_sequence().cloned().ok_or_else(|| anyhow!("{p} must be a list"))?;
                false
            }
            k if k.starts_with("x-") => true,
            _ => false,
        };
        if !honoured {
            warnings.push(format!("{path}: key {key:?} is not supported by dhow and is ignored"));
        }
    }
    Ok(r)
}

fn devices(v: &Value, path: &str) -> Result<Vec<DeviceRequest>> {
    let Some(items) = v.as_sequence() else { bail!("{path} must be a list") };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let p = format!("{path}[{i}]");
        let m = mapping(item, &p)?.ok_or_else(|| anyhow!("{p} must be a mapping"))?;
        let mut d = DeviceRequest {
            capabilities: m.get("capabilities").map(|c| str_list(c, &format!("{p}.capabilities"))).transpose()?.unwrap_or_default(),
            driver: opt_str(m, "driver", &p)?,
            device_ids: m.get("device_ids").map(|c| str_list(c, &format!("{p}.device_ids"))).transpose()?.unwrap_or_default(),
            options: m.get("options").map(|o| super::convert::labels_of(o, &format!("{p}.options"))).transpose()?.unwrap_or_default(),
            count: None,
        };
        d.count = match m.get("count") {
            Some(c) => match str_of(c, &format!("{p}.count"))?.as_str() {
                s if s.eq_ignore_ascii_case("all") => Some(-1),
                s => Some(s.parse().map_err(|_| anyhow!("{p}.count: invalid value {s:?}, the only value allowed is 'all' or a number"))?),
            },
            None if !m.contains_key("device_ids") => Some(-1),
            None => None,
        };
        out.push(d);
    }
    Ok(out)
}

/// `condition` (none, on-failure, any) and `max_attempts` are honoured;
/// `delay` and `window` are the swarm's.
fn restart_policy(v: &Value, path: &str, warnings: &mut Vec<String>) -> Result<RestartPolicy> {
    let mut r = RestartPolicy::default();
    let Some(m) = mapping(v, path)? else { return Ok(r) };
    for (k, x) in m {
        let key = key_str(k);
        let p = format!("{path}.{key}");
        match key.as_str() {
            "condition" => {
                let c = str_of(x, &p)?;
                if !matches!(c.as_str(), "none" | "on-failure" | "any") {
                    bail!("{p}: invalid condition {c:?}: use none, on-failure or any");
                }
                r.condition = Some(c);
            }
            "max_attempts" => r.max_attempts = Some(u64_of(x, &p)?),
            "delay" | "window" => {
                let d = duration_of(x, &p)?;
                if key == "delay" { r.delay = Some(d) } else { r.window = Some(d) }
                warnings.push(format!("{path}: key {key:?} is not supported by dhow and is ignored"));
            }
            k if k.starts_with("x-") => {}
            _ => warnings.push(format!("{path}: key {key:?} is not supported by dhow and is ignored")),
        }
    }
    Ok(r)
}

fn placement(v: &Value, path: &str) -> Result<Placement> {
    let mut pl = Placement::default();
    let Some(m) = mapping(v, path)? else { return Ok(pl) };
    for (k, x) in m {
        let key = key_str(k);
        let p = format!("{path}.{key}");
        match key.as_str() {
            "constraints" => pl.constraints = str_list(x, &p)?,
            "preferences" => {
                let Some(items) = x.as_sequence() else { bail!("{p} must be a list") };
                for (i, item) in items.iter().enumerate() {
                    let ip = format!("{p}[{i}]");
                    let im = mapping(item, &ip)?.ok_or_else(|| anyhow!("{ip} must be a mapping"))?;
                    pl.preferences.push(Preference { spread: opt_str(im, "spread", &ip)? });
                }
            }
            "max_replicas_per_node" => pl.max_replicas_per_node = Some(u64_of(x, &p)?),
            k if k.starts_with("x-") => {}
            _ => bail!("{path} Additional property {key} is not allowed"),
        }
    }
    Ok(pl)
}

/// compose-go's consistency rules between the top-level keys and deploy's:
/// equal when both are given; `scale` fills `deploy.replicas`.
/// The top-level `scale` is `s.scale_key`; `s.scale` (what runs) is set by the caller.
pub fn reconcile(name: &str, s: &mut super::model::Service) -> Result<()> {
    let Some(d) = s.deploy.as_mut() else { return Ok(()) };
    if let Some(scale) = s.scale_key {
        if d.replicas.is_some_and(|r| r != scale) {
            bail!("services.{name}: can't set distinct values on 'scale' and 'deploy.replicas'");
        }
        d.replicas = Some(scale);
    }
    // As compose-go checks: once `limits` (or `reservations`) is given,
    // its value (absent counts as 0) must equal the top-level key's.
    let limits = d.resources.limits.as_ref();
    let reservations = d.resources.reservations.as_ref();
    if let (Some(top), Some(l)) = (s.cpus.as_deref(), limits) {
        if top.parse::<f32>().ok() != Some(l.cpus.unwrap_or(0.0)) {
            bail!("services.{name}: can't set distinct values on 'cpus' and 'deploy.resources.limits.cpus'");
        }
    }
    if let (Some(top), Some(l)) = (&s.mem_limit, limits) {
        if l.memory.as_ref() != Some(top) {
            bail!("services.{name}: can't set distinct values on 'mem_limit' and 'deploy.resources.limits.memory'");
        }
    }
    if let (Some(top), Some(r)) = (&s.mem_reservation, reservations) {
        if r.memory.as_ref() != Some(top) {
            bail!("services.{name}: can't set distinct values on 'mem_reservation' and 'deploy.resources.reservations.memory'");
        }
    }
    if let (Some(top), Some(l)) = (s.pids_limit, limits) {
        if l.pids != Some(top) {
            bail!("services.{name}: can't set distinct values on 'pids_limit' and 'deploy.resources.limits.pids'");
        }
    }
    Ok(())
}
