//! A container as a pod's member (pods are made of containers, so
//! `engine/pods` calls this module and never the reverse): the options it
//! gets from its pod, the infra started before it, the infra's namespaces
//! joined by its spec. Pod records are read from `container::pod`.

use super::create::CreateOptions;
use crate::container::pod::{check_userns, is_infra, PodRecord, PodStore};
use crate::container::{ContainerRecord, ContainerStore, Status};
use crate::engine::Engine;
use anyhow::{anyhow, bail, Context, Result};

/// The options a pod's member may not have: ports, `--network`, `--dns`,
/// `--add-host` and `--mac-address` belong to the pod (checked before a
/// `new:` pod is made, so a refused member makes no pod).
pub fn refuse_pod_settings(opts: &CreateOptions) -> Result<()> {
    let n = &opts.network;
    if !n.publish.is_empty() || n.publish_all {
        bail!("invalid config for a container in a pod: publish ports on the pod ('dhow pod create -p ...'), its containers share the pod's network");
    }
    if n.network.is_some() {
        bail!("invalid config for a container in a pod: --network belongs to the pod ('dhow pod create --network ...')");
    }
    if !n.dns.is_empty() || !n.dns_search.is_empty() || !n.add_host.is_empty() || !n.dns_options.is_empty() || n.mac_address.is_some() {
        bail!("invalid config for a container in a pod: --dns, --dns-search, --dns-option, --add-host and --mac-address belong to the pod ('dhow pod create --dns/--add-host ...')");
    }
    Ok(())
}

/// Starts the pod's infra container unless it runs already.
pub fn start_infra(engine: &Engine, pod: &PodRecord) -> Result<()> {
    if pod.infra_id.is_empty() {
        return Ok(());
    }
    let (_, state) = ContainerStore::new(&engine.paths.root).load(&pod.infra_id)?;
    if super::ops::is_running(&state.effective()) {
        return Ok(());
    }
    match super::start::start(engine, &pod.infra_id) {
        Ok(_) => Ok(()),
        Err(e) if e.to_string().contains("already running") => Ok(()),
        Err(e) => Err(e.context(format!("starting the infra container of pod {}", pod.name))),
    }
}

/// Before a member starts: its pod's infra must run (it holds the namespaces).
pub fn before_member_start(engine: &Engine, id: &str) -> Result<()> {
    let Ok((record, _)) = ContainerStore::new(&engine.paths.root).load(id) else { return Ok(()) };
    if record.host.pod.is_empty() || is_infra(&record) {
        return Ok(());
    }
    let pod = PodStore::new(&engine.paths.root).find(&record.host.pod).with_context(|| format!("the pod of container {}", record.name))?;
    start_infra(engine, &pod)
}

/// `run/create --pod NAME` (a `new:NAME` pod was made by
/// `engine::pods::create_container`): the pod and the options a member
/// gets: the infra's network namespace. Ports, `--network`, `--dns`,
/// `--add-host` and `--hostname` belong to the pod.
pub fn member_options(engine: &Engine, asked: &str, opts: &CreateOptions) -> Result<(PodRecord, CreateOptions)> {
    refuse_pod_settings(opts)?;
    if let Some(name) = asked.strip_prefix("new:") {
        // engine::pods::create_container makes it, then creates the member.
        bail!("pod new:{name} does not exist yet: create it first ('dhow pod create --name {name}')");
    }
    let pod = PodStore::new(&engine.paths.root).find(asked)?;
    if pod.shares("uts") && opts.hostname.is_some() {
        bail!("invalid config for a container in a pod: the pod shares its UTS namespace, so the host name is the pod's ('dhow pod create --hostname ...')");
    }
    let mut o = opts.clone();
    inherit_member_defaults(&pod, &mut o);
    if pod.members.maps_ids() && o.userns.as_deref().is_some_and(|u| !u.is_empty()) {
        bail!("invalid config for a container in a pod: pod {} maps IDs (pod create --uidmap/--subuidname), which its containers share; leave out --userns", pod.name);
    }
    // The pod's user namespace mode is its members'.
    match o.userns.as_deref().filter(|u| !u.is_empty()) {
        Some(u) if !pod.userns.is_empty() && u != pod.userns => bail!("invalid config for a container in a pod: the pod's containers use its --userns {} ('dhow pod create --userns ...'), not {u}", pod.userns),
        Some(u) => {
            check_userns(u, &pod.share).map_err(|e| anyhow!("invalid config for a container in pod {}: {e}", pod.name))?;
        }
        // auto and nomap became the pod's mapping (inherited above).
        None if !pod.userns.is_empty() && !pod.members.maps_ids() => o.userns = Some(pod.userns.clone()),
        None => {}
    }
    if !pod.infra_id.is_empty() {
        // A pod on the host's network: its members are too (the host's
        // namespace belongs to a user namespace they cannot join it from).
        let host = ContainerStore::new(&engine.paths.root).load(&pod.infra_id).is_ok_and(|(r, _)| r.host.network_mode == "host");
        o.network.network = Some(if host { "host".to_string() } else { format!("container:{}", pod.infra_id) });
        if pod.shares("uts") && o.hostname.is_none() && pod.members.uts.is_empty() {
            o.hostname = Some(pod.hostname.clone());
        }
    }
    Ok((pod, o))
}

