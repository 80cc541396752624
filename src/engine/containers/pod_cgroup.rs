//! A pod's own cgroup: `pod create --memory/--memory-swap/--cpus/-c/
//! --cpuset-cpus/--cpuset-mems/--cgroup-parent`. The pod's limits go on a
//! parent cgroup `dhow-pod-<id>` (placed like a container's, with the same
//! ladder: v2 delegated subtree, v1 directories the user owns, otherwise a
//! warning per limit, or an error with `DHOW_LIMITS_STRICT`), and every
//! member's cgroup goes below it (see
//! [`crate::engine::containers::limits::decide_in_pod`]), so the members
//! together stay within the pod's limits while each keeps its own.
//!
//! Recorded as `<root>/pod-limits/<id>.json` (the limits as given and how
//! each is enforced; not beside the pod's record, where every `.json` is a
//! pod); a pod without limits and
//! without `--cgroup-parent` has no pod cgroup, as before. The cgroup is
//! made at `pod create`, made again by a member's start when a reboot took
//! it, and removed by `pod rm`.

use crate::container::resources::{HostCpus, ResourceFlags, Resources};
use crate::engine::containers::limits::{self, Enforcement, How};
use crate::runtime::cgroups::{self, Cgroup, Host};
use anyhow::{anyhow, Context, Result};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

/// A pod's limits and how each is enforced.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PodLimits {
    pub resources: Resources,
    pub enforcement: Enforcement,
}

fn path(root: &Path, pod_id: &str) -> PathBuf {
    root.join("pod-limits").join(format!("{pod_id}.json"))
}

/// The pod's cgroup directory name.
pub fn name(pod_id: &str) -> String {
    format!("dhow-pod-{pod_id}")
}

/// The recorded limits of a pod (none for a pod without a cgroup).
pub fn load(root: &Path, pod_id: &str) -> Option<PodLimits> {
    serde_json::from_slice(&std::fs::read(path(root, pod_id)).ok()?).ok()
}

/// Checks `flags` as docker checks a container's, decides how each limit
/// is enforced on this host and prints the warnings (or fails, strict);
/// creates nothing yet. `None` when the pod needs no cgroup.
pub fn plan(flags: &ResourceFlags, pod_id: &str) -> Result<Option<PodLimits>> {
    if !flags.any_limit() && flags.cgroup_parent.is_none() {
        return Ok(None);
    }
    let resources = Resources::default().apply(flags, &HostCpus::detect()).map_err(|e| anyhow!(e))?;
    let mut enforcement = limits::decide_for(&resources, &name(pod_id), &Host::detect(), None);
    // The fallbacks without a cgroup (RLIMIT_NPROC, CPU affinity) belong
    // to a process; a pod has none of its own.
    for s in enforcement.limits.iter_mut().filter(|s| matches!(s.how, How::Rlimit | How::Affinity)) {
        s.how = How::NotEnforced;
        s.note = format!(
            "the pod has no usable {} cgroup; give the limit to each container instead, or pass --cgroup-parent naming a cgroup you own (see 'dhow info')",
            s.limit.v1_controller()
        );
    }
    limits::warn_or_refuse(&enforcement)?;
    Ok(Some(PodLimits { resources, enforcement }))
}

/// Makes the pod's cgroup (once its record exists) and records `limits`.
pub fn install(root: &Path, pod_id: &str, limits: &PodLimits) -> Result<()> {
    if let Some(cg) = &limits.enforcement.cgroup {
        make(cg, &limits.resources)?;
    }
    let p = path(root, pod_id);
    if let Some(dir) = p.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    crate::util::atomic::write_json(&p, limits).context("recording the pod's limits")
}

fn make(cg: &Cgroup, r: &Resources) -> Result<()> {
    cg.create().map_err(|e| anyhow!("creating the pod's cgroup: {e}"))?;
    cg.apply(&cgroups::Limits::from_oci(&limits::oci_resources(r, false))).map_err(|e| anyhow!("setting the pod's limits: {e}"))
}

/// The cgroup a member of `pod_id` goes below (none when the pod has no
/// cgroup); made again with its limits when it is gone (a reboot).
pub fn for_member(root: &Path, pod_id: &str) -> Result<Option<Cgroup>> {
    let Some(pl) = load(root, pod_id) else { return Ok(None) };
    let Some(cg) = pl.enforcement.cgroup else { return Ok(None) };
    if cg.dirs.values().any(|d| !d.exists()) {
        make(&cg, &pl.resources).context("making the pod's cgroup again")?;
    }
    Ok(Some(cg))
}

