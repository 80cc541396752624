//! Health checks: the pure timing rules ([`machine`]), the monitor's side
//! that runs the checks ([`probe`]), and the client side: `healthcheck run`
//! asks the monitor for a check now, `wait --condition` polls the state.

pub mod machine;
pub mod probe;

use super::ops;
use super::protocol::{self, Frame};
use crate::container::health::{Health, HealthStatus};
use crate::container::{ContainerRecord, ContainerState, Status};
use crate::engine::Engine;
use anyhow::{anyhow, bail, Result};

/// `healthcheck run`: the container's monitor runs the check now (and
/// records it); returns its verdict: healthy when it passed, else unhealthy
/// (starting while a failure does not count yet). Errors (exit 125) when the container has no
/// health check or is not running.
pub fn run_now(engine: &Engine, query: &str) -> Result<HealthStatus> {
    let (record, state) = ops::find(engine, query)?;
    if record.config.healthcheck.is_none() {
        bail!("container {} has no defined healthcheck (create it with --health-cmd, or from an image with a HEALTHCHECK)", record.name);
    }
    if state.status != Status::Running {
        bail!("container {} is not running, so its health check cannot run (start it with 'dhow start {}')", record.name, record.name);
    }
    let mut conn = ops::connect(engine, &record)?;
    protocol::write_frame(&mut conn, &Frame::HealthCheck)?;
    loop {
        match protocol::read_frame(&mut conn) {
            Ok(Some(Frame::Health(s))) => {
                return serde_json::from_value(serde_json::Value::String(s.clone()))
                    .map_err(|_| anyhow!("the monitor of {} reported an unknown health status {s:?}", record.name));
            }
            Ok(Some(Frame::Error { message, .. })) => bail!("{message}"),
            Ok(Some(_)) => {}
            Ok(None) | Err(_) => bail!("container {} stopped before its health check ended", record.name),
        }
    }
}

/// docker's `State.Health` as it really is: None without a health check or
/// before the first start; "starting" until the monitor wrote one; and
/// "unhealthy" once the container is not running (docker marks it so when
/// its checks stop, and this also covers a monitor killed with -9).
pub fn state_of(dir: &std::path::Path, record: &ContainerRecord, state: &ContainerState) -> Option<Health> {
    record.config.healthcheck.as_ref()?;
    let saved = Health::load(dir);
    if ops::is_running(state) {
        return Some(saved.unwrap_or_default());
    }
    let mut h = saved?;
    h.status = HealthStatus::Unhealthy;
    Some(h)
}

/// The health shown in `ps`'s STATUS: that of a running container.
pub fn current(dir: &std::path::Path, record: &ContainerRecord, state: &ContainerState) -> Option<HealthStatus> {
    if !matches!(state.status, Status::Running | Status::Paused) {
        return None;
    }
    state_of(dir, record, state).map(|h| h.status)
}

