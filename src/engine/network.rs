//! Network commands that act on containers too: `network rm -f` removes the
//! containers on the network first, with the engine's container removal
//! (the network layer below does not know how to stop a container).

use crate::engine::Engine;
use anyhow::Result;

/// `network rm [-f]` (see [`crate::network::record::remove`]).
pub fn remove(engine: &Engine, query: &str, force: bool) -> Result<String> {
    crate::network::record::remove(&engine.paths, query, force, &mut |r| {
        super::containers::ops::remove(engine, &r.id, true).map(|_| ())
    })
}
