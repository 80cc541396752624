//! Lifecycle operations on existing containers: stop, kill, wait, remove.
//! Anything that touches the running process goes through the container's
//! monitor socket: the monitor is the process's parent and shares its user
//! namespace, so it can signal processes of any container user, which a CLI
//! in a namespace of its own could not.

use super::protocol::{self, Frame};
use crate::container::{ContainerRecord, ContainerState, ContainerStore};
use crate::engine::Engine;
use anyhow::{anyhow, bail, Context, Result};
use std::os::unix::net::UnixStream;

pub fn containers(engine: &Engine) -> ContainerStore {
    ContainerStore::new(&engine.paths.root)
}

/// Finds a container by name, ID or unique ID prefix, with its state as it
/// really is (a dead monitor means exited).
pub fn find(engine: &Engine, query: &str) -> Result<(ContainerRecord, ContainerState)> {
    let (r, s) = containers(engine).find(query)?;
    Ok((r, s.effective()))
}

pub fn is_running(s: &ContainerState) -> bool {
    s.is_running()
}

pub(crate) fn connect(engine: &Engine, record: &ContainerRecord) -> Result<UnixStream> {
    let path = super::socket_path(&engine.paths, &record.id);
    UnixStream::connect(&path).with_context(|| format!("connecting to the monitor of container {} ({})", record.name, path.display()))
}

/// Reads frames until the container reports its exit; `None` if the monitor
/// went away first.
fn wait_exit(conn: &mut UnixStream) -> Option<i32> {
    loop {
        match protocol::read_frame(conn) {
            Ok(Some(Frame::Exit { code })) => return Some(code),
            Ok(Some(_)) => {}
            _ => return None,
        }
    }
}

/// `stop`: the stop signal, then SIGKILL after `timeout` seconds (the
/// container's own stop timeout when `None`). Stopping a stopped container is
/// not an error, as in docker.
pub fn stop(engine: &Engine, query: &str, timeout: Option<u32>) -> Result<()> {
    let (record, state) = find(engine, query)?;
    if !is_running(&state) {
        return Ok(());
    }
    let mut conn = connect(engine, &record)?;
    protocol::write_frame(&mut conn, &Frame::Stop { timeout: timeout.unwrap_or(record.config.stop_timeout) })?;
    crate::engine::events::emit(&engine.paths, crate::engine::events::Event::container("stop", &record));
    wait_exit(&mut conn);
    Ok(())
}

/// Stops several containers at once: every monitor is told first, then
/// each exit is awaited, so the stop timeouts run side by side (a pod's
/// members). Containers not running are skipped.
pub fn stop_many(engine: &Engine, ids: &[String], timeout: Option<u32>) -> Result<()> {
    let mut conns = Vec::new();
    for id in ids {
        let (record, state) = find(engine, id)?;
        if !is_running(&state) {
            continue;
        }
        let mut conn = connect(engine, &record)?;
        protocol::write_frame(&mut conn, &Frame::Stop { timeout: timeout.unwrap_or(record.config.stop_timeout) })?;
        crate::engine::events::emit(&engine.paths, crate::engine::events::Event::container("stop", &record));
        conns.push(conn);
    }
    for mut conn in conns {
        wait_exit(&mut conn);
    }
    Ok(())
}

/// `kill -s SIG`.
pub fn kill(engine: &Engine, query: &str, signal: nix::sys::signal::Signal) -> Result<()> {
    let (record, state) = find(engine, query)?;
    if !is_running(&state) {
        // podman's words ("can only kill running containers", "container
        // state improper"), which scripts match.
        bail!("can only kill running containers: {} is in state {}: container state improper", record.name, state.status.as_str());
    }
    let mut conn = connect(engine, &record)?;
    protocol::write_frame(&mut conn, &Frame::Signal(signal as i32))?;
    crate::engine::events::emit(&engine.paths, crate::engine::events::Event::container("kill", &record).with("signal", signal as i32));
    match protocol::read_frame(&mut conn) {
        Ok(Some(Frame::Done)) => Ok(()),
        other => Err(anyhow!("the monitor of {} did not confirm the signal: {other:?}", record.name)),
    }
}