/// The settings `pod create` gave every member, before the member's own
/// (`--security-opt` is the infra's alone, as podman 4.3 does it):
/// volumes and mounts at a destination the member mounts itself are left
/// out, lists are joined (the member's sysctls and devices come later and
/// win), and a member's own `--shm-size`, `--pid`,
/// `--uts` or ID mapping replaces the pod's.
fn inherit_member_defaults(pod: &PodRecord, o: &mut CreateOptions) {
    let m = &pod.members;
    let own: Vec<String> = o.volumes.iter().filter_map(|v| volume_destination(v)).chain(o.mounts.iter().filter_map(|v| mount_destination(v))).collect();
    let pods: Vec<String> = m.volumes.iter().filter(|v| volume_destination(v).is_none_or(|d| !own.contains(&d))).cloned().collect();
    o.volumes.splice(0..0, pods);
    o.volumes_from.splice(0..0, m.volumes_from.iter().cloned());
    let x = &mut o.extras;
    x.devices.splice(0..0, m.devices.iter().filter(|d| !x.devices.contains(d)).cloned().collect::<Vec<_>>());
    x.sysctls.splice(0..0, m.sysctls.iter().cloned());
    let or = |own: &mut Option<String>, pod: &String| {
        if own.as_deref().is_none_or(str::is_empty) && !pod.is_empty() {
            *own = Some(pod.clone());
        }
    };
    or(&mut x.shm_size, &m.shm_size);
    or(&mut x.pid, &m.pid);
    or(&mut x.uts, &m.uts);
    if x.uidmap.is_empty() && x.gidmap.is_empty() && x.subuidname.is_none() && x.subgidname.is_none() {
        x.uidmap = m.uidmap.clone();
        x.gidmap = m.gidmap.clone();
        x.subuidname = (!m.subuidname.is_empty()).then(|| m.subuidname.clone());
        x.subgidname = (!m.subgidname.is_empty()).then(|| m.subgidname.clone());
    }
}

/// The destination of `-v SRC:DST[:OPTS]` or `-v DST`.
fn volume_destination(v: &str) -> Option<String> {
    let parts: Vec<&str> = v.split(':').collect();
    match parts.as_slice() {
        [d] => Some(d.to_string()),
        [_, d, ..] => Some(d.to_string()),
        [] => None,
    }
}

/// The destination of `--mount type=...,target=DST,...`.
fn mount_destination(m: &str) -> Option<String> {
    m.split(',').find_map(|kv| kv.split_once('=').filter(|(k, _)| matches!(*k, "target" | "dst" | "destination")).map(|(_, v)| v.to_string()))
}

