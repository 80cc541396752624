//! How a container's resource limits are enforced on this host, decided at
//! each start by the CLI (so the warnings reach the user), recorded in
//! `<ctrdir>/limits.json`, and carried out by the monitor.
//!
//! Best available first, per limit:
//! 1. a cgroup (v2 delegated subtree, or v1 directories the user owns), see
//!    [`crate::runtime::cgroups`]; on cgroup v2 when our own cgroup is not
//!    delegated (a login or SSH session) but a systemd user manager runs a
//!    delegated `user@UID.service`, a transient user scope ([`Scope`]): the
//!    monitor is started in it by `systemd-run`, with the limits as the
//!    scope's properties;
//! 2. without one, what the kernel still offers: `--pids-limit` as
//!    `RLIMIT_NPROC` and `--cpuset-cpus` as CPU affinity. Neither is
//!    equivalent (see [`How`]) and the user is told so;
//! 3. otherwise the limit is *not enforced*, and a warning names it, why,
//!    and the fix. `DHOW_LIMITS_STRICT=1` turns that into an error.

use crate::container::resources::{Limit, Resources};
use crate::container::ContainerRecord;
use crate::runtime::cgroups::{self, Cgroup, Host, Version};
use crate::runtime::scope;
use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::path::Path;

/// Environment variable that makes an unenforceable limit an error.
pub const STRICT_ENV: &str = "DHOW_LIMITS_STRICT";
/// Environment variable naming the cgroup parent used without `--cgroup-parent`
/// (for a subtree an administrator delegated to the user once).
pub const PARENT_ENV: &str = "DHOW_CGROUP_PARENT";

/// `--cgroup-parent`, else `$DHOW_CGROUP_PARENT`, else "" (the default place).
fn parent_of(r: &Resources) -> String {
    if r.cgroup_parent.is_empty() {
        std::env::var(PARENT_ENV).unwrap_or_default()
    } else {
        r.cgroup_parent.clone()
    }
}

/// How one limit is enforced (inspect's `DhowLimits` shows these).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum How {
    #[serde(rename = "cgroup v1")]
    CgroupV1,
    #[serde(rename = "cgroup v2")]
    CgroupV2,
    /// `RLIMIT_NPROC`: counts every process of the container's user in
    /// dhow's user namespace (shared with other containers of the same
    /// user), checked only at fork.
    #[serde(rename = "rlimit")]
    Rlimit,
    /// CPU affinity of the init, inherited by its children; a process in
    /// the container may widen its own affinity again.
    #[serde(rename = "affinity")]
    Affinity,
    #[serde(rename = "not enforced")]
    NotEnforced,
}

/// One limit and how it is enforced.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LimitStatus {
    pub limit: Limit,
    pub how: How,
    /// Why not by a cgroup, and what to do (empty when by a cgroup).
    #[serde(default)]
    pub note: String,
}

/// The decision of one start (`limits.json`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Enforcement {
    /// The container's cgroup, when it has one.
    pub cgroup: Option<Cgroup>,
    pub limits: Vec<LimitStatus>,
    /// Settings that are not limits but are not applied either
    /// (`--oom-score-adj` below our own without privileges).
    #[serde(default)]
    pub notes: Vec<String>,
    /// The transient systemd user scope the monitor starts in, when the
    /// limits are enforced that way (then `cgroup` is none: systemd makes
    /// the scope's cgroup and writes the limits).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Scope>,
}

/// A transient systemd user scope for one container (see
/// [`crate::runtime::scope`]): chosen on cgroup v2 when our own cgroup is
/// not delegated, a systemd user manager answers, and it runs a
/// `user@UID.service` delegated to us whose controllers the limits need.
/// Its cgroup holds the monitor and the container: memory and pids limits
/// count the monitor too (a few MiB, one process).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scope {
    pub unit: String,
    pub systemd_run: std::path::PathBuf,
    /// The v2 controllers the user's service delegates (so the scope's).
    pub controllers: Vec<String>,
}

impl Scope {
    /// The command line that starts `argv` (the monitor) in the scope with
    /// the limits of `r`.
    pub fn invocation(&self, r: &Resources, argv: &[String]) -> Vec<String> {
        let manager = scope::Manager { systemd_run: self.systemd_run.clone() };
        let limits = cgroups::Limits::from_oci(&oci_resources(r, false));
        let id = self.unit.trim_end_matches(".scope").trim_start_matches("dhow-");
        scope::invocation(&manager, id, &limits, argv)
    }
}

