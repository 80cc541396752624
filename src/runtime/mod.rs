//! Built-in OCI runtime: turns an OCI runtime spec into a running process.
//!
//! The runtime knows only [`oci_spec::runtime::Spec`]: nothing about images,
//! stores or the command line. Its caller is the per-container monitor, which
//! runs as uid 0 inside dhow's rootless user namespace (or as real root), has
//! unshared its own mount namespace and mounted the rootfs at
//! `spec.root.path`. The monitor calls [`spawn`] once, supervises the returned
//! pid with `waitpid`, and `dhow exec` calls [`exec_process`] to run more
//! processes inside a running container.
//!
//! Modules, one concern each:
//! - `process`: `clone(2)` of the container init and the order
//!   of its setup steps;
//! - `namespaces`: clone flags, `setns`, ID maps, loopback;
//! - `mounts` / `paths` / `devices`: the root filesystem and `pivot_root`,
//!   their privileged calls through the `syscall::Syscall` seam (a
//!   recording double unit-tests the mount plan, `rootfs_tests`);
//! - `caps`, [`seccomp`], `init`: credentials, capabilities, filters, the
//!   steps shared with `exec` up to `execve`;
//! - `command`: `$PATH` lookup and `execve` like `execvpe`;
//! - `sync`: the close-on-exec pipe that carries a child's setup error back;
//! - [`defaults`]: docker's defaults for spec generation by the engine.
//!
//! - [`cgroups`]: cgroup v1/v2 subtrees the user may write: the caller
//!   places the container's cgroup and writes `linux.resources` there, and
//!   [`start_with`]'s child hook moves the init in before it runs anything
//!   (cgroup mounts in the spec are skipped).

pub mod cgroups;
pub mod scope;
pub mod defaults;
pub mod seccomp;

mod caps;
mod command;
mod devices;
mod exec;
mod init;
mod mounts;
mod namespaces;
mod paths;
mod process;
pub mod reaper;
mod sync;
mod sysctl;
mod syscall;
mod syscalls;
#[cfg(test)]
mod rootfs_tests;

use std::os::fd::OwnedFd;

use nix::unistd::Pid;
use oci_spec::runtime::{LinuxSeccomp, Spec};

pub use command::resolve_command;
pub use devices::pty_peer;
pub use mounts::{parse_mount_options, MountOptions};
pub(crate) use syscall::flags_of_statvfs;

/// The three standard streams of a container process.
///
/// They are `dup2`'d to 0/1/2 in the child. For an exec'd process with
/// `process.terminal = true` all three are a pty slave (made by the caller
/// in the container's devpts): the child then becomes a session leader and
/// makes it its controlling terminal (`TIOCSCTTY`). A container *init*
/// with a terminal gets none: see [`InitStdio::Terminal`].
#[derive(Debug)]
pub struct Stdio {
    pub stdin: OwnedFd,
    pub stdout: OwnedFd,
    pub stderr: OwnedFd,
}

/// How the container init's standard streams are set up.
#[derive(Debug)]
pub enum InitStdio {
    /// The caller's descriptors become 0/1/2 (`process.terminal` false).
    Streams(Stdio),
    /// `process.terminal` true: like runc with `--console-socket`, the
    /// init opens a pty from the devpts mounted at `/dev/pts` in the
    /// container, makes the slave its streams, controlling terminal and
    /// `/dev/console`, and passes the master back; it comes out in
    /// [`Spawned::console`]. So the container sees `/dev/pts/0`, as with
    /// docker, instead of a pty of the host.
    Terminal,
}

/// A started container init.
#[derive(Debug)]
pub struct Spawned {
    /// The init as seen from the caller's pid namespace; the caller waits
    /// for it.
    pub pid: Pid,
    /// With [`InitStdio::Terminal`]: the pty master, close-on-exec and
    /// blocking. The caller reads output from it, writes input to it and
    /// sets the window size on it (`TIOCSWINSZ`).
    pub console: Option<OwnedFd>,
}

/// Why a container process could not be started.
///
/// [`RuntimeError::exit_code`] gives docker's exit code for each, so `run` and
/// `exec` can pass it through unchanged.
#[derive(Debug, thiserror::Error)]
pub enum RuntimeError {
    /// `args[0]` was not found (in `$PATH` of the process environment).
    #[error("exec: \"{command}\": executable file not found in $PATH")]
    CommandNotFound { command: String },
    /// `args[0]` exists but cannot be executed (permissions, a directory,
    /// not a binary or script the kernel can run).
    #[error("exec: \"{command}\": {detail}")]
    NotExecutable { command: String, detail: String },
    /// A setup step failed before the user's command could run.
    #[error("container setup failed at {step}: {detail}")]
    Setup { step: String, detail: String },
    /// The spec asks for something this runtime cannot do or is malformed.
    #[error("invalid runtime spec: {0}")]
    InvalidSpec(String),
}

impl RuntimeError {
    /// docker's exit code for this failure: 127 not found, 126 cannot
    /// invoke, 125 for everything else (the engine failed).
    pub fn exit_code(&self) -> i32 {
        match self {
            RuntimeError::CommandNotFound { .. } => crate::error::NOT_FOUND,
            RuntimeError::NotExecutable { .. } => crate::error::CANNOT_INVOKE,
            RuntimeError::Setup { .. } | RuntimeError::InvalidSpec(_) => {
                crate::error::ENGINE_FAILURE
            }
        }
    }

