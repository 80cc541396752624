//! `dhow update`: changes to a container's settings after create. Only the
//! restart policy can change here (there are no cgroup limits to update on
//! hosts without delegation). The record is rewritten atomically under the
//! container lock; a running container's monitor re-reads it when the
//! process exits, so the new policy decides that restart.

use super::ops;
use crate::container::record::RestartPolicy;
use crate::container::{ContainerRecord, ContainerStore};
use crate::engine::Engine;
use anyhow::{bail, Result};

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