/// The `systemd-run` command that starts the monitor `exe` in `scope`; the
/// caller appends the monitor's arguments from `--root` on, which are
/// checked here to be text (systemd-run's command line is).
pub fn scope_command(scope: &Scope, record: &ContainerRecord, exe: &Path, root: &Path, runroot: &Path) -> Result<std::process::Command> {
    let text = |p: &Path| p.to_str().map(str::to_string).ok_or_else(|| anyhow::anyhow!("{} is not valid UTF-8, which a systemd scope's command line needs", p.display()));
    let _ = (text(root)?, text(runroot)?);
    let argv = scope.invocation(&record.host.resources, &[text(exe)?]);
    let mut cmd = std::process::Command::new(&argv[0]);
    cmd.args(&argv[1..]);
    Ok(cmd)
}

/// The scope for a container whose cgroup `name` could not be placed on
/// `host` (see [`Scope`]); `None` when a scope would not help or cannot be
/// had. Only for the default place: an explicit `--cgroup-parent` names a
/// cgroup the user means.
fn scope_for(r: &Resources, name: &str, host: &Host, placed: bool, manager: Option<&scope::Manager>) -> Option<Scope> {
    if placed || r.cgroups_disabled || !parent_of(r).is_empty() || host.version != Some(Version::V2) {
        return None;
    }
    let manager = manager?;
    let service = host.delegated_user_service()?;
    let controllers = std::fs::read_to_string(service.join("cgroup.controllers")).ok()?.split_whitespace().map(str::to_string).collect();
    Some(Scope { unit: format!("{name}.scope"), systemd_run: manager.systemd_run.clone(), controllers })
}

impl Enforcement {
    pub fn path(ctr_dir: &Path) -> std::path::PathBuf {
        ctr_dir.join("limits.json")
    }

    /// The recorded decision (none for a container never started).
    pub fn load(ctr_dir: &Path) -> Option<Enforcement> {
        let text = std::fs::read(Self::path(ctr_dir)).ok()?;
        serde_json::from_slice(&text).ok()
    }

    /// Without fsync (still atomic): decided again at every start, like the
    /// spec and hosts files, so a crash of the host loses nothing of value.
    pub fn save(&self, ctr_dir: &Path) -> Result<()> {
        let data = serde_json::to_vec_pretty(self)?;
        crate::util::atomic::write_file_volatile(&Self::path(ctr_dir), &data, 0o644)
    }

    pub fn how(&self, limit: Limit) -> Option<How> {
        self.limits.iter().find(|s| s.limit == limit).map(|s| s.how)
    }

    /// One line per limit not fully enforced by a cgroup.
    pub fn warnings(&self) -> Vec<String> {
        self.limits
            .iter()
            .filter(|s| !matches!(s.how, How::CgroupV1 | How::CgroupV2))
            .map(|s| match s.how {
                How::NotEnforced => format!("{} is not enforced: {}", s.limit.flag(), s.note),
                _ => format!("{} is enforced only approximately: {}", s.limit.flag(), s.note),
            })
            .chain(self.notes.iter().cloned())
            .collect()
    }
}

/// What to tell the user to do when there is no usable cgroup.
fn fix(host: &Host) -> &'static str {
    match host.version {
        Some(Version::V2) => "run dhow from a systemd user session with cgroup delegation (Delegate=yes in user@.service), or pass --cgroup-parent naming a cgroup you own",
        Some(Version::V1) => {
            "ask an administrator to create a cgroup for you in each controller and chown it to you, then pass --cgroup-parent NAME or set DHOW_CGROUP_PARENT (see 'dhow info')"
        }
        None => "mount a cgroup filesystem at /sys/fs/cgroup",
    }
}

/// Decides how each limit of `record` is enforced on `host` (without a
/// systemd scope: for `update`, which cannot move a running container).
pub fn decide(record: &ContainerRecord, host: &Host) -> Enforcement {
    decide_with(record, host, None)
}

/// [`decide`], with a systemd user manager to ask for a scope when there is one.
pub fn decide_with(record: &ContainerRecord, host: &Host, manager: Option<&scope::Manager>) -> Enforcement {
    decide_for(&record.host.resources, &format!("dhow-{}", record.id), host, manager)
}

