//! A child's exit status as docker reports it: the exit code, or 128+N for
//! a process killed by signal N. One place for the waitpid loop that the
//! builder's RUN steps and `exec` (and the monitor, the runtime's reaper)
//! need.

use nix::errno::Errno;
use nix::sys::wait::{waitpid, WaitStatus};
use nix::unistd::Pid;

/// docker's exit code for a wait status; `None` for a status that is not an
/// end (stopped, continued, still alive).
pub fn exit_code(status: WaitStatus) -> Option<i32> {
    match status {
        WaitStatus::Exited(_, c) => Some(c),
        WaitStatus::Signaled(_, s, _) => Some(128 + s as i32),
        _ => None,
    }
}

/// Waits for `pid` to end (retrying on EINTR, skipping stop/continue
/// reports) and returns its docker exit code.
pub fn wait_exit_code(pid: Pid) -> nix::Result<i32> {
    loop {
        match waitpid(pid, None) {
            Ok(s) => {
                if let Some(c) = exit_code(s) {
                    return Ok(c);
                }
            }
            Err(Errno::EINTR) => {}
            Err(e) => return Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_of_wait_statuses() {
        let p = Pid::from_raw(1);
        assert_eq!(exit_code(WaitStatus::Exited(p, 3)), Some(3));
        assert_eq!(exit_code(WaitStatus::Signaled(p, nix::sys::signal::Signal::SIGKILL, false)), Some(137));
        assert_eq!(exit_code(WaitStatus::StillAlive), None);
    }

    #[test]
    fn waits_for_a_child() {
        let mut c = std::process::Command::new("sh").args(["-c", "exit 7"]).spawn().unwrap();
        let pid = Pid::from_raw(c.id() as i32);
        assert_eq!(wait_exit_code(pid), Ok(7));
        // Reaped already: std's handle has nothing left to wait for.
        assert!(c.try_wait().is_err());
    }
}
