//! The monitor's side of health checks: the I/O around [`Machine`].
//!
//! A check is an exec in the container, started by the monitor itself on
//! its own timer (no extra long-lived process): the monitor forks a
//! short-lived helper in a process group of its own, which enters the
//! container's pid namespace for its children and runs the check as
//! `dhow exec` would (the container's namespaces, user, environment,
//! working directory, capabilities and seccomp filter), waits for it and
//! exits with its code. The helper cannot be the monitor itself: going back
//! to the host's pid namespace after the exec needs privileges a rootless
//! monitor lacks, and it must be able to restart the container later. The
//! check's stdout and stderr go to one pipe the monitor reads (up to
//! [`MAX_OUTPUT`] bytes); on timeout the monitor kills the whole process
//! group (the helper and the check with whatever it started).

use super::machine::{Action, Machine, Timing};
use crate::container::health::{self, Health, HealthLog, HealthStatus, OnFailure, MAX_OUTPUT};
use crate::container::ContainerRecord;
use anyhow::{Context as _, Result};
use chrono::{DateTime, Utc};
use nix::sys::signal::Signal;
use nix::sys::wait::{waitpid, WaitStatus};
use nix::unistd::Pid;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A running check: the helper, and the read end of the output pipe.
struct Probe {
    helper: Pid,
    pidfd: OwnedFd,
    output: Option<OwnedFd>,
    buf: Vec<u8>,
    truncated: bool,
    started: DateTime<Utc>,
}

impl Probe {
    fn start(dir: &Path, record: &ContainerRecord, init: Pid, command: &[String]) -> Result<Probe> {
        let (r, w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("creating the health check's output pipe")?;
        let null: OwnedFd = std::fs::File::open("/dev/null").context("opening /dev/null")?.into();
        let started = Utc::now();
        // SAFETY: the child only runs `helper`, which leaves with _exit; it
        // takes no lock another thread of the monitor may hold (no stdio,
        // and glibc's malloc is safe in a forked child).
        match unsafe { nix::unistd::fork() }.context("forking the health check helper")? {
            nix::unistd::ForkResult::Child => {
                let code = helper(dir, record, init, command, w.as_raw_fd(), null.as_raw_fd());
                // SAFETY: leave without running the monitor's destructors.
                unsafe { libc::_exit(code) }
            }
            nix::unistd::ForkResult::Parent { child } => {
                drop(w);
                // SAFETY: fcntl on our own descriptor.
                unsafe { libc::fcntl(r.as_raw_fd(), libc::F_SETFL, libc::fcntl(r.as_raw_fd(), libc::F_GETFL) | libc::O_NONBLOCK) };
                let pidfd = match crate::engine::containers::exec::pidfd_open(child) {
                    Ok(fd) => fd,
                    Err(e) => {
                        let _ = nix::sys::signal::killpg(child, Signal::SIGKILL);
                        let _ = waitpid(child, None);
                        return Err(e);
                    }
                };
                Ok(Probe { helper: child, pidfd, output: Some(r), buf: Vec::new(), truncated: false, started })
            }
        }
    }

    /// Moves available output into the buffer (beyond [`MAX_OUTPUT`] it is
    /// dropped); closes the pipe at its end.
    fn read_output(&mut self) {
        let Some(fd) = &self.output else { return };
        let mut chunk = [0u8; 4096];
        loop {
            // SAFETY: reading into a stack buffer of the given length.
            let n = unsafe { libc::read(fd.as_raw_fd(), chunk.as_mut_ptr().cast(), chunk.len()) };
            if n > 0 {
                let n = n as usize;
                let keep = n.min(MAX_OUTPUT - self.buf.len());
                self.buf.extend_from_slice(&chunk[..keep]);
                self.truncated |= keep < n;
                continue;
            }
            if n < 0 && std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR) {
                continue;
            }
            if n == 0 {
                self.output = None;
            }
            return;
        }
    }

    /// Kills the helper's process group: the helper, the check and anything
    /// the check started.
    fn kill(&self) {
        let _ = nix::sys::signal::killpg(self.helper, Signal::SIGKILL);
    }

    /// Waits for the helper (it has exited or was killed); docker's code of
    /// the check: its exit status, 128+N for a signal, -1 when killed.
    fn reap(&mut self) -> i32 {
        self.read_output();
        loop {
            match waitpid(self.helper, None) {
                Ok(WaitStatus::Exited(_, c)) => return c,
                Ok(WaitStatus::Signaled(..)) => return -1,
                Ok(_) | Err(nix::errno::Errno::EINTR) => continue,
                Err(_) => return -1,
            }
        }
    }