/// [`decide`] for limits `r` of a cgroup named `name`. An external runtime
/// is limited the same way (its process joins the cgroup, see
/// [`Placement`]).
pub(crate) fn decide_for(r: &Resources, name: &str, host: &Host, manager: Option<&scope::Manager>) -> Enforcement {
    let placement = if r.cgroups_disabled {
        cgroups::Placement::default()
    } else {
        host.place(&parent_of(r), name)
    };
    // A scope only when some limit needs it (it costs a systemd round trip).
    let scope = scope_for(r, name, host, placement.cgroup.is_some(), manager).filter(|_| !r.limits().is_empty());
    decide_placed(r, host, placement, scope)
}

/// [`decide`] for a member of a pod whose cgroup is `pod` (see
/// [`super::pod_cgroup`]): its cgroup goes below the pod's, whose
/// limits bound all members together; its own `--cgroup-parent` is not
/// used (podman's pods do the same).
pub fn decide_in_pod(record: &ContainerRecord, host: &Host, pod: &Cgroup) -> Enforcement {
    let r = &record.host.resources;
    let placement = if r.cgroups_disabled {
        cgroups::Placement::default()
    } else {
        let unusable = cgroups::CONTROLLERS
            .iter()
            .filter(|c| !pod.has(c))
            .map(|c| (c.to_string(), format!("the pod's cgroup has no usable {c} controller (see 'dhow pod inspect')")))
            .collect();
        cgroups::Placement { cgroup: Some(pod.child(&format!("dhow-{}", record.id))), unusable }
    };
    decide_placed(r, host, placement, None)
}

/// How each limit of `r` is enforced with the cgroup `placement` (and a
/// systemd `scope`, if any).
fn decide_placed(r: &Resources, host: &Host, placement: cgroups::Placement, scope: Option<Scope>) -> Enforcement {
    let limits = r.limits();
    // A usable cgroup is used even without limits: it gives `stats`, OOM
    // detection and a live `update`.
    let cgroup = placement.cgroup.clone();
    let mut out = Vec::new();
    for limit in limits {
        let controller = limit.v1_controller();
        if scope.as_ref().is_some_and(|s| s.controllers.iter().any(|c| c == limit.v2_controller())) {
            out.push(LimitStatus { limit, how: How::CgroupV2, note: String::new() });
            continue;
        }
        let by_cgroup = cgroup.as_ref().filter(|c| c.has(controller));
        if let Some(c) = by_cgroup {
            // v1 swap needs swap accounting (memory.memsw.*).
            if limit == Limit::MemorySwap && c.version == Version::V1 {
                let parent = c.dir("memory").and_then(Path::parent);
                if parent.is_some_and(|p| !p.join("memory.memsw.limit_in_bytes").exists()) {
                    out.push(LimitStatus {
                        limit,
                        how: How::NotEnforced,
                        note: "the kernel does not account swap (no memory.memsw.limit_in_bytes; boot with swapaccount=1)".into(),
                    });
                    continue;
                }
            }
            let how = if c.version == Version::V1 { How::CgroupV1 } else { How::CgroupV2 };
            out.push(LimitStatus { limit, how, note: String::new() });
            continue;
        }
        let why = if r.cgroups_disabled {
            "--cgroups disabled".to_string()
        } else {
            placement.unusable.get(controller).cloned().unwrap_or_else(|| format!("no usable {controller} cgroup"))
        };
        let fix = fix(host);
        let status = match limit {
            Limit::Pids => LimitStatus {
                limit,
                how: How::Rlimit,
                note: format!(
                    "no usable pids cgroup ({why}); RLIMIT_NPROC is used instead, which counts every process of the container's user in dhow's user namespace (other containers' too) and is checked only when a process forks; to enforce it exactly, {fix}"
                ),
            },
            Limit::CpusetCpus => LimitStatus {
                limit,
                how: How::Affinity,
                note: format!("no usable cpuset cgroup ({why}); the container's CPU affinity is set instead, which its processes may change back; to enforce it, {fix}"),
            },
            _ => LimitStatus { limit, how: How::NotEnforced, note: format!("no usable {controller} cgroup ({why}); to enforce it, {fix}") },
        };
        out.push(status);
    }
    let mut notes = Vec::new();
    if r.oom_score_adj != 0 && !host.privileged {
        let ours: i32 = std::fs::read_to_string("/proc/self/oom_score_adj").ok().and_then(|s| s.trim().parse().ok()).unwrap_or(0);
        if r.oom_score_adj < ours {
            notes.push(format!(
                "--oom-score-adj {} is not applied: going below dhow's own value ({ours}) needs CAP_SYS_RESOURCE on the host; the container keeps {ours}",
                r.oom_score_adj
            ));
        }
    }
    Enforcement { cgroup, limits: out, notes, scope }
}