/// `pod rm`: removes the pod's cgroup (its members' are gone with them)
/// and the record of its limits.
pub fn remove(root: &Path, pod_id: &str) {
    if let Some(cg) = load(root, pod_id).and_then(|pl| pl.enforcement.cgroup) {
        cg.remove();
    }
    let _ = std::fs::remove_file(path(root, pod_id));
}

/// `pod inspect`: podman's resource fields (only those set, as podman's
/// `omitempty`) and dhow's `DhowLimits` (how each is enforced).
pub fn inspect(root: &Path, pod_id: &str, v: &mut Value) {
    let Some(pl) = load(root, pod_id) else { return };
    let r = &pl.resources;
    let mut put = |k: &str, x: Value| v[k] = x;
    if !r.cgroup_parent.is_empty() {
        put("CgroupParent", json!(r.cgroup_parent));
    }
    if let Some(cg) = &pl.enforcement.cgroup {
        if let Some(d) = cg.dir("memory").or_else(|| cg.dirs.values().next().map(PathBuf::as_path)) {
            put("CgroupPath", json!(d.display().to_string()));
        }
    }
    if let Some((quota, period)) = r.cfs() {
        put("CPUPeriod", json!(period));
        put("CPUQuota", json!(quota));
    }
    if r.cpu_shares > 0 {
        put("CPUShares", json!(r.cpu_shares));
    }
    if !r.cpuset_cpus.is_empty() {
        put("CPUSetCPUs", json!(r.cpuset_cpus));
    }
    if !r.cpuset_mems.is_empty() {
        put("CPUSetMems", json!(r.cpuset_mems));
    }
    if r.memory > 0 {
        put("MemoryLimit", json!(r.memory));
    }
    if r.memory_swap != 0 {
        put("memory_swap", json!(r.memory_swap));
    }
    let e = &pl.enforcement;
    let cgroup = e.cgroup.as_ref().map(|c| json!({"Version": c.version.as_str(), "Paths": c.dirs}));
    let how: Vec<Value> = e.limits.iter().map(|s| json!({"Flag": s.limit.flag(), "Enforcement": s.how, "Note": s.note})).collect();
    put("DhowLimits", json!({"Cgroup": cgroup, "Limits": how}));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pod_without_limits_or_parent_has_no_cgroup() {
        assert_eq!(plan(&ResourceFlags::default(), "p").unwrap(), None);
        let bad = ResourceFlags { memory: Some("1k".into()), ..Default::default() };
        assert!(plan(&bad, "p").unwrap_err().to_string().contains("Minimum memory limit allowed is 6MB"));
    }

    #[test]
    fn recorded_limits_show_in_inspect_as_podman_names_them() {
        let root = tempfile::tempdir().unwrap();
        let flags = ResourceFlags { memory: Some("64m".into()), cpus: Some("0.5".into()), cpuset_cpus: Some("0".into()), cpu_shares: Some(512), ..Default::default() };
        let resources = Resources::default().apply(&flags, &HostCpus { count: 2, cpus: "0-1".into(), mems: "0".into() }).unwrap();
        let pl = PodLimits { resources, enforcement: Enforcement::default() };
        install(root.path(), "p", &pl).unwrap();
        assert_eq!(load(root.path(), "p"), Some(pl));
        let mut v = json!({});
        inspect(root.path(), "p", &mut v);
        assert_eq!(
            (&v["MemoryLimit"], &v["memory_swap"], &v["CPUQuota"], &v["CPUPeriod"], &v["CPUShares"], &v["CPUSetCPUs"]),
            (&json!(64 << 20), &json!(128 << 20), &json!(50_000), &json!(100_000), &json!(512), &json!("0"))
        );
        assert!(v.get("CPUSetMems").is_none() && v.get("CgroupPath").is_none(), "only what is set: {v}");
        assert_eq!(for_member(root.path(), "p").unwrap(), None, "no cgroup recorded: members are placed as before");
        remove(root.path(), "p");
        assert_eq!(load(root.path(), "p"), None);
    }
}
