//! Creating the container init: `clone(2)` into new namespaces, then the
//! child's setup steps in order, ending in `execve`.

use std::os::fd::OwnedFd;

use nix::sched::CloneFlags;
use nix::sys::signal::{kill, Signal};
use nix::sys::wait::waitpid;
use nix::unistd::{Gid, Pid, Uid};
use oci_spec::runtime::{Process, Spec};
use seccompiler::BpfProgram;

use super::namespaces::{self, Plan};
use super::{init, mounts, reaper, seccomp, sync, RuntimeError, Stdio};

/// Checks what the child will need, so spec errors are reported by the
/// parent before any process exists.
pub(crate) fn process_of(spec: &Spec) -> Result<&Process, RuntimeError> {
    let p = spec
        .process()
        .as_ref()
        .ok_or_else(|| RuntimeError::InvalidSpec("process is missing".into()))?;
    if p.args().as_deref().map_or(true, |a| a.is_empty()) {
        return Err(RuntimeError::InvalidSpec(
            "process.args is empty: no command to run".into(),
        ));
    }
    if !p.cwd().is_absolute() {
        return Err(RuntimeError::InvalidSpec(format!(
            "process.cwd {} must be absolute",
            p.cwd().display()
        )));
    }
    Ok(p)
}

/// Compiles the spec's seccomp section in the parent: a bad profile is an
/// error of the spec, and the child then only installs ready programs.
pub(crate) fn filters(
    seccomp: Option<&oci_spec::runtime::LinuxSeccomp>,
) -> Result<Vec<BpfProgram>, RuntimeError> {
    match seccomp {
        None => Ok(Vec::new()),
        Some(s) => seccomp::compile(s).map_err(|e| RuntimeError::InvalidSpec(e.to_string())),
    }
}

/// Clones a child with `flags`, born in the pid namespace `target` when
/// given. A process cannot change its own pid namespace, only the one its
/// children get; so the parent switches that around the `clone` and
/// switches back (the child must not try: it cannot leave its namespace).
pub(crate) fn clone_in_pid_ns(
    target: Option<&OwnedFd>,
    flags: CloneFlags,
) -> Result<Option<Pid>, RuntimeError> {
    let clone = || namespaces::clone_process(flags).map_err(|e| RuntimeError::setup("clone", e));
    let Some(target) = target else { return clone() };
    let own: OwnedFd = std::fs::File::open("/proc/self/ns/pid_for_children")
        .map_err(|e| RuntimeError::setup("open own pid namespace", e))?
        .into();
    nix::sched::setns(target, CloneFlags::CLONE_NEWPID)
        .map_err(|e| RuntimeError::setup("join pid namespace", e))?;
    let res = clone();
    if let Ok(None) = res {
        return res;
    }
    match nix::sched::setns(&own, CloneFlags::CLONE_NEWPID) {
        Ok(()) => res,
        // We could not switch back: later children of this process would be
        // born in the wrong namespace, so refuse to go on.
        Err(e) => {
            if let Ok(Some(pid)) = res {
                abandon(pid);
            }
            Err(RuntimeError::setup("restore own pid namespace", e))
        }
    }
}

/// Kills and reaps a child that will not reach `execve`.
pub(crate) fn abandon(pid: Pid) {
    let _ = kill(pid, Signal::SIGKILL);
    let _ = waitpid(pid, None);
}