/// Whether `DHOW_LIMITS_STRICT` asks for errors instead of warnings.
fn strict() -> bool {
    std::env::var(STRICT_ENV).is_ok_and(|v| !v.is_empty() && v != "0" && v != "false")
}

/// Decides, prints the warnings, honours `DHOW_LIMITS_STRICT` and records
/// the decision in the container's directory (CLI side of a start).
pub fn decide_and_record(record: &ContainerRecord, ctr_dir: &Path) -> Result<Enforcement> {
    let host = Host::detect();
    // A pod member goes below its pod's cgroup, made again here if a
    // reboot took it (the store root is two levels above `ctr_dir`).
    let root = ctr_dir.parent().and_then(Path::parent);
    let pod = root.filter(|_| !record.host.pod.is_empty()).map(|root| super::pod_cgroup::for_member(root, &record.host.pod)).transpose()?.flatten();
    let enf = match &pod {
        Some(pod) => decide_in_pod(record, &host, pod),
        None => {
            // Asked only where a scope could serve (v2): no cost on other hosts.
            let manager = (host.version == Some(Version::V2)).then(scope::Manager::detect).and_then(Result::ok);
            decide_with(record, &host, manager.as_ref())
        }
    };
    warn_or_refuse(&enf)?;
    enf.save(ctr_dir).context("recording how the limits are enforced")?;
    Ok(enf)
}

/// Prints the warnings of `enf`, or fails when `DHOW_LIMITS_STRICT` asks
/// for errors and some limit cannot be enforced.
pub fn warn_or_refuse(enf: &Enforcement) -> Result<()> {
    let warnings = enf.warnings();
    let unenforced: Vec<&str> = enf.limits.iter().filter(|s| s.how == How::NotEnforced).map(|s| s.limit.flag()).collect();
    if strict() && !unenforced.is_empty() {
        bail!("{STRICT_ENV} is set and these limits cannot be enforced here: {}\n{}", unenforced.join(", "), warnings.join("\n"));
    }
    for w in &warnings {
        eprintln!("WARNING: {w}");
    }
    Ok(())
}

/// OCI `linux.resources` for `r`. With `explicit`, limits that are not set
/// are written as unlimited (for `update`, which must be able to lift them).
pub fn oci_resources(r: &Resources, explicit: bool) -> Value {
    let unl = |v: i64| if v > 0 { Some(v) } else if explicit { Some(-1) } else { None };
    let mut memory = json!({});
    if let Some(m) = unl(r.memory) {
        memory["limit"] = json!(m);
    }
    if let Some(m) = unl(r.memory_reservation) {
        memory["reservation"] = json!(m);
    }
    if r.memory_swap != 0 || explicit {
        memory["swap"] = json!(if r.memory_swap == 0 { -1 } else { r.memory_swap });
    }
    let mut cpu = json!({});
    match r.cfs() {
        Some((q, p)) => {
            cpu["quota"] = json!(if q > 0 { q } else { -1 });
            cpu["period"] = json!(p);
        }
        None if explicit => {
            cpu["quota"] = json!(-1);
        }
        None => {}
    }
    if let Some(s) = r.effective_shares() {
        cpu["shares"] = json!(s);
    } else if explicit {
        cpu["shares"] = json!(1024);
    }
    if !r.cpuset_cpus.is_empty() {
        cpu["cpus"] = json!(r.cpuset_cpus);
    }
    if !r.cpuset_mems.is_empty() {
        cpu["mems"] = json!(r.cpuset_mems);
    }
    let mut out = json!({"memory": memory, "cpu": cpu});
    match r.pids_limit {
        Some(p) => out["pids"] = json!({"limit": p}),
        None if explicit => out["pids"] = json!({"limit": -1}),
        None => {}
    }
    out
}

