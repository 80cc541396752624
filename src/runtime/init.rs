//! The last steps before `execve`, shared by the container init and by
//! processes started with `exec`: standard streams, rlimits, OOM score,
//! `no_new_privs`, capabilities and user, seccomp, working directory,
//! signals, and the command itself.

use std::convert::Infallible;
use std::os::fd::{AsRawFd, OwnedFd};

use nix::errno::Errno;
use nix::fcntl::{fcntl, FcntlArg};
use oci_spec::runtime::{PosixRlimit, PosixRlimitType, Process};
use seccompiler::BpfProgram;

use super::{caps, command, seccomp, RuntimeError, Stdio};

fn err(step: &str, e: impl std::fmt::Display) -> RuntimeError {
    RuntimeError::setup(step, e)
}

/// Puts the caller's streams on 0/1/2. Each is first duplicated above 2 so
/// that, whatever numbers the caller's descriptors have, no `dup2` can
/// overwrite another stream before it is placed. With a terminal the
/// process becomes a session leader with the pty as controlling terminal,
/// so job control and `^C` work.
pub(crate) fn setup_stdio(stdio: Stdio, terminal: bool) -> Result<(), RuntimeError> {
    let mut high = Vec::with_capacity(3);
    for fd in [&stdio.stdin, &stdio.stdout, &stdio.stderr] {
        let n = fcntl(fd.as_raw_fd(), FcntlArg::F_DUPFD_CLOEXEC(3))
            .map_err(|e| err("set up stdio", e))?;
        // SAFETY: fresh descriptor from fcntl.
        high.push(unsafe { <OwnedFd as std::os::fd::FromRawFd>::from_raw_fd(n) });
    }
    drop(stdio);
    for (target, fd) in high.iter().enumerate() {
        nix::unistd::dup2(fd.as_raw_fd(), target as i32).map_err(|e| err("set up stdio", e))?;
    }
    drop(high);
    if terminal {
        nix::unistd::setsid().map_err(|e| err("create session", e))?;
        // SAFETY: TIOCSCTTY on fd 0 with argument 0 (do not steal).
        if unsafe { libc::ioctl(0, libc::TIOCSCTTY as _, 0) } < 0 {
            return Err(err("set controlling terminal", Errno::last()));
        }
    }
    Ok(())
}

fn resource(t: PosixRlimitType) -> libc::__rlimit_resource_t {
    (match t {
        PosixRlimitType::RlimitCpu => libc::RLIMIT_CPU,
        PosixRlimitType::RlimitFsize => libc::RLIMIT_FSIZE,
        PosixRlimitType::RlimitData => libc::RLIMIT_DATA,
        PosixRlimitType::RlimitStack => libc::RLIMIT_STACK,
        PosixRlimitType::RlimitCore => libc::RLIMIT_CORE,
        PosixRlimitType::RlimitRss => libc::RLIMIT_RSS,
        PosixRlimitType::RlimitNproc => libc::RLIMIT_NPROC,
        PosixRlimitType::RlimitNofile => libc::RLIMIT_NOFILE,
        PosixRlimitType::RlimitMemlock => libc::RLIMIT_MEMLOCK,
        PosixRlimitType::RlimitAs => libc::RLIMIT_AS,
        PosixRlimitType::RlimitLocks => libc::RLIMIT_LOCKS,
        PosixRlimitType::RlimitSigpending => libc::RLIMIT_SIGPENDING,
        PosixRlimitType::RlimitMsgqueue => libc::RLIMIT_MSGQUEUE,
        PosixRlimitType::RlimitNice => libc::RLIMIT_NICE,
        PosixRlimitType::RlimitRtprio => libc::RLIMIT_RTPRIO,
        PosixRlimitType::RlimitRttime => libc::RLIMIT_RTTIME,
    }) as libc::__rlimit_resource_t
}

/// Applies `process.rlimits`. Raising a hard limit needs privilege over
/// the initial user namespace, which a rootless container lacks; then the
/// limit is clamped to the current hard limit, as podman does, instead of
/// failing the container.
fn set_rlimits(limits: &[PosixRlimit]) -> Result<(), RuntimeError> {
    for l in limits {
        let res = resource(l.typ());
        let mut want = libc::rlimit {
            rlim_cur: l.soft(),
            rlim_max: l.hard(),
        };
        // SAFETY: valid resource and struct pointer.
        if unsafe { libc::setrlimit(res, &want) } == 0 {
            continue;
        }
        let e = Errno::last();
        let mut cur = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: as above.
        if e == Errno::EPERM
            && unsafe { libc::getrlimit(res, &mut cur) } == 0
            && want.rlim_max > cur.rlim_max
        {
            want.rlim_max = cur.rlim_max;
            want.rlim_cur = want.rlim_cur.min(cur.rlim_max);
            // SAFETY: as above.
            if unsafe { libc::setrlimit(res, &want) } == 0 {
                continue;
            }
        }
        return Err(err(&format!("set rlimit {}", l.typ()), e));
    }
    Ok(())
}

/// Writes `oom_score_adj`. Lowering it needs `CAP_SYS_RESOURCE` in the
/// initial user namespace; a rootless container keeps the inherited value
/// rather than failing, as podman does.
fn set_oom_score_adj(v: i32) -> Result<(), RuntimeError> {
    match std::fs::write("/proc/self/oom_score_adj", v.to_string()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => Ok(()),
        Err(e) => Err(err("set oom_score_adj", e)),
    }
}