/// `wait`: blocks until the container is not running; returns its exit code.
pub fn wait(engine: &Engine, query: &str) -> Result<i32> {
    let (record, state) = find(engine, query)?;
    if is_running(&state) {
        if let Ok(mut conn) = connect(engine, &record) {
            protocol::write_frame(&mut conn, &Frame::Attach { stdin: false })?;
            // A restart policy may bring it back; docker's wait returns at the
            // first exit, as here.
            if let Some(code) = wait_exit(&mut conn) {
                return Ok(code);
            }
        }
    }
    // Not running, or the monitor is gone: the recorded code.
    let (_, state) = find(engine, &record.id)?;
    Ok(state.exit_code)
}

/// `volume rm [-f]`: a volume in use is refused; with `force` the
/// containers using it are removed first (podman's `-f`), and a missing
/// volume is not an error. Lives here because it removes containers, and
/// the volume layer does not call the container layer.
pub fn remove_volume(engine: &Engine, name: &str, force: bool) -> Result<()> {
    let volumes = crate::engine::volumes::VolumeStore::for_engine(engine);
    if force && volumes.exists(name) {
        let in_use = crate::engine::volumes::users(engine).remove(name).unwrap_or_default();
        for c in &in_use {
            remove(engine, c, true).with_context(|| format!("removing container {c}, which uses volume {name}"))?;
        }
    }
    crate::engine::volumes::remove(engine, name, force)
}

/// The containers that depend on container `id` (its `--requires`, or
/// joining its namespaces with `container:ID`), theirs first, each once:
/// the order `rm --depend` removes them in.
pub fn dependents(engine: &Engine, id: &str) -> Result<Vec<ContainerRecord>> {
    let all: Vec<ContainerRecord> = containers(engine).list()?.into_iter().map(|(r, _)| r).collect();
    let depends_on = |r: &ContainerRecord, on: &str| {
        let x = &r.host.extras;
        let joined = format!("container:{on}");
        x.requires.iter().any(|q| q == on) || [&x.pid_mode, &x.ipc_mode, &x.uts_mode, &x.cgroupns_mode, &r.host.network_mode].iter().any(|m| **m == joined)
    };
    fn visit<'a>(all: &'a [ContainerRecord], on: &str, depends_on: &dyn Fn(&ContainerRecord, &str) -> bool, out: &mut Vec<&'a ContainerRecord>) {
        for r in all.iter().filter(|r| depends_on(r, on)) {
            if out.iter().any(|o| o.id == r.id) {
                continue;
            }
            visit(all, &r.id, depends_on, out);
            if !out.iter().any(|o| o.id == r.id) {
                out.push(r);
            }
        }
    }
    let mut out = Vec::new();
    visit(&all, id, &depends_on, &mut out);
    Ok(out.into_iter().filter(|r| r.id != id).cloned().collect())
}

/// `rm [-f]`.
pub fn remove(engine: &Engine, query: &str, force: bool) -> Result<ContainerRecord> {
    remove_stopping(engine, query, force, 0)
}

/// `rm -f [-t SECONDS]`: a running container gets its stop signal and
/// `stop_timeout` seconds before it is killed (podman's `rm -f -t`). An
/// `--rm` container that removes itself as it stops counts as removed.
pub fn remove_stopping(engine: &Engine, query: &str, force: bool, stop_timeout: u32) -> Result<ContainerRecord> {
    let store = containers(engine);
    let (record, state) = find(engine, query)?;
    if is_running(&state) {
        if !force {
            return Err(crate::error::Busy(format!(
                "cannot remove container {} as it is running: container state improper; stop it first ('dhow stop {}') or remove it with 'dhow rm -f'",
                record.name, record.name
            ))
            .into());
        }
        stop(engine, &record.id, Some(stop_timeout))?;
    }
    // A monitor removing an --rm container (stopped just above) may have
    // beaten us to it, even to its lock file.
    let _lock = match store.lock_container(&record.id) {
        Ok(l) => l,
        Err(_) if !store.dir(&record.id).exists() => return Ok(record),
        Err(e) => return Err(e),
    };
    if !store.dir(&record.id).exists() {
        return Ok(record);
    }
    // A cgroup left by a monitor that was killed goes too (emptied by the
    // kernel once the container's processes, killed with it, are reaped).
    let cgroup = super::limits::Enforcement::load(&store.dir(&record.id)).and_then(|e| e.cgroup);
    store.remove(&record.id)?;
    if let Some(c) = cgroup {
        c.remove();
    }
    crate::engine::events::emit(&engine.paths, crate::engine::events::Event::container("remove", &record));
    Ok(record)
}