/// Adds the limits to the generated spec: `linux.resources`, the cgroup
/// path when there is a cgroup, the `RLIMIT_NPROC` fallback, the OOM score.
pub fn apply_to_spec(spec: &mut oci_spec::runtime::Spec, record: &ContainerRecord, enf: &Enforcement) -> Result<()> {
    let r = &record.host.resources;
    let mut v = serde_json::to_value(&*spec).context("encoding the spec")?;
    v["linux"]["resources"] = oci_resources(r, false);
    let rules = super::extras::device_rule_entries(record);
    if !rules.is_empty() {
        v["linux"]["resources"]["devices"] = json!(rules);
    }
    if let Some(cg) = &enf.cgroup {
        if let Some(dir) = cg.dirs.values().next() {
            v["linux"]["cgroupsPath"] = json!(dir);
        }
    }
    if enf.how(Limit::Pids) == Some(How::Rlimit) {
        if let (Some(p), Some(list)) = (r.pids_limit, v["process"]["rlimits"].as_array_mut()) {
            list.retain(|x| x["type"] != "RLIMIT_NPROC");
            list.push(json!({"type": "RLIMIT_NPROC", "soft": p, "hard": p}));
        }
    }
    if r.oom_score_adj != 0 {
        v["process"]["oomScoreAdj"] = json!(r.oom_score_adj);
    }
    *spec = serde_json::from_value(v).context("building the OCI runtime spec with limits")?;
    Ok(())
}

/// The CPUs of an affinity fallback.
pub fn affinity(record: &ContainerRecord, enf: &Enforcement) -> Option<Vec<u32>> {
    (enf.how(Limit::CpusetCpus) == Some(How::Affinity))
        .then(|| crate::container::resources::parse_list(&record.host.resources.cpuset_cpus))
        .flatten()
}

/// Monitor side: creates the cgroup and writes the spec's limits. The init
/// is moved in by [`enter`].
pub fn prepare(enf: &Enforcement, spec: &oci_spec::runtime::Spec) -> Result<()> {
    let Some(cg) = &enf.cgroup else { return Ok(()) };
    cg.create().map_err(|e| anyhow::anyhow!(e))?;
    let resources = spec.linux().as_ref().and_then(|l| l.resources().as_ref()).map(serde_json::to_value).transpose()?.unwrap_or(Value::Null);
    cg.apply(&cgroups::Limits::from_oci(&resources)).map_err(|e| anyhow::anyhow!("setting the container's limits: {e}"))
}

/// What a process must do to be limited like the container, prepared so
/// that a forked child can do it with plain syscalls (no allocation): the
/// cgroup's join files ([`Cgroup::join_files`]) opened ahead, the CPU set
/// built ahead. The container's init and an external runtime's process
/// move themselves in this way before they run anything.
pub struct Placement {
    procs: Vec<std::fs::File>,
    cpus: Option<nix::sched::CpuSet>,
}

impl Placement {
    pub fn new(enf: &Enforcement, cpus: Option<&[u32]>) -> std::io::Result<Placement> {
        let mut procs = Vec::new();
        if let Some(cg) = &enf.cgroup {
            for f in cg.join_files() {
                procs.push(std::fs::OpenOptions::new().write(true).open(f)?);
            }
        }
        let cpus = match cpus {
            Some(list) => {
                let mut set = nix::sched::CpuSet::new();
                for c in list {
                    set.set(*c as usize).map_err(std::io::Error::from)?;
                }
                Some(set)
            }
            None => None,
        };
        Ok(Placement { procs, cpus })
    }

    /// Moves the caller in ("0" is the writer itself): on cgroup v1 the
    /// calling thread (the whole process between fork and exec, where it is
    /// the only one; else what that thread forks later), on v2 the whole
    /// process. Plain syscalls: safe between fork and exec.
    pub fn enter_self(&self) -> std::io::Result<()> {
        for f in &self.procs {
            // SAFETY: write(2) of a static buffer to an open descriptor.
            if unsafe { libc::write(std::os::fd::AsRawFd::as_raw_fd(f), b"0".as_ptr().cast(), 1) } < 0 {
                return Err(std::io::Error::last_os_error());
            }
        }
        if let Some(set) = &self.cpus {
            nix::sched::sched_setaffinity(nix::unistd::Pid::from_raw(0), set).map_err(std::io::Error::from)?;
        }
        Ok(())
    }
}

