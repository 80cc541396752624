//! `rename OLD NEW`: a container's name is only a field of its record, so
//! renaming is a locked rewrite of that record (even while it runs, as in
//! docker). Uniqueness is checked by [`ContainerStore::rename`] under the
//! store's creation lock.
//!
//! [`ContainerStore::rename`]: crate::container::ContainerStore::rename

use crate::container::{names, ContainerRecord};
use crate::engine::Engine;
use anyhow::{anyhow, Result};

/// Renames the container `query` (name, ID or ID prefix) to `new_name`.
pub fn rename(engine: &Engine, query: &str, new_name: &str) -> Result<ContainerRecord> {
    // docker accepts "/name" as well.
    let new_name = new_name.strip_prefix('/').unwrap_or(new_name);
    names::validate(new_name).map_err(|e| anyhow!(e))?;
    let (record, _) = super::ops::find(engine, query)?;
    let renamed = super::ops::containers(engine).rename(&record.id, new_name)?;
    crate::engine::events::emit(&engine.paths, crate::engine::events::Event::container("rename", &renamed).with("oldName", &record.name));
    Ok(renamed)
}