    pub(crate) fn setup(step: &str, detail: impl std::fmt::Display) -> Self {
        RuntimeError::Setup {
            step: step.to_string(),
            detail: detail.to_string(),
        }
    }
}

/// Annotation: the init keeps descriptors 3..3+N of its creator open
/// (`run --preserve-fds N`).
pub const PRESERVE_FDS_ANNOTATION: &str = "io.dhow.preserve_fds";

/// What `exec` needs from the container besides the new [`Process`]: the
/// parts of the container's spec that apply to every process in it.
///
/// Build it with [`ExecOptions::from_spec`] from the container's `config.json`
/// so exec'd processes get the same seccomp filter as the init.
///
/// [`Process`]: oci_spec::runtime::Process
#[derive(Debug, Clone, Default)]
pub struct ExecOptions {
    /// The container's `linux.seccomp`; `None` means no filter.
    pub seccomp: Option<LinuxSeccomp>,
    /// Descriptors 3..3+N the caller has open pass to the process
    /// (podman's `--preserve-fds N`); all others above 2 are closed at exec.
    pub preserve_fds: u32,
}

impl ExecOptions {
    /// Takes the per-container settings from the container's spec.
    pub fn from_spec(spec: &Spec) -> Self {
        ExecOptions {
            seccomp: spec.linux().as_ref().and_then(|l| l.seccomp().clone()),
            preserve_fds: 0,
        }
    }
}

/// Creates the container's init process from `spec` and runs its command.
///
/// `stdio` must be [`InitStdio::Terminal`] exactly when
/// `process.terminal` is true, or the spec is refused.
///
/// Returns once the child has `execve`'d the command (seen when the
/// close-on-exec error pipe closes) or with the child's setup error (the
/// child is then reaped). The pid is the container init as seen from the
/// caller's pid namespace; the caller waits for it.
///
/// The caller must be single-threaded: the child is a `clone` of it that
/// keeps running Rust code, and would inherit locks held by other threads.
/// The child makes `/` of its new mount namespace `rslave` (or the spec's
/// `rootfsPropagation`) before mounting anything, so nothing it mounts
/// reaches the caller's namespace.
pub fn start(spec: &Spec, stdio: InitStdio) -> Result<Spawned, RuntimeError> {
    process::spawn(spec, stdio, &mut |_| Ok(()), None)
}

/// The first thing a container's child does after the clone, before any
/// setup step and before it forks: a process moving *itself* into its
/// cgroup (and setting its own CPU affinity), which its children then
/// inherit. It runs in a clone of a possibly multi-threaded caller, so it
/// must not allocate or take locks (plain syscalls on descriptors opened
/// ahead). Its error stops the child and is returned by [`start_with`] as
/// the setup step `"move the container into its cgroup"`.
pub type ChildHook<'a> = &'a dyn Fn() -> std::io::Result<()>;

/// [`start`], calling `before_start` with the child's pid while it still
/// waits, before it runs any setup step (an error there kills the child
/// and is returned), and running `in_child` in the child first (see
/// [`ChildHook`]: moving itself is cheaper than being moved, see
/// [`cgroups::Cgroup::join_files`]).
pub fn start_with(
    spec: &Spec,
    stdio: InitStdio,
    before_start: &mut dyn FnMut(Pid) -> Result<(), RuntimeError>,
    in_child: Option<ChildHook>,
) -> Result<Spawned, RuntimeError> {
    process::spawn(spec, stdio, before_start, in_child)
}

/// [`start`] for a container without a terminal: `stdio` become its
/// standard streams. A spec with `process.terminal = true` is refused.
pub fn spawn(spec: &Spec, stdio: Stdio) -> Result<Pid, RuntimeError> {
    process::spawn(spec, InitStdio::Streams(stdio), &mut |_| Ok(()), None).map(|s| s.pid)
}

/// Runs `process` inside the running container whose init is `init_pid`
/// (`dhow exec`): joins its namespaces, applies the process attributes
/// (capabilities, `no_new_privileges`, seccomp from `extra`, user, cwd,
/// environment, rlimits) and executes the command.
///
/// Returns like [`spawn`]: after a successful `execve`, with the pid of the
/// new process, which is a child of the caller.
pub fn exec_process(
    init_pid: Pid,
    process: &oci_spec::runtime::Process,
    extra: &ExecOptions,
    stdio: Stdio,
) -> Result<Pid, RuntimeError> {
    exec::exec_process(init_pid, process, extra, stdio)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_follow_docker() {
        let nf = RuntimeError::CommandNotFound {
            command: "foo".into(),
        };
        assert_eq!(nf.exit_code(), 127);
        assert_eq!(
            nf.to_string(),
            "exec: \"foo\": executable file not found in $PATH"
        );
        let ne = RuntimeError::NotExecutable {
            command: "/etc".into(),
            detail: "is a directory".into(),
        };
        assert_eq!(ne.exit_code(), 126);
        assert_eq!(RuntimeError::setup("mount /proc", "EPERM").exit_code(), 125);
    }
}
