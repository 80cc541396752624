//! Network commands that act on containers too: `network rm -f` removes the
//! containers on the network first, with the engine's container removal
//! (the network layer below does not know how to stop a container); `port`
//! finds the container and asks the network layer what it publishes.

use crate::container::ports::PortBinding;
use crate::container::ContainerRecord;
use crate::engine::Engine;
use anyhow::Result;

/// `port CTR`: the container and the ports it publishes now.
pub fn published_ports(engine: &Engine, container: &str) -> Result<(ContainerRecord, Vec<PortBinding>)> {
    let (record, state) = super::containers::ops::find(engine, container)?;
    let dir = super::containers::ops::containers(engine).dir(&record.id);
    let running = state.effective().is_running();
    let ports = crate::network::attach::published_ports(&record, &dir, running);
    Ok((record, ports))
}

/// `network rm [-f]` (see [`crate::network::holder::remove`]).
pub fn remove(engine: &Engine, query: &str, force: bool) -> Result<String> {
    remove_waiting(engine, query, force, None)
}

/// [`remove`]; with `force` and `stop_timeout` each container on the
/// network is first stopped with that grace period (`network rm -t`).
pub fn remove_waiting(engine: &Engine, query: &str, force: bool, stop_timeout: Option<u32>) -> Result<String> {
    crate::network::holder::remove(&engine.paths, query, force, &mut |r| {
        if stop_timeout.is_some() {
            super::containers::ops::stop(engine, &r.id, stop_timeout)?;
        }
        super::containers::ops::remove(engine, &r.id, true).map(|_| ())
    })
}
