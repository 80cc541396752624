//! `dhow update`: changes to a container's settings after create: the
//! restart policy and the resource limits. The record is rewritten
//! atomically under the container lock; a running container's monitor
//! re-reads it when the process exits, so a new policy decides that
//! restart. New limits of a running container are written into its cgroup
//! first (so a value the kernel refuses changes nothing); limits its cgroup
//! cannot hold take effect at the next start, with a warning.

use super::ops;
use crate::container::record::RestartPolicy;
use crate::container::{ContainerRecord, ContainerStore};
use crate::engine::Engine;
use super::limits;
use crate::container::resources::{HostCpus, ResourceFlags};
use crate::container::Status;
use crate::runtime::cgroups;
use anyhow::{anyhow, bail, Result};

/// Sets the restart policy of container `query`; returns the record.
pub fn set_restart_policy(engine: &Engine, query: &str, policy: &RestartPolicy) -> Result<ContainerRecord> {
    let store = ContainerStore::new(&engine.paths.root);
    let (found, _) = ops::find(engine, query)?;
    let _lock = store.lock_container(&found.id)?;
    // Re-read under the lock: a concurrent rename or update must not be lost.
    let (mut record, _) = store.load(&found.id)?;
    if record.host.auto_remove && policy.name != "no" {
        bail!("cannot update container {}: a restart policy conflicts with --rm (auto-remove)", record.name);
    }
    record.host.restart_policy = policy.clone();
    crate::util::atomic::write_json(&store.dir(&record.id).join("container.json"), &record)?;
    Ok(record)
}

/// Turns auto-remove (`--rm`) of container `id` off or on (see
/// `start::restart`).
pub(crate) fn set_auto_remove(engine: &Engine, id: &str, on: bool) -> Result<()> {
    let store = ContainerStore::new(&engine.paths.root);
    let _lock = store.lock_container(id)?;
    let (mut record, _) = store.load(id)?;
    record.host.auto_remove = on;
    crate::util::atomic::write_json(&store.dir(id).join("container.json"), &record)
}

/// Applies resource-limit `flags` to container `query`: live through its
/// cgroup when it runs with one, recorded for the next start otherwise.
/// Returns the record and warnings for limits not applied live.
pub fn set_limits(engine: &Engine, query: &str, flags: &ResourceFlags) -> Result<(ContainerRecord, Vec<String>)> {
    let store = ContainerStore::new(&engine.paths.root);
    let (found, _) = ops::find(engine, query)?;
    let _lock = store.lock_container(&found.id)?;
    let (mut record, state) = store.load(&found.id)?;
    let new = record.host.resources.apply(flags, &HostCpus::detect()).map_err(|e| anyhow!(e))?;
    let dir = store.dir(&record.id);
    let mut warnings = Vec::new();
    let running = matches!(state.effective().status, Status::Running | Status::Paused);
    if running {
        let enf = limits::Enforcement::load(&dir).unwrap_or_default();
        match &enf.cgroup {
            Some(cg) => {
                let values = cgroups::Limits::from_oci(&limits::oci_resources(&new, true));
                cg.apply(&values).map_err(|e| anyhow!("cannot update container {}: {e}", record.name))?;
                for l in new.limits() {
                    if !cg.has(l.v1_controller()) {
                        warnings.push(format!("{} is not enforced: the container's cgroup has no {} controller", l.flag(), l.v1_controller()));
                    }
                }
            }
            None if new != record.host.resources => {
                warnings.push("the container runs without a cgroup: the new limits take effect at its next start".to_string());
            }
            None => {}
        }
        // Keep what inspect shows about the enforcement in step.
        let mut updated = record.clone();
        updated.host.resources = new.clone();
        let mut next = limits::decide(&updated, &cgroups::Host::detect());
        next.cgroup = enf.cgroup.clone();
        next.save(&dir)?;
    }
    record.host.resources = new;
    crate::util::atomic::write_json(&dir.join("container.json"), &record)?;
    Ok((record, warnings))
}

/// `system migrate --new-runtime`: every container runs with `runtime`
/// from its next start ("dhow": the built-in one); returns their names.
pub fn set_runtime_of_all(engine: &Engine, runtime: &str) -> Result<Vec<String>> {
    let store = ContainerStore::new(&engine.paths.root);
    let mut changed = Vec::new();
    for (found, _) in store.list()? {
        let _lock = store.lock_container(&found.id)?;
        let (mut record, _) = store.load(&found.id)?;
        record.host.runtime = (runtime != "dhow").then(|| runtime.to_string());
        crate::util::atomic::write_json(&store.dir(&record.id).join("container.json"), &record)?;
        changed.push(record.name);
    }
    Ok(changed)
}
