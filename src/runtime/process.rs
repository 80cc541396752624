//! Creating the container init: `clone(2)` into new namespaces, then the
//! child's setup steps in order, ending in `execve`.

use std::os::fd::{AsRawFd, OwnedFd};

use nix::sched::CloneFlags;
use nix::sys::signal::{kill, Signal};
use nix::sys::wait::waitpid;
use nix::unistd::{Gid, Pid, Uid};
use oci_spec::runtime::{Process, Spec};
use seccompiler::BpfProgram;

use super::namespaces::{self, Plan};
use super::{init, mounts, reaper, seccomp, sync, InitStdio, RuntimeError, Spawned, Stdio};

/// Checks what the child will need, so spec errors are reported by the
/// parent before any process exists.
pub(crate) fn process_of(spec: &Spec) -> Result<&Process, RuntimeError> {
    let p = spec
        .process()
        .as_ref()
        .ok_or_else(|| RuntimeError::InvalidSpec("process is missing".into()))?;
    if p.args().as_deref().is_none_or(|a| a.is_empty()) {
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

/// How an init born into a PID namespace that other containers share (a
/// pod sharing PIDs, `--pid container:X`) is kept closed to them. They see
/// it from its birth, and until its `execve` it holds the host's root,
/// working directory, binary and descriptors: through `/proc/PID/{root,
/// cwd,fd,exe}` a member could walk into the host. Born non-dumpable (the
/// helper that clones it makes itself so first; the kernel makes it
/// dumpable again at `execve`), it keeps those closed: opening them then
/// needs `CAP_SYS_PTRACE` over the user namespace dhow was started in. As in
/// `exec` ([`super::exec`]'s `Hidden`), its `oom_score_adj`, which a
/// non-dumpable process cannot write itself, is set on the helper first.
///
/// A non-dumpable process's `uid_map` cannot be written by the monitor
/// either; so with a user namespace of its own (`--userns keep-id`) the
/// helper creates that namespace (`unshare`, outside the shared PID
/// namespace, where no container sees it), has the monitor write the maps,
/// and only then becomes non-dumpable and clones the init into it.
pub(crate) struct Hide<'a> {
    pub oom_score_adj: Option<i32>,
    /// Writes the ID maps of the given process's user namespace.
    pub map_user_ns: Option<&'a dyn Fn(Pid) -> Result<(), RuntimeError>>,
}

impl Hide<'_> {
    /// In the helper, right before the clone.
    fn apply(&self) {
        if let Some(v) = self.oom_score_adj {
            // Lowering needs privilege: then the init keeps ours, as
            // `init::set_oom_score_adj` would have.
            let _ = std::fs::write("/proc/self/oom_score_adj", v.to_string());
        }
        // SAFETY: prctl with these arguments only sets a flag of ours.
        unsafe { libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0) };
    }
}