    fn output(&self) -> String {
        health::truncate_output(&self.buf, self.truncated)
    }
}

/// The helper, in the forked child: returns its exit code.
fn helper(dir: &Path, record: &ContainerRecord, init: Pid, command: &[String], out: RawFd, null: RawFd) -> i32 {
    // SAFETY: plain syscalls on our own process and descriptors.
    unsafe {
        libc::setpgid(0, 0);
        libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL as libc::c_ulong, 0, 0, 0);
        libc::dup2(null, 0);
        libc::dup2(out, 1);
        libc::dup2(out, 2);
        // Nothing of the monitor's (sockets, the container's pipes) stays open here.
        libc::syscall(libc::SYS_close_range, 3u32, u32::MAX, 0u32);
    }
    let fail = |code: i32, msg: String| {
        let line = format!("{msg}\n");
        // SAFETY: writing from a valid buffer to our stderr.
        unsafe { libc::write(2, line.as_ptr().cast(), line.len()) };
        code
    };
    let run = || -> Result<i32> {
        let spec = crate::engine::containers::exec::read_spec(dir, record)?;
        let process = crate::engine::containers::exec::check_process(record, &spec, init, command.to_vec())?;
        crate::engine::containers::exec::children_in_pid_ns(init)?;
        let dup = |fd: RawFd| -> Result<OwnedFd> {
            // SAFETY: fd 0-2 are open (set up above) for the life of the process.
            Ok(unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) }.try_clone_to_owned()?)
        };
        let stdio = crate::runtime::Stdio { stdin: dup(0)?, stdout: dup(1)?, stderr: dup(2)? };
        let pid = match crate::runtime::exec_process(init, &process, &crate::runtime::ExecOptions::from_spec(&spec), stdio) {
            Ok(pid) => pid,
            Err(e) => return Ok(fail(e.exit_code(), e.to_string())),
        };
        crate::engine::containers::exec::wait_code(pid)
    };
    run().unwrap_or_else(|e| fail(crate::error::ENGINE_FAILURE, format!("{e:#}")))
}

/// A new run of the container starts with fresh health ("starting", no
/// log). Written before the start is recorded, so nobody who sees the
/// container running reads the last run's status.
pub fn reset(record: &ContainerRecord, dir: &Path) {
    if record.config.healthcheck.is_some() {
        if let Err(e) = Health::default().save(dir) {
            eprintln!("dhow monitor: {e:#}");
        }
    }
}

/// What the monitor has to act on after a step.
#[derive(Debug, Default)]
pub struct Outcome {
    /// A check ended: its verdict (answers `healthcheck run`): healthy when
    /// it passed, else unhealthy (starting within the start period).
    pub finished: Option<HealthStatus>,
    /// Apply `--health-on-failure`.
    pub on_failure: Option<OnFailure>,
}

/// The health checks of one run of a container.
pub struct Checker {
    machine: Machine,
    timeout: Duration,
    /// The container's start: the machine's time zero.
    origin: Instant,
    command: Vec<String>,
    on_failure: OnFailure,
    health: Health,
    probe: Option<Probe>,
    /// The output of a check that could not even start.
    start_error: Option<(DateTime<Utc>, String)>,
    dir: PathBuf,
}

/// What a step needs to know about the container.
pub struct Container<'a> {
    pub record: &'a ContainerRecord,
    /// The container's init (host PID).
    pub init: Pid,
    pub paths: &'a crate::config::paths::Paths,
}

impl Checker {
    /// The checks of a container that has just started (None without a
    /// healthcheck), whose status file the monitor reset to "starting"
    /// before it recorded the start ([`reset`]).
    pub fn new(record: &ContainerRecord, dir: &Path) -> Option<Checker> {
        let config = record.config.healthcheck.as_ref()?;
        let command = config.command()?;
        let timing = Timing::of(config);
        let health = Health::default();
        Some(Checker {
            machine: Machine::new(timing),
            timeout: timing.timeout,
            origin: Instant::now(),
            command,
            on_failure: record.config.health_on_failure,
            health,
            probe: None,
            start_error: None,
            dir: dir.to_path_buf(),
        })
    }