/// Moves the calling thread into the container's cgroup and sets its
/// affinity fallback, so that the processes it forks are limited like the
/// container (`exec`, before it forks the process; see
/// [`Cgroup::join_files`] for why the thread moves itself).
pub fn enter(enf: &Enforcement, cpus: Option<&[u32]>) -> std::result::Result<(), crate::runtime::RuntimeError> {
    Placement::new(enf, cpus).and_then(|p| p.enter_self()).map_err(|e| crate::runtime::RuntimeError::setup("move the process into the container's cgroup", e))
}

/// `info`'s `limits` section: the cgroup layout and how each limit would be
/// enforced for a container started here without `--cgroup-parent`
/// (`$DHOW_CGROUP_PARENT` counts).
pub fn host_report() -> Value {
    let host = Host::detect();
    let every = Resources {
        memory: 1 << 30,
        memory_reservation: 1 << 29,
        memory_swap: 2 << 30,
        nano_cpus: 1_000_000_000,
        cpu_shares: 1024,
        cpuset_cpus: "0".into(),
        cpuset_mems: "0".into(),
        pids_limit: Some(100),
        ..Default::default()
    };
    let placement = host.place(&parent_of(&every), "dhow-probe");
    let mut controllers = serde_json::Map::new();
    for c in cgroups::CONTROLLERS {
        let v = match (placement.cgroup.as_ref().and_then(|cg| cg.dir(c)), placement.unusable.get(c)) {
            (Some(d), _) => format!("usable under {}", d.parent().map(|p| p.display().to_string()).unwrap_or_default()),
            (None, Some(why)) => format!("not usable: {why}"),
            (None, None) => continue,
        };
        controllers.insert(c.to_string(), json!(v));
    }
    let manager = scope::Manager::detect();
    let enf = decide_for(&every, "dhow-probe", &host, manager.as_ref().ok());
    let how: serde_json::Map<String, Value> = enf.limits.iter().map(|s| (s.limit.flag().to_string(), json!(s.how))).collect();
    json!({
        "cgroupVersion": host.version.map(|v| v.as_str()).unwrap_or("none"),
        "cgroupManager": "cgroupfs",
        "cgroupParent": parent_of(&every),
        "controllers": controllers,
        "enforcement": how,
        "strict": strict(),
        // Whether a transient systemd user scope could hold a container
        // (used when the own cgroup is not delegated, on cgroup v2).
        "systemdScope": match &manager {
            Ok(m) => format!("available through {}", m.systemd_run.display()),
            Err(why) => format!("not available: {why}"),
        },
    })
}

/// docker's `HostConfig` resource fields.
pub fn inspect_host_config(r: &ContainerRecord) -> Value {
    let res = &r.host.resources;
    json!({
        "Memory": res.memory,
        "MemoryReservation": res.memory_reservation,
        "MemorySwap": res.memory_swap,
        "NanoCpus": res.nano_cpus,
        "CpuShares": res.cpu_shares,
        "CpuPeriod": res.cpu_period,
        "CpuQuota": res.cpu_quota,
        "CpusetCpus": res.cpuset_cpus,
        "CpusetMems": res.cpuset_mems,
        "PidsLimit": res.pids_limit,
        "OomScoreAdj": res.oom_score_adj,
        "CgroupParent": res.cgroup_parent,
        "Cgroup": "",
    })
}