/// Clones a child with `flags` that is born in the namespaces `targets`
/// (joined with `setns`) and is still a child of the caller.
///
/// This is how a container with a user namespace of its own joins a
/// network namespace of ours (`--userns keep-id` with a network): from
/// inside its new user namespace the child would have no privilege over a
/// namespace owned by ours and its `setns` would fail, while a namespace
/// inherited at `clone` needs none. The caller cannot enter the namespaces
/// itself: it could not come back to its own network namespace when that
/// belongs to the host's user namespace. So a short-lived helper process
/// enters them and clones the child with `CLONE_PARENT`, which makes the
/// caller its parent (to wait for, and the parent whose death kills it);
/// the helper reports the pid and exits. The caller must be
/// single-threaded.
///
/// With `hide`, the child is born non-dumpable (see [`Hide`]).
pub(crate) fn clone_via_helper(
    targets: &[(CloneFlags, &OwnedFd)],
    flags: CloneFlags,
    hide: Option<&Hide>,
) -> Result<Option<Pid>, RuntimeError> {
    let (r, w) = sync::cloexec_pipe()?;
    // The helper's "user namespace made" and our "its ID maps are written".
    let maps = match hide.and_then(|h| h.map_user_ns) {
        Some(write) => Some((sync::cloexec_pipe()?, sync::cloexec_pipe()?, write)),
        None => None,
    };
    let helper = namespaces::clone_process(CloneFlags::empty())
        .map_err(|e| RuntimeError::setup("clone", e))?;
    let Some(helper) = helper else {
        // The helper: never returns, except in the child it clones.
        drop(r);
        let fail = |e: RuntimeError| -> ! {
            sync::report(&w, &e);
            // SAFETY: leaving without running the parent's destructors.
            unsafe { libc::_exit(1) }
        };
        for (f, fd) in targets {
            if let Err(e) = nix::sched::setns(*fd, *f) {
                fail(RuntimeError::setup(&format!("join {f:?} namespace"), e));
            }
        }
        if let Some(((ready_r, ready_w), (mapped_r, mapped_w), _)) = maps {
            drop(ready_r);
            drop(mapped_w);
            // Made here, outside the shared PID namespace, where no
            // container sees us while we are dumpable for the maps.
            if let Err(e) = nix::sched::unshare(CloneFlags::CLONE_NEWUSER) {
                fail(RuntimeError::setup("create the user namespace", e));
            }
            let _ = nix::unistd::write(&ready_w, b"u");
            let mut b = [0u8; 1];
            if !matches!(nix::unistd::read(mapped_r.as_raw_fd(), &mut b), Ok(1)) {
                fail(RuntimeError::setup("map the user namespace", "the monitor did not write its ID maps"));
            }
        }
        if let Some(h) = hide {
            h.apply();
        }
        match namespaces::clone_process(flags | CloneFlags::CLONE_PARENT) {
            Ok(None) => {
                drop(w);
                return Ok(None);
            }
            Ok(Some(pid)) => {
                let mut msg = vec![b'P'];
                msg.extend_from_slice(&pid.as_raw().to_le_bytes());
                let _ = nix::unistd::write(&w, &msg);
                // SAFETY: as above.
                unsafe { libc::_exit(0) }
            }
            Err(e) => fail(RuntimeError::setup("clone", e)),
        }
    };
    drop(w);
    if let Some(((ready_r, ready_w), (mapped_r, mapped_w), write)) = maps {
        drop(ready_w);
        drop(mapped_r);
        let mut b = [0u8; 1];
        // End of file instead: the helper failed and reports why below.
        if matches!(nix::unistd::read(ready_r.as_raw_fd(), &mut b), Ok(1)) {
            if let Err(e) = write(helper) {
                abandon(helper);
                return Err(e);
            }
            let _ = nix::unistd::write(&mapped_w, b"m");
        }
    }
    let mut msg = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match nix::unistd::read(r.as_raw_fd(), &mut buf) {
            Ok(0) => break,
            Ok(n) => msg.extend_from_slice(&buf[..n]),
            Err(nix::errno::Errno::EINTR) => continue,
            Err(e) => {
                abandon(helper);
                return Err(RuntimeError::setup("read the helper's report", e));
            }
        }
        if msg.len() > 64 * 1024 {
            break;
        }
    }
    let _ = waitpid(helper, None);
    match msg.split_first() {
        Some((b'P', rest)) if rest.len() == 4 => {
            let raw = i32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]);
            Ok(Some(Pid::from_raw(raw)))
        }
        Some(_) => Err(sync::decode(&msg)),
        None => Err(RuntimeError::setup("clone", "the helper process died")),
    }
}