/// `container clone --pod POD` (and each member of `pod clone`): the
/// clone's record becomes a member of `query`: the pod's network instead
/// of the original's (published ports are refused: they would be the pod's),
/// its host name when it shares UTS, its `--userns`. The pod's member
/// settings (`pod create -v ...`) apply to containers created in it, not
/// to clones, which keep the original's.
pub fn clone_into_pod(engine: &Engine, query: &str, record: &mut ContainerRecord) -> Result<()> {
    let pod = PodStore::new(&engine.paths.root).find(query)?;
    let was_member = !record.host.pod.is_empty();
    if !was_member && (!record.host.port_bindings.is_empty() || record.host.publish_all) {
        bail!("cannot clone container {} into pod {}: it publishes ports, which belong to the pod ('dhow pod create -p ...')", record.name, pod.name);
    }
    record.host.pod = pod.id.clone();
    if pod.infra_id.is_empty() {
        return Ok(());
    }
    let host = ContainerStore::new(&engine.paths.root).load(&pod.infra_id).is_ok_and(|(r, _)| r.host.network_mode == "host");
    let mode = if host { "host".to_string() } else { format!("container:{}", pod.infra_id) };
    let mut net = crate::network::plan::plan(&engine.paths, &crate::network::plan::NetworkOptions { network: Some(mode), ..Default::default() })?;
    inherit_name_settings(engine, &pod, &mut net);
    net.record_in(&mut record.host);
    if pod.shares("uts") && pod.members.uts.is_empty() {
        record.config.hostname = pod.hostname.clone();
    }
    if !pod.members.uidmap.is_empty() {
        // The pod's mapping (a cloned pod's auto range is its own).
        let parse = |maps: &[String]| maps.iter().map(|m| crate::container::extras::parse_id_map("--uidmap", m).map_err(|e| anyhow!(e))).collect::<Result<Vec<_>>>();
        record.host.extras.uid_maps = parse(&pod.members.uidmap)?;
        record.host.extras.gid_maps = if pod.members.gidmap.is_empty() { record.host.extras.uid_maps.clone() } else { parse(&pod.members.gidmap)? };
    }
    if record.host.userns != pod.userns && !pod.members.maps_ids() {
        if !record.host.extras.uid_maps.is_empty() {
            bail!("cannot clone container {} into pod {}: it has an ID mapping of its own (--uidmap, --userns auto), and the pod's containers use the pod's", record.name, pod.name);
        }
        record.host.userns = check_userns(&pod.userns, &pod.share)?;
    }
    Ok(())
}

/// A member's `/etc/hosts` and `/etc/resolv.conf` say what the pod's do:
/// the infra's `--add-host`, `--dns` and `--dns-search` (the member's own
/// are refused, they belong to the pod), and its `--hosts-file` base.
pub fn inherit_name_settings(engine: &Engine, pod: &PodRecord, net: &mut crate::network::plan::Planned) {
    if pod.infra_id.is_empty() {
        return;
    }
    if let Ok((infra, _)) = ContainerStore::new(&engine.paths.root).load(&pod.infra_id) {
        net.extra_hosts = infra.host.extra_hosts;
        net.dns = infra.host.dns;
        net.dns_search = infra.host.dns_search;
        // `pod create --no-hosts`: the image's /etc/hosts in every member.
        net.no_hosts |= infra.host.no_hosts;
        // `pod create --hosts-file`, unless the member gave its own.
        if net.hosts_file.is_empty() {
            net.hosts_file = infra.host.hosts_file;
        }
    }
}

/// In the monitor of a pod's member: the spec joins the running infra's
/// IPC, UTS and PID namespaces when the pod shares them (the network
/// namespace is joined as `container:<infra>`).
pub fn join_shared_namespaces(root: &std::path::Path, record: &ContainerRecord, spec: &mut oci_spec::runtime::Spec) -> Result<()> {
    if record.host.pod.is_empty() || is_infra(record) {
        return Ok(());
    }
    let pod = PodStore::new(root).find(&record.host.pod)?;
    // A member whose mode is its own (`--pid host`, or the pod's `--uts
    // host`) keeps it: it does not join the infra's namespace of that kind.
    let x = &record.host.extras;
    let own = |mode: &str| !matches!(mode, "" | "private");
    let kinds: Vec<&str> = [("ipc", "ipc", &x.ipc_mode), ("uts", "uts", &x.uts_mode), ("pid", "pid", &x.pid_mode)].into_iter().filter(|(s, _, mode)| pod.shares(s) && !own(mode)).map(|(_, k, _)| k).collect();
    if pod.infra_id.is_empty() || kinds.is_empty() {
        return Ok(());
    }
    let (_, state) = ContainerStore::new(root).load(&pod.infra_id)?;
    let state = state.effective();
    if state.status != Status::Running || state.pid <= 0 {
        bail!("the infra container of pod {} is not running (start the pod first)", pod.name);
    }
    let mut v = serde_json::to_value(&*spec).context("encoding the runtime spec")?;
    if kinds.contains(&"uts") {
        // The infra set the pod's host name in the namespace we join.
        if let Some(o) = v.as_object_mut() {
            o.remove("hostname");
        }
    }
    if let Some(list) = v.pointer_mut("/linux/namespaces").and_then(|n| n.as_array_mut()) {
        for k in kinds {
            list.retain(|n| n["type"] != k);
            list.push(serde_json::json!({"type": k, "path": format!("/proc/{}/ns/{k}", state.pid)}));
        }
    }
    *spec = serde_json::from_value(v).context("building the runtime spec")?;
    join_pod_user_namespace(root, record, &pod, state.pid, spec)
}

