//! `system reset`: back to an empty dhow, as podman's `system reset` does:
//! every container stopped and removed, every user-defined network's holder
//! stopped, then the whole store (`--root`) and the volatile state
//! (`--runroot`) deleted. Registries, auth and other configuration stay.

use crate::engine::Engine;
use anyhow::{Context, Result};

pub fn reset(engine: &Engine) -> Result<()> {
    // Containers first: their monitors must be gone before the files are.
    for (record, _) in crate::engine::containers::ops::containers(engine).list()? {
        crate::engine::containers::ops::remove(engine, &record.id, true)
            .with_context(|| format!("removing container {}", record.name))?;
    }
    for net in crate::network::record::list_records(&engine.paths.root)? {
        crate::engine::network::remove(engine, &net.name, true).with_context(|| format!("removing network {}", net.name))?;
    }
    for dir in [&engine.paths.root, &engine.paths.runroot] {
        crate::image::store::remove_tree(dir).with_context(|| format!("deleting {}", dir.display()))?;
    }
    Ok(())
}
