//! `dhow exec`: a new process inside a running container.
//!
//! The new process joins the namespaces of the container's init through
//! `/proc/PID/ns/*`. The pid namespace is special: a process cannot enter
//! one itself, only its future children can. So the caller switches its
//! own "pid namespace for children" to the container's around the `fork`,
//! and the new process is born inside the container *and* is the caller's
//! direct child, which the caller can wait for.

use std::os::fd::OwnedFd;

use nix::sched::CloneFlags;
use nix::sys::wait::waitpid;
use nix::unistd::Pid;
use oci_spec::runtime::Process;

use super::namespaces;
use super::process::{abandon, clone_in_pid_ns, filters};
use super::{init, sync, ExecOptions, RuntimeError, Stdio};

/// Namespaces joined by `exec`, user first: joining the container's user
/// namespace gives the capabilities needed to join the others.
const JOINED: &[(&str, CloneFlags)] = &[
    ("user", CloneFlags::CLONE_NEWUSER),
    ("mnt", CloneFlags::CLONE_NEWNS),
    ("uts", CloneFlags::CLONE_NEWUTS),
    ("ipc", CloneFlags::CLONE_NEWIPC),
    ("net", CloneFlags::CLONE_NEWNET),
    ("cgroup", CloneFlags::CLONE_NEWCGROUP),
];

/// The inode of the user namespace that owns namespace `fd`
/// (`NS_GET_USERNS`), or `None` where the kernel cannot say.
fn owner_inode(fd: &OwnedFd) -> Option<u64> {
    use std::os::fd::{AsRawFd, FromRawFd};
    use std::os::unix::fs::MetadataExt;
    const NS_GET_USERNS: libc::c_ulong = 0xb701;
    // SAFETY: the ioctl returns a new descriptor (or -1), which we own.
    let owner = unsafe { libc::ioctl(fd.as_raw_fd(), NS_GET_USERNS as _) };
    if owner < 0 {
        return None;
    }
    let owner = unsafe { std::fs::File::from_raw_fd(owner) };
    owner.metadata().ok().map(|m| m.ino())
}

/// Orders the joins so that each namespace is joined while we still have
/// `CAP_SYS_ADMIN` over its owner: those owned by a user namespace other
/// than the container's (a pod's net/uts/ipc, held by the infra in dhow's
/// rootless user namespace, joined by a member with its own `keep-id`
/// namespace) before the container's user namespace, the rest after it.
pub(crate) fn order_joins(join: Vec<(CloneFlags, OwnedFd)>, target_user: Option<u64>) -> Vec<(CloneFlags, OwnedFd)> {
    let (user, others): (Vec<_>, Vec<_>) = join.into_iter().partition(|(f, _)| *f == CloneFlags::CLONE_NEWUSER);
    if user.is_empty() {
        return others;
    }
    let (foreign, own): (Vec<_>, Vec<_>) = others.into_iter().partition(|(_, fd)| target_user.is_some() && owner_inode(fd).is_some_and(|o| Some(o) != target_user));
    foreign.into_iter().chain(user).chain(own).collect()
}

/// Opens the namespaces of `pid` that differ from ours (joining our own
/// user namespace again is an error, and the others are no-ops).
fn open_namespaces(pid: Pid) -> Result<Vec<(CloneFlags, OwnedFd)>, RuntimeError> {
    let mut out = Vec::new();
    for (name, flag) in JOINED {
        let theirs = format!("/proc/{pid}/ns/{name}");
        let ino = namespaces::ns_inode(&theirs);
        if ino.is_none() {
            if *name == "cgroup" {
                continue;
            }
            return Err(RuntimeError::setup(
                "find the container's namespaces",
                format!("{theirs} is missing: is the container still running?"),
            ));
        }
        if ino == namespaces::ns_inode(&format!("/proc/self/ns/{name}")) {
            continue;
        }
        let fd = std::fs::File::open(&theirs).map_err(|e| {
            RuntimeError::setup("open the container's namespaces", format!("{theirs}: {e}"))
        })?;
        out.push((*flag, fd.into()));
    }
    Ok(out)
}

