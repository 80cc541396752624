//! `--runtime PATH`: the same bundle run by an external OCI runtime (runc,
//! crun) instead of the built-in one.
//!
//! The monitor has already mounted the rootfs and written `config.json` into
//! the container directory, which is therefore a complete OCI bundle. The
//! runtime runs in the foreground (`run`, not `create`/`start`): it stays the
//! monitor's child, passes signals on and exits with the container's status,
//! so the monitor's poll loop works unchanged; the container's own PID (for
//! `exec`, `top`, signals) comes from `--pid-file`.
//!
//! Inside dhow's user namespace the runtime sees uid 0 and would try to
//! manage cgroups as real root; `--rootless=true` makes runc and crun treat
//! cgroups as optional, which is what a rootless engine on an undelegated
//! cgroup v1 host needs.

use crate::runtime::{RuntimeError, Stdio};
use nix::unistd::Pid;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// How long the runtime may take to create the container before we give up.
const CREATE_TIMEOUT: Duration = Duration::from_secs(30);

/// Starts `runtime run` on the bundle `bundle`; returns (runtime process to
/// wait for, container init).
/// `placement`: the container's limits as dhow enforces them (see
/// [`super::limits::Placement`]): the runtime process joins the cgroup and
/// takes the affinity before it execs, so the container inherits both (the
/// external runtime itself gets no `linux.resources`: rootless runc refuses
/// limits it cannot write into a cgroup of its own).
pub fn run(runtime: &str, bundle: &Path, id: &str, runroot: &Path, stdio: Stdio, placement: super::limits::Placement) -> Result<(Pid, Pid), RuntimeError> {
    let state_dir = runroot.join("oci-runtime");
    std::fs::create_dir_all(&state_dir).map_err(|e| RuntimeError::setup("create the runtime's state dir", e))?;
    let pid_file = bundle.join("runtime.pid");
    let _ = std::fs::remove_file(&pid_file);
    // A container of that ID left by a killed monitor would make `run` fail.
    let _ = Command::new(runtime).arg("--root").arg(&state_dir).args(["delete", "--force", id]).output();
    let rootless = !crate::sys::userns::current_mappings().map(|m| m.to_host_uid(0) == Some(0)).unwrap_or(false);
    let mut cmd = Command::new(runtime);
    cmd.arg("--root").arg(&state_dir);
    if rootless {
        cmd.arg("--rootless=true");
    }
    cmd.arg("run").arg("--bundle").arg(bundle).arg("--pid-file").arg(&pid_file).arg("--no-new-keyring").arg(id);
    cmd.stdin(std::process::Stdio::from(stdio.stdin)).stdout(std::process::Stdio::from(stdio.stdout)).stderr(std::process::Stdio::from(stdio.stderr));
    // SAFETY: prctl only; the runtime must not outlive its monitor.
    unsafe {
        cmd.pre_exec(move || {
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL as libc::c_ulong, 0, 0, 0);
            placement.enter_self()
        });
    }
    let mut child = cmd.spawn().map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => RuntimeError::setup("start the OCI runtime", format!("{runtime}: not found (give the full path of runc or crun)")),
        _ => RuntimeError::setup("start the OCI runtime", format!("{runtime}: {e}")),
    })?;
    let runtime_pid = Pid::from_raw(child.id() as i32);
    let deadline = Instant::now() + CREATE_TIMEOUT;
    loop {
        if let Some(init) = std::fs::read_to_string(&pid_file).ok().and_then(|s| s.trim().parse::<i32>().ok()) {
            // The runtime stays our child; the monitor waits for it.
            std::mem::forget(child);
            return Ok((runtime_pid, Pid::from_raw(init)));
        }
        if let Ok(Some(status)) = child.try_wait() {
            let code = status.code().unwrap_or(crate::error::ENGINE_FAILURE);
            return Err(RuntimeError::setup(
                "run the container with the external runtime",
                format!("{runtime} exited with {code} before the container started (its error is in the container's log: dhow logs)"),
            ));
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Err(RuntimeError::setup("run the container with the external runtime", format!("{runtime} did not start the container within {}s", CREATE_TIMEOUT.as_secs())));
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}