/// dhow's own inspect field `DhowLimits`: how each limit was enforced at
/// the last start, and the container's cgroup (null before a start).
pub fn inspect_enforcement(ctr_dir: &Path) -> Value {
    let Some(e) = Enforcement::load(ctr_dir) else { return Value::Null };
    let cgroup = e.cgroup.as_ref().map(|c| json!({"Version": c.version.as_str(), "Paths": c.dirs}));
    let limits: Vec<Value> = e.limits.iter().map(|s| json!({"Flag": s.limit.flag(), "Enforcement": s.how, "Note": s.note})).collect();
    json!({"Cgroup": cgroup, "Scope": e.scope.as_ref().map(|s| s.unit.clone()), "Limits": limits})
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::container::resources::{HostCpus, ResourceFlags};

    fn record(flags: ResourceFlags) -> ContainerRecord {
        let host = HostCpus { count: 2, cpus: "0-1".into(), mems: "0".into() };
        let h = crate::container::record::HostSettings { resources: Resources::default().apply(&flags, &host).unwrap(), ..Default::default() };
        ContainerRecord {
            id: "a".repeat(64),
            name: "c".into(),
            image_name: "i".into(),
            image_id: "sha256:0000000000000000000000000000000000000000000000000000000000000000".parse().unwrap(),
            layers: vec![],
            created: chrono::Utc::now(),
            command: vec![],
            config: Default::default(),
            host: h,
        }
    }

    #[test]
    fn without_cgroups_each_limit_gets_its_fallback_or_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        let host = Host::detect_at(dir.path(), "", 1000);
        let rec = record(ResourceFlags {
            memory: Some("32m".into()),
            cpus: Some("1".into()),
            pids_limit: Some(10),
            cpuset_cpus: Some("0".into()),
            ..Default::default()
        });
        let e = decide(&rec, &host);
        assert!(e.cgroup.is_none());
        assert_eq!(e.how(Limit::Memory), Some(How::NotEnforced));
        assert_eq!(e.how(Limit::CpuQuota), Some(How::NotEnforced));
        assert_eq!(e.how(Limit::Pids), Some(How::Rlimit));
        assert_eq!(e.how(Limit::CpusetCpus), Some(How::Affinity));
        let w = e.warnings();
        assert!(w.iter().any(|l| l.starts_with("--memory is not enforced: no usable memory cgroup")), "{w:?}");
        assert!(w.iter().any(|l| l.starts_with("--memory-swap is not enforced")), "{w:?}");
        assert!(w.iter().any(|l| l.starts_with("--pids-limit is enforced only approximately") && l.contains("RLIMIT_NPROC")), "{w:?}");
        assert_eq!(affinity(&rec, &e), Some(vec![0]));
    }

    #[test]
    fn a_disabled_cgroup_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let host = Host::detect_at(dir.path(), "", 1000);
        let rec = record(ResourceFlags { memory: Some("32m".into()), cgroups: Some("disabled".into()), ..Default::default() });
        assert!(decide(&rec, &host).warnings()[0].contains("--cgroups disabled"));
    }

    /// A cgroup v2 tree as systemd leaves it, seen from a login session:
    /// our own cgroup (`session-3.scope`) is root's, the user's
    /// `user@1000.service` (delegating cpu, memory and pids) is ours.
    fn session_host(dir: &Path, own: &str) -> Host {
        for (rel, text) in [
            ("cgroup.controllers", "cpuset cpu io memory pids"),
            ("user.slice/user-1000.slice/user@1000.service/cgroup.controllers", "cpu memory pids"),
            ("user.slice/user-1000.slice/user@1000.service/cgroup.subtree_control", ""),
            ("user.slice/user-1000.slice/user@1000.service/app.slice/term.scope/cgroup.procs", "42"),
            ("user.slice/user-1000.slice/session-3.scope/cgroup.procs", "7"),
        ] {
            let p = dir.join(rel);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        fn owner(p: &Path) -> std::io::Result<u32> {
            std::fs::metadata(p)?;
            Ok(if p.ancestors().any(|a| a.ends_with("user@1000.service")) { 1000 } else { 0 })
        }
        Host { owner_of: owner, ..Host::detect_at(dir, &format!("0::{own}\n"), 1000) }
    }

    #[test]
    fn a_session_without_delegation_gets_a_systemd_scope() {
        let dir = tempfile::tempdir().unwrap();
        let session = session_host(dir.path(), "/user.slice/user-1000.slice/session-3.scope");
        let manager = scope::Manager { systemd_run: "/usr/bin/systemd-run".into() };
        let flags = ResourceFlags { memory: Some("32m".into()), cpus: Some("1".into()), pids_limit: Some(10), cpuset_cpus: Some("0".into()), ..Default::default() };
        let rec = record(flags.clone());
        let e = decide_with(&rec, &session, Some(&manager));
        let s = e.scope.clone().expect("a scope");
        assert_eq!(s.unit, format!("dhow-{}.scope", rec.id));
        assert_eq!(s.controllers, ["cpu", "memory", "pids"]);
        assert!(e.cgroup.is_none());
        for l in [Limit::Memory, Limit::MemorySwap, Limit::CpuQuota, Limit::Pids] {
            assert_eq!(e.how(l), Some(How::CgroupV2), "{l:?}");
        }
        // cpuset is not delegated to the user's service: its fallback.
        assert_eq!(e.how(Limit::CpusetCpus), Some(How::Affinity));
        assert_eq!(e.warnings().len(), 1, "{:?}", e.warnings());
        // Recorded with the decision, and read back.
        let ctr = tempfile::tempdir().unwrap();
        e.save(ctr.path()).unwrap();
        assert_eq!(Enforcement::load(ctr.path()).unwrap(), e);
        assert_eq!(inspect_enforcement(ctr.path())["Scope"], json!(s.unit));
        // The monitor's command line: systemd-run with the limits, then dhow.
        let cmd = scope_command(&s, &rec, Path::new("/usr/bin/dhow"), Path::new("/r"), Path::new("/rr")).unwrap();
        let argv: Vec<String> = std::iter::once(cmd.get_program()).chain(cmd.get_args()).map(|a| a.to_string_lossy().into_owned()).collect();
        assert_eq!(argv[..5], ["/usr/bin/systemd-run", "--user", "--scope", "--quiet", "--collect"]);
        for want in [format!("--unit={}", s.unit), "--property=Delegate=yes".into(), "--property=MemoryMax=33554432".into(), "--property=CPUQuota=100%".into(), "--property=TasksMax=10".into()] {
            assert!(argv.contains(&want), "{want} in {argv:?}");
        }
        assert_eq!(argv[argv.len() - 2..], ["--", "/usr/bin/dhow"]);

        // No manager: no scope, the limits are not enforced and say why.
        let e = decide_with(&rec, &session, None);
        assert!(e.scope.is_none());
        assert_eq!(e.how(Limit::Memory), Some(How::NotEnforced));
        // No limits: no scope (nothing to gain from a systemd round trip).
        assert!(decide_with(&record(ResourceFlags::default()), &session, Some(&manager)).scope.is_none());
        // An explicit --cgroup-parent names the cgroup the user means.
        let named = record(ResourceFlags { cgroup_parent: Some("mine".into()), ..flags.clone() });
        assert!(decide_with(&named, &session, Some(&manager)).scope.is_none());
        // --cgroups disabled: none either.
        let off = record(ResourceFlags { cgroups: Some("disabled".into()), ..flags.clone() });
        assert!(decide_with(&off, &session, Some(&manager)).scope.is_none());
        // Our own cgroup delegated (a terminal in the user's service): a
        // cgroup of our own, no scope.
        let inside = session_host(dir.path(), "/user.slice/user-1000.slice/user@1000.service/app.slice/term.scope");
        let e = decide_with(&rec, &inside, Some(&manager));
        assert!(e.scope.is_none() && e.cgroup.is_some());
        assert_eq!(e.how(Limit::Memory), Some(How::CgroupV2));
        // cgroup v1 and no cgroup at all: never a scope.
        let none = tempfile::tempdir().unwrap();
        assert!(decide_with(&rec, &Host::detect_at(none.path(), "", 1000), Some(&manager)).scope.is_none());
    }

    #[test]
    fn a_decision_recorded_before_scopes_still_loads() {
        let ctr = tempfile::tempdir().unwrap();
        std::fs::write(Enforcement::path(ctr.path()), r#"{"cgroup": null, "limits": [], "notes": []}"#).unwrap();
        assert_eq!(Enforcement::load(ctr.path()).unwrap().scope, None);
    }

    #[test]
    fn oci_resources_follow_the_flags() {
        let rec = record(ResourceFlags { memory: Some("32m".into()), cpus: Some("0.5".into()), pids_limit: Some(5), ..Default::default() });
        let v = oci_resources(&rec.host.resources, false);
        assert_eq!(v["memory"]["limit"], json!(32 << 20));
        assert_eq!(v["memory"]["swap"], json!(64 << 20));
        assert_eq!(v["cpu"]["quota"], json!(50_000));
        assert_eq!(v["cpu"]["period"], json!(100_000));
        assert_eq!(v["pids"]["limit"], json!(5));
        let v = oci_resources(&Resources::default(), true);
        assert_eq!((v["memory"]["limit"].clone(), v["pids"]["limit"].clone(), v["cpu"]["quota"].clone()), (json!(-1), json!(-1), json!(-1)));
    }
}