/// See [`super::exec_process`].
pub(crate) fn exec_process(
    init_pid: Pid,
    process: &Process,
    extra: &ExecOptions,
    stdio: Stdio,
) -> Result<Pid, RuntimeError> {
    if process.args().as_deref().is_none_or(|a| a.is_empty()) {
        return Err(RuntimeError::InvalidSpec(
            "process.args is empty: no command to run".into(),
        ));
    }
    let filters = filters(extra.seccomp.as_ref())?;
    let join = order_joins(open_namespaces(init_pid)?, namespaces::ns_inode(&format!("/proc/{init_pid}/ns/user")));
    let pid_ns = format!("/proc/{init_pid}/ns/pid");
    let target_pid_ns: Option<OwnedFd> = if namespaces::ns_inode(&pid_ns)
        == namespaces::ns_inode("/proc/self/ns/pid_for_children")
    {
        None
    } else {
        Some(
            std::fs::File::open(&pid_ns)
                .map_err(|e| RuntimeError::setup("open the container's pid namespace", e))?
                .into(),
        )
    };
    let (err_r, err_w) = sync::cloexec_pipe()?;

    let hidden = Hidden::around_clone(process.oom_score_adj());
    let forked = clone_in_pid_ns(target_pid_ns.as_ref(), CloneFlags::empty());
    let forked = match forked {
        Ok(Some(pid)) => {
            drop(hidden);
            Some(pid)
        }
        Ok(None) => {
            std::mem::forget(hidden);
            None
        }
        Err(e) => return Err(e),
    };
    let Some(pid) = forked else {
        drop(err_r);
        init::preserve_fds(extra.preserve_fds);
        let e = child(process, &join, stdio, &filters);
        sync::report(&err_w, &e);
        // SAFETY: leave without running the parent's destructors.
        unsafe { libc::_exit(e.exit_code()) }
    };
    drop(err_w);
    drop(stdio);
    match sync::read_report(&err_r) {
        Ok(None) => Ok(pid),
        Ok(Some(e)) => {
            let _ = waitpid(pid, None);
            Err(e)
        }
        Err(e) => {
            abandon(pid);
            Err(e)
        }
    }
}

/// The new process is born inside the container's pid namespace, where the
/// container's processes can see it until it `execve`s the command; until
/// then it still has our working directory, descriptors and executable,
/// all of the host. Born non-dumpable, it keeps `/proc/PID/{cwd,fd,exe,mem}`
/// closed to them (opening them needs `CAP_SYS_PTRACE` over the initial
/// user namespace); the kernel makes it dumpable again at its `execve`. So
/// the flag is set on the caller around the clone (set in the child, it
/// would come a moment too late) and restored after.
///
/// A non-dumpable process cannot write its own `oom_score_adj` (the file
/// then belongs to the host's root), so the process's value is set on the
/// caller the same way, for the child to inherit.
struct Hidden {
    dumpable: libc::c_int,
    oom_score_adj: Option<String>,
}

impl Hidden {
    fn around_clone(oom_score_adj: Option<i32>) -> Hidden {
        // SAFETY: prctl with these arguments only reads/sets a flag of ours.
        let dumpable = unsafe { libc::prctl(libc::PR_GET_DUMPABLE, 0, 0, 0, 0) };
        let saved = oom_score_adj.and_then(|v| {
            let old = std::fs::read_to_string("/proc/self/oom_score_adj").ok()?;
            // Lowering it needs privilege: the child then keeps ours, as
            // the init does (`init::set_oom_score_adj`).
            std::fs::write("/proc/self/oom_score_adj", v.to_string()).ok()?;
            Some(old)
        });
        // SAFETY: as above.
        unsafe { libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0) };
        Hidden { dumpable, oom_score_adj: saved }
    }
}

impl Drop for Hidden {
    /// In the caller, once the child exists.
    fn drop(&mut self) {
        // SAFETY: as above.
        if self.dumpable == 1 {
            unsafe { libc::prctl(libc::PR_SET_DUMPABLE, 1, 0, 0, 0) };
        }
        if let Some(old) = &self.oom_score_adj {
            let _ = std::fs::write("/proc/self/oom_score_adj", old.trim());
        }
    }
}

fn child(
    process: &Process,
    join: &[(CloneFlags, OwnedFd)],
    stdio: Stdio,
    filters: &[seccompiler::BpfProgram],
) -> RuntimeError {
    if let Err(e) = namespaces::join(join) {
        return e;
    }
    if let Err(e) = init::setup_stdio(stdio, process.terminal().unwrap_or(false)) {
        return e;
    }
    init::finalize(process, filters, init::ParentDeath::Ignore)
}
