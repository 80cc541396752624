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
    start_preserving(engine, id, 0)
}

/// `restart`: stop (after `timeout` seconds, else the container's own stop
/// timeout), then start again. A `--rm` container is kept through it, as
/// docker and podman do: its auto-remove is off while it stops and on again
/// once it has started (or failed to).
pub fn restart(engine: &Engine, query: &str, timeout: Option<u32>) -> Result<()> {
    let (record, _) = super::ops::find(engine, query)?;
    let again = || super::ops::stop(engine, &record.id, timeout).and_then(|()| start(engine, &record.id).map(drop));
    if !record.host.auto_remove {
        return again();
    }
    super::update::set_auto_remove(engine, &record.id, false)?;
    let result = again();
    let restored = super::update::set_auto_remove(engine, &record.id, true);
    result.and(restored)
}

/// [`start`], passing our descriptors 3..3+`preserve_fds` on to the
/// container's process (`run --preserve-fds`): the monitor gets them at the
/// same numbers and its socket after them (see `extras::monitor_socket_fd`).
pub fn start_preserving(engine: &Engine, id: &str, preserve_fds: u32) -> Result<Started> {
    spawn_preserving(engine, id, preserve_fds)?.wait()
}

/// A monitor spawned for a start, not yet heard from: several can be
/// spawned before any is awaited (a pod's members start side by side).
pub struct Pending {
    child: std::process::Child,
    conn: UnixStream,
    dir: std::path::PathBuf,
    record: crate::container::record::ContainerRecord,
    _lock: crate::util::lock::FileLock,
}

/// Spawns the monitor for container `id`; [`Pending::wait`] waits for the start.
pub fn spawn(engine: &Engine, id: &str) -> Result<Pending> {
    spawn_preserving(engine, id, 0)
}

/// [`spawn`] with `preserve_fds` descriptors passed on (see [`start_preserving`]).
fn spawn_preserving(engine: &Engine, id: &str, preserve_fds: u32) -> Result<Pending> {
    super::pod_member::before_member_start(engine, id)?;
    super::extras::before_start(engine, id)?;
    let containers = ContainerStore::new(&engine.paths.root);
    let _lock = containers.lock_container(id)?;
    let (record, state) = containers.load(id)?;
    let state = state.effective();
    if matches!(state.status, Status::Running | Status::Paused | Status::Restarting) {
        bail!("container {} is already running", record.name);
    }
    let dir = containers.dir(id);
    // Limits: decided here so that the warnings reach the user.
    let enf = super::limits::decide_and_record(&record, &dir)?;
    let (ours, theirs) = UnixStream::pair().context("creating the monitor socket pair")?;
    let exe = std::env::current_exe().context("finding the dhow executable")?;
    let log = std::fs::OpenOptions::new().create(true).append(true).open(dir.join("monitor.log")).context("opening the monitor log")?;
    let mut cmd = match &enf.scope {
        // systemd-run registers the scope with its own PID and execs the
        // monitor in it (same process: the steps below apply unchanged).
        Some(scope) => super::limits::scope_command(scope, &record, &exe, &engine.paths.root, &engine.paths.runroot)?,
        None => Command::new(exe),
    };
    cmd.arg("--root")
        .arg(&engine.paths.root)
        .arg("--runroot")
        .arg(&engine.paths.runroot)
        .arg("__monitor")
        .arg(id)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::from(log));
    crate::sys::memory::give_malloc_tunables(&mut cmd);
    // The container's init is forked from the monitor: it runs from a
    // read-only view of our binary when the container could write it (see
    // `sys::exe`). Made here for free when we may (we are in the user
    // namespace); else the monitor makes it and re-executes itself.
    let view = crate::sys::exe::ReadonlyView::prepare()?;
    let fd = theirs.as_raw_fd();
    let target = 3 + preserve_fds as i32;
    if preserve_fds > 0 {
        cmd.env(super::extras::PRESERVE_FDS_ENV, preserve_fds.to_string());
    }
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(move || {
            if libc::setsid() < 0 {
                return Err(std::io::Error::last_os_error());
            }
            if let Some(v) = &view {
                // Failing here (no CAP_SYS_ADMIN) leaves it to the monitor.
                let _ = v.apply();
            }
            if fd == target {
                let fl = libc::fcntl(target, libc::F_GETFD);
                libc::fcntl(target, libc::F_SETFD, fl & !libc::FD_CLOEXEC);
            } else if libc::dup2(fd, target) < 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let child = cmd.spawn().context("starting the container monitor")?;
    drop(theirs);
    Ok(Pending { child, conn: ours, dir, record, _lock })
}

impl Pending {
    /// Waits until the monitor reports the container running or failed.
    pub fn wait(self) -> Result<Started> {
        let Pending { mut child, mut conn, dir, record, _lock } = self;
        let result = protocol::read_frame(&mut conn);
        // The monitor stays running (reparented to init when we exit); reap it
        // later only if it already ended.
        let _ = child.try_wait();
        match result {
            Ok(Some(Frame::Started { pid })) => {
                super::extras::write_pid_files(&record, pid, child.id())?;
                Ok(Started { pid, conn })
            }
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
}
