//! `--init`: a tiny PID 1 that runs the command as its only child, forwards
//! every signal it receives to it, reaps orphaned zombies, and exits with the
//! child's status. It is the runtime's own cloned process, so nothing has to
//! be mounted into the container (a dynamically linked dhow binary could not
//! run in a busybox image anyway).
//!
//! Signals are blocked and taken with `sigwait`: the kernel delivers a signal
//! to a namespace's init only if it is handled or blocked, and a blocked one
//! is then picked up here and passed on, which is how docker's tini works.
//! Selected with the spec annotation `io.dhow.init: "true"`.

use nix::sys::signal::{kill, SigSet, SigmaskHow, Signal};
use nix::sys::wait::{waitpid, WaitPidFlag, WaitStatus};
use nix::unistd::{fork, ForkResult, Pid};
use oci_spec::runtime::Spec;

/// The annotation that asks for the init.
pub const ANNOTATION: &str = "io.dhow.init";

/// Whether the spec asks for the init.
pub(crate) fn wanted(spec: &Spec) -> bool {
    spec.annotations().as_ref().and_then(|a| a.get(ANNOTATION)).is_some_and(|v| v == "true")
}

/// Forks: returns in the child (which goes on to exec the command). The
/// parent becomes the init and never returns; `close_in_init` are
/// descriptors only the command may keep (the runtime's error pipe).
pub(crate) fn split(terminal: bool, close_in_init: &[i32]) {
    // SAFETY: the caller is single-threaded (the container's init process).
    match unsafe { fork() } {
        Ok(ForkResult::Child) => {
            if terminal {
                // The command's own process group in the foreground, so the
                // terminal's ^C reaches it (and its children) once.
                let _ = nix::unistd::setpgid(Pid::from_raw(0), Pid::from_raw(0));
                // SAFETY: tcsetpgrp on our controlling terminal (fd 0).
                unsafe {
                    libc::signal(libc::SIGTTOU, libc::SIG_IGN);
                    libc::tcsetpgrp(0, libc::getpid());
                    libc::signal(libc::SIGTTOU, libc::SIG_DFL);
                }
            }
        }
        Ok(ForkResult::Parent { child }) => {
            for fd in close_in_init {
                // SAFETY: closing our copy of a descriptor the child keeps.
                unsafe { libc::close(*fd) };
            }
            supervise(child)
        }
        // Without a fork there is no init: run the command as PID 1.
        Err(_) => {}
    }
}

fn supervise(child: Pid) -> ! {
    // SAFETY: plain prctls; the init must not outlive the monitor, and it
    // needs no privileges at all to forward signals to its own child.
    unsafe {
        libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL as libc::c_ulong, 0, 0, 0);
        libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
        // The init never execs, so it would keep whatever the runtime's
        // caller had open (a monitor's host-side sockets, for one): it
        // needs none of them.
        libc::syscall(libc::SYS_close_range, 3u32, u32::MAX, 0u32);
    }
    for set in [caps::CapSet::Effective, caps::CapSet::Permitted, caps::CapSet::Inheritable, caps::CapSet::Ambient] {
        let _ = caps::clear(None, set);
    }
    let all = SigSet::all();
    let _ = nix::sys::signal::sigprocmask(SigmaskHow::SIG_BLOCK, Some(&all), None);
    let mut code = None;
    loop {
        let Ok(sig) = all.wait() else { continue };
        if sig != Signal::SIGCHLD {
            let _ = kill(child, sig);
            continue;
        }
        loop {
            match waitpid(Pid::from_raw(-1), Some(WaitPidFlag::WNOHANG)) {
                Ok(WaitStatus::StillAlive) | Err(_) => break,
                // The command's end gives docker's code (128+N for signal N).
                Ok(s) if s.pid() == Some(child) => code = crate::util::wait::exit_code(s).or(code),
                Ok(_) => {}
            }
        }
        if let Some(c) = code {
            // SAFETY: leaving without running the parent's destructors.
            unsafe { libc::_exit(c) }
        }
    }
}