    /// When the monitor must call [`Checker::step`] even if nothing is readable.
    pub fn deadline(&self) -> Option<Instant> {
        self.machine.wake_at().map(|t| self.origin + t)
    }

    /// The descriptors to poll: the helper's pidfd and the output pipe.
    pub fn fds(&self) -> [Option<RawFd>; 2] {
        match &self.probe {
            Some(p) => [Some(p.pidfd.as_raw_fd()), p.output.as_ref().map(|o| o.as_raw_fd())],
            None => [None, None],
        }
    }

    fn now(&self) -> Duration {
        self.origin.elapsed()
    }

    /// `healthcheck run`: a check now (or the running one's result).
    pub fn run_now(&mut self, ctx: &Container) -> Outcome {
        let actions = self.machine.run_now(self.now());
        self.apply(actions, ctx)
    }

    /// Reads output, reaps a finished check, acts on the timers.
    pub fn step(&mut self, ctx: &Container, helper_done: bool, output_ready: bool) -> Outcome {
        let mut out = Outcome::default();
        if output_ready {
            if let Some(p) = &mut self.probe {
                p.read_output();
            }
        }
        if helper_done {
            if let Some(mut p) = self.probe.take() {
                let code = p.reap();
                let actions = self.machine.finished(self.now(), code);
                self.probe = Some(p);
                out = self.apply(actions, ctx);
                self.probe = None;
            }
        }
        let actions = self.machine.tick(self.now());
        let more = self.apply(actions, ctx);
        Outcome { finished: more.finished.or(out.finished), on_failure: more.on_failure.or(out.on_failure) }
    }

    fn apply(&mut self, actions: Vec<Action>, ctx: &Container) -> Outcome {
        let mut out = Outcome::default();
        for a in actions {
            match a {
                Action::StartCheck => {
                    if let Some(mut old) = self.probe.take() {
                        old.kill();
                        old.reap();
                    }
                    match Probe::start(&self.dir, ctx.record, ctx.init, &self.command) {
                        Ok(p) => self.probe = Some(p),
                        Err(e) => {
                            // Recorded as a failed check, as docker records an exec error.
                            self.start_error = Some((Utc::now(), format!("{e:#}")));
                            let more = self.machine.finished(self.now(), -1);
                            let o = self.apply(more, ctx);
                            out.finished = o.finished.or(out.finished);
                            out.on_failure = o.on_failure.or(out.on_failure);
                        }
                    }
                }
                Action::KillCheck => {
                    if let Some(p) = &self.probe {
                        p.kill();
                    }
                }
                Action::Record { exit_code, timed_out } => {
                    let end = Utc::now();
                    let (start, output) = if let Some((t, msg)) = self.start_error.take() {
                        (t, msg)
                    } else if let Some(p) = &self.probe {
                        let o = if timed_out {
                            format!("Health check exceeded timeout ({})", crate::util::duration::format_go(self.timeout.as_nanos() as i64))
                        } else {
                            p.output()
                        };
                        (p.started, o)
                    } else {
                        (end, String::new())
                    };
                    self.health.push_log(HealthLog { start, end, exit_code, output });
                    self.health.status = self.machine.status();
                    self.health.failing_streak = self.machine.failing_streak();
                    if let Err(e) = self.health.save(&self.dir) {
                        eprintln!("dhow monitor: {e:#}");
                    }
                    // This check's verdict: a failure reads "unhealthy"
                    // even while the streak is below the retries.
                    out.finished = Some(match (exit_code, self.health.status) {
                        (0, _) => HealthStatus::Healthy,
                        (_, HealthStatus::Starting) => HealthStatus::Starting,
                        _ => HealthStatus::Unhealthy,
                    });
                }
                Action::StatusChanged(s) => {
                    use crate::engine::events::{emit, Event};
                    emit(ctx.paths, Event::container("health_status", ctx.record).with("health_status", s.as_str()));
                }
                Action::OnFailure => {
                    if !self.on_failure.is_none() {
                        out.on_failure = Some(self.on_failure);
                    }
                }
            }
        }
        out
    }
}

impl Drop for Checker {
    /// The container is gone: so is a check still running in it, and the
    /// status is "unhealthy", as docker marks it when its checks stop.
    fn drop(&mut self) {
        if let Some(mut p) = self.probe.take() {
            p.kill();
            p.reap();
        }
        self.health.status = HealthStatus::Unhealthy;
        let _ = self.health.save(&self.dir);
    }
}
