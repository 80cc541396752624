//! `dhow pause` / `unpause` without a freezer cgroup.
//!
//! dhow's hosts use cgroup v1 with no delegation to unprivileged users, so
//! there is no freezer to write to. Instead every process of the container
//! (every process in the init's pid namespace) gets SIGSTOP, and SIGCONT to
//! resume. The signals are sent by the container's monitor, which shares the
//! container's user namespace and can signal processes of any container
//! user; the CLI only asks it over the socket and the monitor records
//! `paused` in `state.json`.

use super::ops;
use super::protocol::{self, Frame};
use crate::container::Status;
use crate::engine::Engine;
use crate::error::Exit;
use anyhow::{anyhow, Context, Result};
use nix::sys::signal::Signal;
use nix::unistd::Pid;
use std::os::linux::fs::MetadataExt;
use std::os::unix::net::UnixStream;

/// The namespace identity (device, inode) of `/proc/PID/ns/NAME`.
fn ns_id(pid: i32, name: &str) -> Option<(u64, u64)> {
    std::fs::metadata(format!("/proc/{pid}/ns/{name}")).ok().map(|m| (m.st_dev(), m.st_ino()))
}

/// Every process in the pid namespace of `init` (the container), init
/// included, as host PIDs in ascending order. Processes we may not inspect
/// are skipped: they are not the container's (its user namespace is ours).
pub fn container_pids(init: Pid) -> Vec<Pid> {
    let Some(target) = ns_id(init.as_raw(), "pid") else { return Vec::new() };
    let Ok(dir) = std::fs::read_dir("/proc") else { return Vec::new() };
    let mut out: Vec<Pid> = dir
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<i32>().ok())
        .filter(|&p| ns_id(p, "pid") == Some(target))
        .map(Pid::from_raw)
        .collect();
    out.sort_unstable();
    out
}

/// Sends `sig` to every process of the container. For SIGSTOP the scan is
/// repeated until it finds no process it has not stopped yet, so a process
/// forked during the scan is caught too.
pub fn signal_all(init: Pid, sig: Signal) {
    let mut done: Vec<Pid> = Vec::new();
    for _ in 0..20 {
        let fresh: Vec<Pid> = container_pids(init).into_iter().filter(|p| !done.contains(p)).collect();
        if fresh.is_empty() {
            break;
        }
        for p in fresh {
            let _ = nix::sys::signal::kill(p, sig);
            done.push(p);
        }
        if sig != Signal::SIGSTOP {
            break;
        }
    }
}

/// The monitor's answer to a pause (`pause` true) or unpause request for a
/// container whose status is `status`; `None` means go ahead.
pub fn refusal(name: &str, status: Status, pause: bool) -> Option<Frame> {
    let message = match (pause, status) {
        (true, Status::Paused) => format!("container {name} is already paused"),
        (true, Status::Running) => return None,
        (false, Status::Paused) => return None,
        (false, _) => format!("container {name} is not paused"),
        (true, _) => format!("container {name} is not running"),
    };
    Some(Frame::Error { code: crate::error::ENGINE_FAILURE, message })
}

fn request(engine: &Engine, query: &str, pause: bool) -> Result<String> {
    let (record, state) = ops::find(engine, query)?;
    let fail = |m: String| -> anyhow::Error { Exit::with_code(crate::error::ENGINE_FAILURE, m).into() };
    if let Some(Frame::Error { message, .. }) = refusal(&record.name, state.status, pause) {
        return Err(fail(message));
    }
    let path = super::socket_path(&engine.paths, &record.id);
    let mut conn = UnixStream::connect(&path)
        .with_context(|| format!("connecting to the monitor of container {} ({})", record.name, path.display()))?;
    protocol::write_frame(&mut conn, if pause { &Frame::Pause } else { &Frame::Unpause })?;
    match protocol::read_frame(&mut conn) {
        Ok(Some(Frame::Done)) => Ok(record.name),
        Ok(Some(Frame::Error { message, .. })) => Err(fail(message)),
        other => Err(anyhow!("the monitor of {} did not confirm the request: {other:?}", record.name)),
    }
}

/// `pause`: stops every process of a running container; returns its name.
pub fn pause(engine: &Engine, query: &str) -> Result<String> {
    request(engine, query, true)
}

/// `unpause`: resumes a paused container; returns its name.
pub fn unpause(engine: &Engine, query: &str) -> Result<String> {
    request(engine, query, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn our_own_pid_namespace_holds_us() {
        // Our own pid namespace (the test's) contains this process.
        let me = Pid::this();
        assert!(container_pids(me).contains(&me));
        assert!(container_pids(Pid::from_raw(i32::MAX)).is_empty());
    }

    #[test]
    fn refusals_follow_docker() {
        assert!(refusal("c", Status::Running, true).is_none());
        assert!(refusal("c", Status::Paused, false).is_none());
        let msg = |f: Option<Frame>| match f {
            Some(Frame::Error { message, code }) => {
                assert_eq!(code, 125);
                message
            }
            other => panic!("{other:?}"),
        };
        assert_eq!(msg(refusal("c", Status::Paused, true)), "container c is already paused");
        assert_eq!(msg(refusal("c", Status::Running, false)), "container c is not paused");
        assert_eq!(msg(refusal("c", Status::Exited, true)), "container c is not running");
        assert_eq!(msg(refusal("c", Status::Created, false)), "container c is not paused");
    }
}