/// A keep-id member of a pod whose infra runs keep-id (a pod with
/// `--userns keep-id --share pid`), or a member with the ID mapping its
/// infra runs with (`--uidmap ... --share pid`), joins the infra's user namespace instead
/// of making its own: that namespace owns the pod's PID namespace, so the
/// member can mount the pod's /proc (from a user namespace of its own it
/// could not, and would see the monitor's /proc instead).
fn join_pod_user_namespace(root: &std::path::Path, record: &ContainerRecord, pod: &PodRecord, infra_pid: i32, spec: &mut oci_spec::runtime::Spec) -> Result<()> {
    let mapped = |r: &ContainerRecord| !r.host.extras.uid_maps.is_empty();
    if !(record.host.userns == "keep-id" || mapped(record)) || !pod.shares("pid") {
        return Ok(());
    }
    let (infra, _) = ContainerStore::new(root).load(&pod.infra_id)?;
    let same_mapping = mapped(&infra) && infra.host.extras.uid_maps == record.host.extras.uid_maps && infra.host.extras.gid_maps == record.host.extras.gid_maps;
    if !(infra.host.userns == "keep-id" && record.host.userns == "keep-id" || same_mapping) {
        return Ok(());
    }
    let mut linux = spec.linux().clone().unwrap_or_default();
    let mut namespaces = linux.namespaces().clone().unwrap_or_default();
    namespaces.retain(|n| n.typ() != oci_spec::runtime::LinuxNamespaceType::User);
    let path = std::path::PathBuf::from(format!("/proc/{infra_pid}/ns/user"));
    namespaces.insert(0, oci_spec::runtime::LinuxNamespaceBuilder::default().typ(oci_spec::runtime::LinuxNamespaceType::User).path(path).build()?);
    linux.set_namespaces(Some(namespaces));
    spec.set_linux(Some(linux));
    Ok(())
}

/// After a member's final exit (no restart follows): a pod with
/// `--exit-policy stop` stops its infra when no other member runs (the
/// last member to exit sees all the others exited, as each saves its
/// state before it gets here).
pub fn after_member_exit(engine: &Engine, record: &ContainerRecord) {
    if record.host.pod.is_empty() || is_infra(record) {
        return;
    }
    let Ok(pod) = PodStore::new(&engine.paths.root).find(&record.host.pod) else { return };
    if pod.exit_policy != "stop" || pod.infra_id.is_empty() {
        return;
    }
    // An infra started after this exit (`pod restart`) is a new run of the
    // pod: not this member's to stop.
    let containers = ContainerStore::new(&engine.paths.root);
    let finished = containers.load(&record.id).ok().and_then(|(_, s)| s.finished_at);
    let started = containers.load(&pod.infra_id).ok().and_then(|(_, s)| s.started_at);
    if matches!((finished, started), (Some(f), Some(s)) if s > f) {
        return;
    }
    stop_unused_infra(engine, &pod.id);
}

/// Stops the infra of pod `query` when none of its members runs (best
/// effort: the command that started it failed, and reports that).
pub fn stop_unused_infra(engine: &Engine, query: &str) {
    let Ok(pod) = PodStore::new(&engine.paths.root).find(query) else { return };
    let Ok(ctrs) = ContainerStore::new(&engine.paths.root).list() else { return };
    if ctrs.iter().any(|(r, s)| r.host.pod == pod.id && r.id != pod.infra_id && super::ops::is_running(&s.clone().effective())) {
        return;
    }
    let _ = super::ops::stop_many(engine, std::slice::from_ref(&pod.infra_id), None);
}
