//! Starting a container: spawn its monitor (`dhow __monitor ID`, detached in
//! its own session, inside our user namespace) and wait until it reports the
//! container running or failed.

use super::protocol::{self, Frame};
use crate::container::{ContainerStore, Status};
use crate::engine::Engine;
use anyhow::{anyhow, bail, Context, Result};
use std::os::fd::AsRawFd;
use std::os::unix::net::UnixStream;
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};

/// The container could not start; carries docker's exit code (125/126/127).
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct StartFailed {
    pub code: i32,
    pub message: String,
}

/// A started container, with the monitor connection that saw it start.
pub struct Started {
    pub pid: i32,
    /// Receives output (if attached) and the exit code.
    pub conn: UnixStream,
}

/// Starts the monitor for container `id` and waits for the start.
pub fn start(engine: &Engine, id: &str) -> Result<Started> {
    crate::engine::pods::before_member_start(engine, id)?;
    let containers = ContainerStore::new(&engine.paths.root);
    let _lock = containers.lock_container(id)?;
    let (record, state) = containers.load(id)?;
    let state = state.effective();
    if matches!(state.status, Status::Running | Status::Paused | Status::Restarting) {
        bail!("container {} is already running", record.name);
    }
    let dir = containers.dir(id);
    // Limits: decided here so that the warnings reach the user.
    super::limits::decide_and_record(&record, &dir)?;
    let (ours, theirs) = UnixStream::pair().context("creating the monitor socket pair")?;
    let exe = std::env::current_exe().context("finding the dhow executable")?;
    let log = std::fs::OpenOptions::new().create(true).append(true).open(dir.join("monitor.log")).context("opening the monitor log")?;
    let mut cmd = Command::new(exe);
    cmd.arg("--root")
        .arg(&engine.paths.root)
        .arg("--runroot")
        .arg(&engine.paths.runroot)
        .arg("__monitor")
        .arg(id)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::from(log));
    super::monitor::give_malloc_tunables(&mut cmd);
    let fd = theirs.as_raw_fd();
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(move || {
            if libc::setsid() < 0 {
                return Err(std::io::Error::last_os_error());
            }
            if fd == 3 {
                let fl = libc::fcntl(3, libc::F_GETFD);
                libc::fcntl(3, libc::F_SETFD, fl & !libc::FD_CLOEXEC);
            } else if libc::dup2(fd, 3) < 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let mut child = cmd.spawn().context("starting the container monitor")?;
    drop(theirs);
    let mut conn = ours;
    let result = protocol::read_frame(&mut conn);
    // The monitor stays running (reparented to init when we exit); reap it
    // later only if it already ended.
    let _ = child.try_wait();
    match result {
        Ok(Some(Frame::Started { pid })) => Ok(Started { pid, conn }),
        Ok(Some(Frame::Error { code, message })) => Err(StartFailed { code, message }.into()),
        Ok(other) => {
            let _ = child.wait();
            let log = std::fs::read_to_string(dir.join("monitor.log")).unwrap_or_default();
            let last = log.lines().last().unwrap_or("no message");
            Err(anyhow!("the container monitor ended before the container started ({other:?}): {last}"))
        }
        Err(e) => Err(anyhow!("talking to the container monitor: {e}")),
    }
}