/// Resets signal dispositions and the mask: ignored signals survive
/// `execve`, and the caller (a Rust program) ignores `SIGPIPE`, which would
/// break pipelines in the container.
fn reset_signals() {
    // SAFETY: setting default dispositions and an empty mask is always sound.
    unsafe {
        for sig in 1..libc::SIGRTMAX() {
            if sig != libc::SIGKILL && sig != libc::SIGSTOP {
                libc::signal(sig, libc::SIG_DFL);
            }
        }
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigprocmask(libc::SIG_SETMASK, &set, std::ptr::null_mut());
    }
}

/// How many descriptors from 3 on the command keeps (`--preserve-fds`);
/// set in the child process before [`finalize`].
static PRESERVE_FDS: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

/// Keeps descriptors 3..3+n open across the exec (see [`PRESERVE_FDS`]).
pub(crate) fn preserve_fds(n: u32) {
    PRESERVE_FDS.store(n, std::sync::atomic::Ordering::Relaxed);
}

/// Marks every descriptor above 2 close-on-exec (but the preserved ones),
/// so the command inherits only its standard streams, whatever the caller
/// had open.
fn cloexec_from_3() -> Result<(), RuntimeError> {
    let keep = PRESERVE_FDS.load(std::sync::atomic::Ordering::Relaxed);
    for fd in 3..3u32.saturating_add(keep) {
        // SAFETY: changes only the descriptor's flags; a closed one is EBADF.
        if unsafe { libc::fcntl(fd as i32, libc::F_SETFD, 0) } != 0 {
            return Err(err(&format!("preserve descriptor {fd}"), Errno::last()));
        }
    }
    // SAFETY: close_range with CLOSE_RANGE_CLOEXEC changes only flags.
    let rc = unsafe {
        libc::syscall(
            libc::SYS_close_range,
            3u32.saturating_add(keep),
            u32::MAX,
            libc::CLOSE_RANGE_CLOEXEC,
        )
    };
    if rc != 0 {
        return Err(err("close inherited descriptors", Errno::last()));
    }
    Ok(())
}

/// What happens to the process when the one that created it dies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ParentDeath {
    /// Keep running (exec'd processes outlive a `dhow exec` that is killed).
    Ignore,
    /// SIGKILL: a container init dies with its monitor, so a container can
    /// never run on unsupervised while `ps` calls it exited. The descriptor
    /// is our end of the pipe whose other end only the monitor holds: it
    /// tells whether the monitor died before the signal was armed.
    Kill(std::os::fd::RawFd),
}

/// Runs the final steps and `execve`s `process.args`. Returns only the
/// error that stopped it.
pub(crate) fn finalize(process: &Process, filters: &[BpfProgram], parent_death: ParentDeath) -> RuntimeError {
    match run(process, filters, parent_death) {
        Err(e) => e,
        Ok(never) => match never {},
    }
}

fn run(process: &Process, filters: &[BpfProgram], parent_death: ParentDeath) -> Result<Infallible, RuntimeError> {
    set_rlimits(process.rlimits().as_deref().unwrap_or(&[]))?;
    if let Some(v) = process.oom_score_adj() {
        set_oom_score_adj(v)?;
    }
    let nnp = process.no_new_privileges().unwrap_or(false);
    if nnp {
        // SAFETY: plain prctl.
        if unsafe { libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) } != 0 {
            return Err(err("set no_new_privileges", Errno::last()));
        }
    }
    let capabilities = process.capabilities().as_ref();
    caps::limit_bounding(capabilities)?;
    // Without no_new_privs, installing a filter needs CAP_SYS_ADMIN, so it
    // happens while we still have it (runc does the same).
    if !nnp {
        seccomp::install(filters).map_err(|e| err("install seccomp filter", e))?;
    }
    caps::switch_user(process.user())?;
    caps::apply_sets(capabilities)?;
    if let ParentDeath::Kill(parent_pipe) = parent_death {
        // Set after the credential change, which clears it.
        // SAFETY: plain prctl.
        unsafe {
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL as libc::c_ulong, 0, 0, 0);
        }
        // A monitor killed before that line sent no signal, and getppid()
        // cannot tell (0 in a new pid namespace): the pipe to it has no
        // reader left then (POLLERR on our write end). Without this the
        // container would run on, orphaned, unseen by `rm -f`.
        let mut p = libc::pollfd { fd: parent_pipe, events: libc::POLLOUT, revents: 0 };
        // SAFETY: poll on one descriptor we hold, without waiting.
        if unsafe { libc::poll(&mut p, 1, 0) } == 1 && p.revents & libc::POLLERR != 0 {
            return Err(err("start", "the container's monitor is gone"));
        }
    }

    let cwd = process.cwd();
    nix::unistd::chdir(cwd.as_path()).map_err(|e| {
        err(
            "change to the working directory",
            format!("{}: {e}", cwd.display()),
        )
    })?;
    let args = process.args().as_deref().unwrap_or(&[]);
    let env = process.env().as_deref().unwrap_or(&[]);
    let first = args
        .first()
        .ok_or_else(|| RuntimeError::InvalidSpec("process.args is empty".into()))?;
    let path = command::resolve_command(first, env)?;
    reset_signals();
    cloexec_from_3()?;
    // With no_new_privs the filter goes last, so it constrains only the
    // user's command and cannot break our own setup calls.
    if nnp {
        seccomp::install(filters).map_err(|e| err("install seccomp filter", e))?;
    }
    Err(command::execve(&path, args, env))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rlimit_types_map() {
        assert_eq!(
            resource(PosixRlimitType::RlimitNofile),
            libc::RLIMIT_NOFILE as libc::__rlimit_resource_t
        );
        assert_eq!(
            resource(PosixRlimitType::RlimitCore),
            libc::RLIMIT_CORE as libc::__rlimit_resource_t
        );
    }
}