/// Namespaces of `plan.join` the child must be born in rather than join:
/// with a new user namespace, the child has no privilege over namespaces
/// owned by ours. Net, IPC, UTS and cgroup namespaces can be inherited at
/// `clone`; a mount namespace cannot be entered by the (single-threaded,
/// but rootfs-owning) parent and stays with the child.
///
/// A joined user namespace is entered the same way, after the namespaces
/// it does not own and before those it does (see `exec::order_joins`): the child is born in it, so the
/// namespaces `clone` creates, its mount namespace above all, belong to it.
/// Then a `/proc` can be mounted for a joined pid namespace that user
/// namespace owns (a keep-id pod's members, which join the infra's).
fn inherited_at_clone(plan: &mut Plan) -> Vec<(CloneFlags, OwnedFd)> {
    let joins_user = plan.join.first().is_some_and(|(f, _)| *f == CloneFlags::CLONE_NEWUSER);
    if !plan.creates(CloneFlags::CLONE_NEWUSER) && !joins_user {
        return Vec::new();
    }
    let inheritable = CloneFlags::CLONE_NEWUSER
        | CloneFlags::CLONE_NEWNET
        | CloneFlags::CLONE_NEWIPC
        | CloneFlags::CLONE_NEWUTS
        | CloneFlags::CLONE_NEWCGROUP;
    let (born, join): (Vec<_>, Vec<_>) = std::mem::take(&mut plan.join)
        .into_iter()
        .partition(|(f, _)| inheritable.contains(*f));
    plan.join = join;
    if !joins_user {
        return born;
    }
    plan.joined_user_at_clone = true;
    // Those the joined user namespace does not own (a pod's network held
    // in dhow's own) are entered before it, while we still may.
    let target = born.first().and_then(|(_, fd)| nix::sys::stat::fstat(fd.as_raw_fd()).ok()).map(|s| s.st_ino);
    super::exec::order_joins(born, target)
}

/// Kills and reaps a child that will not reach `execve`.
pub(crate) fn abandon(pid: Pid) {
    let _ = kill(pid, Signal::SIGKILL);
    let _ = waitpid(pid, None);
}