/// See [`super::spawn`].
pub(crate) fn spawn(spec: &Spec, stdio: Stdio) -> Result<Pid, RuntimeError> {
    let process = process_of(spec)?;
    let plan = namespaces::plan(spec)?;
    if !plan.creates(CloneFlags::CLONE_NEWNS) {
        return Err(RuntimeError::InvalidSpec(
            "the container needs a new mount namespace (add {\"type\": \"mount\"} to linux.namespaces)".into(),
        ));
    }
    let filters = filters(spec.linux().as_ref().and_then(|l| l.seccomp().as_ref()))?;
    let (err_r, err_w) = sync::cloexec_pipe()?;
    let (go_r, go_w) = sync::cloexec_pipe()?;

    let forked = clone_in_pid_ns(plan.join_pid.as_ref(), plan.new)?;
    let Some(pid) = forked else {
        // The child: never returns.
        drop(err_r);
        drop(go_w);
        let e = child(spec, process, &plan, stdio, &go_r, &filters, &err_w);
        sync::report(&err_w, &e);
        // SAFETY: _exit skips destructors and atexit handlers that belong to
        // the parent's state.
        unsafe { libc::_exit(e.exit_code()) }
    };

    drop(err_w);
    drop(go_r);
    drop(stdio);
    if plan.creates(CloneFlags::CLONE_NEWUSER) {
        if let Err(e) = namespaces::write_id_maps(pid, spec.linux().as_ref()) {
            drop(go_w);
            abandon(pid);
            return Err(e);
        }
    }
    sync::send_go(&go_w);
    drop(go_w);
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

/// The container init's setup, in order. Returns only the error that
/// stopped it.
fn child(
    spec: &Spec,
    process: &Process,
    plan: &Plan,
    stdio: Stdio,
    go: &OwnedFd,
    filters: &[BpfProgram],
    err_w: &OwnedFd,
) -> RuntimeError {
    match child_steps(spec, process, plan, stdio, go) {
        Err(e) => e,
        Ok(()) => {
            if reaper::wanted(spec) {
                use std::os::fd::AsRawFd;
                // Returns only in the command's process; the init stays behind.
                reaper::split(process.terminal().unwrap_or(false), &[err_w.as_raw_fd()]);
            }
            init::finalize(process, filters, init::ParentDeath::Kill)
        }
    }
}

fn child_steps(
    spec: &Spec,
    process: &Process,
    plan: &Plan,
    stdio: Stdio,
    go: &OwnedFd,
) -> Result<(), RuntimeError> {
    // 1. Until the parent has written our ID maps we have no valid IDs in a
    //    new user namespace: files we created would be owned by nobody.
    sync::wait_go(go)?;
    if plan.creates(CloneFlags::CLONE_NEWUSER)
        || plan
            .join
            .iter()
            .any(|(f, _)| *f == CloneFlags::CLONE_NEWUSER)
    {
        // Become root of the (new or joined) user namespace when it maps
        // root, so the setup runs with the IDs mounts and files expect.
        let _ = nix::unistd::setresgid(Gid::from_raw(0), Gid::from_raw(0), Gid::from_raw(0));
        let _ = nix::unistd::setresuid(Uid::from_raw(0), Uid::from_raw(0), Uid::from_raw(0));
    }
    // 2. Namespaces given by path (e.g. the network of another container).
    namespaces::join(&plan.join)?;
    // 3. Standard streams first: `/dev/console` is bound from fd 0.
    let terminal = process.terminal().unwrap_or(false);
    init::setup_stdio(stdio, terminal)?;
    // 4. The root filesystem, ending with pivot_root.
    let rootfs = mounts::prepare(spec, terminal)?;
    // 5. Host and domain names need our own UTS namespace, or we would
    //    rename the host.
    if let Some(h) = spec.hostname().as_deref().filter(|h| !h.is_empty()) {
        if !plan.creates(CloneFlags::CLONE_NEWUTS) {
            return Err(RuntimeError::InvalidSpec(
                "hostname is set but there is no new uts namespace".into(),
            ));
        }
        nix::unistd::sethostname(h).map_err(|e| RuntimeError::setup("set hostname", e))?;
    }
    if let Some(d) = spec.domainname().as_deref().filter(|d| !d.is_empty()) {
        if !plan.creates(CloneFlags::CLONE_NEWUTS) {
            return Err(RuntimeError::InvalidSpec(
                "domainname is set but there is no new uts namespace".into(),
            ));
        }
        // SAFETY: pointer and length of a live buffer.
        if unsafe { libc::setdomainname(d.as_ptr().cast(), d.len()) } != 0 {
            return Err(RuntimeError::setup(
                "set domain name",
                nix::errno::Errno::last(),
            ));
        }
    }
    // 6. A new network namespace starts with `lo` down.
    if plan.creates(CloneFlags::CLONE_NEWNET) {
        namespaces::loopback_up()?;
    }
    // 7. Masks, read-only paths, the working directory, read-only `/`.
    let user = process.user();
    mounts::finish(
        spec,
        &rootfs,
        Some((process.cwd().as_path(), user.uid(), user.gid())),
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use oci_spec::runtime::{ProcessBuilder, SpecBuilder};

    #[test]
    fn spec_without_command_is_rejected() {
        let s = SpecBuilder::default()
            .process(
                ProcessBuilder::default()
                    .args(Vec::<String>::new())
                    .build()
                    .unwrap(),
            )
            .build()
            .unwrap();
        assert!(matches!(process_of(&s), Err(RuntimeError::InvalidSpec(_))));
        let mut s = Spec::default();
        s.set_process(None);
        assert!(process_of(&s).is_err());
        let ok = SpecBuilder::default()
            .process(
                ProcessBuilder::default()
                    .args(vec!["sh".to_string()])
                    .cwd("/")
                    .build()
                    .unwrap(),
            )
            .build()
            .unwrap();
        assert!(process_of(&ok).is_ok());
    }

    #[test]
    fn spawn_without_mount_namespace_is_rejected() {
        let mut s = Spec::default();
        if let Some(l) = s.linux_mut() {
            l.set_namespaces(Some(vec![]));
        }
        let (r, w) = nix::unistd::pipe().unwrap();
        let stdio = Stdio {
            stdin: r,
            stdout: w.try_clone().unwrap(),
            stderr: w,
        };
        assert!(matches!(
            spawn(&s, stdio),
            Err(RuntimeError::InvalidSpec(_))
        ));
    }
}