/// See [`super::start`].
pub(crate) fn spawn(
    spec: &Spec,
    stdio: InitStdio,
    before_start: &mut dyn FnMut(Pid) -> Result<(), RuntimeError>,
    in_child: Option<super::ChildHook>,
) -> Result<Spawned, RuntimeError> {
    let process = process_of(spec)?;
    let terminal = process.terminal().unwrap_or(false);
    let stdio = match (stdio, terminal) {
        (InitStdio::Streams(s), false) => Some(s),
        (InitStdio::Terminal, true) => None,
        (InitStdio::Streams(_), true) => {
            return Err(RuntimeError::InvalidSpec(
                "process.terminal is true: the runtime creates the terminal (start with InitStdio::Terminal)".into(),
            ))
        }
        (InitStdio::Terminal, false) => {
            return Err(RuntimeError::InvalidSpec(
                "a terminal was asked for but process.terminal is false".into(),
            ))
        }
    };
    let mut plan = namespaces::plan(spec)?;
    let born_in = inherited_at_clone(&mut plan);
    if !plan.creates(CloneFlags::CLONE_NEWNS) {
        return Err(RuntimeError::InvalidSpec(
            "the container needs a new mount namespace (add {\"type\": \"mount\"} to linux.namespaces)".into(),
        ));
    }
    let filters = filters(spec.linux().as_ref().and_then(|l| l.seccomp().as_ref()))?;
    let (err_r, err_w) = sync::cloexec_pipe()?;
    let (go_r, go_w) = sync::cloexec_pipe()?;
    let console = if terminal {
        Some(sync::console_socketpair()?)
    } else {
        None
    };
    let (console_ours, console_theirs) = match console {
        Some((a, b)) => (Some(a), Some(b)),
        None => (None, None),
    };

    // Joining a pid namespace goes through the helper too: switching our
    // own back after the clone needs privilege over our pid namespace's
    // owner, which a rootless monitor lacks (a pod sharing its PID
    // namespace, `--pid container:X`); the helper never switches back, it
    // exits.
    //
    // Born in a PID namespace other containers share, the init is closed
    // to them from birth ([`Hide`]); its own user namespace is then made
    // and mapped by the helper.
    let write_maps = |p: Pid| namespaces::write_id_maps(p, spec.linux().as_ref());
    let maps_by_helper = plan.join_pid.is_some() && plan.creates(CloneFlags::CLONE_NEWUSER);
    let forked = if born_in.is_empty() && plan.join_pid.is_none() {
        clone_in_pid_ns(None, plan.new)?
    } else {
        let mut targets: Vec<(CloneFlags, &OwnedFd)> =
            born_in.iter().map(|(f, fd)| (*f, fd)).collect();
        let mut flags = plan.new;
        let mut hide = None;
        if let Some(p) = plan.join_pid.as_ref() {
            targets.push((CloneFlags::CLONE_NEWPID, p));
            if maps_by_helper {
                flags.remove(CloneFlags::CLONE_NEWUSER);
            }
            hide = Some(Hide {
                oom_score_adj: process.oom_score_adj(),
                map_user_ns: maps_by_helper.then_some(&write_maps as &dyn Fn(Pid) -> Result<(), RuntimeError>),
            });
        }
        clone_via_helper(&targets, flags, hide.as_ref())?
    };
    drop(born_in);
    let Some(pid) = forked else {
        // The child: never returns.
        drop(err_r);
        drop(go_w);
        drop(console_ours);
        let e = match in_child.map_or(Ok(()), |f| f()) {
            Ok(()) => child(spec, process, &plan, stdio, console_theirs, &go_r, &filters, &err_w),
            Err(e) => RuntimeError::setup("move the container into its cgroup", e),
        };
        sync::report(&err_w, &e);
        // SAFETY: _exit skips destructors and atexit handlers that belong to
        // the parent's state.
        unsafe { libc::_exit(e.exit_code()) }
    };

    drop(err_w);
    drop(go_r);
    drop(stdio);
    // Only the child may hold its end: end-of-file then means it is gone.
    drop(console_theirs);
    if plan.creates(CloneFlags::CLONE_NEWUSER) && !maps_by_helper {
        if let Err(e) = write_maps(pid) {
            drop(go_w);
            abandon(pid);
            return Err(e);
        }
    }
    // The child waits for "go": whatever must hold before it runs any of
    // the container's code (its cgroup) is done now.
    if let Err(e) = before_start(pid) {
        drop(go_w);
        abandon(pid);
        return Err(e);
    }
    sync::send_go(&go_w);
    drop(go_w);
    match sync::read_report(&err_r) {
        Ok(None) => {}
        Ok(Some(e)) => {
            let _ = waitpid(pid, None);
            return Err(e);
        }
        Err(e) => {
            abandon(pid);
            return Err(e);
        }
    }
    // The child sent its terminal before exec'ing, so it is already queued.
    let console = match console_ours {
        None => None,
        Some(sock) => match sync::recv_fd(&sock) {
            Ok(Some(master)) => Some(master),
            Ok(None) => {
                abandon(pid);
                return Err(RuntimeError::setup(
                    "receive the container's terminal",
                    "the container process did not send it",
                ));
            }
            Err(e) => {
                abandon(pid);
                return Err(e);
            }
        },
    };
    Ok(Spawned { pid, console })
}

/// The container init's setup, in order. Returns only the error that
/// stopped it.
#[allow(clippy::too_many_arguments)]
fn child(
    spec: &Spec,
    process: &Process,
    plan: &Plan,
    stdio: Option<Stdio>,
    console: Option<OwnedFd>,
    go: &OwnedFd,
    filters: &[BpfProgram],
    err_w: &OwnedFd,
) -> RuntimeError {
    match child_steps(spec, process, plan, stdio, console, go) {
        Err(e) => e,
        Ok(()) => {
            if reaper::wanted(spec) {
                // Returns only in the command's process; the init stays behind.
                reaper::split(process.terminal().unwrap_or(false), &[err_w.as_raw_fd()]);
            }
            init::finalize(process, filters, init::ParentDeath::Kill(err_w.as_raw_fd()))
        }
    }
}

/// `linux.personality`: the execution domain the command runs in (kept
/// across `execve`); LINUX32 makes `uname -m` say i686 on x86_64.
fn set_personality(spec: &Spec) -> Result<(), RuntimeError> {
    let Some(p) = spec.linux().as_ref().and_then(|l| l.personality().as_ref()) else { return Ok(()) };
    let domain = match p.domain() {
        oci_spec::runtime::LinuxPersonalityDomain::PerLinux => 0x0000,
        oci_spec::runtime::LinuxPersonalityDomain::PerLinux32 => 0x0008,
    };
    // SAFETY: plain syscall with an integer argument.
    if unsafe { libc::personality(domain) } == -1 {
        return Err(RuntimeError::setup("set personality", nix::errno::Errno::last()));
    }
    Ok(())
}

/// `stdio` is given for a container without a terminal; with one,
/// `console` is the socket on which the terminal's master goes to the
/// parent.
fn child_steps(
    spec: &Spec,
    process: &Process,
    plan: &Plan,
    stdio: Option<Stdio>,
    console: Option<OwnedFd>,
    go: &OwnedFd,
) -> Result<(), RuntimeError> {
    super::caps::keep_original_groups(spec);
    let preserved = spec.annotations().as_ref().and_then(|a| a.get(super::PRESERVE_FDS_ANNOTATION)).and_then(|n| n.parse().ok());
    init::preserve_fds(preserved.unwrap_or(0));
    // 1. Until the parent has written our ID maps we have no valid IDs in a
    //    new user namespace: files we created would be owned by nobody.
    sync::wait_go(go)?;
    if plan.creates(CloneFlags::CLONE_NEWUSER)
        || plan.joined_user_at_clone
        || plan
            .join
            .iter()
            .any(|(f, _)| *f == CloneFlags::CLONE_NEWUSER)
    {
        // Become root of the (new or joined) user namespace when it maps
        // root, so the setup runs with the IDs mounts and files expect.
        let _ = super::caps::thread_setresgid(Gid::from_raw(0));
        let _ = super::caps::thread_setresuid(Uid::from_raw(0));
    }
    // 2. Namespaces given by path (e.g. the network of another container).
    namespaces::join(&plan.join)?;
    // 3. Standard streams given by the caller.
    if let Some(stdio) = stdio {
        init::setup_stdio(stdio, false)?;
    }
    // 4. The root filesystem, ending with pivot_root. A terminal is made
    //    in the container's own devpts on the way and bound at
    //    /dev/console; its slave becomes our streams and controlling
    //    terminal, its master goes to the parent.
    let owner = console.as_ref().map(|_| process.user().uid());
    let mut rootfs = mounts::prepare(spec, owner)?;
    if let (Some(sock), Some(pty)) = (console, rootfs.console.take()) {
        let slave = pty.slave;
        init::setup_stdio(
            Stdio {
                stdin: slave
                    .try_clone()
                    .map_err(|e| RuntimeError::setup("set up the terminal", e))?,
                stdout: slave
                    .try_clone()
                    .map_err(|e| RuntimeError::setup("set up the terminal", e))?,
                stderr: slave,
            },
            true,
        )?;
        sync::send_fd(&sock, &pty.master)?;
        // Neither the master nor the socket may reach the container.
        drop(pty.master);
        drop(sock);
    }
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
    super::sysctl::apply(spec)?;
    set_personality(spec)?;
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
            spawn(&s, InitStdio::Streams(stdio), &mut |_| Ok(()), None),
            Err(RuntimeError::InvalidSpec(_))
        ));
    }
}
